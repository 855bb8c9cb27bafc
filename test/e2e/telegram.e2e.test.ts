/**
 * The whole product through Telegram: the real application (config from the environment,
 * the real database, the real conversation core and case queue) against a local Bot API
 * emulator, in long polling and in webhook mode.
 */
import net from "node:net";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import type { Update } from "grammy/types";
import { createTelegramFake, type TelegramFake } from "../fakes/telegram-bot-api-server.ts";
import { testDatabases, type TestDatabase } from "../support/test-databases.ts";
import { answerReport, caseCodeIn, listCases, removeDataDirs, settle, NARRATIVE, NARRATIVE_MARKER, reportAnswers, startApp, useHumanClock, type RunningApp } from "./e2e-support.ts";
import { createCaseServices } from "../../src/db/case-services.ts";
import { createFieldCipher, resolveEncryptionKey } from "../../src/core/field-cipher.ts";
import { loadConfig } from "../../src/config.ts";

const TOKEN = "123456:e2e-token-AAAAAAAAAAAAAAAAAAAA";
const SECRET = "e2e-webhook-secret-1234";

function buttons(markup: unknown): Array<{ text: string; callback_data?: string }> {
  return ((markup as { inline_keyboard?: Array<Array<{ text: string; callback_data?: string }>> } | undefined)?.inline_keyboard ?? []).flat();
}

function countFor(fake: TelegramFake, chatId: number): number {
  return fake.sentMessages.filter((m) => m.chat_id === chatId).length;
}

/** One message from the user and everything the bot answered to it. */
async function say(fake: TelegramFake, chatId: number, text: string): Promise<{ update: Update; text: string }> {
  const before = countFor(fake, chatId);
  const update = fake.pushMessage(chatId, text);
  const replies = await settle(fake, chatId, before);
  return { update, text: replies.map((m) => m.text ?? "").join("\n") };
}

