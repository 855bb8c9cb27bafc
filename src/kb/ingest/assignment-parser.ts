/**
 * Tasks and assignments from the body of a plan:
 * - programmes and tasks under "NHIỆM VỤ", "NỘI DUNG", "CHƯƠNG TRÌNH", "GIẢI PHÁP";
 * - "X chủ trì, phối hợp với A, B" sentences anywhere (X lead, A and B coordinate);
 * - numbered duty lists under "TỔ CHỨC THỰC HIỆN" / "CHẾ ĐỘ BÁO CÁO": each numbered agency
 *   is responsible for each of its duties, "Đề nghị ..." organisations are requested.
 * Every quote is a span of the plan text, so it is verbatim by construction.
 */
import type { Assignment, Role, Task } from "../types.ts";
import {
  coordinatorsAfter,
  hasVerb,
  leadAndCoordinators,
  mentionsIn,
  phraseStart,
  subjectsOf,
  wordsIn,
  type Mention,
  type MentionContext,
} from "./agency-mentions.ts";
import { dutyPieces, foldedSlice, isDashLine, lineContent, searchFolded, sentencesOf, trimSpan, type Line, type Span } from "./plan-text.ts";
import type { SectionNode } from "./section-parser.ts";

/** A sentence the later fact parsers (reporting duties) look at, with who it is about. */
export interface Unit {
  sentence: Span;
  node: SectionNode;
  /** The numbered agency the sentence sits under, when it is a duty item. */
  itemSubjects: Mention[];
}

export interface BodyResult {
  tasks: Task[];
  assignments: Assignment[];
  units: Unit[];
  problems: string[];
}

interface State extends BodyResult {
  ctx: MentionContext;
  docKey: string;
  taskByPath: Map<string, string>;
}

const DUTY_SECTION = /to chuc thuc hien|che do (?:thong tin,? )?bao cao/;
const NOT_TASK_SECTION = /muc tieu|muc dich|doi tuong|pham vi|kinh phi|thoi gian/;
const TASK_SECTION = /nhiem vu|noi dung|chuong trinh|giai phap/;
const CLOSING = /^(tren day la|trong qua trinh)\b/;

function headingFolded(state: State, node: SectionNode): string {
  return node.headingSpan ? foldedSlice(state.ctx.pt, node.headingSpan) : "";
}

/** Parses the top-level parts of a plan; the appendix is left to the appendix parser. */
export function parseBody(ctx: MentionContext, docKey: string, top: readonly SectionNode[]): BodyResult {
  const state: State = { ctx, docKey, taskByPath: new Map(), tasks: [], assignments: [], units: [], problems: [] };
  for (const node of top) {
    if (node.kind === "appendix" || node.kind === "recipients") continue;
    const folded = headingFolded(state, node);
    if (node.kind === "roman" && DUTY_SECTION.test(folded)) parseDutySection(state, node);
    else if (node.kind === "roman" && TASK_SECTION.test(folded) && !NOT_TASK_SECTION.test(folded)) parseTaskSection(state, node);
    else scanTree(state, node);
  }
  return state;
}

function scanTree(state: State, node: SectionNode): void {
  scanLeadSentences(state, node);
  node.children.forEach((child) => scanTree(state, child));
}

function ownSpans(state: State, node: SectionNode, lines: readonly Line[] = node.lines): Span[] {
  const text = state.ctx.pt.text;
  const spans: Span[] = [];
  if (node.headingSpan && (node.kind === "arabic" || node.kind === "letter" || node.kind === "article")) spans.push(node.headingSpan);
  for (const line of lines) {
    const s = lineContent(text, line);
    if (s.end > s.start) spans.push(s);
  }
  return spans;
}

function nodeText(state: State, node: SectionNode): Span {
  return trimSpan(state.ctx.pt.text, { start: node.headingSpan?.start ?? node.span.start, end: node.span.end });
}

function quoteOf(state: State, span: Span): string {
  return state.ctx.pt.text.slice(span.start, span.end);
}

