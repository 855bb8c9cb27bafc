/**
 * A young writer telling that a friend harms themself or wants to die is the friend's reporter, not the child at risk: the writer's
 * own age is not the child's, the questions ask about the friend, and the first reply does not tell the writer it is not their fault
 * and where to go if they feel unsafe (that is for the child harmed). Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("friend-at-risk");
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);
const VICTIM_ADVICE = /Em không có lỗi\. Nếu em thấy không an toàn|It is not your fault\. If you do not feel safe/;

describe("a friend at risk, told by a young writer", () => {
  it.each([
    ["Mình 15 tuổi, đứa bạn cùng lớp nhắn là tối nay nó sẽ uống thuốc ngủ cho xong", "15"],
    ["minh 14t, thang ban cung lop noi chan song roi, no cat tay nhieu lam", "14"],
    ["I'm 15 and my friend told me she took a lot of pills tonight", "15"],
  ])("%s", async (story, writersAge) => {
    const r = h.reporter();
    const first = all(await r.send(story));
    const d = draftOf(r.chatId);
    expect(d?.reporterRelation).not.toBe("self");
    expect(d?.childAgeText ?? "").not.toBe(writersAge);
    expect(first).not.toMatch(VICTIM_ADVICE);
    expect(first).not.toMatch(/Em đang ở tỉnh|Where are you now|Where do you live/);
  });
  it("a friend named with a possessive gets no advice meant for the one harmed", async () => {
    const r = h.reporter();
    const first = all(await r.send("Bạn thân của em học lớp 8, bạn ấy nói muốn chết, tay bạn ấy có nhiều vết cắt"));
    expect(first).not.toMatch(VICTIM_ADVICE);
    expect(first).toMatch(/người lớn/);
  });
  it("a child who says they themself cut is still the child at risk", async () => {
    const r = h.reporter();
    await r.send("em 14 tuổi, bạn cùng lớp chê em suốt nên em hay tự rạch tay, em chán sống lắm");
    expect(draftOf(r.chatId)?.reporterRelation).toBe("self");
  });
});
