/**
 * A situation that ends (a small child shut in or out, driven out at night, left out in the cold) told only as last night, earlier
 * or as a habit ("hễ làm vỡ bát là bị nhốt ngoài chuồng gà, đêm qua bị nhốt cả đêm"): DESIGN.md's triage contract makes it high
 * ("serious harm that is recurring or recent but not said to be imminent") unless the reporter says a child is in danger now.
 * A weapon, a threat, an intent to die, an injury without care are no situation that ends: they are never read this way.
 */
import { extractReportFacts } from "./report-facts.ts";
import { CARE_AFTER } from "./triage-combinations.ts";
import { collectFacts } from "./triage-facts.ts";
import { IN_PROGRESS, safetyRules } from "./triage-model.ts";

/** The red flags of a state the child was in, which the reporter's "no danger now" answers when it was told as past. */
export const ENDED_SITUATION_FLAGS: ReadonlySet<string> = new Set(["young_child_locked_in_alone", "young_child_shut_out", "driven_out_at_night", "young_child_exposed"]);

/** Red flags that end with the episode only when the story tells them as a habit ("bắt nhịn đói" among the punishments). */
const HABIT_ENDED: ReadonlySet<string> = new Set(["starvation"]);

/**
 * A time a situation started and still goes on from (folded, spaced): "từ hôm kia", "từ bữa qua", "since yesterday". Not a bare
 * "tới giờ", "đến nay", "still": they say as well where the child has been since ("tới giờ bé vẫn ở nhà bà ngoại").
 */
const GOES_ON_SINCE = / (?:tu|since) (?:hom|bua|dem|toi|sang|chieu|trua)(?: (?:kia|qua|truoc|hom qua))? | since (?:yesterday|the day before|last night|monday|tuesday|wednesday|thursday|friday|saturday|sunday) | ever since /;
/** The words of the situation itself: shut in or out, alone, driven out, abandoned, left out in the cold. */
const SITUATION_CODES: ReadonlySet<string> = new Set(["confinement", "child_alone", "shut_out", "driven_out", "abandonment", "exposure"]);
/** A clause that holds nothing but the time ("Từ hôm kia, ..."): the time is of the next clause. */
const TIME_ONLY_WORDS = 5;

/**
 * "bị nhốt một mình từ hôm kia", "Từ hôm kia, thằng bé bị khóa trong phòng": a time the situation started, going on to now,
 * told in the clause of the situation (or in a clause of the time alone before it), with no care told after it ("từ hôm trước
 * tới giờ bé ở với bà nội" is the time of the care).
 */
function goesOnSince(text: string): boolean {
  const facts = collectFacts(text);
  const clauses = facts.clauses ?? [];
  const told = [...facts.affirmed, ...(facts.toldAsPast ?? []).map((x) => x.match)];
  const situationIn = (ci: number) => told.some((m) => m.clause === ci && SITUATION_CODES.has(m.rule.code));
  return clauses.some((clause, ci) => {
    const words = ` ${clause.tokens.join(" ")} `;
    const since = GOES_ON_SINCE.exec(words);
    if (!since || CARE_AFTER.test(words.slice(since.index))) return false;
    const next = clauses[ci + 1];
    const sameSentence = next !== undefined && (facts.sentenceOf?.[ci + 1] ?? -1) === (facts.sentenceOf?.[ci] ?? -2);
    return situationIn(ci) || (clause.tokens.length <= TIME_ONLY_WORDS && sameSentence && situationIn(ci + 1) && !CARE_AFTER.test(` ${next.tokens.join(" ")} `));
  });
}

/** A red flag the reporter's "no danger now" answers once situationToldAsEnded holds. */
export const endsWithEpisode = (flag: string): boolean => ENDED_SITUATION_FLAGS.has(flag) || HABIT_ENDED.has(flag);

/** Every emergency-level red flag is such a situation, and the story tells it only at a past time or as a habit (no now, tonight, today). */
export function situationToldAsEnded(text: string, redFlags: readonly string[]): boolean {
  if (!redFlags.some((f) => ENDED_SITUATION_FLAGS.has(f))) return false;
  // A flag of the rules that says now ("giờ con bé vẫn còn bị nhốt ngoài đó": confinement_now) is no situation that has ended.
  if (redFlags.some((f) => IN_PROGRESS.has(f))) return false;
  const rules = safetyRules();
  const urgent = redFlags.filter((f) => rules.emergencyFlags.includes(f) || rules.alwaysFlags.includes(f) || rules.immediacyFlags.includes(f));
  // "bị nhốt một mình từ hôm kia", "since the day before yesterday": a time the situation started, going on to now (issue 13).
  if (goesOnSince(text)) return false;
  const times = extractReportFacts(text).times;
  // "chửi bới suốt, bắt nhịn đói": food withheld as a habit of punishment, beside the rest; not "bỏ đói mấy ngày nay" (no habit told).
  if (urgent.some((f) => !ENDED_SITUATION_FLAGS.has(f) && !(HABIT_ENDED.has(f) && times.includes("repeated")))) return false;
  return times.some((t) => t === "recent" || t === "repeated" || t === "past") && !times.some((t) => t === "now" || t === "tonight" || t === "today");
}
