/**
 * Uploading a scanned plan in a real Chromium: the administrator opens the upload page from the
 * drafts page, sends a one-page scan, watches the OCR progress page refresh itself, reviews the
 * assignments with their page beside them, rejects one and publishes; the page says which
 * version was made. Skipped, saying why, when /usr/bin/chromium is not installed.
 */
import fs, { existsSync, mkdirSync, writeFileSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/db/database.ts";
import { listPlanFiles } from "../../src/kb/knowledge-base.ts";
import { openDashboard, PASSWORD, type DashboardHarness } from "../officer/dashboard/dashboard-test-support.ts";
import { tempDir } from "../support/test-databases.ts";
import { hasVietnameseFont, renderPlanPdf, scannedPdf } from "./support/plan-renderings.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`document upload browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
const SHOTS = path.join(PROJECT_ROOT, "test-results");
const lines = fs.readFileSync(listPlanFiles().find((f) => path.basename(f).startsWith("001_"))!, "utf8").split("\n");
const PAGE = [...lines.slice(10, 26), ...lines.slice(60, 76)].join("\n");

let h: DashboardHarness;
let url: string;
let browser: Browser;

describe.skipIf(!hasChromium || !hasVietnameseFont())("uploading a scanned plan in Chromium", () => {
  beforeAll(async () => {
    h = await openDashboard();
    const address = await h.app.listen({ port: 0, host: "127.0.0.1" });
    url = address.replace("127.0.0.1", "localhost"); // Secure cookies stay on plain HTTP only for localhost
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
  });

  it("upload, OCR progress, review with pages, reject one, publish", { timeout: 240_000 }, async () => {
    const file = path.join(tempDir(), "ke-hoach-tay-ninh-ban-quet.pdf");
    writeFileSync(file, await scannedPdf(await renderPlanPdf(PAGE, { header: "UBND TỈNH TÂY NINH", stamp: true, fontSize: 11 }), 300));
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 }, locale: "vi-VN" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));

    await page.goto(`${url}/officer/login`);
    await page.getByLabel("Tên đăng nhập").fill("quantri");
    await page.getByLabel("Mật khẩu").fill(PASSWORD);
    await page.getByLabel("Mật khẩu").press("Enter");
    await page.getByRole("heading", { name: "Hàng đợi hồ sơ" }).waitFor();
    await page.goto(`${url}/officer/admin/drafts`);
    await page.getByRole("link", { name: "Tải lên kế hoạch (PDF, Word, ảnh chụp)" }).click();
    await page.getByRole("heading", { name: "Tải lên kế hoạch mới" }).waitFor();

    await page.getByLabel("Tệp kế hoạch").setInputFiles(file);
    await page.getByRole("button", { name: "Tải lên và đọc" }).click();
    // The scan has no text layer: the page says OCR is running and refreshes itself until it is done.
    await page.getByRole("status").filter({ hasText: /Đang (đọc|chờ)/ }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "plan-upload-progress.png"), fullPage: true });
    await page.getByText("Số văn bản: 1979/KH-UBND").waitFor({ timeout: 200_000 });
    await page.getByText("Nguồn là bản quét").waitFor();
    const pages = await page.locator("td.import-page").allTextContents();
    expect(pages.length).toBeGreaterThan(3);
    expect(new Set(pages)).toEqual(new Set(["trang 1"]));
    await page.screenshot({ path: path.join(SHOTS, "plan-upload-review.png"), fullPage: true });

    await page.getByRole("group", { name: "Quyết định cho phân công 1" }).getByLabel("Loại").check();
    await page.getByRole("button", { name: "Công bố thành phiên bản mới" }).click();
    const done = page.getByRole("status").filter({ hasText: "Đã công bố kế hoạch 1979/KH-UBND, phiên bản 2" });
    await done.waitFor();
    expect(await done.textContent()).toContain(`${pages.length - 1} phân công được nhận (0 đã sửa), 1 bị loại`);
    expect(h.knowledge.plans().find((p) => p.documentNumber === "1979/KH-UBND")!.document?.scanned).toBe(true);
    expect(errors).toEqual([]);
  });
});
