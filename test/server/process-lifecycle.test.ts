import { describe, expect, it } from "vitest";
import { tempDir, postgresUrl } from "../support/test-databases.ts";
import { startAppProcess as startProcess } from "../support/app-process.ts";

describe("npm start as a process", () => {
  it("starts on an empty DATA_DIR, is ready, and exits 0 on SIGTERM", async () => {
    const dataDir = tempDir();
    const proc = startProcess({ DATA_DIR: dataDir });
    const url = await proc.listening();
    expect((await fetch(`${url}/readyz`)).status).toBe(200);
    proc.child.kill("SIGTERM");
    expect(await proc.exited).toBe(0);
  });

  it.each([
    [{ PORT: "eighty" }, /^Cấu hình sai \(invalid configuration\): PORT: /],
    [{ DATABASE_URL: "mongodb://localhost/x" }, /DATABASE_URL: postgres:\/\//],
    [{ DATABASE_URL: "postgresql://u:pw@127.0.0.1:1/x" }, /cannot reach PostgreSQL.*ECONNREFUSED/],
  ])("a bad setting %j stops start-up with exit code 1 and one clear line", async (env, line) => {
    const proc = startProcess({ DATA_DIR: tempDir(), ...env });
    expect(await proc.exited).toBe(1);
    const { stderr } = proc.output();
    const lines = stderr.split("\n").filter((l) => l.trim() && !l.includes("ExperimentalWarning") && !l.includes("--trace-warnings"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(line);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr).not.toContain(":pw@");
  });

  it.runIf(postgresUrl)("starts on PostgreSQL when DATABASE_URL points at it", async () => {
    const proc = startProcess({ DATA_DIR: tempDir(), DATABASE_URL: postgresUrl! });
    const url = await proc.listening();
    expect(await (await fetch(`${url}/readyz`)).json()).toMatchObject({ status: "ready", database: { kind: "postgresql" } });
    proc.child.kill("SIGINT");
    expect(await proc.exited).toBe(0);
  });
});
