/**
 * C45 (issue 13): common free answers to a yes/no question ("chưa đứa nào đi cả", "vẫn còn", "hình như có", "not yet", "nobody")
 * are read in context, not rejected with "press a button". Sentences written for this test; near misses stay unread (or a story).
 */
import { describe, expect, it } from "vitest";
import { matchTriState } from "../../../src/intake/report-flow/answer-matching.ts";

describe("a short free answer to a yes/no question", () => {
  it.each([
    ["chưa đứa nào bị gì cả", "no"],
    ["chua dua nao di ca", "no"],
    ["không ai đến cả", "no"],
    ["chưa ai tới", "no"],
    ["not yet", "no"],
    ["nobody", "no"],
    ["vẫn còn", "yes"],
    ["van con a", "yes"],
    ["still there", "yes"],
    ["hình như có", "unknown"],
    ["hinh nhu vay", "unknown"],
    ["maybe", "unknown"],
  ])("«%s» → %s", (typed, want) => {
    expect(matchTriState(typed)).toBe(want);
  });

  it.each([
    "không ai trông bé cả",
    "chưa ai cho nó ăn",
    "nobody feeds them",
    "vẫn còn đánh nó hằng ngày",
  ])("near miss «%s»: no plain yes or no read", (typed) => {
    expect(matchTriState(typed)).not.toBe("no");
  });
});
