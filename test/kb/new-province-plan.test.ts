import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/kb/ingest/plan-parser.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";

// A plan from a province none of the shipped plans come from, written in the same style,
// with CRLF line endings, an agency the registry does not know and a "Đề nghị" organisation.
const KON_TUM = [
  "ỦY BAN NHÂN DÂN",
  "TỈNH KON TUM",
  "Số: 812/KH-UBND",
  "Kon Tum, ngày 05 tháng 3 năm 2021",
  "KẾ HOẠCH",
  "PHÒNG, CHỐNG XÂM HẠI TRẺ EM TRÊN ĐỊA BÀN TỈNH KON TUM GIAI ĐOẠN 2021 - 2025",
  "Thực hiện Quyết định số 1863/QĐ-TTg ngày 23/11/2020 của Thủ tướng Chính phủ; Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:",
  "I. MỤC TIÊU",
  "- Giảm 10% số vụ xâm hại trẻ em so với năm 2020;",
  "- 100% trẻ em bị xâm hại được hỗ trợ, can thiệp kịp thời.",
  "II. NHIỆM VỤ",
  "1. Chương trình phòng ngừa xâm hại trẻ em trong trường học",
  "a) Mục tiêu: 90% trường học có điểm tư vấn học đường.",
  "b) Cơ quan thực hiện: Sở GD&ĐT chủ trì, phối hợp với Công an tỉnh; Sở Y tế và UBND các huyện, thành phố.",
  "III. KINH PHÍ",
  "Tổng kinh phí dự kiến là 2.500 triệu đồng (hai tỷ năm trăm triệu đồng).",
  "IV. TỔ CHỨC THỰC HIỆN",
  "1. Sở Y tế:",
  "- Chủ trì, phối hợp với Sở Tư pháp hướng dẫn hỗ trợ trẻ em bị xâm hại.",
  "- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 10/12 hằng năm.",
  "2. Sở Nông nghiệp và Phát triển nông thôn:",
  "Lồng ghép nội dung bảo vệ trẻ em vào chương trình nông thôn mới.",
  "3. Đề nghị Hội Nông dân tỉnh:",
  "- Tuyên truyền, vận động hội viên phòng, chống xâm hại trẻ em.",
  "4. Sở Tư php:",
  "- Tổ chức tập huấn kỹ năng phòng, chống xâm hại cho học sinh.",
  "KT. CHỦ TỊCH",
  "PHÓ CHỦ TỊCH",
  "Nguyễn Văn Hòa",
].join("\r\n");

describe("a new plan from another province in the same style", () => {
  const { plan, report } = parsePlan(KON_TUM, "kon-tum-812.txt", loadRegistry());

  it("reads the document facts", () => {
    expect(plan).toMatchObject({
      documentNumber: "812/KH-UBND", docType: "Kế hoạch", signedDate: "2021-03-05", signer: "Nguyễn Văn Hòa",
      period: { start: "2021-01-01", end: "2025-12-31" },
      province: { asWritten: "Kon Tum", provinceId: "kon-tum", inference: null },
    });
    expect(plan.implements.map((i) => i.documentNumber)).toEqual(["1863/QĐ-TTg"]);
    expect(plan.text.includes("\r")).toBe(false);
  });

  it("reads the programme's lead and coordinators from abbreviations", () => {
    const roles = plan.assignments.filter((a) => a.sectionPath === "II.1.b").map((a) => [a.role, a.agencyId]);
    expect(roles).toEqual([["lead", "so-gddt"], ["coordinate", "cong-an-tinh"], ["coordinate", "so-y-te"], ["coordinate", "ubnd-huyen"]]);
  });

  it("keeps an agency the registry does not know, as written, and says so", () => {
    const unknown = plan.assignments.find((a) => a.sectionPath === "IV.2");
    expect(unknown).toMatchObject({ agencyId: null, agencyAsWritten: "Sở Nông nghiệp và Phát triển nông thôn", role: "responsible" });
    expect(report.problems.join("\n")).toContain("Sở Nông nghiệp và Phát triển nông thôn");
  });

  it("resolves a heading whose word lost letters", () => {
    expect(plan.assignments.find((a) => a.sectionPath === "IV.4")).toMatchObject({ agencyId: "so-tu-phap", agencyAsWritten: "Sở Tư php" });
  });

  it("reads duties, the requested organisation, targets, budget and the reporting deadline", () => {
    expect(plan.assignments.filter((a) => a.sectionPath === "IV.1" && a.role === "responsible")).toHaveLength(2);
    expect(plan.assignments.find((a) => a.sectionPath === "IV.1" && a.role === "coordinate")?.agencyId).toBe("so-tu-phap");
    expect(plan.assignments.find((a) => a.sectionPath === "IV.3")).toMatchObject({ agencyId: "hoi-nong-dan", role: "requested" });
    expect(plan.targets.map((t) => t.value)).toEqual([10, 100, 90]);
    expect(plan.budgetLines[0]?.amountVnd).toBe(2_500_000_000);
    expect(plan.reportingDuties[0]).toMatchObject({ agencyId: "so-y-te", to: "UBND tỉnh", deadlineDayMonth: { day: 10, month: 12 } });
  });

  it("every quote is verbatim", () => {
    for (const q of [...plan.assignments, ...plan.tasks, ...plan.targets, ...plan.budgetLines, ...plan.reportingDuties].map((x) => x.quote)) {
      expect(plan.text).toContain(q);
    }
  });
});

