/**
 * Rule-based triage of a child-abuse report (DESIGN.md "Triage contract"). Rules run first
 * and always, with no network and no model: the same text always gets the same answer,
 * in well under a millisecond. Missing an emergency is the worst error, so every doubt
 * (a negation after an embedded instruction, a "now" next to violence, a very young child)
 * resolves toward the higher risk; only a clear negation or a clear general question lowers.
 * Text inside a report is data: instructions in it are flagged for the officer, never obeyed.
 */
import { COMBINATIONS } from "./triage-combinations.ts";
import { addWeight, collectFacts, type TriageFacts } from "./triage-facts.ts";
import type { PhraseMatch } from "./phrase-matcher.ts";
import {
  maxRisk,
  riskRank,
  type ChildAge,
  type TriageCategory,
  type TriageOptions,
  type TriageResult,
  type TriageRisk,
} from "./triage-types.ts";

export { collectFacts } from "./triage-facts.ts";

/** When evidence ties, the harm that is more dangerous to miss wins. */
const CATEGORY_PRIORITY: readonly TriageCategory[] = [
  "self_harm", "trafficking_abduction", "sexual_abuse", "physical_violence", "child_marriage", "labour_exploitation",
  "online_abuse", "neglect_abandonment", "bullying", "emotional_abuse", "other",
];
/** A category needs at least this much evidence; below it the report is "other". */
const MIN_CATEGORY_EVIDENCE = 2;
/** Codes whose meaning a hypothetical does not soften: "nếu ... em sẽ tự tử" is still an emergency. */
const NEVER_SOFTENED: ReadonlySet<string> = new Set(["self_harm_intent", "life_at_risk", "abduction_in_progress"]);

/** Working decision: risk only ever goes up while rules apply, except the general-question rule. */
interface Decision {
  risk: TriageRisk;
  category: TriageCategory;
  flags: Set<string>;
  reasons: string[];
  reasonsEn: string[];
}

/** Triage one report: risk, category, red flags and reasons, by rules only. */
export function triageRules(text: string, opts: TriageOptions = {}): TriageResult {
  return triageRulesWithMatches(text, opts).result;
}

/** The rules' decision and the matches it was made from (the model reads both). */
export function triageRulesWithMatches(text: string, opts: TriageOptions = {}): { result: TriageResult; matches: TriageFacts } {
  const facts = collectFacts(text, opts);
  const decision: Decision = { risk: "low", category: "other", flags: new Set(), reasons: [], reasonsEn: [] };
  noteInstruction(decision, facts);
  noteDangerNow(decision, opts);
  noteAge(decision, facts.age);
  applyMatches(decision, facts);
  applyMarriageAge(facts);
  applyCombinations(decision, facts);
  applyPeerContext(facts, decision);
  decision.category = chooseCategory(facts.evidence, facts.harms);
  applyGeneralQuestion(decision, facts);
  applyPastQuestion(decision, facts);
  const result: TriageResult = {
    risk: decision.risk,
    category: decision.category,
    redFlags: [...decision.flags],
    reasons: decision.reasons,
    reasonsEn: decision.reasonsEn,
    childAge: facts.age,
  };
  return { result, matches: facts };
}

/**
 * Violence and insults between children are bullying: when the report names peers ("bạn cùng
 * lớp") and no caregiver is the abuser, evidence for physical or emotional abuse counts for bullying.
 */
function applyPeerContext(facts: TriageFacts, decision: Decision): void {
  if (!facts.codes.has("peer") || decision.flags.has("caregiver_is_abuser")) return;
  // Insults from classmates in a chat group are cyberbullying, which officers file as online abuse.
  const verbalTarget = (facts.evidence.get("online_abuse") ?? 0) >= 2 ? "online_abuse" : "bullying";
  moveEvidence(facts, "physical_violence", "bullying");
  moveEvidence(facts, "emotional_abuse", verbalTarget);
}

function moveEvidence(facts: TriageFacts, from: TriageCategory, to: TriageCategory): void {
  addWeight(facts, to, facts.evidence.get(from) ?? 0);
  facts.evidence.set(from, 0);
  if (facts.harms.has(from)) facts.harms.add(to);
}

/**
 * The category with the most evidence; ties go to the more dangerous harm. Only categories
 * with an actual harm (not just context words like "chăn bò", "ở trường") can win.
 */
