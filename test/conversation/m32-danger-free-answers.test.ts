/**
 * M32 (RD37 on c45): free answers at "Có trẻ em nào đang gặp nguy hiểm ngay lúc này không?" err towards danger. "Nobody has come
 * home yet" of a small child left alone is a yes (not sure when the story tells of no child alone), "not safe yet" is a yes, a hedged
 * yes is a yes, "not yet" alone is not sure; only "nobody was hurt" is a no. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness, untilDangerQuestion } from "./real-core-harness.ts";

const h = realCoreHarness("m32danger");

/** The story, the report taken, then `answer` typed at the danger question: the danger stored. */
async function dangerAfter(story: string, answer: string) {
  const r = h.reporter();
  await untilDangerQuestion(r, story);
  await r.send(answer);
  return h.draftOf(r.chatId)?.dangerNow;
}

const ALONE_VI = "Con bé nhà sát vách mới 4 tuổi, sáng nào bố mẹ nó cũng khóa cửa để nó ở nhà một mình tới tối mịt, ở phường Phú Xuân, Huế";
const ALONE_EN = "The boy in the flat below is 5, his mum goes out every night and leaves him by himself until morning, we live in Phu Xuan ward, Hue";
const HIT_VI = "Thằng bé 9 tuổi nhà đối diện hay bị ông chú đánh bằng roi mây, ở phường Phú Xuân, Huế";
const HIT_EN = "The 9 year old girl across the road gets slapped by her uncle most weekends, we live in Phu Xuan ward, Hue";

describe("nobody has come home yet, of a small child left alone", () => {
  it.each([
    [ALONE_VI, "chưa ai về cả"],
    [ALONE_VI, "vẫn chưa có ai về"],
    [ALONE_VI, "chua thay nguoi lon nao ve het"],
    [ALONE_EN, "nobody has come home yet"],
    [ALONE_EN, "no one is home"],
  ])("«%s» / «%s»: a yes", async (story, answer) => {
    expect(await dangerAfter(story, answer)).toBe("yes");
  });

  it.each([
    [HIT_VI, "chưa ai về cả"],
    [HIT_VI, "không ai đến cả"],
    [HIT_EN, "nobody came"],
  ])("«%s» / «%s»: not sure, never a no", async (story, answer) => {
    expect(await dangerAfter(story, answer)).toBe("unknown");
  });

  it.each([
    [HIT_VI, "chưa đứa nào bị gì cả"],
    [HIT_VI, "không ai bị sao hết"],
    [HIT_VI, "không"],
    // RD38: "không có ai cả" with no word of a place or an arrival says nobody is in danger (m35-danger-nobody-and-care.test.ts).
    [HIT_VI, "không có ai cả"],
  ])("near miss «%s» / «%s»: nobody hurt is a no", async (story, answer) => {
    expect(await dangerAfter(story, answer)).toBe("no");
  });
});

describe("not safe yet is a yes, not back yet is not sure", () => {
  it.each([
    "chưa an toàn", "chưa an toàn đâu", "chua an toan", "không an toàn lắm", "nó chưa được an toàn", "không, chưa an toàn đâu",
    "not safe yet", "she's not safe",
  ])("«%s»: a yes", async (answer) => {
    expect(await dangerAfter(HIT_VI, answer)).toBe("yes");
  });

  it.each(["chưa về", "ổng chưa về"])("«%s»: not sure", async (answer) => {
    expect(await dangerAfter(HIT_VI, answer)).toBe("unknown");
  });

  it.each(["an toàn rồi", "không, an toàn rồi", "giờ bé an toàn rồi"])("near miss «%s»: never a yes", async (answer) => {
    expect(await dangerAfter(HIT_VI, answer)).not.toBe("yes");
  });
});

describe("a hedged yes is a yes, 'not yet' alone is not sure", () => {
  it.each(["hình như có", "chắc có", "có vẻ có", "có thể", "chắc là có ạ", "có lẽ có", "hinh nhu co"])("«%s»: a yes", async (answer) => {
    expect(await dangerAfter(HIT_VI, answer)).toBe("yes");
  });
  it.each(["i think so", "I guess so"])("«%s»: a yes", async (answer) => {
    expect(await dangerAfter(HIT_EN, answer)).toBe("yes");
  });

  it.each([[HIT_VI, "chưa"], [HIT_VI, "chưa ạ"], [HIT_VI, "chưa đâu"], [HIT_EN, "not yet"]])("«%s» / «%s»: not sure", async (story, answer) => {
    expect(await dangerAfter(story, answer)).toBe("unknown");
  });

  it.each([[HIT_VI, "chắc là không"], [HIT_EN, "probably not"], [HIT_EN, "no"]])("near miss «%s» / «%s»: a no", async (story, answer) => {
    expect(await dangerAfter(story, answer)).toBe("no");
  });
  it("near miss: 'maybe' alone stays not sure", async () => {
    expect(await dangerAfter(HIT_EN, "maybe")).toBe("unknown");
  });
});

describe("care advice only for a hurt still felt", () => {
  it.each([
    "em 11 tuổi, áo em có màu đỏ, bạn cùng lớp hay trêu em",
    "em 11 tuổi, bố say rượu quát em, em phải chạy mau sang nhà bà",
    "em 11 tuổi, bố em đánh em nhưng em không bị chảy máu, em ổn",
    "em 11 tuổi, hôm kia anh em đánh em chảy máu mũi nhưng hết chảy máu rồi",
    "em 12 tuổi, cái cặp của em màu xanh, mấy bạn lớp trên hay giật cặp của em",
    "em 10 tuổi, tuần trước dượng đánh em rách môi, ra máu, giờ hết ra máu rồi, em sợ dượng",
  ])("«%s»: no health-station advice", async (story) => {
    const r = h.reporter();
    const first = (await r.send(story)).map((x) => x.text).join("\n");
    expect(first).not.toMatch(/trạm y tế|health station/i);
  });

  it.each([
    "em 12 tuổi, tối qua bố đánh em chảy máu mũi, giờ vẫn còn chảy máu",
    "em 12 tuổi, mẹ quất em hết chảy máu rồi nhưng lưng vẫn còn đau lắm",
  ])("«%s»: told where to get care", async (story) => {
    const r = h.reporter();
    const first = (await r.send(story)).map((x) => x.text).join("\n");
    expect(first).toMatch(/trạm y tế/);
  });
});
