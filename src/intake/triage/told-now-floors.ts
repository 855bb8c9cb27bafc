/**
 * Floors for harms the report tells as going on now (issue 12, T5), read clause by clause from folded tokens: violence told as
 * still going on, a child sold, a child who swallowed poison and has symptoms now, a child who left and cannot be reached.
 * Each only raises (DESIGN, Triage contract: rules run first and always; a model may raise a risk, never lower it).
 */
import { splitReport, type Clause } from "./report-text.ts";
import type { ReportFacts } from "./report-facts.ts";
import type { TriageCategory, TriageResult, TriageRisk } from "./triage-types.ts";

const RANKS: readonly TriageRisk[] = ["low", "medium", "high", "emergency"];
const rank = (r: TriageRisk) => RANKS.indexOf(r);

/** One clause as folded text with spaces around, so every pattern can use word bounds. */
/** A clause as " tok tok " (folded tokens between spaces), the form the floors' patterns match. */
export const keyOf = (c: Clause) => ` ${c.tokens.join(" ")} `;

/** Told as before today, a habit, a fear, a hypothetical or a film (folded): the clause tells no harm going on now. */
const NOT_NOW = / (?:hom qua|toi qua|dem qua|sang qua|hom truoc|hom kia|tuan truoc|thang truoc|nam ngoai|nam truoc|hoi (?:do|truoc|nho|xua)|luc do|khi do|truoc day|(?:may|nhieu|bao|mot vai|vai|\d+) (?:nam|thang) (?:nay|qua|roi)|truoc kia|ngay xua|hay|thuong|thuong xuyen|moi (?:lan|khi|ngay|toi|hom|dem|tuan|sang|chieu|buoi)|hang ngay|dem nao|ngay nao|toi nao|luon luon|suot|khi say|luc say|dinh chinh|neu|gia su|lo|so|se|phim|video|clip|game|yesterday|last (?:night|week|month|year)|ago|used to|always|often|usually|sometimes|occasionally|every|if|whenever|when (?:he|she|they)|would|might|movie|film) /;

