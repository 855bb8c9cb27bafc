/**
 * Turns a reporter's draft into the case the queue stores: rules triage the narrative (the
 * text is data, only read for signs of harm), what the reporter said about danger can only
 * raise the risk, the province is mapped to today's, and the deadlines follow the risk.
 */
import type { AgeBand, DraftTriage, ReportDraft } from "../case-intake-port.ts";
import { analyseMessage, safetyRules, triageReport, unnamedCategory } from "../triage/triage-model.ts";
import { extractChildAge, extractChildAges } from "../triage/age-extractor.ts";
import { extractReportFacts, type ReportFacts } from "../triage/report-facts.ts";
import { endsWithEpisode, situationToldAsEnded } from "../triage/ended-situation.ts";
import { splitReport } from "../triage/report-text.ts";
import { reasonsWithin } from "../triage/triage-summary.ts";
import { RISK_VI, triageRules } from "../triage/triage-rules.ts";
import { HARMER_LABELS, T } from "../report-flow/report-flow-texts.ts";
import { placeSaid } from "../report-flow/place-parts.ts";
import { matchTriState, saysNoDanger, saysSafeNow } from "../report-flow/answer-matching.ts";
import { foldKey } from "../../core/vietnamese-text.ts";
import { maxRisk, riskRank, type TriageRisk } from "../triage/triage-types.ts";
import { deadlinesFor, type DeadlinePolicy } from "./case-deadlines.ts";
import type { ProvinceLookup } from "./case-province.ts";
import type { NewCase, SubmittedFields } from "./case-store.ts";
import type { CaseDetails } from "./case-types.ts";

/** An age inside each band, for the triage rules that depend on age (a child alone, child marriage). */
const BAND_AGE: Record<AgeBand, number | undefined> = { under_6: 4, "6_11": 9, "12_15": 13, "16_17": 16, unknown: undefined };

const BAND_WORDS: Record<AgeBand, string> = { under_6: "dưới 6 tuổi", "6_11": "6-11 tuổi", "12_15": "12-15 tuổi", "16_17": "16-17 tuổi", unknown: "" };

/**
 * The age the reporter gave apart from the story, for triage: the age they typed ("7 tuoi") when it
 * holds one, else an age inside the band they chose, each named as the reporter gave it (an officer
 * never reads a band's middle as an age the reporter said).
 */
export function ageOptions(band: AgeBand | null, typed: string | null): { childAge?: number; childAgeSource?: string } {
  // Read as the story's ages are ("tầm lớp 3 lớp 4" is 8 or 9, "mười hai tuổi" 12, "không phải 3 tuổi, 11 tuổi" 11);
  // a bare number ("7") is the age the question asked for.
  const read = typed ? extractChildAge(splitReport(typed)) : null;
  const years = typed ? /(?:^|\D)(\d{1,2})(?!\d)/.exec(typed) : null;
  const said = read ? read.min : years ? Number(years[1]) : null;
  if (said !== null && said < 18) return { childAge: said, childAgeSource: `${typed!.trim()} (người báo tin trả lời)` };
  const age = band ? BAND_AGE[band] : undefined;
  return age === undefined ? {} : { childAge: age, childAgeSource: `${BAND_WORDS[band!]} (người báo tin chọn)` };
}


export interface CaseTriage {
  risk: TriageRisk;
  category: string;
  redFlags: string[];
  reasons: string[];
}

/** The narrative as triage and officers read it: what happened, then anything else typed. */
export function reportText(draft: ReportDraft): string {
  return [draft.narrative, draft.when, ...draft.extraNotes].filter((part): part is string => Boolean(part && part.trim())).join("\n");
}

/** A typed "no" to the danger question: it opens with a no, or says no danger or safe now ("không, giờ cháu ở nhà với mẹ", "im ok rn"). */
function typedNoAnswer(note: string): boolean {
  const first = note.split(/[,.;!\n]/u)[0] ?? "";
  // "không, nhưng tối nay ổng về": a later danger said with the no is read by triage (never dropped).
  if (/\b(?:nhung|ma|but|though|toi nay|dem nay|tonight|ngay mai|mai|tomorrow|se|will|sap|lai|again|van|still)\b/.test(foldKey(note))) return false;
  return matchTriState(first) === "no" || matchTriState(note) === "no" || saysNoDanger(note) || saysSafeNow(note);
}

