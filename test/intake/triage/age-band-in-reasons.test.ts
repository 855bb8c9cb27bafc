/**
 * Walk 35 replay: an age band the reporter tapped ("6-11 tuổi") was shown to officers in the reasons as an exact age
 * the reporter had said ("9 tuổi (người báo tin trả lời)"). The reasons say the age as the reporter gave it.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("the reasons name the child's age as the reporter gave it", () => {
  it("a chosen band is shown as the band, not as the age inside it used for the rules", () => {
    const t = triageReport("Thằng nhỏ nhà đối diện bị ông bà nội nhốt ngoài chuồng gà cả buổi chiều vì làm vỡ cái chén.", { childAge: 9, childAgeSource: "6-11 tuổi (người báo tin chọn)" });
    const ageLine = t.reasons.find((r) => r.startsWith("Tuổi của trẻ"));
    expect(ageLine).toContain("6-11 tuổi (người báo tin chọn)");
    expect(t.reasons.join("\n")).not.toMatch(/"9 tuổi/);
  });
  it("an age typed is shown as typed", () => {
    const t = triageReport("A girl on my street gets slapped by her aunt most evenings.", { childAge: 12, childAgeSource: "chắc 12 (người báo tin trả lời)" });
    expect(t.reasons.join("\n")).toContain("chắc 12 (người báo tin trả lời)");
  });
});
