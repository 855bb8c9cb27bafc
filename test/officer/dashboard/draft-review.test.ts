/**
 * The administrators' review of model-drafted plan facts on the dashboard: the list grouped
 * by plan, approval that re-checks the quote and brings the fact into the bot's answers at
 * once, rejection, and the refusals (other roles, no CSRF token, nothing ticked).
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createPlanDraftRepository } from "../../../src/db/plan-draft-repository.ts";
import type { NewDraft, PlanDraftStore, StoredDraft } from "../../../src/kb/plan-drafts.ts";
import { openDashboard, post, signIn, type DashboardHarness, type Signed } from "./dashboard-test-support.ts";

const DOC = "1979/KH-UBND";
/** In the Tây Ninh plan's text (its conversion lost letters: "phù hp"), but no parsed assignment holds it. */
const PLAY = "tạo thêm không gian vui chơi cho trẻ (công viên, cây xanh, sân chơi và các thiết chế văn hóa phù hp)";
const INVENTED = "Sở Văn hóa, Thể thao và Du lịch xây mới 50 nhà văn hóa thiếu nhi trong năm 2020.";
const ASK = "Sở Văn hóa, Thể thao và Du lịch Tây Ninh có nhiệm vụ gì?";
const CULTURE = "Sở Văn hóa, Thể thao và Du lịch";

let h: DashboardHarness;
let store: PlanDraftStore;
let good: StoredDraft;
let bad: StoredDraft;

beforeEach(async () => {
  h = await openDashboard();
  store = createPlanDraftRepository(h.database.client);
  [good, bad] = await addDrafts([
    { agencyAsWritten: CULTURE, agencyId: "so-vhttdl", role: "lead", quote: PLAY, sectionPath: "II.4" },
    { agencyAsWritten: CULTURE, agencyId: "so-vhttdl", role: "responsible", quote: INVENTED, sectionPath: null },
  ]) as [StoredDraft, StoredDraft];
});
afterEach(() => h.close());

/** Drafts for the shipped Tây Ninh plan as the model would have proposed them. */
function addDrafts(drafts: NewDraft[]): Promise<StoredDraft[]> {
  const plan = h.knowledge.plans().find((p) => p.documentNumber === DOC)!;
  return store.add({ documentNumber: DOC, planVersion: 1, checksum: plan.checksum }, drafts);
}

const get = (url: string, signed?: Signed, lang?: "en") =>
  h.app.inject({ method: "GET", url, headers: { cookie: [signed?.cookie, lang ? `bvte_lang=${lang}` : undefined].filter(Boolean).join("; ") } });
const review = (signed: Signed, decision: string, ...drafts: StoredDraft[]) =>
  post(h.app, "/officer/admin/drafts/review", signed, { _csrf: signed.csrf, decision, ...Object.fromEntries(drafts.map((d) => [`id_${d.id}`, "on"])) });
const statusOf = async (d: StoredDraft) => (await store.get([d.id]))[0]?.status;
const planQuotes = () => h.knowledge.plans().find((p) => p.documentNumber === DOC)!.assignments.map((a) => a.quote);
const citedQuotes = () => h.knowledge.answer(ASK).citations.map((c) => c.quote);

describe("the drafts page", () => {
  it("lists the unreviewed drafts under their plan with the agency, its role in Vietnamese, the quote and a checkbox each", async () => {
    const admin = await signIn(h.app, "quantri");
    const page = await get("/officer/admin/drafts", admin);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain(`Kế hoạch ${DOC}, phiên bản 1`);
    expect(page.body).toContain(CULTURE);
    expect(page.body).toContain("so-vhttdl");
    expect(page.body).toContain("Chủ trì");
    expect(page.body).toContain("Chịu trách nhiệm");
    expect(page.body).toContain(PLAY);
    expect(page.body).toContain("II.4");
    expect(page.body).toContain(`name="id_${good.id}"`);
    expect(page.body).toContain(`name="id_${bad.id}"`);
    expect(page.body).toMatch(/<button type="submit" name="decision" value="approve">Duyệt<\/button>/);
    expect(page.body).toMatch(/<button type="submit" name="decision" value="reject"[^>]*>Từ chối<\/button>/);
  });

  it("speaks English when the officer chose it", async () => {
    const admin = await signIn(h.app, "quantri");
    const page = await get("/officer/admin/drafts", admin, "en");
    expect(page.body).toContain("Review model-drafted facts");
    expect(page.body).toContain("Leads");
    expect(page.body).toContain("Department of Culture");
  });

  it("shows text from a draft as text, never as markup", async () => {
    await addDrafts([{ agencyAsWritten: `<script>alert("cơ quan")</script>`, agencyId: null, role: "coordinate", quote: `<img src=x onerror="alert(1)">`, sectionPath: null }]);
    const page = await get("/officer/admin/drafts", await signIn(h.app, "quantri"));
    expect(page.body).not.toContain(`<script>alert`);
    expect(page.body).not.toContain(`<img src=x`);
    expect(page.body).toContain("&lt;script&gt;alert(&quot;cơ quan&quot;)&lt;/script&gt;");
    expect(page.body).toContain("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;");
    expect(page.body).toContain("chưa có trong danh mục");
  });
});

