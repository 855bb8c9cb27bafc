import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import mammoth from "mammoth";
import { describe, expect, it } from "vitest";
import { createCaseRepository } from "../../src/db/case-repository.ts";
import { createReportDataRepository } from "../../src/db/case-statistics-repository.ts";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { periodInstants } from "../../src/reports/report-figures.ts";
import { generateReportFiles, REPORT_AUDIT_ACTION } from "../../src/reports/report-files.ts";
import { HIDDEN, SUPPRESSED, TOO_FEW, tableWords } from "../../src/reports/report-tables.ts";
import { labelsFor } from "../../src/officer/dashboard/dashboard-labels.ts";
import { generateCases, seedCases } from "../../scripts/seed-cases.ts";
import { testCipher } from "../intake/cases/case-test-support.ts";
import { tempDir, testDatabases, useMigratedDatabase } from "../support/test-databases.ts";
import { sqlFigures, sqlMedian, type SqlFigures } from "./report-sql.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const AS_OF = new Date("2026-07-02T03:00:00Z");
const PERIOD = { from: "2026-01-01", to: "2026-06-30" };
const registry = loadRegistry();
const plans = loadShippedPlans(registry).plans;
const l = labelsFor("vi");

/** A table as read back from a document: its rows of text cells, header first. */
type Grid = string[][];

/** Parses "1.234", "3,5", "<5", "*", "—" as the documents write them. */
function cellValue(text: string): number | string {
  const t = text.trim();
  if (t === SUPPRESSED || t === HIDDEN || t === TOO_FEW) return t;
  const n = Number(t.replace(/\./g, "").replace(",", "."));
  return Number.isNaN(n) ? t : n;
}

/** The expected SQL count behind a labelled row of a one-column table; null for merged and total rows. */
function expectedCount(sql: SqlFigures, id: string, label: string): number | null {
  const lookups: Record<string, [keyof SqlFigures["by"], (key: string) => string]> = {
    channel: ["channel", l.channel], source: ["source", (k) => (k === "unknown" ? "Chưa rõ" : l.relation(k))], category: ["category", l.category],
    risk: ["risk", l.risk], age: ["age", (k) => (k === "unknown" ? "Chưa rõ" : l.age(k))], sex: ["sex", (k) => (k === "unknown" ? "Chưa rõ" : l.sex(k))],
    commune: ["commune", (k) => (k === "unknown" ? "Chưa rõ" : k)],
    closures: ["closures", (k) => tableWords("vi").closure[k] ?? k],
  };
  const entry = lookups[id];
  if (!entry) return null;
  const [dimension, labelOf] = entry;
  if (label.startsWith("Khác (gộp") || label === "Tổng cộng") return null;
  const keys = [...sql.by[dimension].keys(), ...["resolved", "referred_accepted", "no_concern", "duplicate", "unreachable", "moved_province", "closed", "telegram", "zalo", "web", "emergency", "high", "medium", "low", "female", "male", "unknown", "under_6", "6_11", "12_15", "16_17", "self", "family", "neighbour", "teacher", "other"]];
  const key = keys.find((k) => labelOf(k) === label);
  if (key === undefined) throw new Error(`no key for ${id} row "${label}"`);
  return sql.by[dimension].get(key) ?? 0;
}

/** Every cell of every one-column table checked against SQL: shown numbers equal it, "<5" only for 1-4, merged rows are the sum of the rest. */
function checkCountTable(sql: SqlFigures, id: string, rows: Grid): void {
  const body = rows.slice(1);
  for (const [label, value] of body) {
    const cell = cellValue(value!);
    expect(typeof cell === "number" && cell > 0 && cell < 5, `${id} ${label} shows a small count`).toBe(false);
    const expected = expectedCount(sql, id, label!);
    if (expected !== null) expect(cell, `${id} ${label}`).toBe(expected);
  }
  const whole = id === "closures" ? [...sql.by.closures.values()].reduce((a, b) => a + b, 0) : sql.total;
  const total = body.find(([label]) => label === "Tổng cộng");
  expect(cellValue(total![1]!), `${id} total`).toBe(whole);
  const merged = body.find(([label]) => label!.startsWith("Khác (gộp"));
  if (merged) {
    const shown = body.filter(([label]) => label !== "Tổng cộng" && !label!.startsWith("Khác (gộp")).reduce((s, [, v]) => s + Number(cellValue(v!)), 0);
    expect(cellValue(merged[1]!)).toBe(whole - shown);
    expect(Number(cellValue(merged[1]!))).toBeGreaterThanOrEqual(5);
  }
}

