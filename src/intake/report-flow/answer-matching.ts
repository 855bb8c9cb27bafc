/**
 * Reads what a reporter typed at a question with choices: "có", "co", "ừ", "2 tuổi", "hàng
 * xóm nhà bé". Matching is on folded words (no diacritics, any case), so people who type
 * without accents are understood the same. Anything not recognised is kept as free text by
 * the flow; nothing typed is thrown away.
 */
import { foldKey, foldVietnamese, hasVietnameseDiacritics } from "../../core/vietnamese-text.ts";
import { teenNowKey } from "../triage/report-text.ts";
import type { AgeBand, ChildSex, ReporterRelation, TriState } from "../case-intake-port.ts";

/**
 * Chat spellings of the short words a reply is made of, as the words they stand for (folded): "k", "ko", "hk", "khum" are
 * "khong"; "dc", "đc", "dk" are "duoc"; "uk", "ukm", "uh" are "u" (ừ); "oke", "oki", "okela" are "ok"; "r", "rui" are "roi";
 * "bik", "bt" are "biet"; "bh", "bjo", "bgio" are "bay gio".
 */
const CHAT_WORDS: ReadonlyMap<string, string> = new Map(Object.entries({
  k: "khong", ko: "khong", kg: "khong", kh: "khong", khg: "khong", hk: "khong", khum: "khong", hok: "khong", k0: "khong",
  dc: "duoc", dk: "duoc", dcj: "duoc",
  uk: "u", ukm: "u", ukie: "u", uh: "u", uhm: "u", um: "u", uki: "u",
  oke: "ok", okie: "ok", oki: "ok", okela: "ok", okay: "ok", oce: "ok", okey: "ok", oka: "ok",
  r: "roi", rui: "roi", roai: "roi", oy: "roi", roy: "roi",
  bik: "biet", bit: "biet", bt: "biet", bjk: "biet", bjt: "biet", bic: "biet",
  j: "gi", gj: "gi", thui: "thoi", thoy: "thoi", cx: "cung", cg: "cung", vs: "voi", z: "vay", zay: "vay",
  yep: "yes", yup: "yes", yeah: "yes", ya: "yes", yea: "yes", nope: "no", nah: "no",
}));
/**
 * A folded text with the chat spellings of "bây giờ" ("bh", "bjo", "bi h", "bay h"...) read as "bay gio", punctuation kept: the
 * triage's own reading (teenNowKey), so the conversation and the triage read now alike ("bảy h sáng", seven in the morning, is not now).
 */
export function nowWords(folded: string): string {
  return folded.split(/([^\p{L}\p{N} ]+)/u).map((part, i) => {
    if (i % 2 === 1 || !part.trim()) return part;
    const lead = /^\s*/.exec(part)![0];
    const tail = /\s*$/.exec(part)![0];
    return `${lead}${teenNowKey(part.trim().replace(/\s+/g, " "))}${tail}`;
  }).join("");
}

/**
 * The folded key of a reply, its chat spellings read as the words they stand for ("k nho" is "khong nho", "đc r" is "duoc roi",
 * "bh thi chua" is "bay gio thi chua"): what every reading of a short answer and of "now" in the conversation matches.
 */
export function chatKey(text: string): string {
  return teenNowKey(foldKey(text)).split(" ").map((w) => CHAT_WORDS.get(w) ?? w).join(" ");
}

const SKIP = new Set(["bo qua", "boqua", "bq", "skip", "pass", "next", "tiep", "qua",
  // "để sau", "tính sau nha", "later": not now, kept for officers to ask.
  "de sau", "de sau nha", "de sau di", "tinh sau", "tinh sau nha", "sau nha", "sau di", "hoi sau", "later", "maybe later", "not now"]);
const YES = new Set([
  "co", "yes", "y", "dung", "dung vay", "vang", "da", "u", "uh", "um", "co a", "da co", "dang", "co dang", "true",
  // "được", "dc con", "ok", "đồng ý", "sure, that's fine": agreeing in everyday words.
  "duoc", "dc", "dk", "duoc a", "dc con", "duoc con", "ok", "oke", "okay", "ok a", "dong y", "toi dong y", "em dong y", "minh dong y", "tui dong y", "chau dong y",
  "co chu", "tat nhien", "sure", "yeah", "yep", "of course", "fine", "that s fine", "thats fine", "sure that s fine", "i agree", "agree", "yes please",
]);
const NO = new Set([
  "khong", "ko", "k", "kg", "hong", "hok", "no", "n", "khong co", "ko co", "chua", "da khong", "khong a",
  // "hổng có", "chắc là không", "probably not": a no in regional words, or a no the reporter is not sure of (the story keeps its own risk).
  "hong co", "hok co", "hem", "hem co", "khong dau", "ko dau", "hong dau", "nope", "not really", "chac la khong", "chac khong", "chac ko", "chac la ko", "chac la chua", "chac chua", "chac van chua", "co le chua", "co le khong",
  "chac la hong", "chac hong", "probably not", "i don t think so", "dont think so", "don t think so",
]);
/**
 * Free answers said whole (chat key): nobody or not yet ("chưa ai tới", "chưa đứa nào bị gì cả", "không ai đến cả", "not yet",
 * "nobody"), still so ("vẫn còn", "vẫn vậy", "still there"), a guess ("hình như có", "chắc vậy", "maybe"). Only these words: "không ai
 * trông bé" (nobody looks after the child) or "vẫn còn đánh nó" tell more, and are read as what they tell.
 */
const FREE_NO = /^(?:chua|khong|ko|k)(?: co)? (?:ai|dua nao|nguoi nao|be nao|chau nao)(?: (?:den|toi|di|ve|bi gi|bi sao|lam gi|dong vao|dong toi|het|ca))*(?: (?:ca|het|dau|nua|a|het a|ca a))?$|^(?:not yet|nobody|no one|noone|none|nothing yet|nobody came|no one came|nobody yet|no one yet)$/;
const FREE_YES = /^(?:van (?:con|vay|the|dang|o do|o day)|con a|van con a|still(?: (?:is|there|happening|going on|the same))?)$/;
const FREE_UNSURE = /^(?:hinh nhu|co ve|chac vay|chac the|co the|hinh nhu vay|hinh nhu the|hinh nhu co|co ve co|chac co|maybe|perhaps|maybe yes|i think so|probably|possibly)$/;
const UNKNOWN = new Set(["khong ro", "ko ro", "k ro", "khong biet", "ko biet", "k biet", "chua ro", "not sure", "unknown", "dont know", "don t know", "idk", "?"]);
/** "ko bik nữa", "hổng biết", "chưa chắc", "not sure", "no idea": the reporter does not know (folded, anywhere in a short reply). */
const UNKNOWN_WORDS = /\b(?:khong|ko|k|kg|hong|hok|hem|chua|chang|cha|cung khong|cung ko) (?:ro|biet|bik|bit|bjk|bt|chac)\b|\b(?:not sure|don t know|dont know|do not know|no idea|idk|unsure|not certain)\b|^(?:(?:thi|ma|u|a)\s+)?ai (?:ma |ha |nao )?(?:biet|hay|ro)(?: duoc)?\b/;

/**
 * "không, giờ bé đang ở trường", "dạ không ạ, cháu đang ngồi với tôi", "not sure, he may come back
 * tonight": a yes, no or not sure standing apart at the start of a longer reply (before a comma or
 * a stop), with what follows it; null when the reply does not open that way or asks a question.
 */
export function leadingAnswer(text: string): { answer: TriState; rest: string } | null {
  const m = /^\s*([^,.;:!?\n]{1,32}?)\s*[,.;:!\n]+\s*(.*)$/su.exec(text);
  if (!m || text.includes("?")) return null;
  // "tôi cũng không biết nữa, ...", "tui cũng chẳng rõ, ...": the writer named before the answer is not part of it.
  const lead = chatKey(m[1]!).replace(/^(?:da|vang|thua|uh|um|well|oh)\s+/, "").replace(/^(?:toi|tui|minh|em|e|con|chau|t|i|ba|ong|co|chu|bac|di|anh|chi|me|bo|ma|cau|mo|thim)\s+(?:cung\s+|thi\s+|that\s+)?(?=(?:khong|ko|k|kg|hong|hok|hem|chua|chang|cha)\s+(?:ro|biet|bik|bit|bjk|bt|chac)\b)/, "").replace(/(?:\s+(?:a|nhe|nha|dau|roi|nua|ma|dau a|sir|please|con|chau|em|oi))+$/, "").trim();
  if (lead.split(" ").length > 3) return null;
  const answer: TriState | null = UNKNOWN.has(lead) || UNKNOWN_WORDS.test(lead) ? "unknown" : NO.has(lead) || /^(?:khong|ko|k|no|nope|hong|hok)(?: (?:co|dang|phai))?$/.test(lead) ? "no" : YES.has(lead) || /^(?:co|yes|yeah|vang|da|dung)(?: (?:a|roi|dang))?$/.test(lead) ? "yes" : null;
  return answer ? { answer, rest: m[2]!.trim() } : null;
}

