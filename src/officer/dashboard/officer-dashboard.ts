/**
 * The officer dashboard under /officer: sign-in, the queue (with a JSON endpoint the page
 * polls), case pages with their actions, and the admins' accounts page. Every route but the
 * sign-in page and the static assets runs behind `guard` (session, CSRF on POST, role), and
 * every case route checks the case's province before the audited read, answering 404 to an
 * officer of another province exactly as for a case that does not exist.
 */
import type { FastifyInstance } from "fastify";
import type { CaseScopeLookup } from "../../db/officer-case-scope.ts";
import type { CaseQueue } from "../../intake/cases/case-queue-service.ts";
import type { ReferralService } from "../../intake/cases/referral-service.ts";
import type { Casework } from "../../intake/cases/casework-service.ts";
import type { CaseFactsSource } from "../../intake/cases/case-statistics.ts";
import type { ReportDataSource } from "../../db/case-statistics-repository.ts";
import type { KnowledgeService } from "../../qa/knowledge-service.ts";
import type { PlanDraftStore } from "../../kb/plan-drafts.ts";
import type { DocumentImports } from "../../kb/ingest/document-imports.ts";
import { registerAccountRoutes } from "./account-routes.ts";
import { registerCaseRoutes } from "./case-routes.ts";
import { registerDraftRoutes } from "./draft-routes.ts";
import { registerNewCaseRoutes } from "./new-case-routes.ts";
import { registerForm01Routes } from "./form01-routes.ts";
import type { OfficerIntake } from "../../intake/cases/officer-intake-service.ts";
import { registerKnowledgeRoutes } from "./kb-routes.ts";
import { registerReportRoutes } from "./report-routes.ts";
import { DASHBOARD_CSS, DASHBOARD_ICON, DASHBOARD_JS } from "./dashboard-assets.ts";
import { BASE, layout } from "./dashboard-layout.ts";
import { LANG_COOKIE, insideDashboard, installPlumbing, setCookie, sendHtml, uiOf, type Refusal } from "./dashboard-http.ts";
import { html } from "./html.ts";
import type { OfficerAuth } from "./officer-auth-service.ts";
import { registerAuditRoutes } from "./audit-routes.ts";
import type { QueueSource } from "./queue-query.ts";
import type { AuditSource } from "./audit-query.ts";
import type { EmergencySource } from "./events-feed.ts";
import { registerEventRoutes } from "./events-routes.ts";
import { registerQueueRoutes } from "./queue-routes.ts";
import { registerExportRoutes } from "./export-routes.ts";
import { QUEUE_CSS } from "./queue-styles.ts";

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

export interface OfficerDashboard {
  routes(app: FastifyInstance): Promise<void>;
}

/** Everything a route module needs: the deps, the clock and the shared refusal page. */
export interface DashboardContext extends DashboardDeps {
  now(): Date;
  refuse: Refusal;
}

export function createOfficerDashboard(deps: DashboardDeps): OfficerDashboard {
  const now = deps.clock ?? (() => new Date());
  const refuse: Refusal = (request, reply, status, text) => {
    const ui = uiOf(request);
    const page = layout({ ui, title: status === 404 ? ui.t.notFound : ui.t.forbidden, path: BASE }, html`<p role="alert">${text(ui.t)}</p><p><a href="${BASE}">${ui.t.toQueue}</a></p>`);
    return sendHtml(reply, page, status);
  };
  const context: DashboardContext = { ...deps, now, refuse };
  return {
    async routes(app) {
      await app.register(async (scope) => {
        installPlumbing(scope);
        scope.get("/assets/dashboard.css", async (_request, reply) => reply.type("text/css; charset=utf-8").send(DASHBOARD_CSS + QUEUE_CSS));
        scope.get("/assets/favicon.svg", async (_request, reply) => reply.type("image/svg+xml").send(DASHBOARD_ICON));
        scope.get("/assets/dashboard.js", async (_request, reply) => reply.type("text/javascript; charset=utf-8").send(DASHBOARD_JS));
        scope.get("/lang/:lang", async (request, reply) => {
          const lang = (request.params as { lang: string }).lang === "en" ? "en" : "vi";
          const next = String((request.query as Record<string, unknown>).next ?? "");
          setCookie(reply, LANG_COOKIE, lang, 365 * 86_400);
          return reply.redirect(insideDashboard(next) ? next : BASE, 303);
        });
        registerAccountRoutes(scope, context);
        registerQueueRoutes(scope, context);
        registerAuditRoutes(scope, context);
        registerExportRoutes(scope, context);
        registerEventRoutes(scope, context);
        registerCaseRoutes(scope, context);
        registerKnowledgeRoutes(scope, context);
        registerReportRoutes(scope, context);
        registerDraftRoutes(scope, context);
        registerNewCaseRoutes(scope, context);
        registerForm01Routes(scope, context);
      }, { prefix: BASE });
    },
  };
}
