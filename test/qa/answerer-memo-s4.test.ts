/**
 * Issue 14 (time per question): work the answerer now does once instead of on every question (a plan's hotline passage, the
 * twelve best passages of a lead question, the first words of the question phrases) gives the answers it gave before, whatever
 * was asked earlier: nothing of one question is kept for the next, and no plan's hotline is given for another's.
 */
import { describe, expect, it } from "vitest";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { contentTerms } from "../../src/qa/question-parser.ts";
import { createQuestionAnswerer } from "../../src/qa/question-answerer.ts";

const registry = loadRegistry();
const { plans } = loadShippedPlans(registry);
const TODAY = "2026-11-23";

const PROVINCES = ["Gia Lai", "Đắk Lắk", "Tây Ninh", "Thừa Thiên Huế"];
// Hotline questions in our own words, one per province, then a claim with a wrong number and an English one.
const HOTLINE = [
  ...PROVINCES.map((p) => `Ở ${p}, muốn báo tin trẻ bị xâm hại thì gọi tổng đài số mấy theo kế hoạch?`),
  "Kế hoạch của Gia Lai ghi tổng đài 113 để báo tin về trẻ em phải không?",
  "Which hotline number does the Tây Ninh plan give for reporting child abuse?",
];
// Who-leads questions, some asking for every body or for the body a plan requests work of (the longer ranked list).
const LEAD = [
  "Cơ quan nào chủ trì tuyên truyền phòng chống đuối nước cho trẻ em ở Gia Lai?",
  "Những cơ quan nào cùng chủ trì việc tập huấn kỹ năng cho cán bộ làm công tác trẻ em ở Đắk Lắk?",
  "Ở Tây Ninh, kế hoạch đề nghị cơ quan nào chủ trì vận động nguồn lực cho trẻ em?",
  "Who leads the work on child injury prevention in Thừa Thiên Huế?",
];

const answersOf = (questions: string[], qa = createQuestionAnswerer({ plans, registry, today: TODAY })) =>
  questions.map((q) => JSON.stringify(qa.answer(q)));

describe("a plan's hotline, found once per plan", () => {
  it("each province's question cites only that province's plans, in any order and on a fresh answerer", () => {
    const first = answersOf(HOTLINE);
    const qa = createQuestionAnswerer({ plans, registry, today: TODAY });
    const reversed = [...HOTLINE].reverse().map((q) => JSON.stringify(qa.answer(q))).reverse();
    expect(reversed).toEqual(first);
    for (const [i, province] of PROVINCES.entries()) {
      const answer = JSON.parse(first[i]!) as { citations: Array<{ document: string }> };
      const id = registry.findProvinces(province)[0]?.province.id;
      expect(id).toBeTruthy();
      const own = new Set(plans.filter((p) => p.province.provinceId === id).map((p) => p.documentNumber));
      for (const c of answer.citations) expect(own.has(c.document)).toBe(true);
    }
  });

  it("a wrong number claimed for one plan is not corrected with another plan's number after that plan was asked", () => {
    const qa = createQuestionAnswerer({ plans, registry, today: TODAY });
    const alone = JSON.stringify(qa.answer(HOTLINE[4]!));
    for (const q of HOTLINE) qa.answer(q);
    expect(JSON.stringify(qa.answer(HOTLINE[4]!))).toBe(alone);
  });
});

describe("a lead question ranks its longer list once", () => {
  it("gives the same answers asked again, after the hotline questions, and of a fresh answerer", () => {
    const qa = createQuestionAnswerer({ plans, registry, today: TODAY });
    const first = answersOf(LEAD, qa);
    for (const q of HOTLINE) qa.answer(q);
    expect(answersOf([...LEAD].reverse(), qa).reverse()).toEqual(first);
    expect(answersOf(LEAD)).toEqual(first);
    expect(first.some((a) => (JSON.parse(a) as { found: boolean }).found)).toBe(true);
  });
});

describe("question phrases removed by their first word", () => {
  it("removes the place and the asking words, keeps the task's words in order", () => {
    const terms = contentTerms("co quan nao chu tri tap huan can bo o gia lai", ["gia lai"], "vi");
    expect(terms).toEqual(expect.arrayContaining(["tap", "huan", "can", "bo"]));
    expect(terms.indexOf("tap")).toBeLessThan(terms.indexOf("bo"));
    for (const w of ["gia", "lai", "nao", "chu", "tri"]) expect(terms).not.toContain(w);
  });

  it("a phrase to remove that the question does not hold, or holds only in part, takes nothing out", () => {
    const plain = contentTerms("so nao phu trach kinh phi bao ve tre em", [], "vi");
    expect(contentTerms("so nao phu trach kinh phi bao ve tre em", ["lai chau", "kinh te", ""], "vi")).toEqual(plain);
    expect(plain).toEqual(expect.arrayContaining(["kinh", "phi"]));
  });

  it("a longer phrase goes before a shorter one it contains, so the whole name is removed", () => {
    const terms = contentTerms("uy ban nhan dan tinh gia lai giao nhiem vu gi ve tre em", ["uy ban nhan dan tinh gia lai", "gia lai"], "vi");
    for (const w of ["uy", "ban", "nhan", "dan", "gia", "lai"]) expect(terms).not.toContain(w);
    expect(terms).toEqual(contentTerms("uy ban nhan dan tinh gia lai giao nhiem vu gi ve tre em", ["gia lai", "uy ban nhan dan tinh gia lai"], "vi"));
  });
});
