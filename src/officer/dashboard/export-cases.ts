/**
 * The filtered queue as a file for the monthly figures: CSV (UTF-8 with a byte-order mark, so
 * Excel shows Vietnamese) and XLSX, both written by exceljs, with the column labels in the
 * officer's language, codes as words, times in Vietnam's time, and the narrative only when
 * the officer's role allows it and they asked for it.
 */
import type ExcelJS from "exceljs";
import { excel } from "../../core/on-demand-libraries.ts";
import type { Ui } from "./dashboard-layout.ts";
import { nextDeadline } from "./queue-page.ts";
import type { ExportRow } from "./queue-query.ts";


/** The most cases one export holds; a wider filter is cut there and says so in the audit log. */
export const EXPORT_LIMIT = 20_000;

const TIME_ZONE_OFFSET_MS = 7 * 3_600_000;

interface Column {
  header: string;
  width: number;
  /** Dates are shown as day and time. */
  time?: boolean;
  value(row: ExportRow, now: Date): string | Date | null;
}

function columns(ui: Ui, withNarrative: boolean): Column[] {
  const { l } = ui;
  const vi = ui.lang === "vi";
  const yesNo = (b: boolean) => (vi ? (b ? "có" : "không") : b ? "yes" : "no");
  const list: Column[] = [
    { header: vi ? "Mã hồ sơ" : "Case code", width: 12, value: (r) => r.code },
    { header: vi ? "Tiếp nhận lúc" : "Received", width: 18, time: true, value: (r) => r.createdAt },
    { header: vi ? "Mức nguy cơ" : "Risk", width: 12, value: (r) => l.risk(r.risk) },
    { header: vi ? "Loại việc" : "Category", width: 22, value: (r) => l.category(r.category) },
    { header: vi ? "Trạng thái" : "Status", width: 16, value: (r) => l.status(r.status) },
    { header: vi ? "Tỉnh" : "Province", width: 16, value: (r) => r.provinceName },
    { header: vi ? "Xã/phường" : "Commune", width: 20, value: (r) => r.commune },
    { header: vi ? "Độ tuổi của trẻ" : "Child's age", width: 14, value: (r) => (r.childAgeBand ? l.age(r.childAgeBand) : null) },
    { header: vi ? "Kênh tiếp nhận" : "Channel", width: 16, value: (r) => l.channel(r.channel) },
    { header: vi ? "Cán bộ phụ trách" : "Assignee", width: 16, value: (r) => r.assigneeId },
    { header: vi ? "Hạn tiếp theo" : "Next deadline", width: 18, time: true, value: (r) => nextDeadline(r) },
    { header: vi ? "Quá hạn" : "Overdue", width: 9, value: (r, now) => { const due = nextDeadline(r); return yesNo(due !== null && due <= now); } },
    { header: vi ? "Đã từng trễ hạn" : "Deadline missed before", width: 12, value: (r) => yesNo(r.ackBreachedAt !== null || r.actionBreachedAt !== null) },
    { header: vi ? "Đóng lúc" : "Closed", width: 18, time: true, value: (r) => r.closedAt },
  ];
  if (withNarrative) list.push({ header: vi ? "Nội dung tin báo" : "Report", width: 80, value: (r) => r.narrative ?? null });
  return list;
}

/** A moment as Vietnam's wall-clock time in a date cell (Excel dates carry no time zone). */
function localCellDate(at: Date): Date {
  return new Date(at.getTime() + TIME_ZONE_OFFSET_MS);
}

/** "03/12/2026 16:05": day first as Vietnam writes it, Vietnam's time (no daylight saving there). */
function localText(at: Date): string {
  const l = localCellDate(at).toISOString();
  return `${l.slice(8, 10)}/${l.slice(5, 7)}/${l.slice(0, 4)} ${l.slice(11, 16)}`;
}

function workbook(rows: ExportRow[], ui: Ui, withNarrative: boolean, now: Date, asText: boolean): ExcelJS.Workbook {
  const book = new (excel().Workbook)();
  book.creator = "bao-ve-tre-em";
  book.created = now;
  const cols = columns(ui, withNarrative);
  const sheet = book.addWorksheet(ui.lang === "vi" ? "Hồ sơ" : "Cases");
  sheet.columns = cols.map((c) => ({ header: c.header, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: "frozen", ySplit: 1 }];
  for (const row of rows) {
    sheet.addRow(cols.map((c) => {
      const value = c.value(row, now);
      if (!(value instanceof Date)) return value ?? "";
      return asText ? localText(value) : localCellDate(value);
    }));
  }
  cols.forEach((c, i) => {
    if (c.time && !asText) sheet.getColumn(i + 1).numFmt = "dd/mm/yyyy hh:mm";
  });
  return book;
}

export async function casesXlsx(rows: ExportRow[], ui: Ui, withNarrative: boolean, now: Date): Promise<Buffer> {
  return Buffer.from(await workbook(rows, ui, withNarrative, now, false).xlsx.writeBuffer());
}

/** CSV with a byte-order mark and times written out as "03/12/2026 16:05" (Vietnam time). */
export async function casesCsv(rows: ExportRow[], ui: Ui, withNarrative: boolean, now: Date): Promise<Buffer> {
  return Buffer.from(await workbook(rows, ui, withNarrative, now, true).csv.writeBuffer({ formatterOptions: { writeBOM: true } }));
}

/** "ho-so-20261203-1605.csv": the local date and time of the export. */
export function exportFileName(now: Date, ext: "csv" | "xlsx"): string {
  const local = new Date(now.getTime() + TIME_ZONE_OFFSET_MS).toISOString();
  return `ho-so-${local.slice(0, 10).replace(/-/g, "")}-${local.slice(11, 16).replace(":", "")}.${ext}`;
}
