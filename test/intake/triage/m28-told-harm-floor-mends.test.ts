/**
 * M28 (RD31 on T10): the floors of a small child hit hard and of a child held away or gone to meet someone known online rose on
 * texts that tell no such thing (a strong toddler, a fan, the flu; a past holding, an adult, a grounding) and missed core wordings.
 * The reader's examples and sentences written for this test, none taken from a corpus.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("a small child hit hard: only a hitting of the child, with its force", () => {
  it.each([
    "Bé nhà tôi 4 tuổi, cao nhất và mạnh nhất lớp mẫu giáo.",
    "Con tôi 3 tuổi, tất cả các chỉ số đều khỏe mạnh, bác sĩ khen.",
    "Tôi bật quạt mạnh cho bé 2 tuổi ngủ có sao không",
    "my 3 year old was hit hard by the flu this week, she is finally eating again",
    "the storm hit our town hard, my 2 year old was scared of the thunder",
    "my 4 year old hits the pillows hard when she is angry, is that normal",
    "Cháu 5 tuổi nhà tôi ăn khỏe, chạy nhảy mạnh mẽ, rất ít ốm.",
    "Mùa hè tôi để quạt mạnh suốt đêm cho con 1 tuổi, có bị cảm không?",
    "our 3 year old twins got hit hard by a stomach bug last week",
  ])("no small child hit hard: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("small_child_hit_hard");
  });

  it.each([
    "Ông ấy tát thằng bé 3 tuổi rất mạnh vào mặt, tôi nhìn thấy qua cửa sổ.",
    "Anh ta quất mạnh vào chân đứa bé 4 tuổi bằng dây điện.",
    "nguoi cha say ruou dam manh vao lung con 2 tuoi",
    "the babysitter shook my 1 year old hard when he would not stop crying",
  ])("a small child hit hard: %s", (text) => {
    expect(triageReport(text).redFlags).toContain("small_child_hit_hard");
  });
});

describe("a child held away now: core wordings told", () => {
  it.each([
    "he brought me to his place after school and won't let me leave, I'm 13, I'm hiding in the bathroom now",
    "Anh ta đưa em về phòng trọ rồi khóa cửa không cho em ra, giờ em đang ở trong này, em 14 tuổi",
    "Em 13 tuổi, em bị ông ấy nhốt trong phòng trọ, giờ em vẫn ở đây",
    "my 14 year old is at her coach's house and he won't let her go home, she just texted me",
    "im 12 and im at this man's flat right now, he won't let me go outside",
  ])("an emergency: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).toContain("held_away_now");
    expect(r.risk).toBe("emergency");
  });
});

describe("a holding over or past is no holding now", () => {
  it.each([
    "Hồi lớp 6 em bị ông hàng xóm giữ ở nhà ông ấy cả buổi chiều, đến giờ em vẫn còn sợ.",
    "Yesterday at my tutor's house he locked the door and wouldn't let me leave until I kissed him. I'm home now but I feel sick",
    "Tối qua thằng đó giữ con bé 14 tuổi ở phòng nó đến khuya, giờ con đã ở nhà với tôi.",
    "last summer my cousin's friend locked me in his room for an hour, I'm 13, I still think about it",
  ])("no held_away_now: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("held_away_now");
  });
});

describe("met online, the child home now", () => {
  it.each([
    "my 15 yo went to meet a guy from discord on sunday, now she's in her room and isn't responding to me",
    "my 14 year old met a man from instagram, the police brought her home at 2am, now she's not answering my questions",
    "Con tôi 14 tuổi đi gặp người quen trên Facebook, công an đã đưa cháu về, giờ cháu không trả lời gì cả",
  ])("no met_online_contact_unreachable: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("met_online_contact_unreachable");
  });
});

describe("adults held or gone to meet someone: no child's floor", () => {
  it.each([
    "my wife is at her boss's house and he won't let her leave, she is 34 and she just called me",
    "my brother who is 25 went to meet a woman from a dating app and isn't picking up",
    "Vợ tôi 30 tuổi đang ở nhà ông chủ, ông ta không cho về",
  ])("no held or met floor: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("held_away_now");
    expect(r.redFlags).not.toContain("met_online_contact_unreachable");
  });
});

describe("a parent's grounding or homework is no holding", () => {
  it.each([
    "my stepdad won't let me leave the house because I failed math, I'm at his place now",
    "im at my uncle's place now, he won't let me leave till i finish my homework, im 11",
    "Em đang ở nhà bố dượng, bố dượng không cho em ra ngoài vì điểm kém",
    "my 12 yo is at her aunt's house now, the aunt won't let her go until she finishes her chores",
  ])("no held_away_now: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("held_away_now");
  });
});

describe("a drink or a person spiked, not a ball, a fever or sales", () => {
  it.each([
    "my 14 year old spiked the ball in volleyball today and won the match",
    "my 13 yo daughter's fever spiked to 39 last night, should I worry",
    "at my son's school (he's 15) sales of vapes spiked this year",
    "my 12 year old got her volleyball spike blocked and spiked the ball into the net",
  ])("no drink_or_vape_spiked: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("drink_or_vape_spiked");
  });

  it.each([
    "someone slipped something into my 16 year old's drink at the concert",
    "a man at the party spiked my 15 year old daughter's soda, she fainted",
    "I think an older boy drugged her, she is 14 and cannot remember the night",
  ])("drink_or_vape_spiked: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).toContain("drink_or_vape_spiked");
    expect(RANK[r.risk]).toBeGreaterThanOrEqual(RANK.medium);
  });
});

describe("no wedding today: a past marriage, a guest, a question, a threat", () => {
  it.each([
    "My friend was married off at 14 last spring. Today her husband locked her out of the house.",
    "Ngày mai em đi dự đám cưới chị họ, chị ấy bị ép lấy chồng từ năm 16 tuổi.",
    "What would happen to parents who force a 15 year old to marry someone tomorrow?",
    "Bố dọa gả con cho người ta nếu con còn đi chơi khuya, hôm nay con sợ lắm, con 15 tuổi.",
    "Mom arranged my cousin's wedding tomorrow, I'm 9 and I'm the flower girl!",
    "my aunt was forced to marry at 15 years ago, tonight she told me the whole story, I'm 13",
    "Hôm nay tôi đi ăn cưới, cô dâu bị ép gả từ năm 17 tuổi, giờ đã có hai con.",
  ])("no forced_marriage_soon: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("forced_marriage_soon");
  });
});

const RANK = { low: 0, medium: 1, high: 2, emergency: 3 } as const;

describe("met online and taken to the stranger's place is still out of reach", () => {
  it.each([
    "Con gái tôi 14 tuổi quen một người trên Facebook, chiều nay đi gặp, hắn đưa con bé về nhà hắn, giờ gọi không nghe máy",
    "my 13 year old met a man on snapchat, went to meet him today and he took her back to his car, now her phone is off",
  ])("met_online_contact_unreachable: %s", (text) => {
    expect(triageReport(text).redFlags).toContain("met_online_contact_unreachable");
  });
});
