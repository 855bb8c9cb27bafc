/**
 * What the audit page asks for: who, which case, which action, between which days (Vietnam's
 * days), within the supervisor's provinces, one page at a time; and how the page folds the
 * reads a case page makes by itself into the one "opened the case" row they belong to.
 * Implemented by src/db/audit-log-repository.ts.
 */
import { caseCodeKey } from "../../intake/cases/case-code.ts";
import type { AuditEntry } from "../../intake/cases/case-types.ts";

export const AUDIT_PAGE_SIZE = 200;

export interface AuditFilters {
  officer?: string | undefined;
  /** As typed ("te 7k3m9q"); matched as the stored code. */
  caseCode?: string | undefined;
  action?: string | undefined;
  /** Days as YYYY-MM-DD, in Vietnam's time, both included. */
  from?: string | undefined;
  to?: string | undefined;
  page?: number | undefined;
}

export interface AuditQuery {
  provinces: readonly string[] | "all";
  filters: AuditFilters;
  limit: number;
  offset: number;
}

export interface AuditSource {
  /** The matching entries, newest first, and how many match in all. */
  entries(query: AuditQuery): Promise<{ entries: AuditEntry[]; total: number }>;
  /** Every action the log holds, for the filter. */
  actions(): Promise<string[]>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export function readAuditFilters(query: unknown): AuditFilters {
  const q = (query ?? {}) as Record<string, unknown>;
  const pick = (k: string, max = 64) => (typeof q[k] === "string" && q[k].trim() !== "" ? (q[k] as string).trim().slice(0, max) : undefined);
  const day = (k: string) => { const v = pick(k, 10); return v && DAY.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined; };
  const page = Number.parseInt(pick("page") ?? "1", 10);
  return { officer: pick("officer"), caseCode: pick("case", 20), action: pick("action", 40), from: day("from"), to: day("to"), page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1 };
}

/** The stored form of a typed case code ("te 7k3m9q" gives "TE-7K3M9Q"), or what was typed when it is not a code. */
export function storedCaseCode(typed: string): string {
  const key = caseCodeKey(typed);
  return key ? `${key.slice(0, 2)}-${key.slice(2)}` : typed;
}

/** The first moment of a Vietnam day, and the first moment of the day after. */
export function vietnamDay(day: string): { start: Date; end: Date } {
  const start = new Date(`${day}T00:00:00+07:00`);
  return { start, end: new Date(start.getTime() + 86_400_000) };
}

export function auditQueryString(filters: AuditFilters, change: Partial<AuditFilters> = {}): string {
  const merged = { ...filters, ...change };
  const params = new URLSearchParams();
  const pairs: Array<[string, string | number | undefined]> = [["officer", merged.officer], ["case", merged.caseCode], ["action", merged.action], ["from", merged.from], ["to", merged.to], ["page", merged.page === 1 ? undefined : merged.page]];
  for (const [k, v] of pairs) if (v !== undefined && v !== "") params.set(k, String(v));
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** Reads a case page makes on its own when it is opened (its referrals, its log): part of that view, not actions of their own. */
const PART_OF_A_VIEW = new Set(["referral_list", "audit_read"]);
const SAME_VIEW_MS = 5_000;

/**
 * One row per action: a case page view is recorded as "show" with the page's own reads of the
 * referrals and the case's log beside it; those are folded into the "show" row they came with
 * (same officer, same case, within a few seconds). Entries arrive newest first.
 */
export function foldViews(entries: AuditEntry[]): AuditEntry[] {
  const shows = entries.filter((e) => e.action === "show" && e.caseCode);
  return entries.filter((e) => !(PART_OF_A_VIEW.has(e.action) && e.caseCode && shows.some((s) => s.officer === e.officer && s.caseCode === e.caseCode && Math.abs(s.at.getTime() - e.at.getTime()) <= SAME_VIEW_MS)));
}