/** Words after "đánh" that make it no blow: "đánh răng", "đánh nhau" (peers), "đánh bài", "đánh giá" ... */
const DANH_NOT_A_BLOW = new Set(["nhau", "rang", "bai", "bac", "gia", "may", "dan", "cau", "bong", "thuc", "dau", "van", "chu", "tieng", "son", "trong", "co", "golf", "ghen", "mat", "roi", "lon", "du", "vong", "xe"]);
/** Blows (folded) and, for words that fold like others ("đấm"/"đám", "đập"/"đáp"), the forms written with marks that are blows. */
const BLOWS_VI: ReadonlyMap<string, ReadonlySet<string> | null> = new Map([["danh", new Set(["đánh"])], ["dam", new Set(["đấm", "đâm"])], ["dap", new Set(["đập", "đạp"])], ["quat", new Set(["quất"])], ["bop", new Set(["bóp"])], ["hanh", new Set(["hành"])], ["bao", new Set(["bạo"])], ["tra", new Set(["tra"])]]);
/** The word after a blow's first word that makes it one ("bóp cổ", "hành hạ", "bạo hành", "tra tấn"): blows of two words. */
const SECOND_WORD: ReadonlyMap<string, string> = new Map([["bop", "co"], ["hanh", "ha"], ["bao", "hanh"], ["tra", "tan"]]);
const BLOW_EN = / (?:hitting|beating|punching|kicking|slapping|choking|strangling|whipping|battering|attacking)(?= )(?! (?:himself|herself|myself|yourself|themselves|ourselves|each other|one another) )/;
/** Told in English as a past remembered ("they were hitting him, back in 2010"): no blow now. */
const PAST_EN = / (?:back (?:in|then)|as i remember|i remember|years ago|in (?:19|20)\d\d) /;
/** Folded words right after any blow that make it no blow on a child: each other ("đấm nhau"), a thing ("đạp chăn", "đánh thuế"). */
const NOT_A_CHILD_HIT: ReadonlyMap<string, ReadonlySet<string> | null> = new Map(
  Object.entries({ nhau: null, chan: "chăn", goi: "gối", thue: "thuế", xe: null, ga: "ga", phanh: null, cua: "cửa", ghe: "ghế", tuong: "tường", nem: "nệm", nuoc: "nước", bong: "bóng" }).map(([k, v]) => [k, v === null ? null : new Set([v])]),
);
/** Who does it, as written: an animal or a child not yet born ("con mèo", "thai nhi", "em bé trong bụng") is no one hitting a child. */
const NOT_A_PERSON_WHO = /(?:^| )(?:mèo|chó|cún|gà|ngựa|trâu|bò sữa|thai nhi|thai|trong bụng|cat|dog|puppy|kitten|horse|baby in|bump|unborn|fetus|foetus)(?= |$)/;
const NOT_A_PERSON_WHO_FOLDED = /(?:^| )(?:con meo|con cho|thai nhi|trong bung)(?= |$)/;
/** Said as going on right before the blow: "đang", "còn đang", "vẫn đang", "vẫn còn đang" (written so, or without marks). */
const ONGOING_BEFORE: ReadonlyMap<string, ReadonlySet<string>> = new Map([["dang", new Set(["đang"])]]);
/** Said as going on after the blow, in its clause: "từ nãy tới giờ", "chưa thôi", "không ngừng". */
const ONGOING_VI = / (?:tu nay (?:toi|den|toi tan) (?:gio|chu)|nay (?:toi )?(?:gio|chu)|tu (?:hoi|luc) \w+ (?:toi|den) (?:gio|chu)|(?:khong|chua)(?: chiu)? (?:thoi|ngung|ngot|dung lai|dung tay|ngung tay|tha)|lien hoi|ngay bay gio|dang dien ra) /;
const ONGOING_EN = / (?:still|right now|as i (?:type|write|speak|am typing|am writing)|as we speak|at the moment|won t stop|hasn t stopped|haven t stopped|isn t stopping|not stopping|non stop|for the (?:last|past) \w+ (?:minutes|minute|hour|hours)|currently) /;
/** A negator or a stop before the blow, with only words of aspect between: "không đánh", "không phải đang bị đánh", "đã thôi đánh". */
const STOPPED_BEFORE = / (?:khong|chua|thoi|ngung|het|khong con|da thoi|da ngung|not|no longer|stopped|stop)(?: (?:phai|con|he|co|dang|bi|van|duoc|nua|ai))* $/;
/** A question of whether ("tôi có đang bạo hành con không"): asked, not told. */
const ASKED = / co (?:\w+ )*(?:khong|chua|ko|k) $/;

/** True when the token k is written as one of `forms`, or without marks (a report typed without diacritics). */
function writtenAs(c: Clause, k: number, forms: ReadonlySet<string> | null | undefined): boolean {
  if (!forms) return true;
  const written = (c.words[c.origin[k]!] ?? "").normalize("NFC").toLowerCase();
  return forms.has(written) || written === c.tokens[k];
}

/** The blow at token k of a clause, with how many tokens it takes, or 0. */
function blowAt(c: Clause, k: number): number {
  const t = c.tokens[k]!;
  if (!BLOWS_VI.has(t) || !writtenAs(c, k, BLOWS_VI.get(t))) return 0;
  const second = SECOND_WORD.get(t);
  if (second) return c.tokens[k + 1] === second ? 2 : 0;
  if (t === "danh" && DANH_NOT_A_BLOW.has(c.tokens[k + 1] ?? "")) return 0;
  return 1;
}

/** "đang" (or "đang bị") right before token k. */
function ongoingBefore(c: Clause, k: number): boolean {
  const at = c.tokens[k - 1] === "bi" ? k - 2 : k - 1;
  return at >= 0 && ONGOING_BEFORE.has(c.tokens[at]!) && writtenAs(c, at, ONGOING_BEFORE.get(c.tokens[at]!));
}

/** The doer of a blow at token k is an animal or a child not yet born: named before it in its clause, or in the clause before when the clause opens with the blow. */
function doneByNoPerson(c: Clause, k: number, prev: Clause | undefined): boolean {
  const own = c.tokens.slice(0, k).filter((w) => !["dang", "van", "con", "bi", "lai", "cu"].includes(w));
  const who = own.length === 0 && prev ? prev : { ...c, tokens: c.tokens.slice(0, k) };
  const written = ` ${who.tokens.map((_, i) => (who.words[who.origin[i]!] ?? "").normalize("NFC").toLowerCase()).join(" ")} `;
  return NOT_A_PERSON_WHO.test(written) || NOT_A_PERSON_WHO_FOLDED.test(` ${who.tokens.join(" ")} `);
}

