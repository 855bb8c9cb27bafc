/**
 * Long polling with @grammyjs/runner: the runner fetches batches (retrying network errors and
 * 5xx with growing pauses, waiting out a 429's retry_after) and hands every update to
 * `dispatch` at once through its concurrent sink, so different chats are served in parallel;
 * `dispatch` puts each update in its chat's lane of the channels' shared chat queue
 * (channel-runner.ts), which keeps one chat in order in polling and webhook mode alike, as
 * the runner's `sequentialize` would for polling only. The runner slows `getUpdates` when
 * `maxInFlight` updates are in hand.
 *
 * What the runner stops on (401: the token is wrong; 409: another instance polls or a webhook
 * is set) is logged and polling starts again after a pause, so a rolling restart where two
 * instances briefly overlap heals itself. On stop the offset is confirmed so that a restart
 * does not fetch the updates already handled again.
 */
import { createConcurrentSink, createRunner, createSource, createUpdateFetcher, type RunnerHandle } from "@grammyjs/runner";
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../core/logger.ts";
import { errorSummary } from "../channel-runner.ts";

export interface PollingOptions {
  bot: Bot;
  /** Starts handling one update; resolves when it is handled. Must not throw. */
  dispatch(update: Update): Promise<void>;
  logger: Logger;
  timeoutSec: number;
  maxInFlight: number;
  allowedUpdates: ReadonlyArray<string>;
  /** The longest pause before polling again after the runner stopped on a 401 or 409 (1 s, 2 s, 4 s … up to this; default 30 s). */
  restartAfterMs?: number;
}

export interface PollingLoop {
  start(): void;
  /** Stops polling and waits for the updates already fetched to be handled. */
  stop(): Promise<void>;
}

export function createPollingLoop(options: PollingOptions): PollingLoop {
  let nextOffset = 0;
  let stopped = false;
  let runner: RunnerHandle | undefined;
  let supervising: Promise<void> | undefined;
  const wake = new AbortController();
  // Updates fetched and not yet handled: stop waits for them before it confirms the offset.
  const handling = new Set<Promise<void>>();
  const consume = (update: Update): Promise<void> => {
    const job = options.dispatch(update).finally(() => handling.delete(job));
    handling.add(job);
    return job;
  };

  const fetchUpdates = createUpdateFetcher(
    { api: options.bot.api as never, handleUpdate: options.dispatch, errorHandler: () => undefined },
    { fetch: { timeout: options.timeoutSec, allowed_updates: options.allowedUpdates as never }, silent: true },
  );
  // The runner types its signal with an AbortSignal shim of its own; at run time it is Node's.
  type RunnerSignal = Parameters<typeof fetchUpdates>[1];
  const supply = async (batchSize: number, signal: RunnerSignal): Promise<Update[]> => {
    const updates = (await fetchUpdates(batchSize, signal)) as Update[];
    const last = updates.at(-1);
    if (last) nextOffset = Math.max(nextOffset, last.update_id + 1);
    return updates;
  };

  const runOnce = async (): Promise<void> => {
    const source = createSource<Update>({ supply });
    const sink = createConcurrentSink<Update, unknown>(
      { consume },
      async (error) => options.logger.error({ err: errorSummary(error) }, "Telegram update could not be handled"),
      { concurrency: options.maxInFlight },
    );
    runner = createRunner(source, sink);
    runner.start();
    await runner.task();
  };

  const supervise = async (): Promise<void> => {
    let failures = 0;
    while (!stopped) {
      try {
        await runOnce();
        failures = 0;
      } catch (error) {
        if (stopped) break;
        failures += 1;
        options.logger.warn({ err: errorSummary(error), failures }, "Telegram polling stopped (another instance polling, or the token refused); polling again after a pause");
        await sleep(Math.min(options.restartAfterMs ?? 30_000, 500 * 2 ** Math.min(failures, 6)), wake.signal);
      }
    }
  };

  return {
    start() {
      supervising ??= supervise();
    },
    async stop() {
      stopped = true;
      wake.abort();
      await runner?.stop().catch(() => undefined);
      await supervising;
      await Promise.allSettled([...handling]);
      if (nextOffset > 0) await options.bot.api.getUpdates({ offset: nextOffset, timeout: 0, limit: 1 }).catch(() => undefined);
    },
  };
}

function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve) => {
    if (signal.aborted) return resolve();
    const timer = setTimeout(resolve, ms);
    signal.addEventListener("abort", () => {
      clearTimeout(timer);
      resolve();
    }, { once: true });
  });
}
