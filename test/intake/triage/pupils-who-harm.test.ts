import { describe, expect, it } from "vitest";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

describe("pupils who push, shove or take from a child are who harms", () => {
  it("a child's own words about older pupils who shove him and take his money name them as who harms", () => {
    const told = [
      "i am 10. a few older kids at my school shove me into the wall and take my snack money",
      "some bigger kids from my school pushed me off my bike yesterday",
      "two classmates push me around in the toilets every break",
    ];
    for (const story of told) expect(extractReportFacts(story).harmer, story).toBe("peer");
  });

  it("Vietnamese: older pupils who push a child down are who harms", () => {
    expect(extractReportFacts("em 11 tuổi, mấy anh lớp trên ở trường hay đẩy ngã em rồi lấy tiền ăn sáng").harmer).toBe("peer");
  });
});
