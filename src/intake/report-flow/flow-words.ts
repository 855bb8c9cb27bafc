/**
 * Words the reporter conversation reads, as data (content/triage/report-flow-words.json): words that state a danger at the danger
 * question, and the words of harm a "Y mới là người ..." correction needs. Matched on folded text (foldKey), whole words.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { foldKey } from "../../core/vietnamese-text.ts";

interface FlowWords {
  dangerSaid: string[]; dangerFlags: string[]; harmAfterIsTheOne: string[]; shortTimeWords: Record<string, string>; agreesToContact: string[];
  ownAddressBefore: string[]; alreadySaid: string[]; classmateOfChild: string[]; friendOfChild: string[];
  placeKinds: string[]; placeKindsWrittenOnly: string[]; livesWithHarmer: string[]; tonightWords: string[];
  childFine: string[]; childFineSaidBy: string[]; childFinePlaceOrTime: string[]; childFineNext: string[]; siblingByOrder: string[]; movedIn: string[]; movedInWho: string[]; movedInNotHome: string[]; spouseWords: string[]; inHospitalNow: string[]; inHospitalGrownUp: string[]; inHospitalIllness: string[];
  childrenAlone: string[]; aloneSince: string[]; smallChildren: string[];
  metOnline: string[]; meetAsked: string[]; alreadyGone: string[];
  aloneWith: string[]; takenSecretly: string[]; marriageWords: string[]; justNow: string[]; stillNear: string[]; takenAway: string[]; minutesAgo: string[]; justThen: string[]; justThenHarm: string[];
}

const WORDS = JSON.parse(fs.readFileSync(fileURLToPath(new URL("../../../content/triage/report-flow-words.json", import.meta.url)), "utf8")) as FlowWords;
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const alternatives = (phrases: readonly string[]) => [...new Set(phrases.map((p) => escape(foldKey(p))))].sort((a, b) => b.length - a.length).join("|");
const anyOf = (phrases: readonly string[]) => new RegExp(`(?:^|\\s)(?:${alternatives(phrases)})(?=\\s|$)`);

const DANGER_SAID = anyOf(WORDS.dangerSaid);
const LIVES_WITH = anyOf(WORDS.livesWithHarmer);
const TONIGHT_WORDS = anyOf(WORDS.tonightWords);
const CHILDREN_ALONE = anyOf(WORDS.childrenAlone);
const ALONE_SINCE = anyOf(WORDS.aloneSince);
const SMALL_CHILDREN = anyOf(WORDS.smallChildren);
const JUST_NOW = anyOf(WORDS.justNow);
const TAKEN_SECRETLY = anyOf(WORDS.takenSecretly);
const ALONE_WITH = anyOf(WORDS.aloneWith);
/** The everyday words of a child's marriage ("về nhà chồng", "rước dâu", "sính lễ", "bride price"), on folded text: a time ahead in their sentence is the marriage's. */
export const MARRIAGE_WORDS = anyOf(WORDS.marriageWords);
/** The child is alone with someone tonight ("tối nay chỉ có ông ta ở nhà một mình với bé", "alone with her tonight"). */
export const aloneWithTonightSaid = (text: string): boolean => ALONE_WITH.test(foldKey(text)) && TONIGHT_WORDS.test(foldKey(text));
/** Pictures of the child others took in secret ("chụp lén trong phòng thay đồ", "secretly filmed"): the child sent none. */
export const takenSecretlySaid = (text: string): boolean => TAKEN_SECRETLY.test(foldKey(text));
const MET_ONLINE = anyOf(WORDS.metOnline);
const MEET_ASKED = anyOf(WORDS.meetAsked);
const ALREADY_GONE = anyOf(WORDS.alreadyGone);
/**
 * Someone known only online asks the child to meet ("anh quen trên mạng hẹn em mai ra gặp", "a guy from tiktok wants me to come to his
 * place"), and the child has not gone already ("đi gặp ... chưa về" is a child missing): the advice is for a lure (C42).
 */
