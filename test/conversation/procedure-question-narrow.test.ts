/**
 * M12 (second reading RD8): the straight procedure answer is for a citizen's own question only. A question that also tells of a
 * particular child harmed, or a child's fear, is met as a report (a child gets the safety words); a question about an office's duty
 * or what happens to a report once an office has it goes to the plans; a danger told now beside a question gets the emergency advice.
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

const PLAN_QUOTE = "Theo Kế hoạch 8888/KH-UBND (Tỉnh Mẫu), mục I.2: “tiếp nhận tin báo”.";
const planAsked: string[] = [];
let app: FastifyInstance;
let n = 0;

beforeAll(async () => {
  const logs: LogRecord[] = [];
  const core = createDefaultConversationCore({
    store: createMemoryConversationStore(), caseIntake: createMemoryCaseIntake(), logger: coreLogger(logs), registry: loadRegistry(),
    answerQuestion: (q: string) => {
      planAsked.push(q);
      return { answer: PLAN_QUOTE, found: true, citations: [{ document: "8888/KH-UBND", province: "Tỉnh Mẫu", section: "I.2", quote: "tiếp nhận tin báo" }] };
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

async function first(text: string): Promise<Reply[]> {
  n += 1;
  const res = await app.inject({ method: "POST", url: "/api/chat/messages", payload: { sessionId: `narrow-${n}`, messageId: `narrow-msg-${n}`, text } });
  expect(res.statusCode).toBe(200);
  return res.json().replies as Reply[];
}

/** The openings of the four procedure answers (hotline facts, where to report, 111 against 113, the duty). */
const PROCEDURE_ANSWER = /Tổng đài quốc gia bảo vệ trẻ em là số 111|The national child protection hotline is 111|Bạn có thể báo cho bất kỳ nơi nào|You can report to any of these|111 là tổng đài quốc gia bảo vệ trẻ em: lắng nghe|111 is the national child protection hotline: it listens|Có\. Theo Nghị định 56|Yes\. Under Decree 56|Số 111 gọi miễn phí, ngày hay đêm|111 is free to call, day and night/;
/** A report taken: started (its first question) or offered with its button. */
const reportTaken = (rs: Reply[]) => /nguy hiểm ngay lúc này|in danger right now|Tell it|kể bằng lời|Việc này xảy ra ở đâu|Where did this happen/.test(all(rs)) || rs.some((r) => hasChoice(r, "menu:report"));

describe("a question that tells of a particular child harmed is a report, not a procedure answer", () => {
  it.each([
    "My son is bullied at school, where do I report it?",
    "con tôi bị cô giáo phạt quỳ, báo cho ai?",
    "con toi bi co giao phat quy, bao cho ai?",
    "bạn em bị chủ nhà trọ rình tắm, gọi 111 có mất tiền không ạ",
    "My daughter's coach slaps her, who should I report him to?",
    "cháu tôi bị bố dượng đánh, gọi 111 có mất tiền không?",
    "con minh bi ban cung lop bat nat thi bao o dau",
  ])("%s", async (q) => {
    const before = planAsked.length;
    const rs = await first(q);
    const said = all(rs);
    expect(planAsked.length, said).toBe(before);
    expect(said, q).not.toMatch(PROCEDURE_ANSWER);
    expect(reportTaken(rs), said).toBe(true);
  });

  it("a child telling of a friend is answered in a child's words", async () => {
    const said = all(await first("bạn em bị chủ nhà trọ rình tắm, gọi 111 có mất tiền không ạ"));
    expect(said).toMatch(/\bem\b/);
    expect(said).not.toMatch(/Có vẻ bạn đang kể/);
  });
});

describe("a child who tells of fear gets the safety words (a trusted adult, a safe place, 111 free) and the offer", () => {
  it.each([
    "is 111 free? i am scared to go home",
    "is 111 free? my mom's boyfriend scares me",
    "em sợ bố lắm, gọi 111 có mất tiền không ạ",
    "em gọi 111 ban đêm được không ạ, em sợ về nhà",
    "em sợ mẹ kế lắm, tổng đài 111 có nghe ban đêm không ạ",
    "i'm afraid of my dad, what number do i call?",
    "e so bo e lam, goi 111 co mat tien ko",
  ])("%s", async (q) => {
    const rs = await first(q);
    const said = all(rs);
    expect(said, q).not.toMatch(PROCEDURE_ANSWER);
    expect(said).not.toContain("8888/KH-UBND");
    expect(said, said).toMatch(/người lớn em tin|adult you trust/);
    expect(said, said).toMatch(/an toàn|safe/);
    expect(said, said).toMatch(/111[^.]*(?:miễn phí|free)/);
    expect(rs.some((r) => hasChoice(r, "menu:report")), said).toBe(true);
    // The fear is the child's own, not a reporter's worry about being found out.
    expect(said).not.toMatch(/Lo lắng là điều dễ hiểu|It is understandable to worry/);
  });
});

