import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createZaloFake, type ZaloFake } from "./zalo-bot-api-server.ts";

const TOKEN = "1234567890:zalo-secret-part-ABCDEFGH";
let fake: ZaloFake;

beforeEach(async () => {
  fake = await createZaloFake({ token: TOKEN });
});
afterEach(async () => {
  await fake.close();
});

async function call(method: string, body: unknown = {}, token = TOKEN): Promise<{ http: number; json: Record<string, unknown> }> {
  const res = await fetch(`${fake.url}/bot${token}/${method}`, {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body),
  });
  return { http: res.status, json: (await res.json()) as Record<string, unknown> };
}

describe("Zalo fake", () => {
  it("hands out one update per getUpdates call, in order", async () => {
    fake.pushText("u1", "một");
    fake.pushImage("u1", "https://img.example/a.jpg", "ảnh");
    const first = await call("getUpdates", { timeout: 0 });
    const second = await call("getUpdates", { timeout: 0 });
    expect(first.json).toMatchObject({ ok: true, result: { event_name: "message.text.received", message: { text: "một", chat: { id: "u1", chat_type: "PRIVATE" } } } });
    expect(second.json).toMatchObject({ ok: true, result: { event_name: "message.image.received", message: { photo_url: "https://img.example/a.jpg", caption: "ảnh" } } });
  });

  it("answers an empty poll with error 408 after the timeout, and wakes early for a new event", async () => {
    const t0 = Date.now();
    const empty = await call("getUpdates", { timeout: 1 });
    expect(Date.now() - t0).toBeGreaterThanOrEqual(900);
    expect(empty).toMatchObject({ http: 200, json: { ok: false, error_code: 408 } });

    const poll = call("getUpdates", { timeout: 10 });
    setTimeout(() => fake.pushSticker("u2"), 100);
    expect((await poll).json).toMatchObject({ ok: true, result: { event_name: "message.sticker.received" } });
  });

  it("starves polling while a webhook is registered, as Zalo does", async () => {
    const set = await call("setWebhook", { url: "https://bot.example/zalo", secret_token: "long-enough-secret" });
    expect(set.json).toMatchObject({ ok: true, result: { url: "https://bot.example/zalo" } });
    fake.pushText("u3", "lost while webhook is set");
    expect((await call("getUpdates", { timeout: 1 })).json.error_code).toBe(408);
    await call("deleteWebhook");
    expect((await call("getUpdates", { timeout: 1 })).json).toMatchObject({ ok: true, result: { message: { text: "lost while webhook is set" } } });
  });

  it("refuses a webhook secret shorter than 8 characters", async () => {
    expect((await call("setWebhook", { url: "https://x.example", secret_token: "short" })).json).toMatchObject({ ok: false, error_code: 400 });
    expect(fake.webhook()).toBeNull();
  });

  it("refuses text over 2000 UTF-16 code units with error 400 in an HTTP 200 reply", async () => {
    const tooLong = await call("sendMessage", { chat_id: "u4", text: "😀".repeat(1001) });
    expect(tooLong).toMatchObject({ http: 200, json: { ok: false, error_code: 400 } });
    const empty = await call("sendMessage", { chat_id: "u4", text: "" });
    expect(empty.json.ok).toBe(false);
    const fine = await call("sendMessage", { chat_id: "u4", text: "😀".repeat(1000) });
    expect(fine.json).toMatchObject({ ok: true, result: { message_id: expect.any(String) } });
    expect(fake.sentMessages).toHaveLength(1);
  });

  it("refuses a wrong token with error 401", async () => {
    expect((await call("getMe", {}, "1:wrong")).json).toMatchObject({ ok: false, error_code: 401 });
  });

  it("injects failures: API errors, gateway HTML and dropped connections", async () => {
    fake.failNext("getMe", { status: 429 });
    expect((await call("getMe")).json).toMatchObject({ ok: false, error_code: 429 });
    fake.failNext("getMe", { status: 502, rawBody: "<html>Bad Gateway</html>" });
    const res = await fetch(`${fake.url}/bot${TOKEN}/getMe`, { method: "POST" });
    expect(res.status).toBe(502);
    fake.failNext("getMe", { network: true });
    await expect(call("getMe")).rejects.toThrow();
    expect((await call("getMe")).json.ok).toBe(true);
  });

  it("delivers an event to the registered webhook with the secret header, or without it", async () => {
    const received: Array<{ headers: IncomingHttpHeaders; body: string }> = [];
    const target = createServer((req, res) => {
      let body = "";
      req.on("data", (c: Buffer) => (body += c.toString()));
      req.on("end", () => {
        received.push({ headers: req.headers, body });
        res.writeHead(req.headers["x-bot-api-secret-token"] === "secret-1234" ? 200 : 401).end();
      });
    });
    await new Promise<void>((r) => target.listen(0, "127.0.0.1", r));
    try {
      await call("setWebhook", { url: `http://127.0.0.1:${(target.address() as AddressInfo).port}/zalo`, secret_token: "secret-1234" });
      const event = fake.events.unsupported("u5");
      expect((await fake.deliverWebhook(event)).status).toBe(200);
      expect(JSON.parse(received[0]?.body ?? "")).toEqual({ ok: true, result: event });
      expect((await fake.deliverWebhook(event, { secret: null, envelope: "bare" })).status).toBe(401);
      expect(received[1]?.headers["x-bot-api-secret-token"]).toBeUndefined();
      expect(JSON.parse(received[1]?.body ?? "")).toEqual(event);
    } finally {
      target.close();
    }
  });

  it("records chat actions and photos, and lets a test wait for replies", async () => {
    const waiting = fake.waitForMessages("u6", 2, 2000);
    await call("sendChatAction", { chat_id: "u6", action: "typing" });
    await call("sendPhoto", { chat_id: "u6", photo: "https://img.example/p.png", caption: "c" });
    await call("sendMessage", { chat_id: "u6", text: "xong" });
    expect((await waiting).map((m) => m.method)).toEqual(["sendPhoto", "sendMessage"]);
    expect(fake.chatActions).toEqual([{ chat_id: "u6", action: "typing" }]);
    await expect(fake.waitForMessages("u6", 3, 100)).rejects.toThrow(/expected 3, got 2/);
  });
});
