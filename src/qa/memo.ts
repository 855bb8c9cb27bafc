/**
 * Memoisation for work that depends only on a plan or on a fixed text of it (a passage's quote, a heading): done once, not on every
 * question. Keys are the plan objects (held weakly) or the texts themselves; nothing here depends on the question asked.
 */
import type { ParsedPlan } from "../kb/types.ts";
import { foldWords } from "../core/vietnamese-text.ts";

/** `f(plan)` computed once per plan object; callers must not change what it returns. */
export const memoByPlan = <T>(f: (p: ParsedPlan) => T): ((p: ParsedPlan) => T) => memoByObject(f);

/**
 * `f(text)` computed once per text; callers must not change what it returns. Meant for the plans' own texts (quotes, headings,
 * names), a bounded set; the cache is dropped whole when it grows past `limit` entries, so question texts cannot make it grow without end.
 */
export function memoByText<T>(f: (text: string) => T, limit = 50_000): (text: string) => T {
  let seen = new Map<string, T>();
  return (text) => {
    let v = seen.get(text);
    if (v === undefined && !seen.has(text)) {
      v = f(text);
      if (seen.size >= limit) seen = new Map();
      seen.set(text, v);
    }
    return v as T;
  };
}

/** `f(object)` computed once per object (a passage, a registry), held weakly. */
export function memoByObject<K extends object, T>(f: (k: K) => T): (k: K) => T {
  const seen = new WeakMap<K, T>();
  return (k) => {
    let v = seen.get(k);
    if (v === undefined && !seen.has(k)) { v = f(k); seen.set(k, v); }
    return v as T;
  };
}

/** `foldWords` memoised for the plans' own texts (titles, headings, quotes); the array is shared: callers must not change it. */
export const foldWordsOnce: (text: string) => string[] = memoByText(foldWords);

const planIds = new WeakMap<ParsedPlan, number>();
let nextPlanId = 0;
const planId = (p: ParsedPlan): number => {
  let id = planIds.get(p);
  if (id === undefined) planIds.set(p, (id = nextPlanId++));
  return id;
};

/**
 * `f(plans)` computed once per list of plans (the same plans in the same order), for the few lists questions choose (one
 * province's plans, all of them); bounded like `memoByText`. Callers must not change what it returns.
 */
export function memoByPlans<T>(f: (plans: readonly ParsedPlan[]) => T, limit = 1_000): (plans: readonly ParsedPlan[]) => T {
  let seen = new Map<string, T>();
  return (plans) => {
    const key = plans.map(planId).join(",");
    let v = seen.get(key);
    if (v === undefined && !seen.has(key)) {
      v = f(plans);
      if (seen.size >= limit) seen = new Map();
      seen.set(key, v);
    }
    return v as T;
  };
}

const holds = new WeakMap<ParsedPlan, Map<string, boolean>>();

/** Whether a plan's text holds `text` verbatim (a quote, a title, a table row), memoised per plan: the plan's texts are few. */
export function planHolds(plan: ParsedPlan, text: string): boolean {
  let seen = holds.get(plan);
  if (!seen) holds.set(plan, (seen = new Map()));
  let held = seen.get(text);
  if (held === undefined) {
    held = plan.text.includes(text);
    if (seen.size >= 50_000) seen.clear();
    seen.set(text, held);
  }
  return held;
}

/** A plan's lines, trimmed, once per plan. */
export const trimmedLines = memoByPlan((plan) => plan.text.split("\n").map((l) => l.trim()));

/** The bare numbers of a plan's own document numbers ("2130" of "2130/QĐ-UBND"), once per plan. */
export const ownNumbersOf = memoByPlan((p) => [p.documentNumber, ...p.otherNumbers].map((n) => n.split("/")[0]!.trim()));

/** The bare numbers of the plans' own document numbers, as a set, once per list of plans. */
export const ownNumbers = memoByPlans((plans) => new Set(plans.flatMap(ownNumbersOf)));
