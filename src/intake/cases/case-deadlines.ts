/**
 * Deadlines by risk (DESIGN.md "Intake workflow"), configurable because provinces publish
 * different procedures. Two clocks run from the report: acknowledgement (an officer has
 * claimed it) and first action (referred or under intervention). Emergencies are also
 * announced again until someone acknowledges them.
 */
import type { TriageRisk } from "../triage/triage-types.ts";

export interface RiskDeadline {
  /** Minutes until an officer must have acknowledged (claimed) the case. */
  acknowledgeMinutes: number;
  /** Minutes until the first action (referral or intervention). */
  actionMinutes: number;
  /** Minutes between repeated alerts while nobody acknowledges; null for no repeats. */
  repeatAlertMinutes: number | null;
}

export type DeadlinePolicy = Readonly<Record<TriageRisk, RiskDeadline>>;

/**
 * Emergency: alerted at once and again every 15 minutes until acknowledged, intervention
 * within 12 hours (Decree 56/2017, Art. 31). High: acknowledged in 2 hours, assessed in 12.
 * Medium: 24 hours. Low: 72 hours.
 */
export const DEFAULT_DEADLINES: DeadlinePolicy = {
  emergency: { acknowledgeMinutes: 15, actionMinutes: 12 * 60, repeatAlertMinutes: 15 },
  high: { acknowledgeMinutes: 2 * 60, actionMinutes: 12 * 60, repeatAlertMinutes: null },
  medium: { acknowledgeMinutes: 24 * 60, actionMinutes: 24 * 60, repeatAlertMinutes: null },
  low: { acknowledgeMinutes: 72 * 60, actionMinutes: 72 * 60, repeatAlertMinutes: null },
};

export interface CaseDeadlines {
  ackDueAt: Date;
  actionDueAt: Date;
  /** When an unacknowledged emergency is announced again. */
  nextAlertAt: Date | null;
}

const plus = (from: Date, minutes: number): Date => new Date(from.getTime() + minutes * 60_000);

/** The deadlines of a case reported at `reportedAt` with this risk. */
export function deadlinesFor(risk: TriageRisk, reportedAt: Date, policy: DeadlinePolicy = DEFAULT_DEADLINES): CaseDeadlines {
  const rule = policy[risk];
  return {
    ackDueAt: plus(reportedAt, rule.acknowledgeMinutes),
    actionDueAt: plus(reportedAt, rule.actionMinutes),
    nextAlertAt: rule.repeatAlertMinutes === null ? null : plus(reportedAt, rule.repeatAlertMinutes),
  };
}

/**
 * The deadlines of a case an officer reclassified at `at`: each becomes the earlier of the
 * old one and the new risk's counted from now, so a reclassification can shorten a clock but
 * never buys time. An unacknowledged case raised to a repeating risk is announced at the next
 * pass, and keeps any repeat it already had.
 */
export function deadlinesAfterReclassification(current: CaseDeadlines & { acknowledgedAt: Date | null }, risk: TriageRisk, at: Date, policy: DeadlinePolicy = DEFAULT_DEADLINES): CaseDeadlines {
  const fresh = deadlinesFor(risk, at, policy);
  const earlier = (a: Date, b: Date) => (a.getTime() <= b.getTime() ? a : b);
  const repeats = policy[risk].repeatAlertMinutes !== null && current.acknowledgedAt === null;
  return {
    ackDueAt: earlier(current.ackDueAt, fresh.ackDueAt),
    actionDueAt: earlier(current.actionDueAt, fresh.actionDueAt),
    nextAlertAt: repeats ? earlier(current.nextAlertAt ?? at, at) : current.nextAlertAt,
  };
}

/** The next repeat of an emergency alert after one sent at `sentAt`, or null when this risk does not repeat. */
export function nextRepeatAfter(risk: TriageRisk, sentAt: Date, policy: DeadlinePolicy = DEFAULT_DEADLINES): Date | null {
  const minutes = policy[risk].repeatAlertMinutes;
  return minutes === null ? null : plus(sentAt, minutes);
}

/** Thrown at start when a configured policy has a non-positive or missing duration. */
export class DeadlinePolicyError extends Error {
  override readonly name = "DeadlinePolicyError";
}

/** Merges overrides (e.g. from configuration) into the defaults and checks every duration is positive. */
export function deadlinePolicy(overrides: Partial<Record<TriageRisk, Partial<RiskDeadline>>> = {}): DeadlinePolicy {
  const merged = Object.fromEntries(
    (Object.keys(DEFAULT_DEADLINES) as TriageRisk[]).map((risk) => [risk, { ...DEFAULT_DEADLINES[risk], ...overrides[risk] }]),
  ) as Record<TriageRisk, RiskDeadline>;
  for (const [risk, rule] of Object.entries(merged)) {
    for (const value of [rule.acknowledgeMinutes, rule.actionMinutes, rule.repeatAlertMinutes ?? 1]) {
      if (!Number.isFinite(value) || value <= 0) throw new DeadlinePolicyError(`deadline for ${risk} must be a positive number of minutes`);
    }
  }
  return merged;
}
