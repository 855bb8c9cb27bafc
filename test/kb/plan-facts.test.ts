import { beforeAll, describe, expect, it } from "vitest";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import type { Assignment, ParsedPlan } from "../../src/kb/types.ts";

let plans: ParsedPlan[];
const plan = (documentNumber: string): ParsedPlan => {
  const found = plans.find((p) => p.documentNumber === documentNumber);
  if (!found) throw new Error(`plan ${documentNumber} not ingested`);
  return found;
};
const at = (p: ParsedPlan, path: string, role?: Assignment["role"]) =>
  p.assignments.filter((a) => a.sectionPath === path && (!role || a.role === role)).map((a) => a.agencyId);

beforeAll(() => {
  plans = loadShippedPlans().plans;
});

describe("Đắk Lắk 2041/QĐ-UBND (file 000)", () => {
  it("reads the decision's metadata", () => {
    const p = plan("2041/QĐ-UBND");
    expect(p).toMatchObject({ docType: "Quyết định", signedDate: "2016-08-17", signer: "H’ Yim Kđoh", period: { start: "2016-01-01", end: "2020-12-31" } });
    expect(p.province).toEqual({ asWritten: "Đắk Lắk", provinceId: "dak-lak", inference: null });
    expect(p.implements.map((i) => i.documentNumber)).toContain("2361/QĐ-TTg");
    expect(p.legalBasis.map((l) => l.documentNumber)).toEqual(expect.arrayContaining(["71/2011/NĐ-CP", "2361/QĐ-TTg"]));
  });

  it("programme 4 is led by Sở Tư pháp with its coordinators, tied to the programme task", () => {
    const p = plan("2041/QĐ-UBND");
    expect(at(p, "III.4.d", "lead")).toEqual(["so-tu-phap"]);
    expect(at(p, "III.4.d", "coordinate")).toEqual(
      ["cong-an-tinh", "so-ldtbxh", "so-gddt", "so-y-te", "tand-tinh", "vksnd-tinh", "hoi-lhpn", "tinh-doan", "ubnd-huyen"],
    );
    const programme = p.tasks.find((t) => t.kind === "programme" && t.number === "4");
    expect(programme?.title).toBe("Chương trình hoàn thiện hệ thống tư pháp cho người chưa thành niên");
    expect(p.assignments.find((a) => a.sectionPath === "III.4.d" && a.role === "lead")?.taskId).toBe(programme?.id);
  });

  it("programmes 1, 2, 3 and 5 are led by Sở Lao động - Thương binh và Xã hội", () => {
    const p = plan("2041/QĐ-UBND");
    for (const n of ["1", "2", "3", "5"]) expect(at(p, `III.${n}.d`, "lead")).toEqual(["so-ldtbxh"]);
    expect(at(p, "III.5.d", "coordinate")).toContain("cuc-thong-ke");
  });

  it("the 15-agency duty list makes each numbered agency responsible, and the Front's members requested", () => {
    const p = plan("2041/QĐ-UBND");
    for (let n = 1; n <= 14; n++) expect(at(p, `VI.${n}`, "responsible").length).toBeGreaterThan(0);
    expect(new Set(at(p, "VI.12", "responsible"))).toEqual(new Set(["dai-ptth", "bao-tinh"]));
    expect(new Set(at(p, "VI.13", "responsible"))).toEqual(new Set(["vksnd-tinh", "tand-tinh"]));
    expect(new Set(at(p, "VI.15", "requested"))).toEqual(new Set(["mttq-tinh", "ldld-tinh", "tinh-doan", "hoi-lhpn", "hoi-nong-dan", "hoi-ccb"]));
    expect(at(p, "VI.15", "responsible")).toEqual([]);
  });

  it("reads 6,970 tỷ as 6.97 billion and the other budget lines", () => {
    const p = plan("2041/QĐ-UBND");
    expect(p.budgetLines.map((b) => b.amountVnd)).toEqual(expect.arrayContaining([6_970_000_000, 5_970_000_000, 1_194_000_000, 1_000_000_000, 200_000_000]));
    expect(p.budgetLines.find((b) => b.amountVnd === 6_970_000_000)?.label).toContain("Tổng kinh phí");
  });

  it("reports every 6 months and yearly to the provincial People's Committee", () => {
    const p = plan("2041/QĐ-UBND");
    const closing = p.reportingDuties.filter((d) => d.frequency === "định kỳ 6 tháng, một năm");
    expect(closing.map((d) => d.agencyId)).toEqual(["cac-so-nganh", "ubnd-huyen"]);
    expect(closing[0]?.to).toBe("UBND tỉnh");
    expect(p.reportingDuties.find((d) => d.agencyId === "so-ldtbxh")?.to).toBe("Ủy ban nhân dân tỉnh và Bộ Lao động – Thương binh và Xã hội");
  });

  it("reads the objectives as percentage targets for 2020", () => {
    const p = plan("2041/QĐ-UBND");
    expect(p.targets.find((t) => t.sectionPath === "I.2.b")).toMatchObject({ value: 85, unit: "%", year: 2020 });
  });
});

