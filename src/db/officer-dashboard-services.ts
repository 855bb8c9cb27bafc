/**
 * Composes the officer dashboard over an open database and the case services, so the
 * composition root adds it with one line: accounts and sessions in the same database as the
 * cases, province scopes from the registry.
 */
import { createOfficerAuth, registryTodayProvince } from "../officer/dashboard/officer-auth-service.ts";
import { createOfficerDashboard, type DashboardDeps, type OfficerDashboard } from "../officer/dashboard/officer-dashboard.ts";
import type { CaseServices } from "./case-services.ts";
import type { Database } from "./database.ts";
import { createCaseStatisticsRepository } from "./case-statistics-repository.ts";
import { createOfficerAccountRepository } from "./officer-account-repository.ts";
import { createImportSink, createPlanDraftRepository } from "./plan-draft-repository.ts";
import { createDocumentImports } from "../kb/ingest/document-imports.ts";
import { createOcrReader } from "../kb/ingest/document-readers/ocr-reader.ts";
import { createCaseScopeLookup } from "./officer-case-scope.ts";
import { createAuditLogRepository } from "./audit-log-repository.ts";

export function createOfficerDashboardOn(database: Database, cases: Pick<CaseServices, "queue" | "referrals" | "casework" | "officerIntake" | "officerQueue" | "backfillSearchKeys" | "reportData">, knowledge: DashboardDeps["knowledge"], clock?: () => Date): OfficerDashboard {
  const { registry } = knowledge;
  const auth = createOfficerAuth({ store: createOfficerAccountRepository(database.client), todayProvinceId: registryTodayProvince(registry), clock,
    audit: async (entry) => {
      await database.client.caseAudit.create({ data: { officer: entry.username, action: entry.action, caseCode: null, detail: entry.source, at: entry.at } });
    } });
  // Today's provinces only: cases are filed under the province an old one merged into.
  const provinces = registry.provinces.filter((p) => !p.today || p.today.provinceId === p.id).map((p) => ({ id: p.id, name: p.name }));
  const dashboard = createOfficerDashboard({ auth, queue: cases.queue, referrals: cases.referrals, casework: cases.casework, officerIntake: cases.officerIntake, scope: createCaseScopeLookup(database.client), officerQueue: cases.officerQueue, emergencies: cases.officerQueue, auditLog: createAuditLogRepository(database), provinces, clock,
    knowledge, drafts: createPlanDraftRepository(database.client), statistics: createCaseStatisticsRepository(database.client), reportData: cases.reportData,
    documents: createDocumentImports({ sink: createImportSink(database.client), registry: () => registry, ocr: () => createOcrReader() }) });
  return {
    async routes(app) {
      // Cases stored before the search columns existed get them before the first search can miss them.
      await cases.backfillSearchKeys();
      await dashboard.routes(app);
    },
  };
}
