/**
 * Loading plans into the knowledge base: the shipped plans of content/plans (read on
 * start) and any files named on the command line. Parsing is pure (plan-parser.ts);
 * this module only reads files, so a file that cannot be read is reported, never
 * half-ingested.
 */
import { readFileSync, readdirSync } from "node:fs";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import type { IngestReport, ParsedPlan } from "./types.ts";
import { parsePlan } from "./ingest/plan-parser.ts";
import { loadRegistry, type Registry } from "./registry/registry.ts";

/** Where the plans the product ships live. */
export const SHIPPED_PLANS_DIR = fileURLToPath(new URL("../../content/plans/", import.meta.url));

/** Thrown (or reported) when a plan file cannot be read; keeps the path and the cause. */
export class PlanReadError extends Error {
  constructor(readonly path: string, options?: { cause?: unknown }) {
    super(`Không đọc được tệp kế hoạch (cannot read plan file): ${path}`, options);
    this.name = "PlanReadError";
  }
}

export interface IngestResult {
  plans: ParsedPlan[];
  reports: IngestReport[];
  /** Files that could not be read; their plans are absent from `plans`. */
  failures: PlanReadError[];
}

/** The plan text files of a folder (*.txt), in name order. */
export function listPlanFiles(dir: string = SHIPPED_PLANS_DIR): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => join(dir, f));
}

/** Reads and parses each file; `sourceFile` is recorded as the file's base name. */
export function ingestFiles(paths: readonly string[], registry: Registry = loadRegistry()): IngestResult {
  const result: IngestResult = { plans: [], reports: [], failures: [] };
  for (const path of paths) {
    let text: string;
    try {
      text = readFileSync(path, "utf8");
    } catch (cause) {
      result.failures.push(new PlanReadError(path, { cause }));
      continue;
    }
    const { plan, report } = parsePlan(text, basename(path), registry);
    result.plans.push(plan);
    result.reports.push(report);
  }
  return result;
}

/** The plans the product ships (content/plans/*.txt), parsed. */
export function loadShippedPlans(registry: Registry = loadRegistry()): IngestResult {
  return ingestFiles(listPlanFiles(), registry);
}
