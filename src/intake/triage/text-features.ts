/**
 * The features the triage model reads from a message: character n-grams of the folded text
 * (they survive typos, teencode and missing diacritics), folded words and word pairs, the
 * words as written with their diacritics where the text has them ("đấm" and "đám" differ
 * there, and only there), words under a negation, and the facts the rules extracted
 * (report-facts.ts). Each feature is a string hashed to a bucket, so nothing needs a
 * vocabulary at run time; the model file keeps only the buckets its training data used.
 */
import { canonicalVietnamese, foldVietnamese, hasVietnameseDiacritics } from "../../core/vietnamese-text.ts";
import { splitReport } from "./report-text.ts";
import { NEGATORS } from "./triage-lexicon.ts";

/** Buckets of the hashing trick; a power of two. */
export const FEATURE_BUCKETS = 1 << 22;
/** Reports longer than this are read up to here: the start says what happened. */
const MAX_CHARS = 3000;
/** Words after a negator that it governs ("không hề bị đánh"). */
const NEGATION_REACH = 4;

/** One hashed feature and its value. */
export interface Feature {
  bucket: number;
  value: number;
}

/** 32-bit FNV-1a of a string's UTF-16 code units: stable across runs and machines. */
export function hashFeature(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0) & (FEATURE_BUCKETS - 1);
}

/** FNV-1a state after "c:", the prefix of character n-gram features. */
const CHAR_PREFIX = [..."c:"].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 0x01000193), 0x811c9dc5);

/**
 * Character 3- to 5-grams of the folded text, words joined by one space and padded, hashed as
 * they are read (each is the FNV-1a of "c:" + the n-gram, as hashFeature would give).
 */
function charGrams(folded: string, out: Set<number>): void {
  const s = ` ${folded.replace(/[^a-z0-9]+/g, " ").trim()} `;
  for (let i = 0; i + 3 <= s.length; i++) {
    let h = CHAR_PREFIX;
    for (let n = 0; n < 5 && i + n < s.length; n++) {
      h = Math.imul(h ^ s.charCodeAt(i + n), 0x01000193);
      if (n >= 2) out.add((h >>> 0) & (FEATURE_BUCKETS - 1));
    }
  }
}

/** Folded words, neighbouring pairs, and the words a negator governs, clause by clause. */
function wordGrams(text: string, out: Set<string>): void {
  for (const clause of splitReport(text)) {
    let negatedUntil = -1;
    clause.tokens.forEach((token, i) => {
      out.add(`w:${token}`);
      const next = clause.tokens[i + 1];
      if (next !== undefined) out.add(`b:${token}_${next}`);
      if (i <= negatedUntil) out.add(`n:${token}`);
      if (NEGATORS.has(token)) negatedUntil = i + NEGATION_REACH;
    });
  }
}

/** Words as written (lower case, diacritics kept) and their pairs, for text typed with diacritics. */
function writtenGrams(canonical: string, out: Set<string>): void {
  const words = canonical.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  words.forEach((word, i) => {
    out.add(`d:${word}`);
    const next = words[i + 1];
    if (next !== undefined) out.add(`e:${word}_${next}`);
  });
}

/**
 * The features of one message. `facts` are extra feature names (rule codes, extracted facts)
 * that the caller computed; each group is scaled so that a long message's many n-grams do not
 * drown its few facts.
 */
export function textFeatures(text: string, facts: readonly string[] = []): Feature[] {
  const clipped = text.slice(0, MAX_CHARS);
  const canonical = canonicalVietnamese(clipped);
  const chars = new Set<number>();
  charGrams(foldVietnamese(canonical), chars);
  const words = new Set<string>();
  wordGrams(clipped, words);
  if (hasVietnameseDiacritics(clipped)) writtenGrams(canonical, words);
  const out = new Map<number, number>();
  const add = (names: Iterable<string>, value: number) => {
    for (const name of names) {
      const bucket = hashFeature(name);
      out.set(bucket, (out.get(bucket) ?? 0) + value);
    }
  };
  const charValue = 1 / Math.sqrt(Math.max(1, chars.size));
  for (const bucket of chars) out.set(bucket, (out.get(bucket) ?? 0) + charValue);
  add(words, 1 / Math.sqrt(Math.max(1, words.size)));
  add(new Set(facts.map((f) => `f:${f}`)), 0.5);
  return [...out].map(([bucket, value]) => ({ bucket, value }));
}
