/**
 * `npm run ingest -- FILE...`: parses plan texts, stores them in the configured database
 * (the same text changes nothing, an edited text becomes a new version) and prints, per
 * file, what was found and what could not be parsed. Without files it ingests the shipped
 * plans. `--dry-run` parses and prints without storing. Exit code 1 when a file cannot be read.
 *
 * `--draft FILE` also asks the configured language model for the assignments the plan's text
 * supports and stores them unreviewed; `--review list [DOC]`, `--review approve ID...
 * --officer NAME` and `--review reject ID... --officer NAME` are the administrator's review.
 * Only approved drafts are ever used in answers. Exit code 2 on a usage error or when
 * `--draft` has no model configured.
 */
import { wantsHelp } from "./cli-help.ts";
import { loadConfig } from "../config.ts";
import { runDraft, runReview } from "./ingest-draft.ts";
import { openDatabase } from "../db/database.ts";
import { createPlanRepository } from "../db/plan-repository.ts";
import { formatIngestReport } from "../kb/ingest/ingest-report-format.ts";
import { ingestFiles, listPlanFiles } from "../kb/knowledge-base.ts";
import { ingestIntoStore } from "../kb/plan-library.ts";
import { describeSave } from "../kb/plan-store.ts";
import { loadRegistry } from "../kb/registry/registry.ts";

const USAGE = "Cách dùng (usage): npm run --silent ingest -- [--dry-run] [TỆP...] | --draft TỆP | --review list [SỐ VĂN BẢN] | --review approve|reject ID... --officer NAME  (không tệp: các kế hoạch kèm theo; without files: the shipped plans)";

async function main(argv: readonly string[]): Promise<number> {
  if (wantsHelp(argv)) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (argv.includes("--draft")) return runDraft(argv);
  if (argv.includes("--review")) return runReview(argv);
  const dryRun = argv.includes("--dry-run");
  const files = argv.filter((a) => !a.startsWith("--"));
  const paths = files.length > 0 ? files : listPlanFiles();
  const registry = loadRegistry();
  const started = performance.now();
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
