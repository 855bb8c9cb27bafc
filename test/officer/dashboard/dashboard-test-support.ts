/**
 * A real dashboard on a fresh SQLite database: the case services, the auth service with a
 * clock the test moves, four accounts (two provincial officers, a supervisor and an admin
 * for every province), and helpers to sign in through the real login form.
 */
import Fastify, { type FastifyInstance } from "fastify";
import { openDatabase, type Database } from "../../../src/db/database.ts";
import { createCaseServices, type CaseServices } from "../../../src/db/case-services.ts";
import { createOfficerAccountRepository } from "../../../src/db/officer-account-repository.ts";
import { createOfficerDashboardOn } from "../../../src/officer/dashboard/compose-dashboard.ts";
import { createPlanRepository } from "../../../src/db/plan-repository.ts";
import { createKnowledgeService, type KnowledgeService } from "../../../src/qa/knowledge-service.ts";
import { createRegistryProvinceLookup } from "../../../src/intake/cases/case-province.ts";
import { parseCaseSettings } from "../../../src/intake/cases/case-settings.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import { createOfficerAuth, registryTodayProvince, type OfficerAuth } from "../../../src/officer/dashboard/officer-auth-service.ts";
import { draft, testCipher } from "../../intake/cases/case-test-support.ts";
import { testDatabases, type TestDatabase } from "../../support/test-databases.ts";

export const PASSWORD = "mat-khau-rat-dai-2026";
const registry = loadRegistry();

export interface DashboardHarness {
  app: FastifyInstance;
  auth: OfficerAuth;
  services: CaseServices;
  database: Database;
  /** The knowledge base the dashboard browses (the shipped plans, ingested on open). */
  knowledge: KnowledgeService;
  clock: { now: Date; advanceMinutes(m: number): void };
  /** Every route the dashboard registered ("GET /officer/cases/:code"). */
  routes: string[];
  close(): Promise<void>;
}

export async function openDashboard(): Promise<DashboardHarness> {
  const target: TestDatabase = await testDatabases.find((d) => d.name === "sqlite")!.create();
  const database = await openDatabase(target.config);
  await database.migrate();
  const clock = { now: new Date(), advanceMinutes(m: number) { this.now = new Date(this.now.getTime() + m * 60_000); } };
  const now = () => clock.now;
  const services = createCaseServices(database, { cipher: testCipher, settings: parseCaseSettings({}), provinces: createRegistryProvinceLookup(registry), clock: now });
  const auth = createOfficerAuth({ store: createOfficerAccountRepository(database.client), todayProvinceId: registryTodayProvince(registry), clock: now });
  const knowledge = await createKnowledgeService({ store: createPlanRepository(database.client), registry });
  const dashboard = createOfficerDashboardOn(database, services, knowledge, now);
  await auth.addAccount({ username: "an", displayName: "Nguyễn Văn An", role: "officer", provinces: ["dak-lak"], password: PASSWORD });
  await auth.addAccount({ username: "binh", displayName: "Trần Thị Bình", role: "officer", provinces: ["ha-noi"], password: PASSWORD });
  await auth.addAccount({ username: "chi", displayName: "Lê Chi", role: "supervisor", provinces: ["*"], password: PASSWORD });
  await auth.addAccount({ username: "quantri", displayName: "Quản trị", role: "admin", provinces: ["*"], password: PASSWORD });
  const app = Fastify();
  const routes: string[] = [];
  app.addHook("onRoute", (route) => {
    for (const method of [route.method].flat()) if (method !== "HEAD") routes.push(`${method} ${route.url}`);
  });
  await dashboard.routes(app);
  await app.ready();
  return {
    app, auth, services, database, knowledge, clock, routes,
    async close() {
      await app.close();
      await database.close();
      await target.drop();
    },
  };
}

/** A report from Phú Yên (filed under Đắk Lắk, which it merged into in 2025) with the given narrative. */
export async function phuYenCase(services: CaseServices, narrative = "Hàng xóm thường xuyên đánh bé trai 8 tuổi, bé bị bầm tím.", dangerNow: "yes" | "no" = "no"): Promise<string> {
  const result = await services.intake.submit(draft({ narrative, locationText: "Phú Yên", dangerNow }));
  return result.caseCode;
}

export interface Signed {
  cookie: string;
  csrf: string;
}

function cookieValue(setCookie: string | string[] | undefined, name: string): string | undefined {
  const all = Array.isArray(setCookie) ? setCookie : setCookie ? [setCookie] : [];
  const line = all.find((c) => c.startsWith(`${name}=`));
  return line?.split(";")[0]?.slice(name.length + 1);
}

/** Signs in through the login form; returns the session cookie header and the page's CSRF token. */
export async function signIn(app: FastifyInstance, username: string, password = PASSWORD): Promise<Signed> {
  const form = await app.inject({ method: "GET", url: "/officer/login" });
  const loginCsrf = cookieValue(form.headers["set-cookie"], "bvte_login")!;
  const res = await app.inject({
    method: "POST", url: "/officer/login", headers: { cookie: `bvte_login=${loginCsrf}`, "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams({ _csrf: loginCsrf, username, password }).toString(),
  });
  const session = cookieValue(res.headers["set-cookie"], "bvte_officer");
  if (res.statusCode !== 303 || !session) throw new Error(`sign-in of ${username} failed: ${res.statusCode}`);
  const cookie = `bvte_officer=${session}`;
  const page = await app.inject({ method: "GET", url: "/officer", headers: { cookie } });
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page.body)?.[1];
  if (!csrf) throw new Error("no CSRF token on the queue page");
  return { cookie, csrf };
}

/** A form POST as the browser sends it. */
export function post(app: FastifyInstance, url: string, signed: Signed | null, fields: Record<string, string>) {
  return app.inject({
    method: "POST", url, headers: { ...(signed ? { cookie: signed.cookie } : {}), "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams(fields).toString(),
  });
}
