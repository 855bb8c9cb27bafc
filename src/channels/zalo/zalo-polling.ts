/**
 * Zalo long polling: getUpdates hands out one event per call (408, an empty poll, comes back
 * from the client as an empty list). Events are dispatched without waiting, so other chats
 * are served while one chat's answer is still being written; polling pauses when too many
 * events are in flight and backs off when the API fails.
 */
import type { Logger } from "../../core/logger.ts";
import { errorSummary } from "../channel-runner.ts";
import type { ZaloClient } from "./zalo-client.ts";
import type { ZaloUpdate } from "./zalo-types.ts";

export interface ZaloPollingOptions {
  client: ZaloClient;
  dispatch(update: ZaloUpdate): Promise<void>;
  inFlight(): number;
  logger: Logger;
  timeoutSec: number;
  maxInFlight: number;
}

export interface ZaloPolling {
  start(): void;
  /** Ends the current poll at once and waits for dispatched events to be handled. */
  stop(): Promise<void>;
}

export function createZaloPolling(options: ZaloPollingOptions): ZaloPolling {
  const controller = new AbortController();
  const handling = new Set<Promise<void>>();
  let running: Promise<void> | undefined;

  const loop = async (): Promise<void> => {
    let failures = 0;
    while (!controller.signal.aborted) {
      while (options.inFlight() >= options.maxInFlight && !controller.signal.aborted) await sleep(20, controller.signal);
      try {
        const updates = await options.client.getUpdates(options.timeoutSec, { signal: controller.signal });
        failures = 0;
        for (const update of updates) track(handling, options.dispatch(update), options.logger);
      } catch (error) {
        if (controller.signal.aborted) break;
        failures += 1;
        options.logger.warn({ err: errorSummary(error), failures }, "Zalo getUpdates failed; backing off");
        await sleep(Math.min(30_000, 500 * 2 ** Math.min(failures, 6)), controller.signal);
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
    },
  };
}

function track(handling: Set<Promise<void>>, job: Promise<void>, logger: Logger): void {
  const guarded = job.catch((error: unknown) => logger.error({ err: errorSummary(error) }, "Zalo event failed")).finally(() => handling.delete(guarded));
  handling.add(guarded);
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
