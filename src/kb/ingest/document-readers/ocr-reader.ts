/**
 * Scanned pages and photos to lines with tesseract.js and the Vietnamese language data of
 * @tesseract.js-data/vie, read from node_modules: nothing is downloaded at run time. One
 * worker is started on first use and kept for the document's pages; `close()` ends it. Red
 * ink (the seal) is removed from each image, and a small image is enlarged, before it is read.
 */
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import type { Worker } from "tesseract.js";
import { correctDiacritics, defaultLexicon, type Lexicon } from "../ocr-lexicon.ts";
import type { LayoutLine, LayoutPage } from "./layout.ts";
import type { PageOcr } from "./pdf-reader.ts";

const require = createRequire(import.meta.url);

/** The folder of the installed Vietnamese data (best_int, for the LSTM engine). */
export function vietnameseLangPath(): string {
  return join(dirname(require.resolve("@tesseract.js-data/vie/package.json")), "4.0.0_best_int");
}

export interface OcrReader extends PageOcr {
  /** What the engine read on an image, before it is laid out as lines (see `layoutOfOcr`). */
  readRaw(image: Uint8Array): Promise<OcrRead>;
  close(): Promise<void>;
}

interface Box { x0: number; y0: number; x1: number; y1: number }

/** One line as the engine reads it, in pixels. */
export interface OcrLine {
  text: string;
  bbox: Box;
  baseline: { y0: number; y1: number };
  confidence: number;
  /** Height of the row, and of its ascenders and descenders, in pixels: what is left is the x-height. */
  rowAttributes?: { rowHeight: number; ascenders: number; descenders: number };
  words: Array<{ text: string; bbox: Box; confidence: number }>;
}

export interface OcrRead {
  width: number;
  height: number;
  confidence: number;
  lines: OcrLine[];
}

export interface OcrReaderOptions {
  /** Words the diacritics are corrected against; the registry's agencies and the shipped plans when not given. */
  lexicon?: Lexicon;
}

/** An OCR reader; `cacheDir` is where tesseract may keep the unpacked language data. */
export function createOcrReader(cacheDir = join(tmpdir(), "bvte-ocr-cache"), options: OcrReaderOptions = {}): OcrReader {
  let worker: Promise<Worker> | null = null;
  const start = () => {
    mkdirSync(cacheDir, { recursive: true });
    // Loaded on the first scanned page, not at start (as pdfjs is).
    worker ??= import("tesseract.js").then(({ createWorker, OEM }) => createWorker("vie", OEM.LSTM_ONLY, { langPath: vietnameseLangPath(), gzip: true, cachePath: cacheDir, logger: () => {} }));
    return worker;
  };
  const readRaw = async (image: Uint8Array): Promise<OcrRead> => {
    const { png, width, height, scale } = await prepareImage(image);
    const w = await start();
    await w.setParameters({ preserve_interword_spaces: "0", user_defined_dpi: "300" });
    // Tesseract's own debug lines ("Detected 91 diacritics") go nowhere instead of onto the command's output.
    const recognizeOptions = { rotateAuto: true, debug_file: "/dev/null" } as Parameters<Worker["recognize"]>[1];
    const { data } = await w.recognize(png, recognizeOptions, { blocks: true, text: true });
    const lines: OcrLine[] = [];
    const box = (b: Box): Box => ({ x0: b.x0 / scale, y0: b.y0 / scale, x1: b.x1 / scale, y1: b.y1 / scale });
    for (const block of data.blocks ?? []) {
      for (const paragraph of block.paragraphs) {
        for (const line of paragraph.lines) {
          const row = (line as { rowAttributes?: OcrLine["rowAttributes"] }).rowAttributes;
          lines.push({
            text: line.text,
            bbox: box(line.bbox),
            baseline: { y0: line.baseline.y0 / scale, y1: line.baseline.y1 / scale },
            confidence: line.confidence,
            ...(row ? { rowAttributes: { rowHeight: row.rowHeight / scale, ascenders: row.ascenders / scale, descenders: row.descenders / scale } } : {}),
            words: line.words.map((word) => ({ text: word.text, bbox: box(word.bbox), confidence: word.confidence })),
          });
        }
      }
    }
    return { width, height, confidence: data.confidence, lines };
  };
  return {
    readRaw,
    async readImage(image, page) {
      const started = performance.now();
      const read = await readRaw(image);
      return { ...layoutOfOcr(read, page, options.lexicon ?? defaultLexicon()), ocrMs: Math.round(performance.now() - started) };
    },
    async close() {
      if (worker) await (await worker).terminate();
      worker = null;
    },
  };
}

/**
 * What the engine read, as a page of lines: dashes told apart by their length, diacritics the
 * engine was unsure of corrected against the lexicon, each line set on its baseline, and the
 * pieces of a table row merged into one line with cells.
 */