/**
 * A statement that no child is in danger now (folded): "không có nguy hiểm tức thời", "hổng có nguy
 * hiểm liền đâu", "giờ cháu an toàn rồi", "not right now", "she is safe"; not "không an toàn".
 */
/** The writer or the child said to be well (chat key): "im ok", "i m fine", "hes safe", "she s alright". */
const WELL_EN = String.raw`(?:i m|im|i am|hes|he s|he is|shes|she s|she is|they re|theyre|they are)\s+(?:ok|okay|oki|fine|good|safe|alright|all right)\b`;
/** The child said to be well (chat key): "hes fine", "she s safe"; the writer's own "im ok" is not the child well (RD4). */
const CHILD_WELL_EN = String.raw`(?:hes|he s|he is|shes|she s|she is|they re|theyre|they are)\s+(?:ok|okay|oki|fine|good|safe|alright|all right)\b`;
/** Danger said after the safe words (chat key): "..., còn bé vẫn ở nhà với ổng", "but my son is still living with him" (RD4). */
const DANGER_AFTER = /^[^.!?]{0,6}?\b(?:con|nhung|ma|but|though|however|co dieu)\b[^.!?]{0,80}?\b(?:van|still|con o|con song|is with|lives with|living with|has (?:her|him|them))\b/;
/**
 * "..., nhưng cháu vẫn ở với dượng", "I'm fine now but she is still at home with him": after a but, the child still with the person or
 * still harmed (chat key); what is safe before it is not the child safe now (RD4).
 */
const STILL_WITH_AFTER = /\b(?:nhung|but|con|ma|though|co dieu)\b[^.!?]{0,80}?\b(?:van|still)\b[^.!?]{0,40}?\b(?:o voi|o nha voi|o cung|song voi|o nha|with|at home|living|lives|yelling|hitting|beating|danh|chui|quat|has (?:her|him|them))\b/;
/** "I'm fine now but she is still at home with him": the child still with the person after a but (RD4). */
export const childStillWithAfter = (text: string): boolean => STILL_WITH_AFTER.test(chatKey(text));
/** The safe words at `at` are followed by a danger (RD4). */
const dangerFollows = (key: string, end: number): boolean => DANGER_AFTER.test(key.slice(end));

function youngWithWriterSafe(key: string): boolean {
  const re = /(?<!\b(?:toi|tui|minh|chung toi)(?: da| dang| van| hien| gio| da bo di| bo di)?(?: dang)? )\b(?:o|song|dang o) (?:voi|cung) (?:toi|tui|minh|em(?! (?:gai|trai|ho|re|dau|ut|ruot|cua|toi|tui|minh)\b)|chung toi|vo chong toi|ong ba|ba noi|ba ngoai|ong noi|ong ngoai)\b[^.!?;]{0,90}?(?<!\b(?:khong|ko|k|chua|chang|hong|hok) (?:duoc |con )?)\ban toan (?:roi|ca roi|het roi)\b(?!\s*(?:nhung|ma|but)\b)/g;
  for (const m of key.matchAll(re)) if (!dangerFollows(key, m.index + m[0].length)) return true;
  return false;
}

function wellNowSaid(key: string): boolean {
  const re = new RegExp(String.raw`(?:^(?:no|nah|nope|naw|nop)\s+${WELL_EN}|\b${CHILD_WELL_EN}\s+(?:now|rn|atm|right now|for now|at the moment)\b)`, "g");
  for (const m of key.matchAll(re)) if (!dangerFollows(key, m.index + m[0].length)) return true;
  return false;
}

/** Nothing said to go on now (folded): "nothing is happening now", "nothing going on anymore", "không còn chuyện gì xảy ra". */
const NOTHING_NOW = /\bnothing (?:is |s )?(?:happening|going on)\b|\b(?:khong|ko|k|chang|hong) (?:con )?(?:co )?(?:gi|chuyen gi|viec gi) (?:dang )?xay ra\b/;
/**
 * The child in a place of care now, then safe said of it (folded): "bé đang nằm viện, an toàn", "cháu đang ở bệnh viện, đã an toàn",
 * "she is in hospital and safe". Not "chưa an toàn", nor the hospital alone (a child there may still go home to the one who harms).
 */
const CARED_FOR_SAFE = /\b(?:dang|van|hien|gio|da) (?:nam |o |duoc dieu tri |dieu tri |nam dieu tri )(?:o |tai |trong )?(?:benh vien|vien|tram y te|trung tam bao tro|nha tam lanh|cong an)\b(?: (?:nhi|tinh|huyen|roi|bay gio|luc nay|hien gio))*,? (?:va |nen |thi )?(?:da |dang |van |tam )?an toan\b|\b(?:is|s) (?:now )?(?:in|at) (?:the )?(?:hospital|a shelter|the police station)(?: now)?,? (?:and |so )?(?:she s |he s |she is |he is )?(?:now )?safe\b/;

/**
 * What may follow "nothing is happening" or "bé đang nằm viện, an toàn" for it to stand as a no (chat key): a word of now, "rồi",
 * "she is fine", and nothing else. "..., còn bé ở nhà với dượng", "but he gets home at 6", "nhưng dượng biết chỗ và đang tới" after
 * it say the danger is elsewhere or later (M15), so the answer is no no.
 */
const ONLY_NOW_AFTER = /^(?:\s*\b(?:right now|now|anymore|any more|at all|nua|roi|ca roi|het roi|a|(?:she|he|they) (?:is|s|are|re) (?:fine|ok|okay|safe)|(?:be|chau|no) on roi)\b)*\s*$/;
/** The child, and no parent of the child, before "đang nằm viện" (chat key): "bé", "cháu", "she"; not "mẹ bé", "hai mẹ con". */
const CHILD_BEFORE = /(?:^|\b)(?:be|chau|con be|thang be|no|em|the child|the boy|the girl|she|he|my (?:son|daughter|grandson|granddaughter))\s*$/;
const PARENT_BEFORE = /\b(?:me|ma|bo|ba|cha|duong|mother|mom|mum|father|dad)\s+(?:be|chau|con|no|em)\s*$|\b(?:hai|ca) me con\s*$|\bmother\s*$|\bfather\s*$/;

function standsAlone(re: RegExp, key: string, ofChild: boolean): boolean {
  const m = re.exec(key);
  if (!m) return false;
  if (!ONLY_NOW_AFTER.test(key.slice(m.index + m[0].length))) return false;
  if (!ofChild) return true;
  const before = key.slice(0, m.index);
  return CHILD_BEFORE.test(before) && !PARENT_BEFORE.test(before);
}

