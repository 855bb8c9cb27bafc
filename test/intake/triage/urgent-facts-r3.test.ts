/**
 * Urgent facts the triage contract names as emergencies (DESIGN.md "Triage contract": a stated intent or plan to die;
 * danger now, tonight or by tomorrow; a threat to kill; violence just done with an injury that needs care, a child
 * injured without care; sexual abuse where the person has access to the child tonight), said in the other words a
 * retrain's lost emergencies used (README, 6 December, R2 step 2): a decision to die today, a beating promised in other
 * words, a bare threat to kill in quotes, a wound left untreated said another way, a relative who abuses and lives in
 * the same house. They are floors: they hold whatever the model says (here a model that says "high" or "medium" to
 * everything, with no safety flags of its own), and only raise. Denied, past, over, hypothetical or joking, they do not
 * fire. Also two readings the retrain got wrong: a promise never to try again is no intent now, and Southern "hông"
 * (không) is not the hip, nor the hip "không". Every sentence was written for this test.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { intentToDie, triageReport } from "../../../src/intake/triage/triage-model.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

const DECIDED_TODAY = [
  "Con gái tôi 14 tuổi nhắn cho bạn thân: tao quyết rồi, chiều nay tan học tao làm, không ai cần tao nữa",
  "em quyet roi, toi nay ca nha ngu het em lam luon, ai cung ghet em",
  "My son, 15, told his friend he has decided to do it after school today, he says nobody would miss him",
  "Bé lớp 9 viết trong nhật ký là em quyết định rồi, hôm nay em sẽ làm thật, em mệt mỏi với cuộc sống này lắm",
];
const DECIDED_NOT_TODAY = [
  // Over and safe.
  "Năm ngoái cháu từng nhắn là quyết rồi, tối đó sẽ làm, nhưng được can kịp, giờ cháu đã ổn rồi",
  // No despair, no dying: a decision about homework.
  "em quyết rồi, chiều nay tan học em làm bài tập xong mới đi đá bóng",
  "She has decided to do it after school today: her science project, she is really excited",
  // A hypothetical asked by a teacher.
  "Nếu học sinh nhắn là em quyết rồi, tối nay em làm, không ai cần em nữa, thì giáo viên phải làm gì?",
];

const BEATING_PROMISED = [
  "Ông dượng quất thằng nhỏ bằng dây nịt bầm hết lưng, còn quát mai còn đánh nữa cho chừa",
  "Mẹ kế đánh con bé sưng mặt, hăm tối nay còn đánh nữa",
  "Her stepfather beat her with a belt last night, and tomorrow he'll beat her again, he told her so",
  "tomorrow she'll hit him again, his mother said after slapping the boy until his nose bled",
];
const BEATING_NOT_PROMISED = [
  // Said not to.
  "Bố cháu đánh cháu hôm qua nhưng đã hứa mai không đánh nữa, mẹ cháu đang theo dõi",
  // Over: the commune dealt with it.
  "Tháng trước ông ấy đánh con và dọa mai còn đánh, công an xã đã xử lý xong, giờ cháu ở với bà ngoại an toàn",
  // A hypothetical.
  "Nếu mai còn đánh thằng bé thì tôi nên gọi ai?",
];

const THREAT_IN_QUOTES = [
  // "xử" alone is "deal with" ('tao xử mày luôn' of a sibling or a parent, f3a-second-reading.test.ts); "xử chết" is to kill.
  "Gã bồ của mẹ con bé 7 tuổi túm cổ nó gằn giọng 'tao xử chết mày' rồi lôi vào buồng đóng cửa",
  "The boyfriend had the 6-year-old pinned against the wall and kept shouting \"finish him\" at his friend",
];
const NOT_A_THREAT = [
  // A fighting game.
  "Con trai tôi 11 tuổi chơi game đối kháng cả tối, cứ hét \"finish him\" inh ỏi, tôi lo nó nghiện game",
  // A matter to handle, not a threat.
  "Cô giáo nói 'để cô xử lý chuyện này' sau khi hai bạn cãi nhau trong lớp",
  // A joke.
  "Mẹ nó hay nói đùa 'tao xử mày' mỗi lần nó ăn vụng bánh, cả nhà cười",
];

const UNTREATED = [
  "Bé trai 6 tuổi bị bố dí tàn thuốc lên tay hôm qua, vết bỏng phồng rộp chảy nước, chưa được xử lý y tế gì",
  "Con bé bị mẹ kế quất roi rách da bắp chân mấy hôm trước, vết thương nhiễm trùng sưng đỏ mà chưa ai đưa đi khám",
  "Sáng nay giáo viên phát hiện em học sinh 9 tuổi bị rách đầu do cha đánh tối qua, máu còn rỉ, đề nghị đưa em đi khám ngay",
];
const TREATED_OR_NO_INJURY = [
  // Treated.
  "Cháu bị bố đánh rách môi tuần trước, đã được xử lý y tế ở trạm xá, giờ đã lành",
  // No injury: an eye test.
  "Cô giáo đề nghị đưa cháu đi khám mắt vì cháu nhìn bảng không rõ, cháu vẫn ngoan",
  // Over and healed.
  "Vết thương nhiễm trùng năm ngoái của cháu đã được chữa khỏi, nhà đã chuyển đi nơi khác",
];

const ABUSER_IN_THE_HOUSE = [
  "Ông chú ruột hay sờ vào vùng kín của con bé 8 tuổi mỗi lần nó ngủ trưa, cả nhà ở chung trong căn nhà ba gian",
  "My husband's brother has been touching our 7-year-old daughter in the bathroom, and we all share one house",
];
const NOT_IN_THE_HOUSE = [
  // Moved out.
  "Ông chú từng sờ soạng bé hồi năm ngoái, giờ ông đã chuyển vào Nam, không còn ở chung nữa",
  "Anh họ từng có hành vi đồi bại với con bé, nay anh ta đã dọn ra ở riêng, không còn sống chung trong nhà",
];
/** A home where nothing happened: a question of procedure. */
const NOTHING_HAPPENED = "Cả nhà ở chung với ông bà nội, không ai làm gì bé cả, tôi chỉ muốn hỏi thủ tục làm giấy khai sinh";

