/**
 * An emergency reported in the web chat, followed from the officer's side in a real Chromium
 * (Debian's) at a phone's 360×640 and a laptop's 1366×768, against the real application: the
 * officer's open queue announces it without a reload (banner, tab title); on a phone the case
 * page's actions are on the first screen; the officer writes back with a ready phrase; the
 * reporter's web chat shows the message (the page restores its transcript from the server),
 * the reporter answers, and the answer appears in the case timeline. Screenshots go to
 * test-results/. Skipped, saying why, when /usr/bin/chromium is not installed.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/db/database.ts";
import { caseCodeIn } from "../../e2e/e2e-support.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { PASSWORD, startCasework, type Casework } from "./casework-test-support.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`reporter messages browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
const SHOTS = path.join(PROJECT_ROOT, "test-results");
const VIEWPORTS = [{ width: 360, height: 640 }, { width: 1366, height: 768 }];
const ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"];

/** The little of the DOM the tests read inside the page (the type-check has no DOM library). */
type PageDocument = { querySelectorAll(selector: string): { length: number }; getElementById(id: string): { getAttribute(name: string): string | null } | null };
/** Runs in the chat page (a function: the page's CSP forbids evaluating strings): n bot messages shown, not busy. */
const shownAtLeast = (n: number): boolean => {
  const doc = (globalThis as unknown as { document: PageDocument }).document;
  return doc.querySelectorAll("#log .msg.bot").length >= n && doc.getElementById("log")?.getAttribute("aria-busy") !== "true";
};

