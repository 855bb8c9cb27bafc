/**
 * Issue 13 leftovers (finding 3): an emergency case's reasons quoted the wrong words ("tối nào cx" for the child being with the abuser,
 * where the story said "tối nay ổng về"), and said the emergency was suggested and "not kept" on a case stored as an emergency.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { triageDraft } from "../../../src/intake/cases/case-builder.ts";
import { draft } from "./case-test-support.ts";

describe("an emergency case's reasons quote what says the danger, and never say the emergency was not kept", () => {
  it("the child with the abuser tonight is quoted from the words of tonight, not from the words of every night", () => {
    const t = triageDraft(draft({ narrative: "con bé nhà bên 12 tuổi bị ông bố dượng hiếp, tối nào cx nghe nó khóc, mà tối nay ổng về nữa", dangerNow: "yes" }));
    expect(t.risk).toBe("emergency");
    const line = t.reasons.find((r) => /ở cùng người gây hại/.test(r)) ?? "";
    expect(line).toMatch(/tối nay/);
    expect(line).not.toMatch(/tối nào/);
  });

  it.each([
    ["Thằng bé nhà bên 10 tuổi hay bị ông bố đánh, tối nay ổng đi nhậu về", "yes"],
    ["bố con bé say rượu về tối nay, hôm trước ổng đánh nó bầm lưng", "yes"],
  ])("«%s» (danger now: %s)", (narrative, dangerNow) => {
    const t = triageDraft(draft({ narrative, dangerNow: dangerNow as "yes" }));
    expect(t.risk).toBe("emergency");
    expect(t.reasons.join(" | ")).not.toMatch(/không giữ|not kept/);
  });
});
