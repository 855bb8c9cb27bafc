/**
 * Legal basis ("Căn cứ ...") and what a plan implements ("Thực hiện Quyết định số ...",
 * a title "KẾ HOẠCH THỰC HIỆN ... SỐ 273-KH/TU", a closing "Trên đây là Kế hoạch ...
 * theo Quyết định số 2361/QĐ-TTg"). Officials ask "what does this plan implement" and
 * "on what basis": both answers must quote the plan's own words.
 */
import type { ParsedPlan } from "../types.ts";
import { clausesOf, foldedIndex, foldedSlice, originalOffset, trimSpan, type Line, type PlanText, type Span } from "./plan-text.ts";
import { docRefsIn } from "./metadata-parser.ts";

/** The clause that enacts the plan itself ("Ủy ban nhân dân tỉnh ban hành Kế hoạch ..."), not a basis. */
function isEnacting(folded: string): boolean {
  return /\b(ban hanh|xay dung) ke hoach\b/.test(folded) && !/^\s*(can cu|thuc hien)\b/.test(folded);
}

function clauseGroups(pt: PlanText, lines: readonly Line[], lead: RegExp): Span[][] {
  return lines
    .filter((l) => l.plain !== l.plain.toUpperCase() && lead.test(foldedSlice(pt, l).trimStart()))
    .map((l) => clausesOf(pt.text, trimSpan(pt.text, l)));
}

/** Every "Căn cứ" and "Thực hiện" clause of the front matter, each with the first document it names. */
export function findLegalBasis(pt: PlanText, frontLines: readonly Line[]): ParsedPlan["legalBasis"] {
  const out: ParsedPlan["legalBasis"] = [];
  for (const clauses of clauseGroups(pt, frontLines, /^(can cu|thuc hien)\s/)) {
    for (const clause of clauses) {
      if (isEnacting(foldedSlice(pt, clause))) break;
      out.push({ documentNumber: docRefsIn(pt, clause)[0]?.number ?? null, quote: pt.text.slice(clause.start, clause.end) });
    }
  }
  return out;
}

/** Documents the plan says it implements, each with the words that say so. */
export function findImplements(pt: PlanText, frontLines: readonly Line[], titleSpan: Span | null): ParsedPlan["implements"] {
  const found: ParsedPlan["implements"] = [];
  const add = (number: string, quote: Span) => {
    if (!found.some((f) => f.documentNumber === number)) found.push({ documentNumber: number, quote: pt.text.slice(quote.start, quote.end) });
  };
  if (titleSpan) fromTitle(pt, titleSpan, add);
  for (const clauses of clauseGroups(pt, frontLines, /^thuc hien\s/)) {
    for (const clause of clauses) {
      if (isEnacting(foldedSlice(pt, clause))) break;
      for (const ref of docRefsIn(pt, clause)) add(ref.number, clause);
    }
  }
  for (const line of pt.lines) fromClosingOrEnacting(pt, line, add);
  return found;
}

function fromTitle(pt: PlanText, titleSpan: Span, add: (n: string, q: Span) => void): void {
  const folded = foldedSlice(pt, titleSpan);
  if (!/thuc hien/.test(folded)) return;
  for (const line of pt.lines.filter((l) => l.end > titleSpan.start && l.start < titleSpan.end)) {
    for (const ref of docRefsIn(pt, line)) add(ref.number, trimSpan(pt.text, line));
  }
}

/** "Trên đây là Kế hoạch ... theo Quyết định số X" and "ban hành Kế hoạch triển khai thực hiện Kế hoạch số Y". */
function fromClosingOrEnacting(pt: PlanText, line: Line, add: (n: string, q: Span) => void): void {
  for (const sentence of clausesOf(pt.text, line)) {
    const folded = foldedSlice(pt, sentence);
    const closing = /^tren day la ke hoach\b.*?\btheo\b/.exec(folded);
    const enacting = /\bban hanh ke hoach (?:trien khai )?thuc hien\b/.exec(folded);
    const marker = closing ?? enacting;
    if (!marker) continue;
    const from = originalOffset(pt, foldedIndex(pt, sentence.start) + marker.index + marker[0].length);
    for (const ref of docRefsIn(pt, { start: from, end: sentence.end })) add(ref.number, sentence);
  }
}
