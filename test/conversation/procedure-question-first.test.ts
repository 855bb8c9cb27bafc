/**
 * Issues 12/13: a citizen whose first message in the web chat is a question about procedure (the hotline's number, cost, hours and
 * channels; where to report; 111 against 113, 115 and the commune police; whether one must report) gets a short, correct answer in
 * the conversation's language, the 111 call button, and the offer to report; never a quote from a provincial plan. Questions about
 * what a plan assigns still go to the plans, and a report that ends with a question is still a report.
 * Through the real web chat HTTP API (POST /api/chat/messages) over the real conversation core. Sentences written for these tests.
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
const PLAN_QUOTE = "Theo Kế hoạch 9999/KH-UBND (Tỉnh Thử), mục II.3: “tổng đài điện thoại”.";
const planAsked: string[] = [];
const intake = createMemoryCaseIntake();
let app: FastifyInstance;
let sessions = 0;
let ids = 0;

beforeAll(async () => {
  const logs: LogRecord[] = [];
  const core = createDefaultConversationCore({
    store: createMemoryConversationStore(), caseIntake: intake, logger: coreLogger(logs), registry: loadRegistry(),
    answerQuestion: (q: string) => {
      planAsked.push(q);
      return { answer: PLAN_QUOTE, found: true, citations: [{ document: "9999/KH-UBND", province: "Tỉnh Thử", section: "II.3", quote: "tổng đài điện thoại" }] };
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

/** How the procedure answers open: a report must never be met by one of them first. */
const PROCEDURE_OPENINGS = /^(?:Tổng đài quốc gia bảo vệ trẻ em là số 111|The national child protection hotline is 111|Bạn có thể báo cho bất kỳ|You can report to any|111 là tổng đài quốc gia bảo vệ trẻ em: lắng nghe|111 is the national child protection hotline: it listens|Có\. Theo Nghị định 56|Yes\. Under Decree 56)/;

/** The replies to one message sent as the first of a fresh web-chat session. */
async function first(text: string): Promise<Reply[]> {
  const body = { sessionId: `proc-session-${++sessions}`, messageId: `proc-msg-${++ids}`, text };
  const res = await app.inject({ method: "POST", url: "/api/chat/messages", payload: body });
  expect(res.statusCode).toBe(200);
  return res.json().replies as Reply[];
}

/** A straight answer: not the plans, the 111 button on the answer, the offer to report last. */
async function expectStraightAnswer(text: string, says: RegExp[]): Promise<string> {
  const before = planAsked.length;
  const replies = await first(text);
  const said = all(replies);
  expect(said, text).not.toContain("9999/KH-UBND");
  expect(planAsked.length, text).toBe(before);
  for (const re of says) expect(said, `${text}\n---\n${said}`).toMatch(re);
  expect(replies[0]?.links?.some((l) => l.url === "tel:111"), text).toBe(true);
  expect(hasChoice(replies.at(-1), "menu:report"), text).toBe(true);
  return said;
}

describe("the hotline's own facts (number, cost, hours, channels) are answered, not quoted from a plan", () => {
  it.each([
    "Gọi tổng đài 111 có mất tiền không ạ?",
    "goi 111 co ton phi ko vay",
    "Cho tui hỏi cái số tổng đài bảo vệ con nít là số mấy dzậy?",
    "Tổng đài 111 nớ gọi ban đêm có ai nghe máy không rứa?",
    "tong dai bao ve tre em so bao nhieu",
    "Tổng đài 111 có ứng dụng điện thoại hay Zalo để nhắn tin không?",
  ])("Vietnamese: %s", async (q) => {
    const said = await expectStraightAnswer(q, [/111/, /miễn phí/, /24\/7/]);
    expect(said).not.toMatch(/[Tt]ongdai111\.vn.*chắc chắn/);
  });

  it("the app is named when asked about an app or Zalo, and Zalo only as a maybe", async () => {
    const said = await expectStraightAnswer("111 có app hay Zalo không ạ?", [/ứng dụng/, /Tổng đài 111/]);
    expect(said).toMatch(/có thể[^.]*Zalo/);
  });

  it.each([
    "Is the 111 child helpline free to call?",
    "What number do I call to report child abuse in Vietnam?",
    "Is 111 open at night and on holidays?",
    "Does the 111 hotline have an app or a Zalo account?",
  ])("English: %s", async (q) => {
    await expectStraightAnswer(q, [/111/, /free/, /24\/7/]);
  });
});

