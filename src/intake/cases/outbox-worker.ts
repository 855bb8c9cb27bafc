/**
 * Delivers the outbox: leases due messages, POSTs each signed with HMAC-SHA256 and carrying
 * its idempotency key (a receiver that sees a key twice, after a lease expired mid-delivery,
 * ignores the copy), and on failure schedules a retry with exponential backoff until the
 * message is too old, when it is marked failed and stays visible to officers.
 */
import { createHmac, randomUUID } from "node:crypto";
import type { OutboxItem, OutboxStore } from "./outbox-types.ts";

export const SIGNATURE_HEADER = "x-bvte-signature";
export const TIMESTAMP_HEADER = "x-bvte-timestamp";
export const IDEMPOTENCY_HEADER = "idempotency-key";

export interface OutboxRetryPolicy {
  /** First retry after this many ms; each later one doubles, up to maxDelayMs. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Give up (status failed) once a message is older than this. An agency down for a day is still reached. */
  giveUpAfterMs: number;
}

export const DEFAULT_RETRY: OutboxRetryPolicy = { baseDelayMs: 30_000, maxDelayMs: 30 * 60_000, giveUpAfterMs: 72 * 3600_000 };

export interface WebhookRequest {
  url: string;
  body: string;
  headers: Record<string, string>;
}

/** Sends one request; resolves with the HTTP status, rejects on a network failure. */
export type WebhookSender = (request: WebhookRequest) => Promise<number>;

export interface OutboxWorkerDeps {
  store: OutboxStore;
  /** The shared secret of a target; messages to a target without one fail visibly rather than go unsigned. */
  secretFor(target: string): string | undefined;
  send?: WebhookSender;
  clock?: () => Date;
  retry?: OutboxRetryPolicy;
  workerId?: string;
  leaseMs?: number;
  batchSize?: number;
  /** Called once a message is delivered (a referral moves to sent). */
  onDelivered?(item: OutboxItem): Promise<void>;
  /**
   * Targets delivered by code instead of a signed POST (a message to a reporter goes through
   * their chat channel): resolves null when delivered, or why not and whether trying again is
   * pointless (`final`: a web chat session that has ended).
   */
  deliverers?: Readonly<Record<string, (item: OutboxItem) => Promise<DeliveryFailure | null>>>;
  /** Called after a failed attempt, with whether the message was given up. */
  onFailed?(item: OutboxItem, error: string, gaveUp: boolean): Promise<void>;
}

/** Why a delivery by code did not happen; `final` stops the retries. */
export interface DeliveryFailure {
  error: string;
  final?: boolean;
}

export interface OutboxWorker {
  /** Delivers what is due now; returns how many were delivered and how many failed this round. */
  runOnce(): Promise<{ delivered: number; failed: number }>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

/** The signature of a body: hex HMAC-SHA256 of "timestamp.body" (the timestamp stops replays of old deliveries). */
export function signWebhook(secret: string, timestamp: string, body: string): string {
  return `sha256=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** Delay before retry number `attempts` (1 = the first failure). */
export function backoffDelay(attempts: number, policy: OutboxRetryPolicy = DEFAULT_RETRY): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** Math.max(0, attempts - 1));
}

/** POST with global fetch and a 10-second timeout. */
export const fetchSender: WebhookSender = async (request) => {
  const response = await fetch(request.url, { method: "POST", body: request.body, headers: request.headers, signal: AbortSignal.timeout(10_000) });
  await response.arrayBuffer().catch(() => undefined);
  return response.status;
};

export function createOutboxWorker(deps: OutboxWorkerDeps): OutboxWorker {
  const clock = deps.clock ?? (() => new Date());
  const retry = deps.retry ?? DEFAULT_RETRY;
  const send = deps.send ?? fetchSender;
  const workerId = deps.workerId ?? `worker-${randomUUID()}`;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();

  const deliver = async (item: OutboxItem): Promise<boolean> => {
    const deliverer = deps.deliverers?.[item.target];
    const secret = deliverer ? undefined : deps.secretFor(item.target);
    const outcome: DeliveryFailure | null = deliverer ? await deliverer(item).catch((error: unknown) => ({ error: `delivery: ${(error as Error).name}` }))
      : secret === undefined ? { error: `no webhook secret configured for ${item.target}` } : toFailure(await attempt(item, secret, send, clock));
    const now = clock();
    if (outcome === null) {
      if (await deps.store.markDelivered(item.id, workerId, now)) await deps.onDelivered?.(item);
      return true;
    }
    const giveUp = outcome.final === true || now.getTime() - item.createdAt.getTime() >= retry.giveUpAfterMs;
    if (await deps.store.markFailed(item.id, workerId, outcome.error, giveUp ? null : new Date(now.getTime() + backoffDelay(item.attempts, retry)), now)) await deps.onFailed?.(item, outcome.error, giveUp);
    return false;
  };

  const runOnce = async () => {
    const now = clock();
    const items = await deps.store.claimDue(workerId, now, new Date(now.getTime() + (deps.leaseMs ?? 60_000)), deps.batchSize ?? 20);
    let delivered = 0;
    for (const item of items) if (await deliver(item)) delivered += 1;
    return { delivered, failed: items.length - delivered };
  };

  return {
    runOnce,
    start(intervalMs) {
      timer = setInterval(() => {
        running = running.then(runOnce).catch(() => undefined);
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

const toFailure = (error: string | null): DeliveryFailure | null => (error === null ? null : { error });

/** One POST; null when the receiver accepted it (2xx), else a short reason (never the body). */
async function attempt(item: OutboxItem, secret: string, send: WebhookSender, clock: () => Date): Promise<string | null> {
  const body = JSON.stringify(item.payload);
  const timestamp = String(Math.floor(clock().getTime() / 1000));
  const headers = {
    "content-type": "application/json",
    [IDEMPOTENCY_HEADER]: item.idempotencyKey,
    [TIMESTAMP_HEADER]: timestamp,
    [SIGNATURE_HEADER]: signWebhook(secret, timestamp, body),
  };
  try {
    const status = await send({ url: item.url, body, headers });
    return status >= 200 && status < 300 ? null : `HTTP ${status}`;
  } catch (error) {
    return `network: ${(error as Error).message}`.slice(0, 200);
  }
}