export function layoutOfOcr(read: OcrRead, page: number, lexicon: Lexicon): LayoutPage {
  const { width, height } = read;
  const lines: LayoutLine[] = [];
  const baselines: number[] = [];
  for (const line of read.lines) {
    // A lone bar is the border of a table cell read as a letter: it is not text, but it does end a cell.
    const words = line.words.map((w) => ({ ...w, text: ocrLetters(w.text.trim()) })).filter((w) => w.text !== "");
    const borders = new Set<number>();
    const kept = words.filter((w, i) => {
      if (!/^[|¦]$/.test(w.text)) return true;
      borders.add(i - borders.size);
      return false;
    });
    if (kept.length === 0) continue;
    // A dash at the start of a line is a list mark; after a word it is a hyphen or an en dash, by its length.
    const dashed = kept.map((w, i) => ({ ...w, text: dashOf(w, xHeightOf(line), i > 0) }));
    const corrected = correctDiacritics(dashed, lexicon, { before: continuedFrom(read.lines, line, width) });
    const fixed = dashed.map((w, i) => ({ ...w, text: corrected[i]! }));
    const text = fixed.map((w) => w.text).join(" ").replace(/\s+/g, " ").trim();
    if (!text) continue;
    const laid: LayoutLine = { text, x0: line.bbox.x0 / width, x1: line.bbox.x1 / width, top: line.bbox.y0 / height, bottom: line.bbox.y1 / height, confidence: line.confidence };
    const cells = cellsOf(fixed, width, borders);
    lines.push(cells ? { ...laid, cells } : laid);
    baselines.push((line.baseline.y0 + line.baseline.y1) / 2 / height);
  }
  return { page, source: "ocr", lines: rowsOf(onBaselines(lines, baselines)), ocrConfidence: read.confidence };
}

/**
 * The word this line continues: the last word of the piece of the line just above (no more
 * than a line's height away) that stands over this line's first word, so that in a table the
 * cell above is read, not the row. Null when there is none.
 */
function continuedFrom(lines: readonly OcrLine[], line: OcrLine, width: number): string | null {
  const i = lines.indexOf(line);
  const above = i > 0 ? lines[i - 1]! : null;
  const first = line.words[0];
  if (!above || !first) return null;
  const h = line.bbox.y1 - line.bbox.y0;
  const gap = line.bbox.y0 - above.bbox.y1;
  if (gap < -h / 2 || gap >= h) return null;
  let piece: OcrLine["words"] = [];
  for (const word of above.words) {
    const last = piece.at(-1);
    if (last && (word.bbox.x0 - last.bbox.x1) / width >= CELL_GAP) {
      if (piece[0]!.bbox.x0 < first.bbox.x1 && first.bbox.x0 < last.bbox.x1) break;
      piece = [];
    }
    piece.push(word);
  }
  const end = piece.at(-1);
  return end && piece[0]!.bbox.x0 < first.bbox.x1 && first.bbox.x0 < end.bbox.x1 ? end.text : null;
}

/** The x-height of a line in pixels: its row height less ascenders and descenders, or half the box when the engine gives no row. */
function xHeightOf(line: OcrLine): number {
  const row = line.rowAttributes;
  const x = row ? row.rowHeight - row.ascenders - row.descenders : 0;
  return x > 0 ? x : (line.bbox.y1 - line.bbox.y0) * 0.5;
}

/**
 * A dash standing alone between words, as a hyphen or an en dash by its length: OCR reads both
 * as "-", but a hyphen is about 0.45 x-height long and an en dash about 0.7 (a bold hyphen is
 * thicker and longer, so a thick dash must be longer still to count as an en dash).
 */
export function dashOf(word: { text: string; bbox: Box }, xHeight: number, between: boolean): string {
  if (!between || !/^[-\u2010\u2011\u2013]$/.test(word.text) || xHeight <= 0) return word.text;
  const length = (word.bbox.x1 - word.bbox.x0) / xHeight;
  const thick = (word.bbox.y1 - word.bbox.y0) / xHeight >= 0.2;
  return length >= (thick ? 0.8 : 0.6) ? "\u2013" : "-";
}

/**
 * OCR boxes are as tall as a line's accents make them ("Ủ" reaches higher than "a"), so their
 * tops jitter; the baseline does not. Each line is set on its baseline with the page's median
 * height, so line spacing (and paragraph spacing) can be read from it as from a text layer.
 */
function onBaselines(lines: readonly LayoutLine[], baselines: readonly number[]): LayoutLine[] {
  const heights = lines.map((l) => l.bottom - l.top).sort((a, b) => a - b);
  const h = heights[Math.floor(heights.length / 2)] ?? 0;
  return lines.map((l, i) => {
    const base = baselines[i];
    return base === undefined || !(base > l.top && base <= l.bottom + h) ? l : { ...l, top: base - h, bottom: base };
  });
}

