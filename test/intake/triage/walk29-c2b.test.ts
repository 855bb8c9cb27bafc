/**
 * Walk 29 (two testers, 33 reporters) and writer X (odd half): classes of misreading fixed in the rules,
 * tested on sentences written for this test (in no corpus file, checked below).
 * - An elliptic or teen farewell ("mai t đi luôn", "chắc em đi thôi", "bye mọi người", "I won't be here tomorrow")
 *   beside despair or self-harm in the same report is a stated intent to die: an emergency floor.
 * - Sextortion (sexual images and a threat to post them or a demand) with a deadline today, tonight or tomorrow,
 *   and a job lure with a pickup or transfer today, tonight or tomorrow, are emergencies by rule.
 * - Single words that are not the facts they were read as: "máy của mẹ" typed without diacritics, "đang đi học",
 *   "không muốn đi học", "ảnh nóng" as contact, "ban be" (bạn bè) as "bán bé", "don't tell" as a relationship.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { intentToDie, triageReport } from "../../../src/intake/triage/triage-model.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

const FAREWELL_WITH_DESPAIR = [
  "bạn em 13 tuổi hay tự rạch tay, hôm nay nó nhắn vào nhóm: tối nay t biến mất luôn, chẳng ai cần t đâu",
  "e 15t, ai cũng ghét e, chắc mai e đi thôi, xin lỗi bố mẹ",
  "my brother (14) has been cutting himself and texted me 'bye everyone, i won't be here tomorrow'",
  "con bé đăng lên facebook: bye mọi người, không ai cần t nữa",
  "thằng cháu lớp 8 nhắn cho tôi: tạm biệt cả nhà, cháu vô dụng lắm",
];

const FAREWELL_NOT_INTENT = [
  // no despair told
  "mai em đi Hà Nội luôn, em sẽ kể với cô sau",
  "Chào cả nhà, bye mọi người nhé, mai mình đi du lịch Đà Lạt",
  "thôi em đi ngủ đây, mệt quá",
  // past and resolved
  "Tháng trước bạn em đăng 'chắc t đi thôi, ko ai cần t', giờ bạn ấy ổn rồi",
  // despair negated
  "con tôi bảo nó không hề thấy ai ghét nó, mai nó đi thôi, đi cắm trại với lớp",
];

const SEXTORTION_DEADLINE = [
  "Con trai tôi 15 tuổi bị một người lạ trên Facebook dọa sẽ gửi ảnh khỏa thân của cháu cho cả lớp nếu tối nay không nộp 3 triệu. Cháu đã lỡ gửi ảnh rồi.",
  "my niece (13) sent nude pics to a guy she met on discord, now he says he will share them with her school unless she pays by tomorrow morning",
  "e 14t, a kia bảo nếu tối nay e ko gửi thêm ảnh nóng thì a ấy đăng mấy tấm e gửi lên nhóm, e gửi 3 tấm r",
  // "tung ảnh" (release images) is no "từng" (once): not a past matter.
  "kẻ lạ trên mạng dọa tối nay sẽ tung ảnh khỏa thân của con bé 14 tuổi lên facebook",
];

/** The day of telling, "3 hôm nay" (these three days) or a deadline denied: no deadline today. */
const NO_DEADLINE_TODAY = [
  "A 13-year-old girl I tutor sent topless photos to a boy online; he keeps threatening to post them but set no deadline. She told me today.",
  "Thằng con tôi 15 tuổi bị đứa bạn trên mạng đe dọa tung ảnh khỏa thân, nó trốn trong phòng 2 hôm nay",
  "Năm ngoái con bé từng bị một người dọa tung ảnh nóng nếu tối nay không chuyển tiền, công an đã xử lý",
];

const TRANSFER_SOON = [
  "Một bà lạ hứa đưa cháu gái 15 tuổi nhà tôi sang Lào làm quán ăn, trả 12 triệu một tháng, đêm nay có xe tới đón ở đầu ngõ",
  "Có người rủ em tôi 16 tuổi đi làm tiếp viên karaoke ở Móng Cái lương cao, 4 giờ sáng mai xe ô tô qua nhà đón",
];

