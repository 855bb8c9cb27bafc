/**
 * Numbers a plan commits to: targets (percentages under "Mục tiêu"), budget lines (under
 * "KINH PHÍ", Vietnamese decimal commas: "6,970 tỷ đồng" is 6.97 billion), reporting
 * duties (who reports to whom, how often, by which day), and the gaps the source text
 * has (elisions, truncations), recorded and never filled in.
 */
import type { BudgetLine, Gap, ReportingDuty, Target } from "../types.ts";
import { mentionsIn, phraseStart, subjectsOf, wordsIn, type Mention, type MentionContext } from "./agency-mentions.ts";
import type { Unit } from "./assignment-parser.ts";
import { foldedIndex, foldedSlice, lineContent, originalOffset, trimSpan, type Line, type PlanText, type Span } from "./plan-text.ts";
import { flattenSections, type SectionNode } from "./section-parser.ts";
import { parseAmountVnd, parseDayMonth, parseVietnameseNumber } from "./vietnamese-numbers.ts";

function textUnits(pt: PlanText, node: SectionNode): Span[] {
  const spans: Span[] = [];
  if (node.headingSpan && node.kind !== "roman") spans.push(node.headingSpan);
  for (const line of node.lines) {
    const s = lineContent(pt.text, line);
    if (s.end > s.start) spans.push(s);
  }
  return spans;
}

function headingOf(pt: PlanText, node: SectionNode): string {
  return node.headingSpan ? foldedSlice(pt, node.headingSpan) : "";
}

function underHeading(pt: PlanText, node: SectionNode, re: RegExp): boolean {
  for (let n: SectionNode | null = node; n; n = n.parent) if (re.test(headingOf(pt, n))) return true;
  return false;
}

function inPart(pt: PlanText, node: SectionNode, re: RegExp): boolean {
  for (let n: SectionNode | null = node; n; n = n.parent) if (n.kind === "roman" && re.test(headingOf(pt, n))) return true;
  return false;
}

// ---- targets ----

/** Every percentage stated under a "Mục tiêu" heading, one target each. */
export function parseTargets(pt: PlanText, nodes: readonly SectionNode[], endYear: number | null): Target[] {
  const targets: Target[] = [];
  for (const node of nodes) {
    if (!underHeading(pt, node, /^muc tieu/)) continue;
    for (const span of textUnits(pt, node)) {
      const text = pt.text.slice(span.start, span.end);
      const year = /năm\s+(\d{4})/u.exec(text.normalize("NFC"));
      for (const m of text.matchAll(/(\d+(?:[.,]\d+)?)\s*%/g)) {
        targets.push({
          indicator: text.replace(/^Mục tiêu\s*:\s*/iu, "").replace(/[;.]\s*$/, ""),
          value: parseVietnameseNumber(m[1] as string),
          unit: "%",
          year: year ? Number(year[1]) : endYear,
          sectionPath: node.path,
          quote: text,
        });
      }
    }
  }
  return targets;
}

// ---- budget ----

const AMOUNT = /(\d[\d.,]*\d|\d)\s*(ty|trieu|nghin|ngan)?\s*dong\b/g;
const SOURCE_WORDS = /ngan sach|nguon|tai tro|vien tro|xa hoi hoa|huy dong|kinh phi/;

/** Budget lines of every "KINH PHÍ" section: amounts with their labels, and funding sources without amounts. */
export function parseBudget(pt: PlanText, nodes: readonly SectionNode[]): BudgetLine[] {
  const lines: BudgetLine[] = [];
  for (const node of nodes) {
    if (!inPart(pt, node, /kinh phi/)) continue;
    for (const span of textUnits(pt, node)) {
      const found = amountsIn(pt, span);
      const text = pt.text.slice(span.start, span.end);
      if (found.length === 0 && SOURCE_WORDS.test(foldedSlice(pt, span)) && !/^\(.*\)$/.test(text)) {
        lines.push({ label: text.replace(/[.;:]\s*$/, ""), amountVnd: null, sectionPath: node.path, quote: text });
      }
      for (const a of found) lines.push({ label: labelFor(pt, span, a.start), amountVnd: a.amount, sectionPath: node.path, quote: text });
    }
  }
  return lines;
}

function amountsIn(pt: PlanText, span: Span): Array<{ start: number; amount: number }> {
  const folded = foldedSlice(pt, span);
  const base = foldedIndex(pt, span.start);
  const out: Array<{ start: number; amount: number }> = [];
  for (const m of folded.matchAll(AMOUNT)) {
    const amount = parseAmountVnd(m[1] as string, m[2] ?? null);
    if (amount !== null) out.push({ start: originalOffset(pt, base + m.index), amount });
  }
  return out;
}

