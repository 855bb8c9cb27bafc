/**
 * More words the triage read as something they do not say (DESIGN "Triage contract": facts, negated or not):
 * - "I haven't seen any bruises", "haven't heard shouting": not seen is no injury;
 * - "tự đạp xe đi học" (rides a bike alone) is no self-harm;
 * - "chưa phát hiện trường hợp nào bị bạo hành" (an official's report of no case found) tells no harm;
 * - (control) a child made to beg for money ("bắt ra đường xin tiền", "made to beg") stays labour exploitation.
 * Controls keep what is said. Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const NOT_SEEN = [
  "My nephew is 9. I haven't seen any marks on him and haven't heard any shouting, he just seems withdrawn lately",
  "The girl upstairs is about 8; we have never noticed bruises, she only looks tired in the mornings",
];
const SEEN = ["I have seen fresh bruises on the 9-year-old's arms twice this week"];
const BIKE = [
  "Con tôi 11 tuổi tự đạp xe ra chợ, hàng xóm bảo vậy là thả rông con, có đúng không?",
  "con toi 10 tuoi tu dap xe di hoc 3km, vay co bi coi la bo mac khong",
];
const SELF_HARM = ["con bé 14 tuổi tự cắt tay mấy lần rồi"];
const NO_CASE = [
  "Báo cáo quý: thôn có 12 trẻ ở với ông bà do cha mẹ làm xa, chưa phát hiện trường hợp nào bị bạo hành",
];
// Known leftover: "đi làm xa" alone still reads as a child left with no one able to care (left_behind, medium) and the
// parents as the ones who neglect, though the report says no case was found.
const NO_CASE_LEFT_BEHIND = ["xa bao cao co 20 tre co cha me di lam xa, khong phat hien truong hop tre bi bo mac"];
const BEGGING = [
  "Bà nội bắt thằng cháu 9 tuổi ra bến xe xin tiền từ sáng tới tối, không cho đi học",
  "the two kids next door, 7 and 9, are made to beg at the market every day instead of school",
];

describe("words read as what they do not say", () => {
  it("are tested on sentences in no corpus file", () => {
    expect(inSomeCorpus([...NOT_SEEN, ...SEEN, ...BIKE, ...SELF_HARM, ...NO_CASE, ...NO_CASE_LEFT_BEHIND, ...BEGGING])).toEqual([]);
  });
  it.each(NOT_SEEN)("not seen is no injury: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("injury");
    expect(extractReportFacts(text).injury).toBeNull();
  });
  it.each(SEEN)("seen is: %s", (text) => {
    expect(triageReport(text).redFlags).toContain("injury");
    expect(extractReportFacts(text).injury).not.toBeNull();
  });
  it.each(BIKE)("riding a bike alone is no self-harm: %s", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("self_harm");
    expect(t.category).not.toBe("self_harm");
  });
  it.each(SELF_HARM)("cutting oneself still is: %s", (text) => {
    expect(triageReport(text).redFlags).toContain("self_harm");
  });
  it.each(NO_CASE)("no case found is a low report: %s", (text) => {
    const t = triageReport(text);
    expect(t.risk).toBe("low");
    expect(t.redFlags).not.toContain("caregiver_is_abuser");
  });
  it.each(NO_CASE_LEFT_BEHIND)("no case found denies the harm it names: %s", (text) => {
    expect(triageReport(text).reasonsEn.join(" ")).toContain("is negated");
  });
  it.fails.each(NO_CASE_LEFT_BEHIND)("(known leftover: parents away read as neglect) no case found is a low report: %s", (text) => {
    expect(triageReport(text).risk).toBe("low");
  });
  // Controls (they held before): begging told plainly is labour exploitation.
  it.each(BEGGING)("a child made to beg is labour exploitation: %s", (text) => {
    expect(triageReport(text).category).toBe("labour_exploitation");
  });
});
