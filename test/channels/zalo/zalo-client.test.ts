import { inspect } from "node:util";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { ZaloApiError } from "../../../src/channels/channel-errors.ts";
import { backoffDelay, createZaloClient, type ZaloClientOptions } from "../../../src/channels/zalo/zalo-client.ts";
import { createZaloFake, type ZaloFake } from "../../fakes/zalo-bot-api-server.ts";

const TOKEN = "3141592653:zalo-very-secret-part-XYZ987";
const SECRET_HALF = "zalo-very-secret-part-XYZ987";
const FAST_RETRY = { maxAttempts: 3, baseDelayMs: 10, maxDelayMs: 40 };

let fake: ZaloFake;
let warnings: unknown[];

beforeEach(async () => {
  fake = await createZaloFake({ token: TOKEN });
  warnings = [];
});
afterEach(async () => {
  await fake.close();
});

function client(overrides: Partial<ZaloClientOptions> = {}) {
  return createZaloClient({
    token: TOKEN, baseUrl: fake.url, httpTimeoutMs: 2000, retry: FAST_RETRY,
    logger: { warn: (...args: unknown[]) => void warnings.push(args) } as unknown as ZaloClientOptions["logger"],
    ...overrides,
  });
}

function expectNoToken(error: unknown): void {
  const views = [String(error), (error as Error).stack ?? "", JSON.stringify(error), inspect(error, { depth: 10, showHidden: true }), JSON.stringify(warnings)];
  for (const view of views) {
    expect(view).not.toContain(TOKEN);
    expect(view).not.toContain(SECRET_HALF);
  }
}

