/**
 * Issue 13, the hand walk of c23, facts and flags read wrong, told in sentences written for this test: a length of time up to now
 * ("4 ngày rồi", "3 hôm nay", "for three days") is when the harm is happening (recent), never today; a burn at work or harm in
 * words is no severe violence (who did what), while a burn someone gave stays one.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const UP_TO_NOW: Array<[string, RegExp]> = [
  ["Thằng bé nhà sau bị cha dượng đuổi ra ngoài, 4 ngày rồi nó ngủ ở hiên chùa", /4 ngày rồi/],
  ["con nho hang xom bi me bo mac 3 hom nay, khong ai nau com", /3 hom nay/],
  ["Bé gái lớp 2 bị cô bảo mẫu nhốt trong kho, chuyện này được một tuần rồi", /một tuần rồi/],
  ["The boy across the road has been sleeping in the shed for three days now, his uncle locked him out", /three days now/],
];

const BURN_AT_WORK = [
  "Em trai 13 tuổi phụ việc ở lò bánh, bị bỏng cánh tay do khay nóng, chủ bắt làm từ 4 giờ sáng",
  "con bé 14 tuoi lam o xuong may bi bong tay vi ban ui, ngay nao cung lam toi 10 gio dem",
  "A 15-year-old working night shifts at a noodle factory got burned by steam on his arm last week",
];
const WORDS_NOT_BLOWS = [
  "Mẹ kế hành hạ tinh thần bé Thảo 10 tuổi, ngày nào cũng chê bai, bắt quỳ xin lỗi",
  "bo no danh dap bang loi noi, chui no la do bo di suot ngay, no 12 tuoi",
];
const BURNS_GIVEN = [
  "Bố dượng lấy điếu thuốc dí vào tay bé 9 tuổi, bé bị bỏng mấy chỗ",
  "Mẹ kế hắt nước sôi vào lưng thằng bé 7 tuổi hôm qua",
];

describe("c23: a length of time up to now, and a burn that no one gave", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...UP_TO_NOW.map(([t]) => t), ...BURN_AT_WORK, ...WORDS_NOT_BLOWS, ...BURNS_GIVEN])).toEqual([]);
  });

  it.each(UP_TO_NOW)("«%s» is read as going on up to now (recent), with the words said", (text, quote) => {
    const f = extractReportFacts(text);
    expect(f.when).toBe("recent");
    expect(f.times).not.toContain("today");
    expect(f.whenQuote ?? "").toMatch(quote);
  });

  it("a count of days still ahead is no time of the harm", () => {
    expect(extractReportFacts("3 ngày nữa mẹ nó mới về").when).toBeNull();
  });

  it.each(BURN_AT_WORK)("a burn at work is an injury at work, not severe violence: «%s»", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("violence_severe");
    expect(t.category).toBe("labour_exploitation");
  });

  it.each(WORDS_NOT_BLOWS)("harm in words is not severe physical violence: «%s»", (text) => {
    expect(triageReport(text).redFlags).not.toContain("violence_severe");
  });

  it.each(BURNS_GIVEN)("a burn someone gave the child stays severe violence: «%s»", (text) => {
    expect(triageReport(text).redFlags).toContain("violence_severe");
  });
});
