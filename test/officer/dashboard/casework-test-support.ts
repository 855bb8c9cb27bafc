/**
 * The case page tests' view of the real application (issue 16): started as `npm start` would
 * be on the test's SQLite or PostgreSQL database, two officers of Đắk Lắk ("an", "dung") and a
 * supervisor ("chi") for every province, a browser-like client that keeps its cookies and the
 * page's CSRF token, and reports filed through the application's own case services and key.
 * Officer "binh" covers Hà Nội only; `auth` adds more accounts.
 */
import { createFieldCipher, resolveEncryptionKey } from "../../../src/core/field-cipher.ts";
import { createCaseServices, type CaseServices } from "../../../src/db/case-services.ts";
import { createOfficerAccountRepository } from "../../../src/db/officer-account-repository.ts";
import type { ReportDraft } from "../../../src/intake/case-intake-port.ts";
import { createRegistryProvinceLookup } from "../../../src/intake/cases/case-province.ts";
import { parseCaseSettings } from "../../../src/intake/cases/case-settings.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import { createOfficerAuth, registryTodayProvince, type OfficerAuth } from "../../../src/officer/dashboard/officer-auth-service.ts";
import { draft } from "../../intake/cases/case-test-support.ts";
import { removeDataDirs, startApp, type RunningApp } from "../../e2e/e2e-support.ts";
import type { TestDatabase, TestDatabaseFactory } from "../../support/test-databases.ts";

export const PASSWORD = "mat-khau-casework-2026";
const registry = loadRegistry();

export interface Casework {
  base: string;
  running: RunningApp;
  auth: OfficerAuth;
  services: CaseServices;
  /** Files a complete report (Phú Yên, so Đắk Lắk, unless overridden); returns its code. */
  report(overrides?: Partial<ReportDraft>): Promise<string>;
  close(): Promise<void>;
}

export async function startCasework(factory: TestDatabaseFactory, env: Record<string, string> = {}): Promise<Casework> {
  const db: TestDatabase = await factory.create();
  const running = await startApp(db, env);
  const key = resolveEncryptionKey({ configuredKey: undefined, dataDir: running.dataDir });
  const services = createCaseServices(running.app.database, { cipher: createFieldCipher(key.key), settings: parseCaseSettings({}), provinces: createRegistryProvinceLookup(registry) });
  const auth = createOfficerAuth({ store: createOfficerAccountRepository(running.app.database.client), todayProvinceId: registryTodayProvince(registry) });
  await auth.addAccount({ username: "an", displayName: "Nguyễn Văn An", role: "officer", provinces: ["dak-lak"], password: PASSWORD });
  await auth.addAccount({ username: "dung", displayName: "Phạm Dũng", role: "officer", provinces: ["dak-lak"], password: PASSWORD });
  await auth.addAccount({ username: "binh", displayName: "Trần Thị Bình", role: "officer", provinces: ["ha-noi"], password: PASSWORD });
  await auth.addAccount({ username: "chi", displayName: "Lê Chi", role: "supervisor", provinces: ["*"], password: PASSWORD });
  return {
    base: running.app.url,
    running,
    auth,
    services,
    report: async (overrides = {}) => (await services.intake.submit(draft({ locationText: "Phú Yên", ...overrides }))).caseCode,
    async close() {
      await running.app.stop();
      await db.drop();
      removeDataDirs();
    },
  };
}

export interface OfficerClient {
  get(path: string): Promise<Response>;
  /** The page's HTML (fails on anything but 200). */
  page(path: string): Promise<string>;
  /** A form POST with the session's CSRF token added. */
  post(path: string, fields: Record<string, string>): Promise<Response>;
  signIn(username: string, password?: string): Promise<OfficerClient>;
}

/** A browser-like client: keeps the cookies it was given and follows no redirect by itself. */
export function officerClient(base: string): OfficerClient {
  const jar = new Map<string, string>();
  let csrf = "";
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
    return res;
  };
  const cookie = () => [...jar].filter(([, v]) => v !== "").map(([k, v]) => `${k}=${v}`).join("; ");
  const send = async (path: string, fields: Record<string, string>) =>
    remember(await fetch(`${base}${path}`, { method: "POST", headers: { cookie: cookie(), "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields), redirect: "manual" }));
  const client: OfficerClient = {
    get: async (path) => remember(await fetch(`${base}${path}`, { headers: { cookie: cookie() }, redirect: "manual" })),
    async page(path) {
      const res = await client.get(path);
      if (res.status !== 200) throw new Error(`GET ${path}: ${res.status}`);
      return res.text();
    },
    post: (path, fields) => send(path, { _csrf: csrf, ...fields }),
    async signIn(username, password = PASSWORD) {
      await client.get("/officer/login");
      const res = await send("/officer/login", { _csrf: jar.get("bvte_login") ?? "", username, password });
      if (res.status !== 303) throw new Error(`sign-in of ${username} failed: ${res.status}`);
      csrf = /name="_csrf" value="([^"]+)"/.exec(await client.page("/officer"))?.[1] ?? "";
      return client;
    },
  };
  return client;
}

/** The words a reader sees: no scripts, styles or tags, entities decoded, whitespace collapsed. */
export function visibleText(page: string): string {
  return page
    .replace(/<(script|style|head)[\s\S]*?<\/\1>/gi, " ")
    .replace(/<[^>]+>/g, " ")
    .replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&#96;/g, "`").replace(/&amp;/g, "&")
    .replace(/\s+/g, " ")
    .trim();
}
