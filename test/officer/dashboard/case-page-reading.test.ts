/**
 * The case page as an officer reads it (issue 16, item 9), through the real application on
 * SQLite and PostgreSQL: the actions first (a phone shows them without scrolling), words
 * instead of codes, the reporter's answers about danger and contact, each red flag once, and
 * every time in Vietnam's time.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draft } from "../../intake/cases/case-test-support.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { officerClient, startCasework, visibleText, type Casework, type OfficerClient } from "./casework-test-support.ts";

/** "16:05" for a moment, in Vietnam (UTC+7, no daylight saving). */
const vietnamClock = (at: Date) => {
  const local = new Date(at.getTime() + 7 * 3600_000);
  return `${String(local.getUTCHours()).padStart(2, "0")}:${String(local.getUTCMinutes()).padStart(2, "0")}`;
};

describe.each(testDatabases)("the case page on $name", (factory) => {
  let cw: Casework;
  let an: OfficerClient;
  let dung: OfficerClient;
  beforeAll(async () => {
    cw = await startCasework(factory);
    an = await officerClient(cw.base).signIn("an");
    dung = await officerClient(cw.base).signIn("dung");
  }, 60_000);
  afterAll(() => cw?.close());

  /** A report that went through the emergency-draft alert (which adds its own danger flag) and was then confirmed. */
  const dangerReport = async () => {
    const d = draft({ narrative: "Bố dượng đánh bé gái 7 tuổi bằng gậy, bé bị chảy máu đầu", dangerNow: "yes", when: "this_week", locationText: "dak lak", channel: "telegram", withPersonNow: "yes" });
    await cw.services.intake.alertEmergencyDraft(d, { risk: "emergency", category: "physical_violence", redFlags: ["reporter_says_danger_now"] });
    return (await cw.services.intake.submit(d)).caseCode;
  };

  it("puts claim and the way to the referral form before the facts and the report", async () => {
    const code = await dangerReport();
    const page = await an.page(`/officer/cases/${code}`);
    const claim = page.indexOf(`action="/officer/cases/${code}/claim"`);
    expect(claim).toBeGreaterThan(0);
    expect(claim).toBeLessThan(page.indexOf('class="facts"'));
    expect(claim).toBeLessThan(page.indexOf('class="narrative"'));
    expect(page.indexOf('href="#refer-h"')).toBeLessThan(page.indexOf('class="facts"'));
    expect(page).toContain('id="refer-h"');
  });

  it("one view of a case page is one audit row ('show'), not one per list the page is made of", async () => {
    const code = await dangerReport();
    const rows = async () => (await cw.services.queue.auditTrail("an", code, 500, { audit: false })).filter((e) => e.officer === "an");
    const before = (await rows()).length;
    await an.page(`/officer/cases/${code}`);
    const after = await rows();
    expect(after.length - before).toBe(1);
    expect(after.map((e) => e.action)).toContain("show");
  });

  it("lists five referral suggestions and keeps the others reachable under 'Thêm (N)', numbered on", async () => {
    const code = await dangerReport();
    const page = await an.page(`/officer/cases/${code}`);
    const section = page.slice(page.indexOf('id="suggestions-h"'));
    const first = section.slice(0, section.indexOf('<details class="suggestions-more">'));
    expect(first.match(/<li class="suggestion"/g)?.length).toBe(5);
    const more = /<details class="suggestions-more"><summary>Thêm \((\d+)\)<\/summary><ol class="suggestions" start="6">([\s\S]*?)<\/ol><\/details>/.exec(section);
    expect(more, "a 'Thêm' list after the first five").not.toBeNull();
    expect(more![2]!.match(/<li class="suggestion"/g)?.length).toBe(Number(more![1]));
  });

  it("shows words, not codes: the time as a phrase, the province by its name, the channel, the status moves", async () => {
    const code = await dangerReport();
    expect((await an.post(`/officer/cases/${code}/status`, { to: "triaged" })).status).toBe(303);
    const text = visibleText(await an.page(`/officer/cases/${code}`));
    expect(text).toContain("Thời điểm mấy ngày gần đây");
    expect(text).toContain("Địa bàn xã Hòa Xuân, Đắk Lắk");
    expect(text).not.toMatch(/dak lak/i);
    expect(text).toContain("Báo cáo được tiếp nhận qua Telegram");
    expect(text).toContain("đổi trạng thái (→ đã phân loại)");
    // No enum value, rule name or flag code anywhere a reader sees.
    expect(text.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g)).toBeNull();
    expect(text).not.toContain("->");
  });

  it("lists a red flag once even when two steps raised it", async () => {
    const code = await dangerReport();
    const text = visibleText(await an.page(`/officer/cases/${code}`));
    expect(text.split("Người báo nói trẻ đang gặp nguy hiểm").length - 1).toBe(1);
  });

  it("shows the reporter's answer about danger now, being with the person, the contact left and the consent", async () => {
    const code = await dangerReport();
    const text = visibleText(await an.page(`/officer/cases/${code}`));
    expect(text).toContain("Trẻ đang gặp nguy hiểm ngay lúc này? có");
    expect(text).toContain("Trẻ đang ở cùng người gây hại? có");
    expect(text).toContain("Cách liên hệ Đã để lại liên hệ");
    expect(text).toContain("Đồng ý được cán bộ liên hệ Đồng ý");
    expect(text).toContain("Liên hệ 0912 345 678");
  });

  it("for an anonymous reporter says so; a contact given without consent is not shown; an officer who does not hold the case sees the answers but no contact", async () => {
    const anonymous = await cw.report({ anonymous: true, contact: null, consentToContact: false, dangerNow: null });
    const text = visibleText(await an.page(`/officer/cases/${anonymous}`));
    expect(text).toContain("Cách liên hệ Ẩn danh: không để lại liên hệ");
    expect(text).toContain("Trẻ đang gặp nguy hiểm ngay lúc này? chưa trả lời");
    expect(text).not.toContain("Đồng ý được cán bộ liên hệ");

    const noConsent = await cw.report({ contact: "0987 111 222", consentToContact: false });
    const withheld = visibleText(await an.page(`/officer/cases/${noConsent}`));
    expect(withheld).toContain("Đồng ý được cán bộ liên hệ Không đồng ý (không liên hệ)");
    expect(withheld).toContain("không hiển thị");
    expect(withheld).not.toContain("0987 111 222");

    const held = await cw.report({ contact: "0977 333 444" });
    await an.post(`/officer/cases/${held}/claim`, {});
    const other = visibleText(await dung.page(`/officer/cases/${held}`));
    expect(other).toContain("Cách liên hệ Đã để lại liên hệ");
    expect(other).not.toContain("0977 333 444");
  });

  it("writes every time in Vietnam's time, in the timeline, the deadline and the views", async () => {
    const code = await dangerReport();
    const shown = await cw.services.queue.show("test", code);
    if (!shown.ok) throw new Error("case missing");
    const page = await an.page(`/officer/cases/${code}`);
    const created = shown.value.case.createdAt;
    expect(visibleText(page)).toContain(`${vietnamClock(created)} ${String(new Date(created.getTime() + 7 * 3600_000).getUTCDate()).padStart(2, "0")}/`);
    expect(page).toContain(`title="${vietnamClock(shown.value.case.ackDueAt)} `);
    const utc = `${String(created.getUTCHours()).padStart(2, "0")}:${String(created.getUTCMinutes()).padStart(2, "0")}`;
    if (utc !== vietnamClock(created)) expect(visibleText(page)).not.toContain(`${utc} `);
  });

  it("reads in English after the toggle, with the same words for the same codes", async () => {
    const code = await dangerReport();
    const english = officerClient(cw.base);
    await english.signIn("an");
    await english.get(`/officer/lang/en?next=${encodeURIComponent(`/officer/cases/${code}`)}`);
    const text = visibleText(await english.page(`/officer/cases/${code}`));
    expect(text).toContain("When in the last few days");
    expect(text).toContain("Is the child in danger right now? yes");
    expect(text).toContain("Report received through Telegram");
    expect(text.match(/\b[a-z]+(?:_[a-z0-9]+)+\b/g)).toBeNull();
  });
});
