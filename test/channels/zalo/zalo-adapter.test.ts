import Fastify, { type FastifyInstance } from "fastify";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createZaloChannel, type ZaloChannel, type ZaloChannelOptions } from "../../../src/channels/zalo/zalo-adapter.ts";
import { createZaloClient } from "../../../src/channels/zalo/zalo-client.ts";
import { createZaloFake, type ZaloFake } from "../../fakes/zalo-bot-api-server.ts";
import { captureLogger, delay, type CapturedLogger } from "../channel-test-support.ts";
import { createScriptedCore, type ScriptedCore } from "../scripted-conversation-core.ts";

const TOKEN = "1234567890:zalo-secret-part-ABCDEFGH";
const SECRET = "zalo-webhook-secret-42";

let fake: ZaloFake;
let core: ScriptedCore;
let logs: CapturedLogger;
let channel: ZaloChannel | undefined;
let server: FastifyInstance | undefined;
let webhookUrl: string;

beforeEach(async () => {
  fake = await createZaloFake({ token: TOKEN });
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

function build(overrides: Partial<ZaloChannelOptions> = {}): ZaloChannel {
  const client = createZaloClient({ token: TOKEN, baseUrl: fake.url, httpTimeoutMs: 3000, retry: { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40 } });
  channel = createZaloChannel({ client, core, logger: logs.logger, pollTimeoutSec: 1, delivery: { retryDelaysMs: [20], urgentRetryDelaysMs: [20] }, ...overrides });
  return channel;
}

async function startWebhook(): Promise<ZaloChannel> {
  server = Fastify();
  const zalo = build({ mode: "webhook", webhookSecret: SECRET });
  zalo.routes(server);
  webhookUrl = `${await server.listen({ port: 0, host: "127.0.0.1" })}/webhooks/zalo`;
  await zalo.start();
  return zalo;
}

describe("Zalo channel, webhook", () => {
  it("answers events in both envelopes, with choices as a numbered menu and 111 as text", async () => {
    await startWebhook();
    const first = await fake.deliverWebhook(fake.events.text("u1", "/start"), { url: webhookUrl, secret: SECRET, envelope: "result" });
    expect(first.status).toBe(200);
    const [menu] = await fake.waitForMessages("u1", 1);
    expect(menu?.text).toBe(
      "Chào bạn! Bạn cần gì?\n\n1. Hỏi về trách nhiệm cơ quan\n2. Báo tin trẻ em bị xâm hại\n3. Gọi 111\nTrả lời 1, 2 hoặc 3.\n\n📞 Gọi 111\nCổng thông tin: https://example.gov.vn/tre-em",
    );
    await fake.deliverWebhook(fake.events.text("u1", "2"), { url: webhookUrl, secret: SECRET, envelope: "bare" });
    const replies = await fake.waitForMessages("u1", 2);
    expect(replies[1]?.text).toBe("Bạn nói: 2");
    expect(core.answered[1]).toMatchObject({ channel: "zalo", chatId: "u1", userId: "u1", kind: "text", text: "2", messageId: expect.stringMatching(/^message\.text\.received:msg-/) });
  });

  it("refuses a missing or wrong secret with 401 and processes nothing", async () => {
    await startWebhook();
    const event = fake.events.text("u2", "không được xử lý");
    const missing = await fake.deliverWebhook(event, { url: webhookUrl, secret: null });
    const wrong = await fake.deliverWebhook(event, { url: webhookUrl, secret: "zalo-webhook-secret-43" });
    const empty = await fake.deliverWebhook(event, { url: webhookUrl, secret: "" });
    expect([missing.status, wrong.status, empty.status]).toEqual([401, 401, 401]);
    await delay(100);
    expect(core.seen).toHaveLength(0);
    expect(fake.sentMessages).toHaveLength(0);
  });

  it("answers the webhook before the conversation finishes", async () => {
    await startWebhook();
    const t0 = Date.now();
    const res = await fake.deliverWebhook(fake.events.text("u3", "sleep 1500 chậm"), { url: webhookUrl, secret: SECRET });
    expect(res.status).toBe(200);
    expect(Date.now() - t0).toBeLessThan(1000);
    const [reply] = await fake.waitForMessages("u3", 1, 5000);
    expect(reply?.text).toBe("xong chậm");
  });

  it("answers a duplicate delivery once, even when both arrive together", async () => {
    await startWebhook();
    const event = fake.events.text("u4", "một lần thôi");
    await Promise.all([fake.deliverWebhook(event, { url: webhookUrl, secret: SECRET }), fake.deliverWebhook(event, { url: webhookUrl, secret: SECRET })]);
    await fake.deliverWebhook(event, { url: webhookUrl, secret: SECRET, envelope: "bare" });
    await fake.waitForMessages("u4", 1);
    await delay(150);
    expect(fake.sentMessages.filter((m) => m.chat_id === "u4")).toHaveLength(1);
  });

  it("drops its own echoes and other bots, and ignores unknown events", async () => {
    await startWebhook();
    await fake.deliverWebhook(fake.events.text("u5", "tôi là bot", { fromId: fake.botId }), { url: webhookUrl, secret: SECRET });
    await fake.deliverWebhook(fake.events.text("u5", "bot khác", { isBot: true, fromId: "other-bot" }), { url: webhookUrl, secret: SECRET });
    const unknown = { ...fake.events.text("u5", "?"), event_name: "message.reaction.received" };
    expect((await fake.deliverWebhook(unknown, { url: webhookUrl, secret: SECRET })).status).toBe(200);
    await fake.deliverWebhook(fake.events.text("u5", "người thật"), { url: webhookUrl, secret: SECRET });
    const [reply] = await fake.waitForMessages("u5", 1);
    await delay(100);
    expect(reply?.text).toBe("Bạn nói: người thật");
    expect(core.seen).toHaveLength(1);
  });

  it("answers unsupported events, images, stickers and voice instead of staying silent", async () => {
    await startWebhook();
    await fake.deliverWebhook(fake.events.unsupported("u6"), { url: webhookUrl, secret: SECRET });
    await fake.deliverWebhook(fake.events.image("u6", "https://img.example/a.jpg", "vết bầm", { photoField: "photo" }), { url: webhookUrl, secret: SECRET });
    await fake.deliverWebhook(fake.events.sticker("u6"), { url: webhookUrl, secret: SECRET });
    await fake.deliverWebhook(fake.events.voice("u6"), { url: webhookUrl, secret: SECRET });
    const replies = await fake.waitForMessages("u6", 4);
    expect(replies.map((m) => m.text)).toEqual(["Đã nhận unsupported", "Đã nhận photo: vết bầm", "Đã nhận sticker", "Đã nhận voice"]);
    expect(core.answered[1]?.attachments).toEqual([{ kind: "photo", url: "https://img.example/a.jpg", caption: "vết bầm" }]);
  });

  it("survives bad input: 100 KB of text, control characters, emoji only and a binary body", async () => {
    await startWebhook();
    await fake.deliverWebhook(fake.events.text("u7", "ạ".repeat(100_000)), { url: webhookUrl, secret: SECRET });
    await fake.deliverWebhook(fake.events.text("u7", "\u0000a\u0001b\u202e"), { url: webhookUrl, secret: SECRET });
    await fake.deliverWebhook(fake.events.text("u7", "😭😭"), { url: webhookUrl, secret: SECRET });
    const binary = await fetch(webhookUrl, { method: "POST", headers: { "x-bot-api-secret-token": SECRET, "content-type": "application/octet-stream" }, body: new Uint8Array([0, 255, 1, 2]) });
    expect(binary.status).toBeGreaterThanOrEqual(400);
    const garbage = await fetch(webhookUrl, { method: "POST", headers: { "x-bot-api-secret-token": SECRET, "content-type": "application/json" }, body: "{not json" });
    expect(garbage.status).toBe(400);
    const replies = await fake.waitForMessages("u7", 53, 10_000);
    for (const m of replies) expect(m.text?.length).toBeLessThanOrEqual(2000);
    expect(replies.at(-2)?.text).toBe("Bạn nói: ab");
    expect(replies.at(-1)?.text).toBe("Bạn nói: 😭😭");
  });
});

describe("Zalo channel, long polling", () => {
  it("deletes a registered webhook it cannot verify, then polls and answers", async () => {
    const client = createZaloClient({ token: TOKEN, baseUrl: fake.url });
    await client.setWebhook("https://old.example/zalo", "old-secret-123");
    const zalo = build();
    expect(await zalo.start()).toBe("polling");
    expect(fake.webhook()).toBeNull();
    fake.pushText("p1", "xin chào");
    fake.pushUnsupported("p1");
    const replies = await fake.waitForMessages("p1", 2);
    expect(replies.map((m) => m.text)).toEqual(["Bạn nói: xin chào", "Đã nhận unsupported"]);
  });

  it("keeps the webhook mode when a webhook is registered and the secret is configured", async () => {
    const client = createZaloClient({ token: TOKEN, baseUrl: fake.url });
    await client.setWebhook("https://bot.example/webhooks/zalo", SECRET);
    expect(await build({ webhookSecret: SECRET }).start()).toBe("webhook");
    expect(fake.calls.some((c) => c.method === "getUpdates")).toBe(false);
  });

  it("retries a 429 quota error and a 5xx, and the answer still arrives", async () => {
    await build({ mode: "polling" }).start();
    fake.failNext("sendMessage", { status: 429, times: 2 });
    fake.pushText("p2", "lần một");
    const [reply] = await fake.waitForMessages("p2", 1);
    expect(reply?.text).toBe("Bạn nói: lần một");
    expect(fake.calls.filter((c) => c.method === "sendMessage")).toHaveLength(3);
  });

  it("keeps one chat in order while another chat is answered meanwhile", async () => {
    await build({ mode: "polling" }).start();
    fake.pushText("p3", "sleep 400 a");
    fake.pushText("p3", "sleep 10 b");
    fake.pushText("p4", "sleep 10 c");
    await fake.waitForMessages("p4", 1);
    expect(fake.sentMessages.filter((m) => m.chat_id === "p3")).toHaveLength(0);
    const ordered = await fake.waitForMessages("p3", 2);
    expect(ordered.map((m) => m.text)).toEqual(["xong a", "xong b"]);
  });

  it("tells the user when a reply finally fails, and never logs the text", async () => {
    await build({ mode: "polling" }).start();
    fake.failNext("sendMessage", { status: 500, times: 6 });
    fake.pushText("p5", "con tôi bị đánh");
    const [notice] = await fake.waitForMessages("p5", 1, 5000);
    expect(notice?.text).toContain("111");
    expect(logs.text()).not.toContain("bị đánh");
    expect(logs.text()).not.toContain(TOKEN);
  });

  it("stops polling promptly", async () => {
    const zalo = build({ mode: "polling", pollTimeoutSec: 30 });
    await zalo.start();
    await fake.waitForCalls("getUpdates", 1);
    const t0 = Date.now();
    await zalo.stop();
    channel = undefined;
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
