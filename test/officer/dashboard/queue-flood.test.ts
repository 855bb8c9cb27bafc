/**
 * The queue page and suspected floods: cases from one source past its report limits come after
 * every other case, under their own heading and with a mark naming the source (a short part of
 * its keyed hash), so a flood never pushes the pinned emergencies down.
 */
import { describe, expect, it } from "vitest";
import type { CaseSummary } from "../../../src/intake/cases/case-types.ts";
import { uiFor } from "../../../src/officer/dashboard/dashboard-layout.ts";
import { queueRows } from "../../../src/officer/dashboard/queue-page.ts";

const NOW = new Date("2026-12-03T08:00:00Z");
const GROUP = "src-a1b2c3d4e5f60718293a";

function summary(code: string, risk: CaseSummary["risk"], floodGroup: string | null, minutesAgo: number): CaseSummary {
  const createdAt = new Date(NOW.getTime() - minutesAgo * 60_000);
  return {
    id: code, code, status: "new", risk, category: "physical_violence", redFlags: [], provinceId: null, provinceName: null, commune: null, childAgeBand: null,
    assigneeId: null, submitted: true, createdAt, updatedAt: createdAt, ackDueAt: new Date(createdAt.getTime() + 15 * 60_000), actionDueAt: new Date(createdAt.getTime() + 720 * 60_000),
    acknowledgedAt: null, ackBreachedAt: null, actionBreachedAt: null, floodGroup,
  };
}

describe("the queue with a suspected flood", () => {
  // In the order the database gives them (test/officer/dashboard/queue-scope.test.ts checks that order).
  const cases = [
    summary("TE-URGENT", "emergency", null, 1),
    summary("TE-MEDIUM", "medium", null, 5),
    summary("TE-FLOODA", "emergency", GROUP, 30),
    summary("TE-FLOODB", "emergency", GROUP, 29),
  ];

  it("shows the flood's cases under their own heading, marked with the source and not pinned", () => {
    const rows = queueRows(cases, NOW, uiFor("vi")).value;
    const heading = rows.indexOf("Nghi ngờ tin báo hàng loạt (2 hồ sơ)");
    expect(heading).toBeGreaterThan(rows.indexOf("TE-MEDIUM"));
    expect(heading).toBeLessThan(rows.indexOf("TE-FLOODA"));
    expect(rows).toMatch(/<tr class="row-emergency flood">[\s\S]*TE-FLOODA[\s\S]*nghi ngờ hàng loạt · nguồn a1b2c3d4/);
    expect(rows).toMatch(/<tr class="row-emergency pinned">[\s\S]*TE-URGENT/);
    expect(queueRows(cases, NOW, uiFor("en")).value).toContain("Suspected flood (2 cases)");
  });

  it("shows no heading when there is no flood", () => {
    expect(queueRows([summary("TE-URGENT", "emergency", null, 1)], NOW, uiFor("vi")).value).not.toContain("hàng loạt");
  });
});
