/**
 * Floors for three harms the report tells (issue 12, T6), read clause by clause from folded tokens, words in
 * content/triage/told-harm-floors.json: a child sold or taken away and out of reach now (at least high, trafficking: the DESIGN's
 * emergency is a transfer today, tonight or tomorrow), a child taken away by someone and away now (an abduction happening: an
 * emergency of trafficking, T9), drugs sold or given to a child (at least medium; made to carry or sell them: labour exploitation, high), and a small child
 * who swallowed a battery, a caustic, poison or medicine (an emergency until a doctor says otherwise). Each only raises (DESIGN,
 * Triage contract). Also the goodbye the model must not read as a farewell of despair (modelText).
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { foldVietnamese } from "../../core/vietnamese-text.ts";
import { splitReport, type Clause } from "./report-text.ts";
import type { ReportFacts } from "./report-facts.ts";
import { raised } from "./told-now-floors.ts";
import type { TriageCategory, TriageResult } from "./triage-types.ts";

const WORDS_PATH = fileURLToPath(new URL("../../../content/triage/told-harm-floors.json", import.meta.url));

interface Words {
  trafficked: { taken: string[]; notBefore: string[]; outOfReach: string[]; over: string[] };
  takenAwayNow: { taken: string[]; notBefore: string[]; notAfter: string[]; notBy: string[]; awayNow: string[]; longAgo: string[]; over: string[] };
  offenderNearChild: { record: string[]; near: string[]; away: string[]; child: string[]; adult: string[]; asked: string[] };
  drugsToChild: { drug: string[]; given: string[]; child: string[]; carry: string[]; notBefore: string[] };
  swallowedBySmallChild: { swallowed: string[]; object: string[]; stuck: string[]; over: string[]; smallChild: string[] };
  ordinaryGoodbye: { goodbye: string[]; going: string[]; despair: string[] };
  forcedMarriageSoon: { forced: string[]; soon: string[]; heardAt: string[]; notBefore: string[]; later: string[]; adultWedding: string[] };
  heldAwayNow: { held: string[]; away: string[]; now: string[]; notBefore: string[]; parent: string[]; reporterKeeps: string[]; outing: string[]; over: string[]; past: string[]; since: string[]; adult: string[]; ageTold: string[] };
  metOnlineUnreachable: { online: string[]; meet: string[]; notBefore: string[]; unreachable: string[]; over: string[]; longAgo: string[] };
  smallChildHitHard: { hit: string[]; notHit: string[]; force: string[]; forceBefore: string[]; notBefore: string[]; hitterChild: string[]; ambiguous: string[]; between: string[] };
  spikedForChild: { spiked: string[]; notBefore: string[] };
}

/** A phrase of folded tokens ("a|b" either, "*" up to three tokens of one clause, "#" a number) as a pattern over " tok tok ". */
function phrase(p: string): string {
  return p
    .trim()
    .split(/\s+/)
    .map((t) => (t === "*" ? "(?: [^\\s|]+){0,3}" : ` (?:${t.split("|").map((a) => (a === "#" ? "\\d+" : a.replace(/[.+?^${}()[\]\\]/g, "\\$&").replace(/_/g, " "))).join("|")})`))
    .join("");
}

/** A list of phrases as one pattern; the match ends at a word bound (category-classes.ts reads its lists with it too). */
export function anyOf(list: readonly string[], flags = ""): RegExp {
  return new RegExp(`(?:${list.filter((p) => !p.startsWith("_")).map(phrase).join("|")})(?= )`, flags);
}

