/**
 * Who a sentence is about. Plans write duties as "X chủ trì, phối hợp với A, B ..." or
 * "Giám đốc Sở X có trách nhiệm ...": the agencies before the first verb are the subject,
 * the run after "phối hợp với" are coordinators, and names after "của", "về", "qua" are
 * recipients or owners, not subjects. These helpers read that from folded words, so
 * diacritics, dash variants and emphasis never change the answer.
 */
import type { Agency } from "../types.ts";
import type { Registry } from "../registry/registry.ts";
import { tokenize, type Token } from "../registry/phrase-matcher.ts";
import type { PlanText, Span } from "./plan-text.ts";

export interface Mention extends Span {
  agency: Agency;
  matched: string;
}

/** Words that start a predicate: once one appears, the subject is over. */
const VERBS: ReadonlyArray<string> = [
  "chu tri", "phoi hop", "to chuc", "thuc hien", "trien khai", "xay dung", "huong dan", "chi dao", "tap trung",
  "co trach nhiem", "chiu trach nhiem", "tham gia", "tiep tuc", "bao cao", "kiem tra", "can cu", "tang cuong", "bo tri",
  "ban hanh", "theo doi", "don doc", "giam sat", "tong hop", "tham muu", "dam bao", "bao dam", "van dong", "tuyen truyen",
  "xem xet", "de xuat", "phan anh", "nghien cuu", "long ghep", "day manh", "nang cao", "phat huy", "lam", "gui", "phat dong",
  "cung cap", "quan ly", "ra soat", "huy dong", "ho tro", "can doi", "chu dong", "phan cong", "dua",
];

/** Words after which a name is an owner or a recipient ("của Thủ tướng", "về UBND tỉnh", "qua Sở ..."). */
const NOT_SUBJECT_BEFORE = new Set(["cua", "ve", "qua", "cho", "toi", "den", "theo", "tai", "giua", "voi", "len"]);

export interface MentionContext {
  pt: PlanText;
  registry: Registry;
}

/** Agencies mentioned in a span, with offsets in the plan text. */
export function mentionsIn(ctx: MentionContext, span: Span): Mention[] {
  const slice = ctx.pt.text.slice(span.start, span.end);
  return ctx.registry.findAgencies(slice).map((m) => ({
    agency: m.agency, matched: m.matched, start: span.start + m.start, end: span.start + m.end,
  }));
}

/** Folded words of a span of the plan text. */
export function wordsIn(ctx: MentionContext, span: Span): string[] {
  return tokenize(ctx.pt.text.slice(span.start, span.end)).map((t) => t.folded);
}

export function hasVerb(words: readonly string[]): boolean {
  const joined = ` ${words.join(" ")} `;
  return VERBS.some((v) => {
    const i = joined.indexOf(` ${v} `);
    if (i < 0) return false;
    // "các tổ chức" is a noun phrase, not "tổ chức" the verb.
    return !(v === "to chuc" && joined.slice(0, i).endsWith(" cac"));
  });
}

function lastWordBefore(ctx: MentionContext, offset: number, from: number): string | undefined {
  const tokens: Token[] = tokenize(ctx.pt.text.slice(from, offset));
  return tokens.at(-1)?.folded;
}

/**
 * The subject of a sentence: the first run of agencies before any verb, skipping names
 * owned by or addressed with a preposition. A leading "Căn cứ ...," or "Trên đây là
 * Kế hoạch ..." frame is allowed to contain verbs.
 */
