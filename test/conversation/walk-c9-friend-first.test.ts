/**
 * Finding 7 (issue 13 leftovers): a child who writes first about a friend ("bạn em bị ba đánh") was answered as the child harmed
 * ("Em không có lỗi. Nếu em thấy không an toàn ...", "giúp em") and was recognised as the friend's reporter only later, from the
 * stored relation step. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c9f");
const VICTIM_ADVICE = /Em không có lỗi\. Nếu em thấy không an toàn|It is not your fault\. If you do not feel safe|giúp em không\?|help you\?/;
const ASKS_WHO = /là ai đối với trẻ|Who are you to the child|Em là ai/;
const draftOf = (chatId: string) => [...h.intake.drafts.values()].filter((d) => d.chatId === chatId).at(-1);

describe("a child telling of a friend in the first message is answered as the friend's reporter", () => {
  it.each([
    ["bạn em bị ba bạn ấy đánh hoài, bạn ấy 12 tuổi, học chung lớp với em, nhà ở xã Ea Kao, Đắk Lắk", /bạn/],
    ["e 13t, nhỏ bạn thân của e bị mẹ kế bắt nhịn đói mấy bữa nay, nó 12 tuổi, ở phường Pleiku, Gia Lai", /bạn/],
    ["I'm 13. My friend's stepdad beats her almost every day, she is 12 and lives in Pleiku, Gia Lai", /friend/],
  ])("«%s»", async (story, friendWord) => {
    const r = h.reporter();
    const first = await r.send(story);
    const text = all(first);
    // The first reply speaks of the friend and what to do for them, not to the writer as the one harmed.
    expect(text).not.toMatch(VICTIM_ADVICE);
    expect(text).toMatch(friendWord);
    expect(text).toMatch(/111/);
    let replies = first;
    const questions: string[] = [];
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      questions.push(lastLine(replies.at(-1)));
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    expect(questions.filter((q) => ASKS_WHO.test(q))).toHaveLength(0);
    const d = draftOf(r.chatId)!;
    expect(d.reporterRelation).toBe("other");
    expect(d.childAgeText).toBe("12");
    // The summary is about the friend, not "you are 12" / "em 12 tuổi".
    expect(replies.at(-1)?.text ?? "").not.toMatch(/you are 12|em 12 tuổi|hurting you|làm hại em/);
  });
});
