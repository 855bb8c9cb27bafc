/**
 * The trainer keeps a candidate safety flag as a floor only when that flag itself was right on at
 * least 85% of the training reports it raised (and on at least 5). Reports that some other floor
 * (an `alwaysFlags` one, such as a stated intent to die) made an emergency say nothing about the
 * candidate: counting them once made every candidate pass.
 */
import { describe, expect, it } from "vitest";
import { chooseSafetyFlags, type Example } from "../../../scripts/triage-training.ts";

const RULES = { emergencyFlags: ["flag_often_wrong", "flag_right", "flag_rare", "always_floor"], alwaysFlags: ["always_floor"] };

function report(id: string, label: string, ruleRisk: string, redFlags: string[], extra: Partial<Example> = {}): Example {
  return {
    row: { id, text: `report ${id}`, risk: label, category: "other", writer: "test" },
    features: [],
    rules: { risk: ruleRisk, category: "other", redFlags, reasons: [], reasonsEn: [] } as unknown as Example["rules"],
    statedIntent: false,
    ...extra,
  };
}

const examples: Example[] = [
  // Forty emergencies raised only by a floor the contract always keeps.
  ...Array.from({ length: 40 }, (_, i) => report(`always-${i}`, "emergency", "emergency", ["always_floor"])),
  // A candidate wrong on 4 of the 6 reports it raises (33% right).
  ...Array.from({ length: 2 }, (_, i) => report(`wrong-ok-${i}`, "emergency", "emergency", ["flag_often_wrong"])),
  ...Array.from({ length: 4 }, (_, i) => report(`wrong-${i}`, "medium", "emergency", ["flag_often_wrong"])),
  // A candidate right on all 6 of its reports.
  ...Array.from({ length: 6 }, (_, i) => report(`right-${i}`, "emergency", "emergency", ["flag_right"])),
  // A candidate right on the 3 reports it raises: too few to trust.
  ...Array.from({ length: 3 }, (_, i) => report(`rare-${i}`, "emergency", "emergency", ["flag_rare"])),
  // A flag the rules name on a report they did not rate an emergency is not a floor raising it.
  ...Array.from({ length: 3 }, (_, i) => report(`named-${i}`, "emergency", "high", ["flag_rare"])),
  // Copies without diacritics are never counted.
  ...Array.from({ length: 10 }, (_, i) => report(`copy-${i}`, "low", "emergency", ["flag_right"], { augmented: true })),
];

describe("the trainer's precision test for candidate safety flags", () => {
  const { kept, lines } = chooseSafetyFlags(examples, RULES);

  it("measures a candidate on the reports its own flag raises, not on those an always-kept floor raised", () => {
    expect(kept).not.toContain("flag_often_wrong");
    expect(lines.join("\n")).toContain("safety flag flag_often_wrong: right 2/6 (left to the model)");
  });

  it("keeps a candidate right often enough, and leaves one raised too rarely to the model", () => {
    expect(kept).toContain("flag_right");
    expect(lines.join("\n")).toContain("safety flag flag_right: right 6/6");
    expect(kept).not.toContain("flag_rare");
  });

  it("never makes an always-kept floor a candidate", () => {
    expect(kept).not.toContain("always_floor");
    expect(lines.join("\n")).not.toContain("safety flag always_floor");
  });
});
