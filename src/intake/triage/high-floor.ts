/**
 * The high floor (DESIGN.md "Triage contract", High): serious harm that is recurring or recent but not said to be imminent.
 * The model decides below emergency and may read a changed wording one band lower; these facts, when the text states them,
 * keep a report at least high. One function over the facts (who, what, how often, marks, age, when), read from matches that
 * are neither negated nor hypothetical ("nếu"), nor told as an earlier episode; nothing of a matter told as over and safe
 * ("năm ngoái, giờ ổn rồi", "hoãn cưới rồi", "the police took him away") unless more harm follows ("nhưng vẫn đánh"), nor a
 * question of the law about children in general (one that tells of a particular child is a report). Its own word lists are read
 * with the phrase matcher's reading of "not" (negatedAt), so a word the matcher would read as denied is denied here too. A suspicion is not a reason to lower. It only raises; the contract's medium (humiliation and
 * threats, neglect without acute danger, grooming before any image, a marriage talked of for next year) does not rise here.
 */
import { foldWords } from "../../core/vietnamese-text.ts";
import { firstHypothetical, negatedAt, type PhraseMatch } from "./phrase-matcher.ts";
import { ABBREVIATIONS, HIGH_FLOOR_WORDS, HYPOTHETICAL_PAIRS, NEGATORS } from "./triage-lexicon.ts";
import { HOUSEHOLD, type ReportFacts } from "./report-facts.ts";
import { quoteSpan } from "./report-text.ts";
import type { TriageFacts } from "./triage-facts.ts";
import type { TriageResult } from "./triage-types.ts";

/** One fact of the contract's high band found in a report: the flag officers filter on, and what it says. */
export interface HighFact {
  flag: string;
  vi: string;
  en: string;
  /** The words it was read from. */
  quote: string;
  /** The rule code of those words. */
  code?: string;
}

/** Beatings: a blow or a severe beating, not an injury alone nor a locking in. */
const BEATING: ReadonlySet<string> = new Set(["physical_violence", "violence_severe"]);
/** Sexual harm told or suspected (a touch, a rape, a child sold for sex, taken into a private room): not grooming talk alone. */
const SEXUAL_HARM: ReadonlySet<string> = new Set(["sexual_contact", "rape", "sexual_exploitation", "taken_private"]);
/** Work that is a child's labour (not chores). */
const LABOUR: ReadonlySet<string> = new Set(["child_labour", "hazardous_work"]);

/** An opener of a hypothetical ("nếu", "giả sử", "if"), folded, as a whole word or two. */
const HYPOTHETICAL = new RegExp(`\\b(?:${[...HYPOTHETICAL_PAIRS].join("|")})\\b`);

/** A negator (folded), typed in full or in chat ("ko", "k"), or "without". */
function isNegator(w: string): boolean {
  return NEGATORS.has(w) || NEGATORS.has(ABBREVIATIONS.get(w) ?? "") || w === "without";
}

/** The same regular expression, global (for every match in a clause). */
const GLOBAL = new Map<RegExp, RegExp>();
function globalOf(words: RegExp): RegExp {
  let all = GLOBAL.get(words);
  if (!all) GLOBAL.set(words, (all = new RegExp(words.source, "g")));
  return all;
}

/**
 * Words of the list told in a clause and not denied there ("không thấy bầm", "chưa đám hỏi"), "not" read as the phrase matcher
 * reads it for its own matches (negatedAt): the first such words as written, or null. A denied match is never the quote.
 */
function toldNotDenied(words: RegExp, matches: TriageFacts, through: readonly string[] = []): string | null {
  const clauses = matches.clauses ?? [];
  for (const [ci, clause] of clauses.entries()) {
    const joined = clause.tokens.join(" ");
    if (!words.test(joined)) continue;
    for (const m of joined.matchAll(globalOf(words))) {
      const start = joined.slice(0, m.index).split(" ").length - 1;
      if (!negatedAt(clauses, ci, start, through)) return quoteSpan(clause, start, start + m[0].split(" ").length);
    }
  }
  return null;
}