export function chooseCategory(evidence: ReadonlyMap<TriageCategory, number>, harms: ReadonlySet<TriageCategory>): TriageCategory {
  let best: TriageCategory = "other";
  let bestWeight = 0;
  for (const category of CATEGORY_PRIORITY) {
    const weight = harms.has(category) || category === "other" ? evidence.get(category) ?? 0 : 0;
    if (weight > bestWeight) [best, bestWeight] = [category, weight];
  }
  return bestWeight >= MIN_CATEGORY_EVIDENCE ? best : "other";
}

function raise(decision: Decision, risk: TriageRisk): void {
  decision.risk = maxRisk(decision.risk, risk);
}

function say(decision: Decision, vi: string, en: string): void {
  decision.reasons.push(vi);
  decision.reasonsEn.push(en);
}

function noteInstruction(decision: Decision, facts: TriageFacts): void {
  if (!facts.instruction) return;
  decision.flags.add("embedded_instruction");
  const quote = facts.instruction.quote;
  say(
    decision,
    `Báo cáo có câu giống mệnh lệnh ("${quote}"): coi là nội dung báo cáo, không làm theo, không hạ mức rủi ro.`,
    `The report contains an instruction ("${quote}"): treated as report content, not obeyed, risk never lowered.`,
  );
}

function noteDangerNow(decision: Decision, opts: TriageOptions): void {
  if (!opts.dangerNow) return;
  raise(decision, "emergency");
  decision.flags.add("reporter_says_danger_now");
  say(decision, "Người báo cho biết trẻ đang gặp nguy hiểm ngay lúc này → khẩn cấp.", "The reporter says a child is in danger right now → emergency.");
}

function noteAge(decision: Decision, age: ChildAge | null): void {
  if (!age) return;
  const span = age.min === age.max ? `${age.min}` : `${age.min}-${age.max}`;
  say(decision, `Tuổi của trẻ: "${age.source}" → khoảng ${span} tuổi.`, `Child's age: "${age.source}" → about ${span} years.`);
  if (age.min <= 5) decision.flags.add("child_under_6");
}

/** Floors and flags of the matched words, with one reason per rule. */
function applyMatches(decision: Decision, facts: TriageFacts): void {
  const seen = new Set<string>();
  for (const m of facts.affirmed) {
    const { rule } = m;
    if (rule.floor) raise(decision, softened(rule.floor, m));
    if (rule.flag) decision.flags.add(rule.code);
    if (seen.has(rule.code) || (!rule.floor && !rule.flag)) continue;
    seen.add(rule.code);
    const note = rule.floor !== undefined && softened(rule.floor, m) !== rule.floor;
    say(decision, `"${m.quote}": ${rule.vi}${note ? " (giả định: hạ một mức)" : ""}.`, `"${m.quote}": ${rule.en}${note ? " (hypothetical: one level lower)" : ""}.`);
  }
  for (const m of facts.negated) {
    if (!m.rule.floor || seen.has(`neg:${m.rule.code}`)) continue;
    seen.add(`neg:${m.rule.code}`);
    say(decision, `"${m.quote}" đi sau lời phủ định nên không tính là ${m.rule.vi}.`, `"${m.quote}" is negated, so it does not count as ${m.rule.en}.`);
  }
}

/** A hypothetical ("nếu ...") lowers a floor by one level, never below medium, except for life-and-death codes. */
function softened(floor: TriageRisk, m: PhraseMatch): TriageRisk {
  if (!m.hypothetical || NEVER_SOFTENED.has(m.rule.code) || riskRank(floor) <= riskRank("medium")) return floor;
  return floor === "emergency" ? "high" : "medium";
}

/** "lấy chồng" at 14 is child marriage even without the word "ép". */
function applyMarriageAge(facts: TriageFacts): void {
  if (!facts.codes.has("marriage") || !facts.age || facts.age.min >= 18) return;
  addWeight(facts, "child_marriage", 4);
  facts.harms.add("child_marriage");
  facts.codes.add("underage_marriage");
}

/** Rules that look at several facts together (immediacy, who the abuser is, the child's age). */
function applyCombinations(decision: Decision, facts: TriageFacts): void {
  for (const rule of COMBINATIONS) {
    const hit = rule.when(facts);
    if (!hit) continue;
    const known = decision.flags.has(rule.flag) && (!rule.risk || riskRank(rule.risk) <= riskRank(decision.risk));
    if (known) continue; // the same flag from a matched word already said it, at this risk or higher
    decision.flags.add(rule.flag);
    if (rule.category) {
      addWeight(facts, rule.category, 3);
      facts.harms.add(rule.category);
    }
    const quoted = hit === true ? "" : ` ("${hit}")`;
    if (!rule.risk) {
      say(decision, `${rule.vi}${quoted}.`, `${rule.en}${quoted}.`);
      continue;
    }
    raise(decision, rule.risk);
    say(decision, `${rule.vi}${quoted} → ${RISK_VI[rule.risk]}.`, `${rule.en}${quoted} → ${rule.risk}.`);
  }
}

