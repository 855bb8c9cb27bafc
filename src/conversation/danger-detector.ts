/**
 * Decides whether a message signals a child in danger NOW, so the safety message (111, 113,
 * 115) comes before anything else. Words are compared one by one: a word typed with
 * diacritics must match exactly ("tự tử"), a word typed without them matches its folded form
 * ("tu tu"), and common teen spellings ("mún chết", "cíu e", "ko muốn sống") are mapped first.
 * An official's question ABOUT a harm ("cơ quan nào chủ trì phòng chống bắt cóc trẻ em?") is
 * not an emergency; everything in between errs toward showing the safety message.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { canonicalVietnamese, foldKey, foldVietnamese } from "../core/vietnamese-text.ts";
import { chatKey, saysNoDanger } from "../intake/report-flow/answer-matching.ts";
import { sideTopics, statementPart } from "../intake/report-flow/side-questions.ts";

interface DangerData {
  phrases: string[];
  teenWords: Record<string, string>;
  notHelpAfter: string[];
  notHelpBefore: string[];
  policyQuestion: string;
  immediacy: string;
}

/** The phrases and patterns, as data: content/triage/danger-phrases.json. */
const DATA = JSON.parse(fs.readFileSync(fileURLToPath(new URL("../../content/triage/danger-phrases.json", import.meta.url)), "utf8")) as DangerData;
const DANGER_PHRASES: readonly string[] = DATA.phrases;
/** Teen and chat spellings mapped to the word they stand for (compared on folded words). */
const TEEN_WORDS: Readonly<Record<string, string>> = DATA.teenWords;
/** Words after "cứu" that make it something else: research, relief, rescue services. */
const NOT_HELP_AFTER = new Set(DATA.notHelpAfter);
const NOT_HELP_BEFORE = new Set(DATA.notHelpBefore);
/** Framing of a question about plans and agencies. */
const POLICY_RE = new RegExp(DATA.policyQuestion);
/** Markers that the writer is in it now, which a policy framing cannot outweigh. */
const IMMEDIACY_RE = new RegExp(DATA.immediacy);

export interface DangerAssessment {
  danger: boolean;
  /** Which signal fired: a danger phrase, triage's emergency, or none. */
  signal: "phrase" | "triage" | null;
  /** The text reads as a question about plans or agencies (no immediacy). */
  policyQuestion: boolean;
}

/** `folded` is `foldKey(text)` when the caller has it already (one fold per message). */
export type DangerDetector = (text: string, folded?: string) => DangerAssessment;

/** Creates the detector; `isEmergency` (rule triage) is a second signal beside the phrase list. */
export function createDangerDetector(isEmergency?: (text: string) => boolean): DangerDetector {
  const phrases = DANGER_PHRASES.map(tokens);
  return (text, given) => {
    const words = tokens(text).map(teen);
    const folded = given ?? foldKey(text);
    // "bh", "bjo", "bay h": the chat spellings of "bây giờ" tell the writer is in it now, as "bây giờ" does.
    const now = IMMEDIACY_RE.test(folded) || IMMEDIACY_RE.test(chatKey(text));
    const policyQuestion = POLICY_RE.test(folded) && !now;
    // A reply that says no child is in danger now ("hổng có nguy hiểm liền đâu", "not right now") is not a danger signal
    // on a classifier's reading alone; a danger phrase in it still is.
    const signal = phrases.some((p) => containsPhrase(words, p)) ? "phrase" : isEmergency?.(text) && !saysNoDanger(text) ? "triage" : statedEmergency(text, isEmergency);
    // "mình có bị bắt đi không?", "tui có bị đánh không nếu báo": a child asking what telling brings is answered, not alarmed.
    // Only when the danger read is in the question itself: "bố dọa giết em, nếu em kể thì em có bị đánh không" keeps its alarm.
    const telling = (t: string) => sideTopics(t).some((x) => x === "takenAway" || x === "hurtForTelling");
    const rest = text.split(/[,.;!?\n]+/u).filter((c) => c.trim() && !telling(c)).join(", ");
    const aboutTelling = signal !== null && !now && telling(text)
      && !(rest && (phrases.some((p) => containsPhrase(tokens(rest).map(teen), p)) || isEmergency?.(rest)));
    return { danger: signal !== null && !policyQuestion && !aboutTelling, signal, policyQuestion };
  };
}

/**
 * "dang co nguoi danh tre o ngo, 111 khac 113 the nao", "someone is beating a kid outside, should I call 111 or 113?": a question
 * asked beside a danger told can make the whole read as a question; what the message states, without its question, is read too.
 */
function statedEmergency(text: string, isEmergency?: (text: string) => boolean): "triage" | null {
  if (!isEmergency) return null;
  const stated = statementPart(text);
  return stated !== "" && stated.length < text.trim().length && isEmergency(stated) && !saysNoDanger(stated) ? "triage" : null;
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
