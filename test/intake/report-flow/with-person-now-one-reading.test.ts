/**
 * Whether the child is with the person who harms now is decided in one place, whichever way the words arrive: in the story,
 * typed as the answer to the danger question, as a short yes or no with words after it, or as a "no" opening a sentence.
 * The same words give the same answer on every path (they used to give "yes" in the story and nothing in an answer).
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness, ASKS_DANGER, type Say } from "../../conversation/real-core-harness.ts";

const h = realCoreHarness("one-reading");

/** A harm told with no word of where the child is now. */
const STORY_VI = "Bố dượng đánh con bé 10 tuổi bầm tím lưng hôm qua. Xã Ea Kar, Đắk Lắk.";
const STORY_EN = "Her stepfather beat the 9-year-old girl with a belt yesterday, she has welts on her legs. Pleiku, Gia Lai.";

async function withPersonAfter(story: string, answer: Say): Promise<string | null | undefined> {
  const s = await h.toSummary(story, [[ASKS_DANGER, answer]]);
  return h.draftOf(s.chatId)?.withPersonNow;
}

describe("with the person who harms now: one reading for the story and every answer", () => {
  it.each([
    "Bố dượng đánh con bé 10 tuổi bầm tím lưng hôm qua, giờ mẹ đi làm, bé đang ở nhà một mình với ông ta. Xã Ea Kar, Đắk Lắk.",
    "ba duong danh con be 10 tuoi bam lung hom qua, gio me di lam, be dang o nha mot minh voi ong ta. Xa Ea Kar, Dak Lak",
    "Her stepfather beat the 9-year-old girl with a belt yesterday. Her mum is out and she is alone with him right now. Pleiku, Gia Lai.",
  ])("in the story: «%s» is with the person now", async (story) => {
    const s = await h.toSummary(story);
    expect(h.draftOf(s.chatId)?.withPersonNow).toBe("yes");
  });

  it.each([
    [STORY_VI, "Mẹ nó đi làm rồi, bé đang ở nhà một mình với ông ta"],
    [STORY_VI, "me no di lam roi, be dang o nha mot minh voi ong ta"],
    [STORY_EN, "Her mum is out and she is alone with him right now"],
  ])("typed at the danger question: «%s» then «%s» is with the person now", async (story, answer) => {
    expect(await withPersonAfter(story, answer)).toBe("yes");
  });

  it.each([
    [STORY_VI, "Có, ở một mình với ông ta"],
    [STORY_EN, "yes, alone with him now"],
  ])("a short yes with words: «%s» then «%s» is with the person now", async (story, answer) => {
    expect(await withPersonAfter(story, answer)).toBe("yes");
  });

  it.each([
    [STORY_VI, "Không, nhưng bé đang ở nhà một mình với ông ta"],
    [STORY_VI, "khong, nhung be dang o nha mot minh voi ong ta"],
  ])("a no opening a sentence: «%s» then «%s» is still with the person now", async (story, answer) => {
    expect(await withPersonAfter(story, answer)).toBe("yes");
  });

  it.each([
    [STORY_VI, "Không, giờ bé đang ở nhà tôi"],
    [STORY_VI, "Không, cháu đang ở nhà với bà ngoại"],
    [STORY_EN, "No, she is staying with me now"],
  ])("away from the person: «%s» then «%s» is not with them", async (story, answer) => {
    expect(await withPersonAfter(story, answer)).not.toBe("yes");
  });
});