/** Marks the flow puts before a question it answered itself. */
const ANSWERED_MARKS = [T.answeredMark.vi, T.answeredMark.en];

/**
 * The text triage reads: the report, less the questions about the process the bot answered itself
 * ("tên tôi có được giữ kín không?"): they tell nothing of the child, and the classifier read them as harm.
 */
function triagedText(draft: ReportDraft): string {
  // A question that also tells of harm (its rules alone read more than low, and it says when or an injury: "bố em có biết
  // không, bố đánh em gãy tay rồi") is kept: nothing told is hidden from triage. A question about what happens after
  // telling ("mình có bị bắt đi không?") tells no harm, whatever its words.
  const told = (n: string) => {
    if (triageReport(n, {}, null).risk === "low") return false;
    const facts = extractReportFacts(n);
    return facts.injury !== null || facts.when !== null;
  };
  // "không, giờ cháu đang ở nhà với mẹ" typed at "is a child in danger right now?": the answer the "Không" button gives, and stored as
  // that button stores it (walk 49 stored it high, the button medium: its "giờ ... đang" read as harm happening now). Kept for
  // officers; read by triage only when it tells harm of its own, or the child is with the person who harms now.
  const typedNo = (n: string) => draft.dangerNow === "no" && draft.withPersonNow !== "yes" && typedNoAnswer(n) && triageReport(n, {}, null).risk === "low";
  return reportText({ ...draft, extraNotes: draft.extraNotes.filter((n) => (!ANSWERED_MARKS.some((m) => n.startsWith(m)) || told(n)) && !typedNo(n)) });
}

/** Rules triage of the draft, raised (never lowered) by the reporter's own answers and an earlier triage. */
export function triageDraft(draft: ReportDraft, earlier?: DraftTriage): CaseTriage {
  const result = withCorrectedAge(draft, earlierAsCorrected(draft, earlier));
  // The reasons are the why of the stored risk: none may claim a band above it ("→ khẩn cấp" on a case stored high).
  return { ...result, reasons: reasonsWithin(result.reasons, result.risk) };
}

/** Flags that only say that a child is in danger right now, as the reporter answered or the story was read (report-flow.ts, triageText). */
const DANGER_NOW_FLAGS: ReadonlySet<string> = new Set(["reporter_says_danger_now", "reporter_danger_now", "story_danger_now"]);
/** A reason given for those flags ("... đang gặp nguy hiểm ngay lúc này", "... in danger right now"). */
const DANGER_NOW_REASON = /nguy hiểm ngay lúc này|in danger right now/iu;

/**
 * The triage an emergency draft was stored with (the floor of the submitted case), less what rested on a fact the reporter then
 * corrected (walk 55: "bé 14 tuổi chứ không phải 4", "hiện giờ không có nguy hiểm ngay" at the summary, and the case stayed an
 * emergency with child_under_6 and story_danger_now). The rule:
 * - a danger-now flag goes only when the reporter's own last answer to "in danger right now?" is "no" (a correction of that very
 *   fact; "not sure" after their own yes lowers nothing), or "not sure" after a danger only read from the story;
 * - an age flag goes only when the age held is 6 or more for one child (the story or the correction said so; several children keep it);
 * - the stored emergency then stands only if a flag left still states a danger by itself (a weapon, a threat to kill, a child held...);
 *   otherwise it is kept as high at least, and the draft as it now reads decides above that (the story's own floors included: an
 *   emergency the story's words state is never lowered, triageText).
 * Nothing changes when the reporter corrected nothing the stored triage rested on.
 */
