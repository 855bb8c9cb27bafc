/**
 * Walk 31: in a text typed with diacritics, a word typed bare that is a word of its own is that word: "ba con hễ say là đánh con"
 * is the child's father ("ba"), not "bà con" (relatives), which the walker's boy of 11 had stored as the one who harms. Typed
 * with its accents ("bà con hàng xóm"), or in a text with no diacritics at all, the phrase still reads as before. Sentences
 * written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

const FATHER: string[] = [
  "cô ơi ba con nhậu xỉn về là đánh con với mẹ, con sợ lắm",
  "Con 12 tuổi, ba con lấy roi quất con sưng hết tay rồi",
  "ba con cứ say là chửi với đánh tụi con, tối qua con phải trốn sang nhà ngoại",
];

describe("walk 31: a bare word in a text with diacritics", () => {
  it("none is in a corpus", () => expect(inSomeCorpus(FATHER)).toEqual([]));
  for (const t of FATHER) it(`the father harms: ${t}`, () => expect(extractReportFacts(t).harmer).toBe("father"));
  it("'bà con' typed with its accent are still relatives, not the father", () => {
    expect(extractReportFacts("bà con trong xóm ai cũng biết ông ta đánh con bé 7 tuổi").harmer).not.toBe("father");
  });
});