export const onlineMeetingSaid = (text: string): boolean => {
  const key = foldKey(text);
  return MET_ONLINE.test(key) && MEET_ASKED.test(key) && !ALREADY_GONE.test(key);
};
/** The one asked to meet is the writer (folded): "wants me to come", "asked me to meet", "hẹn em", "rủ mình": a young person's own words ("hẹn cháu", "hẹn em tôi" may be a grown-up's child). */
const ASKS_WRITER = /\b(?:wants? me|asked me|asks me|invited me|invites me|me to (?:come|meet|go)|(?:hen|ru) (?:em|e|minh|mk|tui|t)(?! (?:toi|tui|minh|gai|trai|ho|cua)\b)(?: \w+){0,3} (?:ra|di|gap|den|toi|qua|ve|choi))\b/;
/** Someone known only online asks the writer themself to meet (C42): the advice is said to them, in a child's words. */
export const onlineMeetingOfWriter = (text: string): boolean => onlineMeetingSaid(text) && ASKS_WRITER.test(foldKey(text));
const STILL_NEAR = anyOf(WORDS.stillNear);
const TAKEN_AWAY = anyOf(WORDS.takenAway);
const MINUTES_AGO = anyOf(WORDS.minutesAgo);

/** What was done said right after a bare "vừa" or "just" (folded): "vừa bị bố đánh", "vừa bóp cổ bé", "just pulled a girl" (RD21). */
const JUST_THEN_HARM = new RegExp(`(?:^|\\s)(?:${alternatives(WORDS.justThen)})(?: moi)? (?:${alternatives(WORDS.justThenHarm)})(?=\\s|$)`);
/** A harm done just now ("vừa mới", "just now", "phút trước", or "vừa"/"just" right before what was done); the one who did it still near ("vẫn ở dưới nhà", "still downstairs"). */
export const justNowSaid = (text: string): boolean => JUST_NOW.test(foldKey(text)) || JUST_THEN_HARM.test(foldKey(text));
export const stillNearSaid = (text: string): boolean => STILL_NEAR.test(foldKey(text));
/** A child taken away ("kéo lên xe máy", "into a car") minutes ago ("20 phút trước", "half an hour ago"). */
export const takenAwaySaid = (text: string): boolean => TAKEN_AWAY.test(foldKey(text));
export const minutesAgoSaid = (text: string): boolean => MINUTES_AGO.test(foldKey(text));
const HARM_AFTER = anyOf(WORDS.harmAfterIsTheOne);
const AGREES = anyOf(WORDS.agreesToContact);
const ALREADY = anyOf(WORDS.alreadySaid);
const CLASSMATE = anyOf(WORDS.classmateOfChild);
const FRIEND = anyOf(WORDS.friendOfChild);
const CHILD_FINE = anyOf(WORDS.childFine);
const CHILD_FINE_ALL = new RegExp(CHILD_FINE.source, "g");
/** Said by someone or how the child looks, up to two words before the fine word: "nói là không sao", "keeps saying she is fine". */
const FINE_SAID_BY = new RegExp(`(?:^|\\s)(?:${alternatives(WORDS.childFineSaidBy)})(?:\\s+\\S+){0,2}\\s*$`);
/** A place or a time right before ("đi học vẫn bình thường", "ở lớp thì vẫn ổn") or right after ("vẫn ổn ở trường", "is safe at school"). */
const FINE_PLACE_BEFORE = new RegExp(`(?:^|\\s)(?:${alternatives(WORDS.childFinePlaceOrTime)})(?:\\s+(?:thi|thi van|van))?\\s*$`);
const FINE_PLACE_AFTER = new RegExp(`^\\s*(?:${alternatives(WORDS.childFinePlaceOrTime)})(?=\\s|$)`);
const FINE_NEXT = new Set(WORDS.childFineNext.map((w) => foldKey(w)));
const SIBLING_BY_ORDER = anyOf(WORDS.siblingByOrder);
const MOVED_IN_ALL = new RegExp(anyOf(WORDS.movedIn).source, "g");
const MOVED_IN_WHO = anyOf(WORDS.movedInWho);
const MOVED_IN_NOT_HOME = new RegExp(`^\\s*(?:${[...new Set(WORDS.movedInNotHome.map((p) => escape(foldKey(p))))].sort((a, b) => b.length - a.length).join("|")})(?=\\s|$)`);
const SPOUSE = new Set(WORDS.spouseWords.map((w) => foldKey(w)));
const IN_HOSPITAL_NOW_ALL = new RegExp(anyOf(WORDS.inHospitalNow).source, "g");
const HOSPITAL_GROWN_UP = anyOf(WORDS.inHospitalGrownUp);
const HOSPITAL_ILLNESS = anyOf(WORDS.inHospitalIllness);
const OWN_ADDRESS_BEFORE = new RegExp(`(?:^|\\s)(?:${[...WORDS.ownAddressBefore].map((p) => escape(foldKey(p))).sort((a, b) => b.length - a.length).join("|")})\\s*:?\\s*$`);
const SHORT_TIME = Object.entries(WORDS.shortTimeWords).sort(([a], [b]) => b.length - a.length);
const SHORT_TIME_RE = new RegExp(`(?<![\\p{L}\\p{N}])(?:${SHORT_TIME.map(([k]) => escape(k)).join("|")})(?![\\p{L}\\p{N}])`, "giu");

