/**
 * Facts the rules did not read (held-out writers T-X, read half, 5 December): a video of the child filmed
 * while bathing and sent ("gửi video quay lúc tắm cho ...", where "tắm cho" otherwise means bathing someone),
 * "locks him in" the storeroom, "kisses her on the mouth",
 * "sit on his lap", "makes me work". Each now shows its red flag or sign to officers. Sentences written for
 * this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const CASES: Array<{ text: string; flag?: string; reason: string }> = [
  { text: "Bé nhà tôi 9 tuổi đã gửi video quay lúc tắm cho một người lạ trên game, người đó còn đòi thêm.", flag: "sexual_images", reason: "sexual images" },
  { text: "My nephew (9) says his swimming coach locks him in the storeroom for hours when he is slow.", flag: "confinement", reason: "locked up" },
  { text: "My daughter is 7 and says the driver kisses her on the mouth every afternoon on the way home.", flag: "sexual_contact", reason: "sexual contact" },
  { text: "A neighbour, 60, keeps making the 6-year-old girl next door sit on his lap when her mum is out.", flag: "sexual_contact", reason: "sexual contact" },
  { text: "I am 13 and my aunt makes me work at her noodle stall until midnight every day.", reason: "child labour" },
];
const NOT_THESE = [
  { text: "Mẹ quay video lúc tắm cho em bé 1 tuổi để gửi bà ngoại xem, có sao không ạ?", notFlag: "sexual_images" },
  { text: "My son (10) locks himself in his room after school and won't talk to us.", notFlag: "confinement" },
];

describe("facts that were not read", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...CASES.map((c) => c.text), ...NOT_THESE.map((c) => c.text)])).toEqual([]);
  });

  it.each(CASES)("read and shown: $text", ({ text, flag, reason }) => {
    const r = triageReport(text);
    if (flag) expect(r.redFlags).toContain(flag);
    expect(r.reasonsEn.some((x) => x.includes(reason))).toBe(true);
  });

  it.each(NOT_THESE)("a parent filming a bath for the family, a child locking themself in, are not read so: $text", ({ text, notFlag }) => {
    expect(triageReport(text).redFlags).not.toContain(notFlag);
  });
});
