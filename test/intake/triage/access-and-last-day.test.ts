/**
 * Two readings found on the dev writer N (4 December): "nó vẫn ở chung nhà với ông dượng" was read
 * as said NOT to share the home, because "nó" (the child) folds to the English "no"; and a child's
 * message "mai là ngày cuối cùng của tao" (tomorrow is my last day) was not read as a stated intent
 * to die. Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const SHARES_HOME = [
  "Con bé 12 tuổi bị dượng nó làm chuyện đồi bại, nó vẫn ở chung nhà với ông dượng",
  "thang be 9 tuoi bi ong chu sam so nhieu lan, no van song voi ong chu",
];
const NOT_ANY_MORE = [
  "Con bé 12 tuổi bị dượng nó làm chuyện đồi bại, giờ nó không còn ở chung nhà với ông dượng nữa",
  "my niece was touched by her stepfather, he no longer lives with her",
];
const LAST_DAY = [
  "ban em lop 8 nhan tin \"mai la ngay cuoi cung cua tao\", em so qua",
  "em 13 tuổi, hôm nay là ngày cuối của em rồi, không ai thương em",
];
const NOT_LAST_DAY = [
  "Hôm nay là ngày cuối cùng của tôi ở trường này, con bé 10 tuổi lớp tôi bị bạn bắt nạt",
];

describe("the person who harms still shares the child's home", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...SHARES_HOME, ...NOT_ANY_MORE, ...LAST_DAY, ...NOT_LAST_DAY])).toEqual([]);
  });
  it.each(SHARES_HOME)("access, an emergency: %s", (s) => {
    expect(extractReportFacts(s).harmerAccess).toBe(true);
    expect(triageReport(s).risk).toBe("emergency");
  });
  it.each(NOT_ANY_MORE)("no access: %s", (s) => {
    expect(extractReportFacts(s).harmerAccess).toBe(false);
  });
});

describe("'my last day' is a stated intent to die; the last day at a school is not", () => {
  it.each(LAST_DAY)("%s", (s) => {
    const t = triageReport(s);
    expect(t.risk).toBe("emergency");
    expect(t.redFlags).toContain("stated_intent_to_die");
  });
  it.each(NOT_LAST_DAY)("%s", (s) => {
    expect(triageReport(s).redFlags).not.toContain("stated_intent_to_die");
  });
});
