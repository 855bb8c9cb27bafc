import { beforeAll, describe, expect, it } from "vitest";
import { CATEGORY_PLAN_TERMS, formatSuggestions, suggestReferrals } from "../../../src/intake/cases/referral-suggestions.ts";
import { TRIAGE_CATEGORIES } from "../../../src/intake/triage/triage-types.ts";
import { loadShippedPlans } from "../../../src/kb/knowledge-base.ts";
import { loadRegistry, type Registry } from "../../../src/kb/registry/registry.ts";
import type { ParsedPlan } from "../../../src/kb/types.ts";

let plans: ParsedPlan[];
let registry: Registry;

beforeAll(() => {
  registry = loadRegistry();
  plans = loadShippedPlans(registry).plans;
});

const planAgencies = (r: ReturnType<typeof suggestReferrals>) => r.suggestions.filter((s) => s.basis === "plan");

describe("referral suggestions over the shipped plans", () => {
  it("a trafficking case in Đắk Lắk suggests the provincial police, cited from 2130/QĐ-UBND, after 111 and the commune committee", () => {
    const result = suggestReferrals({ provinceId: "dak-lak", category: "trafficking_abduction", commune: "phường Tân Lập" }, plans, registry);
    expect(result.suggestions.slice(0, 2).map((s) => s.target)).toEqual(["hotline_111", "commune_committee"]);
    expect(result.suggestions[1]?.name).toBe("UBND phường Tân Lập");
    const police = result.suggestions.find((s) => s.agencyId === "cong-an-tinh");
    expect(police).toMatchObject({ rank: 3, target: "police", basis: "plan" });
    const citation = police?.citations.find((c) => c.documentNumber === "2130/QĐ-UBND" && /mua bán trẻ em/.test(c.quote));
    expect(citation).toMatchObject({ role: "lead", sectionPath: "Phụ lục.78" });
    expect(result.plansRead).toEqual(expect.arrayContaining(["2041/QĐ-UBND", "2130/QĐ-UBND"]));
  });

  it("every citation is a verbatim substring of its plan", () => {
    for (const provinceId of ["dak-lak", "gia-lai", "tay-ninh", "thua-thien-hue"]) {
      for (const category of TRIAGE_CATEGORIES) {
        for (const s of suggestReferrals({ provinceId, category }, plans, registry).suggestions) {
          for (const c of s.citations) {
            const plan = plans.find((p) => p.documentNumber === c.documentNumber);
            expect(plan?.text.includes(c.quote), `${c.documentNumber} ${c.sectionPath}`).toBe(true);
          }
        }
      }
    }
  });

  it("a case in Phú Yên (merged into Đắk Lắk in 2025) reads Đắk Lắk's plans", () => {
    const result = suggestReferrals({ provinceId: "phu-yen", category: "sexual_abuse" }, plans, registry);
    expect(result.provinceName).toBe("Đắk Lắk");
    expect(result.plansRead).toContain("2041/QĐ-UBND");
    expect(planAgencies(result).map((s) => s.agencyId)).toContain("cong-an-tinh");
  });

  it("a case in Bình Định reads Gia Lai's plan, and names the 2025 successor of the dissolved DOLISA with its basis", () => {
    const result = suggestReferrals({ provinceId: "binh-dinh", category: "neglect_abandonment" }, plans, registry);
    expect(result.plansRead).toEqual(["2509/KH-UBND"]);
    // Today's agency first: the duties the plan gave DOLISA are offered as Sở Y tế's, with the plan's name beside it.
    const dolisa = [...result.suggestions, ...result.more].find((s) => s.nameInPlan?.includes("Sở Lao động - Thương binh và Xã hội"));
    expect(dolisa?.name).toBe("Sở Y tế");
    expect(dolisa?.successors[0]).toMatchObject({ names: expect.arrayContaining(["Sở Y tế"]), effective: "2025-03-01" });
    expect(dolisa?.successors[0]?.legalBasis).toMatch(/45\/2025\/NĐ-CP/);
  });

  it("child labour is matched on the plans' words, not on the name of the Department of Labour", () => {
    const result = suggestReferrals({ provinceId: "gia-lai", category: "labour_exploitation" }, plans, registry);
    for (const s of planAgencies(result)) {
      for (const c of s.citations) expect(c.matched.every((m) => m !== "lao động" || !/^Sở Lao động/.test(c.quote))).toBe(true);
    }
    expect(planAgencies(result)[0]?.agencyId).toBe("cong-an-tinh");
  });

  it("online abuse in Gia Lai ranks the department that watches social networks, with its successor today", () => {
    const top = planAgencies(suggestReferrals({ provinceId: "gia-lai", category: "online_abuse" }, plans, registry))[0];
    expect(top?.agencyId).toBe("so-tttt");
    expect(top?.successors[0]?.names).toContain("Sở Khoa học và Công nghệ");
  });

  it("a province without plans, or an unknown province, still gets 111 and the commune committee", () => {
    for (const provinceId of ["ha-noi", null, "no-such-province"]) {
      const result = suggestReferrals({ provinceId, category: "sexual_abuse" }, plans, registry);
      expect(result.suggestions.map((s) => s.target)).toEqual(["hotline_111", "commune_committee"]);
      expect(result.suggestions[1]?.reason).toMatch(/Nghị định 56\/2017\/NĐ-CP, Điều 25/);
    }
  });

  it("has plan vocabulary for every triage category except 'other'", () => {
    for (const category of TRIAGE_CATEGORIES) {
      if (category !== "other") expect(CATEGORY_PLAN_TERMS[category]?.length, category).toBeGreaterThan(0);
    }
  });

  it("prints the ranked list with the refer target, quote and successor note", () => {
    const text = formatSuggestions(suggestReferrals({ provinceId: "dak-lak", category: "trafficking_abduction" }, plans, registry), "TE-ABCDEF");
    expect(text).toContain("1. Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 [--target hotline_111]");
    expect(text).toContain("Công an tỉnh [--target police]");
    expect(text).toContain("2130/QĐ-UBND");
  });
});
