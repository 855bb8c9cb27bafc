/**
 * Follow-up tasks (issue 16, item 6) through the real application on SQLite and PostgreSQL:
 * added with a due time typed in Vietnam's time, overdue ones marked on the case page and in
 * the queue's follow-up flags, completed once, all on the timeline and audited; and the
 * reminder to the assignee in the officers' Telegram chat (the local Bot API fake), sent once
 * even when two instances run the pass.
 */
import { Api } from "grammy";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createLogger } from "../../../src/core/logger.ts";
import { createTaskReminderTimer } from "../../../src/intake/cases/task-reminder-timer.ts";
import { createTelegramOfficerAlerter } from "../../../src/officer/telegram-officer-alerter.ts";
import { localInputValue } from "../../../src/officer/dashboard/case-page.ts";
import { createTelegramFake, type TelegramFake } from "../../fakes/telegram-bot-api-server.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { officerClient, startCasework, visibleText, type Casework, type OfficerClient } from "./casework-test-support.ts";

const TOKEN = "123456:casework-tasks-token-AAAAAAAAAAAAAAAA";
const OFFICERS = -100777;

describe.each(testDatabases)("follow-up tasks on $name", (factory) => {
  let cw: Casework;
  let an: OfficerClient;
  let fake: TelegramFake;
  beforeAll(async () => {
    cw = await startCasework(factory);
    an = await officerClient(cw.base).signIn("an");
    fake = await createTelegramFake({ token: TOKEN });
  }, 60_000);
  afterAll(async () => {
    await fake?.close();
    await cw?.close();
  });

  const caseId = async (code: string) => {
    const shown = await cw.services.queue.show("test", code);
    if (!shown.ok) throw new Error("no case");
    return shown.value.case.id;
  };
  const hoursFromNow = (h: number) => new Date(Date.now() + h * 3600_000);

  it("adds a task due at the time typed in Vietnam's time, for the officer who holds the case, on the page, the timeline and the audit", async () => {
    const code = await cw.report();
    await an.post(`/officer/cases/${code}/claim`, {});
    const res = await an.post(`/officer/cases/${code}/tasks`, { kind: "call_back", due: "2031-05-04T09:30", note: "Hỏi thêm địa chỉ nhà" });
    expect(res.status).toBe(303);
    expect(res.headers.get("location")).toBe(`/officer/cases/${code}?ok=tasks`);
    const [task] = await cw.services.casework.tasks(await caseId(code));
    expect(task).toMatchObject({ kind: "call_back", assigneeId: "an", createdBy: "an", note: "Hỏi thêm địa chỉ nhà", completedAt: null });
    expect(task!.dueAt.toISOString()).toBe("2031-05-04T02:30:00.000Z");
    const text = visibleText(await an.page(`/officer/cases/${code}?ok=tasks`));
    expect(text).toContain("Đã thêm việc cần làm.");
    expect(text).toContain("Gọi lại người báo tin · hạn 09:30 04/05/2031 · giao Nguyễn Văn An");
    expect(text).toContain("an : Thêm việc: Gọi lại người báo tin, hạn 09:30 04/05/2031 Hỏi thêm địa chỉ nhà");
    expect((await cw.services.queue.auditTrail("test", code)).map((e) => e.action)).toContain("task_add");
  });

  it("refuses a task without a kind or a due time, and on a closed case", async () => {
    const code = await cw.report();
    const noKind = await an.post(`/officer/cases/${code}/tasks`, { kind: "picnic", due: "2031-05-04T09:30" });
    expect(noKind.status).toBe(400);
    expect(await noKind.text()).toContain("Chọn loại việc.");
    const noDue = await an.post(`/officer/cases/${code}/tasks`, { kind: "home_visit", due: "mai" });
    expect(noDue.status).toBe(400);
    expect(await noDue.text()).toContain("Ghi ngày và giờ đến hạn.");
    await an.post(`/officer/cases/${code}/close`, { reason: "resolved", note: "xong", confirm: "yes" });
    expect((await an.post(`/officer/cases/${code}/tasks`, { kind: "home_visit", due: "2031-05-04T09:30" })).status).toBe(409);
    expect(await cw.services.casework.tasks(await caseId(code))).toEqual([]);
  });

  it("marks an overdue task on the page and in the queue's follow-up flags until it is done, once", async () => {
    const code = await cw.report();
    const id = await caseId(code);
    await an.post(`/officer/cases/${code}/tasks`, { kind: "check_referral", due: localInputValue(hoursFromNow(-2)) });
    await an.post(`/officer/cases/${code}/tasks`, { kind: "home_visit", due: localInputValue(hoursFromNow(30)) });
    const other = await cw.report();
    expect(await cw.services.casework.followUps([id, await caseId(other)])).toEqual(new Map([[id, { open: 2, overdue: 1, nextDueAt: expect.any(Date) }]]));

    const page = await an.page(`/officer/cases/${code}`);
    expect(visibleText(page)).toContain("1 việc quá hạn");
    expect(page).toMatch(/<li class="overdue"><strong>Kiểm tra kết quả chuyển tuyến<\/strong>[^]*?quá hạn 2 giờ/);
    const done = /action="(\/officer\/cases\/[^"]+\/task\/[^"]+\/done)"/.exec(page)![1]!;
    expect((await an.post(done, {})).status).toBe(303);
    expect((await cw.services.casework.followUps([id])).get(id)).toMatchObject({ open: 1, overdue: 0 });
    const after = visibleText(await an.page(`/officer/cases/${code}?ok=task`));
    expect(after).toContain("Đã đánh dấu việc đã xong.");
    expect(after).not.toContain("việc quá hạn");
    expect(after).toMatch(/Kiểm tra kết quả chuyển tuyến · hạn [\d:/ ]+ · giao Nguyễn Văn An · đã xong \(Nguyễn Văn An, /);
    expect(after).toContain("an : Xong việc: Kiểm tra kết quả chuyển tuyến");
    const again = await an.post(done, {});
    expect(again.status).toBe(400);
    expect(await again.text()).toContain("Việc này đã xong.");
    // A task of another case is not found from this one.
    const elsewhere = await an.post(done.replace(code, other), {});
    expect(await elsewhere.text()).toContain("Không tìm thấy việc này trong hồ sơ.");
    expect((await cw.services.queue.auditTrail("test", code)).map((e) => e.action)).toEqual(expect.arrayContaining(["task_add", "task_done"]));
  });

  it("reminds the assignee in the officers' chat once when a task falls due, even with two instances; not for tasks not yet due or of closed cases", async () => {
    const logger = createLogger({ level: "silent", pretty: false });
    const alerter = createTelegramOfficerAlerter({ api: new Api(TOKEN, { apiRoot: fake.url }), chatId: String(OFFICERS), queue: cw.services.queue, referrals: cw.services.referrals, logger });
    const instance = () => createTaskReminderTimer({ casework: cw.services.casework, notify: (due) => alerter.remind(due) });
    // Earlier tests' tasks fell due too: start from a clean slate.
    await instance().tick();
    const before = fake.sentMessages.filter((m) => m.chat_id === OFFICERS).length;

    const due = await cw.report();
    await an.post(`/officer/cases/${due}/claim`, {});
    await an.post(`/officer/cases/${due}/tasks`, { kind: "home_visit", due: localInputValue(hoursFromNow(-0.1)), note: "Bé ở với bà ngoại" });
    await an.post(`/officer/cases/${due}/tasks`, { kind: "call_back", due: localInputValue(hoursFromNow(5)) });
    const closed = await cw.report();
    await an.post(`/officer/cases/${closed}/tasks`, { kind: "call_back", due: localInputValue(hoursFromNow(-1)) });
    await an.post(`/officer/cases/${closed}/close`, { reason: "unreachable", note: "không liên lạc được", confirm: "yes" });

    const [first, second] = await Promise.all([instance().tick(), instance().tick()]);
    expect([...first!, ...second!].map((r) => [r.code, r.kind, r.assigneeId])).toEqual([[due, "home_visit", "an"]]);
    const sent = fake.sentMessages.filter((m) => m.chat_id === OFFICERS).slice(before);
    expect(sent).toHaveLength(1);
    const text = (sent[0]!.text ?? "").replace(/<[^>]+>/g, "");
    expect(text).toContain("NHẮC VIỆC cho an: thăm gia đình, ca");
    expect(text).toContain(due);
    expect(text).not.toContain("Bé ở với bà ngoại");
    expect(await instance().tick()).toEqual([]);
  });
});
