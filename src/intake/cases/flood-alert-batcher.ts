/**
 * Gathers suspected-flood cases of one source into one officer alert: the first such case
 * opens a window, and when it closes officers get "27 emergency reports from one source in
 * 10 minutes" with the codes, instead of 27 pages. A window per source; a flood that goes on
 * opens the next window, so officers hear of it once per window, not once per report.
 *
 * Batches live in this process: with several instances each sends its own batch. A batch not
 * sent when the process dies leaves its cases in the queue (stored, marked, deadlines running),
 * and their deadline escalations are still sent, grouped the same way.
 */
import type { TriageRisk } from "../triage/triage-types.ts";
import type { FloodBatchAlert } from "./case-types.ts";

export interface FloodAlertBatcher {
  /** Adds a suspected-flood case to its group's open batch (opening one if needed). */
  add(entry: { code: string; risk: TriageRisk; floodGroup: string }, at: Date): void;
  /** Sends every open batch now (when stopping, and in tests). */
  flush(): Promise<void>;
}

export interface FloodAlertBatcherDeps {
  /** How long a batch gathers cases before it is sent. */
  windowMs: number;
  send(batch: FloodBatchAlert): Promise<void>;
  /** Told when a batch could not be sent (its cases are in the queue all the same). */
  onError?: (error: unknown, batch: FloodBatchAlert) => void;
}

interface OpenBatch {
  batch: FloodBatchAlert;
  timer: NodeJS.Timeout;
}

export function createFloodAlertBatcher(deps: FloodAlertBatcherDeps): FloodAlertBatcher {
  const open = new Map<string, OpenBatch>();
  const inFlight = new Set<Promise<void>>();

  const send = (group: string): Promise<void> => {
    const entry = open.get(group);
    if (!entry) return Promise.resolve();
    open.delete(group);
    clearTimeout(entry.timer);
    const sending = deps.send(entry.batch).catch((error: unknown) => deps.onError?.(error, entry.batch));
    inFlight.add(sending);
    return sending.finally(() => inFlight.delete(sending));
  };

  return {
    add(entry, at) {
      const existing = open.get(entry.floodGroup);
      if (existing) {
        const { batch } = existing;
        batch.count += 1;
        if (entry.risk === "emergency") batch.emergencies += 1;
        batch.codes.push(entry.code);
        batch.lastAt = at;
        return;
      }
      const batch: FloodBatchAlert = { group: entry.floodGroup, count: 1, emergencies: entry.risk === "emergency" ? 1 : 0, codes: [entry.code], firstAt: at, lastAt: at };
      const timer = setTimeout(() => void send(entry.floodGroup), deps.windowMs);
      timer.unref();
      open.set(entry.floodGroup, { batch, timer });
    },
    async flush() {
      await Promise.all([...open.keys()].map(send));
      await Promise.all([...inFlight]);
    },
  };
}
