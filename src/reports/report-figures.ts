/**
 * The figures of the periodic report a province files under its plans (issue 18): cases
 * received by channel, source, category, risk, age band, sex and commune; the time to
 * acknowledge and to the first referral against the deadlines (Decree 56/2017, Art. 31: an
 * emergency is acted on within 12 hours); breaches; referrals by agency and their outcomes;
 * closures by reason. Pure: the rows come from the database (src/db/case-statistics-repository.ts)
 * and hold no narrative and no contact, only the coded columns.
 *
 * Counts here are exact. What a reader sees goes through report-tables.ts, which suppresses
 * or merges every cell under 5 cases so no child can be recognised.
 */
import type { TriageRisk } from "../intake/triage/triage-types.ts";

/** One case as the report reads it: coded columns only. */
export interface ReportCaseRow {
  code: string;
  channel: string;
  /** Who reported (self, family, neighbour, teacher, other); null when not said. */
  reporterRelation: string | null;
  category: string;
  risk: TriageRisk;
  childAgeBand: string | null;
  childSex: string | null;
  /** The commune as the reporter named it (decrypted when stored encrypted); null when not said. */
  commune: string | null;
  status: string;
  createdAt: Date;
  ackDueAt: Date;
  acknowledgedAt: Date | null;
  ackBreachedAt: Date | null;
  actionDueAt: Date;
  actionBreachedAt: Date | null;
  /** When the case was first referred to an agency: the first action the report counts. */
  firstReferralAt: Date | null;
  closedAt: Date | null;
  /** The reason recorded when the case was closed, where the data has one; the final status otherwise. */
  closureReason: string | null;
}

export interface ReportReferralRow {
  caseCode: string;
  target: string;
  status: string;
}

/** What the periodic report reads (src/db/case-statistics-repository.ts): a province's cases of [start, end), and their referrals. */
export interface ReportDataSource {
  reportData(provinceId: string, start: Date, end: Date): Promise<{ rows: ReportCaseRow[]; referrals: ReportReferralRow[] }>;
}

export interface ReportPeriod {
  /** Inclusive calendar days in Vietnam time, "2026-01-01" and "2026-06-30". */
  from: string;
  to: string;
}

export interface Count {
  key: string;
  count: number;
}

export type DeadlineOutcome = "met" | "missed" | "pending" | "unknown";

export interface DeadlineCounts {
  met: number;
  missed: number;
  /** Not done and not yet due at the time of the report. */
  pending: number;
  /** Closed without it (acknowledgement), or acted on without a referral (action): the time is not known. */
  unknown: number;
}

export interface RiskDeadlines {
  risk: TriageRisk | "all";
  cases: number;
  ack: DeadlineCounts;
  action: DeadlineCounts;
  /** Median minutes from the report to the acknowledgement / the first referral, over the cases that have one. */
  ackMedianMinutes: number | null;
  ackTimed: number;
  actionMedianMinutes: number | null;
  actionTimed: number;
}

export interface ReferralFigures {
  target: string;
  total: number;
  byStatus: Record<string, number>;
}

export interface ReportFigures {
  provinceId: string;
  period: ReportPeriod;
  /** The instants the period covers: [start, end). */
  start: Date;
  end: Date;
  /** When the figures were read: deadlines not yet due at this time are pending. */
  asOf: Date;
  total: number;
  byChannel: Count[];
  bySource: Count[];
  byCategory: Count[];
  byRisk: Count[];
  byAgeBand: Count[];
  bySex: Count[];
  byCommune: Count[];
  /** One row per risk, then "all". */
  deadlines: RiskDeadlines[];
  referrals: ReferralFigures[];
  /** Referrals of the period's cases, and how many cases were referred at least once. */
  referralTotal: number;
  casesReferred: number;
  closures: Count[];
  stillOpen: number;
}

export const RISK_ORDER: readonly TriageRisk[] = ["emergency", "high", "medium", "low"];
export const CHANNELS = ["telegram", "zalo", "web"] as const;
export const SOURCES = ["self", "family", "neighbour", "teacher", "other", "unknown"] as const;
export const AGE_BAND_ORDER = ["under_6", "6_11", "12_15", "16_17", "unknown"] as const;
export const SEX_ORDER = ["female", "male", "unknown"] as const;
export const REFERRAL_STATUS_ORDER = ["draft", "sent", "acknowledged", "accepted", "declined", "completed"] as const;
const FINAL = new Set(["closed", "duplicate", "not_actionable"]);
const AWAITING = new Set(["new", "triaged"]);
const UNKNOWN = "unknown";
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

export class ReportPeriodError extends Error {
  override readonly name = "ReportPeriodError";
}

/** The instants of a period of calendar days in Vietnam time (UTC+7, no daylight saving): from 00:00 of `from` to 00:00 after `to`. */
export function periodInstants(period: ReportPeriod): { start: Date; end: Date } {
  const day = (text: string, name: string) => {
    const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
    const at = m ? Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])) : Number.NaN;
    if (!m || Number.isNaN(at) || new Date(at).toISOString().slice(0, 10) !== text) {
      throw new ReportPeriodError(`${name}: ngày dạng YYYY-MM-DD (a date as YYYY-MM-DD), nhận được (got) "${text}"`);
    }
    return at - VIETNAM_OFFSET_MS;
  };
  const start = day(period.from, "--from");
  const end = day(period.to, "--to") + 86_400_000;
  if (end <= start) throw new ReportPeriodError("--to phải không sớm hơn --from (--to must not be before --from)");
  return { start: new Date(start), end: new Date(end) };
}

