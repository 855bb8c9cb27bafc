/**
 * The answerer reads the plan library (src/kb/plan-library.ts). A database that stored a shipped plan's text with an
 * older parser keeps that parse (same text: "unchanged"), so without this an improved parser never reached `ask` or a
 * running instance: the stored version of a shipped text must be answered from this start's parse of the same text.
 */
import { describe, expect, it } from "vitest";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadPlanLibrary } from "../../src/kb/plan-library.ts";
import type { PlanSaveOutcome, PlanStore, PlanVersionSummary } from "../../src/kb/plan-store.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import type { IngestReport, ParsedPlan } from "../../src/kb/types.ts";

/** An in-memory store keyed by document number, current version only, like the repository's checksum rule. */
function memoryStore(initial: ParsedPlan[]): PlanStore {
  const plans = new Map(initial.map((p) => [p.documentNumber, p]));
  return {
    save(plan: ParsedPlan, _report: IngestReport): Promise<PlanSaveOutcome> {
      const stored = plans.get(plan.documentNumber);
      if (stored?.checksum === plan.checksum) return Promise.resolve({ status: "unchanged", documentNumber: plan.documentNumber, version: 1 });
      plans.set(plan.documentNumber, plan);
      return Promise.resolve({ status: stored ? "new_version" : "created", documentNumber: plan.documentNumber, version: stored ? 2 : 1 });
    },
    currentPlans: () => Promise.resolve([...plans.values()]),
    versions: (): Promise<PlanVersionSummary[]> => Promise.resolve([]),
  };
}

describe("the plan library", () => {
  const registry = loadRegistry();
  const shipped = loadShippedPlans(registry).plans;

  it("answers a shipped text from this start's parse, not from an older parse stored with the same text", async () => {
    const stale = shipped.map((p) => ({ ...p, assignments: [], targets: [] }));
    const { plans, shipped: result } = await loadPlanLibrary(memoryStore(stale), registry);
    expect(result.outcomes.map((o) => o.outcome.status)).toEqual(shipped.map(() => "unchanged"));
    for (const p of plans) {
      const fresh = shipped.find((s) => s.documentNumber === p.documentNumber)!;
      expect(p.assignments).toEqual(fresh.assignments);
      expect(p.targets).toEqual(fresh.targets);
    }
  });

  it("keeps as stored a plan whose text is no shipped file's (a plan an administrator added with npm run ingest)", async () => {
    const added = { ...shipped[0]!, documentNumber: "99/KH-UBND", checksum: "another-text", assignments: [] };
    const { plans } = await loadPlanLibrary(memoryStore([added]), registry);
    expect(plans.find((p) => p.documentNumber === "99/KH-UBND")).toBe(added);
    expect(plans).toHaveLength(shipped.length + 1);
  });
});