/** "Ngân sách tỉnh: 5,970 tỷ" -> "Ngân sách tỉnh"; "..., bình quân mỗi năm 1,194 tỷ" -> "Ngân sách tỉnh - bình quân mỗi năm". */
function labelFor(pt: PlanText, span: Span, amountStart: number): string {
  const before = pt.text.slice(span.start, amountStart);
  const colon = before.indexOf(":");
  const head = colon >= 0 ? before.slice(0, colon).trim() : "";
  const tail = before.slice(colon + 1).replace(/\([^)]*\)/g, "");
  const segment = (tail.split(/[,;]/).at(-1) ?? "").replace(/\s+là\s*$/u, "").trim();
  if (segment && head) return `${head} - ${segment}`;
  return segment || head || before.trim();
}

// ---- reporting duties ----

const FREQUENCY = /dinh ky(?:\s+hang (?:nam|quy|thang))?(?:\s+(?:\d{1,2}|mot|sau)\s+(?:thang|nam|quy)(?:\s*,\s*(?:\d{1,2}|mot)\s+(?:thang|nam))*)?|hang\s+(?:nam|quy|thang)/;
const PAIRED = /(\d{1,2}|mot|sau)\s+(thang|nam|quy)\s*\(\s*(truoc ngay[^)]*)\)/g;
const DEADLINE = /truoc ngay\s+\d{1,2}\s*(?:[/.-]|\s+thang\s+)\s*\d{1,2}(?:\s*[/.-]\s*\d{4})?/;

interface DutyDraft {
  frequency: string | null;
  deadline: string | null;
}

function originalOf(pt: PlanText, unit: Span, foldedStart: number, foldedLength: number): string {
  const base = foldedIndex(pt, unit.start);
  return pt.text.slice(originalOffset(pt, base + foldedStart), originalOffset(pt, base + foldedStart + foldedLength)).trim();
}

function schedules(pt: PlanText, sentence: Span): DutyDraft[] {
  const folded = foldedSlice(pt, sentence);
  const paired = [...folded.matchAll(PAIRED)].map((m) => {
    const deadlineAt = m.index + m[0].indexOf(m[3] as string);
    return { frequency: originalOf(pt, sentence, m.index, (m[1] as string).length + 1 + (m[2] as string).length), deadline: originalOf(pt, sentence, deadlineAt, (m[3] as string).length) };
  });
  if (paired.length > 0) return paired;
  const f = FREQUENCY.exec(folded);
  const d = DEADLINE.exec(folded);
  return [{ frequency: f ? originalOf(pt, sentence, f.index, f[0].length) : null, deadline: d ? originalOf(pt, sentence, d.index, d[0].length) : null }];
}

/** The recipients right after "báo cáo" ("... báo cáo kết quả thực hiện về UBND tỉnh (thông qua Sở ...)"). */
function recipient(ctx: MentionContext, sentence: Span, from: number): string | null {
  const after = mentionsIn(ctx, { start: from, end: sentence.end });
  const first = after[0];
  if (!first || wordsIn(ctx, { start: from, end: first.start }).length > 8) return null;
  let end = first.end;
  for (const m of after.slice(1)) {
    const gap = ctx.pt.text.slice(end, m.start);
    if (!/^[\s,]*(và|\(\s*(?:thông qua|qua)|,)?\s*$/iu.test(gap.normalize("NFC"))) break;
    end = m.end;
  }
  const close = ctx.pt.text.slice(end, sentence.end).match(/^\s*\)/);
  if (close && ctx.pt.text.slice(first.start, end).includes("(")) end += close[0].length;
  return ctx.pt.text.slice(first.start, end);
}

/** Reporting duties: sentences that say "báo cáo" with a frequency, a deadline or a recipient. */
export function parseReporting(ctx: MentionContext, units: readonly Unit[]): ReportingDuty[] {
  const out: ReportingDuty[] = [];
  const seen = new Set<string>();
  units.forEach((unit, i) => {
    const key = `${unit.sentence.start}:${unit.sentence.end}`;
    if (seen.has(key)) return;
    seen.add(key);
    const at = phraseStart(ctx, unit.sentence, "bao cao");
    if (at < 0) return;
    const to = recipient(ctx, unit.sentence, at + "báo cáo".length);
    for (const s of schedules(ctx.pt, unit.sentence)) {
      if (!s.frequency && !s.deadline && !to) continue;
      const who = reporters(ctx, units, i, Boolean(s.frequency || s.deadline));
      if (!who) continue;
      for (const m of who.mentions) out.push(duty(ctx, unit, m, to, s, who.quote));
    }
  });
  return out;
}

