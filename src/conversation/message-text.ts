/**
 * Makes whatever a channel delivered safe to process: control characters and bidi overrides
 * removed, very long text cut for routing and question answering (the whole text is kept for
 * a report), commands and bare-number choices recognised.
 */
import { foldKey } from "../core/vietnamese-text.ts";
import { chatKey } from "../intake/report-flow/answer-matching.ts";
import { LABELS } from "../intake/report-flow/report-flow-texts.ts";
import type { Choice, InboundMessage } from "./conversation-types.ts";

/** Text the core routes on, and the whole text a report keeps. */
export interface CleanText {
  /** At most `maxChars` code points, control characters removed, trimmed. */
  processing: string;
  /** Everything the user typed, control characters removed. */
  full: string;
  truncated: boolean;
  /** True when there is a letter or digit in it (not only emoji or punctuation). */
  hasWords: boolean;
  /** `processing` folded once (foldKey) for every step that matches words: danger, choices, routing. */
  folded: string;
}

export const DEFAULT_MAX_PROCESSING_CHARS = 4000;

const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/g;
const BIDI = /[\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/** Cleans a message text; null when nothing is left. */
export function cleanText(raw: string | null | undefined, maxChars: number = DEFAULT_MAX_PROCESSING_CHARS): CleanText | null {
  if (!raw) return null;
  const full = raw.replace(CONTROL, "").trim();
  if (full.length === 0) return null;
  const stripped = full.replace(BIDI, "");
  const points = Array.from(stripped);
  const truncated = points.length > maxChars;
  const processing = (truncated ? points.slice(0, maxChars).join("") : stripped).trim();
  return { processing, full, truncated, hasWords: /[\p{L}\p{N}]/u.test(processing), folded: foldKey(processing) };
}

export interface Command {
  name: string;
  arg: string;
}

/** "/status AB12CD", "/lang@MyBot en" -> { name, arg }; null when the text is not a command. */
export function parseCommand(text: string): Command | null {
  const m = /^\/([a-z_]+)(?:@\w+)?(?:\s+([\s\S]*))?$/i.exec(text.trim());
  if (!m?.[1]) return null;
  return { name: m[1].toLowerCase(), arg: (m[2] ?? "").trim() };
}

/** Ids a button of this chat ever carries: a press of an older button is still that button (as before). */
const BUTTON_ID = /^(?:menu|lang|case|qa|fix):[\w:.-]+$/;

/**
 * A choice that is no button's id (walk 50: the API's `{"choice":"Không rõ"}`, a button's label) is read as the words sent: the
 * pending button with that label, else the message as typed (matched to a choice by the step, or asked again with a reason), never
 * dropped. A pending id, or an id of a button the chat once showed, is kept as it is.
 */
export function choiceAsSent(message: InboundMessage, offered: readonly Choice[]): InboundMessage {
  const choice = message.choice;
  if (message.kind !== "choice" || !choice) return message;
  if (offered.some((c) => c.id === choice) || BUTTON_ID.test(choice) || Object.hasOwn(LABELS, choice)) return message;
  const key = foldKey(choice);
  const labelled = offered.find((c) => foldKey(c.label) === key);
  if (labelled) return { ...message, choice: labelled.id };
  const { choice: _unused, ...rest } = message;
  // A channel that sends the button's words beside its data (Telegram) has them in `text`; the API alone has only the choice.
  return { ...rest, kind: "text", text: message.text?.trim() ? message.text : choice };
}

/** The choice a message selects: a pressed button, a bare number ("2", " 2 ") or a label typed out. */
export function resolveChoice(choiceId: string | undefined, text: string | null, offered: readonly Choice[], folded?: string): string | null {
  if (choiceId) return choiceId;
  if (!text) return null;
  const number = /^\s*(\d{1,2})\s*[.)]?\s*$/.exec(text);
  // Choices that are ranges of numbers (the age bands "6_11", "12_15"): a number typed is a value of its own, read by the step, never a button's place.
  if (number?.[1]) return offered.some((c) => /\d/.test(c.id)) ? null : (offered[Number(number[1]) - 1]?.id ?? null);
  const key = folded ?? foldKey(text);
  if (key.length === 0) return null;
  const exact = offered.find((c) => foldKey(c.label) === key);
  if (exact) return exact.id;
  // "khum", "hk", "ko đâu", "đc", "uk": chat spellings of yes and no read as the words they stand for.
  return typedYesNo(key, offered) ?? typedYesNo(chatKey(text), offered) ?? typedChoiceWords(key, offered);
}

