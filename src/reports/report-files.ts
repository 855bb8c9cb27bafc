/**
 * Making the report's files, as the terminal command and the dashboard both do: build the
 * report, draw the chart, write the DOCX and/or the XLSX, and record the generation in the
 * audit trail (who, which province and period, which files, how many cases; never a figure
 * of a case).
 */
import type { CaseStore } from "../intake/cases/case-store.ts";
import { buildPeriodicReport, type PeriodicReport, type ReportDeps } from "./periodic-report.ts";
import type { ReportPeriod } from "./report-figures.ts";
import { reportChartPng } from "./report-chart.ts";
import { reportXlsx } from "./report-xlsx.ts";

export const REPORT_AUDIT_ACTION = "report_generate";

export interface ReportFileDeps extends ReportDeps {
  audit: Pick<CaseStore, "audit">;
}

export interface ReportFiles {
  report: PeriodicReport;
  docx: Buffer | null;
  xlsx: Buffer | null;
}

export async function generateReportFiles(
  deps: ReportFileDeps,
  input: { provinceId: string; period: ReportPeriod; now: Date; officer: string; docx: boolean; xlsx: boolean; view?: boolean },
): Promise<ReportFiles> {
  const report = await buildPeriodicReport(deps, { provinceId: input.provinceId, period: input.period, now: input.now });
  // The docx library is loaded by the first report written as DOCX, not when the server starts.
  const docx = input.docx ? await (await import("./report-docx.ts")).reportDocx(report, { chartPng: await reportChartPng(report.tables) }) : null;
  const xlsx = input.xlsx ? await reportXlsx(report) : null;
  const what = [docx ? "docx" : null, xlsx ? "xlsx" : null, input.view ? "page" : null].filter(Boolean).join("+");
  await deps.audit.audit({
    officer: input.officer, action: REPORT_AUDIT_ACTION, caseCode: null,
    detail: `${report.province.id} ${input.period.from}..${input.period.to} ${what} ${report.figures.total} cases`, at: input.now,
  });
  return { report, docx, xlsx };
}
