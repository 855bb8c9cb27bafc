/**
 * Correction of the usual OCR confusions of Vietnamese diacritics ("dụng" for "dựng", "tính"
 * for "tỉnh", "THỤC" for "THỰC") with the words the project already holds: the agency names
 * and aliases of the registry and the shipped plans. The lexicon keeps each word (lower case)
 * and each pair of neighbouring words; a word is found by its folded form (no diacritics).
 *
 * A word the engine read with low confidence is replaced only when the choice is not a guess:
 * - it is not a known word and exactly one known word has its folded form, or is the word with
 *   a letter the engine read twice left out ("LĐĐTBXH"), or is known words run together
 *   ("SởTàichính") that stand side by side in the lexicon; or
 * - it is not a known word, or it is one that never stands next to its neighbours, and exactly
 *   one known word of the same folded form does stand next to them (in two places at least).
 * Anything else is left as read, so the text stays what the engine saw unless the registry and
 * the plans agree on one reading.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { foldVietnamese } from "../../core/vietnamese-text.ts";

export interface Lexicon {
  /** Lower-case word to number of occurrences. */
  words: Map<string, number>;
  /** Folded form to the known words that fold to it. */
  byFold: Map<string, Set<string>>;
  /** "a b" (lower case) to number of occurrences of the pair. */
  pairs: Map<string, number>;
}

/** Below this word confidence (0-100) a word may be corrected. */
export const LOW_WORD_CONFIDENCE = 95;

const lower = (s: string) => s.normalize("NFC").toLowerCase();

