/**
 * Reads what a reporter wrote (the story, an answer that says more than was asked, a
 * correction) with the triage fact module and the province lookup, and puts what it states
 * into the draft, so the flow asks only what the story did not say. A story fills empty
 * fields only; a correction ("Sửa") replaces them.
 */
import { selfCorrected } from "./self-correction.ts";
import { knownSpelling } from "./place-spelling.ts";
import type { Language } from "../../core/message-types.ts";
import { foldKey, hasVietnameseDiacritics } from "../../core/vietnamese-text.ts";
import type { ReportDraft, ReporterRelation } from "../case-intake-port.ts";
import type { ChildProvince } from "../../kb/registry/child-province.ts";
import { extractReportFacts, RELATIONS, type Relation, type ReportFacts, type ReporterKind, type WhenFact } from "../triage/report-facts.ts";
import { inHospitalNowSaid, livesWithHarmerSaid, MARRIAGE_WORDS, nameAfterPlaceKind, namesPlaceKind, ownAddressesIn, saysMayBeContacted, timeWordsWrittenOut, tonightSaid } from "./flow-words.ts";
import { harmerSexOf } from "./harmer-sex.ts";
import { bandOf, givesWayToReach, matchRelation, mindsBeingContacted, refusesContact, saysNoDanger, saysSafeNow, saysTradeNotTie } from "./answer-matching.ts";
import type { OtherChild, ReportFlowDeps } from "./report-flow-types.ts";
import { childMentions, childrenText, mixedChildren, siblingAside } from "./children-reading.ts";
import { communeAfterHamlet, placeParts } from "./place-parts.ts";

/** Fields of the draft a message can fill. */
export const STORY_FIELDS = ["age", "sex", "harmer", "reporter", "when", "province", "commune", "contact", "children", "withPerson", "danger"] as const;
export type StoryField = (typeof STORY_FIELDS)[number];

/** What one message told: the draft with it, the fields it set, and the facts as read. */
export interface StoryReading {
  draft: ReportDraft;
  /** Fields this message set or changed. */
  learned: StoryField[];
  facts: ReportFacts;
  /** The message names a province, commune, age, harmer, injury or phone: it is part of the story, not a side remark. */
  hasContent: boolean;
}

/** Who tells, as the story says it: the fact module's kinds, and a child telling of their own brother or sister. */
type StoryReporter = ReporterKind | "sibling";
const REPORTER_OF: Record<StoryReporter, ReporterRelation> = {
  child_self: "self", parent: "family", relative: "family", neighbour: "neighbour", teacher: "teacher", friend: "other", official: "other", sibling: "family",
};
const REPORTER_TEXT: Partial<Record<StoryReporter, Record<Language, string>>> = {
  friend: { vi: "bạn của trẻ", en: "a friend of the child" },
  sibling: { vi: "anh chị em của trẻ", en: "a brother or sister of the child" },
  official: { vi: "cán bộ, người có trách nhiệm ở địa phương", en: "a local official" },
};
const HEALTH_TEXT: Record<Language, string> = { vi: "nhân viên y tế", en: "a health worker" };
/**
 * "Tonight" told of a harm already done (folded), in one clause: "tonight I saw a man slap him", "it happened tonight around 10pm",
 * "it already happened tonight", "tối nay ổng đánh nó rồi", "tối nay nó vừa bị đánh", "hồi tối nay". Not "tonight he will come back".
 */
const DONE_TONIGHT: readonly RegExp[] = [
  /\b(?:tonight|this evening)\b[^.;!?]{0,40}?\b(?:i|we|he|she|they|it|someone|a man|a woman)\s+(?:already\s+)?(?:saw|heard|slapped|hit|beat|kicked|hurt|happened|was|were|did|grabbed|pushed|threw|yelled|shouted|scolded|screamed)\b/,
  // "An adult man ... yelled at her tonight" (walk 46): a harm of words told of tonight, with nothing ahead. Not any past: "took her
  // tonight", "threatened to kill her tonight", "locked her in tonight" are the danger itself (a second reading).
  /\b(?:saw|heard|slapped|hit|beat|kicked|hurt|happened|grabbed|pushed|threw|yelled|shouted|scolded|screamed|already happened)\b(?:(?!\b(?:will|going to|gonna|if)\b)[^.;!?]){0,40}?\b(?:tonight|this evening)\b/,
  /\b(?:hoi toi nay|toi nay)\b[^.;!?]{0,40}?\b(?:roi|r|vua|vua moi|luc nay|ban nay|hoi nay)\b(?!\s+(?:se|sap))/,
];

/** Tonight, a blow, then the wound it left (folded): "tối nay ... đánh em, lưng em chảy máu", "tonight he hit me and my arm is bleeding". */
const HURT_TONIGHT = /\b(?:toi nay|dem nay|tonight|this evening)\b(?:\s+\S+){0,12}?\s+(?:danh|quat|dap|tat|dam|da|bop|dot|hit|beat|kicked|slapped|whipped|burned)\b(?:\s+\S+){0,10}?\s+(?:chay mau|ruom mau|bam tim|bam|sung|tray|rach|gay|bi thuong|toe dau|u dau|bleeding|bruised|swollen|broken|cut)\b/;

/** The writer's own child named (folded): "con gái tôi", "con của tui", "chồng tui ... hai đứa nhỏ", "my son", "my kids". */
/** A child's state going on as the writer writes (folded): "khóc mãi không nín", "sốt hoài không hạ", "keeps crying and won't stop". */
const GOING_ON_NOW = /\b(?:khoc|sot|ho|non|la|gao)\s+(?:mai|hoai|hoai hoai|suot|lien tuc|nay gio|tu nay|ca buoi)\s+(?:khong|ko|k|chua|hong|hok)\s+(?:nin|dung|ngung|ha|bot|het)\b|\b(?:still|keeps?|won t stop|wont stop) (?:crying|screaming|vomiting|burning up)\b/;
/** A story told in the past or as over (folded): "lúc đó", "hồi đó", "giờ thì ... rồi": a crying then is not now (RD4). */
const TOLD_AS_PAST = /\b(?:luc do|luc ay|hoi do|hoi ay|khi do|khi ay|hom do|hom ay|dem do|dem ay|bua do|bua ay|hoi truoc|truoc day|ngay xua|back then|that night|that day|at the time)\b|\b(?:gio|bay gio|hien gio|gio day)(?: thi)?\b[^.!?]{0,60}\broi\b|\bnow (?:she|he|they) (?:is|are|s|re) (?:with|at|safe|fine|ok)\b/;
/** A child's state going on as the writer writes, in a story told in the present (RD4). */
const goingOnNow = (key: string): boolean => GOING_ON_NOW.test(key) && !TOLD_AS_PAST.test(key);
/**
 * The writer (or their child) has not yet done what someone asks of them (folded): "mik chưa gửi", "em chưa làm", "con chưa đi":
 * the asking goes on as they write (walk 49 asked a 13-year-old when, after "hứa cho skin nếu gửi ảnh…, mik chưa gửi"). Going to
 * school or work, to a doctor, or homework is no demand ("cháu chưa đi học", "chưa làm bài"); nor is a consent not yet
 * given ("em chưa đồng ý" to a marriage: its date is asked); nor a condition of a habit ("em chưa làm xong là bị đánh", "chưa đi
 * thì bố chửi": when it last happened is asked).
 */
const NOT_YET_DONE = /\b(?:em|e|mik|mk|minh|tui|toi|t|tao|to|con|chau|be)\s+(?:van\s+|vx\s+)?(?:chua|chx|chua he)\s+(?:(?:dam|kip|muon)\s+)?(?:gui|lam|lam theo|nghe theo|di|ra|gap|tra loi|rep|chuyen|quay|chup)\b(?!\s+(?:hoc|lam|kham|vien|benh vien|truong|bai|viec|nha))(?!(?:\s+\S+){0,3}?\s+(?:thi|la|xong|het)\b)/;
/** Someone asking, daring or promising the child something for it (folded): "đòi", "bắt", "bảo", "xin", "hứa", "dụ", "hẹn", "ép". */
const ASKED_OF = /\b(?:doi|bat|bao|xin|hua|du|ru|hen|ep|yeu cau|nhan)\b/;
/**
 * The same asking read with its marks, when the text has them: folded, "báo" (to report) is "bảo", "đổi", "đời" are "đòi", "đủ",
 * "dữ" are "dụ", and "bắt nạt" is "bắt" (RD7: "nhà đã báo công an ... cháu chưa gặp bác sĩ" read as a demand).
 */
const ASKED_OF_MARKED = /(?:^|[^\p{L}])(?:đòi|bắt(?! nạt)|bảo|xin|hứa|dụ|rủ|hẹn|ép|yêu cầu|nhắn)(?=$|[^\p{L}])/u;
/** Vietnamese marks in a text: its words can be read as written. */
const HAS_MARKS = /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/u;
/** What is asked online (folded): pictures, a clip, a video, a call on camera, or to meet; "anh" only with what makes it a picture. */
const ONLINE_ASK = /\b(?:hinh|clip|video|vid|quay|chup|call video|goi video|facetime|pics?|photos?|nudes?|selfies?|videos?|anh (?:nong|khoa than|khong mac|kh mac|ko mac|k mac|nude|sexy|vung kin|nguc|than the|cua (?:em|e|minh|mik|mk|tui|toi|con|chau)|ca nhan|mat)|gui anh|gap (?:mat|nhau|rieng|o|tai|de|di)|ra (?:quan|cong vien|nha nghi|khach san|ngoai)\b(?:\s+\S+){0,4}?\s+gap)\b/;
/** A picture or a video asked for (folded). */
const IMAGE_ASK = /\b(?:hinh|anh|clip|video|vid|quay|chup|pics?|photos?|nudes?|videos?)\b/;
/** Where the asking comes from, or what is promised for it, online (folded): an app, a game, a stranger on the net, cards, skins. */
const ONLINE_PLACE = /\b(?:facebook|fb|face|zalo|tiktok|tik tok|messenger|mess|instagram|insta|ig|telegram|discord|snapchat|twitter|youtube|game|games|roblox|free fire|ff|lien quan|minecraft|pubg|tren mang|qua mang|online|nhan tin|inbox|ib|acc|nick|robux|skin|kim cuong|quan huy|the cao|card|gift cards?|nap game|nap the|nguoi la|ng la)\b/;
/**
 * A harm told as done (read with marks when the text has them, folded when it has none): a beating, touching, abuse, sex, a
 * pregnancy, something posted (not a threat to post: "dọa sẽ đăng ảnh"), an image already sent, a report already made. Such a story is of a
 * past harm, whatever is still asked.
 */
const HARM_DONE_MARKED = /(?:^|[^\p{L}])(?:đánh|đập|tát|đá vào|bóp cổ|chảy máu|bầm|gãy|xâm hại|hiếp|sờ|quan hệ|có thai|mang thai|(?<!(?:sẽ|dọa|định|đòi|không) )đăng (?:ảnh|hình|clip|video|lên)|phát tán|đã gửi|gửi(?: \S+){0,3}? rồi|đã báo|lạm dụng|cưỡng|hôn)(?=$|[^\p{L}])/u;
const HARM_DONE_FOLDED = /\b(?:danh|dap|bop co|chay mau|bam tim|gay tay|gay chan|xam hai|hiep|so vao|so mo|so soang|quan he|co thai|mang thai|(?<!(?:se|doa|dinh|doi|khong) )dang (?:anh|hinh|clip|video|len)|phat tan|da gui|gui(?: \S+){0,3}? roi|da bao|lam dung|cuong buc|hit|beat|beaten|punched|touched|raped|had sex|pregnant|posted|shared my|already sent|sent (?:him|her|them) (?:one|a|some))\b/;
/**
 * A demand made online the child has not yet met, in a story told in the present, with no harm told as done: the harm is going on now.
 * Going to hospital, saying sorry, leaving home or sending money after a beating or a posting are not such a demand (RD7).
 */
const demandPending = (text: string): boolean => {
  const key = foldKey(text);
  // A picture or a video is asked online wherever it is asked; a meeting only when the asker is met online or pays in a game's coin.
  const online = ONLINE_ASK.test(key) && (ONLINE_PLACE.test(key) || IMAGE_ASK.test(key));
  if (!online || !NOT_YET_DONE.test(key) || TOLD_AS_PAST.test(key)) return false;
  const marked = text.normalize("NFC").toLowerCase();
  return HAS_MARKS.test(marked) ? ASKED_OF_MARKED.test(marked) && !HARM_DONE_MARKED.test(marked) : ASKED_OF.test(key) && !HARM_DONE_FOLDED.test(key);
};
const WRITERS_CHILD = /\b(?:con|con gai|con trai|dua con|hai dua con|may dua con|con nho|be nha|dua nho nha|con ruot) (?:cua )?(?:toi|tui|minh|chung toi)\b|\b(?:ong |thang )?(?:chong|vo) (?:toi|tui|minh)\b.{0,80}\b(?:hai dua|ba dua|may dua|tui nho|dua nho|con nho|thang lon|thang nho|con be|con toi|con tui)\b|\bmy (?:son|daughter|kids|children|child|stepson|stepdaughter|little boy|little girl)\b|\bcon (?:gai |trai )?rieng (?:cua )?(?:chong|vo|ong xa|ba xa) (?:toi|tui|minh|em)\b|\bmy (?:husband|wife|partner) s (?:son|daughter|kids?|children|child|boy|girl)\b/;

/** About to, with no night or day (folded): "sắp", "chuẩn bị", "about to". */
const VAGUE_SOON_QUOTE = /^(?:sap|chuan bi|sap bi|chuan bi bi|about to|is about to)$/;
/** About to, said back as the reporter told it: soon, no day (marked planned so it reads as a time ahead). */
const VAGUE_SOON_WHEN: Record<Language, string> = { vi: "sắp tới (dự kiến)", en: "soon (planned)" };
/** The time said back of a child in hospital now, the story naming no other: the harm was lately, the child is cared for now. */
const IN_HOSPITAL_WHEN: Record<Language, string> = { vi: "gần đây, trẻ đang nằm viện", en: "recently, the child is in hospital now" };
const WHEN_OF: Record<WhenFact, string> = { now: "now", tonight: "soon", today: "today", recent: "this_week", repeated: "repeated", past: "earlier" };

/**
 * A short answer to "where?" says the place and little else; place names hold words the fact
 * module would read as facts ("Hai Châu": two children, "Ba Đình": the father), so such an
 * answer fills only these fields.
 */
export const PLACE_ANSWER_FIELDS: readonly StoryField[] = ["province", "commune", "age", "contact"];

/**
 * Reads `text` into `draft`: "fill" keeps what the draft holds, "replace" lets the text win (a
 * correction). With `only`, fields outside it are not taken from this text.
 */
export function readStory(draft: ReportDraft, typed: string, deps: ReportFlowDeps, mode: "fill" | "replace", only?: readonly StoryField[]): StoryReading {
  // "ở xã Ea Kao, à nhầm, không phải Ea Kao mà là xã Hòa Thắng": the reporter's own later words are read.
  const text = grandparentsChildAsParent(selfCorrected(typed));
  // "bị ny nó đánh tuần trc": teen-speak time words are read written out (walk 45 asked when after "tuần trc").
  const read = speakerAsI(timeWordsWrittenOut(text));
  const facts = parentsLockIn(groupHarmed(madeToMarry(marriedTo(namedAsDoer(notAsUsual(whenOfHarm(notAVictim(notTheReporter(extractReportFacts(read), read), read), read), read), read), read), read), read), read);
  // "nhà cũ ở Bình Phước, tháng trước dọn lên Pleiku", "used to live in Hue but moved to Da Nang": the child lives where they moved to,
  // not in the province of their old home, when the move names a province.
  const first = deps.findProvince(text);
  const home = notWhereTaken(first, text, facts, deps);
  const named = notWritersPlace(home, text, deps);
  const moved = movedTo(text, deps);
  const found = moved && (!named || moved.id !== named.id) ? moved : named ?? moved;
  // "xã Phú Lộc chứ không phải Ea Kar": a commune corrected alone keeps the province the draft holds; a commune that shares its name with
  // an old district elsewhere (the registry's district match) moves it only when a province is named too.
  const province = mode === "replace" && draft.provinceId && found && found.id !== draft.provinceId && found.level === "district" && communeNamed(text, found.matched) ? null : found;
  const values = valuesOf(facts, text, province, draft.language, deps);
  // "ở BMT", "xa Krong Buk": the place spelled as the registry knows it, when exactly one known place fits.
  if (values.commune?.commune) values.commune = { ...values.commune, commune: withOldDistrict(knownSpelling(withoutProvinceTail(values.commune.commune), province?.id ?? draft.provinceId, deps, draft.language), text) };
  // Who harms is quoted in the reporter's words ("con trai tôi"), never in the words the reading put for them ("bố cháu").
  if (text !== typed && values.harmer) values.harmer = { ...values.harmer, harmerText: writersOwnWords(typed, values.harmer.harmerText ?? null) };
  const learned: StoryField[] = [];
  let next = draft;
  // "bị dụ vào Bình Dương": only where the child was taken; kept to be confirmed at "where?", never taken as the child's place.
  const taken = mode === "fill" && !found && !draft.provinceId && !draft.provinceGuess && (!only || only.includes("province")) ? first ?? deps.namedProvince?.(text) ?? null : null;
  if (taken && taken.level === "province" && onlyTakenTo(taken, text) && !grownUpWentThere(taken, text)) next = { ...next, provinceGuess: { id: taken.id, name: taken.name, ...(taken.former && !taken.renamed ? { former: taken.former } : {}) } };
  for (const [field, patch] of Object.entries(values) as Array<[StoryField, Partial<ReportDraft> | undefined]>) {
    if (!patch || (mode === "fill" && isKnown(draft, field)) || (only && !only.includes(field))) continue;
    if (Object.entries(patch).every(([k, v]) => draft[k as keyof ReportDraft] === v)) continue;
    next = { ...next, ...patch };
    learned.push(field);
  }
  const hasContent = Boolean(facts.age || facts.harmer || facts.injury || facts.phone || facts.commune || province || facts.reporter);
  return { draft: next, learned, facts, hasContent };
}

/**
 * "giờ cháu ổn, đi học bình thường": "thường" inside "bình thường" (as usual) is no "often"; the summary said "thường xuyên" (walk 36).
 * Read here for the reporter's summary only: the triage's own reading is left as it is measured.
 */
function notAsUsual(facts: ReportFacts, text: string): ReportFacts {
  if (facts.when !== "repeated" || foldKey(facts.whenQuote ?? "") !== "thuong") return facts;
  const nfc = text.normalize("NFC");
  if (!/bình thường|binh thuong/iu.test(nfc)) return facts;
  const again = extractReportFacts(nfc.replace(/bình thường|binh thuong/giu, "ổn"));
  return { ...facts, when: again.when, whenQuote: again.whenQuote, times: again.times };
}

/** A telling or finding out right after a time (folded): "hôm nay (con bé) mới dám kể", "sáng nay cô giáo thấy", "hom qua chau moi noi". */
// Not the "kế" of a step-parent or of "kế bên" (folded "me ke", "ke ben"): "hay bị mẹ kế đánh" tells no telling.
const TOLD_AFTER = /^((?:\S+\s+){0,7}?)(?:moi\s+|vua\s+)?(?:dam\s+)?((?<!\b(?:me|ma|cha|bo|ba|di|chu|co|cau|con|nguoi)\s)ke(?!\s+(?:ben|toan|hoach|tiep|nhiem|thua))|noi|khai|tam su|thu nhan|bao|phat hien|thay|biet|nghe|hay tin)\b/;
/** The clause naming a time (NFC text) names a harm too: "bé nói bố đánh tối qua". */
function harmAtTime(text: string, quote: string): boolean {
  const at = quote ? text.toLowerCase().indexOf(quote.normalize("NFC").toLowerCase()) : -1;
  if (at < 0) return false;
  const start = Math.max(...[",", ".", ";", "!", "?", "\n"].map((p) => text.lastIndexOf(p, at)));
  const end = text.slice(at).search(/[,.;!?\n]/u);
  return HARM_BETWEEN.test(foldKey(text.slice(start + 1, end < 0 ? text.length : at + end)));
}
/** Seeing or hearing (folded): the time of it is the time of the harm seen. */
const SEEN = /^(?:thay|nghe|saw|noticed|heard)$/;
/** A telling by someone (folded): its day is not the harm's. */
const TOLD_ONLY = /^(?:ke|noi|khai|tam su|thu nhan|bao|told|tell|tells|said|says)$/;
/** A harm said between the time and the telling ("hôm nay bố đánh nó, mẹ biết"): the time is the harm's (folded). */
const HARM_BETWEEN = /\b(?:danh|dap|tat|chui|so mo|sam so|xam hai|hiep|nhot|bo doi|quat|doa|dot|troi|hit|beat|touch|slap)\b/;
/** A telling or finding out right before a time (folded): "told me this morning", "only found out today". */
const TOLD_BEFORE = /\b(told|tell|tells|said|says|found out|noticed|learned|learnt|saw|heard|discovered|realised|realized)(?:\s+(?:me|us|him|her|them|it|this|that|about it))?(?:\s+(?:only|just))?\s*$/;

/** A span of recent days, no day named (folded): "mấy hôm nay", "mấy bữa nay", "dạo này", "these days". */
const SPAN_OF_DAYS = /^(?:may (?:hom|ngay|bua)(?: nay| gan day| qua)?|dao (?:nay|gan day)|gan day|these days|recently|for days)$/;
/** A length of time up to now (folded): "3 tuần nay", "mấy hôm nay", "for two weeks". */
const ONGOING_QUOTE = /^(?:\d{1,3}|mot|hai|ba|bon|nam|sau|bay|tam|chin|muoi|may|vai|for (?:\d{1,3}|a|one|two|three|four|five|six|several|a few))\s+(?:ngay|hom|bua|tuan|thang|days?|weeks?|months?)(?:\s+(?:nay|roi|qua|now))?$/;

/**
 * "hôm nay con bé mới dám kể là tuần trước bị đánh", "told me this morning that his uncle beat him last weekend": the time the
 * reporter learned of it is not when the harm was; the story is read again without it, and the harm's own time, if it says one, is kept.
 */
function whenOfHarm(facts: ReportFacts, text: string): ReportFacts {
  const quote = facts.whenQuote?.trim();
  if (!quote) return facts;
  const nfc = text.normalize("NFC");
  const at = nfc.toLowerCase().indexOf(quote.normalize("NFC"));
  if (at < 0) return facts;
  const told = TOLD_AFTER.exec(foldKey(nfc.slice(at + quote.length).split(/[,.;!?\n]/)[0] ?? ""));
  const before = foldKey(nfc.slice(0, at));
  const toldBefore = TOLD_BEFORE.exec(before);
  if (!(told && !HARM_BETWEEN.test(told[1] ?? "")) && !toldBefore) return facts;
  const verb = (told && !HARM_BETWEEN.test(told[1] ?? "") ? told[2] : toldBefore?.[1]) ?? "";
  // "Sáng nay tôi sang thì thấy thằng bé bị trói", "toi qua toi nghe tieng con be khoc thet", "I saw her this morning, her arm was
  // bruised": what the writer saw or heard was then; the time stays the harm's (RD5).
  const rest = `${nfc.slice(0, at)} ${nfc.slice(at + quote.length)}`;
  const again = extractReportFacts(rest);
  // "Sáng nay cô giáo thấy bé bị bầm lưng, bé nói bố đánh tối qua": a harm told with its own time is that time.
  if (SEEN.test(verb)) return again.when && harmAtTime(rest, again.whenQuote ?? "") ? { ...facts, when: again.when, whenQuote: again.whenQuote, times: again.times } : facts;
  // "hôm nay mới biết", "found out today": a finding out with no other time named keeps the time it names; only a telling
  // ("told me on Saturday") is no time of the harm.
  if (!again.when && !TOLD_ONLY.test(verb)) return facts;
  // "nghỉ học 3 tuần nay, sáng nay tôi đến thì thấy em đang khuân gạch": what was found today goes on up to today; today stays.
  if (facts.when === "today" && again.when === "recent" && ONGOING_QUOTE.test(foldKey(again.whenQuote ?? ""))) return facts;
  // "mấy hôm nay cháu sợ không dám đi, tối qua cháu kể thầy ...": the days before tell a fear, no harm; the telling is the latest
  // time the story names, and the harm was by then (walk 55 said "mấy hôm nay" back).
  if (facts.when === "recent" && again.when === "recent" && SPAN_OF_DAYS.test(foldKey(again.whenQuote ?? "")) && !harmAtTime(rest, again.whenQuote ?? "")) return facts;
  // "my niece told me on Saturday that her mum's boyfriend touches her": a story whose only time is the telling's says no time of the
  // harm; none is stored, and the question is asked (walk 49 stored "last time: on saturday").
  return { ...facts, when: again.when, whenQuote: again.whenQuote, times: again.times };
}

/** Words that take the child to a place, right before its name (folded): "đưa ra", "dụ vào", "xuống", "bán sang", "taken to". */
const TAKEN_TO_BEFORE = /(?:^|\s)(?:vao|vo|ra|len|xuong|sang|tan|to|into)\s+(?:(?:tp|thanh pho|tinh|city of|the city of)\s+)?$/;
/** A province named as the one another merged into (folded): "cái tỉnh giờ nhập vào Ninh Bình", "sáp nhập vào", "gộp vào", "merged into". */
const MERGED_INTO_BEFORE = /\b(?:nhap|sap nhap|sat nhap|gop|hop nhat|merged|was merged|folded)\s+(?:vao|vo|into)\s+(?:(?:tp|thanh pho|tinh|city of|the city of)\s+)?$/;

