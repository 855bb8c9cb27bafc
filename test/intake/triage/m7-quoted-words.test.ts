/**
 * M7. Words in single quotes are read as words (T1), so older rules must not fire on them where the DESIGN triage contract
 * does not: (1) a classmate's threat at school with no weapon and no harm done is bullying, not a threat to kill a child;
 * an adult's threat to kill with a weapon or means, or any threat with a weapon, stays an emergency. (2) A search for ways to
 * die told as past and talked through is no plan to die now; a search with a stated wish to die or the means at hand stays
 * an emergency. (3) A mother's partner named with bruises and nothing sexual told is physical violence, not a sexual abuser
 * with access. (4) Someone else's threat to the child with poison or a knife is no intent of the child to die.
 * Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const INTENT_FLAGS = ["intent_to_die_with_means", "intent_to_die_out_of_reach", "intent_to_die_soon", "plan_to_die"];

/** (1) A classmate's threat in quotes, no weapon, no attack: bullying, no threat to kill. */
const PEER_THREAT = [
  "Con trai tôi 12 tuổi kể mấy anh lớp 9 chặn ở cổng trường dọa 'mai tao giết mày', cháu sợ không dám đi học, chưa bị đánh.",
  "thằng cùng bàn cứ nhắn cho con em 'tao đánh chết mày', nó chưa làm gì nhưng con bé sợ lắm",
  "A boy in my son's class yelled 'I'll kill you' at him at lunch break, nobody was hurt and the teacher sent them back to class.",
  "My daughter (11) says an older girl on the school bus keeps whispering 'I will kill you' to her, nothing else has happened.",
  "bé lớp 6 bị bạn trong lớp dọa 'ra về tao giết mày' vì tranh chỗ ngồi, cô giáo đã gọi hai bạn lên nói chuyện",
];

/** (1) Still an emergency: a weapon, or an adult who threatens to kill with the means. */
const THREAT_EMERGENCY = [
  "Bố dượng cầm dao dí vào cổ con bé 9 tuổi, nói 'tao giết mày', giờ ông ta vẫn ở trong nhà.",
  "A classmate showed my son a knife in his bag and told him 'I'll kill you after school'.",
  "Her dad told my niece (8) 'I will kill you tonight', he is drunk and has a gun in the house.",
  "thằng lớp trên cầm dao bấm dọa 'tao đâm chết mày' ở nhà xe, con tôi 13 tuổi chạy về run cầm cập",
];

/** (2) A search for ways to die told as past and talked through: no plan to die now, no emergency. */
const SEARCH_PAST = [
  "Tháng trước tôi thấy con gái 14 tuổi tra 'cách chết không đau' trên điện thoại, cả nhà đã ngồi nói chuyện, cháu đi gặp tư vấn tâm lý, từ đó cháu vui vẻ, không nói gì như vậy nữa.",
  "Back in the spring my son (15) searched 'painless ways to go', we talked it through with a counsellor, he's doing well and has said nothing like it since.",
  "Tháng 3 con gái tôi 13 tuổi có tra 'cách tự tử' trên máy tính ở nhà, gia đình đã nói chuyện và đưa cháu đi tư vấn, giờ cháu ổn, đi học đều.",
];

/** (2) Still an emergency: a search with a stated wish to die, or the means at hand. */
const SEARCH_EMERGENCY = [
  "Con gái tôi 14 tuổi tối nay tra 'cách chết không đau' và nhắn cho bạn là nó muốn chết, trong phòng có lọ thuốc ngủ của bà.",
  "my son (16) searched 'how many pills to die' tonight, told his friend he wants to end it, and has a full bottle of painkillers in his room",
  "em 15 tuổi, em đã tìm 'cách chết không đau' rồi, em muốn chết, em có sẵn dao lam đây",
];

/** (3) A mother's partner and bruises, nothing sexual told: no sexual abuser with access. */
const PARTNER_BRUISES = [
  "Bé 8 tuổi kể 'bạn trai của mẹ hay nổi nóng lắm', trên tay và lưng bé có mấy vết bầm.",
  "My niece (7) told me 'mom's boyfriend gets really mad' and she had bruises on both legs.",
  "cháu 9 tuổi nói 'người yêu của mẹ đánh con bằng dây nịt', lưng có vết bầm tím",
  "The boy (10) says 'my mum's boyfriend shouts and pushes me', he had a bruise on his arm at school today.",
];

/** (3) Still a sexual abuser with access: something sexual told, the man still at home. */
const PARTNER_SEXUAL = [
  "Cháu gái 9 tuổi kể 'bạn trai của mẹ sờ vào chỗ kín của con', ông ta vẫn sống chung nhà, tối nay mẹ đi làm ca đêm.",
  "My daughter (10) said 'mom's boyfriend touches my private parts at night', and he still lives with us.",
];