interface Compiled {
  taken: RegExp;
  takenNotBefore: RegExp;
  outOfReach: RegExp;
  trafficOver: RegExp;
  takenAway: RegExp;
  takenAwayNotBefore: RegExp;
  takenAwayNotAfter: RegExp;
  takenAwayNotBy: RegExp;
  awayNow: RegExp;
  longAgo: RegExp;
  takenOver: RegExp;
  offenderRecord: RegExp;
  offenderNear: RegExp;
  offenderAway: RegExp;
  offenderChild: RegExp;
  offenderAdult: RegExp;
  offenderAsked: RegExp;
  drug: RegExp;
  given: RegExp;
  child: RegExp;
  carry: RegExp;
  drugNotBefore: RegExp;
  swallowed: RegExp;
  object: RegExp;
  stuck: RegExp;
  swallowOver: RegExp;
  smallChild: RegExp;
  goodbye: string[][];
  going: RegExp;
  despair: RegExp;
  marriageForced: RegExp;
  marriageSoon: RegExp;
  marriageHeardAt: RegExp;
  marriageNotBefore: RegExp;
  marriageLater: RegExp;
  adultWedding: RegExp;
  held: RegExp;
  heldAway: RegExp;
  heldNow: RegExp;
  heldNotBefore: RegExp;
  heldParent: RegExp;
  reporterKeeps: RegExp;
  heldOuting: RegExp;
  heldOver: RegExp;
  heldPast: RegExp;
  heldSince: RegExp;
  heldAdult: RegExp;
  heldAgeTold: RegExp;
  metOnline: RegExp;
  metInPerson: RegExp;
  metNotBefore: RegExp;
  metUnreachable: RegExp;
  metOver: RegExp;
  metLongAgo: RegExp;
  hit: RegExp;
  notHit: RegExp;
  hitForce: RegExp;
  hitForceBefore: RegExp;
  hitNotBefore: RegExp;
  hitterChild: RegExp;
  hitAmbiguous: Map<string, string[]>;
  hitBetween: RegExp;
  spiked: RegExp;
  spikedNotBefore: RegExp;
}

let compiled: Compiled | null = null;

function words(): Compiled {
  if (compiled) return compiled;
  const w = JSON.parse(fs.readFileSync(WORDS_PATH, "utf8")) as Words;
  compiled = {
    taken: anyOf(w.trafficked.taken),
    takenNotBefore: anyOf(w.trafficked.notBefore),
    outOfReach: anyOf(w.trafficked.outOfReach),
    trafficOver: anyOf(w.trafficked.over),
    takenAway: anyOf(w.takenAwayNow.taken),
    takenAwayNotBefore: anyOf([...w.trafficked.notBefore, ...w.takenAwayNow.notBefore]),
    takenAwayNotAfter: new RegExp(`^${anyOf(w.takenAwayNow.notAfter).source}`),
    takenAwayNotBy: new RegExp(`${anyOf(w.takenAwayNow.notBy).source} $`),
    awayNow: anyOf([...w.takenAwayNow.awayNow, ...w.trafficked.outOfReach]),
    longAgo: anyOf(w.takenAwayNow.longAgo),
    takenOver: anyOf([...w.takenAwayNow.over, ...w.trafficked.over]),
    offenderRecord: anyOf(w.offenderNearChild.record),
    offenderNear: anyOf(w.offenderNearChild.near),
    offenderAway: anyOf(w.offenderNearChild.away),
    offenderChild: anyOf(w.offenderNearChild.child),
    offenderAdult: anyOf(w.offenderNearChild.adult),
    offenderAsked: anyOf(w.offenderNearChild.asked),
    drug: anyOf(w.drugsToChild.drug),
    given: anyOf(w.drugsToChild.given),
    child: anyOf(w.drugsToChild.child),
    carry: anyOf(w.drugsToChild.carry),
    drugNotBefore: anyOf(w.drugsToChild.notBefore),
    swallowed: anyOf(w.swallowedBySmallChild.swallowed),
    object: anyOf(w.swallowedBySmallChild.object),
    stuck: anyOf(w.swallowedBySmallChild.stuck),
    swallowOver: anyOf(w.swallowedBySmallChild.over),
    smallChild: anyOf(w.swallowedBySmallChild.smallChild),
    goodbye: w.ordinaryGoodbye.goodbye.map((g) => g.split(/\s+/)).sort((a, b) => b.length - a.length),
    going: anyOf(w.ordinaryGoodbye.going),
    despair: anyOf(w.ordinaryGoodbye.despair),
    marriageForced: anyOf(w.forcedMarriageSoon.forced),
    marriageSoon: anyOf(w.forcedMarriageSoon.soon),
    marriageHeardAt: anyOf(w.forcedMarriageSoon.heardAt, "g"),
    marriageNotBefore: anyOf(w.forcedMarriageSoon.notBefore),
    marriageLater: anyOf(w.forcedMarriageSoon.later),
    adultWedding: anyOf(w.forcedMarriageSoon.adultWedding),
    held: anyOf(w.heldAwayNow.held),
    heldAway: anyOf(w.heldAwayNow.away),
    heldNow: anyOf(w.heldAwayNow.now),
    heldNotBefore: anyOf(w.heldAwayNow.notBefore),
    heldParent: anyOf(w.heldAwayNow.parent),
    reporterKeeps: anyOf(w.heldAwayNow.reporterKeeps),
    heldOuting: anyOf(w.heldAwayNow.outing),
    heldOver: anyOf(w.heldAwayNow.over),
    heldPast: anyOf(w.heldAwayNow.past),
    heldSince: new RegExp(`${anyOf(w.heldAwayNow.since).source} $`),
    heldAdult: anyOf(w.heldAwayNow.adult),
    heldAgeTold: anyOf(w.heldAwayNow.ageTold, "g"),
    metOnline: anyOf(w.metOnlineUnreachable.online),
    metInPerson: anyOf(w.metOnlineUnreachable.meet),
    metNotBefore: anyOf(w.metOnlineUnreachable.notBefore),
    metUnreachable: anyOf([...w.metOnlineUnreachable.unreachable, ...w.trafficked.outOfReach]),
    metOver: anyOf([...w.metOnlineUnreachable.over, ...w.takenAwayNow.over, ...w.trafficked.over]),
    metLongAgo: anyOf(w.metOnlineUnreachable.longAgo),
    hit: anyOf(w.smallChildHitHard.hit, "g"),
    notHit: anyOf(w.smallChildHitHard.notHit),
    hitForce: anyOf(w.smallChildHitHard.force),
    hitForceBefore: anyOf(w.smallChildHitHard.forceBefore),
    hitNotBefore: anyOf(w.smallChildHitHard.notBefore),
    hitterChild: new RegExp(`${anyOf(w.smallChildHitHard.hitterChild).source} $`),
    hitAmbiguous: new Map(w.smallChildHitHard.ambiguous.filter((a) => !a.startsWith("_")).map((a) => [a.split(":")[0]!, a.split(":")[1]!.split("|")])),
    hitBetween: anyOf(w.smallChildHitHard.between),
    spiked: anyOf(w.spikedForChild.spiked),
    spikedNotBefore: anyOf(w.spikedForChild.notBefore),
  };
  return compiled;
}

