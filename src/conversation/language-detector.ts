/**
 * Vietnamese or English for one message. The question parser's detector is tuned on questions
 * about plans; a reporter's story ("I am 12 and my brother hits me") is told with pronouns and
 * everyday verbs, so those count too. Text with Vietnamese diacritics (outside capitalised
 * names) is Vietnamese; text typed without them is Vietnamese unless English words clearly
 * outnumber Vietnamese ones.
 */
import { foldKey, hasVietnameseDiacritics } from "../core/vietnamese-text.ts";
import type { Language } from "../core/message-types.ts";

const ENGLISH = new Set([
  "i", "im", "am", "is", "are", "was", "were", "been", "my", "mine", "you", "your", "he", "she", "him", "her", "his", "they", "them", "their",
  "we", "our", "us", "it", "its", "the", "a", "and", "or", "but", "of", "to", "in", "on", "at", "with", "for", "from", "by", "about", "when", "what",
  "who", "where", "why", "how", "which", "this", "that", "there", "here", "not", "no", "yes", "do", "does", "did", "dont", "have", "has", "had", "will",
  "would", "can", "could", "should", "every", "day", "night", "home", "school", "hits", "hit", "beats", "hurts", "touches", "scared", "afraid", "please",
  "help", "child", "children", "kid", "kids", "girl", "boy", "daughter", "son", "brother", "sister", "father", "mother", "dad", "mom", "mum", "parents",
  "neighbour", "neighbor", "teacher", "old", "years", "live", "lives", "want", "report", "happened", "now", "today", "yesterday", "again",
  // Words of a short cry for help as people type it ("pls help", "i just wanna disappear tbh"): English only, no Vietnamese word folds so.
  "pls", "plz", "need", "just", "wanna", "gonna", "someone", "somebody", "hurt", "hurting", "abuse", "abused", "disappear", "die", "kill",
  "friend", "beat", "beaten", "beating", "hitting", "touched", "scary", "anymore", "tbh", "urgent",
  // A greeting or thanks typed alone as a first line ("thank you", "hello", "hi there", "ok thanks") (walk 53).
  "thank", "thanks", "thx", "hello", "hey", "there", "sorry", "much", "bye", "good", "morning", "evening",
]);
const VIETNAMESE = new Set([
  "toi", "em", "anh", "chi", "minh", "be", "bi", "la", "cua", "khong", "ko", "co", "nha", "dang", "va", "thi", "ma", "nay", "hay", "lam", "duoc", "cho",
  "ve", "voi", "nguoi", "con", "chau", "tuoi", "danh", "bo", "ba", "ong", "hang", "xom", "muon", "bao", "tin", "hom", "qua", "o", "tai",
  "thang", "lop", "truong", "xa", "phuong", "tinh", "roi", "nhieu", "lan", "gi", "sao", "nao", "khi",
  // Thanks and greetings typed without marks ("cam on", "chao ban", "xin chao", "toi can giup"): a short line with them stays Vietnamese.
  "cam", "chao", "giup", "nhe", "oi", "ban", "xin",
]);

/** Words that are English and, without diacritics, Vietnamese too ("nó", "đó", "mẹ", "tô"). */
/** "hi" and "ok" say no language alone, but "hi there", "ok thanks" are English. */
const BOTH: ReadonlySet<string> = new Set(["no", "do", "me", "to", "a", "an", "in", "on", "he", "him", "hi", "ok", "okay"]);

/**
 * English words that are Vietnamese typed without marks ("cần", "đây", "thế", "thêm", "Sơn"): in a short line they count as English only
 * beside an English word that is not ("can giup", "Son day", "them" stay Vietnamese; "can you help me" is English) (RD18).
 */
const MARKLESS_VIETNAMESE: ReadonlySet<string> = new Set(["can", "day", "the", "them", "son"]);

/** The English words of a line of at most six words: one Vietnamese without marks counts only beside a plainly English word. */
function shortLineEnglish(words: readonly string[]): number {
  const english = words.filter((w) => ENGLISH.has(w) && !BOTH.has(w));
  const plain = english.filter((w) => !MARKLESS_VIETNAMESE.has(w)).length;
  return plain > 0 ? english.length : 0;
}

/**
 * At most six words, none Vietnamese, an English one not shared with Vietnamese, half or more of the words English; a line of one or
 * two words only when each is English ("help me", "pls help"; not "help e", "mn help", "Hoa help") (RD18).
 */
function shortEnglish(words: readonly string[], en: number, vi: number): boolean {
  if (words.length <= 2 && !words.every((w) => ENGLISH.has(w) || BOTH.has(w))) return false;
  return words.length <= 6 && vi === 0 && en >= 1 && en * 2 >= words.length;
}

/**
 * A line too short to tell its language by count ("help", "pls help") that is English all the same: no Vietnamese marks or words, an
 * English word not shared with Vietnamese. "ok", "2", "me no", "hi" say nothing.
 */
export function shortLineIsEnglish(text: string): boolean {
  if (hasVietnameseDiacritics(text)) return false;
  const words = foldKey(text.replace(/'/g, "")).split(" ").filter(Boolean);
  return shortEnglish(words, shortLineEnglish(words), words.filter((w) => VIETNAMESE.has(w)).length);
}

/** The language of `text`; `fallback` decides Vietnamese-or-English text without diacritics when it is unclear. */
export function detectMessageLanguage(text: string, fallback: (text: string) => Language): Language {
  // A capitalised word is a name ("My niece in Đắk Lắk..."): its diacritics do not make the message Vietnamese.
  const lowerWords = text.split(/\s+/).filter((w) => !/^\p{Lu}/u.test(w)).join(" ");
  const words = foldKey(text.replace(/'/g, "")).split(" ").filter(Boolean);
  // "nó", "đó" typed without their marks are "no", "do": words of both languages are not counted as English; in a short line "can",
  // "day", "son" ("cần", "đây", "Sơn") count only beside a plainly English word.
  const en = words.length <= 6 ? shortLineEnglish(words) : words.filter((w) => ENGLISH.has(w) && !BOTH.has(w)).length;
  // A few Vietnamese words quoted in an English story ("the girl crying 'con xin lỗi'") do not make it Vietnamese.
  if (hasVietnameseDiacritics(lowerWords)) {
    const marked = lowerWords.split(/\s+/).filter((w) => hasVietnameseDiacritics(w)).length;
    return en >= 6 && en >= 3 * marked ? "en" : "vi";
  }
  const vi = words.filter((w) => VIETNAMESE.has(w)).length;
  if (en >= 2 && en > vi * 1.5) return "en";
  // "help", "pls help", "i just wanna disappear tbh": a short line with English words, no Vietnamese one, and at least half its words English.
  if (shortEnglish(words, en, vi)) return "en";
  if (vi >= 2 && vi > en) return "vi";
  return fallback(text);
}
