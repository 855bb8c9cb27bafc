/**
 * Appendix tables in tab-separated rows ("Số Khuyến nghị | Nội dung hoạt động | Cơ quan
 * chủ trì | Cơ quan phối hợp | Thời gian thực hiện"). Source tables were merged-cell
 * tables flattened to text, so:
 * - an empty lead cell continues the lead agency of the row above (a merged cell);
 * - an empty number cell continues the recommendation above (a new activity), or, when
 *   the activity starts in lower case, the same activity broken across lines;
 * - a row that lost its empty lead cell has its cells shifted left: the period sits in
 *   the coordinator column. Such rows are shifted back before reading.
 * Columns are found from the header row by name, never by position.
 */
import type { Assignment, Gap, Task } from "../types.ts";
import { mentionsIn, type MentionContext } from "./agency-mentions.ts";
import { foldedSlice, trimSpan, type Line, type Span } from "./plan-text.ts";
import type { SectionNode } from "./section-parser.ts";

interface Columns {
  number: number;
  content: number;
  lead: number;
  coordinate: number;
  period: number;
}

interface Cell extends Span {
  text: string;
}

interface Row {
  line: Line;
  cells: Cell[];
}

export interface AppendixResult {
  tasks: Task[];
  assignments: Assignment[];
  gaps: Gap[];
  problems: string[];
}

const PERIOD = /^\d{4}\s*[-–]\s*\d{4}$/;

function cellsOf(ctx: MentionContext, line: Line): Cell[] {
  const cells: Cell[] = [];
  let start = line.start;
  for (const part of line.raw.split("\t")) {
    const span = trimSpan(ctx.pt.text, { start, end: start + part.length });
    cells.push({ ...span, text: ctx.pt.text.slice(span.start, span.end) });
    start += part.length + 1;
  }
  return cells;
}

function findColumns(ctx: MentionContext, header: Cell[]): Columns | null {
  const at = (re: RegExp) => header.findIndex((c) => re.test(foldedSlice(ctx.pt, c)));
  const cols = { number: at(/khuyen nghi|^so\b|^stt/), content: at(/noi dung|hoat dong/), lead: at(/chu tri/), coordinate: at(/phoi hop/), period: at(/thoi gian/) };
  return cols.lead >= 0 && cols.content >= 0 ? { ...cols, number: Math.max(cols.number, 0) } : null;
}

/** Puts a row that lost its empty lead cell back in place: the period belongs in the period column. */
function realign(cells: Cell[], cols: Columns, line: Line): Cell[] {
  if (cols.period < 0) return cells;
  const p = cells.findIndex((c) => PERIOD.test(c.text));
  if (p < 0 || p >= cols.period || p <= cols.lead) return cells;
  const empty: Cell = { start: line.start, end: line.start, text: "" };
  const shifted = [...cells.slice(0, cols.lead), ...Array.from({ length: cols.period - p }, () => empty), ...cells.slice(cols.lead)];
  return shifted.slice(0, Math.max(cols.period + 1, cells.length));
}

function cell(row: Row, index: number): Cell | null {
  const c = index >= 0 ? row.cells[index] : undefined;
  return c && c.text !== "" ? c : null;
}

interface Activity {
  number: string;
  rows: Row[];
  lead: { cell: Cell; row: Row; number: string } | null;
  carried: boolean;
  coordinators: Cell[];
  content: string[];
  period: string | null;
}

/** Reads the appendix section into one recommendation Task per activity, with lead and coordinating agencies. */
export function parseAppendix(ctx: MentionContext, docKey: string, node: SectionNode): AppendixResult {
  const result: AppendixResult = { tasks: [], assignments: [], gaps: [], problems: [] };
  const rows = node.lines.filter((l) => l.raw.split("\t").length > 2).map((line) => ({ line, cells: cellsOf(ctx, line) }));
  const headerIndex = rows.findIndex((r) => findColumns(ctx, r.cells));
  if (headerIndex < 0) return result;
  const cols = findColumns(ctx, (rows[headerIndex] as Row).cells) as Columns;
  const activities = groupActivities(rows.slice(headerIndex + 1).map((r) => ({ ...r, cells: realign(r.cells, cols, r.line) })), cols, result);
  activities.forEach((a, i) => recordActivity(ctx, docKey, a, i, result));
  return result;
}

