/**
 * The queue tests' view of the real application: started as `npm start` would be (on the
 * test's SQLite or PostgreSQL database), officer accounts made with the real `npm run officer
 * -- add` (password on stdin), a browser-like HTTP client that keeps its cookies, and reports
 * filed through the same case services the chat uses, under the application's own key.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { createFieldCipher, resolveEncryptionKey } from "../../../src/core/field-cipher.ts";
import { createCaseServices, type CaseServices } from "../../../src/db/case-services.ts";
import { PROJECT_ROOT } from "../../../src/db/database.ts";
import { createRegistryProvinceLookup } from "../../../src/intake/cases/case-province.ts";
import { parseCaseSettings } from "../../../src/intake/cases/case-settings.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import { databaseEnv, type RunningApp } from "../../e2e/e2e-support.ts";
import type { TestDatabase } from "../../support/test-databases.ts";

export const OFFICER_PASSWORD = "mat-khau-can-bo-2026";
const registry = loadRegistry();

/** `npm run officer -- add USER --role R --provinces P` against the test database, the password typed on stdin. */
export function addOfficerWithCli(db: TestDatabase, running: RunningApp, username: string, role: string, provinces: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const env = { PATH: process.env.PATH ?? "", DATA_DIR: running.dataDir, LOG_LEVEL: "silent", ...databaseEnv(db) };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/officer.ts"), "add", username, "--role", role, "--provinces", provinces, "--name", username], { cwd: PROJECT_ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(`${OFFICER_PASSWORD}\n`);
  });
}

/** The case services of the running application (its database and its encryption key), for filing reports quickly. */
export function servicesOf(running: RunningApp, clock?: () => Date): CaseServices {
  const key = resolveEncryptionKey({ configuredKey: undefined, dataDir: running.dataDir });
  return createCaseServices(running.app.database, { cipher: createFieldCipher(key.key), settings: parseCaseSettings({}), provinces: createRegistryProvinceLookup(registry), clock });
}

export interface OfficerClient {
  get(path: string): Promise<Response>;
  post(path: string, fields: Record<string, string>): Promise<Response>;
  signIn(username: string, password?: string): Promise<string>;
}

/** A browser-like client: keeps the cookies it was given and follows no redirect by itself. */
export function officerClient(base: string): OfficerClient {
  const jar = new Map<string, string>();
  const remember = (res: Response) => {
    for (const line of res.headers.getSetCookie()) {
      const [pair] = line.split(";");
      const [name, ...value] = pair!.split("=");
      jar.set(name!, value.join("="));
    }
    return res;
  };
  const cookie = () => [...jar].filter(([, v]) => v !== "").map(([k, v]) => `${k}=${v}`).join("; ");
  return {
    get: async (p) => remember(await fetch(`${base}${p}`, { headers: { cookie: cookie() }, redirect: "manual" })),
    post: async (p, fields) =>
      remember(await fetch(`${base}${p}`, { method: "POST", headers: { cookie: cookie(), "content-type": "application/x-www-form-urlencoded" }, body: new URLSearchParams(fields), redirect: "manual" })),
    async signIn(username, password = OFFICER_PASSWORD) {
      await this.get("/officer/login");
      const res = await this.post("/officer/login", { _csrf: jar.get("bvte_login") ?? "", username, password });
      if (res.status !== 303) throw new Error(`sign-in of ${username} failed: ${res.status}`);
      const queue = await (await this.get("/officer")).text();
      return /name="_csrf" value="([^"]+)"/.exec(queue)![1]!;
    },
  };
}

/** The case codes of a queue page, in the order shown. */
export function codesOnPage(body: string): string[] {
  return [...body.matchAll(/<th scope="row"><a href="\/officer\/cases\/(TE-[A-Z0-9]{6})">/g)].map((m) => m[1]!);
}