export function subjectsOf(ctx: MentionContext, span: Span): Mention[] {
  const mentions = mentionsIn(ctx, span);
  const lead = wordsIn(ctx, { start: span.start, end: Math.min(span.end, span.start + 40) }).slice(0, 4).join(" ");
  const framed = /^(can cu|tren day la|de nghi)\b/.test(lead);
  const run: Mention[] = [];
  let cursor = span.start;
  let skippedBy: string | null = null;
  for (const m of mentions) {
    const gap = wordsIn(ctx, { start: cursor, end: m.start });
    if (run.length === 0) {
      if (!framed && hasVerb(wordsIn(ctx, { start: span.start, end: m.start }))) return [];
      // "phối hợp với A và B", "của Thủ tướng": owners and partners, and the names joined to them.
      const joined: boolean = skippedBy !== null && gap.length <= 2 && gap.every((w) => w === "va" || w === "cac") && (skippedBy !== "cua" || gap.includes("va"));
      const before = lastWordBefore(ctx, m.start, span.start) ?? "";
      if (joined || NOT_SUBJECT_BEFORE.has(before)) {
        skippedBy = joined ? skippedBy : before;
        cursor = m.end;
        continue;
      }
    } else if (hasVerb(gap) || gap.length > 6 || NOT_SUBJECT_BEFORE.has(gap.at(-1) ?? "")) {
      break;
    }
    run.push(m);
    cursor = m.end;
  }
  return run.filter((m, i) => run.findIndex((o) => o.agency.id === m.agency.id) === i);
}

/** Position (text offset, end of the phrase) of the first folded phrase in a span, or -1. */
export function phraseEnd(ctx: MentionContext, span: Span, phrase: string): number {
  const tokens = tokenize(ctx.pt.text.slice(span.start, span.end));
  const words = phrase.split(" ");
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, k) => tokens[i + k]?.folded === w)) return span.start + (tokens[i + words.length - 1] as Token).end;
  }
  return -1;
}

/** Start offset of the first folded phrase in a span, or -1. */
export function phraseStart(ctx: MentionContext, span: Span, phrase: string): number {
  const tokens = tokenize(ctx.pt.text.slice(span.start, span.end));
  const words = phrase.split(" ");
  for (let i = 0; i + words.length <= tokens.length; i++) {
    if (words.every((w, k) => tokens[i + k]?.folded === w)) return span.start + (tokens[i] as Token).start;
  }
  return -1;
}

/** The run of agencies that starts within a few words after `from` ("phối hợp với A; B; C và D"). */
export function runAfter(ctx: MentionContext, span: Span, from: number, maxLeadWords = 3): Mention[] {
  const run: Mention[] = [];
  let cursor = from;
  for (const m of mentionsIn(ctx, { start: from, end: span.end })) {
    const gap = wordsIn(ctx, { start: cursor, end: m.start });
    const limit = run.length === 0 ? maxLeadWords : 8;
    if (gap.length > limit || hasVerb(gap)) break;
    run.push(m);
    cursor = m.end;
  }
  return run;
}

/** "X chủ trì, phối hợp với A, B": X leads, A and B coordinate. Null when the sentence has no such pattern. */
export function leadAndCoordinators(ctx: MentionContext, span: Span): { leads: Mention[]; coordinators: Mention[] } | null {
  const chuTri = phraseStart(ctx, span, "chu tri");
  if (chuTri < 0) return null;
  const before = mentionsIn(ctx, { start: span.start, end: chuTri });
  const leads: Mention[] = [];
  let cursor = chuTri;
  for (const m of [...before].reverse()) {
    const gap = wordsIn(ctx, { start: m.end, end: cursor });
    if (gap.length > (leads.length === 0 ? 2 : 4) || hasVerb(gap)) break;
    leads.unshift(m);
    cursor = m.start;
  }
  return { leads, coordinators: coordinatorsAfter(ctx, span, chuTri) };
}

/** The agencies named after "phối hợp (với)" that follows `from`. */
export function coordinatorsAfter(ctx: MentionContext, span: Span, from: number): Mention[] {
  const afterChuTri = { start: from, end: span.end };
  const phoiHop = phraseEnd(ctx, afterChuTri, "phoi hop");
  if (phoiHop < 0) return [];
  const withEnd = phraseEnd(ctx, { start: phoiHop, end: Math.min(span.end, phoiHop + 8) }, "voi");
  return runAfter(ctx, span, withEnd > 0 ? withEnd : phoiHop);
}