/**
 * "nhà ở xã Kông Chro, bị đưa xuống TP HCM", "bi dua ra Ha Noi": a province named only as where the child was taken to is not where
 * the child lives; the province of the commune the story names wins, and with none the province is left to ask.
 */
function notWhereTaken(found: ChildProvince | null, text: string, facts: ReportFacts, deps: ReportFlowDeps): ChildProvince | null {
  if (!found?.matched || found.level !== "province" || !onlyTakenTo(found, text)) return found;
  const home = facts.commune ? deps.findProvince(facts.commune) : null;
  return home && home.id !== found.id ? home : null;
}

/** Every mention of the province is a place the child was taken to ("dụ vào Bình Dương", "lured to Hanoi"). */
function onlyTakenTo(found: ChildProvince, text: string): boolean {
  if (!found.matched) return false;
  const key = foldKey(text);
  const name = foldKey(found.matched);
  const at = [...key.matchAll(new RegExp(String.raw`\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`, "g"))].map((m) => m.index ?? 0);
  // "ở cái tỉnh giờ nhập vào Ninh Bình": the province another merged into is where the child is today, no place taken to.
  const takenTo = (i: number) => TAKEN_TO_BEFORE.test(key.slice(Math.max(0, i - 30), i)) && !MERGED_INTO_BEFORE.test(key.slice(Math.max(0, i - 40), i));
  return at.length > 0 && at.every(takenTo);
}

/** A grown-up of the child's family as the one who goes, opening the clause (folded): "bố mẹ con bé", "mẹ thằng bé", "her parents". */
const GROWN_UP_GOES = /^(?:(?:vi|do|con|hien|nam ngoai|nam truoc|tu nam ngoai|tu tet)\s+)*(?:bo me|cha me|ba me|ba ma|bo|me|cha|ma|tia|ong ba|ong noi|ong ngoai|ba noi|ba ngoai|gia dinh|ca nha|(?:(?:her|his|their|the (?:girl|boy|child|kid|children|kids) s|the)\s+)?(?:parents|mother|mum|mom|father|dad|family|grandparents))\b/;
/** A verb that takes the child somewhere (folded): "đưa", "dụ", "lừa", "bán", "dắt", "mang", "gửi", "taken", "lured", "sent". */
const TAKES_CHILD = /\b(?:dua|du|du do|lua|ban|dan|dat|mang|bat|bat coc|gui|dem|keo|ru|ru re|cho|took|taken|take|takes|lured|lure|sent|send|brought|bring|sold|tricked|smuggled|trafficked|kidnapped|abducted|carried|drove|driven)\b/;

/**
 * "Bố mẹ con bé đi làm ăn ra Hà Nội", "Her parents went to Hanoi for work": every clause naming the province tells of the parents
 * going there, with no word that takes the child; the child was not taken there, so it is not offered as where the child is.
 */
function grownUpWentThere(found: ChildProvince, text: string): boolean {
  if (!found.matched) return false;
  const name = foldKey(found.matched);
  const named = text.normalize("NFC").split(/[.;!?\n]|,(?!\d)/u).map(foldKey).filter((c) => new RegExp(String.raw`\b${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}\b`).test(c));
  return named.length > 0 && named.every((c) => GROWN_UP_GOES.test(c) && !TAKES_CHILD.test(c.slice(0, c.indexOf(name))));
}

/** A clause where the writer says who they are or where they work (folded): "mình là tình nguyện viên ở một mái ấm tại Huế", "I teach at a school in Hue". */
const WRITER_INTRO_CLAUSE = /^(?:(?:chao|xin chao|hi|hello|da|vang|ad|admin|ad oi)\s+)*(?:toi|tui|minh|em|i|im|i m|i am)\s+(?:(?:la|lam|dang lam|lam viec|cong tac|day|day hoc|hoc|song|o|work|works|working|teach|volunteer|volunteering|am|m)\b)/;

/**
 * "mình là tình nguyện viên ở một mái ấm tại Huế. Có bé ... bị giữ ở quán karaoke ở Đà Nẵng": the province of the writer's own
 * introduction is not where the child is when the story names another province for the child (walk 36 stored Huế).
 */
function notWritersPlace(found: ChildProvince | null, text: string, deps: ReportFlowDeps): ChildProvince | null {
  if (!found || found.level !== "province") return found;
  const clauses = text.normalize("NFC").split(/(?<=[.;!?\n])\s*|,\s*(?=(?:có|co|there|one|a|an)\b)/iu).map((c) => c.trim()).filter(Boolean);
  const intro = clauses.filter((c) => WRITER_INTRO_CLAUSE.test(foldKey(c)));
  if (intro.length === 0 || !intro.some((c) => deps.findProvince(c)?.id === found.id)) return found;
  const rest = clauses.filter((c) => !intro.includes(c)).join(" ");
  const child = rest ? deps.findProvince(rest) : null;
  return child && child.level === "province" && child.id !== found.id ? child : found;
}

/** A move, then the place moved to (NFC): "nó mới chuyển xuống thành phố Buôn Ma Thuột", "dọn về Pleiku", "he moved to Pleiku". */
const MOVED_TO = /(?:chuyển|chuyen|dọn|don)\s+(?:nhà\s+|nha\s+)?(?:lên|về|xuống|vào|vô|ra|sang|qua|tới|đến|len|ve|xuong|vao|vo|toi|den)\s+([^.;!?\n]{2,60})|\bmoved\s+(?:back\s+)?(?:to|into|in to)\s+([^.;!?\n]{2,60})/iu;

const MOVED_FOR_WORK = /\b(?:lam an|di lam|lam thue|lam cong nhan|lam viec|lao dong|kiem song|to work|for work|to find work|a job)\b/;
const PARENTS_MOVED = /\b(?:bo me|ba me|cha me|ba ma|bo|me|ba|cha|parents|mother|father|mom|dad)(?: (?:no|be|chau|em|con be|thang be|his|her))?(?: (?:moi|vua|da|cung))?\s*$/;

/**
 * "tháng trước nó mới chuyển xuống thành phố Buôn Ma Thuột", "he moved to Pleiku last month": with no other province of the child, the
 * place the child moved to is where the child is now (a move is no trip to work, nor a place the child was taken to).
 */
function movedTo(text: string, deps: ReportFlowDeps): ChildProvince | null {
  const nfc = text.normalize("NFC");
  const moved = MOVED_TO.exec(nfc);
  const place = moved?.[1] ?? moved?.[2];
  // "bố mẹ nó chuyển vào Bình Dương làm công nhân", "his parents moved to Hanoi for work": where the parents went, not the child.
  const before = foldKey(nfc.slice(Math.max(0, (moved?.index ?? 0) - 20), moved?.index ?? 0));
  // Only the move's own clause says what it is for ("chuyển ra Hà Nội ở với bác, bị bác bắt làm việc nhà" is no move for work).
  if (!place || MOVED_FOR_WORK.test(foldKey(place.split(",")[0] ?? "")) || PARENTS_MOVED.test(before)) return null;
  return deps.findProvince(`ở ${place.trim()}`);
}

/** The name is said as a commune or ward ("xã Phú Lộc", "phường An Phú", "Phu Loc commune"), not as a district or a province. */
function communeNamed(text: string, matched: string | undefined): boolean {
  if (!matched) return false;
  const key = foldKey(text);
  const name = foldKey(matched);
  return new RegExp(String.raw`\b(?:xa|phuong|thi tran|thon|ap|ban|buon)\s+${name}\b|\b${name}\s+(?:commune|ward)\b`).test(key);
}

/**
 * A writer who calls themself by a kin word and then says who they are with the same word ("Bà là
 * bà nội thằng Tí nè", "Cô là cô giáo của bé", "chu la chu ruot"), as grandparents and relatives
 * often write, especially in the South: read as "tôi là ..." so the fact module knows the reporter.
 * Only the same word twice counts: "Bố là người đánh bé" names the harmer, not the writer.
 */
const KIN_SELF = /(^|[.!?;\n]\s*)(bà|ông|cô|chú|dì|bác|cậu|mợ|thím|má|mẹ|bố|cha|ba|ong|co|chu|di|bac|cau|mo|thim|ma|me|bo)\s+(?:là|la)\s+(?=\2[\s,])/giu;

function speakerAsI(text: string): string {
  return text.normalize("NFC").replace(KIN_SELF, "$1tôi là ").replace(ADDRESS, "$1");
}

/**
 * The bot addressed as "cô chú", "anh chị" ("cô chú gọi cũng được", "anh chị giúp em với", "cô chú ơi"): the reader,
 * not a person in the story (never who harms). Not "anh chị của bé" (the child's siblings).
 */
const ADDRESS = /(^|[\s,.;!?])(?:cô chú|co chu|anh chị|anh chi|ad|admin)(?:\s+(?:ơi|oi))?(?=\s*(?:[,.;!?]|$)|\s+(?:ơi|oi|gọi|goi|nhắn|nhan|liên lạc|lien lac|liên hệ|lien he|giúp|giup|cứu|cuu|cứ|cu|có|co|đừng|dung|ạ|a|nhé|nhe|xử lý|xu ly|can thiệp|can thiep|cho em|cho cháu|cho chau|cho tôi|cho toi|hãy|hay|làm ơn|lam on|biết|biet|đọc|doc)(?=[\s,.;!?]|$))/giu;

