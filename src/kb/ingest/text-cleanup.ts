/**
 * Extracted pages to the plain text the plan parser reads, one paragraph per line, each line
 * keeping the page it starts on. Removes what a printed page adds around the plan: running
 * headers and footers (a line repeated at the top or bottom of most pages), page numbers,
 * text of stamps and signatures that OCR reads as noise; re-joins lines a page broke
 * (hyphenation, wrapped paragraphs). Each page gets a confidence; low ones are flagged.
 */
import { foldVietnamese } from "../../core/vietnamese-text.ts";
import type { LayoutLine, LayoutPage, PageSource } from "./document-readers/layout.ts";

export interface CleanLine {
  text: string;
  /** 1-based page the line starts on; null when the document has no pages (DOCX, text). */
  page: number | null;
}

export interface PageQuality {
  page: number | null;
  source: PageSource;
  /** 0-1: how much of the page reads as Vietnamese words (and, for OCR, how sure the engine was). */
  confidence: number;
  /** True when a reviewer should compare this page with the original. */
  flagged: boolean;
  /** Lines removed as header, footer, page number or stamp noise. */
  removed: number;
  ocrMs?: number;
}

export interface CleanText {
  lines: CleanLine[];
  pages: PageQuality[];
}

/** Below this confidence a page is flagged for review. */
export const LOW_CONFIDENCE = 0.8;
/** Lines within this share of the page's top or bottom may be running headers, footers or page numbers. */
const MARGIN_BAND = 0.1;

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:trang|page)\s*)?\d{1,4}(?:\s*(?:\/|of|trên)\s*\d{1,4})?(?:\s*[-–—])?$/i;

// ---- Vietnamese plausibility ----

