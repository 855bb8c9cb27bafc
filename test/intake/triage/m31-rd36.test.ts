/**
 * M31 mends the second reading (RD36) of T11's "no red flag from a single word": a suspicion of abuse with a bare "help" or
 * "now" somewhere else is no violence happening now; a rule never lowers an emergency the model reads (a threat to kill told
 * beside "I think ... is being abused" stays an emergency); a child's own account of being abused is no third-party
 * suspicion; a sexual hint keeps sexual abuse beside a banged door; secret photos need a sexual phrase, not a syllable that
 * folds like one, and not one denied; a mum who always hits keeps `repeated`; abuse told sets a category of harm.
 * The reader's examples and sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const RANK = { low: 0, medium: 1, high: 2, emergency: 3 } as const;

describe("HIGH 1: a bare 'help' or 'now' elsewhere does not make a suspicion violence in progress", () => {
  it.each([
    "I think the boy next door is being abused. I need help.",
    "I think the boy next door is being abused. How can I help him?",
    "I think the boy next door is being abused. Please tell me where I can get help.",
    "I think my cousin is being abused, I hear her dad shouting at her on the phone sometimes.",
  ])("reported, no emergency, no violence_in_progress: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("violence_in_progress");
    expect(r.risk).not.toBe("emergency");
    expect(RANK[r.risk]).toBeGreaterThanOrEqual(RANK.medium);
  });

  it.each([
    "I suspect my nephew is being beaten by his stepdad. What can I do now to help him?",
    "I believe the twins upstairs are being hurt by their aunt. Where can I get help?",
  ])("no violence_in_progress (the model's own risk stands, never lowered): %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("violence_in_progress");
    expect(RANK[r.risk]).toBeGreaterThanOrEqual(RANK.medium);
  });

  it.each([
    "My little brother is being beaten right now by our dad, help me please.",
    "The girl next door is being hit, she is screaming, please come.",
    "A boy is being beaten in the car park right now, send someone.",
  ])("a beating in progress stays an emergency: %s", (text) => {
    expect(triageReport(text).risk).toBe("emergency");
  });
});

describe("HIGH 2: a rule never lowers an emergency; a threat to kill told is read", () => {
  it.each([
    "I think the girl next door is being abused, her mother's boyfriend said he will kill her.",
    "I believe my classmate is being abused, his father says he would kill him if he talks.",
    "Maybe my friend is being hurt at home, her stepdad told her he would kill her.",
  ])("a threat to kill is an emergency with death_threat: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("death_threat");
  });

  it("a threat to kill a dog is no threat to kill a child", () => {
    expect(triageReport("My neighbour said he will kill the dog if it barks again.").redFlags).not.toContain("death_threat");
  });
});

describe("HIGH 3: a child's own account of being abused is no third-party suspicion", () => {
  it.each([
    "I think I'm being abused by my stepfather. He touches me when mum is at work. I'm 11.",
    "Cháu nghĩ cháu bị dượng xâm hại, dượng hay sờ cháu lúc mẹ đi làm. Cháu 11 tuổi.",
    "I think I am being abused by my dad, he touches my private parts when we are alone at home, I am 12.",
    "Em nghĩ em bị cha dượng xâm hại, tối nào dượng cũng sờ em khi mẹ đi ca đêm, em 13 tuổi.",
  ])("an emergency, caregiver sexual abuse: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("emergency");
    expect(r.category).toBe("sexual_abuse");
  });

  it.each([
    "I think my niece is being abused by her stepfather, he touches her. She is 11.",
    "Năm ngoái cháu bị dượng xâm hại, giờ dượng đi tù rồi, cháu ở với bà ngoại, cháu ổn rồi.",
  ])("near miss, no floor of its own (a third party's suspicion, a matter over): %s", (text) => {
    expect(triageReport(text).reasonsEn.join(" ")).not.toContain("the child tells of sexual abuse by the parent");
  });
});

describe("MEDIUM 4: a sexual hint keeps sexual abuse beside a banged door", () => {
  it.each([
    "My drunk uncle is banging on my bedroom door, I'm hiding inside, I'm 12. Last week he got into my bed.",
    "Ông dượng say xỉn đang đập cửa phòng em, em trốn trong phòng, mấy đêm trước dượng leo lên giường em.",
    "Chú em xỉn đang đập cửa, em trốn trong phòng, tuần rồi chú vô phòng em lúc nửa đêm.",
    "My stepdad is pounding on my door, I locked myself in, he climbed into my bed two nights ago, I'm 13.",
  ])("sexual abuse, at least high: %s", (text) => {
    const r = triageReport(text);
    expect(r.category).toBe("sexual_abuse");
    expect(RANK[r.risk]).toBeGreaterThanOrEqual(RANK.high);
  });

  it("a banged door with no sexual word stays violence", () => {
    const r = triageReport("Bố say rượu đang đập cửa phòng, em trốn trong phòng, em 12 tuổi, bố hay đánh em.");
    expect(r.category).toBe("physical_violence");
  });
});

describe("MEDIUM 5: secret photos need a sexual phrase, not a syllable that folds like one, nor a denied one", () => {
  it.each([
    "Tụi nó chụp lén con tôi rồi đăng lên nhóm, vì vậy giờ nó không dám đi học.",
    "Tụi nó chụp lén con tôi, tôi rất quan tâm vì con tôi mới tám tuổi.",
    "Tụi lớp trên chụp lén rồi ức hiếp con tôi suốt.",
    "Tụi nó chụp lén con tôi đăng lên mạng, không phải ảnh nóng gì đâu.",
    "Bạn cùng bàn quay lén con tôi ngủ gật, thấy đó là trò đùa nhưng con buồn lắm.",
    "Có đứa chụp lén con tôi lúc tám giờ sáng ở cổng trường rồi chế ảnh, con tôi không vui.",
  ])("no sexual_images: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("sexual_images");
  });

  it.each([
    "Thằng hàng xóm quay lén con gái tôi lúc nó tắm rồi gửi cho bạn.",
    "Có người chụp lén dưới váy con tôi ở trường rồi đăng lên nhóm kín.",
    "Nó quay lén ảnh nóng của con bé rồi dọa tung lên mạng.",
  ])("keeps sexual_images: %s", (text) => {
    expect(triageReport(text).redFlags).toContain("sexual_images");
  });
});

describe("MEDIUM 6: secret filming in a toilet, locker room or up a skirt is sexual images", () => {
  it.each([
    "Ông bảo vệ trường quay lén mấy bé gái lúc đi vệ sinh.",
    "A man secretly filmed my daughter in the locker room while she was getting dressed.",
    "A man at the mall secretly filmed up the skirts of schoolgirls on the escalator.",
    "Thầy giáo chụp lén học sinh nữ lúc cởi đồ trong phòng thay đồ.",
    "Ông hàng xóm quay lén con bé trần truồng qua cửa sổ.",
  ])("sexual_images: %s", (text) => {
    expect(triageReport(text).redFlags).toContain("sexual_images");
  });
});

describe("LOW 8: a mum who always hits keeps repeated", () => {
  it.each([
    "My mum always hits me with the belt when she is drunk, I am 11.",
    "My mum always slaps me when I get a bad mark, I am 10.",
  ])("repeated: %s", (text) => {
    expect(triageReport(text).redFlags).toContain("repeated");
  });
});

describe("LOW 10: abuse told sets a category of harm", () => {
  it.each([
    "I guess my student is being abused at home, she flinches whenever I raise my hand.",
    "I think a girl in my class is being abused at home. What should I do now?",
    "I think my neighbour's son is being abused, he looks sad and flinches a lot.",
  ])("physical_violence: %s", (text) => {
    expect(triageReport(text).category).toBe("physical_violence");
  });
});
