/**
 * T10 (issue 12): floors for four kinds of report that fresh text showed missed or rated too low (DESIGN, Triage contract), each
 * only raising, each with near misses that must not rise. Sentences written for this test (Vietnamese with and without
 * diacritics, English), none taken from a corpus.
 * 1. A child's forced marriage happening today, tonight or tomorrow, told with words between: an emergency (DESIGN); one this
 *    weekend is high ("a marriage of a child arranged within weeks"), not an emergency that would dilute the queue.
 * 2. A child held at someone's place now and not let go: an emergency.
 * 3. A child who went to meet someone known only online and cannot be reached now: an emergency of trafficking.
 * 4. A small child hit hard, told by a worried reporter; teenagers given drinks or vapes with drugs in them: at least medium.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const RANK = { low: 0, medium: 1, high: 2, emergency: 3 } as const;

describe("a child's forced marriage happening today, tonight or tomorrow", () => {
  it.each([
    "My neighbour's daughter is only 14 and her parents are marrying her off to a 35-year-old man from the next village tomorrow morning, she has been crying all night.",
    "they are forcing my cousin who is 13 to get married to some guy her uncle owes money to, the ceremony is tonight at their house",
    "Con bé nhà bên mới 14 tuổi, bố mẹ nó nhận tiền của một ông ở huyện khác rồi, sáng mai là gả nó đi luôn.",
    "Đứa cháu gái 13 tuổi của tôi bị gia đình ép lấy một người đàn ông đã có tuổi, tối nay họ làm đám ở nhà trai.",
    "con be hang xom 14 tuoi bi bo me ep lay mot ong 40 tuoi, sang mai nha trai sang ruoc roi",
    "em 15t, me em nhan sinh le cua nha kia roi, mai cuoi, em so lam",
  ])("an emergency of child marriage: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("emergency");
    expect(r.category).toBe("child_marriage");
    expect(r.redFlags).toContain("forced_marriage_soon");
  });

  it.each([
    "A girl in my class, 15, told me her father has promised her to a man twice her age and the wedding is this Saturday, she begged us for help.",
    "Em 15 tuổi, ba em bắt em cưới một người lớn hơn em hai chục tuổi, cuối tuần này là rước dâu rồi, em không muốn.",
    "chau gai toi moi 13 tuoi ma cuoi tuan nay ga cho mot nguoi dan ong o tinh khac",
  ])("a forced marriage this weekend is high, not an emergency: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("high");
    expect(r.category).toBe("child_marriage");
    expect(r.redFlags).not.toContain("forced_marriage_soon");
  });

  it.each([
    ["My neighbour's 15-year-old daughter is being promised to a man from the next village, they say the wedding will be next year after the harvest.", true],
    ["Con bé 14 tuổi nhà bên, bố mẹ tính cuối tháng sau gả nó cho người ta.", true],
    ["Last year they married off my 14-year-old cousin to a man in the city, she lives with him now.", true],
    ["Mấy bà hàng xóm cứ bàn chuyện gả con bé 15 tuổi nhà bên cho ai, chưa có gì cụ thể.", true],
    ["nam ngoai bo me ep chi ho toi cuoi luc 15 tuoi, gio chi ay 17 roi, co con nho", true],
    ["Sáng nay con bé lớp 8 chạy sang nhà tôi khóc, kể là bố nó ép nó lấy chồng, chưa biết bao giờ cưới.", false],
    ["A pupil of mine (14) told me this morning that her uncle is forcing her to marry his business partner, no date has been set yet.", false],
    // Already rated an emergency by the shipped model (not lowered here): only the new flag is checked.
    ["My older sister is 27 and she is getting married tomorrow morning, I am so excited!", false],
    ["Mẹ cháu 40 tuổi mai cưới chồng mới, cháu 12 tuổi không thích chú ấy lắm.", false],
    ["chi toi 25 tuoi sang mai cuoi, em 12 tuoi duoc lam phu dau", false],
    ["Hôm nay con bé 15 tuổi kể bố mẹ ép nó lấy chồng, 20 ngày nữa là làm đám.", false],
  ] as const)("no forced marriage soon: %s", (text, notEmergency) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("forced_marriage_soon");
    if (notEmergency) expect(r.risk).not.toBe("emergency");
  });
});

describe("a child held at someone's place now and not let go", () => {
  it.each([
    "im 14 and im at his place now he wont let me leave, he took my phone, im texting from his laptop",
    "em 14 tuổi, em đang ở nhà anh ta, nó không cho em về, em sợ lắm",
    "em dang o nha ong chu, ong ay khoa cua khong cho em ve, em 13 tuoi",
    "My 15 year old daughter is at her boyfriend's flat, he is 24 and he locked the door and won't let her come home, she called me crying",
    "Con gái tôi 12 tuổi sang nhà ông bác chơi, giờ ông ấy giữ nó lại không cho về, gọi điện nó chỉ khóc.",
    "con be 15t dang bi thang kia giu o phong tro cua no, no khong cho con be ve nha",
  ])("an emergency: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("held_away_now");
    expect(["trafficking_abduction", "sexual_abuse", "physical_violence", "child_marriage", "labour_exploitation"]).toContain(r.category);
  });

  it.each([
    ["Mẹ không cho em đi chơi tối nay vì em chưa làm bài tập.", true],
    ["hom qua em o nha ban choi, me ban ay khong cho em ve vi troi mua to, giu em an com roi cho em ve", false],
    ["my dad won't let me go to my friend's birthday this weekend because my grades are bad", true],
    // Already rated an emergency by the shipped model (not lowered here): only the new flag is checked.
    ["my mom grounded me for tonight and won't let me leave the house to go to the party, so unfair", false],
    ["Bố phạt không cho con ra khỏi nhà tối nay vì về muộn hôm qua.", false],
    ["im at my friend's house right now and the lady there wont let me leave until my dad picks me up because its dark out", false],
    ["Con bé 15 tuổi đang ở nhà bạn trai, gia đình bạn trai giữ lại ăn cơm, tối nay về", false],
    ["em đang ở nhà chú, chú không cho em về một mình vì đường tối, chú sẽ chở em về", false],
  ] as const)("no child held away: %s", (text, notEmergency) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("held_away_now");
    if (notEmergency) expect(r.risk).not.toBe("emergency");
  });
});

describe("a child who went to meet someone known only online and cannot be reached now", () => {
  it.each([
    "my 14 year old sister met a guy on instagram, she went to meet him yesterday afternoon and now she isnt picking up her phone",
    "Con gái tôi 15 tuổi quen một người trên Facebook, chiều qua nó đi gặp người đó, đến giờ vẫn không liên lạc được.",
    "con em 13t quen thang nao tren tiktok, sang nay no di gap nguoi do, gio goi khong nghe may",
    "she is 14, she met some man from a game chat and went to see him at the bus station this morning, her phone has been off since",
    "Em gái tôi 16 tuổi hẹn gặp một anh quen qua Zalo từ tối hôm qua, tới giờ chưa về, gọi thì thuê bao.",
  ])("an emergency of trafficking: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("met_online_contact_unreachable");
    expect(r.category).toBe("trafficking_abduction");
  });

  it.each([
    ["my 14 year old daughter chats with a boy she met on instagram, they have never met in person", true],
    ["Con tôi 13 tuổi quen một bạn trên mạng, hôm qua đi gặp bạn ấy ở quán trà sữa rồi về nhà lúc 6 giờ.", true],
    ["em quen mot anh tren zalo, anh ay ru em di gap nhung em chua di", true],
    ["my son (15) went to meet a friend from an online game at the mall yesterday, he came back happy and we have talked about it", true],
    // Already rated an emergency by the shipped model (not lowered here): only the new flag is checked.
    ["my 15 year old went to meet a girl she knows from roblox at the mall today, her phone died but she texted from the girl's phone that she is fine", false],
  ] as const)("no child met and out of reach: %s", (text, notEmergency) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("met_online_contact_unreachable");
    if (notEmergency) expect(r.risk).not.toBe("emergency");
  });
});

describe("a small child hit hard, and teenagers given drinks or vapes with drugs in them: at least medium", () => {
  it.each([
    "I keep seeing my neighbour smack her 3 year old really hard across the face when he cries, it worries me",
    "Bà hàng xóm hay tát mạnh thằng bé 4 tuổi nhà bà mỗi khi nó khóc, tôi thấy lo quá.",
    "nha ben hay danh manh dua be 2 tuoi, nghe tieng khoc thet, toi lo lam",
    "my husband smacks our 2 year old hard when she won't go to sleep, I am worried about it",
    "Chồng tôi hay phát thật mạnh vào mông con 3 tuổi đến đỏ cả lên, tôi lo lắm.",
    "older boys let the year 9 kids try vapes that had weed oil in them without telling them",
    "someone put something in my 15 year old daughter's drink at a party, she could barely stand",
    "tụi nó bỏ thuốc vào nước ngọt cho mấy đứa lớp 7 uống rồi cười",
    "mấy anh lớn cho tụi nhỏ 14 tuổi hút pod có pha cỏ mà không nói",
  ])("at least medium: %s", (text) => {
    expect(RANK[triageReport(text).risk]).toBeGreaterThanOrEqual(RANK.medium);
  });

  it.each([
    "Tôi vỗ nhẹ vào mông con 3 tuổi khi nó chạy ra đường, như vậy có sao không?",
    "my 15 year old asked me whether vapes are bad for you",
    "thằng bé 4 tuổi nhà tôi đá bóng mạnh quá làm vỡ cửa kính, có cách nào dạy nó không",
  ])("no new floor: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("small_child_hit_hard");
    expect(r.redFlags).not.toContain("drink_or_vape_spiked");
    expect(RANK[r.risk]).toBeLessThanOrEqual(RANK.medium);
  });

  it.each([
    "con 4 tuổi nhà tôi đánh mạnh vào mặt em nó, tôi phải làm sao",
    "bé 3 tuổi bị ngã đập đầu mạnh xuống nền, đang khóc",
  ])("the small child is not the one hit hard: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("small_child_hit_hard");
  });
});
