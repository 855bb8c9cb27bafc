/**
 * Walk 40 (w10): "a 15-year-old girl from Bat Xat came in", the province named in another sentence: the place the registry knows in that
 * province, after a word of where ("from", "in", "ở", "tại"), is the commune; it is not asked again.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "../../conversation/real-core-harness.ts";

const { walk, draftOf } = realCoreHarness("where40");
const ASKS_COMMUNE = /Which commune|xã, phường nào|Xã hay phường nào|xã\/phường/;

describe("a known place after a word of where", () => {
  it.each([
    ["I work at a health station in Ha Giang. A 14-year-old girl from Meo Vac told me her stepfather beats her; last time was last night.", /meo vac/i],
    ["I'm a nurse in Lao Cai. Yesterday a boy of 11 from Bat Xat came in with a broken arm; his father hit him with a stick.", /bat xat/i],
    ["Tôi là giáo viên ở Lào Cai. Học sinh lớp tôi, bé trai 10 tuổi, nhà ở Bát Xát, bị bố đánh bầm lưng tối qua.", /bát xát/i],
  ])("'%s' is not asked the commune", async (story, place) => {
    const r = await walk(story);
    expect(r.seen.join("\n")).not.toMatch(ASKS_COMMUNE);
    expect(draftOf(r.chatId)?.commune ?? "").toMatch(place);
  });
});