/** Words that say the danger is current. */
const CURRENT: ReadonlySet<string> = new Set(["now", "now_word", "with_abuser_now", "call_for_help", "violence_in_progress", "soon", "recent", "ongoing"]);

/**
 * A question about something over or dealt with ("năm ngoái cháu bị đánh, công an đã xử lý;
 * tôi muốn hỏi thủ tục trợ cấp") or about a rumour is not a child in danger now: low, with its
 * category kept. Only when every harm word stands in a clause that says so, nothing in the
 * report says "now", "tonight" or "help", and no instruction is embedded; "năm ngoái nó tự
 * tử, giờ nó lại nói muốn chết" keeps its emergency (the second harm is in a clause of its own).
 */
function applyPastQuestion(decision: Decision, facts: TriageFacts): void {
  const asks = facts.hasQuestionMark || facts.codes.has("question");
  if (!asks || facts.instruction || decision.risk === "low" || decision.flags.has("reporter_says_danger_now")) return;
  const pastClauses = new Set(facts.affirmed.filter((m) => m.rule.code === "past_resolved").map((m) => m.clause));
  // "giờ bé đã về sống với bà" or "đang đồn": a "now" inside a clause that says it is over does not count.
  if (facts.affirmed.some((m) => CURRENT.has(m.rule.code) && !pastClauses.has(m.clause))) return;
  const harms = facts.affirmed.filter((m) => m.rule.floor);
  const beforeOrAt = (clause: number) => [...pastClauses].some((p) => p === clause || p === clause + 1);
  if (pastClauses.size === 0 || harms.length === 0 || !harms.every((m) => beforeOrAt(m.clause))) return;
  decision.risk = "low";
  say(
    decision,
    "Câu hỏi về chuyện đã qua, đã được giải quyết hoặc tin đồn, không có dấu hiệu nguy hiểm hiện tại: xếp mức thấp (cán bộ vẫn có thể xem lại).",
    "A question about something past, dealt with or rumoured, with no sign of danger now: low risk (an officer can still review it).",
  );
}

/** The subject of a general question when it names one ("tuổi kết hôn", "phòng chống bắt nạt"); otherwise "other". */
function topicOf(facts: TriageFacts): TriageCategory {
  const topics = new Set(facts.affirmed.filter((m) => m.rule.code.startsWith("topic_") && m.rule.category).map((m) => m.rule.category as TriageCategory));
  return topics.size === 1 ? [...topics][0]! : "other";
}

/** Vietnamese names of the risk levels, for reasons and the terminal summary. */
export const RISK_VI: Readonly<Record<TriageRisk, string>> = {
  emergency: "khẩn cấp",
  high: "cao",
  medium: "trung bình",
  low: "thấp",
};

/** True when every harm word of the report stands in a hypothetical ("nếu con tôi bị ..."). */
function onlyHypotheticalHarm(facts: TriageFacts): boolean {
  const harms = facts.affirmed.filter((m) => m.rule.floor);
  return harms.length > 0 && harms.every((m) => m.hypothetical);
}

/**
 * A general question with no specific child ("báo ở đâu khi thấy trẻ bị xâm hại?") is not a
 * report: low / other. Never applied when an instruction is embedded or a life is at stake.
 */
function applyGeneralQuestion(decision: Decision, facts: TriageFacts): void {
  const asks = facts.hasQuestionMark || facts.codes.has("question");
  const named = facts.codes.has("victim") || facts.age !== null;
  // "Nếu bố em về thì em sẽ bị đánh?" is a child afraid of a caregiver, not a general question.
  const afraid = facts.codes.has("caregiver") || facts.codes.has("with_abuser_now");
  const specific = afraid || (!onlyHypotheticalHarm(facts) && (named || decision.flags.size > 0));
  if (!asks || specific || facts.instruction || decision.risk === "emergency") return;
  if (decision.risk === "low" && decision.category === "other") {
    decision.category = topicOf(facts);
    return;
  }
  decision.risk = "low";
  decision.category = topicOf(facts);
  say(
    decision,
    "Đây là câu hỏi chung, không nêu một trẻ cụ thể: xếp mức thấp, loại khác (cán bộ vẫn có thể xem lại).",
    "A general question naming no specific child: low risk, category other (an officer can still review it).",
  );
}