function addTask(state: State, task: Omit<Task, "id">, key: string): string {
  const id = `${state.docKey}#${task.kind}:${key}`;
  state.tasks.push({ id, ...task });
  return id;
}

function assign(state: State, m: Mention | { asWritten: string }, role: Role, taskId: string | null, sectionPath: string, quote: Span, note?: string): void {
  const known = "agency" in m;
  const agencyId = known ? m.agency.id : null;
  if (agencyId && state.assignments.some((a) => a.agencyId === agencyId && a.role === role && a.taskId === taskId && a.sectionPath === sectionPath)) return;
  state.assignments.push({
    agencyId,
    agencyAsWritten: known ? m.matched : m.asWritten,
    role, taskId, sectionPath, quote: quoteOf(state, quote),
    ...(note ? { note } : {}),
  });
}

// ---- programmes and tasks ----

function parseTaskSection(state: State, roman: SectionNode): void {
  for (const item of roman.children) {
    if (item.kind !== "arabic" || !item.headingSpan) continue;
    const heading = quoteOf(state, item.headingSpan).replace(/:$/, "");
    const kind = /^chuong trinh\b/.test(headingFolded(state, item)) ? "programme" : "task";
    const id = addTask(state, {
      kind, number: item.number, title: shortTitle(heading), sectionPath: item.path,
      objectives: letterText(state, item, /^muc tieu/), scope: letterText(state, item, /^pham vi/),
      content: letterText(state, item, /^noi dung/) ?? (item.children.length === 0 ? quoteOf(state, nodeText(state, item)) : null),
      quote: heading,
    }, item.path);
    state.taskByPath.set(item.path, id);
  }
  scanTree(state, roman);
}

function letterText(state: State, item: SectionNode, heading: RegExp): string | null {
  const child = item.children.find((c) => heading.test(headingFolded(state, c)));
  return child ? quoteOf(state, nodeText(state, child)) : null;
}

function shortTitle(s: string): string {
  const flat = s.replace(/\s+/g, " ").trim();
  return flat.length <= 200 ? flat : `${flat.slice(0, 200)}…`;
}

function taskFor(state: State, node: SectionNode | null): string | null {
  for (let n = node; n; n = n.parent) {
    const id = state.taskByPath.get(n.path);
    if (id) return id;
  }
  return null;
}

/** "X chủ trì, phối hợp với A, B" in any sentence of a section (not its children). */
function scanLeadSentences(state: State, node: SectionNode): void {
  const text = state.ctx.pt.text;
  for (const span of ownSpans(state, node)) {
    for (const sentence of sentencesOf(text, span)) {
      state.units.push({ sentence, node, itemSubjects: [] });
      const found = leadAndCoordinators(state.ctx, sentence);
      if (!found || found.leads.length === 0) {
        addExecutors(state, node, sentence);
        continue;
      }
      const taskId = taskFor(state, node);
      for (const lead of found.leads) assign(state, lead, "lead", taskId, node.path, sentence);
      for (const c of found.coordinators) {
        if (!found.leads.some((l) => l.agency.id === c.agency.id)) assign(state, c, "coordinate", taskId, node.path, sentence);
      }
    }
  }
}

/**
 * The closing article of a decision, "Chánh Văn phòng UBND tỉnh, Giám đốc các Sở: Lao động - TB&XH; Tài chính; ...
 * chịu trách nhiệm thi hành Quyết định này": every body named before the phrase is responsible for carrying it out,
 * including the departments listed by their bare names after "các Sở:".
 */
function addExecutors(state: State, node: SectionNode, sentence: Span): void {
  const { ctx } = state;
  if (!/\bchiu trach nhiem thi hanh\b/.test(foldedSlice(ctx.pt, sentence))) {
    addArticleSubjects(state, node, sentence);
    return;
  }
  const subject = { start: sentence.start, end: phraseStart(ctx, sentence, "chiu trach nhiem thi hanh") };
  const named = mentionsIn(ctx, subject);
  const executors = [...named, ...bareDepartments(state, subject).filter((m) => !named.some((n) => n.agency.id === m.agency.id))]
    .sort((a, b) => a.start - b.start);
  if (executors.length === 0) return;
  const text = quoteOf(state, sentence);
  const taskId = addTask(state, {
    kind: "duty", number: null, title: shortTitle(text), sectionPath: node.path, objectives: null, scope: null, content: text, quote: text,
  }, `${node.path}@${sentence.start}`);
  for (const m of executors) assign(state, m, "responsible", taskId, node.path, sentence);
}

