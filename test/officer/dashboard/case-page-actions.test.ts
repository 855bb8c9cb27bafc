/**
 * The case page's triage and supervision tools: risk and category changed with a reason,
 * reassignment by a supervisor, the narrative withheld from officers who do not hold the
 * case, referral suggestions from the province's plans with their quotes, and Form 01.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "../../../src/officer/dashboard/html.ts";
import { suggestReferrals } from "../../../src/intake/cases/referral-suggestions.ts";
import { PASSWORD, openDashboard, phuYenCase, post, signIn, type DashboardHarness, type Signed } from "./dashboard-test-support.ts";

let h: DashboardHarness;
let an: Signed;
let dung: Signed;
let chi: Signed;
beforeAll(async () => {
  h = await openDashboard();
  await h.auth.addAccount({ username: "dung", displayName: "Phạm Dung", role: "officer", provinces: ["dak-lak"], password: PASSWORD });
  [an, dung, chi] = [await signIn(h.app, "an"), await signIn(h.app, "dung"), await signIn(h.app, "chi")];
});
afterAll(() => h?.close());

const get = (url: string, who: Signed) => h.app.inject({ method: "GET", url, headers: { cookie: who.cookie } });
const act = (who: Signed, code: string, path: string, fields: Record<string, string> = {}) => post(h.app, `/officer/cases/${code}/${path}`, who, { _csrf: who.csrf, ...fields });
const shownTo = async (code: string, officer: string) =>
  (await h.services.queue.auditTrail("test", code)).filter((e) => e.officer === officer && e.action === "show").map((e) => e.detail);

describe("changing risk and category", () => {
  it("takes a reason, shows the change and the reason in the timeline, and brings the deadline nearer", async () => {
    const code = await phuYenCase(h.services, "Bố mẹ cháu thường xuyên mắng chửi, đe dọa đuổi cháu ra khỏi nhà nếu điểm kém");
    const before = await h.services.queue.show("test", code);
    const res = await act(an, code, "reclassify", { risk: "emergency", category: "physical_violence", reason: "Gọi lại người báo: bé đang bị đánh, chảy máu" });
    expect(res.headers.location).toBe(`/officer/cases/${code}?ok=reclassify`);
    const page = await get(`/officer/cases/${code}?ok=reclassify`, an);
    expect(page.body).toContain("Đã đổi phân loại; lý do đã được ghi lại.");
    expect(page.body).toContain('<span class="risk risk-emergency">Khẩn cấp</span>');
    expect(page.body).toMatch(/Đổi phân loại: Trung bình → Khẩn cấp, Bạo lực tinh thần → Bạo lực thể chất\. Lý do: <q class="note">Gọi lại người báo: bé đang bị đánh, chảy máu<\/q>/);
    const after = await h.services.queue.show("test", code);
    expect(after.ok && before.ok && after.value.case.ackDueAt < before.value.case.ackDueAt).toBe(true);
  });

  it("without a reason or with a made-up risk is refused with the reason, and nothing changes", async () => {
    const code = await phuYenCase(h.services);
    const before = await h.services.queue.show("test", code);
    const empty = await act(an, code, "reclassify", { risk: "low", category: "other", reason: "  " });
    expect(empty.statusCode).toBe(400);
    expect(empty.body).toContain("Cần ghi lý do thay đổi");
    const bogus = await act(an, code, "reclassify", { risk: "<b>none</b>", category: "other", reason: "x" });
    expect(bogus.statusCode).toBe(400);
    expect(bogus.body).not.toContain("<b>none</b>");
    const after = await h.services.queue.show("test", code);
    expect(after.ok && before.ok && [after.value.case.risk, after.value.triageChanges.length]).toEqual([before.ok && before.value.case.risk, 0]);
  });
});

describe("a case someone holds", () => {
  it("shows its report and contact to the holder and supervisors only; other officers see that it is held, and the audit says which view each had", async () => {
    const code = await phuYenCase(h.services, "Bé gái 9 tuổi bị người quen đánh, mẹ không dám nói.");
    expect((await get(`/officer/cases/${code}`, dung)).body).toContain("Bé gái 9 tuổi bị người quen đánh");
    await act(an, code, "claim");
    const other = await get(`/officer/cases/${code}`, dung);
    expect(other.statusCode).toBe(200);
    expect(other.body).not.toContain("Bé gái 9 tuổi bị người quen đánh");
    expect(other.body).toContain("Hồ sơ đang do an phụ trách");
    expect((await get(`/officer/cases/${code}/form01`, dung)).statusCode).toBe(404);
    expect((await get(`/officer/cases/${code}`, an)).body).toContain("Bé gái 9 tuổi bị người quen đánh");
    expect((await get(`/officer/cases/${code}`, chi)).body).toContain("Bé gái 9 tuổi bị người quen đánh");
    expect(await shownTo(code, "dung")).toEqual(["summary shown", "narrative shown"]);
    expect(await shownTo(code, "an")).toEqual(["narrative shown"]);
  });

  it("is given by a supervisor to another officer of its province, never to one of another province", async () => {
    const code = await phuYenCase(h.services);
    await act(an, code, "claim");
    const page = await get(`/officer/cases/${code}`, chi);
    const options = [...page.body.matchAll(/<select name="to"><option[\s\S]*?<\/select>/g)].map((m) => m[0]).join("");
    expect(options).toContain('value="dung"');
    expect(options).toContain('value="chi"');
    expect(options).not.toContain('value="an"'); // the holder
    expect(options).not.toContain('value="binh"'); // Hà Nội
    expect(options).not.toContain('value="quantri"'); // an administrator, not a case worker
    expect((await get(`/officer/cases/${code}`, an)).body).not.toContain("/reassign");
    const wrong = await act(chi, code, "reassign", { to: "binh" });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.body).toContain("không phụ trách tỉnh của hồ sơ");
    expect((await act(chi, code, "reassign", { to: "dung" })).headers.location).toBe(`/officer/cases/${code}?ok=reassign`);
    const shown = await h.services.queue.show("test", code);
    expect(shown.ok && shown.value.case.assigneeId).toBe("dung");
    expect((await get(`/officer/cases/${code}`, chi)).body).toContain("giao lại (an → dung)");
  });
});

describe("referral suggestions and Form 01", () => {
  it("lists the province's plans' agencies with their verbatim quotes, and refers to one with its case number in one step", async () => {
    const code = await phuYenCase(h.services, "Bố đánh con trai 10 tuổi bằng gậy, bé bị thương ở tay.");
    const shown = await h.services.queue.show("test", code);
    if (!shown.ok) throw new Error("not shown");
    const c = shown.value.case;
    const expected = suggestReferrals({ provinceId: c.provinceId, category: c.category, commune: c.commune }, h.knowledge.plans(), h.knowledge.registry);
    const quoted = expected.suggestions.flatMap((s) => s.citations);
    expect(quoted.length).toBeGreaterThan(0);
    const page = await get(`/officer/cases/${code}`, an);
    expect(page.body).toContain("Gợi ý chuyển tuyến theo kế hoạch của tỉnh");
    expect(page.body).toContain(escapeHtml(expected.plansRead[0]!));
    expect(page.body).toContain(`<blockquote>${escapeHtml(quoted[0]!.quote)}</blockquote>`);
    const fromPlan = expected.suggestions.find((s) => s.basis === "plan")!;
    const res = await act(an, code, "refer", { target: fromPlan.target, targetName: fromPlan.name, method: "phone", externalRef: "CV-15" });
    expect(res.statusCode).toBe(303);
    const listed = await h.services.referrals.list("test", code);
    expect(listed.ok && listed.value[0]).toMatchObject({ target: fromPlan.target, targetName: fromPlan.name, externalRef: "CV-15" });
  });

  it("exports Form 01 as a page and as a text download, recorded as an export", async () => {
    const code = await phuYenCase(h.services, "Hàng xóm đánh bé <script>alert(1)</script> nhiều lần.");
    await act(an, code, "reclassify", { risk: "emergency", category: "physical_violence", reason: "Bé bị đánh nhiều lần" });
    const page = await get(`/officer/cases/${code}/form01`, an);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("MẪU SỐ 01");
    expect(page.body).toContain("Hàng xóm đánh bé &lt;script&gt;");
    expect(page.body).toContain("Phân loại lại lúc");
    const txt = await get(`/officer/cases/${code}/form01?format=txt`, an);
    expect(txt.headers["content-type"]).toContain("text/plain");
    expect(txt.headers["content-disposition"]).toBe(`attachment; filename="mau-01-${code}.txt"`);
    expect(txt.body).toContain("7. Nội dung sự việc (theo lời người báo tin):\nHàng xóm đánh bé <script>alert(1)</script> nhiều lần.");
    expect(await shownTo(code, "an")).toContain("form 01 exported");
  });
});
