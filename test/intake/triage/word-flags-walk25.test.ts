/**
 * Red flags the walks of 24 and 25 found raised by words out of their sentence (DESIGN: "never from a
 * word alone"): a parent who has not come home ("ba chưa về", "mẹ nó chưa về", "her dad hasn't come
 * home") read as a missing child. The child who has not come home still is one. Sentences written for
 * this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const MISSING = ["child_missing", "young_child_missing"];
const cases: Array<[string, boolean]> = [
  ["em 12 tuổi, tối nay ba chưa về, mẹ đánh em bằng roi", false],
  ["mẹ nó chưa về từ hôm qua, thằng bé 6 tuổi ngồi khóc ngoài hiên", false],
  ["bo con be chua ve nha 3 ngay nay, con be 7 tuoi o voi ba noi gia", false],
  ["her dad hasn't come home since Monday and the 5 year old next door is alone with a baby", false],
  ["chồng chị ấy chưa về, chị ấy hay đánh con gái 9 tuổi khi say", false],
  ["thằng bé 10 tuổi nhà bên đi từ trưa chưa về, mẹ nó đang đi tìm khắp xóm", true],
  ["con gái tôi 13 tuổi chưa về nhà từ tối qua, gọi không bắt máy", true],
  ["my daughter is 12 and hasn't come home since last night", true],
];

describe("a grown-up who has not come home is no missing child", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(cases.map((c) => c[0]))).toEqual([]);
  });
  it.each(cases)("%s: a missing child is %s", (text, missing) => {
    expect(triageReport(text).redFlags.some((f) => MISSING.includes(f))).toBe(missing);
  });
});

describe("ages written in words, and words that only look like harm", () => {
  const age = (t: string) => triageReport(t).childAge;
  it.each([
    ["thằng cháu tôi mười bốn tuổi bỏ nhà đi hai hôm nay", 14],
    ["con bé nhà bên mười hai tuổi bị ba nó chửi suốt", 12],
    ["chị nó mười sáu tuổi đi làm xa, còn nó mười một tuổi ở với bà", 11],
    ["gã đó hai mươi lăm tuổi nhắn tin dụ con bé mười ba tuổi", 13],
    ["nhà kế bên có đứa nhỏ mới biết đi, ba mẹ đi rẫy từ sáng để nó ở nhà với anh nó 6 tuổi", 1],
  ])("«%s» is a child of %i", (text, years) => {
    expect(inSomeCorpus([text])).toEqual([]);
    expect(age(text)?.min).toBe(years);
  });

  it("a mark at school is no age: 'thi không được 8 điểm' says nothing of how old", () => {
    expect(age("bố dọa nếu thi không được 8 điểm thì không cho ăn cơm")).toBeNull();
  });

  it.each([
    "hè này thằng út mười tuổi nhà tôi ở nhà giết thời gian bằng game, có lớp hè nào không?",
    "con gái tôi mười ba tuổi cả ngày ôm điện thoại, nói không nghe, tôi phải làm sao",
  ])("«%s» is no emergency", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).risk).not.toBe("emergency");
  });

  it("'hông nói muốn chết' (southern 'không') is no stated intent to die; 'đau hông' is still the hip", () => {
    const t = triageReport("con bé mười lăm tuổi nhà tui dạo này bỏ ăn, ốm nhom, nó hông nói muốn chết gì hết, chỉ buồn thôi");
    expect(t.redFlags).not.toContain("stated_intent_to_die");
    expect(t.risk).not.toBe("emergency");
    expect(triageReport("thằng bé bị cha đá vào hông, đau hông đi không nổi").category).toBe("physical_violence");
    expect(triageReport("thằng bé bị cha đá vào hông, đau hông đi không nổi").risk).not.toBe("low");
  });

  it("a toddler alone for days is an emergency, told by what the child can do", () => {
    const text = "nhà kế bên có hai đứa, đứa lớn chừng bốn tuổi, đứa nhỏ đang tập đi, má tụi nó đi đâu hai bữa nay chưa về, tụi nhỏ ở nhà một mình";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).risk).toBe("emergency");
  });
});

describe("a rape told with 'lúc', a past season, and images on an adult site", () => {
  it("'bị ... hiếp lúc em đang ngủ' is a rape ('hiếp lúc' is no 'hiệp lực'); told as at Tết, months ago, it is high, not an emergency", () => {
    const text = "em 14 tuổi, dịp Tết em về quê thì bị ông chú họ hiếp lúc cả nhà đi chúc Tết, em chưa kể với ai";
    expect(inSomeCorpus([text])).toEqual([]);
    const t = triageReport(text);
    expect(t.redFlags).toContain("rape");
    expect(t.risk).toBe("high");
    expect(triageReport("các đơn vị hiệp lực hỗ trợ trẻ bị xâm hại trong tỉnh").redFlags).not.toContain("rape");
  });

  it("a rape last night, the man still in the house, stays an emergency", () => {
    expect(triageReport("con bé 12 tuổi bị bố dượng hiếp lúc nửa đêm hôm qua, sáng nay ổng vẫn ở nhà").risk).toBe("emergency");
  });

  it.each([
    "có đứa quay clip con gái tôi 14 tuổi lúc thay đồ rồi up lên web người lớn",
    "my son's video from a call with a stranger is now on a porn site, he is 13",
  ])("«%s» is sexual images of the child", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    const t = triageReport(text);
    expect(t.redFlags).toContain("sexual_images");
    expect(["high", "emergency"]).toContain(t.risk);
  });
});
