/**
 * Rules over several facts at once: immediacy ("đang" + violence), who the abuser is (a
 * caregiver in the same clause as the harm), the child's age, being alone and ill. Each names
 * the red flag it adds and the risk it raises to; a combination never lowers anything.
 */
import { ageOrUnknown, byClause, hasHarm, quoteOf, type TriageFacts } from "./triage-facts.ts";
import type { TriageCategory, TriageRisk } from "./triage-types.ts";
import { canonicalVietnamese, foldVietnamese, foldWords } from "../../core/vietnamese-text.ts";
import type { PhraseMatch } from "./phrase-matcher.ts";
import { quoteSpan, type Clause } from "./report-text.ts";
import { AHEAD_OR_IF, ASKED_WHILE_MESSAGING, IN_PROGRESS_SIGNS, MESSAGING } from "./triage-lexicon.ts";
import { childWithWhom } from "./report-facts.ts";

/** Categories where "caregiver + harm word" marks the caregiver as the abuser. */
const CAREGIVER_HARMS: ReadonlySet<TriageCategory> = new Set(["physical_violence", "sexual_abuse", "emotional_abuse", "neglect_abandonment"]);
/** Harms that "đang" turns into an emergency when they are happening now. */
const IMMEDIATE_HARMS: ReadonlySet<TriageCategory> = new Set(["physical_violence", "sexual_abuse", "trafficking_abduction", "bullying"]);
/** Harms a "now" ("lúc này", "vẫn đang") makes happening now. */
const NOW_HARMS: ReadonlySet<TriageCategory> = new Set(["physical_violence", "sexual_abuse", "trafficking_abduction"]);
/** How far (in tokens) a caregiver word may stand before the harm word it is the subject of. */
const CAREGIVER_REACH = 12;

/** A rule over several facts; fires when `when` returns the triggering words (or true). */
export interface Combination {
  flag: string;
  /** The risk the combination raises to; none when it only adds a flag for officers. */
  risk?: TriageRisk;
  /** A category the combination is evidence for, when its parts carry none ("alone" + "ill"). */
  category?: TriageCategory;
  vi: string;
  en: string;
  /** Returns the words that triggered the rule (or true), or false when it does not apply. */
  when: (facts: TriageFacts) => string | boolean;
}

/** An injury raises risk only when the report also says how it was inflicted (or the child fears home). */
function hasViolenceBesidesInjury(facts: TriageFacts): boolean {
  return facts.affirmed.some((m) => m.rule.category === "physical_violence" && m.rule.code !== "injury");
}

/** The caregiver word that is the subject of a harm word in the same clause, if any. */
export function caregiverAbuser(facts: TriageFacts, harms: ReadonlySet<TriageCategory> = CAREGIVER_HARMS): string | false {
  const found = caregiverAndHarm(facts, harms);
  return found ? found.carer : false;
}

/** The carer's words and the harm told ("ba nó … nhốt"), quoted so a reason never names a harm nobody told. */
function caregiverHarm(facts: TriageFacts, harms: ReadonlySet<TriageCategory>): string | false {
  const found = caregiverAndHarm(facts, harms);
  return found ? `${found.carer}" … "${found.harm}` : false;
}

/**
 * The carer's physical harm is a locking in or out only ("khóa cửa nhốt em trong phòng cả ngày", "locks him in the flat"): no blow
 * is told, so officers read that a carer confines the child, not that a carer hits (walk 36).
 */
/** A locking in, or out of home ("shut_out", read by the rules' scope from "nhốt ở ngoài"). */
const LOCKINGS: ReadonlySet<string> = new Set(["confinement", "shut_out"]);

function caregiverConfinesOnly(facts: TriageFacts): boolean {
  const physical = new Set<TriageCategory>(["physical_violence"]);
  return caregiverAndHarm(facts, physical) !== false && caregiverAndHarm(facts, physical, (code) => !LOCKINGS.has(code)) === false;
}

/**
 * A harm told as done to each other ("bố mẹ cãi nhau", "chửi nhau", "đánh nhau": "nhau"), between the grown-ups named: no harm
 * the carer does to the child, so no carer who harms (a child who sees it is read by the model and the emotional-abuse words).
 */
function betweenThemselves(harm: PhraseMatch): boolean {
  return foldWords(harm.quote).at(-1) === "nhau";
}

/** A person denied before a harm (folded, the words before it): "không phải bố", "it wasn't the neighbour who". */
const PERSON_DENIED = /\b(?:khong|ko|k|chang|hong) phai\b|\b(?:wasn t|isn t|wasnt|isnt|was not|is not|not)\b/;
/** Between the harm's clause and a carer named as who did it (folded): "... mà là", "nhưng chính là", "it was his", "but it was the". */
const DOER_OPENS = /(?:^| )(?:(?:ma|nhung) (?:la|chinh la)(?: do| boi| tai)?|(?:but )?it (?:was|s)(?: (?:his|her|my|their|our|the|a))?)$/;

/**
 * The carer named, after a person denied, as the one who did the harm: "không phải bố đánh em mà là mẹ em" (the clause of the harm),
 * "it wasn't the neighbour who hit him, it was his stepdad" (the next clause). The one denied is no carer who harms (phrase-matcher).
 */
function carerNamedAsDoer(facts: TriageFacts, carers: ReadonlyMap<number, PhraseMatch[]>, harm: PhraseMatch): string | false {
  const clauses = facts.clauses;
  const tokens = clauses?.[harm.clause]?.tokens;
  if (!clauses || !tokens || !PERSON_DENIED.test(tokens.slice(Math.max(0, harm.start - 7), harm.start).join(" "))) return false;
  const same = (carers.get(harm.clause) ?? []).find((c) => c.start >= harm.end && c.start - harm.end <= 8 && DOER_OPENS.test(tokens.slice(harm.end, c.start).join(" ")));
  if (same) return same.quote;
  const next = clauses[harm.clause + 1]?.tokens ?? [];
  const after = (carers.get(harm.clause + 1) ?? []).find((c) => c.start <= 4 && DOER_OPENS.test(next.slice(0, c.start).join(" ")));
  return after ? after.quote : false;
}

function caregiverAndHarm(facts: TriageFacts, harms: ReadonlySet<TriageCategory>, counts: (code: string) => boolean = () => true): { carer: string; harm: string } | false {
  const carers = byClause(facts.affirmed, "caregiver");
  const others = byClause(facts.affirmed, "other_person");
  for (const harm of facts.affirmed) {
    const category = harm.rule.category;
    if (!harm.rule.floor || !category || !harms.has(category) || harm.hypothetical || !counts(harm.rule.code) || betweenThemselves(harm)) continue;
    const near = (carers.get(harm.clause) ?? []).filter((c) => c.start <= harm.start && harm.start - c.end <= CAREGIVER_REACH);
    // "Mẹ cháu kể cháu bị ông hàng xóm sờ": another person between caregiver and harm is the abuser.
    const carer = near.find((c) => !(others.get(harm.clause) ?? []).some((o) => o.start >= c.end && o.start < harm.start));
    if (carer) return { carer: carer.quote, harm: harm.quote };
    // "Không phải bố đánh em mà là mẹ em", "it wasn't the neighbour who hit him, it was his stepdad": the carer named as who did it (M34).
    const doer = carerNamedAsDoer(facts, carers, harm);
    if (doer) return { carer: doer, harm: harm.quote };
    const sharing = carerBeforeSharedHome(facts, carers, harm);
    if (sharing) return { carer: sharing, harm: harm.quote };
  }
  return false;
}

