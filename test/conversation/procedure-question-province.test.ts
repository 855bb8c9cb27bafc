/**
 * Issue 12: the hotline's cost, hours, number and anonymity are the same in every province. A first message that asks one of them
 * and names a province ("111 ở Huế có miễn phí không") is answered as the same question without the province is, the answer first,
 * never with a plan's "26/KH-UBND does not mention 111". A question about what a province's plan assigns about the hotline (who runs
 * it, who spreads the word about it) still goes to the plans.
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

/** What the fake plan answerer says: any reply carrying it was sent to the plans. */
const PLAN_QUOTE = "Theo Kế hoạch 7777/KH-UBND (Tỉnh Thử), mục III.1: “tổng đài 111”.";
const planAsked: string[] = [];
let app: FastifyInstance;
let n = 0;

beforeAll(async () => {
  const logs: LogRecord[] = [];
  const core = createDefaultConversationCore({
    store: createMemoryConversationStore(), caseIntake: createMemoryCaseIntake(), logger: coreLogger(logs), registry: loadRegistry(),
    answerQuestion: (q: string) => {
      planAsked.push(q);
      return { answer: PLAN_QUOTE, found: true, citations: [{ document: "7777/KH-UBND", province: "Tỉnh Thử", section: "III.1", quote: "tổng đài 111" }] };
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

/** The replies to one message sent as the first of a fresh web-chat session. */
async function first(text: string): Promise<Reply[]> {
  n += 1;
  const res = await app.inject({ method: "POST", url: "/api/chat/messages", payload: { sessionId: `province-q-${n}`, messageId: `province-msg-${n}`, text } });
  expect(res.statusCode).toBe(200);
  return res.json().replies as Reply[];
}

/** What a reader sees of the replies: their texts, the buttons and the tap-to-call links. */
const seen = (rs: Reply[]) => rs.map((r) => ({ text: r.text, choices: (r.choices ?? []).map((c) => c.id), links: (r.links ?? []).map((l) => l.url) }));

describe("the hotline's facts asked with a province named are answered as without it", () => {
  it.each([
    ["111 ở Huế có miễn phí không", "111 có miễn phí không"],
    ["goi 111 o gia lai co mat tien ko", "goi 111 co mat tien ko"],
    ["Tổng đài 111 ở Đắk Lắk ban đêm có ai nghe máy không?", "Tổng đài 111 ban đêm có ai nghe máy không?"],
    ["báo tin ở Đắk Lắk thì gọi số mấy", "báo tin thì gọi số mấy"],
    ["o tay ninh muon bao tre bi bao hanh thi goi so nao", "muon bao tre bi bao hanh thi goi so nao"],
    ["Ở Thừa Thiên Huế gọi 111 có cần nói tên không?", "Gọi 111 có cần nói tên không?"],
    ["Is 111 free in Tay Ninh?", "Is the 111 hotline free to call?"],
    ["Is the 111 hotline free to call from Hue?", "Is the 111 hotline free to call?"],
    ["Can I call 111 at night from Gia Lai?", "Can I call 111 at night?"],
    ["What number do I call to report child abuse in Dak Lak?", "What number do I call to report child abuse?"],
  ])("%s", async (withProvince, without) => {
    const before = planAsked.length;
    const replies = await first(withProvince);
    expect(planAsked.length, `${withProvince}\n${all(replies)}`).toBe(before);
    expect(seen(replies)).toEqual(seen(await first(without)));
  });

  it.each([
    ["111 ở Huế có miễn phí không", /^Tổng đài quốc gia bảo vệ trẻ em là số 111: gọi miễn phí/],
    ["báo tin ở Đắk Lắk thì gọi số mấy", /^Tổng đài quốc gia bảo vệ trẻ em là số 111/],
    ["goi 111 o gia lai co mat tien ko", /^Tổng đài quốc gia bảo vệ trẻ em là số 111: gọi miễn phí/],
    ["Is 111 free in Tay Ninh?", /^The national child protection hotline is 111: free/],
  ])("the first sentence is the answer, with the 111 button, and the report offered (%s)", async (q, opening) => {
    const replies = await first(q);
    expect(replies[0]?.text ?? "").toMatch(opening);
    expect(all(replies)).not.toMatch(/KH-UBND|QĐ-UBND|không nhắc đến|does not mention|do not answer|không trả lời/);
    expect(replies[0]?.links?.some((l) => l.url === "tel:111")).toBe(true);
    expect(hasChoice(replies.at(-1), "menu:report")).toBe(true);
  });
});

describe("what a province's plan assigns about the hotline still goes to the plans", () => {
  it.each([
    "Kế hoạch của Tây Ninh giao ai duy trì tổng đài 111?",
    "Which agency runs the 111 hotline communication in Gia Lai's plan?",
    "Ở Đắk Lắk, cơ quan nào tuyên truyền về tổng đài 111?",
    "Huế bố trí kinh phí cho tổng đài 111 thế nào?",
    "Who promotes the 111 hotline in Tay Ninh?",
    "gia lai ai phu trach truyen thong so 111",
    "Gia Lai: người dân tố giác bạo lực trẻ em qua tổng đài số mấy?",
    // The number in a plan's own words (what the province tells people to use): the plans answer, with their source.
    "ở đắk lắk tố giác hành vi xâm hại trẻ em qua tổng đài số mấy?",
    "so tong dai ma gia lai yeu cau nguoi dan bao tin tre bi bao luc",
    "Người dân Huế báo tin trẻ bị bạo hành qua số nào?",
    // A channel named with the plan's own work on the hotline: what the plan does, not how to reach 111.
    "Gia Lai tuyên truyền tổng đài 111 qua Zalo, trang web ra sao?",
    "kh cua tay ninh co duy tri ung dung tong dai 111 khong",
  ])("%s", async (q) => {
    const before = planAsked.length;
    const said = all(await first(q));
    expect(planAsked.length, `${q}\n${said}`).toBe(before + 1);
    expect(said).toContain("7777/KH-UBND");
  });
});