/** (4) Someone else's threat to the child with poison or a knife: no intent of the child to die. */
const OTHERS_THREAT_WITH_MEANS = [
  "Mẹ kế dọa 'tao bỏ thuốc chuột vào cơm cho mày chết', bé 10 tuổi sợ không dám ăn.",
  "bà dì ghẻ cầm chai thuốc trừ sâu quát 'uống đi cho chết', cháu 12 tuổi khóc chạy sang nhà tôi",
  "His stepmother held up the rat poison and told the boy (9) 'I'll put this in your food', he is scared to eat at home.",
  "ông bố say rượu cầm dao quát thằng bé 11 tuổi 'tao cho mày chết', cháu đã chạy sang nhà hàng xóm",
  "Bố dượng nói nếu em kể với ai thì ông sẽ cho em uống thuốc diệt chuột, em 11 tuổi đang ở nhà với ông.",
  "Her stepmom waved the rat poison at her and said 'you want to die? drink it', the girl is 11.",
];

/** (4) Still the child's own intent to die with the means at hand. */
const OWN_INTENT_WITH_MEANS = [
  "Con bé 13 tuổi nhắn cho tôi 'con muốn chết', trong phòng nó có gói thuốc chuột.",
  "my brother (14) texted me 'i want to die' and he has his dad's razor with him",
];

describe("words in quotes read by the older rules", () => {
  it("is tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus([...PEER_THREAT, ...THREAT_EMERGENCY, ...SEARCH_PAST, ...SEARCH_EMERGENCY, ...PARTNER_BRUISES, ...PARTNER_SEXUAL, ...OTHERS_THREAT_WITH_MEANS, ...OWN_INTENT_WITH_MEANS])).toEqual([]);
  });

  // The rules' part: the shipped model's own reading of some of these (emergency at 83%) is the model's, not a rule's.
  it.each(PEER_THREAT)("a classmate's threat with no weapon and no harm is no threat to kill, no emergency by the rules: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("threat_to_kill");
    expect(r.redFlags).not.toContain("life_at_risk");
    expect(triageReport(text, {}, modelThatSays("medium", "bullying")).risk).not.toBe("emergency");
  });

  it.each(THREAT_EMERGENCY)("a threat with a weapon or an adult's with the means stays an emergency: %s", (text) => {
    expect(triageReport(text).risk).toBe("emergency");
  });

  it.each(SEARCH_PAST)("a past search talked through is no plan to die now: %s", (text) => {
    const r = triageReport(text);
    for (const f of INTENT_FLAGS) expect(r.redFlags).not.toContain(f);
    expect(r.risk).not.toBe("emergency");
    expect(triageReport(text, {}, modelThatSays("medium", "self_harm")).risk).not.toBe("emergency");
  });

  it.each(SEARCH_EMERGENCY)("a search with a stated wish to die or the means at hand stays an emergency: %s", (text) => {
    expect(triageReport(text).risk).toBe("emergency");
  });

  it.each(PARTNER_BRUISES)("a mother's partner with bruises and nothing sexual is no sexual abuser: %s", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).not.toContain("sexual_abuser_has_access");
    expect(r.category).not.toBe("sexual_abuse");
    expect(triageReport(text, {}, modelThatSays("high", "physical_violence")).redFlags).not.toContain("sexual_abuser_has_access");
  });

  it.each(PARTNER_SEXUAL)("a mother's partner who touches the child sexually and lives there is an emergency of sexual abuse: %s", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("emergency");
    expect(r.category).toBe("sexual_abuse");
  });

  it.each(OTHERS_THREAT_WITH_MEANS)("someone else's threat with poison or a knife is no intent of the child to die: %s", (text) => {
    for (const r of [triageReport(text), triageReport(text, {}, modelThatSays("high", "physical_violence"))]) {
      for (const f of [...INTENT_FLAGS, "stated_intent_to_die"]) expect(r.redFlags).not.toContain(f);
      expect(r.category).not.toBe("self_harm");
    }
    // A threat to kill the child with poison or a knife is itself no small matter.
    expect(["high", "emergency"]).toContain(triageReport(text).risk);
  });

  it.each(OWN_INTENT_WITH_MEANS)("the child's own wish to die with the means at hand stays an emergency of self-harm: %s", (text) => {
    for (const r of [triageReport(text), triageReport(text, {}, modelThatSays("medium", "self_harm"))]) {
      expect(r.risk).toBe("emergency");
      expect(r.category).toBe("self_harm");
      expect(r.redFlags).toContain("intent_to_die_with_means");
    }
  });
});

describe("a child's search for ways to die told as now stays an emergency (an emergency is never lowered by a rule)", () => {
  const NOW_SEARCH = [
    "mấy người lạ trên mạng kéo em vào nhóm chat toàn người muốn biến mất, họ gửi cách tự tử, em đang đọc, em 14 tuổi",
    "Con tôi 13 tuổi đang tra cách tự tử trên mạng, tôi vừa thấy màn hình điện thoại của nó",
    "my 15 yo is in her room right now reading a site about painless ways to die, she won't open the door",
  ];
  it.each(NOW_SEARCH)("%s", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).risk).toBe("emergency");
    expect(triageReport(text, {}, modelThatSays("medium", "self_harm")).risk).toBe("emergency");
  });
});
