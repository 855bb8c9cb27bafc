import { afterEach, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { createQuestionAnswerer, type QuestionAnswerer } from "../../src/qa/question-answerer.ts";
import { createAssistedAnswerer } from "../../src/llm/assisted-answerer.ts";
import { registry, startLayer, type LayerHarness } from "./llm-test-support.ts";

let qa: QuestionAnswerer;
let h: LayerHarness;
beforeAll(() => {
  qa = createQuestionAnswerer({ plans: loadShippedPlans(registry()).plans, registry: registry(), today: "2026-11-23" });
});
beforeEach(async () => {
  h = await startLayer();
});
afterEach(async () => {
  await h.close();
});

const vague = "bên nào lo vụ xử án cho mấy đứa nhỏ phạm tội ở Đắk Lắk";
const reading = { intent: "lead", province: "Đắk Lắk", topic: "hoàn thiện hệ thống tư pháp cho người chưa thành niên" };

describe("answering with the optional model", () => {
  it("answers exactly as the rules do when there is no model", async () => {
    const assisted = createAssistedAnswerer({ answerer: qa, layer: null });
    expect(await assisted.answer(vague)).toEqual(qa.answer(vague));
  });

  it("answers a question the rules missed from the knowledge base, through the model's reading", async () => {
    expect(qa.answer(vague).found).toBe(false);
    h.fake.script([{ json: reading }, { content: "not json" }]);
    const answer = await createAssistedAnswerer({ answerer: qa, layer: h.layer }).answer(vague);
    expect(answer.found).toBe(true);
    expect(answer.agencies.find((a) => a.role === "lead")?.name).toBe("Sở Tư pháp");
    expect(answer.citations.every((c) => c.document === "2041/QĐ-UBND")).toBe(true);
    expect(h.layer.stats()).toEqual({ interpret: { interpreted: 1 }, phrase: { malformed: 1 } });
  });

  it("never answers a question about a province with no plan from another province's plan", async () => {
    const question = "ở Quảng Ngãi bên nào lo tư pháp cho trẻ";
    h.fake.script([{ json: { ...reading, province: null } }]);
    const answer = await createAssistedAnswerer({ answerer: qa, layer: h.layer }).answer(question);
    expect(answer).toEqual(qa.answer(question));
    expect(answer.found).toBe(false);
  });

  it("keeps the whole wait within its budget when the model is slow", async () => {
    h.fake.script([{ delayMs: 3000, json: reading }]);
    const t0 = Date.now();
    const answer = await createAssistedAnswerer({ answerer: qa, layer: h.layer, budgetMs: 600 }).answer(vague);
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(answer).toEqual(qa.answer(vague));
  });
});
