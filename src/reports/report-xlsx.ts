/**
 * The report's tables as a workbook (exceljs): a first sheet saying what the file is (province,
 * period, plans, how small cells are protected), then one sheet per table with the same rows
 * and cells as the DOCX (numbers as numbers; "<5", "*" and "—" as text), then the plan
 * targets and whether the case data speaks to them.
 */
import { excel } from "../core/on-demand-libraries.ts";
import type { PeriodicReport } from "./periodic-report.ts";
import { vnDate } from "./report-deadlines.ts";

/** Sheet names: at most 31 characters, none of : \ / ? * [ ]. */
export function sheetName(number: number, title: string): string {
  return `${number}. ${title}`.replace(/[:\\/?*[\]]/g, " ").slice(0, 31).trim();
}

export async function reportXlsx(report: PeriodicReport): Promise<Buffer> {
  const book = new (excel().Workbook)();
  book.creator = "bao-ve-tre-em";
  book.created = report.generatedAt;

  const about = book.addWorksheet("Thông tin");
  about.columns = [{ width: 28 }, { width: 100 }];
  about.addRows([
    ["Báo cáo", `Kết quả tiếp nhận, xử lý tin báo về trẻ em — ${report.province.name}`],
    ["Kỳ báo cáo", `từ ngày ${vnDate(report.period.from)} đến ngày ${vnDate(report.period.to)}`],
    ["Lập lúc", report.generatedAt.toISOString()],
    ["Căn cứ", report.context.plans.map((p) => p.documentNumber).join("; ") || "—"],
    ["Bảo vệ dữ liệu", report.privacyNote],
  ]);
  about.getColumn(1).font = { bold: true };

  report.tables.forEach((t, i) => {
    const sheet = book.addWorksheet(sheetName(i + 1, t.title));
    sheet.addRow([`Bảng ${i + 1}. ${t.title}`]).font = { bold: true };
    sheet.addRow(t.columns).font = { bold: true };
    for (const row of t.rows) sheet.addRow([row.label, ...row.cells]);
    sheet.columns.forEach((column, c) => { column.width = c === 0 ? 40 : 16; });
  });

  const targets = book.addWorksheet("Chỉ tiêu kế hoạch");
  targets.columns = [{ width: 16 }, { width: 10 }, { width: 80 }, { width: 12 }, { width: 80 }];
  targets.addRow(["Văn bản", "Mục", "Chỉ tiêu (trích nguyên văn)", "Đo được?", "Giải thích"]).font = { bold: true };
  for (const t of report.context.targets) targets.addRow([t.documentNumber, t.sectionPath, t.quote, t.reach === "partial" ? "Một phần" : "Không", t.why.vi]);

  return Buffer.from(await book.xlsx.writeBuffer());
}
