import { afterEach, describe, expect, it } from "vitest";
import type { IncomingMessage, ServerResponse } from "node:http";
import { createOutboxRepository } from "../../../src/db/outbox-repository.ts";
import { createReferralRepository } from "../../../src/db/case-referral-repository.ts";
import { createCaseRepository } from "../../../src/db/case-repository.ts";
import { openDatabase, type Database } from "../../../src/db/database.ts";
import { createOutboxWorker, signWebhook, type OutboxWorker } from "../../../src/intake/cases/outbox-worker.ts";
import { caseCodeKey } from "../../../src/intake/cases/case-code.ts";
import { createReferralService } from "../../../src/intake/cases/referral-service.ts";
import { startServer, type StartedServer } from "../../fakes/fake-http.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { draft, openQueue, testCipher, type QueueHarness } from "./case-test-support.ts";

const SECRET = "s3cret-for-commune";

interface Received {
  key: string;
  body: Record<string, unknown>;
  signatureValid: boolean;
}

describe.each(testDatabases)("referrals and the webhook outbox on $name", (factory) => {
  let h: QueueHarness | undefined;
  let server: StartedServer | undefined;
  const extra: Database[] = [];
  afterEach(async () => {
    for (const db of extra.splice(0)) await db.close();
    await server?.close();
    server = undefined;
    await h?.close();
    h = undefined;
  });

  /** An agency endpoint on 127.0.0.1 that checks signatures; `failing` makes it answer 503. */
  const agency = async () => {
    const received: Received[] = [];
    const state = { failing: false };
    server = await startServer((req: IncomingMessage, res: ServerResponse, body: Buffer) => {
      if (state.failing) {
        res.writeHead(503).end();
        return;
      }
      const text = body.toString("utf8");
      const expected = signWebhook(SECRET, String(req.headers["x-bvte-timestamp"]), text);
      received.push({ key: String(req.headers["idempotency-key"]), body: JSON.parse(text) as Record<string, unknown>, signatureValid: req.headers["x-bvte-signature"] === expected });
      res.writeHead(200).end("{}");
    });
    return { received, state };
  };

  const services = (database: Database, workerId = "w1") => {
    const cases = createCaseRepository(database.client, testCipher);
    const outbox = createOutboxRepository(database.client, database.kind, testCipher);
    const referrals = createReferralService({
      cases, referrals: createReferralRepository(database.client, testCipher), outbox, clock: () => h!.clock.now,
      webhookUrlFor: (target) => (target === "commune_committee" && server ? `${server.url}/referrals` : undefined),
    });
    const worker: OutboxWorker = createOutboxWorker({ store: outbox, secretFor: () => SECRET, clock: () => h!.clock.now, workerId, onDelivered: referrals.onDelivered });
    return { referrals, worker, outbox };
  };

  it("a phone referral to 111 is logged as sent with 111's case number, moves the case to referred, and follows the agency's answers", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(draft());
    const { referrals } = services(h.database);
    const made = await referrals.refer("officer-an", caseCode, { target: "hotline_111", method: "phone" });
    expect(made).toMatchObject({ ok: true, value: { status: "sent", sentAt: h.clock.now, target: "hotline_111" } });
    if (!made.ok) return;
    expect((await h.queue.list("officer-an"))[0]!.status).toBe("referred");
    h.clock.advanceMinutes(10);
    expect(await referrals.update("officer-an", made.value.id, "acknowledged", "111-2026-04417")).toMatchObject({ ok: true, value: { status: "acknowledged", externalRef: "111-2026-04417", acknowledgedAt: h.clock.now } });
    expect(await referrals.update("officer-an", made.value.id, "completed")).toMatchObject({ ok: false, reason: "invalid_referral_move", from: "acknowledged", allowed: ["accepted", "declined"] });
    expect(await referrals.update("officer-an", made.value.id, "accepted")).toMatchObject({ ok: true, value: { status: "accepted", respondedAt: h.clock.now } });
    expect(await referrals.update("officer-an", made.value.id, "completed")).toMatchObject({ ok: true, value: { status: "completed" } });
    await h.queue.changeStatus("officer-an", caseCode, "closed");
    expect(await referrals.refer("officer-an", caseCode, { target: "police", method: "phone" })).toEqual({ ok: false, reason: "closed", status: "closed" });
    const actions = (await h.queue.auditTrail("officer-an", caseCode)).map((e) => e.action);
    expect(actions.filter((a) => a === "refer")).toHaveLength(2);
    expect(actions.filter((a) => a === "referral_update")).toHaveLength(4);
  });

  it("a webhook referral and its outbox message are written together: if the message cannot be stored, neither is", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(draft());
    const record = await createCaseRepository(h.database.client, testCipher).findByCodeKey(caseCodeKey(caseCode)!);
    const store = createReferralRepository(h.database.client, testCipher);
    const referral = { caseId: record!.id, target: "commune_committee" as const, targetName: null, method: "webhook" as const, status: "draft" as const, externalRef: null, createdBy: "officer-an", at: h.clock.now };
    // A payload that cannot be serialised fails the outbox write inside the transaction.
    const broken = (r: { id: string }) => ({ idempotencyKey: `referral:${r.id}`, referralId: r.id, caseCode, target: "commune_committee", url: "http://127.0.0.1:9/x", payload: { n: 1n }, at: h!.clock.now });
    await expect(store.create(referral, broken)).rejects.toThrow();
    expect(await store.listForCase(record!.id)).toEqual([]);
    const made = await store.create(referral, (r) => ({ ...broken(r), payload: { ok: true } }));
    const { outbox } = services(h.database);
    expect((await outbox.byReferral(made.id)).map((m) => m.idempotencyKey)).toEqual([`referral:${made.id}`]);
  });

  it("bad targets and methods are refused with what is allowed", async () => {
    h = await openQueue(factory);
    const { caseCode } = await h.intake.submit(draft());
    const { referrals } = services(h.database);
    expect(await referrals.refer("officer-an", caseCode, { target: "army", method: "phone" })).toMatchObject({ ok: false, reason: "invalid_target" });
    expect(await referrals.refer("officer-an", caseCode, { target: "police", method: "fax" })).toMatchObject({ ok: false, reason: "invalid_method" });
    expect(await referrals.refer("officer-an", caseCode, { target: "police", method: "webhook" })).toEqual({ ok: false, reason: "no_webhook_for_target", target: "police" });
  });

  it("a webhook referral survives a restart and is delivered signed, with an idempotency key, then counts as sent", async () => {
    h = await openQueue(factory);
    const { received } = await agency();
    const { caseCode } = await h.intake.submit(draft({ consentToContact: false }));
    const made = await services(h.database).referrals.refer("officer-an", caseCode, { target: "commune_committee", method: "webhook", targetName: "UBND xã Hòa Xuân" });
    expect(made).toMatchObject({ ok: true, value: { status: "draft" } });
    const row = await h.database.client.outboxMessage.findFirstOrThrow();
    expect(row.payloadEncrypted).not.toContain("bỏ đói");
    await h.reopen();
    const { worker, referrals } = services(h.database);
    expect(await worker.runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(received[0]).toMatchObject({ signatureValid: true, key: `referral:${made.ok && made.value.id}`, body: { caseCode, target: "commune_committee", reporter: { contact: null } } });
    expect(String(received[0]!.body.narrative)).toContain("bỏ đói");
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 0 });
    const listed = await referrals.list("officer-an", caseCode);
    expect(listed.ok && listed.value[0]).toMatchObject({ status: "sent", deliveryProblem: null });
  });

  it("a target down for a day is retried with growing delays, the failure shown to officers, and reached when it is back", async () => {
    h = await openQueue(factory);
    const { received, state } = await agency();
    state.failing = true;
    const { caseCode } = await h.intake.submit(draft());
    const { referrals, worker, outbox } = services(h.database);
    await referrals.refer("officer-an", caseCode, { target: "commune_committee", method: "webhook" });
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 1 });
    const first = (await outbox.problems())[0]!;
    expect(first).toMatchObject({ attempts: 1, lastError: "HTTP 503", status: "pending" });
    expect(first.nextAttemptAt.getTime() - h.clock.now.getTime()).toBe(30_000);
    expect(await worker.runOnce()).toEqual({ delivered: 0, failed: 0 });
    const listed = await referrals.list("officer-an", caseCode);
    expect(listed.ok && listed.value[0]!.deliveryProblem).toContain("HTTP 503");
    let attempts = 1;
    for (let minutes = 0; minutes < 24 * 60; minutes += 30) {
      h.clock.advanceMinutes(30);
      attempts += (await worker.runOnce()).failed;
    }
    expect(attempts).toBeGreaterThan(20);
    expect(attempts).toBeLessThan(60);
    state.failing = false;
    h.clock.advanceMinutes(31);
    expect(await worker.runOnce()).toEqual({ delivered: 1, failed: 0 });
    expect(received).toHaveLength(1);
    expect(await outbox.problems()).toEqual([]);
  });

  it("two instances draining the outbox at once deliver every message exactly once", async () => {
    h = await openQueue(factory);
    const { received } = await agency();
    const { referrals } = services(h.database);
    const codes = await Promise.all(Array.from({ length: 12 }, (_, i) => h!.intake.submit(draft({ chatId: `c${i}` })).then((r) => r.caseCode)));
    for (const code of codes) await referrals.refer("officer-an", code, { target: "commune_committee", method: "webhook" });
    const second = await openDatabase(h.target.config);
    extra.push(second);
    const a = services(h.database, "instance-a").worker;
    const b = services(second, "instance-b").worker;
    const drain = async (w: OutboxWorker) => {
      let total = 0;
      for (let round = 0; round < 5; round += 1) total += (await w.runOnce()).delivered;
      return total;
    };
    const [da, db] = await Promise.all([drain(a), drain(b)]);
    expect(da + db).toBe(12);
    expect(received).toHaveLength(12);
    expect(new Set(received.map((r) => r.key)).size).toBe(12);
  });
});
