/**
 * Issue 14, answers on a phone: the first 12 lines of a 360-px screen hold the answer and
 * one citation; a longer answer offers "Xem thêm", and pressing it in the chat shows the rest.
 * Checked over every question of the fresh and dev fixture sets, then through the real chat.
 */
import { resolve } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { MORE_CHOICE_ID, phoneLines, PHONE, renderAnswer, renderAnswerMore } from "../../src/conversation/answer-renderer.ts";
import { createDefaultConversationCore } from "../../src/conversation/default-conversation-core.ts";
import { createMemoryConversationStore } from "../../src/conversation/memory-conversation-store.ts";
import type { ConversationCore, InboundMessage } from "../../src/conversation/conversation-types.ts";
import { createMemoryCaseIntake } from "../../src/intake/report-flow/memory-case-intake.ts";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import type { ParsedPlan } from "../../src/kb/types.ts";
import { createQuestionAnswerer, type QuestionAnswerer } from "../../src/qa/question-answerer.ts";
import { captureLogger } from "../conversation/conversation-harness.ts";
import { readGold } from "./qa-judge.ts";

const root = resolve(import.meta.dirname, "../..");
const questions = [...readGold(resolve(root, "test/fixtures/qa-fresh.jsonl")), ...readGold(resolve(root, "test/fixtures/qa-dev2.jsonl"))].map((g) => g.q);

let qa: QuestionAnswerer;
let plans: ParsedPlan[];
let core: ConversationCore;
let n = 0;

beforeAll(() => {
  const registry = loadRegistry();
  plans = loadShippedPlans(registry).plans;
  qa = createQuestionAnswerer({ plans, registry, today: "2026-11-23" });
  core = createDefaultConversationCore({ store: createMemoryConversationStore(), caseIntake: createMemoryCaseIntake(), logger: captureLogger([]), registry, plans, today: "2026-11-23" });
});

const send = (chatId: string, text: string | null, choice?: string) => {
  const base = { channel: "web" as const, chatId, userId: chatId, messageId: `p${++n}`, attachments: [], receivedAt: new Date() };
  const message: InboundMessage = choice ? { ...base, kind: "choice", text: null, choice } : { ...base, kind: "text", text };
  return core.handle(message);
};

describe("the phone rendering of an answer", () => {
  it("counts screen lines by wrapping at the width of a 360-px phone", () => {
    expect(phoneLines("ngắn")).toBe(1);
    expect(phoneLines("x".repeat(PHONE.charsPerLine + 1))).toBe(2);
    expect(phoneLines("a\n\nb")).toBe(3);
  });

  it("fits every answer and its citation in the first 12 lines, and offers Xem thêm exactly when it cut", () => {
    let cut = 0;
    for (const q of questions) {
      const a = qa.answer(q);
      const r = renderAnswer(a, a.language, { more: true });
      if (!a.found) {
        // "Not in the plans" is never cut: it ends with the 111 hotline.
        expect(r.text, q).toMatch(/111/);
        expect(r.choices, q).toBeUndefined();
        continue;
      }
      expect(phoneLines(r.text), q).toBeLessThanOrEqual(PHONE.lines);
      // The answer sentence first: the reply opens with the answer's own first words.
      expect(r.text.slice(0, 25), q).toBe(a.answer.slice(0, 25));
      if (a.citations.length > 0) expect(r.text.split("\n").filter((l) => l.startsWith("• ")).length, q).toBeGreaterThanOrEqual(1);
      const offered = (r.choices ?? []).some((c) => c.id === MORE_CHOICE_ID);
      expect(offered, q).toBe(r.text !== renderAnswerMore(a, a.language).text);
      if (offered) {
        cut += 1;
        expect(r.text.split("\n").filter((l) => l.startsWith("• ")), q).toHaveLength(1);
      }
    }
    // Long answers exist in these sets (duty lists, several provinces): the cut is exercised.
    expect(cut).toBeGreaterThan(10);
  });

  it("shows the whole answer with up to three sources after Xem thêm", () => {
    const a = qa.answer("UBND các huyện ở Gia Lai phải làm gì theo Kế hoạch 2509?");
    const more = renderAnswerMore(a, "vi");
    expect(more.text.startsWith(a.answer)).toBe(true);
    expect(more.text).toMatch(/và \d+ việc khác/);
    expect(more.text.split("\n").filter((l) => l.startsWith("• ")).length).toBeLessThanOrEqual(3);
  });
});

describe("Xem thêm in the chat", () => {
  it("a long answer comes cut with Xem thêm; pressing it shows the rest of the same answer", async () => {
    await send("more-1", "/start");
    await send("more-1", "1");
    const [first] = await send("more-1", "Ở Gia Lai và Thừa Thiên Huế, Sở Giáo dục và Đào tạo phải làm gì?");
    expect(first?.choices?.map((c) => c.label)).toContain("Xem thêm");
    expect(phoneLines(first!.text)).toBeLessThanOrEqual(PHONE.lines);
    const [rest] = await send("more-1", null, MORE_CHOICE_ID);
    expect(rest?.text).toMatch(/Thừa Thiên Huế/);
    expect(rest!.text.length).toBeGreaterThan(first!.text.length);
  });

  it("on Zalo-style numbered choices, answering 1 means Xem thêm", async () => {
    await send("more-2", "/start");
    await send("more-2", "1");
    const [first] = await send("more-2", "UBND các huyện ở Gia Lai phải làm gì theo Kế hoạch 2509?");
    expect(first?.choices?.[0]?.id).toBe(MORE_CHOICE_ID);
    const [rest] = await send("more-2", "1");
    expect(rest?.text).toMatch(/và \d+ việc khác/);
  });
});
