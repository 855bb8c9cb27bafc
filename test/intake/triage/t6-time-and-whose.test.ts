/**
 * Misreadings found on the held-out writers T-X (read half, 5 December): a "vừa" inside a past season
 * ("Tết vừa rồi", "hè vừa rồi") was read as "just now", so a rape told months later raised the
 * "just raped" emergency; an unaccented "lay anh chup" (to take a photo) was read as "lấy anh" (to marry
 * him), so a child asked for photos today was "about to be married"; an adult's illness ("bà nội nó bị
 * ốm") was read as the child's, so a child working alone was "alone and ill". Sentences written for this
 * test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { riskRank } from "../../../src/intake/triage/triage-types.ts";

const PAST_SEASON_RAPE = [
  "Tết vừa rồi con bé 14 tuổi nhà bên bị anh họ hiếp, cả nhà giấu nhẹm.",
  "he vua roi chau gai toi 13 tuoi bi mot ong trong xom hiep, gia dinh da bat den tien",
];
const JUST_RAPED = [
  "Tối qua con bé 13 tuổi nhà bên bị một gã say rượu hiếp, giờ nó nằm khóc trong nhà.",
  "con be 12 tuoi vua bi ong hang xom hiep, no dang o nha khoc",
];
const PHOTO_NOT_MARRIAGE = [
  "con be 12 tuoi bi mot thang tren mang doi lay anh chup than the, hom nay no moi ke",
  "chau toi 11 tuoi choi game bi nguoi la xin lay anh chup luc tam, hom nay moi biet",
];
const MARRIED_TODAY = [
  "con be 15 tuoi bi bo me ep lay anh ho, hom nay cuoi",
];
const ADULT_ILL = [
  "thang be 9 tuoi di ban ve so mot minh ngoai cho den trua, ba noi no bi om nam o nha",
  "A boy about 9 sells lottery tickets alone near the market in the afternoons, his grandma is sick at home.",
];
const CHILD_ILL_ALONE = [
  "Bé 4 tuổi ở nhà một mình từ sáng, bé bị sốt cao, bố mẹ đi đâu không biết.",
  "my 5 year old nephew is alone at home with a fever, his dad left this morning",
];

describe("times, photos and illnesses read as they are told", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...PAST_SEASON_RAPE, ...JUST_RAPED, ...PHOTO_NOT_MARRIAGE, ...MARRIED_TODAY, ...ADULT_ILL, ...CHILD_ILL_ALONE])).toEqual([]);
  });

  it.each(PAST_SEASON_RAPE)("a rape told in a past season is not 'just raped', and stays at least high: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("recent_sexual_assault");
    expect(riskRank(r.risk)).toBeGreaterThanOrEqual(riskRank("high"));
  });

  it.each(JUST_RAPED)("a rape told as last night or just now stays an emergency: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("recent_sexual_assault");
  });

  it.each(PHOTO_NOT_MARRIAGE)("taking a photo ('lay anh chup') is no marriage: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("marriage_imminent");
    expect(r.redFlags).not.toContain("child_marriage");
  });

  it.each(MARRIED_TODAY)("a child married to a man today is still a marriage now: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).toContain("marriage_imminent");
    expect(r.risk).toBe("emergency");
  });

  it.each(ADULT_ILL)("a grandparent's illness is not the child's: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("child_ill");
    expect(r.redFlags).not.toContain("child_alone_ill");
  });

  it.each(CHILD_ILL_ALONE)("a young child alone with a fever is still an emergency: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).toContain("child_alone_ill");
    expect(r.risk).toBe("emergency");
  });
});
