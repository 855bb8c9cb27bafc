/**
 * The optional Redis that lets every app instance share one set of abuse counters (REDIS_URL).
 * Redis is a help, never a dependency: when it is unreachable at start or later, commands fail
 * at once (no offline queue) and the counters fall back to this instance's memory, so a report
 * is never held up by Redis and the limits keep working, only per instance.
 */
import type { Redis } from "ioredis";
import { redactUrl } from "../core/errors.ts";
import type { Logger } from "../core/logger.ts";
import { createMemoryWindowCounter, type WindowCounter } from "../intake/cases/flood-guard.ts";

/** Keys of this product in a Redis that may be shared with other programs. */
export const REDIS_PREFIX = "bvte:";

/** Increments a key and opens its window on the first hit, atomically for all instances. */
const HIT_SCRIPT = `
local n = redis.call('INCR', KEYS[1])
if n == 1 then redis.call('PEXPIRE', KEYS[1], ARGV[1]) end
return n`;

/**
 * Connects to REDIS_URL (waits at most `connectTimeoutMs`). A failed connection is logged and
 * the client keeps reconnecting in the background; the caller gets the client either way.
 */
export async function connectRedis(url: string, logger: Logger, connectTimeoutMs = 2_000): Promise<Redis> {
  const log = logger.child({ component: "redis" });
  // Loaded only when REDIS_URL is set (about 6 MB that an instance without Redis never needs).
  const { Redis } = await import("ioredis");
  const redis = new Redis(url, { lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 1, connectTimeout: connectTimeoutMs, retryStrategy: (times) => Math.min(times * 500, 10_000) });
  let healthy = true;
  redis.on("error", (error: Error) => {
    if (healthy) log.warn({ redis: redactUrl(url), errorName: error.name }, "redis unreachable: abuse limits count in this instance's memory until it is back");
    healthy = false;
  });
  redis.on("ready", () => {
    if (!healthy) log.info({ redis: redactUrl(url) }, "redis reachable again: abuse limits are shared");
    healthy = true;
  });
  await redis.connect().catch(() => undefined);
  return redis;
}

/** A WindowCounter in Redis, shared by every instance; while Redis fails, counts in memory. */
export function createRedisWindowCounter(redis: Redis, fallback: WindowCounter = createMemoryWindowCounter()): WindowCounter {
  return {
    async hit(key, windowMs) {
      try {
        return Number(await redis.eval(HIT_SCRIPT, 1, `${REDIS_PREFIX}count:${key}`, String(windowMs)));
      } catch {
        return fallback.hit(key, windowMs);
      }
    },
  };
}
