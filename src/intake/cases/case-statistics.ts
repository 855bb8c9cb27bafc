/**
 * The facts the dashboard's reports are drawn from: one light row per case (no narrative,
 * no contact), with the times that say whether its deadlines were met and when an officer
 * first acted on it. The store reads them (src/db/case-statistics-repository.ts); the
 * reports are computed here, so the same numbers come out on SQLite and PostgreSQL.
 */
import { AWAITING_ACTION, FINAL_STATUSES, type CaseStatus } from "./case-types.ts";
import type { TriageRisk } from "../triage/triage-types.ts";

export interface CaseFacts {
  code: string;
  provinceId: string | null;
  provinceName: string | null;
  risk: TriageRisk;
  category: string;
  status: CaseStatus;
  assigneeId: string | null;
  createdAt: Date;
  ackDueAt: Date;
  acknowledgedAt: Date | null;
  ackBreachedAt: Date | null;
  actionDueAt: Date;
  actionBreachedAt: Date | null;
  /** The first write an officer made on the case (claim, acknowledgement, note, referral, status...), from the audit log. */
  firstActionAt: Date | null;
  /** When the case was first referred to an agency. */
  firstReferralAt: Date | null;
  closedAt: Date | null;
}

/** Where the facts come from. */
export interface CaseFactsSource {
  /** Every case created at or after `since`, oldest first. */
  caseFacts(since: Date): Promise<CaseFacts[]>;
}

/** The audit actions that are an officer acting on a case (not a read): the first of them is the case's first action. */
export const OFFICER_WRITE_ACTIONS = ["claim", "acknowledge", "note", "status", "refer", "referral_update", "release", "reclassify", "reassign"] as const;

const TIME_ZONE_OFFSET_MS = 7 * 3_600_000; // Asia/Ho_Chi_Minh: UTC+7 all year, no daylight saving.
const WEEK_MS = 7 * 86_400_000;
const RISKS: readonly TriageRisk[] = ["emergency", "high", "medium", "low"];

/** The report periods an officer may choose, in weeks. */
export const REPORT_PERIODS = [4, 12, 26, 52] as const;
export const DEFAULT_REPORT_WEEKS = 12;

export interface ReportOptions {
  /** How many ISO weeks (Vietnam time) the report covers, the current one included. */
  weeks: number;
  /** Which provinces the reader may see (null: a case whose province is unknown); every case when absent. */
  visible?: (provinceId: string | null) => boolean;
}

export interface WeekCount {
  /** ISO week id, "2026-W48". */
  week: string;
  /** Monday 00:00 of the week in Vietnam time, as an instant. */
  start: Date;
  count: number;
}

export interface KeyCount {
  key: string;
  /** A display name when the facts carry one (province names). */
  name: string | null;
  count: number;
}

/** One deadline over the period: met before due, missed (breached or late), and still running (left out of the share). */
export interface DeadlineShare {
  met: number;
  missed: number;
  pending: number;
  /** met / (met + missed), or null when no deadline has been decided yet. */
  share: number | null;
}

export interface Durations {
  /** How many cases had a first action. */
  count: number;
  medianMinutes: number | null;
  p90Minutes: number | null;
}

export interface CaseReport {
  since: Date;
  total: number;
  weekly: WeekCount[];
  byCategory: KeyCount[];
  byRisk: KeyCount[];
  byProvince: KeyCount[];
  deadlines: { ack: DeadlineShare; action: DeadlineShare };
  firstAction: { overall: Durations; byRisk: Array<Durations & { risk: TriageRisk }> };
}

/** A deadline a case missed, as the supervisors' breaches view lists it. */
export interface DeadlineBreach {
  code: string;
  risk: TriageRisk;
  provinceId: string | null;
  provinceName: string | null;
  kind: "ack" | "action";
  dueAt: Date;
  /** Minutes past due when it was done, or until now when it still is not. */
  lateMinutes: number;
  /** False once the deadline was met late; true while nothing has been done. */
  stillUndone: boolean;
  assigneeId: string | null;
  status: CaseStatus;
  /** False for closed, duplicate and not_actionable cases. */
  open: boolean;
}

/** Monday 00:00 (Vietnam time) of the week `weeks - 1` weeks before the one holding `now`: where a report of `weeks` weeks starts. */
export function periodStart(now: Date, weeks: number): Date {
  return new Date(weekStart(now).getTime() - (Math.max(1, weeks) - 1) * WEEK_MS);
}

/** Monday 00:00 Vietnam time of the ISO week holding `at`. */
export function weekStart(at: Date): Date {
  const local = new Date(at.getTime() + TIME_ZONE_OFFSET_MS);
  const sinceMonday = (local.getUTCDay() + 6) % 7;
  const midnight = Date.UTC(local.getUTCFullYear(), local.getUTCMonth(), local.getUTCDate() - sinceMonday);
  return new Date(midnight - TIME_ZONE_OFFSET_MS);
}

/** "2026-W48": the ISO week (Vietnam time) holding `at`; the year is the one of the week's Thursday. */
export function isoWeekId(at: Date): string {
  const thursday = new Date(weekStart(at).getTime() + TIME_ZONE_OFFSET_MS + 3 * 86_400_000);
  const year = thursday.getUTCFullYear();
  const week = Math.floor((thursday.getTime() - Date.UTC(year, 0, 1)) / WEEK_MS) + 1;
  return `${year}-W${String(week).padStart(2, "0")}`;
}

/**
 * The reports drawn from the facts: counts by week (empty weeks included), category, risk and
 * province, the share of each deadline met, and the time to first action. Only the cases of
 * the period and of the provinces the reader may see are counted.
 */
