/**
 * Retrieval over a plan's own sentences. Every assignment, task, target, budget line,
 * reporting duty and every sentence of every section becomes a passage whose quote is a
 * verbatim slice of the plan; passages are ranked by IDF-weighted overlap of folded words
 * and word pairs with the question. Built once; ranking is an inverted-index lookup.
 */
import type { Assignment, ParsedPlan, Section, Task } from "../kb/types.ts";
import { foldWords } from "../core/vietnamese-text.ts";

export type PassageKind = "assignment" | "task" | "target" | "budget" | "reporting" | "sentence";

export interface Passage {
  id: number;
  plan: ParsedPlan;
  kind: PassageKind;
  sectionPath: string;
  quote: string;
  /** The quote folded (no diacritics), for pattern tests at question time. */
  folded: string;
  /** Index into plan.assignments for kind "assignment". */
  assignmentIndex: number | null;
  /** The task this passage belongs to (by id or by section), the group answers are built from. */
  task: Task | null;
  /** Folded words of the quote and its context (task title, section heading). */
  words: string[];
  terms: Set<string>;
  /** Terms of the quote itself: context-only terms count half, so a section's own sentences outrank its heading. */
  quoteTerms: Set<string>;
}

export interface RankedPassage {
  passage: Passage;
  score: number;
}

export interface PassageIndex {
  passages: Passage[];
  /** The passage of each assignment, for handlers that start from an agency's assignments. */
  byAssignment: Map<Assignment, Passage>;
  /** The passage quoting each task itself. */
  byTask: Map<Task, Passage>;
  vocabulary: Set<string>;
  idf(term: string): number;
  rank(terms: string[], filter: (p: Passage) => boolean, limit?: number): RankedPassage[];
  /** The highest score `terms` could reach: used to judge how well a passage answers. */
  maxScore(terms: string[]): number;
  /** Share (0..1) of the question's IDF weight that a passage contains. */
  coverage(terms: string[], passage: Passage): number;
}

/**
 * The folded words of a passage, words written joined by slashes apart: "xã/phường/thị trấn", "xã/ phường/" are "xa phuong thi
 * tran", so a question saying "xã phường" finds them. A number or an abbreviation ("26/kh", "ct/tw", "b/c": a part without a vowel)
 * keeps its slash.
 */
export function passageWords(text: string): string[] {
  return foldWords(text).flatMap((w) => {
    if (!w.includes("/") || /\d/.test(w)) return [w];
    const parts = w.split("/").filter(Boolean);
    return parts.length > 0 && parts.every((x) => /[aeiouy]/.test(x)) ? parts : [w];
  });
}

/** Unigrams and adjacent word pairs ("bao ve", "tre em"): pairs carry Vietnamese compounds. */
export function termsOf(words: string[]): string[] {
  const out = [...words];
  for (let i = 0; i + 1 < words.length; i++) out.push(`${words[i]} ${words[i + 1]}`);
  return out;
}

/** Splits section text into sentences and list items, each a verbatim slice. */
export function sentencesOf(section: Section): string[] {
  return clausesOf(section).map((c) => c.text);
}

/**
 * The sentences and list items of a section, each with the opening clause of its line when it is not
 * that clause itself ("Hàng năm tổ chức các lớp tập huấn ...; hỗ trợ ... cho 184 cán bộ ..."): the
 * opening says what a later clause is about, so it is the clause's context.
 */
function clausesOf(section: Section): Array<{ text: string; lead: string }> {
  const out: Array<{ text: string; lead: string }> = [];
  const heading = foldWords(section.heading).join(" ");
  for (const line of section.text.split("\n")) {
    // The heading line alone says nothing an answer could use.
    if (heading && foldWords(line).join(" ").endsWith(heading) && line.length < section.heading.length + 12) continue;
    let lead = "";
    for (const part of line.split(/(?<=;)\s+|(?<=[.:])\s+(?=[A-ZĐÀ-Ỹ\-–])/u)) {
      const s = part.trim();
      if (foldWords(s).length < 3) continue;
      out.push({ text: s, lead: lead && lead !== s ? lead : "" });
      if (!lead) lead = s;
    }
  }
  return out;
}

/** The task a section path belongs to: the task whose path is the longest prefix of it. */
export function taskForPath(plan: ParsedPlan, path: string): Task | null {
  let best: Task | null = null;
  for (const t of plan.tasks) {
    if (path === t.sectionPath || path.startsWith(`${t.sectionPath}.`)) {
      if (!best || t.sectionPath.length > best.sectionPath.length) best = t;
    }
  }
  return best;
}

function headingOf(plan: ParsedPlan, path: string): string {
  return plan.sections.find((s) => s.path === path)?.heading ?? "";
}

function assignmentTask(plan: ParsedPlan, a: Assignment): Task | null {
  return plan.tasks.find((t) => t.id === a.taskId) ?? taskForPath(plan, a.sectionPath);
}