/**
 * One clause as folded tokens with spaces around. "bạn" (a friend), which folds like "bán" (to sell), is kept apart when the text is
 * written with marks, so that "bạn con tôi hút ma túy" tells no selling.
 */
function keyOf(c: Clause): string {
  const tokens = c.tokens.map((t, i) => (t === "ban" && (c.words[c.origin[i]!] ?? "").normalize("NFC").toLowerCase() === "bạn" ? "ban_friend" : t));
  return ` ${tokens.join(" ")} `;
}

/** A match of `re` in the key whose clause, before it, holds none of `notBefore`. */
function toldIn(key: string, re: RegExp, notBefore: RegExp): RegExpExecArray | null {
  const m = re.exec(key);
  if (!m) return null;
  return notBefore.test(`${key.slice(0, m.index)} `) ? null : m;
}


/** A child sold or taken away, and then out of reach now: not when the child is back, found or reached, or it is asked as a what-if. */
function traffickedOutOfReach(keys: readonly string[], all: string): boolean {
  const w = words();
  const at = keys.findIndex((k) => toldIn(k, w.taken, w.takenNotBefore));
  if (at < 0 || w.trafficOver.test(all)) return false;
  return keys.slice(at).some((k) => w.outOfReach.test(k));
}

/**
 * A child taken away by someone (driven off, put in a car, led away by a stranger, gone with a person met online) and away now, told
 * before or after the taking (in a place the child does not know, not back, not found, cannot be reached): an abduction
 * happening. Not a habit or a lift ("hay được người lạ cho đi nhờ xe"), not when the report tells a span of days or a time weeks
 * or more ago (a long-missing child), nor when the child is back, found or safe, or it is asked as a what-if.
 */
function takenAwayNow(clauseKeys: readonly string[], all: string): boolean {
  const w = words();
  if (w.takenOver.test(all)) return false;
  if (w.longAgo.test(all.replace(AGE_TOLD, " "))) return false;
  const keys = joinedOverAges(clauseKeys);
  const taken = keys.some((k) => {
    const m = toldIn(k, w.takenAway, w.takenAwayNotBefore);
    return m !== null && !w.takenAwayNotAfter.test(k.slice(m.index + m[0].length)) && !w.takenAwayNotBy.test(`${k.slice(0, m.index)} `);
  });
  return taken && keys.some((k) => w.awayNow.test(k));
}