const NOT_TRANSFER_SOON = [
  // a lure with no day named: recruitment that looks like a lure (medium), not a transfer now
  "cháu tôi 16t được người quen trên mạng hứa xin việc lương cao ở tỉnh khác, chưa hẹn ngày đi",
];

describe("walk 29: facts the rules now read", () => {
  it("is tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus([...FAREWELL_WITH_DESPAIR, ...FAREWELL_NOT_INTENT, ...SEXTORTION_DEADLINE, ...NO_DEADLINE_TODAY, ...TRANSFER_SOON, ...NOT_TRANSFER_SOON, ...WORDS.map((w) => w[0])])).toEqual([]);
  });

  it.each(FAREWELL_WITH_DESPAIR)("an elliptic farewell beside despair is a stated intent to die, an emergency whatever the model says: %s", (text) => {
    expect(intentToDie(text).stated).not.toBeNull();
    const r = triageReport(text, {}, modelThatSays("low"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("stated_intent_to_die");
  });

  it.each(FAREWELL_NOT_INTENT)("a farewell with no despair, past or denied, is no stated intent: %s", (text) => {
    expect(intentToDie(text).stated).toBeNull();
    expect(triageReport(text).redFlags).not.toContain("stated_intent_to_die");
  });

  it.each(SEXTORTION_DEADLINE)("sextortion with a deadline today or tomorrow is an emergency by rule, with no contact or meeting flag: %s", (text) => {
    const rules = triageRules(text);
    expect(rules.risk).toBe("emergency");
    expect(rules.redFlags).toContain("sextortion_deadline");
    expect(rules.redFlags).not.toContain("sexual_contact");
    expect(rules.redFlags).not.toContain("meeting_soon");
    expect(rules.redFlags).not.toContain("with_abuser_now");
    expect(rules.reasons.join(" ")).not.toMatch(/giả định|hypothetical/);
    expect(triageReport(text, {}, modelThatSays("low")).risk).toBe("emergency");
  });

  it.each(NO_DEADLINE_TODAY)("a sextortion with no deadline today is not a sextortion deadline (high by its own words): %s", (text) => {
    expect(triageRules(text).redFlags).not.toContain("sextortion_deadline");
  });

  it.each(TRANSFER_SOON)("a job lure with a pickup today or tomorrow is an emergency by rule: %s", (text) => {
    const rules = triageRules(text);
    expect(rules.risk).toBe("emergency");
    expect(rules.redFlags).toContain("transfer_soon");
    expect(triageReport(text, {}, modelThatSays("low")).risk).toBe("emergency");
  });

  it.each(NOT_TRANSFER_SOON)("a lure with no day is not a transfer now: %s", (text) => {
    expect(triageRules(text).redFlags).not.toContain("transfer_soon");
  });
});

/** [sentence, flag it must not have, flag it must keep (or "")]. */
const WORDS: Array<[string, string, string]> = [
  ["ko co dt a, dung may cua me chau goi", "hazardous_work", ""],
  ["thằng bé 12 tuổi phải dùng máy cưa gỗ ở xưởng cả ngày", "", "hazardous_work"],
  ["dạ giờ thì không, bạn ấy đang đi học, nhưng tối nào ông đó cũng sờ soạng bạn", "taken_in_transit", ""],
  ["em ko muốn đi học nữa vì tụi nó hay chặn đường xin tiền", "out_of_school", ""],
  ["bố mẹ bắt nó ở nhà phụ bán hàng, không cho đi học từ đầu năm", "", "kept_from_school"],
  ["con bé bị ép gửi ảnh nóng cho một tài khoản lạ", "sexual_contact", "sexual_images"],
  ["hom qua ban be cua con toi cuoi ca buoi vi mot clip hai tren tiktok", "trafficking", ""],
  ["Ông cụ hàng xóm sờ ngực đứa cháu 9 tuổi nhà tôi rồi dặn không được kể với ai", "underage_relationship", "sexual_contact"],
];

describe("walk 29: single words are not facts", () => {
  it.each(WORDS)("%s", (text, not, keep) => {
    const flags = triageRules(text).redFlags;
    if (not) expect(flags).not.toContain(not);
    if (keep) expect(flags).toContain(keep);
  });
});

/** X odd half and walk 29, further classes (sentences of this test, in no corpus file). */
const MORE: Array<{ text: string; risk?: string; atLeast?: string; not?: string; has?: string; rules?: string }> = [
  // A threat to kill said or posted by a parent ("I'd rather kill you", "tao giết mày") is a threat to kill.
  { text: "My neighbour screamed at her 8-year-old on the balcony 'I will kill you if you cry again'", has: "death_threat" },
  { text: "Bà mẹ nhậu say rồi chửi con bé 7 tuổi: tao giết mày bây giờ", has: "death_threat" },
  // A small child's sexualised behaviour, or a teacher calling girls alone into a private room and stroking them: a suspicion (high).
  { text: "Bé trai 4 tuổi ở lớp tôi hay làm động tác người lớn với bạn, hỏi thì bé nói bác bảo vệ dạy", atLeast: "high", has: "sexual_abuse_suspected" },
  { text: "thay the duc hay keu may em nu lop 7 vao phong rieng mot minh, 1 em ke thay om roi xoa dui", atLeast: "high", has: "sexual_contact" },
  // Classmates who push a child again and again: bullying (medium), not repeated violence at home (high).
  { text: "em lớp 5, mấy bạn trong lớp ngày nào cũng xô em ngã rồi cười, hôm nay em bị trầy đầu gối", risk: "medium", rules: "medium" },
  // "No bruises" written in English in a report written with diacritics denies the injury.
  { text: "Chị hàng xóm hay nhốt đứa con trai 8 tuổi ngoài ban công cả buổi. No bruises as far as I know.", not: "confined_and_injured" },
  // An English writer's own night work ("I work night shift ... my 10-year-old") is no child labour.
  { text: "Hello, I work night shift at the hospital and my 10-year-old daughter sleeps at home twice a week without me", not: "hazardous_work" },
  // A matter told as over, rated low: no caregiver-harms-now flags.
  { text: "Hồi năm ngoái thằng cháu tôi bị ông chú ruột đánh mấy lần, xã đã vào cuộc xử lý xong, ông chú đã dọn đi nơi khác, giờ cháu ở với ông bà nội, rất ổn, tôi chỉ hỏi thêm thủ tục", risk: "low", not: "caregiver_violence" },
];

const RANK: Record<string, number> = { low: 0, medium: 1, high: 2, emergency: 3 };

describe("walk 29 and writer X: more classes", () => {
  it("is tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus(MORE.map((m) => m.text))).toEqual([]);
  });

  it.each(MORE)("$text", ({ text, risk, atLeast, not, has, rules }) => {
    const r = triageReport(text);
    if (rules) expect(triageRules(text).risk).toBe(rules);
    if (risk) expect(r.risk).toBe(risk);
    if (atLeast) expect(RANK[r.risk]).toBeGreaterThanOrEqual(RANK[atLeast]!);
    if (not) expect(r.redFlags).not.toContain(not);
    if (has) expect([...r.redFlags, ...triageRules(text).redFlags]).toContain(has);
  });

  it("grooming before any image is sent is medium by the rules (the contract), sexual images sent stay high", () => {
    expect(triageRules("Con gái tôi 13 tuổi được một anh trên Zalo rủ gặp mặt ở quán trà sữa tháng sau, con chưa gửi ảnh gì").risk).toBe("medium");
    expect(RANK[triageRules("Con gái tôi 13 tuổi đã gửi ảnh khỏa thân cho một anh trên Zalo").risk]).toBeGreaterThanOrEqual(RANK.high!);
  });

  it("'chứ không phải người nhà' sets the family aside: it is not who harms", async () => {
    const { extractReportFacts } = await import("../../../src/intake/triage/report-facts.ts");
    expect(extractReportFacts("không phải em bị, là bạn Mai nữ 12 tuổi, em là bạn của Mai chứ không phải người nhà").harmer).not.toBe("relative");
  });

  it("'dọn đi' (moved away) is no pickup, 'xe tới đón' is", () => {
    expect(triageRules("Một người đàn bà lạ hứa cho cháu 16 tuổi lên thành phố làm việc lương 20 triệu, ông chú đã dọn đi từ chiều nay").redFlags).not.toContain("transfer_soon");
  });
});