export function saysNoDanger(text: string): boolean {
  const key = chatKey(text);
  if (STILL_WITH_AFTER.test(key)) return false;
  return /\b(?:khong|ko|k|kg|hong|hok|hem|chua|chang|khong con|het) (?:(?:con|dang|co|gap|bi|o trong|thay|gi|chi|ai|phai|la|toi|den|muc|toi muc|den muc) )*nguy hiem\b|\bnguy hiem(?: (?:ngay|lien|lien lien|luc nay|bay gio|tuc thi|tuc thoi))? (?:thi |la )?(?:chac |cung |chac cung |chac la )?(?:chua|khong|ko|hong|chang) (?:toi|den|co|phai)(?: muc)?\b|\b(?:khong|ko|k|chang|hong|hok) con (?:bi )?(?:ai )?(?:danh|dap|danh dap|hanh ha|bat nat|xam hai|lam hai|chui|dung toi)\b(?: \w+){0,2} nua\b|\bnguy hiem (?:thi |la )?(?:chua|khong|ko|hong|chang) (?:toi|den|co|phai)(?: muc)?\b|\bnguy hiem ngay(?: luc nay)?(?: la)?:? khong\b|\b(?:not|no longer) in (?:any )?danger\b|\bno danger\b|\b(?:not|no|isn t|isnt|aren t|arent|never) (?:in )?(?:any )?(?:immediate|imminent|direct|acute) danger\b|\bdanger (?:now|right now):? no\b|\bnot (?:right )?(?:now|rn|atm|at the moment|this (?:second|minute))\b|\bnguy hiem thi (?:khong|ko|chua|hong)\b/.test(key)
    // "giờ chồng tôi đã đi cai nghiện, cháu ở với tôi ở phường ..., an toàn rồi": safe already, said at the end of a clause of where the
    // child lives now, however long the place named between (walk 49 asked the danger question); "chưa an toàn" is not this.
    // "tôi đang ở với em gái tôi, an toàn rồi": the writer with their own kin is the writer safe, not the child (RD4), and "..., còn bé vẫn
    // ở nhà với ổng" after it keeps the danger.
    || youngWithWriterSafe(key)
    // "no im ok rn, just in my room", "nah hes fine rn, at our grandmas": well now, said of the writer or the child, after a no or with a
    // word of now (walk 49 asked the danger question again); "im not ok" is not this.
    // The writer's "I'm ok now" is the writer, not the child (RD4): only after a no ("no im good rn", a teen of themself), or said of the
    // child with a word of now; "but she is still with him" after it keeps the danger.
    || wellNowSaid(key)
    // "Nothing is happening now", "giờ không còn chuyện gì xảy ra nữa": nothing goes on as they write, so no danger now (walk 50);
    // only with nothing after it but a word of now ("nothing is happening now but he will be drunk tonight" is no no, M15).
    || standsAlone(NOTHING_NOW, key, false)
    // "Bé đang nằm viện, an toàn", "she is in hospital now and safe": where the child is now, then safe said of it (walk 50); said of
    // the child (not "mẹ bé đang nằm viện"), with nothing after it (not "..., nhưng dượng vẫn vào thăm", M15).
    || standsAlone(CARED_FOR_SAFE, key, true)
    // "Bây giờ bé ở với chúng tôi, an toàn", "giờ nó ngồi với tôi nên tạm an toàn": safe now, said at the end of a clause of now.
    || /\b(?:bay gio|hien gio|hien tai|hien|luc nay|gio)\b[^.!?;]{0,60}?(?<!\b(?:khong|ko|k|chua|chang|hong|hok|het) (?:duoc |con )?)\b(?:tam )?an toan\b/.test(nowWords(foldVietnamese(text)))
    || /(?<!\b(?:khong|ko|k|chua|chang|hong|hok) (?:duoc |con )?)\b(?:(?:da|dang|van|hien|gio|bay gio|hien tai|hien gio|roi) )(?:(?:duoc|o noi|o cho) )?an toan\b|\b(?:is|are|s|re|now) safe\b/.test(key);
}

/** A child word, as the subject of where the child is now (folded). */
const CHILD_SUBJECT = String.raw`(?:e|em|chau|be|no|con|con be|thang be|nhoc|nho|thang nho|con nho|hai dua|tui nho|chau be|be gai|be trai|dua nho|thang cu|cu)`;
/** What a child does somewhere (folded): "ngồi ăn cơm", "chơi", "học". */
const DOING = String.raw`(?:ngoi|choi|an com|an|ngu|hoc|nam|xem ti vi|xem tivi|lam bai|tam|o)`;
/** Where a child is safe (folded): the writer's house, a grandparent's, school, with the writer, at class. */
const SAFE_PLACE = String.raw`(?:nha (?:nho |con |thang |dua |may dua )?ban(?: (?:em|e|chau|no|be|minh|than))?|nha (?:voi|cung) (?:toi|tui|minh|em|chung toi|vo chong toi|vo chong tui|ong ba|ba noi|ba ngoai|ong noi|ong ngoai)|nha (?:toi|tui|minh|em|chau|ba noi|ba ngoai|ong noi|ong ngoai|ba|ong|ngoai|noi|co|chu|bac|di|cau|hang xom|ban)|truong|lop|voi (?:toi|tui|em|me|ba noi|ba ngoai|ong noi|ong ngoai|ba|ong|co|chu|bac|di|cau)|cho an toan|tram y te|benh vien|cong an)`;
/**
 * The child is somewhere safe now (folded), said in a clause of now: "lúc này thằng bé đang ở bên nhà tôi chơi", "giờ nó đang ngồi ăn
 * cơm nhà tôi", "hiện giờ cháu đang ở trường", "bây giờ bé đang đi học thêm". Only a child word (or none) is the subject: "giờ ông ấy
 * đang ở nhà tôi" is not.
 */
export const SAFE_NOW = new RegExp(String.raw`\b(?:gio|h|gio nay|bay gio|hien tai|hien gio|hien|luc nay) (?:thi )?(?:${CHILD_SUBJECT} )?(?:dang |van |con |da |van dang |van con )?(?:(?:di hoc(?: them)?|hoc them|o truong|o lop)\b|(?:${DOING} )*(?:(?:o|tai|sang|qua|ben|trong|tren) )*${SAFE_PLACE}\b)`);

const CHILD_PLACE = new RegExp(String.raw`^${CHILD_SUBJECT} (?:dang |van |con |van dang )(?:(?:di hoc(?: them)?|hoc them|o truong|o lop)\b|(?:${DOING} )*(?:(?:o|tai|sang|qua|ben|trong|tren) )*${SAFE_PLACE}\b)`);

/** A story sentence that tells where the child is now, and it is safe ("Hiện giờ ông ấy đi làm, thằng bé đang đi học."). */
/** "giờ cháu ổn", "hiện cháu đã bình thường", "she is fine now" (folded): the child is well now (walk 36 asked the danger after it). */
const WELL_NOW = new RegExp(String.raw`\b(?:gio|bay gio|hien gio|hien tai|hien|luc nay|nay) (?:thi )?(?:${CHILD_SUBJECT} )?(?:da |van |cung |tam )?(?:on(?! bai| thi| tap| lai bai)|khong sao|binh thuong|khoe)(?: (?:roi|lai|hon))?\b|\b(?:she|he|they|the (?:child|boy|girl|kid)) (?:is|s|are|re) (?:fine|ok|okay|safe|doing (?:fine|well|ok|okay)) now\b`);

export function saysSafeNow(text: string): boolean {
  if (STILL_WITH_AFTER.test(chatKey(text))) return false;
  return text.split(/[.!?;\n]+/).some((sentence) => {
    if (SAFE_NOW.test(chatKey(sentence)) || WELL_NOW.test(chatKey(sentence))) return true;
    // The word of now opens the sentence, the child's place is in a later clause of it.
    const clauses = sentence.split(/,/).map(chatKey).filter(Boolean);
    return clauses.length > 1 && /^(?:\w+ )?(?:gio|h|gio nay|bay gio|hien tai|hien gio|hien|luc nay)\b/.test(clauses[0]!) && clauses.slice(1).some((c) => CHILD_PLACE.test(c));
  });
}

/** True when the reporter asked to skip the question. */
export function isSkip(text: string): boolean {
  return SKIP.has(foldKey(text)) || SKIP.has(chatKey(text));
}

/**
 * Not knowing, or not remembering, said as the whole reply (a chat key): "k nhớ", "khum biết", "chịu", "ai biết đâu", "quên rồi",
 * "no idea", "can't remember": at a question with "skip" or "not sure", that choice.
 */
const NOT_KNOWN = /^(?:(?:da|thua|u|a|hmm|um)\s+)?(?:(?:toi|tui|em|minh|con|chau|t|i)\s+)?(?:cung\s+|that\s+|thi\s+)?(?:(?:khong|chua|chang|cha|hong|hem)\s+(?:ro|biet|nho|chac|ro lam|biet nua|nho nua|nho ro)|quen(?: mat| mat tieu)?(?: roi)?|chiu(?: thoi| roi| luon)?|ai (?:ma )?biet(?: duoc)?(?: dau| gi)?|not sure|no idea|idk|dunno|(?:i )?(?:don t|do not|can t|cannot) (?:know|remember|recall)|forgot|not known|unknown)(?:\s+(?:nua|a|lam|luon|dau|roi|het|nhe|nha|sorry))*$/;
export function saysNotKnown(text: string): boolean {
  return !text.includes("?") && NOT_KNOWN.test(chatKey(text).trim());
}

