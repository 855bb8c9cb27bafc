import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { foldVietnamese } from "../../src/core/vietnamese-text.ts";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import type { ParsedPlan } from "../../src/kb/types.ts";
import type { Answer, QaRegistry } from "../../src/qa/answer-types.ts";
import { createQuestionAnswerer, type QuestionAnswerer } from "../../src/qa/question-answerer.ts";
import { judge, readGold, type GoldLine } from "./qa-judge.ts";

const root = resolve(import.meta.dirname, "../..");
const dev = readGold(resolve(root, "../shared/eval/qa_dev.jsonl"));
const wider = readGold(resolve(root, "test/fixtures/qa-wider.jsonl"));

let qa: QuestionAnswerer;
let plans: ParsedPlan[];
let registry: QaRegistry;

beforeAll(() => {
  const reg = loadRegistry();
  registry = reg;
  plans = loadShippedPlans(reg).plans;
  qa = createQuestionAnswerer({ plans, registry, today: "2026-11-23" });
});

function score(gold: GoldLine[]): { pass: number; failures: string[] } {
  const failures: string[] = [];
  let pass = 0;
  for (const g of gold) {
    const [ok, why] = judge(g, qa.answer(g.q));
    if (ok) pass++;
    else failures.push(`${g.id} ${why}`);
  }
  return { pass, failures };
}

const digitRuns = (s: string): string[] => (s.match(/\d+/g) ?? []).map((d) => d.replace(/^0+(?=\d)/, ""));

/** Numbers an answer may state: those in its quotes, the metadata of the plans it cites, its successor notes, and 111. */
function allowedNumbers(a: Answer): Set<string> {
  const cited = plans.filter((p) => a.citations.some((c) => c.document === p.documentNumber));
  const coverage = a.found ? [] : plans.map((p) => p.documentNumber);
  const meta = cited.flatMap((p) => [p.documentNumber, ...p.otherNumbers, p.signedDate ?? "", p.period.start ?? "", p.period.end ?? "", p.title,
    ...p.implements.map((x) => x.documentNumber), ...p.legalBasis.map((x) => x.documentNumber ?? "")]);
  const texts = [...a.citations.flatMap((c) => [c.quote, c.section]), ...meta, ...coverage,
    ...a.successors.flatMap((s) => [s.effective, s.legalBasis, s.note]), ...(a.counts ?? []).map(String), "111 24/7"];
  return new Set(texts.flatMap(digitRuns));
}

function allAnswers(): Array<{ q: string; a: Answer }> {
  return [...dev, ...wider].map((g) => ({ q: g.q, a: qa.answer(g.q) }));
}

