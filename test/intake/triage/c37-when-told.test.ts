/**
 * C37: when a harm was, as people write it. A weekday with "rồi" ("chủ nhật rồi", "thu 7 roi": last Sunday, last Saturday) is a
 * recent time. A habit stays a habit when another day is named for something else (a talk, finding out) or a harm is denied that
 * day; now and tonight still come first. A harm said in the English present with no time named ("my stepmother locks me in") is
 * left unread: a habit, or now (the conversation asks). Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

const WEEKDAY_PAST: string[] = [
  "Chủ nhật rồi ông hàng xóm sờ soạng con bé lúc nó sang chơi, nó mới 7 tuổi.",
  "thu 7 roi bo duong danh no bam tim, no 9 tuoi",
];
const HABIT_STAYS: Array<[string, string]> = [
  ["Thằng lớn hay đánh em nó, hôm qua tôi có nói chuyện với bố mẹ nó.", "repeated"],
  ["Bố hay đánh em lắm, hôm qua thì bố không đánh.", "repeated"],
  ["Ông chú hay sờ soạng con bé, sáng nay tôi mới phát hiện ra chuyện đó.", "repeated"],
  ["Chồng tôi hay đánh con khi say, tối nay anh ấy lại uống rượu rồi đánh con.", "tonight"],
  ["Ông ấy hay đánh thằng bé, hôm qua lại đánh, giờ ông ấy đang đánh nó ngoài sân.", "now"],
];
const PRESENT_UNREAD: string[] = [
  "My stepmother locks me in the bathroom when she is angry. I am 12.",
  "The boys' coach touches them in the changing room, my son is 11.",
];

describe("when a harm was", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...WEEKDAY_PAST, ...HABIT_STAYS.map(([t]) => t), ...PRESENT_UNREAD])).toEqual([]);
  });

  it.each(WEEKDAY_PAST)("a weekday with 'rồi' is recent: %s", (text) => {
    expect(extractReportFacts(text).when).toBe("recent");
  });

  it.each(HABIT_STAYS)("a habit, or now and tonight first: %s -> %s", (text, when) => {
    expect(extractReportFacts(text).when).toBe(when);
  });

  it.each(PRESENT_UNREAD)("the English present alone is not read as a time: %s", (text) => {
    expect(extractReportFacts(text).when).toBeNull();
  });
});
