/**
 * How many assignments a rendering of a plan gives back exactly as the .txt version does:
 * same agency (registry id, and the name as written), role, section and quote. Quotes are
 * compared after Unicode NFC and collapsing whitespace, since a PDF or a Word file keeps
 * neither the text file's byte encoding of accents nor its runs of spaces and tabs. For scans,
 * a second, "typographic" mode also folds dashes and ellipses, which OCR cannot tell apart.
 */
import type { Assignment } from "../../../src/kb/types.ts";

const norm = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim();
/** Also folds what a scan cannot tell apart: dashes (– — -) and an ellipsis from dots (… ...). */
const typographic = (s: string) => norm(s).replace(/[\u2010-\u2015\u2212]/g, "-").replace(/…/g, "...").replace(/\.{4,}/g, "...");

export type MatchMode = "exact" | "typographic";

export function assignmentKey(a: Assignment, mode: MatchMode = "exact"): string {
  const n = mode === "exact" ? norm : typographic;
  return [a.agencyId ?? "", n(a.agencyAsWritten), a.role, a.sectionPath, n(a.quote)].join("|");
}

export interface MatchResult {
  expected: number;
  identical: number;
  share: number;
  missing: string[];
  extra: string[];
}

/** Multiset comparison of `got` against `expected`. */
export function matchAssignments(expected: readonly Assignment[], got: readonly Assignment[], mode: MatchMode = "exact"): MatchResult {
  const key = (a: Assignment) => assignmentKey(a, mode);
  const pool = new Map<string, number>();
  for (const a of got) pool.set(key(a), (pool.get(key(a)) ?? 0) + 1);
  const missing: string[] = [];
  let identical = 0;
  for (const a of expected) {
    const k = key(a);
    const n = pool.get(k) ?? 0;
    if (n > 0) {
      identical++;
      pool.set(k, n - 1);
    } else missing.push(k);
  }
  const extra = [...pool].flatMap(([k, n]) => Array<string>(n).fill(k));
  return { expected: expected.length, identical, share: expected.length === 0 ? 1 : identical / expected.length, missing, extra };
}
