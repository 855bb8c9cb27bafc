/** RD2 mends (m2): worried questions without '?', the count of children at the summary, danger added after the code. Own sentences. */
import { describe, expect, it } from "vitest";
import { addedDangerNow } from "../../../src/intake/report-flow/added-danger.ts";
import { allChildrenSaid, moreChildrenSaid } from "../../../src/intake/report-flow/answer-matching.ts";
import { isQuestionLike } from "../../../src/intake/report-flow/side-questions.ts";

describe("a worried question without its mark is a question ('chứ', 'không ạ', 'được không' endings)", () => {
  it.each([
    "em nói ra thì không sao chứ ạ",
    "báo công an thì em không sao chứ",
    "nếu tôi báo thì tôi không sao chứ",
    "ko sao chu",
    "mình kể hết thì có bị gì không ạ",
    "em nói tên thật được không",
  ])("asks: %s", (text) => expect(isQuestionLike(text)).toBe(true));
  it.each([
    "bé nói với tôi là giờ nó không sao",
    "chắc không sao đâu",
    "được chứ sao",
    "dạ không ạ",
  ])("says, does not ask: %s", (text) => expect(isQuestionLike(text)).toBe(false));
});

describe("children counted at the summary: diacritics as written decide, 'cả ba đứa' is all of them", () => {
  it.each([
    "bé đang ở với bà, em nó cũng bị đánh",
    "nó ở với bà, con nó cũng bị vậy",
    "và năm con chó cũng bị đánh",
    "cả bà và con bé cũng bị chửi",
  ])("adds none: %s", (text) => expect(moreChildrenSaid(text)).toBeNull());
  it.each([
    ["thêm 3 đứa nữa cũng bị", 3],
    ["còn 2 bé nữa", 2],
    ["con co them hai dua nua", 2],
    ["với ba đứa nhỏ nhà bên cũng bị", 3],
    ["voi ba dua nua cung bi", 3],
  ] as const)("adds: %s", (text, n) => expect(moreChildrenSaid(text)).toBe(n));
  it.each([
    ["cả ba đứa cũng bị", 3],
    ["ca 4 dua deu bi danh", 4],
    ["cả hai bé cũng bị", 2],
  ] as const)("all of them: %s", (text, n) => {
    expect(allChildrenSaid(text)).toBe(n);
    expect(moreChildrenSaid(text)).toBeNull();
  });
});

describe("an addition after the code: danger now alarms, a child home or a past beat does not", () => {
  it.each([
    "nó về nhà rồi, đang ăn cơm với bà",
    "bé vừa đi đám cưới về",
    "bé vừa kể bố đánh nó tuần trước",
    "bé kể lại chuyện bố đánh",
    "con bé về tới nhà rồi",
    "nó vừa đi đám giỗ bên ngoại",
  ])("no alarm: %s", (text) => expect(addedDangerNow(text, true)).toBe(false));
  it.each([
    "ông ta đang đạp cửa",
    "bố nó quay lại rồi, đang đánh",
    "bố nó về rồi",
    "hắn lại đến rồi",
    "ông ấy vừa đấm bé",
    "nó quay lại rồi, đang la hét",
  ])("alarm: %s", (text) => expect(addedDangerNow(text, true)).toBe(true));
});
