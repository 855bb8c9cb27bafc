/**
 * "Tiếp nhận mới" through the real dashboard, on SQLite and PostgreSQL: an officer records a
 * report that came by phone or from 111; it is triaged like the same report sent in the chat,
 * gets the same deadlines and alert, and lands in the officer's queue; the officer may raise
 * the risk, lowering it needs a reason and is on record, and an emergency is never lowered by
 * the form; refused forms keep what was typed and say what to fix in Vietnamese.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draft } from "../../intake/cases/case-test-support.ts";
import { DEFAULT_DEADLINES } from "../../../src/intake/cases/case-deadlines.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { post, signIn, type Signed } from "./dashboard-test-support.ts";
import { openCasework, type CaseworkHarness } from "./new-case-support.ts";

const SLAP = "Bố của bé thường xuyên tát và đánh bé bằng roi, trên lưng bé có vết bầm tím.";

describe.each(testDatabases)("new report typed by an officer on $name", (factory) => {
  let h: CaseworkHarness;
  let an: Signed;
  beforeAll(async () => {
    h = await openCasework(factory);
    an = await signIn(h.app, "an");
  }, 60_000);
  afterAll(() => h?.close());

  const form = (fields: Record<string, string>) => ({
    _csrf: an.csrf, source: "phone", narrative: SLAP, dangerNow: "no", withPersonNow: "unknown", province: "dak-lak", commune: "xã Hòa Xuân",
    child0_age: "6_11", child0_sex: "female", risk: "auto", ...fields,
  });
  const submit = (fields: Record<string, string>, who: Signed = an) => post(h.app, "/officer/cases/new", who, who === an ? form(fields) : { ...form(fields), _csrf: who.csrf });
  const codeOf = (location: string | string[] | undefined) => /\/officer\/cases\/(TE-[A-Z0-9]+)\?ok=created$/.exec(String(location))?.[1];
  const shown = async (code: string) => {
    const view = await h.services.queue.show("test", code);
    if (!view.ok) throw new Error(`case ${code} not found`);
    return view.value;
  };

  it("shows the form from the navigation, with the CSRF field and the officer's province only", async () => {
    const queue = await h.app.inject({ method: "GET", url: "/officer", headers: { cookie: an.cookie } });
    expect(queue.body).toContain('<a href="/officer/cases/new">Tiếp nhận mới</a>');
    const page = await h.app.inject({ method: "GET", url: "/officer/cases/new", headers: { cookie: an.cookie } });
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("Tiếp nhận tin báo mới");
    expect(page.body).toContain(`name="_csrf" value="${an.csrf}"`);
    expect(page.body).toContain('<option value="hotline_111">chuyển từ Tổng đài 111</option>');
    expect(page.body).toContain('<option value="dak-lak" selected>');
    expect(page.body).not.toContain('value="ha-noi"');
    const anonymous = await h.app.inject({ method: "GET", url: "/officer/cases/new" });
    expect(anonymous.statusCode).toBe(303);
    expect(anonymous.headers.location).toBe("/officer/login");
  });

  it("records a phone report triaged exactly as the same report in the chat, with the same deadlines, and alerts officers", async () => {
    const before = h.alerts.length;
    const res = await submit({ when: "tối qua", reporterRelation: "neighbour", reporterName: "Chị Lan", contact: "0912 345 678", consent: "on" });
    expect(res.statusCode).toBe(303);
    const code = codeOf(res.headers.location)!;
    expect(code).toBeDefined();
    const chat = await h.services.intake.submit(draft({ narrative: SLAP, when: "tối qua", dangerNow: "no", withPersonNow: "unknown", childAgeBand: "6_11", childSex: "female", locationText: "Đắk Lắk", commune: "xã Hòa Xuân" }));
    const [typed, told] = [await shown(code), await shown(chat.caseCode)];
    expect(typed.case.risk).toBe(told.case.risk);
    expect(typed.case.category).toBe(told.case.category);
    expect(typed.case.redFlags).toEqual(told.case.redFlags);
    expect(typed.case.ackDueAt.getTime() - typed.case.createdAt.getTime()).toBe(told.case.ackDueAt.getTime() - told.case.createdAt.getTime());
    expect(typed.case.actionDueAt.getTime() - typed.case.createdAt.getTime()).toBe(told.case.actionDueAt.getTime() - told.case.createdAt.getTime());
    expect(typed.case.provinceId).toBe("dak-lak");
    expect(typed.case.channel).toBe("officer");
    expect(typed.case.contact).toBe("0912 345 678");
    expect(typed.case.details.intake).toEqual({ source: "phone", reference: null, reporterName: "Chị Lan", enteredBy: "an" });
    expect(h.alerts.slice(before).map((a) => a.code)).toEqual([code, chat.caseCode]);
    const queue = await h.app.inject({ method: "GET", url: "/officer", headers: { cookie: an.cookie } });
    expect(queue.body).toContain(code);
    const page = await h.app.inject({ method: "GET", url: String(res.headers.location), headers: { cookie: an.cookie } });
    expect(page.body).toContain("Đã ghi nhận tin báo mới");
    const audit = await h.services.queue.auditTrail("test", code);
    expect(audit.some((e) => e.officer === "an" && e.action === "officer_intake")).toBe(true);
  });

  it("keeps 111's case number of a transfer and refuses a transfer without it, keeping what was typed", async () => {
    const refused = await submit({ source: "hotline_111", commune: "phường Tân Lập", narrative: "Bé trai bị chủ quán bắt làm việc đến nửa đêm" });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Chuyển từ Tổng đài 111 cần ghi số hồ sơ của 111.");
    expect(refused.body).toContain('value="phường Tân Lập"');
    expect(refused.body).toContain(">Bé trai bị chủ quán bắt làm việc đến nửa đêm</textarea>");
    expect(refused.body).toContain('<option value="hotline_111" selected>');
    const saved = await submit({ source: "hotline_111", reference: "111-2026-04512", narrative: "Bé trai bị chủ quán bắt làm việc đến nửa đêm" });
    const code = codeOf(saved.headers.location)!;
    expect((await shown(code)).case.details.intake?.reference).toBe("111-2026-04512");
  });

  it("refuses an empty narrative and a province the officer does not cover, in Vietnamese, storing nothing", async () => {
    const count = (await h.services.queue.list("test", { includeFinal: true, limit: 1000 })).length;
    const res = await submit({ narrative: "  ", province: "ha-noi", contact: "", consent: "on" });
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Chưa lưu được: 3 mục cần sửa. Những gì bạn đã nhập vẫn được giữ nguyên.");
    expect(res.body).toContain("Hãy ghi nội dung sự việc.");
    expect(res.body).toContain("Chọn một tỉnh bạn phụ trách.");
    expect(res.body).toContain("Người báo tin đồng ý được liên hệ lại nhưng chưa có cách liên hệ.");
    expect(res.body).toContain('name="narrative" rows="8" maxlength="8000" required aria-invalid="true"');
    expect((await h.services.queue.list("test", { includeFinal: true, limit: 1000 })).length).toBe(count);
  });

  it("counts the deadlines from when the call came in, not from when it was typed, and refuses a time in the future", async () => {
    // The harness's clock is 15:00 in Vietnam (08:00 UTC); the call came in at 12:00.
    const res = await submit({ receivedAt: "2026-11-23T12:00" });
    const view = await shown(codeOf(res.headers.location)!);
    expect(view.case.createdAt.toISOString()).toBe("2026-11-23T05:00:00.000Z");
    expect(view.case.actionDueAt.getTime() - view.case.createdAt.getTime()).toBe(DEFAULT_DEADLINES[view.case.risk].actionMinutes * 60_000);
    for (const wrong of ["2026-11-23T18:00", "2026-11-01T09:00", "hôm qua"]) {
      const refused = await submit({ receivedAt: wrong });
      expect(refused.statusCode).toBe(400);
      expect(refused.body).toContain("Thời điểm nhận tin phải là ngày giờ đã qua, trong vòng 7 ngày.");
    }
  });

  it("refuses a form without the session's CSRF token", async () => {
    const res = await post(h.app, "/officer/cases/new", an, { ...form({}), _csrf: "forged" });
    expect(res.statusCode).toBe(403);
    expect(res.body).toContain("CSRF");
  });

  it("lets the officer raise the risk, with the deadlines of the raised risk", async () => {
    const res = await submit({ narrative: "Bé gái hay bị bạn cùng lớp trêu chọc, nói xấu trên nhóm lớp.", risk: "high", riskReason: "Người gọi nói bé đã nhắc tới chuyện tự tử" });
    const view = await shown(codeOf(res.headers.location)!);
    expect(view.case.risk).toBe("high");
    expect(view.case.ackDueAt.getTime() - view.case.createdAt.getTime()).toBe(2 * 60 * 60_000);
    expect(view.case.reasons.at(-1)).toBe("Cán bộ tiếp nhận nâng mức nguy cơ khi ghi nhận: Người gọi nói bé đã nhắc tới chuyện tự tử");
    // A caller who left no number did not ask to be anonymous; one who asked is.
    expect(view.case.anonymous).toBe(false);
    const hidden = await submit({ anonymous: "on", reporterName: "Ông Ba", contact: "0909 000 000", consent: "on" });
    const secret = await shown(codeOf(hidden.headers.location)!);
    expect(secret.case).toMatchObject({ anonymous: true, contact: null, consentToContact: null });
    expect(secret.case.details.intake?.reporterName).toBeNull();
  });

  it("lowers the risk only with a reason, on record as a reclassification, deadlines never later than the triage's", async () => {
    const refused = await submit({ risk: "low" });
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toMatch(/Phân loại tự động xếp mức (Cao|Trung bình)\. Hạ xuống Thấp cần ghi lý do\./);
    const res = await submit({ risk: "low", riskReason: "Gọi lại: việc đã được UBND xã xử lý từ tháng trước" });
    const code = codeOf(res.headers.location)!;
    const view = await shown(code);
    expect(view.case.risk).toBe("low");
    expect(view.triageChanges).toHaveLength(1);
    expect(view.triageChanges[0]).toMatchObject({ officer: "an", toRisk: "low", reason: "Gọi lại: việc đã được UBND xã xử lý từ tháng trước" });
    expect(view.case.ackDueAt.getTime() - view.case.createdAt.getTime()).toBeLessThan(72 * 60 * 60_000);
    const audit = await h.services.queue.auditTrail("test", code);
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(["officer_intake", "reclassify"]));
  });

  it("never lowers an emergency the triage found, even with a reason, and saves it as an emergency", async () => {
    const count = (await h.services.queue.list("test", { includeFinal: true, limit: 1000 })).length;
    const danger = { dangerNow: "yes", narrative: "Bé đang bị bố say rượu đánh, đang chảy máu đầu", risk: "medium", riskReason: "Người gọi hay báo sai" };
    const refused = await submit(danger);
    expect(refused.statusCode).toBe(400);
    expect(refused.body).toContain("Phân loại tự động xếp mức Khẩn cấp: biểu mẫu này không hạ mức khẩn cấp.");
    expect((await h.services.queue.list("test", { includeFinal: true, limit: 1000 })).length).toBe(count);
    const saved = await submit({ ...danger, risk: "auto", riskReason: "" });
    const view = await shown(codeOf(saved.headers.location)!);
    expect(view.case.risk).toBe("emergency");
    expect(view.case.nextAlertAt).not.toBeNull();
    expect(h.alerts.at(-1)).toMatchObject({ kind: "new_case", code: view.case.code, risk: "emergency" });
  });
});
