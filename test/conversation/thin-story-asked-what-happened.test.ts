/**
 * A story that names a child but tells no harm ("thằng nhỏ nhà bên bị ba nó làm vậy hoài", "something is going on with the kid next
 * door") is asked once what happened to the child, before the questions about the place, the age or the time; what the reporter
 * then tells is the story's too. A story that tells the harm is not asked (walk C1b D7). Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import type { Reply } from "../../src/conversation/conversation-types.ts";

const h = realCoreHarness("thin-story");
const WHAT = /kể thêm|Chuyện gì (?:đã )?xảy ra|tell a little more|What happened/;
const FIELDS = /ở đâu|tỉnh, thành phố|bao nhiêu tuổi|khi nào|Bạn là ai|Where did|How old|When did|Who are you/;
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);

/** Tells the story, takes the report if offered, says "no" at the danger question: the replies that follow. */
async function afterDanger(story: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
  if (hasChoice(replies.at(-1), "no")) replies = await r.send({ choice: "no" });
  return { r, replies };
}

const THIN = [
  "thằng nhỏ nhà bên bị ba nó làm vậy hoài",
  "hàng xóm nhà tôi hình như có chuyện gì đó không ổn với đứa con gái nhỏ của họ",
  "con be nha do toi nghiep lam, me no cu vay hoai",
  "something is going on with the kid next door",
];

describe("a thin story is asked what happened, once, before the field questions", () => {
  it.each(THIN)("«%s»", async (story) => {
    const { r, replies } = await afterDanger(story);
    expect(lastLine(replies.at(-1))).toMatch(WHAT);
    expect(lastLine(replies.at(-1))).not.toMatch(FIELDS);
    // Skipped: never asked again.
    let next: Reply[] = await r.send("bỏ qua");
    for (let i = 0; i < 4; i++) {
      expect(lastLine(next.at(-1))).not.toMatch(WHAT);
      const pick = next.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      if (hasChoice(next.at(-1), "submit")) break;
      next = await r.send(pick ? ({ choice: pick.id } as Say) : "bỏ qua");
    }
  });

  it.each([
    ["thằng nhỏ nhà bên bị ba nó làm vậy hoài", "ổng lấy roi mây quất nó, chân nó bầm hết"],
    ["something is going on with the kid next door", "his dad locks him outside at night without food"],
  ])("«%s»: the answer is the story's too", async (story, told) => {
    const { r } = await afterDanger(story);
    await r.send(told);
    const d = draftOf(r.chatId)!;
    expect(d.narrative ?? "").toContain(story);
    expect(d.narrative ?? "").toContain(told);
  });

  it.each([
    "Bé trai 9 tuổi nhà bên bị ông bố đánh nhiều lần, hôm qua bầm lưng",
    "my neighbour beats his 6 year old son with a belt every night",
  ])("a story that tells the harm is not asked: «%s»", async (story) => {
    const { replies } = await afterDanger(story);
    expect(lastLine(replies.at(-1))).not.toMatch(WHAT);
  });
});
