/** "đá bóng", "đá cầu" is play: the children playing are the children harmed, not a group that harms (reader 41). */
import { describe, expect, it } from "vitest";
import { severalSaid } from "../../../src/intake/report-flow/story-reading.ts";

describe("children at play are several children harmed", () => {
  it.each([
    "Mấy đứa cháu tôi đá bóng ngoài ngõ thì bị ông hàng xóm chửi và tát",
    "Mấy đứa nhỏ trong xóm đá cầu trước nhà thì bị bà chủ quán cầm chổi đánh",
    "Mấy đứa con tôi đá banh ở bãi đất trống bị một ông lạ mặt dọa đánh",
  ])("'%s': several children", (text) => {
    expect(severalSaid(text)).toBe(true);
  });
  it("'mấy thằng lớp lớn đá nó' is still a group that kicks", () => {
    expect(severalSaid("Con trai tôi bị mấy thằng lớp lớn đá vào bụng giờ ra chơi")).toBe(false);
  });
});
