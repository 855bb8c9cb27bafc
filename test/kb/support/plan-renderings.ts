/**
 * Test documents made here from the shipped plans, so nothing comes from outside: a plan
 * rendered to PDF (pdfkit, DejaVu for the Vietnamese letters) with a running header, page
 * numbers and a rotated stamp; to DOCX (docx) with a header and footer; a PDF page rasterised
 * to PNG (pdfjs + @napi-rs/canvas); and the broken documents the bad-input tests need.
 * Results are cached per run in a temp folder.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createHash } from "node:crypto";
import PDFDocument, { type PDFKit } from "pdfkit";
import { Document, Footer, Header, Packer, Paragraph, Table, TableCell, TableRow, TextRun } from "docx";
import { openPdf, renderPage } from "../../../src/kb/ingest/document-readers/pdf-reader.ts";

const FONT_DIR = "/usr/share/fonts/truetype/dejavu";
export const VIETNAMESE_FONT = path.join(FONT_DIR, "DejaVuSerif.ttf");
export const VIETNAMESE_BOLD = path.join(FONT_DIR, "DejaVuSerif-Bold.ttf");
export const hasVietnameseFont = (): boolean => fs.existsSync(VIETNAMESE_FONT);

const CACHE = path.join(os.tmpdir(), `bvte-plan-renderings-${process.pid}`);
process.once("exit", () => fs.rmSync(CACHE, { recursive: true, force: true }));

async function cached(key: string, ext: string, make: () => Promise<Uint8Array>): Promise<Uint8Array> {
  fs.mkdirSync(CACHE, { recursive: true });
  const file = path.join(CACHE, `${createHash("sha1").update(key).digest("hex").slice(0, 16)}.${ext}`);
  if (fs.existsSync(file)) return new Uint8Array(fs.readFileSync(file));
  const bytes = await make();
  fs.writeFileSync(file, bytes);
  return bytes;
}

export interface PdfOptions {
  header?: string;
  pageNumbers?: boolean;
  stamp?: boolean;
  userPassword?: string;
  /** Render only the first N lines of the plan text (for small OCR pages). */
  maxLines?: number;
  fontSize?: number;
}

/** A paragraph, or a table: the consecutive tab-separated rows of the text file. */
type Block = { kind: "paragraph"; text: string } | { kind: "table"; rows: string[][] };

/** The plan as a writer would lay it out: paragraphs (no layout tabs, no blank lines) and tables. */
function planBlocks(text: string, maxLines?: number): Block[] {
  let lines = text.replace(/\r\n?/g, "\n").split("\n").filter((l) => l.trim() !== "");
  if (maxLines) lines = lines.slice(0, maxLines);
  const blocks: Block[] = [];
  for (const line of lines) {
    const cells = line.split("\t").map((c) => c.trim());
    const isRow = cells.length >= 3 || (cells.length === 2 && cells[0] === "" && blocks.at(-1)?.kind === "table");
    const last = blocks.at(-1);
    if (isRow && last?.kind === "table") last.rows.push(cells);
    else if (isRow) blocks.push({ kind: "table", rows: [cells] });
    else blocks.push({ kind: "paragraph", text: line.replace(/\t/g, " ").trim() });
  }
  return blocks;
}

function drawTable(doc: PDFKit.PDFDocument, rows: string[][]): void {
  const left = doc.page.margins.left;
  const usable = doc.page.width - left - doc.page.margins.right;
  const columns = Math.max(...rows.map((r) => r.length));
  const share = columns === 5 ? [0.13, 0.33, 0.18, 0.19, 0.17] : Array<number>(columns).fill(1 / columns);
  const widths = share.map((s) => s * usable);
  const pad = 8;
  doc.font("body").fontSize(10);
  let y = doc.y + 4;
  for (const row of rows) {
    const height = Math.max(...row.map((c, i) => doc.heightOfString(c || " ", { width: widths[i]! - 2 * pad }))) + 2 * pad;
    if (y + height > doc.page.height - doc.page.margins.bottom) {
      doc.addPage();
      y = doc.page.margins.top;
    }
    let x = left;
    widths.forEach((w, i) => {
      doc.rect(x, y, w, height).lineWidth(0.5).stroke();
      const cell = row[i];
      if (cell) doc.text(cell, x + pad, y + pad, { width: w - 2 * pad, align: "left" });
      x += w;
    });
    y += height;
  }
  doc.x = left;
  doc.y = y + 8;
  doc.fontSize(12);
}

function pdfBytes(build: (doc: PDFKit.PDFDocument) => void, options: PDFKit.PDFDocumentOptions): Promise<Uint8Array> {
  const doc = new PDFDocument({ size: "A4", margins: { top: 72, bottom: 72, left: 80, right: 64 }, bufferPages: true, ...options });
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Uint8Array>((resolve) => doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks)))));
  build(doc);
  doc.end();
  return done;
}

