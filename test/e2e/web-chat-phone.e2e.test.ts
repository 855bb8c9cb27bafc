/**
 * The web chat on a phone (360×640) in a real Chromium against the real application (its
 * database, conversation core and case queue): after every reply the newest message and its
 * buttons sit above the input and under the header, with exactly one 111 button and it dials;
 * "Thoát nhanh" leaves for the configured neutral page and clears this device's storage; a
 * reload brings back the conversation and the pending question from the server; a send that
 * fails keeps the words and offers "Gửi lại", and the retry is handled once. Skipped, saying
 * why, when /usr/bin/chromium is not installed.
 */
import { existsSync } from "node:fs";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testDatabases, type TestDatabase } from "../support/test-databases.ts";
import { loadConfig } from "../../src/config.ts";
import { createFieldCipher, resolveEncryptionKey } from "../../src/core/field-cipher.ts";
import { createCaseServices } from "../../src/db/case-services.ts";
import { caseCodeIn, removeDataDirs, showCase, startApp, type RunningApp } from "./e2e-support.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`web chat phone test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

/** A neutral page the quick exit goes to; answered by the test itself (no network). */
const EXIT = "https://thoitiet.example.vn/hom-nay";
/** An emergency told in the first message (a walker's reporter r6): the alert, the thanks and the first question together are taller than the screen. */
const EMERGENCY = "cứu với!!! nhà bên cạnh ông chồng say rượu đang cầm dao đuổi đánh con bé 5 tuổi, nó đang khóc thét, ngay bây giờ";
const STORY = "Tôi là hàng xóm. Bé Mai, bé gái 8 tuổi ở xã Ia Grai, Gia Lai, tối qua bị mẹ kế đánh bằng roi, chân có nhiều vết bầm.";

type Box = { x: number; y: number; width: number; height: number };
/** The little of the DOM the tests read inside the page (the type-check has no DOM library). */
type PageDocument = { querySelectorAll(selector: string): { length: number }; getElementById(id: string): { getAttribute(name: string): string | null } | null };