function earlierAsCorrected(draft: ReportDraft, earlier?: DraftTriage): DraftTriage | undefined {
  if (!earlier) return earlier;
  // A danger only read from the story (story_danger_now, the reporter never asked) that the reporter then answers "not sure" is a
  // reading of their own words they corrected, not an emergency told (issue 13): it goes as a "no" would. Their own "yes" stays.
  const readOnly = earlier.redFlags.includes("story_danger_now") && !earlier.redFlags.some((f) => f === "reporter_says_danger_now" || f === "reporter_danger_now");
  const dangerDenied = draft.dangerNow === "no" || (draft.dangerNow === "unknown" && readOnly);
  const held = ageOptions(null, draft.childAgeText).childAge;
  const olderNow = held !== undefined && held >= 6 && (draft.children ?? 1) <= 1;
  const corrected = (f: string) => (dangerDenied && DANGER_NOW_FLAGS.has(f)) || (olderNow && AGE_FLAG.test(f));
  if (!earlier.redFlags.some(corrected)) return earlier;
  const redFlags = earlier.redFlags.filter((f) => !corrected(f));
  const reasons = earlier.reasons?.filter((r) => !(dangerDenied && DANGER_NOW_REASON.test(r)) && !(olderNow && AGE_REASON.test(r)));
  const stands = statesImmediateDanger(dangerDenied ? redFlags.filter((f) => !safetyRules().immediacyFlags.includes(f)) : redFlags);
  const risk = earlier.risk === "emergency" && !stands ? "high" : earlier.risk;
  return { ...earlier, risk, redFlags, ...(reasons ? { reasons } : {}) };
}