/**
 * Letters OCR takes from other alphabets for Vietnamese ones: the Icelandic eth (Ð, ð) for
 * Đ, đ. Vietnamese has no eth, so the replacement never changes a word that was read right.
 */
export function ocrLetters(text: string): string {
  return text.replace(/Ð/g, "Đ").replace(/ð/g, "đ");
}

/** Words further apart than this share of the page width are in different table cells. */
const CELL_GAP = 0.02;

/** A line's words split where they stand far apart (the cells of a table row); null when the line is one piece. */
function cellsOf(words: ReadonlyArray<{ text: string; bbox: { x0: number; x1: number } }>, width: number, borders: ReadonlySet<number> = new Set()): LayoutLine["cells"] | null {
  const cells: Array<{ text: string; x0: number; x1: number }> = [];
  for (const [i, word] of words.entries()) {
    const last = cells[cells.length - 1];
    if (last && !borders.has(i) && word.bbox.x0 / width - last.x1 < CELL_GAP) {
      last.text += ` ${word.text}`;
      last.x1 = word.bbox.x1 / width;
    } else cells.push({ text: word.text, x0: word.bbox.x0 / width, x1: word.bbox.x1 / width });
  }
  return cells.length > 1 ? cells.map((c) => ({ ...c, text: c.text.trim() })) : null;
}

/**
 * Tesseract reads each cell of a table as its own block, so a table row comes back as several
 * lines side by side. Lines whose vertical middles fall within one another's height are one
 * row: merged left to right, keeping each as a cell, as the text layer of a PDF gives them.
 */
export function rowsOf(lines: readonly LayoutLine[]): LayoutLine[] {
  const sorted = [...lines].sort((a, b) => a.top - b.top || a.x0 - b.x0);
  const rows: LayoutLine[][] = [];
  for (const line of sorted) {
    const middle = (line.top + line.bottom) / 2;
    const row = rows.find((r) => r.some((o) => middle > o.top && middle < o.bottom && (line.x0 >= o.x1 || line.x1 <= o.x0)));
    if (row) row.push(line);
    else rows.push([line]);
  }
  return rows.map((row) => {
    if (row.length === 1) return row[0]!;
    row.sort((a, b) => a.x0 - b.x0);
    const confidences = row.map((l) => l.confidence ?? 0);
    return {
      text: row.map((l) => l.text).join(" "),
      x0: row[0]!.x0, x1: row[row.length - 1]!.x1,
      top: Math.min(...row.map((l) => l.top)), bottom: Math.max(...row.map((l) => l.bottom)),
      confidence: Math.min(...confidences),
      cells: row.flatMap((l) => l.cells ?? [{ text: l.text, x0: l.x0, x1: l.x1 }]),
    };
  }).sort((a, b) => a.top - b.top);
}

/**
 * The image with red ink turned white: the seal of a Vietnamese official document is red and
 * printed over the signature (and often over the last lines); OCR reads its ring of letters as
 * noise and loses the black text under it. Where the ink lies over black text the pixel is
 * dark (inks multiply) and is kept.
 */
async function prepareImage(image: Uint8Array): Promise<{ png: Buffer; width: number; height: number; scale: number }> {
  const { createCanvas, loadImage } = await import("@napi-rs/canvas");
  const img = await loadImage(Buffer.from(image));
  const scale = upscaleOf(img.width, img.height);
  const [w, h] = [Math.round(img.width * scale), Math.round(img.height * scale)];
  const canvas = createCanvas(w, h);
  const context = canvas.getContext("2d");
  context.imageSmoothingEnabled = true;
  context.imageSmoothingQuality = "high";
  context.drawImage(img, 0, 0, w, h);
  const pixels = context.getImageData(0, 0, w, h);
  const d = pixels.data;
  for (let i = 0; i < d.length; i += 4) {
    const r = d[i]!;
    if (r > 160 && r - d[i + 1]! > 50 && r - d[i + 2]! > 50) d[i] = d[i + 1] = d[i + 2] = 255;
  }
  context.putImageData(pixels, 0, 0);
  return { png: canvas.toBuffer("image/png"), width: img.width, height: img.height, scale };
}

/**
 * How much to enlarge an image before OCR: the engine reads best with body text about 30 px
 * high (a page at 300 dpi). A page image whose shorter side is under 2,000 px (a photo or a
 * scan at 150-200 dpi) is taken as a page and enlarged towards 300 dpi A4 (2,480 px), at most 2x.
 */
export function upscaleOf(width: number, height: number): number {
  const short = Math.min(width, height);
  return short > 0 && short < 2000 ? Math.min(2, 2480 / short) : 1;
}
