/**
 * OutboxStore on Prisma. Claiming is where two instances meet: on PostgreSQL one UPDATE
 * leases rows picked with FOR UPDATE SKIP LOCKED (a row another worker is leasing is
 * skipped, not waited for); on SQLite, which has one writer at a time, each candidate is
 * leased by a conditional UPDATE on the lease it was read with, so only one worker wins it.
 * A lease that expires (its worker died) makes the row due again: delivery survives restarts.
 */
import type { FieldCipher } from "../core/field-cipher.ts";
import type { OutboxEntry, OutboxItem, OutboxStatus, OutboxStore } from "../intake/cases/outbox-types.ts";
import type { Database, Db } from "./database.ts";
import type { OutboxMessage } from "./generated/sqlite/client.ts";

const isUniqueViolation = (error: unknown): boolean => (error as { code?: string }).code === "P2002";

/** The row an outbox entry is stored as (payload sealed); also written inside a referral's transaction. */
export function outboxRowData(entry: OutboxEntry, cipher: FieldCipher) {
  return {
    idempotencyKey: entry.idempotencyKey, referralId: entry.referralId, caseCode: entry.caseCode, target: entry.target, url: entry.url,
    payloadEncrypted: cipher.encrypt(JSON.stringify(entry.payload)), status: "pending", nextAttemptAt: entry.at, createdAt: entry.at,
  };
}

export function createOutboxRepository(db: Db, kind: Database["kind"], cipher: FieldCipher): OutboxStore {
  const toItem = (row: OutboxMessage): OutboxItem => ({
    id: row.id, idempotencyKey: row.idempotencyKey, referralId: row.referralId, caseCode: row.caseCode, target: row.target, url: row.url,
    payload: JSON.parse(cipher.decrypt(row.payloadEncrypted)) as unknown, status: row.status as OutboxStatus, attempts: row.attempts,
    nextAttemptAt: row.nextAttemptAt, lastError: row.lastError, deliveredAt: row.deliveredAt, createdAt: row.createdAt,
  });
  const claim = kind === "postgresql" ? claimSkipLocked : claimConditional;

  return {
    async enqueue(entry: OutboxEntry) {
      const data = outboxRowData(entry, cipher);
      try {
        return (await db.outboxMessage.create({ data })).id;
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return (await db.outboxMessage.findUniqueOrThrow({ where: { idempotencyKey: entry.idempotencyKey } })).id;
      }
    },
    async claimDue(workerId: string, now: Date, leaseUntil: Date, limit: number) {
      const ids = await claim(db, workerId, now, leaseUntil, limit);
      if (ids.length === 0) return [];
      return (await db.outboxMessage.findMany({ where: { id: { in: ids }, lockedBy: workerId }, orderBy: { nextAttemptAt: "asc" } })).map(toItem);
    },
    async markDelivered(id: string, workerId: string, at: Date) {
      return (await db.outboxMessage.updateMany({ where: { id, lockedBy: workerId, status: "pending" }, data: { status: "delivered", deliveredAt: at, lockedBy: null, lockedUntil: null, lastError: null, updatedAt: at } })).count === 1;
    },
    async markFailed(id: string, workerId: string, error: string, retryAt: Date | null, at: Date) {
      const data = { lastError: error.slice(0, 500), lockedBy: null, lockedUntil: null, updatedAt: at, ...(retryAt ? { nextAttemptAt: retryAt } : { status: "failed" }) };
      return (await db.outboxMessage.updateMany({ where: { id, lockedBy: workerId, status: "pending" }, data })).count === 1;
    },
    async problems(limit = 100) {
      return (await db.outboxMessage.findMany({ where: { status: { not: "delivered" }, lastError: { not: null } }, orderBy: { createdAt: "asc" }, take: limit })).map(toItem);
    },
    async byReferral(referralId: string) {
      return (await db.outboxMessage.findMany({ where: { referralId }, orderBy: { createdAt: "asc" } })).map(toItem);
    },
  };
}

const pgTime = (date: Date) => date.toISOString();

/** One statement: pick due, unleased rows skipping those another transaction holds, lease them, return their ids. */
async function claimSkipLocked(db: Db, workerId: string, now: Date, leaseUntil: Date, limit: number): Promise<string[]> {
  const rows = await db.$queryRawUnsafe<Array<{ id: string }>>(
    `UPDATE "OutboxMessage" SET "lockedBy" = $1, "lockedUntil" = ($2::timestamptz AT TIME ZONE 'UTC'), "attempts" = "attempts" + 1, "updatedAt" = ($3::timestamptz AT TIME ZONE 'UTC')
     WHERE "id" IN (
       SELECT "id" FROM "OutboxMessage"
       WHERE "status" = 'pending' AND "nextAttemptAt" <= ($3::timestamptz AT TIME ZONE 'UTC')
         AND ("lockedUntil" IS NULL OR "lockedUntil" < ($3::timestamptz AT TIME ZONE 'UTC'))
       ORDER BY "nextAttemptAt" LIMIT $4
       FOR UPDATE SKIP LOCKED)
     RETURNING "id"`,
    workerId, pgTime(leaseUntil), pgTime(now), limit,
  );
  return rows.map((r) => r.id);
}

/** SQLite: read candidates, then lease each only if its lease is still the one read (one writer at a time decides). */
async function claimConditional(db: Db, workerId: string, now: Date, leaseUntil: Date, limit: number): Promise<string[]> {
  const candidates = await db.outboxMessage.findMany({
    where: { status: "pending", nextAttemptAt: { lte: now }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] },
    orderBy: { nextAttemptAt: "asc" },
    take: limit,
    select: { id: true, lockedUntil: true, attempts: true },
  });
  const won: string[] = [];
  for (const c of candidates) {
    const leased = await db.outboxMessage.updateMany({
      where: { id: c.id, status: "pending", lockedUntil: c.lockedUntil, attempts: c.attempts },
      data: { lockedBy: workerId, lockedUntil: leaseUntil, attempts: { increment: 1 }, updatedAt: now },
    });
    if (leased.count === 1) won.push(c.id);
  }
  return won;
}
