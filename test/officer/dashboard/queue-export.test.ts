/**
 * Exports of the filtered queue through the real application on SQLite and PostgreSQL (issue
 * 16, item 8): the CSV starts with a byte-order mark and parses back, exceljs reads the XLSX
 * back, both with Vietnamese labels and Vietnam's time, only the officer's provinces, the
 * narrative only for a supervisor who asks; every export audited; 401 and no file without a session.
 */
import ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { draft } from "../../intake/cases/case-test-support.ts";
import { removeDataDirs, startApp, type RunningApp } from "../../e2e/e2e-support.ts";
import { testDatabases, type TestDatabase } from "../../support/test-databases.ts";
import { addOfficerWithCli, officerClient, servicesOf, type OfficerClient } from "./queue-test-support.ts";

const STORY = "Bé trai 9 tuổi bị bố dượng đánh bằng thắt lưng, Zyxquanh nghe tiếng khóc mỗi tối.";

/** RFC 4180 as Excel writes it: quoted fields may hold commas, quotes ("") and line breaks. */
function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  const endField = () => {
    row.push(field);
    field = "";
  };
  const endRow = () => {
    endField();
    rows.push(row);
    row = [];
  };
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i]!;
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i += 1;
    } else if (c === '"') quoted = !quoted;
    else if (quoted) field += c;
    else if (c === ",") endField();
    else if (c === "\r" && text[i + 1] === "\n") continue;
    else if (c === "\n" || c === "\r") endRow();
    else field += c;
  }
  if (field !== "" || row.length) endRow();
  return rows;
}

/** "03/12/2026 16:05" for a moment, in Vietnam's time. */
const vietnamTime = (at: Date) => {
  const l = new Date(at.getTime() + 7 * 3_600_000).toISOString();
  return `${l.slice(8, 10)}/${l.slice(5, 7)}/${l.slice(0, 4)} ${l.slice(11, 16)}`;
};

describe.each(testDatabases)("exports of the queue on $name", (factory) => {
  let db: TestDatabase;
  let running: RunningApp;
  let an: OfficerClient;
  const ours: string[] = [];
  let hanoi: string;

  beforeAll(async () => {
    db = await factory.create();
    running = await startApp(db);
    const services = servicesOf(running);
    for (let i = 0; i < 3; i += 1) ours.push((await services.intake.submit(draft({ locationText: "Phú Yên", commune: "xã Hòa Xuân", narrative: STORY }))).caseCode);
    hanoi = (await services.intake.submit(draft({ locationText: "Hà Nội", narrative: STORY }))).caseCode;
    await services.queue.changeStatus("chi", ours[2]!, "not_actionable");
    expect((await addOfficerWithCli(db, running, "an", "officer", "dak-lak")).status).toBe(0);
    expect((await addOfficerWithCli(db, running, "chi", "supervisor", "*")).status).toBe(0);
    an = officerClient(running.app.url);
    await an.signIn("an");
  }, 120_000);
  afterAll(async () => {
    await running?.app.stop();
    await db?.drop();
    removeDataDirs();
  });

  it("the CSV starts with a byte-order mark and parses back: Vietnamese labels, words for codes, Vietnam's time, the filter applied", async () => {
    const res = await an.get("/officer/export/cases.csv");
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toContain("text/csv");
    expect(res.headers.get("content-disposition")).toMatch(/^attachment; filename="ho-so-\d{8}-\d{4}\.csv"$/);
    const bytes = Buffer.from(await res.arrayBuffer());
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const [header, ...rows] = parseCsv(bytes.subarray(3).toString("utf8")).filter((r) => r.some((f) => f !== ""));
    expect(header).toEqual(["Mã hồ sơ", "Tiếp nhận lúc", "Mức nguy cơ", "Loại việc", "Trạng thái", "Tỉnh", "Xã/phường", "Độ tuổi của trẻ", "Kênh tiếp nhận", "Cán bộ phụ trách", "Hạn tiếp theo", "Quá hạn", "Đã từng trễ hạn", "Đóng lúc"]);
    // Open cases only (the queue's default filter), of the officer's province only.
    expect(rows.map((r) => r[0]).sort()).toEqual(ours.slice(0, 2).sort());
    const shown = await servicesOf(running).queue.show("test", ours[0]!);
    if (!shown.ok) throw new Error("case missing");
    const row = rows.find((r) => r[0] === ours[0])!;
    expect(row[1]).toBe(vietnamTime(shown.value.case.createdAt));
    expect(row[4]).toBe("mới");
    expect(row[5]).toBe("Đắk Lắk");
    expect(row[8]).toBe("Telegram");
    expect(bytes.toString("utf8")).not.toContain("Zyxquanh");
    const all = parseCsv((await (await an.get("/officer/export/cases.csv?status=all")).text()).replace(/^\uFEFF/, ""));
    expect(all.map((r) => r[0])).toContain(ours[2]);
    expect(all.map((r) => r[0])).not.toContain(hanoi);
  });

  it("exceljs reads the XLSX back: the same cases, dates as Vietnam's wall-clock time", async () => {
    const res = await an.get(`/officer/export/cases.xlsx?q=${encodeURIComponent(ours[1]!.toLowerCase())}`);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await res.arrayBuffer());
    const sheet = book.getWorksheet("Hồ sơ")!;
    expect(sheet.getRow(1).getCell(1).value).toBe("Mã hồ sơ");
    expect(sheet.rowCount).toBe(2);
    expect(sheet.getRow(2).getCell(1).value).toBe(ours[1]);
    const shown = await servicesOf(running).queue.show("test", ours[1]!);
    if (!shown.ok) throw new Error("case missing");
    const cell = sheet.getRow(2).getCell(2).value as Date;
    expect(cell.getTime()).toBe(shown.value.case.createdAt.getTime() + 7 * 3_600_000);
  });

  it("leaves the narrative out for an officer even when asked, and gives it to a supervisor who asks", async () => {
    expect(await (await an.get("/officer/export/cases.csv?narrative=1")).text()).not.toContain("Zyxquanh");
    const chi = officerClient(running.app.url);
    await chi.signIn("chi");
    expect(await (await chi.get("/officer/export/cases.csv")).text()).not.toContain("Zyxquanh");
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await (await chi.get("/officer/export/cases.xlsx?narrative=1")).arrayBuffer());
    const sheet = book.worksheets[0]!;
    expect(sheet.getRow(1).getCell(15).value).toBe("Nội dung tin báo");
    expect(String(sheet.getRow(2).getCell(15).value)).toContain("Zyxquanh");
  });

  it("audits every export, and makes no file without a session", async () => {
    const before = await running.app.database.client.caseAudit.count({ where: { officer: "an", action: "export" } });
    await an.get("/officer/export/cases.csv?risk=emergency");
    await an.get("/officer/export/cases.xlsx");
    const rows = await running.app.database.client.caseAudit.findMany({ where: { officer: "an", action: "export" }, orderBy: [{ at: "asc" }, { id: "asc" }] });
    expect(rows).toHaveLength(before + 2);
    expect(rows.at(-2)?.detail).toBe("csv: 0 cases");
    expect(rows.at(-1)?.detail).toBe("xlsx: 2 cases");
    for (const path of ["/officer/export/cases.csv", "/officer/export/cases.xlsx"]) {
      const anonymous = await fetch(`${running.app.url}${path}`);
      expect(anonymous.status).toBe(401);
      expect(anonymous.headers.get("content-disposition")).toBeNull();
      expect(await anonymous.json()).toEqual({ error: "not_signed_in" });
    }
  });
});