function reporters(ctx: MentionContext, units: readonly Unit[], i: number, periodic: boolean): { mentions: Mention[]; quote: Span } | null {
  const unit = units[i] as Unit;
  const own = subjectsOf(ctx, unit.sentence);
  if (own.length > 0) return { mentions: own, quote: unit.sentence };
  if (unit.itemSubjects.length > 0) return { mentions: unit.itemSubjects, quote: unit.sentence };
  const prev = units[i - 1];
  if (!periodic || !prev || prev.node !== unit.node) return null;
  const before = subjectsOf(ctx, prev.sentence);
  return before.length > 0 ? { mentions: before, quote: { start: prev.sentence.start, end: unit.sentence.end } } : null;
}

function duty(ctx: MentionContext, unit: Unit, who: Mention, to: string | null, s: DutyDraft, quote: Span): ReportingDuty {
  const deadlineFolded = s.deadline ? s.deadline.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase() : "";
  return {
    agencyId: who.agency.id,
    whoAsWritten: who.matched,
    to,
    frequency: s.frequency,
    deadline: s.deadline,
    deadlineDayMonth: s.deadline ? parseDayMonth(deadlineFolded) : null,
    sectionPath: unit.node.path,
    quote: ctx.pt.text.slice(quote.start, quote.end),
  };
}

// ---- gaps ----

/** Elisions ("…......"), the orphaned text after them, truncations ("[...]"), and numbering jumps. */
export function parseGaps(pt: PlanText, top: readonly SectionNode[]): { gaps: Gap[]; problems: string[] } {
  const gaps: Gap[] = [];
  const problems: string[] = [];
  const nodes = flattenSections(top);
  for (const node of nodes) {
    if (node.elisionLine) gaps.push(elisionGap(pt, node));
    if (node.orphanLines.length > 0) gaps.push(orphanGap(pt, node));
    const jump = numberingJump(node);
    if (jump && !node.elisionLine) problems.push(`Sau mục ${node.path} thiếu mục ${jump.join(", ")} (numbering skips ${jump.join(", ")})`);
  }
  for (const m of pt.text.matchAll(/\[\s*(?:\.{3,}|…)\s*\]/g)) {
    const node = [...nodes].reverse().find((n) => n.kind !== "front" && n.span.start <= m.index) ?? null;
    gaps.push({
      kind: "truncation", sectionPath: node?.path ?? null, quote: m[0],
      note: "Văn bản bị cắt tại đây; phần sau không có trong nguồn (the text is cut here; what follows is missing from the source)",
    });
  }
  return { gaps, problems };
}

function numberingJump(node: SectionNode): string[] | null {
  if (node.kind !== "arabic" || !node.parent) return null;
  const siblings = node.parent.children.filter((c) => c.kind === "arabic");
  const next = siblings[siblings.indexOf(node) + 1];
  if (!next) return null;
  const missing: string[] = [];
  for (let n = Number(node.number) + 1; n < Number(next.number); n++) missing.push(String(n));
  return missing.length > 0 ? missing : null;
}

function elisionGap(pt: PlanText, node: SectionNode): Gap {
  const line = node.elisionLine as Line;
  const span = trimSpan(pt.text, line);
  const missing = numberingJump(node);
  const which = missing ? `; thiếu mục ${missing.join(", ")} (items ${missing.join(", ")} are missing)` : "";
  return {
    kind: "elision", sectionPath: node.path, quote: pt.text.slice(span.start, span.end),
    note: `Văn bản nguồn lược bỏ một đoạn sau mục ${node.path}${which}; không suy đoán nội dung (the source elides text here; nothing is filled in)`,
  };
}

function orphanGap(pt: PlanText, node: SectionNode): Gap {
  const first = node.orphanLines[0] as Line;
  const last = node.orphanLines[node.orphanLines.length - 1] as Line;
  const span = trimSpan(pt.text, { start: first.start, end: last.end });
  return {
    kind: "unparsed", sectionPath: node.path, quote: pt.text.slice(span.start, span.end),
    note: "Phần còn lại của mục bị lược bỏ, không rõ cơ quan nào; không gán cho ai (remnant of an elided item, agency unknown; not attributed)",
  };
}
