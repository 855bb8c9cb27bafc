/**
 * "Tiếp nhận mới" in a real Chromium on a phone (360×640) and a laptop (1366×768): the officer
 * opens the form from the navigation, types a 111 transfer with two children and the person
 * said to harm, forgets the narrative (the form comes back with the message and keeps every
 * field), fixes it and lands on the new case, which shows the children and the people; the
 * Form 01 print view fits the width. Nothing overflows sideways. Screenshots go to
 * test-results/. Skipped, saying why, when /usr/bin/chromium is not installed.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/db/database.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { PASSWORD } from "./dashboard-test-support.ts";
import { openCasework, type CaseworkHarness } from "./new-case-support.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`new-case browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
const SHOTS = path.join(PROJECT_ROOT, "test-results");
const SIZES = [{ name: "phone", width: 360, height: 640 }, { name: "laptop", width: 1366, height: 768 }] as const;

let h: CaseworkHarness;
let url: string;
let browser: Browser;

async function noSidewaysScroll(page: Page): Promise<void> {
  const [scroll, width] = await page.evaluate<[number, number]>("[document.documentElement.scrollWidth, window.innerWidth]");
  expect(scroll).toBeLessThanOrEqual(width);
}

describe.skipIf(!hasChromium)("the new-case form in Chromium", () => {
  beforeAll(async () => {
    h = await openCasework(testDatabases.find((d) => d.name === "sqlite")!);
    h.clock.now = new Date();
    // localhost, not 127.0.0.1: browsers keep Secure cookies on plain HTTP only for localhost.
    const address = await h.app.listen({ port: 0, host: "127.0.0.1" });
    url = address.replace("127.0.0.1", "localhost");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it.each(SIZES)("records a 111 transfer on a $name ($width×$height), keeping the input through a refusal", { timeout: 60_000 }, async (size) => {
    const page = await browser.newPage({ viewport: { width: size.width, height: size.height }, locale: "vi-VN" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    // The refused form is answered 400 on purpose (with the form); anything else logged is an error.
    page.on("console", (m) => m.type() === "error" && !/status of 400/.test(m.text()) && errors.push(m.text()));

    await page.goto(`${url}/officer/login`);
    await page.getByLabel("Tên đăng nhập").fill("an");
    await page.getByLabel("Mật khẩu").fill(PASSWORD);
    await page.getByLabel("Mật khẩu").press("Enter");
    await page.getByRole("heading", { name: "Hàng đợi hồ sơ" }).waitFor();
    await page.getByRole("link", { name: "Tiếp nhận mới" }).click();
    await page.getByRole("heading", { name: "Tiếp nhận tin báo mới" }).waitFor();
    await noSidewaysScroll(page);

    await page.getByLabel("Hình thức tiếp nhận").selectOption("hotline_111");
    await page.getByLabel(/^Số hồ sơ của Tổng đài 111/).fill("111-2026-7788");
    await page.getByLabel("Trẻ có đang gặp nguy hiểm ngay lúc này không?").selectOption("no");
    await page.getByLabel("Xã, phường").fill("xã Ea Kar");
    const first = page.getByRole("group", { name: "Trẻ thứ 1" });
    await first.getByLabel("Độ tuổi").selectOption("under_6");
    await first.getByLabel("Giới tính").selectOption("female");
    const second = page.getByRole("group", { name: "Trẻ thứ 2" });
    await second.getByLabel("Độ tuổi").selectOption("12_15");
    await second.getByLabel("Giới tính").selectOption("male");
    const harmer = page.getByRole("group", { name: "Người thứ 1" });
    await harmer.getByLabel("Vai trò").selectOption("harmer");
    await harmer.getByLabel("Quan hệ với trẻ").selectOption("stepfather");
    await page.getByRole("button", { name: "Lưu và phân loại" }).click();

    await page.getByRole("alert").filter({ hasText: "Chưa lưu được" }).waitFor();
    await page.getByText("Hãy ghi nội dung sự việc.").waitFor();
    expect(await page.getByLabel(/^Số hồ sơ của Tổng đài 111/).inputValue()).toBe("111-2026-7788");
    expect(await page.getByLabel("Xã, phường").inputValue()).toBe("xã Ea Kar");
    expect(await page.getByRole("group", { name: "Trẻ thứ 2" }).getByLabel("Độ tuổi").inputValue()).toBe("12_15");
    await page.screenshot({ path: path.join(SHOTS, `officer-new-case-refused-${size.name}.png`), fullPage: true });

    await page.getByLabel(/^Nội dung sự việc/).fill("Tổng đài 111 chuyển: hai chị em bị dượng đánh bằng roi, bé em có vết bầm ở chân.");
    await page.getByRole("button", { name: "Lưu và phân loại" }).click();
    await page.waitForURL(/\/officer\/cases\/TE-[A-Z0-9]+\?ok=created$/);
    await page.getByText("Đã ghi nhận tin báo mới").waitFor();
    await page.getByRole("heading", { name: "Trẻ em trong vụ việc" }).waitFor();
    expect(await page.locator(".case-people").innerText()).toMatch(/Trẻ thứ 1: dưới 6 tuổi, nữ[\s\S]*Trẻ thứ 2: 12–15 tuổi, nam[\s\S]*Người bị cho là gây hại: bố dượng[\s\S]*chuyển từ Tổng đài 111, số hồ sơ 111-2026-7788/);
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(SHOTS, `officer-new-case-${size.name}.png`), fullPage: true });

    const code = /TE-[A-Z0-9]+/.exec(page.url())![0];
    await page.goto(`${url}/officer/cases/${code}/form01/print`);
    await page.getByText("4. Thông tin trẻ em").waitFor();
    await noSidewaysScroll(page);
    await page.screenshot({ path: path.join(SHOTS, `officer-form01-print-${size.name}.png`), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });

  it("prints Form 01 on A4 pages", { timeout: 60_000 }, async () => {
    const code = (await h.services.queue.list("test")).find((c) => c.provinceId === "dak-lak")!.code;
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${url}/officer/login`);
    await page.getByLabel("Tên đăng nhập").fill("an");
    await page.getByLabel("Mật khẩu").fill(PASSWORD);
    await page.getByLabel("Mật khẩu").press("Enter");
    await page.getByRole("heading", { name: "Hàng đợi hồ sơ" }).waitFor();
    await page.goto(`${url}/officer/cases/${code}/form01/print`);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".toolbar").isVisible()).toBe(false);
    const pdf = await page.pdf({ preferCSSPageSize: true });
    // A4 portrait is 595×842 points.
    const box = /\/MediaBox \[0 0 ([\d.]+) ([\d.]+)\]/.exec(pdf.toString("latin1"));
    expect(box && [Math.round(Number(box[1])), Math.round(Number(box[2]))]).toEqual([595, 842]);
    await page.close();
  });
});
