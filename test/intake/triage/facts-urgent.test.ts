/**
 * The facts that make a report urgent, read in the many ways people write them, and not read where
 * the words deny them: an injury ("không chảy máu" is no injury), a child alone or lost, care left
 * undone, the person who harms still coming (said with a pronoun when no relation is named), a
 * threat to kill, a plan or date to die. The threat and the plan are emergencies the triage
 * contract names, so they hold whatever the model says. The sentences were written for this test
 * and are in no corpus file (checked below).
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const NO_INJURY = [
  "Bé 6 tuổi bị bố đánh nhưng không chảy máu, cũng không có vết bầm",
  "be 7t bi me tat, ko thay bam gi, chi khoc thoi",
  "He slapped her but there were no bruises and no bleeding",
];
const INJURY = [
  "thằng bé bị đánh sưng vù một bên mặt",
  // "nó" typed without diacritics is "no": not a denial.
  "no bi bo danh chay mau mui",
  "Cha nó đánh nó chảy máu đầu",
  "con bé đi cà nhắc từ hôm bị chú đạp",
  "she has a split lip and a black eye after he hit her",
];
const ALONE = [
  "Có bé khoảng 3 tuổi đi lạc ở chợ Đông Ba, khóc tìm mẹ nãy giờ",
  "thay 1 be tam 4t lang thang mot minh ngoai duong luc nua dem",
  "there's a toddler wandering the street by the market with no one around",
];
const NOT_ALONE = [
  "Tôi nuôi con một mình, bé 5 tuổi hay bị bạn cùng lớp trêu",
  "Bé không ở nhà một mình đâu, có bà nội trông",
];
const ACCESS_BY_PRONOUN = [
  "Ông tổ trưởng dân phố sờ mó con gái tôi 10 tuổi tuần rồi, giờ ổng vẫn lui tới nhà tôi",
  "a man from church touched my 9 year old son last Sunday and he still comes over every week",
];
const NOT_ACCESS = [
  // The writer lives next door, not the one who harms.
  "Tôi ở sát vách nhà bé, hôm qua thấy chú nó sàm sỡ bé 9 tuổi",
  // Gone.
  "Gã hàng xóm sờ soạng cháu tôi 8 tuổi, nay hắn đã dọn đi nơi khác",
];
const THREAT = [
  "Ông dượng dọa giết thằng bé 9 tuổi nếu nó mách mẹ",
  "bo no cam dao duoi theo doa chem thang be 12t",
  "her stepdad threatened to kill her if she tells anyone, she is 11",
];
const NOT_THREAT = [
  "Bé 10 tuổi bị thầy phạt đứng, thầy nói đánh chết tôi cũng không tin em làm bài",
];
const PLAN = [
  "Con gái tôi 15 tuổi để lại thư tuyệt mệnh trên bàn học, sáng nay không thấy đâu",
  "ban em 14t post story 'bye mn, chu nhat nay la ngay cuoi cung cua t', em lo qua",
  "my 14yo son wrote a suicide note and has been saving up pills in his drawer",
];
const PLAN_PAST = [
  "Năm ngoái cháu 14 tuổi viết thư tuyệt mệnh, giờ đã ổn, đi học bình thường, tôi chỉ hỏi cách theo dõi",
];

describe("the facts that make a report urgent", () => {
  it("are tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus([...NO_INJURY, ...INJURY, ...ALONE, ...NOT_ALONE, ...ACCESS_BY_PRONOUN, ...NOT_ACCESS, ...THREAT, ...NOT_THREAT, ...PLAN, ...PLAN_PAST])).toEqual([]);
  });

  it.each(NO_INJURY)("an injury the text denies is not read: %s", (text) => {
    expect(extractReportFacts(text).injury).toBeNull();
  });

  it.each(INJURY)("an injury told in everyday words is read: %s", (text) => {
    expect(extractReportFacts(text).injury).not.toBeNull();
  });

  it.each(ALONE)("a child lost or alone is read: %s", (text) => {
    expect(extractReportFacts(text).alone).toBe(true);
  });

  it.each(NOT_ALONE)("a parent raising a child alone, or a child said not to be alone, is not a child alone: %s", (text) => {
    expect(extractReportFacts(text).alone).toBe(false);
  });

  it.each(ACCESS_BY_PRONOUN)("the one who harms still coming, said with a pronoun, is access: an emergency for sexual abuse: %s", (text) => {
    expect(extractReportFacts(text).harmerAccess).toBe(true);
    const r = triageReport(text, {}, modelThatSays("high"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("sexual_abuser_has_access");
  });

  it.each(NOT_ACCESS)("the writer living next door, or the one who harms gone, is not access: %s", (text) => {
    expect(extractReportFacts(text).harmerAccess).toBe(false);
    expect(triageReport(text, {}, modelThatSays("high")).redFlags).not.toContain("sexual_abuser_has_access");
  });

  it.each(THREAT)("a threat to kill the child is an emergency whatever the model says: %s", (text) => {
    expect(extractReportFacts(text).threatToKill).toBe(true);
    const r = triageReport(text, {}, modelThatSays("medium"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("threat_to_kill");
  });

  it.each(NOT_THREAT)("a figure of speech is not a threat: %s", (text) => {
    expect(extractReportFacts(text).threatToKill).toBe(false);
    expect(triageReport(text, {}, modelThatSays("medium")).redFlags).not.toContain("threat_to_kill");
  });

  it.each(PLAN)("a plan, a date or a means to die is an emergency whatever the model says: %s", (text) => {
    expect(extractReportFacts(text).planToDie).toBe(true);
    const r = triageReport(text, {}, modelThatSays("medium", "self_harm"));
    expect(r.risk).toBe("emergency");
  });

  it.each(PLAN_PAST)("a plan told as past and over is not an emergency: %s", (text) => {
    expect(triageReport(text, {}, modelThatSays("medium", "self_harm")).risk).not.toBe("emergency");
  });
});