describe("where to report: 111, the police at any level, the commune where it happened", () => {
  it.each([
    "Nên báo cho UBND xã nơi xảy ra chuyện hay xã nơi mình đang ở?",
    "bao tin tre bi xam hai thi bao o dau vay",
    "Chuyện xảy ra ở xã khác, tui báo ở phường tui đang ở được hông?",
    "Muốn tố giác xâm hại trẻ em thì đi mô báo hả?",
    "Muốn báo bạo hành trẻ em thì báo cho ai?",
    "Ngoài tổng đài 111 ra thì còn báo ở đâu được nữa?",
  ])("Vietnamese: %s", async (q) => {
    await expectStraightAnswer(q, [/111/, /công an/, /UBND xã[^.]*nơi (?:chuyện )?xảy ra/, /Nghị định 56/]);
  });

  it.each([
    "Where should I report child abuse: the commune where it happened or the one where I live?",
    "Who can I report child abuse to besides the hotline?",
    "Where do I report child abuse in Vietnam?",
  ])("English: %s", async (q) => {
    await expectStraightAnswer(q, [/111/, /police/, /commune where it happened/]);
  });
});

describe("111 against 113, 115 and the commune police", () => {
  it.each([
    "111 khác gì 113 vậy?",
    "111 khac cong an xa cho nao",
    "Khi nào thì gọi 113, khi nào thì gọi 111?",
    "Gọi 111 với gọi công an phường thì khác nhau sao dzậy?",
    "111 với 113 khác chi nhau rứa?",
    "Tổng đài 111 có phải là công an không?",
  ])("Vietnamese: %s", async (q) => {
    await expectStraightAnswer(q, [/111/, /113/, /115/, /không phải công an/]);
  });

  it.each([
    "What's the difference between 111 and 113?",
    "Should I call 111 or the police on 113?",
    "Is 111 the same as the commune police?",
  ])("English: %s", async (q) => {
    await expectStraightAnswer(q, [/111/, /113/, /115/, /not the police/]);
  });
});

describe("whether one must report: yes, the law says so, and failing to is fined", () => {
  it.each([
    "Nếu học sinh kể riêng với tôi một bí mật có thể là bị xâm hại thì tôi có bắt buộc phải báo không?",
    "em là giáo viên, nghi học sinh bị xâm hại thì em có bắt buộc phải báo không",
    "Biết trẻ bị xâm hại mà không báo thì có bị phạt không?",
    "Người lớn biết chuyện con nít bị xâm hại thì có buộc phải báo hông dzậy?",
    "Thấy trẻ bị hành hạ mà không báo thì có bị xử phạt chi không rứa?",
    "Pháp luật có bắt buộc người dân phải báo khi biết trẻ em bị bạo hành không?",
  ])("Vietnamese: %s", async (q) => {
    const said = await expectStraightAnswer(q, [/Nghị định 56/, /phạt/, /111/]);
    // The child's secret is not the reporter's confidentiality: the duty is the answer.
    expect(said).not.toMatch(/^Thông tin của bạn được giữ bí mật/);
  });

  it.each([
    "Do I have to report it if a pupil tells me a secret that might be abuse?",
    "Am I legally required to report child abuse in Vietnam?",
    "Is it an offence not to report a child being abused?",
  ])("English: %s", async (q) => {
    await expectStraightAnswer(q, [/Decree 56/, /fine/, /111/]);
  });
});

