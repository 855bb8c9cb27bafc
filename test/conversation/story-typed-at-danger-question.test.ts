/**
 * A child who opens the report with its button and types the story at the first question ("is a child in danger right now?", a
 * question with buttons) is read as telling the story: its facts are kept as the story, the story is not asked for again, a place
 * the child is at now said inside the story ("con đang ở nhà bà ngoại") is no answer to the danger question (asked again), and the
 * child reads the safety advice first; a story that tells a danger now ("giờ em đang trốn") is the yes it says (walk C1b D1). Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, lastLine, realCoreHarness, untilSummary } from "./real-core-harness.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";

const h = realCoreHarness("story-at-danger");
const ASKS_STORY = /Chuyện gì (?:đã )?xảy ra|kể đi|Bạn đã kể|Em đã kể|What happened|You told me/;
const CHILD_ADVICE = /Em đã làm đúng khi kể ra|You did the right thing/;
const DANGER_Q = /nguy hiểm ngay lúc này|Ngay lúc này (?:em|bạn ấy) có đang gặp nguy hiểm|in danger right now/;
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);
const RANK = { low: 0, medium: 1, high: 2, emergency: 3 } as const;

const STORIES = [
  "Bố con say rượu đánh con với em con bằng dây điện, con đang ở nhà bà ngoại",
  "me ke danh e va em trai bam tim ca chan, e dang o nha co giao chu nhiem",
  "ba dượng tát em chảy máu mũi tối qua, giờ em đang trốn ở nhà bạn thân",
  "my stepdad hit me and my little brother with a belt last night, im at my friends house",
];

describe("a child's story typed at the danger question", () => {
  it.each(STORIES)("«%s» is kept as the story, its facts read, the danger asked again after the advice", async (story) => {
    const r = h.reporter();
    await r.send({ choice: "menu:report" });
    const replies = await r.send(story);
    const text = all(replies);
    const d = draftOf(r.chatId)!;
    expect(d.narrative ?? "").toContain(story);
    expect(d.harmer).not.toBeNull();
    // "đang ở nhà bà ngoại" inside the story does not answer "is a child in danger right now?".
    expect(d.dangerNow).not.toBe("no");
    // Asked again, unless the story itself tells a danger now ("đang trốn"): then the numbers to call come first.
    if (d.dangerNow === "yes") expect(replies[0]?.urgent).toBe(true);
    else expect(lastLine(replies.at(-1))).toMatch(DANGER_Q);
    // The advice for a child comes before the question.
    const advice = replies.findIndex((x: Reply) => CHILD_ADVICE.test(x.text));
    expect(advice).toBeGreaterThanOrEqual(0);
    expect(advice).toBeLessThan(replies.length - 1);
    expect(text).not.toMatch(ASKS_STORY);
  });

  it.each(STORIES.slice(0, 3))("«%s»: the story is never asked for again on the way to the summary", async (story) => {
    const r = h.reporter();
    await r.send({ choice: "menu:report" });
    const after = await r.send(story);
    const summary = await untilSummary(r, after);
    expect(all(r.seen)).not.toMatch(ASKS_STORY);
    expect(all(summary)).toContain(story.slice(0, 30));
  });

  it("the risk stored is no lower than when the same story opens the chat", async () => {
    const story = STORIES[0]!;
    const first = h.reporter();
    await untilSummary(first, await first.send(story));
    await first.send({ choice: "submit" });
    const later = h.reporter();
    await later.send({ choice: "menu:report" });
    await untilSummary(later, await later.send(story));
    await later.send({ choice: "submit" });
    const a = h.stored(first.chatId)!;
    const b = h.stored(later.chatId)!;
    expect(RANK[b.risk as keyof typeof RANK]).toBeGreaterThanOrEqual(RANK[a.risk as keyof typeof RANK]);
    expect(b.draft.narrative ?? "").toContain(story);
  });
});
