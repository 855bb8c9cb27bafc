/**
 * The real conversation core (real triage, fact module and reporter flow, an in-memory case
 * intake, a knowledge base that answers nothing) and a reporter who sends text or choices to it,
 * as the walk-finding tests use them.
 */
import { expect } from "vitest";
import { createDefaultConversationCore } from "../../src/conversation/default-conversation-core.ts";
import { createMemoryConversationStore } from "../../src/conversation/memory-conversation-store.ts";
import type { InboundMessage, Reply } from "../../src/conversation/conversation-types.ts";
import { createMemoryCaseIntake, type MemoryCase } from "../../src/intake/report-flow/memory-case-intake.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { captureLogger, type LogRecord } from "./conversation-harness.ts";

export type Say = string | { choice: string };

export const all = (rs: Reply[]) => rs.map((r) => r.text).join("\n");
export const lastLine = (r: Reply | undefined) => (r?.text ?? "").split("\n").filter((l) => l.trim()).at(-1) ?? "";
export const hasChoice = (r: Reply | undefined, id: string) => Boolean(r?.choices?.some((c) => c.id === id));

/** The danger-now question, in either language. */
export const ASKS_DANGER = /nguy hiểm ngay lúc này|in danger right now/;

type Reporter = { send: (x: Say) => Promise<Reply[]> };

/**
 * What a walking reporter says to the question just asked: the answer given for its pattern, else "no" to the danger question,
 * else the "anonymous" / "skip" / "unknown" button, else "bỏ qua".
 */
export function answerTo(last: Reply | undefined, answers: ReadonlyArray<[RegExp, Say]> = []): Say {
  const q = lastLine(last);
  const hit = answers.find(([re]) => re.test(q));
  const pick = last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
  return hit ? hit[1] : ASKS_DANGER.test(q) || /Ngay lúc này em/.test(q) ? { choice: "no" } : pick ? { choice: pick } : "bỏ qua";
}

/** Answers every remaining question with its "no" / "anonymous" / "skip" / "unknown" button (or "bỏ qua") until the summary. */
export async function untilSummary(r: Reporter, replies: Reply[]): Promise<Reply[]> {
  let last = replies;
  for (let i = 0; i < 10 && !hasChoice(last.at(-1), "submit"); i++) {
    const pick = last.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
    last = await r.send(pick ? { choice: pick.id } : "bỏ qua");
  }
  return last;
}

/** Sends the story, takes the report and skips every question before the danger question; fails the test if it is not reached. */
export async function untilDangerQuestion(r: Reporter, story: string): Promise<void> {
  let replies = await r.send(story);
  for (let i = 0; i < 6 && !ASKS_DANGER.test(lastLine(replies.at(-1))); i++) {
    replies = await r.send(hasChoice(replies.at(-1), "menu:report") ? { choice: "menu:report" } : { choice: "skip" });
  }
  expect(lastLine(replies.at(-1))).toMatch(ASKS_DANGER);
}

/**
 * A core of its own, with the cases it stored, its logs and the questions it sent to the knowledge base. With `plans`, questions are
 * answered from the shipped plans (about a second to load), and `kbAsked` stays empty. With `officerAlerts: false`, the core runs
 * as a service with no officers' alert channel configured.
 */
