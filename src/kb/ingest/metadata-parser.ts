/**
 * The facts about a plan as a document: number, type, title, province, issuer, signer,
 * signed date, period, legal basis and what it implements. Plans put these in different
 * places (a metadata header, a place-and-date line, "(Ban hành kèm theo Quyết định số
 * ...)" under the title, a signature block), so each fact has a few strategies tried in
 * order, all generic: nothing here is keyed to a file or a document number.
 */
import type { ParsedPlan, PlanProvince } from "../types.ts";
import type { Registry } from "../registry/registry.ts";
import { foldedIndex, foldedSlice, searchFolded, trimSpan, type Line, type PlanText, type Span } from "./plan-text.ts";
import { findDates } from "./vietnamese-numbers.ts";

/** A document reference in folded text: "2041 /qd-ubnd", "71/2011/nd-cp", "273-kh/tu". */
export const DOC_REF = /(?<![\d/])(?:(\d{1,5})\s*\/\s*(?:\d{4}\s*\/\s*)?[a-z][a-z&]*(?:\s*-\s*[a-z][a-z&]*)*|\d{1,5}-[a-z]{2,}\/[a-z]{2,})/;

/** The document number as written, with the spaces some plans put around "/" and "-" removed. */
export function cleanDocNumber(written: string): string {
  return written.replace(/\s+/g, "").normalize("NFC");
}

/** Every document reference inside a span, as written (cleaned) with its span. */
export function docRefsIn(pt: PlanText, span: Span): Array<{ number: string; span: Span }> {
  return searchFolded(pt, DOC_REF, span).map((m) => ({ number: cleanDocNumber(pt.text.slice(m.start, m.end)), span: m }));
}

interface Found<T> {
  value: T;
  span: Span;
}

function frontLines(pt: PlanText, firstBodyLine: number): Line[] {
  return pt.lines.filter((l) => l.number < firstBodyLine);
}

/** "Số: 26/KH-UBND", "Số hiệu 1979/KH-UBND", or "(Ban hành kèm theo Quyết định số 2041 /QĐ-UBND ...)". */
export function findDocumentNumber(pt: PlanText, firstBodyLine: number): Found<string> | null {
  for (const line of frontLines(pt, firstBodyLine)) {
    const m = searchFolded(pt, new RegExp(`^\\s*so(?:\\s+hieu)?\\s*:?\\s*(${DOC_REF.source})`), line)[0];
    if (m) return locateRef(pt, { start: m.start, end: m.end });
  }
  const attached = searchFolded(pt, new RegExp(`ban hanh (?:kem )?theo quyet dinh so\\s*(${DOC_REF.source})`), { start: 0, end: pt.text.length })[0];
  return attached ? locateRef(pt, attached) : null;
}

function locateRef(pt: PlanText, span: Span): Found<string> | null {
  const ref = docRefsIn(pt, span)[0];
  return ref ? { value: ref.number, span: ref.span } : null;
}

const TYPE_CODES: Record<string, string> = {
  "QĐ": "Quyết định", "KH": "Kế hoạch", "CT": "Chỉ thị", "NQ": "Nghị quyết", "TB": "Thông báo", "HD": "Hướng dẫn", "CV": "Công văn",
};

/** "2041/QĐ-UBND" is a decision, "1979/KH-UBND" a plan: the type code says which. */
export function docTypeOf(number: string | null, firstHeading: string | null): string {
  const code = number ? /\/(?:\d{4}\/)?([^-/]+)/.exec(number)?.[1] ?? /^\d+-([^/]+)/.exec(number)?.[1] : undefined;
  if (code && TYPE_CODES[code]) return TYPE_CODES[code] as string;
  if (firstHeading && /QUYẾT ĐỊNH/u.test(firstHeading)) return "Quyết định";
  return "Kế hoạch";
}

const TITLE_HEADING = /^(KẾ HOẠCH|QUYẾT ĐỊNH)$/u;
const NOT_TITLE = /^(\(|Căn cứ|Thực hiện|Xét|ỦY BAN|ỦY BAN|CHỦ TỊCH|Số|I\.)/u;

/** The title block under the first "KẾ HOẠCH" heading (else "QUYẾT ĐỊNH"), joined, emphasis removed. */
export function findTitle(pt: PlanText): Found<string> | null {
  const headings = pt.lines.filter((l) => TITLE_HEADING.test(l.plain));
  const heading = headings.find((l) => l.plain === "KẾ HOẠCH") ?? headings[0];
  if (!heading) return null;
  const block: Line[] = [];
  for (const line of pt.lines.slice(heading.number)) {
    if (line.plain === "") {
      if (block.length > 0) break;
      continue;
    }
    if (NOT_TITLE.test(line.plain) || block.length >= 6) break;
    block.push(line);
  }
  if (block.length === 0) return null;
  const words = heading.plain === "KẾ HOẠCH" ? "Kế hoạch" : "Quyết định";
  const title = `${words} ${block.map((l) => l.plain).join(" ")}`.replace(/\s+/g, " ");
  const first = block[0] as Line;
  const last = block[block.length - 1] as Line;
  return { value: title, span: trimSpan(pt.text, { start: first.start, end: last.end }) };
}

/** "ỦY BAN NHÂN DÂN" with its "TỈNH X" line, or "CHỦ TỊCH ỦY BAN NHÂN TỈNH". */
export function findIssuer(pt: PlanText): string | null {
  const idx = pt.lines.findIndex((l) => /^(?:TM\.\s*)?(?:CHỦ TỊCH\s+)?[ỦU][ỶY] BAN NHÂN/u.test(l.plain.normalize("NFC")));
  if (idx < 0) return null;
  const line = (pt.lines[idx] as Line).plain.replace(/^TM\.\s*/u, "");
  const next = pt.lines.slice(idx + 1).find((l) => l.plain !== "");
  return next && /^(TỈNH|THÀNH PHỐ)\s/u.test(next.plain) ? `${line} ${next.plain}` : line;
}

const NAME_LINE = /^[\p{Lu}][\p{L}’'-]*(?:\s+[\p{Lu}][\p{L}’'-]*){1,5}$/u;

