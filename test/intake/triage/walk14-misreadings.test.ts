/**
 * Over-triage the fourteenth walk found, each from a word read without its sense: a picture asked
 * for but not sent ("chưa gửi gì") read as images sent; "tối nay chắc không sao" (tonight is
 * probably fine) read as with the abuser tonight; a child's symptom every night ("đêm nào cũng đái
 * dầm") read as access every night; "đang ở nhà với chị" (with the mother who writes) read as with
 * the abuser; "told me today" read as a wedding today when it is weeks away; "có bị bắt đi tù không"
 * (will he go to jail) read as an abduction; "muốn biến mất" (wants to disappear) read as a missing
 * child. Sentences written for this test; each class has one where the old reading must hold.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const t = (text: string) => triageReport(text);

describe("a picture asked for and not sent is grooming (medium), not images sent", () => {
  it.each([
    "co thang tren game doi con toi 11 tuoi chup hinh coi ao gui cho no, con toi chua gui gi ca",
    "Một người lạ nhắn tin xin con gái tôi 13 tuổi ảnh cởi đồ, may mà cháu không gửi, cháu kể ngay với tôi.",
    "A man on Roblox asked my 10 year old son to send naked pictures; he didn't send anything and told me.",
  ])("%s", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    const r = t(text);
    expect(r.redFlags).not.toContain("sexual_images");
    expect(["medium", "high"]).toContain(r.risk);
    expect(r.risk).not.toBe("emergency");
  });

  it("pictures already sent are still images sent", () => {
    const r = t("nó dụ con bé 12 tuổi gửi ảnh cởi áo, con bé đã gửi 2 tấm rồi, giờ nó đòi thêm");
    expect(r.redFlags).toContain("sexual_images");
  });
});

describe("time words that do not put the child with the abuser now", () => {
  it.each([
    ["chau 14 tuoi lam giup viec, co chu nha hay tat chau. toi nay chac ko sao, co di vang roi", "with_abuser_now"],
    ["Con bé nhà tôi 6 tuổi từ hồi về quê nội thì đêm nào cũng đái dầm, khóc thét, hỏi thì bảo sợ ông chú", "with_abuser_now"],
    ["Thằng bé 9 tuổi bị cha dượng chửi mắng suốt. Giờ nó đang ở nhà với chị rồi, chị là mẹ nó.", "with_abuser_now"],
  ])("%s", (text, flag) => {
    expect(inSomeCorpus([text])).toEqual([]);
    expect(t(text).redFlags).not.toContain(flag);
  });

  it("access every night and tonight are still read", () => {
    expect(t("ông dượng đêm nào cũng vào phòng con bé 9 tuổi sờ mó nó").risk).toBe("emergency");
    expect(t("tối nay mẹ nó đi làm ca đêm, con bé 10 tuổi ở nhà một mình với ông dượng hay sờ mó nó").risk).toBe("emergency");
  });
});

describe("a wedding weeks away is not today because the reporter heard of it today", () => {
  it.each([
    "My student, 14, told me today that her family has arranged for her to marry a 25-year-old man; the wedding is in about three weeks.",
    "Hôm nay cháu Lan 15 tuổi kể với tôi là gia đình đã nhận sính lễ, ba tuần nữa sẽ cưới cháu cho một người hơn 30 tuổi.",
  ])("%s", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    const r = t(text);
    expect(r.redFlags).not.toContain("marriage_imminent");
    expect(r.risk).toBe("high");
  });

  it("a wedding tomorrow is still imminent", () => {
    expect(t("ngày mai nhà trai qua rước con bé 14 tuổi về làm vợ, nó khóc không chịu").redFlags).toContain("marriage_imminent");
  });
});

describe("'jail' and 'disappear' are not abduction or a missing child", () => {
  it("a child asking whether his father will go to jail", () => {
    const r = t("bo em danh em bam lung bang day nit. neu em bao thi bo em co bi bat di tu khong a");
    expect(r.redFlags).not.toContain("abduction_in_progress");
    expect(r.risk).not.toBe("emergency");
  });
  it("a child who wants to disappear is self-harm, not missing", () => {
    const r = t("mấy tháng nay mình hay cắt tay, nhiều lúc chỉ muốn biến mất luôn cho rồi");
    expect(r.redFlags).not.toContain("child_missing");
    expect(r.category).toBe("self_harm");
  });
  it("a child taken away from the morning is still an abduction, and a child vanished still missing", () => {
    expect(t("con bé 5 tuổi bị một người lạ bắt đi từ sáng tới giờ chưa thấy về").risk).toBe("emergency");
    expect(t("thằng bé 8 tuổi biến mất từ chiều qua, cả nhà đi tìm không thấy").redFlags).toContain("child_missing");
  });
});

describe("the reviewer's edges (second reading of the fourteenth-walk changes)", () => {
  it("a marriage forced today stays an emergency by the rules, whatever weeks are named", () => {
    for (const text of [
      "My 14 year old cousin was forced to marry a 30 year old man today; it was arranged in recent weeks.",
      "Hôm nay nhà trai đến rước con bé 14 tuổi về làm vợ, tuần sau mới làm đám cưới",
      "Today they are forcing my 13 year old sister to marry, the party is next week",
    ]) expect(t(text).redFlags, text).toContain("marriage_imminent");
  });

  it("images sent to one person are images sent", () => {
    expect(t("Con bé 13 tuổi bị nó ép gửi ảnh khỏa thân, con chưa gửi cho ai khác ngoài nó").redFlags).toContain("sexual_images");
  });
});

describe("fifteenth walk: sexual abuse by someone out of reach now, and the reporter's own 'sick'", () => {
  it.each([
    "She is 9. Last week she told me my brother-in-law touched her private parts at New Year when we visited. He lives in Da Nang and we haven't seen him since. I feel sick about it.",
    "Con bé 8 tuổi kể bị ông chú họ sờ chỗ kín hồi Tết ở quê, ông ấy đã chuyển đi tỉnh khác, không còn qua lại nữa",
  ])("high, not an emergency of access tonight: %s", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    const r = t(text);
    expect(r.risk).toBe("high");
    expect(r.redFlags).not.toContain("child_ill");
  });
  it("a stepfather who lives with the child is still access tonight, and a sick child is still ill", () => {
    expect(t("My stepdad touches my private parts at night, he lives with us, I'm 12").risk).toBe("emergency");
    expect(t("she is sick with a fever and alone at home, she is 2").redFlags).toContain("child_ill");
  });
});

describe("seventeenth walk: English 'can be' is not 'cắn bé'", () => {
  it("'What can be done?' tells of no violence, and a bite is still one", () => {
    expect(t("My student, 14, is to be married in about three weeks. What can be done?").reasons.join(" ")).not.toMatch(/"can be"/);
    expect(t("con chó nhà bên cắn bé chảy máu tay").reasons.join(" ")).toMatch(/cắn bé/);
  });
});
