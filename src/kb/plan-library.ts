/**
 * The plans the running product answers from: the shipped plans are ingested into the
 * store on start (idempotent), and the knowledge base is the current version of every
 * stored plan, including plans an administrator added with `npm run ingest`.
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
  const parsed = ingestFiles(paths, registry);
  const outcomes: IngestIntoStoreResult["outcomes"] = [];
  for (const [i, plan] of parsed.plans.entries()) {
    const report = parsed.reports[i]!;
    outcomes.push({ report, outcome: await store.save(plan, report) });
  }
  return { outcomes, failures: parsed.failures };
}

/** Ingests the shipped plans, then returns the current version of every stored plan. */
export async function loadPlanLibrary(store: PlanStore, registry: Registry): Promise<{ plans: ParsedPlan[]; shipped: IngestIntoStoreResult }> {
  const shipped = await ingestIntoStore(store, registry);
  return { plans: await store.currentPlans(), shipped };
}
