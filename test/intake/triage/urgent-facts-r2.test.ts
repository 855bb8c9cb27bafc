/**
 * Urgent facts the triage contract names as emergencies (DESIGN.md "Triage contract": danger now, tonight or by
 * tomorrow; sexual abuse where the person has access to the child tonight; a weapon or a threat to kill; a forced
 * marriage or sextortion with a deadline today, tonight or tomorrow), said the ways a retrain's lost emergencies said
 * them (README, 6 December, stop 39): Central and Southern words for tonight and today, English, a beating promised
 * for tomorrow, a suspect who has the child again tomorrow, sticks carried at a child now. They are floors: they hold
 * whatever the model says (here a model that says "high" to everything, with no safety flags of its own), and only
 * raise. Told as denied, past, over or a hypothetical, they do not fire. Every sentence was written for this test.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const TONIGHT_IN_CENTRAL_SPEECH = [
  "Thằng nớ có hình khỏa thân của con gái tui, hắn dọa tối ni không chuyển 3 triệu thì tung lên nhóm lớp",
  "thang no co anh nong cua con gai tui, no doa dem ni khong chuyen tien thi tung len nhom lop",
  "Chiều ni nhà trai tới rước con Lan 14 tuổi về làm vợ, con nhỏ khóc mà ba nó vẫn gả",
  "bua ni nha trai qua dan con be 15 tuoi ve lam vo, no khong chiu cuoi",
];
const HARMER_HOME_NOW_IN_ENGLISH = [
  "My stepdad comes into my bed at night and touches me. He's in the living room now and mum is asleep.",
  "my step father has been touching my little sister, he is home right now and our mum is asleep",
];
const THREAT_TO_KILL_IN_ENGLISH = [
  "The man next door keeps shouting that he will finish him, the boy is 8 and hiding in our yard",
  "Her father hit her again and told her I'll kill her if you go to the police",
];
const BEATING_PROMISED_FOR_TOMORROW = [
  "Bố nó lấy roi quất thằng bé rớm máu cả chân, còn chửi mai tao đánh tiếp",
  "his mum beat him with a broom handle tonight and says she will beat him again tomorrow",
];
const SUSPECT_WITH_THE_CHILD_TOMORROW = [
  "Tôi nghi ông bác sờ mó con bé 6 tuổi, mà ngày mai con bé lại ở với ông ấy cả buổi",
  "I suspect the coach abuses my 10 year old nephew, and he is staying alone with him tomorrow night",
];
const WEAPON_AT_THE_CHILD_NOW = [
  "Mấy thằng thanh niên đang cầm gậy gộc đứng đợi thằng bé 13 tuổi trước cổng nhà, hăm đánh nó",
  "A group of older boys are outside the school gate right now with sticks waiting for my son, 12",
];
const NOT_URGENT = [
  // Denied: the deadline is over, the images deleted.
  "Hồi năm ngoái có đứa dọa tung ảnh con bé, tối ni thì không còn gì, công an đã xử lý xong",
  // A marriage talked of for next year.
  "Nhà trai nói sang năm mới rước con bé về, chiều ni chỉ qua chơi thôi, chưa có cưới hỏi chi",
  // A threat to kill told as long past and over.
  "Two years ago her uncle said he would finish him, but he moved away and the family is fine now",
  // A hypothetical.
  "Nếu mai ông ấy đánh tiếp thì tôi phải gọi số nào?",
  // A weapon in a story of long ago.
  "Hồi trước mấy thằng trong xóm từng cầm gậy gộc rượt thằng bé, giờ tụi nó đi làm xa hết rồi, cháu ổn",
];

const BULLIES_PROMISE = "Mấy đứa lớp 8 đấm thằng Tí chảy máu môi ở sân trường, tụi nó nói mai đánh tiếp";

describe("urgent facts read in Central speech, English and as promises for tomorrow", () => {
  it("are tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus([...TONIGHT_IN_CENTRAL_SPEECH, ...HARMER_HOME_NOW_IN_ENGLISH, ...THREAT_TO_KILL_IN_ENGLISH, ...BEATING_PROMISED_FOR_TOMORROW, ...SUSPECT_WITH_THE_CHILD_TOMORROW, ...WEAPON_AT_THE_CHILD_NOW, ...NOT_URGENT, BULLIES_PROMISE])).toEqual([]);
  });

  it.each(TONIGHT_IN_CENTRAL_SPEECH)("a deadline or a wedding 'tối ni', 'đêm ni', 'chiều ni', 'bữa ni' is today: an emergency: %s", (text) => {
    expect(triageReport(text, {}, modelThatSays("high")).risk).toBe("emergency");
  });

  it.each(HARMER_HOME_NOW_IN_ENGLISH)("a sexual abuser in the house now, said in English, is an emergency: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("high"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("sexual_abuser_has_access");
  });

  it.each(THREAT_TO_KILL_IN_ENGLISH)("a threat to kill the child said in English is an emergency: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("high"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("threat_to_kill");
  });

  it.each(BEATING_PROMISED_FOR_TOMORROW)("a beating promised for tomorrow is danger by tomorrow: an emergency: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("high"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("beating_promised_soon");
  });

  it.each(SUSPECT_WITH_THE_CHILD_TOMORROW)("a suspected sexual abuser who has the child again tonight or tomorrow is an emergency: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("high"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("sexual_abuser_access_soon");
  });

  it.each(WEAPON_AT_THE_CHILD_NOW)("sticks or knives carried at a child now are an emergency: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("high"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("weapon_now");
  });

  it("a promise among pupils to fight again tomorrow is bullying, not a beating promised by the one who beats the child", () => {
    const r = triageReport(BULLIES_PROMISE, {}, modelThatSays("high", "bullying"));
    expect(r.redFlags).not.toContain("beating_promised_soon");
    expect(r.risk).toBe("high");
  });

  it.each(NOT_URGENT)("denied, past, over or hypothetical, the same words raise nothing: %s", (text) => {
    expect(triageReport(text, {}, modelThatSays("medium")).risk).not.toBe("emergency");
  });
});
