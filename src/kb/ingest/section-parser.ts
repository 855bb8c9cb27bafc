/**
 * Splits a plan into its numbered sections ("III.4.d"): Roman parts, Arabic items,
 * lettered sub-items, decision articles ("Điều 2") and the appendix. The path is what
 * every citation names, so it follows the plan's own numbering, never ours.
 */
import type { Section } from "../types.ts";
import { trimSpan, type Line, type PlanText, type Span } from "./plan-text.ts";

export type SectionKind = "front" | "plan" | "article" | "roman" | "arabic" | "letter" | "appendix" | "recipients";

export interface SectionNode {
  path: string;
  kind: SectionKind;
  level: number;
  /** Number or letter as written ("4", "d", "III"), null for unnumbered parts. */
  number: string | null;
  headingLine: Line | null;
  /** The heading text after its marker ("Sở Tư pháp: Chủ trì, ..."), as a span of the text. */
  headingSpan: Span | null;
  /** Body lines that belong to this section itself (not to a child), before any elision. */
  lines: Line[];
  /** Lines after an elision ("…......") inside this section: text of a lost item, never attributed. */
  orphanLines: Line[];
  elisionLine: Line | null;
  children: SectionNode[];
  parent: SectionNode | null;
  span: Span;
}

const ROMAN = /^(XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\.\s*(\S.*)$/;
const ARABIC = /^(\d{1,2})\.\s+(\S.*)$/;
const LETTER = /^([a-zđ])\)\s*(\S.*)$/u;
const ARTICLE = /^Điều\s+(\d+)\.\s*(.*)$/u;
const ELISION = /^[\s…．.·]{4,}$/u;

/** A line that only carries dots or ellipses: the source elided text there. */
export function isElisionLine(line: Line): boolean {
  return ELISION.test(line.raw) && /…|\.{4,}/.test(line.raw);
}

interface HeadingMatch {
  kind: SectionKind;
  level: number;
  number: string | null;
  marker: RegExp | null;
}

function matchHeading(line: Line): HeadingMatch | null {
  const p = line.plain;
  if (line.raw.includes("\t") && line.raw.split("\t").length > 2) return null;
  if (ROMAN.test(p)) return { kind: "roman", level: 1, number: (ROMAN.exec(p) as RegExpExecArray)[1] as string, marker: /^[\s*_]*[IVX]+\.\s*/ };
  if (ARTICLE.test(p)) return { kind: "article", level: 1, number: (ARTICLE.exec(p) as RegExpExecArray)[1] as string, marker: /^[\s*_]*Điều\s+\d+\.\s*/u };
  if (/^PH[ỤU] L[ỤU]C\b/u.test(p)) return { kind: "appendix", level: 1, number: null, marker: null };
  if (/^Nơi nhận\s*:?$/iu.test(p)) return { kind: "recipients", level: 1, number: null, marker: null };
  if (/^KẾ HOẠCH$/u.test(p)) return { kind: "plan", level: 1, number: null, marker: null };
  if (ARABIC.test(p)) return { kind: "arabic", level: 2, number: (ARABIC.exec(p) as RegExpExecArray)[1] as string, marker: /^[\s*_]*\d{1,2}\.\s+/ };
  if (LETTER.test(p)) return { kind: "letter", level: 3, number: (LETTER.exec(p) as RegExpExecArray)[1] as string, marker: /^[\s*_]*[a-zđ]\)\s*/u };
  return null;
}

const FIXED_PATHS: Partial<Record<SectionKind, string>> = {
  front: "Mở đầu", plan: "Kế hoạch", appendix: "Phụ lục", recipients: "Nơi nhận",
};

function pathOf(kind: SectionKind, number: string | null, parent: SectionNode | null): string {
  const fixed = FIXED_PATHS[kind];
  if (fixed) return fixed;
  if (kind === "article") return `Điều ${number}`;
  const own = number ?? "?";
  return parent && parent.kind !== "front" && parent.kind !== "plan" ? `${parent.path}.${own}` : own;
}