describe("an office's duty, or what happens to a report once an office has it, goes to the plans", () => {
  it.each([
    "Công an có bắt buộc phải báo cho 111 không?",
    "111 có phải báo cho công an không?",
    "UBND xã có bắt buộc phải báo tin lên tỉnh không?",
    "Nhà trường có bắt buộc phải báo khi phát hiện học sinh bị bạo hành không?",
    "Do schools have to report child abuse?",
    "Do doctors have to report abuse to the police?",
    "Hội phụ nữ có nghĩa vụ báo tin không?",
    "cán bộ xã có nghĩa vụ phải báo không",
    "Sau khi 111 nhận tin báo thì ai xử lý?",
    "111 nhận tin báo rồi chuyển về xã nào?",
    "Tổng đài 111 chuyển tin báo cho ai?",
    "Công an xã nhận tin báo xong thì chuyển cho ai?",
    "co quan nao xu ly tin bao",
    "so nao quan ly tong dai 111",
    "Does the province pay for the 111 hotline?",
    "Bệnh viện có phải báo cho công an khi phát hiện trẻ bị bạo hành không?",
    "Are hospitals required to report child abuse?",
    "Tổng đài 111 nhận tin báo xong chuyển cho cơ quan nào?",
    "ai quan ly tong dai 111",
    "Which ministry pays for the 111 hotline?",
  ])("%s", async (q) => {
    const before = planAsked.length;
    const said = all(await first(q));
    expect(planAsked.length, `${q}\n${said}`).toBe(before + 1);
    expect(said).toContain("8888/KH-UBND");
  });

  it("a teacher's duty asked of teachers in general is no straight 'yes' to the writer", async () => {
    const said = all(await first("giao vien nghi hoc sinh bi xam hai thi co bat buoc phai bao khong"));
    expect(said).not.toMatch(PROCEDURE_ANSWER);
  });

  it("the writer's own duty is still answered", async () => {
    const said = all(await first("tôi có bắt buộc phải báo không?"));
    expect(said).toMatch(/Có\. Theo Nghị định 56/);
  });
});

describe("a danger told now, with a question beside it, gets the emergency advice first (113 or 115)", () => {
  it.each([
    "dang co nguoi danh tre o ngo, 111 khac 113 the nao",
    "đang có người đánh trẻ ở ngõ, 111 khác 113 thế nào",
    "someone is beating a kid outside right now, should I call 111 or 113?",
    "có người đang đánh một đứa bé ngoài đường, gọi 111 hay 113?",
    "a man is hitting a child in the street right now, is 111 free?",
    "co thang cha dang dap con be ngoai hem, goi so nao",
  ])("%s", async (q) => {
    const rs = await first(q);
    const opening = rs[0]?.text ?? "";
    expect(opening, all(rs)).toMatch(/GỌI NGAY 113|CALL 113/);
    expect(opening).toMatch(/115/);
    expect(all(rs)).not.toMatch(/hỏi về kế hoạch bảo vệ trẻ em, hay báo tin|ask about the child-protection plans, or report/);
  });
});

describe("the procedure answers say only what the domain facts say", () => {
  it("111 against 113: in danger now, 113 or 115 at once and 111 as well; no claim that 111 never comes out", async () => {
    const vi = all(await first("111 khác gì 113 vậy?"));
    expect(vi).toMatch(/113 hoặc 115, và cả 111/);
    expect(vi).not.toMatch(/không tự tới nơi|tới xử lý/);
    const en = all(await first("What's the difference between 111 and 113?"));
    expect(en).toMatch(/113 or 115 at once, and 111 as well/);
    expect(en).not.toMatch(/does not come out|come out/);
  });

  it.each([
    ["Gọi tổng đài 111 có mất tiền không ạ?", /gọi ngay 113 hoặc 115, và cả 111/],
    ["Where do I report child abuse in Vietnam?", /call 113 or 115 at once, and 111 as well/],
  ])("the hotline and where-to-report answers name 113 or 115 and 111 for danger now (%s)", async (q, says) => {
    const said = all(await first(q));
    expect(said).toMatch(says);
    expect(said).not.toMatch(/danger now, call 113\.|nguy hiểm thì gọi ngay 113\./);
  });
});
