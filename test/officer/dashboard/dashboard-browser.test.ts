/**
 * The dashboard in a real Chromium, as an officer uses it: sign in with the keyboard, see
 * the queue (a new case appears without reloading), open a case, claim it, refer it to 111
 * with 111's case number, and close it. Screenshots of the queue and of the case page go to
 * test-results/. Skipped, saying why, when /usr/bin/chromium is not installed.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/db/database.ts";
import { PASSWORD, openDashboard, phuYenCase, type DashboardHarness } from "./dashboard-test-support.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`dashboard browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
const SHOTS = path.join(PROJECT_ROOT, "test-results");

let h: DashboardHarness;
let url: string;
let browser: Browser;

describe.skipIf(!hasChromium)("the officer dashboard in Chromium", () => {
  beforeAll(async () => {
    h = await openDashboard();
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

  it("signs in, sees a new case arrive, claims it, refers it to 111 with its case number and closes it", { timeout: 60_000 }, async () => {
    const first = await phuYenCase(h.services, "Hàng xóm thường xuyên chửi mắng và bỏ đói bé gái nhà bên. <script>alert('x')</script>");
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "vi-VN" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("dialog", (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });

    await page.goto(`${url}/officer`);
    await page.waitForURL(/\/officer\/login$/);
    await page.getByLabel("Tên đăng nhập").fill("an");
    await page.getByLabel("Mật khẩu").fill(PASSWORD);
    await page.getByLabel("Mật khẩu").press("Enter");
    await page.getByRole("heading", { name: "Hàng đợi hồ sơ" }).waitFor();

    const queue = page.getByRole("table", { name: /Hồ sơ/ });
    await queue.getByRole("link", { name: first }).waitFor();
    const emergency = await phuYenCase(h.services, "Bố say rượu đang đánh con bằng gậy, bé đang chảy máu ở đầu", "yes");
    await queue.getByRole("link", { name: emergency }).waitFor({ timeout: 20_000 });
    await page.getByRole("status").filter({ hasText: "1 hồ sơ mới" }).waitFor();
    const rows = await queue.locator("tbody tr th a").allTextContents();
    expect(rows).toEqual([emergency, first]);
    await page.screenshot({ path: path.join(SHOTS, "officer-queue.png"), fullPage: true });

    await queue.getByRole("link", { name: emergency }).click();
    await page.getByRole("heading", { name: `Hồ sơ ${emergency}` }).waitFor();
    await page.getByText("Bố say rượu đang đánh con bằng gậy").waitFor();
    await page.getByRole("button", { name: "Nhận xử lý" }).click();
    await page.getByText("Bạn đã nhận xử lý hồ sơ.").waitFor();

    const refer = page.getByRole("form", { name: "Chuyển tuyến" });
    await refer.getByRole("combobox", { name: /^Cơ quan nhận/ }).selectOption("hotline_111");
    await refer.getByLabel("Cách chuyển").selectOption("phone");
    await refer.getByLabel(/Số hồ sơ của cơ quan nhận/).fill("111-2026-004217");
    await refer.getByRole("button", { name: "Ghi nhận chuyển tuyến" }).click();
    await page.getByText("Đã ghi nhận chuyển tuyến.").waitFor();
    await page.getByText("số hồ sơ: 111-2026-004217").waitFor();
    await page.screenshot({ path: path.join(SHOTS, "officer-case.png"), fullPage: true });

    await page.getByLabel("Đã chuyển tuyến và được tiếp nhận").check();
    await page.getByLabel(/^Kết quả xử lý/).fill("111 đã tiếp nhận và xử lý");
    await page.getByRole("button", { name: "Xem lại trước khi đóng" }).click();
    await page.getByRole("button", { name: "Xác nhận đóng hồ sơ" }).click();
    await page.getByText("Hồ sơ đã kết thúc; không còn thao tác.").waitFor();

    const shown = await h.services.queue.show("test", emergency);
    expect(shown.ok && shown.value.case).toMatchObject({ status: "closed", assigneeId: "an" });
    const referrals = await h.services.referrals.list("test", emergency);
    expect(referrals.ok && referrals.value.map((r) => [r.target, r.externalRef])).toEqual([["hotline_111", "111-2026-004217"]]);

    await page.goto(`${url}/officer/cases/${first}`);
    await page.getByText("<script>alert('x')</script>", { exact: false }).waitFor();
    await page.getByRole("link", { name: "English" }).click();
    await page.getByRole("heading", { name: `Case ${first}` }).waitFor();
    await page.getByRole("link", { name: "Tiếng Việt" }).click();
    await page.getByRole("heading", { name: `Hồ sơ ${first}` }).waitFor();

    await page.setViewportSize({ width: 375, height: 800 });
    await page.goto(`${url}/officer`);
    await page.getByRole("table", { name: /Hồ sơ/ }).getByRole("link", { name: first }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "officer-queue-phone.png"), fullPage: true });
    expect(errors).toEqual([]);
    await page.close();
  });
});
