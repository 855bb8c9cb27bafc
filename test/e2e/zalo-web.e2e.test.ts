/**
 * The whole product through Zalo (long polling and webhook against the local Zalo fake) and
 * through the web chat API: a complete report to a case code, the safety message first for
 * a child in danger, and no plaintext narrative anywhere in the database.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createZaloFake, type ZaloFake } from "../fakes/zalo-bot-api-server.ts";
import type { ZaloUpdate } from "../../src/channels/zalo/zalo-types.ts";
import { testDatabases, type TestDatabase } from "../support/test-databases.ts";
import {
  answerReport, caseCodeIn, listCases, removeDataDirs, settle, NARRATIVE_MARKER, postgresRowsText, repliesText, reportAnswers, showCase, sqliteBytes, startApp, useHumanClock,
  webReporter, type RunningApp,
} from "./e2e-support.ts";

const ZALO_TOKEN = "1234567890:zalo-e2e-secret-ABCDEFGH";
const ZALO_SECRET = "zalo-e2e-webhook-secret";

/** Sends one text through `deliver` and returns all the bot answered to it. */
async function zaloSay(fake: ZaloFake, chatId: string, deliver: (event: ZaloUpdate) => Promise<unknown>, text: string): Promise<string> {
  const before = fake.sentMessages.filter((m) => m.chat_id === chatId).length;
  await deliver(fake.events.text(chatId, text));
  return (await settle(fake, chatId, before)).map((m) => m.text ?? "").join("\n");
}