describe("approving and rejecting", () => {
  it("an approved draft shows as approved and the bot answers from it at once; an unreviewed one never reaches answers", async () => {
    expect(planQuotes()).not.toContain(PLAY);
    expect(citedQuotes()).not.toContain(PLAY);
    const admin = await signIn(h.app, "quantri");

    const res = await review(admin, "approve", good);
    expect(res.statusCode).toBe(303);
    expect(res.headers.location).toBe("/officer/admin/drafts?done=approved&n=1");
    const after = await get(res.headers.location!, admin);
    expect(after.body).toContain("Đã duyệt 1 bản nháp");
    expect(after.body).not.toContain(PLAY); // the default list holds only the unreviewed
    const approved = await get("/officer/admin/drafts?status=approved", admin);
    expect(approved.body).toContain(PLAY);
    expect(approved.body).toContain("đã duyệt");
    expect(approved.body).toMatch(/quantri, [^<]*\d{2}\/\d{2}\/\d{4}/);
    expect(approved.body).not.toContain(`name="id_${good.id}"`);

    expect(await statusOf(good)).toBe("approved");
    expect(h.knowledge.plans().find((p) => p.documentNumber === DOC)!.assignments).toContainEqual(expect.objectContaining({ agencyId: "so-vhttdl", role: "lead", quote: PLAY }));
    expect(h.knowledge.answer(ASK).found).toBe(true);
    expect(citedQuotes()).toContain(PLAY);
    expect(await statusOf(bad)).toBe("unreviewed");
    expect(planQuotes()).not.toContain(INVENTED);
  });

  it("approving a draft whose quote is not in the plan is refused with the reason, and nothing changes, not even the good draft sent with it", async () => {
    const admin = await signIn(h.app, "quantri");
    const res = await review(admin, "approve", good, bad);
    expect(res.statusCode).toBe(409);
    expect(res.body).toContain("không có gì thay đổi");
    expect(res.body).toContain(`Bản nháp ${bad.id}: trích dẫn không có nguyên văn trong kế hoạch ${DOC}`);
    expect(res.body).toContain('role="alert"');
    expect(await statusOf(bad)).toBe("unreviewed");
    expect(await statusOf(good)).toBe("unreviewed");
    expect(citedQuotes()).not.toContain(PLAY);
  });

  it("a rejected draft shows as rejected and stays out of the answers", async () => {
    const admin = await signIn(h.app, "quantri");
    const res = await review(admin, "reject", good, bad);
    expect(res.statusCode).toBe(303);
    expect((await get(res.headers.location!, admin)).body).toContain("Đã từ chối 2 bản nháp");
    const rejected = await get("/officer/admin/drafts?status=rejected", admin);
    expect(rejected.body).toContain(PLAY);
    expect(rejected.body).toContain("đã từ chối");
    expect(await statusOf(good)).toBe("rejected");
    expect(planQuotes()).not.toContain(PLAY);
    expect(citedQuotes()).not.toContain(PLAY);
  });

  it("accepts the ids as one comma-separated field too", async () => {
    const admin = await signIn(h.app, "quantri");
    const res = await post(h.app, "/officer/admin/drafts/review", admin, { _csrf: admin.csrf, decision: "reject", id: `${good.id},${bad.id}` });
    expect(res.statusCode).toBe(303);
    expect([await statusOf(good), await statusOf(bad)]).toEqual(["rejected", "rejected"]);
  });

  it("with nothing ticked answers 400 with a message", async () => {
    const admin = await signIn(h.app, "quantri");
    const res = await review(admin, "approve");
    expect(res.statusCode).toBe(400);
    expect(res.body).toContain("Chưa chọn bản nháp nào");
  });

  it("a draft reviewed already cannot be reviewed again from a stale page", async () => {
    const admin = await signIn(h.app, "quantri");
    expect((await review(admin, "reject", good)).statusCode).toBe(303);
    const again = await review(admin, "approve", good);
    expect(again.statusCode).toBe(409);
    expect(again.body).toContain("đã được xem xét trước đó");
    expect(await statusOf(good)).toBe("rejected");
  });
});

describe("who may review", () => {
  it("an officer and a supervisor get 403 on the page and on a review, and nothing changes", async () => {
    for (const user of ["an", "chi"]) {
      const signed = await signIn(h.app, user);
      const page = await get("/officer/admin/drafts", signed);
      expect(page.statusCode).toBe(403);
      expect(page.body).not.toContain(PLAY);
      expect((await review(signed, "approve", good)).statusCode).toBe(403);
    }
    expect(await statusOf(good)).toBe("unreviewed");
  });

  it("a review without the session's CSRF token is refused with 403", async () => {
    const admin = await signIn(h.app, "quantri");
    const missing = await post(h.app, "/officer/admin/drafts/review", admin, { decision: "approve", [`id_${good.id}`]: "on" });
    expect(missing.statusCode).toBe(403);
    const forged = await post(h.app, "/officer/admin/drafts/review", admin, { _csrf: "forged", decision: "approve", [`id_${good.id}`]: "on" });
    expect(forged.statusCode).toBe(403);
    expect(await statusOf(good)).toBe("unreviewed");
  });

  it("without a session the page sends to the sign-in form", async () => {
    const page = await get("/officer/admin/drafts");
    expect(page.statusCode).toBe(303);
    expect(page.headers.location).toBe("/officer/login");
  });
});
