import { describe, expect, it } from "vitest";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import type { ParsedPlan } from "../../src/kb/types.ts";

function allQuotes(p: ParsedPlan): Array<[string, string]> {
  return [
    ...p.assignments.map((a): [string, string] => [`assignment ${a.sectionPath} ${a.agencyId}`, a.quote]),
    ...p.tasks.map((t): [string, string] => [`task ${t.id}`, t.quote]),
    ...p.targets.map((t): [string, string] => [`target ${t.sectionPath}`, t.quote]),
    ...p.budgetLines.map((b): [string, string] => [`budget ${b.sectionPath}`, b.quote]),
    ...p.reportingDuties.map((d): [string, string] => [`reporting ${d.sectionPath}`, d.quote]),
    ...p.gaps.map((g): [string, string] => [`gap ${g.sectionPath}`, g.quote]),
    ...p.legalBasis.map((l): [string, string] => [`legal basis ${l.documentNumber}`, l.quote]),
    ...p.implements.map((i): [string, string] => [`implements ${i.documentNumber}`, i.quote]),
    ...p.sections.map((s): [string, string] => [`section ${s.path}`, s.text]),
  ];
}

describe("every quote of every shipped plan", () => {
  const { plans } = loadShippedPlans();

  it("ingests all five plans", () => {
    expect(plans).toHaveLength(5);
  });

  it.each(plans.map((p) => [p.sourceFile, p] as const))("%s: every quote is a non-empty verbatim substring of plan.text", (_, p) => {
    const quotes = allQuotes(p);
    expect(quotes.length).toBeGreaterThan(20);
    const bad = quotes.filter(([, q]) => q.trim() === "" || !p.text.includes(q)).map(([where]) => where);
    expect(bad).toEqual([]);
  });

  it.each(plans.map((p) => [p.sourceFile, p] as const))("%s: quotes neither start nor end with markdown emphasis or spaces", (_, p) => {
    const ragged = allQuotes(p).filter(([, q]) => /^[\s*_]|[\s*_]$/.test(q)).map(([where, q]) => `${where}: ${q.slice(0, 40)}`);
    expect(ragged).toEqual([]);
  });

  it.each(plans.map((p) => [p.sourceFile, p] as const))("%s: every assignment, target and duty points at a section that exists", (_, p) => {
    const paths = new Set(p.sections.map((s) => s.path));
    const orphan = [...p.assignments, ...p.targets, ...p.reportingDuties]
      .map((x) => x.sectionPath)
      .filter((path) => !paths.has(path) && !path.startsWith("Phụ lục."));
    expect(orphan).toEqual([]);
  });

  it.each(plans.map((p) => [p.sourceFile, p] as const))("%s: every assignment's task exists", (_, p) => {
    const ids = new Set(p.tasks.map((t) => t.id));
    expect(p.assignments.filter((a) => a.taskId !== null && !ids.has(a.taskId))).toEqual([]);
  });
});