/** A plan as a justified A4 PDF with a text layer, a running header, "Trang N" footers and a stamp under the last line. */
export function renderPlanPdf(text: string, options: PdfOptions = {}): Promise<Uint8Array> {
  const key = JSON.stringify({ text, options, kind: "pdf" });
  return cached(key, "pdf", () => pdfBytes((doc) => {
    doc.registerFont("body", VIETNAMESE_FONT).registerFont("bold", VIETNAMESE_BOLD);
    doc.font("body").fontSize(options.fontSize ?? 12);
    for (const block of planBlocks(text, options.maxLines)) {
      if (block.kind === "table") {
        drawTable(doc, block.rows);
        continue;
      }
      const line = block.text;
      const heading = /^[IVX]+\.\s/.test(line) || line === line.toUpperCase();
      doc.font(heading ? "bold" : "body").text(line, { align: heading ? "left" : "justify", paragraphGap: 4, lineGap: 1 });
    }
    const end = { y: doc.y };
    const range = doc.bufferedPageRange();
    for (let i = range.start; i < range.start + range.count; i++) {
      doc.switchToPage(i);
      const { margins } = doc.page;
      const saved = { ...margins };
      doc.page.margins = { top: 0, bottom: 0, left: 0, right: 0 };
      if (options.header) doc.font("body").fontSize(9).text(options.header, 80, 36, { width: doc.page.width - 144, align: "center", lineBreak: false });
      if (options.pageNumbers !== false) doc.font("body").fontSize(10).text(`Trang ${i + 1}`, 80, doc.page.height - 48, { width: doc.page.width - 144, align: "center", lineBreak: false });
      // The stamp sits over the signature, under the last line of the plan (as low as the page allows).
      if (options.stamp && i === range.start + range.count - 1) stamp(doc, doc.page.width - 190, Math.min(end.y + 90, doc.page.height - 110));
      doc.page.margins = saved;
    }
  }, { userPassword: options.userPassword, ownerPassword: options.userPassword }));
}

/** A red round stamp with its text set on a slant, as on a signed plan; the ink is translucent, so text under it stays dark. */
function stamp(doc: PDFKit.PDFDocument, x: number, y: number): void {
  doc.save();
  doc.fillOpacity(0.75).strokeOpacity(0.75);
  doc.circle(x, y, 55).lineWidth(3).strokeColor("#c0392b").stroke();
  doc.circle(x, y, 40).lineWidth(1).strokeColor("#c0392b").stroke();
  doc.fillColor("#c0392b").font("bold").fontSize(9);
  doc.rotate(-18, { origin: [x, y] });
  doc.text("ỦY BAN NHÂN DÂN", x - 45, y - 25, { width: 90, align: "center", lineBreak: false });
  doc.text("TỈNH · CON DẤU", x - 45, y + 12, { width: 90, align: "center", lineBreak: false });
  doc.restore();
  doc.fillColor("black").strokeColor("black");
}

/** A plan as a .docx: one paragraph per line, a header and a footer (which are not plan text). */
export function renderPlanDocx(text: string, header = "UBND TỈNH — KẾ HOẠCH"): Promise<Uint8Array> {
  return cached(JSON.stringify({ text, header, kind: "docx" }), "docx", async () => {
    const doc = new Document({
      sections: [{
        headers: { default: new Header({ children: [new Paragraph(header)] }) },
        footers: { default: new Footer({ children: [new Paragraph("Trang")] }) },
        children: planBlocks(text).map((b) => b.kind === "paragraph"
          ? new Paragraph({ children: [new TextRun({ text: b.text, font: "Times New Roman", size: 26 })] })
          : docxTable(b.rows)),
      }],
    });
    return new Uint8Array(await Packer.toBuffer(doc));
  });
}

function docxTable(rows: string[][]): Table {
  const columns = Math.max(...rows.map((r) => r.length));
  return new Table({
    rows: rows.map((r) => new TableRow({
      children: Array.from({ length: columns }, (_, i) => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: r[i] ?? "", size: 22 })] })] })),
    })),
  });
}

/** Page `page` of a PDF as a PNG at `dpi`. */
export function rasterisePdfPage(pdf: Uint8Array, page: number, dpi: number): Promise<Uint8Array> {
  return cached(`${createHash("sha1").update(pdf).digest("hex")}:${page}:${dpi}`, "png", async () => {
    const doc = await openPdf(pdf, 1000);
    try {
      return await renderPage(doc, await doc.getPage(page), dpi);
    } finally {
      await doc.destroy();
    }
  });
}

/** A scan: every page of the PDF rasterised and put back into a PDF as an image only (no text layer). */
export function scannedPdf(pdf: Uint8Array, dpi: number, pages?: number): Promise<Uint8Array> {
  return cached(`${createHash("sha1").update(pdf).digest("hex")}:scan:${dpi}:${pages}`, "pdf", async () => {
    const doc = await openPdf(pdf, 1000);
    const count = Math.min(doc.numPages, pages ?? doc.numPages);
    await doc.destroy();
    const images: Buffer[] = [];
    for (let n = 1; n <= count; n++) images.push(Buffer.from(await rasterisePdfPage(pdf, n, dpi)));
    return pdfBytes((out) => {
      images.forEach((png, i) => {
        if (i > 0) out.addPage();
        out.image(png, 0, 0, { width: out.page.width, height: out.page.height });
      });
    }, {});
  });
}

/** A syntactically valid PDF whose page tree has no pages. */
export function zeroPagePdf(): Uint8Array {
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"];
  let body = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((o, i) => {
    offsets.push(body.length);
    body += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = body.length;
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(body, "latin1"));
}
