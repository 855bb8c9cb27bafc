/**
 * Turns a free-text report into clauses of folded tokens that the triage rules match on,
 * while keeping the words as written so reasons can quote them. Folding comes from
 * src/core/vietnamese-text.ts, so "đánh", "danh" and "DANH" are one token; teen-speak
 * abbreviations ("ko", "dc", "bj", "mún") are expanded here, once, so the lexicon only
 * holds full words.
 */
import { foldVietnamese, foldWords } from "../../core/vietnamese-text.ts";
import { ABBREVIATIONS, TEEN_NOW_CLOCK, TEEN_NOW_PAIRS } from "./triage-lexicon.ts";

/** One clause: folded tokens, and for each token the index of the written word it came from. */
export interface Clause {
  tokens: string[];
  origin: number[];
  words: string[];
  /** The line of the text the clause stands on (a report's parts are joined by line breaks: the story, then what the flow added). */
  line?: number;
}

/** Clauses are cut at sentence and comma punctuation: negation and "đang ..." never cross them. */
const CLAUSE_BREAK = /[.,;:!?\n\r()[\]{}"“”…]+/u;
/** Words as written: letters, digits and the joiners that foldWords keeps. */
const WORD = /[\p{L}\p{M}\p{N}&/%']+/gu;

/** The last texts split: one report is split several times while it is read. Small, so no text is kept for long; callers never change the clauses. */
const SPLIT_CACHE_SIZE = 64;
const splitCache = new Map<string, Clause[]>();

/** Splits a report into clauses of expanded folded tokens. */
export function splitReport(text: string): Clause[] {
  const cached = splitCache.get(text);
  if (cached) {
    splitCache.delete(text);
    splitCache.set(text, cached);
    return cached;
  }
  const clauses = text
    .normalize("NFC")
    .split(/\r?\n/)
    .flatMap((line, at) => line.split(CLAUSE_BREAK).map((raw): Clause => ({ ...toClause(raw), line: at })))
    .filter((c) => c.tokens.length > 0);
  splitCache.set(text, clauses);
  if (splitCache.size > SPLIT_CACHE_SIZE) splitCache.delete(splitCache.keys().next().value!);
  return clauses;
}

/** Words "hông" says "không" before (as written): a verb or what a denial goes with, never a noun ("đau hông", "hông trái"). */
const HONG_BEFORE: ReadonlySet<string> = new Set(["nói", "có", "biết", "muốn", "được", "dám", "chịu", "thấy", "cho", "đi", "ăn", "ngủ", "sao", "phải", "còn", "bị", "làm", "đánh", "về", "học", "nghe", "hề", "bao", "định", "tính", "nghĩ"]);

/** Words after which "hông" is the hip: "đau hông", "đá vào hông", "bên hông". */
const HIP_AFTER: ReadonlySet<string> = new Set(["đau", "vào", "vô", "bên", "ở", "hai", "eo", "ngang", "trái", "phải", "sau", "tới", "đến", "bầm", "mỏi", "gãy", "xương"]);

function toClause(raw: string): Clause {
  // A quote mark is not part of the word it touches: "'tạm biệt'" is "tạm biệt"; "don't" keeps its own.
  const words = (raw.match(WORD) ?? []).map((w) => w.replace(/^'+|'+$/g, "")).filter((w) => w.length > 0);
  const clause: Clause = { tokens: [], origin: [], words };
  words.forEach((word, index) => {
    // Southern "hổng" is "không"; with its tone it is no other common word (unlike "hông" or "Hồng").
    // "hông" (the hip) is "không" before a verb: "nó hông nói muốn chết", "hông có", "hông biết".
    const southernNo = word.toLowerCase() === "hổng" || (word.toLowerCase() === "hông" && HONG_BEFORE.has((words[index + 1] ?? "").toLowerCase()) && !HIP_AFTER.has((words[index - 1] ?? "").toLowerCase()));
    for (const token of southernNo ? KHONG : tokensOfWord(word)) {
      clause.tokens.push(token);
      clause.origin.push(index);
    }
  });
  return withTeenNow(clause);
}

/** The clause with "bây giờ" typed short over several words ("bi h", "bay h", "bj h") as the tokens "bay gio". */
function withTeenNow(clause: Clause): Clause {
  const spans = teenNowSpans(clause.tokens, clause.origin.map((o) => clause.words[o] ?? ""));
  if (spans.size === 0) return clause;
  const out: Clause = { tokens: [], origin: [], words: clause.words };
  for (let k = 0; k < clause.tokens.length; k++) {
    const n = spans.get(k);
    if (n === undefined) {
      out.tokens.push(clause.tokens[k]!);
      out.origin.push(clause.origin[k]!);
      continue;
    }
    out.tokens.push("bay", "gio");
    out.origin.push(clause.origin[k]!, clause.origin[k + n - 1]!);
    k += n - 1;
  }
  return out;
}

/** One-word forms of "bây giờ" ("bh", "bjo", "bgio"): the abbreviations that stand for "bay gio". */
export const TEEN_NOW_WORDS: ReadonlySet<string> = new Set([...ABBREVIATIONS].filter(([, full]) => full === "bay gio").map(([short]) => short));

/**
 * Where "bây giờ" is typed short over several words ("bi h", "bay h", "bay jo", "bj h"), in folded words and as written (the same
 * length): start -> how many words. Not when a first word is written with diacritics ("bảy h" is seven o'clock, "bị" is no
 * "bi"), nor before a time of day or a number ("bay h sang": 7 a.m.).
 */
export function teenNowSpans(folded: readonly string[], written: readonly string[]): Map<number, number> {
  const spans = new Map<number, number>();
  for (let i = 0; i < folded.length; i++) {
    const pair = TEEN_NOW_PAIRS.find((p) => p.every((w, k) => folded[i + k] === w));
    if (!pair) continue;
    const first = (written[i] ?? "").normalize("NFC").toLowerCase();
    const after = folded[i + pair.length] ?? "";
    if (first !== foldVietnamese(first) || TEEN_NOW_CLOCK.has(after) || /^\d/.test(after)) continue;
    spans.set(i, pair.length);
    i += pair.length - 1;
  }
  return spans;
}

/** A folded key ("bh ba e dang say", "bi h thi chua") with "bây giờ" typed short read as "bay gio": for every reading of now. */
export function teenNowKey(key: string): string {
  const words = key.split(" ").flatMap((w) => (TEEN_NOW_WORDS.has(w) ? ["bay", "gio"] : [w]));
  const spans = teenNowSpans(words, words);
  if (spans.size === 0) return words.join(" ");
  return words.flatMap((w, i) => (spans.has(i) ? ["bay", "gio"] : [...spans].some(([s, n]) => i > s && i < s + n) ? [] : [w])).join(" ");
}

const KHONG: readonly string[] = ["khong"];

/** The tokens of one written word (folded, abbreviations expanded), kept for the words seen: a pure function of the word, read again in every report. */
const WORD_TOKENS_LIMIT = 50_000;
const wordTokens = new Map<string, readonly string[]>();

function tokensOfWord(word: string): readonly string[] {
  let tokens = wordTokens.get(word);
  if (tokens === undefined) {
    tokens = foldWords(word).flatMap(expand);
    if (wordTokens.size >= WORD_TOKENS_LIMIT) wordTokens.clear();
    wordTokens.set(word, tokens);
  }
  return tokens;
}

function expand(token: string): string[] {
  // "11h đêm", "23h30": the hour and the "h" are two tokens, so "h dem" (at night) can match.
  const hour = /^(\d{1,2})h(\d{0,2})$/.exec(token);
  if (hour) return [hour[1]!, "h", ...(hour[2] ? [hour[2]] : [])];
  const full = ABBREVIATIONS.get(token);
  return full ? full.split(" ") : [token];
}

/** The written words behind tokens [start, end) of a clause, for quoting in reasons. */
export function quoteSpan(clause: Clause, start: number, end: number): string {
  const first = clause.origin[start] ?? 0;
  const last = clause.origin[Math.max(start, end - 1)] ?? first;
  return clause.words.slice(first, last + 1).join(" ");
}
