/**
 * The questions of the reporter flow, one definition per step: how it is asked, which choices
 * it offers, how a typed reply answers it (or does not), and whether the draft already holds
 * the answer. Which question comes next is decided from the draft (`nextStep`): the story
 * fills fields first, so only the gaps that change what officers do are asked, within a budget.
 */
import type { ReportDraft, ReporterRelation, TriState } from "../case-intake-port.ts";
import { foldKey, standardDialect } from "../../core/vietnamese-text.ts";
import { PASSER_BY, SAFE_NOW, chatKey, childStillWithAfter, isAnonymous, namesHarmer, matchAgeBand, matchRelation, matchDangerAnswer, matchTriState, nobodyThereSaid, relationInWords, relationSaid, saysNoDanger, saysNotKnown, saysNotSafe } from "./answer-matching.ts";
import { isLeadIn, isQuestionLike, saysFeeling, statementPart } from "./side-questions.ts";
import { T, type FlowText } from "./report-flow-texts.ts";
import { analyseMessage, safetyRules } from "../triage/triage-model.ts";
import { extractReportFacts } from "../triage/report-facts.ts";
import { triageRules } from "../triage/triage-rules.ts";
import type { ReportFlowDeps, ReportFlowState, StepId } from "./report-flow-types.ts";
import { ageText, cleanPlaceAnswer, placeBesideProvince, readCommuneAnswer, readContact, spelledAs, withPersonNowOf, writerIsGrownUp } from "./story-reading.ts";
import { withPlace } from "./place-parts.ts";
import { knownSpelling } from "./place-spelling.ts";
import { friendOfChildSaid, livesWithHarmerSaid, namesPlaceKind, saysAlreadyGiven, saysDangerInWords } from "./flow-words.ts";

/** A part of a place that is a province ("Đắk Lắk" after "ấp 2, Tân Phú"), not a commune typed without its level. */
const provinceIn = (deps: ReportFlowDeps) => (part: string): boolean => deps.findProvince(part)?.level === "province";

/** A bare no, in any spelling ("k", "ko", "hk", "khum", "không ạ", "no"): at "who are you?" or "when?", nothing to say. */
const plainNo = (text: string): boolean => /^(?:da |thua )?(?:khong|no)(?: (?:a|nha|nhe|dau|co|biet))?$/.test(chatKey(text).trim());
/** "Now" as the whole reply to "when?" (a chat key): "bh", "bây giờ", "đang", "ngay lúc này", "right now". */
const NOW_REPLY = /^(?:(?:ngay )?bay gio|gio|ngay luc nay|luc nay|dang|dang xay ra|dang danh|ngay bay gio|right now|now|happening now|it s happening now)(?: (?:a|luon|day|nay))*$/;

/** One question of the flow. */
export interface StepDef {
  question(draft: ReportDraft): FlowText;
  /** Buttons; "skip" is added to every question that has no "unknown". */
  choices: readonly string[];
  /** The draft after a pressed (or typed) choice. */
  choose(draft: ReportDraft, id: string): ReportDraft;
  /** Typed text as a choice id, or null. */
  recognise(text: string): string | null;
  /**
   * Typed text as this step's answer, or null when it does not answer it. `loose` allows a short
   * reply to be kept as typed ("làng Mới", "chủ nhật trước"); it is off when the text said other
   * things (a phone number typed at "who are you" is not a relation).
   */
  read(draft: ReportDraft, text: string, deps: ReportFlowDeps, loose: boolean): ReportDraft | null;
  /** The draft holds this step's answer already. */
  known(draft: ReportDraft): boolean;
}

const TRI = ["yes", "no", "unknown"] as const;

/** The text rates an emergency on a red flag that states danger (content/triage/safety-rules.json), not on a classifier alone. */
export function statesDanger(t: { risk: string; redFlags: readonly string[] }): boolean {
  if (t.risk !== "emergency") return false;
  const rules = safetyRules();
  return t.redFlags.some((f) => rules.emergencyFlags.includes(f) || rules.alwaysFlags.includes(f) || rules.immediacyFlags.includes(f) || f === "held_for_ransom");
}
const asTri = (id: string) => (id === "yes" || id === "no" || id === "unknown" ? id : null);
const none = () => null;
const same = (d: ReportDraft) => d;
const append = (a: string | null, b: string) => [a, b].filter(Boolean).join("\n");
const isQuestion = (text: string) => text.trim().endsWith("?");
/** A short reply (a place name, a village) is taken as written; a long one is a story, read for its facts instead. */
const short = (text: string, words = 6) => !isQuestion(text) && text.trim().split(/\s+/).length <= words;
/** "em tự kể", "không", "8 tuổi", "ẩn danh": an answer to another question is not a place, a time or a relation as typed. */
const otherAnswer = (text: string) => isLeadIn(text) || saysFeeling(text) || matchRelation(text) !== null || matchTriState(text) !== null || isAnonymous(text) || /^\s*\d{1,2}\s*(tuổi|tuoi|t|years?( old)?)?\s*$/iu.test(text);
/** Words of telling or finding out (folded): "told me", "kể với tôi", "mới nói". */
const TELLING_WORDS = /\b(?:told|tell|tells|said|says|found out|ke|noi|khai|tam su|thu nhan)\b/;
/** A day or a length of time named (folded): "on Monday", "hôm thứ hai", "tuần trước", "a while". */
const DAY_WORDS = /\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|weekend|week|month|year|ago|while|thu (?:hai|ba|tu|nam|sau|bay)|chu nhat|hom|ngay|tuan|thang|nam ngoai|truoc|lau)\b/;
/** A day named, as typed (with or without marks): "tối thứ sáu", "hôm chủ nhật tuần trước", "toi thu 6", "on Monday night". */
const DAY_SAID = /(?:(?:s[áa]ng|tr[ưu]a|chi[ềe]u|t[ốo]i|[đd][êe]m|h[ôo]m|ng[àa]y|b[ữu]a)\s+)?(?:th[ứu]\s+(?:hai|ba|t[ưu]|n[ăa]m|s[áa]u|b[ảa]y|[2-7])|ch[ủu]\s+nh[ậa]t|cn)(?:\s+(?:tu[ầa]n\s+(?:tr[ưu][ớo]c|r[ồo]i|n[àa]y)|v[ừu]a\s+r[ồo]i))?(?=[\s,.;!?]|$)|\b(?:last\s+|on\s+)?(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?:\s+(?:night|morning|evening|afternoon))?\b/iu;
const looseText = (text: string, loose: boolean) => loose && short(text) && !otherAnswer(text);
/** Words of an English sentence (folded, typed without Vietnamese letters): "I see him every week" is no place name. */
const ENGLISH_SENTENCE = /\b(?:i|my|him|his|her|she|they|them|we|us|you|your|it|is|are|was|were|see|know|think|want|will|can|do|does|did|have|has)\b/;
/** A place typed as it is named: short, no answer to another question, and no English sentence ("Hold on ... I see him every week"). */
const looseName = (text: string, loose: boolean) => looseText(text, loose) && !(ENGLISH_SENTENCE.test(foldKey(text)) && !/[^\x00-\x7f]/u.test(text));

/** "Not now" said in one's own words (folded): "giờ thì (chắc) không", "hiện tại không", "em không sao", "đang ở trường", "he's not home now". */
const NOT_NOW = new RegExp(String.raw`^(?:(?:da|vang|thi|chac|u|um|uhm|well|hmm|ngay|gio|bay gio|hien tai|hien gio|luc nay)\s+)*(?:(?:gio|bay gio|hien tai|luc nay) (?:thi )?(?:e|em|chau|be|no|con|con be|thang be|nho) (?:da )?(?:ve (?:nha )?roi|ve nha|o nha roi)|(?:gio|bay gio|hien tai|hien gio|hien|luc nay) (?:thi )?(?:(?:e|em|chau|be|no|con|con be|thang be|nhoc|nho) )?(?:dang |van |con |van con |dang con |van dang )?o (?:truong|lop|nha ba|nha ong|nha ngoai|nha noi|nha toi|nha tui|voi toi|voi tui|voi em|voi me|voi ba|voi ong|cho an toan|tram|tram y te|tram xa|benh vien|vien|phong kham|cong an|don cong an)|(?:gio|bay gio|hien tai|hien gio|luc nay) (?:thi )?(?:chua|khong|ko|hong) (?:sao|co gi|bi gi)|not that i know(?: of)?|(?:gio|h|bay gio|hien tai|hien gio|luc nay|ngay luc nay|hom nay|toi nay|dem nay) (?:thi |la |cung )?(?:chac |cung |tam |van )?(?:khong|ko|k|hong|hok|chua|on|an toan|binh thuong)|(?:e|em|chau|be|no|con|toi|tui|minh|mk|i|she|he|we) (?:thi |van |dang )?(?:khong|ko|k|hong|hok) (?:sao|bi gi|co gi)|(?:e|em|chau|be|no|con|minh|mk)? ?(?:dang|van dang|hien dang|gio dang|bay gio dang) o (?:truong|lop|nha|nha ba|nha ong|nha ngoai|nha noi|nha toi|nha tui|voi toi|voi tui|voi em|voi me|cho an toan)|(?:not|no) (?:right )?now|not at the moment|(?:right now|for now|now|at the moment|currently),? (?:she|he|they|the (?:child|kid|boy|girl)) ?(?:s|is|are|re) (?:at school|in class|with (?:me|us|her \w+|his \w+)|at (?:my|our|her \w+ s|his \w+ s) (?:house|home|place)|safe)|(?:(?:he|she|they) (?:s|is|are|re)|hes|shes|theyre|he s|she s) (?:not|gone|out|away|at work)|i m (?:ok|okay|fine|safe)(?: now)?|${SAFE_NOW.source})\b`);
/** The person who harms is away now: "bây giờ ba nó đi làm rẫy chưa về", "giờ ổng đi nhậu" (folded); group 1 is who. */
const HARMER_AWAY_NOW = /^(?:(?:da|vang|thi|chac|u|ngay)\s+)*(?:gio|bay gio|hien tai|hien gio|luc nay) (?:thi )?(ba|bo|me|ma|cha|ong|chu|cau|duong|bo duong|me ke|di ghe|no|han|ong ay|ba ay|ong ta|ba ta|ong do|ong kia) (?:\w+ ){0,2}?(?:di lam|di vang|di nhau|di uong(?: ruou| bia)?|di choi|di ray|di ruong|di nuong|di cho|di bien|di rung|vang nha|chua ve|khong co o nha|khong o nha|khong co nha|o ngoai)\b/;
/** The words for each relation the draft may name as the one who harms (folded); pronouns stand for whoever was named. */
const HARMER_WORDS: Readonly<Record<string, readonly string[]>> = {
  father: ["ba", "bo", "cha", "ong"], mother: ["me", "ma"], stepfather: ["duong", "bo duong", "ba", "bo", "cha", "ong"], stepmother: ["me ke", "di ghe", "me", "ma"],
  grandparent: ["ong", "ba"], relative: ["chu", "cau", "ong", "ba"], parents: ["ba", "bo", "me", "ma", "cha"],
};
const PRONOUNS_FOR_HARMER: ReadonlySet<string> = new Set(["han", "ong ay", "ba ay", "ong ta", "ba ta", "ong do", "ong kia", "no"]);