function groupActivities(rows: Row[], cols: Columns, result: AppendixResult): Activity[] {
  const activities: Activity[] = [];
  let lastLead: Activity["lead"] = null;
  for (const row of rows) {
    const numberCell = cell(row, cols.number);
    const content = cell(row, cols.content);
    const previous = activities.at(-1);
    const continues = !numberCell && previous && content && /^\p{Ll}/u.test(content.text);
    if (!content && !numberCell) {
      result.problems.push(`Phụ lục, dòng ${row.line.number}: không đọc được (row could not be read)`);
      result.gaps.push({ kind: "unparsed", sectionPath: "Phụ lục", quote: row.line.raw.trim(), note: "Dòng bảng không có nội dung (table row without content)" });
      continue;
    }
    const leadCell = cell(row, cols.lead);
    if (leadCell) lastLead = { cell: leadCell, row, number: numberCell ? numberOf(numberCell.text) : previous?.number ?? "?" };
    const activity: Activity = continues
      ? (previous as Activity)
      : { number: numberCell ? numberOf(numberCell.text) : previous?.number ?? "?", rows: [], lead: lastLead, carried: !leadCell, coordinators: [], content: [], period: null };
    if (!continues) activities.push(activity);
    activity.rows.push(row);
    if (content) activity.content.push(content.text);
    const coord = cell(row, cols.coordinate);
    if (coord) activity.coordinators.push(coord);
    activity.period ??= cell(row, cols.period)?.text ?? null;
  }
  return activities;
}

function numberOf(written: string): string {
  return written.replace(/^(?:Số|KN|Khuyến nghị)\s*/iu, "").trim();
}

function recordActivity(ctx: MentionContext, docKey: string, a: Activity, index: number, result: AppendixResult): void {
  const first = a.rows[0] as Row;
  const last = a.rows[a.rows.length - 1] as Row;
  const rowSpan = trimSpan(ctx.pt.text, { start: first.line.start, end: last.line.end });
  const quote = ctx.pt.text.slice(rowSpan.start, rowSpan.end);
  const sectionPath = `Phụ lục.${a.number}`;
  const id = `${docKey}#recommendation:${a.number}#${index + 1}`;
  const content = a.content.join(" ");
  result.tasks.push({
    id, kind: "recommendation", number: a.number, numbers: a.number.split(/\s*[,;]\s*/).filter(Boolean),
    title: content.length <= 200 ? content : `${content.slice(0, 200)}…`, sectionPath,
    objectives: null, content, period: a.period, quote,
  });
  recordLead(ctx, a, id, sectionPath, rowSpan, result);
  for (const c of a.coordinators) {
    const found = mentionsIn(ctx, c);
    if (found.length === 0) {
      result.assignments.push({ agencyId: null, agencyAsWritten: c.text.replace(/;$/, ""), role: "coordinate", taskId: id, sectionPath, quote });
      result.problems.push(`${sectionPath}: cơ quan phối hợp "${c.text}" không có trong danh mục (not in the registry)`);
    }
    for (const m of found) {
      if (!result.assignments.some((x) => x.taskId === id && x.agencyId === m.agency.id)) {
        result.assignments.push({ agencyId: m.agency.id, agencyAsWritten: m.matched, role: "coordinate", taskId: id, sectionPath, quote });
      }
    }
  }
}

function recordLead(ctx: MentionContext, a: Activity, taskId: string, sectionPath: string, rowSpan: Span, result: AppendixResult): void {
  if (!a.lead) {
    result.problems.push(`${sectionPath}: không có cơ quan chủ trì (no lead agency)`);
    return;
  }
  const written = a.lead.cell.text.replace(/;$/, "");
  const found = mentionsIn(ctx, a.lead.cell)[0];
  const tolerant = found ? null : ctx.registry.resolveAgency(written);
  const m = found ?? (tolerant ? { agency: tolerant, matched: written } : undefined);
  if (!m) result.problems.push(`${sectionPath}: cơ quan chủ trì "${a.lead.cell.text}" không có trong danh mục (not in the registry)`);
  const quoteSpan = a.carried ? { start: a.lead.row.line.start, end: rowSpan.end } : rowSpan;
  const trimmed = trimSpan(ctx.pt.text, quoteSpan);
  result.assignments.push({
    agencyId: m?.agency.id ?? null,
    agencyAsWritten: m?.matched ?? a.lead.cell.text.replace(/;$/, ""),
    role: "lead", taskId, sectionPath,
    quote: ctx.pt.text.slice(trimmed.start, trimmed.end),
    ...(a.carried
      ? { note: `Ô "Cơ quan chủ trì" để trống (ô gộp): tiếp tục cơ quan chủ trì của dòng khuyến nghị số ${a.lead.number} ở trên (empty lead cell of a merged table cell: the lead of recommendation ${a.lead.number} above continues)` }
      : {}),
  });
}
