/**
 * Issue 14, sixth pass: work kept per plan or per index and phrases left out of a question's reading where they cannot be
 * found change no answer. Each test here fails when its shortcut reads something other than what the full work reads.
 */
import { describe, expect, it } from "vitest";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { quotesIn } from "../../src/qa/answer-composer.ts";
import { createAgencyFinder, createProvinceFinder, createShortFormReader } from "../../src/qa/fuzzy-lookup.ts";
import { createPassageIndex } from "../../src/qa/passage-index.ts";
import { createQuestionAnswerer } from "../../src/qa/question-answerer.ts";
import { createQuestionParser } from "../../src/qa/question-parser.ts";
import { englishNameRuns } from "../../src/qa/question-wording.ts";

const registry = loadRegistry();
const { plans } = loadShippedPlans(registry);

describe("a body's words around its name", () => {
  const parse = createQuestionParser({ registry, findProvinces: createProvinceFinder(registry), findAgencies: createAgencyFinder(registry), findShortForms: createShortFormReader(registry) });
  const terms = (q: string) => parse(q).terms;

  it("placing it in the past leave the question's content words, whichever word says so", () => {
    const plain = terms("Sở LĐTBXH lo việc hỗ trợ trẻ mồ côi ở Gia Lai ra sao?");
    expect(plain.length).toBeGreaterThan(2);
    for (const q of ["Sở Nội vụ thay cho Sở LĐTBXH lo việc hỗ trợ trẻ mồ côi ở Gia Lai ra sao?", "Sở LĐTBXH cũ lo việc hỗ trợ trẻ mồ côi ở Gia Lai ra sao?",
      "Sở LĐTBXH trước đây lo việc hỗ trợ trẻ mồ côi ở Gia Lai ra sao?"]) expect(terms(q), q).toEqual(plain);
  });

  it("addressing it leave the question's content words, whichever verb addresses it", () => {
    const plain = terms("Hội Nông dân tỉnh Gia Lai vận động hội viên thế nào?");
    expect(plain.length).toBeGreaterThan(0);
    for (const verb of ["đề nghị", "yêu cầu", "giao"]) {
      const q = `Kế hoạch ${verb} Hội Nông dân tỉnh Gia Lai vận động hội viên thế nào?`;
      expect(terms(q), q).toEqual(plain);
    }
  });
});

describe("the quotes of an answer line", () => {
  it("are those the quote pattern finds: twelve characters or more between the marks, a short one passed over", () => {
    const byPattern = (line: string) => [...line.matchAll(/“([^”]{12,})”/g)].map((m) => m[1]);
    const lines = [
      "Theo mục 2: “Sở Y tế chủ trì khám sức khỏe cho học sinh”.", "“ngắn” rồi “một câu trích đủ dài ở đây” và “ngắn nữa”",
      "“mở mà không đóng, dù đủ dài", "“trong “một ngoặc lồng nhau đủ dài” hết”", "không có trích dẫn nào", "“đúng mười hai”“x”",
      "“123456789012” “12345678901”", "”“”“ “đóng trước mở sau đủ dài”",
    ];
    for (const line of lines) expect(quotesIn(line), line).toEqual(byPattern(line));
  });
});

describe("what the index keeps of the last terms asked", () => {
  it("is read again when the same list was changed in between", () => {
    const index = createPassageIndex(plans);
    const passage = index.passages.find((p) => p.folded.includes("tong dai") && p.folded.includes("111"))!;
    expect(passage).toBeDefined();
    const terms = ["tong", "dai"];
    const before = index.coverage(terms, passage);
    terms.push("duoi", "nuoc", "hoc", "boi");
    expect(index.coverage(terms, passage)).toBe(createPassageIndex(plans).coverage([...terms], passage));
    expect(index.coverage(terms, passage)).toBeLessThan(before);
  });
});

describe("answers from what is kept per plan", () => {
  it("are the same first, after other questions, and over the plans in another order", () => {
    const questions = [
      "Gia Lai bắt các sở báo cáo bao lâu một lần?",
      "Khuyến nghị số 12 trong phụ lục của Đắk Lắk do ai chủ trì?",
      "Kế hoạch 2041 có mấy mục tiêu cụ thể?",
      "Kế hoạch 2509 gồm những nhiệm vụ và giải pháp nào?",
      "Quyết định 2130 đặt ra mấy yêu cầu?",
      "Tây Ninh tập huấn cho bao nhiêu cộng tác viên?",
      "Which plan was signed most recently?",
      "Sở Giáo dục và Đào tạo Gia Lai phải làm những việc gì để phòng chống đuối nước cho học sinh?",
      "Công an tỉnh Đắk Lắk có trách nhiệm gì với trẻ em bị xâm hại?",
    ];
    const fresh = questions.map((q) => JSON.stringify(createQuestionAnswerer({ plans, registry, today: "2026-11-23" }).answer(q)));
    const one = createQuestionAnswerer({ plans, registry, today: "2026-11-23" });
    const afterOthers = [...questions].reverse().map((q) => JSON.stringify(one.answer(q))).reverse();
    expect(afterOthers).toEqual(fresh);
    const reversed = createQuestionAnswerer({ plans: [...plans].reverse(), registry, today: "2026-11-23" });
    for (const q of questions) reversed.answer(q);
    expect(questions.map((q) => JSON.stringify(one.answer(q)))).toEqual(fresh);
    expect(fresh.filter((a) => JSON.parse(a).found).length).toBeGreaterThanOrEqual(3);
  });
});

describe("a part of a plan named by its heading", () => {
  it("is listed from the plan named, one plan after another in the same answerer", () => {
    const qa = createQuestionAnswerer({ plans, registry, today: "2026-11-23" });
    const asked: Array<[string, string]> = [["Kế hoạch 2041 có mấy mục tiêu cụ thể?", "2041/QĐ-UBND"], ["Kế hoạch 2509 gồm những nhiệm vụ và giải pháp nào?", "2509/KH-UBND"],
      ["Kế hoạch 26 có những mục tiêu cụ thể nào?", "26/KH-UBND"], ["Kế hoạch 2509 gồm những nhiệm vụ và giải pháp nào?", "2509/KH-UBND"]];
    for (const [q, doc] of asked) {
      const a = qa.answer(q);
      expect(a.found, q).toBe(true);
      expect(a.citations.length, q).toBeGreaterThan(2);
      expect(a.citations.every((c) => c.document === doc), q).toBe(true);
    }
  });
});

describe("a body's English name in an English question", () => {
  // The longest run of two words or more of the name that the question writes whole, each start in turn, as defined.
  const byDefinition = (folded: string, names: string[]): string[] => names.flatMap((name) => {
    const words = name.toLowerCase().replace(/\([^)]*\)/g, " ").split(/[^a-z]+/).filter(Boolean);
    let best = "";
    for (let i = 0; i < words.length; i++) for (let j = words.length; j >= i + 2; j--) {
      const run = words.slice(i, j).join(" ");
      if (run.length > best.length && ` ${folded} `.includes(` ${run} `)) best = run;
    }
    return best ? [best] : [];
  });

  it("is the run the definition finds, for every body's name, asked twice", () => {
    const names = registry.agencies.map((a) => a.english ?? "").filter(Boolean);
    expect(names.length).toBeGreaterThan(20);
    const questions = ["what does the department of health do for children in care", "which tasks does the provincial police lead",
      "who in the people s committee of the province signs the plan", "department of education and training and the women s union work together on what"];
    for (const q of [...questions, ...questions]) expect(englishNameRuns(q, names), q).toEqual(byDefinition(q, names));
  });
});
