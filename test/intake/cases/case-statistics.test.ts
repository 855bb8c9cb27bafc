import { describe, expect, it } from "vitest";
import { deadlineBreaches, isoWeekId, median, percentile, periodStart, summarizeCases, type CaseFacts } from "../../../src/intake/cases/case-statistics.ts";

// Monday 23 Nov 2026, 15:00 in Vietnam: ISO week 48, which began at 2026-11-22T17:00Z.
const NOW = new Date("2026-11-23T08:00:00Z");
const minutes = (at: Date, m: number) => new Date(at.getTime() + m * 60_000);
let n = 0;

function fact(overrides: Partial<CaseFacts> = {}): CaseFacts {
  n += 1;
  const createdAt = overrides.createdAt ?? minutes(NOW, -60);
  return {
    code: `TE-${String(n).padStart(6, "0")}`, provinceId: "dak-lak", provinceName: "Đắk Lắk", risk: "medium", category: "physical_violence", status: "new",
    assigneeId: null, createdAt, ackDueAt: minutes(createdAt, 120), acknowledgedAt: null, ackBreachedAt: null, actionDueAt: minutes(createdAt, 720), actionBreachedAt: null,
    firstActionAt: null, firstReferralAt: null, closedAt: null, ...overrides,
  };
}

describe("weeks of the report", () => {
  it("counts by ISO week in Vietnam time, the last twelve weeks with the empty ones", () => {
    const facts = [
      fact({ createdAt: new Date("2026-11-22T16:30:00Z") }), // Sunday 23:30 in Vietnam: week 47
      fact({ createdAt: new Date("2026-11-22T17:30:00Z") }), // Monday 00:30 in Vietnam: week 48
      fact({ createdAt: new Date("2026-11-23T07:00:00Z") }),
      fact({ createdAt: new Date("2026-09-07T00:00:00Z") }), // Monday 07:00 in Vietnam: week 37, the first of the twelve
      fact({ createdAt: new Date("2026-09-06T16:00:00Z") }), // Sunday 23:00 in Vietnam, week 36: before the period
    ];
    const report = summarizeCases(facts, NOW, { weeks: 12 });
    expect(report.since).toEqual(new Date("2026-09-06T17:00:00Z"));
    expect(report.weekly.map((w) => w.week)).toEqual(Array.from({ length: 12 }, (_, i) => `2026-W${37 + i}`));
    expect(report.weekly.map((w) => w.count)).toEqual([1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
    expect(report.total).toBe(4);
  });

  it("names the week by the year of its Thursday across new year", () => {
    expect(isoWeekId(new Date("2027-01-01T05:00:00Z"))).toBe("2026-W53");
    expect(isoWeekId(new Date("2027-01-03T16:59:00Z"))).toBe("2026-W53"); // Sunday 23:59 in Vietnam
    expect(isoWeekId(new Date("2027-01-03T17:00:00Z"))).toBe("2027-W01"); // Monday 00:00 in Vietnam
    expect(periodStart(NOW, 1)).toEqual(new Date("2026-11-22T17:00:00Z"));
  });
});

describe("counts by category, risk and province", () => {
  const facts = [
    fact({ category: "neglect_abandonment", risk: "high" }),
    fact({ category: "neglect_abandonment", risk: "emergency", provinceId: "ha-noi", provinceName: "Hà Nội" }),
    fact({ category: "online_abuse", risk: "low", provinceId: null, provinceName: null }),
    fact(),
  ];

  it("counts every visible case once per dimension, every risk shown even at zero", () => {
    const report = summarizeCases(facts, NOW, { weeks: 4 });
    expect(report.byCategory.map((c) => [c.key, c.count])).toEqual([["neglect_abandonment", 2], ["online_abuse", 1], ["physical_violence", 1]]);
    expect(report.byRisk.map((c) => [c.key, c.count])).toEqual([["emergency", 1], ["high", 1], ["medium", 1], ["low", 1]]);
    expect(report.byProvince.map((c) => [c.key, c.name, c.count])).toEqual([["dak-lak", "Đắk Lắk", 2], ["", null, 1], ["ha-noi", "Hà Nội", 1]]);
  });

  it("leaves out the cases of provinces the reader may not see", () => {
    const report = summarizeCases(facts, NOW, { weeks: 4, visible: (p) => p === "dak-lak" });
    expect(report.total).toBe(2);
    expect(report.byProvince.map((c) => c.key)).toEqual(["dak-lak"]);
    expect(report.byRisk.map((c) => c.count)).toEqual([0, 1, 1, 0]);
  });

  it("is empty, with twelve empty weeks, when there are no cases", () => {
    const report = summarizeCases([], NOW, { weeks: 12 });
    expect([report.total, report.weekly.length, report.weekly.every((w) => w.count === 0), report.byCategory]).toEqual([0, 12, true, []]);
    expect(report.deadlines.ack).toEqual({ met: 0, missed: 0, pending: 0, share: null });
    expect(report.firstAction.overall).toEqual({ count: 0, medianMinutes: null, p90Minutes: null });
  });
});

describe("deadlines met", () => {
  const created = minutes(NOW, -24 * 60);

  it("counts met before due, missed when breached, late or still undone after due, and keeps running deadlines apart", () => {
    const facts = [
      fact({ createdAt: created, acknowledgedAt: minutes(created, 30), firstReferralAt: minutes(created, 60), status: "referred" }), // both met
      fact({ createdAt: created, acknowledgedAt: minutes(created, 180), status: "in_progress" }), // ack late; action moved on in time (no breach)
      fact({ createdAt: created, ackBreachedAt: minutes(created, 121), actionBreachedAt: minutes(created, 721) }), // both breached, undone
      fact({ createdAt: created, acknowledgedAt: minutes(created, 10), status: "triaged" }), // ack met; action past due, never marked: missed
      fact({ createdAt: minutes(NOW, -30) }), // both running: pending
    ];
    const report = summarizeCases(facts, NOW, { weeks: 4 });
    expect(report.deadlines.ack).toEqual({ met: 2, missed: 2, pending: 1, share: 0.5 });
    expect(report.deadlines.action).toEqual({ met: 2, missed: 2, pending: 1, share: 0.5 });
  });

  it("counts a referral after the deadline as missed even when escalation never marked it", () => {
    const late = fact({ createdAt: created, acknowledgedAt: minutes(created, 5), firstReferralAt: minutes(created, 800), status: "referred" });
    expect(summarizeCases([late], NOW, { weeks: 4 }).deadlines.action).toEqual({ met: 0, missed: 1, pending: 0, share: 0 });
  });
});

describe("time to first action", () => {
  it("gives the median and the 90th percentile, overall and by risk", () => {
    const created = minutes(NOW, -3000);
    const at = (m: number, risk: CaseFacts["risk"] = "medium") => fact({ createdAt: created, risk, firstActionAt: minutes(created, m) });
    const facts = [at(10, "emergency"), at(20, "emergency"), at(30), at(40), at(50), at(60), at(70), at(80), at(90), at(1000), fact({ createdAt: created })];
    const { overall, byRisk } = summarizeCases(facts, NOW, { weeks: 4 }).firstAction;
    expect(overall).toEqual({ count: 10, medianMinutes: 55, p90Minutes: 90 });
    expect(byRisk.find((r) => r.risk === "emergency")).toEqual({ risk: "emergency", count: 2, medianMinutes: 15, p90Minutes: 20 });
    expect(byRisk.find((r) => r.risk === "low")).toEqual({ risk: "low", count: 0, medianMinutes: null, p90Minutes: null });
  });

  it("uses the nearest rank for percentiles", () => {
    expect([median([3, 1, 2]), median([]), percentile([5], 90), percentile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11], 90)]).toEqual([2, null, 5, 10]);
  });
});

