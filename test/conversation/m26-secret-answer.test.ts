/**
 * Second read of C42: a "yes" or an answer typed with "đừng nói với ai" is kept (the privacy paragraph is added), a child already with
 * the person met online gets the 113 alarm (not "do not go"), a beating now is no online lure, a harmer who "found" the child then hurt
 * them stays the harmer, "when police come he ..." is a statement, and "khi nào công an tới?" on a knife threat is "call 113 now".
 */
import { describe, expect, it } from "vitest";
import { lastLine, realCoreHarness } from "./real-core-harness.ts";
import { CHILD_VI_PLAIN, CHILD_VI, CHILD_EN, CHILD_WHEN_VI, CHILD_WHEN_EN, AT_DANGER, AT_WHEN, AT_PLACE, PRIVATE, sayAt } from "./m26-helpers.ts";

const h = realCoreHarness("m26-secret-answer");

describe("0: a yes to the danger question typed with 'đừng nói với ai' keeps the yes and the 113 alarm", () => {
  it.each([
    [CHILD_VI, "có, đừng nói với ai nhé"],
    [CHILD_VI_PLAIN, "co, dung noi voi ai nha"],
    [CHILD_EN, "yes, dont tell anyone ok?"],
    [CHILD_VI, "có ạ. chị giữ bí mật giúp em nha"],
  ])("'%s' / '%s'", async (story, say) => {
    const got = await sayAt(h, story, AT_DANGER, say);
    expect(got.draft.dangerNow).toBe("yes");
    expect(got.text).toMatch(/113/);
    expect(got.got.some((r) => r.urgent)).toBe(true);
    expect(got.text).toMatch(PRIVATE);
    expect(lastLine(got.got.at(-1))).not.toBe(got.asked);
  });
  it("near miss: the request alone is answered and the danger question asked again", async () => {
    const got = await sayAt(h, CHILD_VI, AT_DANGER, "đừng nói với ai nhé");
    expect(got.draft.dangerNow).toBeNull();
    expect(got.text).toMatch(PRIVATE);
    expect(lastLine(got.got.at(-1))).toBe(got.asked);
  });
});

describe("4: an answer typed with a secrecy demand or request keeps the answer", () => {
  it.each([
    ["tuần trước, ổng biểu em đừng nói với ai", /tuần trước/],
    ["hôm qua, mẹ kế cấm em không được nói với ai", /hôm qua/],
    ["last week, he texted me dont tell anyone", /last week/i],
    ["hôm kia, chú kêu em đừng kể cho ai", /hôm kia/],
    ["2 days ago, she messaged me dont tell anybody", /2 days ago/i],
  ])("at 'when': '%s'", async (say, when) => {
    const story = /(?:week|days) ago|last week/.test(say) ? CHILD_WHEN_EN : CHILD_WHEN_VI;
    const got = await sayAt(h, story, AT_WHEN, say);
    expect(got.draft.when ?? "").toMatch(when);
    expect(lastLine(got.got.at(-1))).not.toBe(got.asked);
  });
  it.each([
    ["xã Tân Lộc Cà Mau, đừng nói với ai nha", /Tân Lộc/i],
    ["xa Tan Loc, Ca Mau. dung ke cho ai biet nhe", /Tan Loc|Tân Lộc/i],
  ])("at the place: '%s'", async (say, commune) => {
    const got = await sayAt(h, "em 11 tuổi, bố em hay đánh em bằng roi mây", AT_PLACE, say);
    expect(`${got.draft.commune ?? ""}`).toMatch(commune);
    expect(got.text).toMatch(PRIVATE);
  });
});