describe("Tây Ninh 1979/KH-UBND (file 001)", () => {
  it("reads the metadata header", () => {
    const p = plan("1979/KH-UBND");
    expect(p).toMatchObject({ docType: "Kế hoạch", signedDate: "2019-09-11", signer: "Nguyễn Thanh Ngọc", province: { provinceId: "tay-ninh" } });
    expect(p.implements.map((i) => i.documentNumber)).toEqual(["1506/QĐ-LĐTBXH"]);
  });

  it("records the truncation as a gap and attributes nothing to it", () => {
    const p = plan("1979/KH-UBND");
    expect(p.gaps).toEqual([expect.objectContaining({ kind: "truncation", sectionPath: "IV.2", quote: "[...]" })]);
    expect(p.assignments.some((a) => a.quote.includes("[...]"))).toBe(false);
  });

  it("keeps words that lost letters verbatim and still resolves the agencies", () => {
    const p = plan("1979/KH-UBND");
    expect(p.text).toContain("tổ chức các lp tập hun");
    expect(new Set(p.assignments.filter((a) => a.role === "responsible").map((a) => a.agencyId))).toEqual(new Set(["so-ldtbxh", "so-gddt"]));
    expect(p.assignments.find((a) => a.quote.includes("lp tập hun"))?.agencyId).toBe("so-ldtbxh");
  });
});

describe("Gia Lai 2509/KH-UBND (file 002)", () => {
  it("lists 16 agencies, the 'Đề nghị' organisations as requested", () => {
    const p = plan("2509/KH-UBND");
    const items = Array.from({ length: 16 }, (_, i) => `IV.${i + 1}`);
    for (const path of items) expect(p.assignments.some((a) => a.sectionPath === path && a.agencyId !== null)).toBe(true);
    expect(at(p, "IV.12", "requested")).toContain("hoi-lhpn");
    expect(at(p, "IV.13", "requested")).toContain("tinh-doan");
    expect(at(p, "IV.14", "requested")).toContain("mttq-tinh");
    expect(at(p, "IV.12", "responsible")).toEqual([]);
    expect(at(p, "IV.10", "responsible")).toContain("cong-an-tinh");
    expect(at(p, "IV.11", "responsible")).toContain("ban-dan-toc");
  });

  it("gives each dash-list duty its own quote", () => {
    const p = plan("2509/KH-UBND");
    const gddt = p.assignments.filter((a) => a.sectionPath === "IV.2" && a.agencyId === "so-gddt");
    expect(gddt).toHaveLength(3);
    expect(gddt[0]?.quote.startsWith("Chủ trì, triển khai thực hiện các chính sách")).toBe(true);
  });

  it("reports yearly before 15/12 through Sở Lao động - Thương binh và Xã hội", () => {
    const p = plan("2509/KH-UBND");
    const yearly = p.reportingDuties.find((d) => d.deadlineDayMonth?.month === 12);
    expect(yearly).toMatchObject({ deadlineDayMonth: { day: 15, month: 12 }, frequency: "Định kỳ hàng năm", agencyId: "cac-so-nganh" });
    expect(yearly?.to).toContain("thông qua Sở Lao động - Thương binh và Xã hội");
  });

  it("implements the provincial Party plan 273-KH/TU on Directive 28-CT/TW", () => {
    expect(plan("2509/KH-UBND").implements.map((i) => i.documentNumber)).toEqual(["273-KH/TU", "28-CT/TW"]);
  });
});

