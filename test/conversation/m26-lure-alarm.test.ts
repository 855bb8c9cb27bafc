/**
 * Second read of C42: a "yes" or an answer typed with "đừng nói với ai" is kept (the privacy paragraph is added), a child already with
 * the person met online gets the 113 alarm (not "do not go"), a beating now is no online lure, a harmer who "found" the child then hurt
 * them stays the harmer, "when police come he ..." is a statement, and "khi nào công an tới?" on a knife threat is "call 113 now".
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";
import { LURE, firstReplies } from "./m26-helpers.ts";

const h = realCoreHarness("m26-lure-alarm");

describe("1, 2: the online-meeting advice never stands in for the 113 alarm", () => {
  it.each([
    ["em 13 tuổi, em đang đi gặp anh quen trên mạng, ảnh bắt em lên xe rồi, em sợ quá"],
    ["e 12t, thang quen tren fb hen e ra gap, gio no dang keo e di, e so qua"],
    ["con gái tôi 13 tuổi đi gặp bạn trai quen qua mạng từ chiều, giờ gọi không nghe máy"],
    ["my 14 year old went to meet a guy from snapchat tonight and now she isn't picking up"],
    ["ba em chơi game thua là đánh em, giờ ba đang đánh em, em muốn gặp mẹ, em 11 tuổi"],
    ["bo em dang danh em vi em choi game, em muon gap ba noi, em 10 tuoi"],
  ])("'%s': 113 first, no 'do not go'", async (story) => {
    const replies = await firstReplies(h, story);
    const urgent = replies.filter((r) => r.urgent).map((r) => r.text).join("\n");
    expect(urgent).toMatch(/113/);
    expect(all(replies)).not.toMatch(LURE);
  });
  // No alarm in either tree yet for this one (a child held now, told only in English): at least no "do not go".
  it("'im 13, im at his place now, ... he wont let me leave': no 'do not go'", async () => {
    expect(all(await firstReplies(h, "im 13, im at his place now, a guy from discord wanted me to come over and now he wont let me leave"))).not.toMatch(LURE);
  });
  it("an adult who saw a clip on facebook and wants to meet an officer: no lure advice", async () => {
    expect(all(await firstReplies(h, "tôi thấy trên facebook clip ông bố đánh con 6 tuổi dã man, tôi muốn gặp cán bộ để báo"))).not.toMatch(LURE);
  });
  it.each([
    ["anh quen trên mạng hẹn em mai ra gặp, bảo đừng nói ai"],
    ["a guy from tiktok wants me to come to his place tomorrow"],
    ["e 13t, a quen tren mang hen e toi nay ra cong truong gap, e co nen di ko"],
    ["con gái tôi 14 tuổi, có thằng quen qua zalo rủ cháu cuối tuần lên thành phố chơi"],
  ])("near miss '%s': still the lure advice", async (story) => {
    expect(all(await firstReplies(h, story))).toMatch(LURE);
  });
});
