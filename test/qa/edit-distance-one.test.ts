/**
 * `editDistance(a, b)` with the default limit of one edit takes a short path (no table): it must still be the Levenshtein
 * distance capped at 2, for a letter changed, added or dropped anywhere, two edits, and words of other lengths.
 */
import { describe, expect, it } from "vitest";
import { editDistance } from "../../src/qa/fuzzy-lookup.ts";

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min(prev[j]! + 1, row[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length]!;
}

describe("editDistance within one edit", () => {
  const pairs: Array<[string, string]> = [
    ["kontum", "kontum"], ["kontum", "kontun"], ["kontum", "kotum"], ["kontum", "konttum"], ["kontum", "ontum"], ["kontum", "kontu"],
    ["kontum", "knotum"], ["lamdong", "lamdogn"], ["baclieu", "baclie"], ["baclieu", "xbaclieu"], ["soctrang", "soctrangg"],
    ["dien", "bien"], ["dien", "die"], ["dien", "dienn"], ["dien", "diem"], ["a", ""], ["", ""], ["ab", "ba"], ["abc", "xyz"],
    ["hau giang", "haugiang"], ["quang tri", "quang tr"],
  ];
  for (const [a, b] of pairs) {
    it(`${a} / ${b}`, () => {
      expect(editDistance(a, b)).toBe(Math.min(levenshtein(a, b), 2));
      expect(editDistance(b, a)).toBe(Math.min(levenshtein(a, b), 2));
    });
  }
});
