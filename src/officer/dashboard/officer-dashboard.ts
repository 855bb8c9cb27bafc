/**
 * The officer dashboard under /officer: sign-in, the queue (with a JSON endpoint the page
 * polls), case pages with their actions, and the admins' accounts page. Every route but the
 * sign-in page and the static assets runs behind `guard` (session, CSRF on POST, role), and
 * every case route checks the case's province before the audited read, answering 404 to an
 * officer of another province exactly as for a case that does not exist.
 */
import type { FastifyInstance } from "fastify";
import { registerAccountRoutes } from "./account-routes.ts";
import { registerAuditRoutes } from "./audit-routes.ts";
import { registerCaseRoutes } from "./case-routes.ts";
import { DASHBOARD_CSS, DASHBOARD_ICON, DASHBOARD_JS } from "./dashboard-assets.ts";
import type { DashboardContext, DashboardDeps } from "./dashboard-context.ts";
import { LANG_COOKIE, insideDashboard, installPlumbing, setCookie, sendHtml, uiOf, type Refusal } from "./dashboard-http.ts";
import { BASE, layout } from "./dashboard-layout.ts";
import { registerDraftRoutes } from "./draft-routes.ts";
import { registerEventRoutes } from "./events-routes.ts";
import { registerExportRoutes } from "./export-routes.ts";
import { registerForm01Routes } from "./form01-routes.ts";
import { html } from "./html.ts";
import { registerKnowledgeRoutes } from "./kb-routes.ts";
import { registerNewCaseRoutes } from "./new-case-routes.ts";
import { registerQueueRoutes } from "./queue-routes.ts";
import { QUEUE_CSS } from "./queue-styles.ts";
import { registerReportRoutes } from "./report-routes.ts";

export interface OfficerDashboard {
  routes(app: FastifyInstance): Promise<void>;
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
