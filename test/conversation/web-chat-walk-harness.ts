/**
 * A reporter walking the real web chat HTTP API (POST /api/chat/messages) over the real conversation core, triage and reporter flow,
 * with an in-memory case intake: the server is started and closed around the calling test file. Shared by the walk tests of C33 and M14.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, expect } from "vitest";
import { createWebChat } from "../../src/channels/web/web-chat.ts";
import { createDefaultConversationCore } from "../../src/conversation/default-conversation-core.ts";
import { createMemoryConversationStore } from "../../src/conversation/memory-conversation-store.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";
import { createMemoryCaseIntake } from "../../src/intake/report-flow/memory-case-intake.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { captureLogger } from "../channels/channel-test-support.ts";
import { captureLogger as coreLogger, type LogRecord } from "./conversation-harness.ts";
import { ASKS_DANGER, hasChoice, lastLine, type Say } from "./real-core-harness.ts";

export interface WalkReporter {
  sessionId: string;
  send(x: Say): Promise<Reply[]>;
}

/** Starts the web chat for this test file; `prefix` names its sessions and messages. */
/** `officerAlerts: false`: the server has no officers' alert channel (OFFICER_TELEGRAM_CHAT_ID unset). */
export function webChatWalk(prefix: string, options: { officerAlerts?: boolean } = {}) {
  const intake = createMemoryCaseIntake();
  let app: FastifyInstance;
  let sessions = 0;
  let ids = 0;

  beforeAll(async () => {
    const logs: LogRecord[] = [];
    const core = createDefaultConversationCore({
      store: createMemoryConversationStore(), caseIntake: intake, logger: coreLogger(logs), registry: loadRegistry(),
      answerQuestion: () => ({ answer: "Các kế hoạch trong kho không trả lời câu hỏi này.", found: false, citations: [], language: "vi" as const }),
      today: "2026-12-03", ...(options.officerAlerts === false ? { officerAlerts: false } : {}), rateLimit: { capacity: 1000, refillPerSecond: 100, maxUsers: 1000 },
    });
    app = Fastify();
    await createWebChat({ core, logger: captureLogger().logger }).routes(app);
    await app.ready();
  });
  afterAll(async () => {
    await app.close();
  });

  /** A fresh browser session; `{ choice }` is sent as the API's "choice" field, whatever it holds (an id or a label). */
  function reporter(): WalkReporter {
    const sessionId = `${prefix}-session-${++sessions}`;
    async function send(x: Say): Promise<Reply[]> {
      const body = { sessionId, messageId: `${prefix}-msg-${++ids}`, ...(typeof x === "string" ? { text: x } : { choice: x.choice }) };
      const res = await app.inject({ method: "POST", url: "/api/chat/messages", payload: body });
      expect(res.statusCode).toBe(200);
      return res.json().replies as Reply[];
    }
    return { sessionId, send };
  }

  const draftOf = (chatId: string) => [...intake.drafts.values()].filter((d) => d.chatId === chatId).at(-1);
  const storedOf = (chatId: string) => [...intake.cases.values()].find((c) => c.draft.chatId === chatId);

  /** Answers by pattern, else "no" to danger, else anonymous / skip / unknown, until the summary. */
  async function toSummary(r: WalkReporter, replies: Reply[], answers: ReadonlyArray<[RegExp, Say]> = []) {
    let last = replies;
    for (let i = 0; i < 14 && !hasChoice(last.at(-1), "submit"); i++) {
      if (hasChoice(last.at(-1), "menu:report")) { last = await r.send({ choice: "menu:report" }); continue; }
      const q = lastLine(last.at(-1));
      const hit = answers.find(([re]) => re.test(q));
      const pick = last.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      last = await r.send(hit ? hit[1] : ASKS_DANGER.test(q) || /Ngay lúc này em/.test(q) ? { choice: "no" } : pick ? { choice: pick } : "bỏ qua");
    }
    return last;
  }

  return { intake, reporter, draftOf, storedOf, toSummary };
}
