/**
 * Second read of C42: a "yes" or an answer typed with "đừng nói với ai" is kept (the privacy paragraph is added), a child already with
 * the person met online gets the 113 alarm (not "do not go"), a beating now is no online lure, a harmer who "found" the child then hurt
 * them stays the harmer, "when police come he ..." is a statement, and "khi nào công an tới?" on a knife threat is "call 113 now".
 */
import { describe, expect, it } from "vitest";
import { lastLine, realCoreHarness } from "./real-core-harness.ts";
import { CHILD_WHEN_EN, AT_DANGER, AT_WHEN, sayAt } from "./m26-helpers.ts";

const h = realCoreHarness("m26-when-come");

describe("5: 'when police come he ...' is a statement, kept", () => {
  it.each([
    ["when police come he hides us in the back room"],
    ["when the police come he tells us to say nothing"],
  ])("'%s'", async (say) => {
    const got = await sayAt(h, CHILD_WHEN_EN, AT_WHEN, say);
    expect(got.draft.extraNotes.join("\n") + (got.draft.when ?? "")).toContain(say.slice(0, 20));
    expect(got.text).not.toMatch(/does not send the police|cannot send the police/);
  });
  it("near miss: 'when will the police come?' is still answered", async () => {
    const got = await sayAt(h, CHILD_WHEN_EN, AT_WHEN, "when will the police come?");
    expect(got.text).toMatch(/113/);
  });
});

describe("6: 'khi nào công an tới?' on a story of a knife threat is told to call 113 now, with no hours", () => {
  it.each([["khi nào công an tới?"], ["bao giờ công an tới vậy"], ["bao gio cong an toi?"]])("'%s'", async (say) => {
    const got = await sayAt(h, "ông hàng xóm cầm dao dọa giết con bé 9 tuổi nhà bên, ở xã Tân Lộc, Cà Mau", AT_DANGER, say);
    expect(got.text).toMatch(/GỌI NGAY 113|gọi ngay 113|113 ngay/i);
    expect(got.text).not.toMatch(/\d+ giờ/);
  });
});

describe("12, 10: Central 'khi mô' and a bare 'police coming?' are asked, not taken as answers", () => {
  it.each([["khi mô công an tới ạ"], ["công an chừng mô tới rứa"]])("'%s' at the contact question", async (say) => {
    const got = await sayAt(h, "con bé nhà bên 7 tuổi bị ông bố đánh bằng roi hôm qua, ở xã Tân Lộc, Cà Mau, tôi là hàng xóm", /liên lạc|số điện thoại/i, say);
    expect(got.text).toMatch(/không tự gửi|113/);
    expect(got.text).not.toMatch(/chưa thấy số điện thoại|chưa trả lời được/);
    expect(got.draft.contact ?? null).toBeNull();
  });
  it.each([["police coming?"], ["is help on the way?"]])("'%s' at 'Who are you to the child?'", async (say) => {
    const got = await sayAt(h, "My neighbour's 6-year-old girl gets beaten with a belt by her stepmother every evening, Tan Loc commune, Ca Mau.", /Who are you to the child/, say);
    expect(got.draft.reporterRelation ?? null).toBeNull();
    expect(got.text).toMatch(/does not send|113/);
    expect(lastLine(got.got.at(-1))).toBe(got.asked);
  });
  it("near miss: 'the police coming to the house scares him' is no question", async () => {
    const got = await sayAt(h, CHILD_WHEN_EN, AT_WHEN, "the police coming to the house scares him");
    expect(got.text).not.toMatch(/does not send the police|cannot send the police/);
  });
});
