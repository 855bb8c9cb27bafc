/**
 * The edge of the real application: security headers from @fastify/helmet on every answer, HSTS
 * only over HTTPS (or from a trusted proxy that says so); webhook secrets checked before any body
 * is read (a wrong secret with a 2 MB body gets 401, not 413); malformed Telegram and Zalo updates
 * dropped with one log line, never a TypeError inside a handler; /readyz only once Telegram's
 * webhook is registered.
 */
import net from "node:net";
import { existsSync } from "node:fs";
import { chromium } from "playwright-core";
import { afterEach, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.ts";
import { startApplication, type Application } from "../../src/application.ts";
import { createTelegramFake, type TelegramFake } from "../fakes/telegram-bot-api-server.ts";
import { createZaloFake, type ZaloFake } from "../fakes/zalo-bot-api-server.ts";
import { captureLogger, type CapturedLogger } from "../channels/channel-test-support.ts";
import { tempDir } from "../support/test-databases.ts";

const TOKEN = "123456:edge-test-token-AAAAAAAAAAAAAA";
const TG_SECRET = "telegram-secret-0123456789";
const ZALO_TOKEN = "987654:zalo-edge-secret";
const ZALO_SECRET = "zalo-secret-0123456789";
const BIG = JSON.stringify({ update_id: 1, padding: "x".repeat(2 * 1024 * 1024) });

let app: Application | undefined;
let telegram: TelegramFake | undefined;
let zalo: ZaloFake | undefined;
let logs: CapturedLogger;

afterEach(async () => {
  await app?.stop();
  app = undefined;
  await telegram?.close();
  telegram = undefined;
  await zalo?.close();
  zalo = undefined;
});

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

async function start(env: Record<string, string>, port = 0): Promise<Application> {
  const dir = tempDir("bvte-edge-");
  logs = captureLogger();
  const config = loadConfig({ PORT: String(port), HOST: "127.0.0.1", DATA_DIR: dir, DATABASE_URL: `file:${dir}/edge.sqlite`, ...env }, dir);
  app = await startApplication(config, logs.logger);
  return app;
}

async function withBothChannels(): Promise<string> {
  telegram = await createTelegramFake({ token: TOKEN });
  zalo = await createZaloFake({ token: ZALO_TOKEN });
  const port = await freePort();
  await start({
    TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.url, TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/telegram`, TELEGRAM_WEBHOOK_SECRET: TG_SECRET,
    ZALO_BOT_TOKEN: ZALO_TOKEN, ZALO_API_BASE: zalo.url, ZALO_WEBHOOK_SECRET: ZALO_SECRET,
  }, port);
  return app!.url;
}

describe("security headers", () => {
  it("every page and API answer carries helmet's headers and a CSP the pages satisfy; HSTS only over HTTPS", async () => {
    const { url } = await start({});
    for (const path of ["/", "/officer/login", "/healthz", "/chat/app.js"]) {
      const res = await fetch(`${url}${path}`);
      expect(res.headers.get("x-content-type-options"), path).toBe("nosniff");
      expect(res.headers.get("content-security-policy"), path).toMatch(/script-src 'self'/);
      expect(res.headers.get("content-security-policy"), path).not.toMatch(/unsafe-inline/);
      expect(res.headers.get("strict-transport-security"), path).toBeNull();
    }
    const page = await (await fetch(`${url}/`)).text();
    // The page has no inline script or style the CSP would block.
    expect(page).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>|<style|\sstyle=|\son[a-z]+=/i);
    // Not behind a trusted proxy: a forged X-Forwarded-Proto earns no HSTS.
    expect((await fetch(`${url}/healthz`, { headers: { "x-forwarded-proto": "https" } })).headers.get("strict-transport-security")).toBeNull();
  });

  it("behind a trusted proxy that says HTTPS, answers carry HSTS", async () => {
    const { url } = await start({ TRUST_PROXY: "127.0.0.1" });
    expect((await fetch(`${url}/healthz`, { headers: { "x-forwarded-proto": "https" } })).headers.get("strict-transport-security")).toMatch(/max-age=\d{7,}/);
    expect((await fetch(`${url}/healthz`)).headers.get("strict-transport-security")).toBeNull();
  });
});

const CHROMIUM = "/usr/bin/chromium";
describe.skipIf(!existsSync(CHROMIUM))("pages under the headers, in Chromium", () => {
  it("the web chat and the officer login work under the CSP, with no violation reported", { timeout: 60_000 }, async () => {
    const { url } = await start({});
    const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    try {
      const page = await browser.newPage({ locale: "vi-VN" });
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(`${url}/`);
      const log = page.getByRole("log", { name: "Cuộc trò chuyện" });
      await log.getByText(/Xin chào! Đây là trợ lý bảo vệ trẻ em/).waitFor();
      const before = await page.locator("#log > *").count();
      await page.getByLabel("Tin nhắn của bạn").fill("Sở Y tế làm gì?");
      await page.getByLabel("Tin nhắn của bạn").press("Enter");
      // The message and the bot's answer appear (the page's script talks to the API under connect-src 'self').
      await page.waitForFunction(`document.querySelectorAll("#log > *").length >= ${before + 2}`, undefined, { timeout: 20_000 });
      await page.goto(`${url}/officer/login`);
      await page.getByLabel("Tên đăng nhập").waitFor();
      // The stylesheet applied: the login form is laid out by dashboard.css, not the browser's defaults.
      expect(await page.evaluate("document.styleSheets.length")).toBeGreaterThan(0);
      expect(errors).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});

describe("webhooks", () => {
  it("a wrong secret with a 2 MB body gets 401 (not 413), on Telegram and Zalo; the right secret with it gets 413", { timeout: 60_000 }, async () => {
    const url = await withBothChannels();
    const post = (path: string, header: string, secret: string, body = BIG) =>
      fetch(`${url}${path}`, { method: "POST", headers: { "content-type": "application/json", [header]: secret }, body });
    expect((await post("/webhooks/telegram", "x-telegram-bot-api-secret-token", "wrong-secret-xxxx")).status).toBe(401);
    expect((await post("/webhooks/zalo", "x-bot-api-secret-token", "wrong-secret-xxxx")).status).toBe(401);
    expect((await fetch(`${url}/webhooks/telegram`, { method: "POST", headers: { "content-type": "text/plain" }, body: "x".repeat(10) })).status).toBe(401);
    expect((await post("/webhooks/telegram", "x-telegram-bot-api-secret-token", TG_SECRET)).status).toBe(413);
  });

  it("malformed updates with the right secret are dropped with one log line each, never a TypeError", { timeout: 60_000 }, async () => {
    const url = await withBothChannels();
    const tg = (body: unknown) => fetch(`${url}/webhooks/telegram`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": TG_SECRET }, body: JSON.stringify(body) });
    const za = (body: unknown) => fetch(`${url}/webhooks/zalo`, { method: "POST", headers: { "content-type": "application/json", "x-bot-api-secret-token": ZALO_SECRET }, body: JSON.stringify(body) });
    const malformedTelegram = [
      { update_id: 11, message: { message_id: 1, date: 1, chat: "not-a-chat", text: "xin chào" } },
      { update_id: 12, message: { message_id: 1, date: 1, chat: { id: 5 }, from: { id: "x", is_bot: false }, text: "hi" } },
      { update_id: 13, callback_query: { id: "q", from: null, data: "ask" } },
      { update_id: 14, edited_message: { message_id: 1, date: 1, chat: { id: 5 }, text: 42 } },
    ];
    for (const body of malformedTelegram) expect((await tg(body)).status).toBe(200);
    const malformedZalo = [
      { event_name: "message.text.received", message: { message_id: "m1", chat: null, from: { id: "u1" }, text: "hi" } },
      { ok: true, result: { event_name: "message.text.received", message: { message_id: 5, chat: { id: "c" }, from: { id: "u1" } } } },
      { event_name: "message.image.received", message: "nope" },
    ];
    for (const body of malformedZalo) expect((await za(body)).status).toBe(200);
    await new Promise((r) => setTimeout(r, 300));
    const lines = logs.text().split("\n").filter(Boolean);
    expect(lines.filter((l) => l.includes("malformed Telegram update dropped"))).toHaveLength(malformedTelegram.length);
    expect(lines.filter((l) => l.includes("malformed Zalo event dropped"))).toHaveLength(malformedZalo.length);
    expect(logs.text()).not.toMatch(/TypeError|update failed|Zalo event failed|could not be handled/);
    expect(telegram!.sentMessages).toHaveLength(0);

    // A well-formed message is still answered.
    expect((await tg({ update_id: 20, message: { message_id: 2, date: Math.floor(Date.now() / 1000), chat: { id: 777, type: "private" }, from: { id: 777, is_bot: false, first_name: "A" }, text: "/start" } })).status).toBe(200);
    expect((await telegram!.waitForMessages(777, 1, 10_000)).length).toBe(1);
  });
});

describe("readiness", () => {
  it("/readyz answers 503 until Telegram's webhook is registered, then 200", { timeout: 60_000 }, async () => {
    telegram = await createTelegramFake({ token: TOKEN });
    telegram.failNext("setWebhook", { status: 429, retryAfter: 2, description: "Too Many Requests: retry after 2" });
    const port = await freePort();
    const starting = start({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: telegram.url, TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/telegram`, TELEGRAM_WEBHOOK_SECRET: TG_SECRET }, port);
    const seen: number[] = [];
    let sawStarting = false;
    for (let i = 0; i < 200 && telegram.webhook() === null; i += 1) {
      const res = await fetch(`http://127.0.0.1:${port}/readyz`).catch(() => null);
      if (res) {
        seen.push(res.status);
        const body = (await res.json()) as { starting?: string[] };
        if (body.starting?.includes("telegram")) sawStarting = true;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await starting;
    expect(seen.length).toBeGreaterThan(0);
    expect(seen.every((s) => s === 503)).toBe(true);
    expect(sawStarting).toBe(true);
    expect((await fetch(`http://127.0.0.1:${port}/readyz`)).status).toBe(200);
  });
});
