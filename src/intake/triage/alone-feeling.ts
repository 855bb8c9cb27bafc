/**
 * "Alone" is a child without a carer (DESIGN: a small child alone), not a child who feels alone: "lủi thủi một mình ở góc lớp",
 * "hay ngồi khóc một mình trong phòng", "cries alone in her room", "I feel so alone". A feeling among the three words before
 * "một mình" / "alone", or crying told as a habit ("hay khóc", "often crying"), makes it a feeling, unless the report tells of a
 * baby or of a child left without a grown-up anywhere ("ở nhà", "ngoài đường", "bến xe", "không thấy người lớn", "nobody
 * around"). A child who "ngồi khóc một mình" at a bus stop tonight is alone. The words are data (content/triage/lexicon.json).
 */
import { ALONE_IN_FEELING } from "./triage-lexicon.ts";

type Phrases = string[][];
let lists: { feeling: Phrases; crying: Phrases; sitting: Phrases; atSchool: Phrases; habit: Phrases; withoutCarer: Phrases } | undefined;

function shipped(): NonNullable<typeof lists> {
  const split = (phrases: readonly string[]) => phrases.map((p) => p.split(" "));
  lists ??= { feeling: split(ALONE_IN_FEELING.feeling), crying: split(ALONE_IN_FEELING.crying), sitting: split(ALONE_IN_FEELING.sitting ?? []), atSchool: split(ALONE_IN_FEELING.atSchool ?? []), habit: split(ALONE_IN_FEELING.habit), withoutCarer: split(ALONE_IN_FEELING.withoutCarer) };
  return lists;
}

/** The first position in [from, to) where one of the phrases starts and ends before `to`, or -1. */
function phraseIn(tokens: readonly string[], from: number, to: number, phrases: Phrases): number {
  for (let i = Math.max(0, from); i < to; i++) if (phrases.some((p) => i + p.length <= to && p.every((w, k) => tokens[i + k] === w))) return i;
  return -1;
}

/**
 * Whether "một mình" / "alone" starting at `start` of a sentence's folded tokens tells a feeling, in a report (all its folded
 * tokens) that tells of no baby and no child left without a grown-up.
 */
export function aloneInFeeling(sentence: readonly string[], start: number, report: readonly string[]): boolean {
  const { feeling, crying, sitting, atSchool, habit, withoutCarer } = shipped();
  const from = start - 3;
  const felt = phraseIn(sentence, from, start, feeling) >= 0;
  const cried = phraseIn(sentence, from, start, crying);
  // "hay khóc một mình", "dạo này hay ngồi khóc một mình", "is often crying alone": a habit, not a situation.
  const habitual = cried >= 0 && phraseIn(sentence, cried - 3, cried, habit) >= 0;
  // "hay ngồi một mình giờ ra chơi", "thường ngồi một mình cuối lớp": a pupil who keeps apart at school, told as a habit.
  const sat = phraseIn(sentence, from, start, sitting);
  const apart = sat >= 0 && phraseIn(sentence, sat - 3, sat, habit) >= 0 && phraseIn(report, 0, report.length, atSchool) >= 0;
  if (!felt && !habitual && !apart) return false;
  return phraseIn(report, 0, report.length, withoutCarer) < 0;
}
