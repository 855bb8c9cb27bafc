/**
 * The supervisors' periodic report page through the real dashboard: the same figures as SQL,
 * small cells never shown, downloads that read back, another province's report not found, an
 * officer refused, and every view and download in the audit trail.
 */
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { periodInstants } from "../../src/reports/report-figures.ts";
import { labelsFor } from "../../src/officer/dashboard/dashboard-labels.ts";
import { generateCases, seedCases } from "../../scripts/seed-cases.ts";
import { testCipher } from "../intake/cases/case-test-support.ts";
import { PASSWORD, openDashboard, signIn, type DashboardHarness } from "../officer/dashboard/dashboard-test-support.ts";
import { sqlFigures } from "./report-sql.ts";

const AS_OF = new Date("2026-07-02T03:00:00Z");
const URL = "/officer/reports/periodic?province=gia-lai&from=2026-01-01&to=2026-06-30";
const l = labelsFor("vi");

let h: DashboardHarness;
beforeEach(async () => {
  h = await openDashboard();
  h.clock.now = AS_OF;
  await seedCases(h.database.client, testCipher, generateCases({ count: 1500, seed: 5, from: "2026-01-01", to: "2026-06-30", now: AS_OF }));
});
afterEach(() => h.close());

/** The cells of a row of one of the page's tables. */
function cells(body: string, tableId: string, label: string): string[] {
  const table = new RegExp(`<table id="${tableId}">[\\s\\S]*?</table>`).exec(body)?.[0] ?? "";
  const tr = new RegExp(`<tr><th scope="row">${label}</th>([\\s\\S]*?)</tr>`).exec(table)?.[1] ?? "";
  return [...tr.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]!);
}

describe("the periodic report page", () => {
  it("shows a province's figures as SQL counts them, with its plans, findings and downloads, audited", async () => {
    const chi = await signIn(h.app, "chi");
    const res = await h.app.inject({ method: "GET", url: URL, headers: { cookie: chi.cookie } });
    expect(res.statusCode).toBe(200);
    const { start, end } = periodInstants({ from: "2026-01-01", to: "2026-06-30" });
    const sql = await sqlFigures(h.database, testCipher, "gia-lai", start, end, AS_OF);
    const n = (v: number) => v.toLocaleString("vi-VN");
    expect(res.body).toContain(`Tiếp nhận ${n(sql.total)} vụ việc trong kỳ`);
    for (const risk of ["emergency", "high", "medium", "low"]) expect(cells(res.body, "periodic-risk", l.risk(risk))).toEqual([n(sql.by.risk.get(risk) ?? 0)]);
    for (const channel of ["telegram", "zalo", "web"]) expect(cells(res.body, "periodic-channel", l.channel(channel))).toEqual([n(sql.by.channel.get(channel) ?? 0)]);
    // A count of 1-4 stands as "<5" (escaped in the page).
    expect(cells(res.body, "periodic-deadlines", "Tất cả").slice(0, 6)).toEqual(sql.deadlines.get("all")!.map((v) => (v > 0 && v < 5 ? "&lt;5" : n(v))));
    for (const id of ["channel", "source", "category", "risk", "age", "sex", "commune", "deadlines", "referrals", "closures"]) {
      const table = new RegExp(`<table id="periodic-${id}">[\\s\\S]*?</table>`).exec(res.body)?.[0];
      expect(table, id).toBeDefined();
      expect([...table!.matchAll(/<td>([^<]*)<\/td>/g)].map((m) => m[1]).filter((c) => /^[1-4]$/.test(c!)), id).toEqual([]);
    }
    expect(res.body).toContain("2509/KH-UBND");
    expect(res.body).toContain("II. Tồn tại, hạn chế");
    expect(res.body).toContain("III. Kiến nghị");
    expect(res.body).toContain('href="/officer/reports/periodic.docx?province=gia-lai&amp;from=2026-01-01&amp;to=2026-06-30"');
    expect(res.body).toContain('id="chart-periodic-risk-title"');

    const docx = await h.app.inject({ method: "GET", url: URL.replace("periodic?", "periodic.docx?"), headers: { cookie: chi.cookie } });
    expect(docx.statusCode).toBe(200);
    expect(docx.headers["content-type"]).toContain("wordprocessingml");
    expect(docx.headers["content-disposition"]).toBe('attachment; filename="bao-cao-gia-lai-2026-01-01-2026-06-30.docx"');
    const text = (await mammoth.extractRawText({ buffer: docx.rawPayload })).value;
    expect(text).toContain(`Trong kỳ báo cáo tiếp nhận ${n(sql.total)} vụ việc`);
    const xlsx = await h.app.inject({ method: "GET", url: URL.replace("periodic?", "periodic.xlsx?"), headers: { cookie: chi.cookie } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    expect(book.worksheets.map((w) => w.name)).toContain("4. Vụ việc theo mức độ nguy cơ");

    const trail = (await h.services.queue.auditTrail("test", null, 50)).filter((e) => e.action === "report_generate");
    expect(trail.map((e) => `${e.officer} ${e.detail}`).sort()).toEqual([
      `chi gia-lai 2026-01-01..2026-06-30 docx ${sql.total} cases`,
      `chi gia-lai 2026-01-01..2026-06-30 page ${sql.total} cases`,
      `chi gia-lai 2026-01-01..2026-06-30 xlsx ${sql.total} cases`,
    ]);
  });

  it("refuses an officer, hides another province's report, and says when the period is wrong", async () => {
    const an = await signIn(h.app, "an");
    expect((await h.app.inject({ method: "GET", url: URL, headers: { cookie: an.cookie } })).statusCode).toBe(403);
    await h.auth.addAccount({ username: "giamsat-hn", role: "supervisor", provinces: ["ha-noi"], password: PASSWORD });
    const hanoi = await signIn(h.app, "giamsat-hn");
    const other = await h.app.inject({ method: "GET", url: URL, headers: { cookie: hanoi.cookie } });
    const missing = await h.app.inject({ method: "GET", url: "/officer/nope", headers: { cookie: hanoi.cookie } });
    expect(other.statusCode).toBe(404);
    expect(other.body).not.toContain("Gia Lai");
    expect(missing.statusCode).toBe(404);
    expect((await h.app.inject({ method: "GET", url: URL.replace("periodic?", "periodic.docx?"), headers: { cookie: hanoi.cookie } })).statusCode).toBe(404);
    const own = await h.app.inject({ method: "GET", url: "/officer/reports/periodic", headers: { cookie: hanoi.cookie } });
    expect(own.body).toContain('<option value="ha-noi" selected>');
    expect(own.body).not.toContain('value="gia-lai"');
    const chi = await signIn(h.app, "chi");
    const bad = await h.app.inject({ method: "GET", url: "/officer/reports/periodic?province=gia-lai&from=2026-06-30&to=2026-01-01", headers: { cookie: chi.cookie } });
    expect(bad.body).toContain("Kỳ báo cáo không hợp lệ");
    const badDownload = await h.app.inject({ method: "GET", url: "/officer/reports/periodic.docx?province=gia-lai&from=2026-02-30&to=2026-03-01", headers: { cookie: chi.cookie } });
    expect(badDownload.statusCode).toBe(303);
    expect(badDownload.headers.location).toContain("/officer/reports/periodic?province=gia-lai");
  });
});
