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
  const text = typed.normalize("NFC");
  const m = SELF_FIX.exec(text);
  if (!m) return typed;
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