/** An age, which is no span of time: "3 tháng tuổi", "13 tuoi", "2 years old". */
const AGE_TOLD = / \d+ (?:thang tuoi|tuoi|years? old|months? old|year olds?)(?= )/g;

/** An age in brackets cut out as a clause of its own ("took my sister (6) into his car"): " 6 ", " 13t ", " 9 tuoi ". */
const AGE_ONLY = /^ \d+ ?(?:t|tuoi|yo|y o|years? old)? $/;

/** The clauses with an age in brackets joined back to the clauses around it, so that a phrase reads across it. */
function joinedOverAges(keys: readonly string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (AGE_ONLY.test(k) && out.length > 0 && i + 1 < keys.length) {
      out[out.length - 1] = `${out[out.length - 1]!}${k.trim()}${keys[i + 1]!}`;
      i++;
    } else out.push(k);
  }
  return out;
}

/** Flags of sexual contact told: a child taken away and abused keeps the category of sexual abuse. */
const SEXUAL_CONTACT: ReadonlySet<string> = new Set(["rape", "sexual_contact", "recent_sexual_assault", "sexual_assault_unattended", "caregiver_sexual_abuse"]);

/**
 * A person with a record of sexual abuse of children (jailed, convicted, a record for it) told, and that person with or near the child
 * now (living together, moving in, minding, lessons alone, or the facts' access): a suspicion of sexual abuse, high. The record's
 * victim a child (a child named in it or the four words after it, or a record of children by its name: a sex offenders' register), not
 * a grown-up. Not when the person is gone with no contact, nor in a question of the law in general or a what-if ("Người từng đi tù vì
 * xâm hại trẻ em có được sống chung với trẻ không?", "If a registered sex offender moves in next door").
 */
function offenderNearChild(keys: readonly string[], all: string, facts: ReportFacts): boolean {
  const w = words();
  const ofAChild = keys.some((k) => {
    const m = toldIn(k, w.offenderRecord, w.takenNotBefore);
    if (!m) return false;
    const told = ` ${k.slice(m.index).trim().split(" ").slice(0, m[0].trim().split(" ").length + 4).join(" ")} `;
    return w.offenderChild.test(told) && !w.offenderAdult.test(told);
  });
  if (!ofAChild || w.offenderAway.test(all) || w.offenderAsked.test(all)) return false;
  return facts.harmerAccess || facts.withHarmerNow || keys.some((k) => w.offenderNear.test(k));
}

/** Categories an offender near a child keeps when the model named them (a harm told with its own facts). */
const KEPT_BESIDE_OFFENDER: ReadonlySet<TriageCategory> = new Set(["sexual_abuse", "physical_violence", "online_abuse", "child_marriage"]);
/** Flags of a taking told: only then does an offender near a child keep the model's trafficking (else it is a guess). */
const TAKING_TOLD: ReadonlySet<string> = new Set(["taken_away_now", "trafficked_out_of_reach", "abduction_in_progress", "taken_in_transit", "child_missing"]);

/** Drugs sold or given to a child: "given", "carried" (made to carry or sell them for others), or null. */
function drugsToChild(keys: readonly string[]): "given" | "carried" | null {
  const w = words();
  let given = false;
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (!w.drug.test(k)) continue;
    if (toldIn(k, w.carry, w.drugNotBefore)) return "carried";
    if (toldIn(k, w.given, w.drugNotBefore) && (w.child.test(k) || (i > 0 && w.child.test(keys[i - 1]!)))) given = true;
  }
  return given ? "given" : null;
}

/** A small child who swallowed something that harms (a battery, a caustic, poison, medicine in a quantity) or a small thing lodged (a coin with choking). */
function smallChildSwallowed(keys: readonly string[], all: string, facts: ReportFacts, triage: TriageResult): boolean {
  const w = words();
  const small = (facts.age !== null && facts.age !== undefined && facts.age.max < 6) || triage.redFlags.includes("child_under_6") || w.smallChild.test(all);
  if (!small || (facts.age && facts.age.min >= 6)) return false;
  if (w.swallowOver.test(all) || facts.safeNow) return false;
  return keys.some((k, i) => toldIn(k, w.swallowed, w.drugNotBefore) || (toldIn(k, w.object, w.drugNotBefore) && (w.stuck.test(k) || w.stuck.test(keys[i + 1] ?? ""))));
}

/**
 * Harms a report of drugs sold or given to a child keeps when the model read one (a rape after drugging, a beating, the child's own
 * harm); any other category is a guess the selling overrules ("bán ... cho học sinh" is no bullying, the selling is no trafficking).
 */
