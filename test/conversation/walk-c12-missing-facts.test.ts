/**
 * Walk 36 leftovers (issue 13): who the reporter is and the child's sex are facts officers need. The relation is asked once when the
 * story does not say it (also when a child is in danger now, after the contact), never when it does; the sex is asked in the same
 * message as the age when both are missing, never as a turn of its own. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";

const h = realCoreHarness("c12m");
const ASKS_RELATION = /Bạn là ai đối với trẻ|Who are you to the child/;
const ASKS_AGE = /bao nhiêu tuổi|how old/i;
const ASKS_SEX = /bé trai hay bé gái|boy or a girl/i;

/** Walks to the summary answering `answers` by question, danger with `danger`, anonymous, skipping the rest; every question kept. */
async function walk(story: string, danger: Say, answers: Array<[RegExp, Say]> = []) {
  const r = h.reporter();
  let replies = await r.send(story);
  const questions: string[] = [];
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    const q = lastLine(replies.at(-1));
    questions.push(q);
    const hit = answers.find(([re]) => re.test(q));
    const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(ASKS_DANGER.test(q) ? danger : hit ? hit[1] : pick ? { choice: pick } : "bỏ qua");
  }
  expect(hasChoice(replies.at(-1), "submit")).toBe(true);
  return { questions, turns: questions.length + 1, draft: h.draftOf(r.chatId)! };
}

describe("who the reporter is, when the story does not say it", () => {
  it("is asked once when a child is in danger now, after the contact", async () => {
    const w = await walk("Thằng bé 7 tuổi ở xã Ia Grai, Gia Lai đang bị bố nó cầm gậy đánh ngoài sân, nó la khóc.", { choice: "yes" }, [[ASKS_RELATION, { choice: "neighbour" }]]);
    expect(w.questions.filter((q) => ASKS_RELATION.test(q))).toHaveLength(1);
    expect(w.draft.reporterRelation).toBe("neighbour");
    expect(w.turns).toBeLessThanOrEqual(5);
  });

  it("is not asked when the story says it", async () => {
    const w = await walk("Thằng bé 7 tuổi nhà đối diện ở xã Ia Grai, Gia Lai đang bị bố nó cầm gậy đánh ngoài sân. Tôi là hàng xóm.", { choice: "yes" });
    expect(w.questions.some((q) => ASKS_RELATION.test(q))).toBe(false);
  });
});

describe("the child's sex, when the story does not say it", () => {
  it("is asked with the age, and read from the answer", async () => {
    const w = await walk("Nhà bên ở xã Ia Grai, Gia Lai có đứa nhỏ tối qua bị ông bố say rượu quất roi bầm lưng. Tôi là hàng xóm.", { choice: "no" }, [[ASKS_AGE, "bé gái, chừng 8 tuổi"]]);
    const asked = w.questions.filter((q) => ASKS_SEX.test(q));
    expect(asked).toHaveLength(1);
    expect(asked[0]).toMatch(ASKS_AGE);
    expect(w.draft.childSex).toBe("female");
    expect(w.draft.childAgeBand).toBe("6_11");
  });

  it("is never a turn of its own when the age is told", async () => {
    const w = await walk("Đứa nhỏ 8 tuổi nhà bên ở xã Ia Grai, Gia Lai tối qua bị ông bố say rượu quất roi bầm lưng. Tôi là hàng xóm.", { choice: "no" });
    expect(w.questions.some((q) => ASKS_SEX.test(q))).toBe(false);
  });
});