describe.skipIf(!hasChromium)("writing back to a web chat reporter in Chromium", () => {
  let cw: Casework;
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    cw = await startCasework(testDatabases.find((d) => d.name === "sqlite")!);
    // localhost, not 127.0.0.1: browsers keep Secure cookies on plain HTTP only for localhost.
    url = cw.base.replace("127.0.0.1", "localhost");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await cw?.close();
  });

  /** Does `act` in the chat and waits for the bot's next message; returns the newest bot message's text. */
  async function afterReply(chat: Page, act: () => Promise<unknown>): Promise<string> {
    const before = await chat.locator("#log .msg.bot").count();
    await act();
    await chat.waitForFunction(shownAtLeast, before + 1, { timeout: 15_000 });
    return (await chat.locator("#log .msg.bot").last().innerText()).trim();
  }
  const press = (chat: Page, name: string) => async () => {
    const button = chat.locator("#log .msg.bot").last().getByRole("button", { name, exact: true });
    if ((await button.count()) === 0) throw new Error(`no button "${name}" under the newest message:\n${await chat.locator("#log").innerText()}`);
    await button.click();
  };
  const type = (chat: Page, text: string) => async () => {
    await chat.locator("#input").fill(text);
    await chat.locator("#input").press("Enter");
  };

  /** A reporter on a phone tells the web chat that a child is being beaten now, and sends the report; returns the case code. */
  async function reportEmergency(chat: Page, story: string): Promise<string> {
    await afterReply(chat, () => chat.goto(url));
    let said = await afterReply(chat, type(chat, story));
    for (let step = 0; step < 10; step++) {
      const code = caseCodeIn(said);
      if (code && /Mã báo tin/.test(said)) return code;
      const act = /Mình hiểu:/.test(said) ? press(chat, "Gửi")
        : /nguy hiểm ngay lúc này/.test(said) ? press(chat, "Có")
        : /liên lạc với bạn qua đâu/.test(said) ? type(chat, "0905 123 456")
        : /đồng ý/.test(said) ? press(chat, "Có")
        : /báo tin/.test(said) ? press(chat, "Có, báo tin")
        : null;
      if (!act) throw new Error(`unexpected question in the chat: ${said}\n---\n${await chat.locator("#log").innerText()}`);
      said = await afterReply(chat, act);
    }
    throw new Error(`no case code after ten answers:\n${await chat.locator("#log").innerText()}`);
  }

  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width}×${viewport.height}: a web-chat emergency is announced, the officer writes back, the reporter sees it and answers into the timeline`, { timeout: 120_000 }, async () => {
      const officer = await browser.newPage({ viewport, locale: "vi-VN" });
      const errors: string[] = [];
      officer.on("pageerror", (e) => errors.push(e.message));
      await officer.goto(`${url}/officer`);
      await officer.getByLabel("Tên đăng nhập").fill("an");
      await officer.getByLabel("Mật khẩu").fill(PASSWORD);
      await officer.getByLabel("Mật khẩu").press("Enter");
      await officer.getByRole("heading", { name: "Hàng đợi hồ sơ" }).waitFor();
      const titleBefore = await officer.title();
      await officer.waitForTimeout(500);

      const reporter = await browser.newContext({ viewport: { width: 360, height: 640 }, isMobile: true, hasTouch: true, locale: "vi-VN" });
      const chat = await reporter.newPage();
      chat.on("pageerror", (e) => errors.push(`chat: ${e.message}`));
      const place = viewport.width < 400 ? "xã Hòa Xuân, Phú Yên" : "phường Tân Lợi, Buôn Ma Thuột, Đắk Lắk";
      const code = await reportEmergency(chat, `Tôi là hàng xóm. Bố dượng đang đánh bé trai 7 tuổi bằng gậy ở ${place}, bé đang chảy máu ở đầu.`);

      // The officer's open queue is told without a reload: a banner naming the case and the tab's title.
      const banner = officer.getByRole("alert").filter({ hasText: "Tin khẩn cấp mới tại Đắk Lắk" });
      await banner.waitFor({ timeout: 20_000 });
      expect(await officer.title()).toMatch(/^\(1\) Tin khẩn cấp mới · /);
      expect(await officer.title()).not.toBe(titleBefore);
      await officer.screenshot({ path: path.join(SHOTS, `reporter-emergency-banner-${viewport.width}.png`) });
      await banner.getByRole("link", { name: code }).click();
      await officer.getByRole("heading", { name: new RegExp(code) }).first().waitFor();

      // The actions an officer comes for are on the first screen, phone included.
      const quick = officer.getByRole("group", { name: "Thao tác chính" });
      for (const control of [quick.getByRole("button", { name: "Nhận xử lý" }), quick.getByRole("link", { name: "Nhắn người báo" }), quick.getByRole("link", { name: "Đóng hồ sơ" })]) {
        const box = await control.boundingBox();
        expect(box, "a quick action is shown").not.toBeNull();
        expect(box!.y + box!.height).toBeLessThanOrEqual(viewport.height);
      }
      expect(await officer.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(viewport.width);
      await officer.screenshot({ path: path.join(SHOTS, `reporter-case-top-${viewport.width}.png`) });
      await quick.getByRole("button", { name: "Nhận xử lý" }).click();
      await officer.getByText("Bạn đã nhận xử lý hồ sơ.").waitFor();

      await officer.getByRole("link", { name: "Nhắn người báo" }).click();
      await officer.getByLabel("Câu soạn sẵn").selectOption("received");
      await officer.getByRole("button", { name: "Gửi cho người báo tin" }).click();
      await officer.getByText("Tin nhắn đã vào hàng gửi; trạng thái gửi hiện trong diễn biến.").waitFor();

      // The web chat has no push: the page restores its conversation from the server (reloaded here, rather than waiting for its own polling).
      const fromOfficer = chat.locator("#log .msg.bot").filter({ hasText: `Tin nhắn của cán bộ bảo vệ trẻ em về tin báo ${code}` });
      const until = Date.now() + 30_000;
      while ((await fromOfficer.count()) === 0) {
        if (Date.now() > until) throw new Error(`the officer's message never reached the chat:\n${await chat.locator("#log").innerText()}`);
        await chat.waitForTimeout(1_000);
        await chat.reload();
        await chat.waitForFunction(shownAtLeast, 1);
      }
      expect(await fromOfficer.last().innerText()).toContain("Cán bộ đã nhận tin của bạn.");
      await chat.screenshot({ path: path.join(SHOTS, `reporter-chat-officer-message-${viewport.width}.png`) });
      const answer = viewport.width < 400 ? "Bé đang ở nhà bà ngoại, thôn 3" : "Mẹ bé đã đưa bé đi trạm y tế phường";
      const thanks = await afterReply(chat, type(chat, answer));
      expect(thanks, await chat.locator("#log").innerText()).toMatch(/cán bộ|vụ việc|tin báo/i);

      await officer.reload();
      const timeline = officer.locator(".timeline");
      await timeline.getByText(answer).waitFor();
      expect(await timeline.innerText()).toContain("Cán bộ đã nhận tin của bạn.");
      await officer.screenshot({ path: path.join(SHOTS, `reporter-answer-timeline-${viewport.width}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await reporter.close();
      await officer.close();
    });
  }
});