const KEPT_BESIDE_DRUGS: ReadonlySet<TriageCategory> = new Set(["sexual_abuse", "physical_violence", "self_harm"]);

/** Letters with Vietnamese marks: a text that has any is read as written with marks. */
const MARKED = /[àáảãạăằắẳẵặâầấẩẫậđèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵ]/iu;

/** The clause keys of a marriage: "ga" is "gả" (give in marriage) only as written so, or in a text typed without marks. */
function marriageKeys(clauses: readonly Clause[], marked: boolean): string[] {
  return clauses.map((c) => {
    const tokens = c.tokens.map((t, i) => {
      if (t !== "ga") return t;
      const written = (c.words[c.origin[i]!] ?? "").normalize("NFC").toLowerCase().replace(/[^\p{L}]/gu, "");
      return written === "gả" || (!marked && written === "ga") ? t : "ga_other";
    });
    return ` ${tokens.join(" ")} `;
  });
}

/** A count of days ahead more than two ("12 ngày nữa", "in 10 days"): a wedding within weeks, not tomorrow. */
function daysAheadOverTwo(all: string): boolean {
  return [...all.matchAll(/ (\d+) (?:ngay nua|hom nua|days)(?= )/g)].some((m) => Number(m[1]) > 2);
}

/** Flags and categories that tell a child marriage read by the rules or the model. */
const MARRIAGE_FLAGS: ReadonlySet<string> = new Set(["child_marriage", "marriage_imminent", "high_marriage_arranged", "underage_marriage"]);

/**
 * A child given or forced into marriage with the wedding today, tonight or tomorrow (not this weekend: high), the time told in the clause of the
 * forcing, the one before or the two after (not the day the reporter heard of it); not when a far or past time is told, a grown-up's own wedding, or the child's age is 18 or more.
 */
function forcedMarriageSoon(keys: readonly string[], all: string, facts: ReportFacts, triage: TriageResult): boolean {
  const w = words();
  if (triage.category !== "child_marriage" && !triage.redFlags.some((f) => MARRIAGE_FLAGS.has(f))) return false;
  if (facts.age && facts.age.min >= 18) return false;
  if (w.marriageLater.test(all) || w.adultWedding.test(all) || daysAheadOverTwo(all)) return false;
  // The day the reporter heard of it ("told me today", "hôm nay cháu kể") is no day of the wedding.
  const timed = keys.map((k) => k.replace(w.marriageHeardAt, " "));
  return keys.some((k, i) => toldIn(k, w.marriageForced, w.marriageNotBefore) !== null && timed.slice(Math.max(0, i - 1), i + 3).some((n) => w.marriageSoon.test(n)));
}

/** Categories a child held away keeps when the model named them (a small child locked in alone is neglect); any other is read as a holding (trafficking and abduction). */
const KEPT_BESIDE_HELD: ReadonlySet<TriageCategory> = new Set(["trafficking_abduction", "sexual_abuse", "physical_violence", "child_marriage", "labour_exploitation", "neglect_abandonment"]);

/** Categories a forced marriage soon keeps when the model named them (the child's own danger, a bride trafficked, a rape). */
const KEPT_BESIDE_MARRIAGE: ReadonlySet<TriageCategory> = new Set(["self_harm", "trafficking_abduction", "sexual_abuse"]);

/** Words of an English text: then a bare "me" is the pronoun, not "mẹ" (a mother) typed without marks. */
const ENGLISH = / (?:the|and|is|he|she|my|his|her|won t|let|at|i m|im) /;

/** The clause tokens a parent is read from: "me" is a mother only as written "mẹ", or in a Vietnamese text typed without marks. */
function parentTokens(c: Clause, marked: boolean, english: boolean): string[] {
  return c.tokens.map((t, i) => {
    if (t !== "me") return t;
    const written = (c.words[c.origin[i]!] ?? "").normalize("NFC").toLowerCase().replace(/[^\p{L}]/gu, "");
    return written === "mẹ" || (!marked && !english) ? t : "me_pronoun";
  });
}

/** A clause that only tells an age ("i m 13", "em 14 tuổi"): read past, so that a now after it counts as the next clause. */
const AGE_CLAUSE = /^ (?:i m |im |i am |em |con |chau |she s |he s |she is |he is )?\d+ ?(?:t|tuoi|yo|y o|years? old)? $/;