describe("deadline breaches", () => {
  const created = minutes(NOW, -24 * 60);

  it("lists each missed deadline with how late it was, open cases first, in the reader's provinces only", () => {
    const closed = fact({ createdAt: minutes(created, -60), status: "closed", closedAt: minutes(created, 800), acknowledgedAt: minutes(created, 0), actionBreachedAt: minutes(created, 661) });
    const open = fact({ createdAt: created, assigneeId: "an", acknowledgedAt: minutes(created, 150), ackBreachedAt: minutes(created, 121), actionBreachedAt: minutes(created, 721) });
    const hanoi = fact({ createdAt: created, provinceId: "ha-noi", ackBreachedAt: minutes(created, 121) });
    const fine = fact({ createdAt: created, acknowledgedAt: minutes(created, 5), firstReferralAt: minutes(created, 6), status: "referred" });
    const list = deadlineBreaches([closed, open, hanoi, fine], NOW, (p) => p === "dak-lak");
    expect(list.map((b) => [b.code, b.kind, b.open, b.lateMinutes, b.stillUndone, b.assigneeId])).toEqual([
      [open.code, "ack", true, 30, false, "an"],
      [open.code, "action", true, 720, true, "an"],
      [closed.code, "action", false, 1, false, null],
    ]);
  });
});
