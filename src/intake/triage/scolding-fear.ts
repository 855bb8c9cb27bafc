/**
 * A child's fear of being scolded ("sợ bị mẹ mắng", "e sợ về nhà bị ba la", "scared mum will be mad"): a fear word, then within
 * six words a scolding word, with no harm word between or right after it. What lies inside is a reaction feared, not a harm
 * told: the one who would scold is no one who harms, and the words raise no flag. A fear of a beating ("sợ bị đánh") is not one.
 * The words are data (content/triage/lexicon.json, scoldingFeared), matched as written when the word has diacritics.
 */
import { foldVietnamese } from "../../core/vietnamese-text.ts";
import { SCOLDING_FEARED, type ScoldingWords } from "./triage-lexicon.ts";

/** One of a list's words as written, and as folded for a word typed without diacritics. */
interface WordList {
  written: ReadonlySet<string>;
  folded: ReadonlySet<string>;
}

function wordList(words: readonly string[]): WordList {
  return { written: new Set(words), folded: new Set(words.map((w) => foldVietnamese(w))) };
}

let lists: { fear: WordList; scold: WordList; harm: WordList } | undefined;

function shipped(words: ScoldingWords = SCOLDING_FEARED): NonNullable<typeof lists> {
  lists ??= { fear: wordList(words.fear), scold: wordList(words.scold), harm: wordList(words.harm) };
  return lists;
}

/** Whether a word is one of the list's: as written, or folded when it is typed without diacritics. */
function isIn(list: WordList, written: string, folded: string): boolean {
  return asWritten(list, written) || (written.normalize("NFC").toLowerCase() === folded && list.folded.has(folded));
}

function asWritten(list: WordList, written: string): boolean {
  return list.written.has(written.normalize("NFC").toLowerCase());
}

/** Who scolds, right before a scolding typed without diacritics ("bi mang", "me la", "co giao la"): "tren mang" is online, "nguoi la" a stranger (folded). */
const SCOLDER_BEFORE: ReadonlySet<string> = new Set(["bi", "me", "ma", "bo", "ba", "cha", "co", "thay", "giao", "chu", "bac", "cau", "di", "ong", "ay", "no", "ho", "ta", "minh"]);

/**
 * A scolding word at j: as written in a text with diacritics ("la" there is no "là"), or, typed without them, a Vietnamese word
 * that folds like others only right after who scolds ("me la", "bi mang"; "nguoi la" is a stranger, "tren mang" online).
 */
function scoldAt(scold: WordList, folded: readonly string[], written: readonly string[], j: number, diacritics: boolean): boolean {
  if (!isIn(scold, written[j] ?? "", folded[j]!)) return false;
  const bare = written[j]!.normalize("NFC").toLowerCase() === folded[j];
  return !bare || diacritics || !VIETNAMESE_SCOLD.has(folded[j]!) || SCOLDER_BEFORE.has(folded[j - 1] ?? "");
}

/** Scolding words of Vietnamese that fold like other words ("mang": mạng, mang; "la": là, lạ; "chui": chui). */
const VIETNAMESE_SCOLD: ReadonlySet<string> = new Set(["mang", "la", "ray", "que", "trach", "gian", "chui", "cau"]);

/** How far a scolding word may stand after the fear ("sợ về nhà bị ba la": six words). */
const REACH = 6;

/**
 * The spans [start, end) of feared scoldings in a run of words of one clause or sentence, given folded and as written (the
 * same length). Several readings use it: the rules on a clause's tokens, the fact extractor on a sentence's words.
 */
export function scoldingFearSpans(folded: readonly string[], written: readonly string[]): Array<[number, number]> {
  const { fear, scold, harm } = shipped();
  const spans: Array<[number, number]> = [];
  const diacritics = written.some((w) => w.normalize("NFC").toLowerCase() !== foldVietnamese(w));
  for (let i = 0; i < folded.length; i++) {
    if (!isIn(fear, written[i] ?? "", folded[i]!)) continue;
    for (let j = i + 1; j <= i + REACH && j < folded.length; j++) {
      if (isIn(harm, written[j] ?? "", folded[j]!)) break;
      if (!scoldAt(scold, folded, written, j, diacritics)) continue;
      // "sợ bị mắng rồi đánh": a harm right after the scolding makes it a fear of harm.
      if ([1, 2, 3].some((k) => j + k < folded.length && isIn(harm, written[j + k] ?? "", folded[j + k]!))) break;
      spans.push([i, j + 1]);
      i = j;
      break;
    }
  }
  return spans;
}

/** Whether any fear of harm is told in the words ("sợ bị đánh", "scared he'll hit me"): then a fear of going home is of harm. */
export function harmFeared(folded: readonly string[], written: readonly string[]): boolean {
  const { fear, harm } = shipped();
  return folded.some((f, i) => isIn(fear, written[i] ?? "", f) && folded.slice(i + 1, i + 1 + REACH).some((g, k) => isIn(harm, written[i + 1 + k] ?? "", g)));
}