/** The reporter introducing themself: "Tôi là giáo viên chủ nhiệm", "I'm a teacher at a school in Da Nang" (to the end of the clause). */
const SELF_INTRO = /(^|[.!?;,\n]\s*)(?:tôi là|mình là|tui là|toi la|minh la|tui la|i am|i'm|i’m)(?=\s)[^.,;!?\n]*/giu;

/** Who told the reporter: "bạn bè nói ...", "his friends said ..." (the words before a verb of saying). */
const SAYING = String.raw`\s+(?:nói|kể|bảo|cho biết|noi|ke|bao|cho biet|said|says|told(?:\s+me)?)(?=\s)`;

/**
 * The harmer read from the reporter's own introduction ("I'm a teacher ... his uncle did it"
 * read as "teacher") would name the reporter, and one read from who told the news ("bạn bè
 * nói gia đình ép em lấy chồng") would name a witness; the story is read again without those
 * words, so the harmer is the one the story names (or unknown, for the introduction).
 */
function notTheReporter(facts: ReportFacts, text: string): ReportFacts {
  if (!facts.harmer || !facts.harmerQuote) return facts;
  const quote = foldKey(facts.harmerQuote);
  const intros = text.match(SELF_INTRO) ?? [];
  const sayer = new RegExp(`${facts.harmerQuote.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${SAYING}`, "iu");
  const fromIntro = intros.some((clause) => foldKey(clause).includes(quote));
  if (!fromIntro && !sayer.test(text)) return facts;
  const again = extractReportFacts(fromIntro ? text.replace(SELF_INTRO, "$1") : text.replace(sayer, ""));
  // Whoever said it stays the harmer when the rest names nobody ("bố nói sẽ đánh chết em" is the father's threat).
  if (!fromIntro && !again.harmer) return facts;
  return { ...facts, harmer: again.harmer, harmerQuote: again.harmerQuote };
}

/**
 * "đánh em với mẹ", "dọa giết hai mẹ con": the kin word joined to the child is hurt with them,
 * not the one who hurts. The story is read again without it, so the harmer is the one who acts
 * ("bố dượng", "chồng chị hàng xóm"), or unknown.
 */
function notAVictim(facts: ReportFacts, text: string): ReportFacts {
  if (!facts.harmer || !facts.harmerQuote) return facts;
  const q = facts.harmerQuote.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const end = String.raw`(?=[\s,.;:!?]|$)`;
  const withChild = new RegExp(String.raw`(^|[\s,])(em|tôi|mình|tui|nó|con|cháu|bé|me|him|her)\s+(?:với|và|cùng|and|with)\s+(?:cả\s+)?${q}${end}`, "giu");
  const pair = new RegExp(String.raw`(^|[\s,])(?:hai|2|cả)\s+${q}\s+con${end}`, "giu");
  if (!withChild.test(text) && !pair.test(text)) return facts;
  const again = extractReportFacts(text.replace(withChild, "$1$2").replace(pair, "$1hai người"));
  return { ...facts, harmer: again.harmer, harmerQuote: again.harmerQuote };
}

function valuesOf(read: ReportFacts, text: string, province: ChildProvince | null, lang: Language, deps: ReportFlowDeps): Partial<Record<StoryField, Partial<ReportDraft>>> {
  // "lớp em ở trường tiểu học phường Lê Chân": a school's name is where, no age said (walk 45 stored "6-10 tuổi").
  let facts = read.age && schoolNameOnly(text, read.age.source) ? { ...read, age: null } : read;
  // "em 12 tuổi, em trai em 6 tuổi bị bố đánh": a child telling of their brother or sister, who is the child harmed.
  const sibling = siblingOfWriter(text) !== null;
  // "im 11, my dad hits me and my little sister": a child harmed beside a brother or sister is the child harmed.
  const childSelf = !sibling && (isChildReporter(facts, text) || (isChildWriter(text) && (harmsWriter(text) || (!writerIsGrownUp(text) && kinChildSelf(text, foldKey(text))))));
  // A child telling about a classmate ("nhỏ bạn cùng lớp e") is the child's friend.
  // "e là chị họ nó, e 19 tuổi rồi": a writer who says they are grown-up is never the child; their kin word says who they are.
  const grown = writerIsGrownUp(text);
  // The fact module's "child_self" holds only when the story reads as a child telling of themself (isChildReporter decides).
  const writer = writerNotTheTeacherNamed(facts.reporter, text);
  const said = writer === "child_self" ? (grown && KIN_OF_CHILD.test(foldKey(text)) ? "relative" : null) : writer;
  // "con bé bên nhà vợ tôi", "my wife's niece", "I teach her", "cô chủ nhiệm của cháu đây": the writer's tie in their own words
  // comes before the fact module's reading ("bên nhà" read as next door).
  const tie = isChildWriter(text) ? null : tieSaidOfSelf(text);
  const reporter: StoryReporter | null = childSelf ? "child_self" : sibling ? "sibling" : introducedAs(text) ?? (tie && (!said || said === "neighbour") ? tie : null) ?? said ?? (isChildWriter(text) && (PEER_WORDS.test(foldKey(text)) || ((MY_FRIEND.test(foldKey(text)) || MY_FRIEND_EN.test(foldKey(text))) && !FRIENDS_CHILD.test(foldKey(text)))) ? "friend" : null)
    // "e la bn cua no", "mik là bn thân của nó": a child who is the friend of the child told of (walk 47: asked who they are).
    ?? (childFriendWrites(text) ? "friend" : null)
    // "con gái tôi 13 tuổi ...", "ổng chồng tui ... hai đứa nhỏ", "my son is 12": the writer is the child's parent (family), not asked;
    // "con riêng của chồng tôi", "my husband's son": a step-parent, family too (walk 49 asked who they are).
    ?? (!isChildWriter(text) && WRITERS_CHILD.test(foldKey(text)) ? "parent" : null)
    // "2 đứa cháu ngoại của bà", "three grandchildren of mine": a grown-up's grandchildren, so family.
    ?? (!childSelf && grandchildOfWriter(text) ? "relative" : null)
    // "Đứa cháu 9 tuổi nhà tôi", "cháu gái của tôi": a grown-up's niece or nephew, so family (not asked who the writer is).
    ?? (!childSelf && !isChildWriter(text) && NIECE_OF_WRITER.test(foldKey(text)) ? "relative" : null)
    // "Mình ở phòng trọ ngay sát vách", "phòng trọ cạnh phòng tui có bé gái", "hàng xóm nhà em có bé": the writer lives beside the
    // child, a neighbour (walk 47: asked who they are).
    ?? (!childSelf && !isChildWriter(text) && (WRITER_BESIDE.test(foldKey(text)) || CHILD_NEXT_TO_WRITER.test(foldKey(text)) || BESIDE_IN_OWN_WORDS.test(foldKey(text))) ? "neighbour" : null);
  // "Tôi bán tạp hóa", "Tôi cho thuê phòng trọ", "I volunteer at a community centre": the writer's own trade, no tie to the child.
  const trade = !reporter && !childSelf && !isChildWriter(text) && writerTrade(text);
  // "Tôi là bà con bên nội của bé", "I'm his football coach": a tie no kind above names, kept in the writer's own words.
  const own = !reporter && !childSelf && !isChildWriter(text) ? ownIntroduction(text) : null;
  // "tôi đi ngang qua ... nghe tiếng", "I was walking past ... and heard": a passer-by, someone else to the child.
  const passing = !reporter && !trade && !childSelf && !isChildWriter(text) && PASSING_BY.test(foldKey(text));
  // "mình 15 tuổi, đứa bạn cùng lớp ...", "I'm 15 and my friend ...": the writer's own age is no age of the friend told of.
  if (reporter === "friend" && facts.age) facts = { ...facts, age: ageWithoutWriters(text) };
  // "cháu trai tôi 11 tuổi bị đánh, em gái nó 2 tuổi thì ở với bà": the sibling named in passing is no child of the report; the
  // child's age, sex and count are read without that clause.
  const apart = siblingAside(text);
  const aside = apart?.rest ?? null;
  if (aside !== null) {
    const kids = extractReportFacts(speakerAsI(aside));
    // "Nhà hàng xóm có hai đứa con. Thằng anh 12 tuổi thì không sao, còn con bé 5 tuổi ...": the child said to be fine is no child
    // harmed; the count the rest still says ("hai đứa") is less them (walk 52).
    const children = apart!.fine > 0 && kids.children ? Math.max(1, kids.children - apart!.fine) : kids.children;
    facts = { ...facts, age: kids.age, sex: kids.sex, children };
  }
  // "có 2 bé gái, đứa lớn 9 tuổi hay bị đánh, em nó 3 tuổi": two children still, the one harmed first ("9 và 3"), her age the case's.
  const besideAges = apart && facts.age && (facts.children ?? 1) > 1 ? [facts.age.min, ...apart.ages.filter((a) => a !== facts.age!.min)] : [];
  // "một cậu bé 4 tuổi và một bé gái 7 tuổi": children of each sex, each said back with their own age.
  const mixed = mixedChildren(aside ?? text, facts.sex);
  const ages = mixed ? [] : besideAges.length > 1 ? besideAges : facts.children && facts.children > 1 ? childAges(aside ?? text) : [];
  const mixedAges = (mixed ?? []).map((k) => k.age).filter((a): a is number => a !== null);
  // "thằng cháu nhà bên ...": every child the story names with a sex word is a boy (or every one a girl); that sex is said back,
  // whatever another word ("con", "cháu") let the fact module read.
  const mentions = mixed ? [] : childMentions(aside ?? text).filter((k) => k.age !== null);
  const namedKids = mixed ? [] : childMentions(aside ?? text);
  const oneSexNamed = namedKids.length > 0 && namedKids.every((k) => k.sex === namedKids[0]!.sex) ? namedKids[0]!.sex : null;
  const mentionedSex = mentions.length > 0 && mentions.every((k) => k.sex === mentions[0]!.sex) ? mentions[0]!.sex : null;
  // "từ tháng 9" says more than "again and again" or "earlier": the start the story names is kept as written.
  const since = !facts.when || facts.when === "repeated" || facts.when === "past" ? sinceWhen(text) : null;
  // "tối qua", "hôm thứ bảy", "last night": a day the story names is said back as written, not as "in the last few days".
  const named = !since && facts.whenQuote && (facts.when === "recent" || facts.when === "today" || facts.when === "past") && facts.whenQuote.trim().split(/\s+/).length <= 4 && !/^(?:vừa|vừa mới|mới|vua|vua moi|moi)$/iu.test(facts.whenQuote.trim()) ? facts.whenQuote.trim().toLowerCase() : null;
  // "tonight I saw a man slap him", "tối nay ổng đánh nó rồi": a harm told as done tonight is today's, not about to happen.
  const doneTonight = facts.when === "tonight" && DONE_TONIGHT.some((re) => re.test(foldKey(text)));
  // "tối nay bố em say lại lấy dây lưng đánh em, lưng em chảy máu": a harm told with the wound it left happened tonight; said as
  // "tối nay", never "sắp xảy ra" (walk 48). Only the time said back: the danger is read as before.
  const hurtTonight = facts.when === "tonight" && !doneTonight && HURT_TONIGHT.test(foldKey(text));
  // "bố hay đánh nó, lần gần nhất tối qua": how often and the latest time are both said back ("thường xuyên; gần nhất: tối qua").
  const latest = facts.when === "repeated" || since ? latestTime(withoutStateSince(text), facts) : null;
  // "hẹn thứ 7 này tới đón nó", "he's picking her up on Saturday": a harm planned for the coming days is when it will be,
  // ahead of a time that only tells the past around it ("bỏ đi lâu rồi") or is the plan's own words.
  const planned = facts.ahead === "days_ahead" && (!facts.when || facts.when === "past" || facts.whenQuote === facts.aheadQuote || (facts.when === "tonight" && sameDayAhead(facts))) ? soonPlannedWhen(text, facts.aheadQuote, lang) : null;
  // "nó sắp phải về ở với thằng đó", "chuẩn bị đưa nó về": about to, with no night or day said, is not "tonight, tomorrow".
  const vagueSoon = facts.when === "tonight" && VAGUE_SOON_QUOTE.test(foldKey(facts.whenQuote ?? ""));
  // "nghỉ học cả tuần nay ... gả em ... vào cuối tháng này": a wedding or departure set weeks ahead is the time officers act on, not
  // the days around it (walk 39), unless the story tells of now or today.
  const plannedWeeks = !planned && facts.ahead === "weeks_ahead" && facts.aheadQuote && !["now", "tonight", "today"].includes(facts.when ?? "") ? plannedWhen(text, facts.aheadQuote, WEDDING) : null;
  // "lần gần nhất là chiều qua", "tháng trước gãy tay, nay lại đánh tiếp": the latest time said as such, or today told with "again",
  // is the time of the last harm, ahead of an earlier time the story names first (walk 48).
  const lastSaid = !planned && !plannedWeeks ? latestSaid(timeWordsWrittenOut(text), facts) : null;
  // "bé 3 tháng tuổi đang nằm viện nhi vì gãy xương đùi", "is in hospital right now with a broken arm": the harm was lately and the child
  // is cared for now; with no other time told (or only "now", of the hospital), that is the time, not asked (walk 52).
  const inHospital = facts.treated && !facts.resolved && (!facts.when || facts.when === "now") && !goingOnNow(foldKey(text)) && inHospitalNowSaid(text);
  const when = inHospital ? IN_HOSPITAL_WHEN[lang] : lastSaid ? (facts.when === "repeated" || since ? oftenAndLatest(since ?? OFTEN[lang], lastSaid, lang) : lastSaid) : planned ? planned : plannedWeeks ? plannedWeeks : latest ? oftenAndLatest(since ?? OFTEN[lang], withItsNumber(latest, text), lang)
    : since ?? (named ? withItsNumber(named, text) : null) ?? (doneTonight ? "today" : null) ?? (hurtTonight ? (lang === "en" ? "tonight" : "tối nay") : null) ?? (vagueSoon ? VAGUE_SOON_WHEN[lang] : null) ?? (facts.when ? WHEN_OF[facts.when] : null) ?? plannedWhen(text, facts.ahead ? facts.aheadQuote : null) ?? dateSaid(text)
    // "em bé khóc mãi không nín", "the baby keeps crying and won't stop": a state going on as the writer writes is now (walk 49 asked when).
    ?? (goingOnNow(foldKey(text)) || demandPending(text) ? WHEN_OF.now ?? null : null);
  // "Buon Don commune": the facts' "buôn Don" (a village word restored) is the commune named in English word order (walk 54).
  const enCommune = englishCommune(text);
  const factCommune = facts.commune && enCommune && foldKey(enCommune).startsWith(`${foldKey(facts.commune)} `) ? enCommune : facts.commune;
  const communeRead = factCommune && !ABBREVIATED_COMMUNE.test(text.normalize("NFC")) ? communeLevel(text, factCommune) : abbreviatedCommune(text) ?? (factCommune ? communeLevel(text, factCommune) : enCommune ?? (province ? placeBeforeProvince(text, deps) ?? knownPlaceAfterWhere(text, province, deps) ?? (COMMUNE_WORD.test(text.normalize("NFC")) ? null : townSaid(province)) : null));
  // "chợ Đồng Xuân", "gần trường Kim Đồng": a name that follows a market, a school, a pagoda names that place, not the commune; one said
  // with its level ("trạm y tế xã Cư Kty", "chợ phường Bến Thành") is the commune the place belongs to.
  const commune = communeRead && !COMMUNE_LEVEL_OPENS.test(communeRead) && nameAfterPlaceKind(text, communeRead) ? null : communeRead;
  // The story says it is happening now or tonight and reads as an emergency: the danger is known, not asked.
  const triaged = deps.triage(text);
  const emergency = triaged.risk === "emergency";
  // "đăng facebook 'không muốn sống nữa, mai là hết'": a stated intent or plan to die, not told as past, is a danger now.
  const wantsToDie = emergency && triaged.redFlags.includes("stated_intent_to_die") && facts.when !== "past" && !facts.resolved;
  // "giờ bị giữ trong một khu nhà, bọn nó đòi 80 triệu mới thả", "đang bị nhốt, không cho ra ngoài": a child held now is in danger now.
  const heldNow = triaged.risk !== "low" && facts.when !== "past" && !facts.resolved && HELD_NOW.test(foldKey(text));
  // "em bé 1 tuổi khóc mãi không nín, người em nóng lắm" with no one to care: a state going on now, an emergency, is danger now (walk 49).
  const goingOn = !facts.when && !facts.resolved && goingOnNow(foldKey(text));
  // "em sợ tối nay ổng về lại đánh em", "I'm scared he comes back tonight and hits me again": a beating or an abuse told, and feared
  // or promised for tonight itself (not "sắp", "about to"), is a danger told, whatever the model makes of the words (issue 13).
  const harmTold = triaged.risk === "high" && (triaged.category === "physical_violence" || triaged.category === "sexual_abuse") && !facts.suspected;
  const harmTonight = harmTold && facts.when === "tonight" && !doneTonight && !facts.resolved && tonightSaid(facts.whenQuote ?? "");
  // "bạn trai của mẹ sống cùng nhà hay sờ vào vùng kín của em ... em sợ không dám về nhà": the one who harms shares the home the child
  // is afraid to go back to tonight; the danger is likely, taken as told and shown in the summary to confirm, never asked (issue 13).
  const afraidOfHome = (emergency || harmTold) && (triaged.category === "physical_violence" || triaged.category === "sexual_abuse") && triaged.redFlags.includes("afraid_of_home")
    && (triaged.redFlags.includes("with_abuser_now") || livesWithHarmerSaid(text)) && facts.when !== "past" && !facts.resolved;
  // "bé đang được điều trị ở bệnh viện": a baby being treated now is in care; the harm is now, the danger is not said.
  const inCareNow = facts.treated === true && !goingOnNow(foldKey(text));
  const dangerNow = (((facts.when === "now" || goingOn || (facts.when === "tonight" && !doneTonight)) && emergency && !inCareNow) || harmTonight || afraidOfHome) || wantsToDie || heldNow;
  // "giờ cháu bình thường và an toàn", "hiện không có nguy hiểm": the story answers the danger question with a no.
  // "Giờ này nó đang ở trường", "Hiện giờ ông ấy đi làm, thằng bé đang đi học": where the child is now, and safe, answers it too.
  const noDanger = !dangerNow && !emergency && (saysNoDanger(text) || saysSafeNow(text));
  // "con 10 tuổi, ... con ở nhà với em con 3 tuổi": a child writing of themself and a little brother or sister: both children, the writer first.
  const pair = childSelf && !mixed ? writerAndSiblingAges(text) : null;
  return {
    age: pair ? { childAgeBand: bandOf(Math.min(...pair)), childAgeText: `${pair.slice(0, -1).join(", ")}${lang === "en" ? " and " : " và "}${pair.at(-1)}` } : mixed ? { childAgeBand: mixedAges.length > 0 ? bandOf(Math.min(...mixedAges)) : facts.age ? bandOf(facts.age.min) : "unknown", childAgeText: childrenText(mixed, lang) }
      : facts.age || ages.length > 1 ? { childAgeBand: bandOf(facts.age?.min ?? Math.min(...ages)), childAgeText: ages.length > 1 ? `${ages.slice(0, -1).join(", ")}${lang === "en" ? " and " : " và "}${ages.at(-1)}` : ageText(facts.age!.min, facts.age!.max) } : undefined,
    sex: pair ? undefined : !mixed && (facts.sex === "female" || facts.sex === "male") ? { childSex: mentionedSex && mentionedSex !== facts.sex ? mentionedSex : facts.sex } : mixed ? { childSex: null }
      // "Con bé nhà chị mới 4 tuổi ... Tôi là em trai của anh ấy": one child, the other sex word the writer's own tie; the child's sex is said.
      : facts.sex === "mixed" && (facts.children ?? 1) <= 1 && oneSexNamed ? { childSex: oneSexNamed } : undefined,
    harmer: facts.harmer && facts.harmer !== "self" ? { harmer: facts.harmer, harmerText: facts.harmerQuote, harmerSex: harmerSexOf(facts.harmer, facts.harmerQuote, text) } : undefined,
    reporter: reporter === "friend" && friendOfParent(text) ? { reporterRelation: "other", reporterRelationText: FAMILY_FRIEND[lang] } : reporter ? { reporterRelation: REPORTER_OF[reporter], reporterRelationText: (reporter === "official" && introducedAsHealthWorker(text) ? HEALTH_TEXT[lang] : REPORTER_TEXT[reporter]?.[lang]) ?? null } : own ? { reporterRelation: own.relation, reporterRelationText: own.words } : trade ? { reporterRelation: "other", reporterRelationText: null } : passing ? { reporterRelation: "other", reporterRelationText: lang === "en" ? "a passer-by" : "người đi đường" } : undefined,
    when: when ? { when } : undefined,
    danger: dangerNow ? { dangerNow: "yes", dangerFromStory: true } : noDanger ? { dangerNow: "no", dangerFromStory: true } : undefined,
    province: province ? { provinceId: province.id, provinceName: province.name, locationText: province.former && text.trim().length > 80 ? saidWithFormer(commune, province) : locationOf(text, province, commune) } : undefined,
    commune: placeOf(commune, text, province, deps),
    // "... tôi không muốn để lại tên tuổi số điện thoại gì đâu nhé": contact refused in the story is anonymous, not asked again (walk 41).
    // "Số 0912345678 - đây là số của mẹ bé, đừng gọi giờ này": someone else's number is kept as theirs, never the writer's contact (walk 43).
    // "Số của tôi 0905 773 210, có thể liên lạc": the writer's own number with a yes to being contacted is the contact and the consent;
    // "You can email me at x@y.com": an address the writer gives as theirs is the contact (walk 45 asked both again).
    contact: facts.phone && numbersSaid(text).find((n) => n.number === facts.phone)?.others ? { otherPhone: facts.phone } : facts.phone ? { contact: facts.phone, anonymous: false, ...(AGREES_TO_CONTACT.test(foldKey(text)) || saysMayBeContacted(text) ? { consentToContact: true } : {}) } : ownAddressesIn(text).length > 0 ? { contact: ownAddressesIn(text).join(", "), anonymous: false, ...(saysMayBeContacted(text) ? { consentToContact: true } : {}) } : !/@/.test(text) && STORY_REFUSES_CONTACT.test(foldKey(text)) ? { anonymous: true, contact: null, consentToContact: false } : undefined,
    children: pair ? { children: pair.length } : mixed ? { children: Math.max(mixed.length, facts.children ?? 0) } : facts.children && facts.children > 1 && !(facts.children === 2 && (severalSaid(text) || onlyHarmersSeveral(text))) ? { children: facts.children } : undefined,
    withPerson: (() => { const said = withPersonNowOf(text, { harmer: facts.harmer, harmerText: facts.harmerQuote }, facts); return said ? { withPersonNow: said } : undefined; })(),
  };
}

/** A friend of the child's mother or father is said back so, never as the child's own friend. */
const FAMILY_FRIEND: Record<Language, string> = { vi: "bạn của gia đình trẻ", en: "a friend of the child's family" };
/**
 * The writer is a friend of a grown-up of the child's home (folded): "tôi là bạn (thân) của mẹ bé", "bạn của chị ấy" with "chồng chị ấy"
 * or "con chị ấy" told, "I am her friend" with "her husband", "her son" told (walk 52: read back as the child's friend).
 */
function friendOfParent(text: string): boolean {
  const key = foldKey(text);
  if (/\bban(?: than)? (?:cua )?(?:me|bo|ba|ma|cha) (?:be|chau|no|thang be|con be|tre)\b|\bfriend of (?:the |his |her |their )?(?:child s |kid s |boy s |girl s )?(?:mother|mum|mom|father|dad|parents?)\b/.test(key)) return true;
  const grownUp = /\b(?:toi|tui|minh|em) (?:la )?ban(?: than)? (?:cua )?(?:chi|anh) (?:ay|do|kia)\b/.test(key) && /\b(?:chong|vo|con|thang be|con be) (?:cua )?(?:chi|anh) (?:ay|do|kia)\b/.test(key);
  const grownUpEn = /\bi(?: am| m)? (?:her|his) (?:best |close )?friend\b|\bi(?: am| m) a friend of (?:hers|his)\b/.test(key) && /\b(?:her|his|their) (?:husband|wife|son|daughter|kids?|children|boy|girl)\b/.test(key);
  return grownUp || grownUpEn;
}

/**
 * The writer declines, in the story, to leave a name or a number (folded): "tôi không muốn để lại tên tuổi số điện thoại", "toi khong de lai
 * so dau", "I don't want to leave my name or number". Not "không biết tên ông ta" (a name not known), nor anyone else's name.
 * The writer's own refusal (tôi/tui/mình/em/I + the verb): not a stranger who "không để lại số", not a child who "không dám khai tên
 * người đó" (F4b).
 */
const STORY_REFUSES_CONTACT = /(?:\b(?:toi|tui|minh|mk|em|e|t|tao|chau|con|chung toi|bon toi|chung em)(?: (?:thi|that|cung|chi|se|van|xin|xin phep))? |\bxin (?:phep )?)(?:khong|ko|k|hong|hok|chang) (?:muon |dam |the |can )?(?:de lai|de|dua|ghi|khai|cung cap|neu) (?:lai )?(?:(?:ho |ca |gi |ten )?(?:ten|ten tuoi|so|so dien thoai|sdt|so dt|dien thoai|thong tin lien lac|thong tin ca nhan|danh tinh)(?: (?:cua )?(?:toi|tui|minh|em|e))?)\b(?! (?:nguoi|ke|thang|ong|ba|hung thu|han|no|dua|cua (?:nguoi|ke|han|no|ong|ba|thang)))|\b(?:i|we) (?:don t|dont|do not|would rather not|d rather not|won t|will not|prefer not to)(?: want to| wish to)? (?:leave|give|share|provide)(?: you)? (?:my|our|any) (?:name|number|phone|contact|details)\b/;

/** A school stage read as the age only inside a school's name (folded): "trường tiểu học ...", "truong thcs ...". */
const SCHOOL_STAGE = /^(?:tieu hoc|trung hoc co so|thcs|thpt|cap 2|cap 3|mau giao|mam non)$/;

function schoolNameOnly(text: string, source: string | null | undefined): boolean {
  const stage = foldKey(source ?? "");
  if (!SCHOOL_STAGE.test(stage)) return false;
  const key = ` ${foldKey(text)} `;
  // Every time the stage is said, it follows "trường" (or "school"): the child's own stage ("bé học tiểu học") is an age said.
  const all = key.split(` ${stage} `).length - 1;
  const named = key.split(new RegExp(String.raw`\b(?:truong|school) ${stage} `)).length - 1;
  return all > 0 && all === named;
}

/** "mấy bé gái", "vài đứa", "several girls", "a few kids": children counted by no number (the fact module reads them as two). */
const SEVERAL_WRITTEN = /(?:^|[^\p{L}])(?:mấy|vài|nhiều|một số|dăm)\s+(?:\p{L}+\s+)?(?:bé|đứa|cháu|em|trẻ|con|thằng|cô bé|cậu bé|học sinh)(?=[^\p{L}]|$)|\b(?:several|some|a few|many|a number of)\s+(?:\w+\s+)?(?:girls|boys|kids|children|students|pupils|teens|teenagers)\b/iu;
const TWO_SAID = /(?:^|[^\p{L}\d])(?:2|hai|two|both|cả hai)\s+(?:\p{L}+\s+)?(?:bé|đứa|cháu|em|trẻ|con|thằng|girls|boys|kids|children|chị em|anh em)/iu;

/** The story counts the children by no number ("mấy bé gái 13-14 tuổi"): how many is not known, and no "2" is said back. */
export function severalSaid(text: string): boolean {
  const nfc = text.normalize("NFC");
  if (TWO_SAID.test(nfc)) return false;
  // "một bạn trong lớp bị mấy đứa đánh", "beaten by several kids": the group that harms is no count of the children harmed (walk 45).
  const several = new RegExp(SEVERAL_WRITTEN.source, "giu");
  return [...nfc.matchAll(several)].some((m) => !groupThatHarms(nfc.slice(0, m.index), nfc.slice((m.index ?? 0) + m[0].length)));
}

/** Every "several" the story says is of a group that harms ("bị mấy đứa đánh", "by several kids"): the fact module's "two" is theirs. */
function onlyHarmersSeveral(text: string): boolean {
  const nfc = text.normalize("NFC");
  const found = [...nfc.matchAll(new RegExp(SEVERAL_WRITTEN.source, "giu"))];
  return found.length > 0 && found.every((m) => groupThatHarms(nfc.slice(0, m.index), nfc.slice((m.index ?? 0) + m[0].length)));
}

/** Right before a group: by whom (folded): "bị", "bởi", "by", "from". */
const BY_WHOM_BEFORE = /(?:^|\s)(?:bi|boi|by|tu|from)\s*$/;
/** The harm a group does, said within a few words after it (folded): "mấy đứa (lớp bên) đánh", "several kids hit". */
const GROUP_HARMS = new Set(["danh", "dap", "chui", "bat", "an", "trui", "tat", "xo", "dam", "hit", "hits", "beat", "beats", "bully", "bullies", "kick", "kicks", "tease", "teases",
  "hitting", "beating", "bullying", "kicking", "teasing", "pushing", "punching", "slapping", "hurting", "attacking", "harassing", "push", "pushes", "punch", "punches"]);
const HARMED_WORDS = new Set(["bi", "duoc", "is", "are", "get", "gets", "got", "were", "was"]);

function groupThatHarms(before: string, after: string): boolean {
  if (BY_WHOM_BEFORE.test(foldKey(before))) return true;
  // "mấy thằng lớp lớn đá nó": "đá" (kick) only with its marks, since "da" folded is also "đã"; "đá bóng", "đá cầu" is play (reader 41).
  if (/^\s*(?:\p{L}+\s+){0,3}?đá(?!\p{L})(?!\s+(?:bóng|banh|cầu|gà|bóng đá|trái)(?!\p{L}))/u.test(after.normalize("NFC").toLowerCase())) return true;
  const words = foldKey(after).split(/\s+/).filter(Boolean).slice(0, 4);
  const at = words.findIndex((w) => GROUP_HARMS.has(w) || HARMED_WORDS.has(w));
  // "bắt nạt", "ăn hiếp": "bat", "an" count only with their second word.
  if (at < 0 || HARMED_WORDS.has(words[at]!)) return false;
  const w = words[at]!;
  return (w !== "bat" || words[at + 1] === "nat") && (w !== "an" || words[at + 1] === "hiep");
}

/** Who the child may be with, as a word after "với", "cùng" (folded): a pronoun for the person who harms ("ông ta", "him"); a kin word counts only as the harmer's own. */
const PERSON_WORD = /^(?:ong ta|ong ay|ong do|ong kia|ba ta|ba ay|ba do|hang|han|nguoi do|nguoi ay|nguoi nay|thang do|thang ay|ga do|ga ay|him|her|them)\b/;
/** "vẫn ở nhà với bố", "giờ bé vẫn ở chung nhà với dượng", "đang ở cùng ông ta": the child with someone now or still (folded). */
const WITH_NOW = /\b(?:van|dang|gio|hien|bay gio|con)\b(?:\s+\S+){0,2}?\s+(?:o|song)\s+(?:chung\s+|cung\s+)?(?:nha\s+|mot nha\s+)?(?:voi|cung|vs)\s+(.+)$/;
/**
 * "nó ở với ông ngoại", "bé sống với mẹ kế": where the child lives, with no "vẫn" or "đang" (folded); it says the child is with the
 * person who harms only when the words after it are that person's own (the harmer's words first), and no time past is said.
 */
const LIVES_WITH = /\b(?:o|song)\s+(?:chung\s+|cung\s+)?(?:nha\s+|mot nha\s+)?(?:voi|cung|vs)\s+(.+)$/;
const LIVED_BEFORE = /\b(?:truoc day|truoc kia|hoi truoc|hoi nho|tung|nam ngoai|nam truoc|luc truoc|ngay truoc)\b/;
/** A negator before "ở với", "ở nhà với" (folded): "không còn ở", "chẳng ở", "chưa ở chung nhà với". */
const NO_LONGER = /\b(?:khong|ko|k|chang|chua|hong|het)\s+(?:con\s+|con\s+duoc\s+)?o\s/;
/** The child is at the writer's place or with a safe grown-up now: "giờ nó đang ở nhà tôi", "hắn đang ở nhà tui", "he is staying with me now". */
const AWAY_NOW = /\b(?:dang|gio|hien|bay gio|chu)\b(?:\s+\S+){0,2}?\s+o\s+(?:(?:nha|ben|cho)\s+(?:toi|tui|minh|chung toi|ba noi|ba ngoai|ong noi|ong ngoai)|(?:voi|cung)\s+(?:toi|tui|minh|chung toi))\b|\b(?:staying|living|is|s)\s+(?:with (?:me|us)|at (?:my|our) (?:place|house|home|flat))\b/;
const EN_WITH_NOW = /\b(?:is|s|are|re)\s+(?:still\s+)?(?:at\s+)?home\s+(?:alone\s+)?with\s+(.+)$|\b(?:still\s+)?(?:lives?|is living|s living)\s+with\s+(.+)$/;
/**
 * "him" or "her" said alone ("home with her now"), not "her grandmother": the person who harms by a pronoun (folded). Not "them":
 * "my parents took her in, she is home with them now" are the carers, not the one who harms.
 */
const EN_PRONOUN_ALONE = /^him\b|^her(?:\s+(?:now|tonight|again|right|alone|at|in|every|all|and|so|but)\b|\s*$)/;

/**
 * Whether the child is with the person who harms now: the only place that decides draft.withPersonNow, for the story and for every
 * answer (typed at the danger question, a short yes or no with words, a no that opens a sentence). "yes" when the fact module reads
 * the child with that person (`facts` of the story, or an answer's words read against the harmer the draft holds: "bé đang ở nhà
 * một mình với ông ta"); else what the words say (withPersonSaid): "yes", "no" (away from them), or null.
 */
export function withPersonNowOf(text: string, known: { harmer?: string | null; harmerText?: string | null }, facts?: ReportFacts): "yes" | "no" | null {
  const harmer = known.harmer && known.harmer !== "self" && (RELATIONS as readonly string[]).includes(known.harmer) ? { relation: known.harmer as Relation, quote: known.harmerText ?? null } : null;
  // An answer is read against the harmer the story named; with no one named, only its words say it (the person an answer names is
  // whom the child is with, not who harms: "Không, cháu đang ở nhà với bà ngoại").
  const read = facts ?? (harmer ? extractReportFacts(text, { harmer }) : null);
  if (read?.withHarmerNow) return "yes";
  return withPersonSaid(text, known.harmerText);
}

/**
 * Whether the story or an answer says the child is with the person who harms now ("Cháu vẫn ở nhà với bố", "she's home with him
 * now": "yes") or away from them ("hắn đang ở nhà tui", "he is staying with me now": "no"); null when it does not say.
 */
function withPersonSaid(text: string, harmerQuote: string | null | undefined): "yes" | "no" | null {
  const harmer = harmerQuote ? foldKey(harmerQuote).split(" ").filter((w) => !["cua", "no", "be", "nha"].includes(w)) : [];
  for (const clause of text.split(/[.;!?\n]+/).map(foldKey)) {
    if (AWAY_NOW.test(clause)) return "no";
    const withNow = WITH_NOW.exec(clause);
    // "giờ bé không còn ở nhà với dượng nữa": no longer with that person (the "còn" of "không còn" is no "still").
    const who = withNow && !NO_LONGER.test(clause.slice(0, withNow.index + withNow[0].length - (withNow[1]?.length ?? 0))) ? withNow[1] : undefined;
    if (who && (PERSON_WORD.test(who) || harmer.some((w) => who.split(" ").slice(0, 3).includes(w))) && !/^(?:toi|tui|minh|chung toi|ba noi|ba ngoai|ong noi|ong ngoai)\b/.test(who)) return "yes";
    const lives = LIVES_WITH.exec(clause);
    const livesWith = lives && !NO_LONGER.test(clause) && !LIVED_BEFORE.test(clause) ? lives[1]!.split(" ") : [];
    if (harmer.length > 0 && harmer.every((w, i) => livesWith[i] === w)) return "yes";
    const en = EN_WITH_NOW.exec(clause);
    const withWhom = en ? (en[1] ?? en[2] ?? "") : "";
    if (en && (EN_PRONOUN_ALONE.test(withWhom) || (/^(?:his|her|their|the)\s/.test(withWhom) && harmer.includes(withWhom.split(" ")[1] ?? "")))) return "yes";
  }
  return null;
}

/** A place named in the text, written in its parts (placeParts) but as typed: "thôn 3", "ấp Tân Hòa", "tổ dân phố 5", "buôn Ko Tam". */
const HAMLET_IN_TEXT = /(?:^|[\s,(])(?<!(?:hàng|hang)\s)((?:thôn|ấp|bản|buôn|plei|làng|xóm|khóm|tổ dân phố|khu phố|thon|buon|to dan pho|khu pho)\s+(?:\d{1,3}[a-z]?|\p{Lu}[\p{L}'-]*(?:\s\p{Lu}[\p{L}'-]*){0,3})|(?:ap|ban|lang|xom|tổ|to)\s+\d{1,3}[a-z]?)(?=[\s,.;!?)]|$)(?!\s*(?:tuổi|tuoi|t\b|năm|nam|tháng|thang|ngày|ngay|giờ|gio|lần|lan|đứa|dua|bé|be|người|nguoi))/u;

/**
 * The commune and hamlet a text names: "nhà ở thôn 3, xã Ea Kar" gives both; "ấp 2, Tân Phú, Đồng Nai" the hamlet and the commune
 * typed after it without its level; "thôn Đông Hòa, Đắk Lắk" only the hamlet (the commune is asked).
 */
function placeOf(commune: string | null, text: string, province: ChildProvince | null, deps: ReportFlowDeps): Partial<ReportDraft> | undefined {
  const isProvince = (part: string) => (province !== null && [province.name, province.matched ?? ""].some((n) => n && foldKey(n) === foldKey(part))) || deps.findProvince(part)?.level === "province";
  const parts = commune ? placeParts(commune, isProvince) : { hamlet: null, commune: null };
  const hamlet = parts.hamlet ?? HAMLET_IN_TEXT.exec(text.normalize("NFC"))?.[1]?.trim() ?? null;
  const found = parts.commune ?? (hamlet ? communeAfterHamlet(text, hamlet, isProvince) : null);
  if (!found && !hamlet) return undefined;
  return { ...(found ? { commune: found } : {}), ...(hamlet ? { hamlet } : {}) };
}

const PHONE_ANY = /(?:\+?84|0)(?:[\s.-]?\d){8,10}\b/g;
/** A kin or other person of the child whose number it is (folded): "mẹ bé", "bà ngoại bé", "dì ruột cháu", "cô giáo nó". */
const WHOSE = String.raw`(?:me|ma|bo|ba|cha|ba ngoai|ba noi|ong ngoai|ong noi|ong|co|di|chu|cau|bac|thim|mo|duong|me ke|anh|chi|co giao|thay giao|thay|co chu nhiem|hang xom|nguoi nha)(?: ruot| ho| ke| giao)? (?:cua )?(?:be|chau|no|em be|con be|thang be|tre|ban nho|nho)`;
/** Said next to a number: the number is someone else's, not the writer's (folded, the number as "zzphone"). */
const OTHERS_NUMBER = new RegExp(String.raw`zzphone (?:\S+ ){0,2}?(?:la |nay la )?(?:so (?:dien thoai |dt )?)?cua ${WHOSE}\b|\b(?:day la |do la |la )?(?:so (?:dien thoai |dt )?|sdt )(?:la )?cua ${WHOSE}\b(?: (?:la|\S+)){0,2} ?zzphone|zzphone (?:\S+ ){0,3}?(?:khong phai|ko phai|k phai|chu khong phai) (?:la )?(?:so )?(?:cua )?(?:toi|tui|minh)\b|zzphone (?:is|s) (?:her|his|their|the) (?:\w+ ){0,2}?(?:mum|mom|mother|father|dad|aunt|uncle|grandmother|grandma|grandfather|grandpa|teacher|neighbour|neighbor|sister|brother|stepmother|stepfather)(?: s)?(?: number| phone)?\b|zzphone (?:\S+ ){0,6}?not mine\b|\b(?:her|his|their|the) (?:\w+ ){0,2}?(?:mum|mom|mother|father|dad|aunt|uncle|grandmother|grandma|grandfather|grandpa|teacher|neighbour|neighbor)(?: s)? (?:number|phone) (?:is )?zzphone`);
/** The writer's own number said as theirs: "số của tôi là 09...", "số tôi 09...", "my number is ...", "mine is ..." (folded, "zzphone"). */
const OWN_NUMBER = /\b(?:so (?:dien thoai |dt )?(?:cua )?(?:toi|tui|minh)|sdt (?:cua )?(?:toi|tui|minh)|my (?:number|phone|phone number|mobile)|mine)(?: (?:la|is|thi la))?\s*[:=]?\s*zzphone\b/;

