/**
 * m27: an age the writer corrects in the same message replaces an earlier age only when that earlier age is the only one said and the
 * correction gives a bare age or names the same person ("em ... à nhầm, em 11 tuổi", "the girl, 4 ... sorry, she is 14"). A correction
 * that names someone else ("xin lỗi, anh nó 12 tuổi", "her brother is 12", "dượng nó 17 tuổi") or follows several ages changes
 * nothing: the little child's age stays read and her emergency stays. "Xin lỗi"/"sorry" as a polite opener is no correction either.
 * Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { ageSelfCorrected } from "../../../src/intake/triage/self-corrected-age.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

/**
 * Several ages, and the correction names the one person whose age it is ("em" ↔ "Em", "con bé" ↔ "Con bé"): that age alone changes;
 * the little brother's or sister's age is kept.
 */
const SEVERAL: Array<[string, RegExp, RegExp]> = [
  ["Em 12 tuổi, em gái em 2 tuổi, mẹ đi mấy ngày chưa về, hai chị em ở nhà một mình không có gì ăn. À nhầm, em 11 tuổi.", /^Em 11 tuổi, em gái em 2 tuổi/, /12 tuổi/],
  ["Cháu 9 tuổi, em cháu 3 tuổi, mẹ đi từ hôm qua chưa về. À nhầm, cháu 10 tuổi.", /^Cháu 10 tuổi, em cháu 3 tuổi/, /9 tuổi/],
  ["Con bé 13 tuổi, em nó 2 tuổi bị bỏ ở nhà một mình từ sáng không ai trông. Ý tôi là con bé 14 tuổi.", /^Con bé 14 tuổi, em nó 2 tuổi/, /13 tuổi/],
  ["Con bé nhà bên 14 tuổi bị dượng 45 tuổi xâm hại. À nhầm, bé 4 tuổi.", /bé nhà bên 4 tuổi bị dượng 45 tuổi/, /14 tuổi/],
];

describe("several ages: only the age of the person the correction names changes", () => {
  it.each(SEVERAL)("%s", (typed, has, lost) => {
    const read = ageSelfCorrected(typed);
    expect(read).toMatch(has);
    expect(read).not.toMatch(lost);
  });

  it.each([
    "Bé 4 tuổi bị bỏ một mình từ sáng. Bé 9 tuổi bị đánh, ý tôi là bé 10 tuổi.",
    "Bé 4 tuổi bị bỏ một mình, anh bé 12 tuổi. Nhầm, bé 13 tuổi.",
  ])("near miss, which one is unsure or a little child's age would go: %s", (typed) => {
    expect(ageSelfCorrected(typed)).toBe(typed);
  });
});

/** Several ages, or a correction naming another person: the text is read as typed, and the young child's age still counts. */
const UNTOUCHED: Array<[string, RegExp]> = [
  ["Bé 3 tuổi nhà bên bị bỏ một mình từ sáng tới giờ. Xin lỗi, anh nó 12 tuổi.", /Bé 3 tuổi/],
  ["My neighbour's girl is 4 and is left alone all day since this morning. Sorry, her brother is 12 years old.", /girl is 4/],
  ["Bé 2 tuổi bị sốt cao co giật mà bố mẹ không đưa đi viện. Sai rồi, chị nó 10 tuổi đang trông.", /Bé 2 tuổi/],
  ["Con bé 5 tuổi bị dượng sờ soạng chỗ kín, tối nay mẹ đi vắng. Ý là, dượng nó mới 17 tuổi.", /Con bé 5 tuổi/],
  // Own wordings: without diacritics, and a grandmother named in the correction.
  ["thang be 3 tuoi bi bo khoa trong nha tu sang toi gio. nham, chi no 11 tuoi", /thang be 3 tuoi/],
  ["Bé trai 4 tuổi bị bỏ đói mấy ngày nay. Xin lỗi, bà nó 70 tuổi không lo nổi.", /Bé trai 4 tuổi/],
  // A polite opener, not a correction of the writer's own age.
  ["Tôi 35 tuổi. Xin lỗi, bé nhà tôi mới 3 tuổi. Bố nó bỏ bé ở nhà một mình từ sáng tới giờ.", /bé nhà tôi mới 3 tuổi/],
  ["I'm 30. Sorry, my son is 4. His father left him alone at home since this morning.", /my son is 4/],
];

describe("a correction of another person's age, or after several ages, changes nothing", () => {
  it.each(UNTOUCHED)("%s", (typed, kept) => {
    expect(ageSelfCorrected(typed)).toBe(typed);
    expect(ageSelfCorrected(typed)).toMatch(kept);
  });

  it.each(UNTOUCHED.slice(0, 6))("the young child's age still raises the risk: %s", (typed) => {
    const read = triageReport(typed);
    expect(read.redFlags).toContain("child_under_6");
    expect(["high", "emergency"]).toContain(read.risk);
  });

  it.each([UNTOUCHED[0]![0], UNTOUCHED[1]![0], ...SEVERAL.map(([t]) => t).filter((t) => !t.startsWith("Cháu"))])("an emergency stays an emergency: %s", (typed) => {
    expect(triageReport(typed).risk).toBe("emergency");
  });
});

/** The same person, or a bare age, after the only age said: the correction is read. */
const CORRECTED: Array<[string, RegExp, RegExp]> = [
  ["The girl, 4, is left alone all day. Sorry, she is 14.", /14/, /\b4\b/],
  ["Bé 4 tuổi nhà bên bị bố cầm dao dọa giết. Ờ, nhầm, 14 tuổi.", /14 tuổi/, /(?<!1)4 tuổi/],
  ["Tôi thấy con bé nhà đối diện mới 5 tuổi bị mẹ kế bắt đi nhặt ve chai tới khuya. À nhầm, con bé 15 tuổi.", /15 tuổi/, /(?<!1)5 tuổi/],
  ["em 9 tuoi bi ba danh bang day that lung toi qua. y em la em 10 tuoi", /10 tuoi/, /9 tuoi/],
];

describe("a correction of the same person's only age is read", () => {
  it.each(CORRECTED)("%s", (typed, has, lost) => {
    const read = ageSelfCorrected(typed);
    expect(read).toMatch(has);
    expect(read).not.toMatch(lost);
  });
});
