/**
 * Who harms, in stories of the kinds the third walk told (sentences written for this file):
 * "ba má tụi nó" is the children's parents, not other children; the person who does the harm
 * ("cậu hay dí thuốc vào người") wins over the person who brought the child ("bà ngoại đưa bé đi
 * khám"); "nhà bên cạnh có chuyện gì không ổn" names no one who harms.
 */
import { describe, expect, it } from "vitest";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

describe("who harms", () => {
  it.each([
    ["Xóm tui có ba đứa nhỏ, ba má tụi nó đi biển cả tháng, bỏ tụi nhỏ ở nhà với nhau, đứa lớn mới 8 tuổi.", "parents"],
    ["Mẹ bọn nó đi làm xa, bố bọn nó thì bỏ mặc, hai đứa nhỏ tự nấu cơm ăn.", "father"],
    ["Sáng nay ông nội dẫn bé gái 5 tuổi tới trạm xá khám ho. Trên tay bé có nhiều vết bỏng tròn, bé nói dì hay dí tàn thuốc vào tay.", "relative"],
    ["Chị gái bé đưa bé đến lớp, bé kể chú hay dí điếu thuốc vào chân bé.", "relative"],
  ])("%s → %s", (text, relation) => {
    expect(extractReportFacts(text).harmer).toBe(relation);
  });

  it.each([
    "hình như nhà hàng xóm có chuyện gì với thằng bé, tối nào cũng nghe la hét",
    "nhà kế bên có chuyện không ổn với con bé thì phải",
  ])("'%s' names no harmer", (text) => {
    expect(extractReportFacts(text).harmer).toBeNull();
  });
});

describe("the commune", () => {
  it.each([
    ["cứu với, thằng bé nhà bên đang bị đánh. thôn 2 xã Krông Búk Đắk Lắk", "xã Krông Búk"],
    ["bé ở phường Hội Phú Gia Lai bị bỏ đói", "phường Hội Phú"],
    ["bé ở phường Tân Định bị bỏ đói", "phường Tân Định"],
  ])("'%s' → %s (the province after it is not part of the name)", (text, commune) => {
    expect(extractReportFacts(text).commune).toBe(commune);
  });
});

describe("the child's sex beside a male relative who harms", () => {
  it("'cháu gái ... bị thằng anh họ 16 tuổi sờ mó' is a girl, harmed by a cousin (a relative)", () => {
    const f = extractReportFacts("Cháu gái tôi tên Mơ 8 tuổi, nhà ở xã Lâm Thao. Tuần trước cháu bị thằng anh họ 16 tuổi sờ mó.");
    expect(f.sex).toBe("female");
    expect(f.harmer).toBe("relative");
  });
});