function looksLikeName(line: Line): boolean {
  const p = line.plain;
  return NAME_LINE.test(p) && p !== p.toUpperCase();
}

/** Metadata "Người ký X", the name under "CHỦ TỊCH"/"PHÓ CHỦ TỊCH", or a name line after the "Lưu:" line. */
export function findSigner(pt: PlanText): Found<string> | null {
  for (const line of pt.lines) {
    const m = /^Người ký\s+(.+)$/u.exec(line.plain);
    if (m) return { value: (m[1] as string).trim(), span: trimSpan(pt.text, { start: line.end - (m[1] as string).length, end: line.end }) };
  }
  const anchors = pt.lines.filter((l) => /^(?:KT\.\s*|TM\.\s*)?(?:PHÓ\s+)?CHỦ TỊCH$/u.test(l.plain) || /^-\s*Lưu\b/u.test(l.plain));
  for (const anchor of anchors) {
    const next = pt.lines.slice(anchor.number).find((l) => l.plain !== "");
    if (next && looksLikeName(next)) return { value: next.plain, span: trimSpan(pt.text, next) };
  }
  return null;
}

/** The signed date: place-date line, "Ngày ban hành", or the date just after the document number. */
export function findSignedDate(pt: PlanText, docNumber: Found<string> | null, firstBodyLine: number): string | null {
  for (const line of frontLines(pt, firstBodyLine)) {
    const f = foldedSlice(pt, line);
    if (/^\s*[a-z][a-z ]*,\s*ngay\s/.test(f) || /^\s*ngay ban hanh\s/.test(f)) {
      const d = findDates(f)[0];
      if (d) return d.iso;
    }
  }
  if (!docNumber) return null;
  const from = foldedIndex(pt, docNumber.span.end);
  const after = pt.folded.slice(from, from + 60);
  return findDates(after)[0]?.iso ?? null;
}

/** "Thời gian thực hiện: Từ năm 2016 đến năm 2020", "trong giai đoạn 2014 - 2020", a title's "giai đoạn" or "năm 2016". */
export function findPeriod(pt: PlanText, title: string | null, signedDate: string | null): ParsedPlan["period"] {
  const whole = { start: 0, end: pt.text.length };
  const stated =
    searchFolded(pt, /thoi gian thuc hien\s*:?\s*tu nam (\d{4}) den nam (\d{4})/, whole)[0] ??
    searchFolded(pt, /ke hoach duoc trien khai thuc hien trong giai doan (\d{4})\s*-\s*(\d{4})/, whole)[0];
  if (stated) return yearRange(stated.groups[0] as string, stated.groups[1] as string);
  const t = title ? foldTitle(title) : "";
  const range = /giai doan (\d{4})\s*-\s*(\d{4})\s*$/.exec(t);
  if (range) return yearRange(range[1] as string, range[2] as string);
  const year = /\bnam (\d{4})\s*$/.exec(t);
  if (year) return yearRange(year[1] as string, year[1] as string);
  return { start: signedDate, end: null };
}

function foldTitle(title: string): string {
  return title.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().replace(/[\u2010-\u2015]/g, "-").replace(/[*_]/g, "").trim();
}

function yearRange(from: string, to: string): ParsedPlan["period"] {
  return { start: `${from}-01-01`, end: `${to}-12-31` };
}

/** The province as the text writes it ("tỉnh Đắk Lắk", "Tây Ninh, ngày ..."), else an inference from a known signer. */
export function findProvince(pt: PlanText, registry: Registry, signer: string | null): PlanProvince {
  const counts = new Map<string, { n: number; written: string[] }>();
  for (const line of pt.lines) {
    for (const m of registry.findProvinces(line.raw)) {
      if (!isStrongMention(line.raw, m.start, m.end)) continue;
      const c = counts.get(m.province.id) ?? { n: 0, written: [] };
      c.n += 1;
      c.written.push(m.matched);
      counts.set(m.province.id, c);
    }
  }
  const best = [...counts.entries()].sort((a, b) => b[1].n - a[1].n)[0];
  if (best) {
    const written = best[1].written.find((w) => w !== w.toUpperCase()) ?? (best[1].written[0] as string);
    return { asWritten: written, provinceId: best[0], inference: null };
  }
  return inferProvince(registry, signer);
}

/** A province named as the issuer's own: after "tỉnh", or as the place of a place-and-date line. */
function isStrongMention(line: string, start: number, end: number): boolean {
  const before = line.slice(Math.max(0, start - 6), start).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  const after = line.slice(end, end + 8).normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase();
  return /tinh\s+$/.test(before) || (/^\s*,\s*ngay\b/.test(after) && line.slice(0, start).trim() === "");
}

function inferProvince(registry: Registry, signer: string | null): PlanProvince {
  const known = signer ? registry.findSigner(signer) : null;
  if (!known) return { asWritten: null, provinceId: null, inference: null };
  const province = registry.province(known.provinceId);
  const name = province?.name ?? known.provinceId;
  return {
    asWritten: null,
    provinceId: known.provinceId,
    inference: {
      reason:
        `Văn bản không ghi tên tỉnh; người ký ${known.name} là ${known.role}, nên suy ra tỉnh ${name} ` +
        `(The text never names the province; the signer ${known.name} was ${known.roleEn}, so the province is inferred to be ${name}.)`,
    },
  };
}