/** Flags read from the child's age: they go when the reporter corrects the age the story gave. */
const AGE_FLAG = /^(?:child_under_6|young_child_\w+|abandoned_young_child|infant_\w+|ill_infant_without_care)$/;
/** The reason that names the age triage read ("Tuổi của trẻ: ...", "Child's age: ..."). */
const AGE_REASON = /^(?:Tuổi của trẻ|Child's age)\b/;

/**
 * The age as the reporter corrected it ("à không, bé 9 tuổi chứ" after a story that said 5): the story is triaged with the corrected
 * age in the words that gave the old one, so the reasons and flags read from the old age go (walk 41: "5 tuổi" and child_under_6 were
 * kept beside a 9-year-old). The story's own risk stays the floor, said in a reason that names the change (children first).
 */
function withCorrectedAge(draft: ReportDraft, earlier?: DraftTriage): CaseTriage {
  const corrected = correctedAge(draft);
  if (!corrected) return withCorrectedHarmer(draft, earlier);
  const kept = earlier && { ...earlier, redFlags: earlier.redFlags.filter((f) => !AGE_FLAG.test(f)), ...(earlier.reasons ? { reasons: earlier.reasons.filter((r) => !AGE_REASON.test(r)) } : {}) };
  const result = withCorrectedHarmer({ ...draft, narrative: corrected.text }, kept);
  const told = withCorrectedHarmer(draft, earlier);
  if (riskRank(told.risk) > riskRank(result.risk)) {
    raise(result, told.risk, null, draft.language === "en"
      ? `The reporter corrected the child's age (${corrected.was} → ${corrected.now}); the risk the story told is kept.`
      : `Người báo đã sửa tuổi của trẻ (${corrected.was} → ${corrected.now}); mức rủi ro lời kể ban đầu cho được giữ.`);
  }
  return result;
}

/**
 * The narrative with the one age it told replaced by the age the report now holds, or null: when the story tells no single age, the
 * age held is the story's own, or it gives no number (a band chosen with the buttons).
 */
function correctedAge(draft: ReportDraft): { text: string; was: string; now: string } | null {
  if (!draft.narrative || !draft.childAgeText) return null;
  const held = ageOptions(null, draft.childAgeText).childAge;
  if (held === undefined) return null;
  const clauses = splitReport(draft.narrative);
  const story = extractChildAge(clauses);
  // Several children, or a range ("tầm lớp 3 lớp 4"): the age held covers them; nothing single was corrected.
  if (!story || story.min !== story.max || story.min === held || extractChildAges(clauses).length > 1) return null;
  const at = draft.narrative.toLocaleLowerCase("vi").indexOf(story.source.toLocaleLowerCase("vi"));
  if (at < 0) return null;
  const now = draft.language === "en" ? `${held} years old` : `${held} tuổi`;
  return { text: draft.narrative.slice(0, at) + now + draft.narrative.slice(at + story.source.length), was: story.source, now };
}

/** Flags read from who harms being a parent or carer: they go when the reporter says the one who harms is someone else. */
const CARER_FLAGS: ReadonlySet<string> = new Set(["caregiver_is_abuser", "caregiver_violence", "caregiver_confinement", "caregiver_sexual_abuse", "caregiver_death_threat"]);

/**
 * Who harms as the reporter corrected it ("không phải bố, là chú ruột"): the story is triaged with the corrected person in the
 * words it named the old one with, so the flags and reasons read from the old harmer go. The story's own risk stays the
 * floor (children first: a correction typed later never lowers what the story told), said in a reason that names the change.
 */
function withCorrectedHarmer(draft: ReportDraft, earlier?: DraftTriage): CaseTriage {
  const corrected = correctedNarrative(draft);
  if (!corrected) return storyAndNotes(draft, earlier);
  const kept = earlier && { ...earlier, redFlags: earlier.redFlags.filter((f) => !CARER_FLAGS.has(f)) };
  const result = storyAndNotes({ ...draft, narrative: corrected.text, extraNotes: draft.extraNotes.map((n) => withoutDenial(n, corrected.was)) }, kept);
  const told = storyAndNotes(draft, earlier);
  const en = draft.language === "en";
  if (riskRank(told.risk) > riskRank(result.risk)) {
    raise(result, told.risk, null, en
      ? `The reporter corrected who harms (${corrected.was} → ${corrected.now}); the risk the story told is kept.`
      : `Người báo đã sửa người gây hại (${corrected.was} → ${corrected.now}); mức rủi ro lời kể ban đầu cho được giữ.`);
    for (const flag of told.redFlags) if (!CARER_FLAGS.has(flag) && !result.redFlags.includes(flag)) result.redFlags.push(flag);
  }
  return result;
}

/** A note's denial of the old harmer ("không phải bố, ...", "it is not her father") left out: triage would read the parent in it. */
function withoutDenial(note: string, was: string): string {
  const name = was.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  return note.replace(new RegExp(`(?:chứ |mà )?(?:không|ko|k|chẳng) phải(?: là)? ${name}|\\bnot (?:(?:his|her|their|the|my) )?${name}`, "giu"), "");
}

/** The narrative with the person the reporter corrected away replaced by the one they named, or null when nothing was corrected. */
function correctedNarrative(draft: ReportDraft): { text: string; was: string; now: string } | null {
  // No one named (an officer's form left blank, a story the flow read no harmer in, "không rõ"): nothing was corrected, and
  // the story's own harmer stays what triage reads.
  // The reporter's "chưa rõ ai gây ra" (harmerUnknown) is a correction too: the person the story seemed to name is read as someone unknown.
  const unknown = !draft.harmer && draft.harmerUnknown === true;
  if ((!draft.harmer && !unknown) || !draft.narrative) return null;
  const story = extractReportFacts(draft.narrative);
  const quote = story.harmerQuote;
  if (!story.harmer || story.harmer === draft.harmer || story.harmer === "self" || !quote) return null;
  const at = draft.narrative.toLocaleLowerCase("vi").indexOf(quote.toLocaleLowerCase("vi"));
  if (at < 0) return null;
  const lang = draft.language === "en" ? "en" : "vi";
  const unnamed = lang === "en" ? "someone not yet known" : "một người chưa rõ";
  const now = unknown ? unnamed : draft.harmerText?.trim() || (draft.harmer ? HARMER_LABELS[draft.harmer]?.[lang] : null) || (lang === "en" ? "someone" : "một người");
  return { text: draft.narrative.slice(0, at) + now + draft.narrative.slice(at + quote.length), was: quote, now };
}

function storyAndNotes(draft: ReportDraft, earlier?: DraftTriage): CaseTriage {
  const result = triageText(draft, earlier);
  // What the reporter typed later ("ko, giờ này thằng bé đi học rồi") is read with the story, but never
  // lowers what the story told on its own: the story's own risk is a floor.
  if (draft.extraNotes.length === 0 || !draft.narrative) return result;
  const story = triageText({ ...draft, extraNotes: [] });
  if (riskRank(story.risk) > riskRank(result.risk)) {
    raise(result, story.risk, null, "Mức rủi ro của câu chuyện người báo kể không bị hạ bởi các tin nhắn sau.");
    for (const flag of story.redFlags) if (!result.redFlags.includes(flag)) result.redFlags.push(flag);
  }
  return result;
}

function triageText(draft: ReportDraft, earlier?: DraftTriage): CaseTriage {
  const age = ageOptions(draft.childAgeBand, draft.childAgeText);
  // The text triaged, read once: triagedText triages each note to decide whether it tells of harm.
  const text = triagedText(draft);
  const read = analyseMessage(text, age);
  const { facts } = read;
  const rules = unnamedCategory(text, read.triage, facts, read.features);
  const result: CaseTriage = { risk: rules.risk, category: rules.category, redFlags: [...rules.redFlags], reasons: [...rules.reasons] };
  // The reporter answered "no" to "is a child in danger right now", the story tells the harm as
  // yesterday or earlier, and nothing it states is a sign of immediate danger (no emergency red
  // flag: weapon, threat to kill, intent to die, a small child alone, sexual access tonight...):
  // and the rules alone do not rate it an emergency: the classifier's emergency alone becomes high, so that the emergency queue holds emergencies
  // (DESIGN, triage contract: living with the person who hits is high). What the story states is
  // never lowered, nor an earlier emergency.
  // Flags that only say "it is happening now" (violence in progress, with the person now) were read from the
  // story's words ("every night I hear the mother screaming"); the reporter's own "no" answers that.
  // "now" read from the story's words ("not right now", "I hear ... screaming") is answered by the reporter's "no" too; tonight is not.
  const whenTold = draft.dangerNow === "no" ? facts.times.find((t) => t !== "now") ?? null : facts.when;
  // A small child shut in or out told only as last night or as a habit (ended-situation.ts) is answered by the "no" too.
  const ended = draft.dangerNow === "no" && situationToldAsEnded(text, triageRules(text).redFlags);
  const notNow = (flags: readonly string[]) => draft.dangerNow === "no" ? flags.filter((f) => !safetyRules().immediacyFlags.includes(f) && !(ended && endsWithEpisode(f))) : [...flags];
  const rulesAlone = triageReport(text, age, null);
  const rulesEmergency = rulesAlone.risk === "emergency" && (draft.dangerNow !== "no" || statesImmediateDanger(notNow(rulesAlone.redFlags)) || (!ended && !rulesAlone.redFlags.some((f) => safetyRules().immediacyFlags.includes(f))));
  if (result.risk === "emergency" && draft.dangerNow === "no" && !statesImmediateDanger(notNow(result.redFlags)) && (["recent", "repeated", "past"].includes(whenTold ?? "") || doneEarlierToday(text, facts, result))
    && !rulesEmergency) {
    result.risk = "high";
    result.reasons.push(`${draft.dangerFromStory ? "Lời kể cho biết" : "Người báo cho biết"} hiện không có trẻ nào gặp nguy hiểm ngay; sự việc đã xảy ra trước hôm nay và tin báo không nêu dấu hiệu nguy hiểm tức thời → cao (cần đánh giá sớm).`);
  }
  // Read from the story (the reporter was not asked): said as the bot's reading, not as the reporter's words.
  if (draft.dangerNow === "yes") {
    if (draft.dangerFromStory) raise(result, "emergency", "story_danger_now", "Câu chuyện người báo kể cho thấy trẻ đang gặp nguy hiểm ngay lúc này (đọc từ lời kể; người báo không được hỏi lại).");
    else raise(result, "emergency", "reporter_danger_now", "Người báo cho biết trẻ đang gặp nguy hiểm ngay lúc này.");
  }
  // Being with a person who hits is serious (high) but not by itself an emergency (DESIGN.md, triage
  // contract); a child with the person who abuses them sexually has that person's access now.
  if (draft.withPersonNow === "yes" && result.category === "sexual_abuse" && riskRank(result.risk) >= riskRank("high")) {
    raise(result, "emergency", "child_with_person_now", "Trẻ đang ở cùng người xâm hại tình dục mình.");
  }
  if (earlier) {
    if (riskRank(earlier.risk) > riskRank(result.risk)) keptFromEarlier(result, earlier);
    raise(result, earlier.risk, null, null);
    if (result.category === "other") result.category = earlier.category;
    for (const flag of earlier.redFlags) if (!result.redFlags.includes(flag)) result.redFlags.push(flag);
  }
  return result;
}

/** Blows the model may read as an emergency from their words alone: a beating at home, pupils' blows. */
const DONE_HARMS: ReadonlySet<string> = new Set(["physical_violence", "bullying"]);
/** Words that set something ahead or say it goes on (folded): "sẽ", "sắp", "định", "hẹn", "chưa dừng", "will", "still". */
const AHEAD = /\b(?:se|sap|dinh|hen|con dang|van dang|chua dung|chua ngung|will|going to|gonna|still)\b/;
/** An earlier part of today (folded): "sáng nay", "trưa nay", "chiều nay", "hồi sáng", "this morning"; not "vừa", "hôm nay", "just now". */
const EARLIER_TODAY = /^(?:sang nay|trua nay|chieu nay|sang hom nay|hoi sang(?: nay)?|hoi trua|hoi chieu|sang ni|chieu ni|this morning|earlier today|this afternoon)$/;

/**
 * A beating done earlier today ("sáng nay bố tát nó mấy cái, giờ nó ở trường"), told of a part of the day gone by, nothing told
 * as now, ahead or still going on, and no injury that needs care: with the reporter's "no danger now", a past beating of the
 * same day is high (DESIGN, triage contract: recent, not said to be imminent), whatever the model's words alone say. "Vừa",
 * "hôm nay" and "just now" are not read so (a beating just done, or one going on today), nor an injury that needs care.
 */
function doneEarlierToday(text: string, facts: ReportFacts, triage: CaseTriage): boolean {
  if (!DONE_HARMS.has(triage.category) || facts.times.join() !== "today" || !EARLIER_TODAY.test(foldKey(facts.whenQuote ?? ""))) return false;
  if (!nothingSevere(facts, triage.redFlags)) return false;
  return !AHEAD.test(foldKey(text));
}

/**
 * Red flags that tell who harmed, where or how often, and nothing of how severe: a bruise is an injury, a wound is not (its
 * facts say so). Any other flag (a child under 6, violence_severe: strangling, a burn, a whip; a weapon; a threat) is severe.
 */
const NOT_SEVERE_FLAGS: ReadonlySet<string> = new Set(["caregiver_is_abuser", "caregiver_violence", "school_context", "peer", "repeated", "injury"]);

/**
 * Nothing severe told (the triage's own flags and facts): no flag but who, where or how often; no injury beyond a bruise; no
 * untreated injury, threat to kill, beating promised, child not waking, plan to die; no child under 6 (DESIGN: a small child
 * hurt is an emergency).
 */
function nothingSevere(facts: ReportFacts, flags: readonly string[]): boolean {
  if (flags.some((f) => !NOT_SEVERE_FLAGS.has(f))) return false;
  if (facts.injury === "needs_care" || facts.injury === "severe") return false;
  if (facts.untreated || facts.threatToKill || facts.beatingPromised || facts.unconsciousNow || facts.planToDie) return false;
  return facts.age === null || facts.age.min >= 6;
}

/**
 * An earlier reading (the story when it first came, the case officers were alerted to) rated higher than the whole report reads
 * now: the risk is never lowered, and officers read why it stands, its own reasons first when it gave them.
 */
function keptFromEarlier(result: CaseTriage, earlier: DraftTriage): void {
  for (const reason of earlier.reasons ?? []) if (!result.reasons.includes(reason)) result.reasons.push(reason);
  result.reasons.push(`Tin báo đã được xếp mức ${RISK_VI[earlier.risk]} khi người báo kể lần đầu (cán bộ đã được báo theo mức này); thông tin thêm sau đó không hạ mức → ${RISK_VI[earlier.risk]}.`);
}

/** The tail triage puts on a rule's emergency it did not keep (triage-model.ts reasonsAsDecided). */
const NOT_KEPT = / → gợi ý khẩn cấp; không giữ vì [^()]*\(mức cuối: [^)]*\)\.$/u;