/** A word of the list as written (one word or two: "bầm", "sàm sỡ") in a text typed with diacritics, not denied (negatedAt). */
function writtenNotDenied(list: ReadonlySet<string>, matches: TriageFacts, through: readonly string[] = []): string | null {
  const text = matches.text ?? "";
  if (text.normalize("NFC").toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean).every((w) => foldWords(w).join("") === w)) return null;
  const clauses = matches.clauses ?? [];
  for (const [ci, clause] of clauses.entries()) {
    const words = clause.words.map((w) => w.normalize("NFC").toLowerCase());
    for (let j = 0; j < words.length; j++) {
      const two = `${words[j]} ${words[j + 1] ?? ""}`;
      const hit = list.has(two) ? two : list.has(words[j]!) ? words[j]! : null;
      if (hit === null) continue;
      const start = clause.origin.indexOf(j);
      if (start >= 0 && !negatedAt(clauses, ci, start, through)) return hit;
      // A denied pair is denied whole: "không có dấu vết" denies "vết" too.
      if (hit === two) j++;
    }
  }
  return null;
}

/**
 * A match in a sentence that an earlier clause of it opens with "nếu", "if": the case a question asks of. "Nếu" governs its own
 * clause only up to its "thì" ("Nếu tôi báo thì sao, ..."), and a clause that gives a reason ("vì con bé ... bị đánh") is told.
 */
function askedOf(matches: TriageFacts, m: PhraseMatch): boolean {
  const sentence = matches.sentenceOf?.[m.clause];
  if (sentence === undefined) return false;
  for (let c = m.clause; c >= 0 && matches.sentenceOf?.[c] === sentence; c--) {
    const tokens = matches.clauses?.[c]?.tokens ?? [];
    const at = c < m.clause ? firstHypothetical(tokens) : Infinity;
    if (at !== Infinity) return !tokens.slice(at + 1).some((t) => t === "thi" || t === "then");
    if (HIGH_FLOOR_WORDS.becauseOpens.test(tokens.join(" "))) return false;
  }
  return false;
}

/**
 * A particular child is told of: words for one child ("con bé", "cháu tôi", "nhà bên", "my daughter"), or an age that is not
 * said of children in general ("trẻ em dưới 10 tuổi" is a question's). An age read from other words ("children, 6 and 8") counts.
 */
function particularChild(folded: string, facts: ReportFacts, matches: TriageFacts): boolean {
  if (HIGH_FLOOR_WORDS.particularChild.test(folded)) return true;
  if (facts.age === null && matches.age === null) return false;
  const words = folded.trim().split(" ");
  let ages = 0;
  for (const [i, w] of words.entries()) {
    if (!/^\d+t?$/.test(w) || !(w.endsWith("t") || /^(?:tuoi|year|years|yo)$/.test(words[i + 1] ?? ""))) continue;
    ages++;
    if (!HIGH_FLOOR_WORDS.generalChild.test(spaced(words.slice(Math.max(0, i - 3), i).join(" ")))) return true;
  }
  return ages === 0;
}

/** The harms an "over" word may end, and one told after it as still going on ends nothing. */
const HARMS: ReadonlySet<string> = new Set([...BEATING, ...SEXUAL_HARM, ...LABOUR, "sexual_images", "sextortion", "underage_marriage", "marriage", "child_marriage", "child_alone", "abandonment", "injury"]);

/**
 * Words that end a matter (clause, first and last word) that do not end it: said of something else ("công việc của bố nó ổn định
 * rồi", "income"), or followed by a coming date ("cưới tuần sau") or by a harm told as still going on ("nhưng vẫn bị đánh", "lại
 * đánh", "still beats").
 */
function notTheEnd(matches: TriageFacts, stated: readonly PhraseMatch[], ci: number, start: number, end: number): boolean {
  const clauses = matches.clauses ?? [];
  const tokens = clauses[ci]?.tokens ?? [];
  if (HIGH_FLOOR_WORDS.settledThing.test(tokens.slice(0, start).join(" "))) return true;
  const after = [tokens.slice(end).join(" "), ...clauses.slice(ci + 1).map((c) => c.tokens.join(" "))].join(" ");
  if (HIGH_FLOOR_WORDS.withinWeeks.test(after)) return true;
  return stated.some((h) => HARMS.has(h.rule.code) && (h.clause > ci || (h.clause === ci && h.start >= end)) && HIGH_FLOOR_WORDS.stillGoing.test(clauses[h.clause]!.tokens.slice(h.clause === ci ? end : 0, h.end).join(" ")));
}

