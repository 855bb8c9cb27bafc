import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import type { Answer } from "../../src/qa/answer-types.ts";
import { createQuestionAnswerer, type QuestionAnswerer } from "../../src/qa/question-answerer.ts";
import { registry, sentMessages, startLayer, type LayerHarness } from "./llm-test-support.ts";

let qa: QuestionAnswerer;
let h: LayerHarness;
const question = "Ở Đắk Lắk, ai chủ trì chương trình hoàn thiện hệ thống tư pháp cho người chưa thành niên?";
let answer: Answer;

beforeAll(() => {
  qa = createQuestionAnswerer({ plans: loadShippedPlans(registry()).plans, registry: registry(), today: "2026-11-23" });
  answer = qa.answer(question);
});
// A deadline that no loaded machine reaches for a fake that answers at once: the tests of what the model said must not
// record a timeout instead; the tests of the deadline start their own layer with a short one.
beforeEach(async () => {
  h = await startLayer({ timeoutMs: 10_000 });
});
afterEach(async () => {
  await h.close();
});

const grounded = "Theo Quyết định 2041/QĐ-UBND của Đắk Lắk (mục III.4), Sở Tư pháp là cơ quan chủ trì chương trình hoàn thiện hệ thống tư pháp cho người chưa thành niên; Công an tỉnh, Sở Y tế và Tòa án nhân dân tỉnh cùng phối hợp.";

describe("answer phrasing", () => {
  it("the deterministic answer this suite relies on is found, cited and names Sở Tư pháp as lead", () => {
    expect(answer.found).toBe(true);
    expect(answer.agencies.find((a) => a.role === "lead")?.name).toBe("Sở Tư pháp");
    expect(answer.answer).toContain("Lưu ý");
  });

  it("sends a grounded rewording with the same citations, and keeps the expiry and 2025 notes word for word", async () => {
    h.fake.script([{ json: { answer: grounded } }]);
    const phrased = await h.layer.phraser.phrase(question, answer);
    expect(phrased.answer.startsWith(grounded)).toBe(true);
    expect(phrased.citations).toEqual(answer.citations);
    expect(phrased.agencies).toEqual(answer.agencies);
    for (const note of answer.answer.split("\n").filter((l) => l.startsWith("Lưu ý"))) expect(phrased.answer).toContain(note);
    expect(h.layer.stats().phrase).toEqual({ phrased: 1 });
  });

  it("gives the model the retrieved facts and instructions, nothing else", async () => {
    h.fake.script([{ json: { answer: grounded } }]);
    await h.layer.phraser.phrase(question, answer);
    const [system, user] = sentMessages(h.fake);
    expect(system?.role).toBe("system");
    expect(system?.content).not.toContain("Sở Tư pháp");
    expect(user?.content).toContain(answer.citations[1]!.quote);
    expect(user?.content).toContain("2041/QĐ-UBND");
  });

  const refused: Array<[string, string, string]> = [
    ["names an agency that is not in the facts", "Theo Quyết định 2041/QĐ-UBND, Sở Tài chính chủ trì chương trình này, Sở Tư pháp phối hợp.", "rejected_agency"],
    ["invents a number", "Theo Quyết định 2041/QĐ-UBND, Sở Tư pháp chủ trì và phải báo cáo trong 15 ngày.", "rejected_number"],
    ["invents a date", "Theo Quyết định 2041/QĐ-UBND, Sở Tư pháp chủ trì từ ngày 12/9/2018.", "rejected_date"],
    ["invents a percentage", "Theo Quyết định 2041/QĐ-UBND, Sở Tư pháp chủ trì, bảo đảm 95% trẻ được hỗ trợ.", "rejected_number"],
    ["gives the lead to a coordinating agency", "Theo Quyết định 2041/QĐ-UBND, Công an tỉnh chủ trì chương trình, Sở Tư pháp cùng tham gia.", "rejected_role"],
    ["leaves out the lead agency", "Theo Quyết định 2041/QĐ-UBND, Công an tỉnh và Sở Y tế phối hợp thực hiện chương trình.", "rejected_omission"],
  ];
  for (const [what, text, outcome] of refused) {
    it(`sends the deterministic answer unchanged when the model ${what}`, async () => {
      h.fake.script([{ json: { answer: text } }]);
      expect(await h.layer.phraser.phrase(question, answer)).toEqual(answer);
      expect(h.layer.stats().phrase).toEqual({ [outcome]: 1 });
    });
  }

  const failures: Array<[string, Parameters<typeof h.fake.script>[0], string]> = [
    ["times out", [{ delayMs: 3000, json: { answer: grounded } }], "timeout"],
    ["keeps answering 429", [{ status: 429 }, { status: 429 }, { status: 429 }], "rate_limited"],
    ["keeps answering 500", [{ status: 500 }, { status: 500 }, { status: 500 }], "server_error"],
    ["returns malformed JSON", [{ content: '{"answer": "Sở Tư pháp chủ trì' }], "malformed"],
    ["returns JSON without an answer", [{ json: { text: grounded } }], "malformed"],
  ];
  for (const [what, steps, outcome] of failures) {
    it(`sends the deterministic answer within the deadline when the model ${what}`, async () => {
      await h.close();
      h = await startLayer({ timeoutMs: 300 });
      h.fake.script(steps);
      const t0 = Date.now();
      expect(await h.layer.phraser.phrase(question, answer)).toEqual(answer);
      // Well before the slow fake's 3 s answer: the deadline, not the fake, ended the wait.
      expect(Date.now() - t0).toBeLessThan(2500);
      expect(h.layer.stats().phrase).toEqual({ [outcome]: 1 });
    });
  }

  it("never sends a not-found answer to the model", async () => {
    const notFound = qa.answer("Cơ quan nào chủ trì phòng chống bạo lực trẻ em ở Quảng Ngãi?");
    expect(notFound.found).toBe(false);
    expect(await h.layer.phraser.phrase("Quảng Ngãi?", notFound)).toEqual(notFound);
    expect(h.fake.requests).toHaveLength(0);
    expect(h.layer.stats().phrase).toEqual({ skipped_not_found: 1 });
  });

  it("accepts a date written another way when it is the same date as in the facts", async () => {
    const successorAnswer = { ...answer, answer: answer.answer.split("\n")[0]! };
    h.fake.script([{ json: { answer: `${grounded} Từ ngày 01/03/2025, nhiệm vụ về trẻ em của Sở Lao động - Thương binh và Xã hội chuyển về Sở Y tế.` } }]);
    const phrased = await h.layer.phraser.phrase(question, successorAnswer);
    expect(h.layer.stats().phrase).toEqual({ phrased: 1 });
    expect(phrased.answer).toContain("01/03/2025");
  });
});

