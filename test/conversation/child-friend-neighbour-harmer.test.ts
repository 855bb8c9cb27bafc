/**
 * A child writing about a friend harmed by a neighbour ("ông hàng xóm"): the neighbour named as the one who harms is no sign that
 * the writer is a grown-up neighbour (walk 36, r06: the child got the adult offer "Có vẻ bạn đang kể về một trẻ em gặp chuyện",
 * no safety advice, 111 only after the code). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";
import { isChildWriter } from "../../src/intake/report-flow/story-reading.ts";

const h = realCoreHarness("cfn");

describe("a child telling of a friend harmed by a neighbour", () => {
  const stories = [
    "anh ơi bạn thân của em học lớp 5, bạn ấy kể chú hàng xóm hay gọi bạn ấy sang nhà rồi bắt ngồi lên đùi sờ người, bạn ấy dặn em không được kể",
    "chị ơi nhỏ bạn cùng lớp em nói ông hàng xóm cho nó kẹo rồi đòi nó cởi áo, tụi em học lớp 4",
  ];
  it.each(stories)("is read as a child writing: «%s»", (story) => {
    expect(isChildWriter(story)).toBe(true);
  });

  it.each(stories)("gets child wording and 111 in the first reply: «%s»", async (story) => {
    const r = h.reporter();
    const text = all(await r.send(story));
    expect(text).not.toMatch(/Có vẻ bạn đang kể về một trẻ em gặp chuyện/);
    expect(text).toMatch(/111/);
  });

  it.each([
    "Tôi là hàng xóm, thằng bé nhà bên bị bố nó đánh hoài",
    "bên hàng xóm có đứa nhỏ hay bị mẹ nó bỏ đói, nhà tui ở sát bên",
  ])("a grown-up neighbour writing stays a grown-up: «%s»", (story) => {
    expect(isChildWriter(story)).toBe(false);
  });
});
