/**
 * Walk 47 (c25): the readings behind the reporter conversation's fixes, each on words written for these tests.
 */
import { describe, expect, it } from "vitest";
import { bareAddedNumber, moreChildrenSaid, relationInWords } from "../../../src/intake/report-flow/answer-matching.ts";
import { addedDangerNow } from "../../../src/intake/report-flow/added-danger.ts";
import { harmerSexOf } from "../../../src/intake/report-flow/harmer-sex.ts";
import { isQuestionLike } from "../../../src/intake/report-flow/side-questions.ts";
import { isChildWriter } from "../../../src/intake/report-flow/story-reading.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

describe("who writes, in words of their own", () => {
  it.each([
    ["tụi mình ở cùng xóm trọ với nhà nó", "neighbour"],
    ["tôi sống đối diện nhà cháu", "neighbour"],
    ["I live next door", "neighbour"],
    ["mik là bn cùng lớp của bạn ấy", "other"],
    ["e hoc chung voi no", "other"],
    ["người bị là tớ", "self"],
    ["là em đây ạ", "self"],
  ] as const)("%s", (words, relation) => {
    expect(relationInWords(words, "vi")?.relation).toBe(relation);
  });

  it("a teacher or an unknown tie is none of them", () => {
    expect(relationInWords("tôi quen nhà đó", "vi")).toBeNull();
    expect(relationInWords("cô chủ nhiệm lớp bé", "vi")).toBeNull();
  });
});

describe("a number with no child word", () => {
  it.each(["thêm 3", "3 nữa", "còn 2 nha"])("%s adds nothing", (t) => {
    expect(bareAddedNumber(t)).toBe(true);
    expect(moreChildrenSaid(t)).toBeNull();
  });
  it.each([["thêm hai đứa nữa cũng bị", 2], ["còn 4 bé nữa", 4], ["there are 2 more kids", 2]] as const)("%s adds %i", (t, n) => {
    expect(moreChildrenSaid(t)).toBe(n);
    expect(bareAddedNumber(t)).toBe(false);
  });
  it.each(["3", "3 tuổi", "thôn 3"])("%s is an answer", (t) => expect(bareAddedNumber(t)).toBe(false));
});

describe("a weekday is a day", () => {
  it.each(["bé bị đánh thứ năm tuần trước", "bị đánh hôm thứ 3 tuần rồi"])("%s", (t) => {
    expect(extractReportFacts(t).whenQuote ?? "").not.toMatch(/^(?:năm|3) tuần/);
  });
  it("a count of weeks is still one", () => {
    expect(extractReportFacts("bé bị đánh 3 tuần rồi").whenQuote).toMatch(/3 tuần/);
  });
});

describe("danger added after the code", () => {
  it.each(["ông ta lại đang đập phá đồ trong nhà", "thằng đó vừa xông vào phòng bé", "bố nó quay về rồi"])("%s", (t) => {
    expect(addedDangerNow(t, true)).toBe(true);
  });
  it.each(["nhà có cổng màu xanh", "bố nó quay về rồi nhưng bé đang ở nhà tôi, an toàn rồi"])("no danger: %s", (t) => {
    expect(addedDangerNow(t, true)).toBe(false);
  });
});

describe("the harmer's sex", () => {
  it.each([
    ["stepfather", null, "bé bị dượng đánh", "male"],
    [null, "hàng xóm", "bé bị ông Chín hàng xóm dụ vào nhà", "male"],
    ["peer", "lớp trên", "bé bị một bạn nữ lớp trên đánh", "female"],
    ["neighbour", "hàng xóm", "bé hay bị hàng xóm chửi, bả còn đánh bé", "female"],
  ] as const)("%s %s: %s", (harmer, quote, text, sex) => {
    expect(harmerSexOf(harmer, quote, text)).toBe(sex);
  });
  it("unsaid: null", () => expect(harmerSexOf("neighbour", "hàng xóm", "bé bị hàng xóm đánh")).toBeNull());
});

describe("a child writing as the friend of the child", () => {
  it.each(["tớ là bạn thân của nó, nó 11 tuổi, mẹ nó hay nhốt nó", "e là bn của bạn ấy, bạn ấy bị bố đánh hoài"])("%s", (t) => {
    expect(isChildWriter(t)).toBe(true);
  });
  it("a grown-up friend of the family is not", () => expect(isChildWriter("tôi là bạn của mẹ bé, bé bị bố đánh")).toBe(false));
});

it("'không sao' said is no question", () => {
  expect(isQuestionLike("mẹ nó bảo là nó không sao")).toBe(false);
  expect(isQuestionLike("bé có sao không")).toBe(true);
});
