/**
 * Outcome counters per model task ("phrase": { phrased: 12, rejected_agency: 1, timeout: 2 }).
 * They show an operator how often the model is used, refused or unavailable, without any text.
 */

export type LlmStats = Record<string, Record<string, number>>;

export interface OutcomeCounter {
  count(task: string, outcome: string): void;
  /** A copy, so callers cannot change the counters. */
  snapshot(): LlmStats;
}

/** Creates empty counters. */
export function createOutcomeCounter(): OutcomeCounter {
  const counts = new Map<string, Map<string, number>>();
  return {
    count(task, outcome) {
      const byOutcome = counts.get(task) ?? new Map<string, number>();
      byOutcome.set(outcome, (byOutcome.get(outcome) ?? 0) + 1);
      counts.set(task, byOutcome);
    },
    snapshot() {
      const out: LlmStats = {};
      for (const [task, byOutcome] of counts) out[task] = Object.fromEntries(byOutcome);
      return out;
    },
  };
}
