/**
 * Splits a long reply into messages a chat API accepts: Zalo refuses text over 2000 and
 * Telegram over 4096 UTF-16 code units (JavaScript's `length`). A cut falls, in order of
 * preference, between paragraphs, lines, sentences or words, so every message reads on its
 * own; only a single "word" longer than the limit is cut inside, and then on a grapheme
 * boundary, so no emoji, surrogate pair or Vietnamese combining mark is torn apart.
 *
 * Splits plain text. HTML must be split before it is formatted, or a cut may fall inside a tag.
 */

const PARAGRAPH = /\n[ \t]*\n/g;
const LINE = /\n/g;
const SENTENCE = /[.!?…;][)"'”’»\]]*(?=\s)/g;
const SPACE = /\s/g;

/** Boundary kinds, each with the least fraction of the limit a chunk must fill to use it. */
const BOUNDARIES: ReadonlyArray<{ pattern: RegExp; cutAfterMatch: boolean; minFill: number }> = [
  { pattern: PARAGRAPH, cutAfterMatch: false, minFill: 0.5 },
  { pattern: LINE, cutAfterMatch: false, minFill: 0.5 },
  { pattern: SENTENCE, cutAfterMatch: true, minFill: 0.3 },
  { pattern: SPACE, cutAfterMatch: false, minFill: 0 },
];

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/**
 * Returns the parts of `text`, each 1..`limit` code units, whitespace at the cuts (and at the
 * end) dropped.
 * Empty or whitespace-only text gives no parts (nothing to send); text within the limit is
 * returned unchanged.
 */
export function splitMessage(text: string, limit: number): string[] {
  if (!Number.isInteger(limit) || limit < 2) throw new RangeError(`splitMessage: limit must be an integer >= 2, got ${limit}`);
  if (text.trim() === "") return [];
  if (text.length <= limit) return [text];
  const parts: string[] = [];
  let rest = text;
  while (rest.length > limit) {
    const cut = findCut(rest, limit);
    const head = rest.slice(0, cut).trimEnd();
    if (head !== "") parts.push(head);
    rest = rest.slice(cut).trimStart();
  }
  if (rest.trimEnd() !== "") parts.push(rest.trimEnd());
  return parts;
}

/** The length of the next part: the best boundary at or before `limit`, always at least 1. */
function findCut(rest: string, limit: number): number {
  const window = rest.slice(0, limit + 1);
  for (const { pattern, cutAfterMatch, minFill } of BOUNDARIES) {
    const cut = lastBoundary(window, pattern, cutAfterMatch, limit);
    if (cut > 0 && cut >= limit * minFill) return cut;
  }
  return graphemeCut(rest, limit);
}

/** The last position ≤ limit where `pattern` starts (or ends, for sentence ends). */
function lastBoundary(window: string, pattern: RegExp, cutAfterMatch: boolean, limit: number): number {
  let best = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(window); m !== null; m = pattern.exec(window)) {
    const position = cutAfterMatch ? m.index + m[0].length : m.index;
    if (position <= limit) best = position;
    if (m[0].length === 0) pattern.lastIndex += 1;
  }
  return best;
}

/** A hard cut for an unbroken run: the last grapheme boundary ≤ limit, else the last code point boundary. */
function graphemeCut(rest: string, limit: number): number {
  const start = Math.max(0, limit - 128);
  let best = 0;
  for (const { index } of segmenter.segment(rest.slice(start, limit + 1))) {
    const position = start + index;
    if (position > start && position <= limit) best = position;
  }
  if (best > 0) return best;
  const code = rest.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}
