/**
 * An adult who tells a small child that what they do together is "their secret" ("bí mật của hai chú cháu", "our little
 * secret") gives a sign of sexual abuse to be assessed (DESIGN: a suspicion is reported, never discounted). The rules read
 * "bí mật giữa" and "giữ bí mật" but not the secret named as the adult's and the child's own. Children's own secrets (two
 * sisters' game) are no such sign. Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const ADULT_SECRET = [
  "Bé gái 6 tuổi nhà tôi dạo này sợ sang nhà bác hàng xóm, bé nói bác dặn chuyện ở trong bếp là bí mật của hai bác cháu",
  "con be 5 tuoi noi cau no bao chuyen tam chung la bi mat cua hai cau chau, toi thay la lam",
  "My 6-year-old says the man who drives her to school tells her the cuddles in the car are their little secret",
];
const CHILDREN_SECRET = [
  "Hai chị em nhà tôi 7 và 9 tuổi có trò chơi bí mật của hai chị em, mẹ có nên hỏi không",
  "my two boys have a secret between them about a treehouse they are building, is it normal at 8 and 10?",
];

describe("an adult's secret with a small child", () => {
  it("is tested on sentences in no corpus file", () => {
    expect(inSomeCorpus([...ADULT_SECRET, ...CHILDREN_SECRET])).toEqual([]);
  });
  it.each(ADULT_SECRET)("is read as a sign of sexual abuse: %s", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).toContain("secrecy");
    expect(t.category).toBe("sexual_abuse");
  });
  it.each(CHILDREN_SECRET)("children's own secret is no such sign: %s", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("secrecy");
    expect(t.risk).toBe("low");
  });
});
