import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { DELIVERY_FAILURE_TEXT } from "../../../src/channels/channel-runner.ts";
import { createTelegramChannel, type TelegramChannel, type TelegramChannelOptions } from "../../../src/channels/telegram/telegram-channel.ts";
import { createTelegramFake, type TelegramFake } from "../../fakes/telegram-bot-api-server.ts";
import { captureLogger, delay, type CapturedLogger } from "../channel-test-support.ts";
import { createScriptedCore, longText, type ScriptedCore } from "../scripted-conversation-core.ts";

const TOKEN = "123456:test-token-AAAAAAAAAAAAAAAA";
const SECRET = "webhook-secret-0123456789";
const FAST = { retry: { baseDelayMs: 5, maxDelayMs: 20 }, delivery: { retryDelaysMs: [20], urgentRetryDelaysMs: [20] } };

let fake: TelegramFake;
let core: ScriptedCore;
let logs: CapturedLogger;
let channel: TelegramChannel | undefined;
let server: FastifyInstance | undefined;

beforeEach(async () => {
  fake = await createTelegramFake({ token: TOKEN });
  core = createScriptedCore();
  logs = captureLogger();
});
afterEach(async () => {
  await channel?.stop();
  await server?.close();
  await fake.close();
  channel = undefined;
  server = undefined;
});

async function startPolling(overrides: Partial<TelegramChannelOptions> = {}): Promise<TelegramChannel> {
  channel = createTelegramChannel({ token: TOKEN, apiRoot: fake.url, mode: "polling", core, logger: logs.logger, pollTimeoutSec: 1, ...FAST, ...overrides });
  await channel.start();
  return channel;
}

async function startWebhook(): Promise<TelegramChannel> {
  server = Fastify();
  const placeholder = createTelegramChannel({ token: TOKEN, apiRoot: fake.url, mode: "webhook", webhookUrl: "http://placeholder", webhookSecret: SECRET, core, logger: logs.logger, ...FAST });
  placeholder.routes(server);
  const url = await server.listen({ port: 0, host: "127.0.0.1" });
  // The route is bound to `placeholder`; register the real URL on the fake through it.
  channel = placeholder;
  await placeholder.bot.init();
  await placeholder.bot.api.setWebhook(`${url}/webhooks/telegram`, { secret_token: SECRET });
  return placeholder;
}

