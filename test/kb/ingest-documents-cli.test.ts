/**
 * `npm run ingest -- plan.docx|plan.pdf` as a separate process on a real database: the plan
 * is stored with its pages; a file that is not a plan document is refused with a message,
 * the exit code says so, and nothing of it is stored (once, a zip was stored as a plan).
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import type { DatabaseConfig } from "../../src/config.ts";
import { PROJECT_ROOT } from "../../src/db/database.ts";
import { createPlanRepository } from "../../src/db/plan-repository.ts";
import { listPlanFiles } from "../../src/kb/knowledge-base.ts";
import { tempDir, testDatabases, useMigratedDatabase } from "../support/test-databases.ts";
import { hasVietnameseFont, renderPlanDocx, renderPlanPdf } from "./support/plan-renderings.ts";

const CLI_TIMEOUT = 120_000;
interface Run { code: number; stdout: string; stderr: string }

function ingest(args: string[], env: Record<string, string>): Promise<Run> {
  const base = { ...process.env };
  for (const key of ["OPENAI_API_KEY", "OPENAI_BASE_URL", "DATABASE_URL"]) delete base[key];
  return new Promise((resolve) => {
    execFile(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/ingest.ts"), ...args], { cwd: PROJECT_ROOT, env: { ...base, LOG_LEVEL: "warn", ...env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
  });
}

const databaseUrl = (config: DatabaseConfig) => (config.kind === "sqlite" ? `file:${config.file}` : config.url);
const TAY_NINH = listPlanFiles().find((f) => path.basename(f).startsWith("001_"))!;

describe.skipIf(!hasVietnameseFont()).each(testDatabases)("npm run ingest with PDF and Word files, on $name", (factory) => {
  const database = useMigratedDatabase(factory);

  it("stores a PDF plan with its pages, finds its Word rendering unchanged; refuses a zip and a locked PDF and stores nothing of them", async () => {
    await database.open();
    const dir = tempDir();
    const text = fs.readFileSync(TAY_NINH, "utf8");
    const files = {
      docx: path.join(dir, "ke-hoach-tay-ninh.docx"),
      pdf: path.join(dir, "ke-hoach-tay-ninh.pdf"),
      zip: path.join(dir, "ke-hoach-gia.docx"),
      locked: path.join(dir, "ke-hoach-khoa.pdf"),
    };
    fs.writeFileSync(files.docx, await renderPlanDocx(text));
    fs.writeFileSync(files.pdf, await renderPlanPdf(text, { header: "UBND TỈNH TÂY NINH", stamp: true }));
    fs.writeFileSync(files.zip, zipSync({ "notes.txt": new TextEncoder().encode("không phải kế hoạch") }));
    fs.writeFileSync(files.locked, await renderPlanPdf(text, { userPassword: "bi-mat" }));
    const env = { DATABASE_URL: databaseUrl(database.target.config) };

    const bad = await ingest([files.zip, files.locked], env);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain(`${files.zip}: Không nhận ra loại tệp`);
    expect(bad.stderr).toContain(`${files.locked}: PDF có mật khẩu`);
    expect(bad.stderr).toContain("không lưu gì (nothing stored)");
    const store = createPlanRepository(database.db.client);
    expect(await store.currentPlans()).toEqual([]);

    const pdf = await ingest([files.pdf], env);
    expect(pdf.stderr).toBe("");
    expect(pdf.code).toBe(0);
    expect(pdf.stdout).toContain("Số văn bản (document number): 1979/KH-UBND");
    expect(pdf.stdout).toContain("1979/KH-UBND: mới (new plan), phiên bản (version) 1");
    expect(pdf.stdout).toMatch(/trang 1: lớp chữ \(text layer\), tin cậy \(confidence\) \d+%/);
    const [plan] = await store.currentPlans();
    expect(plan!.document?.kind).toBe("pdf");
    expect(plan!.assignments.length).toBeGreaterThan(0);
    expect(plan!.assignments.every((a) => typeof a.page === "number" && a.page >= 1)).toBe(true);

    // The Word rendering reads to the very same text: the same plan, not a new version.
    const word = await ingest([files.docx], env);
    expect(word.code).toBe(0);
    expect(word.stdout).toContain("không chia trang (no pages): Word");
    expect(word.stdout).toContain("1979/KH-UBND: không đổi (unchanged), phiên bản (version) 1");
    expect((await store.versions("1979/KH-UBND")).map((v) => v.sourceFile)).toEqual(["ke-hoach-tay-ninh.pdf"]);
  }, CLI_TIMEOUT);
});
