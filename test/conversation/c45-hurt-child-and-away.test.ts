/**
 * C45 (issue 13): a child who says they are still hurt or bleeding is told where to get care (a health station, a doctor; 115 if it is
 * bad) with the offer to report; "he is at work now" said of a parent the child lives with is not "no danger" (he comes home tonight).
 * Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { all, ASKS_DANGER, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c45hurt");

describe("a child still hurt is told where to get care", () => {
  it.each([
    "i am 12, my dad kicked me yesterday and my leg still hurts a lot, there is blood on my sock",
    "em 11 tuổi, tối qua mẹ em lấy roi quất vào chân, giờ chân em vẫn còn đau và chảy máu",
    "em 11 tuoi, toi qua me em lay roi quat vao chan, gio chan em van con dau va chay mau",
  ])("«%s»: a health station or doctor, and 115", async (story) => {
    const r = h.reporter();
    const first = all(await r.send(story));
    expect(first).toMatch(/trạm y tế|health station|doctor|bác sĩ/i);
    expect(first).toMatch(/115/);
  });

  it.each([
    "i am 12, my dad kicked me last month, it does not hurt anymore but i am scared of him",
    "em 11 tuổi, tháng trước mẹ em đánh em, giờ không còn đau nữa nhưng em sợ mẹ",
  ])("near miss «%s»: no care advice", async (story) => {
    const r = h.reporter();
    const first = all(await r.send(story));
    expect(first).not.toMatch(/trạm y tế|health station/i);
  });
});

describe("a parent the child lives with, away at work now, is back tonight: not a no", () => {
  /** The story, the report taken, then `answer` at the danger question: the draft's danger. */
  async function dangerAfter(story: string, answer: string) {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 6 && !ASKS_DANGER.test(lastLine(replies.at(-1))) && !/Ngay lúc này em|right now/.test(lastLine(replies.at(-1))); i++) {
      replies = await r.send(hasChoice(replies.at(-1), "menu:report") ? { choice: "menu:report" } : { choice: "skip" });
    }
    await r.send(answer);
    return h.draftOf(r.chatId)?.dangerNow;
  }
  it.each([
    ["My 9 year old nephew lives with his stepmother, she burns him with a spoon when he is naughty, they live in Phu Xuan ward, Hue", "she is at work now"],
    ["Cháu tôi 9 tuổi ở với bố dượng, ông ta hay lấy thắt lưng quất cháu, nhà ở phường Phú Xuân, Huế", "ông ấy đang đi làm"],
  ])("«%s» / «%s»: not a no", async (story, answer) => {
    expect(await dangerAfter(story, answer)).not.toBe("no");
  });

  it("near miss: a neighbour who harms, away at work, is not read as back home tonight", async () => {
    const got = await dangerAfter("Ông hàng xóm hay sàm sỡ con bé nhà tôi 9 tuổi khi nó sang chơi, ở phường Phú Xuân, Huế", "giờ ông ấy đi làm rồi");
    expect(got).not.toBe("unknown");
  });
});
