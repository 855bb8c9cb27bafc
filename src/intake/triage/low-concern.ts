/**
 * The one reading that lowers (issue 12, T12): the model's medium is low when the report is what DESIGN's triage contract calls
 * low and the words say so: a past matter told as dealt with and safe now ("năm ngoái ... xã đã xử lý, giờ cháu ở với bà nội",
 * "the school dealt with it and she is happy now"), a worry where the writer says no one harms the child ("chưa ai bị gì",
 * "nobody is hurting him"), or a worry about the child's own habits (phone, games) where the rules read no harm. Words in
 * content/triage/low-concern.json.
 *
 * "Dealt with" counts only when an outside body (commune, ward, police, school) is named in the same clause, or the child was removed
 * from the person who harmed (with a grandparent now, that person arrested or moved out); a family's own settling, an apology or
 * "fine now" is not, and a parent, step-parent, partner or sibling who harmed needs a removal (M30).
 *
 * It lowers only medium to low, and never: beside urgent words (now, tonight, help), when the rules rate the report high or an
 * emergency (nor with a caregiver-abuser flag), when another child is named after the matter is said to be over, for sexual
 * abuse or self-harm (told, suspected or guessed), when the person who harms still lives with or reaches the child, when a harm is told as still going on after it was dealt with, or when an instruction is hidden in the text. It runs on
 * the model's decision, before the floors: every floor still raises after it.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { splitReport } from "./report-text.ts";
import type { ReportFacts } from "./report-facts.ts";
import { anyOf } from "./told-harm-floors.ts";
import type { TriageCategory, TriageResult } from "./triage-types.ts";

const WORDS_PATH = fileURLToPath(new URL("../../../content/triage/low-concern.json", import.meta.url));

interface Words {
  over: { phrases: string[] };
  stillGoing: { phrases: string[] };
  stillHarmed: { phrases: string[] };
  nothingHappened: { phrases: string[] };
  wellNow: { phrases: string[] };
  habitWorry: { worry: string[]; habit: string[] };
  urgent: { phrases: string[] };
  hungerDenied: { phrases: string[] };
  hungerTurn: { phrases: string[] };
  dealtWith: { handled: string[]; outside: string[] };
  removed: { phrases: string[] };
  otherChild: { phrases: string[] };
}

interface Compiled {
  over: RegExp;
  stillGoing: RegExp;
  stillHarmed: RegExp;
  nothingHappened: RegExp;
  wellNow: RegExp;
  worry: RegExp;
  habit: RegExp;
  urgent: RegExp;
  hungerDenied: RegExp;
  hungerTurn: RegExp;
  handled: RegExp;
  outside: RegExp;
  removed: RegExp;
  otherChild: RegExp;
}

let compiled: Compiled | null = null;

function words(): Compiled {
  if (compiled) return compiled;
  const w = JSON.parse(fs.readFileSync(WORDS_PATH, "utf8")) as Words;
  compiled = {
    over: anyOf(w.over.phrases),
    stillGoing: anyOf(w.stillGoing.phrases),
    stillHarmed: anyOf(w.stillHarmed.phrases),
    nothingHappened: anyOf(w.nothingHappened.phrases),
    wellNow: anyOf(w.wellNow.phrases),
    worry: anyOf(w.habitWorry.worry),
    habit: anyOf(w.habitWorry.habit),
    urgent: anyOf(w.urgent.phrases),
    hungerDenied: anyOf(w.hungerDenied.phrases),
    hungerTurn: anyOf(w.hungerTurn.phrases),
    handled: anyOf(w.dealtWith.handled),
    outside: anyOf(w.dealtWith.outside),
    removed: anyOf(w.removed.phrases),
    otherChild: anyOf(w.otherChild.phrases),
  };
  return compiled;
}

/** Red flags that name no harm: a habit told, the child's age. */
const NO_HARM_FLAGS: ReadonlySet<string> = new Set(["repeated", "child_under_6"]);
/** Harms never lowered here: a suspicion of sexual abuse is never discounted, and self-harm talk is read by its own floors. */
const NEVER_LOWERED: ReadonlySet<string> = new Set(["sexual_abuse", "self_harm"]);
/** People who live with or care for the child: a harm by them is over only when the child or they were removed (M30). */
const CLOSE_HARMERS: ReadonlySet<string> = new Set(["father", "mother", "parents", "stepfather", "stepmother", "partner", "sibling"]);

