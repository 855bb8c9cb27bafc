/**
 * Decides whether a message signals a child in danger NOW, so the safety message (111, 113,
 * 115) comes before anything else. Words are compared one by one: a word typed with
 * diacritics must match exactly ("tự tử"), a word typed without them matches its folded form
 * ("tu tu"), and common teen spellings ("mún chết", "cíu e", "ko muốn sống") are mapped first.
 * An official's question ABOUT a harm ("cơ quan nào chủ trì phòng chống bắt cóc trẻ em?") is
 * not an emergency; everything in between errs toward showing the safety message.
 */
import { canonicalVietnamese, foldKey, foldVietnamese } from "../core/vietnamese-text.ts";

const DANGER_PHRASES: readonly string[] = [
  // violence in progress
  "đang bị đánh", "bị đánh đập", "đang đánh em", "đang đánh con", "đang đánh bé", "đang đánh cháu", "đánh chết", "đòi giết", "dọa giết", "sẽ giết", "giết em", "giết tôi", "giết con",
  // self-harm
  "muốn chết", "tự tử", "tự sát", "không muốn sống", "chết cho xong", "chết đi cho rồi", "kết thúc cuộc đời", "cắt tay", "rạch tay", "nhảy lầu", "nhảy cầu", "uống thuốc ngủ",
  // abduction, confinement
  "bắt cóc", "bị bắt đi", "bị đưa đi", "bị bán", "sắp bị bán", "bị nhốt", "đang bị nhốt",
  // sexual abuse in progress
  "đang bị hiếp", "đang hiếp", "đang bị sàm sỡ", "đang giở trò",
  // calls for help
  "cứu", "cứu em", "cứu tôi", "cứu với", "giúp em với", "giúp tôi với", "sos",
  // English
  "help me", "save me", "kill myself", "killing myself", "suicide", "want to die", "being beaten", "beating me", "kidnapped", "abducted", "taken away", "hurt myself", "locked up",
];

/** Teen and chat spellings mapped to the word they stand for (compared on folded words). */
const TEEN_WORDS: Record<string, string> = {
  mun: "muốn", muon: "muốn", chit: "chết", chot: "chết", cjet: "chết", ciu: "cứu", e: "em",
  ko: "không", k: "không", kg: "không", hok: "không", hong: "không", khum: "không", hem: "không", khong: "không",
  vs: "với", zoi: "với", voi: "với", dag: "đang", dg: "đang", bj: "bị",
};

/** Words after "cứu" that make it something else: research, relief, rescue services. */
const NOT_HELP_AFTER = new Set(["trợ", "tế", "hộ", "hỏa", "nạn"]);
const NOT_HELP_BEFORE = new Set(["nghiên", "cấp", "giải"]);

/** Framing of a question about plans and agencies. */
const POLICY_RE = /\b(co quan nao|don vi nao|ai chu tri|chu tri|phoi hop|trach nhiem|nhiem vu|ke hoach|phong chong|phong ngua|chuong trinh|quy dinh|quyet dinh|chinh sach|so lao dong|so y te|ubnd|uy ban|which agenc\w*|who (leads|is responsible)|responsib\w*|prevention|policy|plan)\b/;
/** Markers that the writer is in it now, which a policy framing cannot outweigh. */
const IMMEDIACY_RE = /\b(ngay bay gio|bay gio|luc nay|toi nay|dang bi|cuu|giup em|giup toi|em bi|em muon|toi muon|con toi|con em|chau toi|toi bi|minh bi|minh muon|save me|help me|right now|i want|i am being|me now)\b/;

export interface DangerAssessment {
  danger: boolean;
  /** Which signal fired: a danger phrase, triage's emergency, or none. */
  signal: "phrase" | "triage" | null;
  /** The text reads as a question about plans or agencies (no immediacy). */
  policyQuestion: boolean;
}

export type DangerDetector = (text: string) => DangerAssessment;

/** Creates the detector; `isEmergency` (rule triage) is a second signal beside the phrase list. */
export function createDangerDetector(isEmergency?: (text: string) => boolean): DangerDetector {
  const phrases = DANGER_PHRASES.map(tokens);
  return (text) => {
    const words = tokens(text).map(teen);
    const folded = foldKey(text);
    const policyQuestion = POLICY_RE.test(folded) && !IMMEDIACY_RE.test(folded);
    const signal = phrases.some((p) => containsPhrase(words, p)) ? "phrase" : isEmergency?.(text) ? "triage" : null;
    return { danger: signal !== null && !policyQuestion, signal, policyQuestion };
  };
}

function tokens(text: string): string[] {
  return canonicalVietnamese(text).split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

function teen(word: string): string {
  return TEEN_WORDS[foldVietnamese(word)] ?? word;
}

/** A text word matches a phrase word when equal, or when typed without diacritics and equal once folded. */
/** Folded forms of the (fixed) phrase words, computed once: this runs for every word of every message. */
const FOLDED_PHRASE_WORDS = new Map<string, string>();

function foldedPhraseWord(word: string): string {
  let folded = FOLDED_PHRASE_WORDS.get(word);
  if (folded === undefined) {
    folded = foldVietnamese(word);
    FOLDED_PHRASE_WORDS.set(word, folded);
  }
  return folded;
}

function wordMatches(textWord: string, phraseWord: string): boolean {
  if (textWord === phraseWord) return true;
  return !/[^\x00-\x7f]/.test(textWord) && textWord === foldedPhraseWord(phraseWord);
}

function containsPhrase(words: string[], phrase: string[]): boolean {
  for (let i = 0; i + phrase.length <= words.length; i += 1) {
    if (!phrase.every((p, j) => wordMatches(words[i + j] ?? "", p))) continue;
    if (phrase.length === 1 && phrase[0] === "cứu" && isNotHelp(words, i)) continue;
    return true;
  }
  return false;
}

function isNotHelp(words: string[], i: number): boolean {
  const after = words[i + 1];
  const before = words[i - 1];
  const is = (w: string | undefined, set: Set<string>) => w !== undefined && [...set].some((s) => wordMatches(w, s));
  return is(after, NOT_HELP_AFTER) || is(before, NOT_HELP_BEFORE);
}