/**
 * Not safe said as a whole clause (chat key): "chưa an toàn", "chưa an toàn đâu", "không an toàn lắm", "nó chưa được an toàn", "not
 * safe yet", "she's not safe", "unsafe", with a place, a person or a "though" after it ("not safe at home though", "not safe for him
 * there", "chưa an toàn ở nhà đâu") or a place or "no but" before it ("ở đó bé không an toàn", "no but he is not safe at home"). Never
 * a plain no: at the danger question it is a yes (RD37, RD38).
 */
const NOT_SAFE_TAIL = "dau|lam|gi|het|ca|nua|a|chut nao|yet|at all|now|right now|there|here|nha|nhe|dau a|though|tho|but|either|really|o (?:nha|do|day|nha no|nha be|nha do|ben do)|cho (?:be|chau|no|em|con|con be|thang be)|voi (?:ong ay|ong ta|ba ay|ba ta|han|no|nguoi do)|(?:at|in) (?:home|his home|her home|their home|the house|that house|his house|her house|his place|her place)|at all there|with (?:him|her|them|that man|that woman)|for (?:her|him|them|the (?:child|kid|boy|girl))";
const NOT_SAFE = new RegExp(`^(?:(?:no|nope|nah|khong|ko)\\s+)?(?:(?:but|nhung|ma)\\s+)?(?:(?:o|tai) (?:nha|do|day|nha no|nha be|nha do|ben do)\\s+)?(?:(?:be|chau|no|em|con|nho|con be|thang be|she|he|they|it|the (?:child|kid|boy|girl))\\s+)?(?:(?:s|is|are|re|its|it s|she s|he s|they re|shes|hes|theyre)\\s+)?(?:(?:van|con|that|van con|hoan toan|still)\\s+)?(?:khong|ko|k|kg|chua|chang|hong|hok|hem|not|isn t|isnt|aren t|arent|never)\\s+(?:(?:duoc|con|co|he|that|hoan toan|yet|really|at all|that su)\\s+)*(?:an toan|safe)(?:\\s+(?:${NOT_SAFE_TAIL}))*$|^unsafe(?: now| still)?$`);
/** A clause of the reply says not safe (NOT_SAFE), whatever else the reply says ("không, chưa an toàn đâu", "chưa an toàn, ổng còn đó"). */
export function saysNotSafe(text: string): boolean {
  return text.split(/[,.;:!?\n]+/u).some((c) => NOT_SAFE.test(bareKey(c)));
}
/** The polite words around a short answer taken off (chat key): "dạ chưa ạ" is "chua". */
function bareKey(text: string): string {
  const bare = chatKey(text).replace(/^(?:da|vang|thua)\s+(?=\S)/, "").replace(/(?:\s+(?:a|nhe|nha|dau a|roi a|nua))+$/, "");
  return bare && bare !== "a" ? bare : chatKey(text);
}
/**
 * At the danger question, a yes said with a doubt (chat key): "hình như có", "chắc có", "có vẻ có", "chắc là có", "có lẽ có", "có thể",
 * "chắc vậy", "i think so", "i guess so", "probably": a yes (RD37: for safety a hedged yes is a yes). "maybe" alone stays not sure.
 */
const HEDGED_YES = /^(?:(?:toi|tui|em|minh|con|chau)\s+)?(?:(?:hinh nhu|co ve|chac|chac la|co le|nghi la|thay|chac chan|chac chan la|chac cung|co the|nghi|doan)\s+(?:la\s+)?(?:co|vay|the|dang|co dang|co a|nhu vay|nhu the)|co the(?: co| lam| lam chu)?|(?:i\s+)?(?:think|guess|believe|suppose|reckon) so|(?:i\s+)?think (?:yes|she is|he is|they are)|probably(?: yes| so)?|most likely|likely|looks like it|seems so|possibly|maybe yes|yes i think|yes probably)(?:\s+(?:a|nha|nhe|roi|do|day|qua|luon))*$/;
/** At the danger question, not yet alone (chat key): "chưa", "chưa ạ", "chưa đâu", "chưa có", "not yet", "chắc chưa": not sure (RD37). */
const NOT_YET = /^(?:(?:chac|chac la|co le|chac van|van)\s+)?chua(?:\s+(?:dau|co|co gi|co chuyen gi|het|ca|nua|a))*$|^(?:not yet|nothing yet|no not yet|not yet no)$/;
/** At the danger question, not back yet (chat key): "chưa về", "ổng chưa về", "vẫn chưa về nhà": not sure (RD37). */
const NOT_BACK_YET = /^(?:(?:ong|ong ay|ong ta|ba|ba ay|bo|me|cha|duong|chu|han|no|anh ta|bo me|bo me no|nguoi lon|he|she|they)\s+)?(?:van\s+|cung\s+)?chua\s+(?:ve|toi|den|ve nha|ve toi)(?:\s+(?:dau|het|ca|nua|a|nha))*$|^(?:he|she|they)(?: s| is| are| re|s)? not (?:back|home) yet$/;
/**
 * Nobody there or come home yet (chat key): "chưa ai về cả", "không ai đến cả", "không có ai ở nhà", "vẫn chưa có ai về", "chưa thấy
 * người lớn nào về hết", "nobody has come home yet", "no one is home". Of a small child left alone a yes, else not sure; never the no
 * that "chưa ai bị gì" is (RD37). A "không" or "nobody" with no word of a place, an arrival or a "yet" ("không có ai cả", "không ai
 * hết", "nobody is") tells that nobody is in danger: it is not this (RD38).
 */
const NOBODY_THERE = /^(?:van\s+|cung\s+)?(?:chua|khong|ko|k|hong)(?:\s+(?:co|thay|thay co))?\s+(?:ai|nguoi nao|nguoi lon nao|ai lon)(?:\s+(?:ve|toi|den|di|ve nha|o nha|o do|o day|trong nha|ca|het|dau|nua|a|luon|ve toi|lai|qua|ra))*$|^(?:nobody|no one|noone|no adult|no grown up|no grownup)(?: (?:has|have|s|is|came|come|yet|home|here|there|back|come home|came home|come back|came back|at home|in|with (?:her|him|them)))*$|^(?:nobody s|no one s) (?:home|here|there|back|come)(?: yet)?$/;
/** "không (có) ai" or "nobody" of anyone (not of a grown-up), and no place, arrival or "yet" said after it. */
const NOBODY_ONLY = /^(?:van\s+|cung\s+)?(?:khong|ko|k|hong)(?:\s+(?:co|thay|thay co))?\s+(?:ai|nguoi nao)(?:\s+(?:di|ca|het|dau|nua|a|luon|ra))*$|^(?:nobody|no one|noone)(?: (?:has|have|s|is))*$/;
/** The reply says nobody is there or has come home yet (NOBODY_THERE), not "nobody" alone. */
export function nobodyThereSaid(text: string): boolean {
  const key = bareKey(text);
  return NOBODY_THERE.test(key) && !NOBODY_ONLY.test(key);
}

/**
 * Yes / no / not sure typed at "is a child in danger right now?", erring towards danger (RD37): "chưa an toàn" a yes, a hedged yes a
 * yes, "chưa" / "not yet" / "chưa về" not sure; "chưa ai về cả" null (read with the story: a child left alone is a yes).
 */
export function matchDangerAnswer(text: string): TriState | null {
  const key = bareKey(text);
  if (nobodyThereSaid(text)) return null;
  if (saysNotSafe(text) || HEDGED_YES.test(key)) return "yes";
  if (NOT_YET.test(key) || NOT_BACK_YET.test(key)) return "unknown";
  return matchTriState(text);
}

