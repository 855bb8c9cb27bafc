import { describe, expect, it } from "vitest";
import { triageDraft } from "../../../src/intake/cases/case-builder.ts";
import { draft } from "./case-test-support.ts";

describe("the reporter's answers and the stored risk", () => {
  it("a beating yesterday, no danger now, a child who lives with the parent: high, not an emergency, no 'violence in progress'", () => {
    const beaten = draft({ narrative: "Hôm qua tôi thấy chị hàng xóm đánh con trai bằng thước kẻ, thằng bé khóc to lắm", dangerNow: "no", withPersonNow: "yes" });
    const triage = triageDraft(beaten);
    expect(triage.risk).not.toBe("emergency");
    expect(triage.redFlags).not.toContain("violence_in_progress");
    expect(triage.redFlags).not.toContain("child_with_person_now");
  });

  it("a child with the person who abuses them sexually is an emergency: that person has access now", () => {
    const abused = draft({ narrative: "Con bé kể bị ông dượng sờ vào vùng kín nhiều lần", dangerNow: "unknown", withPersonNow: "yes" });
    const triage = triageDraft(abused);
    expect(triage.risk).toBe("emergency");
    expect(triage.redFlags).toContain("child_with_person_now");
  });

  it("'yes, a child is in danger now' makes any report an emergency", () => {
    expect(triageDraft(draft({ narrative: "bé nhà bên hay bị mắng", dangerNow: "yes" })).risk).toBe("emergency");
  });
});
