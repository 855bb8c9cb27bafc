/**
 * Renders a knowledge-base answer for a chat: the answer text, then its sources compactly
 * (document, province, section and a short quote), at most three, without repeats. The
 * answer text already quotes the plan; the source lines let a reader check it.
 */
import { TEXT } from "./conversation-texts.ts";
import type { Language, Reply } from "./conversation-types.ts";

/** The part of the answer contract (DESIGN.md) the chat needs. */
export interface AnswerLike {
  answer: string;
  found: boolean;
  citations: Array<{ document: string; province: string; section: string; quote: string }>;
  language?: Language;
}

const MAX_SOURCES = 3;
const QUOTE_CHARS = 110;

/** The reply for one answer, in the answer's own language when it says which. */
export function renderAnswer(answer: AnswerLike, fallback: Language): Reply {
  const lang = answer.language ?? fallback;
  const sources = sourceLines(answer, lang);
  const text = sources.length > 0 ? `${answer.answer}\n\n${TEXT.sources[lang]}:\n${sources.join("\n")}` : answer.answer;
  return { text };
}

function sourceLines(answer: AnswerLike, lang: Language): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const c of answer.citations) {
    const key = `${c.document}|${c.section}`;
    if (seen.has(key) || lines.length >= MAX_SOURCES) continue;
    seen.add(key);
    const quote = shortQuote(c.quote);
    lines.push(`• ${c.document} (${c.province}), ${TEXT.section[lang]} ${c.section}${quote ? `: “${quote}”` : ""}`);
  }
  return lines;
}

/** First words of the quote on one line, cut at a word boundary. */
export function shortQuote(quote: string): string {
  const flat = quote.replace(/\s+/g, " ").trim();
  const chars = [...flat];
  if (chars.length <= QUOTE_CHARS) return flat;
  const cut = chars.slice(0, QUOTE_CHARS).join("");
  const space = cut.lastIndexOf(" ");
  return `${space > QUOTE_CHARS / 2 ? cut.slice(0, space) : cut}…`;
}