/** A clause that tells violence going on now: a blow on a child by a person, a sign it goes on in the same clause, no negation, not past or a habit. */
function violenceGoingOn(c: Clause, ci: number, clauses: readonly Clause[]): boolean {
  const key = keyOf(c);
  if (NOT_NOW.test(key) || ASKED.test(key)) return false;
  if (BLOW_EN.test(key)) {
    const past = / (?:was|were) (?:\w+ )?(?:hitting|beating|punching|kicking|slapping|choking|strangling|whipping|battering|attacking) /.test(key) && clauses.some((x) => PAST_EN.test(keyOf(x)));
    return !past && ONGOING_EN.test(key) && !/ (?:not|never|stopped|no longer) (?:\w+ )?(?:hitting|beating|punching|kicking|slapping|choking) /.test(key);
  }
  for (let k = 0; k < c.tokens.length; k++) {
    const len = blowAt(c, k);
    if (!len) continue;
    if (STOPPED_BEFORE.test(` ${c.tokens.slice(0, k).join(" ")} `)) continue;
    const after = c.tokens[k + len] ?? "";
    const thing = NOT_A_CHILD_HIT.get(after);
    if ((thing !== undefined && (thing === null || thing.has((c.words[c.origin[k + len]!] ?? "").normalize("NFC").toLowerCase()))) || doneByNoPerson(c, k, clauses[ci - 1])) continue;
    if (ongoingBefore(c, k) || ONGOING_VI.test(` ${c.tokens.slice(k).join(" ")} `)) return true;
  }
  return false;
}

/** "bán" as written, or "ban" without marks where only selling fits ("bị ban sang", "ho ban con toi"): "bạn" is a friend. */
function sellingAt(c: Clause, k: number): boolean {
  const written = (c.words[c.origin[k]!] ?? "").normalize("NFC").toLowerCase();
  return written === "bán" || written === "ban" || written === "sold" || written === "selling";
}

/** Whom selling names (folded, after "bán"): a child ("con tôi", "con gái", "đứa bé", "cháu"), never "con heo" or "bạn bè". */
const CHILD_SOLD = /^(?:bi )?ban (?:(?:mat|di|luon) )?(?:con (?:toi|minh|em|gai|trai|be|nho|ut|chung toi|chi|anh|no|ruot)|con (?:ra|sang|qua|cho|lay|di)|con$|chau|be (?:gai|trai|\w+ tuoi)|dua (?:be|nho|tre|con|chau|em)|em (?:gai|trai|be|ho)|thang (?:be|nho|cu|ut)|con be|tre (?:em|so sinh|con))/;
/** Words after "bán" that fold like a child's and are things: "bán chậu" (a pot). */
const NOT_A_CHILD_WRITTEN: ReadonlySet<string> = new Set(["chậu", "chấu", "bê", "bè", "dưa"]);
/** Sold to a place or to someone (folded, after "bị bán"): "bị bán sang Trung Quốc", "bị bán cho một người". */
const SOLD_ON = /^bi ban (?:sang|qua|vao|ra nuoc ngoai|cho (?:nguoi|mot|bon|ke|ong|ba|nha|dan|chu|lai)|lam vo|di)/;
const SOLD_EN = / (?:sold|selling) (?:my|her|his|our|their|the|a) (?:\w+ ){0,2}(?:daughter|son|child|kid|girl|boy|baby|sister|brother|niece|nephew|grandchild|granddaughter|grandson|children|kids) | (?:daughter|son|child|kid|girl|boy|baby|sister|brother|niece|nephew|she|he|they) (?:was|were|is being|are being|has been|had been|got|have been) sold /;
const NOT_SOLD_BEFORE = / (?:khong|chua|neu|doa|so|lo|suyt|gia su|(?<!gia )dinh|se|if|threat\w*|would|will|almost|never|not) /;
/** "mua bán", "buôn bán", "lừa bán" trẻ em: the crime named, not a child sold. */
const GENERAL_SELLING = / (?:mua|buon|lua) $/;
/** Over and safe, told anywhere: rescued, home again. */
const SOLD_OVER = / (?:giai cuu|(?:da|tron|duoc) thoat|thoat (?:ra|duoc|khoi)|escaped|got away|(?:da|moi|duoc (?:\w+ ){0,3}dua) ve|ve duoc|ve roi|tro ve|chuoc ve|on roi|rescued|came home|came back|brought back|returned|back home) /;
/** In their hands now: held, still there, being sold. */
const HELD_NOW = / (?:dang bi ban|dang ban|being sold|(?:is|are) selling|(?:van|dang|hien|gio) (?:\w+ ){0,2}(?:bi giu|bi nhot|giu|nhot|o (?:do|ben do|ben kia|voi (?:ho|chung no|bon no|nguoi mua)))|still (?:held|there|with them|being held|locked)|holding (?:her|him|them)) /;

