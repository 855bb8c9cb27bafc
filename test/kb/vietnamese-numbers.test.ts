import { describe, expect, it } from "vitest";
import { parseAmountVnd, parseDayMonth, parseVietnameseDate, parseVietnameseNumber } from "../../src/kb/ingest/vietnamese-numbers.ts";

describe("Vietnamese numbers", () => {
  it.each([
    ["2.479", 2479],
    ["6,970", 6.97],
    ["1.234.567", 1_234_567],
    ["1.234,5", 1234.5],
    ["01", 1],
    ["200", 200],
  ])("%s is %d", (written, value) => {
    expect(parseVietnameseNumber(written)).toBe(value);
  });

  it("rejects text that is not a number", () => {
    expect(parseVietnameseNumber("tỷ")).toBeNull();
    expect(parseVietnameseNumber("1,2,3")).toBeNull();
  });

  it("reads amounts with their unit: 6,970 tỷ is 6.97 billion", () => {
    expect(parseAmountVnd("6,970", "tỷ")).toBe(6.97e9);
    expect(parseAmountVnd("200", "triệu")).toBe(2e8);
    expect(parseAmountVnd("1.500.000", null)).toBe(1_500_000);
  });
});

describe("Vietnamese dates", () => {
  it.each([
    ["ngày 17 tháng 8 năm 2016", "2016-08-17"],
    ["ngày  17 tháng 8 năm 2016", "2016-08-17"],
    ["17/8/2016", "2016-08-17"],
    ["11/09/2019", "2019-09-11"],
    ["17-8-2016", "2016-08-17"],
    ["17.8.2016", "2016-08-17"],
    ["Tây Ninh, ngày 11 tháng 9 năm 2019", "2019-09-11"],
  ])("%s is %s", (written, iso) => {
    expect(parseVietnameseDate(written)).toBe(iso);
  });

  it("refuses impossible dates", () => {
    expect(parseVietnameseDate("31/2/2016")).toBeNull();
  });

  it("reads a deadline's day and month", () => {
    expect(parseDayMonth("truoc ngay 20/11")).toEqual({ day: 20, month: 11 });
    expect(parseDayMonth("truoc ngay 15 thang 12")).toEqual({ day: 15, month: 12 });
  });
});
