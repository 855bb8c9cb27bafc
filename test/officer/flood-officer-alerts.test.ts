/**
 * The officers' Telegram chat for suspected floods, against the local Bot API emulator: a
 * batch is one message with the counts and codes (never an address or report text), and the
 * deadline breaches of a flood group are one message per source and kind, not a page per case.
 */
import { Api } from "grammy";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import type { CaseQueue } from "../../src/intake/cases/case-queue-service.ts";
import type { EscalationAlert } from "../../src/intake/cases/case-types.ts";
import type { ReferralService } from "../../src/intake/cases/referral-service.ts";
import { createTelegramOfficerAlerter, type TelegramOfficerAlerter } from "../../src/officer/telegram-officer-alerter.ts";
import { captureLogger } from "../channels/channel-test-support.ts";
import { createTelegramFake, type TelegramFake } from "../fakes/telegram-bot-api-server.ts";

const TOKEN = "123456:flood-alert-token-AAAAAAAAAAAA";
const OFFICERS = -1005554443332;
const GROUP = "src-a1b2c3d4e5f60718293a";

let fake: TelegramFake;
let officers: TelegramOfficerAlerter;

beforeEach(async () => {
  fake = await createTelegramFake({ token: TOKEN });
  // Only posting is exercised here: the queue and referrals answer button presses, which these messages do not carry.
  officers = createTelegramOfficerAlerter({ api: new Api(TOKEN, { apiRoot: fake.url }), chatId: String(OFFICERS), queue: {} as CaseQueue, referrals: {} as ReferralService, logger: captureLogger().logger });
});
afterEach(async () => {
  await fake.close();
});

const posted = () => fake.sentMessages.filter((m) => String(m.chat_id) === String(OFFICERS)).map((m) => m.text ?? "");

describe("officers' chat and suspected floods", () => {
  it("a batch of 27 emergency reports from one source is one message with the count, the time span and the codes", async () => {
    const codes = Array.from({ length: 27 }, (_, i) => `TE-F${String(i).padStart(5, "A")}`);
    await officers.floodBatch({ group: GROUP, count: 27, emergencies: 27, codes, firstAt: new Date("2026-12-03T01:00:00Z"), lastAt: new Date("2026-12-03T01:09:30Z") });
    const [text] = posted();
    expect(posted()).toHaveLength(1);
    expect(text).toMatch(/NGHI NGỜ TIN BÁO HÀNG LOẠT/);
    expect(text).toMatch(/27 tin báo khẩn cấp từ cùng một nguồn trong 10 phút/);
    expect(text).toContain("a1b2c3d4");
    expect(text).toContain(codes[0]);
    expect(text).toMatch(/và 15 ca khác/);
  });

  it("the deadline breaches of a flood group are one message per kind, beside the single cases' own", async () => {
    const due = new Date("2026-12-03T01:15:00Z");
    const flood = (code: string, kind: EscalationAlert["kind"]): EscalationAlert => ({ kind, caseId: code, code, risk: "emergency", dueAt: due, alertCount: 1, floodGroup: GROUP });
    await officers.notify([
      { kind: "emergency_repeat", caseId: "x", code: "TE-SINGLE", risk: "emergency", dueAt: due, alertCount: 2, floodGroup: null },
      ...["TE-FLOOD1", "TE-FLOOD2", "TE-FLOOD3", "TE-FLOOD4"].map((c) => flood(c, "ack_overdue")),
      flood("TE-FLOOD1", "action_overdue"),
    ]);
    const texts = posted();
    expect(texts).toHaveLength(3);
    expect(texts[0]).toMatch(/NHẮC LẠI.*TE-SINGLE/s);
    expect(texts[1]).toMatch(/QUÁ HẠN TIẾP NHẬN.*4 ca nghi ngờ hàng loạt/s);
    expect(texts[2]).toMatch(/QUÁ HẠN XỬ LÝ.*1 ca nghi ngờ hàng loạt/s);
  });
});
