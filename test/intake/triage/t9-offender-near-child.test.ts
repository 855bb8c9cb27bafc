/**
 * T9: a person with a record of sexual abuse of children (jailed, convicted, a criminal record for it) who lives with the child or
 * can reach the child now is at least high, of sexual abuse (DESIGN, Triage contract: a suspicion of sexual abuse is high, never
 * discounted). Near misses (a record for something else, the person moved away with no contact, a question of the law in general)
 * must not rise to it. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const RANK = ["low", "medium", "high", "emergency"];
const atLeast = (risk: string, floor: string) => RANK.indexOf(risk) >= RANK.indexOf(floor);

describe("someone with a record of abusing children, living with or near a child now, is at least high", () => {
  const near = [
    "bạn trai mới của vợ cũ tôi từng đi tù vì xâm hại trẻ em, hai con tôi đang sống cùng anh ta",
    "ban trai moi cua vo cu toi tung di tu vi xam hai tre em, hai con toi dang song cung anh ta",
    "Dượng mới của cháu tôi có tiền án hiếp dâm trẻ em, mới dọn về ở chung với hai mẹ con, cháu 9 tuổi.",
    "ong hang xom moi ra tu vi toi dam o tre em, gio ngay nao cung ru may dua nho 7 8 tuoi qua nha xem tivi",
    "my kids' new stepdad is a registered sex offender, he babysits them when their mum works nights",
    "I found out my daughter's piano teacher was convicted of molesting a child in 2015; she has lessons alone with him every Saturday, she is 10",
  ];
  for (const text of near) {
    it(`at least high, sexual abuse: ${text}`, () => {
      const t = triageReport(text);
      expect(atLeast(t.risk, "high")).toBe(true);
      expect(t.category).toBe("sexual_abuse");
    });
  }

  const notNear = [
    // A record for something else.
    "Chồng mới của chị tôi có tiền án trộm cắp, đang ở chung nhà với hai cháu, nhưng đối xử với tụi nhỏ tốt lắm.",
    // The person is gone, with no contact.
    "Ông ấy từng đi tù vì xâm hại trẻ em nhưng đã chuyển đi tỉnh khác, không còn liên lạc gì với gia đình tôi.",
    // A question of the law in general.
    "Người có tiền án xâm hại trẻ em có được làm bảo vệ trường học không?",
  ];
  for (const text of notNear) {
    it(`not raised by this reading: ${text}`, () => {
      expect(triageReport(text).redFlags).not.toContain("sexual_offender_near_child");
    });
  }
});