describe("an appendix table in another plan", () => {
  const TABLE = [
    "KẾ HOẠCH",
    "THỰC HIỆN KHUYẾN NGHỊ TRÊN ĐỊA BÀN TỈNH CÀ MAU",
    "I. TỔ CHỨC THỰC HIỆN",
    "1. Các sở, ngành thực hiện các hoạt động tại Phụ lục kèm theo.",
    "PHỤ LỤC",
    ["STT", "Nội dung hoạt động", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian thực hiện"].join("\t"),
    ["Số 7", "Rà soát chính sách trợ giúp trẻ em.", "Sở Tư pháp", "Sở LĐTBXH; Sở Y tế", "2021-2025"].join("\t"),
    ["", "Tập huấn cán bộ tư pháp", "", "Công an tỉnh", "2021-2025"].join("\t"),
    ["", "về trợ giúp pháp lý cho trẻ em.", "", "TAND", ""].join("\t"),
    ["Số 9", "Theo dõi việc thực hiện.", "Các sở, ngành liên quan", "2021-2025", ""].join("\t"),
    ["Số 11", "Hỗ trợ trẻ em khuyết tật.", "Sở Kế hoạch và Phát triển vùng", "Các sở, ngành liên quan", "2021-2025"].join("\t"),
  ].join("\n");
  const { plan, report } = parsePlan(TABLE, "ca-mau.txt", loadRegistry());
  const rows = plan.tasks.filter((t) => t.kind === "recommendation");
  const rolesOf = (id: string) => plan.assignments.filter((a) => a.taskId === id).map((a) => [a.role, a.agencyId ?? a.agencyAsWritten]);

  it("finds the columns by their header names and makes one recommendation per activity", () => {
    expect(rows.map((t) => t.number)).toEqual(["7", "7", "9", "11"]);
    expect(rows[1]?.content).toBe("Tập huấn cán bộ tư pháp về trợ giúp pháp lý cho trẻ em.");
  });

  it("carries the lead down, reads a shifted row, and keeps an unknown lead as written", () => {
    expect(rolesOf(rows[0]!.id)).toEqual([["lead", "so-tu-phap"], ["coordinate", "so-ldtbxh"], ["coordinate", "so-y-te"]]);
    expect(rolesOf(rows[1]!.id)).toEqual([["lead", "so-tu-phap"], ["coordinate", "cong-an-tinh"], ["coordinate", "tand-tinh"]]);
    expect(rolesOf(rows[2]!.id)).toEqual([["lead", "so-tu-phap"], ["coordinate", "cac-so-nganh"]]);
    expect(rolesOf(rows[3]!.id)).toEqual([["lead", "Sở Kế hoạch và Phát triển vùng"], ["coordinate", "cac-so-nganh"]]);
    expect(report.problems.join("\n")).toContain("Sở Kế hoạch và Phát triển vùng");
    for (const a of plan.assignments) expect(plan.text).toContain(a.quote);
  });
});

describe("a duty list numbered with letters", () => {
  const text = [
    "Số: 5/KH-UBND",
    "Cà Mau, ngày 2 tháng 1 năm 2022",
    "KẾ HOẠCH",
    "BẢO VỆ TRẺ EM NĂM 2022",
    "I. TỔ CHỨC THỰC HIỆN",
    "a) Sở Y tế: Chủ trì, phối hợp với Sở Tư pháp hướng dẫn hỗ trợ trẻ em.",
    "b) Đề nghị Hội Liên hiệp Phụ nữ tỉnh: Tuyên truyền phòng chống xâm hại.",
  ].join("\n");

  it("reads each lettered agency with its role", () => {
    const { plan } = parsePlan(text, "ca-mau-5.txt", loadRegistry());
    expect(plan.assignments.map((a) => [a.role, a.agencyId, a.sectionPath])).toEqual([
      ["responsible", "so-y-te", "I.a"], ["coordinate", "so-tu-phap", "I.a"], ["requested", "hoi-lhpn", "I.b"],
    ]);
    expect(plan.period).toEqual({ start: "2022-01-01", end: "2022-12-31" });
  });
});