interface RawPassage {
  kind: PassageKind;
  sectionPath: string;
  quote: string;
  assignmentIndex: number | null;
  task: Task | null;
  context: string;
}

function rawPassagesOf(plan: ParsedPlan): RawPassage[] {
  const out: RawPassage[] = [];
  const push = (kind: PassageKind, sectionPath: string, quote: string, context = "", assignmentIndex: number | null = null, task: Task | null = taskForPath(plan, sectionPath)) =>
    out.push({ kind, sectionPath, quote, assignmentIndex, task, context });
  plan.assignments.forEach((a, i) => {
    const task = assignmentTask(plan, a);
    push("assignment", a.sectionPath, a.quote, `${task?.title ?? ""} ${headingOf(plan, a.sectionPath)}`, i, task);
  });
  for (const t of plan.tasks) push("task", t.sectionPath, t.quote, t.title, null, t);
  for (const t of plan.targets) push("target", t.sectionPath, t.quote, t.indicator);
  for (const b of plan.budgetLines) push("budget", b.sectionPath, b.quote, b.label);
  for (const r of plan.reportingDuties) push("reporting", r.sectionPath, r.quote);
  // Deepest sections first, so a sentence is attributed to the most specific section holding it.
  const seen = new Set<string>();
  const deepestFirst = [...plan.sections].sort((a, b) => b.path.split(".").length - a.path.split(".").length);
  for (const s of deepestFirst) {
    const task = taskForPath(plan, s.path);
    for (const { text: q, lead } of clausesOf(s)) {
      if (seen.has(q)) continue;
      seen.add(q);
      push("sentence", s.path, q, `${task?.title ?? ""} ${s.heading} ${lead}`, null, task);
    }
  }
  return out.filter((p) => p.quote.length > 0 && plan.text.includes(p.quote));
}

/** Builds the index over all plans once. */
export function createPassageIndex(plans: ParsedPlan[]): PassageIndex {
  const passages: Passage[] = [];
  for (const plan of plans) {
    for (const r of rawPassagesOf(plan)) {
      const quoteWords = passageWords(r.quote);
      const quoteTerms = new Set(termsOf(quoteWords));
      passages.push({ id: passages.length, plan, ...r, folded: quoteWords.join(" "), words: quoteWords, quoteTerms, terms: new Set([...quoteTerms, ...termsOf(passageWords(r.context))]) });
    }
  }
  // Each posting carries its weight (1 in the quote, 0.5 in context only), so ranking does no set lookups.
  const postings = new Map<string, Posting[]>();
  for (const p of passages) for (const t of p.terms) (postings.get(t) ?? postings.set(t, []).get(t)!).push({ id: p.id, weight: weightIn(p, t) });
  const n = passages.length || 1;
  // Every term's weight, computed once at build; a term no passage holds weighs 0.
  const idfOf = new Map<string, number>();
  for (const [t, list] of postings) idfOf.set(t, Math.log(1 + n / list.length) * (t.includes(" ") ? 1.5 : 1));
  const idf = (t: string) => idfOf.get(t) ?? 0;
  // The postings as flat arrays (passage ids, weights) for the scoring loop.
  const flat = new Map<string, { ids: Int32Array; weights: Float64Array }>();
  for (const [t, list] of postings) flat.set(t, { ids: Int32Array.from(list, (x) => x.id), weights: Float64Array.from(list, (x) => x.weight) });
  const vocabulary = new Set([...postings.keys()].filter((k) => !k.includes(" ")));
  // Each passage's length penalty, computed once.
  const penalties = Float64Array.from(passages, (p) => lengthPenalty(p.words.length));
  const byAssignment = new Map<Assignment, Passage>();
  const byTask = new Map<Task, Passage>();
  for (const p of passages) {
    if (p.assignmentIndex !== null) byAssignment.set(p.plan.assignments[p.assignmentIndex]!, p);
    if (p.kind === "task" && p.task && !byTask.has(p.task)) byTask.set(p.task, p);
  }
  // A question's handlers rank and weigh the same terms many times over: the terms' weights and the passages' scores for the
  // last few dozen term lists used are kept (one question's worth, or a few: nothing is kept from one question to a much later one).
  const recent = new Map<string, TermsInfo>();
  // The last list asked, as it was then: a handler asks coverage of one question's terms for many passages in a row, and the
  // list's words compared one by one cost less than joining them into a key each time.
  let lastTerms: string[] | null = null;
  let lastWords: string[] = [];
  let lastInfo: TermsInfo | null = null;
  const infoOf = (terms: string[]): TermsInfo => {
    if (terms === lastTerms && sameWords(terms, lastWords)) return lastInfo!;
    const info = infoByKey(terms);
    lastTerms = terms;
    lastWords = terms.slice();
    lastInfo = info;
    return info;
  };
  const infoByKey = (terms: string[]): TermsInfo => {
    const key = terms.join("\u0000");
    let info = recent.get(key);
    if (info) {
      // Kept as most recent (the map's order is the order of use).
      recent.delete(key);
      recent.set(key, info);
      return info;
    }
    const all = [...new Set(termsOf(terms))];
    const weights = all.map(idf);
    info = { all, weights, max: weights.reduce((s, w) => s + w, 0), scored: null };
    if (recent.size >= 48) recent.delete(recent.keys().next().value!);
    recent.set(key, info);
    return info;
  };
  const scoredOf = (info: TermsInfo): Scored => {
    if (info.scored) return info.scored;
    const scores = new Float64Array(passages.length);
    const touched: number[] = [];
    const { all, weights: termWeights } = info;
    for (let i = 0; i < all.length; i++) {
      const list = flat.get(all[i]!);
      if (!list) continue;
      const w = termWeights[i]!;
      const { ids, weights } = list;
      for (let k = 0; k < ids.length; k++) {
        const id = ids[k]!;
        const before = scores[id]!;
        if (before === 0) touched.push(id);
        scores[id] = before + w * weights[k]!;
      }
    }
    for (const id of touched) scores[id] = scores[id]! / penalties[id]!;
    return (info.scored = { scores, touched: Int32Array.from(touched), order: [], heap: null, size: 0 });
  };
  return {
    passages, byAssignment, byTask, vocabulary, idf,
    maxScore: (terms) => infoOf(terms).max,
    rank: (terms, filter, limit = 10) => rankPassages(passages, scoredOf(infoOf(terms)), filter, limit),
    coverage: (terms, passage) => {
      const { all, weights, max } = infoOf(terms);
      if (max === 0) return 0;
      let s = 0;
      for (let i = 0; i < all.length; i++) s = s + weights[i]! * weightIn(passage, all[i]!);
      return s / max;
    },
  };
}

