/**
 * M35 (RD38 on m32): at "Có trẻ em nào đang gặp nguy hiểm ngay lúc này không?" a plain "không (có) ai cả" says nobody is in danger: a
 * no, even when the story tells of a small child left alone at times; "nobody has come home" still needs a word of a place or an
 * arrival and stays a yes of a child left alone. A clause "not safe at home though" is a yes. A child typing "chay mau" or "van con dau"
 * without marks in a message that has some is told where to get care; "chạy mau" (run fast) is not blood. The reader's examples and
 * sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness, untilDangerQuestion } from "./real-core-harness.ts";

const h = realCoreHarness("m35danger");

/** The story, the report taken, then `answer` typed at the danger question: the danger stored and what the chat said to it. */
async function dangerAfter(story: string, answer: string) {
  const r = h.reporter();
  await untilDangerQuestion(r, story);
  const said = (await r.send(answer)).map((x) => x.text).join("\n");
  return { danger: h.draftOf(r.chatId)?.dangerNow, said };
}

/** A small child left alone at times, not now (the reader's kind of story, in new words). */
const SOMETIMES_ALONE_VI = "Thằng bé nhà bên cạnh mới 5 tuổi, thỉnh thoảng buổi tối bố mẹ nó đi làm ca đêm để nó ở nhà một mình, ở phường Phú Xuân, Huế";
const SOMETIMES_ALONE_EN = "The little girl next door is 4, some evenings her parents go out and leave her alone in the flat, we live in Phu Xuan ward, Hue";
const HIT_VI = "Con bé 8 tuổi ở dãy trọ sau nhà hay bị mẹ kế véo tai, tát vào mặt, ở phường Phú Xuân, Huế";
const BANNER = /GỌI NGAY 113|CALL 113/;

describe("a plain 'nobody' at the danger question is a no", () => {
  it.each([
    [SOMETIMES_ALONE_VI, "không ai cả"],
    [SOMETIMES_ALONE_VI, "không có ai cả"],
    [SOMETIMES_ALONE_VI, "không có ai hết"],
    [SOMETIMES_ALONE_VI, "dạ hổng có ai đâu"],
    [SOMETIMES_ALONE_VI, "khong co ai ca"],
    [HIT_VI, "không có ai cả"],
  ])("«%s» / «%s»: a no, no 113 banner", async (story, answer) => {
    const { danger, said } = await dangerAfter(story, answer);
    expect(danger).toBe("no");
    expect(said).not.toMatch(BANNER);
  });

  it.each([
    [SOMETIMES_ALONE_VI, "chưa ai về cả"],
    [SOMETIMES_ALONE_VI, "không có ai ở nhà cả"],
    [SOMETIMES_ALONE_VI, "không ai về hết"],
    [SOMETIMES_ALONE_VI, "chưa có người lớn nào tới"],
    [SOMETIMES_ALONE_EN, "nobody's back yet"],
    [SOMETIMES_ALONE_EN, "no one is at home with her"],
  ])("near miss «%s» / «%s»: nobody there, of a child left alone, is still a yes", async (story, answer) => {
    expect((await dangerAfter(story, answer)).danger).toBe("yes");
  });

  it.each([[HIT_VI, "không ai đến cả"], [HIT_VI, "không có ai ở đó"]])("near miss «%s» / «%s»: not sure, never a no", async (story, answer) => {
    expect((await dangerAfter(story, answer)).danger).toBe("unknown");
  });
});

describe("not safe with a place or a 'though' after it is a yes", () => {
  it.each([
    "no, not safe at home though",
    "nope, she's not safe there though",
    "no but he is not safe at home",
    "not safe for him at home",
    "không, ở đó bé không an toàn đâu",
    "chưa an toàn ở nhà đâu",
  ])("«%s»: a yes", async (answer) => {
    expect((await dangerAfter(HIT_VI, answer)).danger).toBe("yes");
  });

  it.each(["no, safe at home though", "no, she is at home though", "không, ở nhà an toàn rồi"])("near miss «%s»: never a yes", async (answer) => {
    expect((await dangerAfter(HIT_VI, answer)).danger).not.toBe("yes");
  });
});

describe("care advice when marks are mixed", () => {
  it.each([
    "Em 10 tuổi, bố đánh em chay mau mui nhieu lam",
    "Em 10 tuổi, bố đánh em, lưng em van con dau lam",
    "em 11 tuổi, mẹ lấy roi quất em, chân em dang chay mau",
    "Em 9 tuổi, anh họ đánh vào tay em, tay em dau qua",
  ])("«%s»: told where to get care", async (story) => {
    const r = h.reporter();
    const first = (await r.send(story)).map((x) => x.text).join("\n");
    expect(first).toMatch(/trạm y tế/);
  });

  it.each([
    "em 10 tuổi, bố quát em nên em chạy mau ra ngõ",
    "em 12 tuổi, mấy bạn giấu cặp của em, cặp màu đỏ, em không biết ở đâu",
    "em 11 tuổi, em bị đau đầu từ hôm qua nhưng giờ hết đau rồi, bố hay chửi em",
  ])("near miss «%s»: no health-station advice", async (story) => {
    const r = h.reporter();
    const first = (await r.send(story)).map((x) => x.text).join("\n");
    expect(first).not.toMatch(/trạm y tế|health station/i);
  });
});