/** A red flag that by itself makes a report an emergency (content/triage/safety-rules.json). */
function statesImmediateDanger(flags: readonly string[]): boolean {
  const rules = safetyRules();
  return flags.some((f) => rules.emergencyFlags.includes(f) || rules.alwaysFlags.includes(f) || rules.immediacyFlags.includes(f));
}

function raise(result: CaseTriage, risk: TriageRisk, flag: string | null, reason: string | null): void {
  result.risk = maxRisk(result.risk, risk);
  // Raised to an emergency (the reporter's "yes, danger now", the child with the abuser now): a rule's emergency the text alone did
  // not keep is one now; its reason says so, not "suggested, not kept" beside an emergency.
  if (result.risk === "emergency") result.reasons = result.reasons.map((r) => r.replace(NOT_KEPT, " → khẩn cấp."));
  if (flag && !result.redFlags.includes(flag)) result.redFlags.push(flag);
  if (reason) result.reasons.push(reason);
}

/**
 * The place as the reporter gave it, for officers: the words typed, or, when a hamlet was named ("thôn 3", "ấp Tân Hòa"), the
 * hamlet with its commune and province ("thôn 3, xã Ea Kar, Đắk Lắk"); the commune column holds the commune alone.
 */
function placeWords(draft: ReportDraft): string | null {
  const hamlet = draft.hamlet?.trim();
  if (!hamlet || foldKey(draft.locationText ?? "").includes(foldKey(hamlet))) return draft.locationText;
  return placeSaid(draft);
}

