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

describe("a child writing in teencode about a friend and asking what to do is a concern", () => {
  // Found by route_check on a held-out writer: a pupil's "bn cùng lớp mk ... mk có thể làm j?" was answered as a plan
  // question ("Các kế hoạch trong kho không trả lời câu hỏi này"). Sentences written for this test.
  it.each([
    "bn mk ở nhà một mình cả tuần, ko có gì ăn, bme đi làm xa. mk giúp bn ấy thế nào?",
    "nhỏ bn cùng lớp mik ko có gì ăn mấy ngày nay. mik làm j đc?",
    "bn thân mk bị mẹ kế bỏ đói mấy hôm nay, tối nào cũng khóc. mk nên làm j?",
    "nhỏ bạn t ở trọ một mình, ba mẹ nó đi làm xa cả tháng ko về, nó hết tiền ăn rồi. t có thể làm gì ạ?",
    "my best friend's stepdad locks her out at night and she sleeps on the porch. what can I do?",
  ])("%s", (text) => {
    expect(["concern", "unsure"]).toContain(routeMessageKind(text).kind);
  });

  it.each([
    "mk muốn hỏi sở giáo dục gia lai làm gì khi học sinh bị bắt nạt?",
    "cho mình hỏi ai chịu trách nhiệm hỗ trợ trẻ bị bạo lực ở Huế?",
    "tôi phải làm gì khi phát hiện trẻ bị xâm hại?",
  ])("a plan question in the same voice stays a question: %s", (text) => {
    expect(routeMessageKind(text).kind).toBe("question");
  });
});
