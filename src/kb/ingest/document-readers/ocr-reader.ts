/**
 * Scanned pages and photos to lines with tesseract.js and the Vietnamese language data of
 * @tesseract.js-data/vie, read from node_modules: nothing is downloaded at run time. One
 * worker is started on first use and kept for the document's pages; `close()` ends it. Red
 * ink (the seal) is removed from each image before it is read.
 */
import { createRequire } from "node:module";
import { mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { createWorker, OEM, type Worker } from "tesseract.js";
import type { LayoutLine } from "./layout.ts";
import type { PageOcr } from "./pdf-reader.ts";

const require = createRequire(import.meta.url);

/** The folder of the installed Vietnamese data (best_int, for the LSTM engine). */
export function vietnameseLangPath(): string {
  return join(dirname(require.resolve("@tesseract.js-data/vie/package.json")), "4.0.0_best_int");
}

export interface OcrReader extends PageOcr {
  close(): Promise<void>;
}

/** An OCR reader; `cacheDir` is where tesseract may keep the unpacked language data. */
export function createOcrReader(cacheDir = join(tmpdir(), "bvte-ocr-cache")): OcrReader {
  let worker: Promise<Worker> | null = null;
  const start = () => {
    mkdirSync(cacheDir, { recursive: true });
    worker ??= createWorker("vie", OEM.LSTM_ONLY, { langPath: vietnameseLangPath(), gzip: true, cachePath: cacheDir, logger: () => {} });
    return worker;
  };
  return {
    async readImage(image, page) {
      const started = performance.now();
      const { png, width, height } = await withoutRedInk(image);
      const w = await start();
      await w.setParameters({ preserve_interword_spaces: "0", user_defined_dpi: "300" });
      // Tesseract's own debug lines ("Detected 91 diacritics") go nowhere instead of onto the command's output.
      const recognizeOptions = { rotateAuto: true, debug_file: "/dev/null" } as Parameters<Worker["recognize"]>[1];
      const { data } = await w.recognize(png, recognizeOptions, { blocks: true, text: true });
      const lines: LayoutLine[] = [];
      const baselines: number[] = [];
      for (const block of data.blocks ?? []) {
        for (const paragraph of block.paragraphs) {
          for (const line of paragraph.lines) {
            const text = line.text.replace(/\s+/g, " ").trim();
            if (!text) continue;
            const read: LayoutLine = { text, x0: line.bbox.x0 / width, x1: line.bbox.x1 / width, top: line.bbox.y0 / height, bottom: line.bbox.y1 / height, confidence: line.confidence };
            const cells = cellsOf(line.words, width);
            lines.push(cells ? { ...read, cells } : read);
            baselines.push((line.baseline.y0 + line.baseline.y1) / 2 / height);
          }
        }
      }
      return { page, source: "ocr", lines: rowsOf(onBaselines(lines, baselines)), ocrConfidence: data.confidence, ocrMs: Math.round(performance.now() - started) };
    },
    async close() {
      if (worker) await (await worker).terminate();
      worker = null;
    },
  };
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

/** Words further apart than this share of the page width are in different table cells. */
const CELL_GAP = 0.02;

/** A line's words split where they stand far apart (the cells of a table row); null when the line is one piece. */
function cellsOf(words: ReadonlyArray<{ text: string; bbox: { x0: number; x1: number } }>, width: number): LayoutLine["cells"] | null {
  const cells: Array<{ text: string; x0: number; x1: number }> = [];
  for (const word of words) {
    const last = cells[cells.length - 1];
    if (last && word.bbox.x0 / width - last.x1 < CELL_GAP) {
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
async function withoutRedInk(image: Uint8Array): Promise<{ png: Buffer; width: number; height: number }> {
  const { createCanvas, loadImage } = await import("@napi-rs/canvas");
  const img = await loadImage(Buffer.from(image));
  const canvas = createCanvas(img.width, img.height);
  const context = canvas.getContext("2d");
  context.drawImage(img, 0, 0);
  const pixels = context.getImageData(0, 0, img.width, img.height);
  const d = pixels.data;
  for (let i = 0; i < d.length; i += 4) {
    const r = d[i]!;
    if (r > 160 && r - d[i + 1]! > 50 && r - d[i + 2]! > 50) d[i] = d[i + 1] = d[i + 2] = 255;
  }
  context.putImageData(pixels, 0, 0);
  return { png: canvas.toBuffer("image/png"), width: img.width, height: img.height };
}