describe("Telegram channel, long polling", () => {
  it("shows the menu as buttons with 111 in the text, and answers a pressed button", async () => {
    await startPolling();
    fake.pushMessage(501, "/start");
    const [menu] = await fake.waitForMessages(501, 1);
    expect(menu).toMatchObject({ parse_mode: "HTML" });
    expect(menu?.text).toContain("Chào bạn! Bạn cần gì?");
    expect(menu?.text).toContain("📞 Gọi 111");
    expect(menu?.reply_markup).toEqual({
      inline_keyboard: [
        [{ text: "Hỏi về trách nhiệm cơ quan", callback_data: "ask" }],
        [{ text: "Báo tin trẻ em bị xâm hại", callback_data: "report" }],
        [{ text: "Gọi 111", callback_data: "call111" }],
        [{ text: "Cổng thông tin", url: "https://example.gov.vn/tre-em" }],
      ],
    });
    fake.pushCallbackQuery(501, "ask", menu?.message_id ?? 0);
    const replies = await fake.waitForMessages(501, 2);
    expect(replies[1]?.text).toBe("Bạn muốn hỏi về cơ quan nào?");
    expect(fake.callbackAnswers).toHaveLength(1);
    expect(core.answered.at(-1)).toMatchObject({ channel: "telegram", chatId: "501", userId: "501", kind: "choice", choice: "ask", text: "Hỏi về trách nhiệm cơ quan", languageHint: "vi" });
  });

  it("answers different chats in parallel but each chat in the order it wrote", async () => {
    await startPolling();
    fake.pushMessage(601, "sleep 400 a");
    fake.pushMessage(601, "sleep 10 b");
    fake.pushMessage(602, "sleep 10 c");
    const other = await fake.waitForMessages(602, 1);
    expect(other[0]?.text).toBe("xong c");
    expect(fake.sentMessages.filter((m) => m.chat_id === 601)).toHaveLength(0);
    const first = await fake.waitForMessages(601, 2);
    expect(first.map((m) => m.text)).toEqual(["xong a", "xong b"]);
  });

  it("never lets a user's text become HTML and passes odd input on cleaned", async () => {
    await startPolling();
    fake.pushMessage(701, "<b>đậm</b> & <script>alert(1)</script>");
    fake.pushMessage(701, "\u0000ab\u202ec\u0007");
    fake.pushMessage(701, "😀🙏👶");
    const replies = await fake.waitForMessages(701, 3);
    expect(replies[0]?.text).toBe("Bạn nói: &lt;b&gt;đậm&lt;/b&gt; &amp; &lt;script&gt;alert(1)&lt;/script&gt;");
    expect(replies[1]?.text).toBe("Bạn nói: abc");
    expect(replies[2]?.text).toBe("Bạn nói: 😀🙏👶");
  });

  it("splits a reply longer than 4096 characters into several messages", async () => {
    await startPolling();
    fake.pushMessage(702, "long 9000");
    const replies = await fake.waitForMessages(702, 3);
    await delay(100);
    expect(fake.sentMessages.filter((m) => m.chat_id === 702)).toHaveLength(3);
    for (const m of replies) expect(m.text?.length).toBeLessThanOrEqual(4096);
    const visible = (text: string): string => text.replace(/\s+/g, "");
    expect(visible(replies.map((m) => m.text).join(""))).toBe(visible(longText(9000)));
  });

  it("waits out a flood wait (429 retry_after) and a 502, and the user still gets the answer", async () => {
    await startPolling();
    fake.failNext("sendMessage", { status: 429, retryAfter: 1 });
    const t0 = Date.now();
    fake.pushMessage(801, "xin chào");
    const [reply] = await fake.waitForMessages(801, 1, 8000);
    expect(reply?.text).toBe("Bạn nói: xin chào");
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    fake.failNext("sendMessage", { status: 502, times: 2 });
    fake.pushMessage(801, "lần hai");
    const replies = await fake.waitForMessages(801, 2, 8000);
    expect(replies[1]?.text).toBe("Bạn nói: lần hai");
    expect(fake.calls.filter((c) => c.method === "sendMessage")).toHaveLength(5);
  });

  it("sends at most the configured number of messages a second in all, and still answers every chat", async () => {
    await startPolling({ sendsPerSecond: 10 });
    const chats = Array.from({ length: 25 }, (_, i) => 9000 + i);
    for (const chat of chats) fake.pushMessage(chat, `tin ${chat}`);
    for (const chat of chats) await fake.waitForMessages(chat, 1, 15_000);
    const sends = fake.calls.filter((c) => c.method === "sendMessage").map((c) => c.at).sort((a, b) => a - b);
    expect(sends).toHaveLength(25);
    // 10 sends are allowed per one-second refill: the 21st needs two refills after the first send's.
    expect(sends[20]! - sends[0]!).toBeGreaterThanOrEqual(950);
  });

  it("keeps polling after a conflict with another instance (409), and still answers", async () => {
    await startPolling();
    fake.pushMessage(811, "trước");
    await fake.waitForMessages(811, 1, 8000);
    const polls = fake.calls.filter((c) => c.method === "getUpdates").length;
    // The poll in progress ends (1 s); the next one is refused as if another instance polled.
    fake.failNext("getUpdates", { status: 409, description: "Conflict: terminated by other getUpdates request" });
    await fake.waitForCalls("getUpdates", polls + 2, 10_000);
    fake.pushMessage(811, "sau xung đột");
    const replies = await fake.waitForMessages(811, 2, 10_000);
    expect(replies[1]?.text).toBe("Bạn nói: sau xung đột");
    expect(logs.text()).toContain("Telegram polling stopped");
  });

  it("tells the user, with 111, when a reply cannot be delivered after every retry, and logs no text", async () => {
    await startPolling({ retry: { maxAttempts: 2, baseDelayMs: 5, maxDelayMs: 10 }, delivery: { retryDelaysMs: [10], urgentRetryDelaysMs: [10] } });
    fake.failNext("sendMessage", { status: 500, times: 4 });
    fake.pushMessage(802, "bí mật riêng tư");
    const [notice] = await fake.waitForMessages(802, 1, 5000);
    expect(notice?.text).toContain(DELIVERY_FAILURE_TEXT);
    expect(logs.text()).toContain("reply not delivered");
    expect(logs.text()).not.toContain("bí mật");
  });

  it("answers politely with 111 when the conversation fails", async () => {
    await startPolling();
    fake.pushMessage(803, "boom");
    const [reply] = await fake.waitForMessages(803, 1);
    expect(reply?.text).toContain("111");
    expect(reply?.text).toContain("Xin lỗi");
  });

  it("passes photos, voice, stickers and edits to the core as their kinds", async () => {
    await startPolling();
    fake.pushPhoto(901, { caption: "ảnh vết thương" });
    fake.pushVoice(901);
    fake.pushSticker(901);
    fake.pushEditedMessage(901, 1, "sửa lại");
    const replies = await fake.waitForMessages(901, 4);
    expect(replies.map((m) => m.text)).toEqual(["Đã nhận photo: ảnh vết thương", "Đã nhận voice", "Đã nhận sticker", "Đã nhận edited: sửa lại"]);
    expect(core.answered[0]?.attachments[0]).toMatchObject({ kind: "photo", fileId: expect.any(String), caption: "ảnh vết thương" });
  });

  it("answers a duplicate delivery once and ignores updates that are not a person writing", async () => {
    await startPolling();
    const update = fake.pushMessage(902, "một lần");
    await fake.waitForMessages(902, 1);
    fake.redeliver(update);
    fake.pushUpdate({ my_chat_member: { chat: { id: 902, type: "private" } } });
    fake.pushMessage(902, "sau đó");
    await fake.waitForMessages(902, 2);
    await delay(100);
    expect(fake.sentMessages.filter((m) => m.chat_id === 902).map((m) => m.text)).toEqual(["Bạn nói: một lần", "Bạn nói: sau đó"]);
  });

  it("sends a safety reply in bold and keeps it first", async () => {
    await startPolling();
    fake.pushMessage(903, "danger");
    const replies = await fake.waitForMessages(903, 2);
    expect(replies[0]?.text).toMatch(/^<b>Nếu trẻ đang gặp nguy hiểm.*📞 Gọi 111<\/b>$/s);
    expect(replies[1]?.text).toBe("Bạn có thể kể thêm?");
  });
});

