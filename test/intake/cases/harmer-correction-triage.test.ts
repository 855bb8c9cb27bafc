import { describe, expect, it } from "vitest";
import { triageDraft } from "../../../src/intake/cases/case-builder.ts";
import { draft } from "./case-test-support.ts";

/** What the flow stores after the reporter corrects who harms at the summary. */
const CAREGIVER_FLAGS = ["caregiver_is_abuser", "caregiver_violence", "caregiver_confinement", "caregiver_sexual_abuse", "caregiver_death_threat"];

describe("a case whose harmer the reporter corrected is triaged on the corrected harmer", () => {
  it("a boy hit by 'the father', corrected to a neighbour: no flag or reason says a parent harms, the risk is not lowered", () => {
    const story = "Con trai 9 tuổi nhà đối diện bị bố đánh bầm tím lưng tối hôm kia.";
    const before = triageDraft(draft({ narrative: story, harmer: "father", harmerText: "bố" }));
    expect(before.redFlags.some((f) => CAREGIVER_FLAGS.includes(f))).toBe(true);
    const after = triageDraft(draft({ narrative: story, harmer: "neighbour", harmerText: "ông hàng xóm", extraNotes: ["không phải bố, ông hàng xóm đánh nó"] }));
    expect(after.redFlags.filter((f) => CAREGIVER_FLAGS.includes(f))).toEqual([]);
    expect(after.reasons.join("\n")).not.toMatch(/cha mẹ|Cha mẹ|"bố/u);
    expect(["low", "medium", "high", "emergency"].indexOf(after.risk)).toBeGreaterThanOrEqual(["low", "medium", "high", "emergency"].indexOf(before.risk));
  });

  it("corrected to the boy's uncle, the reasons quote the uncle the reporter named, never the father", () => {
    const story = "Con trai 9 tuổi nhà đối diện bị bố đánh bầm tím lưng tối hôm kia.";
    const after = triageDraft(draft({ narrative: story, harmer: "relative", harmerText: "chú ruột", extraNotes: ["không phải bố, chú ruột nó đánh"] }));
    expect(after.reasons.join("\n")).toMatch(/chú ruột/u);
    expect(after.reasons.join("\n")).not.toMatch(/"bố/u);
  });

  it("an English report whose 'stepdad' became 'a man from the next street' keeps its risk and drops the carer flags", () => {
    const story = "My neighbour's girl, 8, was slapped hard by her stepdad last week and has a bruise on her cheek.";
    const before = triageDraft(draft({ language: "en", narrative: story, harmer: "stepfather", harmerText: "stepdad" }));
    const after = triageDraft(draft({ language: "en", narrative: story, harmer: "neighbour", harmerText: "a man from the next street" }));
    expect(after.redFlags.filter((f) => CAREGIVER_FLAGS.includes(f))).toEqual([]);
    expect(["low", "medium", "high", "emergency"].indexOf(after.risk)).toBeGreaterThanOrEqual(["low", "medium", "high", "emergency"].indexOf(before.risk));
  });

  it("an emergency told by the story stays an emergency after who harms is corrected", () => {
    const story = "Bố bé đang cầm dao dọa giết bé ngay bây giờ, bé 6 tuổi đang khóc ngoài sân.";
    const after = triageDraft(draft({ narrative: story, dangerNow: "yes", harmer: "relative", harmerText: "cậu" }));
    expect(after.risk).toBe("emergency");
    expect(after.reasons.length).toBeGreaterThan(0);
  });

  it("an uncorrected harmer changes nothing: the father the story names is still a parent who harms", () => {
    const story = "Con trai 9 tuổi nhà đối diện bị bố đánh bầm tím lưng tối hôm kia.";
    expect(triageDraft(draft({ narrative: story, harmer: "father", harmerText: "bố" })).redFlags).toContain("caregiver_violence");
  });
});
