/**
 * The officers' Telegram chat against the local Bot API emulator and a real (SQLite) case
 * queue: alerts with buttons, presses that act in the database under the presser's name,
 * emergencies repeated until acknowledged, 111's case number taken from a reply, and no
 * report text in anything posted to the group.
 */
import type { Message, Update } from "grammy/types";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTelegramChannel, type TelegramChannel } from "../../src/channels/telegram/telegram-channel.ts";
import { openDatabase, type Database } from "../../src/db/database.ts";
import { createCaseServices, type CaseServices } from "../../src/db/case-services.ts";
import { createRegistryProvinceLookup } from "../../src/intake/cases/case-province.ts";
import { parseCaseSettings } from "../../src/intake/cases/case-settings.ts";
import { createEscalationTimer, type EscalationTimer } from "../../src/intake/cases/escalation-timer.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { createTelegramOfficerAlerter, officerIdentity, queueResendingOfficerAlerts, type TelegramOfficerAlerter } from "../../src/officer/telegram-officer-alerter.ts";
import { captureLogger, delay, type CapturedLogger } from "../channels/channel-test-support.ts";
import { createScriptedCore, type ScriptedCore } from "../channels/scripted-conversation-core.ts";
import { createTelegramFake, type TelegramFake, type TelegramSentMessage } from "../fakes/telegram-bot-api-server.ts";
import { draft, testCipher } from "../intake/cases/case-test-support.ts";
import { testDatabases, type TestDatabase } from "../support/test-databases.ts";

const TOKEN = "123456:officer-test-token-AAAAAAAAAA";
const OFFICERS = -1009876543210;
const AN = { id: 777, username: "can_bo_an", first_name: "An" };
const BINH = { id: 888, username: "can_bo_binh", first_name: "Bình" };
const NARRATIVE = "Bố say rượu đang đánh con bằng gậy, bé đang chảy máu ở đầu";
const CONTACT = "0912 345 678";
const sqlite = testDatabases.find((d) => d.name === "sqlite")!;

let fake: TelegramFake;
let target: TestDatabase;
let database: Database;
let services: CaseServices;
let channel: TelegramChannel;
let officers: TelegramOfficerAlerter;
let timer: EscalationTimer;
let core: ScriptedCore;
let logs: CapturedLogger;
const clock = { now: new Date("2026-11-23T08:00:00Z"), advanceMinutes(m: number) { this.now = new Date(this.now.getTime() + m * 60_000); } };

beforeEach(async () => {
  clock.now = new Date("2026-11-23T08:00:00Z");
  fake = await createTelegramFake({ token: TOKEN });
  target = await sqlite.create();
  database = await openDatabase(target.config);
  await database.migrate();
  logs = captureLogger();
  core = createScriptedCore();
  services = createCaseServices(database, {
    cipher: testCipher, settings: parseCaseSettings({}), provinces: createRegistryProvinceLookup(loadRegistry()), clock: () => clock.now,
    alerter: { alert: (a) => officers.alert(a) },
  });
  channel = createTelegramChannel({
    token: TOKEN, apiRoot: fake.url, mode: "polling", core, logger: logs.logger, pollTimeoutSec: 1, setCommands: false,
    retry: { baseDelayMs: 5, maxDelayMs: 20 }, officerChat: { chatId: String(OFFICERS), handle: (ctx) => officers.handle(ctx) },
  });
  officers = createTelegramOfficerAlerter({ api: channel.bot.api, chatId: String(OFFICERS), queue: services.queue, referrals: services.referrals, logger: logs.logger });
  timer = createEscalationTimer({ queue: queueResendingOfficerAlerts(services.queue, () => officers), notify: (alerts) => officers.notify(alerts) });
  await channel.start();
});

afterEach(async () => {
  await channel.stop();
  await fake.close();
  await database.close();
  await target.drop();
});

const officerMessages = (): TelegramSentMessage[] => fake.sentMessages.filter((m) => m.chat_id === OFFICERS);
const buttons = (m: TelegramSentMessage | undefined) => ((m?.reply_markup as { inline_keyboard?: Array<Array<{ text: string; callback_data: string }>> } | undefined)?.inline_keyboard ?? []).flat();
const press = (m: TelegramSentMessage | undefined, action: string, from = AN) => {
  const button = buttons(m).find((b) => b.callback_data.split(":")[1] === action);
  expect(button, `button ${action}`).toBeDefined();
  return fake.pushCallbackQuery(OFFICERS, button!.callback_data, m!.message_id, from);
};
const emergency = () => services.intake.submit(draft({ dangerNow: "yes", narrative: NARRATIVE, contact: CONTACT, locationText: "Phú Yên" }));
const show = async (code: string) => {
  const shown = await services.queue.show("test-reader", code);
  if (!shown.ok) throw new Error(shown.reason);
  return shown.value.case;
};

