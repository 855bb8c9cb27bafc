/**
 * Issue 14 (time per question): a plan's clauses naming a body are read for its partners once per plan and body, the plan's
 * recipients line naming a body is found once, and questions without a phone or hotline word skip the English hotline patterns.
 * What a user sees stays the same whatever was asked before: nothing of one question is kept for the next.
 */
import { describe, expect, it } from "vitest";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { createQuestionAnswerer } from "../../src/qa/question-answerer.ts";

const registry = loadRegistry();
const { plans } = loadShippedPlans(registry);
const TODAY = "2026-11-23";

// Our own questions: partners of two bodies in two provinces, a recipients list, and English ones about a phone line.
const PARTNERS_DL = "Ở Đắk Lắk, Sở Lao động - Thương binh và Xã hội phối hợp với những cơ quan nào để tuyên truyền về quyền trẻ em?";
const PARTNERS_GL = "Tại Gia Lai, Công an tỉnh phối hợp với ai trong việc điều tra các vụ xâm hại trẻ em?";
const RECIPIENT = "Kế hoạch 2509 có gửi cho Bộ Lao động - Thương binh và Xã hội không?";
const PHONE_LINE = "Is there a phone line in the Gia Lai plan where people can report a child being hurt?";
const PLAIN = "Sở Y tế Gia Lai được giao làm những việc gì cho trẻ em?";
const ALL = [PARTNERS_DL, PARTNERS_GL, RECIPIENT, PHONE_LINE, PLAIN];

const fresh = () => createQuestionAnswerer({ plans, registry, today: TODAY });
const answersOf = (questions: string[]) => {
  const qa = fresh();
  return questions.map((q) => JSON.stringify(qa.answer(q)));
};
const documentsOf = (province: string) => {
  const id = registry.findProvinces(province)[0]?.province.id;
  return new Set(plans.filter((p) => p.province.provinceId === id).map((p) => p.documentNumber));
};

describe("work read once per plan gives the answers it gave before", () => {
  it("each question is answered the same alone, after the others and in the reverse order", () => {
    const alone = ALL.map((q) => JSON.stringify(fresh().answer(q)));
    expect(answersOf(ALL)).toEqual(alone);
    expect(answersOf([...ALL].reverse()).reverse()).toEqual(alone);
    // Asked twice on one answerer, after the other body's partners were read.
    const qa = fresh();
    for (const q of ALL) qa.answer(q);
    expect(ALL.map((q) => JSON.stringify(qa.answer(q)))).toEqual(alone);
  });

  it("the partners of the Đắk Lắk labour department are named from Đắk Lắk's plans only, the body itself among them", () => {
    const qa = fresh();
    qa.answer(PARTNERS_GL);
    const a = qa.answer(PARTNERS_DL);
    expect(a.found).toBe(true);
    const own = documentsOf("Đắk Lắk");
    expect(a.citations.length).toBeGreaterThan(0);
    for (const c of a.citations) expect(own.has(c.document)).toBe(true);
    expect(a.agencies.some((x) => x.name === "Sở Lao động - Thương binh và Xã hội")).toBe(true);
    expect(a.answer).toContain("phối hợp với");
  });

  it("a plan's recipients line is quoted for the ministry asked", () => {
    const a = fresh().answer(RECIPIENT);
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Nơi nhận");
    expect(a.citations.some((c) => c.quote.includes("Bộ Lao động - Thương binh và Xã hội"))).toBe(true);
  });

  it("an English question about a phone line still asks for the number to report to", () => {
    const a = fresh().answer(PHONE_LINE);
    expect(a.language).toBe("en");
    expect(a.answer).toMatch(/hotline or phone number/);
  });
});