/** The words state a danger ("rất nguy hiểm", "nó vẫn ở chung nhà với ông ta", "hiếp dâm", "still lives with him") or the triage flags one (a weapon). */
export function saysDangerInWords(text: string, redFlags: readonly string[]): boolean {
  return DANGER_SAID.test(foldKey(text)) || redFlags.some((f) => WORDS.dangerFlags.includes(f));
}

/** The one who harms shares the child's home, in words: "bạn trai của mẹ sống cùng nhà", "song chung nha", "who lives with them". */
export function livesWithHarmerSaid(text: string): boolean {
  return LIVES_WITH.test(foldKey(text));
}

/**
 * The text tells, in its own voice, that a child is fine (read chunk by chunk between punctuation): not what someone says or how the
 * child looks ("cháu nói là không sao đâu", "keeps saying she is fine", "nhìn thì vẫn ổn"), not fine at a place or a time ("vẫn ổn ở
 * trường", "is safe at school during the day"), not "không sao" before a verb ("khóc không sao dỗ được") (RD18).
 */
export function toldChildFine(text: string): boolean {
  for (const chunk of text.split(/[,;:.!?()\n]/u)) {
    const k = foldKey(chunk);
    for (const m of k.matchAll(CHILD_FINE_ALL)) {
      const before = k.slice(0, m.index);
      const after = k.slice((m.index ?? 0) + m[0].length);
      if (FINE_SAID_BY.test(before) || FINE_PLACE_BEFORE.test(before) || FINE_PLACE_AFTER.test(after)) continue;
      const next = after.trim().split(" ")[0] ?? "";
      if (/khong sao$/.test(m[0]) && next !== "" && !FINE_NEXT.has(next)) continue;
      return true;
    }
  }
  return false;
}

/** A child named as a brother or sister by their place among the children: "thằng anh", "con bé lớn", "the older boy". */
export function namesSiblingByOrder(text: string): boolean {
  return SIBLING_BY_ORDER.test(foldKey(text));
}

/** The folded text without its words of a child being fine ("không bị gì" holds "bị", no harm told). */
export function withoutFineWords(folded: string): string {
  return folded.replace(CHILD_FINE_ALL, " ");
}

/**
 * The mother's partner or the one who harms moved into the child's home, in words: "dẫn bạn trai về ở chung", "hắn dọn về ở với mẹ con
 * nó", "her boyfriend moved in with her". The one moving in is named in the five words before ("bạn trai", "dượng", "he", or the words
 * of `harmerQuote`); not "đón cháu về ở cùng tôi", "dọn đến ở cạnh nhà", "we just moved in" (RD18).
 */
export function movedInSaid(text: string, harmerQuote = ""): boolean {
  const harmer = foldKey(harmerQuote).replace(/^(?:my|her|his|their|the|ong|ba|thang|con)\s+/, "").trim();
  return text.split(/[,;:.!?()\n]/u).some((clause) => {
    const k = foldKey(clause);
    return [...k.matchAll(MOVED_IN_ALL)].some((m) => {
      const before = k.slice(0, m.index).split(" ").slice(-5).join(" ");
      const named = MOVED_IN_WHO.test(before) || (harmer !== "" && ` ${before} `.includes(` ${harmer} `));
      return named && !MOVED_IN_NOT_HOME.test(k.slice((m.index ?? 0) + m[0].length));
    });
  });
}