/**
 * The words that put the child with the one who harms, but not a grandparent the child stays with when someone else, a parent,
 * did the harm: "bị bố đánh … giờ nó ở với bà, không sao" (walk 35) is the child safe with her grandmother.
 */
function withAbuserQuote(facts: TriageFacts, onlineOnly = false): string | false {
  const found = caregiverAndHarm(facts, CAREGIVER_HARMS);
  const doer = found ? new Set(foldWords(found.carer)) : null;
  const hits = facts.affirmed.filter((x) => {
    if (x.rule.code !== "with_abuser_now") return false;
    const said = foldWords(x.quote).join(" ");
    if (onlineOnly && TONIGHT_WORD.test(said)) return false;
    // "Every night around 11pm I see a girl selling gum": every night in a clause that tells no harm is when it was seen, not the
    // child with the one who harms, unless that one is the carer. Harm in the same clause ("tối nào cũng nghe tiếng đánh", "every
    // night the owner hits her") stays (walk 46, then a second reading).
    if (EVERY_NIGHT.test(said) && !found && !harmInClause(facts, x)) return false;
    // "a man collects her money and slapped her hand tonight": tonight dates what an adult outside the home did, not a night with him.
    // Only a harm told as done ("slapped", "rồi"): "đêm nay ông ấy lại sang ngủ chung với bé" is the night ahead with him.
    if (TONIGHT_WORD.test(said) && !found && doneInClause(facts, x) && facts.affirmed.some((o) => o.rule.code === "other_person" || o.rule.category === "labour_exploitation")) return false;
    const person = foldWords(x.quote).at(-1) ?? "";
    return !(doer && (person === "ba" || person === "ong") && !doer.has(person)) && withWhomOf(facts, x) !== "other";
  });
  // "tối nào cx nghe nó khóc, mà tối nay ổng về": the words of tonight or now say the danger, before the words of every night.
  const m = hits.find((x) => !EVERY_NIGHT.test(foldWords(x.quote).join(" "))) ?? hits[0];
  return m ? m.quote : false;
}

/** The word before whom the child is with ("ở với bà", "sống cùng cô", "living with her grandma"), as a folded token. */
const WITH_WORD: ReadonlySet<string> = new Set(["voi", "cung", "vs", "with"]);

/**
 * Whom a "with the person" match says the child is with ("ở với ba ngoại", "đang ở với cô giáo", "living with her grandma"), as the
 * fact module reads it from the words after "với" and the person the story says harms: "other" when the one named is not that
 * person. A match with no "với" in it ("tối nay") or naming no one known is not asked (null): it stands as it did.
 */
function withWhomOf(facts: TriageFacts, x: PhraseMatch): "harmer" | "other" | null {
  const clause = facts.clauses?.[x.clause];
  if (!clause || facts.text === undefined) return null;
  let k = -1;
  // "cung" only after "ở", "sống", "nhà" ("ở cùng", "sống cùng"): "đêm nào cũng" folds to it too, and names no one.
  for (let i = x.start; i < x.end; i++) if (WITH_WORD.has(clause.tokens[i] ?? "") && (clause.tokens[i] !== "cung" || ["o", "song", "nha"].includes(clause.tokens[i - 1] ?? ""))) k = i;
  if (k < 0) return null;
  // The person may be inside the match ("ở với bà") or right after it ("đang ở với cô giáo").
  const from = k + 1 < clause.tokens.length ? clause.origin[k + 1]! : -1;
  if (from < 0) return null;
  return childWithWhom(facts.text, clause.words.slice(from).join(" "));
}

/** Beating or sexual harm told in the clause of the match (an affirmed match of those kinds there). */
function harmInClause(facts: TriageFacts, x: PhraseMatch): boolean {
  return facts.affirmed.some((o) => o.clause === x.clause && o !== x && (o.rule.category === "physical_violence" || o.rule.category === "sexual_abuse") && o.rule.code !== "injury");
}

/** Tonight as a time word alone (folded): "tối nay", "đêm nay", "tối ni", "tonight". */
const TONIGHT_WORD = /^(?:toi nay|dem nay|toi ni|dem ni|tonight)$/;
/** A harm told as done (folded): an English past ("yelled", "slapped"), or "rồi", "vừa", "lúc nãy" with no "sẽ", "sắp" after. */
const DONE_WORDS = /\b(?:[a-z]{3,}ed|took|hit|beat|threw|caught|struck|grabbed|slapped|kicked|shouted|screamed|yelled)\b|\b(?:roi|vua|vua moi|luc nay|ban nay|hoi nay)\b(?!\s+(?:se|sap))/;
/** A future or a condition in the clause (folded): "will", "going to", "sẽ", "sắp", "nếu", "lại sang". */
const AHEAD_WORDS = /\b(?:will|going to|gonna|is coming|comes|if|se|sap|neu|dinh|hen|lai sang|sang ngu|qua ngu)\b/;

/** The clause of a match tells a harm as done, and nothing ahead ("slapped her hand tonight", "tối nay ổng quát nó rồi"). */
function doneInClause(facts: TriageFacts, x: PhraseMatch): boolean {
  const clause = facts.clauses?.[x.clause];
  if (!clause) return false;
  const words = clause.tokens.join(" ");
  return DONE_WORDS.test(words) && !AHEAD_WORDS.test(words);
}

/** Every night, said of a habit (folded): "tối nào cũng", "đêm nào cx", "every night". */
const EVERY_NIGHT = /\b(?:toi nao|dem nao|every night|each night)\b/;

/** A day gone by (folded): "hôm kia", "tối qua", "đêm hôm trước". */
const DAY_GONE_BY = /\b(?:hom kia|hom qua|toi qua|dem qua|hom truoc|dem truoc|toi hom truoc|tuan truoc|thang truoc)\b/;
/** Codes that put the child in the harm now whatever day is told. */
const STILL_NOW: ReadonlySet<string> = new Set(["now_word", "ongoing", "call_for_help", "violence_in_progress", "with_abuser_now", "now"]);

/**
 * "hôm kia còn đuổi nó ra khỏi nhà lúc nửa đêm, giờ nó ngủ bên nhà tôi": the night out is a day gone by, told in the clause of
 * the driving out or shutting out, and nothing says the child is out or with the harm now (walk 35). Not a night outside now.
 */
function nightGoneBy(facts: TriageFacts): boolean {
  const clauses = facts.clauses;
  if (!clauses || facts.affirmed.some((m) => STILL_NOW.has(m.rule.code))) return false;
  const shut = facts.affirmed.filter((m) => LOCKINGS.has(m.rule.code) || m.rule.code === "driven_out" || m.rule.code === "child_alone");
  return shut.length > 0 && shut.every((m) => DAY_GONE_BY.test(clauses[m.clause]!.tokens.slice(0, m.start).join(" ")));
}