/** Who harms and shares the child's home (the draft's harmer): away now means back tonight. */
const HOUSEHOLD_HARMERS: ReadonlySet<string> = new Set(["father", "mother", "stepfather", "stepmother", "parents"]);
/** The one who harms is away for now (chat key): "he is at work now", "she's out", "ổng đang đi làm", "bả đi chợ rồi". */
const AWAY_FOR_NOW = /\b(?:(he|she|they)(?: is| s| are|re)?(?: still)? (?:at work|at the office|out|away|not (?:at )?home|working)|(ong|ba|bo|me|ma|cha|duong|bo duong|me ke|ong ay|ba ay|ong ta|ba ta|han|no) (?:\w+ ){0,2}?(?:di lam|di vang|di cho|vang nha|khong (?:co )?o nha))\b/;
/** Away for longer than today (chat key): "on a work trip till Friday", "đi công tác mấy ngày", "tuần sau mới về": not back tonight. */
const AWAY_LONGER = /\b(?:till|until|trip|next week|for (?:a|the|some|several|few|\d+) (?:\w+ )?(?:days?|weeks?|months?)|cong tac|di xa|may ngay|vai ngay|tuan sau|thang sau|cuoi tuan|den thu|toi thu|di tu|o tu)\b/;
/** The child said to be with someone now ("nó ở nhà với ông dượng", "she is with him"): not the harmer away. */
const WITH_SOMEONE_NOW = /\b(?:o (?:nha )?(?:voi|cung)|with (?:him|her|them|his|her))\b/;

/**
 * "he is at work now", "ông ấy đang đi làm" said of a parent or step-parent the child lives with (the draft's harmer, or the story says
 * the child lives with them): safe this hour, with the person again tonight (issue 13; DESIGN: the child back with the one who harms
 * today): not sure, never a no. The one away must be the one who harms ("giờ mẹ nó đi vắng" of a stepfather who harms is no such thing).
 */
export function householdHarmerAway(d: ReportDraft, text: string): boolean {
  const key = chatKey(text);
  const m = AWAY_FOR_NOW.exec(key);
  const who = m?.[1] ?? m?.[2];
  if (!who || WITH_SOMEONE_NOW.test(key) || AWAY_LONGER.test(key)) return false;
  const theHarmer = ["he", "she", "they"].includes(who) || PRONOUNS_FOR_HARMER.has(who) || (HARMER_WORDS[d.harmer ?? ""] ?? []).includes(who);
  return theHarmer && (HOUSEHOLD_HARMERS.has(d.harmer ?? "") || livesWithHarmerSaid(d.narrative ?? ""));
}

/** "bây giờ ba nó đi làm rẫy chưa về": the one who harms (on the draft) is away now: not now; "mẹ nó đi vắng" when the stepfather harms is not. */
function harmerAwayNow(d: ReportDraft, key: string): boolean {
  const who = HARMER_AWAY_NOW.exec(key)?.[1];
  if (!who) return false;
  return PRONOUNS_FOR_HARMER.has(who) || (d.harmer !== null && d.harmer !== undefined && (HARMER_WORDS[d.harmer] ?? []).includes(who));
}

/** Fear of being hurt again, said as the answer to "in danger right now?" (folded): "e sợ bố dậy lại đánh tiếp", "I'm scared he'll hit me". */
/** The fear is of another day (folded): "sợ mai ổng lại đánh", "sợ lần sau", "afraid of tomorrow"; "sợ bố quay lại đánh" may be now. */
const FEARS_LATER = /\b(?:so|scared|afraid|terrified)\b(?:\s+\S+){0,4}?\s+(?:lan sau|mai|ngay mai|sau nay|hom khac|mai mot|next time|tomorrow|some day|one day)\b/;
const FEARS_HARM_NOW = /\b(?:so|scared|afraid|terrified)\b(?:\s+\S+){0,5}?\s+(?:danh|dap|chem|giet|dam|hiep|lam hai|lam dau|hit|beat|hurt|kill)\b/;
/** Words that say it may come later: "tối về", "chiều về", "tonight", "comes back", "later" (folded). */
const LATER = /\b(?:toi (?:ve|nay|mai)|chieu (?:ve|nay)|dem (?:nay|ve)|mai|lat nua|ve nha|tonight|tomorrow|later|comes? back|gets? home|when he|when she)\b/;
/**
 * The child goes back to the one who harms today or tonight (folded): "chiều nay tan học em phải về nhà", "tối nay bé lại về ở với ông
 * ta", "she has to go home to him tonight". Safe now, but not out of danger: not a no. "tối nay ổng về" (the person comes back) is not this.
 */
const BACK_TODAY = /\b(?:chieu|toi|dem|trua|hom nay|lat nua|tan hoc|tan truong|sau gio hoc|xong|tonight|today|this (?:evening|afternoon)|after school|later)\b(?! (?:nao|qua|hom qua|hom truoc)\b)(?:\s+\S+){0,8}?\s+(?<!\b(?:ong|ong ay|ong ta|ong do|anh ta|anh ay|han|bo|cha|duong|chu|chu ay|cau|he|she) )(?<!\b(?:khong|ko|k|hong|hok|chua|chang) )(?:(?:phai|lai|se|van|cung|con|thi|la) )*(?:ve (?:lai )?nha|ve (?:lai )?(?:o |ngu )?(?:voi|cung|chung)|o (?:chung|voi|cung) (?:nha )?(?:voi )?(?:ong|ba|bo|cha|me|chu|duong|han|no|ong ta|ong ay|anh ta|nguoi do)|ngu (?:chung|o) nha)\b|\b(?:go(?:es)?|going|goes|head(?:s|ing)?) (?:back )?(?:home|there|to (?:him|her|them|his|their))\b[^.]{0,40}?\b(?:tonight|today|this (?:evening|afternoon)|after school|later)\b|\b(?:tonight|today|this (?:evening|afternoon)|after school|later)\b[^.]{0,40}?\b(?:go(?:es)?|going|goes|head(?:s|ing)?) (?:back )?(?:home|there|to (?:him|her|them|his|their))\b/;
/**
 * Read before the marks are dropped: "tôi" (I) is no evening ("tối"), and "cũng" (also) is no "cùng" (with). An untoned "toi" before what
 * the writer does ("toi vua ve toi nha be", "toi da dua be di", "toi khong biet") is "tôi" too (F4b); "toi nay", "buoi toi", "toi ong ay ve"
 * stay the evening.
 */
const marked = (text: string) =>
  standardDialect(text)
    .replace(/(?<!\p{L})[Tt]ôi(?!\p{L})/gu, "mình")
    .replace(/(?<!\p{L}|\bbuoi )[Tt]oi(?= (?:vua|da|dang|van|cung|chi|thay|nghi|biet|la|khong|ko|chua|muon|can|phai|dua|don|goi|bao|hoi|nhan|tu)(?!\p{L}))/gu, "mình")
    .replace(/(?<!\p{L})[Cc]ũng(?!\p{L})/gu, "vẫn");
/** The child goes back to the one who harms today or tonight, said anywhere in the message (BACK_TODAY). */
export function backWithHarmerToday(text: string): boolean {
  // Read before the marks are dropped: "tôi" (I) is no evening ("tối"), and "cũng" (also) is no "cùng" (with): "tối nào ông bố nhậu
  // về cũng đánh nó" is the father coming home, "Cháu tôi 11 tuổi đang ở với mẹ" the child living there.
  return BACK_TODAY.test(chatKey(marked(text)));
}
/**
 * The child goes to the place of the one who harms later today (folded): "tối nay chắc lại qua nhà ổng", "chiều nay bé lại sang nhà ông ta
 * xem tivi", "tonight she'll go over to his place again". Safe now, not tonight (walk 41: stored as a no, and no advice for tonight).
 */
const GOES_TO_HARMER = /\b(?:chieu|toi|dem|trua|hom nay|lat nua|tan hoc|tan truong|sau gio hoc|xong)\b(?! (?:nao|qua|hom qua|hom truoc)\b)(?:\s+\S+){0,6}?\s+(?:(?:phai|lai|se|van|cung|con|thi|la|chac|chac la|di) )*(?:qua|sang|toi|den|ghe|lai|xuong|len|o) (?:nha|cho|phong|tiem|quan) (?:cua )?(?:ong|ba|chu|bac|cau|anh|han|no|ong ay|ong ta|ong do|ong kia|ba ay|ba ta|anh ta|anh ay|chu ay|chu ta|nguoi do|lao|thang do|thang cha|hang xom)\b|\b(?:go(?:es)?|going|head(?:s|ing)?|be|stay(?:s|ing)?) (?:over |back |round |around )?(?:to|at) (?:his|her|their|the neighbou?r s|that man s|the man s) (?:place|house|home|flat|room|shop)\b[^.]{0,40}?\b(?:tonight|today|this (?:evening|afternoon)|after school|later|again)\b|\b(?:tonight|today|this (?:evening|afternoon)|after school|later)\b[^.]{0,40}?\b(?:go(?:es)?|going|head(?:s|ing)?|be|stay(?:s|ing)?) (?:over |back |round |around )?(?:to|at) (?:his|her|their|the neighbou?r s|that man s|the man s) (?:place|house|home|flat|room|shop)\b/;
/**
 * The one who harms comes back later today (folded): "tối ổng về", "tối mới về", "tới tối mới về", "he gets home tonight", "he comes back
 * later". Not "tối nay ổng không về" (he is not coming).
 */
const HARMER_BACK_LATER = /\b(?:toi|dem|chieu|chieu toi|toi nay|dem nay|chieu nay|lat nua|ti nua|chut nua)\b(?:\s+(?!(?:khong|ko|k|hong|hok|chua|chang|cha|deo|dau)\b)\S+){0,3}?\s+(?:moi |se |lai |thi )*(?:ve|tro ve|ve nha|ve toi|di nhau ve|say ve)\b|\b(?:he|she|they|the \w+|her \w+|his \w+)(?: s| ll| will| is| are)?(?: be)? (?:comes?|coming|gets?|getting|back|home)(?: back| home)?\b[^.]{0,30}?\b(?:tonight|later|this evening|after work|soon)\b/;
/** The child goes to the place of the one who harms later today ("tối nay chắc lại qua nhà ổng"). */
export function goesToHarmerToday(text: string): boolean {
  return GOES_TO_HARMER.test(chatKey(marked(text)));
}
/** The one who harms comes back later today ("giờ thì chắc không, tối ổng về", "he gets home tonight"): not out of danger tonight. */
export function harmerBackLater(text: string): boolean {
  return HARMER_BACK_LATER.test(chatKey(marked(text)));
}
/**
 * Safe now but maybe not later today, said in the danger answer: the child goes back to the one who harms, goes to their place, or they come
 * back ("tối ổng về"). The danger is "not sure" (README: "giờ thì chắc không, tối ổng về" is "không rõ"), never a no.
 */
export function laterDangerToday(text: string): boolean {
  return backWithHarmerToday(text) || goesToHarmerToday(text) || harmerBackLater(text);
}
/**
 * The one who harms comes to take the child (folded): "tối nay ổng qua bắt con bé về ở với ổng", "ông ta tới đón bé đi", "he will come
 * to take her tonight". The child is not going anywhere: the person comes to the child.
 */
const COMES_FOR_CHILD = /\b(?:qua|toi|den|sang|ghe|lai|xuong|len|ve)(?: (?:nha|truong|day|do))? (?:bat|cuop|gianh|keo|loi|dan|bat coc)\b(?: \S+){0,4}? (?:ve|di|mat)\b|\b(?:ong|ong ay|ong ta|ong do|anh ta|anh ay|han|bo|cha|duong|chu|cau|ba|me|me ke|thang do|no|lao|mu|bo no|me no) (?:(?:se|dinh|doi|noi|bao|lai|cung) )*(?:qua|toi|den|sang|ghe|xuong|len) (?:don|dua|dat|rinh)\b(?: \S+){0,4}? (?:ve|di)\b|\b(?:come|comes|coming|came)(?: over| round| around| here| back| by)? (?:to|and|for)(?: (?:take|get|grab|snatch|collect|pick up|fetch|drag))?(?: her| him| them| the (?:child|kid|girl|boy|children|kids)| my \w+)(?: away| back| up| home)?\b/;
export function harmerComesForChild(text: string): boolean {
  return COMES_FOR_CHILD.test(chatKey(standardDialect(text)));
}
/**
 * The one who harms is in the same house now (folded): "anh ta đang ngủ ở phòng ngoài", "ổng đang nằm ở phòng khách", "he's asleep in
 * the living room". A yes: the child is within reach now, whatever room the child is in.
 */
