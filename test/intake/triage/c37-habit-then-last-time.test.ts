/**
 * C37: a harm told as a habit and then the last time it happened ("hay đánh nó, hôm qua còn đánh gãy tay"): the time of the harm
 * read back is the last time told (yesterday, this morning), and the habit stays among the times told. A day named for something
 * else (a talk, finding out, seeing the marks) or a harm denied that day does not replace the habit; now and tonight still come first.
 * A weekday "rồi" (last Sunday) is recent.
 * A harm said in the English present with no time named ("my stepmother locks me in") is a habit; with a time named, that time.
 * Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

const LAST_TIME: Array<[string, string]> = [
  ["Bố dượng hay đánh nó, hôm qua còn đánh gãy tay nó.", "recent"],
  ["bo duong hay danh no, hom qua con danh gay tay no", "recent"],
  ["Mẹ kế thường bắt em nhịn đói, sáng nay lại tát em.", "today"],
  ["He often hits her with a belt, and last night he beat her until she bled.", "recent"],
  ["Thằng anh suốt ngày bắt nạt em gái, hôm kia nó xô con bé ngã vào cạnh bàn.", "recent"],
];
const HABIT_STAYS: Array<[string, string]> = [
  ["Thằng lớn hay đánh em nó, hôm qua tôi có nói chuyện với bố mẹ nó.", "repeated"],
  ["Bố hay đánh em lắm, hôm qua thì bố không đánh.", "repeated"],
  ["Ông chú hay sờ soạng con bé, sáng nay tôi mới phát hiện ra chuyện đó.", "repeated"],
  ["Bà ấy hay đánh thằng nhỏ, hôm nay tôi thấy nó bị bầm tím cả lưng.", "repeated"],
  ["Chồng tôi hay đánh con khi say, tối nay anh ấy lại uống rượu rồi đánh con.", "tonight"],
  ["Ông ấy hay đánh thằng bé, hôm qua lại đánh, giờ ông ấy đang đánh nó ngoài sân.", "now"],
];

// A harm told in the English present: a habit, with no other time said.
const HABIT_TOLD: string[] = [
  "My stepmother locks me in the bathroom when she is angry. I am 12.",
  "The boys' coach touches them in the changing room, my son is 11.",
];
const ONCE_OR_NONE: Array<[string, string | null]> = [
  ["Chủ nhật rồi ông hàng xóm sờ soạng con bé lúc nó sang chơi, nó mới 7 tuổi.", "recent"],
  ["thu 7 roi bo duong danh no bam tim, no 9 tuoi", "recent"],
  ["My dad hit me with a belt yesterday. I am 13.", "recent"],
  ["His mum locks him out on the balcony as punishment, last night it was raining hard.", "recent"],
  ["If my stepdad hits me again I will run away.", null],
];

describe("a habit and the last time it happened", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...LAST_TIME, ...HABIT_STAYS, ...ONCE_OR_NONE].map(([t]) => t).concat(HABIT_TOLD))).toEqual([]);
  });

  it.each(HABIT_TOLD)("a habit: %s", (text) => {
    expect(extractReportFacts(text).when).toBe("repeated");
  });

  it.each(ONCE_OR_NONE)("once, now, or an 'if': %s -> %s", (text, when) => {
    expect(extractReportFacts(text).when).toBe(when);
  });

  it.each(LAST_TIME)("the last time told is when: %s -> %s", (text, when) => {
    const f = extractReportFacts(text);
    expect(f.when).toBe(when);
    expect(f.times).toContain("repeated");
  });

  it.each(HABIT_STAYS)("a day of no harm does not replace the habit, now and tonight come first: %s -> %s", (text, when) => {
    expect(extractReportFacts(text).when).toBe(when);
  });
});