/**
 * Only grown-ups told: an age told of 18 or more and none under 18 ("she is 34", "who is 25", "Vợ tôi 30 tuổi"), or a wife or
 * husband told with no age under 18. A child's floor of holding or meeting does not apply to them.
 */
function adultsOnly(all: string, facts: ReportFacts): boolean {
  const w = words();
  if (facts.age && facts.age.min >= 18) return true;
  const ages = [...all.matchAll(w.heldAgeTold)].map((m) => Number(/\d+/.exec(m[0])?.[0] ?? "0"));
  if (ages.some((n) => n < 18)) return false;
  return ages.some((n) => n >= 18) || w.heldAdult.test(all);
}

/**
 * A child held at someone's place and not let go, now: the holding (not by a parent or step-parent before it in its clause, not a
 * habit or an if), a place not the child's home told in the report and a now told in the holding's clause, the one before or the one
 * after (a clause of an age only skipped); not when a past time is told in the holding's clause or the one before with no now in the
 * holding's own clause ("Hồi lớp 6...", "Yesterday..."), when what is kept from the child is an outing, a punishment or homework, nor
 * when the child is back or let go (told outside the holding itself: "won't let her go home" is no letting go) or kept safe by the
 * reporter, nor held for weeks or more, nor when only grown-ups are told.
 */
function heldAwayNow(clauses: readonly Clause[], text: string, all: string, facts: ReportFacts): boolean {
  const w = words();
  const marked = MARKED.test(text);
  const english = ENGLISH.test(all);
  const kept = clauses.filter((c) => !AGE_CLAUSE.test(keyOf(c)));
  const keys = kept.map(keyOf);
  if (w.heldOuting.test(all) || w.reporterKeeps.test(all) || w.metLongAgo.test(all.replace(AGE_TOLD, " "))) return false;
  if (!w.heldAway.test(all) || adultsOnly(all, facts)) return false;
  return keys.some((k, i) => {
    const m = toldIn(k, w.held, w.heldNotBefore);
    if (m === null) return false;
    const parentBefore = parentTokens(kept[i]!, marked, english).slice(0, k.slice(0, m.index).trim().split(" ").filter(Boolean).length);
    if (w.heldParent.test(` ${parentBefore.join(" ")} `)) return false;
    const withoutHolding = keys.map((o, j) => (j === i ? `${o.slice(0, m.index)} |${o.slice(m.index + m[0].length)}` : o));
    if (w.heldOver.test(` ${withoutHolding.map((o) => o.trim()).join(" | ")} `)) return false;
    if (!keys.slice(Math.max(0, i - 1), i + 2).some((n) => w.heldNow.test(n))) return false;
    const pastIn = (n: string) => {
      const p = w.heldPast.exec(n);
      return p !== null && !w.heldSince.test(`${n.slice(0, p.index)} `);
    };
    return !((pastIn(k) || pastIn(keys[i - 1] ?? "")) && !w.heldNow.test(k));
  });
}

/**
 * A child who went to meet, in person, someone known only online, and is out of reach or not back now: not when the child is back or
 * found (in a room at home, brought home), nor weeks or more ago, nor when the meeting is refused, only asked or planned, nor when
 * only grown-ups are told.
 */
function metOnlineUnreachable(keys: readonly string[], all: string, facts: ReportFacts): boolean {
  const w = words();
  if (adultsOnly(all, facts)) return false;
  if (!w.metOnline.test(all) || w.metOver.test(all) || w.metLongAgo.test(all.replace(AGE_TOLD, " "))) return false;
  const at = keys.findIndex((k) => toldIn(k, w.metInPerson, w.metNotBefore) !== null);
  return at >= 0 && keys.slice(at).some((k) => w.metUnreachable.test(k));
}

/**
 * The clause keys of a hitting: a folded token that is a hitting only with its marks ("tát", "đấm", "quất") is another word when
 * written otherwise ("nhất", "tất", "quạt", "cụ"), unless the text is typed without marks.
 */
function hitKeys(clauses: readonly Clause[], marked: boolean): string[] {
  const ambiguous = words().hitAmbiguous;
  return clauses.map((c) => {
    const tokens = c.tokens.map((t, i) => {
      const marks = ambiguous.get(t);
      if (!marks || !marked) return t;
      const written = (c.words[c.origin[i]!] ?? "").normalize("NFC").toLowerCase().replace(/[^\p{L}]/gu, "");
      return marks.includes(written) ? t : `${t}_other`;
    });
    return ` ${tokens.join(" ")} `;
  });
}

