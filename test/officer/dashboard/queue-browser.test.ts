/**
 * The queue, the search box and the new-emergency banner in a real Chromium at a phone's
 * 360×640 and a laptop's 1366×768, against the real application with an officer made by
 * `npm run officer -- add`: nothing wider than the screen, the tabs and their counts, a
 * web-chat-like case found by its code typed loosely and by the reporter's phone number, and
 * an emergency announced by a banner and the tab's title without a reload. Screenshots go to
 * test-results/. Skipped, saying why, when /usr/bin/chromium is not installed.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/db/database.ts";
import { draft } from "../../intake/cases/case-test-support.ts";
import { removeDataDirs, startApp, type RunningApp } from "../../e2e/e2e-support.ts";
import { testDatabases, type TestDatabase } from "../../support/test-databases.ts";
import { OFFICER_PASSWORD, addOfficerWithCli, servicesOf } from "./queue-test-support.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`queue browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
const SHOTS = path.join(PROJECT_ROOT, "test-results");
const VIEWPORTS = [{ width: 360, height: 640 }, { width: 1366, height: 768 }];

describe.skipIf(!hasChromium)("the queue and the search in Chromium", () => {
  let db: TestDatabase;
  let running: RunningApp;
  let url: string;
  let browser: Browser;
  let code: string;

  beforeAll(async () => {
    db = await testDatabases.find((d) => d.name === "sqlite")!.create();
    running = await startApp(db);
    // localhost, not 127.0.0.1: browsers keep Secure cookies on plain HTTP only for localhost.
    url = running.app.url.replace("127.0.0.1", "localhost");
    const services = servicesOf(running);
    code = (await services.intake.submit(draft({ channel: "web", locationText: "Phú Yên", commune: "xã Hòa Xuân", contact: "0905 441 772" }))).caseCode;
    await services.intake.submit(draft({ locationText: "Phú Yên" }));
    expect((await addOfficerWithCli(db, running, "an", "officer", "dak-lak")).status).toBe(0);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await running?.app.stop();
    await db?.drop();
    removeDataDirs();
  });

  for (const viewport of VIEWPORTS) {
    it(`at ${viewport.width}×${viewport.height}: the queue fits, the search finds the case by code and by phone, an emergency shows a banner and plays a tone`, { timeout: 90_000 }, async () => {
      const page = await browser.newPage({ viewport, locale: "vi-VN" });
      // Counts the tones the page plays (the sound itself cannot be heard here).
      await page.addInitScript("window.__tones = 0; const make = AudioContext.prototype.createOscillator; AudioContext.prototype.createOscillator = function () { window.__tones += 1; return make.call(this); };");
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
      await page.goto(`${url}/officer`);
      await page.getByLabel("Tên đăng nhập").fill("an");
      await page.getByLabel("Mật khẩu").fill(OFFICER_PASSWORD);
      await page.getByLabel("Mật khẩu").press("Enter");
      await page.getByRole("heading", { name: "Hàng đợi hồ sơ" }).waitFor();

      const tabs = page.getByRole("navigation", { name: "Nhóm hồ sơ" });
      const rows = await page.getByRole("table", { name: /Hồ sơ/ }).locator("tbody tr th a").count();
      expect(rows).toBeGreaterThanOrEqual(2);
      expect(await tabs.getByRole("link").allTextContents()).toEqual([`Tất cả ${rows}`, "Của tôi 0", `Chưa ai nhận ${rows}`, "Quá hạn 0"]);
      // The first case is on the first screen: on a phone the filters fold behind one "Lọc" that opens them.
      await page.screenshot({ path: path.join(SHOTS, `officer-queue-first-screen-${viewport.width}.png`) });
      const firstCase = await page.getByRole("table", { name: /Hồ sơ/ }).locator("tbody tr th a").first().boundingBox();
      expect(firstCase!.y + firstCase!.height).toBeLessThanOrEqual(viewport.height);
      const riskFilter = page.getByRole("combobox", { name: "Nguy cơ" });
      if (viewport.width < 700) {
        expect(await riskFilter.isVisible()).toBe(false);
        await page.locator("details.queue-filters > summary").click();
        expect(await riskFilter.isVisible()).toBe(true);
        await page.locator("details.queue-filters > summary").click();
      } else {
        expect(await riskFilter.isVisible()).toBe(true);
      }
      const wide = await page.evaluate<number>("document.documentElement.scrollWidth - window.innerWidth");
      expect(wide).toBeLessThanOrEqual(0);
      await page.screenshot({ path: path.join(SHOTS, `officer-queue-${viewport.width}.png`), fullPage: true });

      const search = page.getByRole("searchbox", { name: "Tìm hồ sơ" });
      expect(await search.isVisible()).toBe(true);
      await search.fill(` ${code.slice(3, 6).toLowerCase()} ${code.slice(6).toLowerCase()} `);
      await search.press("Enter");
      await page.getByText(/Kết quả tìm .*: 1 hồ sơ/).waitFor();
      expect(await page.getByRole("table", { name: /Hồ sơ/ }).locator("tbody tr th a").allTextContents()).toEqual([code]);
      expect(await page.getByRole("searchbox", { name: "Tìm hồ sơ" }).inputValue()).toContain(code.slice(6).toLowerCase());
      await page.getByRole("searchbox", { name: "Tìm hồ sơ" }).fill("+84 905 441 772");
      await page.getByRole("button", { name: "Tìm", exact: true }).click();
      await page.getByText("Đã tìm theo: số điện thoại người báo tin.").waitFor();
      expect(await page.getByRole("table", { name: /Hồ sơ/ }).locator("tbody tr th a").allTextContents()).toEqual([code]);
      await page.screenshot({ path: path.join(SHOTS, `officer-search-${viewport.width}.png`), fullPage: true });

      await page.goto(`${url}/officer`);
      await page.waitForTimeout(500);
      const emergency = (await servicesOf(running).intake.submit(draft({ locationText: "Phú Yên", dangerNow: "yes", narrative: "Bố say rượu đang đánh con bằng gậy, bé đang chảy máu ở đầu" }))).caseCode;
      const banner = page.getByRole("alert").filter({ hasText: "Tin khẩn cấp mới tại Đắk Lắk" });
      await banner.waitFor({ timeout: 20_000 });
      expect(await banner.getByRole("link", { name: emergency }).getAttribute("href")).toBe(`/officer/cases/${emergency}`);
      expect(await page.title()).toMatch(/^\(1\) Tin khẩn cấp mới · /);
      expect(await page.evaluate<number>("window.__tones")).toBeGreaterThan(0);
      const box = await banner.boundingBox();
      expect(box!.y).toBeLessThan(viewport.height);
      expect(box!.width).toBeLessThanOrEqual(viewport.width);
      await page.screenshot({ path: path.join(SHOTS, `officer-emergency-banner-${viewport.width}.png`) });
      expect(errors).toEqual([]);
      await page.close();
    });
  }
});
