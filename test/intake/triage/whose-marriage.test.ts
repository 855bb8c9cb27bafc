/**
 * A parent's marriage is not a child's: "bố cháu lấy vợ khác" (the father remarried) had raised
 * the red flag child_marriage on a step-mother's insults, in a walk of the chat. A child made to
 * marry still raises it, whoever arranges it.
 */
import { describe, expect, it } from "vitest";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

describe("whose marriage", () => {
  it.each([
    "bố cháu lấy vợ khác rồi, dì ghẻ hay chửi cháu và bắt nhịn ăn, cháu 12 tuổi",
    "từ ngày ba nó cưới vợ mới thằng bé 9 tuổi bị dì ghẻ đánh hoài",
    "mẹ con bé lấy chồng khác rồi để nó ở với ông bà, nó mới 7 tuổi",
    "my dad just married again and his new wife locks me out, I am 13",
  ])("a parent who marries again is not a child marriage: %s", (text) => {
    expect(triageRules(text).redFlags).not.toContain("child_marriage");
    expect(triageRules(text).category).not.toBe("child_marriage");
  });

  it.each([
    "con bé 14 tuổi bị bố mẹ ép lấy chồng vào tháng sau",
    "bố mẹ bắt con bé 15 tuổi lấy chồng người trong bản",
    "thằng bé nhà bên mới 15 tuổi mà gia đình sắp cưới vợ cho nó",
  ])("a child made to marry still is: %s", (text) => {
    expect(triageRules(text).category).toBe("child_marriage");
  });
});
