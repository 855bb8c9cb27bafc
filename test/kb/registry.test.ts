import { describe, expect, it } from "vitest";
import { createRegistry, loadRegistry, RegistryDataError } from "../../src/kb/registry/registry.ts";
import { phraseKey } from "../../src/kb/registry/phrase-matcher.ts";
import { readRegistryData } from "../../src/kb/registry/registry-data.ts";

const registry = loadRegistry();
const idOf = (name: string) => registry.resolveAgency(name)?.id ?? null;

describe("agency aliases", () => {
  it.each([
    ["Sở LĐTBXH", "so-ldtbxh"],
    ["Sở Lao động – TBXH", "so-ldtbxh"],
    ["Sở Lao động - TBXH", "so-ldtbxh"],
    ["ngành Lao động - Thương binh và Xã hội", "so-ldtbxh"],
    ["so lao dong thuong binh va xa hoi", "so-ldtbxh"],
    ["Sở Lao động -Thương binh và Xã hội", "so-ldtbxh"],
    ["Sở GD&ĐT", "so-gddt"],
    ["Sở GDĐT", "so-gddt"],
    ["Sở Giáo dục - Đào tạo", "so-gddt"],
    ["Sở TT&TT", "so-tttt"],
    ["Sở TT và Truyền thông", "so-tttt"],
    ["Sở VHTTDL", "so-vhttdl"],
    ["Sở Văn hoá - Thể thao và Du lịch", "so-vhttdl"],
    ["Sở KH&ĐT", "so-khdt"],
    ["Sở Kế hoạch - Đầu tư", "so-khdt"],
    ["TAND", "tand-tinh"],
    ["Toà án nhân dân tỉnh", "tand-tinh"],
    ["VKSND", "vksnd-tinh"],
    ["MTTQ", "mttq-tinh"],
    ["Ủy ban MTTQVN tỉnh", "mttq-tinh"],
    ["Tỉnh Đoàn", "tinh-doan"],
    ["Đoàn TNCS HCM", "tinh-doan"],
    ["Hội LHPN", "hoi-lhpn"],
    ["Đề nghị Hội Liên hiệp Phụ nữ tỉnh", "hoi-lhpn"],
    ["UBND cấp huyện", "ubnd-huyen"],
    ["Ủy ban nhân dân các huyện, thị xã, thành phố", "ubnd-huyen"],
    ["UBND cấp xã", "ubnd-xa"],
    ["Đài PT-TH", "dai-ptth"],
    ["Báo Đắk Lắk", "bao-tinh"],
    ["Bộ Lao động – TBXH", "bo-ldtbxh"],
    ["Công an tỉnh Gia Lai", "cong-an-tinh"],
  ])("%s resolves to %s", (name, id) => {
    expect(idOf(name)).toBe(id);
  });

  it("tolerates a word that lost a letter in conversion", () => {
    expect(idOf("Sở Lao động - Thương binh và Xã hi")).toBe("so-ldtbxh");
  });

  it("does not invent an agency for unrelated words", () => {
    expect(idOf("kế hoạch năm 2016")).toBeNull();
    expect(idOf("xyz")).toBeNull();
  });

  it("no alias spelling points at two different agencies", () => {
    const seen = new Map<string, string>();
    for (const agency of registry.agencies) {
      for (const alias of [agency.name, ...agency.aliases]) {
        const key = phraseKey(alias).join(" ");
        const other = seen.get(key);
        if (other !== undefined && other !== agency.id) throw new Error(`"${alias}" is both ${other} and ${agency.id}`);
        seen.set(key, agency.id);
      }
    }
  });
});

describe("findAgencies", () => {
  it("lists every agency of a 'chủ trì, phối hợp' sentence in order, with offsets", () => {
    const text =
      "Sở Tư pháp chủ trì, phối hợp với Công an tỉnh, Sở Lao động - Thương binh và Xã hội, Hội Liên hiệp phụ nữ, Tỉnh Đoàn thanh niên và UBND các huyện, thị xã, thành phố.";
    const found = registry.findAgencies(text);
    expect(found.map((f) => f.agency.id)).toEqual(["so-tu-phap", "cong-an-tinh", "so-ldtbxh", "hoi-lhpn", "tinh-doan", "ubnd-huyen"]);
    for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.matched);
  });

  it("prefers the ministry over the department inside it", () => {
    expect(registry.findAgencies("báo cáo Bộ Lao động – Thương binh và Xã hội").map((f) => f.agency.id)).toEqual(["bo-ldtbxh"]);
  });

  it("does not match short aliases inside other words or the word 'báo' in 'báo cáo'", () => {
    expect(registry.findAgencies("định kỳ báo cáo kết quả; TANDEM; mttqx")).toEqual([]);
  });

  it("reads questions typed without diacritics", () => {
    expect(registry.findAgencies("so giao duc va dao tao lam gi?").map((f) => f.agency.id)).toEqual(["so-gddt"]);
  });
});