/**
 * A decision's own article giving a body a task ("Điều 2. Sở Tài chính căn cứ khả năng ngân sách của tỉnh tham mưu cho UBND tỉnh
 * bố trí kinh phí ..."): the body the sentence opens with (after "Điều N.") is responsible for it, as in the plan's duty items.
 */
function addArticleSubjects(state: State, node: SectionNode, sentence: Span): void {
  const { ctx } = state;
  if (node.kind !== "article") return;
  const marker = /^[\s*_]*Điều\s+\d+\.\s*/u.exec(ctx.pt.text.slice(sentence.start, sentence.end));
  const body = { start: sentence.start + (marker?.[0].length ?? 0), end: sentence.end };
  const subjects = subjectsOf(ctx, body);
  if (subjects.length === 0 || subjects[0]!.start > body.start + 12) return;
  const text = quoteOf(state, sentence);
  const taskId = addTask(state, {
    kind: "duty", number: null, title: shortTitle(text), sectionPath: node.path, objectives: null, scope: null, content: text, quote: text,
  }, `${node.path}@${sentence.start}`);
  for (const m of subjects) assign(state, m, "responsible", taskId, node.path, sentence);
}

/** "Giám đốc các Sở: Lao động - TB&XH; Tài chính; Kế hoạch và Đầu tư; Thủ trưởng ...": each piece is the department of that name. */
function bareDepartments(state: State, span: Span): Mention[] {
  const { ctx } = state;
  const out: Mention[] = [];
  for (const list of searchFolded(ctx.pt, /\bcac so ?:/, span)) {
    let start = list.end;
    for (const piece of ctx.pt.text.slice(list.end, span.end).split(";")) {
      const end = start + piece.length;
      const name = piece.trim();
      start = end + 1;
      if (name.length === 0 || hasVerb(wordsIn(ctx, { start: end - piece.length, end })) || /^(thu truong|giam doc|chu tich|chanh)\b/.test(foldedSlice(ctx.pt, trimSpan(ctx.pt.text, { start: end - piece.length, end })))) break;
      const found = ctx.registry.findAgencies(`Sở ${name}`);
      const whole = found.length === 1 && found[0]!.start === 0 && found[0]!.end >= name.length ? found[0]! : null;
      if (!whole) break;
      const at = trimSpan(ctx.pt.text, { start: end - piece.length, end });
      out.push({ agency: whole.agency, matched: name, start: at.start, end: at.end });
    }
  }
  return out;
}

// ---- numbered duty lists ----

interface Item {
  node: SectionNode;
  subjects: Array<Mention | { asWritten: string }>;
  requested: boolean;
  duties: Array<{ span: Span; sentence: Span; path: string; number: string | null }>;
}

function parseDutySection(state: State, roman: SectionNode): void {
  const detached: Line[] = [...roman.lines];
  // Items are the numbered children; a section numbered only with letters ("a) Sở Y tế: ...") uses those.
  const itemKind = roman.children.some((c) => c.kind === "arabic") ? "arabic" : "letter";
  for (const item of roman.children) {
    if (item.kind !== itemKind) {
      scanTree(state, item);
      continue;
    }
    const { own, closing } = splitClosing(state, item.lines);
    detached.push(...closing);
    recordItem(state, readItem(state, item, own));
  }
  parseLooseParagraphs(state, roman, detached);
}

