/**
 * Long polling without grammY's sequential `bot.start` (and without @grammyjs/runner): each
 * batch of updates is handed to `dispatch` at once, so different chats are served in parallel
 * while the chat queue keeps each chat in order. Polling pauses while too many updates are in
 * flight, backs off on errors (a 409 means another instance polls), and on stop confirms the
 * offset so a restart does not fetch handled updates again.
 */
import type { Bot } from "grammy";
import type { Update } from "grammy/types";
import type { Logger } from "../../core/logger.ts";
import { errorSummary } from "../channel-runner.ts";

export interface PollingOptions {
  bot: Bot;
  /** Starts handling one update; resolves when it is handled. Must not throw. */
  dispatch(update: Update): Promise<void>;
  /** Updates being handled; polling waits while this reaches `maxInFlight`. */
  inFlight(): number;
  logger: Logger;
  timeoutSec: number;
  maxInFlight: number;
  allowedUpdates: ReadonlyArray<string>;
}

export interface PollingLoop {
  start(): void;
  /** Stops polling and waits for the updates already fetched to be handled. */
  stop(): Promise<void>;
}

export function createPollingLoop(options: PollingOptions): PollingLoop {
  const controller = new AbortController();
  const handling = new Set<Promise<void>>();
  let offset = 0;
  let running: Promise<void> | undefined;

  const fetchBatch = async (): Promise<Update[]> =>
    options.bot.api.getUpdates({ offset, timeout: options.timeoutSec, allowed_updates: options.allowedUpdates as never }, controller.signal as never);

  const loop = async (): Promise<void> => {
    let failures = 0;
    while (!controller.signal.aborted) {
      await waitForRoom(options, controller.signal);
      let updates: Update[];
      try {
        updates = await fetchBatch();
        failures = 0;
      } catch (error) {
        if (controller.signal.aborted) break;
        failures += 1;
        options.logger.warn({ err: errorSummary(error), failures }, "Telegram getUpdates failed; backing off");
        await sleep(Math.min(30_000, 500 * 2 ** Math.min(failures, 6)), controller.signal);
        continue;
      }
      for (const update of updates) {
        offset = update.update_id + 1;
        const job = options.dispatch(update).finally(() => handling.delete(job));
        handling.add(job);
      }
    }
  };

  return {
    start() {
      running ??= loop();
    },
    async stop() {
      controller.abort();
      await running;
      await Promise.allSettled([...handling]);
      if (offset > 0) await options.bot.api.getUpdates({ offset, timeout: 0, limit: 1 }).catch(() => undefined);
    },
  };
}

async function waitForRoom(options: PollingOptions, signal: AbortSignal): Promise<void> {
  while (options.inFlight() >= options.maxInFlight && !signal.aborted) await sleep(20, signal);
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
