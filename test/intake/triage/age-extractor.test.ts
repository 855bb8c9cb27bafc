import { describe, expect, it } from "vitest";
import { extractChildAge } from "../../../src/intake/triage/age-extractor.ts";
import { splitReport } from "../../../src/intake/triage/report-text.ts";

const ageOf = (text: string) => extractChildAge(splitReport(text));

describe("extractChildAge", () => {
  it.each([
    ["bé 12 tuổi", 12, 12],
    ["6 tuoi", 6, 6],
    ["em 13t", 13, 13],
    ["bé mười lăm tuổi", 15, 15],
    ["con tôi học lớp 7", 12, 13],
    ["bé 8 tháng tuổi", 0, 1],
    ["trẻ sơ sinh", 0, 0],
    ["a 9-year-old boy", 9, 9],
    ["my cousin is 13", 13, 13],
    ["hai anh em 5 và 7 tuổi", 5, 7],
    ["trẻ 12-13 tuổi", 12, 13],
  ])("reads %s", (text, min, max) => {
    expect(ageOf(text)).toMatchObject({ min, max });
  });

  it("keeps the youngest child and ignores adults' ages", () => {
    expect(ageOf("Ông 60 tuổi đánh cháu 4 tuổi và anh nó 9 tuổi")).toMatchObject({ min: 4, source: "4 tuổi" });
  });

  it("returns null when no age is stated", () => {
    expect(ageOf("Bé nhà bên bị đánh")).toBeNull();
  });

  it("does not take a count or a time after 'được', 'mới', 'is' for an age", () => {
    expect(ageOf("Em 15 tuổi. Có anh trên mạng nhắn tin với em được 2 tuần, đòi em gửi ảnh")).toMatchObject({ min: 15, max: 15 });
    expect(ageOf("nó mới 3 ngày không về nhà")).toBeNull();
    expect(ageOf("the kiln is 5 minutes from the school")).toBeNull();
    expect(ageOf("bé mới 9, bố đánh suốt")).toMatchObject({ min: 9, max: 9 });
  });
});