/** Sold a thing to a child (folded, right after the child named): "bán con tôi cái xe", "sold my son drugs", "my daughter's bike". */
const THING_AFTER_VI = /^(?:(?:toi|tui|minh|em|ta|chung toi|nha toi|anh|chi|no|ho) )?(?:(?:mot|hai|may|vai|nhieu) )?(?:cai|chiec|goi|cuon|quyen|hop|chai|bich|mon|it|cay|ve so|xe|dien thoai|keo|banh|do (?:choi|an|cu|dung)|hang (?:gia|nhai|kem|het han)|bo (?:do|quan ao|sach)|doi (?:giay|dep)|tui (?:xach|nilon)|thuoc lao|ma tuy|thuoc la|ruou|bia)(?: |$)/;
const THING_AFTER_EN = /^(?:s|a|an|some|drugs|weed|pills|alcohol|beer|cigarettes|vapes?|the|his|her|their|my|fake|stolen|used|old)(?: |$)/;
/** Animals, as written, after "bán con": "bán con chó", "bán con mèo": a pet sold, no child. */
const ANIMAL_WRITTEN: ReadonlySet<string> = new Set(["chó", "mèo", "gà", "lợn", "heo", "bò", "vịt", "cá", "chim", "ngựa", "dê", "trâu", "thỏ", "chuột", "ngan", "ngỗng"]);

/** A clause that tells a child sold or being sold. */
function childSold(c: Clause): boolean {
  const key = keyOf(c);
  const en = SOLD_EN.exec(key);
  if (en) {
    if (/ (?:if|threaten\w*|would|will|not|never|almost) (?:\w+ ){0,3}sold /.test(key)) return false;
    // "sold my son drugs", "sold my daughter's bike": a thing sold to or of a child.
    return !/^ (?:sold|selling) /.test(en[0]) || !THING_AFTER_EN.test(key.slice(en.index + en[0].length));
  }
  for (let k = 0; k < c.tokens.length; k++) {
    if (c.tokens[k] !== "ban" || !sellingAt(c, k)) continue;
    const from = c.tokens[k - 1] === "bi" ? k - 1 : k;
    const rest = c.tokens.slice(from).join(" ");
    const before = ` ${c.tokens.slice(0, from).join(" ")} `;
    if (NOT_SOLD_BEFORE.test(before) || GENERAL_SELLING.test(before)) continue;
    const written = (c.words[c.origin[k]!] ?? "").normalize("NFC").toLowerCase();
    // Without marks "ban con toi" may be "bạn con tôi" (my child's friend): only after a seller or "bị".
    if (written === "ban" && from === k && !/ (?:ho|chung no|bon no|bon ho|han|no|nguoi ta|ke|chong|vo|bo|me|cha|ong ay|ba ay|ong ta|ba ta) $/.test(before)) continue;
    if (NOT_A_CHILD_WRITTEN.has((c.words[c.origin[k + 1]!] ?? "").normalize("NFC").toLowerCase())) continue;
    if (SOLD_ON.test(rest)) return true;
    const child = CHILD_SOLD.exec(rest);
    if (!child) continue;
    // "bán con chó": an animal; "bán con tôi cái xe": a thing sold to the child.
    const end = from + child[0].split(" ").length;
    if (c.tokens[k + 1] === "con" && ANIMAL_WRITTEN.has((c.words[c.origin[k + 2]!] ?? "").normalize("NFC").toLowerCase())) continue;
    if (THING_AFTER_VI.test(c.tokens.slice(end).join(" "))) continue;
    return true;
  }
  return false;
}

