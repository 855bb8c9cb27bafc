/**
 * The per-file summary `npm run ingest` prints: what was found and what could not be
 * parsed, in Vietnamese with English labels, so an administrator can see at a glance
 * whether a new plan went through.
 */
import type { IngestReport } from "../types.ts";

const LABELS: ReadonlyArray<[string, string]> = [
  ["sections", "Mục (sections)"],
  ["tasks", "Nhiệm vụ/chương trình (tasks)"],
  ["programmes", "  trong đó chương trình (programmes)"],
  ["duties", "  trong đó nhiệm vụ được giao (duties)"],
  ["recommendations", "  trong đó khuyến nghị ở phụ lục (recommendations)"],
  ["assignments", "Phân công (assignments)"],
  ["lead", "  chủ trì (lead)"],
  ["coordinate", "  phối hợp (coordinate)"],
  ["responsible", "  chịu trách nhiệm (responsible)"],
  ["requested", "  đề nghị (requested)"],
  ["unresolvedAgencies", "  cơ quan chưa nhận ra (unresolved agencies)"],
  ["targets", "Chỉ tiêu (targets)"],
  ["budgetLines", "Dòng kinh phí (budget lines)"],
  ["reportingDuties", "Chế độ báo cáo (reporting duties)"],
  ["legalBasis", "Căn cứ pháp lý (legal basis)"],
  ["gaps", "Đoạn thiếu/bị cắt (gaps)"],
  ["pages", "Số trang (pages)"],
  ["ocrPages", "  trong đó đọc bằng OCR (read by OCR)"],
  ["flaggedPages", "  trong đó cần xem lại (flagged for review)"],
];

/** A readable block for one file. */
export function formatIngestReport(report: IngestReport): string {
  const lines = [`Tệp (file): ${report.sourceFile}`, `Số văn bản (document number): ${report.documentNumber ?? "không rõ (unknown)"}`];
  for (const [key, label] of LABELS) {
    if (key in report.counts) lines.push(`  ${label}: ${report.counts[key]}`);
  }
  if (report.problems.length === 0) {
    lines.push("  Không có phần nào không đọc được (nothing left unparsed)");
  } else {
    lines.push("  Chưa đọc được / cần xem lại (could not parse / to review):");
    for (const p of report.problems) lines.push(`   - ${p}`);
  }
  return lines.join("\n");
}
