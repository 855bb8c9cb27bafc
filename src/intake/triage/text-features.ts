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

/** FNV-1a state after "f:", the prefix of fact features. */
const FACT_PREFIX = [..."f:"].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 0x01000193), 0x811c9dc5);

/** FNV-1a state after "c:", the prefix of character n-gram features. */
const CHAR_PREFIX = [..."c:"].reduce((h, ch) => Math.imul(h ^ ch.charCodeAt(0), 0x01000193), 0x811c9dc5);

/**
 * Buckets in the order first added, each with the sum of the values added to it: a Map from bucket to sum, as an
 * open-addressing table of typed arrays (a bucket is below 2^22, stored plus one so that 0 is an empty slot).
 */
class BucketSums {
  private readonly mask: number;
  private readonly slots: Int32Array;
  readonly buckets: number[] = [];
  readonly sums: number[] = [];

  constructor(most: number) {
    let size = 16;
    while (size < most * 2) size <<= 1;
    this.mask = size - 1;
    this.slots = new Int32Array(2 * size);
  }

  /** Position of the bucket in `buckets`, added (with a sum of 0) when new. */
  private at(bucket: number): number {
    let slot = Math.imul(bucket, 0x9e3779b1) & this.mask;
    for (;;) {
      const key = this.slots[2 * slot]!;
      if (key === bucket + 1) return this.slots[2 * slot + 1]!;
      if (key === 0) {
        const at = this.buckets.length;
        this.slots[2 * slot] = bucket + 1;
        this.slots[2 * slot + 1] = at;
        this.buckets.push(bucket);
        this.sums.push(0);
        return at;
      }
      slot = (slot + 1) & this.mask;
    }
  }

  /** Adds the bucket, if new, with nothing added to it. */
  add(bucket: number): void {
    this.at(bucket);
  }

  plus(bucket: number, value: number): void {
    const at = this.at(bucket);
    this.sums[at] = this.sums[at]! + value;
  }

  get size(): number {
    return this.buckets.length;
  }
}

/**
 * Character 3- to 5-grams of the folded text, words joined by one space and padded, hashed as
 * they are read (each is the FNV-1a of "c:" + the n-gram, as hashFeature would give), each once.
 */
function charGrams(folded: string): BucketSums {
  const s = ` ${folded.replace(/[^a-z0-9]+/g, " ").trim()} `;
  const out = new BucketSums(3 * s.length);
  for (let i = 0; i + 3 <= s.length; i++) {
    let h = CHAR_PREFIX;
    for (let n = 0; n < 5 && i + n < s.length; n++) {
      h = Math.imul(h ^ s.charCodeAt(i + n), 0x01000193);
      if (n >= 2) out.add((h >>> 0) & (FEATURE_BUCKETS - 1));
    }
  }
  return out;
}

/** FNV-1a state after the code units of `text`, from `h`. */
function fnv(h: number, text: string): number {
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h;
}

const PREFIX_STATE = { w: fnv(0x811c9dc5, "w:"), b: fnv(0x811c9dc5, "b:"), n: fnv(0x811c9dc5, "n:"), d: fnv(0x811c9dc5, "d:"), e: fnv(0x811c9dc5, "e:") } as const;
/** FNV-1a state of "_", the joiner of a pair. */
const JOIN = "_".charCodeAt(0);

/**
 * The word features of a message, each once, in the order first seen: a word ("w:", "n:", "d:" and the word) or a pair
 * ("b:", "e:", the first word, "_", the second). Kept as their parts, never joined into one string: the bucket is the
 * FNV-1a of the joined name all the same (hashFeature), read part by part.
 */
class WordFeatures {
  private readonly singles = { w: new Set<string>(), n: new Set<string>(), d: new Set<string>() };
  private readonly pairs = { b: new Map<string, Set<string>>(), e: new Map<string, Set<string>>() };
  /** The buckets, in the order their names were first added. */
  readonly buckets: number[] = [];

  single(kind: "w" | "n" | "d", word: string): void {
    const seen = this.singles[kind];
    if (seen.has(word)) return;
    seen.add(word);
    this.buckets.push((fnv(PREFIX_STATE[kind], word) >>> 0) & (FEATURE_BUCKETS - 1));
  }

  pair(kind: "b" | "e", first: string, second: string): void {
    let seconds = this.pairs[kind].get(first);
    if (!seconds) this.pairs[kind].set(first, (seconds = new Set()));
    else if (seconds.has(second)) return;
    seconds.add(second);
    const h = Math.imul(fnv(PREFIX_STATE[kind], first) ^ JOIN, 0x01000193);
    this.buckets.push((fnv(h, second) >>> 0) & (FEATURE_BUCKETS - 1));
  }
}

/** Folded words, neighbouring pairs, and the words a negator governs, clause by clause. */
function wordGrams(text: string, out: WordFeatures): void {
  for (const clause of splitReport(text)) {
    let negatedUntil = -1;
    const tokens = clause.tokens;
    for (let i = 0; i < tokens.length; i++) {
      const token = tokens[i]!;
      out.single("w", token);
      const next = tokens[i + 1];
      if (next !== undefined) out.pair("b", token, next);
      if (i <= negatedUntil) out.single("n", token);
      if (NEGATORS.has(token)) negatedUntil = i + NEGATION_REACH;
    }
  }
}

/** Words as written (lower case, diacritics kept) and their pairs, for text typed with diacritics. */
function writtenGrams(canonical: string, out: WordFeatures): void {
  const words = canonical.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!;
    out.single("d", word);
    const next = words[i + 1];
    if (next !== undefined) out.pair("e", word, next);
  }
}

/**
 * The features of one message. `facts` are extra feature names (rule codes, extracted facts)
 * that the caller computed; each group is scaled so that a long message's many n-grams do not
 * drown its few facts.
 */
export function textFeatures(text: string, facts: readonly string[] = []): Feature[] {
  const clipped = text.slice(0, MAX_CHARS);
  const canonical = canonicalVietnamese(clipped);
  const chars = charGrams(foldVietnamese(canonical));
  const words = new WordFeatures();
  wordGrams(clipped, words);
  if (hasVietnameseDiacritics(clipped)) writtenGrams(canonical, words);
  const factNames = new Set(facts);
  const out = new BucketSums(chars.size + words.buckets.length + factNames.size);
  const charValue = 1 / Math.sqrt(Math.max(1, chars.size));
  for (const bucket of chars.buckets) out.plus(bucket, charValue);
  const wordValue = 1 / Math.sqrt(Math.max(1, words.buckets.length));
  for (const bucket of words.buckets) out.plus(bucket, wordValue);
  for (const fact of factNames) out.plus((fnv(FACT_PREFIX, fact) >>> 0) & (FEATURE_BUCKETS - 1), 0.5);
  const features: Feature[] = new Array(out.size);
  for (let i = 0; i < out.size; i++) features[i] = { bucket: out.buckets[i]!, value: out.sums[i]! };
  return features;
}
