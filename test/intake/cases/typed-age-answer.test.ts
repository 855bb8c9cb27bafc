import { describe, expect, it } from "vitest";
import { ageOptions } from "../../../src/intake/cases/case-builder.ts";

/** Walk 27: an age typed as a school year was stored as that number ("lớp 3" -> 3 years, a child under 6 for officers). */
describe("the child's age typed at the age question is stored as the reporter meant it", () => {
  it.each([
    ["chắc học lớp 2 lớp 3 gì đó", 7],
    ["dang hoc lop 6", 11],
    ["mười một tuổi", 11],
    ["khoảng 9", 9],
    ["4", 4],
  ])("«%s» -> %i", (typed, age) => {
    expect(ageOptions(null, typed).childAge).toBe(age);
  });

  it("a school year never becomes an age under 6", () => {
    expect(ageOptions("6_11", "em nó học lớp 4").childAge).toBeGreaterThanOrEqual(9);
  });
});
