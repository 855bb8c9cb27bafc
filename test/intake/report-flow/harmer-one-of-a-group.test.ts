/**
 * The one who harms named as one of a group the writer tells of: "one of the boys I coach", "một đứa trong đội tôi dạy",
 * "thằng bạn cùng lớp của cháu", "one of my students". The harmer is that child (another child: "peer"), not the coach or
 * teacher who writes, and not missing.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "../../conversation/real-core-harness.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

const { walk, draftOf } = realCoreHarness("group-harmer");

/** Story, and a word the harmer's quote must hold (the group's member, not the writer's role). */
const STORIES: Array<[string, RegExp]> = [
  ["One of the boys I coach touched a 9-year-old girl in the changing room yesterday.", /boys/i],
  ["A boy on the football team I train punched a younger kid, 8, and split his lip today.", /boy/i],
  ["I teach grade 6. One of my students keeps hitting a smaller boy, 11, and took his money.", /students/i],
  ["Một đứa trong đội bóng tôi dạy đã sờ vào vùng kín của bé gái 8 tuổi hôm qua.", /đứa/],
  ["mot dua trong doi toi day danh em nho 7 tuoi bam mat", /dua/],
  ["Tôi là giáo viên chủ nhiệm, một thằng trong lớp tôi đánh bạn nữ 11 tuổi gãy răng.", /thằng/],
  ["thằng bạn cùng lớp của cháu đánh cháu chảy máu đầu hôm nay, cháu 10 tuổi", /bạn cùng lớp/],
  ["thang ban cung lop cua chau danh chau chay mau dau hom nay, chau 10 tuoi", /ban cung lop/],
];

describe("a harmer who is one of a group the writer tells of", () => {
  it.each(STORIES)("the fact module reads «%s» as harmed by another child", (story, quote) => {
    const f = extractReportFacts(story);
    expect(f.harmer).toBe("peer");
    expect(f.harmerQuote ?? "").toMatch(quote);
  });

  it.each(STORIES.slice(0, 6))("the conversation keeps another child as the one who harms in «%s»", async (story) => {
    const r = await walk(story);
    expect(draftOf(r.chatId)?.harmer).toBe("peer");
  });

  it.each([
    ["I coach a junior football team. One of my players, 12, shows up with belt marks on his legs and says his father does it.", "father"],
    ["I'm a tutor. The father of one of my students slaps him on the head every time he gets an answer wrong.", "father"],
    ["Một đứa trong lớp tôi chủ nhiệm bị dượng đánh bầm lưng.", "stepfather"],
  ])("one of the group who is the child harmed, in «%s», leaves the harmer to whoever does it", (story, who) => {
    expect(extractReportFacts(story).harmer).toBe(who);
  });
});