/** The numbers a text gives, each with whether it is said to be someone else's, or the writer's own ("số của tôi là ..."). */
export function numbersSaid(text: string): Array<{ number: string; others: boolean; own: boolean }> {
  const numbers = [...text.matchAll(PHONE_ANY)].map((m) => m[0]);
  return numbers.map((number) => {
    const key = foldKey(text.replace(number, " zzphone ").replace(PHONE_ANY, " "));
    // "Bà là bà ngoại của cháu ... Số của bà cháu là 09..., cứ gọi cho bà": the writer's own number, named as the kin they say they are.
    const kin = writerKin(key);
    if (kin && new RegExp(String.raw`\b(?:so (?:dien thoai |dt )?|sdt )(?:la )?cua ${kin}(?: ngoai| noi| ruot)? (?:cua )?(?:be|chau|no|con be|thang be)\b(?: \S+)?(?: la)? ?zzphone`).test(key)) return { number, own: true, others: false };
    return { number, own: OWN_NUMBER.test(key), others: OTHERS_NUMBER.test(key) };
  });
}

const KIN_WORD = "(ba|ong|co|chu|di|bac|cau|thim|mo|me|ma|bo|cha)";
/** "bà là bà ngoại của cháu", "bà đây", "tôi là mẹ bé": the kin word the writer calls themself (folded), or null. */
function writerKin(key: string): string | null {
  const m = new RegExp(String.raw`^${KIN_WORD} (?:la \1(?: ngoai| noi| ruot)? (?:cua )?(?:be|chau|no|con be|thang be)|day)\b`).exec(key)
    ?? new RegExp(String.raw`\b(?:toi|minh) la ${KIN_WORD}(?: ngoai| noi| ruot)? (?:cua )?(?:be|chau|no|con be|thang be)\b`).exec(key);
  return m?.[1] ?? null;
}

/** "tôi đồng ý để cán bộ gọi lại", "cứ gọi cho tôi", "you can call me": the story gives consent to be contacted (folded). */
const AGREES_TO_CONTACT = /\b(?:dong y|san sang|cu) (?:de |cho )?(?:can bo|cac anh chi|anh chi|moi nguoi|ben minh|tong dai|co chu)? ?(?:goi|lien lac|lien he|nhan tin)\b|\b(?:you can|feel free to|please) (?:call|contact|text|message) me\b/;

/** Whether the draft already holds the field (filled from the story or answered). */
export function isKnown(d: ReportDraft, field: StoryField): boolean {
  switch (field) {
    case "age": return d.childAgeBand !== null && d.childAgeBand !== "unknown";
    case "sex": return d.childSex !== null && d.childSex !== "unknown";
    case "harmer": return Boolean(d.harmer);
    case "reporter": return d.reporterRelation !== null;
    case "when": return d.when !== null;
    case "province": return d.provinceId !== null;
    case "commune": return d.commune !== null;
    case "contact": return d.anonymous !== null;
    case "children": return Boolean(d.children);
    case "withPerson": return d.withPersonNow !== null;
    case "danger": return d.dangerNow !== null;
  }
}

const FIRST_PERSON_AGE = [
  // Not after a kin word that owns it ("con bé nhà chị tôi 12 tuổi": the niece is 12, not the writer).
  /(?<!\b(?:chi|anh|em|con|chau|nha|ba|bo|me|ma|co|chu|di|cau|ban|vo|chong|cua|ngoai|noi|ho|gai|trai|be|mo|thim|bac) )\b(em|minh|to|tui|toi)\s+(nam nay\s+|da\s+|moi\s+|duoc\s+)?(\d{1,2})\s*(tuoi|t)\b/,
  /\bi\s*(am|m)\s+(only\s+|just\s+)?(\d{1,2})\b/,
];
/** "em 13 tuổi, ...", "mình năm nay 12 tuổi": the writer's own age, at the start of a sentence or clause. */
const CLAUSE_SELF_AGE = /(?:^|[.,;!?\n]\s*)(em|minh|to|tui|toi)\s+(?:nam nay\s+|da\s+|moi\s+|duoc\s+|thi\s+)?(\d{1,2})\s*(?:tuoi|t)\b/;
/** "là chị họ nó", "là dì của bé": the writer's kin word for the child (folded). */
const KIN_OF_CHILD = /\bla (?:chi|anh|co|chu|di|bac|cau|mo|thim|ong|ba|me|bo|ba noi|ba ngoai|ong noi|ong ngoai)(?: (?:ho|ruot|noi|ngoai|con ho))? (?:cua )?(?:no|be|chau|em|con be|thang be|nho)\b/;
/** The writer's own age of 18 or more ("e 19 tuổi rồi", "mình 34 tuổi", "I'm 25"), or "mình là người lớn", "I'm an adult" (folded). */
const GROWN_UP_SELF = /(?<!\b(?:yeu|trai|gai|chong|vo|cua|chi|anh|ban|ho|ruot|nha|thang|con|co|chu|di|bac|cau|ong|ba|bo|me) )\b(?:e|em|minh|mk|mik|to|tui|toi|t)\s+(?:nam nay\s+|da\s+|cung\s+|la\s+)?(1[89]|[2-9]\d)\s*(?:tuoi|t)\b|\b(?:e|em|minh|toi|tui|to|t)\s+(?:la|da la|cung la)\s+nguoi lon\b|\bnguoi lon\s+(?:roi|ma)\b|\b(?:i m|im|i am)\s+(?:an adult|a grown up|a grownup|(?:1[89]|[2-9]\d)\b)/;

/**
 * The writer says they are a grown-up ("Mình là người lớn mà, 34 tuổi rồi", "e là chị họ nó, e 19 tuổi rồi"):
 * never a child writer, whatever else the words look like; a writer taken for a child is spoken to as a grown-up from then on.
 */
/** The writer introduces themself as a grown-up who tells of a child ("tôi là cô giáo chủ nhiệm", "I'm her teacher") (folded test). */
export function adultIntroduces(text: string): boolean {
  const key = foldKey(text);
  return ADULT_REPORTER.test(key) && THIRD_PERSON.test(key);
}

/** A grown-up who says what they are to a child or their work with children ("tôi là cô giáo chủ nhiệm", "I'm her aunt"), not "tôi là người thừa", "mẹ đơn thân" (folded). */
const ADULT_REPORTER = /\b(?:toi|tui|minh)\s+la\s+(?:hang xom|giao vien|co giao|thay giao|thay chu nhiem|co chu nhiem|chu nhiem|bac si|y ta|y si|can bo|cong an|truong thon|ba noi|ba ngoai|ong noi|ong ngoai|di|co|chu|bac|cau|me cua|bo cua|ba cua|cha cua)\b|\bi(?: m| am)\s+(?:his|her|their|the child s|a|an)\s+(?:teacher|aunt|uncle|neighbou?r|doctor|nurse|grandmother|grandfather|coach|social worker|police officer)\b/;
/** Another person, the one the story is about ("em học sinh", "thằng bé", "em ấy", "my niece", "she") (folded). */
const THIRD_PERSON = /\b(?:hoc sinh|hoc tro|thang be|con be|co be|cau be|em ay|chau ay|ban ay|nhoc|chau|no)\b|\bmy (?:niece|nephew|student|pupil|son|daughter|grandson|granddaughter)\b|\b(?:he|she)\b/;

export function writerIsGrownUp(text: string): boolean {
  const key = foldKey(text);
  // "tôi là nhân viên y tế của trường", "Em là cô giáo dạy lớp 6", "tôi là cô y tế chứ không phải học sinh": a grown-up's role said of themself.
  // "cô chủ nhiệm của cháu đây", "I teach her": a teacher speaking of their pupil.
  return GROWN_UP_SELF.test(key) || NOT_A_CHILD_SELF.test(key) || introducedAs(text) !== null || ownAdultAge(text, key) || teacherWrites(text);
}

