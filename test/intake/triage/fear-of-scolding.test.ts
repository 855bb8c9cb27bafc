/**
 * Walk 30 (fix C2, 4): a child's fear of being scolded is no harm told (sentences written for this test, in no corpus).
 * "Sợ bị mẹ mắng", "sợ ba la", "sợ cô giáo la", "scared mum will be mad", "terrified his dad will yell at him": the one the
 * child fears will scold is not the one who harms, and the fear raises no red flag (no caregiver abuse, no "afraid to go home")
 * and no risk. A fear of being beaten, or a scolding that is told ("mẹ em chửi em là đồ vô dụng"), still is.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const NOT_HARM_FLAGS = ["caregiver_is_abuser", "caregiver_violence", "afraid_of_home", "afraid_to_go_home_today"];

const MODEL_AGREES: Array<[string, string | null]> = [
  ["chau 12 tuoi, chau so bo me mang vi chau bi ban bat nat o lop", "peer"],
  ["em sợ cô giáo la vì em quên làm bài tập, em 9 tuổi", null],
  ["My son (9) failed his test and is terrified his dad will yell at him", null],
];
/** The shipped model rates these emergencies from their words ("không dám về nhà", "sợ về nhà", "scared ... at me") whatever is feared: a retrain's work. */
const MODEL_OVER_ESCALATES: Array<[string, string | null]> = [
  ["con 10 tuổi, con làm vỡ cái điện thoại, giờ con sợ bị mẹ mắng lắm không dám về nhà", null],
  ["e 11t, e lm mất xe đạp r, e sợ về nhà bị ba la lắm", null],
  ["I'm 13, I broke my sister's phone and I'm scared mum will be mad at me", null],
];
const SCOLDING_FEARED = [...MODEL_AGREES, ...MODEL_OVER_ESCALATES];
const HARM_TOLD: Array<[string, string, string]> = [
  ["con sợ bị mẹ đánh lắm, tối qua mẹ lấy roi quất con bầm chân, con 10 tuổi", "mother", "caregiver_violence"],
  ["em sợ về nhà vì bố say là đánh em, em 12 tuổi", "father", "afraid_of_home"],
  ["Mẹ em chửi em là đồ vô dụng suốt ngày, em 13 tuổi", "mother", "caregiver_is_abuser"],
];

describe("fix C2-4: sentences are our own", () => {
  it("none is in a corpus", () => expect(inSomeCorpus([...SCOLDING_FEARED.map(([t]) => t), ...HARM_TOLD.map(([t]) => t)])).toEqual([]));
});

describe("a fear of being scolded names no one who harms and raises nothing", () => {
  for (const [t, who] of SCOLDING_FEARED)
    it(t, () => {
      expect(extractReportFacts(t).harmer).toBe(who);
      const rules = triageRules(t);
      for (const flag of NOT_HARM_FLAGS) expect(rules.redFlags).not.toContain(flag);
      expect(["low", "medium"]).toContain(rules.risk);
      // Nothing raises it: a model that says low is left at low, with no flag of harm.
      const floored = triageReport(t, {}, modelThatSays("low"));
      expect(floored.risk).toBe("low");
      for (const flag of NOT_HARM_FLAGS) expect(floored.redFlags).not.toContain(flag);
    });
  it("officers read why the words were set aside", () => {
    expect(triageRules(MODEL_OVER_ESCALATES[0]![0]).reasons.join(" ")).toMatch(/"sợ bị mẹ mắng": trẻ sợ bị la mắng/);
  });
  for (const [t] of MODEL_AGREES) it(`and the shipped triage rates it low or medium: ${t}`, () => expect(["low", "medium"]).toContain(triageReport(t).risk));
  it.fails.each(MODEL_OVER_ESCALATES.map(([t]) => t))("(known weakness of the shipped model, not of the facts) is rated low or medium: %s", (t) => {
    expect(["low", "medium"]).toContain(triageReport(t).risk);
  });
  for (const [t, who, flag] of HARM_TOLD)
    it(`control: ${t}`, () => {
      expect(extractReportFacts(t).harmer).toBe(who);
      expect(triageRules(t).redFlags).toContain(flag);
    });
});