/** Something swallowed that poisons (folded): a poison named, or pills in a quantity. */
const SWALLOWED_VI = / (?:uong|nuot|an) (?:\w+ ){0,3}?(?:thuoc (?:tru sau|sau|chuot|diet chuot|diet co|ngu|an than|doc|tay)|(?:ca|het|nhieu|mot nam|mot vi|ca vi|ca lo|ca hop|nguyen vi|nguyen lo) (?:\w+ )?(?:vien|thuoc|vi|lo)|(?:[5-9]|\d{2,}) vien|nuoc tay|chat doc|axit|thuoc qua lieu|qua lieu) /;
const SWALLOWED_EN = / (?:swallowed|took|drank|ate|taken|downed) (?:\w+ ){0,4}?(?:pills|tablets|poison|pesticide|bleach|weed killer|antifreeze|sleeping pills|painkillers|medicine|meds) | overdos\w* /;
/** Symptoms (folded). Ambiguous short words ("nôn", "ói", "lả") only after a word of now or of state. */
const SYMPTOM = / (?:non mua|non oi|oi mua|li bi|lim di|co giat|sui bot|tim tai|kho tho|tho doc|me man|lo mo|bat tinh|goi khong tinh|lay khong tinh|ngat xiu|ngat di|xiu di|la di|la han|la nguoi|(?:dang|van|cu|bat dau|bi|lien tuc) (?:\w+ )?(?:non|oi|mua)|vomiting|throwing up|being sick|drowsy|can t wake|won t wake|unconscious|unresponsive|seizure|seizing|foaming|passing out|passed out|limp|struggling to breathe|can t breathe|barely breathing) /;
const SYMPTOM_DENIED = / (?:khong|chua|het|da het|khong con|not|no longer|stopped|no) (?:\w+ )?(?:non|oi|mua|la|co giat|kho tho|vomiting|throwing up|drowsy)(?= )/;
/** A word of now in a clause (folded). */
const SAID_NOW = / (?:dang|van|gio|bay gio|hien|hien gio|sang nay|chieu nay|toi nay|now|still|currently|right now) /;
/** Someone else made the child take it, or it was by mistake: an emergency still, the harm not the child's own. */
const NOT_BY_CHILD = / (?:(?:bi )?(?:ep|bat|cho) (?:\w+ )?(?:uong|nuot|an)|nham|vo tinh|an nham|uong nham|by mistake|by accident|accidentally|made (?:her|him)|forced|gave (?:her|him)) /;

/** Who swallowed, named first before the swallowing in its clause (folded): an adult ("ông nội", "bố nó") or a pet is not the child. */
const ADULT_OR_PET_SWALLOWED = / (?:ong|ba noi|ba ngoai|bo|me|cha|chong|vo|chu|bac|cau|mo|thim|duong|grandpa|grandma|grandfather|grandmother|husband|wife|mother|father|mom|dad|uncle|aunt|con cho|con meo|cho|meo|dog|cat|puppy|kitten) /;
const CHILD_SWALLOWED = / (?:con|be|chau|thang|em|dua|nho|ut|son|daughter|kid|child|boy|girl|teen|teenager|brother|sister|i|toi|tao|t|minh) /;
/** A symptom told as a habit, not now: "hay nôn khi nhớ lại". */
const SYMPTOM_HABIT = / (?:hay|thuong|hay bi|thuong bi) (?:non|oi|mua|xiu|ngat|la)(?= )| (?:khi|moi khi|whenever|when(?:ever)?) (?:nho|nghi|remember|thinks?) /;

