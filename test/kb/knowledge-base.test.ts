import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { formatIngestReport } from "../../src/kb/ingest/ingest-report-format.ts";
import { parsePlan } from "../../src/kb/ingest/plan-parser.ts";
import { ingestFiles, listPlanFiles, loadShippedPlans, PlanReadError } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";

describe("loading the shipped plans", () => {
  it("ingests the five plans (time printed, not asserted)", () => {
    loadRegistry();
    const started = performance.now();
    const { plans, failures } = loadShippedPlans();
    const ms = performance.now() - started;
    console.info(`ingest of ${plans.length} plans: ${ms.toFixed(1)} ms`);
    expect(plans.map((p) => p.documentNumber)).toEqual(["2041/QĐ-UBND", "1979/KH-UBND", "2509/KH-UBND", "26/KH-UBND", "2130/QĐ-UBND"]);
    expect(failures).toEqual([]);
  });

  it("is idempotent: the same text gives the same plan and checksum, an edited text a new checksum", () => {
    const path = listPlanFiles()[0] as string;
    const text = readFileSync(path, "utf8");
    const first = parsePlan(text, "a.txt", loadRegistry()).plan;
    const again = parsePlan(text, "a.txt", loadRegistry()).plan;
    expect(again).toEqual(first);
    expect(parsePlan(text.replace(/\n/g, "\r\n"), "a.txt", loadRegistry()).plan.checksum).toBe(first.checksum);
    expect(parsePlan(`${text}\nSửa đổi.`, "a.txt", loadRegistry()).plan.checksum).not.toBe(first.checksum);
  });

  it("reports a file that cannot be read and still ingests the others", () => {
    const result = ingestFiles(["/no/such/plan.txt", listPlanFiles()[1] as string]);
    expect(result.failures[0]).toBeInstanceOf(PlanReadError);
    expect(result.failures[0]?.path).toBe("/no/such/plan.txt");
    expect(result.plans).toHaveLength(1);
  });
});

describe("the ingest report", () => {
  it("says in Vietnamese with English labels what was found and what was not parsed", () => {
    const { reports } = loadShippedPlans();
    const text = formatIngestReport(reports.find((r) => r.documentNumber === "26/KH-UBND")!);
    expect(text).toContain("Số văn bản (document number): 26/KH-UBND");
    expect(text).toContain("Chỉ tiêu (targets): 12");
    expect(text).toContain("Đoạn thiếu/bị cắt (gaps): 2");
    expect(text).toContain("Không tìm thấy người ký (no signer found)");
  });
});

describe("npm run ingest", () => {
  const dataDir = mkdtempSync(join(tmpdir(), "ingest-data-"));
  const cli = (args: string[]) =>
    spawnSync(process.execPath, ["--import", "tsx", "src/cli/ingest.ts", ...args], {
      encoding: "utf8",
      cwd: join(import.meta.dirname, "../.."),
      env: { PATH: process.env.PATH ?? "", DATA_DIR: dataDir },
    });

  it("prints per file what it found and exits 0", () => {
    const dir = mkdtempSync(join(tmpdir(), "plans-"));
    const file = join(dir, "plan.txt");
    writeFileSync(file, readFileSync(listPlanFiles()[2] as string, "utf8"));
    const run = cli([file]);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain("2509/KH-UBND");
    expect(run.stdout).toContain("Phân công (assignments)");
    expect(run.stdout).toContain("2509/KH-UBND: mới (new plan), phiên bản (version) 1");
    expect(cli([file]).stdout).toContain("2509/KH-UBND: không đổi (unchanged), phiên bản (version) 1");
  });

  it("exits 1 when a file cannot be read", () => {
    const run = cli(["/no/such/plan.txt"]);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("/no/such/plan.txt");
  });
});
