/**
 * The audit page through the real application on SQLite and PostgreSQL (issue 16, item 11):
 * in Vietnamese words, one row for one view of a case (the page's own reads folded in),
 * filters by who, case (typed loosely), action and days, the supervisor's provinces only, and
 * the filtered log as a CSV file with a byte-order mark.
 */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draft } from "../../intake/cases/case-test-support.ts";
import { removeDataDirs, startApp, type RunningApp } from "../../e2e/e2e-support.ts";
import { testDatabases, type TestDatabase } from "../../support/test-databases.ts";
import { addOfficerWithCli, officerClient, servicesOf, type OfficerClient } from "./queue-test-support.ts";

/** The rows of the audit table: time, who, action, case, detail, as text. */
function auditRows(page: string): string[][] {
  const body = /<tbody>([\s\S]*?)<\/tbody>/.exec(page)?.[1] ?? "";
  return [...body.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => c[1]!.replace(/<[^>]+>/g, "").trim()));
}

const today = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const tomorrow = () => new Date(Date.now() + 31 * 3_600_000).toISOString().slice(0, 10);

describe.each(testDatabases)("the audit page on $name", (factory) => {
  let db: TestDatabase;
  let running: RunningApp;
  let code: string;
  let hanoiCode: string;
  let chi: OfficerClient;

  beforeAll(async () => {
    db = await factory.create();
    running = await startApp(db);
    const services = servicesOf(running);
    code = (await services.intake.submit(draft({ locationText: "Phú Yên" }))).caseCode;
    hanoiCode = (await services.intake.submit(draft({ locationText: "Hà Nội" }))).caseCode;
    for (const [user, role, provinces] of [["an", "officer", "dak-lak"], ["binh", "officer", "ha-noi"], ["chi", "supervisor", "*"], ["giamsathn", "supervisor", "ha-noi"]] as const) {
      expect((await addOfficerWithCli(db, running, user, role, provinces)).status).toBe(0);
    }
    const an = officerClient(running.app.url);
    const csrf = await an.signIn("an");
    expect((await an.get(`/officer/cases/${code}`)).status).toBe(200);
    expect((await an.post(`/officer/cases/${code}/claim`, { _csrf: csrf })).status).toBe(303);
    const binh = officerClient(running.app.url);
    await binh.signIn("binh");
    await binh.get(`/officer/cases/${hanoiCode}`);
    chi = officerClient(running.app.url);
    await chi.signIn("chi");
  }, 120_000);
  afterAll(async () => {
    await running?.app.stop();
    await db?.drop();
    removeDataDirs();
  });

  it("shows one view of a case as one row, in Vietnamese words", async () => {
    const rows = auditRows(await (await chi.get(`/officer/audit?officer=an&case=${code}`)).text());
    const actions = rows.map((r) => r[2]);
    expect(actions.filter((a) => a === "xem hồ sơ").length).toBeGreaterThanOrEqual(1);
    expect(actions).not.toContain("xem chuyển tuyến");
    expect(actions).not.toContain("xem nhật ký");
    expect(actions).toContain("nhận xử lý");
    expect(rows.find((r) => r[2] === "xem hồ sơ")?.[4]).toBe("xem cả nội dung tin báo");
    const everything = await (await chi.get("/officer/audit")).text();
    expect(everything).not.toMatch(/narrative shown|summary shown|\d+ cases/);
  });

  it("filters by who, by a case code typed loosely, by action and by day", async () => {
    const byOfficer = auditRows(await (await chi.get("/officer/audit?officer=binh")).text());
    expect(byOfficer.length).toBeGreaterThan(0);
    expect(byOfficer.every((r) => r[1] === "binh")).toBe(true);
    const loose = code.replace("-", " ").toLowerCase();
    const byCase = auditRows(await (await chi.get(`/officer/audit?case=${encodeURIComponent(loose)}`)).text());
    expect(byCase.length).toBeGreaterThan(0);
    expect(byCase.every((r) => r[3] === code)).toBe(true);
    const claims = auditRows(await (await chi.get("/officer/audit?action=claim")).text());
    expect(claims.map((r) => [r[1], r[3]])).toEqual([["an", code]]);
    expect(auditRows(await (await chi.get(`/officer/audit?officer=an&from=${today()}&to=${today()}`)).text()).length).toBeGreaterThan(0);
    expect(auditRows(await (await chi.get(`/officer/audit?from=${tomorrow()}`)).text())).toEqual([["Chưa có thao tác nào."]]);
  });

  it("shows a supervisor of one province only the entries about its cases", async () => {
    const hn = officerClient(running.app.url);
    await hn.signIn("giamsathn");
    const rows = auditRows(await (await hn.get("/officer/audit")).text());
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.filter((r) => !(r[3] === hanoiCode || (r[3] === "—" && ["binh", "giamsathn"].includes(r[1]!))))).toEqual([]);
    expect(rows.some((r) => r[1] === "an" || r[1] === "chi")).toBe(false);
    expect(await (await hn.get(`/officer/audit.csv`)).text()).not.toContain(code);
  });

  it("lists actions about no case (exports, searches) to supervisors whose provinces the officer shares, and to every-province ones", async () => {
    const binh = officerClient(running.app.url);
    await binh.signIn("binh");
    expect((await binh.get("/officer/export/cases.csv")).status).toBe(200);
    expect((await binh.get("/officer/?q=Ha%20Noi")).status).toBe(200);
    const an = officerClient(running.app.url);
    await an.signIn("an");
    expect((await an.get("/officer/export/cases.csv")).status).toBe(200);
    const csvRows = async (client: OfficerClient, action: string) =>
      (await (await client.get(`/officer/audit.csv?action=${action}`)).text()).replace(/^\uFEFF/, "").trim().split(/\r?\n/).slice(1).map((l) => l.split(","));
    const hn = officerClient(running.app.url);
    await hn.signIn("giamsathn");
    expect((await csvRows(hn, "export")).map((r) => r[1])).toEqual(["binh"]);
    expect((await csvRows(hn, "search")).map((r) => r[1])).toEqual(["binh"]);
    expect(auditRows(await (await hn.get("/officer/audit?action=export")).text()).map((r) => r[1])).toEqual(["binh"]);
    expect((await csvRows(chi, "export")).map((r) => r[1]).sort()).toEqual(["an", "binh"]);
    expect((await csvRows(chi, "search")).map((r) => r[1])).toContain("binh");
  });

  it("downloads the filtered log as CSV with a byte-order mark, the same rows as the page", async () => {
    const res = await chi.get(`/officer/audit.csv?officer=an&case=${code}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const lines = bytes.subarray(3).toString("utf8").trim().split(/\r?\n/);
    expect(lines[0]).toBe("Thời điểm,Người làm,Thao tác,Hồ sơ,Chi tiết");
    const page = auditRows(await (await chi.get(`/officer/audit?officer=an&case=${code}`)).text());
    expect(lines.slice(1).map((l) => l.split(",")[2])).toEqual(page.map((r) => r[2]));
    const reads = await running.app.database.client.caseAudit.findMany({ where: { officer: "chi", action: { in: ["audit_read", "audit_export"] } } });
    expect(reads.some((r) => r.action === "audit_export" && r.detail === `?officer=an&case=${code}`)).toBe(true);
  });
});
