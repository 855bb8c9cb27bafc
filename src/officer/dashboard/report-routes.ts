/**
 * Reports drawn from real cases (charts as server-rendered SVG) and the supervisors'
 * view of deadline breaches. Both read the light per-case facts (no narrative, so no audited
 * case read happens) and count only the cases of the provinces the account may see.
 */
import type { FastifyInstance } from "fastify";
import { DEFAULT_REPORT_WEEKS, REPORT_PERIODS, deadlineBreaches, periodStart, summarizeCases } from "../../intake/cases/case-statistics.ts";
import { guard, pathOf, sendHtml, sessionOf, uiOf } from "./dashboard-http.ts";
import { maySee } from "./officer-account-types.ts";
import type { DashboardContext } from "./officer-dashboard.ts";
import { breachesPage, reportPage } from "./report-page.ts";

/** How far back the breaches view looks: a year of cases, long enough for any case still open. */
const BREACH_WEEKS = 52;

/** The chosen period in weeks; anything but one of the offered periods falls back to the default. */
export function readWeeks(query: unknown): number {
  const raw = Number((query as Record<string, unknown> | null)?.weeks);
  return (REPORT_PERIODS as readonly number[]).includes(raw) ? raw : DEFAULT_REPORT_WEEKS;
}

/** GET /officer/reports (officer and up) and GET /officer/breaches (supervisor and up). */
export function registerReportRoutes(scope: FastifyInstance, context: DashboardContext): void {
  scope.get("/reports", { preHandler: guard(context.auth, "officer", context.refuse) }, async (request, reply) => {
    const session = sessionOf(request);
    const weeks = readWeeks(request.query);
    const now = context.now();
    const facts = await context.statistics.caseFacts(periodStart(now, weeks));
    const report = summarizeCases(facts, now, { weeks, visible: (provinceId) => maySee(session.account, provinceId) });
    return sendHtml(reply, reportPage(uiOf(request), session, report, weeks, pathOf(request)));
  });
  scope.get("/breaches", { preHandler: guard(context.auth, "supervisor", context.refuse) }, async (request, reply) => {
    const session = sessionOf(request);
    const openOnly = (request.query as Record<string, unknown> | null)?.open === "1";
    const now = context.now();
    const facts = await context.statistics.caseFacts(periodStart(now, BREACH_WEEKS));
    const breaches = deadlineBreaches(facts, now, (provinceId) => maySee(session.account, provinceId)).filter((b) => !openOnly || b.open);
    return sendHtml(reply, breachesPage(uiOf(request), session, breaches, openOnly, BREACH_WEEKS, pathOf(request)));
  });
}
