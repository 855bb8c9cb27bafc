import { describe, expect, it } from "vitest";
import { createReportDataRepository } from "../../src/db/case-statistics-repository.ts";
import { computeFigures, periodInstants, ReportPeriodError } from "../../src/reports/report-figures.ts";
import { HIDDEN, SUPPRESSED, protectCounts, protectGrid, reportTables } from "../../src/reports/report-tables.ts";
import mammoth from "mammoth";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { buildPeriodicReport } from "../../src/reports/periodic-report.ts";
import { reportDocx } from "../../src/reports/report-docx.ts";
import { generateCases, seedCases } from "../../scripts/seed-cases.ts";
import { testCipher } from "../intake/cases/case-test-support.ts";
import { testDatabases, useMigratedDatabase } from "../support/test-databases.ts";
import { sqlFigures, sqlMedian } from "./report-sql.ts";

const AS_OF = new Date("2026-07-02T03:00:00Z");
const PERIOD = { from: "2026-01-01", to: "2026-06-30" };
const words = { otherMerged: "other", allSuppressed: "all" };

describe("small cells", () => {
  it("merges groups under 5 into one row of at least 5, pulling in the next smallest group when needed", () => {
    expect(protectCounts([{ key: "a", count: 40 }, { key: "b", count: 7 }, { key: "c", count: 3 }, { key: "d", count: 0 }], words))
      .toEqual([{ key: "a", count: 40 }, { key: "d", count: 0 }, { key: null, label: "other", count: 10 }]);
    // 2 + 2 is still under 5: the next group joins, so neither small group can be subtracted from the total.
    expect(protectCounts([{ key: "a", count: 40 }, { key: "e", count: 9 }, { key: "b", count: 2 }, { key: "c", count: 2 }], words))
      .toEqual([{ key: "a", count: 40 }, { key: null, label: "other", count: 13 }]);
    expect(protectCounts([{ key: "a", count: 3 }], words)).toEqual([{ key: null, label: "all", count: SUPPRESSED }]);
    expect(protectCounts([{ key: "a", count: 5 }, { key: "b", count: 0 }], words)).toEqual([{ key: "a", count: 5 }, { key: "b", count: 0 }]);
  });

  it("hides one more cell where a total would give a suppressed one away", () => {
    // rows: a, b, total; columns: total, x, y
    const grid = protectGrid([[12, 9, 3], [20, 10, 10], [32, 19, 13]], { rowTotalColumn: 0, totalRow: 2 });
    expect(grid[0]).toEqual([12, HIDDEN, SUPPRESSED]);
    // the column y now has one suppressed cell and a shown total: b's y is hidden too, and then b's x.
    expect(grid[1]![2]).toBe(HIDDEN);
    expect(grid.flat().filter((c) => c === SUPPRESSED || c === HIDDEN).length).toBeGreaterThanOrEqual(4);
  });

  it("reads periods as calendar days in Vietnam time and refuses bad dates", () => {
    expect(periodInstants(PERIOD)).toEqual({ start: new Date("2025-12-31T17:00:00Z"), end: new Date("2026-06-30T17:00:00Z") });
    expect(() => periodInstants({ from: "2026-02-30", to: "2026-03-01" })).toThrow(ReportPeriodError);
    expect(() => periodInstants({ from: "2026-03-02", to: "2026-03-01" })).toThrow(ReportPeriodError);
  });
});

describe("a province with very few cases", () => {
  it("gives no count under 5 anywhere: tables, sentences, shares", async () => {
    const registry = loadRegistry();
    const row = (i: number) => ({
      code: `TE-${i}`, channel: "zalo", reporterRelation: null, category: "neglect_abandonment", risk: "high" as const, childAgeBand: null, childSex: "female", commune: "Xã Ea Súp",
      status: "new", createdAt: new Date("2026-02-01T00:00:00Z"), ackDueAt: new Date("2026-02-01T02:00:00Z"), acknowledgedAt: null, ackBreachedAt: null,
      actionDueAt: new Date("2026-02-01T12:00:00Z"), actionBreachedAt: null, firstReferralAt: null, closedAt: null, closureReason: null,
    });
    const data = { reportData: async () => ({ rows: [row(1), row(2), row(3)], referrals: [{ caseCode: "TE-1", target: "police", status: "sent" }] }) };
    const report = await buildPeriodicReport({ data, plans: () => loadShippedPlans(registry).plans, registry }, { provinceId: "dak-lak", period: PERIOD, now: AS_OF });
    expect(report.figures.total).toBe(3);
    for (const table of report.tables) for (const r of table.rows) for (const c of r.cells) expect(typeof c === "number" && c > 0 && c < 5, `${table.id} ${r.label}`).toBe(false);
    expect(report.tables.find((t) => t.id === "commune")!.rows.map((r) => r.label).join(" ")).not.toContain("Ea Súp");
    expect(report.findings).toEqual(["Trong kỳ tiếp nhận dưới 5 vụ việc: không nêu chi tiết để không nhận diện được trẻ em."]);
    const text = (await mammoth.extractRawText({ buffer: await reportDocx(report) })).value;
    expect(text).toContain("Trong kỳ báo cáo tiếp nhận dưới 5 vụ việc");
    expect(text).not.toContain("Ea Súp");
    expect(text).not.toMatch(/\b[1-4] vụ việc/);
  });
});