async function freePort(): Promise<number> {
  const server = net.createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const port = (server.address() as net.AddressInfo).port;
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe.each(testDatabases)("Telegram end to end on $name", (factory) => {
  let db: TestDatabase;
  let fake: TelegramFake;
  let running: RunningApp | undefined;
  let clock: ReturnType<typeof useHumanClock>;

  beforeEach(async () => {
    db = await factory.create();
    fake = await createTelegramFake({ token: TOKEN });
    clock = useHumanClock();
  });
  afterEach(async () => {
    clock.restore();
    await running?.app.stop();
    running = undefined;
    await fake.close();
    await db.drop();
    removeDataDirs();
  });

  const pollingEnv = () => ({ TELEGRAM_BOT_TOKEN: TOKEN, TELEGRAM_API_ROOT: fake.url });

  it("answers a plan question with its citation, takes a whole report to a case code that officers see with its risk, and /status tells only the status", async () => {
    running = await startApp(db, pollingEnv());
    const answer = await say(fake, 501, "Sở nào chủ trì phòng chống xâm hại trẻ em ở Gia Lai?");
    expect(answer.text).toMatch(/2509\/KH-UBND/);

    await say(fake, 501, "/report");
    const last = await answerReport(async (text) => (await say(fake, 501, text)).text, clock);
    const code = caseCodeIn(last);
    expect(code, last).not.toBeNull();

    const cases = await listCases(running);
    expect(cases).toHaveLength(1);
    expect(cases[0]).toMatchObject({ code, risk: "high", category: "physical_violence", provinceName: expect.stringMatching(/Gia Lai/) });

    const key = resolveEncryptionKey({ configuredKey: undefined, dataDir: running.dataDir });
    const queue = createCaseServices(running.app.database, { cipher: createFieldCipher(key.key), settings: loadConfig(running.env, running.dataDir).cases }).queue;
    expect(await queue.note("can-bo-a", code!, "Ghi chú nội bộ: đã gọi công an xã")).toMatchObject({ ok: true });

    clock.pause();
    const status = (await say(fake, 501, `/status ${code}`)).text;
    expect(status).toContain(code);
    expect(status).not.toContain("Ghi chú nội bộ");
    expect(status).not.toContain(NARRATIVE_MARKER);
  });

  it("resumes a report after the application restarts in the middle, over the same database, and ignores the old update delivered again", async () => {
    const first = await startApp(db, pollingEnv());
    running = first;
    await say(fake, 502, "/report");
    const answers = reportAnswers();
    for (const text of answers.slice(0, 4)) {
      clock.pause();
      await say(fake, 502, text);
    }
    clock.pause();
    const beforeSex = countFor(fake, 502);
    const delivered = fake.pushMessage(502, answers[4]!);
    await settle(fake, 502, beforeSex);
    await first.app.stop();
    running = undefined;

    running = await startApp(db, pollingEnv(), first.dataDir);
    const before = countFor(fake, 502);
    const redeliveredAt = Date.now();
    fake.redeliver(delivered);
    // The restarted app has read past the old update once it asks for a later one.
    await vi.waitFor(() => expect(fake.calls.some((c) => c.method === "getUpdates" && c.at >= redeliveredAt && Number(c.payload.offset) > delivered.update_id)).toBe(true), { timeout: 5000 });
    await new Promise((r) => setTimeout(r, 300));
    expect(countFor(fake, 502)).toBe(before);

    let last = "";
    for (const text of answers.slice(5)) {
      clock.pause();
      last = (await say(fake, 502, text)).text;
    }
    const code = caseCodeIn(last);
    expect(code, last).not.toBeNull();
    const summary = fake.sentMessages.filter((m) => m.chat_id === 502).map((m) => m.text ?? "").find((t) => /TÓM TẮT/.test(t)) ?? "";
    expect(summary).toContain(NARRATIVE.slice(0, 40));
    expect(summary).toMatch(/bé trai 8 tuổi ở xã Ia Grai, Gia Lai/);
    expect((await listCases(running)).map((c) => c.code)).toEqual([code]);
  });

  it("takes a whole report by pressing the inline buttons, typing only where there are none", async () => {
    running = await startApp(db, pollingEnv());
    await say(fake, 506, "/report");
    // The story says "bé trai hàng xóm" (the neighbours' boy), so who the reporter is is not asked again.
    const steps: Array<RegExp | string> = [/^Không$/, NARRATIVE, "xã Ia Grai, Gia Lai", /6-11/, /gần đây/, /Ẩn danh/, /Gửi/];
    let last = "";
    for (const step of steps) {
      clock.pause();
      if (typeof step === "string") {
        last = (await say(fake, 506, step)).text;
        continue;
      }
      const question = fake.sentMessages.filter((m) => m.chat_id === 506).at(-1);
      const button = buttons(question?.reply_markup).find((b) => step.test(b.text));
      expect(button?.callback_data, `${String(step)} in ${question?.text}`).toBeTruthy();
      const before = countFor(fake, 506);
      fake.pushCallbackQuery(506, button!.callback_data!, question!.message_id);
      last = (await settle(fake, 506, before)).map((m) => m.text ?? "").join("\n");
    }
    const code = caseCodeIn(last);
    expect(code, last).not.toBeNull();
    expect(await listCases(running)).toMatchObject([{ code, risk: "high", childAgeBand: "6_11" }]);
    expect(fake.callbackAnswers.length).toBeGreaterThanOrEqual(5);
    expect(fake.sentMessages.filter((m) => m.chat_id === 506).map((m) => m.text ?? "").filter((t) => /Bạn là ai/.test(t))).toEqual([]);
  });

  it("gets the safety message (111, 113, 115) first when a child writes that they are being beaten now", async () => {
    running = await startApp(db, pollingEnv());
    const before = countFor(fake, 503);
    fake.pushMessage(503, "em đang bị bố đánh, cứu em");
    const replies = await settle(fake, 503, before);
    const first = replies[0]?.text ?? "";
    expect(first).toMatch(/111/);
    expect(first).toMatch(/113/);
    expect(first).toMatch(/115/);
  });

  describe("in webhook mode", () => {
    const webhookEnv = async () => {
      const port = await freePort();
      return { ...pollingEnv(), PORT: String(port), TELEGRAM_WEBHOOK_URL: `http://127.0.0.1:${port}/webhooks/telegram`, TELEGRAM_WEBHOOK_SECRET: SECRET };
    };

    it("refuses a call with a wrong or missing secret (401) and processes nothing", async () => {
      running = await startApp(db, await webhookEnv());
      expect(fake.webhook()).toMatchObject({ secretToken: SECRET });
      const update = { update_id: 9001, message: { message_id: 1, date: Math.floor(Date.now() / 1000), chat: { id: 504, type: "private", first_name: "A" }, from: { id: 504, is_bot: false, first_name: "A" }, text: "/report" } };
      const attempts: Array<Record<string, string>> = [{}, { "x-telegram-bot-api-secret-token": "wrong-secret-9999" }];
      for (const headers of attempts) {
        const res = await fetch(`${running.app.url}/webhooks/telegram`, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(update) });
        expect(res.status).toBe(401);
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(countFor(fake, 504)).toBe(0);
      const ok = await fetch(`${running.app.url}/webhooks/telegram`, { method: "POST", headers: { "content-type": "application/json", "x-telegram-bot-api-secret-token": SECRET }, body: JSON.stringify(update) });
      expect(ok.status).toBe(200);
      await fake.waitForMessages(504, 1);
    });

    it("takes a whole report to one case and answers a duplicate delivery of the last message once", async () => {
      running = await startApp(db, await webhookEnv());
      await say(fake, 505, "/report");
      let last: { update: Update; text: string } | undefined;
      for (const text of reportAnswers()) {
        clock.pause();
        last = await say(fake, 505, text);
      }
      const code = caseCodeIn(last?.text ?? "");
      expect(code, last?.text).not.toBeNull();
      const count = countFor(fake, 505);
      const deliveries = fake.webhookDeliveries.length;
      fake.redeliver(last!.update);
      while (fake.webhookDeliveries.length === deliveries) await new Promise((r) => setTimeout(r, 50));
      await new Promise((r) => setTimeout(r, 300));
      expect(countFor(fake, 505)).toBe(count);
      expect((await listCases(running)).map((c) => c.code)).toEqual([code]);
    });
  });
});