describe("Thừa Thiên Huế 26/KH-UBND (file 003)", () => {
  it("has report deadlines 25/5 and 20/11", () => {
    const p = plan("26/KH-UBND");
    const deadlines = p.reportingDuties.filter((d) => d.deadlineDayMonth).map((d) => d.deadlineDayMonth);
    expect(deadlines).toEqual(expect.arrayContaining([{ day: 25, month: 5 }, { day: 20, month: 11 }]));
    expect(p.reportingDuties.find((d) => d.deadline === "trước ngày 25/5")?.frequency).toBe("06 tháng");
  });

  it("reads the targets, e.g. underweight malnutrition under 12%", () => {
    const p = plan("26/KH-UBND");
    expect(p.targets.find((t) => t.indicator.includes("suy dinh dưỡng thể nhẹ cân"))).toMatchObject({ value: 12, unit: "%", year: 2016 });
    expect(p.targets.filter((t) => t.quote.startsWith("99% xã")).map((t) => t.value)).toEqual([99, 95]);
    expect(p.period).toEqual({ start: "2016-01-01", end: "2016-12-31" });
  });

  it("records the elision of agencies 10 and 11 and never attributes the orphaned text", () => {
    const p = plan("26/KH-UBND");
    const elision = p.gaps.find((g) => g.kind === "elision");
    expect(elision?.note).toContain("10, 11");
    expect(p.gaps.some((g) => g.quote.startsWith("đồng. Lồng ghép"))).toBe(true);
    expect(p.assignments.some((a) => a.quote.includes("Lồng ghép hoạt động bảo vệ, chăm sóc và giáo dục trẻ em vào hoạt động đoàn thể"))).toBe(false);
    expect(p.assignments.some((a) => a.sectionPath === "V.10" || a.sectionPath === "V.11")).toBe(false);
  });

  it("reads 'Sở Kế hoạch - Đầu tư: Chủ trì, phối hợp với ...' with the department coordinating", () => {
    const p = plan("26/KH-UBND");
    expect(at(p, "V.2", "responsible")).toContain("so-khdt");
    expect(at(p, "V.2", "coordinate")).toContain("so-ldtbxh");
    expect(at(p, "VI.2", "coordinate")).toEqual(["van-phong-ubnd-tinh"]);
  });
});

describe("file 004: 2130/QĐ-UBND, province never named", () => {
  it("stores the province as unknown with the inference and its reason", () => {
    const p = plan("2130/QĐ-UBND");
    expect(p.province.asWritten).toBeNull();
    expect(p.province.provinceId).toBe("dak-lak");
    expect(p.province.inference?.reason).toContain("Mai Hoan Niê Kdăm");
    expect(p).toMatchObject({ signedDate: "2014-09-17", docType: "Quyết định" });
    expect(p.implements.map((i) => i.documentNumber)).toEqual(["535/QĐ-TTg"]);
  });

  it("strips markdown emphasis from the title but keeps quotes verbatim", () => {
    const p = plan("2130/QĐ-UBND");
    expect(p.title).not.toContain("*");
    expect(p.implements[0]?.quote).toBe("Triển khai thực hiện Quyết định số 535/QĐ-TTg, ngày 14/4/2014");
  });

  const leadOf = (p: ParsedPlan, number: string) =>
    p.tasks.filter((t) => t.kind === "recommendation" && t.number === number)
      .map((t) => p.assignments.find((a) => a.taskId === t.id && a.role === "lead")?.agencyId);

  it("carries empty lead cells down from the row above", () => {
    const p = plan("2130/QĐ-UBND");
    expect(leadOf(p, "71")).toEqual(["cong-an-tinh"]);
    expect(leadOf(p, "78")).toEqual(["cong-an-tinh"]);
    expect(leadOf(p, "67")).toEqual(["so-gddt", "so-gddt", "so-gddt"]);
    expect(leadOf(p, "12")).toEqual(["so-ldtbxh", "so-tai-chinh"]);
    expect(leadOf(p, "32")).toEqual(["so-ldtbxh"]);
    expect(leadOf(p, "48")).toEqual(["so-ldtbxh", "so-ldtbxh", "so-ldtbxh"]);
  });

  it("puts shifted rows back: the agency in the lead column of '83, 84' is a coordinator", () => {
    const p = plan("2130/QĐ-UBND");
    const task = p.tasks.find((t) => t.number === "83, 84");
    expect(task).toMatchObject({ numbers: ["83", "84"], period: "2014-2020" });
    const roles = p.assignments.filter((a) => a.taskId === task?.id).map((a) => [a.role, a.agencyId]);
    expect(roles).toEqual([["lead", "so-ldtbxh"], ["coordinate", "cac-so-nganh"]]);
    const second55 = p.tasks.filter((t) => t.number === "55")[1];
    expect(second55?.content).toContain("Bố trí đủ số lượng giáo viên");
    expect(p.assignments.filter((a) => a.taskId === second55?.id).map((a) => [a.role, a.agencyId])).toEqual([
      ["lead", "so-gddt"], ["coordinate", "so-ldtbxh"], ["coordinate", "so-y-te"], ["coordinate", "cac-so-nganh"],
    ]);
  });

  it("a carried lead's quote reaches back to the row that names the agency, with a note", () => {
    const p = plan("2130/QĐ-UBND");
    const task = p.tasks.find((t) => t.number === "78");
    const lead = p.assignments.find((a) => a.taskId === task?.id && a.role === "lead");
    expect(lead?.quote).toContain("Công an tỉnh");
    expect(lead?.quote).toContain("Số 78");
    expect(lead?.note).toContain("71");
  });
});
