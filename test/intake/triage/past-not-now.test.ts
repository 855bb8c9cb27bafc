/**
 * Walk 30 (fix C2, 3): a harm told as past is no fact of now (sentences written for this test, in no corpus).
 * "Hồi trước", "lúc trước", "trước đây", "ngày xưa", "năm ngoái", "từng", "used to" before a locking, a child left alone or driven
 * out, in the same sentence (across its commas) and with no word that brings the story back to now ("giờ", "vẫn", "đang"), make
 * it an earlier episode: no "locked in", "alone" or "driven out" red flag and no emergency built on it.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const NOW_FLAGS = ["confinement", "confinement_now", "young_child_locked_in_alone", "child_alone", "young_child_alone", "young_child_alone_long", "infant_at_risk", "driven_out", "driven_out_at_night", "exposure"];

const PAST_MODEL_AGREES: string[] = [
  "Con bé 4 tuổi nhà bên, hồi trước bà ngoại nó hay nhốt nó trong nhà để đi chợ",
  "My neighbour used to lock her 4-year-old in the bathroom for hours when she went out",
  "Năm ngoái bé 3 tuổi nhà kế bên bị bỏ ở nhà một mình cả ngày",
];
/** The shipped model rates these emergencies from their words ("nhốt ... cả ngày", "trói", "đuổi ... nửa đêm") whatever the time: a retrain's work. */
const PAST_MODEL_OVER_ESCALATES: string[] = [
  "thằng bé 5 tuổi, lúc trước mẹ nó hay khóa cửa nhốt nó trong nhà cả ngày để đi làm",
  "ngay xua ong ay tung troi thang be vao cot, be 7 tuoi",
  "Trước đây chú nó từng đuổi nó ra khỏi nhà lúc nửa đêm, nó 10 tuổi",
];
const PAST = [...PAST_MODEL_AGREES, ...PAST_MODEL_OVER_ESCALATES];
const NOW: Array<[string, string]> = [
  ["hồi trước bà ấy cũng hay nhốt, giờ lại nhốt thằng bé 5 tuổi trong nhà kho cả ngày", "young_child_locked_in_alone"],
  ["bé 3 tuổi nhà kế bên bị bỏ ở nhà một mình cả ngày hôm nay", "young_child_alone"],
  ["Con bé 4 tuổi nhà bên đang bị nhốt trong nhà từ sáng", "confinement"],
];

describe("fix C2-3: sentences are our own", () => {
  it("none is in a corpus", () => expect(inSomeCorpus([...PAST, ...NOW.map(([t]) => t)])).toEqual([]));
});

describe("a locking, a child left alone or driven out told as past is no fact of now", () => {
  for (const t of PAST)
    it(t, () => {
      const rules = triageRules(t);
      for (const flag of NOW_FLAGS) expect(rules.redFlags).not.toContain(flag);
      expect(rules.risk).not.toBe("emergency");
      expect(extractReportFacts(t).alone).toBe(false);
      // No floor makes it an emergency: a model that says high is left at high.
      const floored = triageReport(t, {}, modelThatSays("high"));
      expect(floored.risk).toBe("high");
      for (const flag of NOW_FLAGS) expect(floored.redFlags).not.toContain(flag);
    });
  for (const t of PAST_MODEL_AGREES) it(`and the shipped triage is no emergency: ${t}`, () => expect(triageReport(t).risk).not.toBe("emergency"));
  it.fails.each(PAST_MODEL_OVER_ESCALATES)("(known weakness of the shipped model, not of the facts) is no emergency: %s", (t) => {
    expect(triageReport(t).risk).not.toBe("emergency");
  });
  for (const [t, flag] of NOW) it(`control (now): ${t}`, () => expect(triageRules(t).redFlags).toContain(flag));
});

describe("the time words govern the facts of now", () => {
  it("a child once left alone is not alone now", () => expect(extractReportFacts("Bé 5 tuổi, lúc trước hay bị bỏ ở nhà một mình, giờ ở với bà").alone).toBe(false));
  it("a child left alone today is", () => expect(extractReportFacts("Bé 5 tuổi, hôm nay bị bỏ ở nhà một mình").alone).toBe(true));
});