/** Yes / no / not sure from typed text, or null when it is something else. */
export function matchTriState(text: string): TriState | null {
  // "dạ không ạ", "dạ có ạ", "vâng ạ", "không đâu ạ": the polite words around the answer are not part of it.
  const bare = chatKey(text).replace(/^(?:da|vang|thua)\s+(?=\S)/, "").replace(/(?:\s+(?:a|nhe|nha|dau|dau a|roi a|nua))+$/, "");
  const key = bare && bare !== "a" ? bare : chatKey(text);
  if (UNKNOWN.has(key)) return "unknown";
  if (YES.has(key)) return "yes";
  if (NO.has(key)) return "no";
  // "chưa an toàn", "không an toàn đâu": a "không" or "chưa" of not safe is no plain no (RD37).
  if (saysNotSafe(text)) return null;
  // "chưa đứa nào đi cả", "không ai đến", "vẫn còn", "hình như có", "not yet", "nobody": common free answers, whole (issue 13).
  const free = FREE_NO.test(key) ? "no" : FREE_YES.test(key) ? "yes" : FREE_UNSURE.test(key) ? "unknown" : null;
  if (free) return free;
  const lead = leadingTriState(key, text);
  if (lead || text.includes("?")) return lead;
  // "có chớ, hắn khóc tới khan giọng rồi": a yes or no said as its own clause first, however long what follows.
  const first = text.split(/[,.;!]/u)[0] ?? "";
  const firstKey = chatKey(first).replace(/^(?:da|vang|thua)\s+(?=\S)/, "").replace(/(?:\s+(?:a|nhe|nha|dau|cho|chu|nua))+$/, "");
  if (first.trim() === text.trim() || firstKey.split(" ").length > 3) return null;
  return UNKNOWN.has(firstKey) ? "unknown" : YES.has(firstKey) ? "yes" : NO.has(firstKey) ? "no" : null;
}

/**
 * "không, bé đang ở trường", "có ạ, ngay bây giờ", "chưa biết nữa": a short reply whose first
 * words answer the question. A question ("dạ cho em hỏi...?") is never read as an answer.
 */
function leadingTriState(key: string, text: string): TriState | null {
  const words = key.split(" ").filter(Boolean);
  if (words.length === 0 || words.length > 6 || text.includes("?")) return null;
  if (UNKNOWN_WORDS.test(key)) return "unknown";
  // "Có một bé bị đánh" is a story, not "yes": the first word answers only when it stands apart ("có, ...") or the reply is short.
  const lead = /^\s*([^\s,.;:!-]+(?:\s+[^\s,.;:!-]+)?)\s*[,.;:!-]/u.exec(text);
  const heads = words.length <= 3 ? [words[0]!, words.slice(0, 2).join(" ")] : lead?.[1] ? [chatKey(lead[1])] : [];
  if (heads.some((h) => NO.has(h))) return "no";
  if (heads.some((h) => YES.has(h))) return "yes";
  // "no im at home", "yes she is": an English yes or no followed by the sentence that says it.
  const english = /^(no|nope|yes|yeah|yep)\s+(?:i|im|i m|she|he|they|we|it|its|it s|her|his|the|there|not|nobody|no one)\b/.exec(key);
  if (english) return /^(no|nope)$/.test(english[1]!) ? "no" : "yes";
  return null;
}

/**
 * A trade or a place of work, said by the writer, that is no tie to the child (folded): "chủ tiệm tạp hóa", "chủ nhà trọ", "tôi bán
 * rau ngoài chợ", "mở quán nước", "cho thuê phòng", "tình nguyện viên", "I run the shop", "I own the bakery", "I volunteer at".
 * "chủ" (owner) folds like "chú" (uncle): read as an owner only before a business ("chu tiem", "chu nha tro"), or when typed "chủ".
 */
const OWNED = String.raw`(?:tiem|quan|cua hang|hang|sap|sap hang|nha tro|phong tro|day tro|khu tro|tro|nha cho thue|nha hang|khach san|nha nghi|xuong|vuon|trang trai|cong ty|shop|tap hoa|hieu thuoc|ca phe|cafe|karaoke|tiem net|quan net|bai xe|lo|ghe|xe)`;
const GOODS = String.raw`(?:hang|tap hoa|rau|trai cay|hoa qua|nuoc|banh|com|pho|bun|xoi|do an|quan ao|ve so|thit|ca|cho|o cho|ngoai cho|quan|tiem|cua hang|quan an|quan nuoc|quan com|ca phe|cafe|phong|phong tro|nha tro|tro|nha|xe om|grab|bao ve|tinh nguyen)`;
export const WRITER_TRADE = new RegExp(String.raw`\b(?:chu ${OWNED}|ba chu|ong chu ${OWNED}|tinh nguyen vien|tieu thuong|nguoi ban hang|lai xe om|chay xe om|xe om|bao ve|(?:ban|mo|cho thue|chay|buon ban|lam) ${GOODS}|(?:run|own|manage|keep|have) (?:the|a|an|that|this|my) (?:\w+ )?(?:shop|store|stall|cafe|coffee shop|bakery|restaurant|kiosk|guesthouse|hostel|hotel|boarding house|garage|salon|business)|volunteer\w*|landlord|landlady|shopkeeper|shop owner|store owner|(?:rent|rents|renting) (?:out )?(?:rooms?|flats?|apartments?|the room)|i sell|i drive)\b`);
/** The writer's tie to the child said outright (folded): "chú ruột của bé", "bà ngoại nó", "her aunt". */
const KIN_OF_CHILD_SAID = /\b(?:bo|me|ba|ma|cha|ong|chu|bac|co|di|cau|mo|thim|anh|chi)(?: (?:ruot|ho|noi|ngoai|ke|duong))?(?: cua)? (?:be|chau|no|em ay|tre|con be|thang be|dua nho)\b|\b(?:his|her|their) (?:mother|father|mom|mum|dad|aunt|uncle|grandma|grandmother|grandpa|grandfather|sister|brother|cousin)\b/;
/** "chủ" typed with its mark (owner), never "chủ nhiệm" (a class teacher), "chủ động", "chủ nhật", "chủ tịch". */
const OWNER_MARKED = /(?:^|[^\p{L}])chủ(?![\p{L}])(?!\s+(?:nhiệm|yếu|động|nhật|ý|quan|tịch|đề|trương|mưu)(?![\p{L}]))/iu;

/** The writer names a trade or work that is no tie to the child, and no kin tie besides. */
export function saysTradeNotTie(text: string): boolean {
  const key = foldKey(text);
  if (KIN_OF_CHILD_SAID.test(key)) return false;
  return WRITER_TRADE.test(key) || OWNER_MARKED.test(text.normalize("NFC"));
}

/** A passer-by, in a phrase (folded): "người đi đường thôi, tui đi ngang", "just a passer-by, I was walking past". */
export const PASSER_BY = /\b(nguoi di duong|nguoi qua duong|khach qua duong|di ngang|di ngang qua|di duong|passer ?by|passing by|walking (?:by|past)|walked (?:by|past))\b/;
const RELATION_WORDS: ReadonlyArray<[ReporterRelation, RegExp]> = [
  // "người đi đường thôi, tui đi ngang", "just a passer-by": someone else (not "dì", aunt, in "đi").
  ["other", PASSER_BY],
  // "stranger, I am a tourist", "người lạ thôi, khách du lịch": no tie to the child is someone else, a family it denies too (walk 51 typed it four times).
  ["other", /\b(nguoi la|khong quen|khong quen biet|khong (?:co )?(?:ho hang|quan he|lien quan)|khach du lich|du khach|stranger|tourist|visitor|not related|no relation|unrelated|don t know (?:him|her|them|the (?:child|kid|family)))\b/],
  ["self", /^(em|toi|minh|con|chau)$|\b((?:chinh em|chinh toi|chinh chau|chinh con)(?! (?:thay|nghe|chung kien|biet|xem|gap|bat gap)\b)|em tu|chau tu|con tu|minh tu|toi la tre|minh la tre|la em|em la nan nhan|la dua be|la dua tre|la con be|la thang be|myself|i am the child|it s me|me)\b/],
  ["teacher", /\b(giao vien|thay giao|co giao|co chu nhiem|thay chu nhiem|chu nhiem|nha truong|gv|gvcn|teacher|school)\b/],
  ["neighbour", /\b(hang xom|ke ben|gan nha|lang gieng|neighbo(u)?r)\b/],
  ["family", /\b(gia dinh|nguoi than|bo|ba|me|anh|chi|ong|ba noi|ba ngoai|co|di|chu|bac|cau|mo|thim|ho hang|family|mother|father|parent|aunt|uncle|grand\w*|sister|brother)\b/],
  ["other", /\b(nguoi khac|nguoi qua duong|ban cua|hang|other|someone)\b/],
];

