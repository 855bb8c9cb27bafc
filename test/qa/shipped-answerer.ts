/**
 * The question answerer over the shipped plans, as the question-form tests use it: built once
 * per test file, with the helpers they share (the first lead agency; every quote verbatim).
 */
import { resolve } from "node:path";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import type { ParsedPlan } from "../../src/kb/types.ts";
import type { Answer } from "../../src/qa/answer-types.ts";
import { createQuestionAnswerer, type QuestionAnswerer } from "../../src/qa/question-answerer.ts";
import { beforeAll, expect, it } from "vitest";
import { judge, type GoldLine } from "./qa-judge.ts";

export const repoRoot = resolve(import.meta.dirname, "../..");

export interface ShippedAnswerer {
  qa: QuestionAnswerer;
  plans: ParsedPlan[];
}

/** The answerer on the shipped plans, with the date the fixtures were written against. */
export function shippedAnswerer(): ShippedAnswerer {
  const registry = loadRegistry();
  const plans = loadShippedPlans(registry).plans;
  return { plans, qa: createQuestionAnswerer({ plans, registry, today: "2026-11-23" }) };
}

export const firstLead = (a: Answer): string | undefined => a.agencies.find((x) => x.role === "lead" || x.role === "responsible")?.name;

/** True when every quote of the answer is in its plan's text, as written. */
export const quotesVerbatim = (plans: readonly ParsedPlan[], a: Answer): boolean =>
  a.citations.every((c) => plans.find((p) => p.documentNumber === c.document)?.text.includes(c.quote));

/** A question of a class with what the judge expects of it (score_qa.mjs's fields, without an id). */
export type ClassCase = Omit<GoldLine, "id">;

/**
 * The shipped answerer built once for a test file (filled before its tests run), and `judged`:
 * one test per question, every quote verbatim and the answer passing the judge as score_qa.mjs would.
 */
export function classSuite(label: string): { shipped: ShippedAnswerer; judged: (cases: ClassCase[]) => void } {
  const shipped = {} as ShippedAnswerer;
  beforeAll(() => {
    Object.assign(shipped, shippedAnswerer());
  });
  const judged = (cases: ClassCase[]): void => {
    it.each(cases.map((c) => [c.q, c] as const))("%s", (_q, c) => {
      const a = shipped.qa.answer(c.q);
      expect(quotesVerbatim(shipped.plans, a)).toBe(true);
      const [ok, why] = judge({ id: label, ...c }, a);
      expect(ok, `${why}\n${a.answer}`).toBe(true);
    });
  };
  return { shipped, judged };
}
