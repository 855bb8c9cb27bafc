/**
 * A pupil who habitually sits alone at school ("hay ngồi một mình giờ ra chơi") is a child who keeps apart, not a child
 * without a carer (DESIGN: red flags come from facts the text states, never from a word alone): no "child alone" flag, no
 * alone fact. A small child sitting alone in front of the house with no grown-up around, or every evening at a food stall,
 * is still alone. Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

const ALONE_FLAGS = ["child_alone", "young_child_alone", "left_alone_often", "young_child_alone_long", "infant_at_risk", "child_alone_ill"];

const KEEPS_APART = [
  "Thằng bé lớp 4 dạo này hay ngồi một mình ở góc sân lúc ra chơi, không chơi với ai",
  "con bé lớp 2 thường ngồi một mình trong giờ ăn trưa ở trường, cô hỏi thì lắc đầu",
  "em lop 6 cu ngoi mot minh cuoi lop, khong noi chuyen voi ban nao",
];
const ALONE = [
  "Bé 4 tuổi ngồi một mình trước cửa nhà từ sáng, không thấy người lớn đâu",
  "đứa nhỏ 3 tuổi ngồi một mình ngoài đường nãy giờ, không biết ba mẹ ở đâu",
  // A habit, but in the evening at a food stall: no school, still a child alone.
  "Con bé 6 tuổi tối nào cũng ngồi một mình ăn mì ở quán đầu hẻm tới khuya",
];

describe("a pupil who sits alone at school", () => {
  it("is tested on sentences in no corpus", () => expect(inSomeCorpus([...KEEPS_APART, ...ALONE])).toEqual([]));

  it.each(KEEPS_APART)("keeps apart, and is no child alone: %s", (text) => {
    const r = triageRules(text);
    for (const flag of ALONE_FLAGS) expect(r.redFlags).not.toContain(flag);
    expect(extractReportFacts(text).alone).toBe(false);
  });

  it.each(ALONE)("control: a small child sitting alone with no grown-up is alone: %s", (text) => {
    expect(triageRules(text).redFlags.some((f) => ALONE_FLAGS.includes(f))).toBe(true);
  });
});
