/**
 * A pass that runs on a timer in every app instance: it takes what is due (each item once,
 * decided by the database) and hands it on. Passes never overlap, an error is reported and
 * the next pass runs, and stopping waits for the pass in flight.
 */
export interface PeriodicPass<T> {
  /** One pass now (also what the timer runs); returns what this pass handed on. */
  tick(): Promise<T[]>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

export function createPeriodicPass<T>(deps: { take(): Promise<T[]>; notify(items: T[]): Promise<void>; onError?(error: unknown): void }): PeriodicPass<T> {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    const due = await deps.take();
    if (due.length > 0) await deps.notify(due);
    return due;
  };
  return {
    tick,
    start(intervalMs) {
      timer = setInterval(() => {
        running = running.then(tick).catch((error: unknown) => deps.onError?.(error));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
