/**
 * `npm run bench:ingest`: each shipped plan rendered to PDF (text layer), DOCX and scanned PDF
 * pages (300 and 150 dpi, read by OCR), then ingested; prints, per plan and kind, the share
 * of assignments identical to the .txt version and the time taken (OCR: per page).
 * Options: `--no-ocr`, `--plans 000,004` (file name prefixes), `--dpi 300` (comma-separated).
 * Nothing leaves the machine: documents are made here, the OCR language data is read from
 * node_modules.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createOcrReader } from "../src/kb/ingest/document-readers/ocr-reader.ts";
import { parsePlan } from "../src/kb/ingest/plan-parser.ts";
import { readPlanDocument } from "../src/kb/ingest/read-plan-document.ts";
import { listPlanFiles } from "../src/kb/knowledge-base.ts";
import { loadRegistry } from "../src/kb/registry/registry.ts";
import { matchAssignments } from "../test/kb/support/assignment-match.ts";
import { hasVietnameseFont, renderPlanDocx, renderPlanPdf, scannedPdf } from "../test/kb/support/plan-renderings.ts";

const argv = process.argv.slice(2);
const option = (name: string) => { const i = argv.indexOf(name); return i >= 0 ? argv[i + 1] : undefined; };
const withOcr = !argv.includes("--no-ocr");
const only = option("--plans")?.split(",");
const dpis = (option("--dpi") ?? "300,150").split(",").map(Number);
const HEADER = "UBND TỈNH — KẾ HOẠCH BẢO VỆ TRẺ EM";

if (!hasVietnameseFont()) {
  console.error("Không có phông DejaVu (/usr/share/fonts/truetype/dejavu) để dựng PDF tiếng Việt (no DejaVu font to render Vietnamese PDFs)");
  process.exit(2);
}

const registry = loadRegistry();
const ocr = createOcrReader(path.join(os.tmpdir(), "bvte-ocr-cache"));
const totals = new Map<string, { identical: number; typographic: number; expected: number; pages: number; ms: number }>();
const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

console.log("kế hoạch (plan) | loại (kind) | phân công giống .txt (identical) | trang (pages) | thời gian (time)");
for (const file of listPlanFiles().filter((f) => !only || only.some((p) => path.basename(f).startsWith(p)))) {
  const text = fs.readFileSync(file, "utf8");
  const expected = parsePlan(text, path.basename(file), registry).plan.assignments;
  const pdf = await renderPlanPdf(text, { header: HEADER, stamp: true });
  const kinds: Array<[string, () => Promise<Uint8Array>]> = [["pdf", async () => pdf], ["docx", () => renderPlanDocx(text, HEADER)]];
  if (withOcr) for (const dpi of dpis) kinds.push([`scan-${dpi}dpi`, () => scannedPdf(pdf, dpi)]);
  for (const [kind, make] of kinds) {
    const bytes = await make();
    const started = performance.now();
    const { plan, document } = await readPlanDocument(bytes, `${path.basename(file)}.${kind}`, registry, { ocr, requirePlan: false });
    const ms = performance.now() - started;
    const match = matchAssignments(expected, plan.assignments);
    const typo = matchAssignments(expected, plan.assignments, "typographic");
    const pages = document.pages.filter((p) => p.page !== null).length;
    const ocrMs = document.pages.filter((p) => p.ocrMs !== undefined).map((p) => p.ocrMs!);
    const perPage = ocrMs.length > 0 ? `, OCR ${(ocrMs.reduce((a, b) => a + b, 0) / ocrMs.length / 1000).toFixed(1)} s/trang (s/page)` : "";
    const flagged = document.pages.filter((p) => p.flagged).length;
    const folded = typo.identical !== match.identical ? ` (${pct(typo.share)} khi gộp gạch nối/dấu chấm lửng; dashes and ellipses folded)` : "";
    console.log(`${path.basename(file)} | ${kind} | ${match.identical}/${match.expected} = ${pct(match.share)}${folded} | ${pages || "-"}${flagged ? ` (${flagged} cần xem lại/flagged)` : ""} | ${(ms / 1000).toFixed(1)} s${perPage}`);
    const t = totals.get(kind) ?? { identical: 0, typographic: 0, expected: 0, pages: 0, ms: 0 };
    totals.set(kind, { identical: t.identical + match.identical, typographic: t.typographic + typo.identical, expected: t.expected + match.expected, pages: t.pages + pages, ms: t.ms + ms });
  }
}
await ocr.close();
console.log("\nTổng (total):");
for (const [kind, t] of totals) {
  const perPage = kind.startsWith("scan") && t.pages > 0 ? `, ${(t.ms / t.pages / 1000).toFixed(1)} s/trang (s/page)` : "";
  const share = (n: number) => pct(t.expected ? n / t.expected : 1);
  console.log(`  ${kind}: ${t.identical}/${t.expected} = ${share(t.identical)} (gộp gạch nối/dấu chấm lửng; folded: ${share(t.typographic)})${perPage}`);
}