/** Whether two lists hold the same words in the same order. */
function sameWords(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

interface Posting { id: number; weight: number }
/**
 * The passages a term list touches, with their scores; `order` is the best-first order found so far (ties by id), `heap` (of
 * `size`) the passages not yet ordered, built when first needed: a question ranking the same terms again reads the order found.
 */
interface Scored { scores: Float64Array; touched: Int32Array; order: number[]; heap: Int32Array | null; size: number }
interface TermsInfo { all: string[]; weights: number[]; max: number; scored: Scored | null }

/** Whether passage `a` ranks before passage `b`: the higher score, on a tie the lower id. */
function ranksBefore(scores: Float64Array, a: number, b: number): boolean {
  return scores[a]! > scores[b]! || (scores[a] === scores[b] && a < b);
}

/**
 * Sifts `heap[at]` down the binary heap of `size` ordered by `ranksBefore`. (Module-level, not a closure made per call: the
 * build's keep-names step renames every named closure when it is made, which costs more than the sifting.)
 */
function siftDown(scores: Float64Array, heap: Int32Array, size: number, at: number): void {
  for (;;) {
    const l = 2 * at + 1, r = l + 1;
    let top = at;
    if (l < size && ranksBefore(scores, heap[l]!, heap[top]!)) top = l;
    if (r < size && ranksBefore(scores, heap[r]!, heap[top]!)) top = r;
    if (top === at) return;
    const x = heap[at]!; heap[at] = heap[top]!; heap[top] = x;
    at = top;
  }
}

/** The next passage in best-first order (ties by id) appended to `order`; false when none is left. */
function orderNext(sc: Scored): boolean {
  const { scores } = sc;
  if (!sc.heap) {
    sc.heap = sc.touched.slice();
    sc.size = sc.heap.length;
    for (let i = (sc.size >> 1) - 1; i >= 0; i--) siftDown(scores, sc.heap, sc.size, i);
  }
  if (sc.size === 0) return false;
  const heap = sc.heap;
  sc.order.push(heap[0]!);
  heap[0] = heap[--sc.size]!;
  siftDown(scores, heap, sc.size, 0);
  return true;
}

/**
 * The passages scored for the terms, best first (ties by id), of those `filter` keeps, at most `limit`. The filter is asked only
 * of passages in that order until `limit` pass: filters are tests of a passage alone, so the result is that of filtering all and
 * sorting, without testing or sorting passages that could never be returned.
 */
function rankPassages(passages: Passage[], sc: Scored, filter: (p: Passage) => boolean, limit: number): RankedPassage[] {
  const ranked: RankedPassage[] = [];
  for (let k = 0; ranked.length < limit; k++) {
    if (k >= sc.order.length && !orderNext(sc)) break;
    const id = sc.order[k]!;
    const p = passages[id]!;
    if (filter(p)) ranked.push({ passage: p, score: sc.scores[id]! });
  }
  return ranked;
}

function weightIn(p: Passage, term: string): number {
  return p.quoteTerms.has(term) ? 1 : p.terms.has(term) ? 0.5 : 0;
}

// Long passages match more words by chance; a mild penalty keeps short precise duties on top.
function lengthPenalty(wordCount: number): number {
  return Math.pow(Math.max(1, wordCount / 40), 0.25);
}
