/**
 * Walk 30 (fix C2, 6): a parent's job is no child labour (sentences written for this test, in no corpus).
 * "Má nó bán hàng ngoài chợ", "mạ hắn bán vé số", "ba má tụi nhỏ đi làm thuê", "mẹ đi rửa bát thuê cho quán": the parent named
 * (as written: "má", "mạ", "mẹ", "ba má", or folded with whose after it) is the one who works. A child made to work, or said to
 * work, still is child labour.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

const LABOUR_FLAGS = ["illegal_child_labour", "hazardous_work", "working_instead_of_school", "coerced_labour", "work_injury"];

const PARENTS_WORK: string[] = [
  "Má nó bán hàng ngoài chợ cả ngày, thằng bé 7 tuổi ở nhà bị ông dượng chửi suốt",
  "nhà nghèo, mẹ đi rửa bát thuê cho quán, con bé 6 tuổi ở nhà một mình",
  "ba má tụi nhỏ đi làm thuê ở Bình Dương, gửi 2 đứa 5 và 8 tuổi cho bà ngoại già yếu",
  "mạ hắn bán vé số ở bến xe tới khuya, hắn 6 tuổi ở nhà với anh 9 tuổi",
  "me no di ban rau tu 4h sang, be 5 tuoi o nha voi ong noi hay bi danh",
];
const CHILD_WORKS: string[] = [
  "thằng bé 10 tuổi phải đi bán vé số ngoài chợ tới khuya",
  "mẹ bắt con bé 9 tuổi đi bán hàng rong",
  "con bé 11 tuổi nghỉ học đi làm thuê ở xưởng may",
];

describe("fix C2-6: sentences are our own", () => {
  it("none is in a corpus", () => expect(inSomeCorpus([...PARENTS_WORK, ...CHILD_WORKS])).toEqual([]));
});

describe("a parent's job is no child labour", () => {
  for (const t of PARENTS_WORK)
    it(t, () => {
      const r = triageRules(t);
      for (const flag of LABOUR_FLAGS) expect(r.redFlags).not.toContain(flag);
      expect(r.category).not.toBe("labour_exploitation");
    });
  for (const t of CHILD_WORKS) it(`control (the child works): ${t}`, () => expect(triageRules(t).redFlags).toContain("illegal_child_labour"));
});
