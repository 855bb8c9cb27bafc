/**
 * Issue 13: a woman (or man) who writes that their husband or wife hits them is a grown-up, not a child: she gets the grown-up's
 * safety words (in danger now: 113; hurt: 115; children who see it or are hit too: 111, a concern for the children), never the child's
 * "go to an adult you trust (a teacher ...)". When children are in it, the report is still taken. A child who writes that their father
 * hits their mother stays a child, and so does a married child who gives her own age.
 * Through the real web chat HTTP API over the real conversation core. Sentences written for these tests.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebChat } from "../../src/channels/web/web-chat.ts";
import { createDefaultConversationCore } from "../../src/conversation/default-conversation-core.ts";
import { createMemoryConversationStore } from "../../src/conversation/memory-conversation-store.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";
import { createMemoryCaseIntake } from "../../src/intake/report-flow/memory-case-intake.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { captureLogger } from "../channels/channel-test-support.ts";
import { captureLogger as coreLogger, type LogRecord } from "./conversation-harness.ts";
import { all, hasChoice } from "./real-core-harness.ts";

const planAsked: string[] = [];
let app: FastifyInstance;
let n = 0;

beforeAll(async () => {
  const logs: LogRecord[] = [];
  const core = createDefaultConversationCore({
    store: createMemoryConversationStore(), caseIntake: createMemoryCaseIntake(), logger: coreLogger(logs), registry: loadRegistry(),
    answerQuestion: (q: string) => {
      planAsked.push(q);
      return { answer: "Các kế hoạch trong kho không trả lời câu hỏi này.", found: false, citations: [], language: "vi" as const };
    },
    today: "2026-12-07", rateLimit: { capacity: 1000, refillPerSecond: 100, maxUsers: 1000 },
  });
  app = Fastify();
  await createWebChat({ core, logger: captureLogger().logger }).routes(app);
  await app.ready();
});
afterAll(async () => {
  await app.close();
});

/** One chat: each message in turn, the replies to each. */
function chat() {
  const sessionId = `spouse-chat-${++n}`;
  let m = 0;
  return async (x: string | { choice: string }): Promise<Reply[]> => {
    const payload = { sessionId, messageId: `spouse-msg-${n}-${++m}`, ...(typeof x === "string" ? { text: x } : { choice: x.choice }) };
    const res = await app.inject({ method: "POST", url: "/api/chat/messages", payload });
    expect(res.statusCode).toBe(200);
    return res.json().replies as Reply[];
  };
}

/** Words said only to a child. */
const CHILD_WORDS = /người lớn em tin|Em không có lỗi|Em đã làm đúng|Cảm ơn em|Em có muốn|Em hãy|em hãy|cô chú|Ngay lúc này em|adult you trust|a teacher|so people can help you|I want to tell|Are you in danger right now/;
/** The grown-up's own danger spoken to: 113 for her. */
const OWN_DANGER = /Nếu bạn đang gặp nguy hiểm[^.]*113|If you are in danger[^.]*113/;
/** Children who see it or are hit too: a concern for them, 111. */
const CHILDREN_TOO = /(?:trẻ em|con)[^.]*(?:chứng kiến|bị đánh)[^.]*111|children[^.]*(?:see|hit)[^.]*111/;
/** A report taken: started (its first question) or offered with its button. */
const reportTaken = (rs: Reply[]) => /nguy hiểm ngay lúc này|in danger right now|Việc này xảy ra ở đâu|Where did this happen/.test(all(rs)) || rs.some((r) => hasChoice(r, "menu:report"));

/** Every number a reply says or links to is 111, 113 or 115. */
function onlyKnownNumbers(rs: Reply[]): void {
  const said = all(rs).match(/\b\d{3,}\b/g) ?? [];
  const linked = rs.flatMap((r) => (r.links ?? []).map((l) => l.url.replace(/^tel:/, "")));
  for (const x of [...said, ...linked]) expect(["111", "113", "115"], all(rs)).toContain(x);
}

describe("a writer whose husband or wife hits them gets the grown-up's words", () => {
  it.each([
    "Nếu chồng đánh em thì em gọi số nào ạ",
    "chồng em đánh em hoài, em phải làm sao",
    "ck e đánh e, e phải gọi ai",
    "Tôi bị chồng đánh, tôi nên gọi số nào?",
    "My husband beats me. What number should I call?",
  ])("no children named: advice for her own danger, and 111 if children see it (%s)", async (q) => {
    const replies = await chat()(q);
    const said = all(replies);
    expect(said, said).not.toMatch(CHILD_WORDS);
    expect(said, said).toMatch(OWN_DANGER);
    expect(said, said).toMatch(CHILDREN_TOO);
    expect(planAsked).not.toContain(q);
    onlyKnownNumbers(replies);
    // She can still report, if there are children in the home.
    expect(replies.some((r) => hasChoice(r, "menu:report")), said).toBe(true);
  });

  it.each([
    "chong em say ruou danh em, con em 5 tuoi khoc thet",
    "my husband hits me in front of our kids",
    "chồng tôi hay đánh tôi trước mặt các con, tôi phải gọi số nào?",
    "Tối nào chồng em cũng say rồi đánh em, hai đứa nhỏ nhà em sợ khóc",
    "My wife slaps me and screams at our son, he is 7",
  ])("children in it: the grown-up's words, and the report is taken (%s)", async (q) => {
    const send = chat();
    const replies = await send(q);
    const said = all(replies);
    expect(said, said).not.toMatch(CHILD_WORDS);
    expect(said, said).toMatch(/113/);
    expect(said, said).toMatch(/111/);
    expect(reportTaken(replies), said).toBe(true);
    onlyKnownNumbers(replies);
    // Taking the report: the next question is the grown-up's.
    const next = hasChoice(replies.at(-1), "menu:report") ? await send({ choice: "menu:report" }) : await send({ choice: "no" });
    expect(all(next), all(next)).not.toMatch(CHILD_WORDS);
  });

  it("danger now: the grown-up's emergency words, not a child's hiding advice", async () => {
    const replies = await chat()("chồng em đang cầm dao đòi giết em, con em đang khóc");
    const said = all(replies);
    expect(said, said).toMatch(/GỌI NGAY 113/);
    expect(said, said).not.toMatch(CHILD_WORDS);
    expect(said, said).not.toMatch(/em ở yên|khóa cửa/);
    onlyKnownNumbers(replies);
  });
});

describe("a child is still a child", () => {
  it.each([
    "ba em say rượu đánh mẹ em, em 10 tuổi",
    "bố em đánh mẹ em với em, em sợ lắm",
    "tối nào bố em cũng đánh mẹ em, em mới 11 tuổi, em phải gọi số nào",
    "em 15 tuổi, bố mẹ ép em lấy chồng, giờ chồng em đánh em",
    "I'm 12, my dad hits my mom and me",
    "bố em đánh mẹ em",
    "bố em đang đánh mẹ em, em sợ quá",
  ])("%s", async (q) => {
    const replies = await chat()(q);
    const said = all(replies);
    expect(said, said).toMatch(CHILD_WORDS);
    expect(said, said).not.toMatch(OWN_DANGER);
    onlyKnownNumbers(replies);
  });
});