function newNode(pt: PlanText, line: Line | null, h: HeadingMatch, parent: SectionNode | null): SectionNode {
  let headingSpan: Span | null = null;
  if (line) {
    const markerLength = h.marker ? (h.marker.exec(line.raw)?.[0].length ?? 0) : 0;
    headingSpan = trimSpan(pt.text, { start: line.start + markerLength, end: line.end });
  }
  return {
    path: pathOf(h.kind, h.number, parent),
    kind: h.kind, level: h.level, number: h.number, headingLine: line, headingSpan,
    lines: [], orphanLines: [], elisionLine: null, children: [], parent,
    span: { start: line?.start ?? 0, end: line?.end ?? 0 },
  };
}

/** Parses the section tree; the root's children are the top-level parts in order. */
export function parseSectionTree(pt: PlanText): SectionNode[] {
  const front = newNode(pt, null, { kind: "front", level: 1, number: null, marker: null }, null);
  const top: SectionNode[] = [front];
  const stack: SectionNode[] = [front];
  for (const line of pt.lines) {
    const h = matchHeading(line);
    if (!h) {
      addBodyLine(stack[stack.length - 1] as SectionNode, line);
      continue;
    }
    while (stack.length > 0 && (stack[stack.length - 1] as SectionNode).level >= h.level) stack.pop();
    const parent = stack[stack.length - 1] ?? null;
    const node = newNode(pt, line, h, parent);
    if (parent) parent.children.push(node);
    else top.push(node);
    stack.push(node);
  }
  for (const node of top) closeSpans(node);
  return top.filter((n) => n.kind !== "front" || n.lines.some((l) => l.plain.length > 0));
}

/** A line that only says the text was cut ("[...]"): recorded as a gap, never read as content. */
export function isTruncationLine(line: Line): boolean {
  return /^\[\s*(?:\.{3,}|…)\s*\]$/u.test(line.raw.trim());
}

function addBodyLine(node: SectionNode, line: Line): void {
  if (isTruncationLine(line)) return;
  if (isElisionLine(line)) node.elisionLine ??= line;
  else if (node.elisionLine) node.orphanLines.push(line);
  else {
    node.lines.push(line);
    // Text after an elision belongs to a lost item: it stays out of this section's text.
    node.span.end = Math.max(node.span.end, line.end);
  }
}

function closeSpans(node: SectionNode): void {
  for (const child of node.children) {
    closeSpans(child);
    node.span.end = Math.max(node.span.end, child.span.end);
  }
}

/** Every node of the tree, depth first in text order. */
export function flattenSections(top: readonly SectionNode[]): SectionNode[] {
  const out: SectionNode[] = [];
  const walk = (n: SectionNode) => {
    out.push(n);
    n.children.forEach(walk);
  };
  top.forEach(walk);
  return out;
}

function headingOf(node: SectionNode): string {
  if (!node.headingLine) return node.path;
  const h = node.headingLine.plain.replace(/^(?:[IVX]+\.|\d{1,2}\.|[a-zđ]\)|Điều\s+\d+\.)\s*/u, "").replace(/:$/, "");
  if (h.length <= 140) return h;
  const cut = h.slice(0, 140).search(/[:;]|\.\s/);
  return cut > 10 ? h.slice(0, cut) : `${h.slice(0, 140)}…`;
}

function lineNumberAt(pt: PlanText, offset: number): number {
  let lo = 0;
  let hi = pt.lines.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if ((pt.lines[mid] as Line).start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return (pt.lines[lo] as Line).number;
}

/** The public Section records: path, heading, verbatim text, line range. */
export function toSections(pt: PlanText, nodes: readonly SectionNode[]): Section[] {
  return nodes.map((n) => {
    const span = trimSpan(pt.text, n.span);
    return {
      path: n.path,
      heading: headingOf(n),
      text: pt.text.slice(span.start, span.end),
      lineStart: lineNumberAt(pt, span.start),
      lineEnd: lineNumberAt(pt, Math.max(span.start, span.end - 1)),
    };
  });
}