/** The words (runs of letters) of a text, lower case, with null where punctuation or a line end breaks the run of words. */
function wordRuns(text: string): Array<string | null> {
  const out: Array<string | null> = [];
  for (const token of text.normalize("NFC").split(/\s+/)) {
    if (!token) continue;
    const m = /^[^\p{L}]*(\p{L}+)([^\p{L}]*)$/u.exec(token);
    if (!m) {
      out.push(null);
      continue;
    }
    out.push(lower(m[1]!));
    if (/[.,;:!?()"“”…]/.test(m[2]!)) out.push(null);
  }
  return out;
}

/** A lexicon of the given texts. */
export function buildLexicon(texts: Iterable<string>): Lexicon {
  const lexicon: Lexicon = { words: new Map(), byFold: new Map(), pairs: new Map() };
  for (const text of texts) {
    for (const line of text.split(/\r?\n|\t/)) {
      const runs = wordRuns(line);
      for (let i = 0; i < runs.length; i++) {
        const w = runs[i];
        if (!w) continue;
        lexicon.words.set(w, (lexicon.words.get(w) ?? 0) + 1);
        const f = foldVietnamese(w);
        const set = lexicon.byFold.get(f) ?? new Set<string>();
        set.add(w);
        lexicon.byFold.set(f, set);
        const next = runs[i + 1];
        if (next) lexicon.pairs.set(`${w} ${next}`, (lexicon.pairs.get(`${w} ${next}`) ?? 0) + 1);
      }
    }
  }
  return lexicon;
}

const CONTENT = fileURLToPath(new URL("../../../content/", import.meta.url));

/** The texts the default lexicon is made of: every name and alias of the registry's agencies, and the shipped plans. */
export function projectVocabulary(contentDir: string = CONTENT): string[] {
  const texts: string[] = [];
  try {
    const agencies = JSON.parse(readFileSync(join(contentDir, "registry", "agencies.json"), "utf8")) as Array<{ name?: string; aliases?: string[] }>;
    for (const a of agencies) texts.push(...[a.name ?? "", ...(a.aliases ?? [])].filter((s) => s !== ""));
  } catch {
    // no registry: the plans alone
  }
  try {
    const dir = join(contentDir, "plans");
    for (const f of readdirSync(dir).filter((n) => n.endsWith(".txt")).sort()) texts.push(readFileSync(join(dir, f), "utf8"));
  } catch {
    // no plans
  }
  return texts;
}

let projectLexicon: Lexicon | null = null;

/** The lexicon of the registry and the shipped plans, made on first use. */
export function defaultLexicon(): Lexicon {
  projectLexicon ??= buildLexicon(projectVocabulary());
  return projectLexicon;
}

/** `word` written with the case pattern of `like`: all capitals, a capital first, or lower case. */
function withCaseOf(word: string, like: string): string {
  if (like === like.toUpperCase() && like !== like.toLowerCase() && [...like].length > 1) return word.toUpperCase();
  if (like[0] !== like[0]!.toLowerCase()) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

export interface OcrWordText {
  text: string;
  /** 0-100 as the engine gives it. */
  confidence: number;
}

/** The letters of a token, with what stands before and after them ("(dụng," -> "(", "dụng", ","); null when it is not one run of letters. */
function split(token: string): [string, string, string] | null {
  const m = /^([^\p{L}]*)(\p{L}+)([^\p{L}]*)$/u.exec(token.normalize("NFC"));
  return m ? [m[1]!, m[2]!, m[3]!] : null;
}

/**
 * The words of one OCR line with diacritic confusions corrected (see the module comment);
 * punctuation around a word and the word's case are kept. `before` is the last word of the
 * line above when this line continues it. Returns new texts, one per word.
 */
export function correctDiacritics(words: readonly OcrWordText[], lexicon: Lexicon, options: { threshold?: number; before?: string | null } = {}): string[] {
  const threshold = options.threshold ?? LOW_WORD_CONFIDENCE;
  const parts = words.map((w) => split(w.text));
  const core = parts.map((p) => (p ? lower(p[1]) : null));
  // The last word of the line before, when the line continues it (no punctuation after it).
  const before = options.before ? split(options.before) : null;
  const lead = before && !before[2] ? lower(before[1]) : null;
  // A neighbour counts only when no punctuation stands between: "dựng," does not pair with the next word.
  const prevOf = (i: number) => (i === 0 ? (parts[0] && !parts[0][0] ? lead : null) : parts[i - 1] && !parts[i - 1]![2] && !parts[i]![0] ? core[i - 1] ?? null : null);
  const nextOf = (i: number) => (i + 1 < parts.length && parts[i + 1] && !parts[i]![2] && !parts[i + 1]![0] ? core[i + 1] ?? null : null);
  const pair = (a: string | null, b: string | null) => (a && b ? lexicon.pairs.get(`${a} ${b}`) ?? 0 : 0);
  return words.map((w, i) => {
    const p = parts[i];
    const word = core[i];
    if (!p || !word || w.confidence >= threshold) return w.text;
    const known = lexicon.words.has(word);
    // "hoá" and "hóa" are one word spelled two ways (the tone mark on another vowel): never "corrected" into each other.
    const candidates = [...(lexicon.byFold.get(foldVietnamese(word)) ?? [])].filter((c) => c !== word && marksOf(c) !== marksOf(word));
    if (candidates.length === 0) {
      if (known) return w.text;
      // A letter read twice ("LĐĐTBXH"): the word without one of the pair, when that is a known word and the only one.
      const single = [...new Set(undoubled(word).filter((c) => lexicon.words.has(c)))];
      if (single.length === 1) return p[0] + withCaseOf(single[0]!, p[1]) + p[2];
      // Words run together ("SởTàichính"): split where known words that stand together in the lexicon meet.
      const cuts = spacesIn(p[1], lexicon);
      return cuts ? p[0] + cuts + p[2] : w.text;
    }
    const prev = prevOf(i);
    const next = nextOf(i);
    let choice: string | null = null;
    if (!known && candidates.length === 1) choice = candidates[0]!;
    else if (prev || next) {
      const fits = pair(prev, word) + pair(word, next);
      const supported = candidates.filter((c) => pair(prev, c) + pair(c, next) >= 2);
      if (fits === 0 && supported.length === 1) choice = supported[0]!;
    }
    return choice ? p[0] + withCaseOf(choice, p[1]) + p[2] : w.text;
  });
}

/** The word with one letter of each pair of equal neighbouring letters (diacritics aside) left out. */
function undoubled(word: string): string[] {
  const letters = [...word];
  const out: string[] = [];
  for (let i = 0; i + 1 < letters.length; i++) {
    if (foldVietnamese(letters[i]!) === foldVietnamese(letters[i + 1]!)) {
      out.push([...letters.slice(0, i), ...letters.slice(i + 1)].join(""), [...letters.slice(0, i + 1), ...letters.slice(i + 2)].join(""));
    }
  }
  return out;
}

/**
 * `letters` (one unknown run of letters) as known words with spaces between, when it can be cut
 * into two to four known words each of which stands next to the following one in the lexicon;
 * the cut into the fewest words, and null when there is none or two cuts tie.
 */
export function spacesIn(letters: string, lexicon: Lexicon): string | null {
  const chars = [...letters];
  const low = chars.map((c) => c.toLowerCase());
  let best: number[][] = [];
  const walk = (from: number, cuts: number[]) => {
    if (cuts.length > 4) return;
    if (from === chars.length) {
      if (cuts.length < 2) return;
      if (best.length === 0 || cuts.length < best[0]!.length) best = [[...cuts]];
      else if (cuts.length === best[0]!.length) best.push([...cuts]);
      return;
    }
    for (let to = from + 1; to <= chars.length; to++) {
      const word = low.slice(from, to).join("");
      if (!lexicon.words.has(word)) continue;
      const prev = cuts.length > 0 ? low.slice(cuts.length > 1 ? cuts[cuts.length - 2]! : 0, from).join("") : null;
      if (prev !== null && !lexicon.pairs.has(`${prev} ${word}`)) continue;
      cuts.push(to);
      walk(to, cuts);
      cuts.pop();
    }
  };
  walk(0, []);
  if (best.length !== 1) return null;
  let at = 0;
  return best[0]!.map((end) => chars.slice(at, (at = end)).join("")).join(" ");
}

/** The letters and the diacritics of a word, wherever on the word the marks sit. */
function marksOf(word: string): string {
  const decomposed = word.normalize("NFD");
  return `${foldVietnamese(word)}:${[...decomposed.replace(/[^\u0300-\u036f]/g, "")].sort().join("")}:${(word.match(/[đĐ]/g) ?? []).length}`;
}