/** A bracket or apposition that says the one named lives with the child: "(sống cùng nhà)", ", ở chung nhà,". */
const SHARED_HOME = /^(?:song|o) (?:cung|chung) (?:nha|mot nha|voi)\b/;
/** Kin a shared-home apposition makes one of the household: "bị chú (sống chung nhà) sờ". */
const KIN: ReadonlySet<string> = new Set(["chu", "cau", "bac", "di", "co", "duong", "thim", "mo", "anh", "ong", "ba", "bo", "me", "cha", "dong"]);

/**
 * "bị chú ruột (sống cùng nhà) sờ vào…", "bị ông dượng, ở chung nhà, sờ soạng…": the carer closes one clause, the next says
 * they share the home, and the harm opens the one after: the carer did it (walk 35).
 */
function carerBeforeSharedHome(facts: TriageFacts, carers: Map<number, PhraseMatch[]>, harm: PhraseMatch): string | false {
  const clauses = facts.clauses;
  if (!clauses || harm.start > 1 || harm.clause < 2) return false;
  const between = clauses[harm.clause - 1]!.tokens;
  if (between.length > 6 || !SHARED_HOME.test(between.join(" "))) return false;
  const before = clauses[harm.clause - 2]!.tokens;
  const carer = (carers.get(harm.clause - 2) ?? []).find((c) => c.end >= before.length - 1);
  if (carer) return carer.quote;
  const last = before.length - 1;
  const kinAt = KIN.has(before[last] ?? "") ? last : KIN.has(before[last - 1] ?? "") && before[last - 2] === "bi" ? last - 1 : -1;
  return kinAt >= 1 && before[kinAt - 1] === "bi" ? quoteSpan(clauses[harm.clause - 2]!, kinAt, last + 1) : false;
}

const NO_CODES: ReadonlySet<string> = new Set();

/** Harm codes that tell no one's act: an injury is what the child has ("đang chảy máu" after a fall), not what someone does now. */
const NOT_AN_ACT: ReadonlySet<string> = new Set(["injury"]);

/** A violence_in_progress phrase that tells only a sign ("đang chảy máu", "khóc thét"): lexicon inProgressSigns. */
export function signOnly(m: PhraseMatch): boolean {
  if (m.rule.code !== "violence_in_progress") return false;
  const said = foldWords(m.quote).join(" ");
  return IN_PROGRESS_SIGNS.some((s) => said === s || said.endsWith(` ${s}`));
}

/** Markers of an earlier time: an episode before ("tuần trước", "có lần", "last week"), long ago, over. */
const EARLIER: ReadonlySet<string> = new Set(["past_episode", "past_told", "past_resolved"]);
/** A "recent" time that is a day gone by (folded): "hôm qua", "tối qua", "đêm qua", "yesterday", "last night". */
const DAY_BEFORE = /\b(?:qua|yesterday|last night)\b/;

/** An act told on a day gone by or as an earlier episode: its sentence holds such a time ("Tuần trước ba nó ném cái ly vào nó"). */
function toldBeforeToday(facts: TriageFacts, m: PhraseMatch): boolean {
  const sentence = facts.sentenceOf?.[m.clause];
  const same = (c: number) => c === m.clause || (sentence !== undefined && facts.sentenceOf![c] === sentence);
  return facts.affirmed.some((x) => same(x.clause) && (EARLIER.has(x.rule.code) || (x.rule.code === "recent" && DAY_BEFORE.test(foldWords(x.quote).join(" ")))));
}

/**
 * An act of harm by someone (not an injury the child has, not a sign such as bleeding or screaming), told as now or today rather
 * than on a day gone by: what makes "đang chảy máu", "khóc thét" violence happening now (DESIGN: red flags come from facts;
 * violence_in_progress only when something says it is in progress). A cut from broken glass, a fall, a wound from last week: none.
 */
export function actOfHarmNow(facts: TriageFacts, harms: ReadonlySet<TriageCategory> = IMMEDIATE_HARMS, skip: ReadonlySet<string> = NO_CODES): PhraseMatch | undefined {
  return facts.affirmed.find((m) => m.rule.floor && m.rule.category && harms.has(m.rule.category) && !m.hypothetical && !NOT_AN_ACT.has(m.rule.code) && !skip.has(m.rule.code) && !toldBeforeToday(facts, m));
}

/** A harm word after "đang" in the same clause ("đang lôi con bé ra sân đánh"): happening now. An injury ("đang chảy máu") is no act. */
function harmAfterNowWord(facts: TriageFacts): string | false {
  const nowWords = byClause(facts.affirmed, "now_word");
  const harm = facts.affirmed.find(
    (m) =>
      m.rule.floor &&
      !NOT_AN_ACT.has(m.rule.code) &&
      // bullying words ("trêu") are not an emergency even now; a group beating is
      (m.rule.category !== "bullying" || m.rule.floor === "high") &&
      !m.hypothetical &&
      IMMEDIATE_HARMS.has(m.rule.category ?? "other") &&
      (nowWords.get(m.clause) ?? []).some((n) => n.start < m.start),
  );
  return harm ? harm.quote : false;
}

/** Driven out of home, or alone while being harmed at home. */
function outOnTheirOwn(facts: TriageFacts): boolean {
  return facts.codes.has("driven_out") || (facts.codes.has("child_alone") && hasHarm(facts, "emotional_abuse", "physical_violence", "neglect_abandonment"));
}

/** Words of a day before today that "vừa rồi", "vừa qua" name (folded): "tuần vừa rồi", "hôm vừa rồi"; weekdays are read with their "thứ", "chủ". */
const NAMED_DAY: ReadonlySet<string> = new Set(["tuan", "thang", "hom", "bua", "ngay", "dip", "tet", "ky"]);
const WEEKDAY: ReadonlySet<string> = new Set(["hai", "ba", "tu", "nam", "sau", "bay"]);

/** "thứ bảy vừa rồi", "chủ nhật vừa qua", "tuần vừa rồi" (not "ông Ba vừa dắt bé ..."): the time word at `start` follows a named day. */
function afterNamedDay(tokens: readonly string[], start: number): boolean {
  const prev = tokens[start - 1] ?? "";
  const before = tokens[start - 2] ?? "";
  return NAMED_DAY.has(prev) || (WEEKDAY.has(prev) && before === "thu") || (prev === "nhat" && before === "chu");
}

/** Today's times of "soon" (folded quotes): "tối nay", "chiều nay", "tonight" (not tomorrow). */
const TODAY = /^(?:toi nay|dem nay|chieu nay|hom nay|tonight|today|this afternoon|this evening)$/;

/**
 * A time of "just now" or today in the sentence that tells of being taken to a private place ("chiều nay ông chú (...) kéo nó
 * vô buồng", "dắt bé vào nhà nghỉ, vừa mới đây thôi"); not a named day gone by ("Thứ bảy vừa rồi ... dắt bé vào trong buồng"),
 * nor a time in another sentence ("Hôm qua bé mới kể với tôi").
 */
function takenJustNow(f: TriageFacts): boolean {
  if (!f.clauses || !f.sentenceOf) return f.codes.has("recent");
  const sentences = new Set(f.affirmed.filter((m) => m.rule.code === "taken_private").map((m) => f.sentenceOf![m.clause]));
  return f.affirmed.some((r) => {
    const today = r.rule.code === "soon" && TODAY.test(foldWords(r.quote).join(" "));
    if ((r.rule.code !== "recent" && !today) || !sentences.has(f.sentenceOf![r.clause])) return false;
    return !afterNamedDay(f.clauses![r.clause]!.tokens, r.start);
  });
}