describe("provinces", () => {
  const provinceIds = (text: string) => registry.findProvinces(text).map((p) => p.province.id);

  it.each([
    ["Dak Lak", "dak-lak"], ["Đắc Lắc", "dak-lak"], ["daklak", "dak-lak"], ["Đăk Lăk", "dak-lak"],
    ["Huế", "thua-thien-hue"], ["TT Huế", "thua-thien-hue"], ["Thừa Thiên - Huế", "thua-thien-hue"], ["thua thien hue", "thua-thien-hue"],
    ["Gia Lai", "gia-lai"], ["Tây Ninh", "tay-ninh"], ["tp hcm", "ho-chi-minh"], ["Sài Gòn", "ho-chi-minh"], ["Kon Tum", "kon-tum"],
    ["Phú Yên", "phu-yen"], ["Bình Định", "binh-dinh"], ["Long An", "long-an"], ["Cà Mau", "ca-mau"], ["Hà Nội", "ha-noi"], ["Đà Nẵng", "da-nang"],
  ])("finds %s as %s", (name, id) => {
    expect(provinceIds(`Kế hoạch của ${name} thế nào?`)).toEqual([id]);
    expect(registry.resolveProvince(name)?.id).toBe(id);
  });

  it("holds the 63 provinces from before 2025", () => {
    expect(registry.provinces).toHaveLength(63);
  });

  it("does not read the Youth Union's name as Ho Chi Minh City", () => {
    expect(provinceIds("Đoàn TNCS Hồ Chí Minh tỉnh Gia Lai")).toEqual(["gia-lai"]);
  });

  it("says which province an old province belongs to today", () => {
    expect(registry.province("phu-yen")?.today).toMatchObject({ provinceId: "dak-lak", centre: "Buôn Ma Thuột", legalBasis: "Nghị quyết 202/2025/QH15" });
    expect(registry.province("long-an")?.today?.provinceId).toBe("tay-ninh");
    expect(registry.province("thua-thien-hue")?.today?.name).toBe("Huế");
    expect(registry.province("kon-tum")?.today).toMatchObject({ provinceId: "quang-ngai", mergedWith: ["quang-ngai"] });
    expect(registry.province("binh-duong")?.today).toMatchObject({ provinceId: "ho-chi-minh", mergedWith: ["ho-chi-minh", "ba-ria-vung-tau"] });
    expect(registry.province("ha-noi")?.today).toBeNull();
    // 63 provinces before 1 July 2025, 34 after (Resolution 202/2025/QH15).
    expect(registry.provinces).toHaveLength(63);
    expect(new Set(registry.provinces.map((p) => p.today?.provinceId ?? p.id)).size).toBe(34);
  });
});

describe("successors", () => {
  it("names Sở Y tế as today's holder of DOLISA's child duties, with date and basis", () => {
    const [first] = registry.successorsOf("so-ldtbxh", "dak-lak");
    expect(first).toMatchObject({ toAgencyIds: ["so-y-te", "so-noi-vu"], effective: "2025-03-01", verified: true });
    expect(first?.legalBasis).toContain("45/2025/NĐ-CP");
  });

  it("puts a province's own entry first and leaves out other provinces' entries", () => {
    expect(registry.successorsOf("so-ngoai-vu", "gia-lai").map((s) => s.scope)).toEqual(["gia-lai", "all"]);
    expect(registry.successorsOf("so-ngoai-vu", "tay-ninh").map((s) => s.scope)).toEqual(["all"]);
  });

  it("marks what the domain file says varies by province as unverified", () => {
    expect(registry.successorsOf("ban-dan-toc").every((s) => !s.verified)).toBe(true);
  });

  it("rejects data whose successor names an unknown agency", () => {
    const data = readRegistryData();
    const broken = { ...data, successors: [{ ...data.successors[0]!, toAgencyIds: ["no-such-agency"] }] };
    expect(() => createRegistry(broken)).toThrow(RegistryDataError);
  });
});
