/**
 * Officials often type a plan question without a question mark ("CA tỉnh làm gì khi ..."): a question
 * word asked of an agency or of who is responsible, with no child, no age, no one who harms and no one
 * who writes, is a plan question as it is with the mark. A story typed without a mark stays a concern.
 * Sentences written for this test (none from a corpus or a question set).
 */
import { describe, expect, it } from "vitest";
import { routeMessageKind } from "../../../src/intake/triage/message-kind.ts";

describe("a plan question typed without a question mark", () => {
  it.each([
    "Sở GD tỉnh Gia Lai phải làm gì khi học sinh bị bạo lực học đường",
    "cong an tinh dak lak co nhiem vu gi trong phong chong xam hai tre em",
    "ai chịu trách nhiệm hỗ trợ trẻ bị bạo lực gia đình ở Tây Ninh",
    "Hội LHPN tỉnh Huế làm gì để phòng chống xâm hại tình dục trẻ em",
    "which department handles child abuse cases in Gia Lai",
    "CA tinh Tay Ninh lam gi khi tre bi bao luc, xam hai",
  ])("%s", (text) => {
    expect(routeMessageKind(text).kind).toBe("question");
  });
});

describe("a story typed without a question mark stays a concern", () => {
  it.each([
    "con bé nhà bên bị bố đánh suốt mà không ai làm gì cả",
    "thằng nhỏ 8 tuổi bị bạo lực ở nhà, công an xã chưa làm gì",
    "ai cứu con tôi với, chồng tôi đang đánh nó",
    "em bị bạn cùng lớp bắt nạt hoài mà cô giáo không làm gì",
    "my neighbour's son is beaten every night and nobody does anything",
    "trẻ con xóm này bị xâm hại nhiều mà chẳng ai làm gì",
  ])("%s", (text) => {
    expect(["concern", "unsure"]).toContain(routeMessageKind(text).kind);
  });
});
