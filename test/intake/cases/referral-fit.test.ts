/**
 * Referral suggestions ranked by fit over the shipped plans: a slap at home gets the bodies
 * that protect a child now, not the court and the procuracy; five are shown and the rest are
 * "more"; plans that have ended say the year they ended; an agency dissolved in 2025 is
 * offered under today's name; the child's age moves duties about pupils up. The case page
 * (through the real server, SQLite and PostgreSQL) shows the same five.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SHOWN_SUGGESTIONS, suggestReferrals } from "../../../src/intake/cases/referral-suggestions.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { loadShippedPlans } from "../../../src/kb/knowledge-base.ts";
import { loadRegistry, type Registry } from "../../../src/kb/registry/registry.ts";
import type { ParsedPlan } from "../../../src/kb/types.ts";
import { testDatabases } from "../../support/test-databases.ts";
import { signIn } from "../../officer/dashboard/dashboard-test-support.ts";
import { openCasework, type CaseworkHarness } from "../../officer/dashboard/new-case-support.ts";
import { draft } from "./case-test-support.ts";

const SLAP = "Bố tát con một cái ở nhà vì con không làm bài tập.";
const JUDICIAL = ["tand-tinh", "vksnd-tinh"];
const NOW = new Date("2026-12-03T09:00:00Z");

let plans: ParsedPlan[];
let registry: Registry;
beforeAll(() => {
  registry = loadRegistry();
  plans = loadShippedPlans(registry).plans;
});

describe("referral suggestions ranked by fit", () => {
  it("a slap at home does not list the court and the procuracy among the five shown, in any province", () => {
    const triage = triageReport(SLAP);
    expect(["low", "medium"]).toContain(triage.risk);
    for (const provinceId of ["dak-lak", "gia-lai", "tay-ninh", "thua-thien-hue"]) {
      const result = suggestReferrals({ provinceId, category: triage.category, risk: triage.risk, childAgeBand: "6_11", now: NOW }, plans, registry);
      expect(result.suggestions.length).toBeLessThanOrEqual(SHOWN_SUGGESTIONS);
      expect(result.suggestions.slice(0, 2).map((s) => s.target)).toEqual(["hotline_111", "commune_committee"]);
      expect(result.suggestions.map((s) => s.agencyId)).not.toEqual(expect.arrayContaining([expect.stringMatching(/^(tand|vksnd)-/)]));
      // Whatever comes after the five is ranked below them, courts included.
      for (const later of result.more) expect(later.rank).toBeGreaterThan(SHOWN_SUGGESTIONS);
    }
    const dakLak = suggestReferrals({ provinceId: "dak-lak", category: triage.category, risk: triage.risk, now: NOW }, plans, registry);
    expect(dakLak.more.map((s) => s.agencyId)).toEqual(expect.arrayContaining(JUDICIAL));
  });

  it("a sexual abuse case keeps the court and the procuracy where the plans put them", () => {
    const rankOf = (category: string, risk: string) => {
      const result = suggestReferrals({ provinceId: "dak-lak", category, risk, now: NOW }, plans, registry);
      return [...result.suggestions, ...result.more].find((s) => s.agencyId === "tand-tinh")?.rank ?? Infinity;
    };
    expect(rankOf("sexual_abuse", "high")).toBeLessThanOrEqual(SHOWN_SUGGESTIONS);
    expect(rankOf("sexual_abuse", "high")).toBeLessThan(rankOf("physical_violence", "medium"));
  });

  it("marks a duty from a plan that has ended with the year it ended, and a plan in force with none", () => {
    const dakLak = suggestReferrals({ provinceId: "dak-lak", category: "physical_violence", now: NOW }, plans, registry);
    const police = dakLak.suggestions.find((s) => s.agencyId === "cong-an-tinh")!;
    expect(police.citations.every((c) => c.endedYear === 2020)).toBe(true);
    expect(police.reason).toMatch(/^Kế hoạch (2041|2130)\/QĐ-UBND \(đã hết thời hạn năm 2020\), mục /);
    const giaLai = suggestReferrals({ provinceId: "gia-lai", category: "physical_violence", now: NOW }, plans, registry);
    const inForce = giaLai.suggestions.find((s) => s.basis === "plan")!;
    expect(inForce.citations[0]).toMatchObject({ documentNumber: "2509/KH-UBND", endedYear: null });
    expect(inForce.reason).not.toContain("hết thời hạn");
    // Before its end the same Đắk Lắk plan is not marked.
    const in2019 = suggestReferrals({ provinceId: "dak-lak", category: "physical_violence", now: new Date("2019-06-01T00:00:00Z") }, plans, registry);
    expect(in2019.suggestions.find((s) => s.agencyId === "cong-an-tinh")?.citations[0]?.endedYear).toBeNull();
  });

  it("offers a dissolved agency's duties under today's agency, named first, with the plan's name beside it", () => {
    const result = suggestReferrals({ provinceId: "tay-ninh", category: "physical_violence", now: NOW }, plans, registry);
    const all = [...result.suggestions, ...result.more];
    expect(all.map((s) => s.name)).not.toContain("Sở Lao động - Thương binh và Xã hội");
    const health = all.find((s) => s.name === "Sở Y tế")!;
    expect(health.nameInPlan).toBe("Sở Lao động - Thương binh và Xã hội");
    expect(health.reason).toMatch(/^Sở Y tế nay đảm nhận nhiệm vụ của Sở Lao động - Thương binh và Xã hội \(sắp xếp bộ máy năm 2025\)\./);
    expect(health.target).toBe("health");
    // One entry per agency of today: the plan's DOLISA and Sở Y tế duties are not two suggestions.
    expect(all.filter((s) => s.name === "Sở Y tế")).toHaveLength(1);
  });

  it("moves duties about pupils up for a school-age child", () => {
    const order = (childAgeBand: string | null) =>
      suggestReferrals({ provinceId: "gia-lai", category: "bullying", childAgeBand, now: NOW }, plans, registry).suggestions.filter((s) => s.basis === "plan").map((s) => s.agencyId);
    expect(order("6_11")[0]).toBe("so-gddt");
    expect(order(null)[0]).toBe("cong-an-tinh");
  });
});

describe.each(testDatabases)("the case page's suggestions on $name", (factory) => {
  let h: CaseworkHarness;
  beforeAll(async () => {
    h = await openCasework(factory);
  }, 60_000);
  afterAll(() => h?.close());

  it("shows five for a slap at home in Đắk Lắk, with 111 first and no court or procuracy", async () => {
    const an = await signIn(h.app, "an");
    const receipt = await h.services.intake.submit(draft({ narrative: SLAP, locationText: "Đắk Lắk", childAgeBand: "6_11" }));
    const page = await h.app.inject({ method: "GET", url: `/officer/cases/${receipt.caseCode}`, headers: { cookie: an.cookie } });
    const list = /<ol class="suggestions">([\s\S]*?)<\/ol>/.exec(page.body)?.[1] ?? "";
    expect(list.match(/<li class="suggestion">/g)).toHaveLength(SHOWN_SUGGESTIONS);
    expect(list.indexOf("Tổng đài điện thoại quốc gia bảo vệ trẻ em 111")).toBeGreaterThan(-1);
    expect(list).not.toMatch(/Tòa án|Viện Kiểm sát/);
    expect(list).toContain("đã hết thời hạn năm 2020");
  });
});
