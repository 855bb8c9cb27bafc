/**
 * The facts the dashboard's reports are drawn from: one light row per case (no narrative,
 * no contact), with the times that say whether its deadlines were met and when an officer
 * first acted on it. The store reads them (src/db/case-statistics-repository.ts); the
 * reports are computed here, so the same numbers come out on SQLite and PostgreSQL.
 */
import type { CaseStatus } from "./case-types.ts";
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