/** Where the report says the matter is over, not denied: the "over" words and the rules' "resolved" matches ("đã giải quyết"). */
function overWords(matches: TriageFacts): Array<{ clause: number; start: number; end: number; listed: boolean }> {
  const clauses = matches.clauses ?? [];
  const found = matches.affirmed.filter((m) => m.rule.code === "past_resolved").map((m) => ({ clause: m.clause, start: m.start, end: m.end, listed: false }));
  for (const [ci, clause] of clauses.entries()) {
    const joined = clause.tokens.join(" ");
    if (!HIGH_FLOOR_WORDS.over.test(joined)) continue;
    for (const m of joined.matchAll(globalOf(HIGH_FLOOR_WORDS.over))) {
      const start = joined.slice(0, m.index).split(" ").length - 1;
      if (!negatedAt(clauses, ci, start)) found.push({ clause: ci, start, end: start + m[0].split(" ").length, listed: true });
    }
  }
  return found;
}

/**
 * The matter is told as over ("giờ ổn định rồi", "đã giải quyết xong", "all good now"; or the facts read it resolved): not when
 * every place that says so is followed by more harm or said of something else (notTheEnd).
 */
function toldOver(matches: TriageFacts, facts: ReportFacts, stated: readonly PhraseMatch[]): boolean {
  const said = overWords(matches);
  const ended = said.filter((w) => !notTheEnd(matches, stated, w.clause, w.start, w.end));
  // The facts' own reading of "resolved" stands unless every word that says so is followed by more harm; a listed word alone ends it.
  return (facts.resolved && (said.length === 0 || ended.length > 0)) || ended.some((w) => w.listed);
}

/** A match within the words of a denied match of the same clause ("đánh" in "không bị bố đánh"). */
function insideDenied(matches: TriageFacts, m: PhraseMatch): boolean {
  return matches.negated.some((n) => n.clause === m.clause && n.start <= m.start && n.end >= m.end);
}

/** A match whose last word is a name written with a capital ("bị mẹ gửi lên Ninh Hiệp" is a place, no "bị ... hiếp"). */
function endsWithAName(m: PhraseMatch): boolean {
  const last = m.quote.trim().split(/\s+/).at(-1) ?? "";
  return m.quote.split(/\s+/).length > 1 && /^\p{Lu}/u.test(last) && last !== last.toUpperCase();
}

/** Private or nude images of the child named in the report ("hình riêng tư của e", "ảnh nóng", "nudes"), as a quote. */
function privateImages(folded: string): PhraseMatch | undefined {
  const m = HIGH_FLOOR_WORDS.privateImages.exec(folded);
  return m ? ({ quote: m[0], rule: { code: "sexual_images" } } as unknown as PhraseMatch) : undefined;
}

/** A match's words folded ("sờ soạng" -> "so soang"), and the same between spaces for whole-word tests. */
const foldedQuote = (m: PhraseMatch): string => foldWords(m.quote).join(" ");
const spaced = (words: string): string => ` ${words} `;

/**
 * The first fact of the contract's high band the report states, or null. `matches` are the rules' matches after their scope
 * rules (an adult's own work is no child labour); `facts` the extracted facts of the report.
 */
