/**
 * PDF pages to positioned lines with pdfjs-dist (legacy build, for Node). A page with a text
 * layer is read from it; a page without one (a scan) is rasterised and handed to OCR when an
 * OCR reader is given. Rotated text (a stamp, a diagonal watermark) is left out of the text
 * layer. Encrypted, empty and damaged files are refused before any page is read.
 */
import type { PDFDocumentProxy, PDFPageProxy } from "pdfjs-dist/legacy/build/pdf.mjs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { DocumentRejected } from "./document-errors.ts";
import type { LayoutLine, LayoutPage, ReadProgress } from "./layout.ts";

/** Reads one rasterised page; see ocr-reader.ts. */
export interface PageOcr {
  readImage(png: Uint8Array, page: number): Promise<LayoutPage>;
}

export interface PdfReadOptions {
  maxPages: number;
  ocr?: PageOcr;
  /** Raster resolution for OCR (dots per inch). */
  dpi?: number;
  progress?: ReadProgress;
}

interface TextItem {
  str: string;
  width: number;
  height: number;
  transform: number[];
}

const pdfjsDir = dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const STANDARD_FONTS = `${join(pdfjsDir, "standard_fonts")}/`;
const CMAPS = `${join(pdfjsDir, "cmaps")}/`;

/** Fewer characters than this on a page means it has no usable text layer. */
const MIN_TEXT_CHARS = 20;

/** Opens a PDF; refuses encrypted, empty, oversize and damaged documents. */
export async function openPdf(bytes: Uint8Array, maxPages: number): Promise<PDFDocumentProxy> {
  // Loaded on the first PDF, not at start: pdfjs costs about 120 MB resident and 0.7 s under tsx.
  const { getDocument } = await import("pdfjs-dist/legacy/build/pdf.mjs");
  const task = getDocument({
    data: new Uint8Array(bytes), // pdfjs transfers the buffer; never hand it the caller's
    isEvalSupported: false,
    enableXfa: false,
    disableFontFace: true,
    useSystemFonts: false,
    standardFontDataUrl: STANDARD_FONTS,
    cMapUrl: CMAPS,
    cMapPacked: true,
    verbosity: 0,
  });
  // A password prompt means the file is encrypted for opening: refuse at once instead of waiting for one.
  let locked = false;
  task.onPassword = () => {
    locked = true;
    void task.destroy();
  };
  let pdf: PDFDocumentProxy;
  try {
    pdf = await task.promise;
  } catch (error) {
    if (locked) throw new DocumentRejected("encrypted", undefined, { cause: error });
    const name = (error as { name?: string }).name;
    if (name === "PasswordException") throw new DocumentRejected("encrypted", undefined, { cause: error });
    throw new DocumentRejected("damaged", (error as Error).message, { cause: error });
  }
  if (pdf.numPages === 0) {
    await pdf.destroy();
    throw new DocumentRejected("no_pages");
  }
  if (pdf.numPages > maxPages) {
    await pdf.destroy();
    throw new DocumentRejected("too_many_pages", `${pdf.numPages} > ${maxPages}`);
  }
  return pdf;
}

/** Every page of the PDF as lines, choosing text layer or OCR per page. */
export async function readPdf(bytes: Uint8Array, options: PdfReadOptions): Promise<LayoutPage[]> {
  const pdf = await openPdf(bytes, options.maxPages);
  try {
    const pages: LayoutPage[] = [];
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const lines = await textLayerLines(page);
      const chars = lines.reduce((s, l) => s + l.text.replace(/\s/g, "").length, 0);
      if (chars >= MIN_TEXT_CHARS || !options.ocr) {
        options.progress?.({ stage: "text", page: n, pages: pdf.numPages });
        pages.push({ page: n, source: "text-layer", lines });
      } else {
        options.progress?.({ stage: "ocr", page: n, pages: pdf.numPages });
        const png = await renderPage(pdf, page, options.dpi ?? 300);
        pages.push(await options.ocr.readImage(png, n));
      }
      page.cleanup();
    }
    return pages;
  } finally {
    await pdf.destroy();
  }
}

/** The text layer of a page as lines: horizontal items grouped by baseline, left to right. */
async function textLayerLines(page: PDFPageProxy): Promise<LayoutLine[]> {
  const [x0, y0, x1, y1] = page.view as [number, number, number, number];
  const width = x1 - x0;
  const height = y1 - y0;
  const content = await page.getTextContent();
  const items = (content.items as TextItem[]).filter((i) => "str" in i && i.str.trim() !== "");
  const rows: Array<{ baseline: number; size: number; items: TextItem[] }> = [];
  for (const item of items) {
    const [a, b, c, , , f] = item.transform as [number, number, number, number, number, number];
    if (Math.abs(b) > 0.01 * Math.abs(a) || Math.abs(c) > 0.01 * Math.abs(a) || a <= 0) continue; // rotated: a stamp or watermark
    const size = item.height || Math.abs(a);
    const row = rows.find((r) => Math.abs(r.baseline - f) < Math.max(r.size, size) * 0.4);
    if (row) row.items.push(item);
    else rows.push({ baseline: f, size, items: [item] });
  }
  rows.sort((p, q) => q.baseline - p.baseline);
  return rows.map((row) => {
    row.items.sort((p, q) => (p.transform[4] as number) - (q.transform[4] as number));
    // Items further apart than a wide space are separate pieces: the cells of a table row.
    const pieces: Array<{ text: string; left: number; end: number }> = [];
    for (const item of row.items) {
      const left = item.transform[4] as number;
      const last = pieces[pieces.length - 1];
      if (last && left - last.end < row.size * 1.5) {
        if (left - last.end > row.size * 0.15 && !/\s$/.test(last.text) && !/^\s/.test(item.str)) last.text += " ";
        last.text += item.str;
        last.end = left + item.width;
      } else pieces.push({ text: item.str, left, end: left + item.width });
    }
    const clean = (t: string) => t.replace(/\s+/g, " ").trim();
    const first = pieces[0]!;
    const last = pieces[pieces.length - 1]!;
    const line: LayoutLine = {
      text: clean(pieces.map((p) => p.text).join(" ")),
      x0: (first.left - x0) / width,
      x1: (last.end - x0) / width,
      top: (y1 - row.baseline - row.size) / height,
      bottom: (y1 - row.baseline) / height,
    };
    if (pieces.length > 1) line.cells = pieces.map((p) => ({ text: clean(p.text), x0: (p.left - x0) / width, x1: (p.end - x0) / width }));
    return line;
  });
}

interface CanvasFactory {
  create(width: number, height: number): { canvas: { toBuffer(mime: "image/png"): Buffer }; context: unknown };
}

/**
 * A page as a PNG at the given resolution. The canvas comes from the document's own canvas
 * factory (pdfjs draws on its copy of @napi-rs/canvas in Node; a canvas of another copy would
 * not accept its paths).
 */
export async function renderPage(pdf: PDFDocumentProxy, page: PDFPageProxy, dpi: number): Promise<Uint8Array> {
  const viewport = page.getViewport({ scale: dpi / 72 });
  const factory = pdf.canvasFactory as CanvasFactory;
  const { canvas, context } = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
  type RenderParameters = Parameters<PDFPageProxy["render"]>[0];
  await page.render({ canvas: canvas as unknown as RenderParameters["canvas"], canvasContext: context as RenderParameters["canvasContext"], viewport, background: "#ffffff" }).promise;
  return new Uint8Array(canvas.toBuffer("image/png"));
}
