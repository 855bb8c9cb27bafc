/**
 * Walk 30 (fix C2, 5): "alone" is a child without a carer, not a child who feels alone (sentences written for this test, in no corpus).
 * "Ngồi khóc một mình trong phòng", "lủi thủi một mình ở góc lớp", "khóc một mình vào ban đêm", "cries alone in her room",
 * "I feel so alone" tell a feeling: no "child alone" flag, no "small child alone" risk, no alone fact. A child crying alone on the
 * street, at home with no grown-up or at a bus station with nobody around is still alone.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

const ALONE_FLAGS = ["child_alone", "young_child_alone", "left_alone_often", "young_child_alone_long", "infant_at_risk", "child_alone_ill"];

const FEELING: string[] = [
  "con bé 10 tuổi dạo này hay ngồi khóc một mình trong phòng, hỏi gì cũng không nói",
  "thằng bé 5 tuổi cứ lủi thủi một mình ở góc lớp, các bạn không chơi cùng",
  "em 13 tuổi, em hay khóc một mình vào ban đêm vì bố mẹ cãi nhau",
  "My daughter (8) cries alone in her room after her dad shouts at her",
  "chau 6 tuoi buon lam, thui thui mot minh suot",
  "I'm 12 and I feel so alone, nobody at school talks to me",
];
const WITHOUT_CARER: string[] = [
  "bé 4 tuổi ngồi khóc một mình ngoài đường, không thấy người lớn đâu",
  "bé 3 tuổi ở nhà một mình khóc suốt từ sáng",
  "a little boy (4) is crying alone at the bus station, nobody around",
];

describe("fix C2-5: sentences are our own", () => {
  it("none is in a corpus", () => expect(inSomeCorpus([...FEELING, ...WITHOUT_CARER])).toEqual([]));
});

describe("a child who feels alone is not a child alone", () => {
  for (const t of FEELING)
    it(t, () => {
      const r = triageRules(t);
      for (const flag of ALONE_FLAGS) expect(r.redFlags).not.toContain(flag);
      expect(extractReportFacts(t).alone).toBe(false);
    });
  for (const t of WITHOUT_CARER)
    it(`control (no carer): ${t}`, () => {
      expect(triageRules(t).redFlags).toContain("child_alone");
      expect(extractReportFacts(t).alone).toBe(true);
    });
});