/** The report tells a child who swallowed poison or many pills, with symptoms now (not denied, not past). */
function poisonedWithSymptoms(clauses: readonly Clause[]): { self: boolean } | null {
  const at = clauses.findIndex((c) => (SWALLOWED_VI.test(keyOf(c)) || SWALLOWED_EN.test(keyOf(c))) && !/ (?:neu|doa|se|if|threaten\w*|would|will|khong|chua|never|didn t|did not) (?:\w+ ){0,2}(?:uong|nuot|swallow|take|took|drink) /.test(keyOf(c)));
  if (at < 0) return null;
  // "Ông nội uống thuốc sâu", "con chó ăn phải thuốc chuột": the one who swallowed is not the child, unless made to by someone ("bố ép con uống").
  const key = keyOf(clauses[at]!);
  const verb = key.search(/ (?:uong|nuot|an|swallowed|took|drank|ate|taken|downed|overdos\w*) /);
  const who = key.slice(0, verb + 1);
  const adult = who.search(ADULT_OR_PET_SWALLOWED);
  const child = who.search(CHILD_SWALLOWED);
  if (adult >= 0 && (child < 0 || adult <= child) && !NOT_BY_CHILD.test(key)) return null;
  const later = clauses.slice(at, at + 4);
  // Swallowed on an earlier day ("hôm kia"): the symptom must be told as now ("sáng nay đang co giật"), not "nôn cả đêm".
  const earlier = NOT_NOW.test(keyOf(clauses[at]!).replace(/ (?:se|lo|so|hay|thuong) /g, " "));
  const symptom = later.some((c) => SYMPTOM.test(keyOf(c)) && !SYMPTOM_DENIED.test(keyOf(c)) && !SYMPTOM_HABIT.test(keyOf(c)) && !NOT_NOW.test(keyOf(c).replace(/ (?:se|lo|so|hay|thuong) /g, " ")) && (!earlier || SAID_NOW.test(keyOf(c))));
  if (!symptom) return null;
  return { self: !clauses.slice(Math.max(0, at - 1), at + 2).some((c) => NOT_BY_CHILD.test(keyOf(c))) };
}

/** Leaving home (folded): "bỏ đi", "bỏ nhà đi", "trốn nhà", "ran away". */
const LEFT = / (?:bo (?:nha )?di|bo nha|bo tron|tron (?:nha|di|khoi nha)|di khoi nha|bo ra khoi nha|ran away|run away|runs away|left home|walked out|took off|stormed out)(?= )/;
/** Out of reach now (folded): "gọi không được", "không bắt máy", "tắt máy", "can't reach". */
const UNREACHABLE = / (?:goi (?:\w+ ){0,2}khong (?:duoc|ai (?:nghe|bat may)|nghe|bat may|lien lac)|khong (?:goi|lien lac|lien he) (?:duoc|nao duoc)|khong (?:nghe|bat) may|tat may|khoa may|thue bao|khong tra loi|can t reach|cannot reach|can not reach|unable to reach|not answering|won t answer|isn t answering|not picking up|won t pick up|phone (?:is )?(?:off|switched off|turned off|dead)|no answer|can t get (?:hold|through)|not replying) /;
const FOUND = / (?:(?:no|be|chau|con) (?:da )?(?:ve|tro ve)|da ve|da tim thay|tim duoc|da lien lac duoc|goi duoc roi|came back|came home|is home|found (?:her|him)|we found) /;
/** Who left, named before the leaving in its clause: an adult ("chồng tôi", "mẹ nó"), or a child ("con tôi", "thằng út"). */
const ADULT_WHO = / (?:chong|vo|bo|me|ba|ma|cha|ong|thim|duong|ban trai|ban gai|nguoi yeu|husband|wife|mother|father|mom|dad|boyfriend|girlfriend) /;
/** An adult by age, told in the clause of the leaving: "19 tuổi", "22 year old". */
const ADULT_AGE = / (?:1[89]|[2-9]\d) (?:tuoi|year old|years old|yo) /;
/** A leaving told as long past ("năm ngoái"), or a child back after it ("sau đó về"): no child out of reach now. */
const GONE_LONG_AGO = / (?:nam ngoai|nam truoc|thang truoc|tuan truoc|hoi (?:do|truoc|nho)|truoc day|ngay xua|last (?:year|month|week)|years ago|months ago) /;
const CAME_BACK = / (?:sau do|roi|hom sau|then|later) (?:\w+ )?(?:ve|tro ve|quay ve|came back|came home|returned) /;
const CHILD_WHO = / (?:con|be|chau|thang|em|dua|nho|ut|son|daughter|kid|child|boy|girl|teen|teenager|brother|sister) /;

