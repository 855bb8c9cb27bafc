/**
 * Who the reporter is, said in a sentence at "Bạn là ai đối với trẻ?" ("dạ em là giáo viên chủ nhiệm của bé ạ", "e la gv cua be",
 * "I'm her class teacher at school") is that relation, stored as the choice would be, and the question is not asked again (walk C1b
 * D6: a sentence longer than a few words was not understood, or kept as "other"). Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, lastLine, realCoreHarness, untilSummary } from "./real-core-harness.ts";

const h = realCoreHarness("who-writes");
const NO_WRITER = "Bé gái 10 tuổi bị bố dượng đánh nhiều lần, hôm kia còn sưng mặt. Nhà ở xã Krông Búk, Đắk Lắk";
const NO_WRITER_EN = "A 10 year old girl is beaten by her stepfather again and again, her face was swollen two days ago. They live in Krong Buk commune, Dak Lak";
const WHO = /Bạn là ai đối với trẻ|Who are you to the child/;
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);

async function atWhoQuestion(story: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 6 && !WHO.test(lastLine(replies.at(-1))); i++) {
    const c = replies.at(-1)?.choices?.map((x) => x.id) ?? [];
    replies = await r.send(c.includes("menu:report") ? { choice: "menu:report" } : c.includes("no") ? { choice: "no" } : c.includes("skip") ? { choice: "skip" } : "bỏ qua");
  }
  expect(lastLine(replies.at(-1))).toMatch(WHO);
  return r;
}

describe("who the reporter is, said in a sentence", () => {
  it.each([
    ["dạ em là giáo viên chủ nhiệm của bé ạ", "teacher", NO_WRITER],
    ["e la gv cua be", "teacher", NO_WRITER],
    ["tôi là cô giáo dạy cháu ở trường tiểu học", "teacher", NO_WRITER],
    ["mình là hàng xóm ở sát bên nhà cháu", "neighbour", NO_WRITER],
    ["minh o gan nha, la hang xom thoi a", "neighbour", NO_WRITER],
    ["I'm her class teacher at school", "teacher", NO_WRITER_EN],
  ])("«%s» is %s, and not asked again", async (said, relation, story) => {
    const r = await atWhoQuestion(story);
    const next = await r.send(said);
    expect(lastLine(next.at(-1))).not.toMatch(WHO);
    expect(all(next)).not.toMatch(/(?:Tôi|Mình) chưa chắc đó là câu trả lời|I am not sure that answers/);
    expect(draftOf(r.chatId)?.reporterRelation).toBe(relation);
    const summary = await untilSummary(r, next);
    expect(all(r.seen.slice(r.seen.indexOf(next[0]!)))).not.toMatch(WHO);
    expect(all(summary)).toMatch(relation === "teacher" ? /người báo tin: thầy cô giáo|reporter: teacher/i : /người báo tin: hàng xóm|reporter: neighbou?r/i);
  });
});
