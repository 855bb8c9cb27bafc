import { ageSelfCorrected } from "../triage/self-corrected-age.ts";

/**
 * A reporter's own correction in the middle of a story ("bé ở xã Ea Kao, à nhầm, không phải Ea Kao mà là xã Hòa Thắng", "in Ea Kao
 * commune - sorry, not Ea Kao, it's Hoa Thang commune"): the story is read with the later words in place of the earlier ones. The
 * narrative officers read is kept as typed; only the reading of facts changes.
 */

/** A lead that says the writer got it wrong, then "not X, but Y" (NFC, any case). */
const SELF_FIX = /(?:^|[,.;!–—-]\s*|\s)(?:(?:à|ơ|ờ|ấy|oh|ah|um)\s*,?\s*)?(?:nhầm rồi|nhầm|sai rồi|xin lỗi|lộn rồi|lộn|sorry|oops|i mean|correction|wait)\s*[,:]?\s*(?:không phải|ko phải|chứ không phải|hổng phải|not)\s+(?:là\s+|ở\s+|in\s+)?(.{2,40}?)\s*(?:,\s*)?(?:mà là|mà|ma la|but|it'?s|it is|is)\s+(?:ở\s+|in\s+)?(.{2,60}?)(?=\s*(?:[,.;!?\n]|$))/iu;

/** Level words that may stand before a Vietnamese place or after an English one. */
const LEVEL_BEFORE = /(?:xã|phường|thị trấn|thôn|ấp|bản|buôn|huyện|quận|tỉnh|thành phố|đặc khu)\s*$/iu;
const LEVEL_AT_START = /^(?:xã|phường|thị trấn|thôn|ấp|bản|buôn|huyện|quận|tỉnh|thành phố|đặc khu)\s+/iu;
const LEVEL_AT_END = /\s+(?:commune|ward|village|district|province|town)$/iu;
const LEVEL_AFTER = /^\s*(?:commune|ward|village|district|province|town)\b/iu;

/**
 * The text with a self-correction applied: the last mention of X before the correction becomes Y and the correction clause is dropped;
 * the text as typed when there is none, or when X was not said before it (a correction of something the summary holds is read elsewhere).
 */
export function selfCorrected(typed: string): string {
  const text = ageSelfCorrected(typed.normalize("NFC"));
  const m = SELF_FIX.exec(text);
  if (!m) return text === typed.normalize("NFC") ? typed : text;
  const wrong = m[1]!.trim();
  const right = m[2]!.trim();
  const before = text.slice(0, m.index);
  const at = before.toLocaleLowerCase("vi").lastIndexOf(wrong.toLocaleLowerCase("vi"));
  if (at < 0 || wrong.toLocaleLowerCase("vi") === right.toLocaleLowerCase("vi")) return typed;
  const lead = before.slice(0, at);
  const tail = before.slice(at + wrong.length);
  // "xã Ea Kao" → "xã Hòa Thắng", not "xã xã Hòa Thắng"; "Ea Kao commune" → "Hoa Thang commune", not "... commune commune".
  let put = right;
  if (LEVEL_BEFORE.test(lead)) put = put.replace(LEVEL_AT_START, "");
  if (LEVEL_AFTER.test(tail)) put = put.replace(LEVEL_AT_END, "");
  // "8 tuổi" → "9 tuổi", not "9 tuổi tuổi": a last word of Y that the text says right after X is said once.
  const last = /\s(\p{L}+)$/u.exec(put)?.[1];
  if (last && new RegExp(`^\\s+${last}(?!\\p{L})`, "iu").test(tail)) put = put.slice(0, -last.length).trimEnd();
  const after = text.slice(m.index + m[0].length).replace(/^\s*[,;]\s*/, ", ");
  return `${lead}${put}${tail}${after}`.replace(/\s+([,.;!?])/g, "$1");
}

/** Words that only lead a place or a means in a "Y, not X" pair ("trên Zalo", "qua Facebook", "on TikTok", "mà là"): set aside. */
const PAIR_LEAD = /^(?:(?:mà là|mà|là|ma la|it'?s|it is|it was|but)\s+)?(?:(?:trên|qua|ở|tren|o|on|via|in)\s+)?/iu;
/** One clause saying "Y chứ không phải X" / "Y, not X" (NFC): [Y, X]. */
const Y_NOT_X = /^(.{2,40}?)\s*,?\s+(?:chứ không phải|chứ ko phải|chứ k phải|chu khong phai|chu ko phai|chớ không phải|not)\s+(.{2,40})$/iu;
/** One clause saying "không phải X, mà là Y" / "not X, it's Y" (NFC): [X, Y]. */
const NOT_X_Y = /^(?:không phải|ko phải|khong phai|ko phai|k phải|not)\s+(.{2,40}?)\s*,?\s+(?:mà là|mà|là|ma la|but|it'?s|it is)\s+(.{2,40})$/iu;

/**
 * "mà là trên Zalo chứ không phải Facebook", "not on Instagram, on TikTok": a word of the harmer's words (the place or means, "một người
 * lạ trên facebook") denied and another said, with that word swapped in those words; null when no such pair names a word they hold.
 * A pair of persons ("không phải bố, là chú") is no swap: it corrects who harms, read elsewhere (`isPerson` says which words are a person).
 */
export function harmerWordsSwapped(harmerText: string | null | undefined, typed: string, isPerson: (words: string) => boolean): string | null {
  if (!harmerText) return null;
  let out = harmerText;
  for (const raw of typed.normalize("NFC").split(/\s*[,;.]\s*(?=(?:mà là|mà|là|ma la|but|và|và là|and)?\s*\S)/iu)) {
    const clause = raw.trim().replace(/[.!]+$/u, "");
    const a = Y_NOT_X.exec(clause);
    const b = a ? null : NOT_X_Y.exec(clause);
    const [right, wrong] = a ? [a[1]!, a[2]!] : b ? [b[2]!, b[1]!] : [null, null];
    if (!right || !wrong) continue;
    const y = right.replace(PAIR_LEAD, "").trim();
    const x = wrong.replace(PAIR_LEAD, "").replace(/\s+(?:đâu|nha|nhé|ạ)$/iu, "").trim();
    // "Facebook Hạnh Lê chứ không phải Zalo": a means with a person's name after it is the writer's own account, never who harms (RD4).
    if (/^\S+\s+\p{Lu}/u.test(y)) continue;
    if (!x || !y || y.split(/\s+/).length > 3 || x.split(/\s+/).length > 3 || /\d/.test(x) || isPerson(x) || isPerson(y)) continue;
    const at = new RegExp(`(?<![\\p{L}\\p{N}])${x.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "iu");
    if (at.test(out)) out = out.replace(at, y);
  }
  return out === harmerText ? null : out;
}