describe.each(testDatabases)("report figures on $name against SQL written apart", (factory) => {
  const database = useMigratedDatabase(factory);

  it("counts every breakdown, deadline, referral and closure of a province's half year as SQL does", async () => {
    const db = await database.open();
    const cases = generateCases({ count: 3000, seed: 7, from: "2025-11-01", to: "2026-07-31", now: AS_OF });
    await seedCases(db.client, testCipher, cases);
    const { start, end } = periodInstants(PERIOD);
    const data = await createReportDataRepository(db.client, testCipher).reportData("gia-lai", start, end);
    const figures = computeFigures({ provinceId: "gia-lai", period: PERIOD, ...data, asOf: AS_OF });
    const sql = await sqlFigures(db, testCipher, "gia-lai", start, end, AS_OF);

    expect(figures.total).toBe(sql.total);
    // The seeded communes are sealed like real ones: the report opened them with the key.
    const stored = await db.client.intakeCase.findFirst({ where: { commune: { not: null } }, select: { commune: true } });
    expect(stored?.commune).toMatch(/^v1:/);
    expect(figures.total).toBeGreaterThan(600);
    const asMap = (counts: Array<{ key: string; count: number }>) => new Map(counts.filter((c) => c.count > 0).map((c) => [c.key, c.count]));
    expect(asMap(figures.byChannel)).toEqual(sql.by.channel);
    expect(asMap(figures.bySource)).toEqual(sql.by.source);
    expect(asMap(figures.byCategory)).toEqual(sql.by.category);
    expect(asMap(figures.byRisk)).toEqual(sql.by.risk);
    expect(asMap(figures.byAgeBand)).toEqual(sql.by.age);
    expect(asMap(figures.bySex)).toEqual(sql.by.sex);
    expect(asMap(figures.byCommune)).toEqual(sql.by.commune);
    expect(asMap(figures.closures)).toEqual(sql.by.closures);
    for (const d of figures.deadlines) {
      expect([d.cases, d.ack.met, d.ack.missed, d.action.met, d.action.missed, d.action.pending], d.risk).toEqual(sql.deadlines.get(d.risk));
      expect(d.ackMedianMinutes).toBeCloseTo(sqlMedian(sql.ackMinutes.get(d.risk) ?? [])!, 3);
      expect(d.actionMedianMinutes).toBeCloseTo(sqlMedian(sql.actionMinutes.get(d.risk) ?? [])!, 3);
    }
    // The seeded half year has breaches of both kinds and emergencies referred late, or the test would prove little.
    const emergency = figures.deadlines.find((d) => d.risk === "emergency")!;
    expect(emergency.action.missed).toBeGreaterThan(0);
    expect(emergency.action.met).toBeGreaterThan(emergency.action.missed);
    for (const r of figures.referrals) {
      const expected = sql.referrals.get(r.target)!;
      expect(new Map(Object.entries(r.byStatus).filter(([, n]) => n > 0))).toEqual(expected);
    }
    expect(figures.referrals.map((r) => r.target).sort()).toEqual([...sql.referrals.keys()].sort());

    // The communes of a province have a long tail: small ones are merged, never shown under 5.
    const communes = reportTables(figures, "vi").find((t) => t.id === "commune")!;
    const shown = communes.rows.slice(0, -1);
    expect(shown.some((r) => r.label.startsWith("Khác (gộp"))).toBe(true);
    for (const row of shown) {
      const value = row.cells[0];
      expect(typeof value === "number" && value > 0 && value < 5).toBe(false);
      if (!row.label.startsWith("Khác") && row.label !== "Chưa rõ") expect(value).toBe(sql.by.commune.get(row.label));
    }
    const merged = shown.find((r) => r.label.startsWith("Khác"))!.cells[0];
    const listed = new Set(shown.map((r) => r.label));
    expect(merged).toBe([...sql.by.commune].filter(([k]) => !listed.has(k) && k !== "unknown").reduce((s, [, n]) => s + n, 0));
  });
});
