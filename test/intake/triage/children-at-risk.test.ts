/**
 * Walk 30 (fix C2, 2): the children counted and aged are the children at risk (sentences written for this test, in no corpus).
 * - A child who writes and names a younger brother or sister with an age is the child at risk; the sibling is counted (and their
 *   age kept as the youngest) only when the harm is told of both ("cả hai chị em", "both of us").
 * - The age a fake or claimed profile gives itself ("nick giả 15 tuổi", "tự xưng là nữ sinh 14 tuổi", "a fake profile of a 14
 *   year old") is no child's age.
 * - A number that ends a sentence ("ngày 3/12.") is no count of the children named in the next one.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

const WRITER_WITH_SIBLING: Array<[string, number]> = [
  ["e 13t. e gái e 5t. ba e say là đánh e", 13],
  ["Em 14 tuổi, nhà em có em trai 4 tuổi, mẹ kế hay chửi em là đồ ăn hại", 14],
  ["I'm 13, my little brother is 4, my dad hits me when he's drunk", 13],
  ["mình 15t, có đứa em gái 3 tuổi, mẹ mình suốt ngày chửi mình ngu", 15],
  ["con 12 tuổi, con có 2 đứa em nhỏ, bố hay đánh con bằng roi", 12],
];
const BOTH_HARMED: Array<[string, number]> = [
  ["em 13 tuổi, em gái em 5 tuổi, bố say về là đánh cả hai chị em", 5],
  ["I'm 12 and my sister is 4, our stepdad hits both of us", 4],
];
const CLAIMED_AGE: Array<[string, number | null]> = [
  ["con gái tôi bị một nick giả 15 tuổi dụ gặp mặt, nó chat suốt", null],
  ["Có đứa dùng nick ảo tự xưng là nữ sinh 14 tuổi kết bạn với con trai tôi rồi đòi ảnh", null],
  ["my daughter chats with a fake profile of a 14 year old boy who keeps asking for photos", null],
  ["thằng bé 10 tuổi nhà bên chat với một tài khoản giả 16 tuổi, bị dụ gửi ảnh", 10],
];
const DATE_BEFORE: string[] = ["Ba Vì, ngày 3/12. Bé 6 tuổi bị đánh bầm tím", "Hôm nay 5/12. Bé Lan 7 tuổi lại bị bỏ đói"];

describe("fix C2-2: sentences are our own", () => {
  it("none is in a corpus", () => {
    expect(inSomeCorpus([...WRITER_WITH_SIBLING, ...BOTH_HARMED, ...CLAIMED_AGE].map(([t]) => t).concat(DATE_BEFORE))).toEqual([]);
  });
});

describe("a child who writes is the child at risk, not a younger sibling named in passing", () => {
  for (const [t, age] of WRITER_WITH_SIBLING)
    it(t, () => {
      const f = extractReportFacts(t);
      expect(f.reporter).toBe("child_self");
      expect(f.age?.min).toBe(age);
      expect(f.children).toBe(1);
      const r = triageRules(t);
      expect(r.childAge?.min).toBe(age);
      expect(r.redFlags).not.toContain("child_under_6");
    });
  for (const [t, age] of BOTH_HARMED)
    it(`control (both harmed): ${t}`, () => {
      const f = extractReportFacts(t);
      expect(f.age?.min).toBe(age);
      expect(f.children).toBe(2);
    });
});

describe("a profile's claimed age is no child's age", () => {
  for (const [t, age] of CLAIMED_AGE)
    it(t, () => {
      expect(extractReportFacts(t).age?.min ?? null).toBe(age);
      expect(triageRules(t).childAge?.min ?? null).toBe(age);
    });
});

describe("a number ending a sentence is no count of the children named next", () => {
  for (const t of DATE_BEFORE) it(t, () => expect(extractReportFacts(t).children).toBe(1));
});
