/**
 * "was / were being hit" told of the past, with the child said to be safe now in what follows, is no harm going on now: neither of
 * the two readings of a harm told with "being" (the lasting-harm floor, RD37; the abuse-told floor, T11) raises it. A suspicion told
 * in the present, or a past "being" with nothing of now after it, is still at least medium. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("a past harm told with 'being', the child safe now", () => {
  it.each([
    "Following up on what I reported in the spring: the girl who was being hit by her father now lives with her aunt in Da Nang and is doing well.",
    "An update: the twins who were being neglected were taken in by their grandmother last month and are fine now.",
  ])("low: %s", (text) => {
    expect(triageReport(text).risk).toBe("low");
  });

  it.each([
    "I think the girl upstairs is being hit by her father, I see bruises.",
    "She told me she was being abused by her uncle.",
  ])("still at least medium: %s", (text) => {
    expect(["medium", "high", "emergency"]).toContain(triageReport(text).risk);
  });
});
