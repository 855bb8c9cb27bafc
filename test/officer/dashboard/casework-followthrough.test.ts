/**
 * What an independent tester found after a day of casework (issue 16): refused actions written
 * in the audit as done, raw codes in the audit's details, the closing form emptied by a refusal,
 * tasks outliving their closed case and missing from the queue's overdue tab, a reopened case
 * without a deadline, and the holder shown by username. Through the real application on SQLite
 * and PostgreSQL.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DEFAULT_DEADLINES } from "../../../src/intake/cases/case-deadlines.ts";
import { localInputValue } from "../../../src/officer/dashboard/case-page.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { officerClient, startCasework, visibleText, type Casework, type OfficerClient } from "./casework-test-support.ts";

describe.each(testDatabases)("casework follow-through on $name", (factory) => {
  let cw: Casework;
  let an: OfficerClient;
  let chi: OfficerClient;
  beforeAll(async () => {
    cw = await startCasework(factory);
    an = await officerClient(cw.base).signIn("an");
    chi = await officerClient(cw.base).signIn("chi");
  }, 60_000);
  afterAll(() => cw?.close());

  const actionsOf = async (code: string) => (await cw.services.queue.auditTrail("test", code, 500, { audit: false })).map((e) => e.action);
  const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000);
  /** The rows of the audit table: time, who, action, case, detail. */
  const auditRows = (page: string) =>
    [...(/<tbody>([\s\S]*?)<\/tbody>/.exec(page)?.[1] ?? "").matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, "").trim()));

  it("audits only actions that were done: a refused reopening or task, and the page shown again with the refusal, leave no row", async () => {
    const code = await cw.report();
    await an.post(`/officer/cases/${code}/claim`, {});
    const before = (await actionsOf(code)).length;
    expect((await an.post(`/officer/cases/${code}/tasks`, { kind: "home_visit", due: "abc" })).status).toBe(400);
    expect((await an.post(`/officer/cases/${code}/close`, { reason: "duplicate", note: "x", duplicateOf: "TE-ZZZZZZ", confirm: "yes" })).status).toBe(400);
    expect(await actionsOf(code)).toHaveLength(before);
    expect((await an.post(`/officer/cases/${code}/close`, { reason: "referred_accepted", note: "Phòng LĐTBXH đã nhận", confirm: "yes" })).status).toBe(303);
    const afterClose = await actionsOf(code);
    expect((await an.post(`/officer/cases/${code}/reopen`, { reason: "" })).status).toBe(400);
    expect(await actionsOf(code)).toEqual(afterClose);
    expect(afterClose.filter((a) => a === "close")).toHaveLength(1);
    expect(afterClose).not.toContain("reopen");
    expect(afterClose).not.toContain("task_add");
    // The details say the reason and the task in words, not codes.
    expect((await an.post(`/officer/cases/${code}/reopen`, { reason: "Gia đình báo lại" })).status).toBe(303);
    expect((await an.post(`/officer/cases/${code}/tasks`, { kind: "home_visit", due: "2031-05-04T09:30" })).status).toBe(303);
    const rows = auditRows(await chi.page(`/officer/audit?case=${code}`));
    const detail = (action: string) => rows.find((r) => r[2] === action)?.[4];
    expect(detail("đóng hồ sơ")).toBe("Đã chuyển tuyến và được tiếp nhận");
    expect(detail("thêm việc cần làm")).toBe("Thăm gia đình");
    expect(rows.filter((r) => r[2] === "mở lại hồ sơ")).toHaveLength(1);
    expect(rows.map((r) => r[4]).join(" ")).not.toMatch(/referred_accepted|home_visit/);
  });

  it("keeps the reason, the outcome and the code typed into the closing form when it is refused", async () => {
    const code = await cw.report();
    const refused = await an.post(`/officer/cases/${code}/close`, { reason: "duplicate", note: "Cùng vụ với hồ sơ trước", duplicateOf: "TE-ZZZZZZ" });
    expect(refused.status).toBe(400);
    const form = /<form method="post" action="\/officer\/cases\/[^"]+\/close"[\s\S]*?<\/form>/.exec(await refused.text())![0];
    expect(form).toMatch(/value="duplicate" required checked/);
    expect(form).toContain('name="duplicateOf" maxlength="20" autocomplete="off" value="TE-ZZZZZZ"');
    expect(form).toMatch(/<textarea id="outcome-text"[^>]*>Cùng vụ với hồ sơ trước<\/textarea>/);
  });

  it("puts a case with an overdue task in the queue's overdue tab; closing cancels its open tasks, says so, and takes it out", async () => {
    const code = await cw.report();
    await an.post(`/officer/cases/${code}/claim`, {});
    await an.post(`/officer/cases/${code}/tasks`, { kind: "call_back", due: localInputValue(hoursFromNow(-1)) });
    const overdue = async () => ((await (await an.get("/officer/api/queue?deadline=overdue")).json()) as { codes: string[] }).codes;
    expect(await overdue()).toContain(code);
    expect(visibleText(await an.page("/officer"))).toMatch(/Quá hạn [1-9]/);

    expect((await an.post(`/officer/cases/${code}/close`, { reason: "resolved", note: "Đã gọi lại, ổn", confirm: "yes" })).status).toBe(303);
    const page = visibleText(await an.page(`/officer/cases/${code}`));
    expect(page).not.toContain("việc quá hạn");
    expect(page).toContain("đã huỷ khi đóng hồ sơ");
    expect(page).toContain("an : Huỷ việc khi đóng hồ sơ: Gọi lại người báo tin");
    expect(await overdue()).not.toContain(code);
    const shown = await cw.services.queue.show("test", code);
    const [task] = await cw.services.casework.tasks(shown.ok ? shown.value.case.id : "");
    expect(task!.completedAt).not.toBeNull();
  });

  it("gives a reopened case a new deadline from its risk, counted from the reopening, and shows the holder by name", async () => {
    const code = await cw.report();
    await an.post(`/officer/cases/${code}/claim`, {});
    await an.post(`/officer/cases/${code}/close`, { reason: "unreachable", note: "Gọi 3 lần không được", confirm: "yes" });
    const reopenedAt = Date.now();
    expect((await an.post(`/officer/cases/${code}/reopen`, { reason: "Người báo gọi lại" })).status).toBe(303);
    const html = await an.page(`/officer/cases/${code}`);
    const deadline = /<dt>Thời hạn<\/dt><dd>([\s\S]*?)<\/dd>/.exec(html)?.[1] ?? "";
    expect(deadline).not.toContain("—");
    const due = Date.parse(/datetime="([^"]+)"/.exec(deadline)![1]!);
    const shown = await cw.services.queue.show("test", code);
    const risk = shown.ok ? shown.value.case.risk : "low";
    expect(Math.abs(due - (reopenedAt + DEFAULT_DEADLINES[risk].actionMinutes * 60_000))).toBeLessThan(120_000);
    expect(visibleText(/<dl class="facts">[\s\S]*?<\/dl>/.exec(html)![0])).toContain("Nguyễn Văn An");
  });

  it("says a chat case's child, harmer and place in words on the case page and Form 01, and tells only the holder they claimed it", async () => {
    const code = await cw.report({ locationText: "Đắk Lắk", commune: null, childAgeText: "8", childSex: null, harmer: "father", harmerText: "bố" });
    expect((await an.post(`/officer/cases/${code}/claim`, {})).status).toBe(303);
    const people = visibleText(/<section class="case-people"[\s\S]*?<\/section>/.exec(await an.page(`/officer/cases/${code}`))![0]);
    expect(people).toContain("Trẻ thứ 1: 6–11 tuổi, người báo nói 8 tuổi");
    expect(people).not.toMatch(/tuổi 8|\(bố\)|“bố”|"bố"/);
    expect(people).toContain("Người bị cho là gây hại : bố");
    const form = visibleText(await an.page(`/officer/cases/${code}/form01/print`));
    expect(form).toContain("Trẻ thứ 1: độ tuổi 6–11 tuổi, người báo nói 8 tuổi; giới tính chưa rõ");
    expect(form).not.toContain("(8)");
    expect(form).toMatch(/Người bị cho là gây hại: bố(?! \(bố\))/);
    expect(form).not.toContain("Người báo tả");
    expect(form).toContain("Nguyễn Văn An (an)");
    // Another officer following the same link is not told they claimed it.
    const dung = await officerClient(cw.base).signIn("dung");
    expect(visibleText(await dung.page(`/officer/cases/${code}?ok=claim`))).not.toContain("Bạn đã nhận");
    expect(visibleText(await an.page(`/officer/cases/${code}?ok=claim`))).toContain("Bạn đã nhận");
  });
});
