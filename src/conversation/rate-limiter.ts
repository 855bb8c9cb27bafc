/**
 * Per-user token bucket. A flood gets exactly one polite "slow down" per limited stretch;
 * the caller decides what else to do (danger messages are never held back). Buckets live in
 * memory: with several instances each holds its own, which only makes the limit looser.
 */

export interface RateLimitSettings {
  /** Messages a user may send in a burst. */
  capacity: number;
  /** Tokens regained per second. */
  refillPerSecond: number;
  /** Buckets kept at most; the least recently used are forgotten first. */
  maxUsers?: number;
}

export const DEFAULT_RATE_LIMIT: RateLimitSettings = { capacity: 8, refillPerSecond: 0.5, maxUsers: 50_000 };

/** "allowed", "notice" (first limited message: send the one slow-down reply) or "limited". */
export type RateDecision = "allowed" | "notice" | "limited";

export interface RateLimiter {
  take(key: string, now: Date): RateDecision;
  /** Whether a take now would be allowed, without taking. */
  peek?(key: string, now: Date): boolean;
}

interface Bucket {
  tokens: number;
  at: number;
  noticed: boolean;
}

/** Creates the limiter. */
export function createRateLimiter(settings: RateLimitSettings = DEFAULT_RATE_LIMIT): RateLimiter {
  const buckets = new Map<string, Bucket>();
  const maxUsers = settings.maxUsers ?? 50_000;
  return {
    peek(key, now) {
      const bucket = buckets.get(key);
      if (!bucket) return true;
      return Math.min(settings.capacity, bucket.tokens + (Math.max(0, now.getTime() - bucket.at) / 1000) * settings.refillPerSecond) >= 1;
    },
    take(key, now) {
      const t = now.getTime();
      const old = buckets.get(key);
      const bucket: Bucket = old ?? { tokens: settings.capacity, at: t, noticed: false };
      bucket.tokens = Math.min(settings.capacity, bucket.tokens + (Math.max(0, t - bucket.at) / 1000) * settings.refillPerSecond);
      bucket.at = t;
      buckets.delete(key);
      buckets.set(key, bucket);
      if (buckets.size > maxUsers) buckets.delete(buckets.keys().next().value as string);
      if (bucket.tokens >= 1) {
        bucket.tokens -= 1;
        bucket.noticed = false;
        return "allowed";
      }
      if (bucket.noticed) return "limited";
      bucket.noticed = true;
      return "notice";
    },
  };
}
