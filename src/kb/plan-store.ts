/**
 * Where ingested plans are kept, so a plan added with `npm run ingest` is there for every
 * instance and after every restart. Versions are keyed by the text's checksum: the same
 * text changes nothing, an edited text becomes the next version and the current one.
 */
import type { IngestReport, ParsedPlan } from "./types.ts";

export type PlanSaveStatus = "unchanged" | "created" | "new_version" | "restored";

export interface PlanSaveOutcome {
  status: PlanSaveStatus;
  documentNumber: string;
  version: number;
}

export interface PlanVersionSummary {
  documentNumber: string;
  version: number;
  checksum: string;
  sourceFile: string;
  current: boolean;
  createdAt: Date;
}

export interface PlanStore {
  /** Stores the plan unless its current version already has this text. */
  save(plan: ParsedPlan, report: IngestReport): Promise<PlanSaveOutcome>;
  /** The current version of every plan, as parsed when it was ingested. */
  currentPlans(): Promise<ParsedPlan[]>;
  versions(documentNumber: string): Promise<PlanVersionSummary[]>;
}

/** Vietnamese line for one outcome, as `npm run ingest` prints it. */
export function describeSave(outcome: PlanSaveOutcome): string {
  const what: Record<PlanSaveStatus, string> = {
    unchanged: "không đổi (unchanged)",
    created: "mới (new plan)",
    new_version: "phiên bản mới (new version)",
    restored: "trở lại phiên bản cũ (restored an earlier version)",
  };
  return `${outcome.documentNumber}: ${what[outcome.status]}, phiên bản (version) ${outcome.version}`;
}