describe.skipIf(!hasChromium)("the web chat on a 360×640 phone, through the real server", () => {
  let db: TestDatabase;
  let running: RunningApp;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    db = await testDatabases[0]!.create();
    running = await startApp(db, { WEB_CHAT_EXIT_URL: EXIT });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  }, 60_000);
  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await running?.app.stop();
    await db?.drop();
    removeDataDirs();
  });

  async function phone(): Promise<{ page: Page; context: BrowserContext; errors: string[] }> {
    const context = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: "vi-VN" });
    contexts.push(context);
    await context.route(`${EXIT}**`, (route) => route.fulfill({ contentType: "text/html; charset=utf-8", body: "<!doctype html><title>Thời tiết hôm nay</title><p>Nắng nhẹ, 31°C</p>" }));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    return { page, context, errors };
  }

  const botCount = (page: Page) => page.locator("#log .msg.bot").count();
  /** Runs in the page (a function, since the page's CSP forbids evaluating strings): n bot messages shown, not busy. */
  const shownAtLeast = (n: number): boolean => {
    const doc = (globalThis as unknown as { document: PageDocument }).document;
    return doc.querySelectorAll("#log .msg.bot").length >= n && doc.getElementById("log")?.getAttribute("aria-busy") !== "true";
  };

  /** Does `act` and waits until at least one new bot message is shown and the page is no longer busy. */
  async function afterReply(page: Page, act: () => Promise<unknown>): Promise<string> {
    const before = await botCount(page);
    await act();
    await page.waitForFunction(shownAtLeast, before + 1);
    await page.waitForTimeout(50);
    return (await page.locator("#log .msg.bot").last().innerText()).trim();
  }

  async function box(page: Page, selector: string): Promise<Box> {
    const b = await page.locator(selector).first().boundingBox();
    expect(b, selector).not.toBeNull();
    return b!;
  }

  /**
   * The newest bot message and every button in it lie between the header and the input, uncovered; one 111 button, which
   * dials. When the messages answering the reporter's last message fit between the header and the input, they are all on
   * screen; when they do not, the newest message's start is, and its buttons stay above the input.
   */
  async function expectNewestVisible(page: Page): Promise<void> {
    const header = await box(page, "header.top");
    const input = await box(page, "#input");
    const top = header.y + header.height - 0.5;
    const bottom = input.y + 0.5;
    const last = page.locator("#log .msg.bot").last();
    const message = (await last.boundingBox())!;
    const said = await last.innerText();
    const turnTop = (await page.evaluate(`(() => { const all = [...document.querySelectorAll("#log .msg")]; const me = all.map((m) => m.classList.contains("me")).lastIndexOf(true); const first = all.slice(me + 1).find((m) => m.classList.contains("bot")); return first ? first.getBoundingClientRect().top : null; })()`)) as number | null;
    expect(message.y, `newest message starts under the header: ${said}`).toBeGreaterThanOrEqual(top);
    expect(message.y + 20, `newest message starts above the input: ${said}`).toBeLessThanOrEqual(bottom);
    if (message.y + message.height - (turnTop ?? message.y) <= bottom - top) {
      expect(message.y + message.height, `newest message ends above the input: ${said}`).toBeLessThanOrEqual(bottom);
      expect(turnTop ?? top, `the first message of this turn starts under the header: ${said}`).toBeGreaterThanOrEqual(top);
    }
    const controls = last.locator("button:not([aria-disabled=true]), a");
    for (let i = 0; i < (await controls.count()); i++) {
      const control = controls.nth(i);
      const b = (await control.boundingBox())!;
      expect(b.y, `${await control.innerText()} under the header`).toBeGreaterThanOrEqual(top);
      expect(b.y + b.height, `${await control.innerText()} above the input`).toBeLessThanOrEqual(bottom);
      // What a finger at the control's centre touches is the control itself, not the header or the input.
      const touched = await page.evaluate(`(() => { const hit = document.elementFromPoint(${b.x + b.width / 2}, ${b.y + b.height / 2}); const c = hit && hit.closest("button, a"); return c ? c.textContent : null; })()`);
      expect(touched, `${await control.innerText()} can be tapped`).toBe(await control.textContent());
    }
    await expectOne111(page);
  }

  /** The words `text` of a bot message are on screen the moment they arrive: under the header, above the input, and nothing covers them. */
  async function expectOnScreen(page: Page, text: string): Promise<void> {
    const header = await box(page, "header.top");
    const input = await box(page, "#input");
    const found = (await page.evaluate(`(() => {
      const bots = [...document.querySelectorAll("#log .msg.bot")].reverse();
      for (const bot of bots) {
        const walker = document.createTreeWalker(bot, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.data.indexOf(${JSON.stringify(text)});
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + ${text.length});
          const r = range.getClientRects()[0];
          const hit = document.elementFromPoint(r.left + Math.min(r.width, 20) / 2, (r.top + r.bottom) / 2);
          return { top: r.top, bottom: r.bottom, covered: !hit || !bot.contains(hit) || !!hit.closest("button, a") };
        }
      }
      return null;
    })()`)) as { top: number; bottom: number; covered: boolean } | null;
    const shown = await page.locator("#log").innerText();
    expect(found, `"${text}" is in a bot message: ${shown}`).not.toBeNull();
    expect(found!.top, `"${text}" is under the header`).toBeGreaterThanOrEqual(header.y + header.height - 0.5);
    expect(found!.bottom, `"${text}" is above the input`).toBeLessThanOrEqual(input.y + 0.5);
    expect(found!.covered, `"${text}" is not covered`).toBe(false);
  }

  async function expectOne111(page: Page): Promise<void> {
    const named111 = page.locator("a, button").filter({ hasText: /\b111\b/ });
    expect(await named111.count()).toBe(1);
    expect(await named111.first().getAttribute("href")).toBe("tel:111");
    expect(await page.locator('a[href="tel:111"]').count()).toBe(1);
    expect(await named111.first().isVisible()).toBe(true);
    expect(await page.getByRole("link", { name: /Thoát nhanh|Quick exit/ }).isVisible()).toBe(true);
  }

  async function type(page: Page, text: string): Promise<void> {
    await page.locator("#input").fill(text);
    await page.locator("#input").press("Enter");
  }

  it("keeps the newest question and its buttons above the input after every reply, from the story to the case code", async () => {
    const { page, errors } = await phone();
    await afterReply(page, () => page.goto(running.app.url));
    await expectNewestVisible(page);
    const steps: Array<{ act: () => Promise<unknown>; expect: RegExp }> = [
      // The story starts the report at once (nothing is sent before "Gửi"): its first question follows.
      { act: () => type(page, STORY), expect: /nguy hiểm ngay lúc này/ },
      { act: () => page.locator("#log .msg.bot").last().getByRole("button", { name: "Không", exact: true }).click(), expect: /liên lạc với bạn qua đâu/ },
      // The number given for contact is the consent to be contacted: the summary follows at once.
      { act: () => type(page, "0905 123 456"), expect: /Mình hiểu: bé gái 8 tuổi ở xã Ia Grai, Gia Lai/ },
      { act: () => page.locator("#log .msg.bot").last().getByRole("button", { name: "Gửi", exact: true }).click(), expect: /Mã báo tin/ },
    ];
    let shown = "";
    for (const step of steps) {
      await afterReply(page, step.act);
      shown = await page.locator("#log").innerText();
      const newest = (await page.locator("#log .msg.bot").last().innerText()) + (await page.locator("#log .msg.bot").nth(-2).innerText().catch(() => ""));
      expect(newest, shown).toMatch(step.expect);
      await expectNewestVisible(page);
    }
    await page.screenshot({ path: "test-results/web-chat-phone-case-code.png" });
    // The case code itself is on screen, not scrolled away above a long confirmation.
    const codeLine = await page.locator("#log .msg.bot").last().boundingBox();
    expect(codeLine!.y).toBeGreaterThanOrEqual((await box(page, "header.top")).height - 0.5);
    // Five messages after the story, as the issue asks, and nothing the story said was asked.
    expect(steps.length - 1).toBeLessThanOrEqual(5);
    expect(shown).not.toMatch(/bao nhiêu tuổi|Bạn là ai|ở đâu|khi nào/);
    const code = caseCodeIn(shown);
    expect(code).not.toBeNull();
    const codeShown = page.locator("#log .msg.bot .code").last();
    expect(await codeShown.textContent()).toBe(code);
    expect((await codeShown.boundingBox())!.height, "the code is not broken over two lines").toBeLessThan(30);
    expect(await showCase(running, code!)).toMatchObject({ provinceName: "Gia Lai", childAgeBand: "6_11", reporterRelation: "neighbour", contact: "0905 123 456", consentToContact: true });
    expect(errors).toEqual([]);
  });

  it("on a 360×640 phone an emergency's 'GỌI NGAY 113', the summary's 'Mình hiểu' and the case code are on screen the moment each arrives, with the newest buttons above the input", async () => {
    const { page, errors } = await phone();
    await afterReply(page, () => page.goto(running.app.url));
    // The call-now alert, the thanks and the first question come together, taller than the screen.
    await afterReply(page, () => type(page, EMERGENCY));
    await page.screenshot({ path: "test-results/web-chat-phone-emergency.png" });
    await expectOnScreen(page, "GỌI NGAY 113");
    await expectNewestVisible(page);
    let newest = await page.locator("#log .msg.bot").last().innerText();
    for (let i = 0; i < 6 && !/Mình hiểu/.test(newest); i++) {
      const answer = /ở đâu|xã\/phường/.test(newest) ? "thôn 5 xã Ea Tul huyện Cư M'gar, Đắk Lắk" : /liên lạc/.test(newest) ? "0934 567 890" : /tuổi/.test(newest) ? "5 tuổi" : "không rõ";
      newest = await afterReply(page, () => type(page, answer));
      await expectNewestVisible(page);
    }
    expect(newest).toMatch(/Mình hiểu/);
    await expectOnScreen(page, "Mình hiểu");
    // The confirmation of an emergency is taller than the screen: its first line (the code) shows, and its buttons stay above the input.
    const shown = await afterReply(page, () => page.locator("#log .msg.bot").last().getByRole("button", { name: "Gửi", exact: true }).click());
    await page.screenshot({ path: "test-results/web-chat-phone-emergency-code.png" });
    const code = caseCodeIn(shown);
    expect(code, shown).not.toBeNull();
    await expectOnScreen(page, "Mã báo tin");
    await expectOnScreen(page, code!);
    await expectNewestVisible(page);
    expect(errors).toEqual([]);
  });

  it("once the next question arrives the answered question's buttons are off; a late tap on the old 'Có' to 'in danger now?' sends nothing and shows the numbers to call", async () => {
    const { page, errors } = await phone();
    await afterReply(page, () => page.goto(running.app.url));
    const menu = page.locator("#log .msg.bot").nth((await botCount(page)) - 1);
    const asked = await afterReply(page, () => menu.getByRole("button", { name: /^Báo tin/ }).click());
    expect(asked).toMatch(/nguy hiểm ngay lúc này/);
    const danger = page.locator("#log .msg.bot").nth((await botCount(page)) - 1);
    await afterReply(page, () => danger.getByRole("button", { name: "Không", exact: true }).click());
    await afterReply(page, () => type(page, "Thằng bé 9 tuổi nhà bên bị bố mẹ bắt đi bán vé số đến khuya, không cho đi học. Ở phường Tân An, Buôn Ma Thuột."));
    const pending = await page.locator("#log .msg.bot").last().innerText();
    await expectNewestVisible(page);

    // The answered questions' buttons are off; the newest question's are on.
    for (const old of [menu, danger]) {
      const buttons = old.locator(".choices button");
      expect(await buttons.count()).toBeGreaterThan(0);
      for (let i = 0; i < (await buttons.count()); i++) expect(await buttons.nth(i).isDisabled(), await buttons.nth(i).innerText()).toBe(true);
    }
    const current = page.locator("#log .msg.bot").last().locator(".choices button");
    for (let i = 0; i < (await current.count()); i++) expect(await current.nth(i).isEnabled()).toBe(true);

    // A late tap on "Có" (yes, in danger now): nothing is sent as the answer to today's question; the numbers to call are shown there.
    const sent: string[] = [];
    page.on("request", (request) => request.url().endsWith("/api/chat/messages") && sent.push(request.postData() ?? ""));
    await danger.getByRole("button", { name: "Có", exact: true }).scrollIntoViewIfNeeded();
    await danger.getByRole("button", { name: "Có", exact: true }).click({ force: true });
    const note = danger.getByRole("alert");
    await note.waitFor();
    await page.screenshot({ path: "test-results/web-chat-phone-late-danger-tap.png" });
    await page.waitForTimeout(300);
    expect(sent).toEqual([]);
    expect(await note.innerText()).toMatch(/nguy hiểm ngay lúc này[\s\S]*111/);
    for (const number of ["113", "115"]) {
      const call = note.locator(`a[href="tel:${number}"]`);
      expect(await call.isVisible(), number).toBe(true);
    }
    expect(await page.locator("#log .msg.bot").last().innerText()).toBe(pending);
    await expectOne111(page);

    // After a reload the answered questions' buttons are still off, and the pending question's still on.
    const shownBefore = await botCount(page);
    await page.reload();
    await page.waitForFunction(shownAtLeast, shownBefore);
    const reloadedDanger = page.locator("#log .msg.bot").filter({ hasText: "nguy hiểm ngay lúc này" }).last();
    expect(await reloadedDanger.getByRole("button", { name: "Có", exact: true }).isDisabled()).toBe(true);
    const again = page.locator("#log .msg.bot").last().locator(".choices button");
    for (let i = 0; i < (await again.count()); i++) expect(await again.nth(i).isEnabled()).toBe(true);
    expect(errors).toEqual([]);
  });

  it("in an English conversation the page's own words are English (input, Send, Send again, Quick exit), after a reload too, and /lang vi brings Vietnamese back", async () => {
    const { page, context, errors } = await phone();
    await afterReply(page, () => page.goto(running.app.url));
    const words = async () => ({
      lang: await page.locator("html").getAttribute("lang"),
      placeholder: await page.locator("#input").getAttribute("placeholder"),
      send: (await page.locator("#send").innerText()).trim(),
      exit: (await page.locator("#exit").innerText()).trim(),
      call: (await page.locator('a[href="tel:111"]').innerText()).trim(),
    });
    expect(await words()).toMatchObject({ lang: "vi", placeholder: "Nhập tin nhắn…", send: "Gửi", exit: "Thoát nhanh" });

    const first = await afterReply(page, () => type(page, "Hello, I'm an English teacher at a secondary school in Buon Ma Thuot. I want to report a concern about one of my students."));
    expect(first).toMatch(/[Dd]anger|old|happen/);
    const english = { lang: "en", placeholder: "Type a message…", send: "Send", exit: "Quick exit", call: expect.stringMatching(/Call 111$/) };
    expect(await words()).toMatchObject(english);
    expect(await page.getByRole("link", { name: /Quick exit/ }).getAttribute("href")).not.toBeNull();
    await expectOne111(page);

    // A failed send offers "Send again" and says why in English.
    await context.route("**/api/chat/messages", (route) => route.abort("internetdisconnected"));
    await type(page, "She is 14.");
    const again = page.getByRole("button", { name: "Send again" });
    await again.waitFor();
    expect(await page.locator(".failnote").last().innerText()).toMatch(/Not sent[\s\S]*111/);
    await context.unroute("**/api/chat/messages");
    await afterReply(page, () => again.click());
    await page.screenshot({ path: "test-results/web-chat-phone-english.png" });

    // A reload keeps the page in the conversation's language.
    const shownBefore = await botCount(page);
    await page.reload();
    await page.waitForFunction(shownAtLeast, shownBefore);
    await page.waitForTimeout(100);
    expect(await words()).toMatchObject(english);

    await afterReply(page, () => type(page, "/lang vi"));
    expect(await words()).toMatchObject({ lang: "vi", placeholder: "Nhập tin nhắn…", send: "Gửi", exit: "Thoát nhanh" });
    expect(errors).toEqual([]);
  });

  it("'Thoát nhanh' leaves for the neutral page, out of the history, and clears this device's chat and storage", async () => {
    const { page, context } = await phone();
    await afterReply(page, () => page.goto(running.app.url));
    await afterReply(page, () => type(page, "em 12 tuổi, bố em say rượu đánh em đau lắm, em sợ về nhà"));
    await page.evaluate(`sessionStorage.setItem("bvte.draft", "x"); document.cookie = "bvte.chat=1; path=/"`);
    const session = await page.evaluate(`sessionStorage.getItem("bvte.chat.session")`);
    expect(session).toMatch(/^[0-9a-f-]{36}$/);

    await page.getByRole("link", { name: /Thoát nhanh/ }).click();
    await page.waitForURL(EXIT);
    expect(await page.title()).toBe("Thời tiết hôm nay");
    // The chat was replaced in the history: Back does not bring it up.
    await page.goBack().catch(() => null);
    expect(page.url()).not.toContain(running.app.url);

    const again = await context.newPage();
    await again.goto(running.app.url);
    await again.waitForFunction(shownAtLeast, 1);
    const storage = (await again.evaluate(`({ session: sessionStorage.getItem("bvte.chat.session"), draft: sessionStorage.getItem("bvte.draft"), localItems: localStorage.length, cookie: document.cookie })`)) as { session: string | null; draft: string | null; localItems: number; cookie: string };
    expect(storage.session).not.toBe(session);
    expect(storage.draft).toBeNull();
    expect(storage.localItems).toBe(0);
    expect(storage.cookie).not.toContain("bvte.chat");
    expect(await again.locator("#log").innerText()).not.toMatch(/bố em say rượu/);
  });

  it("a reload in the middle of a report brings back the conversation and the pending question, and the report goes on", async () => {
    const { page, errors } = await phone();
    await afterReply(page, () => page.goto(running.app.url));
    await afterReply(page, () => type(page, "Cháu trai tôi 6 tuổi ở phường Hội Phú, Gia Lai bị chú ruột đánh tuần trước, tôi là bác của cháu."));
    const before = await page.locator("#log").innerText();
    expect(before).toMatch(/nguy hiểm ngay lúc này/);

    const shownBefore = await botCount(page);
    await page.reload();
    await page.waitForFunction(shownAtLeast, shownBefore);
    expect(await botCount(page)).toBe(shownBefore);
    const after = await page.locator("#log").innerText();
    expect(after).toContain("Cháu trai tôi 6 tuổi ở phường Hội Phú");
    expect(await page.locator("#log .msg.bot").last().innerText()).toMatch(/nguy hiểm ngay lúc này/);
    expect(after).not.toMatch(/^\/start$/m);
    await expectNewestVisible(page);

    await page.screenshot({ path: "test-results/web-chat-phone-reloaded.png" });
    const next = await afterReply(page, () => page.locator("#log .msg.bot").last().getByRole("button", { name: "Không", exact: true }).click());
    expect(next).toMatch(/liên lạc với bạn qua đâu/);
    await expectNewestVisible(page);

    // Only this session's own messages: another session gets none of them.
    const other = await fetch(`${running.app.url}/api/chat/transcript`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sessionId: "0b7e5f1c-9d2a-4e3b-8c4d-5a6f7e8d9c0b" }) });
    expect(await other.json()).toEqual({ entries: [] });
    expect(errors).toEqual([]);
  });

  it("a later visit in a new tab on the same device does not show the earlier conversation (the session lasts the tab)", async () => {
    const { page, context, errors } = await phone();
    await afterReply(page, () => page.goto(running.app.url));
    await afterReply(page, () => type(page, "em 12 tuổi, bố em say rượu đánh em đau lắm, em sợ về nhà"));
    await page.close();

    const later = await context.newPage();
    await later.goto(running.app.url);
    await later.waitForFunction(shownAtLeast, 1);
    expect(await later.locator("#log").innerText()).not.toMatch(/bố em say rượu/);
    expect(errors).toEqual([]);
  });

  it("a send that fails keeps the words and offers 'Gửi lại'; the retry is answered once", async () => {
    const { page, context, errors } = await phone();
    await afterReply(page, () => page.goto(running.app.url));
    const session = await page.evaluate(`sessionStorage.getItem("bvte.chat.session")`);

    // 1. The server handles the message but the answer is lost on the way back; the page's own retry is lost too.
    let mode: "lose-answer" | "offline" | "online" = "lose-answer";
    const reached: string[] = [];
    await context.route("**/api/chat/messages", async (route) => {
      if (mode === "online") return route.continue();
      reached.push(mode);
      if (mode === "lose-answer") {
        await route.fetch();
        mode = "offline";
      }
      return route.abort("internetdisconnected");
    });
    const story = "Bé trai hàng xóm khoảng 7 tuổi ở xã Chư Sê, Gia Lai bị bố dượng đánh bằng gậy hôm qua, tôi là hàng xóm.";
    await type(page, story);
    const retry = page.getByRole("button", { name: "Gửi lại" });
    await retry.waitFor();
    expect(await page.locator("#input").inputValue()).toBe(story);
    expect(reached.length).toBeGreaterThanOrEqual(2);
    await expectOne111(page);

    mode = "online";
    const started = await afterReply(page, () => retry.click());
    expect(started).toMatch(/nguy hiểm ngay lúc này/);
    expect(await page.locator("#input").inputValue()).toBe("");
    expect(await page.getByRole("button", { name: "Gửi lại" }).count()).toBe(0);
    await expectNewestVisible(page);

    // 2. Offline before the server sees it: the words come back to the input, and pressing Gửi sends them once.
    expect(await page.locator("#log .msg.bot").last().innerText()).toMatch(/nguy hiểm ngay lúc này/);
    mode = "offline";
    await page.locator("#log .msg.bot").last().getByRole("button", { name: "Không", exact: true }).click();
    await page.getByRole("button", { name: "Gửi lại" }).waitFor();
    mode = "online";
    await afterReply(page, () => page.getByRole("button", { name: "Gửi lại" }).click());
    expect(await page.locator("#log .msg.bot").last().innerText()).toMatch(/liên lạc/);
    mode = "offline";
    await type(page, "0912 000 333");
    await page.getByRole("button", { name: "Gửi lại" }).waitFor();
    expect(await page.locator("#input").inputValue()).toBe("0912 000 333");
    mode = "online";
    await afterReply(page, () => page.locator("#input").press("Enter"));
    expect(await page.locator("#log .msg.bot").last().innerText()).toMatch(/đồng ý/);
    await expectNewestVisible(page);

    // The server saw each message once: the story once, the phone number once, one question after each.
    const transcript = (await (await fetch(`${running.app.url}/api/chat/transcript`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sessionId: session }) })).json()) as { entries: Array<{ from: string; text?: string; reply?: { text: string } }> };
    const users = transcript.entries.filter((e) => e.from === "user").map((e) => e.text);
    expect(users).toEqual(["/start", story, "Không", "0912 000 333"]);
    expect(transcript.entries.filter((e) => /nguy hiểm ngay lúc này không\?/.test(e.reply?.text ?? ""))).toHaveLength(1);
    expect(errors).toEqual([]);
  });
  /** An officer writes back to the reporter from the case page (the dashboard's "writing back"): the same service call. */
  async function officerWrites(code: string, text: string): Promise<void> {
    const key = resolveEncryptionKey({ configuredKey: undefined, dataDir: running.dataDir });
    const services = createCaseServices(running.app.database, { cipher: createFieldCipher(key.key), settings: loadConfig(running.env, running.dataDir).cases });
    expect(await services.casework.writeToReporter("can-bo-e2e", code, text)).toEqual({ ok: true });
  }

  it("an officer's message written back appears on the reporter's open page without a reload, once, and a lost connection breaks nothing", async () => {
    const { page, context, errors } = await phone();
    // The page's clock is the test's: its 15-second check runs when the test moves time on, not after a real wait.
    await page.clock.install();
    await afterReply(page, () => page.goto(running.app.url));
    const story = "Tôi là hàng xóm. Bé Tùng, bé trai 9 tuổi ở phường Hội Phú, Gia Lai, tối qua bị bố dượng đánh bằng roi, chân có nhiều vết bầm.";
    await afterReply(page, () => type(page, story));
    await afterReply(page, () => page.locator("#log .msg.bot").last().getByRole("button", { name: "Không", exact: true }).click());
    await afterReply(page, () => page.locator("#log .msg.bot").last().getByRole("button", { name: "Ẩn danh" }).click());
    const shown = await afterReply(page, () => page.locator("#log .msg.bot").last().getByRole("button", { name: "Gửi", exact: true }).click());
    const code = caseCodeIn(shown);
    expect(code, await page.locator("#log").innerText()).not.toBeNull();

    // Offline for a while: the checks fail quietly, nothing is shown twice or lost.
    let offline = true;
    await context.route("**/api/chat/transcript", (route) => (offline ? route.abort("internetdisconnected") : route.continue()));
    const before = await botCount(page);
    await page.clock.runFor(31_000);
    expect(await botCount(page)).toBe(before);

    const officerText = "Cán bộ xã Hội Phú đã nhận tin. Bé hiện ở nhà bà nội, an toàn. Bạn có biết thêm gì không?";
    await officerWrites(code!, officerText);
    // The application's outbox delivers to the web session within a few seconds; the page picks it up at its next check once online.
    const session = await page.evaluate(`sessionStorage.getItem("bvte.chat.session")`);
    for (let i = 0; i < 40; i++) {
      const entries = ((await (await fetch(`${running.app.url}/api/chat/transcript`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ sessionId: session }) })).json()) as { entries: Array<{ reply?: { text: string } }> }).entries;
      if (entries.some((e) => e.reply?.text.includes("Bạn có biết thêm gì không?"))) break;
      await new Promise((r) => setTimeout(r, 500));
    }
    await page.clock.runFor(16_000);
    expect(await page.locator("#log").innerText()).not.toContain("Bạn có biết thêm gì không?");
    offline = false;
    await page.clock.runFor(16_000);
    await page.locator("#log .msg.bot").filter({ hasText: "Bạn có biết thêm gì không?" }).waitFor();
    await page.waitForTimeout(100);
    await expectNewestVisible(page);
    expect(await page.locator("#log .msg.bot").last().innerText()).toContain("Bạn có biết thêm gì không?");

    // More checks, and a hidden tab and back: the message is shown once, and nothing else of the conversation twice.
    await page.clock.runFor(46_000);
    await page.evaluate(`document.dispatchEvent(new Event("visibilitychange"))`);
    await page.waitForTimeout(300);
    expect(await page.locator("#log .msg.bot").filter({ hasText: "Bạn có biết thêm gì không?" }).count()).toBe(1);
    expect(await page.locator("#log .msg.me").filter({ hasText: story }).count()).toBe(1);
    expect(await page.locator("#log .msg.bot").filter({ hasText: "Mã báo tin của bạn" }).count()).toBe(1);
    expect(await botCount(page)).toBe(before + 1);

    // The reporter answers it from the page: it goes to the case, and the page goes on as before.
    const answer = await afterReply(page, () => type(page, "Tối nay ông ấy lại say rượu về, tôi sợ bé bị đánh tiếp."));
    expect(answer).toContain(code!);
    await page.clock.runFor(16_000);
    await page.waitForTimeout(300);
    expect(await page.locator("#log .msg.me").filter({ hasText: "Tối nay ông ấy lại say rượu về" }).count()).toBe(1);

    // A reload shows it once, from the server, and the checks after the reload add nothing again.
    const shownBefore = await botCount(page);
    await page.reload();
    await page.waitForFunction(shownAtLeast, shownBefore);
    await page.clock.runFor(31_000);
    await page.waitForTimeout(300);
    expect(await botCount(page)).toBe(shownBefore);
    expect(await page.locator("#log .msg.bot").filter({ hasText: "Bạn có biết thêm gì không?" }).count()).toBe(1);
    expect(errors).toEqual([]);
  }, 60_000);
});
