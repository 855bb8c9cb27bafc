/**
 * The plan text as the parser sees it: normalised once (line endings only, so every quote
 * stays a verbatim substring), split into lines with offsets, with a folded shadow for
 * keyword search. Plans mix precomposed and decomposed letters; searching the folded
 * shadow ("chu tri", "bao cao") finds a keyword whichever way it was encoded, and the
 * offsets map back to the original text for quoting.
 */
import { createHash } from "node:crypto";
import { foldVietnamese } from "../../core/vietnamese-text.ts";

/** A [start, end) range of `plan.text`. */
export interface Span {
  start: number;
  end: number;
}

export interface Line extends Span {
  /** 1-based line number. */
  number: number;
  /** The line as written. */
  raw: string;
  /** The line without markdown emphasis and surrounding whitespace, for pattern matching only. */
  plain: string;
}

export interface PlanText {
  text: string;
  lines: Line[];
  /** Lowercase ASCII shadow of `text`; `toOriginal[i]` is the text offset of folded char i. */
  folded: string;
  toOriginal: number[];
}

/** Line-ending normalisation only (and a leading byte-order mark): the text every quote is cut from. */
export function normalisePlanText(raw: string): string {
  return raw.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n");
}

/** sha256 of the normalised text: the version key for idempotent ingestion. */
export function checksumOf(text: string): string {
  return createHash("sha256").update(text, "utf8").digest("hex");
}

/** Removes markdown emphasis (** __ * _) for matching; never used for quotes. */
export function stripEmphasis(s: string): string {
  return s.replace(/\*+|(?<![\p{L}\p{N}])_+|_+(?![\p{L}\p{N}])/gu, "").trim();
}

const foldCache = new Map<string, string>();

function foldChar(c: string): string {
  let f = foldCache.get(c);
  if (f === undefined) {
    f = /\s/.test(c) ? " " : foldVietnamese(c);
    foldCache.set(c, f);
  }
  return f;
}

function buildFolded(text: string): { folded: string; toOriginal: number[] } {
  const parts: string[] = [];
  const toOriginal: number[] = [];
  let i = 0;
  for (const c of text) {
    const f = foldChar(c);
    for (let k = 0; k < f.length; k++) toOriginal.push(i);
    parts.push(f);
    i += c.length;
  }
  toOriginal.push(text.length);
  return { folded: parts.join(""), toOriginal };
}

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  text.split("\n").forEach((raw, i) => {
    lines.push({ number: i + 1, raw, plain: stripEmphasis(raw), start, end: start + raw.length });
    start += raw.length + 1;
  });
  return lines;
}

/** Prepares a normalised plan text for parsing. */
export function createPlanText(text: string): PlanText {
  return { text, lines: splitLines(text), ...buildFolded(text) };
}

/** Every match of a folded-ASCII pattern inside `span`, as spans of the original text. */
export function searchFolded(pt: PlanText, pattern: RegExp, span: Span): Array<Span & { groups: string[] }> {
  const from = lowerBound(pt.toOriginal, span.start);
  const to = lowerBound(pt.toOriginal, span.end);
  const slice = pt.folded.slice(from, to);
  const flags = pattern.flags.includes("g") ? pattern.flags : pattern.flags + "g";
  const out: Array<Span & { groups: string[] }> = [];
  for (const m of slice.matchAll(new RegExp(pattern.source, flags))) {
    const start = pt.toOriginal[from + m.index] as number;
    const end = pt.toOriginal[from + m.index + m[0].length] as number;
    out.push({ start, end, groups: m.slice(1).map((g) => g ?? "") });
  }
  return out;
}

/** The position in `pt.folded` of a text offset. */
export function foldedIndex(pt: PlanText, offset: number): number {
  return lowerBound(pt.toOriginal, offset);
}

/** The folded (lowercase ASCII) form of a span, for keyword tests. */
export function foldedSlice(pt: PlanText, span: Span): string {
  return pt.folded.slice(lowerBound(pt.toOriginal, span.start), lowerBound(pt.toOriginal, span.end));
}

/** The text offset where folded position `i` begins. */
export function originalOffset(pt: PlanText, i: number): number {
  return pt.toOriginal[Math.min(i, pt.toOriginal.length - 1)] as number;
}

function lowerBound(arr: readonly number[], value: number): number {
  let lo = 0;
  let hi = arr.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((arr[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Narrows a span past surrounding whitespace, list markers' trailing spaces and emphasis marks, so quotes read cleanly. */
export function trimSpan(text: string, span: Span): Span {
  let { start, end } = span;
  while (start < end && /[\s*_\t]/.test(text[start] as string)) start++;
  while (end > start && /[\s*_\t]/.test(text[end - 1] as string)) end--;
  return { start, end };
}

/**
 * Sentences of a span: split after ".", "!" or "?" when a space and a capital (or an
 * opening quote) follow, and at "./." closings. Offsets stay in the original text.
 */
export function sentencesOf(text: string, span: Span): Span[] {
  const slice = text.slice(span.start, span.end);
  const out: Span[] = [];
  let start = 0;
  for (const m of slice.matchAll(/[.!?](?:\/\.)?(?=\s+["“(\p{Lu}])/gu)) {
    out.push({ start: span.start + start, end: span.start + m.index + m[0].length });
    start = m.index + m[0].length;
  }
  out.push({ start: span.start + start, end: span.end });
  return out.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

/** Clauses of a sentence split at ";" (used for long paragraphs of duties). */
export function clausesOf(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i < span.end; i++) {
    if (text[i] === ";") {
      out.push({ start, end: i });
      start = i + 1;
    }
  }
  out.push({ start, end: span.end });
  return out.map((s) => trimSpan(text, s)).filter((s) => s.end > s.start);
}

/**
 * A long duty sentence cut at ";" into clauses a citation can quote, keeping short
 * pieces (a list of names like "Liên đoàn Lao động; Tỉnh đoàn") joined to what follows.
 */
export function dutyPieces(
  text: string, span: Span, isComplete: (piece: Span) => boolean = (p) => text.slice(p.start, p.end).split(/\s+/).length >= 8, maxLength = 300,
): Span[] {
  if (span.end - span.start <= maxLength) return [span];
  const pieces: Span[] = [];
  let pending: Span | null = null;
  for (const clause of clausesOf(text, span)) {
    const current: Span = pending ? { start: pending.start, end: clause.end } : clause;
    if (!isComplete(current)) pending = current;
    else {
      pieces.push(current);
      pending = null;
    }
  }
  if (pending) {
    const last = pieces.pop();
    pieces.push(last ? { start: last.start, end: pending.end } : pending);
  }
  return pieces;
}

/** A line's content without its list marker ("- ", "+ ", "a) " is kept: letters are sections). */
export function lineContent(text: string, line: Span): Span {
  const span = trimSpan(text, line);
  const marker = /^[-+•–]\s*/.exec(text.slice(span.start, span.end));
  return marker ? trimSpan(text, { start: span.start + marker[0].length, end: span.end }) : span;
}

/** True when the line is a dash-list item. */
export function isDashLine(text: string, line: Span): boolean {
  const span = trimSpan(text, line);
  return /^[-+•–]\s/.test(text.slice(span.start, span.end));
}
