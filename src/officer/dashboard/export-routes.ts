/**
 * Exports of the queue's current filter (the same query string as the page): CSV and XLSX,
 * only the cases of the officer's provinces, the narrative only for supervisors and admins
 * who ask for it (`narrative=1`); every export is one audit entry saying what went out.
 * Without a session the guard answers 401 and no file is made.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import type { DashboardContext } from "./dashboard-context.ts";
import { guard, sessionOf, uiOf } from "./dashboard-http.ts";
import { EXPORT_LIMIT, casesCsv, casesXlsx, exportFileName } from "./export-cases.ts";
import { roleAtLeast } from "./officer-account-types.ts";
import { queueAuditDetail, queueQueryFor, readFilters } from "./queue-query.ts";

const TYPES = {
  csv: "text/csv; charset=utf-8",
  xlsx: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
} as const;

export function registerExportRoutes(scope: FastifyInstance, context: DashboardContext): void {
  const signedIn = { preHandler: guard(context.auth, "officer", context.refuse) };
  const send = async (request: FastifyRequest, reply: FastifyReply, kind: "csv" | "xlsx") => {
    const session = sessionOf(request);
    const ui = uiOf(request);
    const filters = readFilters(request.query);
    const now = context.now();
    const asked = (request.query as Record<string, unknown>).narrative === "1";
    const withNarrative = asked && roleAtLeast(session.account.role, "supervisor");
    const rows = await context.officerQueue.exportRows(queueQueryFor(session.account, filters, now), EXPORT_LIMIT, withNarrative);
    const detail = `${kind}: ${queueAuditDetail({ ...filters, page: 1 }, { total: rows.length, search: null })}${rows.length === EXPORT_LIMIT ? " (cut at the limit)" : ""}${filters.q ? ", with a search" : ""}${withNarrative ? ", with narratives" : ""}`;
    await context.officerQueue.record({ officer: session.account.username, action: "export", caseCode: null, detail, at: now });
    const file = kind === "csv" ? await casesCsv(rows, ui, withNarrative, now) : await casesXlsx(rows, ui, withNarrative, now);
    return reply.type(TYPES[kind]).header("content-disposition", `attachment; filename="${exportFileName(now, kind)}"`).send(file);
  };
  scope.get("/export/cases.csv", signedIn, (request, reply) => send(request, reply, "csv"));
  scope.get("/export/cases.xlsx", signedIn, (request, reply) => send(request, reply, "xlsx"));
}
