/**
 * Runs escalateOverdue on a timer in every app instance. Which instance announces a breach
 * is decided by the database (a conditional update per breach), so several instances running
 * this at once announce each breach once.
 */
import type { CaseQueue } from "./case-queue-service.ts";
import type { EscalationAlert } from "./case-types.ts";
import { createPeriodicPass, type PeriodicPass } from "./periodic-pass.ts";

export type EscalationTimer = PeriodicPass<EscalationAlert>;

export function createEscalationTimer(deps: { queue: CaseQueue; notify(alerts: EscalationAlert[]): Promise<void>; onError?(error: unknown): void }): EscalationTimer {
  return createPeriodicPass({ take: () => deps.queue.escalateOverdue(), notify: (items) => deps.notify(items), ...(deps.onError ? { onError: deps.onError } : {}) });
}
