/**
 * The issue's acceptance walk in a real Chromium against the real application: a report made
 * in Telegram (the local Bot API emulator) is worked by an officer of its province in the
 * dashboard: signed in, triaged (risk changed with a reason), claimed, referred to 111 from
 * the plan-based suggestions with 111's case number, and closed; then the reports page draws
 * it and the knowledge-base browser answers a question with its quote. Screenshots go to
 * test-results/. Skipped, saying why, when /usr/bin/chromium is not installed.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/db/database.ts";
import { createOfficerAccountRepository } from "../../../src/db/officer-account-repository.ts";
import { createOfficerAuth, registryTodayProvince } from "../../../src/officer/dashboard/officer-auth-service.ts";
import { answerReport, caseCodeIn, listCases, removeDataDirs, reportAnswers, settle, startApp, useHumanClock, type RunningApp } from "../../e2e/e2e-support.ts";
import { createTelegramFake, type TelegramFake } from "../../fakes/telegram-bot-api-server.ts";
import { testDatabases, type TestDatabase } from "../../support/test-databases.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`dashboard browser walk skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
const SHOTS = path.join(PROJECT_ROOT, "test-results");
const TOKEN = "123456:dashboard-browser-token-AAAAAAAAAAAAA";
const PASSWORD = "mat-khau-trinh-duyet-2026";
const CHAT = 702;

let db: TestDatabase;
let fake: TelegramFake;
let running: RunningApp;
let browser: Browser;

/** Makes a whole report in the Telegram fake, answer by answer, and returns the case code the bot gave. */
async function reportThroughTelegram(narrative: string): Promise<string> {
  const clock = useHumanClock();
  try {
    const say = async (text: string) => {
      const before = fake.sentMessages.filter((m) => m.chat_id === CHAT).length;
      fake.pushMessage(CHAT, text);
      return (await settle(fake, CHAT, before)).map((m) => m.text ?? "").join("\n");
    };
    await say("/report");
    const last = await answerReport(say, clock, reportAnswers(narrative));
    const code = caseCodeIn(last);
    if (!code) throw new Error(`no case code in the bot's last reply: ${last}`);
    return code;
  } finally {
    clock.restore();
  }
}

async function signIn(page: Page, base: string, username: string): Promise<void> {
  await page.goto(`${base}/officer`);
  await page.waitForURL(/\/officer\/login$/);
  await page.getByLabel("Tên đăng nhập").fill(username);
  await page.getByLabel("Mật khẩu").fill(PASSWORD);
  await page.getByLabel("Mật khẩu").press("Enter");
  await page.getByRole("heading", { name: "Hàng đợi hồ sơ" }).waitFor();
}

describe.skipIf(!hasChromium)("a Telegram report worked in the dashboard in Chromium", () => {
  beforeAll(async () => {
    db = await testDatabases.find((d) => d.name === "sqlite")!.create();
    fake = await createTelegramFake({ token: TOKEN });
    running = await startApp(db, { TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url });
    const auth = createOfficerAuth({ store: createOfficerAccountRepository(running.app.database.client), todayProvinceId: registryTodayProvince(running.app.knowledge.registry) });
    await auth.addAccount({ username: "an", displayName: "Nguyễn Văn An", role: "officer", provinces: ["gia-lai"], password: PASSWORD });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await running?.app.stop();
    await fake?.close();
    await db?.drop();
    removeDataDirs();
  });

  it("is signed in to, triaged with a reason, claimed, referred to 111 with its number from the suggestions, and closed", { timeout: 90_000 }, async () => {
    const code = await reportThroughTelegram("Bé trai hàng xóm bị cha dượng đánh <b>bằng roi</b> nhiều ngày, người bầm tím");
    // localhost, not 127.0.0.1: browsers keep Secure cookies on plain HTTP only for localhost.
    const base = running.app.url.replace("127.0.0.1", "localhost");
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, locale: "vi-VN" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
    page.on("dialog", (d) => {
      errors.push(`dialog: ${d.message()}`);
      void d.dismiss();
    });

    await signIn(page, base, "an");
    const queue = page.getByRole("table", { name: /Hồ sơ/ });
    await queue.getByRole("link", { name: code }).click();
    await page.getByRole("heading", { name: `Hồ sơ ${code}` }).waitFor();
    await page.getByText("<b>bằng roi</b>", { exact: false }).waitFor();

    const triage = page.getByRole("form", { name: "Đổi mức nguy cơ / loại việc" });
    await triage.getByLabel("Nguy cơ").selectOption("emergency");
    await triage.getByLabel(/^Lý do thay đổi/).fill("Gọi lại người báo tin: bé vẫn ở cùng cha dượng tối nay");
    await triage.getByRole("button", { name: "Lưu phân loại" }).click();
    await page.getByText("Đã đổi phân loại; lý do đã được ghi lại.").waitFor();
    await page.getByText("Gọi lại người báo tin: bé vẫn ở cùng cha dượng tối nay").waitFor();

    await page.getByRole("button", { name: "Nhận xử lý" }).click();
    await page.getByText("Bạn đã nhận xử lý hồ sơ.").waitFor();

    const hotline = page.locator("li.suggestion").filter({ hasText: "111" }).first();
    await hotline.getByLabel(/Số hồ sơ của cơ quan nhận/).fill("111-2026-009876");
    await hotline.getByRole("button", { name: "Chuyển tuyến tới đơn vị này" }).click();
    await page.getByText("Đã ghi nhận chuyển tuyến.").waitFor();
    await page.getByText("số hồ sơ: 111-2026-009876").waitFor();
    await page.screenshot({ path: path.join(SHOTS, "dashboard-case-telegram.png"), fullPage: true });

    await page.getByLabel("Đã chuyển tuyến và được tiếp nhận").check();
    await page.getByLabel(/^Kết quả xử lý/).fill("111 đã tiếp nhận và xử lý");
    await page.getByRole("button", { name: "Xem lại trước khi đóng" }).click();
    await page.getByRole("button", { name: "Xác nhận đóng hồ sơ" }).click();
    await page.getByText("Hồ sơ đã kết thúc; không còn thao tác.").waitFor();

    await page.setViewportSize({ width: 390, height: 844 });
    await page.getByRole("heading", { name: `Hồ sơ ${code}` }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "dashboard-case-phone.png"), fullPage: false });
    await page.setViewportSize({ width: 1100, height: 900 });

    const [worked] = (await listCases(running)).filter((c) => c.code === code);
    expect(worked).toMatchObject({ status: "closed", risk: "emergency", assigneeId: "an" });

    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Báo cáo" }).click();
    await page.getByRole("heading", { name: "Báo cáo", level: 1 }).waitFor();
    expect(await page.locator("svg[role=img]").count()).toBeGreaterThanOrEqual(5);
    await page.getByRole("img", { name: /khẩn cấp|Khẩn cấp/ }).first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, "dashboard-reports.png"), fullPage: true });

    await page.getByRole("navigation", { name: "Điều hướng chính" }).getByRole("link", { name: "Kế hoạch" }).click();
    await page.getByLabel("Câu hỏi").fill("Ở Gia Lai, cơ quan nào được giao chủ trì công tác bảo vệ trẻ em?");
    await page.getByRole("button", { name: "Hỏi" }).click();
    await page.locator("blockquote").first().waitFor();
    await page.screenshot({ path: path.join(SHOTS, "dashboard-kb.png"), fullPage: false });
    expect(errors).toEqual([]);
    await page.close();
  });
});
