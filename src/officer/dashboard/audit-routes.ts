/**
 * The supervisors' audit log: the page (filters, one row per action) and the same rows as a
 * CSV file. Reading the log and downloading it are themselves audited, with the filters used.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import type { DashboardContext } from "./dashboard-context.ts";
import { guard, sendHtml, sessionOf, uiOf } from "./dashboard-http.ts";
import { auditCsv, auditPage } from "./audit-page.ts";
import { AUDIT_PAGE_SIZE, auditQueryString, foldViews, readAuditFilters, type AuditFilters } from "./audit-query.ts";
import { ALL_PROVINCES } from "./officer-account-types.ts";

/** The most rows one CSV of the log holds. */
const AUDIT_EXPORT_LIMIT = 50_000;

export function registerAuditRoutes(scope: FastifyInstance, context: DashboardContext): void {
  const supervisor = { preHandler: guard(context.auth, "supervisor", context.refuse) };
  const read = async (request: FastifyRequest, filters: AuditFilters, limit: number, offset: number) => {
    const { account } = sessionOf(request);
    const provinces = account.provinces.includes(ALL_PROVINCES) ? "all" : account.provinces;
    const found = await context.auditLog.entries({ provinces, filters, limit, offset });
    // Folding is for the unfiltered view: asked for one action, the supervisor sees every entry of it.
    return { ...found, entries: filters.action ? found.entries : foldViews(found.entries) };
  };
  const record = (request: FastifyRequest, action: string, filters: AuditFilters) =>
    context.officerQueue.record({ officer: sessionOf(request).account.username, action, caseCode: null, detail: auditQueryString(filters) || null, at: context.now() });

  scope.get("/audit", supervisor, async (request, reply) => {
    const filters = readAuditFilters(request.query);
    await record(request, "audit_read", filters);
    const page = filters.page ?? 1;
    const found = await read(request, filters, AUDIT_PAGE_SIZE, (page - 1) * AUDIT_PAGE_SIZE);
    const linkable = await context.scope.provincesOf(found.entries.flatMap((e) => (e.caseCode ? [e.caseCode] : [])));
    const view = { ...found, page, pages: Math.max(1, Math.ceil(found.total / AUDIT_PAGE_SIZE)), actions: await context.auditLog.actions() };
    return sendHtml(reply, auditPage(uiOf(request), sessionOf(request), filters, view, new Set(linkable.keys())));
  });

  scope.get("/audit.csv", supervisor, async (request, reply) => {
    const filters = readAuditFilters(request.query);
    await record(request, "audit_export", filters);
    const found = await read(request, filters, AUDIT_EXPORT_LIMIT, 0);
    return reply.type("text/csv; charset=utf-8").header("content-disposition", 'attachment; filename="nhat-ky.csv"').send(await auditCsv(uiOf(request), found.entries));
  });
}