/** A child (not an adult) who left, and someone cannot reach the child now. */
function childGoneUnreachable(clauses: readonly Clause[], facts: ReportFacts): boolean {
  const at = clauses.findIndex((c) => LEFT.test(keyOf(c)));
  if (at < 0) return false;
  const key = keyOf(clauses[at]!);
  const who = key.slice(0, key.search(LEFT) + 1);
  // The first person named in the clause is who left ("con bé giận bố mẹ bỏ đi": the child; "mẹ nó bỏ đi": the mother).
  const adult = who.search(ADULT_WHO);
  const child = who.search(CHILD_WHO);
  if ((adult >= 0 && (child < 0 || adult < child)) || / (?:neu|if|what if|in case) /.test(key)) return false;
  if (ADULT_AGE.test(key) || GONE_LONG_AGO.test(key)) return false;
  if (child < 0 && !(facts.children && facts.children > 0 && / (?:no|he|she) /.test(who))) return false;
  const all = ` ${clauses.map((c) => c.tokens.join(" ")).join(" | ")} `;
  return clauses.slice(at).some((c) => UNREACHABLE.test(keyOf(c))) && !FOUND.test(all) && !CAME_BACK.test(all);
}

/** The triage raised to at least `risk`, with a flag and a reason; the category set when given (the floors of told-harm-floors.ts too). */
export function raised(triage: TriageResult, risk: TriageRisk, flag: string, vi: string, en: string, category?: TriageCategory): TriageResult {
  const up = rank(risk) > rank(triage.risk);
  if (!up && triage.redFlags.includes(flag) && (!category || category === triage.category)) return triage;
  return {
    ...triage,
    risk: up ? risk : triage.risk,
    category: category ?? triage.category,
    redFlags: [...new Set([...triage.redFlags, flag])],
    reasons: [...triage.reasons, `Quy tắc an toàn: ${vi} → ${up ? risk : "giữ mức"} (quy tắc chỉ nâng, không hạ).`],
    reasonsEn: [...triage.reasonsEn, `Safety rule: ${en} → ${up ? risk : "kept"} (rules only raise).`],
  };
}

/** Categories a child gone and out of reach is read over (the model's guess when no harm is named): the missing child's stands. */
const GUESSED_NOT_GONE: ReadonlySet<TriageCategory> = new Set(["other", "neglect_abandonment", "emotional_abuse"]);

/** The four floors, each from what the report tells now; none applies to a report that says the matter is over. */
export function toldNowFloors(text: string, facts: ReportFacts, triage: TriageResult): TriageResult {
  if (facts.resolved) return triage;
  const clauses = splitReport(text.slice(0, 4000));
  let out = triage;
  if (clauses.some((c, ci) => violenceGoingOn(c, ci, clauses))) {
    out = raised(out, "emergency", "violence_ongoing_now", "bạo lực được kể là vẫn đang diễn ra lúc này", "violence told as still going on now", out.category === "other" ? "physical_violence" : undefined);
  }
  if (clauses.some(childSold)) {
    const all = ` ${clauses.map((c) => c.tokens.join(" ")).join(" | ")} `;
    if (!SOLD_OVER.test(all)) {
      const now = HELD_NOW.test(all);
      out = raised(out, now ? "emergency" : "high", "child_sold", now ? "trẻ bị bán và đang trong tay kẻ mua bán" : "trẻ bị bán", now ? "a child sold, in the hands of those who sold or bought the child now" : "a child sold", "trafficking_abduction");
    }
  }
  const poisoned = poisonedWithSymptoms(clauses);
  if (poisoned) {
    out = raised(out, "emergency", "poisoned_with_symptoms_now", "trẻ đã uống thuốc hoặc chất độc và đang có triệu chứng", "the child swallowed poison or pills and has symptoms now", poisoned.self ? "self_harm" : out.category === "other" ? "neglect_abandonment" : undefined);
  }
  if (childGoneUnreachable(clauses, facts)) {
    out = raised(out, "high", "child_missing", "trẻ bỏ đi và giờ không liên lạc được", "the child left and cannot be reached now", GUESSED_NOT_GONE.has(out.category) ? "trafficking_abduction" : undefined);
  }
  return out;
}
