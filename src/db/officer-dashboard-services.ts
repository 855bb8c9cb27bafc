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
import { createPlanDraftRepository } from "./plan-draft-repository.ts";
import { createCaseScopeLookup } from "./officer-case-scope.ts";

export function createOfficerDashboardOn(database: Database, cases: Pick<CaseServices, "queue" | "referrals">, knowledge: DashboardDeps["knowledge"], clock?: () => Date): OfficerDashboard {
  const { registry } = knowledge;
  const auth = createOfficerAuth({ store: createOfficerAccountRepository(database.client), todayProvinceId: registryTodayProvince(registry), clock });
  // Today's provinces only: cases are filed under the province an old one merged into.
  const provinces = registry.provinces.filter((p) => !p.today || p.today.provinceId === p.id).map((p) => ({ id: p.id, name: p.name }));
  return createOfficerDashboard({ auth, queue: cases.queue, referrals: cases.referrals, scope: createCaseScopeLookup(database.client), provinces, clock,
    knowledge, drafts: createPlanDraftRepository(database.client), statistics: createCaseStatisticsRepository(database.client) });
}
