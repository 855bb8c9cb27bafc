/**
 * The sex of the one who harms, when the story's words say it (walk 47: "ông Tư ... ổng", "đứa con trai nhà đó" stored no sex):
 * the relation the fact module read (a father, a stepmother), the person words of the quote or just before it ("ông Sáu",
 * "bà chủ trọ"), the words after "bị" that name who did it ("bị đứa con trai nhà kế bên đánh"), else one sex of the pronouns that
 * speak of a person ("ổng", "bà ấy", "hắn", "he"). Read as typed where the text has diacritics: "bà" is no "ba", "cô" no "có".
 */
import { foldKey, hasVietnameseDiacritics } from "../../core/vietnamese-text.ts";

export type HarmerSex = "male" | "female";

const BY_RELATION: Readonly<Record<string, HarmerSex>> = { father: "male", stepfather: "male", mother: "female", stepmother: "female" };
/** Person words with diacritics (NFC, lower case). "con trai"/"con gái" only after a word for someone ("đứa", "thằng"), never "bé trai". */
const MALE_VI = /(?:^|[^\p{L}])(?:ông|ổng|chú|cậu|dượng|bố|cha|hắn|gã|lão|thằng|anh|(?:đứa|người|thằng)\s+con\s+trai|(?:bạn|người|học sinh|em)\s+nam|đàn ông|ông ta|ông ấy|anh ta|anh ấy)(?=[^\p{L}]|$)/u;
const FEMALE_VI = /(?:^|[^\p{L}])(?:bà|bả|cô|dì|mợ|thím|mẹ|má|mụ|chị|(?:đứa|người)\s+con\s+gái|(?:bạn|người|học sinh|em)\s+nữ|đàn bà|phụ nữ|bà ta|bà ấy|cô ta|cô ấy|chị ta|chị ấy)(?=[^\p{L}]|$)/u;
/** Without diacritics only the words that fold to no other common word (folded). */
const MALE_BARE = /\b(?:ong|ong ta|ong ay|thang|han|duong|bo|cha|dan ong|dua con trai)\b/;
const FEMALE_BARE = /\b(?:me|me ke|mu|dan ba|phu nu|dua con gai)\b/;
const MALE_EN = /\b(?:he|him|man|boy|father|dad|stepdad|stepfather|uncle|grandfather|grandpa|brother|husband|boyfriend)\b/;
const FEMALE_EN = /\b(?:she|woman|girl|mother|mom|mum|stepmom|stepmother|aunt|grandmother|grandma|sister|wife|girlfriend)\b/;
/** Pronouns that speak of a grown-up (with diacritics): "ổng", "bả", "hắn", "ông ấy", "bà ta". */
const HE = /(?:^|[^\p{L}])(?:ổng|hắn|gã|lão|ông ta|ông ấy|anh ta|anh ấy)(?=[^\p{L}]|$)/u;
const SHE = /(?:^|[^\p{L}])(?:bả|mụ|bà ta|bà ấy|cô ta|cô ấy|chị ta|chị ấy)(?=[^\p{L}]|$)/u;

function sexOfWords(words: string, marked: boolean): HarmerSex | null {
  const nfc = words.normalize("NFC").toLowerCase();
  const key = foldKey(words);
  const male = (marked ? MALE_VI.test(nfc) : MALE_BARE.test(key)) || MALE_EN.test(key);
  const female = (marked ? FEMALE_VI.test(nfc) : FEMALE_BARE.test(key)) || FEMALE_EN.test(key);
  return male === female ? null : male ? "male" : "female";
}

/** The harmer's sex the words say, or null. */
export function harmerSexOf(harmer: string | null | undefined, quote: string | null | undefined, text: string): HarmerSex | null {
  if (harmer && BY_RELATION[harmer]) return BY_RELATION[harmer]!;
  const nfc = text.normalize("NFC");
  const marked = hasVietnameseDiacritics(nfc);
  const said = quote?.trim();
  if (said) {
    const own = sexOfWords(said, marked);
    if (own) return own;
    // "ông Tư hàng xóm": the person word just before the quote.
    const at = nfc.toLowerCase().indexOf(said.toLowerCase());
    const before = at > 0 ? nfc.slice(Math.max(0, at - 20), at).split(/[,.;!?\n]/u).at(-1) ?? "" : "";
    const near = before ? sexOfWords(before, marked) : null;
    if (near) return near;
  }
  // "bị đứa con trai nhà kế bên đánh", "bị bà chủ trọ đánh": who did it, named after "bị".
  const agent = /(?:^|[^\p{L}])(?:bị|bi)\s+((?:\S+\s+){0,3}\S+)/iu.exec(nfc)?.[1];
  const byAgent = agent ? sexOfWords(agent.replace(/(?:^|\s)(?:bé|be)\s+(?:trai|gái|gai)(?=\s|$)/giu, " "), marked) : null;
  if (byAgent) return byAgent;
  if (!marked) return null;
  const he = HE.test(nfc.toLowerCase());
  const she = SHE.test(nfc.toLowerCase());
  return he === she ? null : he ? "male" : "female";
}