describe("answer phrasing in English", () => {
  const english = "In Dak Lak, who leads the programme to improve the justice system for juveniles?";
  let en: Answer;
  beforeAll(() => {
    en = qa.answer(english);
  });

  it("accepts an English rewording that keeps to the facts", async () => {
    const text = "Under Decision 2041/QĐ-UBND (Đắk Lắk, section III.4), the Department of Justice leads the programme; the Provincial Police and the Department of Health coordinate.";
    h.fake.script([{ json: { answer: text } }]);
    const phrased = await h.layer.phraser.phrase(english, en);
    expect(h.layer.stats().phrase).toEqual({ phrased: 1 });
    expect(phrased.answer.startsWith(text)).toBe(true);
    expect(phrased.answer).toContain("(2025 reorganisation)");
  });

  it("refuses an English rewording that gives the lead to a coordinating agency", async () => {
    h.fake.script([{ json: { answer: "Under Decision 2041/QĐ-UBND, the programme is led by the Department of Health, with the Department of Justice." } }]);
    expect(await h.layer.phraser.phrase(english, en)).toEqual(en);
    expect(h.layer.stats().phrase).toEqual({ rejected_role: 1 });
  });

  it("refuses an English rewording that names an agency the facts do not", async () => {
    expect(en.language).toBe("en");
    expect(en.found).toBe(true);
    const lead = en.agencies.find((a) => a.role === "lead")!;
    h.fake.script([{ json: { answer: `Under Decision 2041/QĐ-UBND, the ${lead.english} leads, with the Department of Finance coordinating.` } }]);
    expect(await h.layer.phraser.phrase(english, en)).toEqual(en);
    expect(h.layer.stats().phrase).toEqual({ rejected_agency: 1 });
  });
});