/**
 * A small child hit hard: a hitting and its force in one clause, not by the small child. The force within six words after the
 * hitting, the words between naming the one hit, a part of the body or an intensifier (not "the pillows", "our town"); or "mạnh
 * tay" before it.
 */
function smallChildHitHard(keys: readonly string[], all: string, facts: ReportFacts, triage: TriageResult): boolean {
  const w = words();
  const small = (facts.age !== null && facts.age !== undefined && facts.age.max < 6) || triage.redFlags.includes("child_under_6") || w.smallChild.test(all);
  if (!small || (facts.age && facts.age.min >= 6)) return false;
  return keys.some((k) => {
    for (const m of k.matchAll(w.hit)) {
      const before = `${k.slice(0, m.index)} `;
      const previous = before.trimEnd().lastIndexOf(" ");
      const after = k.slice(m.index + m[0].length);
      if (w.hitNotBefore.test(before) || w.hitterChild.test(before) || w.notHit.test(k.slice(Math.max(0, previous)))) continue;
      if (w.hitForceBefore.test(before)) return true;
      const next = after.trim().split(" ").slice(0, 6);
      for (let j = 0; j < next.length; j++) {
        if (!w.hitForce.test(` ${next[j]} `)) continue;
        const between = ` ${next.slice(0, j).join(" ")} `;
        if (j === 0 || w.hitBetween.test(between)) return true;
        break;
      }
    }
    return false;
  });
}

/** A drink, vape or food with drugs put in it, for a child or teenager named in the report (no age of 18 or more). */
function spikedForChild(keys: readonly string[], facts: ReportFacts): boolean {
  const w = words();
  if (facts.age && facts.age.min >= 18) return false;
  return keys.some((k, i) => toldIn(k, w.spiked, w.spikedNotBefore) !== null && (facts.age !== null && facts.age !== undefined ? true : keys.slice(Math.max(0, i - 1), i + 2).some((n) => w.child.test(n))));
}

/** Categories a small child hit hard is read over (the model's guess when no harm is named): physical violence stands. */
const GUESSED_NOT_HIT: ReadonlySet<TriageCategory> = new Set(["other", "neglect_abandonment", "emotional_abuse"]);

