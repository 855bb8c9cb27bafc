/**
 * C42, defect 4: a young person who says someone they know only online wants to meet them ("a guy from tiktok wants me to come to his
 * place tomorrow", "anh quen trên mạng hẹn em mai ra gặp, bảo đừng nói ai") gets, in the reply to that first message, advice that fits a
 * lure: do not go (least of all alone), tell a trusted adult, keep the messages; not the advice for a beating ("do not confront the
 * person"). Someone online who only sends messages, a meeting with a classmate, or a child who already went and is not back, do not.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c42lure");

const DONT_GO = /đừng đi|do not go|don't go/i;
const ADULT = /người lớn|bố mẹ|adult|parent/i;
const KEEP_MESSAGES = /giữ lại tin nhắn|chụp màn hình|keep (?:the|their) messages|screenshots/i;
const CONFRONT = /đối đầu|confront/i;

/** The first reply, without a 113 alarm sent before it (a meeting read as an emergency keeps its alarm, m26): the advice itself. */
async function firstReply(story: string): Promise<string> {
  return all((await h.reporter().send(story)).filter((r) => !r.urgent));
}

describe("someone met online wants to meet: lure advice in the first reply", () => {
  it.each([
    ["a guy from tiktok wants me to come to his place tomorrow"],
    ["anh quen trên mạng hẹn em mai ra gặp, bảo đừng nói ai"],
    ["anh quen tren mang hen em mai ra gap, bao dung noi ai"],
    ["im 13, a man i met on facebook asked me to meet him at the mall on saturday alone"],
    ["em 14 tuổi, có chú quen qua zalo rủ em tối nay đi chơi, bảo em đừng nói với bố mẹ"],
  ])("'%s'", async (story) => {
    const reply = await firstReply(story);
    expect(reply).toMatch(DONT_GO);
    expect(reply).toMatch(ADULT);
    expect(reply).toMatch(KEEP_MESSAGES);
    expect(reply).not.toMatch(CONFRONT);
  });
});

describe("a parent telling of it is advised for the child, in a grown-up's words", () => {
  it.each([
    ["Con gái tôi 13 tuổi có một người quen trên Facebook hẹn cháu thứ bảy này ra gặp riêng, ở phường Vĩnh Ninh, Huế."],
    ["My 13-year-old daughter has a man from Instagram who wants to meet her alone this Saturday, we live in Hue."],
  ])("'%s'", async (story) => {
    const reply = await firstReply(story);
    expect(reply).toMatch(/Đừng để trẻ đi gặp|should not go to meet/);
    expect(reply).toMatch(KEEP_MESSAGES);
    expect(reply).not.toMatch(CONFRONT);
  });
});

describe("near misses: no 'do not go'", () => {
  it.each([
    ["a guy from tiktok keeps sending me mean messages and calling me ugly"],
    ["bạn cùng lớp rủ em mai qua nhà bạn ấy chơi, em có nên đi không"],
    ["Con gái tôi 14 tuổi đi gặp một người quen trên mạng từ hôm qua đến giờ chưa về, ở phường Vĩnh Ninh, Huế"],
  ])("'%s'", async (story) => {
    expect(await firstReply(story)).not.toMatch(/đừng đi gặp|do not go to meet|don't go to meet/i);
  });
});