/** The deadline table's counts: each shown number equals SQL; "<5" stands for 1-4. */
function checkDeadlineTable(sql: SqlFigures, rows: Grid): void {
  const risks: Record<string, string> = { "Khẩn cấp": "emergency", Cao: "high", "Trung bình": "medium", "Thấp": "low", "Tất cả": "all" };
  for (const [label, ...cells] of rows.slice(1)) {
    const expected = sql.deadlines.get(risks[label!]!) ?? [0, 0, 0, 0, 0, 0];
    cells.slice(0, 6).forEach((c, i) => {
      const v = cellValue(c);
      if (v === SUPPRESSED) expect(expected[i]! > 0 && expected[i]! < 5, `${label} column ${i} is small`).toBe(true);
      else if (v !== HIDDEN) expect(v, `${label} column ${i}`).toBe(expected[i]);
    });
    // Medians in hours, one decimal, over the cases timed (fewer than 5: "—").
    const risk = risks[label!]!;
    for (const [i, minutes] of [[6, sql.ackMinutes.get(risk) ?? []], [7, sql.actionMinutes.get(risk) ?? []]] as const) {
      const shown = cellValue(cells[i]!);
      // SQLite's julianday() is a float: the SQL median may sit a hair either side of a rounding edge, so within half a unit.
      if (minutes.length < 5) expect(shown).toBe(TOO_FEW);
      else expect(Math.abs(Number(shown) - sqlMedian(minutes)! / 60), `${label} median ${i}`).toBeLessThanOrEqual(0.05 + 1e-6);
    }
  }
}

function checkReferralTable(sql: SqlFigures, rows: Grid): void {
  const header = rows[0]!;
  const statuses = ["draft", "sent", "acknowledged", "accepted", "declined", "completed"];
  expect(header.slice(2)).toEqual(statuses.map(l.referralStatus));
  const sum = (target: string | null, status: string | null) => [...sql.referrals].filter(([t]) => target === null || t === target)
    .reduce((s, [, m]) => s + (status === null ? [...m.values()].reduce((a, b) => a + b, 0) : m.get(status) ?? 0), 0);
  for (const [label, ...cells] of rows.slice(1)) {
    const target = label === "Tổng cộng" ? null : [...sql.referrals.keys()].find((t) => l.target(t) === label);
    if (target === undefined) continue; // the merged row of small agencies
    cells.forEach((c, i) => {
      const v = cellValue(c);
      const expected = sum(target, i === 0 ? null : statuses[i - 1]!);
      if (v === SUPPRESSED) expect(expected > 0 && expected < 5).toBe(true);
      else if (v !== HIDDEN) expect(v, `${label} ${header[i + 1]}`).toBe(expected);
    });
  }
}

