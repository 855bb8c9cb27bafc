/**
 * One whole conversation in a real Chromium: the page loads without a token, shows the menu,
 * a choice is pressed, a message typed with the keyboard, and a reply that contains HTML stays
 * text. Skipped, saying why, when /usr/bin/chromium is not installed.
 */
import { existsSync } from "node:fs";
import Fastify, { type FastifyInstance } from "fastify";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createWebChat } from "../../../src/channels/web/web-chat.ts";
import { captureLogger } from "../channel-test-support.ts";
import { CODE_CHOICES, createScriptedCore, type ScriptedCore } from "../scripted-conversation-core.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`web chat browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

let app: FastifyInstance;
let url: string;
let browser: Browser;
let core: ScriptedCore;

describe.skipIf(!hasChromium)("web chat in Chromium", () => {
  beforeAll(async () => {
    core = createScriptedCore();
    app = Fastify();
    createWebChat({ core, logger: captureLogger().logger }).routes(app);
    url = await app.listen({ port: 0, host: "127.0.0.1" });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  });
  afterAll(async () => {
    await browser?.close();
    await app?.close();
  });

  it("holds a conversation with buttons and the keyboard, keeps 111 one tap away, and shows HTML as text", async () => {
    const page = await browser.newPage({ viewport: { width: 375, height: 700 }, locale: "vi-VN" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    await page.goto(`${url}/`);

    const call = page.getByRole("link", { name: /Gọi ngay Tổng đài quốc gia bảo vệ trẻ em 111/ });
    await expect(call.getAttribute("href")).resolves.toBe("tel:111");
    expect(await call.isVisible()).toBe(true);

    const log = page.getByRole("log", { name: "Cuộc trò chuyện" });
    await log.getByText("Chào bạn! Bạn cần gì?").waitFor();
    await log.getByRole("button", { name: "Hỏi về trách nhiệm cơ quan" }).click();
    await log.getByText("Bạn muốn hỏi về cơ quan nào?").waitFor();

    const input = page.getByLabel("Tin nhắn của bạn");
    await input.fill("<img src=x onerror=alert(1)> Sở Y tế làm gì?");
    await input.press("Enter");
    await log.getByText("Bạn nói: <img src=x onerror=alert(1)> Sở Y tế làm gì?").waitFor();
    expect(await page.locator("#log img").count()).toBe(0);
    expect(await page.evaluate("document.activeElement && document.activeElement.id")).toBe("input");

    const sessionId = await page.evaluate("sessionStorage.getItem('bvte.chat.session')");
    expect(sessionId).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(core.answered.map((m) => m.chatId))).toEqual(new Set([sessionId]));
    expect(core.answered.map((m) => m.kind)).toEqual(["text", "choice", "text"]);

    await page.reload();
    // This core keeps no transcript, so the reloaded page starts the same session afresh (the real core's transcript: test/e2e/web-chat-phone.e2e.test.ts).
    await log.getByText("Chào bạn! Bạn cần gì?").waitFor();
    expect(await page.evaluate("sessionStorage.getItem('bvte.chat.session')")).toBe(sessionId);
    expect(errors).toEqual([]);
    await page.close();
  });

  it("on a 360×640 phone, a reply taller than the screen shows its first line (the case code) and keeps its buttons tappable above the input", async () => {
    const page = await browser.newPage({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: "vi-VN" });
    await page.goto(`${url}/`);
    const log = page.getByRole("log", { name: "Cuộc trò chuyện" });
    await log.getByText("Chào bạn! Bạn cần gì?").waitFor();
    const input = page.getByLabel("Tin nhắn của bạn");
    await input.fill("code 1400");
    await input.press("Enter");
    const tall = page.locator("#log .msg.bot").filter({ hasText: "TE-7K3M9Q" });
    await tall.waitFor();
    await page.waitForTimeout(100);
    await page.screenshot({ path: "test-results/web-chat-tall-reply.png" });
    const top = (await page.locator("header.top").boundingBox())!;
    const composer = (await page.locator("#input").boundingBox())!;
    const message = (await tall.boundingBox())!;
    expect(message.height, "the reply is taller than the space between the header and the input").toBeGreaterThan(composer.y - top.y - top.height);
    const code = (await tall.locator(".code").boundingBox())!;
    expect(code.y, "the code is under the header").toBeGreaterThanOrEqual(top.y + top.height - 0.5);
    expect(code.y + code.height, "the code is above the input").toBeLessThanOrEqual(composer.y);
    for (const label of CODE_CHOICES.map((c) => c.label)) {
      const button = tall.getByRole("button", { name: label });
      const b = (await button.boundingBox())!;
      expect(b.y, `${label} under the header`).toBeGreaterThanOrEqual(top.y + top.height - 0.5);
      expect(b.y + b.height, `${label} above the input`).toBeLessThanOrEqual(composer.y + 0.5);
      const touched = await page.evaluate(`(() => { const hit = document.elementFromPoint(${b.x + b.width / 2}, ${b.y + b.height / 2}); return hit && hit.closest("button") ? hit.closest("button").textContent : null; })()`);
      expect(touched, `${label} can be tapped`).toBe(label);
    }
    await tall.getByRole("button", { name: "Xem tình trạng" }).click();
    await log.getByText("Bạn chọn: status").waitFor();
    await page.close();
  });
});
