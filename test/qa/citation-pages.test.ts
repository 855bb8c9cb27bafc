/**
 * A plan read from a PDF is cited with the page its quote is printed on ("trang 5"); a quote
 * from a page read by OCR says it is a scanned copy. Plans read from text have no pages.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { readPlanDocument } from "../../src/kb/ingest/read-plan-document.ts";
import { listPlanFiles } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import type { ParsedPlan } from "../../src/kb/types.ts";
import { createQuestionAnswerer } from "../../src/qa/question-answerer.ts";
import { renderAnswer } from "../../src/conversation/answer-renderer.ts";
import { hasVietnameseFont, renderPlanPdf } from "../kb/support/plan-renderings.ts";

const registry = loadRegistry();
const today = "2026-12-03";

/** A question about what the agency of one of the plan's assignments does under that plan. */
function questionFor(plan: ParsedPlan): string {
  const a = plan.assignments.find((x) => x.agencyId && x.role === "lead") ?? plan.assignments.find((x) => x.agencyId)!;
  return `${registry.agency(a.agencyId!)!.name} phải làm gì theo kế hoạch ${plan.documentNumber}?`;
}

describe.skipIf(!hasVietnameseFont())("citations of plans read from documents", () => {
  it("cites the page a quote is printed on, in the JSON and in the chat's source lines; text plans carry no page", async () => {
    const file = listPlanFiles()[0]!;
    const pdf = await renderPlanPdf(fs.readFileSync(file, "utf8"));
    const { plan } = await readPlanDocument(pdf, "plan.pdf", registry);
    const question = questionFor(plan);

    const answer = createQuestionAnswerer({ plans: [plan], registry, today }).answer(question);
    expect(answer.found).toBe(true);
    expect(answer.citations.length).toBeGreaterThan(0);
    for (const c of answer.citations) {
      expect(plan.text).toContain(c.quote);
      expect(c.page).toBeGreaterThanOrEqual(1);
      // The page is where the quote is printed: the quote's line maps to that page.
      const line = plan.text.slice(0, plan.text.indexOf(c.quote)).split("\n").length - 1;
      expect(plan.document!.linePages[line]).toBe(c.page);
      expect(c.scanned).toBeUndefined();
    }
    const shown = renderAnswer(answer, "vi").text;
    expect(shown).toMatch(/, trang \d+/);

    const fromText = createQuestionAnswerer({ plans: [{ ...plan, document: undefined }], registry, today }).answer(question);
    expect(fromText.citations.every((c) => c.page === undefined)).toBe(true);
    expect(renderAnswer(fromText, "vi").text).not.toMatch(/trang \d+/);
  }, 60_000);

  it("says a quote from a page read by OCR is a scanned copy to check against the original", async () => {
    const file = listPlanFiles()[0]!;
    const { plan } = await readPlanDocument(await renderPlanPdf(fs.readFileSync(file, "utf8")), "plan.pdf", registry);
    // The same document as if its pages had been scanned: the text is what OCR read.
    const scanned: ParsedPlan = { ...plan, document: { ...plan.document!, scanned: true, pages: plan.document!.pages.map((p) => ({ ...p, source: "ocr" })) } };
    const answer = createQuestionAnswerer({ plans: [scanned], registry, today }).answer(questionFor(plan));
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.every((c) => c.scanned === true && typeof c.page === "number")).toBe(true);
    expect(renderAnswer(answer, "vi").text).toContain("bản quét, đối chiếu bản gốc");
  }, 60_000);
});
