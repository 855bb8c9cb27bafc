/**
 * A conversation driven through the real core with the memory store, the memory case queue,
 * the real reporter flow and small fakes for the knowledge base and triage.
 */
import { createConversationCore } from "../../src/conversation/conversation-core.ts";
import type { ConversationLogger } from "../../src/conversation/conversation-deps.ts";
import type { AnswerLike } from "../../src/conversation/answer-renderer.ts";
import { createMemoryConversationStore } from "../../src/conversation/memory-conversation-store.ts";
import type { ConversationStore, InboundMessage, Language, Reply } from "../../src/conversation/conversation-types.ts";
import type { DraftTriage } from "../../src/intake/case-intake-port.ts";
import { createMemoryCaseIntake, type MemoryCaseIntake } from "../../src/intake/report-flow/memory-case-intake.ts";
import { createReportFlow } from "../../src/intake/report-flow/report-flow.ts";
import type { RateLimitSettings } from "../../src/conversation/rate-limiter.ts";

/** Fake triage: enough words to exercise the routes, nothing like the real rules. */
export function fakeTriage(text: string): DraftTriage {
  if (/đang bị đánh|tối nay|EMERGENCY/i.test(text)) return { risk: "emergency", category: "physical_violence", redFlags: ["violence_in_progress"], reasons: [] } as DraftTriage;
  if (/bị đánh|xâm hại|bỏ đói/i.test(text)) return { risk: "medium", category: "physical_violence", redFlags: [], reasons: [] } as DraftTriage;
  return { risk: "low", category: "other", redFlags: [] };
}

/** Fake knowledge base: one cited answer for any question naming a province, "not found" otherwise. */
export function fakeAnswer(question: string): AnswerLike {
  const en = /\b(which|who|what)\b/i.test(question);
  if (!/gia lai|đắk lắk|dak lak/i.test(question)) return { answer: en ? "The plans do not answer this." : "Các kế hoạch không có câu trả lời cho câu hỏi này.", found: false, citations: [], language: en ? "en" : "vi" };
  return {
    answer: en ? "Under 2509/KH-UBND (Gia Lai), the Department of Labour leads." : "Theo 2509/KH-UBND (Gia Lai), Sở Lao động - Thương binh và Xã hội chủ trì.",
    found: true,
    language: en ? "en" : "vi",
    citations: [
      { document: "2509/KH-UBND", province: "Gia Lai", section: "IV.1", quote: "Sở Lao động - Thương binh và Xã hội chủ trì, phối hợp với các sở, ngành liên quan tổ chức triển khai thực hiện các hoạt động phòng ngừa, hỗ trợ trẻ em bị xâm hại trên địa bàn tỉnh" },
      { document: "2509/KH-UBND", province: "Gia Lai", section: "IV.1", quote: "repeat" },
    ],
  };
}

export interface LogRecord {
  level: string;
  obj: Record<string, unknown>;
  msg: string | undefined;
}

export function captureLogger(records: LogRecord[], bindings: Record<string, unknown> = {}): ConversationLogger {
  const at = (level: string) => (obj: object, msg?: string) => records.push({ level, obj: { ...bindings, ...obj }, msg });
  return { child: (b) => captureLogger(records, { ...bindings, ...b }), info: at("info"), warn: at("warn"), error: at("error") };
}

export interface HarnessOptions {
  store?: ConversationStore;
  intake?: MemoryCaseIntake;
  rateLimit?: RateLimitSettings;
  answerQuestion?: (q: string, lang: Language) => AnswerLike | Promise<AnswerLike>;
  chatId?: string;
  userId?: string;
  languageHint?: string;
}

let deliveries = 0;

export function createHarness(options: HarnessOptions = {}) {
  const store = options.store ?? createMemoryConversationStore();
  let now = new Date("2026-11-23T03:00:00Z");
  let codes = 0;
  const intake = options.intake ?? createMemoryCaseIntake({ clock: () => now, newCode: () => `K7M${String(++codes).padStart(3, "2")}` });
  const logs: LogRecord[] = [];
  const core = createConversationCore({
    store,
    caseIntake: intake,
    answerQuestion: options.answerQuestion ?? fakeAnswer,
    triage: fakeTriage,
    reportFlow: createReportFlow({ triage: fakeTriage, findProvince: (t) => (/phú yên|phu yen/i.test(t) ? { id: "dak-lak", name: "Đắk Lắk" } : null) }),
    logger: captureLogger(logs),
    clock: () => now,
    rateLimit: options.rateLimit ?? { capacity: 1000, refillPerSecond: 1000 },
  });
  const base = { channel: "telegram" as const, chatId: options.chatId ?? "chat-1", userId: options.userId ?? "user-1" };
  const message = (over: Partial<InboundMessage>): InboundMessage => ({
    ...base, messageId: `m${++deliveries}`, kind: "text", text: null, attachments: [], receivedAt: now,
    ...(options.languageHint ? { languageHint: options.languageHint } : {}), ...over,
  });
  return {
    core, store, intake, logs,
    message,
    send: (text: string, over: Partial<InboundMessage> = {}) => core.handle(message({ text, ...over })),
    press: (choice: string) => core.handle(message({ kind: "choice", choice, text: null })),
    tick: (ms: number) => { now = new Date(now.getTime() + ms); },
  };
}

export const texts = (replies: Reply[]) => replies.map((r) => r.text).join("\n---\n");
export const links = (replies: Reply[]) => replies.flatMap((r) => r.links ?? []).map((l) => l.url);