function detailsOf(draft: ReportDraft): CaseDetails {
  return {
    language: draft.language, dangerNow: draft.dangerNow, ...(draft.dangerFromStory && draft.dangerNow ? { dangerFromStory: true } : {}), when: draft.when, withPersonNow: draft.withPersonNow, childAgeText: draft.childAgeText,
    locationText: placeWords(draft), reporterRelationText: draft.reporterRelationText, extraNotes: [...draft.extraNotes],
    harmer: draft.harmer ?? null, harmerText: draft.harmerText ?? null, ...(draft.harmer && draft.harmerSex ? { harmerSex: draft.harmerSex } : {}), children: draft.children ?? null,
  };
}

/** The reporter-given fields of a case (what a confirmed report replaces on an emergency draft). */
export function submittedFields(draft: ReportDraft, triage: CaseTriage, provinces: ProvinceLookup | undefined, submittedAt: Date | null): SubmittedFields {
  const place = provinces?.today(draft.provinceId, draft.provinceName ?? draft.locationText) ?? null;
  return {
    risk: triage.risk, category: triage.category, redFlags: triage.redFlags, reasons: triage.reasons,
    provinceId: place?.id ?? draft.provinceId, provinceName: place?.name ?? draft.provinceName, commune: draft.commune,
    childAgeBand: draft.childAgeBand, childSex: draft.childSex, reporterRelation: draft.reporterRelation,
    // Anonymous only when the reporter chose it (a skipped contact question is "not given": no contact, but no wish said).
    anonymous: draft.anonymous === true, contact: draft.anonymous === true ? null : draft.contact, consentToContact: draft.consentToContact,
    channel: draft.channel, chatId: draft.chatId, narrative: draft.narrative ?? "", details: detailsOf(draft), attachments: [...draft.attachments], submittedAt,
  };
}

/** A whole new case from a draft, with deadlines counted from `reportedAt`. */
export function buildCase(input: { draft: ReportDraft; triage: CaseTriage; code: string; reportedAt: Date; submitted: boolean; provinces?: ProvinceLookup; policy: DeadlinePolicy }): NewCase {
  const { draft, triage, code, reportedAt } = input;
  const deadlines = deadlinesFor(triage.risk, reportedAt, input.policy);
  return {
    ...submittedFields(draft, triage, input.provinces, input.submitted ? reportedAt : null),
    draftId: draft.draftId, code, status: "new", createdAt: reportedAt,
    ackDueAt: deadlines.ackDueAt, actionDueAt: deadlines.actionDueAt, nextAlertAt: deadlines.nextAlertAt, alertCount: 1,
  };
}