/** The floors, each from what the report tells; none applies to a report that says the matter is over. */
export function toldHarmFloors(text: string, facts: ReportFacts, triage: TriageResult): TriageResult {
  if (facts.resolved) return triage;
  const keys = splitReport(text.slice(0, 4000)).map(keyOf);
  const all = ` ${keys.map((k) => k.trim()).join(" | ")} `;
  let out = triage;
  if (traffickedOutOfReach(keys, all)) {
    out = raised(out, "high", "trafficked_out_of_reach", "trẻ bị bán hoặc bị đưa đi và giờ không liên lạc được, không biết ở đâu", "a child sold or taken away who cannot be reached now, whereabouts unknown", "trafficking_abduction");
  }
  if (takenAwayNow(keys, all)) {
    out = raised(out, "emergency", "taken_away_now", "trẻ bị người khác đưa đi và giờ chưa về, không biết ở đâu hoặc không liên lạc được", "a child taken away by someone and away now: not back, whereabouts unknown or out of reach", out.redFlags.some((f) => SEXUAL_CONTACT.has(f)) ? undefined : "trafficking_abduction");
  }
  if (offenderNearChild(keys, all, facts)) {
    out = raised(out, "high", "sexual_offender_near_child", "người có tiền án hoặc từng bị kết tội xâm hại tình dục trẻ em đang ở cùng hoặc gần trẻ", "a person with a record of sexually abusing children lives with or can reach the child now", KEPT_BESIDE_OFFENDER.has(out.category) || (out.category === "trafficking_abduction" && out.redFlags.some((f) => TAKING_TOLD.has(f))) ? undefined : "sexual_abuse");
  }
  const drugs = drugsToChild(keys);
  if (drugs === "carried") {
    out = raised(out, "high", "made_to_carry_drugs", "trẻ bị bắt vận chuyển hoặc bán ma túy cho người khác", "the child is made to carry or sell drugs for others", out.category === "other" || out.category === "trafficking_abduction" || out.category === "neglect_abandonment" ? "labour_exploitation" : undefined);
  } else if (drugs === "given") {
    out = raised(out, "medium", "drugs_sold_to_child", "có người bán hoặc cho trẻ dùng ma túy", "someone sells or gives drugs to the child", KEPT_BESIDE_DRUGS.has(out.category) ? undefined : "other");
  }
  if (smallChildSwallowed(keys, all, facts, out)) {
    out = raised(out, "emergency", "small_child_swallowed_harmful", "trẻ nhỏ nuốt phải pin, hóa chất, thuốc hoặc dị vật, chưa được bác sĩ khám", "a small child swallowed a battery, a caustic, poison, medicine or an object and has not been seen by a doctor", out.category === "self_harm" ? "other" : undefined);
  }
  if (forcedMarriageSoon(marriageKeys(splitReport(text.slice(0, 4000)), MARKED.test(text)), all, facts, out)) {
    out = raised(out, "emergency", "forced_marriage_soon", "trẻ bị gả hoặc ép cưới, đám cưới diễn ra hôm nay, tối nay hoặc ngày mai", "a child given or forced into marriage, the wedding today, tonight or tomorrow", KEPT_BESIDE_MARRIAGE.has(out.category) ? undefined : "child_marriage");
  }
  const clauses = splitReport(text.slice(0, 4000));
  if (heldAwayNow(clauses, text, all, facts)) {
    out = raised(out, "emergency", "held_away_now", "trẻ đang bị giữ ở nơi của người khác, không cho về", "the child is held at someone's place now and not let go", KEPT_BESIDE_HELD.has(out.category) ? undefined : "trafficking_abduction");
  }
  if (metOnlineUnreachable(keys, all, facts)) {
    out = raised(out, "emergency", "met_online_contact_unreachable", "trẻ đi gặp người quen trên mạng và giờ chưa về hoặc không liên lạc được", "the child went to meet someone known online and is not back or cannot be reached now", out.redFlags.some((f) => SEXUAL_CONTACT.has(f)) ? undefined : "trafficking_abduction");
  }
  if (smallChildHitHard(hitKeys(clauses, MARKED.test(text)), all, facts, out)) {
    out = raised(out, "medium", "small_child_hit_hard", "trẻ nhỏ dưới 6 tuổi bị đánh, tát mạnh tay", "a small child under 6 is hit or slapped hard", GUESSED_NOT_HIT.has(out.category) ? "physical_violence" : undefined);
  }
  if (spikedForChild(keys, facts)) {
    out = raised(out, "medium", "drink_or_vape_spiked", "trẻ được cho uống, hút thứ có pha ma túy hoặc chất lạ", "a child is given a drink, vape or food with drugs put in it", out.risk === "low" && !KEPT_BESIDE_DRUGS.has(out.category) ? "other" : undefined);
  }
  return out;
}

/** The word as it reads folded: no marks, lower case, no punctuation. */
const foldWord = (w: string) => foldVietnamese(w.normalize("NFC")).toLowerCase().replace(/[^a-z0-9]+/g, "");

/**
 * The text the model reads: a goodbye said before an ordinary going ("mẹ nó nói tạm biệt rồi đi làm", "his mom said goodbye and
 * went to work"), in a report that tells no despair, reads as a plain greeting ("chào"), since the trained model learnt the words of
 * a goodbye from children's farewells of despair. Everything else is read as written.
 */
export function modelText(text: string): string {
  const w = words();
  const keys = splitReport(text.slice(0, 4000)).map(keyOf);
  const all = ` ${keys.map((k) => k.trim()).join(" | ")} `;
  if (w.despair.test(all)) return text;
  const ordinary = keys.some((k, i) => w.goodbye.some((g) => k.includes(` ${g.join(" ")} `)) && (w.going.test(k) || w.going.test(keys[i + 1] ?? "")));
  if (!ordinary) return text;
  const parts = text.split(/(\s+)/);
  const folded = parts.map(foldWord);
  const out: string[] = [];
  for (let i = 0; i < parts.length; ) {
    const g = folded[i] ? w.goodbye.find((seq) => seq.every((s, j) => folded[i + 2 * j] === s)) : undefined;
    if (!g) {
      out.push(parts[i]!);
      i++;
      continue;
    }
    const last = parts[i + 2 * (g.length - 1)]!;
    const tail = last.slice(last.search(/[^\p{L}\p{N}]*$/u));
    out.push(`chào${tail}`);
    i += 2 * g.length - 1;
  }
  return out.join("");
}