/** The outcome of the acknowledgement deadline at `asOf`. */
export function ackOutcome(row: ReportCaseRow, asOf: Date): DeadlineOutcome {
  const done = row.acknowledgedAt;
  if (row.ackBreachedAt || (done && done > row.ackDueAt) || (!done && !FINAL.has(row.status) && row.ackDueAt < asOf)) return "missed";
  if (done) return "met";
  return FINAL.has(row.status) ? "unknown" : "pending";
}

/** The outcome of the first-action deadline at `asOf`: the first referral is the action timed. */
export function actionOutcome(row: ReportCaseRow, asOf: Date): DeadlineOutcome {
  const done = row.firstReferralAt;
  const waiting = AWAITING.has(row.status);
  if (row.actionBreachedAt || (done && done > row.actionDueAt) || (!done && waiting && row.actionDueAt < asOf)) return "missed";
  if (done) return "met";
  return waiting ? "pending" : "unknown";
}

/** Everything the report says about the cases of one province reported in the period. */
export function computeFigures(input: {
  provinceId: string;
  period: ReportPeriod;
  rows: readonly ReportCaseRow[];
  referrals: readonly ReportReferralRow[];
  asOf: Date;
}): ReportFigures {
  const { start, end } = periodInstants(input.period);
  const rows = input.rows.filter((r) => r.createdAt >= start && r.createdAt < end);
  const codes = new Set(rows.map((r) => r.code));
  const referrals = input.referrals.filter((r) => codes.has(r.caseCode));
  return {
    provinceId: input.provinceId,
    period: input.period,
    start,
    end,
    asOf: input.asOf,
    total: rows.length,
    byChannel: fixedCounts(rows, (r) => r.channel, CHANNELS),
    bySource: fixedCounts(rows, (r) => r.reporterRelation ?? UNKNOWN, SOURCES),
    byCategory: countBy(rows, (r) => r.category),
    byRisk: fixedCounts(rows, (r) => r.risk, RISK_ORDER),
    byAgeBand: fixedCounts(rows, (r) => r.childAgeBand ?? UNKNOWN, AGE_BAND_ORDER),
    bySex: fixedCounts(rows, (r) => r.childSex ?? UNKNOWN, SEX_ORDER),
    byCommune: countBy(rows, (r) => r.commune?.trim() || UNKNOWN),
    deadlines: [...RISK_ORDER.map((risk) => riskDeadlines(risk, rows.filter((r) => r.risk === risk), input.asOf)), riskDeadlines("all", rows, input.asOf)],
    referrals: referralFigures(referrals),
    referralTotal: referrals.length,
    casesReferred: new Set(referrals.map((r) => r.caseCode)).size,
    closures: countBy(rows.filter((r) => FINAL.has(r.status)), (r) => r.closureReason?.trim() || r.status),
    stillOpen: rows.filter((r) => !FINAL.has(r.status)).length,
  };
}

function riskDeadlines(risk: TriageRisk | "all", rows: readonly ReportCaseRow[], asOf: Date): RiskDeadlines {
  const ackMinutes = rows.flatMap((r) => (r.acknowledgedAt ? [minutesBetween(r.createdAt, r.acknowledgedAt)] : []));
  const actionMinutes = rows.flatMap((r) => (r.firstReferralAt ? [minutesBetween(r.createdAt, r.firstReferralAt)] : []));
  return {
    risk,
    cases: rows.length,
    ack: tally(rows.map((r) => ackOutcome(r, asOf))),
    action: tally(rows.map((r) => actionOutcome(r, asOf))),
    ackMedianMinutes: median(ackMinutes),
    ackTimed: ackMinutes.length,
    actionMedianMinutes: median(actionMinutes),
    actionTimed: actionMinutes.length,
  };
}

function referralFigures(referrals: readonly ReportReferralRow[]): ReferralFigures[] {
  const byTarget = new Map<string, ReferralFigures>();
  for (const r of referrals) {
    const entry = byTarget.get(r.target) ?? { target: r.target, total: 0, byStatus: Object.fromEntries(REFERRAL_STATUS_ORDER.map((s) => [s, 0])) };
    entry.total += 1;
    entry.byStatus[r.status] = (entry.byStatus[r.status] ?? 0) + 1;
    byTarget.set(r.target, entry);
  }
  return [...byTarget.values()].sort((a, b) => b.total - a.total || a.target.localeCompare(b.target));
}

function tally(outcomes: readonly DeadlineOutcome[]): DeadlineCounts {
  const out: DeadlineCounts = { met: 0, missed: 0, pending: 0, unknown: 0 };
  for (const o of outcomes) out[o] += 1;
  return out;
}

function minutesBetween(from: Date, to: Date): number {
  return Math.max(0, (to.getTime() - from.getTime()) / 60_000);
}

/** The middle value (the mean of the two middle ones for an even count); null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Counts per key, most frequent first, ties by key. */
function countBy(rows: readonly ReportCaseRow[], keyOf: (r: ReportCaseRow) => string): Count[] {
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(keyOf(r), (counts.get(keyOf(r)) ?? 0) + 1);
  return [...counts].map(([key, count]) => ({ key, count })).sort((a, b) => b.count - a.count || a.key.localeCompare(b.key));
}

/** Counts in a fixed order of known keys (zero included), then any other key the data holds. */
function fixedCounts(rows: readonly ReportCaseRow[], keyOf: (r: ReportCaseRow) => string, order: readonly string[]): Count[] {
  const counted = countBy(rows, keyOf);
  const known = order.map((key) => ({ key, count: counted.find((c) => c.key === key)?.count ?? 0 }));
  return [...known, ...counted.filter((c) => !order.includes(c.key))];
}