const PROMISE_NEVER_AGAIN = [
  "Sau khi được cô tư vấn, con bé hứa với mẹ là sẽ không bao giờ tự tử nữa",
  "thằng bé đã hứa với thầy là không bao giờ nghĩ tới chuyện tự sát nữa, giờ nó đi học đều",
];

describe("urgent facts said in other words (R3)", () => {
  it("are tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus([...DECIDED_TODAY, ...DECIDED_NOT_TODAY, ...BEATING_PROMISED, ...BEATING_NOT_PROMISED, ...THREAT_IN_QUOTES, ...NOT_A_THREAT, ...UNTREATED, ...TREATED_OR_NO_INJURY, ...ABUSER_IN_THE_HOUSE, ...NOT_IN_THE_HOUSE, NOTHING_HAPPENED, ...PROMISE_NEVER_AGAIN])).toEqual([]);
  });

  it.each(DECIDED_TODAY)("a decision to die today, with despair told, is a stated intent: an emergency: %s", (text) => {
    expect(intentToDie(text).stated).not.toBeNull();
    const r = triageReport(text, {}, modelThatSays("high"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("stated_intent_to_die");
  });

  it.each(DECIDED_NOT_TODAY)("a decision that is over, about something else or asked as a hypothetical states no intent: %s", (text) => {
    expect(intentToDie(text).stated).toBeNull();
    expect(triageReport(text, {}, modelThatSays("medium")).risk).not.toBe("emergency");
  });

  it.each(BEATING_PROMISED)("a beating promised for tomorrow in other words is danger by tomorrow: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("high", "physical_violence"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("beating_promised_soon");
  });

  it.each(BEATING_NOT_PROMISED)("a beating said not to come, over, or asked as 'if' raises nothing: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("medium", "physical_violence"));
    expect(r.redFlags).not.toContain("beating_promised_soon");
    expect(r.risk).not.toBe("emergency");
  });

  it.each(THREAT_IN_QUOTES)("a bare threat to kill, quoted, at a child is a threat to kill: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("high", "physical_violence"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("threat_to_kill");
  });

  it.each(NOT_A_THREAT)("a game's shout, a matter to handle or a joke is no threat to kill: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("medium"));
    expect(r.redFlags).not.toContain("threat_to_kill");
    expect(r.risk).not.toBe("emergency");
  });

  it.each(UNTREATED)("an injury that needs care, left without it, is an emergency: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("high", "physical_violence"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("injury_without_care");
  });

  it.each(TREATED_OR_NO_INJURY)("a treated or healed injury, or a check-up with no injury, raises nothing: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("medium", "physical_violence"));
    expect(r.redFlags).not.toContain("injury_without_care");
    expect(r.risk).not.toBe("emergency");
  });

  it.each(ABUSER_IN_THE_HOUSE)("a relative who sexually abuses and lives in the same house has access tonight: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("high", "sexual_abuse"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("sexual_abuser_has_access");
  });

  it.each(NOT_IN_THE_HOUSE)("one who moved out raises nothing: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("medium", "sexual_abuse"));
    expect(r.redFlags).not.toContain("sexual_abuser_has_access");
    expect(r.risk).not.toBe("emergency");
  });

  it("a household where nothing happened, asked about a procedure, raises nothing", () => {
    const r = triageReport(NOTHING_HAPPENED, {}, modelThatSays("medium"));
    expect(r.redFlags).not.toContain("sexual_abuser_has_access");
    expect(r.risk).not.toBe("emergency");
  });

  it.each(PROMISE_NEVER_AGAIN)("a promise never to try again is no intent to die now, for the floor and for the rules' flag: %s", (text) => {
    expect(intentToDie(text).stated).toBeNull();
    expect(triageRules(text).redFlags).not.toContain("self_harm_intent");
    expect(triageRules(text).risk).not.toBe("emergency");
  });
});

describe("Southern 'hông' (không) and the hip", () => {
  it.each([
    "Ông ba say rượu đá vào hông thằng con 9 tuổi, nó đau hông đi cà nhắc",
    "con nhỏ bị má kế đạp vô hông té xuống bậc thềm, hông bầm một mảng",
  ])("a kick to the hip is physical violence by the rules: %s", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    const r = triageRules(text);
    expect(r.category).toBe("physical_violence");
    expect(r.risk).not.toBe("low");
  });

  it.each([
    "con nhỏ mười bốn tuổi hông nói muốn chết, nó chỉ buồn chuyện thi cử",
    "thằng bé hông có đánh ai hết, tụi nhỏ chơi giỡn thôi",
  ])("'hông' before a verb is 'không': no intent, no violence: %s", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    expect(intentToDie(text).stated).toBeNull();
    expect(triageRules(text).risk).not.toBe("emergency");
    expect(triageRules(text).category).not.toBe("physical_violence");
  });
});
