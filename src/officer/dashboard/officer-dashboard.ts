/**
 * The officer dashboard under /officer: sign-in, the queue (with a JSON endpoint the page
 * polls), case pages with their actions, and the admins' accounts page. Every route but the
 * sign-in page and the static assets runs behind `guard` (session, CSRF on POST, role), and
 * every case route checks the case's province before the audited read, answering 404 to an
 * officer of another province exactly as for a case that does not exist.
 */
import type { FastifyInstance, FastifyReply } from "fastify";
import type { CaseScopeLookup } from "../../db/officer-case-scope.ts";
import type { CaseQueue } from "../../intake/cases/case-queue-service.ts";
import type { ReferralService } from "../../intake/cases/referral-service.ts";
import type { CaseFactsSource } from "../../intake/cases/case-statistics.ts";
import type { KnowledgeService } from "../../kb/knowledge-service.ts";
import type { PlanDraftStore } from "../../kb/plan-drafts.ts";
import { registerAccountRoutes } from "./account-routes.ts";
import { registerCaseRoutes } from "./case-routes.ts";
import { registerDraftRoutes } from "./draft-routes.ts";
import { registerKnowledgeRoutes } from "./kb-routes.ts";
import { registerReportRoutes } from "./report-routes.ts";
import { DASHBOARD_CSS, DASHBOARD_ICON, DASHBOARD_JS } from "./dashboard-assets.ts";
import { BASE, layout } from "./dashboard-layout.ts";
import { LANG_COOKIE, guard, insideDashboard, installPlumbing, pathOf, setCookie, sendHtml, sessionOf, uiOf, type Refusal } from "./dashboard-http.ts";
import { html } from "./html.ts";
import { maySee, ALL_PROVINCES } from "./officer-account-types.ts";
import type { OfficerAuth, SignedIn } from "./officer-auth-service.ts";
import { auditPage, visibleEntries } from "./audit-page.ts";
import { filterQueue, queuePage, queueRows, type QueueFilters } from "./queue-page.ts";

export interface DashboardDeps {
  auth: OfficerAuth;
  queue: CaseQueue;
  referrals: ReferralService;
  scope: CaseScopeLookup;
  /** The same knowledge base the bot answers from (registry, current plans, answers); reload after a draft is approved. */
  knowledge: Pick<KnowledgeService, "registry" | "plans" | "answer" | "reload">;
  /** Model-drafted plan facts waiting for an administrator's review. */
  drafts: PlanDraftStore;
  /** Light per-case rows for the reports and the breaches view. */
  statistics: CaseFactsSource;
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
        scope.get("/assets/dashboard.css", async (_request, reply) => reply.type("text/css; charset=utf-8").send(DASHBOARD_CSS));
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
        registerCaseRoutes(scope, context);
        registerKnowledgeRoutes(scope, context);
        registerReportRoutes(scope, context);
        registerDraftRoutes(scope, context);
      }, { prefix: BASE });
    },
  };
}

function readFilters(query: unknown): QueueFilters {
  const q = (query ?? {}) as Record<string, unknown>;
  const pick = (k: string) => (typeof q[k] === "string" && q[k] !== "" ? (q[k] as string).slice(0, 40) : undefined);
  return { risk: pick("risk"), status: pick("status"), category: pick("category"), province: pick("province"), deadline: pick("deadline") };
}

async function visibleQueue(context: DashboardContext, session: SignedIn, filters: QueueFilters, audit = true) {
  const filter = { includeFinal: filters.status === "all" || FINAL.has(filters.status ?? ""), ...(filters.risk ? { risk: filters.risk } : {}), limit: 500 };
  const all = await context.queue.list(session.account.username, filter, { audit });
  const mine = all.filter((c) => maySee(session.account, c.provinceId));
  return filterQueue(mine, filters, context.now());
}
const POLL_AUDIT_MS = 15 * 60_000;
const FINAL = new Set(["closed", "duplicate", "not_actionable"]);

function registerQueueRoutes(scope: FastifyInstance, context: DashboardContext): void {
  const signedIn = { preHandler: guard(context.auth, "officer", context.refuse) };
  const provinceOptions = (session: SignedIn): Array<[string, string]> =>
    context.provinces.filter((p) => session.account.provinces.includes(ALL_PROVINCES) || session.account.provinces.includes(p.id)).map((p) => [p.id, p.name]);
  scope.get("/", signedIn, async (request, reply: FastifyReply) => {
    const session = sessionOf(request);
    const filters = readFilters(request.query);
    const cases = await visibleQueue(context, session, filters);
    return sendHtml(reply, queuePage(uiOf(request), session, filters, cases, provinceOptions(session), context.now(), pathOf(request)));
  });
  scope.get("/audit", { preHandler: guard(context.auth, "supervisor", context.refuse) }, async (request, reply) => {
    const session = sessionOf(request);
    const entries = await context.queue.auditTrail(session.account.username, null, 500);
    const provinces = await context.scope.provincesOf(entries.flatMap((e) => (e.caseCode ? [e.caseCode] : [])));
    return sendHtml(reply, auditPage(uiOf(request), session, visibleEntries(session.account, entries, provinces), new Set(provinces.keys())));
  });
  // The page's refresh polls every few seconds: one audit entry per officer per quarter hour is enough to show who watched the queue.
  const lastPollAudit = new Map<string, number>();
  scope.get("/api/queue", signedIn, async (request) => {
    const ui = uiOf(request);
    const session = sessionOf(request);
    const due = context.now().getTime() - (lastPollAudit.get(session.account.username) ?? 0) >= POLL_AUDIT_MS;
    if (due) lastPollAudit.set(session.account.username, context.now().getTime());
    const cases = await visibleQueue(context, session, readFilters(request.query), due);
    return { count: cases.length, countText: ui.t.count(cases.length), freshText: ui.t.fresh, codes: cases.map((c) => c.code), rows: queueRows(cases, context.now(), ui).value };
  });
}
