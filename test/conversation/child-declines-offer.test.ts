/**
 * A child offered to report ("Em có muốn báo tin để cô chú giúp em không?") who says no, in a word, a sentence, English or with the
 * button, is answered as a child: no pressure, nothing was sent, how to tell later, 111; never the grown-up's prompt to ask about the
 * agencies' duties, and the no is never sent to the plans as a question (walk C1b D8). A grown-up's no still opens the questions about
 * the plans. Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, realCoreHarness, type Say } from "./real-core-harness.ts";

const h = realCoreHarness("child-declines");
const ADULT_PROMPT = /Mời bạn đặt câu hỏi về trách nhiệm|Ask about agencies' duties/;
const KB_NONE = /Các kế hoạch trong kho không trả lời/;

describe("a child who says no to the offer keeps a child's words", () => {
  it.each<[string, Say]>([
    ["mẹ kế đánh em bằng cây chổi, em mới 10 tuổi", "không ạ"],
    ["ba e nhau ve la danh e, e so lam", "ko"],
    ["chú em hay đánh em mỗi khi say, hôm qua em bị bầm mắt", "thôi em không báo đâu"],
    ["my dad hits me when he is drunk, im 12", "no"],
    ["anh trai em hay đánh em, em không dám nói với ai", { choice: "menu:ask" }],
  ])("«%s», then %j", async (story, no) => {
    const r = h.reporter();
    const offer = await r.send(story);
    expect(hasChoice(offer.at(-1), "menu:report")).toBe(true);
    const asked = h.kbAsked.length;
    const text = all(await r.send(no));
    expect(text).not.toMatch(ADULT_PROMPT);
    expect(text).not.toMatch(KB_NONE);
    expect(h.kbAsked.length).toBe(asked);
    expect(text).toMatch(/\bem\b|\byou\b/i);
    expect(text).toMatch(/111/);
  });

  it("a grown-up's no still opens the questions about the plans", async () => {
    const r = h.reporter();
    const offer = await r.send("nhà kia hay đánh con lắm");
    expect(hasChoice(offer.at(-1), "menu:report")).toBe(true);
    expect(all(await r.send({ choice: "menu:ask" }))).toMatch(ADULT_PROMPT);
  });
});