/** "mình 24t rồi", "tôi năm nay 31 tuổi", "I'm 19": the writer's own age, 18 or more, ends any reading of them as a child. */
function ownAdultAge(text: string, key: string): boolean {
  const vi = /(?<!\b(?:con|chau|ngoai|noi|gai|trai|ho|be|cua|nha|ban|yeu|nay|thang|dua|nhoc) )\b(?:e|em|minh|mik|mk|to|tui|tao|toi|t) (?:nam nay |da |moi |duoc )?(\d{2}) ?(?:tuoi|t)\b/.exec(key);
  if (vi && Number(vi[1]) >= 18 && Number(vi[1]) < 100) return true;
  const en = /\b[Ii](?:'m|’m| am|m)\s+(?:now\s+|already\s+)?(\d{2})\b(?!\s*(?:minutes?|mins?|hours?|km|miles?|months?|weeks?|days?|%|(?:years?[- ]old|yrs?|yo)\s+(?:son|daughter|boy|girl|child|kid)))/.exec(text.normalize("NFC"));
  return en !== null && Number(en[1]) >= 18 && Number(en[1]) < 100;
}

/** "không phải học sinh", "I'm not a kid": the writer saying they are not the child (folded). */
const NOT_A_CHILD_SELF = /\b(?:toi|tui|minh|em|e)\b.{0,30}\b(?:khong|chu khong|chu ko|ko|k|chang) phai (?:la )?(?:hoc sinh|tre em|tre con|dua tre|em be|con nit|nan nhan)\b|\b(?:i m|im|i am) not (?:a |the )?(?:kid|child|student|victim)\b/;

/** "cháu 10 tuổi ...", "con 12 tuổi, ...": a child's kin word for themself with their age, opening a clause (folded). */
const KIN_SELF_AGE = /(?:^|[.,;!?\n]\s*)(?:(?:co chu|co|chu|bac|anh chi|anh|chi|a|c|ad|admin)\s+oi[\s,]+)?(chau|con)\s+(?:nam nay\s+|moi\s+|da\s+|duoc\s+)?(\d{1,2})\s*(?:tuoi|t)\b/;
/** "con tên là Hờ Nhi, con 11 tuổi", "cháu tên Lan 12 tuổi": a child's kin word for themself, their name, then their age (folded). */
const KIN_NAMED_AGE = /(?:^|[.,;!?\n]\s*)(?:(?:co chu|co|chu|bac|anh chi|anh|chi|a|c|ad|admin)\s+oi[\s,]+)?(?:(?:da|chao co chu|con chao co chu|chau chao co chu)[\s,]+)?(chau|con)\s+ten\s+(?:la\s+)?(?:[a-z]+\s+){1,3}?(?:(?:chau|con)\s+)?(?:nam nay\s+)?(\d{1,2})\s*(?:tuoi|t)\b/;
/** "em học lớp 7": a child saying which grade they are in. */
const SELF_GRADE = /(?:^|[.,;!?\n]\s*)(em|minh|to)\s+(?:dang\s+|nam nay\s+)?hoc\s+lop\s+(\d{1,2})\b/;
/** An adult introducing themself: the writer is not the child. */
const ADULT_INTRO = /\b(toi|minh|tui)\s+(la|nam nay)\s+(hang xom|giao vien|co giao|thay giao|chu nhiem|me|bo|ba|cha|ong|ba noi|ba ngoai|bac|chu|co|di|cau|nguoi|can bo|\d{2}\s*tuoi)\b|\b(i am|i m)\s+(a|an|the|his|her|their)\b/;

/**
 * A child telling about themself: the fact module says so, or the text says "em 13 tuổi",
 * "I'm 12" (first person with an age under 16) and names no adult reporter. A longer story
 * ("em 13 tuổi, ... bố dượng em tối nào cũng đánh em với mẹ") still counts when the writer
 * gives their own age at the start of a clause and speaks of themself again in the first
 * person, whatever kin word the fact module took for the writer.
 */
export function isChildReporter(facts: ReportFacts, text: string): boolean {
  if (writerIsGrownUp(text)) return false;
  const key = foldKey(text);
  // "Em là giáo viên chủ nhiệm lớp 3B ... Lớp em có bé gái 9 tuổi": a grown-up's introduction wins over a child's words read elsewhere.
  // "tối" (evening) is no "tôi" where the text has diacritics: "bố dượng cháu tối nào say rượu" is no "cháu tôi".
  if (text.split(/[,.;:!?\n]+/).some((clause) => ADULT_WRITER.test(foldKey(clause.normalize("NFC").replace(/tối/giu, "buổi tối"))))) return false;
  // "bn t bị bố nó đánh, hôm nay lên lớp mặt sưng": the writer's friend is the one harmed, not the writer.
  // "mình 15 tuổi, đứa bạn cùng lớp nhắn ...", "I'm 15 and my friend told me ...": so is a classmate named without "của em".
  if ((MY_FRIEND.test(key) || PEER_WORDS.test(key) || MY_FRIEND_EN.test(key)) && !FRIENDS_CHILD.test(key) && !harmsWriter(text)) return false;
  if (facts.reporter === "child_self") return true;
  // "em 15 tuổi, ... bạn cùng lớp em đăng story ... đã chuẩn bị thuốc": a child telling of a friend is the friend's reporter, not the child at risk.
  if (facts.reporter === "friend") return false;
  if (ADULT_INTRO.test(key)) return false;
  const own = CLAUSE_SELF_AGE.exec(key) ?? null;
  const grade = SELF_GRADE.exec(key);
  const age = own ? Number(own[2]) : grade ? Number(grade[2]) + 6 : NaN;
  const pronoun = own?.[1] ?? grade?.[1];
  if (pronoun && age > 0 && age < 16) {
    const again = key.match(new RegExp(`\\b${pronoun}\\b`, "g"))?.length ?? 0;
    if (again >= 2 || facts.reporter === null) return true;
  }
  // "cháu 10 tuổi ở xã Ea Kar. dượng cháu hay đánh mẹ với cháu": a child calling themself "cháu" or "con" to the
  // grown-ups they write to, with their age at the start and the same word again, and no grown-up's "tôi" anywhere.
  const kin = KIN_SELF_AGE.exec(key) ?? KIN_NAMED_AGE.exec(key);
  // A grown-up's "tôi" (not "tối qua": with diacritics where the text has them).
  const nfc = text.normalize("NFC");
  const grownI = hasVietnameseDiacritics(nfc) ? /(?:^|[^\p{L}])(?:tôi|tui|mình|tao)(?=[^\p{L}]|$)/iu.test(nfc) : /\b(?:toi|tui|minh|tao)\b/.test(key);
  if (kin && Number(kin[2]) > 0 && Number(kin[2]) < 16 && !grownI) {
    const again = key.match(new RegExp(`\\b${kin[1]}\\b`, "g"))?.length ?? 0;
    if (again >= 3) return true;
  }
  if (facts.reporter !== null) return false;
  for (const re of FIRST_PERSON_AGE) {
    const m = re.exec(key);
    const years = m ? Number(m[3]) : NaN;
    if (years > 0 && years < 16) return true;
  }
  return false;
}

/** The child's age read without the writer's own ("mình 15 tuổi", "I'm 15"): the friend's age, or null when only the writer's is said. */
function ageWithoutWriters(text: string): ReportFacts["age"] {
  const key = foldKey(text);
  const vi = WRITER_AGE.exec(key);
  if (vi) return extractReportFacts(key.replace(WRITER_AGE, " ")).age;
  const en = WRITER_AGE_EN.exec(text.normalize("NFC"));
  return extractReportFacts(en ? text.normalize("NFC").replace(WRITER_AGE_EN, "I am") : text).age;
}

/** A child's words for a friend at school: "bạn lớp e", "nhỏ bạn cùng lớp", "đứa bạn thân của mình". */
const PEER_WORDS = /\bban( cung| chung| trong)? lop (e|em|minh|mik|to|tui)\b|\b(nho|dua|thang|con|em|1|mot) ban (cung lop|chung lop|than|lop)\b|\bban (than )?(cua )?(e|mik|to)\b|\b(nho|dua|thang|con) ban (cua )?(e|em|minh|mik|to)\b/;
/** The writer's friend and the friend's age (folded): "bạn em 14 tuổi", "ban t 12t", "nhỏ bạn thân của mình năm nay 13 tuổi". */
const FRIEND_AGED = /(?<!\b(?:con|gai|trai|chau|be|cua|nha|of) )\b(?:nho |dua |thang |con )?ban(?: than)? (?:cua )?(?:em|e|t|tui|minh|mik|to)(?: (?:nam nay|moi|da|chi|cung|thi))? (\d{1,2}) ?(?:tuoi|t)\b/;
/** "my friend is 13", "my best friend (12)", "my friend, 14,": in English. */
const FRIEND_AGED_EN = /(?<!\bof )\bmy (?:best |close )?friend(?: is|,| \(| who is)? (\d{1,2})\b(?! (?:minutes?|hours?|days?|weeks?|months?|km|m\b|years? (?:older|younger)|yrs? (?:older|younger)))/i;
/** Chat spellings young writers use ("bít", "ko", "lm", "lun", "ns", "vs", "hok", "j"), as folded words. */
const TEEN_WORDS = new Set(["bit", "ko", "k", "hok", "hem", "lm", "s", "lun", "ns", "vs", "j", "dc", "bn", "mik", "ik", "z", "zay", "hix", "huhu", "r", "ak", "nka", "ntn", "ms", "cx", "ny", "bme", "bik", "bjo", "bh", "trc", "thui", "roai", "oy", "uk", "bth"]);
/** The writer is a grown-up who has a child ("con tôi", "cháu nhà tôi") or works with children. */
const ADULT_WRITER = /\b(con|chau)( (ngoai|noi|gai|trai|ho|ruot|dau|re))? (toi|tui|minh|nha toi|nha tui|em|nha em)\b|\b(toi|tui|em|e|minh) (la|lam) (giao vien|co giao|thay giao|chu nhiem|phu huynh|hang xom|can bo|bac si|y ta|me|bo|ba|cha|ong|ba noi|ba ngoai|co|chu|di|bac|cau)\b|\bhoc (sinh|tro) (cua |lop |trong lop )?(em|e|minh|toi|tui|co|thay)\b|\b(em|e|minh|toi|tui) (day|chu nhiem)\b/;

/**
 * The writer is a child, whoever the story is about: a child writing about a classmate ("e có nhỏ
 * bạn cùng lớp ..."), or in the chat spellings of young writers with "e" for themself ("e ko bít
 * lm s lun"). They are answered in the child's register (short, "em", 111, no photos asked).
 */
export function isChildWriter(text: string): boolean {
  if (writerIsGrownUp(text)) return false;
  const key = foldKey(text);
  // A grown-up's words: an adult introduction, a child of their own, a neighbour's house.
  if (ADULT_INTRO.test(key) || ADULT_WRITER.test(key) || ADULT_PLACE.test(key)) return false;
  // "con trai của bạn em học lớp 3": the child of the writer's friend is a grown-up's concern.
  if (FRIENDS_CHILD.test(key)) return false;
  const words = key.split(" ");
  const teen = new Set(words.filter((w) => TEEN_WORDS.has(w))).size;
  const selfE = words.includes("e") || words.includes("mik");
  // Only what the text says makes the writer a child (chat spellings alone do not): a friend of
  // their class, their own age under 16, their own class.
  if (PEER_WORDS.test(key) && (selfE || teen >= 1 || /\b(em|minh|to)\b/.test(key))) return true;
  // "bạn em 14 tuổi", "ban t 12t", "my friend is 13": a friend of the writer who is a child is a child's friend.
  const friend = FRIEND_AGED.exec(key) ?? FRIEND_AGED_EN.exec(text.normalize("NFC"));
  if (friend && Number(friend[1]) > 0 && Number(friend[1]) < 16) return true;
  const age = WRITER_AGE.exec(key);
  // "Chào chị, con 13t bị bạn bắt nạt, tôi phải làm sao": "con" with a greeting is a child writing only when no "tôi" says otherwise.
  if (age && Number(age[1] ?? age[2]) < 16 && !(age[1] === undefined && /\b(?:toi|tui|chung toi)\b/.test(key))) return true;
  // "Hi, I'm Lan, a girl, 12 years old", "I'm 11": the writer's own age, in English.
  const ageEn = WRITER_AGE_EN.exec(text.normalize("NFC"));
  if (ageEn && Number(ageEn[1]) < 16) return true;
  const grade = WRITER_GRADE_EN.exec(key);
  if (grade && Number(grade[1]) <= 10) return true;
  // "bố mẹ em li dị, ... bố hay chửi em": the writer's own parent (or step-parent, teacher, older
  // sibling) harms the writer, and nothing says the writer is a grown-up (a husband, a child of their own).
  if (!age && !GROWN_UP_TIES.test(key) && MY_CAREGIVER.test(key) && HARM_TO_ME.test(key)) return true;
  // "bạn cùng bàn của em bị bố bạn ấy đánh, sáng nay bạn ấy lên lớp ...", "my friend from class gets hit by her dad": the writer's
  // friend with words of school (a class, a teacher, lessons) is a child's friend, told by a child (not "con của bạn em").
  // "bạn em bị bố đánh", "my friend is hurt by her dad": a friend whose own parent harms them is a child, and so is the friend who tells.
  if (!GROWN_UP_TIES.test(key) && !ADULT_KIN_SELF.test(key) && ((MY_FRIEND.test(key) && (SCHOOL.test(key) || FRIENDS_PARENT_HARMS.test(key))) || (MY_FRIEND_EN.test(key) && (SCHOOL_EN.test(key) || FRIENDS_PARENT_HARMS_EN.test(key))))) return true;
  // "con bị dượng đánh, con đau lắm", "mẹ kế hay nhốt con trong kho, con đói lắm": a child calling themself "con" to the grown-ups they
  // write to, harmed, with no grown-up's own child or "tôi" anywhere ("con tôi", "con gái tôi", "con của tôi" are a parent's).
  if (kinChildSelf(text, key)) return true;
  // "e la bn cua no, no 12t, bo no danh no": a child who says they are the friend of the child told of (walk 47: answered as a grown-up).
  if (childFriendWrites(text)) return true;
  return WRITER_CLASS.test(key);
}

/**
 * The writer says they are the child's friend, in a child's words (folded): "e la bn cua no", "mik là bn thân của nó", "tớ là bạn
 * cùng lớp của bạn ấy"; not "tôi là bạn của mẹ bé" (a grown-up's friend of the family).
 */
const FRIEND_OF_CHILD_SELF = /(?:^|[.,;!?]\s*|\s)(?:e|em|minh|mk|mik|t|to|tui)\s+(?:cung\s+)?la\s+(?:ban|bn|bff)(?:\s+(?:than|hoc|cung lop|chung lop|cung truong|cung ban|choi))?\s+(?:cua\s+)?(?:no|be|ban ay|em ay|thang be|con be|nho|ban do|chi ay|anh ay)\b/;
/** The friend's own age, under the writer's "nó", "bạn ấy" (folded): "nó 12t", "bạn ấy năm nay 13 tuổi". */
const FRIEND_AGE = /\b(?:no|ban ay|ban do|be|em ay|thang be|con be)\s+(?:nam nay\s+|moi\s+|da\s+)?(\d{1,2})\s*(?:tuoi|t)\b/;

/** A child telling of a friend, as their friend ("e la bn cua no, no 12t, bo no danh no"): chat words, a friend under 16, school, or the friend's parent harming them. */
export function childFriendWrites(text: string): boolean {
  const key = foldKey(text);
  if (!FRIEND_OF_CHILD_SELF.test(key) || GROWN_UP_TIES.test(key) || ADULT_KIN_SELF.test(key) || writerIsGrownUp(text)) return false;
  const age = FRIEND_AGE.exec(key);
  const words = key.split(" ");
  const childWords = words.includes("e") || words.includes("mik") || words.includes("mk") || words.includes("to") || words.some((w) => TEEN_WORDS.has(w));
  return (age !== null && Number(age[1]) > 0 && Number(age[1]) < 16) || childWords || SCHOOL.test(key) || FRIENDS_PARENT_HARMS.test(key);
}

/** The child of the writer's friend (folded): "con trai của bạn em", "cháu gái bạn tôi", "my friend's son". */
const FRIENDS_CHILD = /\b(?:con|chau)(?: (?:trai|gai|nho|lon|ut))?(?: cua)? ban (?:than )?(?:cua )?(?:em|e|minh|toi|tui)\b|\bmy (?:best |close |good )?friend s (?:son|daughter|kids?|child|children|baby|boy|girl)\b/;
/** The writer's friend (folded): "bạn em", "bạn cùng bàn của em", "bạn thân mình", not "con của bạn em", "bạn trai em". */
const MY_FRIEND = /(?<!\b(?:con|cua|trai|gai|chau|bo|me|ba|nha|vo|chong|gia dinh) )\b(?:ban|bn) (?:than |cung lop |cung ban |chung lop |trong lop |cung xom |hoc )?(?:cua )?(?:em|e|minh|mk|mik|to|tui|t)\b/;
/** Words of a child's school day (folded): a class, a desk mate, a teacher, lessons, break time. */
const SCHOOL = /\b(?:lop|truong|di hoc|len lop|den lop|vao lop|tan hoc|ra choi|gio choi|co giao|thay giao|co chu nhiem|thay chu nhiem|bai tap|kiem tra|cung ban|hoc ba|hoc bai)\b/;
/** "my friend", "my best friend", not "my friend's son" (folded). */
const MY_FRIEND_EN = /\bmy (?:best |close |good )?friend\b(?! s\b)|\bmy classmate\b|\bmy (?:best |close |good )?friend s (?:dad|father|mom|mum|mother|step ?dad|step ?father|step ?mom|step ?mum|step ?mother|uncle|aunt|brother|sister|parents|grandpa|grandfather|grandma|grandmother|cousin)\b/;
const SCHOOL_EN = /\b(?:school|class|classmates?|teacher|recess|homework|lessons?|grade \d{1,2}|year \d{1,2})\b/;
/** The friend's own parent or step-parent harms them (folded): "bị bố đánh", "bị mẹ kế bạn ấy nhốt", "bố nó đánh". */
const FRIENDS_PARENT_HARMS = /\bbi (?:bo|me|ba|ma|cha|duong|bo duong|me ke|di ghe|bo me|ba me)(?: (?:ban ay|ban do|no|cua ban ay|cua no|ruot))? (?:danh|dap|chui|nhot|tat|doa|bo doi|duoi|xam hai|sam so|so mo|hanh ha|bat|ep)\b|\b(?:bo|me|ba|ma|cha|duong|bo duong|me ke) (?:ban ay|ban do|no|cua ban ay|cua no) (?:hay |thuong |cu |lai )?(?:danh|dap|chui|nhot|tat|doa|bo doi|duoi|xam hai|sam so|so mo|hanh ha)\b/;
const FRIENDS_PARENT_HARMS_EN = /\b(?:by|from) (?:her|his|their) (?:dad|mom|mum|father|mother|step ?dad|step ?mom|step ?father|step ?mother|parents)\b|\b(?:her|his|their) (?:dad|mom|mum|father|mother|step ?dad|step ?mom|step ?father|step ?mother|parents) (?:hits?|beats?|hurts?|locks?|kicks?|slaps?|abuses?|touch(?:es)?)\b/;
/** A grown-up's own people (folded): "vợ tôi", "con tôi", "cháu nhà tôi", "tôi là mẹ". */
const ADULT_KIN_SELF = /\b(?:con|chau)(?: (?:gai|trai|ruot|nuoi|nha))?(?: cua)? (?:toi|tui)\b|\b(?:toi|tui) la (?:me|bo|ba|cha|ong|ba noi|ba ngoai|co|chu|di|bac|cau|giao vien|hang xom)\b|\bmy (?:son|daughter|kids?|children|child|husband|wife)\b/;

/** "con" as the writer's word for themself (folded): "con bị", "đánh con", "con sợ", "con đau"; not "con bé", "con tôi", "con nó". */
const CON_HARMED = /\bcon (?:(?:cung|hay|thuong|lai|da|moi|vua|bi|van|luon) )*bi\b|\b(?:danh|chui|nhot|dap|tat|dam|doa|duoi|bat|ep|quat|hanh ha|so mo|sam so|bo doi|khong cho) con\b(?! (?:be|trai|gai|no|ay|do|nha|toi|tui|minh|em|chau|cua|ho|heo|cho|meo|ga|bo|trau|vit|lon|nho|ut|ca|dau|re|cai|chau|ong|ba|ruot|nuoi)\b)/;
/** "con" as the one who speaks to the grown-ups they write to (folded): "con xin lỗi làm phiền", "con chào cô chú", "dạ con muốn kể". */
const CON_SPEAKS = /\b(?:da |thua |xin )?con (?:xin loi|xin phep|chao|kinh chao|muon ke|muon hoi|muon noi|muon bao|co chuyen)\b/;
/** What only a child says of themself as "con" (folded): fear, pain, hunger, not daring to go home. */
const CON_FEELS = /\bcon (?:(?:rat|qua|that|cung|dang|van|khong|ko|k) )*(?:so|dau|doi|met|khoc|buon|khong dam|ko dam|k dam|muon tron|muon chet|co don|run)\b|\bcon (?:phai lam sao|lam sao bay gio|nen lam gi)\b/;
/** A grown-up's "tôi", "tui", "mình", "chúng tôi" (with diacritics: not "tối", evening). */
function grownUpI(text: string, key: string): boolean {
  const nfc = text.normalize("NFC");
  return hasVietnameseDiacritics(nfc) ? /(?:^|[^\p{L}])(?:tôi|tui|tao|chúng tôi|vợ|chồng)(?=[^\p{L}]|$)/iu.test(nfc) : /\b(?:toi|tui|tao|chung toi)\b/.test(key);
}
function kinChildSelf(text: string, key: string): boolean {
  if (ADULT_WRITER.test(key) || ADULT_KIN_SELF.test(key) || GROWN_UP_TIES.test(key) || grownUpI(text, key)) return false;
  // "con bé", "con nó", "con nhà bên": a third person's child is named; the "con" words must be the writer's own.
  if (/\bcon (?:be|trai|gai|no|ay|nha|cua|ho|chau|em)\b/.test(key)) return false;
  return (CON_HARMED.test(key) || CON_SPEAKS.test(key)) && (CON_FEELS.test(key) || (key.match(/\bcon\b/g)?.length ?? 0) >= 2);
}

/** The writer's own brother or sister, in a child's words (folded): "em trai em", "em gái e", "chị gái mình", "em của em". */
const MY_SIBLING_VI: ReadonlyArray<[OtherChild, RegExp]> = [
  ["younger_brother", /\bem trai (?:cua )?(?:em|e|minh|mik|to|tui|con|chau)\b/],
  ["younger_sister", /\bem gai (?:cua )?(?:em|e|minh|mik|to|tui|con|chau)\b/],
  ["older_brother", /\banh trai (?:cua )?(?:em|e|minh|mik|to|tui|con|chau)\b/],
  ["older_sister", /\bchi gai (?:cua )?(?:em|e|minh|mik|to|tui|con|chau)\b/],
  ["younger_sibling", /\bem (?:be |nho |ut )?cua (?:em|e|minh|mik|to|tui)\b/],
];
/** "my little brother", "my older sister", "my baby sister", "my half-brother". */
const MY_SIBLING_EN = /\bmy (?:(little|younger|baby|small|big|older|elder|half[- ]?|step[- ]?)\s*)?(brother|sister|bro|sis)\b/i;
/** Harm done to the writer (folded, with the sibling's words taken out): "bố đánh em", "em cũng bị", "hits me", "me and my sister". */
const HARM_TO_WRITER_VI = /\b(?:danh|dap|chui|mang|sam so|so mo|hiep|cuong hiep|ep|nhot|troi|lam dau|lam hai)(?: ca| luon)? (?:em|e|minh|mik|tui|to)\b|\b(?:so|so mo|sam so|vuot ve|hon|om|dung vao) (?:vao |len )?(?:nguoi |cho kin |vung kin |nguc |dui |quan |mong )?(?:cua )?(?:em|e|minh|mik|tui|to)\b|\b(?:em|e|minh|mik|tui|to) (?:cung |con |hay |thuong |cung hay )*bi\b/;
const HARM_TO_WRITER_EN = /\bmy private\b|\b(?:comes?|came) (?:in)?to my (?:room|bed)\b|\b(?:hits?|beats?|hurts?|touch(?:es|ed)?|kicks?|kicked|slaps?|slapped|punch(?:es|ed)?|yells at|screams at|abuses?|abused|rapes?|raped) (?:me|us|both of us)\b|\bme and my\b|\b(?:brother|sister|bro|sis) and (?:me|i)\b|\bboth of us\b/i;

/** The text tells of harm done to the writer ("bố đánh em", "hits me", "me and my sister"). */
/** "bạn thân e", "nhỏ bạn của mình", "bạn cùng lớp em": the writer's friend, whose "e bị" is the friend's (folded). */
const FRIEND_OF_WRITER = /\b(?:nho |dua |thang |con )?(?:ban|bn) (?:than |cung lop |chung lop |trong lop |lop )?(?:cua )?(?:e|em|minh|mik|mk|to|tui|t)\b/g;
// Read clause by clause: "bị chú hàng xóm sờ mó, em lo cho bạn quá" is no "sờ mó em" (the comma ends what was done).
const harmsWriter = (text: string): boolean => HARM_TO_WRITER_EN.test(text) || text.split(/[,.;:!?\n]+/).some((clause) => HARM_TO_WRITER_VI.test(foldKey(clause).replace(FRIEND_OF_WRITER, " ban ay ")));

/**
 * A child telling of their own brother or sister, who is the child harmed ("em 12 tuổi, em trai em 6
 * tuổi tối nào cũng bị bố đánh", "im 12. my little brother is 6 and our dad hits him"): which sibling,
 * or null when the writer is no child, names no sibling, or is harmed too ("bố đánh em với em trai em").
 */
export function siblingOfWriter(text: string): OtherChild | null {
  if (!isChildWriter(text) && !FIRST_PERSON_AGE.some((re) => { const m = re.exec(foldKey(text)); return m !== null && Number(m[3]) > 0 && Number(m[3]) < 16; })) return null;
  const key = foldKey(text);
  const vi = MY_SIBLING_VI.find(([, re]) => re.test(key));
  if (vi) {
    const rest = MY_SIBLING_VI.reduce((k, [, re]) => k.replace(new RegExp(re.source, "g"), " sib "), key);
    return HARM_TO_WRITER_VI.test(rest) ? null : vi[0];
  }
  const en = MY_SIBLING_EN.exec(text);
  if (!en) return null;
  if (HARM_TO_WRITER_EN.test(text.replace(new RegExp(MY_SIBLING_EN.source, "gi"), " sib "))) return null;
  const sister = /^sis/i.test(en[2] ?? "");
  const younger = /little|younger|baby|small/i.test(en[1] ?? "");
  const older = /big|older|elder/i.test(en[1] ?? "");
  return younger ? (sister ? "younger_sister" : "younger_brother") : older ? (sister ? "older_sister" : "older_brother") : sister ? "sister" : "brother";
}

/** The writer's parent, step-parent, grandparent, teacher or older sibling, in the writer's own words (folded). */
const MY_CAREGIVER = /\b(?:bo|me|ba|ma|cha|bo duong|me ke|duong|di ghe|ong noi|ba noi|ong ngoai|ba ngoai|anh trai|anh hai|thay|co giao) (?:e|em|minh|mik|to)\b(?! (?:ay|no|ta|do|kia)\b)|\b(?:bo me|ba me|ba ma|cha me) (?:e|em|minh|mik|to)\b(?! (?:ay|no|ta|do|kia)\b)|\bmy (?:mom|mum|mother|dad|father|step ?mom|step ?mother|step ?dad|step ?father|parents|grandpa|grandma|teacher|older brother|big brother)\b/;
/** Harm done to the writer: "chửi em", "đánh mình", "nhốt e", "em bị", "hits me", "locks me" (folded). */
const HARM_TO_ME = /\b(?:danh|chui|mang|nhot|dap|tat|dam|so|bop|om|hon|doa|duoi|bat|ep|bo doi|dot|quat|ném|nem|hanh ha|lam nhuc|xe) (?:e|em|minh|mik|to)\b|\b(?:e|em|minh|mik|to) bi\b|\b(?:hits?|beats?|locks?|touch(?:es)?|slaps?|kicks?|hurts?|starves?|yells at|screams at|threatens?|throws (?:\w+ )?at|punch(?:es)?|burns?) me\b/;
/** Ties only a grown-up has: a husband or wife, a partner, a child of their own, a parent-in-law (folded). */
const GROWN_UP_TIES = /\b(?:chong|vo|bo chong|me chong|bo vo|me vo|nguoi yeu|ban trai|ban gai) (?:e|em|minh|toi|tui)\b|\b(?:con|chau) (?:e|em|minh|toi|tui)\b|\bmy (?:husband|wife|boyfriend|girlfriend|partner|son|daughter|kids?|children|child|baby)\b|\bour (?:son|daughter|kids?|children|child|baby)\b/;
/** "I'm 11", "I'm Lan, a girl, 12 years old" (as written, the name capitalised): not "I'm calling about Lan, 12", "I'm 10 minutes away". */
const WRITER_AGE_EN = /\b[Ii](?:'m|’m| am|m)\s+(?:[A-Z][a-z]+,?\s+)?(?:a\s+(?:boy|girl),?\s+)?(\d{1,2})\b(?!\s*(?:minutes?|mins?|hours?|hrs?|km|kilometers?|miles?|streets?|blocks?|months?|weeks?|days?|meters?|m\b|percent|%|(?:years?[- ]old|yrs?|yo)\s+(?:son|daughter|boy|girl|child|kid|niece|nephew|student|pupil)))()/;
/** "i'm in grade 7", "im in year 8" (folded). */
const WRITER_GRADE_EN = /\bi ?(?:m|am) in (?:grade|year|class) (\d{1,2})\b/;

/** Where a grown-up tells from: the house next door, the neighbours, their own child (folded). */
// "hàng xóm" as a place or the writer's role; not a person named by it ("ông hàng xóm", "chú hàng xóm": the one who harms, told of by anyone).
const ADULT_PLACE = /\b(nha ben|ben nha|ke ben|(?<!\b(?:ong|ba|chu|co|bac|anh|chi|thang|lao|mu|gia|cau|di|thim|mo) )hang xom|xom toi|xom tui|con toi|con tui|con minh|con nha toi)\b/;
/** The writer's own age: "e 13t", "em năm nay 12 tuổi", "mình 14 tuổi" (folded). */
const WRITER_AGE = /(?<!\b(?:con|chau|ngoai|noi|gai|trai|ho|be|cua|nha|ban|yeu|thang|dua|nhoc) )\b(?:e|em|minh|mik|mk|m|to|tui|tao) (?:nam nay |da |moi )?(\d{1,2}) ?(?:tuoi|t)\b|^(?:(?:chao|thua|kinh chao|xin chao) (?:co chu|co|chu|bac|anh chi|anh|chi|ad|admin)\s+)(?:chau|con|em) (?:nam nay |da |moi )?(\d{1,2}) ?(?:tuoi|t)\b/;
/** The writer's own class: "em học lớp 7", "con học lớp 5" (folded). */
const WRITER_CLASS = /\b(?:e|em|con|chau|minh|mik|to) (?:dang )?hoc lop\b/;

/** The writer's own introduction names their role ("Tôi là chủ nhiệm lớp", "Cô là cô giáo của bé"): it wins over a kin word read elsewhere. */
/** "Tôi là y sĩ trạm y tế xã", "I'm a nurse": who writes is a health worker, and is said so (folded). */
const HEALTH_WORKER = /\b(y si|bac si|y ta|dieu duong|ho sinh|nu ho sinh|nhan vien y te|can bo y te|y te thon|tram y te|benh vien|health worker|nurse|doctor|midwife)\b/;

const INTRO_ROLES: ReadonlyArray<[ReporterKind, RegExp]> = [
  ["teacher", /\b(giao vien|thay giao|co giao|chu nhiem|hieu truong|hieu pho|nha truong|day lop|teacher|headteacher|principal)\b/],
  ["neighbour", /\b(hang xom|nha ben|ke ben|neighbo(u)?r)\b/],
  // A volunteer ("tình nguyện viên", "volunteer at a shelter") is no official: their own words are kept (OWN_TIES), walk 36.
  ["official", /\b(can bo|cong an|truong (?:thon|ap|lang|xom|buon|ban|khu pho|to dan pho)|gia lang|to truong|bi thu|chu tich|cong tac vien|hoi (?:phu nu|lhpn)|doan thanh nien|doan vien|bi thu doan|youth union|social worker|official|village head)\b/],
  ["official", HEALTH_WORKER],
];

/** A clause in the writer's first person (folded): "tôi ...", "tui ...", "mình ...", "I ...". */
const FIRST_PERSON = /\b(?:toi|tui|minh|chung toi|i|im|i m)\b/;

/** The writer tells their own trade or work, in a clause of their own, and no tie to the child. */
function writerTrade(text: string): boolean {
  return text.normalize("NFC").split(/[.;!?\n]+/u).some((clause) => FIRST_PERSON.test(foldKey(clause)) && saysTradeNotTie(clause));
}

/** "đứa cháu 9 tuổi nhà tôi", "thằng cháu nhà tui", "cháu gái của tôi" (folded): a child of the writer's family. */
const NIECE_OF_WRITER = /\b(?:dua|thang|con|be|dua be|con be|thang be) chau(?: (?:trai|gai|ho|ruot))?(?: (?:moi )?\d{1,2} ?(?:tuoi|t))? (?:nha|cua|cua nha) (?:toi|tui|minh)\b|\bchau (?:trai|gai|ho|ruot) (?:cua )?(?:toi|tui)\b/;

/** A grandparent writing ("Bà ngoại đây", "tôi là ông nội của bé", "cháu nội tôi"): their own son or daughter is the child's parent. */
const GRANDPARENT_WRITES = /^(?:[\p{L}]+[,!.]?\s+){0,2}?(?:bà|ông)\s+(?:nội|ngoại)\s+(?:(?:của\s+(?:bé|cháu|em)\s+)?(?:đây|nè|viết|nhắn))|(?:tôi|tui|mình)\s+là\s+(?:bà|ông)\s+(?:nội|ngoại)(?![\p{L}])|cháu\s+(?:nội|ngoại)\s+(?:của\s+)?(?:tôi|tui|mình)(?![\p{L}])|cháu\s+(?:nội|ngoại)\s+(?:của\s+)?(?:bà|ông)(?=\s*(?:[,.;:!?)]|$)|\s+(?:là|năm|đang|bị|nó|hay|có|đã|vừa|mới|cũng)(?![\p{L}]))/iu;
/** Which side the grandparent is on: "nội" (the father's parents), "ngoại" (the mother's), as they say it of themself. */
const GRANDPARENT_SIDE = /(?:(?:bà|ông)\s+|cháu\s+)(nội|ngoại)(?![\p{L}])/iu;
/** "thằng con trai tôi", "con gái của tui": the writer's own son or daughter (NFC). */
const WRITERS_SON_OR_DAUGHTER = /(^|[\s,.;(])(?:(?:thằng|đứa|con)\s+)?con\s+(trai|gái)\s+(?:của\s+)?(?:tôi|tui|mình|bà|ông)(?=[\s,.;:!?)]|$)/giu;

/**
 * "Bà ngoại đây. Cháu gái tôi 13 tuổi mà thằng con trai tôi (bố nó) ...", "Con trai tôi hay đánh cháu nội tôi": to a grandparent,
 * "con trai tôi" is the child's father (a grown-up, never a second child), "con gái tôi" the child's mother; read as such.
 */
function grandparentsChildAsParent(text: string): string {
  const nfc = text.normalize("NFC");
  if (!GRANDPARENT_WRITES.test(nfc.trim())) return text;
  // A paternal grandparent's son is the father, their daughter the father's sister; a maternal one's son is the mother's brother.
  const maternal = GRANDPARENT_SIDE.exec(nfc)?.[1]?.toLowerCase() === "ngoại";
  const kin = (son: boolean) => (son ? (maternal ? "cậu" : "bố") : maternal ? "mẹ" : "cô");
  // "thằng con trai tôi (bố nó)": the writer says which kin their son is to the child; that word is taken.
  const read = nfc.replace(WRITERS_SON_OR_DAUGHTER, (all: string, lead: string, which: string, at: number) => {
    const said = /^\s*\(\s*(bố|mẹ|cha|ba|má|cậu|cô|dì|chú|bác)\s/iu.exec(nfc.slice(at + all.length))?.[1];
    return `${lead}${said ?? kin(which.toLowerCase() === "trai")} cháu`;
  });
  // "con gái bà lấy chồng được mười năm": the husband the writer's daughter married is the child's father (not a stepfather), unless
  // it is a second marriage ("lấy chồng khác", "lấy chồng sau").
  return read.replace(/(mẹ cháu\s+(?:đã\s+)?)lấy chồng(?!\s+(?:khác|sau|mới|hai|lần\s+hai|lại))/giu, "$1lấy bố cháu");
}

/** The words the reporter wrote for who harms, where the reading put "bố cháu" for "con trai tôi" (a grandparent writing). */
export function writersOwnWords(typed: string, quote: string | null): string | null {
  if (!quote || !/^(?:bố|mẹ|cậu|cô)(?: cháu)?$/iu.test(quote.trim())) return quote;
  // The son for a man ("bố", "cậu"), the daughter for a woman ("mẹ", "cô"): never "con gái bà" quoted for the father.
  const son = /^(?:bố|cậu)/iu.test(quote.trim());
  const own = [...typed.normalize("NFC").matchAll(new RegExp(WRITERS_SON_OR_DAUGHTER.source, "giu"))].find((m) => (m[2]!.toLowerCase() === "trai") === son);
  return own ? own[0].replace(/^[\s,.;(]+/u, "") : quote;
}

/** "cháu nội", "cháu ngoại" (a grandchild), typed with marks, or without marks followed by "của bà/ông/tôi"; "my grandson" (folded or not). */
function grandchildOfWriter(text: string): boolean {
  const nfc = text.normalize("NFC");
  if (/(?:^|[^\p{L}])cháu\s+(?:nội|ngoại)(?![\p{L}])/iu.test(nfc)) return true;
  const key = foldKey(text);
  if (/\bmy (?:grandson|granddaughter|grandchild|grandchildren|grandkids?)\b/.test(key)) return true;
  return !hasVietnameseDiacritics(text) && /\bchau (?:noi|ngoai) (?:cua )?(?:ba|ong|toi|tui|minh)\b/.test(key);
}

/** The writer introduces themself as a health worker ("tôi là y sĩ ..."). */
function introducedAsHealthWorker(text: string): boolean {
  return (speakerAsI(text).match(SELF_INTRO) ?? []).some((clause) => HEALTH_WORKER.test(foldKey(clause)));
}

/** "Tôi là Trần Văn Hùng, bố của cháu ...": a name, then the writer's tie to the child. */
const NAMED_PARENT = /(?:[Tt]ôi|[Mm]ình|[Tt]ui|[Ee]m) là (?:\p{Lu}\p{Ll}*\s+){0,3}\p{Lu}\p{Ll}*\s*,?\s*(?:là\s+)?(bố|mẹ|ba|má|cha|ông|bà|dì|cô|chú|bác|cậu|mợ|thím|anh|chị)(?:\s+(?:ruột|nội|ngoại|họ))?\s+(?:của\s+)?(?:cháu|bé|em|con)\b/u;

function introducedAs(text: string): ReporterKind | null {
  const named = NAMED_PARENT.exec(text.normalize("NFC"));
  if (named) return ["bố", "mẹ", "ba", "má", "cha"].includes(named[1]!) ? "parent" : "relative";
  const clauses = speakerAsI(text).match(SELF_INTRO) ?? [];
  for (const clause of clauses) {
    const key = foldKey(clause);
    const hit = INTRO_ROLES.find(([, re]) => re.test(key));
    // "I'm a music teacher living in Hue. A boy ... in the market near my flat": a trade, not a tie to the child, unless a school is told.
    if (hit && !(hit[0] === "teacher" && !TEACHER_LINK.test(foldKey(text)))) return hit[0];
  }
  // "Em là cô giáo dạy lớp 6", "e là hàng xóm": a grown-up who calls themself "em", the role said right after.
  for (const m of text.normalize("NFC").matchAll(EM_INTRO)) {
    const key = foldKey(m[1] ?? "");
    // A child may be "em" to the neighbours too ("em là hàng xóm của nó"): only a grown-up's work says a grown-up here.
    const hit = INTRO_ROLES.filter(([kind]) => kind !== "neighbour").find(([, re]) => new RegExp(`^(?:mot |1 |nguoi )?${re.source.replace(/^\\b/, "")}`).test(key));
    if (hit) return hit[0];
  }
  return null;
}

/** Ties to a child that name no kind of the fact module (folded): a foster or god-parent, a carer, a coach. */
const OWN_TIES = /\b(?:nuoi|do dau|bao mau|giup viec|vu em|gia su|huan luyen vien|thay day|co day|foster|godmother|godfather|godparent|nanny|babysitter|carer|caregiver|coach|tutor|volunteer|tinh nguyen vien|relative|cousin)\b/;
/** Foster parents and kin said in other words are family ("mẹ nuôi", "bà con bên nội", "a relative on his father's side"). */
const OWN_FAMILY = /\b(?:(?:me|bo|cha|ba|ma) nuoi|foster (?:mother|father|parent|mum|mom|dad)s?)\b/;

/**
 * The writer's own words after "tôi là", "I'm", when they tell a tie to the child: family when they say kin (matchRelation),
 * a teacher or neighbour likewise, else someone else with their words kept. Never the child: a grown-up introduces themself here.
 */
function ownIntroduction(text: string): { relation: ReporterRelation; words: string } | null {
  for (const clause of text.normalize("NFC").match(SELF_INTRO) ?? []) {
    const words = clause.replace(/^[\s.!?;,]*(?:tôi là|mình là|tui là|toi la|minh la|tui la|i am|i'm|i’m)\s+/iu, "").trim();
    const key = foldKey(words);
    if (words.length < 3 || words.length > 60 || /^\d/.test(key)) continue;
    const relation = OWN_FAMILY.test(key) ? "family" : matchRelation(words);
    // "an English teacher living in Hue": a trade, not the child's teacher, unless a pupil, a class or a school is told (walk 37).
    if (relation === "teacher" && !TEACHER_LINK.test(foldKey(text))) return { relation: "other", words };
    if (relation === "family" || relation === "teacher" || relation === "neighbour") return { relation, words };
    if (relation === "other" || OWN_TIES.test(key)) return { relation: "other", words };
  }
  return null;
}

/** What ties a teacher to the child (folded): a pupil, a class, a school. */
const TEACHER_LINK = /\b(?:hoc sinh|hs|lop|truong|chu nhiem|diem truong|mam non|mau giao|nha tre|day (?:em|chau|be|no|con)|students?|pupils?|class|classroom|school|kindergarten|tutor(?:ing)?|lessons?)\b/;

/** "Em là ...", "e là ...": what follows, to read a role said right after it. */
const EM_INTRO = /(?:^|[.!?;\n]\s*)(?:em|e|Em|E) (?:là|la)\s+([^.,;!?\n]*)/gu;

/** Each child's age when a story tells of several ("chị 9 tuổi, em 5 tuổi"), the writer's own age left out. */
function childAges(text: string): number[] {
  const key = foldKey(text);
  const ages: number[] = [];
  for (const m of key.matchAll(/(?:(\w+)\s+(?:nam nay\s+)?)?(\d{1,2})\s*(?:tuoi\b|-?\s*years?[- ]old\b|-year\b)/g)) {
    const age = Number(m[2]);
    if (age >= 18 || /^(toi|tui|i)$/.test(m[1] ?? "")) continue;
    if (!ages.includes(age)) ages.push(age);
  }
  // "hai bé 7 với 5 tuổi", "two girls, 15 and 16": the ages listed together, the first without its unit, in the order named.
  for (const m of key.matchAll(/\b(\d{1,2})\s*(?:,|va|voi|and|&)\s*(\d{1,2})\b(?!\s*(?:gio|phut|ngay|thang|nam|km|000|k\b|trieu|nghin|hours?|minutes?|days?|weeks?|months?|years? ago|am|pm|h\b))/g)) {
    const listed = [Number(m[1]), Number(m[2])].filter((a) => a < 18 && a > 0);
    if (listed.length < 2) continue;
    const at = ages.indexOf(listed[1]!);
    for (const a of listed) if (!ages.includes(a)) ages.splice(at >= 0 && a === listed[0] ? at : ages.length, 0, a);
  }
  return ages;
}

/** The writer's own age opening what they say of themself (folded): "con 10 tuổi", "em năm nay 9t", "mình 12 tuổi". */
const WRITER_OWN_AGE = /(?:^|\s)(?<!\b(?:trai|gai|ut|be|cua|nho|thang|dua)\s)(?:con|em|e|chau|minh|mk|tui|toi|t|im|i m|i am)\s+(?:nam nay\s+|moi\s+|da\s+|duoc\s+|la\s+)?(\d{1,2}) ?(?:tuoi|t|years? old|yo)?\b(?!\s*(?:gio|phut|ngay|thang|nam))/;
/** A little brother or sister of the writer with an age (folded): "em con 3 tuổi", "em gái em 2 tuổi", "thằng em 4 tuổi", "my little brother is 3". */
const WRITERS_SIBLING_AGE = /\b(?:em (?:trai|gai|nho|be|ut)(?: (?:cua )?(?:con|em|e|minh|mk|tui|toi|chau))?|em (?:cua )?(?:con|em|e|minh|mk|tui|toi|chau)|thang em|con em|be em|be ut|my (?:little |baby |younger )?(?:brother|sister))\s+(?:moi\s+|nam nay\s+|duoc\s+|da\s+|la\s+|is\s+)?(\d{1,2}) ?(?:tuoi|t|years? old|yo)?\b(?!\s*(?:gio|phut|ngay|thang|nam))/g;
/** The writer's age, then each younger sibling's, when a child names both; null otherwise. */
export function writerAndSiblingAges(text: string): number[] | null {
  const key = foldKey(text);
  // "em con 2 tuoi ... con 9 tuoi": the "con 2 tuoi" inside the sibling's words is the sibling's age, not the writer's (walk 55 said "2 và 2").
  const sibs = [...key.matchAll(WRITERS_SIBLING_AGE)].map((m) => [m.index, m.index + m[0].length] as const);
  const own = [...key.matchAll(new RegExp(WRITER_OWN_AGE.source, "g"))].find((m) => !sibs.some(([a, b]) => m.index + 1 > a && m.index < b)) ?? null;
  if (!own || Number(own[1]) >= 18) return null;
  const siblings = [...key.matchAll(WRITERS_SIBLING_AGE)].filter((m) => m.index !== own.index && !key.slice(own.index, own.index + own[0].length + 1).includes(m[0])).map((m) => Number(m[1])).filter((a) => a < 18);
  return siblings.length > 0 ? [Number(own[1]), ...siblings.filter((a, i) => siblings.indexOf(a) === i)] : null;
}

/**
 * A day named by its date ("Ngày 02/12/2026", "hôm 2/12", "ngay 30/11", "on 2/12"), as written, when the story names no other time
 * (walk 40: a police officer's "Ngày 02/12/2026, ..." was asked when it happened). A date of birth ("sinh ngày ...") is none.
 */
function dateSaid(text: string): string | null {
  const nfc = text.normalize("NFC");
  const m = /(?<![\p{L}\d/])((?:(?:ngày|ngay|hôm|hom|bữa|bua|sáng|sang|chiều|chieu|tối|toi|đêm|dem|trưa|trua|on)\s+)?)(\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)(?![\d/])/iu.exec(nfc);
  // "lúc 11 giờ đêm", "at 11 pm": the hour the writer saw it, as written, when no day is named.
  if (!m) return /(?<!\p{L})(?:lúc|luc|vào lúc|vao luc)\s+\d{1,2}\s*(?:giờ|gio|h)(?:\s*\d{1,2})?\s+(?:đêm|dem|tối|toi|sáng|sang|chiều|chieu|trưa|trua|khuya)(?!\p{L})|(?<!\p{L})at\s+\d{1,2}(?::\d{2})?\s*(?:pm|am|at night|in the (?:evening|morning|afternoon))(?!\p{L})/iu.exec(nfc)?.[0].toLowerCase() ?? null;
  const before = foldKey(nfc.slice(Math.max(0, m.index - 12), m.index));
  if (/\b(?:sinh|born|dob|ngay sinh|birth)\s*(?:ngay|on)?\s*$/.test(before)) return null;
  const [d, mo] = m[2]!.split("/").map(Number);
  if (!d || !mo || d > 31 || mo > 12) return null;
  return `${m[1]!.trim() ? m[1]!.trim().toLowerCase() + " " : ""}${m[2]}`;
}

/** How often, said before the latest time ("thường xuyên; gần nhất: tối qua"). */
const OFTEN: Record<Language, string> = { vi: "thường xuyên", en: "often" };
const LATEST_WORD: Record<Language, string> = { vi: "gần nhất", en: "last time" };
const LATEST_SAID = /; (?:gần nhất|last time): /u;

/** "thường xuyên; gần nhất: tối qua", "từ tháng 9; gần nhất: hôm qua", "often; last time: last night". */
export function oftenAndLatest(often: string, latest: string, lang: Language): string {
  return `${often}; ${LATEST_WORD[lang]}: ${latest}`;
}

/** The time says how often and the latest time together (the summary shows it as it is, with no "last time" label before it). */
export function saysOftenAndLatest(when: string | null): boolean {
  return when !== null && LATEST_SAID.test(when);
}

/**
 * A latest time told later ("tối qua lại đánh") with what was known of how often: "thường xuyên; gần nhất: tối qua" when the harm
 * was said to repeat (or since when), the latest time alone otherwise.
 */
export function withLatest(when: string | null, latest: string, lang: Language): string {
  if (saysOftenAndLatest(latest) || !when) return latest;
  const often = saysOftenAndLatest(when) ? when.split("; ")[0]! : when === "repeated" ? OFTEN[lang] : SINCE.test(when) || extractReportFacts(when).when === "repeated" ? when : null;
  return often ? oftenAndLatest(often, latest, lang) : latest;
}

/**
 * "phường Tân Định TP Hồ" (of "phường Tân Định TP Hồ Chí Minh"): the start of the province's name read into the commune is no part
 * of it (walk 48); a commune keeps at least its level and one word of its name.
 */
function withoutProvinceTail(commune: string): string {
  const cut = commune.replace(/\s+(?:TP\.?|Tp\.?|tp\.?|thành phố|Thành phố|Thành Phố|tỉnh|Tỉnh)(?:\s+.*)?$/u, "").trim();
  return cut.split(/\s+/).length >= 2 ? cut : commune;
}

/** "lần gần nhất là ...", "gần đây nhất là ...", "lần cuối là ..." (NFC): the words after it name the latest time. */
const LAST_IS = /(?:lần gần nhất|lần gần đây nhất|gần đây nhất|lần cuối(?: cùng)?|lan gan nhat|lan cuoi)\s*(?:là|la|:|vào|vao)?\s*([^,.;!?\n]+)/iu;
/** Today's time told with "again" (NFC): "hôm nay lại đánh", "sáng nay nó lại đánh tiếp". */
const TODAY_AGAIN = /(?<![\p{L}])((?:hôm|sáng|trưa|chiều) nay)(?=(?:\s+\S+){0,3}\s+(?:lại|tiếp|nữa)(?![\p{L}]))/iu;

/**
 * The latest time the story says as such ("lần gần nhất là chiều qua") or today told with "again" ("tháng trước ..., hôm nay lại
 * đánh"), as written; null when it says none, or when it is the time the fact module reads already.
 */
function latestSaid(text: string, facts: ReportFacts): string | null {
  const nfc = text.normalize("NFC");
  const last = LAST_IS.exec(nfc);
  const read = last ? extractReportFacts(last[1]!) : null;
  const quote = read?.whenQuote?.trim().toLowerCase() ?? (facts.times.includes("today") && facts.when !== "today" && facts.when !== "now" && facts.when !== "tonight" ? TODAY_AGAIN.exec(nfc)?.[1]?.toLowerCase() : null) ?? null;
  if (!quote || quote.split(/\s+/).length > 5 || /^(?:vừa|vừa mới|mới|bây giờ|giờ|đang)$/iu.test(quote)) return null;
  return quote;
}

/** Times more recent than "again and again": the latest time a story of repeated harm may name. */
const LATER_TIMES: ReadonlySet<WhenFact> = new Set(["now", "tonight", "today", "recent"]);

/**
 * The latest time a story of repeated harm names besides how often ("bố hay đánh nó, lần gần nhất tối qua" gives "tối qua"), as
 * written; null when it names none. The fact module gives the quote of its main time only, so the words of how often are taken
 * out and the rest read again.
 */
function latestTime(text: string, facts: ReportFacts): string | null {
  if (!facts.times.some((t) => LATER_TIMES.has(t))) return null;
  let rest = text.normalize("NFC");
  let read = facts;
  for (let i = 0; i < 4 && read.whenQuote && !LATER_TIMES.has(read.when!); i += 1) {
    const at = rest.toLowerCase().indexOf(read.whenQuote.toLowerCase());
    if (at < 0) return null;
    rest = `${rest.slice(0, at)} ${rest.slice(at + read.whenQuote.length)}`;
    read = extractReportFacts(rest);
  }
  const quote = read.when && LATER_TIMES.has(read.when) ? read.whenQuote?.trim().toLowerCase() : null;
  return quote && quote.split(/\s+/).length <= 4 && !/^(?:vừa|vừa mới|mới|vua|vua moi|moi|now|bây giờ|bay gio|giờ|gio|đang|dang)$/iu.test(quote) ? quote : null;
}

/** "hồi lớp" + "4" in the text: a time named by a grade, a year or a month keeps its number ("hồi lớp 4", "năm lớp 3", "hồi tháng 9"). */
/**
 * The writer lives beside the child (folded): "mình ở phòng trọ ngay sát vách", "tôi thuê phòng kế bên", "nhà tui sát vách", "I live
 * next door"; the writer's word then a verb of living (not "em bé ở nhà bên cạnh", where "em" is the child).
 */
const WRITER_BESIDE = /(?:^|[.,;!?]\s*|\s)(?:(?:toi|tui|minh|mk|mik|em|e)\s+(?:chi\s+|cung\s+|thi\s+)?(?:o|song|thue|tro|o tro|thue tro)|nha\s+(?:toi|tui|minh|em|e)|phong\s+(?:toi|tui|minh|em|e))\s+(?:\S+\s+){0,4}?(?:sat vach|vach ben|ke ben|ben canh|sat ben|canh nha|canh phong|doi dien|chung day(?: tro)?|cung day(?: tro)?)\b|\bi live (?:right )?(?:next door|across the (?:street|hall|road))\b/;

/** The child's home named by the writer's (folded): "phòng trọ cạnh phòng tui có bé", "nhà kế bên nhà tôi", "hàng xóm nhà em có bé gái". */
const CHILD_NEXT_TO_WRITER = /\b(?:nha|phong|phong tro|can ho)\s+(?:sat vach|ke ben|ben canh|canh|sat|doi dien)\s+(?:nha|phong|can ho)?\s*(?:toi|tui|minh|em|e)\b|\bhang xom\s+(?:nha\s+|cua\s+|ben nha\s+)?(?:toi|tui|minh|em|e)\s+(?:co|la)\s+(?:\S+\s+){0,2}?(?:be|chau|dua|thang|con|em be|tre|hai dua|2 dua)\b/;

/**
 * The child's home beside the writer's, said loosely or in English (folded): "con bé nhà trọ bên cạnh", "căn hộ đối diện", "the flat
 * next to mine", "the family across the hall", "the kid upstairs". Not a house beside a school or a market, nor crossing a street.
 */
const BESIDE_IN_OWN_WORDS = /\b(?:nha tro|phong tro|day tro|can ho|nha)\s+(?:ngay\s+)?(?:ben canh|ke ben|sat vach|sat ben|canh ben|doi dien)\b(?!\s+(?:truong|cho|chua|nha tho|cong ty|xuong|quan|tiem|duong|song|ubnd|uy ban|cong an|tram|benh vien))|\b(?:flat|apartment|unit|room|house|home|place|door)\s+(?:right\s+)?next (?:to|door to) (?:mine|ours|me|us|my (?:flat|apartment|unit|room|house|place|home)|our (?:flat|apartment|unit|room|house|place|home))\b|\bacross the (?:hall|hallway|corridor|landing)\b|\b(?:family|families|people|couple|kid|kids|child|children|boy|girl|baby|toddler|house|flat|apartment|unit|neighbou?rs?)\s+(?:right\s+)?(?:across the (?:street|road|lane|alley)|upstairs|downstairs|above (?:me|us|mine|ours)|below (?:me|us|mine|ours)|on (?:my|our) floor)\b/;

/**
 * The writer's spouse's family (folded): "bên nhà vợ", "nhà chồng tôi", "cháu vợ tôi", "my wife's niece", "my husband's nephew".
 * Not "bên nhà chồng" alone, which is the family a married girl lives with.
 */
const SPOUSES_KIN = /\bben nha vo\b|\b(?:ben\s+)?nha (?:vo|chong) (?:toi|tui|minh|anh|em|t)\b|\b(?:chau|chau gai|chau trai|chau ho|em ho|con)(?: (?:gai|trai))? (?:ben )?(?:nha )?(?:vo|chong) (?:toi|tui|minh)\b|\bmy (?:wife|husband|partner|spouse|girlfriend|boyfriend|fiancee?|brother|sister|cousin|son|daughter|mum|mom|mother|dad|father|aunt|uncle)(?: in law)? s (?:niece|nephew|grandson|granddaughter|grandchild|grandkids?|son|daughter|stepson|stepdaughter|kid|kids|child|children|boy|girl|little (?:boy|girl|one|brother|sister)|baby|brother|sister|cousin)\b/;

/**
 * The writer says they teach the child (folded): "I teach her", "we tutor the boy". Not "tôi dạy nó" alone: a parent raises ("dạy")
 * their own child too.
 */
const TEACHES_CHILD_EN = /\b(?:i|we)\s+(?:teach|tutor)\s+(?:her|him|them|the (?:boy|girl|child|kid|kids|children)|this (?:boy|girl|child|kid))\b/;
/**
 * The teacher speaking, as the whole first clause of the message (folded): "cô chủ nhiệm của cháu đây", "thầy dạy em ấy đây ạ",
 * "cô giáo đây ạ", "co chu nhiem cua be day a". Not "thầy dạy em đấy hay gọi em ở lại" (the teacher who harms), nor such words later.
 */
const TEACHER_HERE = /^(?:(?:chao|xin chao|da|vang|thua|kinh chao)(?: (?:anh chi|anh|chi|ban|ad|admin|tong dai|moi nguoi|co chu))?\s+)*(?:co giao|thay giao|giao vien|gv|co|thay)(?:\s+(?:chu nhiem|day)(?: lop(?: \w+)?| (?:toan|van|tieng anh|anh van|the duc|nhac|ve|piano|dan|them|ly|hoa|sinh|su|dia|tieng viet))?)?(?:\s+(?:cua\s+)?(?:chau|be|em|no|con be|thang be|chau be|em ay|chau ay|be ay))?\s+day(?:\s+(?:a|nhe|nha))?$/;
/** The fact module's reading of a teacher opening the message (content/triage/facts-lexicon.json), which "thầy dạy toán đánh ..." also fits (folded). */
const TEACHER_OPENING_READ = /^(?:co giao|thay giao|giao vien|co|thay)(?: chu nhiem| day)?(?: lop \w+)?(?: day| day a| day nhe)\b/;
/** A clause that goes on with what someone does, with no one named first (folded): "... đấy, hay đánh em", "..., cứ bắt em ở lại". */
const PREDICATE_FIRST = /^(?:hay|thuong|cu|van|suot ngay|ngay nao cung|toi nao cung|bat|danh|dap|tat|chui|so|so mo|sam so|om|hon|goi|doa|nhot|phat|ep|khong cho|keo|dua|du|lua)\b/;
/** A child giving their own age under 16 or their grade ("em 12 tuổi", "mình học lớp 6", "I'm 11") (folded). */
const CHILD_OWN_AGE_OR_GRADE = /(?:^|\s)(em|e|minh|mk|mik|to|tui|tao)\s+(?:nam nay\s+|moi\s+|da\s+|duoc\s+)?(?:(\d{1,2})\s*(?:tuoi|t)\b|(?:dang\s+)?hoc\s+lop\s+\d{1,2}\b)|\b(?:i m|im|i am)\s+(?:only\s+|just\s+)?(\d{1,2})\b/;

/**
 * The writer says they teach the child: "I teach her", "cô chủ nhiệm của cháu đây" opening the message. Never a teacher told of as
 * the one who harms ("người đó là thầy dạy em đấy"), nor when a child writes of themself ("em 12 tuổi", "mình học lớp 6", "I'm 11").
 */
function teacherWrites(text: string): boolean {
  const nfc = text.normalize("NFC");
  const clauses = nfc.split(/[.,;:!?\n]/u).filter((c) => c.trim());
  const first = clauses[0] ?? "";
  const firstKey = foldKey(first);
  const here = TEACHER_HERE.exec(firstKey);
  // Typed with tones, the last word must be "đây" (here): "thầy dạy em đấy" (that one) names a teacher told of; "..., hay đánh em"
  // after it goes on with what that teacher does.
  const lastWord = first.toLowerCase().trim().replace(/(?:\s+(?:ạ|a|nhé|nhe|nha))+$/u, "").split(/\s+/u).at(-1) ?? "";
  const spoken = here !== null && (!hasVietnameseDiacritics(first) || lastWord === "đây" || lastWord === "day") && !PREDICATE_FIRST.test(foldKey(clauses[1] ?? ""));
  const english = TEACHES_CHILD_EN.test(foldKey(nfc));
  if (!spoken && !english) return false;
  // "Thầy dạy em ấy đây, em ấy 12 tuổi": the pupil's "em" is no child writing; any other child's own age or grade is.
  const pupil = spoken ? /\b(em|be|chau|no)(?: ay)?\s+day(?:\s+(?:a|nhe|nha))?$/.exec(firstKey)?.[1] : undefined;
  const scan = spoken ? foldKey(nfc.slice(nfc.indexOf(first) + first.length)) : foldKey(nfc);
  return ![...scan.matchAll(new RegExp(CHILD_OWN_AGE_OR_GRADE, "g"))].some((m) => {
    if (pupil === "em" && /^(?:em|e)$/.test(m[1] ?? "")) return false;
    const age = Number(m[2] ?? m[3] ?? NaN);
    return Number.isNaN(age) || age < 16;
  });
}

/**
 * The fact module's teacher, when it read only a teacher named first ("Thầy dạy toán đánh thằng bé", "thầy dạy bé đấy hay bắt bé ở
 * lại"): that teacher is the one told of, not the writer, unless the teacher speaks ("cô giáo đây ạ"); the writer is read again without it.
 */
function writerNotTheTeacherNamed(reporter: ReporterKind | null, text: string): ReporterKind | null {
  if (reporter !== "teacher" || !TEACHER_OPENING_READ.test(foldKey(text)) || teacherWrites(text)) return reporter;
  return extractReportFacts(`tin: ${text}`).reporter;
}

/**
 * The writer's tie said of themself in their own words: their spouse's kin (family), teaching the child (teacher). It wins only over
 * no reading or the fact module's neighbour ("bên nhà vợ" read as "bên nhà", next door).
 */
function tieSaidOfSelf(text: string): StoryReporter | null {
  const key = foldKey(text);
  if (SPOUSES_KIN.test(key)) return "relative";
  if (teacherWrites(text)) return "teacher";
  return null;
}

/** A weekday just before a week word (as typed): "thứ sáu", "thứ 6", "thứ bảy", "chủ nhật", "t7", "cn". */
const WEEKDAY_BEFORE = /((?:thứ|thu)\s+(?:hai|ba|tư|tu|năm|nam|sáu|sau|bảy|bay|[2-7])|(?:chủ nhật|chu nhat|cn|t[2-7]))\s+$/iu;

function withItsNumber(named: string, text: string): string {
  // "thứ sáu tuần rồi", "hôm t7 tuần trước", "chủ nhật tuần trước": the weekday before "tuần rồi" is the day (walk 47).
  if (/^(?:tuần|tuan) (?:rồi|roi|trước|truoc|vừa rồi|vua roi|qua)$/iu.test(named)) {
    const nfc = text.normalize("NFC");
    const at = nfc.toLowerCase().indexOf(named.toLowerCase());
    const day = at > 0 ? WEEKDAY_BEFORE.exec(nfc.slice(0, at))?.[1] : undefined;
    if (day) return `${day} ${named}`;
  }
  // "3 ngày nay", "mấy hôm nay", "2 tuần nay": how long, said with its count ("ngày nay" alone is "nowadays").
  if (/^(?:ngày|ngay|hôm|hom|tuần|tuan|tháng|thang|năm|nam|bữa|bua) (?:nay|rày|ray|ni)$/iu.test(named)) {
    const nfc = text.normalize("NFC").toLowerCase();
    const at = nfc.indexOf(named.toLowerCase());
    const count = at > 0 ? /(\d{1,3}|mấy|may|vài|vai|hai|ba|bốn|bon|năm|mười|muoi|cả|ca)\s+$/iu.exec(nfc.slice(0, at))?.[1] : undefined;
    return count ? `${count} ${named}` : named;
  }
  // "three weeks ago", "a couple of days ago": the count before an English "… ago" is kept.
  if (/^(?:days|weeks|months|years) ago$/iu.test(named)) {
    const nfc = text.normalize("NFC").toLowerCase();
    const at = nfc.indexOf(named.toLowerCase());
    const count = at > 0 ? /(?:\d{1,3}|a few|a couple of|a couple|several|two|three|four|five|six|seven|eight|nine|ten)\s+$/iu.exec(nfc.slice(0, at))?.[0] : undefined;
    return count ? `${count}${named}` : named;
  }
  if (!/(?:lớp|lop|năm|nam|tháng|thang)$/iu.test(named)) return named;
  const at = text.normalize("NFC").toLowerCase().indexOf(named);
  const number = at >= 0 ? /^\s+(\d{1,4}[a-z]?)\b/iu.exec(text.normalize("NFC").slice(at + named.length))?.[1] : undefined;
  return number ? `${named} ${number}` : named;
}

/** Said after a time that is ahead: "sau tết", "ra tết", "after Tet" (folded), which the fact module does not date. */
const AFTER_TET = /\b(?:sau|ra|qua|after(?: the)?) (?:tet|lunar new year)\b/;

/**
 * "vào ngày 20 tháng sau", "next month", "sau tết": a harm planned ahead (a wedding, a departure) is when the story says it
 * will be, as written, with the day when one is given; nothing when the story tells no plan.
 */
function plannedWhen(text: string, ahead: string | null, harm: RegExp = PLANNED_HARM): string | null {
  const nfc = text.normalize("NFC");
  // Only a harm planned for then: a wedding, a departure, a sale ("Ngày 20 tháng sau trường họp phụ huynh" is no time of the harm).
  const sentence = nfc.split(/(?<=[.;!?\n])\s*/).find((x) => (ahead ? x.toLowerCase().includes(ahead.toLowerCase()) : AFTER_TET.test(foldKey(x)))) ?? "";
  if (!harm.test(foldKey(sentence))) return null;
  if (ahead) {
    const at = nfc.toLowerCase().indexOf(ahead.toLowerCase());
    if (at < 0) return ahead;
    const before = /(?:(?:ngày|ngay|hôm|hom|the)\s+\d{1,2}(?:\/\d{1,2})?(?:st|nd|rd|th)?\s+(?:of\s+)?)$/iu.exec(nfc.slice(0, at))?.[0] ?? "";
    const after = /^\s+(?:tới|toi|sau|này|nay)\b/iu.exec(nfc.slice(at + ahead.length))?.[0] ?? "";
    return `${before}${nfc.slice(at, at + ahead.length)}${after}`.trim().toLowerCase();
  }
  const tet = AFTER_TET_WRITTEN.exec(nfc) ?? AFTER_TET.exec(foldKey(text));
  return tet ? tet[0].toLowerCase() : null;
}

/** A time said ahead ("ngày 20 tháng sau", "next month", "sau tết", "on sunday (planned)"): the fact module's times ahead, and after Tết. */
export function isTimeAhead(when: string): boolean {
  return extractReportFacts(when).ahead !== null || AFTER_TET.test(foldKey(when)) || PLANNED_MARK.test(when);
}

/** What marks a day ahead that its words alone do not date ("on sunday" may be past): officers read it as planned. */
const PLANNED_MARK = /\((?:planned|dự kiến)\)$/u;
const PLANNED_WORD: Record<Language, string> = { vi: "dự kiến", en: "planned" };

/** "cuối tuần này", "this weekend": the soon the fact module read is the plan's own day. */
function sameDayAhead(facts: ReportFacts): boolean {
  const quote = facts.whenQuote?.trim().toLowerCase();
  return !!quote && !!facts.aheadQuote && facts.aheadQuote.toLowerCase().includes(quote);
}

/** A day ahead a harm is planned for, as written, marked planned when its words alone do not say it is ahead ("on sunday"). */
function soonPlannedWhen(text: string, ahead: string | null, lang: Language): string | null {
  const planned = plannedWhen(text, ahead, new RegExp(`${PLANNED_HARM.source}|${TAKEN_SOON.source}`));
  if (!planned) return null;
  return extractReportFacts(planned).ahead ? planned : `${planned} (${PLANNED_WORD[lang]})`;
}

/**
 * The day in the coming days a harm or a taking of the child is planned for, as written ("thứ bảy này", "saturday (planned)"),
 * when the story tells such a plan ("hẹn thứ bảy này chở bé đi chơi", "he'll pick her up Saturday"); null when it tells none.
 */
export function plannedDay(text: string, lang: Language): string | null {
  const facts = extractReportFacts(text);
  return facts.ahead === "days_ahead" ? soonPlannedWhen(text, facts.aheadQuote, lang) : null;
}

/**
 * "bạn em bị ba bạn ấy đánh", "I'm 13. My friend's stepdad beats her": a child who writes of a friend who is harmed, read from the
 * story itself (the friend is the child of the report, the writer their reporter), before any question is asked.
 */
export function toldOfFriend(text: string, deps: ReportFlowDeps): boolean {
  if (!isChildWriter(text) && !isChildReporter(extractReportFacts(text), text) && !FIRST_PERSON_AGE.some((re) => re.test(foldKey(text)))) return false;
  if (siblingOfWriter(text) !== null) return false;
  const read = valuesOf(extractReportFacts(speakerAsI(text)), text, null, "vi", deps).reporter;
  return read?.reporterRelation === "other" && read.reporterRelationText === REPORTER_TEXT.friend!.vi;
}

/** "sau tết", "ra Tết", "after Tet", as written. */
const AFTER_TET_WRITTEN = /(?:sau|ra|qua) tết|after (?:the )?(?:tet|lunar new year)/iu;
/** A plan for the coming days that takes the child ("tới đón nó sang", "đưa bé đi theo", "picking her up"), besides the harms planned ahead (folded). */
const TAKEN_SOON = /\b(?:(?:toi|den|qua) don|don (?:\S+ )?(?:sang|len)|dua (?:\S+ )?(?:sang|theo)|picking (?:her|him|them) up|collect(?:s|ing)? (?:her|him|them)|taking (?:her|him|them))\b|\b(?:hen|se|dinh|tinh|doi|nhan|noi) (?:\S+ ){0,4}?(?:dua|dan|cho|don|bat|mang|dem|ruoc|keo) (?:be|no|con be|thang be|chau|em|con)\b(?! (?:an|hoc|ngu)\b)|\b(?:will|ll|going to|gonna|plans? to|wants? to) (?:\S+ ){0,2}?(?:pick|take|collect|fetch) (?:her|him|them)\b/;

/** What is planned is a harm: a marriage, a departure, a sale, or a meeting in person set up ("hẹn ra quán net gặp mặt", "meet him in person", walk 52) (folded). */
/** A child's wedding planned (folded): "gả", "lấy chồng", "tảo hôn", "đám cưới", "marry her off". */
const WEDDING = new RegExp(`${/\b(?:ga|lay chong|lay vo|tao hon|dam cuoi|hoi cuoi|an hoi|cuoi chong|marry|married|marrying|marriage|wedding)\b/.source}|${MARRIAGE_WORDS.source}`);
const PLANNED_HARM = new RegExp(`${/\b(?:ga|cuoi|lay chong|lay vo|tao hon|dam cuoi|hoi cuoi|an hoi|dua (?:\S+ )?di|dan (?:\S+ )?di|dat (?:\S+ )?di|sang (?:trung quoc|campuchia|lao|nuoc ngoai|han|dai loan)|xuat canh|di lam|ban (?:\S+ )?(?:cho|sang)|don (?:\S+ )?di|marry|married|marrying|marriage|wedding|take (?:her|him|them) (?:away|to|abroad)|pick (?:her|him|them) up|send (?:her|him|them)|leave for|go to work|sell|gap mat|hen gap|meet (?:up|in person)|meet (?:her|him|them))\b/.source}|${MARRIAGE_WORDS.source}`);

/** "từ tháng 9", "since September": when it started, kept as written when the fact module reads no time. */
const SINCE = /(?:^|[\s,(])((?:từ|since)\s+(?:(?:đầu|cuối|giữa)\s+(?:năm|tháng|tuần)(?:\s+(?:nay|này|ngoái|trước))?|(?:(?:đầu|cuối|giữa)\s+)?(?:tháng\s+\d{1,2}(?:\/\d{2,4})?|tháng\s+(?:trước|này)|năm\s+(?:ngoái|trước|nay)|tuần\s+trước|hôm\s+\S+|tết|hè|\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|ngày\s+\d{1,2}\/\d{1,2}(?:\/\d{2,4})?|last\s+(?:week|month|year)|(?:january|february|march|april|may|june|july|august|september|october|november|december))))/iu;
const SINCE_FOLDED = /(?:^|[\s,(])(tu\s+(?:(?:dau|cuoi|giua)\s+(?:nam|thang|tuan)(?:\s+(?:nay|ngoai|truoc))?|(?:(?:dau|cuoi|giua)\s+)?(?:thang\s+\d{1,2}|thang\s+truoc|nam\s+ngoai|tuan\s+truoc)))\b/;

/** Where the child lives or whether they go to school (folded): a state a "since" may date, not a harm. */
const LIVING_OR_SCHOOL = /\b(?:(?:sang|ve|qua|chuyen|don)\s+(?:\S+\s+)?o\s+(?:voi|cung|nha)|o voi|song voi|o cung|song cung|nghi hoc|bo hoc|thoi hoc|khong (?:con )?(?:di|den|toi) (?:hoc|truong|lop)|moved|lives? with|living with|stay(?:s|ing)? with|been to school|gone to school|go(?:ne)? to school|attended school|out of school|dropped out)\b/;
/**
 * A harm told in the same sentence (folded): then the "since" dates it too. Being made to leave school is one ("bị cha mẹ bắt nghỉ
 * học từ tháng 9 để lên rẫy", "không cho đi học từ đầu năm", "kept out of school since March"): the "since" is when it began.
 */
const HARM_IN_SENTENCE = /\b(?:danh|chui|nhot|hiep|xam hai|sam so|so mo|so soang|bo doi|bat lam|ep|hit|hits|hitting|beat|beats|beating|touch|touches|touched|abuse|abused|locks?|starv\w*|bat (?:\S+ )?(?:nghi|bo|thoi) hoc|khong cho (?:\S+ )?(?:di )?hoc|cho (?:\S+ )?nghi hoc|kept (?:\S+ )?out of school|made (?:\S+ )?(?:to )?(?:leave|quit|stop) school|(?:won t|wouldn t|doesn t|don t|didn t) let (?:\S+ )?(?:go to|attend) school)\b/;

function sinceWhen(text: string): string | null {
  const found = sinceFound(text);
  return found && !found.state ? found.hit : null;
}

/** The text without a "since" of where the child lives or of missing school: its time is no latest time of the harm either. */
function withoutStateSince(text: string): string {
  const found = sinceFound(text);
  return found?.state ? `${text.normalize("NFC").slice(0, found.at)} ${text.normalize("NFC").slice(found.at + found.length)}` : text;
}

/** "for two months", "over the past three weeks" (English): a duration. */
const FOR_DURATION = /(?:^|[\s,(])((?:for|over)\s+(?:the\s+(?:past|last)\s+)?(?:a|one|two|three|four|five|six|seven|eight|nine|ten|several|a\s+few|few|a\s+couple\s+of|couple\s+of|\d{1,2})\s+(?:days?|weeks?|months?|years?))\b/iu;
/** Told in the present perfect or as going on (English): "has been messaging", "have been", "keeps". */
const GOES_ON_EN = /\b(?:has|have|s|ve)\s+been\b|\bkeeps?\b/iu;

/**
 * "For two months an adult has been messaging him", "he has been texting her for three weeks": a duration up to now, in a sentence
 * that says it goes on, is the time (walk 46: asked "When did this happen?" again).
 */
function durationUpToNow(nfc: string): RegExpExecArray | null {
  const m = FOR_DURATION.exec(nfc);
  if (!m) return null;
  const start = Math.max(nfc.lastIndexOf(".", m.index), nfc.lastIndexOf("!", m.index), nfc.lastIndexOf("?", m.index), nfc.lastIndexOf("\n", m.index)) + 1;
  const ends = [".", "!", "?", "\n"].map((c) => nfc.indexOf(c, m.index + m[0].length)).filter((i) => i >= 0);
  return GOES_ON_EN.test(nfc.slice(start, ends.length > 0 ? Math.min(...ends) : nfc.length)) ? m : null;
}

function sinceFound(text: string): { hit: string; state: boolean; at: number; length: number } | null {
  const nfc = text.normalize("NFC");
  const found = SINCE.exec(nfc) ?? (/[^\x00-\x7f]/.test(nfc) ? null : SINCE_FOLDED.exec(nfc.toLowerCase())) ?? durationUpToNow(nfc);
  const hit = found?.[1];
  if (!hit || found.index === undefined) return null;
  // "He hasn't been to school since September", "Từ tuần trước nó sang ở với bà ngoại rồi": the start of where the child lives or of
  // missing school, in a sentence that tells no harm, is no time of the harm (walk 43: "last time: since september").
  const at = found.index;
  const start = Math.max(nfc.lastIndexOf(".", at), nfc.lastIndexOf("!", at), nfc.lastIndexOf("?", at), nfc.lastIndexOf("\n", at)) + 1;
  const ends = [".", "!", "?", "\n"].map((c) => nfc.indexOf(c, at + found[0].length)).filter((i) => i >= 0);
  const sentence = foldKey(nfc.slice(start, ends.length > 0 ? Math.min(...ends) : nfc.length));
  return { hit: hit.trim(), state: LIVING_OR_SCHOOL.test(sentence) && !HARM_IN_SENTENCE.test(sentence), at, length: found[0].length };
}

/** "in Ta Van commune", "Hoa Xuan ward": an English story names the commune after its name. */
const EN_COMMUNE = /\b((?:[A-ZĐÀ-Ỹ][\p{L}'-]*\s+){0,3}[A-ZĐÀ-Ỹ][\p{L}'-]*)\s+(commune|ward|village|town)\b/u;

/** "they live in cam le ward", "in hoa vang commune": the same, typed in lower case after a word of where (ward and commune only). */
const EN_COMMUNE_LOWER = /\b(?:in|at|from|of)\s+((?:[\p{Ll}][\p{L}'-]*\s+){0,2}[\p{Ll}][\p{L}'-]*)\s+(commune|ward)\b/u;

/** "in Ward 7", "Ward 12, District 10": a ward of before 2025 named by its number, in English. */
const EN_NUMBERED_WARD = /\b(Ward|ward)\s+(\d{1,2})\b/gu;
/** A ward of a hospital or a clinic, said in the same sentence: "admitted to ward 12 at the children's hospital". */
const CARE_WARD = /\b(?:hospital|clinic|medical|infirmary|icu|bed|room|admitted|surgery|nurses?|doctors?)\b|b[eệ]nh vi[eệ]n|ph[oò]ng kh[aá]m/iu;

/**
 * "in Ward 7", "Ward 12, District 10", "Building in Ward 7, Ho Chi Minh City": the old numbered ward where the child is, said after
 * in / at / of, opening its sentence, or with a district or city after it; never a hospital's or a clinic's ward.
 */
function numberedWard(text: string): string | null {
  for (const m of text.matchAll(EN_NUMBERED_WARD)) {
    const start = m.index;
    const end = start + m[0].length;
    const sentenceStart = Math.max(...[".", "!", "?", ";", "\n"].map((c) => text.lastIndexOf(c, start - 1))) + 1;
    const stops = [".", "!", "?", ";", "\n"].map((c) => text.indexOf(c, end)).filter((i) => i >= 0);
    const sentence = text.slice(sentenceStart, stops.length ? Math.min(...stops) : text.length);
    if (CARE_WARD.test(sentence)) continue;
    const before = text.slice(sentenceStart, start);
    const after = text.slice(end, end + 40);
    if (/\b(?:in|at|of)\s+$/iu.test(before) || /^\s*$/u.test(before) || /^\s*,?\s*(?:District|Dist\.?|Quan|Quận|Q\.|City|Ho Chi Minh|HCMC|Saigon|Sai Gon|Hanoi|Ha Noi)\b/iu.test(after)) return `Ward ${m[2]}`;
  }
  return null;
}

function englishCommune(text: string): string | null {
  const numbered = numberedWard(text.normalize("NFC"));
  if (numbered) return numbered;
  const m = EN_COMMUNE.exec(text.normalize("NFC"));
  if (!m) {
    const low = EN_COMMUNE_LOWER.exec(text.normalize("NFC"));
    const name = low?.[1]?.trim() ?? "";
    return name && !/\b(?:the|a|an|my|his|her|their|our|this|that|same|other|next|poor|old|new)\b/.test(name) ? `${name} ${low![2]}` : null;
  }
  const name = m[1]!.replace(/^(?:In|At|The|From|Of)\s+/u, "").trim();
  return name && !/^(I|My|His|Her|A|The)$/u.test(name) ? `${name} ${m[2]}` : null;
}

/** The writer passing by when they saw or heard it (folded): "tôi đi ngang qua ... nghe", "tui đi ngang nghe", "I was walking past". */
const PASSING_BY = /\b(?:toi|tui|minh|em|t|e)\s+(?:\S+\s+){0,2}?(?:di ngang|di ngang qua|di qua|chay xe ngang|chay ngang)\b.{0,80}?\b(?:nghe|thay)\b|^(?:\S+\s+){0,2}?(?:di ngang|di ngang qua)\s+(?:\S+\s+){0,6}?(?:nghe|thay)\b|\bi (?:was )?(?:walking|walked|passing|passed|driving|drove|cycling|rode) (?:by|past)\b/;

/** A child held now (folded): locked up or kept and not let go, or kept until a ransom is paid. */
const HELD_NOW = /\b(?:dang|van|van dang|gio|bay gio|hien|hien dang|gio dang)\s+bi\s+(?:nhot|giam|giu|khoa trai|cam tu|bat giu)\b|\b(?:doi|bat (?:nop|tra|gui|chuyen))\s+(?:\S+\s+){0,4}?(?:moi|thi)\s+(?:tha|cho ve)\b|\btien chuoc\b|\bkhong cho (?:ra ngoai|ve|ve nha|di dau)\b|\b(?:is|are|being|still) (?:held|locked up|kept|detained)\b|\bransom\b/;

/** Words that say where, before a place (folded): "ở", "tại", "in", "at", "from". */
const LOCATIVE = /^(?:o|tai|thuoc|ben|in|at|from|near)$/;
/** Words around a province's name that are not part of it (folded). */
const PROVINCE_WORDS = /^(?:(?:tinh|tp|thanh pho|city of|province of)\s+)?(.+?)(?:\s+(?:province|city|tinh|nha|a|nhe|nha chi))?$/;

/**
 * "in An Thoi, Phu Quoc", "nhà ở Quảng Điền, Huế", "ở Ninh Kiều, Cần Thơ": the ward, commune or town named just before its province (or
 * the old district the registry knows), after a word of where, without its level word. After the 2025 reform most old district and
 * town names are wards, communes or special zones: the name is the place below the province that officers look for.
 */
/**
 * "nhà tụi em ở Buôn Ma Thuột", "ở Pleiku": a town or former district named for the child is kept as said, below the province, and the
 * commune is not asked again (walk 36); the name stays as typed, with no level word the reporter did not say.
 */
/** A commune named with its level first ("xã Cư Kty", "phường Bến Thành", "thị trấn Phước An", "Hoa Xuan ward" is read apart). */
const COMMUNE_LEVEL_OPENS = /^(?:xã|phường|thị trấn|đặc khu|xa|phuong|thi tran)\s/iu;
/** A commune-level word said ("xã Krông Búk", "xã là ...", "phuong Tan Lap", "Ea Kar commune"): the place is read by the commune's own readers. */
const COMMUNE_WORD = /(?:^|[^\p{L}])(?:[xX]ã|[pP]hường|[tT]hị trấn|[đĐ]ặc khu|[cC]ommune|[wW]ard)(?![\p{L}])|\b(?:xa|phuong|Xa|Phuong)\s+(?:la\s+)?\p{Lu}/u;

function townSaid(province: { name: string; matched?: string; level?: string; place?: string }): string | null {
  const town = province.place ?? (province.level === "district" ? province.matched : undefined);
  return town && foldKey(town) !== foldKey(province.name) ? town : null;
}

/** The province named by the first two to four words of a part (folded), exactly: "tay ninh co thang nho" gives "tay ninh". */
function provinceOpening(part: string, deps: ReportFlowDeps): string {
  const words = part.split(" ");
  for (let n = Math.min(4, words.length); n >= 2; n--) {
    const name = words.slice(0, n).join(" ");
    const found = deps.findProvince(name);
    if (found?.level === "province" && foldKey(found.matched ?? "") === name) return name;
  }
  return "";
}

function placeBeforeProvince(text: string, deps: ReportFlowDeps): string | null {
  const parts = text.normalize("NFC").split(/\s*[,;]\s*|\s+-\s+/u);
  for (let i = 1; i < parts.length; i++) {
    const here = foldKey(parts[i]!.split(/[.!?\n]/u)[0] ?? "");
    const whole = PROVINCE_WORDS.exec(here)?.[1] ?? "";
    // "Ở Gò Dầu, Tây Ninh có thằng nhỏ ...": the province opens the part and the story goes on after it (walk 36 dropped Gò Dầu).
    const name = whole.split(" ").length <= 4 ? whole : provinceOpening(here, deps);
    if (!name || name.split(" ").length > 4 || !deps.findProvince(name)) continue;
    const before = (parts[i - 1]!.split(/[.!?\n]/u).at(-1) ?? "").trim();
    // "gần chợ Bến Thành, TP Hồ Chí Minh": a market, a school, a pagoda named before the province is where, not the commune.
    if (namesPlaceKind(before)) continue;
    const words = before.split(/\s+/u);
    // The name is the words after the last word of where, one to four of them: "They live in An Thoi", "nhà ở Quảng Điền".
    const at = words.map((w) => foldKey(w)).findLastIndex((w) => LOCATIVE.test(w));
    const place = at >= 0 ? words.slice(at + 1) : [];
    if (place.length === 0 || place.length > 4) continue;
    // "nhà ở Quảng Điền": the word of home before the name goes; "Nha Trang" written with its capital is the name (walk 46: "ở Trang").
    const said = place.join(" ").replace(/^(?:the|The|nhà|Nhà|nha)\s+/u, "").trim();
    const key = foldKey(said);
    // "Hai Chau", "Chau Doc": a name written with capitals is a place, whatever word of kin ("cháu") its letters spell.
    const named = said.split(/\s+/u).every((w) => /^\p{Lu}/u.test(w));
    if (!key || /\b(?:huyen|quan|district|truong|school|house|home)\b/.test(key) || (!named && /\bnha\b/.test(key)) || (!named && /\b(?:toi|tui|minh|em|be|chau|my|his|her|their)\b/.test(key)) || /^(?:my|his|her|their|our)\b/.test(key) || deps.findProvince(said)?.level === "province") continue;
    if (/^(?:xa|phuong|thi tran|dac khu|thon|ap|ban|buon|commune|ward)\b|\s(?:commune|ward)$/.test(key)) continue;
    if (CITY_WORD.test(key)) continue;
    return said;
  }
  return placeRightBeforeProvince(text, deps);
}

/**
 * "I think it's the father", "I'm fairly sure it's her mum", "it was the stepdad" (folded, a sentence of its own): the person the writer
 * names as doing it.
 */
const NAMED_DOER = /^(?:(?:and|but|so)\s+)?(?:(?:i|we)\s+(?:think|believe|suspect|guess|reckon)\s+(?:that\s+)?|(?:i m|i am|we re|we are)\s+(?:pretty\s+|fairly\s+|quite\s+|almost\s+)?(?:sure|certain)\s+(?:that\s+)?|probably\s+|maybe\s+)?(?:it s|it is|it was|its)\s+(?:the|his|her|their)\s+\w+(?:\s+\w+)?$/;

/**
 * "I live next door ... I think it's the father" (walk 40, w08): the neighbour is the writer, and the one they name as doing it is who
 * harms.
 */
function namedAsDoer(facts: ReportFacts, text: string): ReportFacts {
  if (facts.harmer !== "neighbour") return facts;
  for (const sentence of text.normalize("NFC").split(/(?<=[.!?])\s+|\n+/u)) {
    if (!NAMED_DOER.test(foldKey(sentence.replace(/[.!?]+$/u, "")))) continue;
    const own = extractReportFacts(sentence);
    if (own.harmer && own.harmer !== "neighbour" && own.harmer !== "self") return { ...facts, harmer: own.harmer, harmerQuote: own.harmerQuote };
  }
  return facts;
}

/** A child married off to a man (as typed): "married her off to a 28-year-old man", "arranged her marriage to a 24-year-old man", "gả cho một người đàn ông 25 tuổi". */
const MARRIED_OFF = /\b(?:married (?:her |him )?(?:off )?to|arranged (?:her |his )?marriage to|gave her (?:in marriage )?to)\s+((?:a |an )?(?:\d{1,2}[- ]year[- ]old |older |grown )?(?:man|guy|adult))\b|\b(?:gả|ga|cưới|cuoi)\s+(?:\p{L}+\s+){0,2}?(?:cho|lấy|lay)\s+((?:một |mot )?(?:người đàn ông|nguoi dan ong|ông|ong|anh|gã|ga)(?:\s+\d{1,2}\s+(?:tuổi|tuoi))?)/iu;

/** The home of the man she was married to (folded): "his home", "his house", "nhà anh ta", "nhà chồng". */
const HIS_HOME = /\b(?:his (?:home|house|place|family s house)|(?:nha|ve nha|o nha) (?:anh ta|ong ta|han|chong|ong ay|anh ay|ga ta|ga do|nguoi do))\b/;

/**
 * "Her parents married her off to a 28-year-old man ... she is going back to his house tonight" (walk 40, w10): the man she is married
 * to is who harms (the family arranged it, which the story keeps); the parents alone are not.
 */
/** The children themselves, said as a group (folded): "tụi nó", "bọn nó", "tụi nhỏ", "mấy đứa". */
const GROUP_WORDS = /^(?:tui|bon|chung|may dua|lu|dam)\s*(?:no|nho|nhoc|tre|con)?$/;

/**
 * "Nghe nói tụi nó ở tỉnh khác bị đưa về làm": a group told as the ones things are done to ("bị", "phải") are the children harmed,
 * not who harms them (walk 48 stored "bạn bè («tụi nó»)").
 */
function groupHarmed(facts: ReportFacts, text: string): ReportFacts {
  const quote = facts.harmerQuote ? foldKey(facts.harmerQuote) : "";
  if (!quote || !GROUP_WORDS.test(quote)) return facts;
  const key = ` ${foldKey(text)} `;
  const at = key.indexOf(` ${quote} `);
  if (at < 0) return facts;
  const after = key.slice(at + quote.length + 2).split(" ").slice(0, 6).join(" ");
  return /\b(?:bi|phai|duoc)\b/.test(after) && !/\b(?:danh|dap|bat nat|chui|doa|xam hai|hiep)\b/.test(after.split(/\b(?:bi|phai|duoc)\b/)[0] ?? "") ? { ...facts, harmer: null, harmerQuote: null } : facts;
}

/** Both parents, then within a few words, a locked door or the child shut in alone (folded): "bo me di lam ..., khoa cua de be o nha". */
const PARENTS_LOCK_IN = /\b(bo me|ba me|ba ma|cha me|bo ma)\b(?:\s+\S+){0,14}?\s+(?:khoa cua|khoa trai|nhot|khoa (?:be|no|con|chau|em))\b/;

/**
 * "bo me di lam tu 6h sang, khoa cua de be o nha mot minh": the parents who lock the child in are who harms (walk 48: no one was
 * named). Only when the story names no one else.
 */
function parentsLockIn(facts: ReportFacts, text: string): ReportFacts {
  if (facts.harmer) return facts;
  const m = PARENTS_LOCK_IN.exec(foldKey(text));
  if (!m) return facts;
  const words = text.normalize("NFC").split(/\s+/);
  const at = words.findIndex((_w, i) => foldKey(words.slice(i, i + 2).join(" ")) === m[1]);
  return { ...facts, harmer: "parents", harmerQuote: at >= 0 ? words.slice(at, at + 2).join(" ").replace(/[,.;:!?]+$/u, "") : m[1]! };
}

/** Who makes the child marry (folded): "gia đình bắt ... cưới", "bố mẹ ép ... lấy chồng", "nhà gả nó cho". Group 1: who, group 2: the verb. */
const MADE_TO_MARRY = /\b(gia dinh|nha|bo me|ba me|cha me|ba ma|bo|ba|cha|me|ma|ong ba|ho hang|nha chong)\s+(?:(?:no|be|em|chau|co be|con be|minh|toi)\s+)?(?:da\s+|dang\s+|lai\s+|cu\s+)?(bat|ep|ep buoc|ga|danh ga|muon ga|dinh ga|bat ep)\b(?:\s+\S+){0,8}?\s+(?:cuoi|lay|lay chong|ket hon|cho)\b/;
const FAMILY_WHO: Readonly<Record<string, string>> = { "gia dinh": "parents", nha: "parents", "bo me": "parents", "ba me": "parents", "cha me": "parents", "ba ma": "parents", bo: "father", ba: "father", cha: "father", me: "mother", ma: "mother", "ong ba": "relative", "ho hang": "relative", "nha chong": "relative" };

/**
 * "gia dinh bat nghi hoc de cuoi mot nguoi lang ben": who makes the child marry harms her, not the person she is made to marry, named
 * only as "một người" (walk 48 stored "người lạ («mot nguoi»)").
 */
function madeToMarry(facts: ReportFacts, text: string): ReportFacts {
  if (facts.harmer !== "stranger" && facts.harmer !== "other") return facts;
  const m = MADE_TO_MARRY.exec(foldKey(text));
  const who = m ? FAMILY_WHO[m[1]!] : null;
  if (!m || !who) return facts;
  // The words as written ("gia đình", "bố mẹ"), found by their folded form.
  const words = text.normalize("NFC").split(/\s+/);
  const n = m[1]!.split(" ").length;
  const at = words.findIndex((_w, i) => foldKey(words.slice(i, i + n).join(" ")) === m[1]);
  const quote = at >= 0 ? words.slice(at, at + n).join(" ").replace(/[,.;:!?]+$/u, "") : m[1]!;
  return { ...facts, harmer: who as ReportFacts["harmer"], harmerQuote: quote };
}

function marriedTo(facts: ReportFacts, text: string): ReportFacts {
  if (facts.harmer !== "parents" && facts.harmer !== "relative" && facts.harmer !== "father" && facts.harmer !== "mother") return facts;
  // Married already and living with him ("back in his home", "về nhà anh ta"): a wedding still planned leaves who arranges it as who harms.
  if (!HIS_HOME.test(foldKey(text))) return facts;
  const m = MARRIED_OFF.exec(text.normalize("NFC"));
  const man = (m?.[1] ?? m?.[2])?.trim();
  return man ? { ...facts, harmer: "partner", harmerQuote: man } : facts;
}

/** Capitalised words after "ở", "from" that name a building, a body or a country, never a commune (folded). */
const PLACE_NOT_COMMUNE = /^(?:truong|cho|benh vien|nha|cong an|ubnd|uy ban|tram|tram y te|phong|so|hoi|doan|lop|khu|cong ty|xuong|quan|huyen|viet nam|vietnam|trung quoc|campuchia|lao|thai lan|han quoc|nhat ban|dai loan|ha noi|sai gon|the|my|his|her|their|our|a|an)\b/;

/**
 * "a girl from Bat Xat came in", "nhà ở Bát Xát" with the province named in another sentence: a name in capitals right after a word
 * of where, no province, building or country, is the place below the province, as typed (walk 40: the commune was asked again).
 */
function knownPlaceAfterWhere(text: string, province: ChildProvince, deps: ReportFlowDeps): string | null {
  if (province.level === "district") return null;
  const words = text.normalize("NFC").split(/[\s,;.!?()]+/u).filter(Boolean);
  const folded = words.map((w) => foldKey(w));
  const provinceKey = foldKey(province.name);
  for (let i = 1; i < words.length; i++) {
    if (!LOCATIVE.test(folded[i - 1]!)) continue;
    // Two or three words written with capitals, as a place's name is ("Bat Xat", "Bát Xát", "Meo Vac").
    let n = 0;
    while (n < 3 && i + n < words.length && /^\p{Lu}\p{Ll}+$/u.test(words[i + n]!)) n++;
    if (n < 2) continue;
    const name = words.slice(i, i + n).join(" ");
    const key = folded.slice(i, i + n).join(" ");
    if (key === provinceKey || provinceKey.endsWith(key) || deps.findProvince(name) || PLACE_NOT_COMMUNE.test(key)) continue;
    return name;
  }
  return null;
}

/**
 * "nhà nó ở krong buk dak lak", "ban e o chu se gia lai": where, then the place, then the province with no comma between: the
 * place as typed (one to three words), when the words after it name a province and the place is no province itself.
 */
/** "TP", "tp.", "thành phố", "TX", "city" alone before a province's name (folded): the province itself is named, no commune (walk 45). */
const CITY_WORD = /^(?:tp|t p|tx|thanh pho|thi xa|city|the city|tinh|province)$/;

function placeRightBeforeProvince(text: string, deps: ReportFlowDeps): string | null {
  for (const clause of text.normalize("NFC").split(/[,;.!?\n]+/u)) {
    const words = clause.trim().split(/\s+/u).filter(Boolean);
    const folded = words.map((w) => foldKey(w));
    const at = folded.findLastIndex((w) => LOCATIVE.test(w));
    if (at < 0) continue;
    const after = words.slice(at + 1);
    for (let n = 1; n <= 3 && n < after.length; n++) {
      const place = after.slice(0, n).join(" ");
      const province = after.slice(n).join(" ");
      if (after.length - n > 3 || deps.findProvince(province)?.level !== "province" || foldKey(province) !== foldKey(deps.findProvince(province)?.matched ?? "")) continue;
      const key = foldKey(place);
      if (deps.findProvince(place)?.level === "province" || /\b(?:nha|truong|school|house|home|toi|tui|minh|em|be|chau|no|my|his|her|their|tinh|thanh pho)\b/.test(key) || CITY_WORD.test(key)) continue;
      return place;
    }
  }
  return null;
}

/** "p.Tân Định", "x. Ea Tu", "tt.Phước An": a commune level written short, before a capitalised name. */
// "TT Huế", "TT.Huế" is the province Thừa Thiên Huế (its old name, "TT" for Thừa Thiên), no "thị trấn Huế" (walk 43).
const ABBREVIATED_COMMUNE = /(?:^|[\s,(])(p|ph|x|tt(?!\.\s?(?:Huế|Hue|HUẾ|HUE)(?![\p{L}])))\.\s?((?:[A-ZĐÀ-Ỹ][\p{L}'-]*)(?:\s[A-ZĐÀ-Ỹ][\p{L}'-]*){0,3})/u;
const LEVEL_OF: Record<string, string> = { p: "phường", ph: "phường", x: "xã", tt: "thị trấn" };

function abbreviatedCommune(text: string): string | null {
  const m = ABBREVIATED_COMMUNE.exec(text.normalize("NFC"));
  return m ? `${LEVEL_OF[m[1]!.toLowerCase()]} ${m[2]!.trim()}` : null;
}

export function ageText(min: number, max: number): string {
  return min === max ? String(min) : `${min}-${max}`;
}

/** "xã Tuy An, Phú Yên": a province named by its name before the 2025 merger is kept as the reporter said it, with the commune told. */
function saidWithFormer(commune: string | null, province: ChildProvince): string {
  return [commune, province.former].filter(Boolean).join(", ");
}

/** The place as typed when the message is short (an answer), else the province's name. */
/** "Ha Noi", "ha noi": a province name typed without tones, written as the registry writes it; anything else as typed. */
export function spelledAs(part: string, province: Pick<ChildProvince, "name"> | null): string {
  return province && !hasVietnameseDiacritics(part) && foldKey(part) === foldKey(province.name) ? province.name : part;
}

function locationOf(text: string, province: ChildProvince, commune: string | null): string {
  const trimmed = text.trim();
  if (trimmed.length > 80) return province.name;
  // "11 tuổi, xã Krông Pắc", "Bé 9 tuổi ở xã Ea Kao, Đắk Lắk bị ...": of a short message that tells more than the place, the parts
  // that name the place (the commune, the province as typed); the whole message when no part names it alone.
  const names = [commune, province.matched, province.place].filter((n): n is string => Boolean(n)).map(foldKey);
  const parts = trimmed.split(/\s*[,.;!?\n]\s*/u).filter(Boolean);
  const placed = parts.filter((p) => names.some((n) => foldKey(p).includes(n)));
  if (placed.length === 0 || placed.length === parts.length) return spelledAs(trimmed.replace(PLACE_TAIL, "").replace(/[\s,.;!]+$/u, ""), province);
  // "nhà bé ở xã Đông Anh, Hà Nội chứ": the words after the name that are no part of it ("chứ", "nhé") are left out (walk 48).
  return placed.map((p) => spelledAs(p.replace(/^.*?\s(?=(?:ở|tại|o|tai|in|at)\s)/iu, "").replace(/^(?:ở|tại|o|tai|in|at)\s+/iu, "").replace(PLACE_TAIL, ""), province)).join(", ");
}

const COMMUNE_LEVEL = /\b(xã|phường|thị trấn|đặc khu|xa|phuong|thi tran)\s+((?:[A-ZĐÀ-Ỹ0-9][\p{L}\p{N}'-]*\s?){1,4})/u;

/** "thôn Đông, xã Hòa Thịnh": a village is kept with its commune, which officers refer to (the commune People's Committee). */
function communeLevel(text: string, found: string): string {
  if (COMMUNE_LEVEL.test(found)) return found;
  const level = COMMUNE_LEVEL.exec(text.normalize("NFC"));
  return level ? `${found}, ${level[1]} ${level[2]!.trim()}` : found;
}

/** A hamlet opening an answer (folded): "thôn 4", "ấp Tân Hòa", "bản Nà Lầu", "tổ dân phố 5". */
const HAMLET_ANSWER = /^(?:(?:o|tai|thuoc)\s+)?(?:thon|buon|plei|lang|ap|ban|xom|khom|to dan pho|khu pho)\b/;
const COMMUNE_ANSWER = /^(?:(?:o|tai|thuoc)\s+)?(xa|phuong|thi tran|thon|buon|plei|lang|ap|ban|to dan pho|khu pho|dac khu|commune|ward|village)\b/;

/** A commune typed as an answer, also in lower case ("xã hòa xuân"), cut before the province. */
export function readCommuneAnswer(text: string, provinceName: string | null): string | null {
  // "p dien hong", "x ea kao", "tt phuoc an": the level written short and in lower case, as an answer to "which commune?".
  const parts = text.split(/[,;\n]/).map((p) => cleanPlaceAnswer(p.replace(/^(\s*)(p|ph|x|tt(?!\.?\s+hu[eế](?![\p{L}])))\.?\s+(?=\p{L})/iu, (_m, lead: string, level: string) => `${lead}${LEVEL_OF[level.toLowerCase()]} `)));
  const isPlace = (p: string | undefined): p is string => Boolean(p) && (COMMUNE_ANSWER.test(foldKey(p!)) || /\s(ward|commune|village)$/i.test(p!) || /^(commune|ward|village)\s/i.test(p!)) && !(provinceName && foldKey(p!) === foldKey(provinceName));
  if (!isPlace(parts[0])) return null;
  // "khu phố Lộc Thành, phường An Tịnh": a neighbourhood and the ward it is in, both kept (the ward names the People's Committee).
  const places = [parts[0]];
  for (const [i, p] of parts.slice(1).entries()) {
    if (isPlace(p) && places.length < 3) places.push(p);
    else {
      // "thôn 4, Ea Kar": the commune typed without its level after a hamlet goes with it (placeParts tells it from the province).
      if (HAMLET_ANSWER.test(foldKey(parts[i]!)) && p && !(provinceName && foldKey(p) === foldKey(provinceName))) places.push(p);
      break;
    }
  }
  return withOldDistrict(places.join(", "), text);
}

/** A ward of before 2025 named by its number (NFC): "phường 7", "P.7", "Ward 7". */
const NUMBERED_WARD = /^(?:phường|phuong|p\.?|ward)\s*\d{1,2}$/iu;
/** The old district said after a numbered ward (NFC): ", quận 3", " Q.3", ", District 3", ", quận Bình Thạnh", " huyện Nhà Bè". */
const OLD_DISTRICT_AFTER = /^[\s,;-]*((?:[Qq]uận|[Qq]uan|[Qq]\.|[Qq]|[Hh]uyện|[Hh]uyen|[Dd]istrict)\s*(?:\d{1,2}\b|\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+){0,2}))/u;

/**
 * "Ward 7, District 3", "phường 7, quận 3": a numbered ward of before 2025 is one of many of that number in the city; the old district
 * said with it is kept beside it, so officers can tell which (walk 55 kept "Ward 7" alone).
 */
export function withOldDistrict(commune: string, text: string): string {
  const nfc = text.normalize("NFC");
  const at = nfc.toLowerCase().indexOf(commune.normalize("NFC").toLowerCase());
  if (at < 0 || !NUMBERED_WARD.test(commune.trim())) return commune;
  const district = OLD_DISTRICT_AFTER.exec(nfc.slice(at + commune.length))?.[1];
  return district ? `${commune}, ${district.trim()}` : commune;
}

/** Who or what a place answer may be about, besides a place (folded): "nhà tôi gần chợ", "con bé ở với bà". */
const NOT_A_PLACE = /\b(?:nha|toi|tui|minh|no|em|be|chau|con|gan|canh|voi|ba|me|dang|near|with|my|our|his|her|the|house|home)\b/;

/**
 * The place typed beside the province that names it, as typed: "cu kuin dak lak a" is "cu kuin", "nhà dì nó ở Hương Trà, Thừa
 * Thiên Huế" is "Hương Trà", "Đắk Lắk, xã Ea Kao" is "xã Ea Kao"; a former district named alone ("thì Chư Păh đó") is itself.
 */
export function placeBesideProvince(text: string, found: Pick<ChildProvince, "matched" | "level" | "place"> | null): string | null {
  if (!found?.matched) return null;
  if (found.place) return found.place;
  if (found.level === "district") return cleanPlaceAnswer(found.matched) || null;
  const at = text.indexOf(found.matched);
  if (at < 0) return null;
  // "dak lak a, krong pac", "gia lai ạ, chư sê": a particle said after the province ("ạ", "nha") is no part of the place after it.
  const following = text.slice(at + found.matched.length).replace(/^[\s,.;:-]+/u, "").replace(/^(?:(?:ạ|a|à|ak|nha|nhé|nhe|ha|đó|do|nè|ne|ấy|ay)(?=[\s,.;:!-]|$)[\s,.;:!-]*)+/iu, "");
  const after = readCommuneAnswer(following, null);
  if (after) return after;
  // The words just before the province, after the last "ở", "tại", "in": "nhà dì nó ở Hương Trà, " is "Hương Trà".
  const before = text.slice(0, at).replace(/(?:^|\s)(?:tỉnh|tinh|thành phố|thanh pho|tp\.?|province(?: of)?|city(?: of)?)\s*$/iu, "").replace(/[\s,.;:-]+$/u, "");
  const tail = before.split(/(?:^|\s)(?:ở|tại|thuộc|o|tai|thuoc|in|at|near)\s+/iu).at(-1) ?? "";
  const isPlace = (p: string) => Boolean(p) && p.split(/\s+/).length <= 5 && !NOT_A_PLACE.test(foldKey(p)) && !/\d{4,}/.test(p) && !/^(?:(?:a|ah|nha|nhe|nhen|do|day|ne|luon|thoi|ha|hen|nghen|ok|oke|vay|roi|ma|please|thanks|thank you|i think|maybe|o|tai|thuoc|in|at|near|la|thi)\s*)+$/.test(foldKey(p));
  const place = cleanPlaceAnswer(tail);
  if (isPlace(place)) return place;
  // "saigon, thao dien": nothing before the province, the place after it.
  const rest = place ? "" : cleanPlaceAnswer(following);
  return isPlace(rest) ? rest : null;
}

/** Words around a typed place that are not the place: "in", "ở", "I already said that", "rồi mà". */
const PLACE_LEAD = /^(?:(?:it'?s|it is|that'?s|that is|the|in|at|from|of|near|ở|tại|thuộc|o|tai|thuoc|là|la|dạ|da|ạ|à|ừ|vâng|thì|thi|yes|ok|okay)\s+)+/iu;
// "thì bà nói rồi, Thái Bình cũ": who said it (any word the writer calls themself) goes with "nói rồi" (walk 48 stored "thì bà , Thái Bình cũ").
const PLACE_FILLER = /(?:^|\s)(?:(?:thì|thi|như|nhu)\s+)?(?:(?:mình|tôi|tui|em|bà|ông|cháu|con|chị|anh|cô|chú|bác|minh|toi|ba|ong|chau)\s+)?(?:đã\s+)?(?:nói|kể|noi|ke)\s+(?:rồi|roi)(?:\s+(?:mà|ma|đó|mà))?|\b(?:i(?:'ve| have)? already (?:said|told you)(?: that| it)?|as i said|i told you|like i said|mình|tôi|em)?\s*(?:đã\s+)?(?:nói|kể)\s+rồi(?:\s+mà)?|rồi mà|như đã nói|i already said(?: that)?|as i said|i told you(?: already)?|like i said/giu;

/**
 * A typed place answer without what surrounds the name: "in Ta Van, I already said that" is
 * "Ta Van", "in Ta Van commune" is "Ta Van commune" (the level word stays: ward or commune
 * tells officers which People's Committee).
 */
export function cleanPlaceAnswer(text: string, whole = false): string {
  const parts = text.replace(SHORT_LEVEL, (_m, lead: string, level: string) => `${lead}${LEVEL_OF[level.toLowerCase()]} `).replace(PLACE_FILLER, ",").split(whole ? /[;.!\n]/ : /[,;.!\n]/).map((p) => p.trim()).filter(Boolean);
  const place = levelSaidApart((parts[0] ?? "").replace(PLACE_LEAD, "")).replace(PLACE_REMARK, "");
  const cut = place.replace(PLACE_TAIL, "");
  // "xa cu ne" is xã Cư Né: a particle typed without its tone ("ne", "nhe") is cut only when a name of two words or more is left.
  // "xã Phú Mỹ a" is "xã Phú Mỹ ạ" typed without its tone (walk 43); a one-word name ending in "a" is kept.
  const keepTail = cut !== place && /(?:^|\s)(?:ne|nhe|luon|thoi|a)\s*$/u.test(place) && cut.replace(/^(?:xã|xa|phường|phuong|thị trấn|thi tran|thôn|thon|buôn|buon|ấp|ap|bản|ban|làng|lang)\s+/iu, "").trim().split(/\s+/).length < 2;
  return (keepTail ? place : cut).replace(/[\s,]+$/u, "").replace(/(,\s*)+/gu, ", ").trim();
}

/**
 * A level said apart from the name, put back beside it: "the commune is Ea Wer" and "Ea Wer is the commune" are "Ea Wer commune",
 * "xã là Ea Wer", "phường tên là An Phú" are "xã Ea Wer", "phường An Phú" (walk 54 stored "Buon Don is the commune").
 */
function levelSaidApart(place: string): string {
  return place
    .replace(/^(?:the\s+|my\s+|our\s+)?(commune|ward|village)(?:'s name|\s+name)?\s+is\s+(?:called\s+)?(\S.*)$/iu, (_m, level: string, name: string) => `${name.replace(/^(?:the\s+)/iu, "")} ${level.toLowerCase()}`)
    .replace(/^(\S.*?)\s+is\s+(?:the\s+|my\s+|our\s+|a\s+)?(commune|ward|village)$/iu, (_m, name: string, level: string) => `${name} ${level.toLowerCase()}`)
    .replace(/^(xã|phường|thị trấn|xa|phuong|thi tran)\s+(?:tên là|ten la|là|la)\s+(?=\S)/iu, "$1 ");
}

/**
 * A remark said after the name, not the name (written with its marks, lower case): "xã Tân Phú đó là bên Bình Phước cũ", "xã Tân Phú
 * là bên Bình Phước", "phường An Lạc thuộc bên Bình Tân": the name is kept, the remark stays in the notes (walk 55 stored the phrase).
 */
const PLACE_REMARK = /(?<=\S)\s+(?:(?:đó|đấy|ấy|này)\s+(?:là|thuộc|bên|nay|giờ)|là\s+(?:bên|ở bên|thuộc)|thuộc\s+(?:bên|tỉnh|huyện|quận|thành phố|tp))(?=\s|$).*$/u;
/** "p Tân Định", "p.Tân Định", "x. Ea Tu": the level written short, at the start of a place or after a comma. */
const SHORT_LEVEL = /(^|,\s*|\s)(p|ph|x|tt(?!(?:\.\s?|\s)(?:Huế|Hue|HUẾ|HUE)(?![\p{L}])))(?:\.\s?|\s)(?=[A-ZĐÀ-Ỹ])/gu;
/** Words said after the name that are not the name: "p Tân Định đó", "xã Hòa Phú nha", "ở Ea Tu ạ". */
// Lower case only: a capitalised "Nhé" ends a place name ("xã Mường Nhé"), a particle is written small.
const PLACE_TAIL = /(?:\s+(?:đó|đấy|đây|nha|nhé|nhen|á|ạ|ấy|nè|luôn|thôi|à|hả|đó ạ|nhé ạ|chứ|chứ ạ|chứ không|mà|cơ|kìa|nhe|ne|luon|thoi|a))+\s*$/u;

const CONTACT_WORDS = /\b(zalo|facebook|fb|messenger|email|gmail|mail|telegram|tele|sdt|so dien thoai|dien thoai|phone|call me|goi cho|goi vao|nhan tin|nhan qua|lien he)\b/;

/** A way to reach the reporter: a phone number, an e-mail or a handle with the app's name. */
/** "nếu tui đưa số thì ...", "if I give my number ...", "có ... không": asking about giving a contact, not giving one (folded). */
const ASKS_IF = /\b(?:neu|lieu)\b.{0,40}\b(?:dua|cho|de lai|gui|noi|bao) (?:\w+ )?(?:so|sdt|so dien thoai|dien thoai|zalo|facebook|fb|lien lac|ten)\b.{0,60}\bco\b.{1,80}\b(?:khong|ko|k|hong|hok|chua)\b/;

/**
 * "0977 222 888, tên Hùng. Mà báo xong thì ai đi đón thằng nhỏ về, tôi có phải tự vô Tây Ninh không?": the contact is the
 * sentences that give it, not the question asked after it (answered, and kept in the notes).
 */
function withoutQuestions(t: string): string {
  if (!t.includes("?")) return t;
  const sentences = t.split(/(?<=[.!?\n])\s+/).map((x) => x.trim()).filter(Boolean);
  // A sentence that holds the number is kept whatever it ends with ("Gọi số này được không 0905111222?"); of the others, those that ask nothing.
  const kept = sentences.filter((x) => /\d{3}|\S+@\S+/.test(x) || !x.endsWith("?"));
  return kept.length > 0 ? kept.join(" ") : t;
}

export function readContact(text: string): string | null {
  const t = text.trim();
  if (/(?:\+?84|0)(?:[\s.-]?\d){8,10}\b/.test(t) || /\+[1-9]\d{0,2}(?:[\s.-]?\d){6,12}\b/.test(t) || /\S+@\S+\.\S+/.test(t)) return withoutQuestions(t);
  // Words about a contact with no number in them are a contact only when they ask nothing: "khoan đã, nếu tui đưa số
  // điện thoại thì thằng dượng hắn có biết ai báo không? tui sợ ..." is a question (answered), not the contact.
  if (t.includes("?") || ASKS_IF.test(foldKey(t))) return null;
  if (CONTACT_WORDS.test(foldKey(t)) && /[\p{L}\p{N}]{3,}/u.test(t)) return t;
  // "nhắn qua face Lan Phạm", "tôi không ngại để tên, tôi là Nguyễn Văn Tư": kept as typed, officers read it.
  if (t.split(/\s+/).length <= 25 && !refusesContact(t) && (givesWayToReach(t) || mindsBeingContacted(t))) return t;
  return null;
}