/** "Trên đây là Kế hoạch ..." and "Trong quá trình ..." close the plan: they are not the last item's duties. */
function splitClosing(state: State, lines: readonly Line[]): { own: Line[]; closing: Line[] } {
  const at = lines.findIndex((l) => CLOSING.test(foldedSlice(state.ctx.pt, lineContent(state.ctx.pt.text, l))));
  return at < 0 ? { own: [...lines], closing: [] } : { own: lines.slice(0, at), closing: lines.slice(at) };
}

function readItem(state: State, node: SectionNode, lines: readonly Line[]): Item {
  const { pt } = state.ctx;
  const heading = node.headingSpan as Span;
  const colon = pt.text.slice(heading.start, heading.end).indexOf(":");
  const subjectPart = colon >= 0 ? trimSpan(pt.text, { start: heading.start, end: heading.start + colon }) : heading;
  const sentenceHeading = colon < 0 && hasVerb(wordsIn(state.ctx, heading));
  const item: Item = { node, subjects: [], requested: /^de nghi\b/.test(foldedSlice(pt, heading)), duties: [] };
  item.subjects = subjectsOf(state.ctx, subjectPart);
  if (colon >= 0) addDuties(state, item, trimSpan(pt.text, { start: heading.start + colon + 1, end: heading.end }), node);
  if (sentenceHeading) addDuties(state, item, heading, node);
  for (const line of lines) {
    const content = lineContent(pt.text, line);
    if (isDashLine(pt.text, line)) item.duties.push({ span: content, sentence: content, path: node.path, number: node.number });
    else addDuties(state, item, content, node);
  }
  for (const child of node.children) {
    const span = nodeText(state, child);
    item.duties.push({ span, sentence: span, path: child.path, number: child.number });
  }
  addBodySubjects(state, item, lines);
  if (item.subjects.length === 0 && !sentenceHeading) item.subjects = [tolerantSubject(state, subjectPart)];
  return item;
}

/** A heading the phrase matcher missed, e.g. with a word that lost letters ("Sở Giáo dục và Đào to"): resolved tolerantly, else kept as written. */
function tolerantSubject(state: State, span: Span): Mention | { asWritten: string } {
  const asWritten = unknownName(state, span);
  const agency = state.ctx.registry.resolveAgency(asWritten);
  return agency ? { agency, matched: asWritten, start: span.start, end: span.end } : { asWritten };
}

function unknownName(state: State, span: Span): string {
  return quoteOf(state, span).replace(/^Đề nghị\s+/u, "").replace(/[:\s]+$/, "");
}

function addDuties(state: State, item: Item, span: Span, node: SectionNode): void {
  if (span.end <= span.start) return;
  for (const sentence of sentencesOf(state.ctx.pt.text, span)) {
    const complete = (p: Span) => {
      const words = wordsIn(state.ctx, p);
      return words.length >= 8 && hasVerb(words);
    };
    for (const piece of dutyPieces(state.ctx.pt.text, sentence, complete)) item.duties.push({ span: piece, sentence, path: node.path, number: node.number });
  }
}

/** "Liên đoàn Lao động; Tỉnh đoàn Thanh niên; ... phối hợp với ...": names opening the body are subjects too. */
function addBodySubjects(state: State, item: Item, lines: readonly Line[]): void {
  const first = lines.find((l) => !isDashLine(state.ctx.pt.text, l));
  if (!first) return;
  const content = lineContent(state.ctx.pt.text, first);
  const opening = subjectsOf(state.ctx, sentencesOf(state.ctx.pt.text, content)[0] ?? content);
  if (opening[0]?.start !== content.start) return;
  for (const m of opening) {
    if (!item.subjects.some((s) => "agency" in s && s.agency.id === m.agency.id)) item.subjects.push(m);
  }
}

