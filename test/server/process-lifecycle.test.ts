import { spawn } from "node:child_process";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { tempDir, postgresUrl } from "../support/test-databases.ts";

const root = path.resolve(import.meta.dirname, "../..");

/** Runs `npm start`'s entry point as a real process and collects what it prints. */
function startProcess(env: Record<string, string>) {
  const child = spawn(process.execPath, ["--import", "tsx", "src/main.ts"], {
    cwd: root,
    env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "", PORT: "0", HOST: "127.0.0.1", LOG_LEVEL: "info", ...env },
  });
  let stdout = "";
  let stderr = "";
  child.stdout.on("data", (d) => (stdout += d));
  child.stderr.on("data", (d) => (stderr += d));
  const exited = new Promise<number | null>((resolve) => child.on("exit", (code) => resolve(code)));
  const listening = async (): Promise<string> => {
    for (let i = 0; i < 200; i++) {
      const match = /"url":"(http:\/\/127\.0\.0\.1:\d+)"/.exec(stdout);
      if (match) return match[1]!;
      if (child.exitCode !== null) throw new Error(`exited: ${stderr}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    throw new Error(`did not start: ${stderr}`);
  };
  return { child, exited, listening, output: () => ({ stdout, stderr }) };
}

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
