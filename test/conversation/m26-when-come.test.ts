/**
 * Second read of C42: a "yes" or an answer typed with "đừng nói với ai" is kept (the privacy paragraph is added), a child already with
 * the person met online gets the 113 alarm (not "do not go"), a beating now is no online lure, a harmer who "found" the child then hurt
 * them stays the harmer, "when police come he ..." is a statement, and "khi nào công an tới?" on a knife threat is "call 113 now".
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";
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