describe("Zalo client", () => {
  it("reads the bot and sends a message", async () => {
    const zalo = client();
    expect(await zalo.getMe()).toMatchObject({ id: fake.botId, account_name: "bot.fake" });
    const sent = await zalo.sendMessage("user-1", "Xin chào, đường dây nóng 111 luôn sẵn sàng.");
    expect(sent.message_id).toEqual(expect.any(String));
    expect(fake.sentMessages).toMatchObject([{ chat_id: "user-1", text: "Xin chào, đường dây nóng 111 luôn sẵn sàng." }]);
  });

  it("registers, reads and deletes a webhook, and sends photos and the typing action", async () => {
    const zalo = client();
    await expect(zalo.setWebhook("https://bot.example/zalo/webhook", "a-secret-of-32-characters-000000")).resolves.toMatchObject({ url: "https://bot.example/zalo/webhook" });
    expect((await zalo.getWebhookInfo()).url).toBe("https://bot.example/zalo/webhook");
    expect(fake.webhook()).toEqual({ url: "https://bot.example/zalo/webhook", secretToken: "a-secret-of-32-characters-000000" });
    expect((await zalo.deleteWebhook()).url).toBe("");
    await zalo.sendChatAction("user-8");
    await zalo.sendPhoto("user-8", "https://img.example/map.png", "Bản đồ");
    expect(fake.chatActions).toEqual([{ chat_id: "user-8", action: "typing" }]);
    expect(fake.sentMessages).toMatchObject([{ method: "sendPhoto", photo: "https://img.example/map.png", caption: "Bản đồ" }]);
  });

  it("turns one polled update into a list, and an empty poll (408) into an empty list without warnings", async () => {
    const zalo = client();
    const event = fake.pushText("user-2", "con tôi bị đánh");
    expect(await zalo.getUpdates(1)).toEqual([event]);
    expect(await zalo.getUpdates(1)).toEqual([]);
    expect(fake.calls.filter((c) => c.method === "getUpdates").map((c) => c.payload.timeout)).toEqual([1, 1]);
    expect(warnings).toEqual([]);
  });

  it("accepts getUpdates answered with an array", async () => {
    await fake.close();
    fake = await createZaloFake({ token: TOKEN, updatesAsArray: true });
    const event = fake.pushVoice("user-3");
    expect(await client().getUpdates(1)).toEqual([event]);
  });

  it("stops a long poll at once when its signal aborts", async () => {
    const controller = new AbortController();
    const t0 = Date.now();
    const poll = client().getUpdates(20, { signal: controller.signal });
    setTimeout(() => controller.abort(), 100);
    expect(await poll).toEqual([]);
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it("retries after a 429, a 403 and a 502, and the message is sent once", async () => {
    const zalo = client({ retry: { ...FAST_RETRY, maxAttempts: 4 } });
    fake.failNext("sendMessage", { status: 429 });
    await zalo.sendMessage("user-4", "một");
    fake.failNext("sendMessage", { status: 403 });
    await zalo.sendMessage("user-4", "hai");
    fake.failNext("sendMessage", { status: 502, rawBody: "<html>502 Bad Gateway</html>", times: 2 });
    await zalo.sendMessage("user-4", "ba");
    expect(fake.sentMessages.map((m) => m.text)).toEqual(["một", "hai", "ba"]);
    expect(fake.calls.filter((c) => c.method === "sendMessage")).toHaveLength(7);
    expect(warnings).toHaveLength(4);
  });

  it("retries after a dropped connection", async () => {
    fake.failNext("getMe", { network: true });
    await expect(client().getMe()).resolves.toMatchObject({ id: fake.botId });
    expect(fake.calls.filter((c) => c.method === "getMe")).toHaveLength(2);
  });

  it("gives up with ZaloApiError after the configured number of attempts", async () => {
    fake.failNext("sendMessage", { status: 500, times: 10 });
    const error = await client().sendMessage("user-5", "x").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ZaloApiError);
    expect(error).toMatchObject({ method: "sendMessage", error_code: 500, attempts: 3, retryable: true });
    expect(fake.calls.filter((c) => c.method === "sendMessage")).toHaveLength(3);
  });

  it("does not retry a bad request (text over 2000 characters)", async () => {
    const error = await client().sendMessage("user-6", "a".repeat(2001)).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ZaloApiError", error_code: 400, attempts: 1, retryable: false });
    expect(fake.calls).toHaveLength(1);
  });

  it("gives up on a slow server after its HTTP timeout", async () => {
    fake.failNext("getMe", { delayMs: 1000, status: 500, times: 5 });
    const error = await client({ httpTimeoutMs: 100, retry: { ...FAST_RETRY, maxAttempts: 2 } }).getMe().catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "ZaloApiError", error_code: undefined, attempts: 2 });
    expect((error as Error).message).toMatch(/timeout/i);
  });

  it("never exposes the token: not in a network error, an API description or the retry log", async () => {
    const closedPort = createZaloClient({ token: TOKEN, baseUrl: "http://127.0.0.1:9", retry: FAST_RETRY });
    const network = await closedPort.getMe().catch((e: unknown) => e);
    expect(network).toBeInstanceOf(ZaloApiError);
    expectNoToken(network);

    fake.failNext("sendMessage", { status: 429, times: 5, description: `quota for bot${TOKEN} exceeded` });
    const echoed = await client().sendMessage("user-7", "x").catch((e: unknown) => e);
    expect((echoed as ZaloApiError).description).toContain("[token]");
    expectNoToken(echoed);
    expect(warnings.length).toBeGreaterThan(0);
  });
});

describe("backoffDelay", () => {
  it("grows exponentially with jitter, stays under the cap, and honours a longer retry_after", () => {
    const policy = { maxAttempts: 5, baseDelayMs: 100, maxDelayMs: 1000 };
    for (let i = 0; i < 50; i++) {
      const first = backoffDelay(policy, 1);
      const third = backoffDelay(policy, 3);
      expect(first).toBeGreaterThanOrEqual(50);
      expect(first).toBeLessThanOrEqual(100);
      expect(third).toBeGreaterThanOrEqual(200);
      expect(third).toBeLessThanOrEqual(400);
      expect(backoffDelay(policy, 10)).toBeLessThanOrEqual(1000);
    }
    expect(backoffDelay(policy, 1, 3)).toBe(3000);
  });
});
