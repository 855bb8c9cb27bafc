/**
 * The outbox of outbound webhooks: a referral by webhook is written to the database in the
 * same breath as the referral, and workers deliver it later, retrying with backoff, so a
 * restart or an agency that is down for a day loses nothing. Workers lease rows (SKIP
 * LOCKED on PostgreSQL) so two instances never deliver the same row at the same time.
 */

export type OutboxStatus = "pending" | "delivered" | "failed";

export interface OutboxEntry {
  idempotencyKey: string;
  referralId: string | null;
  caseCode: string | null;
  target: string;
  url: string;
  /** JSON-serialisable body; stored encrypted because it carries the case. */
  payload: unknown;
  at: Date;
}

export interface OutboxItem {
  id: string;
  idempotencyKey: string;
  referralId: string | null;
  caseCode: string | null;
  target: string;
  url: string;
  payload: unknown;
  status: OutboxStatus;
  /** Delivery attempts so far, the current one included once claimed. */
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  deliveredAt: Date | null;
  createdAt: Date;
}

export interface OutboxStore {
  /** Adds a message; the same idempotency key is stored once (returns the existing id). */
  enqueue(entry: OutboxEntry): Promise<string>;
  /** Leases up to `limit` due messages to `workerId` until `leaseUntil`; no row is leased to two workers at once. */
  claimDue(workerId: string, now: Date, leaseUntil: Date, limit: number): Promise<OutboxItem[]>;
  markDelivered(id: string, workerId: string, at: Date): Promise<boolean>;
  /** Records a failed attempt: retried at `retryAt`, or given up (status failed) when it is null. */
  markFailed(id: string, workerId: string, error: string, retryAt: Date | null, at: Date): Promise<boolean>;
  /** Messages that failed at least once and are not delivered: what officers must see. */
  problems(limit?: number): Promise<OutboxItem[]>;
  byReferral(referralId: string): Promise<OutboxItem[]>;
}
