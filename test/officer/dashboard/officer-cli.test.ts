/**
 * `npm run officer`: accounts made from the terminal, the password read from standard input
 * (never the command line) or generated and shown once, then listed, disabled and reset.
 */
import { spawn } from "node:child_process";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { openDatabase, PROJECT_ROOT } from "../../../src/db/database.ts";
import { createOfficerAccountRepository } from "../../../src/db/officer-account-repository.ts";
import { createOfficerAuth, registryTodayProvince } from "../../../src/officer/dashboard/officer-auth-service.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import { testDatabases, tempDir, type TestDatabase } from "../../support/test-databases.ts";

let target: TestDatabase;

function run(args: string[], stdin = ""): Promise<{ status: number | null; stdout: string; stderr: string }> {
  const config = target.config;
  const env = { PATH: process.env.PATH ?? "", DATA_DIR: tempDir(), ENCRYPTION_KEY: "07".repeat(32), LOG_LEVEL: "silent", DATABASE_URL: config.kind === "sqlite" ? `file:${config.file}` : config.url };
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/officer.ts"), ...args], { cwd: PROJECT_ROOT, env });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (d: Buffer) => (stdout += d.toString()));
    child.stderr.on("data", (d: Buffer) => (stderr += d.toString()));
    child.on("close", (status) => resolve({ status, stdout, stderr }));
    child.stdin.end(stdin);
  });
}

describe("the officer accounts terminal", () => {
  beforeEach(async () => {
    target = await testDatabases.find((d) => d.name === "sqlite")!.create();
    const database = await openDatabase(target.config);
    await database.migrate();
    await database.close();
  });
  afterEach(() => target.drop());

  it("adds, lists, disables and resets accounts; the passwords work for signing in", { timeout: 60_000 }, async () => {
    const added = await run(["add", "an", "--role", "officer", "--provinces", "phu-yen", "--name", "Nguyễn Văn An"], "mat-khau-cua-an-2026\n");
    expect(added).toMatchObject({ status: 0 });
    expect(added.stdout).toContain("an\tofficer\tdak-lak\tNguyễn Văn An");
    const generated = await run(["add", "quantri", "--role", "admin", "--provinces", "*", "--generate"]);
    expect(generated.status).toBe(0);
    const password = /shown once\): (\S+)/.exec(generated.stdout)?.[1];
    expect(password).toMatch(/^[A-Za-z0-9_-]{16}$/);
    expect((await run(["add", "an", "--role", "officer", "--provinces", "ha-noi"], "mat-khau-khac-2026\n")).status).toBe(1);
    const bad = await run(["add", "binh", "--role", "officer", "--provinces", "atlantis"], "mat-khau-binh-2026\n");
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain("atlantis");
    expect((await run(["add", "binh", "--bogus"])).status).toBe(2);

    const database = await openDatabase(target.config);
    try {
      const auth = createOfficerAuth({ store: createOfficerAccountRepository(database.client), todayProvinceId: registryTodayProvince(loadRegistry()) });
      expect((await auth.login("an", "mat-khau-cua-an-2026")).ok).toBe(true);
      expect((await auth.login("quantri", password!)).ok).toBe(true);
      expect((await run(["disable", "an"])).status).toBe(0);
      expect((await run(["list"])).stdout).toMatch(/^an\tofficer\tdak-lak\tNguyễn Văn An\tđã khoá hẳn/m);
      expect((await auth.login("an", "mat-khau-cua-an-2026")).ok).toBe(false);
      expect((await run(["enable", "an"])).status).toBe(0);
      expect((await run(["reset", "an"], "mat-khau-moi-cua-an\n")).status).toBe(0);
      expect((await auth.login("an", "mat-khau-cua-an-2026")).ok).toBe(false);
      expect((await auth.login("an", "mat-khau-moi-cua-an")).ok).toBe(true);
      expect((await run(["reset", "khong-co"], "mat-khau-moi-cua-an\n")).status).toBe(1);
    } finally {
      await database.close();
    }
  });
});
