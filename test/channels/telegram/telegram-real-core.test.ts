/**
 * Whole conversations through the real Telegram adapter, the local Bot API emulator and the
 * product's own conversation core: a cited answer, the report route from a button, and a
 * restart in the middle of the report that resumes it without answering anything twice.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createTelegramChannel, type TelegramChannel } from "../../../src/channels/telegram/telegram-channel.ts";
import { createTelegramFake, type TelegramFake } from "../../fakes/telegram-bot-api-server.ts";
import { captureLogger, delay } from "../channel-test-support.ts";
import { createRealCoreWorld, type RealCoreWorld } from "../real-core-support.ts";

const TOKEN = "123456:test-token-AAAAAAAAAAAAAAAA";
let fake: TelegramFake;
let world: RealCoreWorld;
let channel: TelegramChannel | undefined;
const logs = captureLogger();

beforeEach(async () => {
  fake = await createTelegramFake({ token: TOKEN });
  world = createRealCoreWorld(logs.logger);
});
afterEach(async () => {
  await channel?.stop();
  await fake.close();
});

async function startChannel(): Promise<TelegramChannel> {
  channel = createTelegramChannel({ token: TOKEN, apiRoot: fake.url, mode: "polling", core: world.newCore(), logger: logs.logger, pollTimeoutSec: 1 });
  await channel.start();
  return channel;
}

function buttons(markup: unknown): Array<{ text: string; callback_data?: string; url?: string }> {
  return ((markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> } | undefined)?.inline_keyboard ?? []).flat();
}

describe("Telegram with the real conversation core", () => {
  it("shows the menu, answers a plan question with its citation, and starts a report from a button", async () => {
    await startChannel();
    fake.pushMessage(11, "/start");
    const [menu] = await fake.waitForMessages(11, 1);
    expect(menu?.text).toContain("111");
    const reportButton = buttons(menu?.reply_markup).find((b) => /Báo tin/.test(b.text));
    expect(reportButton?.callback_data).toBeTruthy();

    fake.pushMessage(11, "Sở nào chủ trì phòng chống xâm hại trẻ em ở Gia Lai?");
    const answered = await fake.waitForMessages(11, 2);
    expect(answered[1]?.text).toMatch(/2509\/KH-UBND/);

    fake.pushCallbackQuery(11, reportButton?.callback_data ?? "", menu?.message_id ?? 0);
    await fake.waitForMessages(11, 3);
    await delay(600); // a reply may come in several messages, a quarter of a second apart
    const afterPress = fake.sentMessages.filter((m) => m.chat_id === 11).slice(2);
    expect(afterPress.length).toBeGreaterThan(0);
    expect(buttons(afterPress.at(-1)?.reply_markup).length).toBeGreaterThan(0);
    expect(fake.callbackAnswers).toHaveLength(1);
  });

  it("resumes a report after a restart and never answers an old update twice", async () => {
    const first = await startChannel();
    fake.pushMessage(12, "/report");
    await fake.waitForMessages(12, 1);
    await delay(600);
    const question = fake.sentMessages.filter((m) => m.chat_id === 12).at(-1);
    const choices = buttons(question?.reply_markup);
    expect(choices.length).toBeGreaterThan(0);
    const before = fake.sentMessages.filter((m) => m.chat_id === 12).length;

    await first.stop();
    channel = undefined;
    const second = await startChannel();
    const stale = fake.pushCallbackQuery(12, choices.at(-1)?.callback_data ?? "", question?.message_id ?? 0);
    await fake.waitForMessages(12, before + 1);
    await delay(300);
    const next = fake.sentMessages.filter((m) => m.chat_id === 12).slice(before);
    expect(next.map((m) => m.text).join("\n")).not.toBe(question?.text);
    expect(next.some((m) => /Xin chào/.test(m.text ?? ""))).toBe(false);

    const count = fake.sentMessages.filter((m) => m.chat_id === 12).length;
    await second.stop();
    channel = undefined;
    await startChannel();
    fake.redeliver(stale);
    await fake.waitForCalls("getUpdates", fake.calls.filter((c) => c.method === "getUpdates").length + 2);
    await delay(200);
    expect(fake.sentMessages.filter((m) => m.chat_id === 12)).toHaveLength(count);
    fake.pushMessage(12, "bỏ qua");
    const resumed = await fake.waitForMessages(12, count + 1);
    expect(resumed.at(-1)?.text).not.toMatch(/Xin chào/);
  });
});
