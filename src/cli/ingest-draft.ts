/**
 * The model-drafting side of `npm run ingest`: `--draft FILE` stores the plan as usual, then
 * stores the assignments the model proposes as unreviewed; `--review ...` lists, approves or
 * rejects them. Kept apart from the plain ingest so that path never loads the model layer.
 */
import { loadConfig, type Config } from "../config.ts";
import { createLogger } from "../core/logger.ts";
import { openDatabase, type Database } from "../db/database.ts";
import { createPlanDraftRepository } from "../db/plan-draft-repository.ts";
import { createPlanRepository } from "../db/plan-repository.ts";
import { formatIngestReport } from "../kb/ingest/ingest-report-format.ts";
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { DocumentRejected, readPlanDocument } from "../kb/ingest/read-plan-document.ts";
import { PlanReadError } from "../kb/knowledge-base.ts";
import type { IngestReport, ParsedPlan } from "../kb/types.ts";
import { DraftReviewError, formatDraft, reviewDrafts, storeProposals, type PlanDraftStore } from "../kb/plan-drafts.ts";
import { describeSave } from "../kb/plan-store.ts";
import { loadRegistry, type Registry } from "../kb/registry/registry.ts";
import { createLlmLayer } from "../llm/llm-layer.ts";

const USAGE = "Cách dùng (usage): npm run ingest -- --draft FILE | --review list [DOC] | --review approve|reject ID... --officer NAME";

/** `--draft FILE`: 2 without a configured model or a file, 1 when the file cannot be read or the model read nothing. */
export async function runDraft(argv: readonly string[]): Promise<number> {
  const file = argv[argv.indexOf("--draft") + 1];
  if (!file || file.startsWith("--")) return usage();
  const config = loadConfig();
  if (!config.llm.enabled) {
    console.error("Chưa cấu hình mô hình ngôn ngữ: đặt OPENAI_API_KEY hoặc OPENAI_BASE_URL để soạn nháp (no language model configured: set OPENAI_API_KEY or OPENAI_BASE_URL to draft)");
    return 2;
  }
  const registry = loadRegistry();
  const read = await readDraftSource(file, registry);
  if (!read) return 1;
  const { plan, report } = read;
  return withDatabase(config, async (database) => {
    const outcome = await createPlanRepository(database.client).save(plan, report);
    console.log(`${formatIngestReport(report)}\n  => ${describeSave(outcome)}\n`);
    const layer = createLlmLayer(config.llm, { logger: stderrLogger(config), registry })!;
    const draft = await layer.drafter.draftAssignments(plan.text);
    const stored = await storeProposals(createPlanDraftRepository(database.client), plan, outcome.version, draft.assignments);
    stored.forEach((d, i) => console.log(formatDraft(d, i + 1)));
    console.log(`Bản nháp mới chưa duyệt: ${stored.length}; bị loại: ${draft.dropped}; đoạn mô hình không đọc được: ${draft.failedChunks} (new unreviewed drafts: ${stored.length}; dropped: ${draft.dropped}; chunks the model could not read: ${draft.failedChunks})`);
    if (stored.length > 0) console.log(`Duyệt (review): npm run ingest -- --review approve ID... --officer NAME`);
    return draft.failedChunks > 0 && draft.assignments.length === 0 ? 1 : 0;
  });
}

/** `--review list [DOC]`, `--review approve ID... --officer NAME`, `--review reject ID... --officer NAME`. */
export async function runReview(argv: readonly string[]): Promise<number> {
  const args = argv.slice(argv.indexOf("--review") + 1);
  const action = args[0];
  const officerAt = args.indexOf("--officer");
  const officer = officerAt >= 0 ? args[officerAt + 1] : undefined;
  const rest = args.filter((a, i) => i > 0 && !a.startsWith("--") && (officerAt < 0 || i !== officerAt + 1));
  if (action === "list") return withDatabase(loadConfig(), (db) => listDrafts(createPlanDraftRepository(db.client), rest[0]));
  if (action !== "approve" && action !== "reject") return usage();
  if (!officer || officer.startsWith("--")) return usage();
  const decision = action === "approve" ? "approved" : "rejected";
  return withDatabase(loadConfig(), async (db) => {
    try {
      const done = await reviewDrafts(createPlanDraftRepository(db.client), rest, decision, officer);
      done.forEach((d, i) => console.log(formatDraft(d, i + 1)));
      console.log(`Đã ${decision === "approved" ? "duyệt" : "từ chối"} ${done.length} bản nháp (${decision} ${done.length} drafts)`);
      return 0;
    } catch (error) {
      if (!(error instanceof DraftReviewError)) throw error;
      console.error(error.message);
      return 1;
    }
  });
}

/** The file as a plan of any supported kind (PDF, Word, scan, text), without requiring the parser to have found much. */
async function readDraftSource(file: string, registry: Registry): Promise<{ plan: ParsedPlan; report: IngestReport } | null> {
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(readFileSync(file));
  } catch (cause) {
    console.error(new PlanReadError(file, { cause }).message);
    return null;
  }
  try {
    return await readPlanDocument(bytes, basename(file), registry, { requirePlan: false });
  } catch (error) {
    if (!(error instanceof DocumentRejected)) throw error;
    console.error(`${file}: ${error.message}; không lưu gì (nothing stored)`);
    return null;
  }
}

async function listDrafts(store: PlanDraftStore, documentNumber: string | undefined): Promise<number> {
  const drafts = await store.list({ documentNumber });
  drafts.forEach((d, i) => console.log(formatDraft(d, i + 1)));
  console.log(`${drafts.length} bản nháp (drafts)`);
  return 0;
}

async function withDatabase(config: Config, work: (database: Database) => Promise<number>): Promise<number> {
  const database = await openDatabase(config.database);
  try {
    await database.migrate();
    return await work(database);
  } finally {
    await database.close();
  }
}

function stderrLogger(config: Config) {
  return createLogger({ level: config.log.level, pretty: false, destination: { write: (line: string) => void process.stderr.write(line) } });
}

function usage(): number {
  console.error(USAGE);
  return 2;
}