describe("question answering over the shipped plans", () => {
  it.skipIf(dev.length === 0)("scores at least 95% on the dev set with every negative passing", () => {
    const { pass, failures } = score(dev);
    const negatives = dev.filter((g) => ["none", "not_cited", "no_number"].includes(g.type));
    expect(failures.filter((f) => negatives.some((g) => f.startsWith(`${g.id} `)))).toEqual([]);
    expect(pass / dev.length, failures.join("\n")).toBeGreaterThanOrEqual(0.95);
  });

  it("scores at least 90% on the wider question set with every negative passing", () => {
    const { pass, failures } = score(wider);
    const negatives = wider.filter((g) => ["none", "not_cited", "no_number"].includes(g.type));
    expect(failures.filter((f) => negatives.some((g) => f.startsWith(`${g.id} `)))).toEqual([]);
    expect(pass / wider.length, failures.join("\n")).toBeGreaterThanOrEqual(0.9);
  });

  it("quotes every citation verbatim from the plan it names", () => {
    for (const { q, a } of allAnswers()) {
      for (const c of a.citations) {
        const plan = plans.find((p) => p.documentNumber === c.document);
        expect(plan, `${q}: unknown document ${c.document}`).toBeDefined();
        expect(plan!.text.includes(c.quote), `${q}: quote not in ${c.document}: ${c.quote}`).toBe(true);
      }
    }
  });

  it("never states a number or date that its quotes or cited plan metadata do not contain", () => {
    for (const { q, a } of allAnswers()) {
      const allowed = allowedNumbers(a);
      const invented = digitRuns(a.answer).filter((d) => !allowed.has(d));
      expect(invented, `${q}\n${a.answer}`).toEqual([]);
    }
  });

  it("never names an agency that its cited text does not contain", () => {
    for (const { q, a } of allAnswers()) {
      const quoted = new Set(a.citations.flatMap((c) => registry.findAgencies(c.quote).map((h) => h.agency.id)));
      const quotedText = foldVietnamese(a.citations.map((c) => c.quote).join(" "));
      for (const ag of a.agencies) {
        const ids = registry.findAgencies(ag.name).map((h) => h.agency.id);
        const ok = ids.some((id) => quoted.has(id)) || quotedText.includes(foldVietnamese(ag.name));
        expect(ok, `${q}: ${ag.name} not in quotes`).toBe(true);
      }
    }
  });

  it("gives a question typed without diacritics the same answer as with them", () => {
    const questions = [...dev, ...wider].filter((g) => /[^\x00-\x7f]/.test(g.q) && g.type !== "none").map((g) => g.q);
    expect(questions.length).toBeGreaterThan(20);
    for (const q of questions) {
      const withMarks = qa.answer(q);
      const without = qa.answer(foldVietnamese(q));
      expect({ q, found: without.found, docs: without.citations.map((c) => c.document), agencies: without.agencies.map((a) => a.name) })
        .toEqual({ q, found: withMarks.found, docs: withMarks.citations.map((c) => c.document), agencies: withMarks.agencies.map((a) => a.name) });
    }
  });

  it("reads both tone-mark placements (hoà/hòa, uỷ/ủy) the same way", () => {
    const a = qa.answer("Ai quản lý chặt chẽ các loại văn hoá phẩm không lành mạnh đối với trẻ em ở Đắk Lắk?");
    const b = qa.answer("Ai quản lý chặt chẽ các loại văn hóa phẩm không lành mạnh đối với trẻ em ở Đắk Lắk?");
    expect(b.agencies).toEqual(a.agencies);
    expect(b.citations).toEqual(a.citations);
  });

  it("reads a misspelt province and a content word one letter off as the intended ones", () => {
    const right = qa.answer("Ở Đắk Lắk, cơ quan nào chủ trì chương trình hoàn thiện hệ thống tư pháp cho người chưa thành niên?");
    const typed = qa.answer("o dac lac co quan nao chu tri chuong trnh hoan thien he thong tu phap cho nguoi chua thanh nein");
    expect(typed.agencies[0]).toEqual(right.agencies[0]);
    expect(typed.citations[0]).toEqual(right.citations[0]);
  });

  it("answers an English question in English with Vietnamese agency names glossed", () => {
    const a = qa.answer("Who is responsible for child-related crime prevention in Gia Lai?");
    expect(a.language).toBe("en");
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Under|section/);
    expect(a.answer).toMatch(/Công an tỉnh \([A-Za-z' ]+\)/);
    expect(a.agencies[0]?.english).toBeTruthy();
  });

  it("answers a Vietnamese question in Vietnamese", () => {
    const a = qa.answer("Ở Gia Lai, cơ quan nào phổ cập giáo dục mầm non cho trẻ em dưới 5 tuổi?");
    expect(a.language).toBe("vi");
    expect(a.answer).toMatch(/Theo/);
  });

  it("says found=false with what the knowledge base covers and 111 when no plan answers", () => {
    for (const q of ["Ai phụ trách bảo vệ trẻ em ở tỉnh Cà Mau?", "Hôm nay đội tuyển Việt Nam đá với ai?", "", "What is the weather in Hanoi tomorrow?"]) {
      const a = qa.answer(q);
      expect(a.found, q).toBe(false);
      expect(a.answer, q).toContain("111");
      expect(a.answer, q).toMatch(/Gia Lai/);
      expect(a.citations, q).toEqual([]);
    }
  });

  it("does not cite a plan about an agency the plan never mentions", () => {
    const a = qa.answer("Theo kế hoạch của Tây Ninh, Công an tỉnh có nhiệm vụ gì?");
    expect(a.found === false || !a.citations.some((c) => c.document.startsWith("1979"))).toBe(true);
  });

  it("says the plan's period has ended and names today's successor with its legal basis", () => {
    const a = qa.answer("Ở Đắk Lắk, cơ quan nào chủ trì Chương trình nâng cao năng lực cho đội ngũ cán bộ làm công tác bảo vệ, chăm sóc trẻ em?");
    expect(a.planExpired).toBe(true);
    expect(a.successors.length).toBeGreaterThan(0);
    expect(a.successors[0]!.legalBasis).toMatch(/\d/);
    expect(a.answer).toContain(a.successors[0]!.to.split(",")[0]!);
  });

  it("does not call a plan expired before its period ends", () => {
    const early = createQuestionAnswerer({ plans, registry, today: "2017-01-01" });
    const a = early.answer("Ở Đắk Lắk, cơ quan nào chủ trì Chương trình nâng cao năng lực cho đội ngũ cán bộ làm công tác bảo vệ, chăm sóc trẻ em?");
    expect(a.found).toBe(true);
    expect(a.planExpired).toBe(false);
  });

  it("states no amount when the plan states none", () => {
    const a = qa.answer("Kế hoạch 26/KH-UBND của Thừa Thiên Huế dành bao nhiêu tỷ đồng cho công tác trẻ em?");
    expect(a.found).toBe(false);
    expect(foldVietnamese(a.answer)).not.toMatch(/\d[\d.,]*\s*(ty|trieu)\b/);
  });

  it("an answer from the plan that never names its province says the province is inferred, and why", () => {
    const a = qa.answer("Khuyến nghị số 71 về phòng chống buôn bán người do cơ quan nào chủ trì?");
    expect(a.citations[0]?.document).toBe("2130/QĐ-UBND");
    expect(a.notes.join("\n")).toMatch(/2130\/QĐ-UBND: .*không ghi tên tỉnh.*Mai Hoan Niê Kdăm/);
    const other = qa.answer("Ở Gia Lai, cơ quan nào phổ cập giáo dục mầm non cho trẻ em dưới 5 tuổi?");
    expect(other.notes.join("\n")).not.toMatch(/không ghi tên tỉnh/);
  });
});
