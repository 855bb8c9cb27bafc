/**
 * M24 (second reading of T9): "a fresh injury that needs care, and the child goes back to the one who did it today" is an emergency
 * for a wound, a burn, bleeding, stitches or a severe or untreated injury; a black eye, a bruise, a swelling or a split lip with the
 * one who hits at home is high (DESIGN: marks and living with the person who hits), not this emergency. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const RANK = ["low", "medium", "high", "emergency"];

describe("marks only, back with the one who hits: not the 'injured and back with the harmer' emergency", () => {
  it("a black eye, a split lip two weeks ago, home to dad after class: high, not this emergency", () => {
    const t = triageReport("a 9-year-old came in today with a black eye, his dad does this when angry; split lip two weeks ago; he goes home to his dad after class");
    expect(t.redFlags).not.toContain("injured_and_back_with_harmer");
    expect(RANK.indexOf(t.risk)).toBeGreaterThanOrEqual(RANK.indexOf("high"));
  });
  // Wordings of our own, where the model alone reads high and only this floor could make them an emergency.
  for (const text of [
    "a boy of 8 came to class today with a black eye, his dad hits him when drunk; a bruise on his arm last month; he goes home to his dad after class",
    "an 11-year-old came to school today with a black eye, his mum does this when she drinks; bruises last term; he goes home to his mum after school",
    "a girl of 9 came to class today with a black eye, her dad hits her when drunk; a bruise last month; she goes home to her dad after class",
  ]) {
    it(`no injured_and_back_with_harmer, still at least high: ${text}`, () => {
      const t = triageReport(text);
      expect(t.redFlags).not.toContain("injured_and_back_with_harmer");
      expect(RANK.indexOf(t.risk)).toBeGreaterThanOrEqual(RANK.indexOf("high"));
    });
  }
});

describe("a wound, a burn, bleeding or an untreated injury, back with the one who did it today, still is", () => {
  for (const text of [
    "a boy of 8 came to class today with a deep cut on his arm, his dad hits him when drunk; bruises last month; he goes home to his dad after class",
    "an 11-year-old came to school today with a burn on her hand, her mum does this when she drinks; bruises last term; she goes home to her mum after school",
  ]) {
    it(`an emergency by this floor: ${text}`, () => {
      const t = triageReport(text);
      expect(t.risk).toBe("emergency");
      expect(t.redFlags).toContain("injured_and_back_with_harmer");
    });
  }
});
