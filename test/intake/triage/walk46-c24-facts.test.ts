/**
 * Walk 46 (c24): red flags from facts, not a word. A habit told week by week ("tuần nào cũng đánh") is repeated; a harm told as done
 * tonight does not put the child with the one who harms. Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { triageReport as triage } from "../../../src/intake/triage/triage-model.ts";

describe("'tuần nào cũng' is repeated", () => {
  it.each([
    "Bà chủ nhà trọ tuần nào cũng đánh thằng bé 9 tuổi bằng chổi, tôi là hàng xóm ở phường An Khánh.",
    "Ông bố dượng tháng nào cũng nhốt con bé 11 tuổi ngoài sân mấy đêm liền, nhà ở xã Tam Nông.",
  ])("%s", (text) => {
    expect(triage(text).redFlags).toContain("repeated");
  });
});

describe("a harm told as done tonight is no being with the one who harms", () => {
  it.each([
    "I'm travelling through Hue. Every night around 10pm a boy of about 8 sells roses outside the bars on the riverside. An older man takes the money from him and shouted at him tonight.",
    "Visiting Sapa with my family. Every evening a little girl, perhaps 7, sells bracelets near the square until late; a man collects her money and slapped her hand tonight.",
  ])("%s", (text) => {
    expect(triage(text).redFlags).not.toContain("with_abuser_now");
  });

  it("a carer who comes home tonight still does", () => {
    expect(triage("Bố dượng hay đánh bé Na 8 tuổi gãy tay, tối nay ông ta sẽ về nhà say rượu, bé ở nhà một mình với ông ta.").risk).toBe("emergency");
  });
});