const SYLLABLE = /^(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?(?:[aeiouy]{1,3})(?:ng|nh|ch|[cmnptiyou])?$/;
const VIETNAMESE_LETTERS = /^[a-zA-ZàáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ]+$/;

/** True for a Vietnamese syllable, a number, or an abbreviation in capitals (UBND, TBXH). */
function plausibleToken(token: string): boolean {
  if (/^[\d.,/%-]+$/.test(token)) return true;
  const word = token.normalize("NFC");
  if (!VIETNAMESE_LETTERS.test(word)) return /^[\p{Lu}\d&/-]{2,12}$/u.test(word); // QĐ-UBND, GD&ĐT
  if (/^[\p{Lu}]{2,8}$/u.test(word)) return true;
  return SYLLABLE.test(foldVietnamese(word));
}

/** Share of the words of a text that read as Vietnamese (syllables, numbers, abbreviations); 0 for no words. */
export function vietnameseShare(text: string): number {
  const tokens = text.split(/[\s,.;:()"“”'‘’!?…*[\]]+/).filter((t) => t !== "");
  if (tokens.length === 0) return 0;
  return tokens.filter(plausibleToken).length / tokens.length;
}

// ---- headers, footers, page numbers, stamps ----

const repeatKey = (s: string) => foldVietnamese(s).replace(/\d+/g, "#").replace(/[^a-z#]+/g, "");

function inMargin(line: LayoutLine): boolean {
  return line.bottom <= MARGIN_BAND || line.top >= 1 - MARGIN_BAND;
}

/** Keys of margin lines that repeat on at least half the pages (and at least two). */
function runningKeys(pages: readonly LayoutPage[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(page.lines.filter(inMargin).map((l) => repeatKey(l.text)).filter((k) => k.length >= 3));
    for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  const need = Math.max(2, Math.ceil(pages.length / 2));
  return new Set([...counts].filter(([, n]) => n >= need).map(([k]) => k));
}

/** OCR noise: a line the engine was unsure of that does not read as Vietnamese (stamp rings, signatures). */
function isNoise(line: LayoutLine): boolean {
  if (line.confidence === undefined) return false;
  const share = vietnameseShare(line.text);
  const letters = line.text.replace(/[^\p{L}]/gu, "").length;
  return (line.confidence < 60 && share < 0.6) || (letters <= 2 && !/^\d/.test(line.text.trim()) && line.confidence < 80);
}

// ---- re-joining broken lines ----

const OPENS_ITEM = /^(?:[-+•–]\s|[IVXLC]+\.\s|\d+(?:\.\d+)*[.)]\s|[a-zđ]\)\s|Điều\s+\d|Phụ lục|PHỤ LỤC|Nơi nhận)/u;
const ENDS_SENTENCE = /[.;:!?]["”)]?$|\.\/\.$/;

/** Line pitch per text size: lines of one size (body text, a table's smaller type) have their own. */
type Pitch = (line: LayoutLine) => number;

const sizeKey = (l: LayoutLine) => Math.round((l.bottom - l.top) * 250); // 0.4% of the page: 10 pt and 12 pt type apart, OCR boxes of one size together

/**
 * The distance from one line to the next inside a paragraph, per text size: the smallest gap
 * between lines of that size that occurs at least three times (or the smallest). Larger gaps
 * are paragraph spacing or table row padding.
 */
function linePitch(lines: readonly LayoutLine[]): Pitch {
  const counts = new Map<number, Map<number, number>>();
  for (let i = 1; i < lines.length; i++) {
    const [a, b] = [lines[i - 1]!, lines[i]!];
    if (sizeKey(a) !== sizeKey(b)) continue;
    const gap = Math.round((b.top - a.top) * 2000) / 2000;
    if (gap <= 0) continue;
    const bySize = counts.get(sizeKey(b)) ?? new Map<number, number>();
    bySize.set(gap, (bySize.get(gap) ?? 0) + 1);
    counts.set(sizeKey(b), bySize);
  }
  const pitch = new Map<number, number>();
  for (const [size, gaps] of counts) {
    const frequent = [...gaps].filter(([, n]) => n >= 3).map(([g]) => g);
    pitch.set(size, Math.min(...(frequent.length > 0 ? frequent : [...gaps.keys()])));
  }
  return (line) => pitch.get(sizeKey(line)) ?? 0;
}

const paragraphBreak = (prev: LayoutLine, next: LayoutLine, pitch: Pitch) => {
  const p = pitch(next);
  return p > 0 && next.top - prev.top > p * 1.15;
};

/** True when `next` continues the paragraph `prev` ends: the page wrapped it, the writer did not break it. */
function continues(prev: LayoutLine, next: LayoutLine, rightEdge: number, pitch: Pitch, samePage: boolean): boolean {
  if (samePage && paragraphBreak(prev, next, pitch)) return false;
  if (/^(?:…|\.{3})/.test(next.text)) return false;
  if (/^[IVXLCHl1|]{1,5}\.\s/.test(next.text) && mostlyCapitals(next.text)) return false; // a part heading, even misread by OCR
  if (OPENS_ITEM.test(next.text) && ENDS_SENTENCE.test(prev.text)) return false;
  if (OPENS_ITEM.test(next.text) && /^[IVXLC]+\.\s|^Điều\s+\d/u.test(next.text)) return false;
  // Would the next line's first word have fitted at the end of this one? Then the writer broke the line.
  const chars = Math.max(1, next.text.length);
  const charWidth = (next.x1 - next.x0) / chars;
  const firstWord = next.text.split(" ")[0] ?? "";
  const room = rightEdge - prev.x1;
  return room < charWidth * (firstWord.length + 1.5);
}

function joinText(prev: string, next: string): string {
  // "bảo-" + "vệ": a word hyphenated across the break; "Lao động-" + "Thương" keeps its hyphen.
  if (/\p{L}-$/u.test(prev) && /^\p{Ll}/u.test(next)) return prev.slice(0, -1) + next;
  if (/[\p{L}\p{N}]-$/u.test(prev) || /\/$/.test(prev)) return prev + next; // "Lao động-Thương", "2014-" + "2020", "105/2013/" + "NQ-HĐND"
  return `${prev} ${next}`;
}

/**
 * The right edge text reaches on full lines: the 90th percentile of line ends of the document,
 * but not less than three quarters of the page (a page of short lines has no full line to learn from).
 */
function rightEdgeOf(pages: readonly LayoutPage[]): number {
  const ends = pages.flatMap((p) => p.lines.map((l) => l.x1)).sort((a, b) => a - b);
  return Math.max(0.75, ends[Math.floor(ends.length * 0.9)] ?? 1);
}

// ---- tables ----

/** A new table row: more white space above the line than the cell padding inside a row leaves (over half a line). */
const rowBreak = (prev: LayoutLine, next: LayoutLine) => next.top - prev.bottom > 0.6 * (prev.bottom - prev.top);

const COLUMN_TOLERANCE = 0.012;

/** The pieces of a line: its cells, or the line as one piece. */
const piecesOf = (l: LayoutLine) => l.cells ?? [{ text: l.text, x0: l.x0, x1: l.x1 }];

/** The column a piece starts in, or -1 when it starts at no column's left edge or runs past the column's right. */
function columnOf(piece: { x0: number; x1: number }, starts: readonly number[]): number {
  const c = starts.findIndex((x) => Math.abs(piece.x0 - x) <= COLUMN_TOLERANCE);
  if (c < 0) return -1;
  const next = starts[c + 1];
  return next === undefined || piece.x1 <= next + COLUMN_TOLERANCE ? c : -1;
}

/**
 * A table starting at `lines[from]` (a line with cells): the lines whose every piece sits in
 * one of its columns, cut into rows at the padding between rows. Each row becomes one line
 * with its cells separated by tabs, empty trailing cells dropped, as the parser reads tables.
 */
function readTable(lines: readonly LayoutLine[], from: number, known: readonly number[]): { rows: string[]; next: number; starts: number[] } {
  // A table running on from the previous page keeps that page's columns, even when this page's first row leaves some empty.
  const first = piecesOf(lines[from]!);
  const starts = known.length > first.length && first.every((p) => columnOf(p, known) >= 0) ? [...known] : first.map((p) => p.x0);
  let end = from + 1;
  while (end < lines.length && piecesOf(lines[end]!).every((p) => columnOf(p, starts) >= 0)) end++;
  const rows: string[] = [];
  let cells: string[] = [];
  const flush = () => {
    if (cells.some((c) => c !== "")) rows.push(cells.join("\t").replace(/\t+$/, ""));
    cells = starts.map(() => "");
  };
  flush();
  for (let i = from; i < end; i++) {
    const line = lines[i]!;
    if (i > from && rowBreak(lines[i - 1]!, line)) flush();
    for (const piece of piecesOf(line)) {
      const c = columnOf(piece, starts);
      cells[c] = cells[c] ? joinText(cells[c]!, piece.text) : piece.text;
    }
  }
  flush();
  return { rows, next: end, starts };
}

// ---- OCR confusions ----

/** A heading in capitals, allowing a few letters the source or OCR set in lower case ("THờI GIAN"). */
function mostlyCapitals(text: string): boolean {
  const letters = text.replace(/[^\p{L}]/gu, "");
  const upper = letters.replace(/[^\p{Lu}]/gu, "").length;
  return letters.length > 0 && upper / letters.length >= 0.85;
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"];

/**
 * Part headings OCR misread ("IH." or "Il." for "III."/"II.", or "I." again where "II." is
 * due): on an OCR page, a heading token that is not a Roman numeral, or an upper-case heading
 * one stroke short of the expected numeral, becomes the numeral expected after the previous one.
 */
function repairRomanHeadings(lines: CleanLine[], ocrPages: ReadonlySet<number | null>): void {
  let next = 0;
  for (const line of lines) {
    const m = /^([IVXLHl1|]{1,5})\.\s/.exec(line.text);
    if (!m) continue;
    const token = m[1]!;
    const at = ROMAN.indexOf(token);
    const expected = ROMAN[next];
    const heading = mostlyCapitals(line.text);
    // OCR drops a stroke of "III." as often as it misreads one: a heading that steps back by one "I" is the expected one.
    const droppedStroke = at >= 0 && at < next && heading && expected === `${token}I`;
    if (at >= 0 && !(droppedStroke && ocrPages.has(line.page))) {
      next = at + 1;
      continue;
    }
    if (expected && ocrPages.has(line.page) && /[IVX]/.test(token) && Math.abs(token.length - expected.length) <= 1) {
      line.text = expected + line.text.slice(token.length);
      next++;
    }
  }
}

/** "các Ip tập huấn": OCR reads a lower-case l as a capital I; mid-sentence, after a lower-case word, it is an l. */
function repairCapitalI(text: string): string {
  return text.replace(/(?<=\p{Ll}[,;]?\s)I(?=\p{Ll})/gu, "l");
}

// ---- the whole document ----

/** Cleans the pages of one document into paragraph lines with their pages, and rates each page. */
export function cleanPages(pages: readonly LayoutPage[]): CleanText {
  const running = pages.length >= 2 ? runningKeys(pages) : new Set<string>();
  const kept: Array<{ page: LayoutPage; lines: LayoutLine[] }> = [];
  const quality: PageQuality[] = [];
  for (const page of pages) {
    const lines = page.paragraphs
      ? page.lines
      : page.lines.filter((l) => !(inMargin(l) && (PAGE_NUMBER.test(l.text.trim()) || running.has(repeatKey(l.text)))) && !isNoise(l));
    kept.push({ page, lines });
    quality.push(rate(page, lines, page.lines.length - lines.length));
  }
  const rightEdge = rightEdgeOf(kept.map((k) => ({ ...k.page, lines: k.lines })));
  const out: CleanLine[] = [];
  let last: LayoutLine | null = null;
  let columns: number[] = [];
  for (const { page, lines } of kept) {
    if (page.paragraphs) {
      for (const l of lines) out.push({ text: l.text, page: page.page });
      last = null;
      continue;
    }
    const pitch = linePitch(lines);
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      // Pieces set apart on two or more lines in a row make a table; on one line alone they are a wide gap in a sentence.
      const table = line.cells ? readTable(lines, i, columns) : null;
      if (table && table.next > i + 1) {
        columns = table.starts;
        for (const row of table.rows) out.push({ text: row, page: page.page });
        i = table.next - 1;
        last = null;
        continue;
      }
      const text = line.text.trim();
      if (!text) continue;
      const prevOut = out[out.length - 1];
      if (last && prevOut && continues(last, line, rightEdge, pitch, i > 0)) prevOut.text = joinText(prevOut.text, text);
      else out.push({ text, page: page.page });
      last = line;
    }
  }
  const ocrPages = new Set(pages.filter((p) => p.source === "ocr").map((p) => p.page));
  repairRomanHeadings(out, ocrPages);
  for (const line of out) if (ocrPages.has(line.page)) line.text = repairCapitalI(line.text);
  return { lines: out, pages: quality };
}

function rate(page: LayoutPage, lines: readonly LayoutLine[], removed: number): PageQuality {
  const text = lines.map((l) => l.text).join(" ");
  const share = vietnameseShare(text);
  const confidence = page.source === "ocr" ? Math.min(share, (page.ocrConfidence ?? 0) / 100) : share;
  const rounded = Math.round(confidence * 1000) / 1000;
  return {
    page: page.page, source: page.source, confidence: rounded, flagged: rounded < LOW_CONFIDENCE || text.trim().length < 20, removed,
    ...(page.ocrMs !== undefined ? { ocrMs: page.ocrMs } : {}),
  };
}
