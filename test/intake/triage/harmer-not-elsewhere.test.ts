/**
 * Walk 30 (fix C2, 1): the person who harms is not taken from someone else's phrase (sentences written for this test, in no corpus).
 * - The one harmed is not the one who harms: "đánh vợ con", "chửi vợ", "beats his wife" name the wife as hurt; a man who beats his
 *   wife and children is their father.
 * - A relation word inside a place name is no person: "xã Thanh Ba", "Ba Vì", "Bố Trạch", "thôn Mẹ Thứ", "đường Mẹ Suốt".
 * - A relation word inside a compound or an idiom is no person: "con ông cháu cha", "chú ý", "cậu bé", "bố trí", "khối u",
 *   "ông bà ta nói", "cơ mà"; a priest ("cha xứ") or a child-snatcher ("mẹ mìn") is not the child's father or mother.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

const WIFE_HARMED: Array<[string, string | null]> = [
  ["Ông ấy cứ say xỉn về là đánh vợ con, thằng bé 6 tuổi sợ lắm", "father"],
  ["ong ay nhau xong la danh vo con, con be 7 tuoi khoc suot", "father"],
  ["Hắn hay chửi vợ, đập đồ, đứa nhỏ mới 4 tuổi run cầm cập", null],
  ["He gets drunk and beats his wife and kids, the youngest is 5", "father"],
];
const PARTNER_HARMS = ["Em 15 tuổi, bạn trai em hay đánh em mỗi lần ghen", "Chị ấy bị chồng đánh, con gái chị 3 tuổi cũng bị chồng chị tát"];

const PLACE_NAMES = [
  "nhà thằng bé ở xã thanh ba cơ mà, nó 7 tuổi hay bị đánh bầm tím",
  "nha be o xa thanh ba co ma, be 7 tuoi hay bi danh bam tim",
  "Bé 6 tuổi nhà ở Ba Vì, bị đánh bầm tím khắp người",
  "bé gái 7 tuổi ở huyện ba vì bị đánh bầm tím khắp người",
  "Thằng bé 9 tuổi quê Bố Trạch bị đánh thâm tím mặt mày",
  "Ở thôn Mẹ Thứ có con bé 8 tuổi bị đánh suốt",
  "Nhà bé ở đường Mẹ Suốt, bé 5 tuổi bị đánh bầm tím hôm qua",
  "Bà Rịa có đứa bé 8 tuổi bị đánh thâm tím, không ai can",
  "The boy (6) lives in Ba Vi and gets beaten every day",
];
const PLACE_THEN_HARMER: Array<[string, string]> = [
  ["em ở phường Bà Rịa, bố dượng em hay đánh em, em 12 tuổi", "stepfather"],
  ["Bé 7 tuổi ở với ba, ba đánh bầm tím suốt", "father"],
  ["ba vì ghen nên đánh con bé 7 tuổi bầm tím", "father"],
  ["Cha nó đánh nó bầm tím, nó mới 8 tuổi", "father"],
];

const COMPOUNDS: Array<[string, string | null]> = [
  ["thằng đó là con ông cháu cha nên đánh bạn em hoài mà không ai dám nói", null],
  ["mong các anh chị chú ý giúp, bé 7 tuổi bị đánh bầm tím", null],
  ["Cậu bé 9 tuổi bị đánh bầm tím cả người", null],
  ["nhà trường bố trí cho cháu 8 tuổi ở lại lớp, ở đó cháu bị đánh bầm tím", null],
  ["thằng bé 7 tuổi bị khối u, nhà không chữa, còn bị bỏ đói", null],
  ["ông bà ta nói thương cho roi cho vọt nên bé 8 tuổi bị đánh suốt", null],
  ["thằng bé 8 tuổi bị bắt cóc ở chợ, người ta nghi là mẹ mìn", "stranger"],
  ["cha xứ ở giáo xứ sờ soạng bé gái 10 tuổi nhiều lần", "other"],
];

describe("fix C2-1: sentences are our own", () => {
  it("none is in a corpus", () => {
    expect(inSomeCorpus([...WIFE_HARMED.map(([t]) => t), ...PARTNER_HARMS, ...PLACE_NAMES, ...PLACE_THEN_HARMER.map(([t]) => t), ...COMPOUNDS.map(([t]) => t)])).toEqual([]);
  });
});

describe("the one harmed is not the one who harms", () => {
  for (const [t, who] of WIFE_HARMED)
    it(t, () => {
      const f = extractReportFacts(t);
      expect(f.harmer).not.toBe("partner");
      expect(f.harmer).toBe(who);
    });
  for (const t of PARTNER_HARMS) it(`control: ${t}`, () => expect(["partner", "stepfather", "father"]).toContain(extractReportFacts(t).harmer));
});

describe("a relation word inside a place name is no person", () => {
  for (const t of PLACE_NAMES)
    it(t, () => {
      expect(extractReportFacts(t).harmer).toBeNull();
      expect(triageRules(t).redFlags).not.toContain("caregiver_is_abuser");
    });
  for (const [t, who] of PLACE_THEN_HARMER) it(`control: ${t}`, () => expect(extractReportFacts(t).harmer).toBe(who));
});

describe("a relation word inside a compound or an idiom is no person", () => {
  for (const [t, who] of COMPOUNDS) it(t, () => expect(extractReportFacts(t).harmer).toBe(who));
});
