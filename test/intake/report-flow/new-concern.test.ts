/**
 * A message after a case code: more about the same child (added to the case), or a new report
 * about another child (the reporter is asked which). Read with the real fact module.
 */
import { describe, expect, it } from "vitest";
import { aboutAnotherChild, type CaseFacts } from "../../../src/intake/report-flow/new-concern.ts";

const findProvince = (t: string) => (/gia lai/i.test(t) ? { id: "gia-lai", name: "Gia Lai" } : /đắk lắk|dak lak/i.test(t) ? { id: "dak-lak", name: "Đắk Lắk" } : null);
const boy7: CaseFacts = { childAgeBand: "6_11", childSex: "male", provinceId: "gia-lai", commune: "phuong thong nhat", harmer: "father", self: false };
const another = (text: string, known: CaseFacts | null = boy7) => aboutAnotherChild(known, text, { findProvince });

describe("a message after the case code", () => {
  it("about the same child, a correction or a plain addition, is not a new concern", () => {
    expect(another("Quên nói: bé còn bị bỏ đói, mấy hôm nay không được ăn cơm.")).toBe(false);
    expect(another("Mẹ nó cũng đánh nó nữa.")).toBe(false);
    expect(another("bé 12 tuổi chứ không phải 7")).toBe(false);
    expect(another("Còn nữa, bé hay mặc áo dài tay để che vết bầm.")).toBe(false);
    expect(another("Tối nay ông ấy lại say rượu về, tôi sợ bé bị đánh tiếp.")).toBe(false);
    expect(another("Bé đang ở nhà bà nội ở phường Thống Nhất.")).toBe(false);
  });

  it("that says it is about another child or another matter is one, with or without what the case said", () => {
    expect(another("Còn một chuyện nữa, bé hàng xóm khác cũng bị bố đánh.")).toBe(true);
    expect(another("Có một bé khác trong xóm bị bỏ đói.", null)).toBe(true);
    expect(another("Chuyện khác: ở trường có đứa bị bắt nạt.")).toBe(true);
    expect(another("There is another child next door who is beaten too.", null)).toBe(true);
    expect(another("con mot chuyen nua, dua be khac o xom tren bi me ke danh", null)).toBe(true);
  });

  it("describing a child who differs from the case's in age and sex, or in place while telling of harm, is one", () => {
    expect(another("Bé gái 13 tuổi nhà bên cũng bị mẹ kế đánh bằng roi.")).toBe(true);
    expect(another("Ở xã Ea Kar, Đắk Lắk có một bé bị bố đánh gãy tay.")).toBe(true);
    expect(another("Còn một chuyện nữa: bé gái ở phường Diên Hồng bị ép nghỉ học.")).toBe(true);
  });

  it("without what the case said, only the words count", () => {
    expect(another("Bé gái 13 tuổi nhà bên cũng bị mẹ kế đánh bằng roi.", null)).toBe(false);
  });
});