describe.each(testDatabases)("Zalo and the web chat end to end on $name", (factory) => {
  let db: TestDatabase;
  let running: RunningApp | undefined;
  let clock: ReturnType<typeof useHumanClock>;

  beforeEach(async () => {
    db = await factory.create();
    clock = useHumanClock();
  });
  afterEach(async () => {
    clock.restore();
    await running?.app.stop();
    running = undefined;
    await db.drop();
    removeDataDirs();
  });

  describe("Zalo", () => {
    let fake: ZaloFake;
    beforeEach(async () => {
      fake = await createZaloFake({ token: ZALO_TOKEN });
    });
    afterEach(async () => {
      await running?.app.stop();
      running = undefined;
      await fake.close();
    });

    it("by long polling takes a whole report to a case code in the queue", async () => {
      running = await startApp(db, { ZALO_BOT_TOKEN: ZALO_TOKEN, ZALO_API_BASE: fake.url });
      const deliver = async (event: ZaloUpdate) => fake.push(event);
      await zaloSay(fake, "zp1", deliver, "/report");
      const last = await answerReport((text) => zaloSay(fake, "zp1", deliver, text), clock);
      const code = caseCodeIn(last);
      expect(code, last).not.toBeNull();
      expect(await listCases(running)).toMatchObject([{ code, risk: "high", category: "physical_violence" }]);
    });

    it("by webhook takes a whole report with the secret, and refuses calls without it", async () => {
      const registered = await fetch(`${fake.url}/bot${ZALO_TOKEN}/setWebhook`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ url: "https://bot.example/webhooks/zalo", secret_token: ZALO_SECRET }),
      });
      expect(registered.status).toBe(200);
      running = await startApp(db, { ZALO_BOT_TOKEN: ZALO_TOKEN, ZALO_API_BASE: fake.url, ZALO_WEBHOOK_SECRET: ZALO_SECRET });
      const hook = `${running.app.url}/webhooks/zalo`;

      for (const secret of [null, "wrong-secret-xyz"]) {
        const refused = await fake.deliverWebhook(fake.events.text("zw1", "/report"), { url: hook, secret });
        expect(refused.status).toBe(401);
      }
      await new Promise((r) => setTimeout(r, 300));
      expect(fake.sentMessages.filter((m) => m.chat_id === "zw1")).toHaveLength(0);

      const deliver = async (event: ZaloUpdate) => expect((await fake.deliverWebhook(event, { url: hook })).status).toBe(200);
      await zaloSay(fake, "zw1", deliver, "/report");
      const last = await answerReport((text) => zaloSay(fake, "zw1", deliver, text), clock);
      const code = caseCodeIn(last);
      expect(code, last).not.toBeNull();
      expect((await listCases(running)).map((c) => c.code)).toEqual([code]);
    });

    it("answers an event that Zalo delivers twice only once", async () => {
      const registered = await fetch(`${fake.url}/bot${ZALO_TOKEN}/setWebhook`, {
        method: "POST", headers: { "content-type": "application/json" },
        body: JSON.stringify({ url: "https://bot.example/webhooks/zalo", secret_token: ZALO_SECRET }),
      });
      expect(registered.status).toBe(200);
      running = await startApp(db, { ZALO_BOT_TOKEN: ZALO_TOKEN, ZALO_API_BASE: fake.url, ZALO_WEBHOOK_SECRET: ZALO_SECRET });
      const hook = `${running.app.url}/webhooks/zalo`;
      const event = fake.events.text("zw2", "Sở nào chủ trì phòng chống xâm hại trẻ em ở Gia Lai?");
      expect((await fake.deliverWebhook(event, { url: hook })).status).toBe(200);
      const answered = await settle(fake, "zw2", 0);
      expect(answered.map((m) => m.text).join("\n")).toMatch(/2509\/KH-UBND/);
      expect((await fake.deliverWebhook(event, { url: hook })).status).toBe(200);
      await new Promise((r) => setTimeout(r, 500));
      expect(fake.sentMessages.filter((m) => m.chat_id === "zw2")).toHaveLength(answered.length);
    });
  });

  describe("web chat", () => {
    it("takes a whole report to a case code, and /status of that code tells its status", async () => {
      running = await startApp(db);
      const reporter = webReporter(running.app.url);
      expect((await reporter.send("/report")).status).toBe(200);
      let last = "";
      for (const text of reportAnswers()) {
        clock.pause();
        const res = await reporter.send(text);
        expect(res.status).toBe(200);
        last = repliesText(res.replies);
      }
      const code = caseCodeIn(last);
      expect(code, last).not.toBeNull();
      expect(await listCases(running)).toMatchObject([{ code, risk: "high", submitted: true }]);

      clock.pause();
      const status = repliesText((await reporter.send(`/status ${code}`)).replies);
      expect(status).toContain(code);
      expect(status).toMatch(/đã nhận/);
      expect(status).not.toContain(NARRATIVE_MARKER);
      // The code is the secret: another session (a new phone, a cleared browser) sees the status too, never the narrative.
      const elsewhere = repliesText((await webReporter(running.app.url).send(`/status ${code}`)).replies);
      expect(elsewhere).toMatch(/đã nhận/);
      expect(elsewhere).not.toContain(NARRATIVE_MARKER);
    });

    it("answers a child in danger with 111, 113 and 115 in the very first reply, puts an emergency in the queue at once, and keeps what the child wrote", async () => {
      running = await startApp(db);
      const child = webReporter(running.app.url);
      const res = await child.send("em đang bị bố đánh, cứu em");
      const first = res.replies[0];
      expect(first?.text).toMatch(/113/);
      expect(first?.text).toMatch(/115/);
      expect(`${first?.text} ${JSON.stringify(first?.links ?? [])}`).toMatch(/111/);
      expect(first?.links?.map((l) => l.url)).toEqual(expect.arrayContaining(["tel:111", "tel:113", "tel:115"]));
      expect(res.replies.length).toBeGreaterThan(1);

      const [emergency] = await listCases(running);
      expect(emergency).toMatchObject({ risk: "emergency", submitted: false });
      for (const text of ["có", "em tự kể", "Gia Lai"]) {
        clock.pause();
        // 111 stays one tap away with every question (its button), without a line repeated before each one.
        const later = (await child.send(text)).replies;
        expect(later.at(-1)?.links?.map((l) => l.url)).toContain("tel:111");
      }
      expect((await showCase(running, emergency!.code))?.narrative).toContain("em đang bị bố đánh");
    });

    it("gives the case code again when the browser retries the submitting message after a restart", async () => {
      const first = await startApp(db);
      running = first;
      const reporter = webReporter(first.app.url);
      await reporter.send("/report");
      const last = await answerReport(async (text) => repliesText((await reporter.send(text)).replies), clock);
      const code = caseCodeIn(last);
      expect(code, last).not.toBeNull();
      await first.app.stop();
      running = await startApp(db, {}, first.dataDir);
      const retried = await reporter.resendLast("gửi", running.app.url);
      expect(retried.status).toBe(200);
      expect(repliesText(retried.replies)).toContain(code);
      expect((await listCases(running)).map((c) => c.code)).toEqual([code]);
    });

    it("keeps no plaintext narrative in the database after a whole report", async () => {
      running = await startApp(db);
      const reporter = webReporter(running.app.url);
      await reporter.send("/report");
      const last = await answerReport(async (text) => repliesText((await reporter.send(text)).replies), clock);
      const code = caseCodeIn(last);
      expect(code, last).not.toBeNull();
      if (db.config.kind === "sqlite") {
        const bytes = sqliteBytes(db.config.file);
        expect(bytes.includes(Buffer.from(code!, "utf8"))).toBe(true);
        expect(bytes.includes(Buffer.from(NARRATIVE_MARKER, "utf8"))).toBe(false);
        expect(bytes.includes(Buffer.from("roi mây", "utf8"))).toBe(false);
      } else {
        const rows = await postgresRowsText(db.config.url);
        expect(rows).toContain(code);
        expect(rows).not.toContain(NARRATIVE_MARKER);
        expect(rows).not.toContain("roi mây");
      }
    });
  });
});