/** Sextortion: named as such, or sexual images and a threat to post them or a demand for money or more images. */
function sextortionTold(f: TriageFacts): boolean {
  return f.codes.has("sextortion") || (f.codes.has("sexual_images") && f.codes.has("publish_threat"));
}

/** A sextortion threat told as something that happened, not inside an "if" of a warning or a question. */
function threatToldAsFact(f: TriageFacts): boolean {
  return f.affirmed.some((m) => (m.rule.code === "sextortion" || m.rule.code === "publish_threat") && !m.hypothetical);
}

/**
 * A matter told as past or dealt with, the one who harmed out of the child's reach now ("năm ngoái ... đã xử lý xong, ông ta đang
 * ở tù"): DESIGN rates it low, so the floors of a beating do not apply.
 */
function pastAndApart(f: TriageFacts): boolean {
  return f.codes.has("past_resolved") && f.codes.has("no_access_now");
}

/** The harm told is by other children only: peers named, no caregiver, no sexual harm, no severe beating. */
function peersOnly(f: TriageFacts): boolean {
  return f.codes.has("peer") && !f.codes.has("caregiver") && !hasHarm(f, "sexual_abuse", "neglect_abandonment") && !f.codes.has("violence_severe");
}

/** Telling or finding out (folded): "he told me today", "hôm nay cháu mới kể" date the telling, not the deadline. */
const TELLING_CLAUSE = /\b(?:told|tells?|found out|learn(?:ed|t)|ke (?:voi|cho|lai)|(?:moi|vua) ke|phat hien|moi biet)\b/;
/** A deadline denied (folded): "hasn't given a deadline", "chưa ra hạn". */
const NO_DEADLINE = /\b(?:no|without a|hasn t (?:given|set) a|didn t (?:give|set) a|has not (?:given|set) a) deadline\b|\b(?:chua|khong) (?:ra |dat |dua ra |co )?(?:han|thoi han)\b/;

/** Words of something still going on (codes): "vẫn", "đang", "still". */
const GOING_ON: ReadonlySet<string> = new Set(["ongoing", "now", "now_word"]);

/**
 * "Hôm nay hắn vẫn đang nhắn đe dọa", "today he is still sending her threats": the day dates what is still going on, in a
 * clause that sets nothing ahead and no condition; it is no deadline (walk 43). "nếu tối nay không gửi thì sẽ tung ảnh" is one.
 */
function datesWhatGoesOn(f: TriageFacts, x: PhraseMatch): boolean {
  const words = f.clauses![x.clause]!.tokens.join(" ");
  // Only messages or threats that go on: "tối nay là đang trên xe khách" (on the coach tonight) dates a child being moved now.
  if (AHEAD_OR_IF.test(words) || !MESSAGING.test(words)) return false;
  // "Hôm nay hắn vẫn đang nhắn đòi tiền": something is asked today, a deadline (m2).
  if (askedIn(f.clauses![x.clause]) || askedIn(f.clauses![x.clause + 1])) return false;
  return f.affirmed.some((o) => o.clause === x.clause && GOING_ON.has(o.rule.code) && o.start >= x.end);
}

/**
 * Someone took the child in, told after a time in the same clause (folded, spaced): "từ hôm trước tới giờ bé ở với bà nội",
 * "đã được cô đón về", "her aunt took her in", "has been with her grandmother". The time is of the care, not of the child alone.
 */
export const CARE_AFTER = / (?:o|song|ngu) (?:voi|nha|cung) (?:ba|ong|co|di|chu|bac|cau|thim|mo|hang xom|nguoi than|gia dinh|ho hang)\b(?! (?:duong|ke|ghe)\b)| duoc (?:\w+ ){0,3}?(?:don|cuu|nhan nuoi|dua (?:\w+ ){0,2}?ve|dua (?:di )?(?:vien|benh vien|kham)) | (?:da|vua) (?:don|dua (?:\w+ ){0,2}?ve) | don (?:be |chau |no |em |con be |thang be )?ve | took (?:him|her|them) in | (?:is|has been|stays|staying|lives|living|now) with (?:her|his|their|a|the) (?:grandmother|grandma|granny|grandfather|grandpa|grandparents|aunt|uncle|mother|mum|mom|father|dad|relatives|neighbou?rs?)\b/;

/** The words of the first affirmed match of the codes, past a long time followed in its clause by someone's care ("từ hôm trước tới giờ bé ở với bà nội"). */
function quoteNotOfCare(f: TriageFacts, ...codes: string[]): string | false {
  const m = f.affirmed.find((x) => codes.includes(x.rule.code) && !(x.rule.code === "long_time" && caredForAfter(f, x)));
  return m ? m.quote : false;
}

function caredForAfter(f: TriageFacts, x: PhraseMatch): boolean {
  const clause = f.clauses?.[x.clause];
  return clause !== undefined && CARE_AFTER.test(` ${clause.tokens.slice(x.end).join(" ")} `);
}

/**
 * A clause that asks (folded): "tối nay bé có phải đi bán nữa không", "mai nó có đi làm không ạ", "does he have to work tonight".
 * What is asked is not told.
 */
const ASKS = /(?:^| )co (?:\w+ ){0,10}?(?:khong|ko|hong|chua|ha)(?: (?:a|vay|nhi|ha|ta))?$|^(?:will|does|do|is|must|should|has|have|can) /;

/** Labour and "tonight", "tomorrow" in one clause ("tối nay nó lại đi bán"): both quotes, else false. Not in a question ("tối nay bé có phải đi bán nữa không?"). */
function labourSoon(f: TriageFacts): string | false {
  for (const soon of f.affirmed) {
    if (soon.rule.code !== "soon") continue;
    if (ASKS.test(f.clauses?.[soon.clause]?.tokens.join(" ") ?? "")) continue;
    const work = f.affirmed.find((x) => x.clause === soon.clause && (x.rule.code === "child_labour" || x.rule.code === "hazardous_work"));
    if (work) return `${soon.quote}" … "${work.quote}`;
  }
  return false;
}

/** Today, tonight or tomorrow as the time of a deadline or a pickup: not "3 hôm nay" (these three days), not the day it was told. */
function deadlineSoon(f: TriageFacts, ofThreat = false): string | false {
  if (!f.clauses) return quoteOf(f, "soon");
  if (f.clauses.some((c) => NO_DEADLINE.test(c.tokens.join(" ")))) return false;
  const m = f.affirmed.find((x) => x.rule.code === "soon" && !/^\d+$/.test(f.clauses![x.clause]!.tokens[x.start - 1] ?? "") && !TELLING_CLAUSE.test(f.clauses![x.clause]!.tokens.join(" ")) && !(ofThreat && datesWhatGoesOn(f, x)));
  return m ? m.quote : false;
}

/**
 * A "now" said of the images or the undressing, not of messages or threats that go on ("Hôm nay hắn vẫn đang nhắn đe dọa em"):
 * a now in a clause of messages or threats counts only when the images are told in that clause too (walk 43).
 */