/**
 * Who the writer says they are, in a sentence of their own (folded): "dạ em là giáo viên chủ nhiệm của bé ạ", "minh o gan nha, la hang
 * xom thoi a", "I'm her class teacher": the relation named after "là" / "I'm", or null when the sentence introduces no one.
 */
export function relationSaid(text: string): ReporterRelation | null {
  const key = foldKey(text);
  const said = /(?:^|\s)(?:(?:toi|tui|em|e|minh|mk|t|co|thay|chi|anh|con|chau|bac|chu|di)\s+(?:\S+\s+){0,4}?la|i m|im|i am)\s+(.+)$/.exec(key);
  // "self" only when the words after it say the writer is the child ("em là đứa bị đánh"), as matchRelation reads them.
  return said ? matchRelation(said[1]!) : null;
}

/** Who the reporter is, from typed text ("hàng xóm", "em tự kể"), or null. */
export function matchRelation(text: string): ReporterRelation | null {
  // "mẹ nuôi của bé", "bạn của mẹ bé": "mẹ" folds to the English "me" (the child), so a written or kin-qualified one is the mother.
  const key = foldKey(text).replace(/mẹ/iu.test(text.normalize("NFC")) ? /\bme\b/g : /\bme (?=(?:cua|nuoi|ke|ruot|be|no|chau|do dau|ghe)\b)/g, "mother ").replace(/\s+/g, " ").trim();
  for (const [relation, re] of RELATION_WORDS) {
    // "tôi là chủ tiệm tạp hóa", "I run the shop across the road": a trade is someone else, whatever kin-like word it holds.
    if ((relation === "family" || relation === "self") && saysTradeNotTie(text)) return "other";
    if (re.test(key)) return relation;
  }
  return saysTradeNotTie(text) ? "other" : null;
}

/** An age band from typed text: "8 tuổi", "bé 3t", "lớp 7", "so sinh". */
export function matchAgeBand(text: string): AgeBand | null {
  const key = foldKey(text);
  if (UNKNOWN.has(key)) return "unknown";
  if (/\b(so sinh|tre so sinh|em be|mau giao|mam non|newborn|baby|toddler)\b/.test(key)) return "under_6";
  const grade = /\blop (\d{1,2})\b/.exec(key);
  if (grade?.[1]) return bandOf(Number(grade[1]) + 6);
  const years = /\b(\d{1,2})\s*(tuoi|t|years?|yo|y o)?\b/.exec(key);
  if (years?.[1]) return bandOf(Number(years[1]));
  return null;
}

/** The intake's age band of an age in years. */
export function bandOf(age: number): AgeBand {
  if (age < 6) return "under_6";
  if (age <= 11) return "6_11";
  if (age <= 15) return "12_15";
  if (age <= 17) return "16_17";
  return "unknown";
}

/** Boy or girl from typed text. */
export function matchSex(text: string): ChildSex | null {
  const key = foldKey(text);
  if (UNKNOWN.has(key)) return "unknown";
  if (/\b(gai|nu|girl|female|con gai|be gai)\b/.test(key)) return "female";
  if (/\b(trai|nam|boy|male|con trai|be trai)\b/.test(key)) return "male";
  return null;
}

/** "ẩn danh", "anonymous", "không muốn để lại" count as anonymous. */
export function isAnonymous(text: string): boolean {
  const key = chatKey(text);
  // "no thanks", "ko đâu ạ", "không muốn", "không muốn để": a plain no, with only thanks or a wish not to leave one.
  const plainNo = /^(?:no|khong|thoi|khoi)(?: (?:thanks|thank you|cam on|a|nha|nhe|dau|muon|muon de|muon de lai|muon cho|can|can dau|i m good|i d rather not))*$/.test(key);
  return /\b(an danh|anonymous|giau ten|khong muon de lai|khong de lai|no contact|no number|no phone|don t call me|dont call me|do not call me|don t contact me|do not contact me)\b/.test(key) || NO.has(key) || plainNo || asksNotToBeCalled(text);
}

/**
 * "thôi đừng gọi cho em", "dung goi e nha, ba e nghe la e toi", "please don't call, my mum checks my phone" (chat key): a wish not
 * to be called, with no other way to be reached (a number, "nhắn tin thôi", "text me" keep the contact step's own reading).
 * "đừng gọi cho mẹ em" names someone else (a worry answered as such), never the writer.
 */
