/**
 * Turns a free-text report into clauses of folded tokens that the triage rules match on,
 * while keeping the words as written so reasons can quote them. Folding comes from
 * src/core/vietnamese-text.ts, so "đánh", "danh" and "DANH" are one token; teen-speak
 * abbreviations ("ko", "dc", "bj", "mún") are expanded here, once, so the lexicon only
 * holds full words.
 */
import { foldWords } from "../../core/vietnamese-text.ts";
import { ABBREVIATIONS } from "./triage-lexicon.ts";

/** One clause: folded tokens, and for each token the index of the written word it came from. */
export interface Clause {
  tokens: string[];
  origin: number[];
  words: string[];
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
    .split(CLAUSE_BREAK)
    .map(toClause)
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
    for (const folded of southernNo ? ["khong"] : foldWords(word)) {
      for (const token of expand(folded)) {
        clause.tokens.push(token);
        clause.origin.push(index);
      }
    }
  });
  return clause;
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
