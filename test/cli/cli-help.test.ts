import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";

const ROOT = path.resolve(import.meta.dirname, "../..");
const COMMANDS = ["ask", "triage", "ingest", "migrate", "case", "officer", "retention"];

describe("every terminal command", () => {
  it.each(COMMANDS)("%s --help prints how to use it, exits 0 and touches no data", (command) => {
    const dataDir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bvte-help-")), "data");
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli", `${command}.ts`), "--help"], {
      cwd: ROOT, encoding: "utf8", env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: "" }, timeout: 30_000,
    });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Cách dùng \(usage\): npm run/);
    expect(fs.existsSync(dataDir)).toBe(false);
  });
});

describe("npm run officer -- provinces", () => {
  it("lists the province ids an administrator gives --provinces, with today's province for those merged in 2025", () => {
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/officer.ts"), "provinces", "--json"], { cwd: ROOT, encoding: "utf8", timeout: 30_000 });
    expect(run.status, run.stderr).toBe(0);
    const rows = JSON.parse(run.stdout) as Array<{ id: string; name: string; today: { id: string } | null }>;
    expect(rows.find((r) => r.id === "gia-lai")).toMatchObject({ name: "Gia Lai" });
    expect(rows.find((r) => r.id === "phu-yen")?.today).toMatchObject({ id: "dak-lak" });
  });
});
