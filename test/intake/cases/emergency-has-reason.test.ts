import { describe, expect, it } from "vitest";
import { triageDraft } from "../../../src/intake/cases/case-builder.ts";
import { draft } from "./case-test-support.ts";

describe("every emergency a case stores says why it is one", () => {
  it("a report that surfaced as an emergency and reads lower once complete keeps the emergency and says where it came from", () => {
    const later = draft({ narrative: "Cậu bé tầm 9 tuổi hay bị mắng ở nhà bên, hôm qua tôi nghe tiếng quát to.", dangerNow: "unknown" });
    const triage = triageDraft(later, { risk: "emergency", category: "emotional_abuse", redFlags: [] });
    expect(triage.risk).toBe("emergency");
    expect(triage.reasons.some((r) => /khẩn cấp/u.test(r) && !/không giữ|gợi ý/u.test(r))).toBe(true);
  });

  it("the earlier reading's own reasons come with it when it gave them", () => {
    const later = draft({ narrative: "Cậu bé tầm 9 tuổi hay bị mắng ở nhà bên, hôm qua tôi nghe tiếng quát to.", dangerNow: "unknown" });
    const earlier = { risk: "emergency" as const, category: "physical_violence", redFlags: ["weapon"], reasons: ["\"cầm dao\": hung khí → khẩn cấp."] };
    expect(triageDraft(later, earlier).reasons).toContain("\"cầm dao\": hung khí → khẩn cấp.");
  });
});
