/**
 * "... or not?", "... hay chưa có chỉ tiêu?", "... hay không?" offer the other answer of a yes/no question; they are not a second
 * part to answer with another line of the plan. Before (RD7): "Does Hue plan 26 set a target for birth registration or not?" got,
 * besides the birth-registration target, the unrelated line on child-friendly communes.
 */
import { describe, expect, it } from "vitest";
import { shippedAnswerer } from "./shipped-answerer.ts";

const { qa } = shippedAnswerer();
const lines = (q: string) => qa.answer(q).answer.split("\n");

describe("a yes/no question's 'or not' tail", () => {
  it.each([
    ["Does Hue plan 26 set a target for birth registration or not?", "Does Hue plan 26 set a target for birth registration?"],
    ["Chỉ tiêu đăng ký khai sinh của KH 26 Huế là bao nhiêu hay chưa có chỉ tiêu?", "Chỉ tiêu đăng ký khai sinh của KH 26 Huế là bao nhiêu?"],
    ["KH 26 Huế có đặt chỉ tiêu về làm giấy khai sinh cho trẻ hay không?", "KH 26 Huế có đặt chỉ tiêu về làm giấy khai sinh cho trẻ không?"],
    ["kh 26 hue co chi tieu dang ky khai sinh hay chua", "kh 26 hue co chi tieu dang ky khai sinh chua"],
  ])("%s is answered as without the tail", (withTail, without) => {
    expect(lines(withTail)).toEqual(lines(without));
  });

  it("the answer holds the birth-registration target and no line on child-friendly communes", () => {
    const text = lines("Does Hue plan 26 set a target for birth registration or not?").join("\n");
    expect(text).toMatch(/95% trẻ em sinh ra được làm giấy khai sinh/);
    expect(text).not.toMatch(/phù hợp với trẻ em/);
  });
});
