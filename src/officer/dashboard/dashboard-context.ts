/**
 * What the dashboard is made of (its dependencies) and what every route module receives (the
 * context). Route modules import this module; officer-dashboard.ts imports the route modules;
 * neither direction runs back, so the routes and the assembly never import each other.
 */
import type { CaseScopeLookup } from "../../db/officer-case-scope.ts";
import type { CaseQueue } from "../../intake/cases/case-queue-service.ts";
import type { ReferralService } from "../../intake/cases/referral-service.ts";
import type { Casework } from "../../intake/cases/casework-service.ts";
import type { CaseFactsSource } from "../../intake/cases/case-statistics.ts";
import type { OfficerIntake } from "../../intake/cases/officer-intake-service.ts";
import type { ReportDataSource } from "../../db/case-statistics-repository.ts";
import type { KnowledgeService } from "../../qa/knowledge-service.ts";
import type { PlanDraftStore } from "../../kb/plan-drafts.ts";
import type { DocumentImports } from "../../kb/ingest/document-imports.ts";
import type { Refusal } from "./dashboard-http.ts";
import type { OfficerAuth } from "./officer-auth-service.ts";
import type { QueueSource } from "./queue-query.ts";
import type { AuditSource } from "./audit-query.ts";
import type { EmergencySource } from "./events-feed.ts";

export interface DashboardDeps {
  auth: OfficerAuth;
  queue: CaseQueue;
  referrals: ReferralService;
  /** Closing with a reason, reopening, follow-up tasks (issue 16, items 6 and 7). */
  casework: Casework;
  scope: CaseScopeLookup;
  /** The queue as one scoped, paginated query (with the search), and the audit of the dashboard's own reads. */
  officerQueue: QueueSource;
  /** The audit log as supervisors filter and page it. */
  auditLog: AuditSource;
  /** New emergencies for the pages' live banner (server-sent events). */
  emergencies: EmergencySource;
  /** How often the live banner's feed looks for new emergencies (default 5 s). */
  eventPollMs?: number;
  /** The same knowledge base the bot answers from (registry, current plans, answers); reload after a draft is approved. */
  knowledge: Pick<KnowledgeService, "registry" | "plans" | "answer" | "reload">;
  /** Model-drafted plan facts waiting for an administrator's review. */
  drafts: PlanDraftStore;
  /** Plans uploaded as PDF, Word or scans, read and waiting for an administrator's review; the upload page is absent without it. */
  documents?: DocumentImports;
  /** Cases officers record from a call, a 111 transfer, a visit or a letter ("Tiếp nhận mới"). */
  officerIntake: OfficerIntake;
  /** Light per-case rows for the reports and the breaches view. */
  statistics: CaseFactsSource;
  /** The periodic report's rows for a province and period (issue 18); the page is absent without it. */
  reportData?: ReportDataSource;
  /** Registry provinces (id, name) for filters. */
  provinces: Array<{ id: string; name: string }>;
  clock?: () => Date;
}

/** Everything a route module needs: the deps, the clock and the shared refusal page. */
export interface DashboardContext extends DashboardDeps {
  now(): Date;
  refuse: Refusal;
}