function asksNotToBeCalled(text: string): boolean {
  const key = chatKey(text);
  if (/(?:\d[\s.-]?){8,}|\b(?:nhan tin|nhan|sms|zalo|messenger|facebook|fb|email|mail|text|texts|message|messages|whatsapp|telegram)\b/.test(key)) return false;
  return /(?:^|\b(?:thoi|xin|lam on|lam on la|nha|nhe|a)\s+)(?:dung|khong|ko|k|dung co|xin dung|dung ai)\s+(?:goi|goi dien|lien lac|lien he|call)(?:\s+(?:cho|toi|voi|den))?(?:\s+(?:e|em|minh|mk|mik|toi|tui|t|chau|con|nha|nhe|nha a|a|dau|nhe a))*(?:$|\s*,|\s+(?=\S))/.test(key) && !/\b(?:dung|khong|ko|k)\s+(?:goi|goi dien|lien lac|lien he)\s+(?:cho|toi|voi|den)?\s*(?:me|bo|ba|ma|cha|bo me|ba me|gia dinh|nha truong|co giao|thay)\b/.test(key)
    || /^\s*(?:please\s+|pls\s+|plz\s+)?(?:don['’]?t|do not|never)\s+(?:call|phone|ring)(?:\s+me)?(?:\s+(?:please|pls|thanks))?\s*(?:[,.!;:-]|$)/iu.test(text.normalize("NFC"));
}

/**
 * Declining, in words, to leave a contact: "thôi khỏi", "không cần đâu", "tôi không muốn để số",
 * "tui hổng muốn để lại số đâu", "ko cho sdt". At the contact question this is "anonymous".
 */
export function refusesContact(text: string): boolean {
  // "sợ" (afraid) folds like "số" (number): "e sợ ổng đánh" is not about a phone number.
  const key = foldKey(text.normalize("NFC").replace(/sợ/giu, "lo"));
  // Another way to reach them ("không có số, nhắn qua facebook Lan Phạm"), or not minding ("tôi không ngại để tên"): not a refusal.
  // "please don't call, my mum checks my phone": a wish not to be called, with no other way to reach them, whatever "phone" it names.
  if (asksNotToBeCalled(text)) return true;
  if (givesWayToReach(text) || MINDS_NOT.test(key)) return false;
  if (isAnonymous(text)) return true;
  // "ko. bm t bit thi t chet", "No. My dad would kill me": a plain no opens it, what follows says why (no number in it).
  if (NO.has(foldKey(text.split(/[.!;,\n]/)[0] ?? "")) && !/\d{6,}|@/.test(text)) return true;
  if (/^(thoi )?(khoi|khoi di|khoi nha|khoi nhe|khoi a|khoi roi|thoi|thoi nha|thoi khong|thoi ko)( (nha|nhe|a|di|luon|roi|ban|nghe))*$/.test(key)) return true;
  // "thôi khỏi, tôi không muốn dính vô", "thoi khoi de so, ...": a "never mind" that opens the reply, whatever reason follows (no number in it).
  if (/^(?:(?:da|u|uh|a)\s+)?(?:thoi\s+)?khoi\b/.test(key) && !/\d{6,}|@/.test(text)) return true;
  // "tôi không muốn dính vào", "không muốn dây dưa", "I don't want to get involved": not wanting to be part of it.
  if (/\b(?:khong|ko|k|hong|hok|chang|cha) (?:muon|thich|dam) (?:\w+ ){0,2}?(?:dinh|day|day dua|dinh dang|dinh vo|dinh vao|lien quan|lien luy|bi lien luy|ra mat|lo mat|phien phuc|ra lam chung)\b|\b(?:don t|dont|do not) want to (?:get |be )?(?:involved|named|dragged)\b/.test(key) && !/\d{6,}|@/.test(text)) return true;
  if (/^(thoi )?(khong|ko|k|kg|hong|hok|hem|cha) can( (dau|a|nha|nhe|lien lac|goi|lai|de lai|so|dien thoai|sdt|ban|luon))*\b/.test(key)) return true;
  return /\b(khong|ko|k|kg|hong|hok|hem|chang|cha)\s+(\w+\s+){0,3}(so|sdt|dt|so dien thoai|dien thoai|lien lac|thong tin lien lac|ten that|ten)\b/.test(key)
    && !/\d{6,}|@/.test(text);
}

/**
 * Asking to be anonymous after giving a number: "cho tôi ẩn danh", "đừng lưu số tôi", "xóa số điện
 * thoại của tôi", "delete my number" (folded).
 */
export function wantsAnonymity(text: string): boolean {
  const key = foldKey(text);
  if (/(?:\d[\s.-]?){8,}|\S+@\S+\.\S+/.test(text)) return false;
  return /\b(?:cho|de|muon|xin) (?:toi |em |minh |tui )?(?:duoc )?an danh\b|\b(?:dung|khong|dung co) (?:luu|ghi|giu|de) (?:lai )?(?:so|sdt|so dien thoai|dien thoai|ten)\b|\b(?:xoa|bo|go) (?:giup |gium |dum )?(?:so|sdt|so dien thoai|dien thoai|thong tin lien lac)\b|\b(?:delete|remove|erase|don t (?:keep|store|save)) my (?:number|phone|contact|name)\b|\b(?:stay|be|keep me|report) anonymous(?:ly)?\b/.test(key);
}

/** An app, a "message me through", "call" (folded): a way to reach the reporter named in words. */
const REACH_WORDS = /\b(zalo|facebook|fb|face|messenger|mess|telegram|tele|viber|email|gmail|mail|nhan qua|nhan cho|nhan tin (qua|cho|vao)|goi cho|goi vao|goi so|lien he qua|lien lac qua|qua so)\b|\b(toi|den|xuong|ghe|len) (\w+ ){0,5}(hoi|gap|tim) (\w+ ){0,3}(la (biet|gap|ra)|thi gap|se gap)\b/;
/** "cán bộ tới buôn Ko Tam hỏi già Ama Hlin": found in person, asking for someone by name (as written, a capital letter). */
const IN_PERSON = /(?:^|\s)(?:tới|đến|xuống|ghé|lên|come to|go to)\s.{0,40}?\b(?:hỏi|gặp|tìm|ask for|ask)\s+(?:(?:già|ông|bà|anh|chị|cô|chú|bác|thầy|Ama|Ami|Y|H'|mr|mrs|ms)\s+)?\p{Lu}/u;
/** Saying they do not mind being contacted or named (folded). */
const MINDS_NOT = /\b(khong|ko|k|chang|cha|hong|hok) (ngai|van de gi)\b|\b(san sang|cu goi|cu nhan)\b/;
/** A name the reporter gives: "tôi là Nguyễn Văn Tư", "tên tôi là Lan", "my name is Tu". */
const NAME = /(?:^|[\s,.])(?:tên(?: tôi| mình| em)?(?: là)?|(?:tôi|mình|em|tui) là|name is|i am|i'm)\s+\p{Lu}\p{Ll}*/u;

/** Saying they do not mind being contacted or named ("tôi không ngại để tên"). */
export function mindsBeingContacted(text: string): boolean {
  return MINDS_NOT.test(foldKey(text));
}

/** The message gives a way to reach the reporter: a phone number, an e-mail, an app or handle, a name. */
export function givesWayToReach(text: string): boolean {
  const t = text.normalize("NFC");
  if (/\b(?:đừng|dung|không muốn|khong muon|don t|do not)\b/iu.test(t) && !/(?:\d[\s.-]?){8,}|\S+@\S+\.\S+/.test(t)) return NAME.test(t) && !/\b(?:đừng|dung) (?:tới|toi|đến|den|tìm|tim|gọi|goi)\b/iu.test(t);
  return /(?:\d[\s.-]?){8,}|\S+@\S+\.\S+/.test(t) || REACH_WORDS.test(foldKey(t)) || NAME.test(t) || IN_PERSON.test(t);
}

/** What a typed reply at the summary means: send it, edit it, cancel it, a bare "no", or none of these. */
export type SummaryWord = "submit" | "edit" | "cancel" | "no" | "withdraw";

/** Reads "gửi", "ok", "đúng rồi", "sửa", "hủy", "không", "send", "edit", "cancel", "no" (and their typos without accents). */
export function matchSummaryWord(text: string): SummaryWord | null {
  // "✅", "👍", "👌" alone at the summary: send.
  if (/^(?:\s*(?:✅|✔️?|☑️?|👍(?:🏻|🏼|🏽|🏾|🏿)?|👌(?:🏻|🏼|🏽|🏾|🏿)?|🆗))+\s*$/u.test(text)) return "submit";
  // "dừng" (stop) and "đúng" (right) fold alike: with accents they are told apart first.
  if (/^(dừng|dừng lại)\b/u.test(text.normalize("NFC").toLowerCase().trim())) return "cancel";
  const key = chatKey(text).replace(/\b(a|nhe|nha|nhen|di|luon|roi|giup|gium|dum|ho|giup toi|gium toi|dum toi|em|minh|toi|tui|please|it)\b/g, " ").replace(/\s+/g, " ").trim();
  // "đc", "uk", "đúng r", "chuẩn", "ổn": agreeing, in chat spellings too.
  if (/^(gui|ok|oke|okay|ok gui|dong y|xac nhan|send|submit|yes|co|dung|dung vay|chinh xac|vang|da|correct|right|that s right|confirm|u|uh|duoc|chuan|on|on ca|dung het|dung het ca|all good|looks good|good|fine|perfect|yes send|yes please)$/.test(key)) return "submit";
  // "thôi gửi đi ạ", "được rồi gửi đi", "gửi nhanh giúp tôi", "ok send it": a word of send, with only words of agreement or haste.
  if (/^(?:(?:thoi|duoc|ok|oke|okay|vang|da|u|yes|co|dong y|xac nhan|vay|the|nhanh|cu|please|just|dung|dung vay|chinh xac|right|correct|that s right|chuan)\s+)*(?:gui|send|submit|nop)(?:\s+(?:nhanh|ngay|lien|gap|now|please|bao tin|tin|it|report|luon|cho|can bo|di|off|in|le|mau|le len|ho|gap gap))*$/.test(key)) return "submit";
  if (/^(sua|sua lai|chinh sua|chua dung|sai|khong dung|edit|change|correct it|fix|wrong|not right)$/.test(key) || /^(sua|edit)\b/.test(key)) return "edit";
  if (/^(huy|huy bo|huy bao tin|thoi|dung lai|khong gui|cancel|stop|don t send|dont send)$/.test(key)) return "cancel";
  // "à thôi em nghĩ lại rồi, vẫn báo đi, gửi giúp em": a change of mind back to sending.
  const whole = chatKey(text);
  if (whole.split(" ").length <= 14 && /\b(?:van|cu) (?:bao|gui)\b|\bgui (?:giup|gium|dum|di|luon|ngay)\b/.test(whole) && !/\b(?:khong|ko|dung|chua) (?:bao|gui)\b/.test(whole)) return "submit";
  // "thôi em không báo nữa, sợ nhà em biết": withdrawing, which is asked back (a reporter who is afraid is told what stays secret).
  if (whole.split(" ").length <= 14 && /^(?:thoi )?khoi(?: gui| bao| di| nha| nhe| a)*$|^thoi (?:bo di|bo qua di|khong can)|^(?:never mind|forget it|nevermind)\b|\b(?:khong|ko|k|hong|thoi khong|dung) (?:bao|gui|bao tin)(?: nua)?\b|\b(?:don t|do not|dont) (?:want to )?(?:send|report)\b|\bnot (?:report|send)ing\b/.test(whole)) return "withdraw";
  if (/^(khong|ko|k|kg|no|nope|chua|khong phai)$/.test(key)) return "no";
  return null;
}

/** Words that confirm the summary. */
export function isConfirm(text: string): boolean {
  return matchSummaryWord(text) === "submit";
}

/** Words that end the photo step. */
export function isDone(text: string): boolean {
  return /^(xong|xong roi|het|khong co|ko co|khong|done|no|none|finish(ed)?)$/.test(foldKey(text));
}

/** The writer's words (folded) for the child: "nó", "bé", "bạn ấy", "thằng bé", "cháu". */
const THE_CHILD = String.raw`(?:no|be|ban ay|ban do|em ay|em do|thang be|con be|co be|cau be|nho|chau|tre|dua nho|dua be|thang nho|con nho)`;
/** The writer is the child's friend or classmate, in chat spelling too (folded): "t la bn hoc cua no", "e là bn thân của thằng bé". */
const FRIEND_WORDS = new RegExp(String.raw`\b(?:ban|bn|bff)(?: (?:than|hoc|cung lop|chung lop|cung truong|cung ban|choi|choi chung|cung xom))? (?:cua )?${THE_CHILD}\b|\b(?:hoc|choi) (?:cung|chung|voi|vs)(?: (?:voi|vs))? ${THE_CHILD}\b|\b(?:is|am|m) (?:his|her|their) (?:best |close |school )?(?:friend|classmate|mate)\b`);
const CLASSMATE_WORDS = /\b(?:cung lop|chung lop|hoc cung|hoc chung|classmate)\b/;
/** The writer lives beside the child (folded): "sát vách", "phòng bên cạnh", "chung dãy trọ", "cùng xóm", "next door". */
const BESIDE_WORDS = /\b(?:sat vach|vach ben|ngay vach|sat ben|ke ben|ben canh|canh nha|canh phong|doi dien|chung day|cung day|chung xom|cung xom|chung hem|cung hem|chung ngo|cung ngo|chung khu|cung khu|chung tang|cung tang|chung nha tro|cung nha tro|chung chung cu|cung chung cu|next door|across the (?:street|hall|road)|same (?:building|street|alley|block)|live nearby|lives nearby)\b/;
/** The writer is the child it happened to (folded): "chính mình là người bị đánh", "người bị là tớ", "tớ chính là người bị đó", "là tớ đó". */
const SELF_WORDS = new RegExp([
  // "chính tôi thấy nó bị đánh": a witness, not the child.
  String.raw`\bchinh (?:minh|to|toi|tui|em|e|t|con|chau|mk|mik)\b(?: (?!(?:thay|nghe|chung kien|biet|xem|gap|chung)\b)\S+){0,3} (?:bi|nguoi bi)\b`,
  String.raw`\b(?:minh|to|toi|tui|em|e|t|con|chau|mk|mik) (?:chinh |cung )?la (?:nguoi|dua|ban|dua tre|dua nho) (?:bi|da bi)\b`,
  String.raw`\bnguoi bi(?: \S+){0,2} (?:la|chinh la) (?:minh|to|toi|tui|em|e|t|con|chau|mk|mik)\b`,
  String.raw`^(?:la |chinh la )?(?:minh|to|tui|em|e|t|mk|mik) (?:day|do|nay|a|nha|ne|luon)(?: (?:a|nha|day|do))*$`,
  String.raw`\b(?:it s|it is|it was) me\b|\bi am the (?:one|kid|child)\b`,
].join("|"));

/** The words name the one who harms, not the writer (folded): "người đánh nó là ông hàng xóm", "thủ phạm là chú nó". */
const HARMER_NAMED = /\b(?:nguoi|ke|thang|dua|gia|con)(?: da| hay)? (?:danh|dap|hanh ha|hanh hung|xam hai|lam hai|bat nat|chui|nhot|doa|so mo|lam vay|lam chuyen do|lam viec do)\b(?: \S+){0,2}? (?:la|chinh la)\b|\bthu pham (?:la|chinh la)\b/;

/** True when the words typed at "who are you?" name the one who harms the child (then they say nothing of the writer). */
export function namesHarmer(text: string): boolean {
  return HARMER_NAMED.test(chatKey(text));
}

/**
 * Who the writer is, in words of their own typed at "who are you to the child?" (walk 47): living beside the child, a friend or
 * classmate in chat spelling, the child themself; with the words a summary shows for a friend. Null when the words name none of these.
 */
export function relationInWords(text: string, lang: "vi" | "en"): { relation: ReporterRelation; words: string | null } | null {
  const key = chatKey(text);
  if (SELF_WORDS.test(key)) return { relation: "self", words: null };
  if (FRIEND_WORDS.test(key)) return { relation: "other", words: CLASSMATE_WORDS.test(key) ? (lang === "en" ? "a classmate of the child" : "bạn cùng lớp của trẻ") : lang === "en" ? "a friend of the child" : "bạn của trẻ" };
  if (BESIDE_WORDS.test(key)) return { relation: "neighbour", words: null };
  return null;
}

/** Number words (folded) a reporter types for a few children. */
const COUNT_WORDS: Readonly<Record<string, number>> = { mot: 1, hai: 2, ba: 3, bon: 4, tu: 4, nam: 5, sau: 6, bay: 7, tam: 8, chin: 9, muoi: 10, one: 1, two: 2, three: 3, four: 4, five: 5 };
/** A child word (folded); "con" of an animal ("năm con chó") is none. */
const CHILD_WORD = String.raw`(?:dua|be|chau|em|tre|dua tre|dua nho|dua be|thang|con(?! (?:cho|meo|ga|heo|lon|vit|chim|trau|ngua|de|cun|bo|ca)\b)|nho|kids?|children|child|girls?|boys?)`;
const COUNT = String.raw`(\d{1,2}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi)`;
/** More children, with a child word (folded): "thêm 3 đứa nữa cũng bị", "còn 2 bé nữa", "there are 2 more kids". */
const MORE_CHILDREN = new RegExp(String.raw`\b(?:them|con|co them|con co|con them|va|voi)\s+${COUNT}\s+${CHILD_WORD}\b(?:\s+\S+){0,3}?\s+(?:nua|cung bi|cung vay|also|too)\b|\b(\d{1,2}|one|two|three|four|five)\s+more\s+${CHILD_WORD}\b`, "g");
/** All the children, counted (folded): "cả ba đứa cũng bị", "cả 4 đứa đều bị đánh", "all three kids". */
const ALL_CHILDREN = new RegExp(String.raw`\bca\s+${COUNT}\s+${CHILD_WORD}\b(?:\s+\S+){0,3}?\s+(?:nua|cung|deu)\b|\ball\s+(\d{1,2}|two|three|four|five)\s+(?:of the\s+)?${CHILD_WORD}\b`, "g");
/** A count word as written with its tones: "với bà" is no "với ba" (3) when the words carry diacritics. */
const COUNT_AS_WRITTEN: Readonly<Record<string, string>> = { mot: "một", hai: "hai", ba: "ba", bon: "bốn", tu: "tư", nam: "năm", sau: "sáu", bay: "bảy", tam: "tám", chin: "chín", muoi: "mười" };

function countIn(re: RegExp, text: string): number | null {
  const written = text.normalize("NFC").toLowerCase();
  const toned = hasVietnameseDiacritics(text);
  for (const m of foldKey(text).matchAll(re)) {
    const said = m[1] ?? m[2];
    if (!said) continue;
    const word = COUNT_AS_WRITTEN[said];
    if (toned && word && !new RegExp(String.raw`(?<![\p{L}\p{M}])${word}(?![\p{L}\p{M}])`, "u").test(written)) continue;
    const n = /^\d+$/.test(said) ? Number(said) : COUNT_WORDS[said] ?? 0;
    return n > 0 && n < 30 ? n : null;
  }
  return null;
}

/** How many more children the words add ("thêm 3 đứa nữa cũng bị": 3), or null; a number with no child word ("thêm 3") adds none. */
export function moreChildrenSaid(text: string): number | null {
  return countIn(MORE_CHILDREN, text);
}

/** How many children in all the words count ("cả ba đứa cũng bị": 3), or null. */
export function allChildrenSaid(text: string): number | null {
  return countIn(ALL_CHILDREN, text);
}

/** A number with only a word of more or of still ("thêm 3", "3 nữa", "còn 2"), no child, age, place or time word: no answer to a question (folded). */
export function bareAddedNumber(text: string): boolean {
  return /^(?:(?:them|con|con them|co them|them duoc)\s+\d{1,3}(?:\s+(?:nua|a|nha|nhe))*|\d{1,3}\s+nua(?:\s+(?:a|nha|nhe))*|(?:\d{1,3}\s+)?more)$/.test(foldKey(text));
}
