import { describe, expect, it } from "vitest";
import { checkGrounding, extractDates, extractNumbers } from "../../src/llm/grounding-checker.ts";
import { registry } from "./llm-test-support.ts";

const facts = {
  texts: [
    "Theo Kế hoạch 1979/KH-UBND (Tây Ninh): Sở Y tế chủ trì; Sở Giáo dục và Đào tạo phối hợp. Báo cáo trước ngày 15/12 hằng năm.",
    "Phấn đấu 90% trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế; kinh phí 1.500 triệu đồng.",
    "2025-03-01",
  ],
  requiredAgencyIds: ["so-y-te"],
  leadAgencyIds: ["so-y-te"],
};
const check = (text: string) => checkGrounding(text, facts, registry());

describe("grounding check of a model's wording", () => {
  it("accepts text that restates the facts in other words", () => {
    expect(check("Kế hoạch 1979/KH-UBND của Tây Ninh giao Sở Y tế chủ trì, Sở GD&ĐT phối hợp; báo cáo gửi trước 15/12 mỗi năm.")).toEqual({ ok: true });
  });

  it("accepts the facts' dates in other notations and their numbers as written", () => {
    expect(check("Sở Y tế chủ trì từ ngày 1 tháng 3 năm 2025, mục tiêu 90% trẻ dưới 6 tuổi, kinh phí 1.500 triệu đồng.")).toEqual({ ok: true });
    expect(check("Sở Y tế chủ trì từ 01/03/2025 (tháng 3/2025).")).toEqual({ ok: true });
  });

  it("rejects an agency written by abbreviation when it is not in the facts", () => {
    expect(check("Sở Y tế chủ trì, Sở LĐTBXH phối hợp.")).toEqual({ ok: false, reason: "agency" });
  });

  it("rejects an organisation the registry does not know, in Vietnamese or English", () => {
    expect(check("Sở Y tế chủ trì, Ban Quản lý Dự án Trẻ em phối hợp.")).toEqual({ ok: false, reason: "agency" });
    expect(check("Sở Y tế chủ trì, Department of Magic coordinates.")).toEqual({ ok: false, reason: "agency" });
    expect(check("Sở Y tế chủ trì. Ban đầu, các sở phối hợp.")).toEqual({ ok: true });
  });

  it("rejects a changed number, a changed date, and a date moved to another year", () => {
    expect(check("Sở Y tế chủ trì, mục tiêu 95% trẻ.")).toEqual({ ok: false, reason: "number" });
    expect(check("Sở Y tế chủ trì, kinh phí 1.600 triệu đồng.")).toEqual({ ok: false, reason: "number" });
    expect(check("Sở Y tế chủ trì, báo cáo trước ngày 15/11.")).toEqual({ ok: false, reason: "date" });
    expect(check("Sở Y tế chủ trì từ 01/03/2024.")).toEqual({ ok: false, reason: "date" });
  });

  it("rejects text that gives the lead to an agency the facts say only coordinates", () => {
    expect(check("Sở Giáo dục và Đào tạo chủ trì, Sở Y tế phối hợp.")).toEqual({ ok: false, reason: "role" });
    expect(check("Cơ quan chủ trì là Sở Giáo dục và Đào tạo; Sở Y tế tham gia.")).toEqual({ ok: false, reason: "role" });
    expect(check("Sở Y tế là cơ quan chủ trì, phối hợp với Sở Giáo dục và Đào tạo.")).toEqual({ ok: true });
  });

  it("rejects a quantity spelled out in words that the facts do not state", () => {
    expect(check("Sở Y tế chủ trì, báo cáo trong mười lăm ngày.")).toEqual({ ok: false, reason: "number" });
    expect(check("Sở Y tế chủ trì; reports are due within two weeks.")).toEqual({ ok: false, reason: "number" });
    expect(check("Sở Y tế chủ trì; năm nay các sở cùng phối hợp.")).toEqual({ ok: true });
  });

  it("rejects text that no longer names the lead agency", () => {
    expect(check("Sở Giáo dục và Đào tạo phối hợp thực hiện kế hoạch 1979/KH-UBND.")).toEqual({ ok: false, reason: "omission" });
  });

  it("does not read list numbering as an invented number", () => {
    expect(check("1. Sở Y tế chủ trì.\n2. Sở Giáo dục và Đào tạo phối hợp.")).toEqual({ ok: true });
  });
});

describe("dates and numbers in Vietnamese text", () => {
  it("reads day/month/year, ISO, worded and month/year dates, and leaves document numbers alone", () => {
    const scan = extractDates("ngày 5 tháng 6 năm 2021, 2025-03-01, 15/12/2020, tháng 7/2019, 2041/QĐ-UBND, Nghị định 45/2025/NĐ-CP");
    expect(scan.keys).toEqual(["1-3-2025", "5-6-2021", "15-12-2020", "_-7-2019"]);
    expect(extractNumbers(scan.rest)).toEqual(expect.arrayContaining(["2041", "45", "2025"]));
  });

  it("drops leading zeros so 05 and 5 are the same number", () => {
    expect(extractNumbers("05 và 007")).toEqual(["5", "7"]);
  });
});