function recordItem(state: State, item: Item): void {
  if (item.subjects.length === 0) state.problems.push(`Mục ${item.node.path}: không nhận ra cơ quan nào (no agency recognised)`);
  for (const s of item.subjects) {
    if (!("agency" in s)) state.problems.push(`Mục ${item.node.path}: cơ quan "${s.asWritten}" không có trong danh mục (agency not in the registry)`);
  }
  const role: Role = item.requested ? "requested" : "responsible";
  const itemSubjects = item.subjects.filter((s): s is Mention => "agency" in s);
  item.duties.forEach((duty, k) => {
    const text = quoteOf(state, duty.span);
    const taskId = addTask(state, {
      kind: "duty", number: duty.number, title: shortTitle(text), sectionPath: duty.path,
      objectives: null, scope: null, content: text, quote: text,
    }, `${duty.path}#${k + 1}`);
    // "...; Đài Phát thanh – Truyền hình tỉnh đẩy mạnh ..." cut from the labour department's item: a piece whose subject is another
    // body is that body's; the item's own body, in whose item the plan writes it, works with it (coordinates), as the clause before
    // says ("phối hợp với các cơ quan truyền thông như Báo Đắk Lắk; Đài Phát thanh – Truyền hình tỉnh đẩy mạnh ...").
    const own = ownSubjects(state, duty.span, item.subjects);
    for (const s of own ?? []) assign(state, s, role, taskId, duty.path, duty.span);
    for (const s of item.subjects) assign(state, s, own ? "coordinate" : role, taskId, duty.path, duty.span);
    for (const c of coordinatorsAfter(state.ctx, duty.span, duty.span.start)) {
      if (namesPartners(state, duty.span) && !itemSubjects.some((s) => s.agency.id === c.agency.id)) {
        assign(state, c, "coordinate", taskId, duty.path, duty.span);
      }
    }
    state.units.push({ sentence: duty.sentence, node: item.node, itemSubjects });
  });
}

/**
 * The bodies a duty piece opens with, when none of them is the item's own and a verb follows them ("Đài Phát thanh – Truyền hình
 * tỉnh đẩy mạnh các hoạt động truyền thông ..."): the piece says who acts. Null when it opens with no body, or with the item's.
 */
function ownSubjects(state: State, span: Span, itemSubjects: Item["subjects"]): Mention[] | null {
  const opening = subjectsOf(state.ctx, span);
  if (opening[0]?.start !== span.start) return null;
  if (opening.some((m) => itemSubjects.some((s) => "agency" in s && s.agency.id === m.agency.id))) return null;
  const after = opening.at(-1)!.end;
  return hasVerb(wordsIn(state.ctx, { start: after, end: Math.min(span.end, after + 40) }).slice(0, 3)) ? opening : null;
}

/**
 * Whether the bodies after "phối hợp với" in a duty are its partners: when the item's body leads it ("chủ trì, phối
 * hợp với A"), or when the duty opens with the partnership ("Phối hợp với Sở Tài chính bảo đảm kinh phí ...").
 */
function namesPartners(state: State, span: Span): boolean {
  const folded = foldedSlice(state.ctx.pt, span);
  return /\bchu tri\b/.test(folded) || /^phoi hop voi\b/.test(folded);
}

/** Paragraphs of a duty section outside its numbered items: each sentence's own subject is responsible. */
function parseLooseParagraphs(state: State, roman: SectionNode, lines: readonly Line[]): void {
  const { pt } = state.ctx;
  for (const line of lines) {
    const content = lineContent(pt.text, line);
    for (const sentence of sentencesOf(pt.text, content)) {
      const subjects = subjectsOf(state.ctx, sentence);
      state.units.push({ sentence, node: roman, itemSubjects: [] });
      if (subjects.length === 0) continue;
      const requested = /^de nghi\b/.test(foldedSlice(pt, sentence));
      const text = quoteOf(state, sentence);
      const taskId = addTask(state, {
        kind: "duty", number: null, title: shortTitle(text), sectionPath: roman.path, objectives: null, scope: null, content: text, quote: text,
      }, `${roman.path}@${sentence.start}`);
      for (const s of subjects) assign(state, s, requested ? "requested" : "responsible", taskId, roman.path, sentence);
      const found = leadAndCoordinators(state.ctx, sentence);
      for (const c of found?.coordinators ?? []) {
        if (!subjects.some((s) => s.agency.id === c.agency.id)) assign(state, c, "coordinate", taskId, roman.path, sentence);
      }
    }
  }
}