/** Nothing the group sees may hold the report's words or the reporter's contact. */
function expectNoReportText(): void {
  for (const m of officerMessages()) {
    expect(m.text).not.toContain("say rượu");
    expect(m.text).not.toContain("chảy máu");
    expect(m.text).not.toContain("0912");
  }
}

describe("officers' Telegram chat", () => {
  it("posts a new case with claim, open and 111 buttons, and a press claims it in the database under the presser's Telegram name", async () => {
    const receipt = await services.intake.submit(draft({ narrative: "Hàng xóm thường xuyên chửi mắng và bỏ đói bé gái nhà bên.", contact: CONTACT }));
    const [alert] = await fake.waitForMessages(OFFICERS, 1);
    expect(alert?.text).toContain(receipt.caseCode);
    expect(alert?.text).toContain("Đắk Lắk");
    expect(buttons(alert).map((b) => b.text)).toEqual(["✋ Nhận xử lý", "📄 Xem tóm tắt", "📞 Đã chuyển 111"]);

    press(alert, "claim");
    await fake.waitForMessages(OFFICERS, 2);
    const record = await show(receipt.caseCode);
    expect(record.assigneeId).toBe("telegram:777:can_bo_an");
    expect(record.acknowledgedAt).toEqual(clock.now);
    await waitFor(() => fake.callbackAnswers.length === 1);
    expect(fake.callbackAnswers[0]?.text).toContain(receipt.caseCode);
    expect(officerMessages()[1]?.text).toContain("can_bo_an");
    const trail = await services.queue.auditTrail("test-reader", receipt.caseCode);
    expect(trail.some((e) => e.officer === "telegram:777:can_bo_an" && e.action === "claim")).toBe(true);
    expect(core.seen).toHaveLength(0);
    expectNoReportText();
  });

  it("a second officer pressing claim is told who holds the case, and the owner stays", async () => {
    const receipt = await services.intake.submit(draft());
    const [alert] = await fake.waitForMessages(OFFICERS, 1);
    press(alert, "claim", AN);
    await fake.waitForMessages(OFFICERS, 2);
    press(alert, "claim", BINH);
    await waitFor(() => fake.callbackAnswers.length === 2);
    expect(fake.callbackAnswers[1]?.text).toContain("telegram:777:can_bo_an");
    expect((await show(receipt.caseCode)).assigneeId).toBe("telegram:777:can_bo_an");
  });

  it("repeats an emergency every escalation pass that finds it due until someone acknowledges it, then stops", async () => {
    const receipt = await emergency();
    const [alert] = await fake.waitForMessages(OFFICERS, 1);
    expect(alert?.text).toContain("KHẨN CẤP");
    expect(buttons(alert).map((b) => b.callback_data.split(":")[1])).toEqual(["ack", "claim", "open", "r111"]);

    clock.advanceMinutes(16);
    await timer.tick();
    clock.advanceMinutes(16);
    await timer.tick();
    const after = officerMessages();
    expect(after.length).toBeGreaterThanOrEqual(3);
    expect(after.slice(1).every((m) => m.text?.includes(receipt.caseCode))).toBe(true);
    expect(after.some((m) => /NHẮC LẠI/.test(m.text ?? ""))).toBe(true);

    press(after.at(-1), "ack", BINH);
    await fake.waitForMessages(OFFICERS, after.length + 1);
    const record = await show(receipt.caseCode);
    expect(record.acknowledgedAt).not.toBeNull();
    expect(record.assigneeId).toBeNull();

    const count = officerMessages().length;
    clock.advanceMinutes(16);
    await timer.tick();
    clock.advanceMinutes(16);
    const last = await timer.tick();
    expect(last.filter((a) => a.kind === "emergency_repeat")).toEqual([]);
    expect(officerMessages().slice(count).filter((m) => /NHẮC LẠI/.test(m.text ?? ""))).toEqual([]);
    expectNoReportText();
  });

  it("\"acknowledge\" pressed by the officer who already holds the case leaves it with them", async () => {
    const receipt = await emergency();
    const [alert] = await fake.waitForMessages(OFFICERS, 1);
    press(alert, "claim");
    await fake.waitForMessages(OFFICERS, 2);
    press(alert, "ack");
    await waitFor(() => fake.callbackAnswers.length === 2);
    expect((await show(receipt.caseCode)).assigneeId).toBe("telegram:777:can_bo_an");
  });

  it("a claim also stops the repeats", async () => {
    await emergency();
    const [alert] = await fake.waitForMessages(OFFICERS, 1);
    press(alert, "claim");
    await fake.waitForMessages(OFFICERS, 2);
    clock.advanceMinutes(20);
    const alerts = await timer.tick();
    expect(alerts.map((a) => a.kind)).not.toContain("emergency_repeat");
  });

  it("open shows the summary (risk, category, province, age band, deadlines) and never the narrative", async () => {
    const receipt = await emergency();
    const [alert] = await fake.waitForMessages(OFFICERS, 1);
    press(alert, "open");
    const [, summary] = await fake.waitForMessages(OFFICERS, 2);
    expect(summary?.text).toContain(receipt.caseCode);
    expect(summary?.text).toContain("Đắk Lắk");
    expect(summary?.text).toContain("6-11 tuổi");
    expect(summary?.text).toMatch(/Hạn xử lý: \d\d:\d\d/);
    expectNoReportText();
  });

  it("\"referred to 111\" asks for 111's case number and records the referral with it from the reply", async () => {
    const receipt = await emergency();
    const [alert] = await fake.waitForMessages(OFFICERS, 1);
    press(alert, "r111");
    const [, prompt] = await fake.waitForMessages(OFFICERS, 2);
    expect(prompt?.text).toContain(receipt.caseCode);
    expect(prompt?.payload.reply_markup).toBeDefined();

    fake.pushUpdate({ message: replyTo(prompt!, "111-2026-004217", AN) });
    const [, , confirmation] = await fake.waitForMessages(OFFICERS, 3);
    expect(confirmation?.text).toContain("111-2026-004217");
    const referrals = await services.referrals.list("test-reader", receipt.caseCode);
    expect(referrals.ok && referrals.value.map((r) => ({ target: r.target, externalRef: r.externalRef, createdBy: r.createdBy, status: r.status }))).toEqual([
      { target: "hotline_111", externalRef: "111-2026-004217", createdBy: "telegram:777:can_bo_an", status: "sent" },
    ]);
    expect((await show(receipt.caseCode)).status).toBe("referred");
  });

  it("an alert that fails to send is logged with ids only and sent by the next escalation pass", async () => {
    fake.failNext("sendMessage", { status: 403, description: "Forbidden: bot was kicked from the group chat" });
    const receipt = await emergency();
    expect(officerMessages()).toHaveLength(0);
    expect(officers.pendingCount()).toBe(1);
    expect(logs.text()).toContain(receipt.caseCode);
    expect(logs.text()).not.toContain("say rượu");

    await timer.tick();
    const [resent] = await fake.waitForMessages(OFFICERS, 1);
    expect(resent?.text).toContain(receipt.caseCode);
    expect(officers.pendingCount()).toBe(0);
  });

  it("posts deadline breaches (acknowledge overdue) for a high-risk case", async () => {
    const receipt = await services.intake.submit(draft({ narrative: "Em bị thầy giáo sờ soạng nhiều lần ở trường", dangerNow: "no", withPersonNow: "no" }));
    await fake.waitForMessages(OFFICERS, 1);
    clock.advanceMinutes(3 * 24 * 60 + 1);
    const alerts = await timer.tick();
    expect(alerts.length).toBeGreaterThan(0);
    const posted = officerMessages().slice(1);
    expect(posted.some((m) => /QUÁ HẠN/.test(m.text ?? "") && m.text?.includes(receipt.caseCode))).toBe(true);
  });

  it("messages in the officers' chat never reach the reporters' conversation core", async () => {
    fake.pushMessage(OFFICERS, "/report", AN);
    fake.pushMessage(5001, "/start");
    await fake.waitForMessages(5001, 1);
    await delay(100);
    expect(core.seen.map((m) => m.chatId)).toEqual(["5001"]);
    expect(officerMessages()).toHaveLength(0);
  });
});

describe("officerIdentity", () => {
  it("names the presser by Telegram id and username, without characters that could forge another identity", () => {
    expect(officerIdentity({ id: 5, username: "an_nguyen" })).toBe("telegram:5:an_nguyen");
    expect(officerIdentity({ id: 6, first_name: "Bình: admin" })).toBe("telegram:6:Bìnhadmin");
    expect(officerIdentity(undefined)).toBeNull();
  });
});

function replyTo(original: TelegramSentMessage, text: string, from: typeof AN): Message {
  const chat = { id: OFFICERS, type: "supergroup" as const, title: "Cán bộ tiếp nhận" };
  return {
    message_id: 90_000 + original.message_id, date: Math.floor(Date.now() / 1000), chat, from: { ...from, is_bot: false }, text,
    reply_to_message: { message_id: original.message_id, date: Math.floor(Date.now() / 1000), chat, from: fake.botUser, text: stripTags(original.text ?? "") } as Update["message"],
  } as Message;
}

function stripTags(html: string): string {
  return html.replace(/<[^>]+>/g, "");
}

async function waitFor(check: () => boolean, ms = 3000): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error("timed out");
    await delay(20);
  }
}
