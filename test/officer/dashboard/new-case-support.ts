/**
 * The real dashboard on a fresh database of either kind (SQLite, and PostgreSQL when
 * TEST_DATABASE_URL is set), composed as the application composes it, with the officer
 * alerts the queue sends recorded, and accounts for two provinces.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { createCaseServices, type CaseServices } from "../../../src/db/case-services.ts";
import { openDatabase, type Database } from "../../../src/db/database.ts";
import { createOfficerDashboardOn } from "../../../src/officer/dashboard/compose-dashboard.ts";
import { createPlanRepository } from "../../../src/db/plan-repository.ts";
import { createRegistryProvinceLookup } from "../../../src/intake/cases/case-province.ts";
import { parseCaseSettings } from "../../../src/intake/cases/case-settings.ts";
import type { NewCaseAlert } from "../../../src/intake/cases/case-types.ts";
import { createKnowledgeService } from "../../../src/qa/knowledge-service.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import { createOfficerAuth, registryTodayProvince, type OfficerAuth } from "../../../src/officer/dashboard/officer-auth-service.ts";
import { createOfficerAccountRepository } from "../../../src/db/officer-account-repository.ts";
import { testCipher } from "../../intake/cases/case-test-support.ts";
import type { TestDatabaseFactory } from "../../support/test-databases.ts";
import { PASSWORD } from "./dashboard-test-support.ts";

const registry = loadRegistry();

export interface CaseworkHarness {
  app: FastifyInstance;
  auth: OfficerAuth;
  services: CaseServices;
  database: Database;
  alerts: NewCaseAlert[];
  clock: { now: Date };
  close(): Promise<void>;
}

export async function openCasework(factory: TestDatabaseFactory): Promise<CaseworkHarness> {
  const target = await factory.create();
  const database = await openDatabase(target.config);
  await database.migrate();
  const clock = { now: new Date("2026-11-23T08:00:00Z") };
  const now = () => clock.now;
  const alerts: NewCaseAlert[] = [];
  const services = createCaseServices(database, {
    cipher: testCipher, settings: parseCaseSettings({}), provinces: createRegistryProvinceLookup(registry), clock: now,
    alerter: { alert: async (alert) => void alerts.push(alert) },
  });
  const auth = createOfficerAuth({ store: createOfficerAccountRepository(database.client), todayProvinceId: registryTodayProvince(registry), clock: now });
  const knowledge = await createKnowledgeService({ store: createPlanRepository(database.client), registry });
  const dashboard = createOfficerDashboardOn(database, services, knowledge, now);
  await auth.addAccount({ username: "an", displayName: "Nguyễn Văn An", role: "officer", provinces: ["dak-lak"], password: PASSWORD });
  await auth.addAccount({ username: "binh", displayName: "Trần Thị Bình", role: "officer", provinces: ["ha-noi"], password: PASSWORD });
  const app = Fastify();
  await dashboard.routes(app);
  await app.ready();
  return {
    app, auth, services, database, alerts, clock,
    async close() {
      await app.close();
      await database.close();
      await target.drop();
    },
  };
}