describe("a question with an aside that tells no harm is still answered", () => {
  it.each([
    ["tổng đài 111 có gọi miễn phí hông", /miễn phí/],
    ["Cho tui hỏi gọi 111 có tốn tiền hông, tui xài sim trả trước nghen", /miễn phí/],
    ["Mình là sinh viên tình nguyện, nếu gặp một em nhỏ đi lạc ngoài chợ thì nên gọi 111 hay 113 trước?", /không phải công an/],
  ])("%s", async (q, says) => {
    await expectStraightAnswer(q, [says]);
  });

  it.each([
    ["Cho hỏi gọi 111 có mất tiền không, nhà bên có đứa nhỏ tối nào cũng khóc thét", "khóc thét"],
    ["Gọi 111 có mất phí không ạ, tui thấy thằng nhỏ xóm tui nghỉ học đi bán vé số tới khuya", "vé số"],
  ])("what is told beside the question is not dropped: the report holds it (%s)", async (q, told) => {
    const sessionId = `proc-session-${++sessions}`;
    const send = async (x: { text?: string; choice?: string }) => {
      const res = await app.inject({ method: "POST", url: "/api/chat/messages", payload: { sessionId, messageId: `proc-msg-${++ids}`, ...x } });
      return res.json().replies as Reply[];
    };
    const answered = await send({ text: q });
    expect(all(answered)).not.toContain("9999/KH-UBND");
    if (hasChoice(answered.at(-1), "menu:report")) await send({ choice: "menu:report" });
    const draft = [...intake.drafts.values()].filter((d) => d.chatId === sessionId).at(-1);
    expect(draft?.narrative ?? "").toContain(told);
  });
});

describe("a child who asks is answered in a child's words", () => {
  it.each([
    "cô ơi cho con hỏi gọi 111 có mất tiền không ạ",
    "chu oi cho chau hoi tong dai 111 ban dem co nguoi nghe khong",
  ])("%s", async (q) => {
    const replies = await first(q);
    const said = all(replies);
    expect(said).toMatch(/Em không cần nói tên/);
    expect(replies.at(-1)?.text).toMatch(/Em có muốn kể/);
    expect(hasChoice(replies.at(-1), "menu:report")).toBe(true);
  });
});

describe("what already worked stays", () => {
  it("'do I have to give my real name' is still answered with confidentiality", async () => {
    const said = all(await first("Có cần khai tên thật không?"));
    expect(said).toMatch(/giữ bí mật/);
    expect(said).toMatch(/ẩn danh/);
  });

  it("'can I report here?' still starts the report", async () => {
    const replies = await first("cho hoi bao tin o day duoc ko");
    expect(all(replies)).toMatch(/báo tin ngay tại đây/);
  });
});

describe("plan questions still go to the plans", () => {
  it.each([
    "Kế hoạch nào giao việc duy trì tổng đài 111?",
    "Sở nào phối hợp với tổng đài 111 ở Huế?",
    "who runs the child helpline under Gia Lai's plan?",
    "Ở Tây Ninh, kế hoạch ghi tố giác xâm hại trẻ em qua số tổng đài nào?",
    "Cơ quan nào chủ trì tiếp nhận tin báo qua tổng đài 111 ở Đắk Lắk?",
    "Gia Lai: người dân tố giác bạo lực trẻ em qua tổng đài số mấy?",
    "Which department must keep the 111 hotline running in Tay Ninh?",
  ])("%s", async (q) => {
    const before = planAsked.length;
    const said = all(await first(q));
    expect(planAsked.length, q).toBe(before + 1);
    expect(said).toContain("9999/KH-UBND");
  });
});

describe("a report that ends with a question is still a report", () => {
  it.each([
    "bé bị đánh, tôi nên gọi số nào?",
    "be nha ben bi danh toi nen goi so nao",
    "Thằng nhỏ nhà bên bị cha nó đánh bầm người hoài, giờ tui báo ở đâu?",
    "My neighbour's little girl has new bruises every week and cries at night. Is calling 111 free?",
    "Con bé hàng xóm 9 tuổi bị dượng nó sờ soạng, tôi có bắt buộc phải báo không?",
  ])("%s", async (q) => {
    const before = planAsked.length;
    const replies = await first(q);
    const said = all(replies);
    expect(planAsked.length, q).toBe(before);
    expect(said).not.toContain("9999/KH-UBND");
    // The report is taken (started, or offered with its button), not closed with a procedure answer alone.
    expect(replies[0]?.text ?? "", q).not.toMatch(PROCEDURE_OPENINGS);
    expect(/Bạn là ai|Who are you|nguy hiểm ngay|in danger right now|kể lại|Tell it|what happened|chuyện gì/i.test(said) || replies.some((r) => hasChoice(r, "menu:report")), said).toBe(true);
  });
});