const HARMER_IN_HOUSE = /\b(?:ong ay|ong ta|ong do|ong kia|anh ta|anh ay|han|thang do|thang cha|lao|ong|bo|cha|duong|bo duong|ba duong|me ke|di ghe|chu|chu ay|chu ta|cau|cau ay)\b (?:(?:dang|van|van dang|hien dang|con|cung|thi) )*(?:ngu|nam|ngoi|xem (?:ti vi|tivi|tv)|nhau|uong ruou|say|o)\b(?:\s+\S+){0,4}?\s+(?:o |tai |trong |ngoai |duoi |tren )?(?:phong (?:ngoai|khach|ben(?: canh)?|canh|trong|tren|duoi)|nha (?:duoi|tren|ngoai)|duoi (?:bep|nha)|o bep|tren (?:lau|gac)|ngoai (?:hien|san|phong khach)|gian (?:ngoai|trong)|trong nha|ngay trong nha)\b|\b(?:he|she|they)(?: s| is| are| re|s)? (?:(?:still|now|right now) )?(?:asleep|sleeping|napping|drunk|passed out|watching tv|lying down|resting)\b(?:\s+\S+){0,3}?\s+(?:in|on) the (?:next room|other room|living room|front room|kitchen|house|couch|sofa|yard)\b|\b(?:he|she|they)(?: s| is| are| re|s)? (?:(?:still|now|right now) )?(?:downstairs|in the next room|in the other room|in the living room|in the house)\b/;
/** "Không biết", "không rõ", "chưa rõ", "not sure", "don't know" (folded). */
/**
 * Not knowing whether the child is in danger (chat key): "không biết (bé) có (đang) nguy hiểm", "không rõ nó có đang gặp nguy hiểm",
 * "don't know if he is in danger", "not sure whether she is safe". The doubt is about the danger itself, not about something else.
 */
const DANGER_UNSURE = /\b(?:khong|ko|k|hong|chua|chang|cung khong) (?:biet|ro|chac)(?: la)?(?: (?:be|chau|no|em|con|nhoc|thang be|con be|ban ay|co ay|cau ay|hien|gio|bay gio|luc nay|co|dang|co dang|co bi|bi|gap|co gap|dang gap|co dang gap)){0,4} nguy hiem\b|\b(?:not sure|unsure|don t know|dont know|do not know|no idea|can t say|cannot say|can t tell)(?: (?:if|whether))? (?:he|she|they|the child|the boy|the girl|the kid|it|s?he)(?: s| is| are| was)? (?:in danger|safe|in any danger)\b/;
/**
 * The answer to "in danger right now?" says the reporter does not know (DANGER_UNSURE), and tells no danger happening now: "không biết
 * có nguy hiểm ngay không", "No, it's not happening now, I don't know if he is in danger" are "not sure", never the "no" they hold.
 */
export function dangerUnsureSaid(text: string, deps: ReportFlowDeps): boolean {
  if (!DANGER_UNSURE.test(chatKey(standardDialect(text)))) return false;
  const read = deps.triage(text);
  return !(statesDanger(read) && tellsNow(text, read.redFlags));
}
const NOT_SURE = /\b(?:khong|ko|k|hong|chua|chang) (?:biet|ro|chac)\b|\b(?:not sure|don t know|dont know|idk|no idea)\b/;

/** A free-text answer to "in danger right now?" that says not now: "no", or "unknown" when it says it may come later or the writer is unsure. */
function notNowAnswer(text: string): TriState | null {
  const key = chatKey(text);
  // "I'm fine now but she is still at home with him": the writer well, the child still with the person: no answer, asked again (RD4).
  if (childStillWithAfter(text)) return null;
  // "thì tôi nói rồi, bây giờ chưa sao, tối nay ông ấy về mới lo": the not-now may open any clause.
  const clauses = text.split(/[,.;!\n]+/).map(chatKey).filter(Boolean);
  if (!NOT_NOW.test(key) && !clauses.some((c) => NOT_NOW.test(c))) return NOT_SURE.test(key) && key.split(" ").length <= 12 ? "unknown" : null;
  // "tối nay chắc không sao, cô đi vắng rồi": the time the not-now names is not a later danger; what follows it is read for one.
  const notNowAt = clauses.findIndex((c) => NOT_NOW.test(c));
  const rest = notNowAt >= 0 ? [clauses[notNowAt]!.replace(NOT_NOW, ""), ...clauses.slice(notNowAt + 1)].join(" ") : key;
  // "hiện giờ thì chưa, mà tối nay ổng về": not now, but the one who harms is back tonight: not known (README), the words kept in the notes.
  // "bây giờ em đang ở trường, nhưng chiều nay em phải về nhà": safe now, back with the one who harms today: not known, not a no.
  // "giờ thì chắc không, tối ổng về", "giờ bé ở trường, tối nay lại qua nhà ổng": a danger later today is not known, not a no (walk 41).
  // "không, tối nay ổng không về đâu": the later danger is read in the rest too, with "tôi" (I) told from "tối" (F4b).
  const markedClauses = marked(text).split(/[,.;!\n]+/).map(chatKey).filter(Boolean);
  const markedAt = markedClauses.findIndex((c) => NOT_NOW.test(c));
  const markedRest = markedAt >= 0 ? [markedClauses[markedAt]!.replace(NOT_NOW, ""), ...markedClauses.slice(markedAt + 1)].join(" ") : chatKey(marked(text));
  return NOT_SURE.test(rest) || BACK_TODAY.test(rest) || laterDangerToday(markedRest) ? "unknown" : "no";
}

/** Messages yes, calls no (folded): "nhắn tin thì được", "chỉ nhắn tin", "text is fine", "zalo thì được". */
/** Messages, not calls, said with the number (folded): "nhắn tin thôi", "nhắn tin đừng gọi", "đừng gọi, nhắn tin", "no calls", "text me". */
/** A commune answer without the province typed inside it: "xa ea kar dak lak, thon 3" is "xa ea kar, thon 3". */
function withoutProvince(commune: string | null, matched: string | undefined): string | null {
  if (!commune || !matched || !commune.includes(matched)) return commune;
  const left = commune.replace(matched, "").replace(/\s+,/gu, ",").replace(/,\s*,/gu, ",").replace(/^[\s,]+|[\s,]+$/gu, "").replace(/\s{2,}/gu, " ");
  return left || null;
}

const TEXT_ONLY = /\bnhan (?:tin )?(?:(?:qua |bang |vao )?(?:zalo|sms|fb|facebook|mess|messenger) )?(?:thoi|thui|nhe|nha|duoc thoi)\b|\bnhan tin,? (?:thoi )?(?:dung|khong|ko|k|dung co|chu dung) goi\b|\b(?:dung|khong|ko|k) goi(?: dien)?,? (?:chi |hay |thi )?nhan(?: tin)?\b|\bno calls?\b|\btext (?:me|only)\b|\bmessages? only\b/;
const MESSAGES_ONLY = /\b(?:nhan tin|sms|zalo|text(?:ing)?|message)\s+(?:thi |la |cung )?(?:duoc|dc|ok|oke|fine|is fine|is ok)\b|\bnhan tin (?:thi |la )?(?:\w+ ){0,2}(?:doc|xem|tra loi|rep) (?:duoc|dc)\b|\bnhan (?:thi|cung) (?:duoc|dc|ok)\b|\bchi (?:nhan|nhan tin|sms|zalo)\b|\b(?:text|message)s? only\b/;
/**
 * Messages yes, calls no, said at the consent question with a yes or a no before it (chat key): "không, nhưng nhắn tin thì được", "có,
 * nhưng chỉ nhắn tin thôi"; not "không nhắn tin được" (no messages either).
 */
export function saysMessagesOnly(text: string): boolean {
  const key = chatKey(text);
  const denied = text.split(/[,.;:!\n]/u).some((c) => /\b(?:khong|ko|k|dung|chua|hong) (?:duoc |the |dc )?nhan\b/.test(chatKey(c)));
  return (MESSAGES_ONLY.test(key) || TEXT_ONLY.test(key)) && !denied && !isQuestion(text);
}
/** A phone number or an e-mail address. */
const REACH = /(?:\+?84|0)(?:[\s.-]?\d){8,10}(?!\d)|\+(?!84)[1-9]\d{0,2}(?:[\s.-]?\d){6,12}(?!\d)|[^\s,;]+@[^\s,;]+\.[^\s,;.]+/g;
/** Words that only introduce the number (folded), and the particles after it: "số mình", "sđt của tôi là ... nha", "my number is ..., thanks". */
const NUMBER_WORDS = /^(?:(?:da|vang|ok|oke|u|thi|vay|vay thi|the thi|con|con day|day|nay|va|voi)\s+)*(?:(?:so|sdt|so dien thoai|dien thoai|dt|phone|my (?:phone )?number|number|email|mail|call me at|lien lac|lien he|goi)\s*)?(?:(?:cua\s+)?(?:minh|toi|tui|em|e|t|con|chau|me|ba|ong|bac|co|chu|cau|di|anh|chi|is|la|qua|so|vao|at)\s*)*(?:(?:nha|nhe|nhen|nghen|a|ha|ne|nhe|do|day|nay|please|thanks|thank you)\s*)*$/;
/** How the reporter wants to be reached (folded): messages, a chat app, a time, not calling. */
/** Any phone number or e-mail in a message. */
const REACH_ANY = /(?:\+?\d[\s.-]?){8,}|\S+@\S+\.\S+/;
/** No phone, and a wish to be reached in this chat (folded): "t ko co dt, nhắn qua đây đc hok", "I have no phone, message me here". */
export const CHAT_ONLY = /\b(?:khong|ko|k|hong|hok|chua|cung khong) (?:co )?(?:dt|dien thoai|sdt|so dien thoai|so dt|may|phone)\b.*\b(?:nhan|lien lac|lien he|noi chuyen|tra loi|chat|nt|ib|inbox)\w* (?:(?:lai |cho (?:em|e|t|toi|tui|minh|chau|con) )?)(?:qua|o|tai|tren|vao) (?:day|cho nay|app nay|kenh nay|trang nay|cai nay)\b|\b(?:no phone|don t have a phone|dont have a phone|have no phone)\b.*\b(?:here|this chat)\b/;
/** A clause said beside a contact that tells no way to reach the writer (folded): a yes/no to another question, the danger, an age, the harm. */
const OFF_CONTACT = /^(?:co|khong|ko|k|yes|no|yeah|nope|chua|roi|da co|vang co)(?:\s+(?:a|ak|nha|nhe|dau|ạ))?$|\b(?:nguy hiem|danger|dangerous|dang bi|bi danh|danh|hit|hurt|beat|so lam|scared)\b|\b\d{1,2}\s*(?:t|tuoi|years?(?: old)?|yo)\b|\b(?:con nit|tre con|tre em|not a (?:kid|child)|adult|nguoi lon)\b/;
const WISH = /\b(?:ten|name|gap|hoi|goi|nhan|nhan tin|sms|zalo|viber|messenger|mess|facebook|fb|call|calls|text|message|whatsapp|sau|truoc|tu|gio|\d{1,2} ?h|buoi|toi|sang|chieu|trua|dem|after|before|evening|morning|night|weekend|cuoi tuan)\b/;

