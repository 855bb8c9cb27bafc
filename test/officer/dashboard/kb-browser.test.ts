/**
 * What an officer reads in the knowledge-base browser: the bot's own answer with the same
 * citations and verbatim quotes, every plan's assignments quoted from the plan's text, an
 * agency's duties across plans with its 2025 successors, duties by task, the successor list,
 * refusals for unknown plans and agencies, escaped questions, and the English toggle.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { escapeHtml } from "../../../src/officer/dashboard/html.ts";
import { openDashboard, signIn, type DashboardHarness } from "./dashboard-test-support.ts";

let h: DashboardHarness;
let cookie: string;
beforeAll(async () => {
  h = await openDashboard();
  cookie = (await signIn(h.app, "an")).cookie;
});
afterAll(() => h.close());

const get = (url: string, cookies: string | null = cookie) => h.app.inject({ method: "GET", url, headers: cookies ? { cookie: cookies } : {} });
const ask = (q: string) => get(`/officer/kb?q=${encodeURIComponent(q)}`);

// Questions from the QA dev set (shared/eval/qa_dev.jsonl: d-01, d-16, d-20).
const LEAD_QUESTION = "Ở Đắk Lắk, cơ quan nào chủ trì Chương trình nâng cao năng lực cho đội ngũ cán bộ làm công tác bảo vệ, chăm sóc trẻ em?";
const RECOMMENDATION_QUESTION = "Khuyến nghị số 71 về phòng chống buôn bán người do cơ quan nào chủ trì?";
const OFF_TOPIC_QUESTION = "Hôm nay đội tuyển Việt Nam đá với ai?";

describe("asking the bot from the dashboard", () => {
  it.each([LEAD_QUESTION, RECOMMENDATION_QUESTION])("shows the bot's answer with every citation's document, section and verbatim quote: %s", async (q) => {
    const expected = h.knowledge.answer(q);
    expect(expected.found).toBe(true);
    expect(expected.citations.length).toBeGreaterThan(0);
    const res = await ask(q);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain(escapeHtml(expected.answer));
    for (const c of expected.citations) {
      expect(res.body).toContain(`<blockquote class="kb-quote" lang="vi">${escapeHtml(c.quote)}</blockquote>`);
      expect(res.body).toContain(escapeHtml(c.document));
      expect(res.body).toContain(escapeHtml(c.section));
    }
  });

  it("a question no plan covers shows the not-found answer with the 111 hotline", async () => {
    const expected = h.knowledge.answer(OFF_TOPIC_QUESTION);
    expect(expected.found).toBe(false);
    const res = await ask(OFF_TOPIC_QUESTION);
    expect(res.body).toContain("Kế hoạch không trả lời câu hỏi này");
    expect(res.body).toContain(escapeHtml(expected.answer));
    expect(res.body).toContain("111");
  });

  it("a script in the question is shown as text, and the question is cut to 500 characters", async () => {
    const res = await ask(`<script>alert(1)</script>${"x".repeat(600)}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain("<script>alert(1)");
    expect(res.body).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
    const value = /id="kb-q" name="q"[^>]*value="([^"]*)"/.exec(res.body)?.[1] ?? "";
    expect(value.replaceAll("&lt;", "<").replaceAll("&gt;", ">").length).toBe(500);
  });
});

describe("browsing plans", () => {
  it("the home page lists every plan with a link to its page, the agencies with duties and the task and successor pages", async () => {
    const res = await get("/officer/kb");
    for (const plan of h.knowledge.plans()) expect(res.body).toContain(`href="/officer/kb/plans/${encodeURIComponent(plan.documentNumber)}"`);
    expect(res.body).toContain('href="/officer/kb/agencies/so-ldtbxh"');
    expect(res.body).toContain('href="/officer/kb/tasks"');
    expect(res.body).toContain('href="/officer/kb/successors"');
  });

  it("each plan page lists every assignment with its quote, which is verbatim in the plan's text", async () => {
    const plans = h.knowledge.plans();
    expect(plans.length).toBeGreaterThan(1);
    for (const plan of plans) {
      const res = await get(`/officer/kb/plans/${encodeURIComponent(plan.documentNumber)}`);
      expect(res.statusCode).toBe(200);
      for (const a of plan.assignments) {
        expect(plan.text).toContain(a.quote);
        expect(res.body).toContain(escapeHtml(a.quote));
      }
    }
  });

  it("the Thừa Thiên Huế plan (26/KH-UBND) shows its roles in Vietnamese, targets, reporting deadline and the gaps the parser noted", async () => {
    const plan = h.knowledge.plans().find((p) => p.documentNumber === "26/KH-UBND")!;
    const res = await get("/officer/kb/plans/26%2FKH-UBND");
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain("<strong>Chịu trách nhiệm</strong>");
    expect(res.body).toContain("<strong>Phối hợp</strong>");
    expect(res.body).toContain("Thừa Thiên Huế");
    expect(res.body).toContain(escapeHtml(plan.targets[0]!.quote));
    expect(res.body).toContain(escapeHtml(plan.reportingDuties[0]!.quote));
    expect(res.body).toContain(escapeHtml(plan.gaps[0]!.quote));
  });

  it("an unknown plan is answered with 404", async () => {
    const res = await get("/officer/kb/plans/999%2FKH-UBND");
    expect(res.statusCode).toBe(404);
    expect(res.body).toContain("Không tìm thấy");
  });
});

describe("agencies, tasks and successors", () => {
  it("an agency page shows its duties from more than one plan with quotes and who holds them since 2025", async () => {
    const res = await get("/officer/kb/agencies/so-ldtbxh");
    expect(res.statusCode).toBe(200);
    const plans = h.knowledge.plans().filter((p) => p.assignments.some((a) => a.agencyId === "so-ldtbxh"));
    expect(plans.length).toBeGreaterThan(1);
    for (const plan of plans) {
      expect(res.body).toContain(escapeHtml(plan.documentNumber));
      expect(res.body).toContain(escapeHtml(plan.assignments.find((a) => a.agencyId === "so-ldtbxh")!.quote));
    }
    expect(res.body).toContain("Từ 01/03/2025, nhiệm vụ chuyển cho:");
    expect(res.body).toContain('href="/officer/kb/agencies/so-y-te"');
    expect(res.body).toContain("Nghị định 45/2025/NĐ-CP");
  });

  it("a successor agency's page names the agency whose duties it took over", async () => {
    const res = await get("/officer/kb/agencies/so-y-te");
    expect(res.body).toContain("cơ quan này nhận nhiệm vụ của:");
    expect(res.body).toContain('href="/officer/kb/agencies/so-ldtbxh"');
  });

  it("an unknown agency is answered with 404", async () => {
    expect((await get("/officer/kb/agencies/khong-co")).statusCode).toBe(404);
  });

  it("the tasks page shows who leads and who coordinates a programme, quoting the plan's sentence once", async () => {
    const res = await get(`/officer/kb/tasks?plan=${encodeURIComponent("2041/QĐ-UBND")}`);
    expect(res.statusCode).toBe(200);
    const plan = h.knowledge.plans().find((p) => p.documentNumber === "2041/QĐ-UBND")!;
    const lead = plan.assignments.find((a) => a.role === "lead" && a.taskId)!;
    const sharing = plan.assignments.filter((a) => a.quote === lead.quote && a.sectionPath === lead.sectionPath);
    expect(sharing.some((a) => a.role === "coordinate")).toBe(true);
    expect(res.body.split(`<blockquote class="kb-quote" lang="vi">${escapeHtml(lead.quote)}</blockquote>`)).toHaveLength(2);
    expect(res.body).toContain(`<strong>Chủ trì</strong>: <a href="/officer/kb/agencies/${lead.agencyId}">`);
    expect(res.body).toContain("<strong>Phối hợp</strong>: ");
    expect(res.body).not.toContain(escapeHtml(h.knowledge.plans().find((p) => p.documentNumber === "26/KH-UBND")!.title));
  });

  it("the successors page lists every 2025 change in the registry", async () => {
    const res = await get("/officer/kb/successors");
    const rows = res.body.match(/<tr><th scope="row">/g) ?? [];
    expect(rows.length).toBe(h.knowledge.registry.successors.length);
    expect(res.body).toContain("Nghị quyết 203/2025/QH15");
  });
});

describe("access and language", () => {
  it("a visitor who is not signed in is sent to the login page", async () => {
    for (const url of ["/officer/kb", "/officer/kb/plans/26%2FKH-UBND", "/officer/kb/agencies/so-ldtbxh", "/officer/kb/tasks", "/officer/kb/successors"]) {
      const res = await get(url, null);
      expect(res.statusCode).toBe(303);
      expect(res.headers.location).toBe("/officer/login");
    }
  });

  it("with the English toggle the headings are English and the plans' quotes stay Vietnamese", async () => {
    const home = await get(`/officer/kb?q=${encodeURIComponent(LEAD_QUESTION)}`, `${cookie}; bvte_lang=en`);
    expect(home.body).toContain("Child protection plans");
    expect(home.body).toContain("The assistant&#39;s answer");
    expect(home.body).not.toContain("Kho kế hoạch bảo vệ trẻ em");
    const plan = await get("/officer/kb/plans/26%2FKH-UBND", `${cookie}; bvte_lang=en`);
    expect(plan.body).toContain("Sections and assignments");
    expect(plan.body).toContain("<strong>Coordinates</strong>");
    expect(plan.body).toContain(escapeHtml(h.knowledge.plans().find((p) => p.documentNumber === "26/KH-UBND")!.assignments[0]!.quote));
  });
});
