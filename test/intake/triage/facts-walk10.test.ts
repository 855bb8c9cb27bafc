/**
 * Tenth round: an English age set off by commas after the child ("My neighbour's girl, 8, was
 * slapped") was not read, so the reporter was asked the age they had given.
 */
import { describe, expect, it } from "vitest";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

describe("an age set off after the word for the child", () => {
  it.each([
    ["My neighbour's girl, 8, was slapped by her uncle yesterday in Pleiku.", 8],
    ["A boy, 10, is beaten every night by his stepfather.", 10],
    ["my niece (7) is left alone all day", 7],
    ["Our student, 13, came to class with burns on her arm.", 13],
  ])("%s", (text, age) => {
    expect(extractReportFacts(text).age?.min).toBe(age);
  });

  it.each([
    "My daughter, 3 times this week he hit her.",
    "the boy, 2 days ago, was taken by a man in a van",
    "my son, 40 minutes ago he ran out crying",
  ])("a count or a time after the child is not an age: %s", (text) => {
    expect(extractReportFacts(text).age).toBeNull();
  });
});
