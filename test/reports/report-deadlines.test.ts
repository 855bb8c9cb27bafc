import fs from "node:fs";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createReminderLedger } from "../../src/db/case-statistics-repository.ts";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { createDeadlineReminderTimer, REMINDER_AUDIT_ACTION } from "../../src/reports/deadline-reminders.ts";
import { nextOccurrence, remindersDue, reportingDeadlines } from "../../src/reports/report-deadlines.ts";
import { openDashboard, signIn, type DashboardHarness } from "../officer/dashboard/dashboard-test-support.ts";
import { testDatabases, useMigratedDatabase } from "../support/test-databases.ts";

const PLANS_DIR = "/work/shared/plans";
const registry = loadRegistry();
const plans = loadShippedPlans(registry).plans;
/** The plan texts as shipped to the project, by document number (read here, apart from the parser). */
const planText = (file: string) => fs.readFileSync(path.join(fs.existsSync(PLANS_DIR) ? PLANS_DIR : path.resolve(import.meta.dirname, "../../content/plans"), file), "utf8").replace(/\r\n?/g, "\n");
const HUE = planText("003_d5cb55c97bc78e2c.txt");
const GIA_LAI = planText("002_d5d135182c80a159.txt");
const DAK_LAK = planText("000_066575c773da52f1.txt");

describe("the reporting deadlines read from the plans", () => {
  it("gives each dated deadline with the sentence of the plan that sets it, verbatim", () => {
    const all = reportingDeadlines(plans, registry, "2026-12-01");
    const dated = all.filter((d) => d.day !== null).map((d) => ({ doc: d.documentNumber, province: d.provinceId, date: `${d.day}/${d.month}`, quote: d.quote }));
    expect(dated.map((d) => `${d.doc} ${d.date}`)).toEqual(["2509/KH-UBND 15/12", "26/KH-UBND 25/5", "26/KH-UBND 20/11"]);
    for (const d of dated) {
      // The date stands in its quote as "trước ngày D/M", and the quote stands in the plan's text.
      expect(d.quote).toContain(`trước ngày ${d.date}`);
      expect(d.doc === "2509/KH-UBND" ? GIA_LAI : HUE).toContain(d.quote);
    }
    expect(dated.find((d) => d.date === "25/5")!.quote).toBe("đồng thời, báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11) và báo cáo các vấn đề khó khăn đột xuất.");
    expect(dated.find((d) => d.date === "15/12")).toMatchObject({ province: "gia-lai" });
    // Đắk Lắk's 2041 asks for six-monthly and yearly reports without a date: listed, undated, quoted.
    const dakLak = all.filter((d) => d.documentNumber === "2041/QĐ-UBND");
    expect(dakLak.every((d) => d.day === null)).toBe(true);
    expect(dakLak.some((d) => d.frequency === "định kỳ 6 tháng, một năm" && DAK_LAK.includes(d.quote))).toBe(true);
    // Huế's plan covered 2016: shown, but not in force, so never reminded.
    expect(all.filter((d) => d.documentNumber === "26/KH-UBND").every((d) => !d.inForce)).toBe(true);
  });

  it("reminds 14 and 3 days before a deadline of a plan in force, and on no other day", () => {
    const deadlines = reportingDeadlines(plans, registry, "2026-12-01");
    expect(remindersDue(deadlines, "2026-12-01").map((r) => r.key)).toEqual(["2509/KH-UBND|2026-12-15|14"]);
    expect(remindersDue(deadlines, "2026-12-12").map((r) => r.key)).toEqual(["2509/KH-UBND|2026-12-15|3"]);
    expect(remindersDue(deadlines, "2026-12-02")).toEqual([]);
    expect(remindersDue(deadlines, "2026-05-11")).toEqual([]); // Huế's 25/5 is not in force
    expect(nextOccurrence(15, 12, "2026-12-16")).toBe("2027-12-15");
  });
});

describe.each(testDatabases)("reminders to supervisors on $name", (factory) => {
  const database = useMigratedDatabase(factory);

  it("sends each reminder once, quoting the plan, even across passes and restarts", async () => {
    const db = await database.open();
    const clock = { now: new Date("2026-12-01T01:00:00Z") }; // 08:00 in Vietnam
    const sent: string[] = [];
    const make = () => createDeadlineReminderTimer({
      plans: () => plans, registry, ledger: createReminderLedger(db.client, REMINDER_AUDIT_ACTION), clock: () => clock.now,
      send: async (text) => { sent.push(text); },
    });
    await make().runOnce();
    await make().runOnce();
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain("còn 14 ngày đến hạn 15/12/2026");
    expect(sent[0]).toContain("2509/KH-UBND, Gia Lai, mục V");
    const quote = /“([^”]+)”/.exec(sent[0]!)![1]!;
    expect(GIA_LAI).toContain(quote);
    clock.now = new Date("2026-12-12T01:00:00Z");
    await make().runOnce();
    expect(sent).toHaveLength(2);
    expect(sent[1]).toContain("còn 3 ngày");
    const failing = createDeadlineReminderTimer({ plans: () => plans, registry, ledger: createReminderLedger(db.client, REMINDER_AUDIT_ACTION), clock: () => new Date("2027-12-01T01:00:00Z"), send: async () => { throw new Error("telegram down"); } });
    await expect(failing.runOnce()).rejects.toThrow("telegram down");
    // Not recorded: the next pass sends it.
    clock.now = new Date("2027-12-01T01:00:00Z");
    await make().runOnce();
    expect(sent).toHaveLength(3);
  });
});

describe("the deadlines on the supervisors' page", () => {
  let h: DashboardHarness;
  beforeEach(async () => {
    h = await openDashboard();
    h.clock.now = new Date("2026-12-01T01:00:00Z");
  });
  afterEach(() => h.close());

  it("shows every shipped plan's deadline with the plan's own words and the days left", async () => {
    const chi = await signIn(h.app, "chi");
    const res = await h.app.inject({ method: "GET", url: "/officer/reports/periodic", headers: { cookie: chi.cookie } });
    expect(res.statusCode).toBe(200);
    const table = /<table class="deadlines">[\s\S]*?<\/table>/.exec(res.body)![0];
    const rows = [...table.matchAll(/<tr><th scope="row">([^<]+)<br>[^<]*<\/th>\s*<td>([^<]*)(?:<br>[^<]*)?<\/td>\s*<td>([\s\S]*?)<\/td>\s*<td><q>([^<]*)<\/q>/g)].map((m) => ({ doc: m[1], date: m[2], next: m[3], quote: m[4]! }));
    const giaLai = rows.find((r) => r.doc === "2509/KH-UBND")!;
    expect(giaLai.date).toBe("15/12");
    expect(giaLai.next).toContain("15/12/2026");
    expect(giaLai.next).toContain("còn 14 ngày");
    expect(GIA_LAI).toContain(giaLai.quote);
    const hue = rows.filter((r) => r.doc === "26/KH-UBND");
    expect(hue.map((r) => r.date)).toEqual(["25/05", "20/11"]);
    for (const r of hue) {
      expect(HUE).toContain(r.quote);
      expect(r.quote).toContain(`trước ngày ${Number(r.date!.slice(0, 2))}/${Number(r.date!.slice(3))}`);
      expect(r.next).toContain("không nhắc");
    }
    expect(rows.filter((r) => r.doc === "2041/QĐ-UBND").every((r) => r.date === "văn bản không ghi ngày" && DAK_LAK.includes(r.quote))).toBe(true);
  });
});
