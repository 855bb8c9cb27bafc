/**
 * Renders a knowledge-base answer for a chat on a phone. The answer sentence comes first,
 * then one source line (document, province, section, a short quote); all of it fits the
 * first 12 lines of a 360-px screen. A longer answer is cut at a line and offers "Xem thêm"
 * (more), which shows the rest with up to three sources, without repeats. The answer text
 * already quotes the plan; the source lines let a reader check it.
 */
import { TEXT } from "./conversation-texts.ts";
import type { Choice, Language, Reply } from "./conversation-types.ts";

/** The part of the answer contract (DESIGN.md) the chat needs. */
export interface AnswerLike {
  answer: string;
  found: boolean;
  citations: Array<{ document: string; province: string; section: string; quote: string; page?: number; scanned?: boolean }>;
  language?: Language;
}

const MAX_SOURCES = 3;
const QUOTE_CHARS = 110;
const PHONE_QUOTE_CHARS = 60;

/**
 * A 360-px screen: about 38 characters of chat text a line, and the first 12 lines are what
 * a reader sees without scrolling.
 */
export const PHONE = { charsPerLine: 38, lines: 12 } as const;

/** The id of the "Xem thêm" choice; the chat answers it with `renderAnswerMore`. */
export const MORE_CHOICE_ID = "qa:more";

const MORE: Record<Language, { label: string; cut: string }> = {
  vi: { label: "Xem thêm", cut: "… (bấm Xem thêm để đọc tiếp)" },
  en: { label: "More", cut: "… (press More to read on)" },
};

/** How many screen lines a text takes on a 360-px phone (each line wraps at `PHONE.charsPerLine`). */
export function phoneLines(text: string): number {
  return text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil([...line].length / PHONE.charsPerLine)), 0);
}

export interface RenderOptions {
  /** The chat can answer a "Xem thêm" choice: cut a long answer to one screen and offer the rest. */
  more?: boolean;
}

/** The reply for one answer, in the answer's own language when it says which. */
export function renderAnswer(answer: AnswerLike, fallback: Language, options: RenderOptions = {}): Reply {
  const lang = answer.language ?? fallback;
  const whole = fullText(answer, lang);
  // "Not in the plans" is never cut: it ends with the 111 hotline.
  if (!options.more || !answer.found || phoneLines(whole) <= PHONE.lines) return { text: whole };
  const source = sourceLines(answer, lang, 1, PHONE_QUOTE_CHARS);
  const tail = source.length > 0 ? ["", `${TEXT.sources[lang]}:`, ...source] : [];
  const budget = PHONE.lines - phoneLines(tail.join("\n")) - phoneLines(MORE[lang].cut);
  const head = fitLines(answer.answer.split("\n"), budget);
  const choices: Choice[] = [{ id: MORE_CHOICE_ID, label: MORE[lang].label }];
  return { text: [...head, MORE[lang].cut, ...tail].join("\n"), choices };
}

/** After "Xem thêm": the whole answer with its sources (the reader has scrolled on purpose). */
export function renderAnswerMore(answer: AnswerLike, fallback: Language): Reply {
  return { text: fullText(answer, answer.language ?? fallback) };
}

function fullText(answer: AnswerLike, lang: Language): string {
  const sources = sourceLines(answer, lang, MAX_SOURCES, QUOTE_CHARS);
  return sources.length > 0 ? `${answer.answer}\n\n${TEXT.sources[lang]}:\n${sources.join("\n")}` : answer.answer;
}

/** Whole lines while they fit `budget` screen lines; the line that does not fit is cut at a word. */
function fitLines(lines: string[], budget: number): string[] {
  const out: string[] = [];
  let used = 0;
  for (const line of lines) {
    const n = phoneLines(line);
    if (used + n <= budget) {
      out.push(line);
      used += n;
      continue;
    }
    const room = (budget - used) * PHONE.charsPerLine - 1;
    if (room >= 20) out.push(cutAtWord(line, room));
    break;
  }
  return out;
}

function cutAtWord(text: string, max: number): string {
  const chars = [...text];
  if (chars.length <= max) return text;
  const cut = chars.slice(0, max).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > max / 2 ? cut.slice(0, space) : cut}…`;
}

function sourceLines(answer: AnswerLike, lang: Language, max: number, quoteChars: number): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const c of answer.citations) {
    const key = `${c.document}|${c.section}`;
    if (seen.has(key) || lines.length >= max) continue;
    seen.add(key);
    const quote = shortQuote(c.quote, quoteChars);
    const page = c.page !== undefined ? `, ${TEXT.page[lang]} ${c.page}` : "";
    const scanned = c.scanned ? ` (${TEXT.scanned[lang]})` : "";
    lines.push(`• ${c.document} (${c.province}), ${TEXT.section[lang]} ${c.section}${page}${scanned}${quote ? `: “${quote}”` : ""}`);
  }
  return lines;
}

/** First words of the quote on one line, cut at a word boundary. */
export function shortQuote(quote: string, max = QUOTE_CHARS): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  return cutAtWord(flat, max);
}