/** Typed yes or no ("có", "dạ có", "vâng", "ok", "không", "ko", "yes", "no") picks the choice that starts with it. */
const YES = /^(da |vang |u |o )?(co|co a|vang|da vang|da|u|ua|uh|uhm|um|ukm|uk|uki|o|oki|okie|okela|oce|ok|oke|okay|dong y|dung|dung roi|duoc|yes|yeah|yep|yup|sure|y|uh huh|yes yes)( a| nhe| nha| luon| roi| ok)?$/;
const NO = /^(da |vang )?(khong|ko|k|hong|khong a|chua|no|nope|n|khong can|khong muon|thoi|thoi khoi|khoi|no thanks)( a| nhe| nha| dau| dau a| thanks)?$/;
/** Words that may follow a yes without saying anything else: "ừ, báo giúp mình với", "vâng, tôi muốn báo", "yes please" (folded). */
const ACCEPTING = new Set(["bao", "tin", "bao tin", "giup", "gium", "dum", "ho", "nhe", "voi", "tui", "dum", "di", "minh", "voi", "toi", "tui", "em", "muon", "di", "nhe", "nha", "a", "luon", "ngay", "cho", "di", "thi", "duoc", "roi", "lam", "vay", "the", "ban", "anh", "chi", "co", "report", "it", "please", "go", "ahead", "want", "to", "i", "do", "that", "ok", "sure", "yes", "thanks", "thank", "you",
  // Who speaks and to whom, in every register: "e muốn báo tin", "bà muốn báo cho cán bộ biết", "mk mún báo".
  "e", "mk", "mik", "mjk", "t", "ba", "ong", "bac", "chu", "cau", "con", "chau", "ad", "admin", "can", "bo", "biet", "mun", "gui", "lai", "nay", "chuyen"]);
const YES_HEAD = /^(?:da |vang |u |o )?(?:co|vang|da|u|ua|uh|uhm|um|ukm|uk|uki|oki|okie|okela|oce|ok|oke|okay|dong y|yes|yeah|yep|yup|sure)\b/;

function typedYesNo(key: string, offered: readonly Choice[]): string | null {
  const head = YES_HEAD.exec(key);
  const acceptsAll = head !== null && key.split(" ").length <= 7 && key.slice(head[0].length).trim().split(" ").filter(Boolean).every((w) => ACCEPTING.has(w));
  const starts = YES.test(key) || acceptsAll ? /^(co|yes)\b/ : NO.test(key) ? /^(khong|no)\b/ : null;
  if (!starts) return null;
  const matching = offered.filter((c) => starts.test(foldKey(c.label)));
  return matching.length === 1 ? matching[0]!.id : null;
}

/** Numbers that count what follows them (folded): "3", "ba", "mấy". */
const COUNT = /^(?:\d{1,3}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|may|vai)$/;

/** "3 hôm nay rồi" holds "hôm nay" counted: three days up to now, not the choice "Hôm nay". */
function countedBefore(key: string, core: string): boolean {
  const at = ` ${key} `.indexOf(` ${core} `);
  return COUNT.test(key.slice(0, at).trim().split(" ").at(-1) ?? "");
}

/**
 * A short message that says a choice in other words ("bà muốn báo tin", "gọi 111 đi") picks the one
 * choice whose words (after its "Có, "/"Không, ") it contains. Only short and not a question: a
 * question that names a choice ("báo tin có cần để tên thật không") stays a question.
 */
function typedChoiceWords(key: string, offered: readonly Choice[]): string | null {
  const words = key.split(" ");
  if (words.length > 5 || /\b(khong|chua|sao|gi|nao|may|bao gio|the nao|how|what|why|when|where|who|which)\b/.test(key) || key.endsWith("?")) return null;
  // What is left without words of acceptance ("ừ báo tin" → "bao tin"): a choice that starts with it ("Báo tin về một trẻ em").
  const content = words.filter((w) => !ACCEPTING.has(w) || w === "bao" || w === "tin" || w === "report").join(" ");
  const matching = offered.filter((c) => {
    const core = foldKey(c.label).replace(/^(co|khong|yes|no),?\s+/, "");
    return (core.length >= 5 && ` ${key} `.includes(` ${core} `) && !countedBefore(key, core)) || (content.length >= 3 && (`${core} `.startsWith(`${content} `) || core === content));
  });
  return matching.length === 1 ? matching[0]!.id : null;
}
