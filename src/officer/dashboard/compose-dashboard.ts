/**
 * Composes the officer dashboard over an open database and the case services, so the
 * application's composition (src/features.ts) adds it with one line: accounts and sessions in
 * the same database as the cases, province scopes from the registry. This is the one module
 * of the dashboard that names the database's repositories; src/db implements the ports the
 * dashboard declares and never imports the dashboard itself.
 */
import type { CaseServices } from "../../db/case-services.ts";
import type { Database } from "../../db/database.ts";
import { createAuditLogRepository } from "../../db/audit-log-repository.ts";
import { createCaseStatisticsRepository } from "../../db/case-statistics-repository.ts";
import { createCaseScopeLookup } from "../../db/officer-case-scope.ts";
import { createOfficerAccountRepository } from "../../db/officer-account-repository.ts";
import { createImportSink, createPlanDraftRepository } from "../../db/plan-draft-repository.ts";
import { createDocumentImports } from "../../kb/ingest/document-imports.ts";
import { createOcrReader } from "../../kb/ingest/document-readers/ocr-reader.ts";
import type { DashboardDeps } from "./dashboard-context.ts";
import { createOfficerAuth, registryTodayProvince } from "./officer-auth-service.ts";
import { createOfficerDashboard, type OfficerDashboard } from "./officer-dashboard.ts";

export function createOfficerDashboardOn(database: Database, cases: Pick<CaseServices, "queue" | "referrals" | "casework" | "officerIntake" | "officerQueue" | "backfillSearchKeys" | "reportData">, knowledge: DashboardDeps["knowledge"], clock?: () => Date, sourceOf?: (address: string) => string, deviceKey?: Buffer, uploadsDir?: string): OfficerDashboard {
  const { registry } = knowledge;
  const auth = createOfficerAuth({ store: createOfficerAccountRepository(database.client), todayProvinceId: registryTodayProvince(registry), clock, ...(sourceOf ? { sourceOf } : {}), ...(deviceKey ? { deviceKey } : {}),
    audit: async (entry) => {
      await database.client.caseAudit.create({ data: { officer: entry.username, action: entry.action, caseCode: null, detail: entry.source, at: entry.at } });
    } });
  // Today's provinces only: cases are filed under the province an old one merged into.
  const provinces = registry.provinces.filter((p) => !p.today || p.today.provinceId === p.id).map((p) => ({ id: p.id, name: p.name }));
  const dashboard = createOfficerDashboard({ auth, queue: cases.queue, referrals: cases.referrals, casework: cases.casework, officerIntake: cases.officerIntake, scope: createCaseScopeLookup(database.client), officerQueue: cases.officerQueue, emergencies: cases.officerQueue, auditLog: createAuditLogRepository(database), provinces, clock,
    knowledge, drafts: createPlanDraftRepository(database.client), statistics: createCaseStatisticsRepository(database.client), reportData: cases.reportData,
    documents: createDocumentImports({ sink: createImportSink(database.client), registry: () => registry, ocr: () => createOcrReader(), ...(uploadsDir ? { pendingDir: uploadsDir } : {}) }) });
  return {
    async routes(app) {
      // Cases stored before the search columns existed get them before the first search can miss them.
      await cases.backfillSearchKeys();
      await dashboard.routes(app);
    },
  };
}
