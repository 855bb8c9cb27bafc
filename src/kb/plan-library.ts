/**
 * The plans the running product answers from: the shipped plans are ingested into the
 * store on start (idempotent), and the knowledge base is the current version of every
 * stored plan, including plans an administrator added with `npm run ingest`. A stored
 * version whose text is a shipped file's text is answered from this start's parse of it,
 * so a better parser reaches a database that stored the same text with an older one.
 */
import type { IngestReport, ParsedPlan } from "./types.ts";
import type { PlanSaveOutcome, PlanStore } from "./plan-store.ts";
import { ingestFiles, listPlanFiles, type PlanReadError } from "./knowledge-base.ts";
import type { Registry } from "./registry/registry.ts";

export interface IngestIntoStoreResult {
  outcomes: Array<{ report: IngestReport; outcome: PlanSaveOutcome }>;
  failures: PlanReadError[];
}

/** Parses files and stores each plan; a file that cannot be read is reported and nothing of it stored. */
export async function ingestIntoStore(store: PlanStore, registry: Registry, paths: readonly string[] = listPlanFiles()): Promise<IngestIntoStoreResult> {
  const { outcomes, failures } = await parseAndStore(store, registry, paths);
  return { outcomes, failures };
}

async function parseAndStore(store: PlanStore, registry: Registry, paths: readonly string[]): Promise<IngestIntoStoreResult & { parsed: ParsedPlan[] }> {
  const parsed = ingestFiles(paths, registry);
  const outcomes: IngestIntoStoreResult["outcomes"] = [];
  for (const [i, plan] of parsed.plans.entries()) {
    const report = parsed.reports[i]!;
    outcomes.push({ report, outcome: await store.save(plan, report) });
  }
  return { outcomes, failures: parsed.failures, parsed: parsed.plans };
}

/** Ingests the shipped plans, then returns the current version of every stored plan (a shipped text as parsed now). */
export async function loadPlanLibrary(store: PlanStore, registry: Registry): Promise<{ plans: ParsedPlan[]; shipped: IngestIntoStoreResult }> {
  const { parsed, ...shipped } = await parseAndStore(store, registry, listPlanFiles());
  const fresh = new Map(parsed.map((p) => [`${p.documentNumber}#${p.checksum}`, p]));
  const stored = await store.currentPlans();
  return { plans: stored.map((p) => fresh.get(`${p.documentNumber}#${p.checksum}`) ?? p), shipped };
}
