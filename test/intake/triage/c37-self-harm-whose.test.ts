/**
 * C37: whose self-harm a story tells. A child who harms themself after a scolding ("uống thuốc ngủ sau khi bị bố mẹ mắng") harms
 * themself: the scolding parents are not stored as the ones who harm; a beating still names the one who beats. A grown-up who
 * threatens to kill the child and then themself ("mẹ sẽ giết em rồi tự tử") is the one who harms, not the child. "uống cả vỉ
 * thuốc ngủ" (a whole strip of sleeping pills) is an overdose as "uống thuốc ngủ" is.
 * Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

const CASES: Array<[string, string]> = [
  ["Con bé 15 tuổi nhà chị tôi uống cả vỉ thuốc ngủ sau khi bị bố mẹ mắng, đang nằm viện.", "self"],
  ["thang be 12 tuoi rach tay sau khi bi me chui, gio dang o tram y te", "self"],
  ["Con bé 13 tuổi rạch tay vì bị bố dượng đánh suốt, tay nó đầy vết cắt.", "stepfather"],
  ["Mẹ em dọa nếu em còn trốn học thì mẹ sẽ giết em rồi tự tử, tối nay mẹ cầm dao ngồi chờ em.", "mother"],
  ["bo em say ruou noi se giet ca nha roi tu sat, em 11 tuoi, em so lam", "father"],
];

describe("whose self-harm", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(CASES.map(([t]) => t))).toEqual([]);
  });

  it.each(CASES)("%s -> %s", (text, harmer) => {
    expect(extractReportFacts(text).harmer).toBe(harmer);
  });
});