export function highFloorFact(matches: TriageFacts, facts: ReportFacts, rules: Pick<TriageResult, "risk">, overAndSafe = false): HighFact | null {
  // A past matter now resolved and safe is low (DESIGN): nothing here raises it; nor a general question or one about a matter
  // over, which the rules read as such (they read a harm with a floor above low, and rated the report low).
  const folded = spaced(foldWords(matches.text ?? "").join(" "));
  // A question of the law ("... thì bị phạt thế nào?"): of children in general, when no particular child is told of, it is no
  // report of a child; after "nếu" opens its sentence, what it governs in that sentence is the case asked of, not a harm told.
  const asksTheLaw = HIGH_FLOOR_WORDS.lawAsked.test(folded) || HIGH_FLOOR_WORDS.lawQuestion.test(folded);
  if (asksTheLaw && HIGH_FLOOR_WORDS.generalChild.test(folded) && !particularChild(folded, facts, matches)) return null;
  // One reading of "not": a word inside words the phrase matcher read as denied ("không bị bố đánh") is denied too.
  const stated = (matches.scoped ?? matches.affirmed).filter((m) => !m.hypothetical && !(asksTheLaw && askedOf(matches, m)) && !insideDenied(matches, m));
  const rulesLowered = rules.risk === "low" && stated.some((m) => m.rule.floor !== undefined && m.rule.floor !== "low");
  if (toldOver(matches, facts, stated) || overAndSafe || rulesLowered) return null;
  // A child the report is about: a general question or a request for leaflets names none.
  if (facts.children === null && facts.age === null && matches.age === null && !matches.codes.has("victim")) return null;
  const first = (codes: ReadonlySet<string>): PhraseMatch | undefined => stated.find((m) => codes.has(m.rule.code));
  const has = (code: string) => stated.some((m) => m.rule.code === code);
  const past = facts.when === "past";
  const age = matches.age?.min ?? facts.age?.min ?? null;
  // The one told of is a grown-up now ("hồi nhỏ tôi bị bố đánh, giờ tôi 30 tuổi"): no child is in that harm.
  if ((age !== null && age >= 18) || matches.adultSubject) return null;
  const peers = facts.harmer === "peer" || (has("peer") && !has("caregiver"));

  // Sexual abuse told or suspected, by anyone but a child of the same age (DESIGN: a suspicion of sexual abuse is high, never discounted).
  const sexual = stated.find((m) => (SEXUAL_HARM.has(m.rule.code) || (m.rule.code === "sexual_abuse_hint" && !HIGH_FLOOR_WORDS.weakHint.test(spaced(foldedQuote(m))))) && !HIGH_FLOOR_WORDS.notSexualAct.test(spaced(foldedQuote(m))) && !(HIGH_FLOOR_WORDS.writtenOnly.has(foldedQuote(m)) && foldedQuote(m) === m.quote.toLowerCase()));
  if (sexual && !past && !(peers && sexual.rule.code !== "rape") && !endsWithAName(sexual)) {
    return { flag: "high_sexual_abuse", quote: sexual.quote, code: sexual.rule.code, vi: "xâm hại tình dục được kể hoặc nghi ngờ", en: "sexual abuse told or suspected" };
  }
  // A touch or abuse the lexicon's phrases do not hold ("rồi sờ em", "tôi nghi ... xâm hại cháu"), of a child whose age is told.
  // Words read outside the lexicon's phrases carry no hypothetical of their own: not in a report that says "nếu", "if".
  const touch = age !== null && !past && !peers && !HYPOTHETICAL.test(folded) ? writtenNotDenied(HIGH_FLOOR_WORDS.touchWritten, matches) ?? toldNotDenied(HIGH_FLOOR_WORDS.touchFolded, matches) : null;
  if (touch) {
    return { flag: "high_sexual_abuse", quote: touch, vi: "xâm hại tình dục được kể hoặc nghi ngờ", en: "sexual abuse told or suspected" };
  }
  // Sexual images of the child already in someone's hands, who threatens to send them or asks for money (DESIGN: images already
  // sent): not images shown to the child (grooming, medium), nor photos classmates took (bullying).
  // A negator earlier in the clause ("chưa ghi nhận em nào gửi ảnh nhạy cảm", "không có tống tiền") denies it.
  const deniedInClause = (m: PhraseMatch) => (matches.clauses?.[m.clause]?.tokens.slice(0, m.start) ?? []).some(isNegator);
  const heldImages = stated.find((m) => m.rule.code === "sexual_images" && !deniedInClause(m)) ?? privateImages(folded);
  const images = stated.find((m) => m.rule.code === "sextortion" && !deniedInClause(m) && !HIGH_FLOOR_WORDS.notSextortion.has(foldedQuote(m))) ?? (has("publish_threat") || has("threat") || toldNotDenied(HIGH_FLOOR_WORDS.demand, matches) !== null ? heldImages : undefined);
  if (images && !past && !peers) {
    return { flag: "high_images_sent", quote: images.quote, code: images.rule.code, vi: "người khác đang giữ ảnh nhạy cảm của trẻ và đe dọa", en: "someone holds sexual images of the child and threatens the child" };
  }
  const beating = first(BEATING);
  const repeated = facts.times.includes("repeated") || has("repeated");
  const carer = facts.harmer !== null && HOUSEHOLD.has(facts.harmer);
  // Marks that are a harm (bruises, wounds, burns), not a redness that fades: DESIGN's "marks", and an injury.
  // Not when the report denies any injury ("chưa ghi nhận thương tích", "no visible injury").
  const injuryDenied = matches.negated.some((m) => m.rule.code === "injury") || HIGH_FLOOR_WORDS.injuryDenied.test(folded);
  const fading = HIGH_FLOOR_WORDS.fading.test(folded);
  const hurt = !injuryDenied && (facts.injury === "needs_care" || facts.injury === "severe" || (!fading && (has("injury") || toldNotDenied(HIGH_FLOOR_WORDS.marks, matches, HIGH_FLOOR_WORDS.marksDeniedThrough) !== null || writtenNotDenied(HIGH_FLOOR_WORDS.marksWritten, matches, HIGH_FLOOR_WORDS.marksDeniedThrough) !== null)));
  if (beating && !past && !peers) {
    // Repeated beatings with marks (DESIGN), by anyone but other children.
    if (repeated && hurt) return { flag: "high_repeated_beating_marks", code: beating.rule.code, quote: beating.quote, vi: "trẻ bị đánh nhiều lần, có dấu vết", en: "the child is beaten again and again, with marks" };
    // Living with the person who hits (DESIGN): a carer's beating that left marks, not told as once ("một lần", "once").
    if (carer && !matches.codes.has("no_access_now") && hurt && !HIGH_FLOOR_WORDS.once.test(folded)) return { flag: "high_lives_with_hitter", quote: beating.quote, code: beating.rule.code, vi: "trẻ sống cùng người đánh mình để lại dấu vết", en: "the child lives with the person who hits them, and the blows left marks" };
  }
  // Labour that keeps a child from school (DESIGN): made to leave school to work; not a summer job ("nghỉ hè"), not among pupils.
  const labour = first(LABOUR);
  const keptFromSchool = stated.find((m) => m.rule.code === "kept_from_school" && !deniedInClause(m) && !HIGH_FLOOR_WORDS.holiday.test(spaced(matches.clauses?.[m.clause]?.tokens.join(" ") ?? foldedQuote(m))));
  if (labour && keptFromSchool && !past && !peers) {
    return { flag: "high_labour_kept_from_school", quote: `${keptFromSchool.quote}" … "${labour.quote}`, code: labour.rule.code, vi: "trẻ bị bắt nghỉ học để làm việc", en: "the child is kept from school to work" };
  }
  // A marriage of a child arranged within weeks (DESIGN): a betrothal, bride price or wedding day told, or a wedding weeks ahead;
  // not talked of for next year, not asked of the law, not a hypothetical ("nếu"), not denied.
  const childAge = age !== null && age < 18;
  const marrying = writtenNotDenied(HIGH_FLOOR_WORDS.marriageWritten, matches) ?? toldNotDenied(HIGH_FLOOR_WORDS.marriageFolded, matches);
  const arrangedWords = toldNotDenied(HIGH_FLOOR_WORDS.marriageArranged, matches) !== null;
  const lexiconMarriage = matches.codes.has("underage_marriage") && arrangedWords ? first(new Set(["marriage", "child_marriage"]))?.quote : undefined;
  const weeksAhead = childAge && marrying !== null && (arrangedWords || HIGH_FLOOR_WORDS.withinWeeks.test(folded) || facts.ahead === "weeks_ahead") && !matches.adultSubject ? marrying : undefined;
  const arranged = lexiconMarriage ?? weeksAhead;
  const marriageLater = facts.ahead === "next_year" || stated.some((m) => m.rule.code === "far_future" && HIGH_FLOOR_WORDS.years.test(spaced(foldedQuote(m))));
  if (arranged && !HIGH_FLOOR_WORDS.lawQuestion.test(folded) && !HYPOTHETICAL.test(folded) && !past && !marriageLater) {
    return { flag: "high_marriage_arranged", quote: arranged, vi: "việc gả trẻ đã được sắp đặt (ăn hỏi, sính lễ, ngày cưới trong vài tuần)", en: "a child's marriage has been arranged (betrothal, bride price, a wedding within weeks)" };
  }
  // Young children left without an adult for days (DESIGN): a number of days told, not a day's hours.
  const alone = first(new Set(["child_alone", "abandonment"]));
  const days = stated.find((m) => m.rule.code === "long_time" && HIGH_FLOOR_WORDS.days.test(spaced(foldedQuote(m))));
  if (alone && days && !past && (age === null || age <= 10)) {
    return { flag: "high_left_alone_days", quote: `${alone.quote}" … "${days.quote}`, code: alone.rule.code, vi: "trẻ nhỏ bị để không có người lớn nhiều ngày", en: "young children left without an adult for days" };
  }
  return null;
}