/** A partner quoted as a husband or wife: the whole quote or its first word ("chồng", "chồng chị ấy", "my husband", "vợ"). */
export function namesSpouse(quote: string): boolean {
  const words = foldKey(quote).replace(/^(?:my|her|his|their|the)\s+/, "").trim();
  return SPOUSE.has(words) || SPOUSE.has(words.split(/\s+/)[0] ?? "");
}

/**
 * The child is in hospital now, in words: "bé đang nằm viện nhi", "is in hospital right now". Not a grown-up named before it in its
 * clause ("Mẹ bé đang nằm viện vì bị chồng đánh", "His mother is in hospital"), nor a stay for an illness ("đang nằm viện vì sốt
 * xuất huyết", "is being treated for asthma"): no harm lately (RD18).
 */
export function inHospitalNowSaid(text: string): boolean {
  return text.split(/[,;:.!?()\n]/u).some((clause) => {
    const k = foldKey(clause);
    return [...k.matchAll(IN_HOSPITAL_NOW_ALL)].some((m) => {
      const before = k.slice(0, m.index);
      // From the hospital words on ("is being treated for asthma" is one of them), the illness within five words after them.
      const after = k.slice(m.index).trim().split(" ").slice(0, m[0].trim().split(" ").length + 5).join(" ");
      return !HOSPITAL_GROWN_UP.test(before) && !HOSPITAL_ILLNESS.test(after);
    });
  });
}

/** A time of tonight itself ("tối nay", "toi ni", "tonight"), not of "about to". */
export function tonightSaid(text: string): boolean {
  return TONIGHT_WORDS.test(foldKey(text));
}

/**
 * Small children left with no adult for a long time ("hai đứa nhỏ 2 và 4 tuổi bị bỏ một mình từ thứ sáu", "two small kids alone
 * since Saturday"): alone, for how long, and small (`youngest`, the youngest age read from the story, six or under; or, with no age
 * read, the words of small children; "3 and 5" said as ages counts too).
 */
export function smallChildrenAloneSaid(text: string, youngest: number | null): boolean {
  // "ở một mình với bố dượng", "alone with her uncle": alone with someone is not without an adult.
  const key = foldKey(text).replace(/\b(?:mot minh|alone|on their own|by themselves) (?:voi|with) \S+/g, " ");
  if (!CHILDREN_ALONE.test(key) || !ALONE_SINCE.test(key)) return false;
  if (youngest !== null) return youngest <= 6;
  const listed = /\b([0-9]|1[0-7])\s*(?:and|va|,)\s*([0-9]|1[0-7])\b/.exec(key);
  return listed ? Math.min(Number(listed[1]), Number(listed[2])) <= 6 : SMALL_CHILDREN.test(key);
}

/** The words after "mới là" tell a harm ("người đánh cháu", "thủ phạm"), not a carer or a witness ("người chăm bé", "người phát hiện"). */
export function tellsHarmDone(words: string): boolean {
  return HARM_AFTER.test(foldKey(words));
}

/** "tuần trc", "hum qua": teen-speak time words written out, so the story's time is read ("tuần trước", "hôm qua"); the rest as typed. */
export function timeWordsWrittenOut(text: string): string {
  // "tháng trước nó đánh gãy tay cháu, nay lại đánh tiếp": "nay" opening a clause is today ("hôm nay"), not "tháng trước" again.
  return text.normalize("NFC").replace(SHORT_TIME_RE, (m) => SHORT_TIME.find(([k]) => k === m.toLowerCase())?.[1] ?? m)
    .replace(/(^|[,.;!?]\s*|\s(?:mà|nhưng|rồi|và)\s+)nay(?=\s+(?:lại|nó|thì|bé|cháu|em|ông|bà|ổng|bả|bị|mới|dượng|bố|ba|mẹ|má|cha|chú)(?![\p{L}]))/giu, "$1hôm nay");
}

