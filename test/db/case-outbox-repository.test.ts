import pg from "pg";
import { describe, expect, it } from "vitest";
import { createFieldCipher } from "../../src/core/field-cipher.ts";
import { createOutboxRepository } from "../../src/db/outbox-repository.ts";
import { testDatabases, useMigratedDatabase } from "../support/test-databases.ts";

const cipher = createFieldCipher(Buffer.alloc(32, 3));
const t0 = new Date("2026-11-23T08:00:00Z");
const at = (seconds: number) => new Date(t0.getTime() + seconds * 1000);

describe.each(testDatabases)("outbox store on $name", (factory) => {
  const database = useMigratedDatabase(factory);
  const open = async () => {
    const db = await database.open();
    return createOutboxRepository(db.client, db.kind, cipher);
  };
  const entry = (key: string) => ({ idempotencyKey: key, referralId: null, caseCode: "TE-AAAAAA", target: "police", url: "http://127.0.0.1:9/x", payload: { narrative: "bé bị đánh" }, at: t0 });

  it("the same idempotency key is queued once, and the payload is stored encrypted", async () => {
    const outbox = await open();
    const first = await outbox.enqueue(entry("k1"));
    expect(await outbox.enqueue(entry("k1"))).toBe(first);
    const row = await database.db.client.outboxMessage.findFirstOrThrow();
    expect(row.payloadEncrypted).not.toContain("đánh");
    expect(await database.db.client.outboxMessage.count()).toBe(1);
  });

  it("a row leased by a worker that died is delivered by another once the lease runs out", async () => {
    const outbox = await open();
    await outbox.enqueue(entry("k1"));
    expect(await outbox.claimDue("dead", at(0), at(60), 10)).toHaveLength(1);
    expect(await outbox.claimDue("alive", at(30), at(90), 10)).toHaveLength(0);
    const again = await outbox.claimDue("alive", at(61), at(120), 10);
    expect(again).toMatchObject([{ attempts: 2, payload: { narrative: "bé bị đánh" } }]);
    expect(await outbox.markDelivered(again[0]!.id, "dead", at(62))).toBe(false);
    expect(await outbox.markDelivered(again[0]!.id, "alive", at(62))).toBe(true);
    expect(await outbox.claimDue("alive", at(500), at(560), 10)).toHaveLength(0);
  });

  it.runIf(factory.name === "postgresql")("a row another transaction holds is skipped, not waited for (SKIP LOCKED)", async () => {
    const outbox = await open();
    await outbox.enqueue(entry("held"));
    await outbox.enqueue({ ...entry("free"), at: at(1) });
    const holder = new pg.Client({ connectionString: (database.target.config as { url: string }).url });
    await holder.connect();
    try {
      await holder.query("BEGIN");
      await holder.query(`SELECT 1 FROM "OutboxMessage" WHERE "idempotencyKey" = 'held' FOR UPDATE`);
      const started = Date.now();
      const claimed = await outbox.claimDue("w", at(5), at(65), 10);
      expect(Date.now() - started).toBeLessThan(2_000);
      expect(claimed.map((c) => c.idempotencyKey)).toEqual(["free"]);
      await holder.query("ROLLBACK");
      expect((await outbox.claimDue("w", at(6), at(66), 10)).map((c) => c.idempotencyKey)).toEqual(["held"]);
    } finally {
      await holder.end();
    }
  });
});