function nowOfImages(f: TriageFacts): boolean {
  const nows = f.affirmed.filter((m) => m.rule.code === "now_word" || m.rule.code === "now");
  return nows.some((n) => {
    const clause = f.clauses?.[n.clause];
    if (!clause || !MESSAGING.test(clause.tokens.join(" "))) return true;
    const images = (c: number) => f.affirmed.some((m) => m.clause === c && (m.rule.code === "sexual_images" || m.rule.code === "sextortion"));
    if (images(n.clause)) return true;
    // "Hắn vẫn đang nhắn tin cho cháu, đòi cháu gửi thêm ảnh": a demand while he messages, the images in the next clause (m2).
    return (askedIn(clause) || askedIn(f.clauses![n.clause + 1])) && images(n.clause + 1);
  });
}

/** The demand words (lexicon askedWhileMessaging), each as its folded words and as written. */
const ASKED = ASKED_WHILE_MESSAGING.map((p) => p.split(" ").map((w) => ({ written: canonicalVietnamese(w), folded: foldVietnamese(w) })));

/**
 * A demand in a clause ("đòi", "bắt", "ép", "yêu cầu", "demanding"): as written when typed with diacritics ("đói", "bật" are
 * none), folded when typed without ("doi chau gui them anh").
 */
function askedIn(clause: Clause | undefined): boolean {
  if (!clause) return false;
  const fits = (i: number, w: { written: string; folded: string }) => {
    if (clause.tokens[i] !== w.folded) return false;
    const written = canonicalVietnamese(clause.words[clause.origin[i] ?? -1] ?? "");
    return written === foldVietnamese(written) || written === w.written;
  };
  return clause.tokens.some((_, i) => ASKED.some((p) => p.every((w, j) => fits(i + j, w))));
}

/** A weapon named within one clause of a "now" ("đang", "right now"), neither negated. */
function weaponNow(f: TriageFacts): boolean {
  const nows = f.affirmed.filter((m) => m.rule.code === "now" || m.rule.code === "now_word");
  return f.affirmed.some((w) => w.rule.code === "weapon" && nows.some((n) => Math.abs(n.clause - w.clause) <= 1));
}

/** Words of hearing (folded): "nghe tiếng", "đang nghe", "I can hear": a sound heard, no word that anything is done now. */
const HEARD_NOW = /\b(?:nghe|hear\S*)\b/;

/** A "now" that is not a sound heard ("đang", "ngay lúc này", "right now"), its quote. */
function nowNotHeard(f: TriageFacts): string | false {
  const m = f.affirmed.find((x) => x.rule.code === "now" && !HEARD_NOW.test(foldWords(x.quote).join(" ")));
  return m ? m.quote : false;
}

/** Codes that say a harm goes through the net: a contact online, a meeting asked for, images threatened or spread. */
const ONLINE_CODES: readonly string[] = ["grooming", "grooming_hint", "online_context", "online_harassment", "publish_threat", "sextortion"];

function toldOnline(f: TriageFacts): boolean {
  return ONLINE_CODES.some((c) => f.codes.has(c));
}

