/**
 * Folded-token phrase matching with offsets into the original text. Agency and province
 * names are matched as whole words after folding (no diacritics, đ = d, dashes and
 * punctuation ignored), so "Sở Lao động – TBXH", "so lao dong - tbxh" and
 * "Sở Lao động -TBXH" meet, while a short alias such as "TAND" never matches inside a
 * longer word.
 */
import { foldVietnamese } from "../../core/vietnamese-text.ts";

/** One word of the input: its folded form and where it sits in the original string. */
export interface Token {
  folded: string;
  start: number;
  end: number;
}

/** A phrase found in a token list: token range [first, last] and what it stands for. */
export interface PhraseMatch<T> {
  first: number;
  last: number;
  value: T;
}

interface TrieNode<T> {
  children: Map<string, TrieNode<T>>;
  values: T[];
}

// "&" is its own token so that "GD&ĐT" and "GD & ĐT" give the same words.
const WORD = /[\p{L}\p{N}\p{M}]+|&/gu;

// Words repeat endlessly in plans and questions; folding each distinct word once keeps matching fast.
const foldedWords = new Map<string, string>();
const MAX_CACHED_WORDS = 100_000;
const MAX_CACHED_WORD_LENGTH = 40;

/** True when every character of the word is a lower-case ASCII letter, a digit or "&": such a word folds to itself. */
function foldsToItself(word: string): boolean {
  for (let i = 0; i < word.length; i++) {
    const c = word.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c === 38)) return false;
  }
  return true;
}

function foldWord(word: string): string {
  // Most words of folded or unmarked text are already folded: no lookup, no fold.
  if (foldsToItself(word)) return word;
  let folded = foldedWords.get(word);
  if (folded === undefined) {
    folded = foldVietnamese(word).replace(/[^a-z0-9&]/g, "");
    if (word.length > MAX_CACHED_WORD_LENGTH) return folded; // no name is that long: a flood of long junk words is not kept
    if (foldedWords.size >= MAX_CACHED_WORDS) foldedWords.clear();
    foldedWords.set(word, folded);
  }
  return folded;
}

/** Splits text into folded words with their offsets in `text`. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  // exec on the shared pattern, not matchAll (which copies the pattern and builds an iterator on every call).
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const folded = foldWord(m[0]);
    if (folded.length === 0) continue;
    tokens.push({ folded, start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}

/** The folded words of a phrase, the key the trie is built on. */
export function phraseKey(phrase: string): string[] {
  return tokenize(phrase).map((t) => t.folded);
}

/** A trie of folded phrases; `matchAll` lists every phrase occurrence in a token list. */
export class PhraseTrie<T> {
  private readonly root: TrieNode<T> = { children: new Map(), values: [] };

  add(key: readonly string[], value: T): void {
    if (key.length === 0) return;
    let node = this.root;
    for (const word of key) {
      let next = node.children.get(word);
      if (!next) {
        next = { children: new Map(), values: [] };
        node.children.set(word, next);
      }
      node = next;
    }
    if (!node.values.includes(value)) node.values.push(value);
  }

  /** The values stored under exactly this key. */
  get(key: readonly string[]): readonly T[] {
    let node: TrieNode<T> | undefined = this.root;
    for (const word of key) {
      node = node.children.get(word);
      if (!node) return [];
    }
    return node.values;
  }

  /** Every stored phrase (words joined by a space) with its values. */
  entries(): Array<[string, T]> {
    const out: Array<[string, T]> = [];
    const walk = (node: TrieNode<T>, path: string[]): void => {
      for (const v of node.values) out.push([path.join(" "), v]);
      for (const [w, child] of node.children) walk(child, [...path, w]);
    };
    walk(this.root, []);
    return out;
  }

  /** The last index of the longest stored phrase that starts at `words[from]` and ends before `limit`; -1 when none does. */
  longestAt(words: readonly string[], from: number, limit: number = words.length): number {
    let node: TrieNode<T> | undefined = this.root;
    let last = -1;
    for (let j = from; j < limit && j < words.length; j++) {
      node = node.children.get(words[j] as string);
      if (!node) break;
      if (node.values.length > 0) last = j;
    }
    return last;
  }

  /** Every (start, end, value) where a stored phrase occurs in `words`. */
  matchAll(words: readonly string[]): PhraseMatch<T>[] {
    const found: PhraseMatch<T>[] = [];
    for (let i = 0; i < words.length; i++) {
      let node: TrieNode<T> | undefined = this.root;
      for (let j = i; j < words.length && node; j++) {
        node = node.children.get(words[j] as string);
        if (!node) break;
        for (const value of node.values) found.push({ first: i, last: j, value });
      }
    }
    return found;
  }
}

/** Keeps the longest matches first, dropping any that overlap a longer one; returns them in text order. */
export function selectLongest<T>(matches: readonly PhraseMatch<T>[]): PhraseMatch<T>[] {
  const byLength = [...matches].sort((a, b) => (b.last - b.first) - (a.last - a.first) || a.first - b.first);
  const taken: PhraseMatch<T>[] = [];
  for (const m of byLength) {
    if (taken.some((t) => m.first <= t.last && t.first <= m.last)) continue;
    taken.push(m);
  }
  return taken.sort((a, b) => a.first - b.first);
}

/** Levenshtein distance, bounded: returns `limit + 1` as soon as the distance exceeds `limit`. */
export function boundedEditDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const v = Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      row.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > limit) return limit + 1;
    prev = row;
  }
  return prev[b.length] as number;
}