/** The tables of a mammoth HTML conversion, as text grids, in order. */
function htmlTables(html: string): Grid[] {
  const strip = (s: string) => s.replace(/<[^>]+>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&").replace(/&quot;/g, '"').trim();
  return [...html.matchAll(/<table>([\s\S]*?)<\/table>/g)].map((t) => [...t[1]!.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((r) => [...r[1]!.matchAll(/<t[dh][^>]*>([\s\S]*?)<\/t[dh]>/g)].map((c) => strip(c[1]!))));
}

describe.each(testDatabases)("the periodic report's documents on $name", (factory) => {
  const database = useMigratedDatabase(factory);

  it("writes a DOCX that reads back with its sections and tables, and an XLSX with the same figures, every one equal to SQL", async () => {
    const db = await database.open();
    await seedCases(db.client, testCipher, generateCases({ count: 3000, seed: 11, from: "2025-12-01", to: "2026-07-31", now: AS_OF }));
    const store = createCaseRepository(db.client, testCipher);
    const files = await generateReportFiles(
      { data: createReportDataRepository(db.client, testCipher), plans: () => plans, registry, audit: store },
      { provinceId: "gia-lai", period: PERIOD, now: AS_OF, officer: "giam-sat-gia-lai", docx: true, xlsx: true },
    );
    const { start, end } = periodInstants(PERIOD);
    const sql = await sqlFigures(db, testCipher, "gia-lai", start, end, AS_OF);
    expect(files.report.figures.total).toBe(sql.total);

    // DOCX, read back by mammoth.
    const html = (await mammoth.convertToHtml({ buffer: files.docx! })).value;
    const text = (await mammoth.extractRawText({ buffer: files.docx! })).value;
    expect(text).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
    expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
    expect(text).toMatch(/Số: ……\/BC-……/);
    expect(text).toMatch(/ngày …… tháng …… năm ……/);
    expect(text).toContain("Căn cứ 2509/KH-UBND ngày 28/10/2024 của Ủy ban nhân dân tỉnh Gia Lai");
    // The plan's reporting duty, quoted as its text says it.
    const giaLaiText = fs.readFileSync(path.join(ROOT, "content/plans/002_d5d135182c80a159.txt"), "utf8");
    const quoted = /Chế độ báo cáo: 2509\/KH-UBND, mục V: “([^”]+)”/.exec(text)?.[1];
    expect(quoted).toContain("trước ngày 15/12");
    expect(giaLaiText).toContain(quoted!);
    for (const section of ["I. KẾT QUẢ", "II. TỒN TẠI, HẠN CHẾ", "III. KIẾN NGHỊ"]) {
      expect(html.includes(`<h1><strong>${section}</strong></h1>`) || html.includes(`<h1>${section}</h1>`), `${section} is a heading`).toBe(true);
    }
    expect(html.includes("<h2><strong>2. Thời hạn xác nhận và can thiệp</strong></h2>"), "sub-sections are headings").toBe(true);
    expect(text.indexOf("I. KẾT QUẢ")).toBeLessThan(text.indexOf("II. TỒN TẠI, HẠN CHẾ"));
    expect(text.indexOf("II. TỒN TẠI, HẠN CHẾ")).toBeLessThan(text.indexOf("III. KIẾN NGHỊ"));
    expect(html.includes("<img"), "the chart").toBe(true);

    const grids = htmlTables(html);
    const ids = files.report.tables.map((t) => t.id);
    // The first and last tables are the header and the signature block; the report's tables come in order between them.
    const dataGrids = grids.filter((g) => g.length > 1 && g[0]!.length >= 2 && files.report.tables.some((t) => t.columns[0] === g[0]![0]) );
    for (const id of ids) {
      const table = files.report.tables.find((t) => t.id === id)!;
      const grid = dataGrids.find((g) => g[0]!.join("|") === table.columns.join("|") && (g.length - 1 === table.rows.length));
      expect(grid, `DOCX table ${id}`).toBeDefined();
      if (id === "deadlines") checkDeadlineTable(sql, grid!);
      else if (id === "referrals") checkReferralTable(sql, grid!);
      else checkCountTable(sql, id, grid!);
    }
    // Closing reasons come from the officers' closings (casework), labelled in Vietnamese.
    expect(text).toContain("Đã giải quyết");
    expect(text).toContain("Cơ quan được chuyển tuyến đã nhận xử lý");
    // The commune table has a long tail: its small communes are merged, not listed.
    const communeGrid = dataGrids.find((g) => g[0]![0] === "Xã, phường")!;
    expect(communeGrid.some(([label]) => label!.startsWith("Khác (gộp"))).toBe(true);
    const smallCommunes = [...sql.by.commune].filter(([, n]) => n < 5).map(([k]) => k);
    expect(smallCommunes.length).toBeGreaterThan(0);
    for (const name of smallCommunes) expect(text).not.toContain(name);
    // The targets the case data cannot measure are said so: Gia Lai's plan has none, so the section says that.
    expect(text).toMatch(/không nêu chỉ tiêu định lượng|Số liệu vụ việc đo được/);

    // XLSX, read back by exceljs: the same rows and cells as the DOCX.
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(files.xlsx! as unknown as ArrayBuffer);
    expect(book.getWorksheet("Thông tin")?.getCell("B1").value).toContain("Gia Lai");
    files.report.tables.forEach((t, i) => {
      const sheet = book.worksheets[i + 1]!;
      const rows: Grid = [];
      sheet.eachRow((row, n) => {
        if (n === 1) return;
        rows.push((row.values as unknown[]).slice(1).map((v) => (typeof v === "number" ? String(v) : String(v ?? ""))));
      });
      expect(rows[0], sheet.name).toEqual(t.columns);
      if (t.id === "deadlines") checkDeadlineTable(sql, rows.map((r) => r.map((c) => c.replace(".", ","))));
      else if (t.id === "referrals") checkReferralTable(sql, rows);
      else checkCountTable(sql, t.id, rows);
      for (const r of rows.slice(1)) for (const c of r.slice(1)) expect(/^[1-4]$/.test(c), `${sheet.name}: ${r.join("|")}`).toBe(false);
    });

    // The generation is in the audit trail, with the officer, province and period and no figure of a case.
    const trail = await store.auditTrail(null, 10);
    expect(trail.find((a) => a.action === REPORT_AUDIT_ACTION)).toMatchObject({ officer: "giam-sat-gia-lai", caseCode: null, detail: `gia-lai 2026-01-01..2026-06-30 docx+xlsx ${sql.total} cases` });
  });
});

describe("npm run report", () => {
  it("answers --help without touching data, and writes the DOCX and XLSX of a seeded database", async () => {
    const dir = tempDir("bvte-report-");
    const help = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/report.ts"), "--help"], { cwd: ROOT, encoding: "utf8", env: { ...process.env, DATA_DIR: path.join(dir, "none"), DATABASE_URL: "" }, timeout: 30_000 });
    expect(help.status, help.stderr).toBe(0);
    expect(help.stdout).toMatch(/Cách dùng \(usage\): npm run/);
    expect(fs.existsSync(path.join(dir, "none"))).toBe(false);

    const env = { ...process.env, DATA_DIR: dir, DATABASE_URL: "", ENCRYPTION_KEY: Buffer.alloc(32, 7).toString("hex"), LOG_LEVEL: "silent" };
    const migrate = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/migrate.ts")], { cwd: ROOT, encoding: "utf8", env, timeout: 60_000 });
    expect(migrate.status, migrate.stderr).toBe(0);
    const seed = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "scripts/seed-cases.ts"), "--count", "600", "--seed", "3", "--from", "2026-01-01", "--to", "2026-06-30"], { cwd: ROOT, encoding: "utf8", env, timeout: 60_000 });
    expect(seed.status, seed.stderr).toBe(0);
    const out = path.join(dir, "bao-cao.docx");
    const xlsx = path.join(dir, "bang.xlsx");
    const run = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/report.ts"), "--province", "gia-lai", "--from", "2026-01-01", "--to", "2026-06-30", "--out", out, "--xlsx", xlsx, "--officer", "an"], { cwd: ROOT, encoding: "utf8", env, timeout: 60_000 });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Đã lập báo cáo Gia Lai/);
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toContain("III. KIẾN NGHỊ");
    expect(fs.statSync(xlsx).size).toBeGreaterThan(1000);

    const bad = spawnSync(process.execPath, ["--import", "tsx", path.join(ROOT, "src/cli/report.ts"), "--province", "binh-dinh", "--from", "2026-01-01", "--to", "2026-06-30", "--out", out], { cwd: ROOT, encoding: "utf8", env, timeout: 60_000 });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/nay thuộc \(now part of\) gia-lai/);
  }, 180_000);
});
