/**
 * The case page in a real Chromium (Debian's), on a phone (360×640) and a laptop (1366×768):
 * the claim button on the first screen of a phone, closing with a reason through the
 * confirmation step (on both), reopening, and adding a follow-up task. Screenshots go to test-results/.
 * Skipped, saying why, when /usr/bin/chromium is not installed.
 */
import { existsSync, mkdirSync } from "node:fs";
import path from "node:path";
import { chromium, type Browser, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../src/db/database.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { PASSWORD, startCasework, type Casework } from "./casework-test-support.ts";

const CHROMIUM = "/usr/bin/chromium";
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) console.warn(`case page browser test skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);
const SHOTS = path.join(PROJECT_ROOT, "test-results");

describe.skipIf(!hasChromium)("the case page in Chromium", () => {
  let cw: Casework;
  let browser: Browser;
  let url: string;
  beforeAll(async () => {
    cw = await startCasework(testDatabases.find((d) => d.name === "sqlite")!);
    // localhost, not 127.0.0.1: browsers keep Secure cookies on plain HTTP only for localhost.
    url = cw.base.replace("127.0.0.1", "localhost");
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
    mkdirSync(SHOTS, { recursive: true });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
    await cw?.close();
  });

  const signedInPage = async (width: number, height: number): Promise<{ page: Page; errors: string[] }> => {
    const page = await browser.newPage({ viewport: { width, height }, locale: "vi-VN" });
    const errors: string[] = [];
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(`${url}/officer`);
    await page.getByLabel("Tên đăng nhập").fill("an");
    await page.getByLabel("Mật khẩu").fill(PASSWORD);
    await page.getByLabel("Mật khẩu").press("Enter");
    await page.getByRole("heading", { name: "Hàng đợi hồ sơ" }).waitFor();
    return { page, errors };
  };

  it("on a phone: claim on the first screen, then close with a reason after confirming, and reopen", { timeout: 60_000 }, async () => {
    const code = await cw.report({ dangerNow: "yes", narrative: "Bố dượng đang đánh bé gái 7 tuổi bằng gậy" });
    const { page, errors } = await signedInPage(360, 640);
    await page.goto(`${url}/officer/cases/${code}`);
    const claim = page.getByRole("button", { name: "Nhận xử lý" });
    const box = await claim.boundingBox();
    expect(box && box.y + box.height).toBeLessThanOrEqual(640);
    // Nothing wider than the phone: no sideways scrolling.
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await page.screenshot({ path: path.join(SHOTS, "case-page-phone.png") });
    await claim.click();
    await page.getByText("Bạn đã nhận xử lý hồ sơ.").waitFor();

    await page.getByRole("link", { name: "Đóng hồ sơ" }).click();
    await page.getByLabel("Không liên lạc được").check();
    await page.getByLabel(/^Kết quả xử lý/).fill("Gọi ba lần, không ai nghe máy");
    await page.getByRole("button", { name: "Xem lại trước khi đóng" }).click();
    await page.getByRole("heading", { name: `Xác nhận đóng hồ sơ ${code}` }).waitFor();
    await page.screenshot({ path: path.join(SHOTS, "case-close-confirm-phone.png") });
    await page.getByRole("button", { name: "Xác nhận đóng hồ sơ" }).click();
    await page.getByText("Đã đóng hồ sơ; lý do và kết quả đã được ghi lại.").waitFor();
    await page.getByText("Đóng hồ sơ: Không liên lạc được").waitFor();

    await page.getByRole("link", { name: "Mở lại hồ sơ" }).click();
    await page.getByLabel(/^Lý do mở lại/).fill("Người báo gọi lại");
    await page.getByRole("button", { name: "Mở lại hồ sơ" }).click();
    await page.getByText("Đã mở lại hồ sơ; lý do đã được ghi lại.").waitFor();
    const shown = await cw.services.queue.show("test", code);
    expect(shown.ok && shown.value.case.status).toBe("triaged");
    expect(errors).toEqual([]);
  });

  it("on a laptop: closes as a duplicate (reason from the list, outcome, confirmation), shows the reason, and reopens with a reason", { timeout: 60_000 }, async () => {
    const kept = await cw.report({ narrative: "Bé trai 9 tuổi bị bố đánh thường xuyên, hàng xóm nghe tiếng khóc" });
    const code = await cw.report({ narrative: "Hàng xóm lại nghe bé trai 9 tuổi khóc vì bị bố đánh" });
    const { page, errors } = await signedInPage(1366, 768);
    await page.goto(`${url}/officer/cases/${code}`);
    const close = page.getByRole("group", { name: "Thao tác chính" }).getByRole("link", { name: "Đóng hồ sơ" });
    expect((await close.boundingBox())!.y).toBeLessThan(768);
    await close.click();
    const reasons = page.getByRole("group", { name: "Lý do đóng" }).getByRole("radio");
    expect(await reasons.count()).toBe(6);
    // A duplicate without the other case's code is refused with the reason, and nothing is closed.
    await page.getByLabel("Trùng với hồ sơ khác").check();
    await page.getByLabel(/^Kết quả xử lý/).fill("Cùng một vụ, người báo gọi lại");
    await page.getByRole("button", { name: "Xem lại trước khi đóng" }).click();
    await page.getByText("Ghi mã của hồ sơ bị trùng.").waitFor();
    await page.getByLabel("Trùng với hồ sơ khác").check();
    await page.getByLabel("Mã hồ sơ bị trùng (nếu trùng)").fill(kept);
    await page.getByLabel(/^Kết quả xử lý/).fill("Cùng một vụ, người báo gọi lại");
    await page.getByRole("button", { name: "Xem lại trước khi đóng" }).click();
    await page.getByRole("heading", { name: `Xác nhận đóng hồ sơ ${code}` }).waitFor();
    expect(await page.locator("dl.facts").innerText()).toContain(`Trùng với hồ sơ khác (trùng với ${kept})`);
    await page.screenshot({ path: path.join(SHOTS, "case-close-confirm-laptop.png") });
    await page.getByRole("button", { name: "Xác nhận đóng hồ sơ" }).click();
    await page.getByText("Đã đóng hồ sơ; lý do và kết quả đã được ghi lại.").waitFor();
    const timeline = page.locator(".timeline");
    expect(await timeline.innerText()).toContain(`Đóng hồ sơ: Trùng với hồ sơ khác (trùng với ${kept}). Kết quả: Cùng một vụ, người báo gọi lại`);
    expect(await timeline.getByRole("link", { name: kept }).getAttribute("href")).toBe(`/officer/cases/${kept}`);
    expect(await page.getByRole("link", { name: "Đóng hồ sơ" }).count()).toBe(0);
    await page.screenshot({ path: path.join(SHOTS, "case-closed-laptop.png"), fullPage: true });

    await page.getByRole("link", { name: "Mở lại hồ sơ" }).click();
    await page.getByLabel(/^Lý do mở lại/).fill("Không phải cùng một vụ: khác địa chỉ");
    await page.getByRole("button", { name: "Mở lại hồ sơ" }).click();
    await page.getByText("Đã mở lại hồ sơ; lý do đã được ghi lại.").waitFor();
    expect(await timeline.innerText()).toContain("Mở lại hồ sơ.");
    expect(await timeline.innerText()).toContain("Không phải cùng một vụ: khác địa chỉ");
    const shown = await cw.services.queue.show("test", code);
    expect(shown.ok && shown.value.case.status).toBe("triaged");
    expect(errors).toEqual([]);
  });

  it("on a laptop: adds a follow-up task with its due time and marks it done", { timeout: 60_000 }, async () => {
    const code = await cw.report();
    const { page, errors } = await signedInPage(1366, 768);
    await page.goto(`${url}/officer/cases/${code}`);
    await page.getByLabel("Loại việc cần làm").selectOption("home_visit");
    await page.getByLabel("Hạn (giờ Việt Nam)").fill("2031-05-04T14:00");
    await page.getByLabel("Ghi chú (không bắt buộc)").fill("Cùng cán bộ xã");
    await page.getByRole("button", { name: "Thêm việc" }).click();
    await page.getByText("Đã thêm việc cần làm.").waitFor();
    const task = page.locator("ul.tasks li").first();
    expect(await task.textContent()).toContain("Thăm gia đình · hạn 14:00 04/05/2031 · giao Nguyễn Văn An");
    await page.screenshot({ path: path.join(SHOTS, "case-tasks-laptop.png"), fullPage: true });
    await task.getByRole("button", { name: "Đánh dấu đã xong" }).click();
    await page.getByText("Đã đánh dấu việc đã xong.").waitFor();
    expect(await page.locator("ul.tasks li").first().textContent()).toContain("đã xong (Nguyễn Văn An,");

    // Writing to the reporter with a ready phrase completed by the officer's words.
    await page.getByLabel("Câu soạn sẵn").selectOption("more_about");
    await page.getByLabel(/^Nội dung \(tối đa/).fill("nơi bé đang ở");
    await page.getByRole("button", { name: "Gửi cho người báo tin" }).click();
    await page.getByText("Tin nhắn đã vào hàng gửi; trạng thái gửi hiện trong diễn biến.").waitFor();
    await page.getByText("Xin bạn cho biết thêm về nơi bé đang ở").waitFor();
    expect(errors).toEqual([]);
  });

  it("on a phone: writes to the reporter from the link at the top", { timeout: 60_000 }, async () => {
    const code = await cw.report();
    const { page, errors } = await signedInPage(360, 640);
    await page.goto(`${url}/officer/cases/${code}`);
    await page.getByRole("link", { name: "Nhắn người báo" }).click();
    await page.getByLabel("Câu soạn sẵn").selectOption("received");
    await page.getByRole("button", { name: "Gửi cho người báo tin" }).click();
    await page.getByText("Tin nhắn đã vào hàng gửi; trạng thái gửi hiện trong diễn biến.").waitFor();
    await page.locator(".timeline").getByText("Cán bộ đã nhận tin của bạn.").waitFor();
    expect(await page.evaluate<number>("document.documentElement.scrollWidth")).toBeLessThanOrEqual(360);
    await page.screenshot({ path: path.join(SHOTS, "case-message-phone.png") });
    expect(errors).toEqual([]);
  });
});
