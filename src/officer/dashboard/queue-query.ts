/**
 * What the queue page asks the database for: the officer's scope (their provinces) and the
 * filters they chose, one page at a time, most urgent first, with the count of each tab. The
 * scope is part of the query, so an officer of a quiet province sees every case of it however
 * busy the other provinces are. Implemented by src/db/officer-queue-repository.ts.
 */
import type { AuditEntry, CaseSummary } from "../../intake/cases/case-types.ts";
import { ALL_PROVINCES, type OfficerAccount } from "./officer-account-types.ts";

/** The tabs above the queue; each is a preset of the assignee or deadline filter. */
export const QUEUE_TABS = ["all", "mine", "unclaimed", "overdue"] as const;
export type QueueTab = (typeof QUEUE_TABS)[number];

export const QUEUE_PAGE_SIZE = 50;

export interface QueueFilters {
  risk?: string | undefined;
  /** A status, "open" (default) or "all". */
  status?: string | undefined;
  category?: string | undefined;
  province?: string | undefined;
  /** "overdue" or "soon" (due within the hour). */
  deadline?: string | undefined;
  /** "me", "none" (nobody holds it) or an officer's username. */
  assignee?: string | undefined;
  /** What the officer typed in the search box: a case code, a phone number or words of the place. */
  q?: string | undefined;
  /** 1-based page number. */
  page?: number | undefined;
}

export interface QueueQuery {
  /** The officer asking ("me" in the assignee filter). */
  officer: string;
  /** The provinces the officer may see; "all" for an account of every province. */
  provinces: readonly string[] | "all";
  filters: QueueFilters;
  now: Date;
  pageSize?: number;
}

/** Which kinds of search a typed query was tried as (for the page and the audit log; never the number itself). */
export interface SearchKinds {
  code: string | null;
  phone: boolean;
  placeWords: string[];
}

export interface QueuePage {
  cases: CaseSummary[];
  /** Cases matching the filters (all pages). */
  total: number;
  page: number;
  pages: number;
  /** Cases in each tab under the same scope and the other filters. */
  tabs: Record<QueueTab, number>;
  search: SearchKinds | null;
}

/** One exported case: the list's fields, with the channel, the closing time and (when allowed) the narrative. */
export interface ExportRow extends CaseSummary {
  channel: string;
  closedAt: Date | null;
  narrative?: string;
}

export interface QueueSource {
  page(query: QueueQuery): Promise<QueuePage>;
  /** Every matching case in the same order, at most `limit`, with the narrative only when asked (exports). */
  exportRows(query: QueueQuery, limit: number, withNarrative: boolean): Promise<ExportRow[]>;
  /** Writes one audit entry (the dashboard's own reads: list, search, export). */
  record(entry: AuditEntry): Promise<void>;
}

/** The filters of a request's query string, each trimmed to a sane length. */
export function readFilters(query: unknown): QueueFilters {
  const q = (query ?? {}) as Record<string, unknown>;
  const pick = (k: string, max = 40) => (typeof q[k] === "string" && q[k].trim() !== "" ? (q[k] as string).trim().slice(0, max) : undefined);
  const page = Number.parseInt(pick("page") ?? "1", 10);
  return {
    risk: pick("risk"), status: pick("status"), category: pick("category"), province: pick("province"), deadline: pick("deadline"),
    assignee: pick("assignee", 64), q: pick("q", 100), page: Number.isFinite(page) && page > 0 ? Math.min(page, 10_000) : 1,
  };
}

/** The query string of these filters (empty values left out), for links to other pages and tabs. */
export function filtersQuery(filters: QueueFilters, change: Partial<QueueFilters> = {}): string {
  const merged: Record<string, unknown> = { ...filters, ...change };
  const params = new URLSearchParams();
  for (const key of ["q", "risk", "status", "category", "province", "deadline", "assignee", "page"]) {
    const value = merged[key];
    if (value === undefined || value === "" || (key === "page" && value === 1)) continue;
    params.set(key, String(value));
  }
  const text = params.toString();
  return text ? `?${text}` : "";
}

/** The query of an officer's queue: their provinces and the filters they chose. */
export function queueQueryFor(account: OfficerAccount, filters: QueueFilters, now: Date): QueueQuery {
  return { officer: account.username, provinces: account.provinces.includes(ALL_PROVINCES) ? "all" : account.provinces, filters, now };
}

/** The audit entry's detail of a list or a search: what was searched as what, and how many cases came back. */
export function queueAuditDetail(filters: QueueFilters, result: Pick<QueuePage, "total" | "search">): string {
  const search = result.search;
  if (!search) return `${result.total} cases`;
  const kinds = [search.code ? `code ${search.code}` : null, search.phone ? "phone" : null, search.placeWords.length ? `place (${search.placeWords.length} words)` : null].filter(Boolean);
  return `${kinds.length ? kinds.join(", ") : "nothing searchable"}: ${result.total} cases${filters.page && filters.page > 1 ? `, page ${filters.page}` : ""}`;
}
