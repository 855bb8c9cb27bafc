/**
 * Scanned pages read by OCR (tesseract.js with the Vietnamese data from node_modules, no
 * network): one page of the Tây Ninh plan rendered with a seal, rasterised at 300 dpi, read
 * as a scanned PDF and as a photo through `npm run ingest`. OCR is slow on this machine, so
 * this stays at one page; `npm run bench:ingest` measures every plan.
 */
import { execFile } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../src/db/database.ts";
import { createOcrReader, type OcrReader } from "../../src/kb/ingest/document-readers/ocr-reader.ts";
import { parsePlan } from "../../src/kb/ingest/plan-parser.ts";
import { readPlanDocument } from "../../src/kb/ingest/read-plan-document.ts";
import { listPlanFiles } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { tempDir } from "../support/test-databases.ts";
import { matchAssignments } from "./support/assignment-match.ts";
import { hasVietnameseFont, rasterisePdfPage, renderPlanPdf, scannedPdf } from "./support/plan-renderings.ts";

const registry = loadRegistry();
const lines = fs.readFileSync(listPlanFiles().find((f) => path.basename(f).startsWith("001_"))!, "utf8").split("\n");
/** The plan's heading (number, date) and its first duty list (IV.1): one A4 page. */
const PAGE = [...lines.slice(10, 26), ...lines.slice(60, 76)].join("\n");
const OCR_TIMEOUT = 240_000;

describe.skipIf(!hasVietnameseFont())("a scanned page read by OCR", () => {
  let pdf: Uint8Array;
  let ocr: OcrReader;
  beforeAll(async () => {
    pdf = await renderPlanPdf(PAGE, { header: "UBND TỈNH TÂY NINH", stamp: true, fontSize: 11 });
    ocr = createOcrReader(path.join(tempDir(), "ocr-cache"));
  });
  afterAll(() => ocr.close());

  it("a PDF page without a text layer is read by OCR: the plan's number, its duties with page 1, the seal left out", async () => {
    const scan = await scannedPdf(pdf, 300);
    const { plan, document } = await readPlanDocument(scan, "tay-ninh-scan.pdf", registry, { ocr });
    expect(document.scanned).toBe(true);
    expect(document.pages).toMatchObject([{ page: 1, source: "ocr", flagged: false }]);
    expect(document.pages[0]!.ocrMs).toBeGreaterThan(0);
    expect(plan.documentNumber).toBe("1979/KH-UBND");
    expect(plan.document?.scanned).toBe(true);
    expect(plan.text).not.toContain("CON DẤU");
    const expected = parsePlan(PAGE, "page.txt", registry).plan.assignments;
    const exact = matchAssignments(expected, plan.assignments);
    const match = matchAssignments(expected, plan.assignments, "typographic");
    console.log(`OCR 300 dpi, 1 trang (page): ${exact.identical}/${exact.expected} phân công giống hệt .txt (identical), ${match.identical} khi gộp gạch nối (dashes folded), ${document.pages[0]!.ocrMs} ms`);
    expect(match.share).toBeGreaterThanOrEqual(0.85);
    expect(plan.assignments.every((a) => a.page === 1 && plan.text.includes(a.quote))).toBe(true);
  }, OCR_TIMEOUT);

  it("npm run ingest -- page.png reads a photo of the page by OCR", async () => {
    const png = path.join(tempDir(), "trang-1.png");
    fs.writeFileSync(png, await rasterisePdfPage(pdf, 1, 300));
    const run = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
      execFile(process.execPath, ["--import", "tsx", path.join(PROJECT_ROOT, "src/cli/ingest.ts"), "--dry-run", png], { cwd: PROJECT_ROOT, env: { ...process.env, LOG_LEVEL: "warn" } }, (error, stdout, stderr) => {
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
      });
    });
    expect(run.code).toBe(0);
    expect(run.stderr).toContain("đang nhận dạng chữ (OCR) trang 1/1");
    expect(run.stdout).toContain("Số văn bản (document number): 1979/KH-UBND");
    expect(run.stdout).toContain("trong đó đọc bằng OCR (read by OCR): 1");
    expect(run.stdout).not.toContain("diacritics");
    expect(run.stdout).toMatch(/trang 1: OCR, tin cậy \(confidence\) \d+%, \d+ ms/);
  }, OCR_TIMEOUT);
});