/**
 * Why the report is low, or null: "over" (dealt with and safe now), "denied" (no one harms the child), "habit" (a worry about
 * habits). `guessed` is the model's category: a worry (of any kind) counts only when it is "other".
 */
export function lowConcernGround(text: string, rules: TriageResult, facts: ReportFacts, guessed: TriageCategory = "other"): "over" | "denied" | "habit" | null {
  // The rules' high is never lowered, whatever else the report says (M30: checked before any ground).
  if (rules.risk === "emergency" || rules.risk === "high") return null;
  if (NEVER_LOWERED.has(rules.category) || facts.suspected || facts.withHarmerNow || facts.harmerAccess) return null;
  if (rules.redFlags.some((f) => /sexual|self_harm|intent|suicid|with_abuser|caregiver|weapon|threat/.test(f))) return null;
  const w = words();
  const keys = splitReport(text.slice(0, 4000)).map((c) => ` ${c.tokens.join(" ")} `);
  if (keys.some((k) => w.urgent.test(k))) return null;
  // The rules read no harm of any kind (a relation named is no harm told: "má nó bán ở chợ").
  const noHarmRead = rules.category === "other" && rules.redFlags.every((f) => NO_HARM_FLAGS.has(f)) && !facts.injury;
  if (toldOverAndSafe(keys, facts)) return "over";
  // A worry stands only where the rules read no harm.
  if (!noHarmRead) return null;
  // A worry counts only where the model too names no harm: "nothing has happened yet" beside a stranger's offer of rides is a lure
  // (medium), "no one hurts him" beside a child wandering the night market is neglect, "vẫn đi học" is said of children made to work.
  if (guessed !== "other") return null;
  if (keys.some((k) => w.nothingHappened.test(k) || w.wellNow.test(k))) return "denied";
  if (keys.some((k) => w.worry.test(k)) && keys.some((k) => w.habit.test(k))) return "habit";
  return null;
}

/**
 * Dealt with and safe now, the harm told at a past time, and nothing told as still going on from where it is said to be over.
 * Dealt with means by an outside body named in the same clause (commune, ward, police, school), or the child removed from the
 * person who harmed (with a grandparent now, that person arrested or moved out); a family's own settling, an apology or "fine now"
 * is not. A parent, step-parent, the writer's partner or a sibling who harmed needs a removal. No other child may be named after it.
 */
function toldOverAndSafe(keys: readonly string[], facts: ReportFacts): boolean {
  const w = words();
  const removedAt = keys.findIndex((k) => w.removed.test(k));
  const close = facts.harmer !== null && CLOSE_HARMERS.has(facts.harmer);
  const handledAt = close ? -1 : keys.findIndex((k) => w.handled.test(k) && w.outside.test(k));
  const overAt = [removedAt, handledAt].filter((i) => i >= 0).reduce((a, b) => Math.min(a, b), Number.POSITIVE_INFINITY);
  if (!Number.isFinite(overAt) || facts.withHarmerNow || facts.harmerAccess) return false;
  // The harm at a past time ("năm ngoái", "tuần trước"), or at no time the facts read ("last spring"); not a habit told without a past.
  // "Dạo này" (recent) beside a habit is no past: "dạo này ... có bữa không còn gì ăn".
  const toldPast = facts.times.includes("past") || (facts.times.includes("recent") && !facts.times.includes("repeated")) || !facts.times.some((t) => t === "repeated" || t === "now" || t === "recent");
  if (!toldPast || facts.times.some((t) => t === "tonight" || t === "today")) return false;
  const at = keys[overAt]!;
  const cut = overAt === removedAt ? at.search(w.removed) : at.search(w.handled);
  const from = ` ${at.slice(cut).trim()} `;
  const after = [from, ...keys.slice(overAt + 1).map((k) => ` ${k.trim()} `)];
  return !after.some((k) => w.stillGoing.test(k) || w.otherChild.test(k));
}

/**
 * A child's hunger that the report tells as over and the child cared for now ("bị bỏ đói tuần trước, xã đã xuống làm việc, giờ
 * đưa về cho bà ngoại nuôi"), or denies ("không ai đánh đập hay bỏ đói"): the hunger floor (triage-model.ts) does not raise it.
 */