/** Combinations in the order their reasons are shown. */
export const COMBINATIONS: readonly Combination[] = [
  {
    flag: "violence_in_progress", risk: "emergency",
    vi: "Bạo lực hoặc xâm hại đang diễn ra", en: "Violence or abuse is happening now",
    when: (f) => harmAfterNowWord(f),
  },
  {
    flag: "violence_in_progress", risk: "emergency",
    vi: "Bạo lực, xâm hại hoặc bắt giữ đang diễn ra ngay lúc này", en: "Violence, abuse or abduction happening right now",
    // An act of harm told now, not an injury alone ("vết thương vẫn đang chảy máu" from a glass thrown last week). A locking
    // (held, locked in) is happening now only by a word of now other than hearing: a toddler heard crying behind a locked door
    // ("nghe tiếng bé khóc") is a child locked in (confinement), not violence happening (fixer T11).
    when: (f) => (actOfHarmNow(f, NOW_HARMS, LOCKINGS) !== undefined ? quoteOf(f, "now") : actOfHarmNow(f, NOW_HARMS) !== undefined && nowNotHeard(f)),
  },
  {
    flag: "with_abuser_now", risk: "emergency",
    vi: "Trẻ đang hoặc sắp ở cùng người gây hại", en: "The child is or will soon be with the abuser",
    // A sextortion online is no being with the one who harms ("tối nay" is its deadline).
    // Nor when the one who harms is out of the child's reach now ("ông ta đang ở tù, cháu giờ sống với bà nội").
    // Nor a tonight of a harm told only online, through the net: "tối nay nó hẹn gặp người quen trên mạng" is a meeting ahead
    // (meeting_soon), not the child with the one who harms (fixer T11). A harm at home seen only as images ("ông chủ vào phòng
    // tắm khi bé đang tắm ... tối nay chỉ có ông với bé") keeps it.
    when: (f) => !f.codes.has("no_access_now") && (hasHarm(f, "physical_violence", "sexual_abuse", "trafficking_abduction") ? withAbuserQuote(f) : hasHarm(f, "online_abuse") && !sextortionTold(f) && withAbuserQuote(f, toldOnline(f))),
  },
  {
    flag: "caregiver_is_abuser",
    vi: "Người gây hại là cha mẹ hoặc người chăm sóc trẻ", en: "The abuser is a parent or caregiver",
    when: (f) => caregiverAbuser(f),
  },
  {
    flag: "caregiver_sexual_abuse", risk: "emergency",
    vi: "Trẻ sống cùng người xâm hại tình dục mình (đêm nay vẫn ở cùng)", en: "The child lives with the sexual abuser (with them tonight)",
    // Not when the child is said to be with the reporter now ("giờ cháu đang ở với tôi"): no access tonight.
    when: (f) => !f.codes.has("with_reporter_now") && !f.codes.has("no_access_now") && caregiverAbuser(f, new Set(["sexual_abuse"])),
  },
  {
    flag: "caregiver_violence", risk: "high",
    // Physical abuse is a blow or a locking in or out ("nhốt ngoài sân cả đêm"): the reason must not say "beats" when nobody
    // was hit (walk 30), so it names the physical abuse and quotes the harm told. Dropping the flag on a locking alone was
    // tried and REVERTED: a small child repeatedly locked in by a carer (held-out writer E) lost its high floor.
    vi: "Cha mẹ hoặc người chăm sóc bạo hành thể chất trẻ", en: "A parent or caregiver physically abuses the child",
    // Not a matter told as past and dealt with, the carer out of the child's reach now (in prison, moved away): DESIGN rates it low.
    when: (f) => !pastAndApart(f) && !caregiverConfinesOnly(f) && caregiverHarm(f, new Set(["physical_violence"])),
  },
  {
    flag: "caregiver_confinement", risk: "high",
    // The same high floor for a carer who only locks the child in or out (held-out writer E's small child locked in keeps it).
    vi: "Cha mẹ hoặc người chăm sóc nhốt trẻ trong hoặc ngoài nhà", en: "A parent or caregiver locks the child in or out",
    when: (f) => !pastAndApart(f) && caregiverConfinesOnly(f) && caregiverHarm(f, new Set(["physical_violence"])),
  },
  {
    flag: "caregiver_death_threat", risk: "emergency",
    vi: "Người chăm sóc đe dọa tính mạng hoặc dùng hung khí với trẻ", en: "A caregiver threatens the child's life or uses a weapon",
    when: (f) => caregiverAbuser(f, new Set(["physical_violence"])) && quoteOf(f, "death_threat", "weapon"),
  },
  {
    flag: "child_alone_ill", risk: "emergency", category: "neglect_abandonment",
    vi: "Trẻ ở một mình trong khi đang ốm", en: "The child is alone and ill",
    when: (f) => f.codes.has("child_alone") && quoteOf(f, "child_ill"),
  },
  {
    flag: "infant_at_risk", risk: "emergency", category: "neglect_abandonment",
    vi: "Trẻ dưới 3 tuổi bị bỏ lại một mình hoặc bỏ rơi", en: "A child under 3 is left alone or abandoned",
    when: (f) => ageOrUnknown(f) <= 2 && !(f.codes.has("repeated") && !f.codes.has("abandonment")) && quoteOf(f, "child_alone", "abandonment", "neglect"),
  },
  {
    flag: "young_child_alone_long", risk: "emergency", category: "neglect_abandonment",
    vi: "Trẻ dưới 6 tuổi bị bỏ một mình nhiều giờ hoặc nhiều ngày", en: "A child under 6 left alone for hours or days",
    when: (f) => ageOrUnknown(f) <= 5 && !f.codes.has("repeated") && f.codes.has("child_alone") && quoteNotOfCare(f, "long_time"),
  },
  {
    flag: "exposure", risk: "emergency",
    vi: "Trẻ bị nhốt, đuổi hoặc bỏ ngoài trời rét, mưa, nắng gắt", en: "The child is shut out, driven out or left in cold, rain or heat",
    when: (f) => (f.codes.has("confinement") || f.codes.has("shut_out") || f.codes.has("driven_out") || f.codes.has("child_alone")) && !nightGoneBy(f) && quoteOf(f, "exposure"),
  },
  {
    flag: "infant_harmed", risk: "emergency",
    vi: "Trẻ dưới 2 tuổi bị đánh hoặc xâm hại", en: "A child under 2 is beaten or abused",
    when: (f) => ageOrUnknown(f) <= 1 && hasHarm(f, "physical_violence", "sexual_abuse"),
  },
  {
    flag: "left_alone_often", risk: "high", category: "neglect_abandonment",
    vi: "Trẻ nhỏ thường xuyên hoặc nhiều giờ bị để một mình", en: "A young child is often, or for long, left alone",
    when: (f) => ageOrUnknown(f) <= 10 && f.codes.has("child_alone") && quoteNotOfCare(f, "repeated", "long_time"),
  },
  {
    flag: "child_alone_intruder", risk: "emergency",
    vi: "Trẻ ở một mình trong khi có người tìm cách vào", en: "The child is alone while someone tries to get in",
    when: (f) => f.codes.has("child_alone") && quoteOf(f, "intruder"),
  },
  {
    flag: "labour_again_soon", risk: "high", category: "labour_exploitation",
    // "Tối nay chắc nó lại phải đi bán": the work that harms the child is told for tonight or tomorrow, not only as what went on before
    // (issue 13). DESIGN lists no labour among the emergencies, so high, with the words of the time in the reason for officers.
    vi: "Trẻ sắp lại bị bắt đi làm, đi bán (tối nay, ngày mai)", en: "The child is to be sent to work again soon (tonight, tomorrow)",
    when: (f) => !f.codes.has("past_resolved") && labourSoon(f),
  },
  {
    flag: "young_child_alone", risk: "high", category: "neglect_abandonment",
    vi: "Trẻ dưới 6 tuổi ở một mình", en: "A child under 6 is alone",
    when: (f) => ageOrUnknown(f) <= 5 && quoteOf(f, "child_alone"),
  },
  {
    flag: "underage_relationship", risk: "high", category: "sexual_abuse",
    vi: "Người lớn tuổi hơn nhiều có quan hệ hoặc bắt trẻ giữ bí mật", en: "A much older person in a relationship with the child, or demanding secrecy",
    when: (f) =>
      // Secrecy alone (a neighbour who touches a child and says "don't tell") is no relationship: a relationship word or an age gap is told.
      ageOrUnknown(f) <= 15 && (f.codes.has("secrecy") || f.codes.has("age_gap")) && (f.codes.has("relationship") || f.codes.has("age_gap")) && quoteOf(f, "relationship", "secrecy"),
  },
  {
    flag: "child_under_6", risk: "high",
    vi: "Trẻ dưới 6 tuổi bị gây hại", en: "A child under 6 is harmed",
    when: (f) => ageOrUnknown(f) <= 5 && hasHarm(f, "physical_violence", "sexual_abuse", "neglect_abandonment", "labour_exploitation", "trafficking_abduction"),
  },
  {
    // DESIGN: a suspicion of sexual abuse is reported, never discounted (high); emergency only with access tonight.
    flag: "sexual_abuse_suspected", risk: "high", category: "sexual_abuse",
    vi: "Có dấu hiệu nghi trẻ bị xâm hại tình dục", en: "Signs that suggest the child is being sexually abused",
    when: (f) => (!f.age || f.age.min <= 17) && quoteOf(f, "sexual_abuse_hint"),
  },
  {
    flag: "grooming", risk: "medium", category: "online_abuse",
    vi: "Người lạ làm quen, rủ gặp trẻ qua mạng", en: "A stranger befriends the child online and invites them out",
    when: (f) => f.codes.has("online_context") && quoteOf(f, "grooming_hint", "secrecy"),
  },
  {
    flag: "repeated", risk: "high",
    vi: "Bạo lực, xâm hại hoặc bỏ mặc lặp lại nhiều lần", en: "Violence, abuse or neglect that keeps happening",
    // Classmates who push and threaten again and again are bullying (medium), unless the beating is severe or a grown-up at home harms too.
    when: (f) => hasHarm(f, "physical_violence", "sexual_abuse", "neglect_abandonment") && !peersOnly(f) && quoteOf(f, "repeated"),
  },
  {
    flag: "work_injury", risk: "high",
    vi: "Trẻ bị thương khi phải làm việc", en: "The child was hurt at the work they are made to do",
    when: (f) => hasHarm(f, "labour_exploitation") && quoteOf(f, "injury"),
  },
  {
    flag: "injury", risk: "high",
    vi: "Trẻ bị đánh và có thương tích", en: "The child was beaten and is injured",
    when: (f) => !pastAndApart(f) && hasHarm(f, "physical_violence", "bullying") && hasViolenceBesidesInjury(f) && quoteOf(f, "injury"),
  },
  {
    flag: "illegal_child_labour", risk: "high",
    vi: "Trẻ dưới 13 tuổi lao động", en: "A child under 13 works",
    when: (f) => hasHarm(f, "labour_exploitation") && ageOrUnknown(f) <= 12,
  },
  {
    // The same flag for a child of any age kept out of school to work; the reason says which of the two applied.
    flag: "illegal_child_labour", risk: "high",
    vi: "Trẻ bị bắt nghỉ học để làm việc", en: "A child is kept out of school to work",
    when: (f) => hasHarm(f, "labour_exploitation") && quoteOf(f, "kept_from_school"),
  },
  {
    flag: "confinement_now", risk: "emergency",
    vi: "Trẻ đang bị nhốt, trói hoặc giam giữ", en: "The child is locked up, tied or held right now",
    when: (f) => f.codes.has("ongoing") && quoteOf(f, "confinement"),
  },
  {
    // A locking out of home going on now: named for what it is; the model reads it as the locking it was trained on (trainedFlag).
    flag: "shut_out_now", risk: "emergency",
    vi: "Trẻ đang bị nhốt ở ngoài, không cho vào nhà", en: "The child is locked out of home right now",
    when: (f) => f.codes.has("ongoing") && quoteOf(f, "shut_out"),
  },
  {
    flag: "working_instead_of_school", risk: "medium", category: "labour_exploitation",
    vi: "Trẻ không được đi học mà phải làm việc", en: "The child works instead of going to school",
    when: (f) => (f.evidence.get("labour_exploitation") ?? 0) >= 2 && quoteOf(f, "out_of_school", "kept_from_school"),
  },
  {
    flag: "held_for_exploitation", risk: "emergency",
    vi: "Trẻ bị giữ lại để bóc lột tình dục", en: "The child is held for sexual exploitation",
    when: (f) => f.codes.has("confinement") && quoteOf(f, "sexual_exploitation"),
  },
  {
    flag: "coerced_labour", risk: "high",
    vi: "Trẻ bị ép làm việc kèm đánh đập hoặc giam giữ", en: "Forced child labour with beatings or confinement",
    // An injury at work ("bị phỏng tay") is not a beating: the violence must be told besides it.
    when: (f) => hasHarm(f, "labour_exploitation") && hasViolenceBesidesInjury(f) && quoteOf(f, "child_labour"),
  },
  {
    flag: "child_marriage", risk: "high",
    vi: "Trẻ chưa đủ tuổi kết hôn bị gả, lấy chồng hoặc vợ", en: "A child below marriage age is being married",
    when: (f) => f.codes.has("underage_marriage") && quoteOf(f, "marriage"),
  },
  {
    flag: "child_pregnancy", risk: "high",
    vi: "Trẻ dưới 16 tuổi có thai", en: "A child under 16 is pregnant",
    when: (f) => ageOrUnknown(f) <= 15 && quoteOf(f, "child_pregnancy"),
  },
  {
    flag: "recent_sexual_assault", risk: "emergency",
    vi: "Trẻ vừa bị hiếp dâm: cần khám và bảo vệ ngay", en: "The child was just raped: needs medical care and protection now",
    when: (f) => f.codes.has("recent") && quoteOf(f, "rape"),
  },
  {
    flag: "missing_recent", risk: "emergency",
    vi: "Trẻ vừa mất tích, chưa rõ ở đâu", en: "The child has just gone missing",
    when: (f) => f.codes.has("recent") && quoteOf(f, "child_missing"),
  },
  {
    flag: "sexual_assault_unattended", risk: "emergency",
    vi: "Trẻ bị hiếp dâm, chưa thấy nói đã qua hay đã được giúp: cần khám và bảo vệ ngay", en: "The child was raped and nothing says it is past or dealt with: needs care and protection now",
    when: (f) => !f.codes.has("past_resolved") && quoteOf(f, "rape"),
  },
  {
    flag: "taken_to_private_place_now", risk: "emergency", category: "sexual_abuse",
    vi: "Trẻ vừa hoặc đang bị đưa vào chỗ kín", en: "The child has just been, or is being, taken into a private place",
    // "vừa" is "just now" only near the words that tell it: "Thứ bảy vừa rồi bé sang nhà ông ta ... ông dắt bé vào buồng" is last Saturday.
    when: (f) => (f.codes.has("now") || f.codes.has("now_word") || takenJustNow(f)) && quoteOf(f, "taken_private"),
  },
  {
    flag: "marriage_imminent", risk: "emergency",
    vi: "Trẻ sắp bị cưới ép hoặc vừa bị bắt về làm vợ", en: "The child is about to be married, or was just taken as a bride",
    // "Today, tonight, tomorrow" raise; a "now" or "just" raises only when no far time is named for the wedding:
    // "sang năm mới cưới, cháu vẫn đang đi học" is a marriage talked of for next year (medium), not imminent.
    // "vừa tròn 18 tuổi, đã đăng ký kết hôn": someone of 18 or more is no child being married.
    when: (f) => hasHarm(f, "child_marriage") && !f.codes.has("past_resolved") && !f.adultSubject && (quoteOf(f, "soon") || (!f.codes.has("far_future") && quoteOf(f, "recent", "now"))),
  },
  {
    flag: "sextortion_deadline", risk: "emergency", category: "online_abuse",
    vi: "Trẻ bị đe dọa tung ảnh nhạy cảm, hạn trong hôm nay hoặc ngày mai", en: "Sextortion: a threat to share the child's sexual images, with a deadline today, tonight or tomorrow",
    // "tung ảnh" (to release images) folds like "từng" (once, in the past): a bare "tung" is no past here.
    // A warning told as an "if" ("Nếu con bị ai tống tiền bằng ảnh ... trước tối nay thì phải báo ngay") is no threat made: the
    // threat itself must be told outside a hypothetical (the condition of a threat, "nếu tối nay không chuyển tiền thì ...", is
    // a demand: collectFacts no longer marks it hypothetical).
    when: (f) => sextortionTold(f) && threatToldAsFact(f) && !f.affirmed.some((m) => m.rule.code === "past_resolved" && foldWords(m.quote).join(" ") !== "tung") && deadlineSoon(f, true),
  },
  {
    flag: "transfer_soon", risk: "emergency", category: "trafficking_abduction",
    vi: "Trẻ bị dụ đi làm xa hoặc qua biên giới, có người hoặc xe đến đón trong hôm nay hoặc ngày mai", en: "A child lured to work far away or across the border, to be picked up or moved today, tonight or tomorrow",
    when: (f) => (f.codes.has("trafficking") || f.codes.has("job_lure")) && !f.codes.has("past_resolved") && !f.codes.has("far_future") && (f.codes.has("pickup") || f.codes.has("in_transit") || f.codes.has("border")) && deadlineSoon(f),
  },
  {
    flag: "meeting_soon", risk: "emergency", category: "online_abuse",
    vi: "Trẻ sắp gặp người quen qua mạng trong hôm nay", en: "The child is meeting someone met online today or tonight",
    // A deadline of a sextortion is not a meeting ("send more photos by tomorrow or I post them").
    when: (f) => f.codes.has("grooming") && !sextortionTold(f) && (f.codes.has("online_context") || f.codes.has("taken_private") || hasHarm(f, "sexual_abuse")) && quoteOf(f, "soon"),
  },
  {
    flag: "online_sexual_abuse_now", risk: "emergency",
    vi: "Trẻ đang bị ép cởi đồ, quay hoặc chụp ảnh nhạy cảm ngay lúc này", en: "The child is being made to undress or film sexual images right now",
    when: (f) => (f.codes.has("now_word") || f.codes.has("now")) && nowOfImages(f) && quoteOf(f, "sexual_images", "sextortion"),
  },
  {
    flag: "young_child_lost", risk: "emergency",
    vi: "Trẻ dưới 7 tuổi đi lạc, chưa được tìm thấy", en: "A child under 7 is lost and not yet found",
    when: (f) => ageOrUnknown(f) <= 6 && !f.codes.has("past_resolved") && quoteOf(f, "lost_child"),
  },
  {
    flag: "young_child_alone_in_danger", risk: "emergency", category: "neglect_abandonment",
    vi: "Trẻ nhỏ một mình ở nơi nguy hiểm hoặc lúc đêm tối", en: "A small child alone in a dangerous place or at night",
    when: (f) => ageOrUnknown(f) <= 6 && !f.codes.has("repeated") && (f.codes.has("child_alone") || f.codes.has("lost_child")) && quoteOf(f, "danger_place", "night"),
  },
  {
    flag: "driven_out_at_night", risk: "emergency",
    vi: "Trẻ bị đuổi ra khỏi nhà hoặc ở ngoài một mình lúc đêm", en: "The child was driven out of home, or is outside alone, at night",
    when: (f) => !f.codes.has("repeated") && (ageOrUnknown(f) <= 15 || !f.age) && outOnTheirOwn(f) && quoteOf(f, "night"),
  },
  {
    flag: "abandoned_young_child", risk: "emergency", category: "neglect_abandonment",
    vi: "Trẻ dưới 6 tuổi bị bỏ lại nhiều ngày", en: "A child under 6 abandoned for days",
    when: (f) => ageOrUnknown(f) <= 5 && quoteOf(f, "abandonment") && quoteNotOfCare(f, "long_time"),
  },
  {
    flag: "confined_and_injured", risk: "emergency",
    vi: "Trẻ bị nhốt trong khi đang bị thương", en: "The child is locked in while injured",
    when: (f) => f.codes.has("confinement") && quoteOf(f, "injury", "child_ill"),
  },
  {
    flag: "shut_out_injured", risk: "emergency",
    vi: "Trẻ bị nhốt ở ngoài nhà trong khi đang bị thương hoặc ốm", en: "The child is locked out of home while injured or ill",
    when: (f) => f.codes.has("shut_out") && quoteOf(f, "injury", "child_ill"),
  },
  {
    flag: "taken_in_transit", risk: "emergency", category: "trafficking_abduction",
    vi: "Trẻ đang bị đưa đi (trên xe, ra biên giới, mua vé)", en: "The child is being moved away (in a vehicle, to the border, tickets bought)",
    when: (f) => hasHarm(f, "trafficking_abduction", "sexual_abuse") && !f.codes.has("past_resolved") && quoteOf(f, "in_transit"),
  },
  {
    flag: "trafficking_under_way", risk: "emergency",
    vi: "Trẻ vừa hoặc đang bị đưa đi bán, đưa qua biên giới", en: "The child has just been, or is being, trafficked",
    when: (f) => f.codes.has("trafficking") && !f.codes.has("past_resolved") && quoteOf(f, "recent", "now", "now_word"),
  },
  {
    flag: "young_child_missing", risk: "emergency",
    vi: "Trẻ dưới 13 tuổi mất tích, chưa rõ ở đâu", en: "A child under 13 is missing",
    when: (f) => ageOrUnknown(f) <= 12 && !f.codes.has("past_resolved") && quoteOf(f, "child_missing"),
  },
  {
    flag: "ill_infant_without_care", risk: "emergency", category: "neglect_abandonment",
    vi: "Trẻ dưới 4 tuổi ốm mà không ai chăm sóc, đưa đi khám", en: "A child under 4 is ill with no one to care for them",
    when: (f) => ageOrUnknown(f) <= 3 && f.codes.has("child_ill") && quoteOf(f, "neglect", "child_alone", "abandonment"),
  },
  {
    flag: "young_child_locked_in_alone", risk: "emergency", category: "neglect_abandonment",
    vi: "Trẻ nhỏ bị nhốt và bỏ lại nhiều giờ", en: "Small children locked in and left for hours",
    when: (f) => ageOrUnknown(f) <= 6 && f.codes.has("confinement") && quoteNotOfCare(f, "long_time", "abandonment"),
  },
  {
    // A small child shut out of home for hours is alone outside (DESIGN: a small child alone): the same floor as locked in, named so.
    flag: "young_child_shut_out", risk: "emergency", category: "neglect_abandonment",
    vi: "Trẻ nhỏ bị nhốt ở ngoài nhà và bỏ mặc nhiều giờ", en: "A small child locked out of home and left for hours",
    when: (f) => ageOrUnknown(f) <= 6 && f.codes.has("shut_out") && quoteNotOfCare(f, "long_time", "abandonment"),
  },
  {
    flag: "weapon_now", risk: "emergency",
    vi: "Có người đang cầm hung khí (dao, gậy gộc) nhắm vào trẻ", en: "Someone is carrying a weapon (a knife, sticks) at the child now",
    // DESIGN: a weapon is an emergency; here only when it is carried now ("đang cầm gậy gộc", "right now with sticks"), near
    // the "now" (the same clause or the next), in a story not told as past or over.
    when: (f) => !f.codes.has("past_resolved") && weaponNow(f),
  },
  {
    flag: "threat_tonight", risk: "emergency",
    vi: "Trẻ bị đe dọa giết hoặc đánh bằng hung khí và đêm nay ở cùng người đó", en: "The child was threatened with death or a weapon and is with that person tonight",
    when: (f) => (quoteOf(f, "with_abuser_now", "soon") && quoteOf(f, "death_threat", "weapon")) || false,
  },
  {
    flag: "held_by_traffickers", risk: "emergency",
    vi: "Trẻ bị bán hoặc đưa đi và đang bị giữ", en: "The child was sold or taken and is being held",
    when: (f) => f.codes.has("trafficking") && quoteOf(f, "confinement"),
  },
  {
    flag: "controlled_in_transit", risk: "emergency", category: "trafficking_abduction",
    vi: "Trẻ đang bị đưa đi bởi người kiểm soát, không cho nói chuyện", en: "A child being moved by an adult who controls them and stops them talking",
    when: (f) => f.codes.has("controlled") && quoteOf(f, "in_transit"),
  },
  {
    flag: "lured_away", risk: "emergency", category: "online_abuse",
    vi: "Trẻ bỏ đi gặp người dụ dỗ qua mạng", en: "The child has left to meet someone who groomed them online",
    when: (f) => f.codes.has("grooming") && !f.codes.has("past_resolved") && quoteOf(f, "child_missing", "ran_away"),
  },
  {
    flag: "afraid_to_go_home_today", risk: "emergency",
    vi: "Trẻ bị thương, sợ về nhà, và hôm nay phải về hoặc đang bị tìm", en: "An injured child afraid to go home, who must go back today or is being looked for",
    when: (f) => f.codes.has("afraid_of_home") && (f.codes.has("injury") || f.codes.has("violence_severe") || f.codes.has("death_threat")) && quoteOf(f, "soon", "with_abuser_now", "now_word"),
  },
  {
    flag: "young_child_exposed", risk: "emergency",
    vi: "Trẻ nhỏ ở ngoài mưa rét, nắng gắt hoặc đêm khuya nhiều giờ", en: "A young child out in the rain, cold, heat or late night for hours",
    when: (f) => ageOrUnknown(f) <= 8 && !f.codes.has("repeated") && (f.codes.has("night") || f.codes.has("child_labour")) && quoteOf(f, "exposure"),
  },
];