/** The answer to "how can officers contact you?", read as the way to reach the writer (null when it holds none). */
function readContactAnswer(d: ReportDraft, typed: string): ReportDraft | null {
  // "t ko co dt, nhắn qua đây đc hok", "no phone, can you message me here": no number; the way to reach them is this chat.
  if (CHAT_ONLY.test(foldKey(typed)) && !REACH_ANY.test(typed)) {
    const label = d.language === "en" ? "no phone; to be reached through this chat" : "không có điện thoại; liên lạc qua cuộc trò chuyện này";
    return { ...d, anonymous: false, contact: label, consentToContact: true, extraNotes: [...d.extraNotes, typed.trim()] };
  }
  // "0977 115 302. Nó phải vác bao phân nặng ...": a number that opens the reply, then more of the story: the number is the contact,
  // the rest is added to the story (not shown as the way to reach them).
  // "0394 ..., nhưng đừng gọi cho chồng cũ tôi nhé": whom NOT to call (a third person) is a caution kept beside the contact, no limit
  // on calling the writer (walk 48 read it as "don't call me" and stored no consent).
  const cautions = REACH_ANY.test(typed) ? cautionsIn(typed) : [];
  if (cautions.length > 0) {
    let rest = typed;
    for (const c of cautions) rest = rest.replace(new RegExp(c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"), "iu"), " ");
    rest = rest.replace(/(?:^|\s)(?:nhưng|nhung|but|mà|và|and)(?=\s*(?:[,.;!]|$))/giu, " ").replace(/\s+(?:nhé|nha|nhe|nghen|ạ|please)(?=\s*(?:[,.;!]|$))/giu, " ").replace(/\s+/gu, " ").replace(/^[\s,.;]+|[\s,.;]+$/gu, "");
    const read = readContactAnswer({ ...d, extraNotes: [] }, rest);
    if (read) {
      const contact = read.contact ? `${read.contact} (${cautions.join("; ")})` : read.contact;
      const notes = [...d.extraNotes, ...read.extraNotes.filter((n) => n !== rest), typed.trim()];
      return { ...read, contact, extraNotes: [...new Set(notes)] };
    }
  }
  const told = numberThenStory(typed);
  if (told) {
    const agrees = d.reporterRelation !== "self" && d.consentToContact === null;
    return { ...d, anonymous: false, contact: told.number, ...(agrees ? { consentToContact: true } : {}), narrative: d.narrative ? `${d.narrative}\n${told.story}` : told.story };
  }
  const found = readContact(typed);
  if (!found) return null;
  // "0987 222 333 - cô Lan. Tôi gọi 113 rồi", "số mẹ mình 0905..., nhưng đừng nói với bạn ấy là mình kể": a call already made
  // and a wish to stay unnamed are no way to reach the reporter: they go to the notes (and are answered), the contact keeps the rest.
  const asides = contactAsides(found);
  const whole = asides.contact;
  if (asides.aside.length > 0) d = { ...d, extraNotes: [...d.extraNotes, typed.trim()] };
  // "chỉ nhắn tin thôi, số 0935 111 222": the number and how to reach (not the sentence) are the contact; the sentence is kept for officers.
  const short = numberAndWish(whole, d.language) ?? numberInSentence(whole);
  const text = whole;
  // "0904666016." (the number, then a question in the next sentence): the stop is no part of the contact.
  const contact = (short ?? whole).replace(/(?<=\d)[\s.,;:!-]+$/u, "");
  if (short && short !== whole.trim() && !d.extraNotes.includes(typed.trim())) d = { ...d, extraNotes: [...d.extraNotes, typed.trim()] };
  // A number typed in answer to "how can officers contact you" is the consent to be contacted there: not asked again
  // (a walk counted that question as a wasted turn in 11 of 16 reports). Not for a child (whose phone may be a parent's),
  // nor when the words limit it ("đừng gọi, chỉ nhắn tin").
  const key = foldKey(text);
  // "0345 222 111, nhắn tin thôi", "nhắn tin đừng gọi", "text only": a yes to messages, from a child too (they said how), the limit shown
  // with the contact, so whoever reaches out sees it.
  if (TEXT_ONLY.test(key) || MESSAGES_ONLY.test(key)) {
    const limit = d.language === "en" ? "text only, no calls" : "chỉ nhắn tin, không gọi";
    return { ...d, anonymous: false, contact: /nhắn tin|text only/.test(contact) ? contact : `${contact} (${limit})`, consentToContact: true };
  }
  const agrees = d.reporterRelation !== "self" && !LIMITS_CONTACT.test(key);
  return { ...d, anonymous: false, contact, ...(agrees && d.consentToContact === null ? { consentToContact: true } : {}) };
}

/** Words that tell of the child or the harm (folded): "đòi đem cháu về lại", "dọa sẽ tới bắt thằng bé", "bố nó đánh", "sợ lắm". */
const STORY_HARM = /\b(?:danh|dap|quat|tat|doa|hiep|nhot|xam hai|sam so|so lam|so qua|bat (?:\w+ ){0,3}di|(?:dem|dat|dan|dua|bat|rinh|ruoc|mang) (?:\w+ ){0,3}(?:ve|di)|hit|hits|beat|beats|threat\w*|take (?:her|him|them|the (?:child|kid|boy|girl)) (?:back|away))\b/;
/** The child or the one who harms named (folded). */
const STORY_PERSON = /\b(?:chau|be|con be|thang be|thang nho|con nho|dua nho|tui nho|ong ta|ong ay|thang do|me no|bo no|ba no|ma no|child|kid|son|daughter)\b/;
/** Urging words beside a number, no way to reach anyone (folded): "nhanh lên giùm", "làm ơn nhanh", "please hurry". */
export const URGE = /^(?:(?:lam on|xin|lam on lam on|please)\s+)?(?:nhanh|nhanh len|nhanh nhanh|nhanh giup|nhanh gium|nhanh dum|gap|gap lam|khan cap|hurry|hurry up|quick|quickly|giup voi|cuu voi|help)(?:\s+(?:len|giup|gium|dum|voi|di|nha|nhe|a|please|toi|tui|em|minh|ban|anh|chi|can bo|co chu))*$/;

/**
 * A number at the contact question with words that tell the story beside it: the clauses that tell of the child or the harm (the
 * story) and the rest, from which the contact is read; null when no clause tells the story.
 */
export function storyBesideNumber(typed: string): { rest: string; story: string[] } | null {
  if (!REACH_ANY.test(typed)) return null;
  const clauses = typed.replace(REACH, "\n").split(/[,.;!?\n()]+|\s+(?=(?:nhưng|nhung|but|mà|ma)\s)/iu)
    .map((c) => c.trim().replace(/^(?:mà|ma|nhưng|nhung|but|and|và)\s+/iu, "").trim()).filter((c) => foldKey(c) !== "");
  const story = clauses.filter((c) => {
    const k = foldKey(c);
    if (k.split(" ").length < 3 || NUMBER_WORDS.test(k) || URGE.test(k) || isQuestionLike(c) || new RegExp(`${c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\\s*\\?`, "u").test(typed)) return false;
    return STORY_HARM.test(k) || (STORY_PERSON.test(k) && !ABOUT_REACHING.test(k));
  });
  if (story.length === 0) return null;
  let rest = typed;
  for (const c of story) rest = rest.replace(c, " ");
  rest = rest.replace(/\(\s*\)/gu, " ").replace(/(?:^|\s)(?:mà|nhưng|but)(?=\s*(?:[,.;!]|$))/giu, " ").replace(/\s+/gu, " ").replace(/(?:\s*[,;.]\s*)+$/u, "").trim();
  return { rest, story };
}

/**
 * "chỉ nhắn tin thôi, số 0935 111 222" -> "0935 111 222 (chỉ nhắn tin, không gọi)", "số 0912..., gọi sau 8h tối" -> "0912... (gọi sau 8h
 * tối)": the number (or address) and the wishes said with it, or null when the answer holds no number (words are kept as typed).
 */
function numberAndWish(text: string, lang: "vi" | "en"): string | null {
  const numbers = [...text.matchAll(REACH)].map((m) => m[0].trim().replace(/[.,;]+$/u, ""));
  if (numbers.length === 0) return null;
  const key = foldKey(text);
  const textOnly = TEXT_ONLY.test(key) || MESSAGES_ONLY.test(key);
  // "0977 222 888, tên Hùng.": nothing but the contact itself (no words to leave out, no wish to put in short): as typed.
  // "0987111011 nhanh lên giùm": urging words are no way to reach the writer (the message is kept in the notes).
  const filler = text.replace(REACH, " ").split(/[,.;!\n()]+/u).some((c) => foldKey(c) !== "" && (NUMBER_WORDS.test(foldKey(c)) || URGE.test(foldKey(c))));
  // "0236 3 845 120, có, đang nguy hiểm lắm", "0905..., mình 24t rồi": a clause that is neither a contact word nor a wish about
  // being reached (an answer to another question, a fact of the story) is no part of the contact; the whole message goes to the notes.
  // "0934..., mà bao lâu thì có người xuống?": a question beside the number is answered, never part of the contact.
  const other = text.replace(REACH, " ").split(/[,.;!\n()]+/u).some((c) => { const k = foldKey(c); return k !== "" && !NUMBER_WORDS.test(k) && (OFF_CONTACT.test(k) || c.includes("?") || isQuestionLike(c)); });
  if (!textOnly && !filler && !other) return null;
  const wishes: string[] = textOnly ? [lang === "en" ? "text only, no calls" : "chỉ nhắn tin, không gọi"] : [];
  const rest = text.replace(REACH, " ").split(/[,.;!\n()]+|\s+(?:nhưng|nhung|but|mà|và|and)\s+/iu).map((c) => c.trim()).filter(Boolean);
  for (const clause of rest) {
    const k = foldKey(clause);
    if (!k || NUMBER_WORDS.test(k) || URGE.test(k) || !WISH.test(k) || OFF_CONTACT.test(k) || clause.includes("?") || isQuestionLike(clause)) continue;
    // Said already by the label: "nhắn tin thôi", "đừng gọi", "text only".
    if (textOnly && (TEXT_ONLY.test(k) || MESSAGES_ONLY.test(k) || NO_CALLS.test(k) || /^(?:(?:chi|thoi|nhe|nha|please|only|me|a)\s*)*(?:nhan(?: tin)?|text|sms|message)(?:\s*(?:thoi|thui|nhe|nha|please|only|me|a|di))*$/.test(k))) continue;
    wishes.push(clause.replace(/^(?:số|so|sđt|sdt)\s+(?:mình|tôi|em|tui)\s*/iu, ""));
  }
  return `${numbers.join(", ")}${wishes.length > 0 ? ` (${wishes.join("; ")})` : ""}`;
}

/** A name said beside a number, as typed: "tôi là ông Tư", "Cô Hạnh", "I'm Mrs Lan" (a title, then a name written with a capital). */
const NAME_CLAUSE = /^(?:(?:tôi|tui|mình|em|cháu|toi|tui|minh|chau) là\s+|tên (?:tôi|tui|mình|em) là\s+|(?:i am|i'm|im|this is|my name is)\s+)?(?:ông|bà|cô|chú|anh|chị|bác|dì|thầy|ong|ba|co|chu|chi|bac|di|thay|mr\.?|mrs\.?|ms\.?|miss)\s+\p{Lu}\p{L}*(?:\s+\p{Lu}\p{L}*)?$/iu;
const namesOnly = (text: string): boolean => {
  const clauses = text.replace(REACH, " ").split(/[,.;!\n()]+/u).map((c) => c.trim()).filter(Boolean);
  return clauses.length > 0 && clauses.every((c) => NAME_CLAUSE.test(c) && /\s\p{Lu}/u.test(c));
};

/**
 * "bạn gọi cho tôi số 0987 654 321 nha, giờ hành chính thôi": a sentence around a number (three words or more besides it, no name
 * given with it, no limit on calls) stores the number alone as the contact; the sentence goes to the notes (readContactAnswer), nothing
 * dropped.
 */
function numberInSentence(text: string): string | null {
  const numbers = [...text.matchAll(REACH)].map((m) => m[0].trim().replace(/[.,;]+$/u, ""));
  if (numbers.length === 0) return null;
  const rest = foldKey(text.replace(REACH, " "));
  // A limit on being reached ("đừng gọi, dượng em nghe thấy", "text only") is read from the contact: kept with it as before.
  // "0987 654 321, tôi là ông Tư": the number and who to ask for are the contact as typed, not a sentence for the notes (walk 49).
  if (namesOnly(text)) return null;
  if (rest.split(" ").filter(Boolean).length < 3 || /\b(?:ten|name|named)\b/.test(rest) || LIMITS_CONTACT.test(rest) || NO_CALLS.test(rest) || TEXT_ONLY.test(rest) || MESSAGES_ONLY.test(rest)) return null;
  return numbers.join(", ");
}

/** Words about being reached, said after a number (folded): a name, a time, calls or messages, an app. */
const ABOUT_REACHING = /\b(?:goi|goi dien|nhan|nhan tin|sms|zalo|viber|messenger|facebook|fb|call|calls|text|message|whatsapp|telegram|ten|name|gio|nghe may|bat may|lien lac|lien he|gap|so|sdt|phone|number|email)\b/;

/**
 * A reply that opens with a phone number and goes on with more of the story, in six words or more that say nothing of being
 * reached: the number, and the rest as typed; null otherwise ("0905 111 222, tên Hùng, gọi sau 5h" stays a contact as it is).
 */
export function numberThenStory(typed: string): { number: string; story: string } | null {
  const lead = /^\s*((?:\+?84|0)(?:[\s.-]?\d){8,10})(?!\d)\s*[.,;:!-]+\s*(\S.*)$/su.exec(typed.normalize("NFC"));
  if (!lead) return null;
  const story = lead[2]!.trim();
  const key = foldKey(story);
  // "0904... Tôi có cần báo công an không?": a question beside the number is answered, never added to the story.
  if (story.includes("?") || isQuestionLike(story) || key.split(" ").length < 6 || ABOUT_REACHING.test(key) || CALLED_ALREADY.test(key) || KEEP_ME_SECRET.test(key) || TEXT_ONLY.test(key) || MESSAGES_ONLY.test(key)) return null;
  return { number: lead[1]!.trim(), story };
}

/** The reporter has called a hotline or the police already (folded): "tôi gọi 113 rồi", "đã báo công an", "I already called 113". */
export const CALLED_ALREADY = /\b(?:(?:toi|tui|minh|em|e|t|chau|con|me|nha toi|chung toi)\s+)?(?:da|cung|vua|cung da|da co)?\s*(?:goi|bao|trinh bao)\s+(?:cho\s+)?(?:113|115|111|cong an|police|ca)(?:\s+\S+){0,3}?\s+(?:roi|r|xong)\b|\b(?:da|vua)\s+(?:goi|bao)\s+(?:cho\s+)?(?:113|115|111|cong an)\b|\b(?:i|we)\s+(?:have\s+|ve\s+)?(?:already\s+)?(?:called|rang|phoned|contacted|reported (?:it )?to)\s+(?:the\s+|an\s+)?(?:113|115|111|police|ambulance|hotline)\b|\b(?:police|cong an)\s+(?:are|is|dang)\s+(?:on (?:their|the) way|coming|toi|den)\b/;
/** A wish not to be named to the family or the child (folded): "đừng nói với bạn ấy là mình kể", "don't tell the landlady I reported", "giữ kín tên tôi". */
export const KEEP_ME_SECRET = /\b(?:dung|xin dung|dung co|khong|dung de)\s+(?:noi|ke|bao|cho)\s+(?:\S+\s+){0,4}?(?:biet\s+)?(?:la\s+)?(?:toi|tui|minh|em|e|t|chau|con)\s+(?:da\s+)?(?:ke|bao|noi|bao tin|to cao|nhan tin)\b|\b(?:giu kin|giau|dung noi|dung neu|dung ghi)\s+(?:ten|danh tinh)(?:\s+(?:toi|tui|minh|em|e|t|chau|con))?\b|\b(?:please\s+)?(?:don t|dont|do not)\s+(?:tell|let)\s+(?:\S+\s+){0,3}?(?:know\s+)?(?:that\s+)?(?:i|it was me)\s*(?:reported|told|called|wrote|m the one)?\b|\bkeep my name (?:out|secret|private)\b/;

/** The contact without the clauses that tell a call made or a wish to stay unnamed (`aside`, as typed). */
export function contactAsides(text: string): { contact: string; aside: string[] } {
  const parts = text.split(/(?<=[;!\n])\s*|(?<=\.)\s+|,\s*|\s+-\s+|\s+(?=(?:nhưng|nhung|but|với lại|voi lai)\s)/iu).map((p) => p.trim()).filter(Boolean);
  // "x@gmail.com, I already wrote it above": a complaint that it was given before is no part of the contact (walk 45); kept in the notes.
  const aside = parts.filter((p) => !/(?:\d[\s.-]?){8,}|\S+@\S+\.\S+/.test(p) && (CALLED_ALREADY.test(foldKey(p)) || KEEP_ME_SECRET.test(foldKey(p)) || saysAlreadyGiven(p)));
  if (aside.length === 0 || aside.length === parts.length) return { contact: text, aside: [] };
  const rest = parts.filter((p) => !aside.includes(p)).map((p) => p.replace(/[.;!]+$/u, "")).join(", ").replace(/[\s,;.]+$/u, "").replace(/\s+(?:nhưng|nhung|but)$/iu, "");
  return { contact: rest, aside };
}

/**
 * "đừng gọi cho bố nó", "đừng liên lạc với nhà chồng cũ tôi", "don't call her father" (folded): a caution about whom NOT to call, a
 * third person; no limit on calling the writer. Used as a lookahead after the words "đừng gọi" so that they do not read as a refusal.
 */
const TO_SOMEONE_ELSE = String.raw`(?:\s+dien)?\s+(?:cho|den|ve|sang|voi|vao so cua)\s+(?!(?:toi|tui|minh|mk|em|e|t|tao|con|chau|so|sdt|may|nha(?! (?:chong|vo|noi|ngoai|ben|ong|ba|co|chu|bac|di|cau|ho|bo|me|cha|ma)\b)|ai|nhe|a|nghen|di|luc|gio|bay|buoi)\b)\S|\s+(?:her|his|their|the (?:child|kid|boy|girl)|my (?:ex|husband|wife|mother|father|mum|mom|dad|family|in laws))\b`;
/** The clause that says whom not to call, a third person (folded key of a clause). */
const OTHER_NOT_CALLED = new RegExp(String.raw`\b(?:dung|khong|ko|k|dung co|chu dung|xin dung|lam on dung|don t|dont|do not)\s+(?:goi|lien lac|lien he|bao|call|contact|phone)(?=${TO_SOMEONE_ELSE})`);
/** The clauses of a contact answer that say whom not to call ("nhưng đừng gọi cho chồng cũ tôi nhé"), as typed, without their leading "nhưng". */
export function cautionsIn(text: string): string[] {
  return text.split(/[,.;!\n]+|\s+(?=(?:nhưng|nhung|but|mà)\s)/iu)
    .map((c) => c.trim().replace(/^(?:nhưng|nhung|but|mà|và|va|and)\s+/iu, "").replace(/\s+(?:nhé|nha|nhe|nghen|ạ|a|nhé ạ|please)$/iu, "").trim())
    .filter((c) => OTHER_NOT_CALLED.test(foldKey(c))).map((c) => c.charAt(0).toLowerCase() + c.slice(1));
}
/** The key without the clauses that say whom not to call (so "đừng gọi" in them limits nothing). */
const withoutCautions = (key: string): string => key.replace(new RegExp(String.raw`${OTHER_NOT_CALLED.source}(?:\s+(?!(?:va|nhung|ma|con|dung|khong|ko|but|and)\b)\S+){1,5}`, "g"), " ").replace(/\s+/g, " ").trim();

/** A no to being contacted said in a sentence (folded): "không đồng ý đâu", "đừng liên lạc", "không muốn ai gọi". */
const REFUSES_CONSENT = /\b(?:khong|ko|k|hong|chua) (?:dong y|muon (?:ai |cac co chu |can bo )?(?:goi|lien lac))\b|\bdung (?:goi|lien lac|lien he)\b(?!.*\b(?:chi nhan|nhan tin (?:thi |cung )?(?:duoc|dc|ok)|sms|zalo)\b)|\b(?:don t|dont|do not) (?:call|contact)\b(?!.*\b(?:text|message)\b)/;
/** A yes said as the last words (folded): "được", "đồng ý", "ok", "có", "ừ". */
const CONSENT_YES = /^(?:duoc|dc|duoc a|dong y|em dong y|toi dong y|ok|oke|okay|co|u|uh|vang|yes|sure|fine|dong y chu sao|dong y chu)$/;
/** Words that limit being contacted (folded): "đừng gọi", "không nghe máy", "chỉ nhắn tin", "don't call". */
const LIMITS_CONTACT = /\b(?:dung|khong|ko|k|dung co) (?:goi|lien lac|lien he|nghe may)\b|\bchi (?:nhan|nhan tin|sms|zalo)\b|\b(?:don t|dont|do not) (?:call|contact)\b|\btext only\b|\bkhong dong y\b/;

/** The contact came with a wish not to be called (folded): "đừng gọi", "đừng gọi bây giờ", "cô chú đừng gọi vào", "don't call"; not "đừng gọi buổi tối". */
const NO_CALLS = /\b(?:dung|khong|ko|k|dung co|chu dung) (?:goi|nghe may)\b(?! (?:vao |vo )?(?:buoi|sau|truoc|tu|ban dem|ban ngay|gio hanh chinh|cuoi tuan)\b)|\b(?:don t|dont|do not) (?:call|phone|ring)\b|\bno calls?\b/;
/** Messages only: the contact with the limit written beside it, so whoever reaches out sees it. */
function messagesOnly(d: ReportDraft): ReportDraft {
  const limit = d.language === "en" ? "text only, no calls" : "chỉ nhắn tin, không gọi";
  return { ...d, consentToContact: true, contact: d.contact && !/nhắn tin|text only/.test(d.contact) ? `${d.contact} (${limit})` : d.contact };
}
const saysNoCalls = (d: ReportDraft): boolean => d.contact !== null && NO_CALLS.test(withoutCautions(foldKey(d.contact)));
/** Calls to the writer allowed, said in words (folded): "gọi cho tôi thì được", "gọi cũng được", "cứ gọi cho tôi", "calling me is fine". */
const CALLS_OK = /\b(?:goi|goi dien|lien lac|lien he)(?: (?:cho|voi|lai cho|lai) (?:toi|tui|minh|em|e|t|chau|con))?(?: (?:thi|cung|van|la))* (?:duoc|dc|ok|oke|binh thuong|khong sao)\b|\bcu (?:goi|lien lac)(?: dien)?(?: (?:cho|voi|lai cho) (?:toi|tui|minh|em|e|t|chau|con))?\b|\b(?:calling|call) me (?:is )?(?:fine|ok|okay)\b|\byou can call me\b|^(?:(?:ok|okay|yes|yeah|sure|fine)\s+)?(?:please\s+)?call me(?: (?:any ?time|anytime|whenever|back|please|at any time))?$/;

/** Consent to be contacted given at the summary (folded): "cán bộ được gọi điện cho tôi", "tôi đồng ý để cán bộ gọi lại", "you can call me". */
const CONSENT_GIVEN = /\b(?:duoc|cu|co the|nen)\s+(?:goi|goi dien|lien lac|lien he)(?: lai)?(?: (?:cho|voi) (?:toi|tui|minh|em|e|chau|con))\b|\b(?:dong y|muon|can|mong)\s+(?:cho |de |duoc )?(?:can bo |co chu |moi nguoi |cac anh chi |anh chi |ben ban )?(?:goi|goi dien|lien lac|lien he)\b|\b(?:can bo|co chu|cac anh chi|anh chi|ben ban)\s+(?:cu |hay |co the |duoc )?(?:goi|goi dien|lien lac|lien he)(?: lai)? (?:cho|voi) (?:toi|tui|minh|em|e|chau|con)\b|\b(?:you|officers|they) (?:can|may) (?:call|contact|phone|text) me\b|\bi (?:agree|consent) to be (?:contacted|called)\b/;
/**
 * Consent to be contacted said at the summary ("cán bộ được gọi điện cho tôi", "tôi không muốn cán bộ liên lạc"): "yes", "no", or null.
 * Whom NOT to call ("đừng gọi cho chồng cũ tôi") is no refusal; a number typed is read as the contact, not here.
 */
export function consentSaid(text: string): "yes" | "no" | null {
  if (/(?:\d[\s.-]?){8,}/.test(text) || isQuestion(text)) return null;
  const own = withoutCautions(chatKey(text));
  if (!own) return null;
  if (REFUSES_CONSENT.test(own) || /\b(?:khong|ko|k|dung) (?:muon )?(?:cho )?(?:can bo|ai|co chu|moi nguoi) (?:goi|lien lac|lien he)\b/.test(own)) return "no";
  return CONSENT_GIVEN.test(own) || CALLS_OK.test(own) ? "yes" : null;
}

/** The contact typed after [Liên lạc] at the summary: the way to reach the writer read as at the contact question; consent with it. */
export function contactFixed(d: ReportDraft, typed: string): ReportDraft | null {
  const read = STEP_DEFS.contact.read({ ...d, anonymous: null, contact: null, consentToContact: null }, typed, {} as never, false);
  if (!read || !read.contact) return null;
  return { ...read, anonymous: false, consentToContact: read.consentToContact ?? !LIMITS_CONTACT.test(withoutCautions(foldKey(read.contact))) };
}

/** A commune, ward or hamlet said with its level word (folded). */
const PLACE_LEVEL = /\b(?:xa|phuong|thi tran|thi xa|dac khu|thon|ap|ban|buon|plei|lang|xom|khom|to dan pho|khu pho|to|commune|ward|town|village|hamlet)\b/;

/** The danger question answered in words: the reading, or null when the words do not answer it. */
function readDanger(d: ReportDraft, written: string, deps: ReportFlowDeps): ReportDraft | null {
  // "ngay chừ thì không", "bữa ni thì chưa": regional words read as the standard ones; the words kept are the reporter's.
  const text = standardDialect(written);
  // "Giờ cháu đang ở với tôi, ... Nhưng ông ấy ở sát vách": an answer that opens by saying not now is that when what else it
  // tells is only that the person can reach the child (kept for officers; the case's triage weighs it). Harm told as happening
  // ("Bây giờ cháu đang ở nhà, ông ấy đang say và đập phá, dọa giết cháu") is a yes, whatever it opens with.
  // "Không, giờ nó đang ở nhà với chị. Mà báo rồi thì sao nữa em, có phải ra tòa không?": the answer opens the message and a
  // question follows it (answered as a side question): the answer is read from what the message says besides its questions.
  if (storyAtDanger(written, deps)) return null;
  // "chưa an toàn đâu", "không, chưa an toàn", "not safe yet": not safe said in a clause of its own is a yes (RD37), never the no
  // its "chưa" or "không" looks like.
  if (!isQuestion(text) && saysNotSafe(text)) return { ...d, dangerNow: "yes", when: d.when ?? "now", extraNotes: [...d.extraNotes, written] };
  // "chưa ai về cả", "không có ai ở nhà", "nobody has come home yet": of a small child the story tells is left alone, a yes; else
  // not sure, never a no (RD37).
  if (!isQuestion(text) && nobodyThereSaid(text.split(/[,.;:!\n]/u)[0] ?? "")) {
    return { ...d, dangerNow: childAloneTold(d) ? "yes" : "unknown", ...(childAloneTold(d) ? { when: d.when ?? "now" } : {}), extraNotes: [...d.extraNotes, written] };
  }
  // "không biết có nguy hiểm ngay không", "No, it's not happening now, I don't know if he is in danger": the reporter does not know
  // whether the child is in danger: not sure, whatever "không" or "no" the words hold (issue 13), unless they tell a danger now.
  if (dangerUnsureSaid(text, deps)) return { ...d, dangerNow: "unknown", extraNotes: [...d.extraNotes, written] };
  // "she is at work now" of the step-mother the child lives with: back tonight, not sure (never a no).
  if (!isQuestion(text) && householdHarmerAway(d, text) && !FEARS_HARM_NOW.test(chatKey(text)) && !statesDanger(deps.triage(text))) return { ...d, dangerNow: "unknown", extraNotes: [...d.extraNotes, written] };
  if (isQuestion(text)) {
    const said = statementPart(text);
    const opening = chatKey(said).split(" ").slice(0, 2).join(" ");
    if (said && opening && chatKey(text).startsWith(opening) && chatKey(said) !== chatKey(text)) {
      // A plain yes or no opening it counts, unless what follows tells of danger ("Không. Nhưng ổng vừa nhắn sẽ giết nó, ...": asked
      // again) or of a later one ("No. Not tonight I think. But he comes back tomorrow, ...": not sure).
      const first = chatKey(said.split(/[,.;!\n]/)[0] ?? "");
      const after = chatKey(said).slice(first.length);
      const plain = matchDangerAnswer(said);
      const tri = plain === "no" && statesDanger(deps.triage(said)) ? null : plain === "no" && (LATER.test(after) || NOT_SURE.test(after)) ? "unknown" : plain;
      const answer = readDanger(d, said, deps) ?? (tri ? { ...d, dangerNow: tri, when: tri === "yes" && !d.when ? "now" : d.when, extraNotes: [...d.extraNotes, said] } : null);
      if (answer) return { ...answer, extraNotes: answer.extraNotes.at(-1) === said ? [...answer.extraNotes.slice(0, -1), written] : answer.extraNotes };
    }
  }
  // "anh ta đang ngủ ở phòng ngoài, bé đang ở trong phòng với tôi": the one who harms is in the same house now: a yes.
  if (!isQuestion(text) && d.harmer && d.harmer !== "self" && HARMER_IN_HOUSE.test(chatKey(text))) return { ...d, dangerNow: "yes", when: d.when ?? "now", extraNotes: [...d.extraNotes, written] };
  // Every reading of now here is on the chat key: "bh", "bjo", "bay h", "bi h" are "bây giờ" (answer-matching.ts).
  const firstClause = chatKey(text.split(/[,.;!\n]/)[0] ?? "");
  const away = harmerAwayNow(d, firstClause) && !FEARS_HARM_NOW.test(chatKey(text));
  // "he is at work now" of a parent or step-parent the child lives with: safe this hour, back home tonight: not sure, never a no
  // (issue 13; DESIGN: the child back with the one who harms today).
  const comesHome = away && (HOUSEHOLD_HARMERS.has(d.harmer ?? "") || livesWithHarmerSaid(d.narrative ?? "") || householdHarmerAway(d, text));
  const opens = (NOT_NOW.test(firstClause) || away) && !isQuestion(text) ? (away ? (NOT_SURE.test(chatKey(text)) || comesHome ? "unknown" : "no") : notNowAnswer(text)) : null;
  const read = deps.triage(text);
  if (text.trim().split(/\s+/).length >= 3 && statesDanger(read) && tellsNow(text, read.redFlags) && !(opens && read.redFlags.every((f) => /access|with_abuser/.test(f)))) return { ...d, dangerNow: "yes", when: d.when ?? "now", narrative: append(d.narrative, written) };
  if (opens) return { ...d, dangerNow: opens, extraNotes: [...d.extraNotes, written] };
  // "cuối tuần này ổng sẽ tới đón nó", "he'll come and take her this weekend": a visit or a harm planned for a coming day is not now;
  // the day is kept for officers (the triage weighs the access, the advice before that day is given).
  if (!isQuestion(text) && onlyAhead(text)) return { ...d, dangerNow: "no", extraNotes: [...d.extraNotes, written] };
  // "bo e dang ngu r, e so bo day lai danh tiep": the child fears being hurt again now, with the person at home: a yes.
  // "tôi sợ nó về đánh thằng bé nữa", "sợ mai ổng quay lại đánh": a fear of when the person comes back is no danger now (asked again).
  if (!text.includes("?") && FEARS_HARM_NOW.test(chatKey(text)) && !FEARS_LATER.test(chatKey(text))) return { ...d, dangerNow: "yes", narrative: append(d.narrative, written) };
  // "hong co nguy hiem lien dau, no dang o nha tui", "em đang ở nhà, không có nguy hiểm tức thời": a no in a sentence, kept for officers.
  if (isQuestion(text)) return null;
  if (saysNoDanger(text)) return { ...d, dangerNow: "no", extraNotes: [...d.extraNotes, written] };
  // "giờ thì chắc không, nhưng tối bố nó về lại say", "hes not home now but he comes back tonight": not now, maybe later: not sure,
  // and the words are kept for officers (the triage reads the later danger in them).
  const told = notNowAnswer(text);
  // "bố em say rượu đánh em với em trai, e đang ở nhà bạn": a story of harm typed at this question, where the child is now said in a
  // later clause of it, does not say the child is out of danger (a child who fled may be found); the question stays open.
  if (told && tellsHarm(text, deps)) return null;
  return told ? { ...d, dangerNow: told, extraNotes: [...d.extraNotes, written] } : null;
}

/** Words of a habit or of times before ("hay", "mấy lần rồi", "tuần nào cũng", "several times") (chat key). */
const HABIT_WORDS = /\b(?:hay|thuong|thuong xuyen|lien tuc|suot|may lan|nhieu lan|vai lan|(?:tuan|ngay|dem|toi|thang|lan) nao cung|often|always|usually|every (?:night|day|week|time|weekend)|several times|many times|a few times|again and again|keeps?|has happened|have happened)\b/;
/** An answer word opening the message ("có", "không", "yes", "no", "chưa"): the danger question answered, whatever follows (chat key). */
const OPENS_WITH_ANSWER = /^(?:co|khong|ko|k|kh|hong|hok|chua|yes|yeah|yep|nope|da co|da khong|dang)\b|^no(?:\s*$|\s+(?:not|he|she|it|they|one|i|danger|nobody)\b)/;

/**
 * More story typed at the danger question ("nó kể anh rể tôi hay vào phòng lúc nó ngủ, sờ vào người nó, mấy lần rồi"): a harm told as a
 * habit or as times before, with no answer word opening it and no word of now: it is story, not a "yes" (the question is asked again;
 * the triage still reads everything it tells, so no danger is lowered).
 */
export function storyAtDanger(text: string, deps: Pick<ReportFlowDeps, "triage">): boolean {
  const key = chatKey(standardDialect(text));
  // "nó kể ..." folds to "no ke": an English "no" opens an answer only when typed as "No," / "no." or before English words.
  if (/^\s*no\s*[,.!;:]/i.test(text) || OPENS_WITH_ANSWER.test(key) || NOW_WORDS.test(key) || isQuestionLike(text) || text.trim().split(/\s+/).length < 6) return false;
  const facts = extractReportFacts(text);
  // A fresh injury told ("hôm qua đánh con chảy máu đầu") keeps the reading it had: the danger is taken as told, never weighed down here.
  if (facts.when === "now" || facts.when === "tonight" || facts.when === "today" || facts.ahead !== null || (facts.injury !== null && facts.when !== "repeated")) return false;
  if (!(facts.when === "repeated" || facts.when === "recent" || facts.when === "past" || HABIT_WORDS.test(key))) return false;
  const read = deps.triage(text);
  // "Bố dượng nó thường xuyên hiếp dâm nó, ... nó vẫn ở chung nhà với ông ta", "Rất nguy hiểm, bố nó hay cầm dao dọa chém nó": words
  // that state a danger (a weapon, rape, a threat to kill, still living with the person, "nguy hiểm") are an answer, never more story
  // (the 113 alarm stays). A touch or a beating told as a habit ("sờ soạng người nó, mấy lần rồi") is still story, asked again.
  if (saysDangerInWords(text, read.redFlags)) return false;
  return facts.harmer !== null && facts.harmer !== "self" && read.risk !== "low";
}

/** What is told is planned for a coming day ("cuối tuần này", "thứ bảy này", "this weekend"), with no word of now or of the next hours. */
function onlyAhead(text: string): boolean {
  const facts = extractReportFacts(text);
  return facts.ahead !== null && !["now", "tonight", "today"].includes(facts.when ?? "") && !NOW_WORDS.test(chatKey(text));
}

/** Words that put what is told now or in the next hours (folded): "đang", "bây giờ", "lúc này", "tối nay", "vừa", "now", "tonight". */
const NOW_WORDS = /\b(?:dang|bay gio|bh|gio|hien|luc nay|toi nay|dem nay|sang nay|chieu nay|vua|now|right now|currently|tonight|at the moment|just)\b/;
/** Flags of a child's state of care ("bị bệnh", "đói"): told without a word of now, they may be of anyone in the house, or of weeks. */
const CARE_STATES: ReadonlySet<string> = new Set(["child_ill", "starvation"]);
/**
 * A description typed at the danger question answers it with a yes only when it tells the danger is now: a word of now, or a flag
 * of danger other than a state of care. "bà bị bệnh nằm một chỗ, bố mẹ đi làm xa cả năm" tells a state: kept, and the question asked again.
 */
function tellsNow(text: string, flags: readonly string[]): boolean {
  return NOW_WORDS.test(chatKey(text)) || flags.some((f) => !CARE_STATES.has(f) && statesDanger({ risk: "emergency", redFlags: [f] }));
}

/** A danger told with a word of now ("đang", "bây giờ", "vừa", "tối nay", "right now"), not only flags read from the story. */
export function saysDangerNowInWords(text: string, deps: Pick<ReportFlowDeps, "triage">): boolean {
  return statesDanger(deps.triage(text)) && NOW_WORDS.test(chatKey(text));
}

/** The words typed at the danger question state a danger now (the yes they are read as), not only a classifier's emergency. */
export function statesDangerNow(text: string, deps: Pick<ReportFlowDeps, "triage">): boolean {
  const read = deps.triage(text);
  return statesDanger(read) && tellsNow(text, read.redFlags);
}

/** The message tells a harm done (someone who harms, or an injury), as a story does, not only where the child is. */
function tellsHarm(text: string, deps: ReportFlowDeps): boolean {
  const facts = extractReportFacts(text);
  return facts.injury !== null || (facts.harmer !== null && facts.harmer !== "self" && deps.triage(text).risk !== "low");
}

/** Being with the person now, said in an answer, when the draft does not hold it yet. */
function withPersonTold(d: ReportDraft | null, text: string): ReportDraft | null {
  if (!d || d.withPersonNow !== null) return d;
  const said = withPersonNowOf(text, d);
  return said ? { ...d, withPersonNow: said } : d;
}

/** The story tells of a child left alone ("để bé ở nhà một mình", "leaves him by himself"). */
export function childAloneTold(d: ReportDraft): boolean {
  return Boolean(d.narrative) && extractReportFacts(d.narrative!).alone;
}

/** An answer the reporter gave to the danger question: theirs, not the bot's reading of the story. */
function asked(d: ReportDraft | null): ReportDraft | null {
  return d ? { ...d, dangerFromStory: false } : null;
}

/** Every question, by step id; `nextStep` decides which one is asked. */
export const STEP_DEFS: Record<StepId, StepDef> = {
  danger: {
    question: () => T.danger,
    choices: TRI,
    choose(d, id) {
      const known = asTri(id);
      return known ? { ...d, dangerNow: known, dangerFromStory: false, when: known === "yes" && !d.when ? "now" : d.when } : d;
    },
    recognise: matchDangerAnswer,
    // A description of harm happening now, typed instead of yes/no, is a yes: its own words must state the danger
    // (a safety flag: violence in progress, a weapon, a threat...), not only a classifier's reading of them
    // ("giờ thì nó đang ở trường mẫu giáo, tối bố nó về thì chả biết" is not a yes).
    // Whatever the answer says, the reporter said it (not the bot's reading of the story).
    // "Không, hắn đang ở nhà tui": where the child is, said with the answer, is kept as being (or not) with the person now.
    read: (d, text, deps) => asked(withPersonTold(readDanger(d, text, deps), text)),
    known: (d) => d.dangerNow !== null,
  },
  what: {
    question: (d) => (!d.narrative ? T.what : thinStory(d) ? (d.harmer ? T.whatHappened : neglectTold(d) ? T.whatCarer : T.whatThin) : T.whatMore),
    choices: [],
    choose: same,
    recognise: none,
    read: (d, text) => ({ ...d, narrative: append(d.narrative, text) }),
    // "nhà kia hay đánh con lắm": a story of a few words that names no one who harms is asked who and what happened, once.
    known: (d) => Boolean(d.narrative) && !thinStory(d),
  },
  where: {
    question: (d) => (d.provinceGuess && !d.provinceId ? T.wherePlaceGuess : d.commune && !d.provinceId ? T.whereProvince : T.where),
    choices: [],
    choose: same,
    recognise: none,
    read(d, text, deps, loose) {
      const province = deps.findProvince(text);
      // "xa ea kar dak lak, thon 3": the province typed inside the commune's words is not part of the commune.
      const typed = withoutProvince(readCommuneAnswer(text, province?.name ?? null), province?.level === "province" ? province.matched : undefined) ?? placeBesideProvince(text, province);
      // "bên Đắk Lắk á", "Gia Lai province", "tỉnh Gia Lai, gần Pleiku" when the story told the commune: the province is added and the
      // commune kept; only a place said with its level ("xã Ia Grai, Gia Lai") is a commune of its own.
      const typedCommune = d.commune && province && typed && !PLACE_LEVEL.test(foldKey(typed)) ? null : typed;
      // "ấp 2, Tân Phú": the hamlet and the commune each in its place; a hamlet alone leaves the commune to ask.
      const placed = withPlace(d, typedCommune ? knownSpelling(typedCommune, province?.id ?? d.provinceId, deps, d.language) : typedCommune, provinceIn(deps));
      const place = cleanPlaceAnswer(text, true) || text.trim();
      // "ha noi": the province typed without tones is kept as the registry writes it.
      if (province) return { ...placed, provinceId: province.id, provinceName: province.name, locationText: spelledAs(place, province) };
      if (typedCommune || looseName(text, loose)) return { ...placed, locationText: place };
      return null;
    },
    known: (d) => d.provinceId !== null || d.locationText !== null,
  },
  commune: {
    // "thôn Đông Hòa" known: which commune or ward it is in, asked once.
    question: (d) => (d.hamlet && !d.commune ? T.communeOfHamlet : T.commune),
    choices: [],
    choose: same,
    recognise: none,
    read: (d, text, deps, loose) => {
      const province = deps.findProvince(text);
      // "minh 26t roi nha, ko phai con nit dau": the writer telling who they are is no place (the flow reads it as the writer's).
      const aboutWriter = writerIsGrownUp(text) && !province;
      // "chợ Đồng Xuân", "gần trường Kim Đồng, phường Ba Đình": a market, a school, a pagoda is a place, not the commune; a ward said
      // beside it is the commune, and the words go to the notes for officers (nothing dropped).
      if (namesPlaceKind(text)) {
        const ward = text.split(/[,;\n]/u).map((p) => readCommuneAnswer(p, province?.name ?? d.provinceName)).find((p): p is string => p !== null && !namesPlaceKind(p));
        const noted = { ...d, extraNotes: d.extraNotes.includes(text.trim()) ? d.extraNotes : [...d.extraNotes, text.trim()] };
        return ward ? withPlace(noted, knownSpelling(ward, d.provinceId, deps, d.language), provinceIn(deps)) : noted;
      }
      const commune = readCommuneAnswer(text, province?.name ?? d.provinceName) ?? placeBesideProvince(text, province) ?? (!aboutWriter && looseName(cleanPlaceAnswer(text) || text, loose) ? cleanPlaceAnswer(text) || text.trim() : null);
      if (!commune) return null;
      // "nhà ông bà nó ở Phong Điền, Thừa Thiên Huế": the province the reporter types now is where the child is.
      const moved = province && province.level === "province" && province.id !== d.provinceId ? { provinceId: province.id, provinceName: province.name } : {};
      return { ...withPlace(d, knownSpelling(commune, province?.level === "province" ? province.id : d.provinceId, deps, d.language), provinceIn(deps)), ...moved };
    },
    known: (d) => d.commune !== null,
  },
  age: {
    // One child whose sex the story does not say: the sex is asked in the same message (never a question of its own).
    question: (d) => (d.childSex === null && (d.children ?? 1) === 1 ? T.ageSex : T.age),
    choices: ["under_6", "6_11", "12_15", "16_17", "unknown"],
    choose: (d, id) => ({ ...d, childAgeBand: id as ReportDraft["childAgeBand"] }),
    // "k rõ", "khum bik", "chịu", "no idea", a bare "ko": "Không rõ".
    recognise: (text) => (saysNotKnown(text) || plainNo(text) ? "unknown" : null),
    read(d, text) {
      const band = matchAgeBand(text);
      if (!band || !short(text, 8)) return null;
      // "bé gái, chừng 8 tuổi": the sex told with the age (asked together) is kept too.
      const facts = extractReportFacts(text);
      const sex = d.childSex === null ? facts.sex : null;
      // "chắc tầm 7 tuổi", "bé gái, hình như 8 tuổi": the field holds the age read ("7"); the words typed around it go to the notes.
      const value = facts.age ? ageText(facts.age.min, facts.age.max) : text.trim();
      const notes = value !== text.trim() && foldKey(text).split(" ").length > foldKey(value).split(" ").length + 1 ? [...d.extraNotes, text.trim()] : d.extraNotes;
      return { ...d, childAgeBand: band, childAgeText: value, extraNotes: notes, ...(sex === "male" || sex === "female" ? { childSex: sex } : {}) };
    },
    known: (d) => d.childAgeBand !== null,
  },
  when: {
    question: () => T.when,
    choices: ["now", "today", "this_week", "earlier"],
    choose: (d, id) => ({ ...d, when: id }),
    // "bh", "đang", "right now": now; "k nhớ", "chịu", a bare "ko": skipped (a day typed is kept as the reporter wrote it).
    recognise: (text) => (NOW_REPLY.test(chatKey(text)) ? "now" : saysNotKnown(text) || plainNo(text) ? "skip" : null),
    // "she told me on Saturday, it has been going on for a while": a day of telling given as the answer is kept as typed (the story
    // reading takes no time of the harm from it), never asked again.
    // "con bé nói hôm chủ nhật bị đánh bằng dây điện, ông ta còn dọa giết ...": the time it names is stored, not the whole sentence (RD5).
    read: (d, text, _deps, loose) => {
      if (looseText(text, loose)) return { ...d, when: text.trim() };
      if (isQuestionLike(text) || !TELLING_WORDS.test(foldKey(text))) return null;
      const facts = extractReportFacts(text);
      if (facts.when !== null) return { ...d, when: facts.whenQuote?.trim() || text.trim() };
      if (!DAY_WORDS.test(foldKey(text))) return null;
      return { ...d, when: DAY_SAID.exec(text.normalize("NFC"))?.[0].trim() ?? text.trim() };
    },
    known: (d) => d.when !== null,
  },
  reporter: {
    question: () => T.reporter,
    choices: ["self", "family", "neighbour", "teacher", "other"],
    choose: (d, id) => ({ ...d, reporterRelation: id as ReportDraft["reporterRelation"] }),
    // A bare "ko", "k muốn nói" or "chịu" is no relation: skipped.
    // "nhà tôi sát vách", "chính mình là người bị đánh": a neighbour or the child, in words of their own (a friend is read with its words).
    // "người đánh nó là ông hàng xóm": the harmer named, not the writer (kept, and asked again in other words).
    recognise: (text) => (plainNo(text) || saysNotKnown(text) ? "skip" : namesHarmer(text) ? null : ownWordsRelation(text) ?? matchRelation(text)),
    // "dạ em là giáo viên chủ nhiệm của bé ạ", "e la gv cua be": a sentence that says who the writer is, however long, is that relation.
    read: (d, text) => {
      if (namesHarmer(text)) return null;
      const said = relationSaid(text);
      if (said && said !== "other") return { ...d, reporterRelation: said, reporterRelationText: null };
      // "tui ở chung dãy trọ với nhà nó", "t la bn hoc cua no", "người bị là mình": matched to a choice, never kept as typed (walk 47).
      const words = isQuestionLike(text) ? null : relationInWords(text, d.language);
      if (words) return { ...d, reporterRelation: words.relation, reporterRelationText: words.words, extraNotes: text.trim().split(/\s+/).length > 6 ? [...d.extraNotes, text.trim()] : d.extraNotes };
      if (said) return { ...d, reporterRelation: said, reporterRelationText: null };
      // "e là bạn cùng lớp vs bạn ấy", "mình là bạn thân của nó": a classmate or friend of the child is someone else, said so (walk 45 asked again).
      const friend = isQuestionLike(text) ? null : friendOfChildSaid(text, d.language);
      if (friend) return { ...d, reporterRelation: "other", reporterRelationText: friend, extraNotes: text.trim().split(/\s+/).length > 6 ? [...d.extraNotes, text.trim()] : d.extraNotes };
      // "người qua đường thôi, tôi chỉ đi ngang": a passer-by, however many words say it, is someone else.
      if (PASSER_BY.test(foldKey(text)) && !isQuestionLike(text)) return { ...d, reporterRelation: "other", reporterRelationText: d.language === "en" ? "a passer-by" : "người đi đường", extraNotes: [...d.extraNotes, text.trim()] };
      // Words that name no choice are never the relation as typed: the flow asks once more in other words (walk 47).
      return null;
    },
    known: (d) => d.reporterRelation !== null,
  },
  contact: {
    question: () => T.contact,
    choices: ["anonymous"],
    choose: (d, id) => (id === "anonymous" ? { ...d, anonymous: true, contact: null, consentToContact: false } : d),
    recognise: (text) => (isAnonymous(text) ? "anonymous" : null),
    read(d, typed) {
      // "số bà 0935111404. mà con mẹ nó cứ đòi đem cháu về lại": what the words beside the number tell of the child or the harm is
      // story (added to it, so it is read and weighed), never part of the way to reach the writer; the contact is read from the rest.
      const beside = storyBesideNumber(typed);
      if (beside) {
        const read = readContactAnswer(d, beside.rest);
        if (!read) return null;
        const story = beside.story.join(". ");
        // The whole message is the note (not also its contact part alone).
        const notes = read.extraNotes.filter((n, i) => i < d.extraNotes.length || n !== beside.rest.trim());
        return { ...read, narrative: read.narrative ? `${read.narrative}\n${story}` : story, extraNotes: notes.includes(typed.trim()) ? notes : [...notes, typed.trim()] };
      }
      return readContactAnswer(d, typed);
    },
    known: (d) => d.anonymous !== null,
  },
  consent: {
    // "0912 ... đừng gọi, bố em nghe thấy": the reporter said not to call; what is asked is whether messages are all right.
    question: (d) => (saysNoCalls(d) ? T.consentMessages : T.consent),
    choices: ["yes", "no"],
    choose: (d, id) => (id === "yes" && saysNoCalls(d) ? messagesOnly(d) : id === "yes" || id === "no" ? { ...d, consentToContact: id === "yes" } : d),
    recognise: (text) => {
      const tri = matchTriState(text);
      return tri === "yes" || tri === "no" ? tri : null;
    },
    // "em nói rồi mà, được", "thì đồng ý chứ sao": a yes said last; "nhắn tin thì được ạ, gọi thì em sợ bố mẹ nghe",
    // "chỉ nhắn tin thôi, đừng gọi": a yes to messages, the limit kept in the reporter's words for officers.
    read: (d, text) => {
      if (isQuestion(text)) return null;
      const key = chatKey(text);
      // Said with the contact itself, so whoever calls sees it: "0356 112 233 (chỉ nhắn tin, không gọi)".
      // "nhắn thôi ạ", "nhắn tin thôi, đừng gọi": messages yes, calls no; never "no contact".
      if (MESSAGES_ONLY.test(key) || TEXT_ONLY.test(key)) return { ...messagesOnly(d), extraNotes: [...d.extraNotes, text] };
      // "không, gọi cho tôi thì được, ý tôi là đừng gọi cho chồng cũ": calls to the writer allowed; whom not to call is a caution.
      const own = withoutCautions(key);
      if (CALLS_OK.test(own) && !REFUSES_CONSENT.test(own)) return { ...d, consentToContact: true, extraNotes: [...d.extraNotes, text] };
      if (REFUSES_CONSENT.test(own)) return { ...d, consentToContact: false, extraNotes: [...d.extraNotes, text] };
      const last = chatKey(text.split(/[,.;!]/u).filter((c) => foldKey(c)).at(-1) ?? "").replace(/^(?:thi|la|thi la|da|vang)\s+/, "").replace(/(?:\s+(?:a|nhe|nha|chu|cho|chu sao|ma|roi|thoi))+$/, "");
      if (CONSENT_YES.test(last) || (text.includes(",") && matchTriState(last) === "yes")) return { ...d, consentToContact: true };
      return null;
    },
    known: (d) => d.consentToContact !== null,
  },
  confirm: {
    question: () => T.confirm,
    choices: ["submit", "edit", "cancel"],
    choose: same,
    recognise: none,
    read: none,
    known: () => false,
  },
  edit: {
    question: () => T.editPrompt,
    choices: [],
    choose: same,
    recognise: none,
    read: none,
    known: () => false,
  },
};

/** A neighbour or the child themself, said in words of their own at "who are you?" (a friend's words are kept by `read`). */
function ownWordsRelation(text: string): ReporterRelation | null {
  const words = relationInWords(text, "vi");
  return words && words.relation !== "other" ? words.relation : null;
}

/** Gaps asked after the danger question and the story, most useful to officers first. */
/** A story of fewer than ten words that names no one who harms. */
/**
 * A story that does not say what happened to the child: a few words naming no one who harms, or a story the rules read no harm in
 * ("thằng nhỏ nhà bên bị ba nó làm vậy hoài", "something is going on with the kid next door": low, category other, no red flag),
 * and the model does not read as serious.
 */
export function thinStory(d: ReportDraft): boolean {
  const told = (d.narrative ?? "").trim();
  const words = told.split(/\s+/).filter(Boolean).length;
  if (!d.harmer && words < 10) return true;
  if (words >= 30) return false;
  const read = triageRules(told);
  // "ở xóm tôi có đứa nhỏ hay bị bỏ đói": a child neglected, told in a few words with no one who looks after them named; officers
  // need the carer, so who looks after the child is asked once (walk 50 reached a case with no one named).
  if (!d.harmer && words < 20 && read.category === "neglect_abandonment" && read.risk !== "emergency") return true;
  if (read.risk !== "low" || read.category !== "other" || read.redFlags.length > 0) return false;
  // "One of my students might be in trouble at home.": no one who harms and no harm in a short story is thin, whatever the model
  // guesses from "trouble at home" (walk 39: it reached a case code never asked what happened).
  if (!d.harmer && words < 20) return true;
  // The model reads harm the rules' words miss ("a guy online says he will post my photos tomorrow night if i dont send more"): serious, told.
  return !["high", "emergency"].includes(analyseMessage(told).triage.risk);
}

/** The story tells of a child neglected (the rules' reading): the question asks who looks after the child. */
function neglectTold(d: ReportDraft): boolean {
  return triageRules((d.narrative ?? "").trim()).category === "neglect_abandonment";
}

const GAPS: readonly StepId[] = ["where", "age", "when", "reporter", "commune"];
/** At most this many gap questions: a thin story reaches its case code in nine messages or fewer. */
export const GAP_BUDGET = 4;

/** The question the draft still needs, or the summary. */
export function nextStep(state: ReportFlowState): StepId {
  const d = state.draft;
  const asked = new Set(state.asked ?? []);
  const open = (s: StepId) => !asked.has(s) && !STEP_DEFS[s].known(d);
  if (open("danger")) return "danger";
  if (open("what")) return "what";
  const used = (state.asked ?? []).filter((s) => GAPS.includes(s)).length;
  const gap = GAPS.find((s) => open(s) && wanted(s, state));
  if (gap && used < GAP_BUDGET) return gap;
  if (open("contact")) return "contact";
  if (d.anonymous === false && open("consent")) return "consent";
  // Nobody can be called back (anonymous, or no number given) and the place is only a province: officers could not find the child,
  // so the commune is asked once, skippable, whatever the budget, a child and danger now included (walk 52: 07, 10).
  const unreachable = d.anonymous === true || (d.contact === null && asked.has("contact"));
  // Not when the question of where already asked the commune with the province ("Xã hay phường nào, nếu em biết?"): asked once.
  if (unreachable && d.provinceId !== null && open("commune") && !asked.has("where")) return "commune";
  // A child in danger now: who the reporter is waited until the contact was given; asked then, once (officers need it).
  if (d.dangerNow === "yes" && open("reporter") && d.reporterRelation !== "self" && !state.childWriter) return "reporter";
  return "confirm";
}

/**
 * A child is not asked who they are, nor (when their province is known) the commune. When a
 * child is in danger now, only where matters before the contact: who the reporter is, the age
 * and when can wait for the officers' call.
 */
function wanted(step: StepId, state: ReportFlowState): boolean {
  const child = state.draft.reporterRelation === "self";
  if (state.draft.dangerNow === "yes" && (step === "reporter" || step === "when" || step === "age")) return false;
  // A child in danger now is asked where too: help must be sent, and a province alone cannot find them (walk 53: a child hiding
  // from a father with a knife was reported with only "Tây Ninh").
  if (step === "commune") return !(child && state.draft.provinceId && state.draft.dangerNow !== "yes") && (state.draft.provinceId !== null || state.draft.locationText !== null);
  return !(child && step === "reporter");
}
