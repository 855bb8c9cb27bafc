/**
 * Runs escalateOverdue on a timer in every app instance. Which instance announces a breach
 * is decided by the database (a conditional update per breach), so several instances running
 * this at once announce each breach once.
 */
import type { CaseQueue } from "./case-queue-service.ts";
import type { EscalationAlert } from "./case-types.ts";

export interface EscalationTimer {
  /** One pass now (also what the timer runs). */
  tick(): Promise<EscalationAlert[]>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

export function createEscalationTimer(deps: { queue: CaseQueue; notify(alerts: EscalationAlert[]): Promise<void>; onError?(error: unknown): void }): EscalationTimer {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    const alerts = await deps.queue.escalateOverdue();
    if (alerts.length > 0) await deps.notify(alerts);
    return alerts;
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