export function summarizeCases(facts: readonly CaseFacts[], now: Date, options: ReportOptions): CaseReport {
  const since = periodStart(now, options.weeks);
  const cases = facts.filter((f) => f.createdAt >= since && (options.visible?.(f.provinceId) ?? true));
  return {
    since,
    total: cases.length,
    weekly: weeklyCounts(cases, since, options.weeks),
    byCategory: countBy(cases, (f) => [f.category, null]),
    byRisk: RISKS.map((risk) => ({ key: risk, name: null, count: cases.filter((f) => f.risk === risk).length })),
    byProvince: countBy(cases, (f) => [f.provinceId ?? "", f.provinceName]),
    deadlines: { ack: shareOf(cases.map((f) => ackOutcome(f, now))), action: shareOf(cases.map((f) => actionOutcome(f, now))) },
    firstAction: {
      overall: durations(cases),
      byRisk: RISKS.map((risk) => ({ risk, ...durations(cases.filter((f) => f.risk === risk)) })),
    },
  };
}

function weeklyCounts(cases: readonly CaseFacts[], since: Date, weeks: number): WeekCount[] {
  const out: WeekCount[] = [];
  for (let i = 0; i < Math.max(1, weeks); i += 1) {
    const start = new Date(since.getTime() + i * WEEK_MS);
    const end = start.getTime() + WEEK_MS;
    out.push({ week: isoWeekId(start), start, count: cases.filter((f) => f.createdAt >= start && f.createdAt.getTime() < end).length });
  }
  return out;
}

/** Counts per key, most frequent first (ties by key, so the order is stable). */
function countBy(cases: readonly CaseFacts[], keyOf: (f: CaseFacts) => [string, string | null]): KeyCount[] {
  const counts = new Map<string, KeyCount>();
  for (const f of cases) {
    const [key, name] = keyOf(f);
    const entry = counts.get(key) ?? { key, name, count: 0 };
    entry.count += 1;
    counts.set(key, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

type Outcome = "met" | "missed" | "pending";

/** When the case was acknowledged: claimed or acknowledged, or closed without either. */
function ackDoneAt(f: CaseFacts): Date | null {
  return f.acknowledgedAt ?? (FINAL_STATUSES.has(f.status) ? f.closedAt : null);
}

/** When the first action happened: the first referral; a case past "triaged" without one was acted on at an unknown time. */
function actionDone(f: CaseFacts): { done: boolean; at: Date | null } {
  if (f.firstReferralAt) return { done: true, at: f.firstReferralAt };
  return { done: !AWAITING_ACTION.has(f.status), at: null };
}

function ackOutcome(f: CaseFacts, now: Date): Outcome {
  return outcome(f.ackDueAt, f.ackBreachedAt, ackDoneAt(f) !== null, ackDoneAt(f), now);
}

function actionOutcome(f: CaseFacts, now: Date): Outcome {
  const { done, at } = actionDone(f);
  return outcome(f.actionDueAt, f.actionBreachedAt, done, at, now);
}

/** Missed: marked breached, done after due, or not done once due passed. Met: done in time. Pending: not done, not due yet. */
function outcome(due: Date, breachedAt: Date | null, done: boolean, doneAt: Date | null, now: Date): Outcome {
  if (breachedAt) return "missed";
  if (done) return doneAt && doneAt > due ? "missed" : "met";
  return now > due ? "missed" : "pending";
}

function shareOf(outcomes: readonly Outcome[]): DeadlineShare {
  const met = outcomes.filter((o) => o === "met").length;
  const missed = outcomes.filter((o) => o === "missed").length;
  return { met, missed, pending: outcomes.length - met - missed, share: met + missed > 0 ? met / (met + missed) : null };
}

function durations(cases: readonly CaseFacts[]): Durations {
  const minutes = cases.flatMap((f) => (f.firstActionAt ? [Math.max(0, (f.firstActionAt.getTime() - f.createdAt.getTime()) / 60_000)] : []));
  return { count: minutes.length, medianMinutes: median(minutes), p90Minutes: percentile(minutes, 90) };
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The nearest-rank percentile: the smallest value at least p% of the values are at or below; null for none. */
export function percentile(values: readonly number[], p: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

/**
 * Every missed acknowledgement or first-action deadline among the visible cases, open cases
 * first, then the longest overdue first: what a supervisor follows up.
 */
export function deadlineBreaches(facts: readonly CaseFacts[], now: Date, visible: (provinceId: string | null) => boolean = () => true): DeadlineBreach[] {
  const out: DeadlineBreach[] = [];
  for (const f of facts) {
    if (!visible(f.provinceId)) continue;
    if (ackOutcome(f, now) === "missed") out.push(breach(f, "ack", f.ackDueAt, ackDoneAt(f), now));
    const action = actionDone(f);
    if (actionOutcome(f, now) === "missed") out.push(breach(f, "action", f.actionDueAt, action.done ? action.at ?? f.actionBreachedAt ?? now : null, now));
  }
  return out.sort((a, b) => Number(b.open) - Number(a.open) || a.dueAt.getTime() - b.dueAt.getTime() || a.code.localeCompare(b.code));
}

/** `doneAt` null: still not done, late until now. A first action at an unknown time is late at least until the breach was marked. */
function breach(f: CaseFacts, kind: "ack" | "action", dueAt: Date, doneAt: Date | null, now: Date): DeadlineBreach {
  const until = doneAt ?? now;
  return {
    code: f.code, risk: f.risk, provinceId: f.provinceId, provinceName: f.provinceName, kind, dueAt,
    lateMinutes: Math.max(0, Math.floor((until.getTime() - dueAt.getTime()) / 60_000)),
    stillUndone: doneAt === null, assigneeId: f.assigneeId, status: f.status, open: !FINAL_STATUSES.has(f.status),
  };
}
