/**
 * A grammY API transformer that retries what Telegram asks to be retried: a flood wait (429
 * with `retry_after`), a 5xx, or a lost connection. The @grammyjs/auto-retry plugin is not a
 * dependency; this is the same idea in a few lines. getUpdates is left alone because the
 * polling loop backs off on its own, and a flood wait longer than `maxRetryAfterSec` is
 * handed back to the caller instead of holding a chat's queue for minutes.
 */
import type { Transformer } from "grammy";
import type { Logger } from "../../core/logger.ts";

export interface TelegramRetryPolicy {
  /** Total tries per call, including the first. */
  maxAttempts: number;
  /** First delay after a 5xx or network error; doubles each time up to `maxDelayMs`. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** Longest flood wait (seconds) honoured inside one call. */
  maxRetryAfterSec: number;
}

export const DEFAULT_TELEGRAM_RETRY: TelegramRetryPolicy = { maxAttempts: 4, baseDelayMs: 500, maxDelayMs: 8000, maxRetryAfterSec: 60 };

/** Creates the transformer; install with `bot.api.config.use(...)`. */
export function createRetryTransformer(policy: TelegramRetryPolicy, logger?: Pick<Logger, "warn">): Transformer {
  return async (prev, method, payload, grammySignal) => {
    // grammY types its signal with the abort-controller polyfill; at run time it is Node's own.
    const signal = grammySignal as unknown as AbortSignal | undefined;
    for (let attempt = 1; ; attempt++) {
      const last = attempt >= policy.maxAttempts || method === "getUpdates";
      let result: Awaited<ReturnType<typeof prev>>;
      try {
        result = await prev(method, payload, grammySignal);
      } catch (error) {
        if (last || signal?.aborted) throw error;
        await wait(backoff(policy, attempt), signal, logger, method, attempt, "network");
        continue;
      }
      if (result.ok || last) return result;
      const delay = retryDelay(policy, attempt, result.error_code, result.parameters?.retry_after);
      if (delay === null) return result;
      await wait(delay, signal, logger, method, attempt, result.error_code);
    }
  };
}

/** The wait before the next try, or null when the error is not worth retrying. */
function retryDelay(policy: TelegramRetryPolicy, attempt: number, code: number, retryAfter: number | undefined): number | null {
  if (code === 429) {
    const seconds = typeof retryAfter === "number" && retryAfter > 0 ? retryAfter : 1;
    return seconds <= policy.maxRetryAfterSec ? seconds * 1000 : null;
  }
  return code >= 500 ? backoff(policy, attempt) : null;
}

function backoff(policy: TelegramRetryPolicy, attempt: number): number {
  const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.round(ceiling / 2 + (Math.random() * ceiling) / 2);
}

async function wait(ms: number, signal: AbortSignal | undefined, logger: Pick<Logger, "warn"> | undefined, method: string, attempt: number, code: number | string): Promise<void> {
  logger?.warn({ method, attempt, errorCode: code, delayMs: ms }, "Telegram API call failed; retrying");
  await new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