describe("Telegram channel, webhook", () => {
  it("answers updates delivered to the webhook with the right secret", async () => {
    await startWebhook();
    fake.pushMessage(1001, "/start");
    fake.pushMessage(1001, "hỏi tiếp");
    const replies = await fake.waitForMessages(1001, 2);
    expect(replies[1]?.text).toBe("Bạn nói: hỏi tiếp");
    expect(fake.webhookDeliveries.every((d) => d.status === 200)).toBe(true);
  });

  it("refuses a missing or wrong secret with 401 and processes nothing", async () => {
    server = Fastify();
    channel = createTelegramChannel({ token: TOKEN, apiRoot: fake.url, mode: "webhook", webhookUrl: "https://bot.example/webhooks/telegram", webhookSecret: SECRET, core, logger: logs.logger });
    channel.routes(server);
    const update = { update_id: 5, message: { message_id: 1, date: 1, chat: { id: 1, type: "private" }, from: { id: 1, is_bot: false, first_name: "A" }, text: "hi" } };
    const missing = await server.inject({ method: "POST", url: "/webhooks/telegram", payload: update });
    const wrong = await server.inject({ method: "POST", url: "/webhooks/telegram", payload: update, headers: { "x-telegram-bot-api-secret-token": `${SECRET}x` } });
    const right = await server.inject({ method: "POST", url: "/webhooks/telegram", payload: { hello: 1 }, headers: { "x-telegram-bot-api-secret-token": SECRET } });
    expect([missing.statusCode, wrong.statusCode, right.statusCode]).toEqual([401, 401, 400]);
    expect(core.seen).toHaveLength(0);
    expect(fake.sentMessages).toHaveLength(0);
  });

  it("answers politely with 111 when an update breaks the adapter itself (the error boundary)", async () => {
    server = Fastify();
    const officerChat = { chatId: "77", handle: async () => { throw new Error("officer handler broke"); } };
    channel = createTelegramChannel({ token: TOKEN, apiRoot: fake.url, mode: "webhook", webhookUrl: "https://bot.example/webhooks/telegram", webhookSecret: SECRET, core, logger: logs.logger, officerChat, ...FAST });
    channel.routes(server);
    await channel.bot.init();
    const update = { update_id: 9, message: { message_id: 1, date: 1, chat: { id: 77, type: "private" }, from: { id: 77, is_bot: false, first_name: "A" }, text: "xin chào" } };
    const res = await server.inject({ method: "POST", url: "/webhooks/telegram", payload: update, headers: { "x-telegram-bot-api-secret-token": SECRET } });
    expect(res.statusCode).toBe(200);
    const [apology] = await fake.waitForMessages(77, 1);
    expect(apology?.text).toContain("111");
    expect(logs.text()).toContain("update failed");
  });

  it("drops a malformed update (a message without its chat) with one log line, before any handler", async () => {
    server = Fastify();
    channel = createTelegramChannel({ token: TOKEN, apiRoot: fake.url, mode: "webhook", webhookUrl: "https://bot.example/webhooks/telegram", webhookSecret: SECRET, core, logger: logs.logger, ...FAST });
    channel.routes(server);
    await channel.bot.init();
    const broken = { update_id: 9, message: { message_id: 1, date: 1, from: { id: 77, is_bot: false, first_name: "A" }, text: "không có chat" } };
    const res = await server.inject({ method: "POST", url: "/webhooks/telegram", payload: broken, headers: { "x-telegram-bot-api-secret-token": SECRET } });
    expect(res.statusCode).toBe(200);
    await delay(100);
    expect(logs.text().split("\n").filter((l) => l.includes("malformed Telegram update dropped"))).toHaveLength(1);
    expect(logs.text()).not.toMatch(/TypeError|update failed/);
    expect(core.answered).toHaveLength(0);
  });

  it("registers the webhook with its secret at start", async () => {
    channel = createTelegramChannel({ token: TOKEN, apiRoot: fake.url, mode: "webhook", webhookUrl: "https://bot.example/webhooks/telegram", webhookSecret: SECRET, core, logger: logs.logger });
    await channel.start();
    expect(fake.webhook()).toEqual({ url: "https://bot.example/webhooks/telegram", secretToken: SECRET });
    expect(fake.commands.length).toBeGreaterThan(0);
  });
});