export function hungerNotNow(text: string, facts: ReportFacts): boolean {
  const keys = splitReport(text.slice(0, 4000)).map((c) => ` ${c.tokens.join(" ")} `);
  return keys.some((k) => words().hungerDenied.test(k) && !words().hungerTurn.test(k)) || (!keys.some((k) => words().urgent.test(k)) && toldOverAndSafe(keys, facts));
}

const WHY: Record<"over" | "denied" | "habit", { vi: string; en: string }> = {
  over: { vi: "chuyện đã qua, đã được giải quyết và trẻ nay an toàn, không có gì cho thấy còn tiếp diễn", en: "a past matter, dealt with and the child safe now, with nothing told as still going on" },
  denied: { vi: "người viết nói không ai gây hại cho trẻ và quy tắc không thấy hành vi gây hại nào: một mối lo", en: "the writer says no one harms the child and the rules read no harm: a worry" },
  habit: { vi: "mối lo về thói quen của trẻ (điện thoại, trò chơi, học hành), không có hành vi gây hại", en: "a worry about the child's own habits (phone, games, studies), with no harm told" },
};

/**
 * The model's medium lowered to low where lowConcernGround reads a low matter (DESIGN: low); not when the model reads sexual abuse
 * or self-harm. Nothing else is lowered: an emergency, a high, a low stay as they are.
 */
export function lowConcern(text: string, rules: TriageResult, facts: ReportFacts, instruction: boolean, triage: TriageResult): TriageResult {
  if (triage.risk !== "medium" || instruction || NEVER_LOWERED.has(triage.category)) return triage;
  const ground = lowConcernGround(text, rules, facts, triage.category);
  if (!ground) return triage;
  return {
    ...triage,
    risk: "low",
    reasons: [...triage.reasons, `Quy tắc: ${WHY[ground].vi} → mức thấp (cán bộ vẫn có thể xem lại).`],
    reasonsEn: [...triage.reasonsEn, `Rule: ${WHY[ground].en} → low (an officer can still review it).`],
  };
}

/**
 * The other side of the same reading: a report that says the matter was dealt with, then tells the harm as still going on ("xã đã
 * xử lý, nhưng giờ vẫn bị đánh", "the police handled it, but it is still happening") or the person who harms still sharing the
 * child's home ("nhưng chú vẫn ở chung nhà với cháu", "thầy vẫn chủ nhiệm lớp em nó"), is not over. The model, which reads "đã xử lý" as
 * over, may rate it low; it is at least medium, or high where the rules read high (an emergency is the floors' own). It only raises.
 */
export function notOverWhileGoingOn(text: string, rules: TriageResult, triage: TriageResult): TriageResult {
  if (rules.risk === "emergency") return triage;
  // A harm told as dealt with and going on is at least medium, even where the rules read it low (M30: "nhà trường đã xử lý, nhưng
  // thầy vẫn chủ nhiệm lớp em nó").
  const floor = rules.risk === "high" ? "high" : "medium";
  if (RANK[triage.risk] >= RANK[floor]) return triage;
  const w = words();
  const keys = splitReport(text.slice(0, 4000)).map((c) => ` ${c.tokens.join(" ")} `);
  const overAt = keys.findIndex((k) => w.over.test(k));
  if (overAt < 0) return triage;
  const from = keys[overAt]!.slice(keys[overAt]!.search(w.over));
  const goesOn = [from, ...keys.slice(overAt + 1)].some((k) => w.stillHarmed.test(` ${k.trim()} `));
  // The words say it goes on; the facts' "access" alone does not raise ("giờ ba tụi nó đã về ở hẳn" is a father come back to care).
  if (!goesOn) return triage;
  return {
    ...triage,
    risk: floor,
    reasons: [...triage.reasons, `Quy tắc: báo cáo nói sự việc đã được xử lý nhưng hành vi gây hại vẫn tiếp diễn hoặc người gây hại vẫn gần trẻ → ít nhất mức ${floor === "high" ? "cao" : "trung bình"} (quy tắc chỉ nâng, không hạ).`],
    reasonsEn: [...triage.reasonsEn, `Rule: the report says the matter was dealt with, but the harm goes on or the person who harms is still near the child → at least ${floor} (rules only raise).`],
  };
}

const RANK: Record<TriageResult["risk"], number> = { low: 0, medium: 1, high: 2, emergency: 3 };
