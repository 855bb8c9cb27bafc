/**
 * Second read of C42: a "yes" or an answer typed with "đừng nói với ai" is kept (the privacy paragraph is added), a child already with
 * the person met online gets the 113 alarm (not "do not go"), a beating now is no online lure, a harmer who "found" the child then hurt
 * them stays the harmer, "when police come he ..." is a statement, and "khi nào công an tới?" on a knife threat is "call 113 now".
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";
import { AT_DANGER } from "./m26-helpers.ts";

const h = realCoreHarness("m26-rescuer-harm");

describe("3: one who found the child and then hurt them is the one who harms", () => {
  it.each([
    ["Dượng nó đi tìm thấy bé ngoài đồng thì kéo bé về nhà đánh bầm mình, bé 8 tuổi, xã Tân Lộc, Cà Mau", /dượng/i],
    ["Chú nó tìm được bé ở chợ rồi lôi bé về nhà đánh một trận nhừ tử, bé 7 tuổi", /chú/i],
    ["her stepdad found her at the park and dragged her home, then beat her with a belt, she is 9", /stepdad|step-?father|bố dượng/i],
  ])("'%s'", async (story, who) => {
    const got = await h.toSummary(story, [[AT_DANGER, { choice: "no" }]]);
    const d = h.draftOf(got.chatId)!;
    expect(`${d.harmerText ?? d.harmer ?? ""}`).toMatch(who);
  });
});

describe("3, near misses: one who only searched or saw the harm is not the one who harms", () => {
  it.each([
    ["Anh Tư dẫn mọi người đi tìm bé suốt đêm, sáng ra tìm thấy bé bị trói ngoài rẫy, bé 6 tuổi", /anh tư/i],
    ["chú Ba đi tìm thì thấy ông Năm đang đánh bé ngoài ruộng, bé 8 tuổi", /chú ba/i],
  ])("'%s'", async (story, notWho) => {
    const got = await h.toSummary(story, [[AT_DANGER, { choice: "no" }]]);
    const d = h.draftOf(got.chatId)!;
    expect(`${d.harmerText ?? d.harmer ?? ""}`).not.toMatch(notWho);
  });
});