export function realCoreHarness(prefix: string, options: { plans?: boolean; officerAlerts?: boolean } = {}) {
  const intake = createMemoryCaseIntake();
  const logs: LogRecord[] = [];
  const kbAsked: string[] = [];
  let n = 0;
  let chats = 0;
  const core = createDefaultConversationCore({
    store: createMemoryConversationStore(), caseIntake: intake, logger: captureLogger(logs), registry: loadRegistry(),
    ...(options.plans ? {} : { answerQuestion: (q: string) => { kbAsked.push(q); return { answer: "Các kế hoạch trong kho không trả lời câu hỏi này.", found: false, citations: [], language: "vi" as const }; } }),
    ...(options.officerAlerts === false ? { officerAlerts: false } : {}),
    today: "2026-12-03", rateLimit: { capacity: 1000, refillPerSecond: 100, maxUsers: 1000 },
  });

  function reporter() {
    const chatId = `${prefix}-${++chats}`;
    const seen: Reply[] = [];
    const send = async (x: Say): Promise<Reply[]> => {
      const base = { channel: "web" as const, chatId, userId: chatId, messageId: `${prefix}${++n}`, attachments: [], receivedAt: new Date() };
      const message: InboundMessage = typeof x === "string" ? { ...base, kind: "text", text: x } : { ...base, kind: "choice", text: null, choice: x.choice };
      const replies = await core.handle(message);
      seen.push(...replies);
      return replies;
    };
    return { chatId, seen, send };
  }

  const stored = (chatId: string): MemoryCase | undefined => [...intake.cases.values()].find((c) => c.draft.chatId === chatId);

  /** Tells the story, accepts the report, answers by question pattern, skips the rest, stops at the summary. */
  async function toSummary(story: string, answers: Array<[RegExp, Say]> = []) {
    const r = reporter();
    let replies = await r.send(story);
    const first = replies;
    const questions: string[] = [];
    for (let i = 0; i < 15; i++) {
      const last = replies.at(-1);
      if (hasChoice(last, "submit")) break;
      if (hasChoice(last, "menu:report") && i === 0) { replies = await r.send({ choice: "menu:report" }); continue; }
      const q = lastLine(last);
      questions.push(q);
      const hit = answers.find(([re]) => re.test(q));
      if (hit) { replies = await r.send(hit[1]); continue; }
      const skip = last?.choices?.find((c) => /^(unknown|anonymous|skip)$/.test(c.id));
      replies = await r.send(skip ? { choice: skip.id } : "bỏ qua");
    }
    return { ...r, first, questions, summary: replies.at(-1)?.text ?? "" };
  }

  /** The last draft of a chat (a submitted one included). */
  const draftOf = (chatId: string) => [...intake.drafts.values()].filter((d) => d.chatId === chatId).at(-1);

  /** Tells the story and walks it to the summary: "no" to danger now, anonymous, skip the rest; every reply kept. */
  async function walk(story: string) {
    const r = reporter();
    let replies = await r.send(story);
    const seen = [all(replies)];
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      const pick = ASKS_DANGER.test(q) ? "no" : replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
      seen.push(all(replies));
    }
    return { ...r, seen, summary: replies.at(-1)?.text ?? "", atSummary: hasChoice(replies.at(-1), "submit") };
  }

  return { intake, logs, kbAsked, reporter, stored, draftOf, toSummary, walk };
}

/**
 * Sends the story and answers until `questions` questions were asked after it (the danger question with `danger`, a report offer
 * taken, the rest skipped); every reply kept, joined.
 */
export async function firstTurns(h: { reporter: () => Reporter }, story: string, questions = 2, danger = "no"): Promise<string> {
  const r = h.reporter();
  let replies: Reply[] = await r.send(story);
  const seen = [all(replies)];
  for (let i = 0; i < questions && !hasChoice(replies.at(-1), "submit"); i++) {
    if (hasChoice(replies.at(-1), "menu:report")) { replies = await r.send({ choice: "menu:report" }); seen.push(all(replies)); continue; }
    const q = lastLine(replies.at(-1));
    const pick = ASKS_DANGER.test(q) ? danger : replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    seen.push(all(replies));
  }
  return seen.join("\n");
}

/**
 * A side question typed when the step `at` is asked: sends the story, answers the other steps (danger "no", contact
 * anonymous, the rest skipped), sends `side` there and checks the same step is asked again, then walks to the summary
 * and submits. Returns what answered the side question, the summary and the stored case.
 */
export async function sideQuestionAt(h: ReturnType<typeof realCoreHarness>, story: string, at: RegExp, side: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  let answered: string | null = null;
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    const q = lastLine(replies.at(-1));
    if (answered === null && at.test(q)) {
      replies = await r.send(side);
      answered = all(replies);
      expect(lastLine(replies.at(-1))).toBe(q);
      continue;
    }
    const pick: Say = ASKS_DANGER.test(q) ? { choice: "no" } : { choice: replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id ?? "skip" };
    replies = await r.send(pick);
  }
  const summary = replies.at(-1)?.text ?? "";
  await r.send({ choice: "submit" });
  return { answered: answered ?? "", summary, stored: h.stored(r.chatId) };
}
