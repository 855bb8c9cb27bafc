/**
 * M32 (RD37 item 6): a harm told as going on in the past ("were being abused last year") with the child safe now is not raised to
 * medium by the lasting-harm floor; a harm going on now, or a past one with the child still there, keeps its concern. Sentences
 * written for this test.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("a lasting harm told of the past, the child safe now", () => {
  it.each([
    "The children were being abused last year but now they live with their grandmother",
    "My cousin's son was being bullied by his stepfather back in 2022, now he lives with his grandparents and he is happy",
  ])("«%s»: low", (text) => {
    expect(triageReport(text).risk).toBe("low");
  });

  it.each([
    "I think the little girl upstairs is being abused by her uncle",
    "The twins were being abused by their stepdad and they still live with him",
  ])("near miss «%s»: at least medium", (text) => {
    expect(["medium", "high", "emergency"]).toContain(triageReport(text).risk);
  });
});
