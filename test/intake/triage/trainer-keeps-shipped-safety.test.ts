/**
 * A retrain on more writers must not quietly take away a safety floor the shipped model has, nor
 * answer more thin stories as questions: when the new corpus would leave a shipped floor to the
 * model, the trainer keeps it, and the routing threshold below which a concern is answered as a
 * question never rises above the shipped one, nor does the probability at which a report becomes an
 * emergency. A floor leaves only when it is named as retired.
 */
import { describe, expect, it } from "vitest";
import { emergencyThresholdCap, keepShippedBand, keepShippedFloors } from "../../../scripts/triage-training.ts";

describe("the trainer holds the shipped model's safety floors", () => {
  it("keeps a shipped floor that the new corpus would have left to the model", () => {
    const { kept, lines } = keepShippedFloors(["weapon", "death_threat"], ["weapon", "infant_at_risk", "death_threat", "intruder"]);
    expect(kept).toEqual(expect.arrayContaining(["weapon", "death_threat", "infant_at_risk", "intruder"]));
    expect(kept).toHaveLength(4);
    expect(lines.join("\n")).toContain("shipped floor infant_at_risk: kept");
  });

  it("still adds a floor the corpus newly earns", () => {
    const { kept } = keepShippedFloors(["weapon", "meeting_soon"], ["weapon"]);
    expect(kept).toEqual(["weapon", "meeting_soon"]);
  });

  it("drops a shipped floor only when it is named as retired, and says why", () => {
    const { kept, lines } = keepShippedFloors(["weapon"], ["weapon", "child_ill"], { child_ill: "reviewed: raised ordinary colds" });
    expect(kept).toEqual(["weapon"]);
    expect(lines.join("\n")).toContain("retired on purpose (reviewed: raised ordinary colds)");
  });

  it("keeps everything the corpus chose when nothing is shipped yet", () => {
    expect(keepShippedFloors(["weapon"], []).kept).toEqual(["weapon"]);
  });
});

describe("the trainer never widens the routing band past the shipped one", () => {
  it("does not let more concerns be answered as questions than the shipped threshold does", () => {
    expect(keepShippedBand({ unsureThreshold: 0.138, concernThreshold: 0.9 }, { unsureThreshold: 0.05, concernThreshold: 0.9 })).toEqual({ unsureThreshold: 0.05, concernThreshold: 0.9 });
  });

  it("accepts a narrower band", () => {
    expect(keepShippedBand({ unsureThreshold: 0.04, concernThreshold: 0.7 }, { unsureThreshold: 0.05, concernThreshold: 0.9 })).toEqual({ unsureThreshold: 0.04, concernThreshold: 0.7 });
  });

  it("keeps the report offer at or above the question threshold", () => {
    expect(keepShippedBand({ unsureThreshold: 0.3, concernThreshold: 0.35 }, { unsureThreshold: 0.2, concernThreshold: 0.1 })).toEqual({ unsureThreshold: 0.2, concernThreshold: 0.2 });
  });

  it("keeps the corpus's band on a first build", () => {
    expect(keepShippedBand({ unsureThreshold: 0.138, concernThreshold: 0.9 }, null)).toEqual({ unsureThreshold: 0.138, concernThreshold: 0.9 });
  });
});

describe("the trainer never asks more of a report before calling it an emergency", () => {
  it("searches emergency thresholds only up to the shipped one", () => {
    expect(emergencyThresholdCap({ emergencyThreshold: 0.19 })).toBe(0.19);
  });

  it("searches the whole range on a first build", () => {
    expect(emergencyThresholdCap(null)).toBe(0.6);
  });
});
