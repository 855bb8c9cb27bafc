/**
 * The queue routes: the page (with the search box's `?q=`) and the JSON the page polls. The
 * officer's provinces go into the database query, never applied after it; every page load is
 * one audit entry ("list", or "search" with what the query was tried as, never the phone
 * number itself), and a page's polling one per quarter hour.
 */
import type { FastifyInstance } from "fastify";
import type { DashboardContext } from "./dashboard-context.ts";
import { guard, pathOf, sendHtml, sessionOf, uiOf } from "./dashboard-http.ts";
import { ALL_PROVINCES } from "./officer-account-types.ts";
import type { SignedIn } from "./officer-auth-service.ts";
import { queuePage, queueRows } from "./queue-page.ts";
import { queueAuditDetail, queueQueryFor, readFilters, type QueueFilters } from "./queue-query.ts";

const POLL_AUDIT_MS = 15 * 60_000;

export function registerQueueRoutes(scope: FastifyInstance, context: DashboardContext): void {
  const signedIn = { preHandler: guard(context.auth, "officer", context.refuse) };
  const provinceOptions = (session: SignedIn): Array<[string, string]> =>
    context.provinces.filter((p) => session.account.provinces.includes(ALL_PROVINCES) || session.account.provinces.includes(p.id)).map((p) => [p.id, p.name]);
  const load = async (session: SignedIn, filters: QueueFilters, audit: boolean) => {
    const now = context.now();
    const result = await context.officerQueue.page(queueQueryFor(session.account, filters, now));
    if (audit) await context.officerQueue.record({ officer: session.account.username, action: result.search ? "search" : "list", caseCode: null, detail: queueAuditDetail(filters, result), at: now });
    return result;
  };

  scope.get("/", signedIn, async (request, reply) => {
    const session = sessionOf(request);
    const filters = readFilters(request.query);
    const result = await load(session, filters, true);
    return sendHtml(reply, queuePage(uiOf(request), session, filters, result, provinceOptions(session), context.now(), pathOf(request)));
  });

  // The page's refresh polls every few seconds: one audit entry per officer per quarter hour is enough to show who watched the queue.
  const lastPollAudit = new Map<string, number>();
  scope.get("/api/queue", signedIn, async (request) => {
    const ui = uiOf(request);
    const session = sessionOf(request);
    const due = context.now().getTime() - (lastPollAudit.get(session.account.username) ?? 0) >= POLL_AUDIT_MS;
    if (due) lastPollAudit.set(session.account.username, context.now().getTime());
    const result = await load(session, readFilters(request.query), due);
    return {
      count: result.total, countText: ui.t.count(result.total), freshText: ui.t.fresh, codes: result.cases.map((c) => c.code), tabs: result.tabs,
      page: result.page, pages: result.pages, rows: queueRows(result.cases, context.now(), ui).value,
    };
  });
}
