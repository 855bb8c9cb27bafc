/**
 * `npm run ingest -- FILE...`: parses plan texts, stores them in the configured database
 * (the same text changes nothing, an edited text becomes a new version) and prints, per
 * file, what was found and what could not be parsed. Without files it ingests the shipped
 * plans. `--dry-run` parses and prints without storing. Exit code 1 when a file cannot be read.
 *
 * A file may be a PDF (text layer, or scanned pages read by OCR), a Word .docx, a PNG/JPEG
 * photo of a page, or UTF-8 text; the kind is read from the content, never the name. A file
 * that is not one of these, is encrypted, empty, oversize, a zip bomb or not a plan is
 * refused with a message and nothing of it is stored.
 *
 * `--draft FILE` also asks the configured language model for the assignments the plan's text
 * supports and stores them unreviewed; `--review list [DOC]`, `--review approve ID...
 * --officer NAME` and `--review reject ID... --officer NAME` are the administrator's review.
 * Only approved drafts are ever used in answers. Exit code 2 on a usage error or when
 * `--draft` has no model configured.
 */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { wantsHelp } from "./cli-help.ts";
import { loadConfig } from "../config.ts";
import { runDraft, runReview } from "./ingest-draft.ts";
import { openDatabase } from "../db/database.ts";
import { createPlanRepository } from "../db/plan-repository.ts";
import { formatIngestReport } from "../kb/ingest/ingest-report-format.ts";
import type { ReadProgress } from "../kb/ingest/document-readers/layout.ts";
import { createOcrReader } from "../kb/ingest/document-readers/ocr-reader.ts";
import { DocumentRejected, readPlanDocument } from "../kb/ingest/read-plan-document.ts";
import type { PageQuality } from "../kb/ingest/text-cleanup.ts";
import { ingestFiles, listPlanFiles, PlanReadError } from "../kb/knowledge-base.ts";
import { ingestIntoStore } from "../kb/plan-library.ts";
import { describeSave } from "../kb/plan-store.ts";
import { loadRegistry, type Registry } from "../kb/registry/registry.ts";

const USAGE = "Cách dùng (usage): npm run --silent ingest -- [--dry-run] [TỆP.txt|.pdf|.docx|.png|.jpg...] | --draft TỆP | --review list [SỐ VĂN BẢN] | --review approve|reject ID... --officer NAME  (không tệp: các kế hoạch kèm theo; without files: the shipped plans)";

async function main(argv: readonly string[]): Promise<number> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv.includes("--draft")) return runDraft(argv);
  if (argv.includes("--review")) return runReview(argv);
  const dryRun = argv.includes("--dry-run");
  const files = argv.filter((a) => !a.startsWith("--"));
  const registry = loadRegistry();
  const started = performance.now();
  if (files.length > 0) return ingestDocuments(files, registry, dryRun, started);
  const paths = listPlanFiles();
  if (dryRun) {
    const result = ingestFiles(paths, registry);
    for (const report of result.reports) console.log(`${formatIngestReport(report)}\n`);
    for (const failure of result.failures) console.error(failure.message);
    return summary(result.reports.length, started, result.failures.length);
  }
  const database = await openDatabase(loadConfig().database);
  try {
    await database.migrate();
    const result = await ingestIntoStore(createPlanRepository(database.client), registry, paths);
    for (const { report, outcome } of result.outcomes) console.log(`${formatIngestReport(report)}\n  => ${describeSave(outcome)}\n`);
    for (const failure of result.failures) console.error(failure.message);
    return summary(result.outcomes.length, started, result.failures.length);
  } finally {
    await database.close();
  }
}

/** Named files of any supported kind: read, checked, parsed, then stored (or only printed with --dry-run). */
async function ingestDocuments(files: readonly string[], registry: Registry, dryRun: boolean, started: number): Promise<number> {
  const ocr = createOcrReader();
  const database = dryRun ? null : await openDatabase(loadConfig().database);
  let done = 0;
  let failures = 0;
  try {
    await database?.migrate();
    const store = database ? createPlanRepository(database.client) : null;
    for (const file of files) {
      let bytes: Uint8Array;
      try {
        bytes = new Uint8Array(readFileSync(file));
      } catch (cause) {
        console.error(new PlanReadError(file, { cause }).message);
        failures++;
        continue;
      }
      try {
        const { plan, report, document } = await readPlanDocument(bytes, basename(file), registry, { ocr, progress: printProgress(file) });
        const pages = formatPages(document.pages);
        const saved = store ? `\n  => ${describeSave(await store.save(plan, report))}` : "";
        console.log(`${formatIngestReport(report)}${pages}${saved}\n`);
        done++;
      } catch (error) {
        if (!(error instanceof DocumentRejected)) throw error;
        console.error(`${file}: ${error.message}; không lưu gì (nothing stored)`);
        failures++;
      }
    }
  } finally {
    await ocr.close();
    await database?.close();
  }
  return summary(done, started, failures);
}

function printProgress(file: string): ReadProgress {
  return ({ stage, page, pages }) => {
    if (stage === "ocr") process.stderr.write(`${file}: đang nhận dạng chữ (OCR) trang ${page}/${pages} (reading page ${page} of ${pages} by OCR)\n`);
  };
}

function formatPages(pages: readonly PageQuality[]): string {
  if (pages.length === 0) return "";
  const source: Record<string, string> = { "text-layer": "lớp chữ (text layer)", ocr: "OCR", docx: "Word", text: "văn bản (text)" };
  return `\n  Trang (pages):${pages.map((p) => `\n   - ${p.page === null ? "không chia trang (no pages)" : `trang ${p.page}`}: ${source[p.source] ?? p.source}, tin cậy (confidence) ${Math.round(p.confidence * 100)}%${p.flagged ? ", CẦN XEM LẠI (flagged)" : ""}${p.ocrMs !== undefined ? `, ${p.ocrMs} ms` : ""}`).join("")}`;
}

function summary(count: number, started: number, failures: number): number {
  const ms = (performance.now() - started).toFixed(0);
  console.log(`Đã xử lý ${count} tệp trong ${ms} ms (ingested ${count} files in ${ms} ms)${failures ? `; ${failures} tệp không đọc được (files could not be read)` : ""}`);
  return failures > 0 ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => { process.exitCode = code; },
  (error: unknown) => {
    console.error(error instanceof Error ? error.message.split("\n")[0] : String(error));
    process.exitCode = 1;
  },
);