/** "Số của tôi 0905 773 210, có thể liên lạc": the words say the writer may be contacted (folded, whole words; not "không thể liên lạc"). */
export function saysMayBeContacted(text: string): boolean {
  const key = foldKey(text);
  return AGREES.test(key) && !/\b(?:khong|ko|k|chua|dung) (?:the )?(?:lien lac|lien he|goi|nhan tin)\b|\b(?:khong|ko|k) co the\b|\b(?:don t|dont|do not|cannot|can t) (?:contact|call|reach|email|e mail|mail)\b/.test(key);
}

/** "aunt.x@gmail.com, I already wrote it above": a clause that only complains the contact was given before (folded). */
export function saysAlreadyGiven(clause: string): boolean {
  return ALREADY.test(foldKey(clause));
}

/** The e-mail addresses the writer gives as theirs in the story: "You can email me at x@y.com", "email của tôi là x@y.com". */
export function ownAddressesIn(text: string): string[] {
  const found: string[] = [];
  for (const m of text.normalize("NFC").matchAll(/[^\s,;:()<>«»"]+@[^\s,;:()<>«»"]+\.[A-Za-z]{2,}/gu)) {
    const before = text.normalize("NFC").slice(Math.max(0, m.index! - 60), m.index!);
    if (OWN_ADDRESS_BEFORE.test(foldKey(before))) found.push(m[0].replace(/[.]+$/u, ""));
  }
  return found;
}

/** "e là bạn cùng lớp vs bạn ấy", "mình là bạn thân của nó": the writer is the child's classmate or friend (the words to keep), or null. */
export function friendOfChildSaid(text: string, lang: "vi" | "en"): string | null {
  const key = foldKey(text);
  if (CLASSMATE.test(key)) return lang === "en" ? "a classmate of the child" : "bạn cùng lớp của trẻ";
  if (FRIEND.test(key)) return lang === "en" ? "a friend of the child" : "bạn của trẻ";
  return null;
}

const PLACE_KINDS_WRITTEN = new RegExp(`(?<![\\p{L}])(?:${WORDS.placeKinds.map((p) => escape(p.normalize("NFC"))).join("|")})(?![\\p{L}])`, "iu");
const PLACE_KINDS_FOLDED = anyOf(WORDS.placeKinds.filter((p) => !WORDS.placeKindsWrittenOnly.includes(p)));

/**
 * The words name a kind of place that is no commune or ward: "gần chợ Bến Thành", "trường Tiểu học Kim Đồng", "bệnh viện", "the
 * market". As written where the text has diacritics ("chợ", not "cho"); folded otherwise, only the words that fold like no common word.
 */
export function namesPlaceKind(words: string): boolean {
  const nfc = words.normalize("NFC");
  return /[\u0300-\u036f]|[À-ỹđĐ]/u.test(nfc) ? PLACE_KINDS_WRITTEN.test(nfc) : PLACE_KINDS_FOLDED.test(foldKey(nfc));
}

/** "chợ Đồng Xuân", "cổng trường Kim Đồng": the name is said right after a kind of place (one to three words before it, no comma between). */
export function nameAfterPlaceKind(text: string, name: string): boolean {
  const written = text.normalize("NFC");
  const where = written.toLowerCase().indexOf(name.normalize("NFC").toLowerCase());
  if (where <= 0) return false;
  const before = (written.slice(0, where).split(/[,;.!?\n]/u).at(-1) ?? "").trim().split(/\s+/u).slice(-3).join(" ");
  // "a school in Krong Na commune", "the health station of Ea Wer commune": the place is in the commune, not named by it (walk 54).
  if (/\b(?:in|of|near|from)$/iu.test(before)) return false;
  // "Trường em ở Long Xuyên", "chợ nằm tại Tân Phú": a school or a market said to be in the place; the place is where, not its name.
  if (/(?:^|\s)(?:ở|tại|thuộc|o|tai|thuoc)$/iu.test(before)) return false;
  return before !== "" && namesPlaceKind(before);
}
