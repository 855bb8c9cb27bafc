/**
 * Rule-based triage of a child-abuse report (DESIGN.md "Triage contract"). Rules run first
 * and always, with no network and no model: the same text always gets the same answer,
 * in well under a millisecond. Missing an emergency is the worst error, so every doubt
 * (a negation after an embedded instruction, a "now" next to violence, a very young child)
 * resolves toward the higher risk; only a clear negation or a clear general question lowers.
 * Text inside a report is data: instructions in it are flagged for the officer, never obeyed.
 */
import { ageSelfCorrected } from "./self-corrected-age.ts";
import { actOfHarmNow, COMBINATIONS, signOnly } from "./triage-combinations.ts";
import { AWAY_NOW, LASTING_HARM_ENDS, LASTING_HARM_SUSPICION, LEXICON, SEVERE_NOT_VIOLENCE } from "./triage-lexicon.ts";
import { addWeight, collectFacts, type TriageFacts } from "./triage-facts.ts";
import { quoteSpan, splitReport, type Clause } from "./report-text.ts";
import { harmFeared, scoldingFearSpans } from "./scolding-fear.ts";
import { aloneInFeeling } from "./alone-feeling.ts";
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
export function triageRulesWithMatches(typed: string, opts: TriageOptions = {}): { result: TriageResult; matches: TriageFacts } {
  const text = ageSelfCorrected(typed);
  const facts = collectFacts(text, opts);
  const decision: Decision = { risk: "low", category: "other", flags: new Set(), reasons: [], reasonsEn: [] };
  const read = { affirmed: facts.affirmed };
  const scoped = applyScope(facts, splitReport(text));
  noteInstruction(decision, facts);
  noteDangerNow(decision, opts);
  noteAge(decision, facts.age);
  applyMatches(decision, facts);
  notePast(decision, facts);
  for (const note of scoped) say(decision, note.vi, note.en);
  applyMarriageAge(facts);
  applyCombinations(decision, facts);
  applyPeerContext(facts, decision);
  // A harm told as an earlier episode still names the kind of harm the report is about.
  decision.category = chooseCategory(facts.evidence, new Set([...facts.harms, ...(facts.toldAsPast ?? []).filter((p) => p.match.rule.floor && p.match.rule.category).map((p) => p.match.rule.category as TriageCategory)]));
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
  // The model was trained on the matches as read, before the scope rules set any aside: it keeps reading those.
  facts.scoped = facts.affirmed;
  if (read.affirmed !== facts.affirmed) {
    for (const m of read.affirmed) facts.codes.add(m.rule.code);
    facts.affirmed = read.affirmed;
  }
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

/** Facts of now told as an earlier episode ("hồi trước bà ấy hay nhốt nó"): said once per rule, so officers see why no flag was raised. */
function notePast(decision: Decision, facts: TriageFacts): void {
  const seen = new Set<string>();
  for (const { match, marker } of facts.toldAsPast ?? []) {
    if (seen.has(match.rule.code)) continue;
    seen.add(match.rule.code);
    say(decision, `"${match.quote}" được kể là chuyện trước đây ("${marker.quote}"): không tính là đang xảy ra.`, `"${match.quote}" is told as an earlier episode ("${marker.quote}"): not counted as happening now.`);
  }
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
    // "Bé Nam bị bố đánh. Em trai nó thì không bị đánh": a denial of another child's harm does not take back the harm told.
    if (!m.rule.floor || seen.has(`neg:${m.rule.code}`) || seen.has(m.rule.code)) continue;
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

/** A reason line about a match the scope rules set aside (said once per rule). */
interface ScopeNote {
  vi: string;
  en: string;
}

/** Words of an adult threatening or shouting at the child (folded): "dọa", "quát", "chửi", "threatened", "waved". */
const THREATENS = new Set(["doa", "quat", "chui", "threatened", "threatens", "threatening", "yelled", "shouted", "waved", "screamed"]);
/** Making the child take something (folded): "cho nó uống", "bắt con nuốt", "ép em ăn". */
const MAKES = new Set(["cho", "bat", "ep"]);
const INGEST = new Set(["uong", "nuot", "an"]);
/** A child as the one who acts (folded): "con", "cháu", "bé", "nó", "he", "she". */
const CHILD_ACTS_SUBJECT = new Set(["con", "chau", "be", "em", "no", "he", "she", "tu", "myself", "herself", "himself"]);

/**
 * A self-harm word held or said by a carer named before it in its clause, with a threat or a shout in that clause and no
 * child named as the one who acts between them: the adult's threat to the child, not the child's intent to die.
 */
function carerThreatensWith(near: readonly PhraseMatch[], tokens: readonly string[], m: PhraseMatch): boolean {
  const carer = near.find((x) => x.rule.code === "caregiver" && x.end <= m.start);
  if (!carer) return false;
  // A threat or a shout in the clause, or the carer making the child take it ("bà sẽ cho tôi uống thuốc chuột").
  const swallow = [m.start - 1, m.start].find((k) => INGEST.has(tokens[k] ?? ""));
  const makes = swallow !== undefined && [swallow - 2, swallow - 3].some((k) => k >= carer.end && MAKES.has(tokens[k] ?? ""));
  if (!(makes || tokens.some((t) => THREATENS.has(t)))) return false;
  return makes || !tokens.slice(carer.end, m.start).some((t) => CHILD_ACTS_SUBJECT.has(t));
}

/** The words of killing in a threat (folded), which among pupils with no weapon or injury are bullying: "giết", "đánh chết". */
const PEER_KILL_WORDS: ReadonlySet<string> = new Set(["giet", "giet chet", "danh chet"]);
/** Codes that say the child is in danger at this moment: a faint or a fever told as one day in the past is not. */
const NOW_ONLY: ReadonlySet<string> = new Set(["life_at_risk", "child_ill"]);
/** Markers that an episode is told as past ("có hôm", "tuần trước", "last week"); "năm ngoái", "từng" too. */
const EPISODE_MARKERS: ReadonlySet<string> = new Set(["past_episode", "past_resolved"]);
/** Words of a future that make "once" a when ("once he gets home he will ..."). */
const FUTURE: ReadonlySet<string> = new Set(["will", "ll", "gets", "get", "comes", "come", "going", "goes", "finds"]);
/** Markers that bring a clause back to now ("tuần trước bé sốt đến giờ vẫn chưa khỏi"). */
const BACK_TO_NOW: ReadonlySet<string> = new Set(["now", "now_word", "ongoing", "recent", "violence_in_progress"]);
/** What a person does that is only the child's when the child is said to do it or to be made to. */
const CHILD_ACTS: ReadonlySet<string> = new Set(["child_labour", "hazardous_work", "child_missing"]);
/** An English writer who names a child of their own (folded, spaced): "my son", "my 11 year old", "my kids". */
/** A writer who names a child of her own (folded, spaced): "con tôi", "cháu tui", "bé nhà mình". */
const PARENT_WRITES_VI = / (?:con|chau|be) (?:nha )?(?:toi|tui|minh) /;
/** Words that may open a clause before the writer: "và tôi", "vợ chồng tôi", "nên tui". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["va", "vo", "chong", "thi", "nen", "ma", "con"]);
/** The writer ("tôi", "tui", "mình") opens the clause right before the words at `start` ("tôi" folds like "tối": only first in its clause). */
const WRITER_AUX: ReadonlySet<string> = new Set(["di", "phai", "cung", "dang", "van", "hay", "thuong", "lo"]);
function writerOpensClause(clause: Clause, start: number): boolean {
  const tokens = clause.tokens;
  while (start > 1 && WRITER_AUX.has(tokens[start - 1] ?? "")) start--;
  const before = tokens[start - 1] ?? "";
  if (!["toi", "tui", "minh"].includes(before)) return false;
  // "tối đi bán vé số" (at night), "tới": only "tôi" written with its diacritics is the writer.
  const written = (clause.words[clause.origin[start - 1] ?? -1] ?? "").normalize("NFC").toLowerCase();
  if (before === "toi" && written !== "tôi") return false;
  return start - 1 === 0 || (CLAUSE_OPENERS.has(tokens[start - 2] ?? "") && (start - 2 === 0 || tokens[start - 3] === "chong"));
}
const PARENT_WRITES = / my (?:son|sons|daughter|daughters|kid|kids|child|children|boy|girl|baby|toddler|\d+ (?:year|yr|y) (?:old|o)|\d+yo) /;
/** Words of a phone switched off, which say no one can reach a person, not that a child is missing. */
const PHONE_ONLY: ReadonlySet<string> = new Set(["tat may"]);
/** Despair or a goodbye before a phone goes off: then the child out of reach stays a flag. */
const DESPAIR: ReadonlySet<string> = new Set(["distress", "self_harm", "self_harm_intent", "topic_self_harm"]);
/** The child has gone somewhere: left with someone, ran away, was taken, is on the way. */
const GONE: ReadonlySet<string> = new Set(["ran_away", "grooming", "grooming_hint", "enticement", "trafficking", "in_transit", "relationship", "lost_child", "abduction_in_progress", "parental_abduction", "taken_private"]);
const FAREWELL: readonly string[] = ["tam biet", "vinh biet", "goodbye", "good bye", "bye", "khong chiu noi", "khong chiu duoc nua"];
/** Words that make the next act the child's ("bắt nó đi làm", "cho con đi bán", "made him work"). */
/** Words by which a grown-up makes the person after them act (folded): not "bảo" (also "says"), "cho", "để" (also "lets", "for"). */
const MADE_TO: ReadonlySet<string> = new Set(["bat", "ep", "sai", "xui", "thue", "make", "made", "makes", "force", "forced", "forces"]);
const COERCION: ReadonlySet<string> = new Set(["bat", "ep", "cho", "sai", "bao", "xui", "day", "de", "khien", "nho", "dat", "dua", "dan", "thue", "make", "made", "makes", "force", "forced", "forces", "send", "sent", "sends", "let", "lets", "take", "took", "takes"]);
/** The reporter speaking of themself in Vietnamese ("tôi có nên phá cửa"), and "we". */
const REPORTER_SELF: ReadonlySet<string> = new Set(["toi", "tui", "tao", "we"]);
/** What follows "tôi" when it is the reporter who will act: "tôi có nên", "tôi định", "tôi sẽ". */
const REPORTER_VERBS: ReadonlySet<string> = new Set(["co", "dinh", "muon", "se", "phai", "nen", "da", "dang", "vua", "can", "tinh", "cung", "thi", "lieu"]);
/** Words of seeing or hearing: "tôi nghe tiếng đập cửa" is someone else at the door. */
const PERCEIVING: ReadonlySet<string> = new Set(["nghe", "thay", "hear", "heard", "see", "saw", "bao", "noi", "ke"]);
/** A negation that closes a "now" ("lúc này thì chắc chưa", "bây giờ thì không"): hedges before it, particles after. */
const HEDGES: ReadonlySet<string> = new Set(["thi", "chac", "co", "le", "hinh", "nhu", "la", "cung", "van", "thuc", "ra"]);
const NOT_NOW: ReadonlySet<string> = new Set(["chua", "khong", "chang", "no", "not"]);
const CLOSERS: ReadonlySet<string> = new Set(["dau", "a", "nha", "nhe", "da", "ha", "roi", "yet", "really"]);

type Person = "adult" | "child" | "reporter";

/**
 * Who a clause says a match is about, before any decision (DESIGN: red flags come from facts:
 * who, when, now or past): a faint or a fever told as one day in the past ("có hôm bé ngất",
 * "tuần trước em bị sốt") is not danger now; an adult's own work or absence ("mẹ nó làm ca tới
 * khuya", "bố mẹ nó đi đâu tới giờ chưa về") is not child labour or a missing child; the reporter
 * breaking in to help ("tôi có nên phá cửa vào") is not an intruder; "lúc này thì chắc chưa" is not
 * now; the reporter asking not to be named ("please don't tell him it was me") is not an abuser's
 * secrecy. Never applied when an instruction is embedded (nothing in such a text may lower).
 */
/** A clause that looks for marks on the child's body (folded, spaced): "trên người ... không thấy dấu vết", "khám ... không thấy dấu". */
const MARKS_LOOKED_FOR = / (?:tren nguoi|tren co the|tren than|kham|vet thuong|vet bam|thuong tich) .*\bkhong thay (?:\S+ ){0,2}dau (?:vet|hieu)\b| khong thay (?:\S+ ){0,2}dau (?:vet|hieu) (?:\S+ ){0,3}(?:tren nguoi|tren co the|bam|thuong|danh)\b/;

/** The rules that say a child hurts themself. */
const SELF_HARM_CODES: ReadonlySet<string> = new Set(["self_harm", "self_harm_intent"]);

/** "ăn hiếp" (to bully) inside the match, or "tội hiếp dâm" (the crime's name) before it: no child raped (folded tokens). */
function notARape(tokens: readonly string[], m: PhraseMatch): boolean {
  const words = tokens.slice(m.start, m.end);
  const bullied = words.some((w, i) => w === "hiep" && (words[i - 1] ?? tokens[m.start - 1]) === "an");
  return bullied || ["toi", "an"].includes(tokens[m.start - 1] ?? "") && words[0] === "hiep";
}

/** How a locking out of home is named (the lexicon's own shut_out rule): its floor and category stay the locking's. */
/** A threat to kill (its words, category, weight and floor), for a self-harm word that is a carer's threat. */
const DEATH_THREAT_WORDS = (() => {
  const rule = LEXICON.find((r) => r.code === "death_threat");
  return { code: "death_threat", vi: rule?.vi ?? "đe dọa giết", en: rule?.en ?? "threat to kill", category: rule?.category ?? "physical_violence", weight: rule?.weight ?? 2, floor: rule?.floor ?? "high" };
})();
const SHUT_OUT_WORDS = (() => {
  const rule = LEXICON.find((r) => r.code === "shut_out");
  return { code: "shut_out", vi: rule?.vi ?? "trẻ bị nhốt ở ngoài, không cho vào nhà", en: rule?.en ?? "the child is locked out of home" };
})();

/** Counts of blows within one occasion (folded quotes of the repeated rule): "nhiều lần", "liên tục", "many times". */
const COUNTS: ReadonlySet<string> = new Set(["nhieu lan", "lien tuc", "many times", "repeatedly"]);
/** One night or one day told (folded, whole): "tối qua", "đêm qua", "hôm qua", "sáng nay", "tối nay", "last night", "this morning". */
const ONE_OCCASION = /^(?:toi qua|dem qua|hom qua|sang nay|trua nay|chieu nay|hom nay|toi nay|dem nay|toi hom qua|dem hom qua|last night|yesterday|this morning|today|tonight|this afternoon|this evening)$/;
/** A time of several days (folded): "3 ngày", "mấy đêm", "2 days". */
const MANY_DAYS = /\b(?:\d+|may|vai) (?:ngay|dem|hom|days|nights)\b/;
/** "suốt" told of one night ("khóc suốt đêm qua", "suốt cả đêm"), not "suốt ngày" (all the time). */
function allNight(clauses: readonly Clause[], m: PhraseMatch): boolean {
  return foldedQuote(clauses, m) === "suot" && ["dem", "toi", "ca"].includes(clauses[m.clause]?.tokens[m.end] ?? "");
}

/**
 * A count of blows ("nhiều lần", "liên tục", "many times") or "suốt" told of a night in a clause that names one night or one
 * day ("tối qua", "đêm qua", "last night"), and no habit told anywhere ("tối nào cũng", "hay", "every night", "có lần"): one
 * episode, not a harm that keeps happening.
 */
function oneOccasion(clauses: readonly Clause[], facts: TriageFacts, m: PhraseMatch): boolean {
  const once = (x: PhraseMatch) => COUNTS.has(foldedQuote(clauses, x)) || allNight(clauses, x);
  if (!once(m)) return false;
  // The night or day dates the count in its own clause ("đêm qua bố đánh nó nhiều lần"); "bị hiếp nhiều lần, ... phải về nhà tối nay"
  // is many times over time, and tonight is when she goes home.
  const occasion = facts.affirmed.some((x) => x.clause === m.clause && (x.rule.code === "recent" || x.rule.code === "soon") && ONE_OCCASION.test(foldedQuote(clauses, x)));
  const habit = facts.affirmed.some((x) => x !== m && ((x.rule.code === "repeated" && !once(x)) || x.rule.code === "past_episode" || (x.rule.code === "long_time" && MANY_DAYS.test(foldedQuote(clauses, x)))));
  return occasion && !habit;
}

/** Parts of a home a child is shut out of (folded): "nhà", "cổng", "sân", "hiên"; "cửa" after a word of a door. */
const HOME_PARTS: ReadonlySet<string> = new Set(["nha", "cong", "san", "hien"]);
const DOOR_BEFORE: ReadonlySet<string> = new Set(["khoa", "dong", "ngoai", "truoc", "chot", "cai"]);
/** Outside a home, said right after "ngoài" (folded): "ngoài trời", "ngoài hành lang" (of a lodging), "ngoài ban công". */
const HOME_OUTSIDE: readonly string[] = ["troi", "hanh lang", "ban cong"];
/** Places a child is held in, not a home (folded): "kho", "trại", "chuồng", "bãi", "lán", "xưởng". */
const HELD_PLACES: ReadonlySet<string> = new Set(["kho", "trai", "chuong", "bai", "lan", "xuong"]);

/**
 * A locking that shuts the child out of home ("nhốt ở ngoài", "khóa cửa nhốt ngoài hiên", "nhốt ngoài trời"), not in: "ngoài"
 * within a few words after it, not "ra ngoài" (not let out: locked in) nor "đi ngoài", no "trong" (inside) between, a part of a
 * home told in the clause ("nhà", "cổng", "cửa", "sân", "hiên") or "ngoài trời", "ngoài hành lang", and no place a child is
 * held right after "ngoài" ("nhốt ở ngoài kho", "ngoài trại", "ngoài chuồng", "ngoài bãi": confinement).
 */
function lockedOut(tokens: readonly string[], m: PhraseMatch): boolean {
  // Only a locking: "trói tay vào cột ngoài sân" (tied to a post outside) is still tied up.
  if (!tokens.slice(m.start, m.end).some((t) => t === "nhot" || t === "khoa")) return false;
  for (let k = m.start + 1; k < Math.min(tokens.length, m.end + 4); k++) {
    if (tokens[k] === "trong" || tokens[k] === "ra") return false;
    if (tokens[k] !== "ngoai" || tokens[k - 1] === "di") continue;
    const place = tokens.slice(k + 1, k + 4);
    if (place.some((t) => HELD_PLACES.has(t))) return false;
    if (HOME_OUTSIDE.some((p) => p.split(" ").every((w, j) => tokens[k + 1 + j] === w))) return true;
    return tokens.some((t, i) => HOME_PARTS.has(t) || (t === "cua" && DOOR_BEFORE.has(tokens[i - 1] ?? "")));
  }
  return false;
}

function applyScope(facts: TriageFacts, clauses: readonly Clause[]): ScopeNote[] {
  if (facts.instruction) return [];
  const notes: ScopeNote[] = [];
  const dropped = new Set<PhraseMatch>();
  const renamed = new Map<PhraseMatch, PhraseMatch>();
  const inClause = (ci: number) => facts.affirmed.filter((x) => x.clause === ci);
  const words = ` ${clauses.map((c) => c.tokens.join(" ")).join(" ")} `;
  // After a goodbye or despair, or once the child has gone off ("đi theo bạn trai ... tắt máy"), a phone switched off is a child out of reach.
  const farewell = [...DESPAIR, ...GONE].some((code) => facts.codes.has(code)) || FAREWELL.some((w) => words.includes(` ${w} `))
    || facts.affirmed.some((x) => x.rule.code === "child_missing" && !PHONE_ONLY.has(x.quote.toLowerCase()) && !PHONE_ONLY.has(foldedQuote(clauses, x)));
  let phoneOff: PhraseMatch | undefined;
  const notSent = NOT_SENT.test(words) && !SENT.test(words);
  // Feared scoldings per clause, and whether a sentence fears only those ("sợ bị mắng", not "sợ bị đánh").
  const feared = new Set<PhraseMatch>();
  const spans = new Map<number, Array<[number, number]>>();
  const scolding = (c: number) => {
    let found = spans.get(c);
    if (!found) spans.set(c, (found = scoldingFearSpans(clauses[c]!.tokens, writtenTokens(clauses[c]!))));
    return found;
  };
  const sentenceClauses = (c: number) => clauses.map((_, k) => k).filter((k) => k === c || (facts.sentenceOf !== undefined && facts.sentenceOf[k] === facts.sentenceOf[c]));
  // "một mình" read in its sentence's tokens (its commas crossed): a feeling word before it, no child without a carer in it.
  const felt = (m: PhraseMatch) => {
    const around = sentenceClauses(m.clause);
    const offset = around.filter((k) => k < m.clause).reduce((n, k) => n + clauses[k]!.tokens.length, 0);
    return aloneInFeeling(around.flatMap((k) => clauses[k]!.tokens), offset + m.start, clauses.flatMap((c) => c.tokens));
  };
  const fearsOnlyScolding = (c: number) => {
    const all = sentenceClauses(c);
    return all.some((k) => scolding(k).length > 0) && !all.some((k) => harmFeared(clauses[k]!.tokens, writtenTokens(clauses[k]!)));
  };
  // A threat among pupils with no weapon, no injury, no beating in progress and no carer who harms ("mấy anh lớp 9 dọa 'mai tao
  // giết mày'"): bullying (DESIGN: threats and bullying are medium), not a child whose life is at risk now.
  const peerThreatOnly = facts.codes.has("peer") && !["weapon", "injury", "violence_severe", "violence_in_progress", "caregiver"].some((c) => facts.codes.has(c));
  for (const m of facts.affirmed) {
    const tokens = clauses[m.clause]?.tokens ?? [];
    const near = inClause(m.clause);
    if (m.rule.code === "life_at_risk" && peerThreatOnly && PEER_KILL_WORDS.has(foldedQuote(clauses, m))) {
      dropped.add(m);
      notes.push({ vi: `"${m.quote}" là lời dọa giữa học sinh, không có hung khí hay thương tích: là bắt nạt, không phải tính mạng trẻ đang bị đe dọa.`, en: `"${m.quote}" is a threat between pupils with no weapon and no injury: bullying, not the child's life at risk now.` });
    } else if (m.rule.code === "self_harm_intent" && carerThreatensWith(near, tokens, m)) {
      // "mẹ kế cầm chai thuốc trừ sâu quát 'uống đi cho chết'", "her stepmom waved the rat poison": the carer's threat to kill, not the
      // child's wish: read as a threat to kill (its category and floor), not self-harm.
      renamed.set(m, { ...m, rule: { ...m.rule, ...DEATH_THREAT_WORDS } });
      notes.push({ vi: `"${m.quote}" là lời dọa hoặc thứ người lớn dùng để dọa trẻ, không phải ý định của trẻ.`, en: `"${m.quote}" is what an adult threatens the child with, not the child's own intent.` });
    } else if (m.rule.code === "child_ill" && adultIsIll(near, clauses[m.clause]!, m)) {
      // "bà nội nó bị ốm nằm ở nhà", "her mum is at home sick": the illness told is a grown-up's, not the child's.
      dropped.add(m);
      notes.push({ vi: `"${m.quote}" là bệnh của người lớn được nhắc tới, không phải của trẻ: không tính là dấu hiệu.`, en: `"${m.quote}" is an adult's illness, not the child's: not counted as a sign.` });
    } else if (m.rule.code === "injury" && threatenedInjury(near, tokens, m)) {
      // "bố dọa nếu ... thì đánh gãy chân": an injury threatened is a threat (read as one), not an injury the child has.
      dropped.add(m);
      notes.push({ vi: `"${m.quote}" là lời đe dọa, không phải thương tích trẻ đã bị: không tính là thương tích.`, en: `"${m.quote}" is threatened, not an injury the child has: not counted as an injury.` });
    } else if (NOW_ONLY.has(m.rule.code)) {
      // "once he gets home ..." is a when, not a past episode: "once" counts only with no future in its clause.
      const marker = near.find((x) => EPISODE_MARKERS.has(x.rule.code) && x.end <= m.start && !(x.quote.toLowerCase() === "once" && tokens.some((t) => FUTURE.has(t))));
      if (marker && !near.some((x) => BACK_TO_NOW.has(x.rule.code) && x.start >= marker.end && x.start < m.start)) {
        dropped.add(m);
        if (!notes.some((n) => n.en.startsWith(`"${m.quote}"`))) {
          notes.push({ vi: `"${m.quote}" được kể là chuyện đã xảy ra trước đây ("${marker.quote}"): không tính là nguy hiểm lúc này.`, en: `"${m.quote}" is told as an earlier episode ("${marker.quote}"): not counted as danger now.` });
        }
      }
    } else if (SCOLDING_WORDS.has(m.rule.code) && inSpan(scolding(m.clause), m)) {
      // "con sợ bị mẹ mắng": a scolding feared is no harm told, and the one who would scold no carer who harms.
      dropped.add(m);
      feared.add(m);
    } else if (m.rule.code === "afraid_of_home" && fearsOnlyScolding(m.clause)) {
      // "sợ bị mẹ mắng lắm không dám về nhà": afraid of a scolding at home, not of harm there.
      dropped.add(m);
      feared.add(m);
    } else if (m.rule.code === "child_missing" && PHONE_ONLY.has(tokens.slice(m.start, m.end).join(" ")) && !farewell) {
      // A phone switched off ("rồi tắt máy") is not by itself a child missing; after a goodbye or despair it stays a child out of reach.
      dropped.add(m);
      phoneOff = m;
    } else if (m.rule.code === "weapon" && near.some((x) => SELF_HARM_CODES.has(x.rule.code)) && !near.some((x) => x !== m && x.rule.category === "physical_violence")) {
      // "tự cắt tay bằng dao lam", "rạch tay bằng dao rọc giấy": the blade a child hurts themself with is self-harm, not a weapon held over them.
      dropped.add(m);
    } else if (m.rule.code === "rape" && notARape(tokens, m)) {
      // "bị tụi lớp trên ăn hiếp" (bullied), "từng đi tù vì tội hiếp dâm" (a crime named, not a child raped).
      dropped.add(m);
    } else if (m.rule.code === "child_missing" && MARKS_LOOKED_FOR.test(` ${tokens.join(" ")} `)) {
      // "trên người cũng không thấy dấu vết gì", "khám không thấy dấu vết": no mark found on the body, not a child nowhere to be found.
      dropped.add(m);
    } else if (CHILD_ACTS.has(m.rule.code) && whoActs(near, tokens, m, false, clauses[m.clause]) === "adult") {
      dropped.add(m);
    } else if (CHILD_ACTS.has(m.rule.code) && WORK_SCARCE.test(` ${tokens.slice(Math.max(0, m.start - 2), m.end + 2).join(" ")} `)) {
      // "sau này công trình ít nên nó rượu chè", "hết việc công trình": how much work a grown-up finds, told in passing, is no child
      // working (walk 48: a son-in-law's building work became hazardous work for the child).
      dropped.add(m);
    } else if (CHILD_ACTS.has(m.rule.code) && grownChildActs(clauses[m.clause]!, m.start, GRANDCHILD.test(words))) {
      // "con dâu đi làm suốt ngày", and a grandparent's "con đi làm suốt ngày" (cháu ngoại told): the child's parent works.
      dropped.add(m);
    } else if (CHILD_ACTS.has(m.rule.code) && PARENT_WRITES.test(words) && tokens.slice(Math.max(0, m.start - 3), m.start).includes("i")) {
      // "I work night shift and my 11-year-old is alone": a writer with a child of their own tells of their own work.
      dropped.add(m);
    } else if (CHILD_ACTS.has(m.rule.code) && PARENT_WRITES_VI.test(words) && writerOpensClause(clauses[m.clause]!, m.start)) {
      // "Tôi đi bán rau ngoài chợ cả ngày, con tôi 9 tuổi ở nhà": a parent who writes tells of her own work.
      dropped.add(m);
    } else if (m.rule.code === "intruder" && whoActs(near, tokens, m, true) === "reporter") {
      dropped.add(m);
    } else if ((m.rule.code === "now" || m.rule.code === "recent" || m.rule.code === "now_word") && (closedByNegation(tokens, m.end) || withReporter(tokens, m.end))) {
      dropped.add(m);
    } else if (m.rule.code === "sexual_images" && UNDRESS.has(foldedQuote(clauses, m)) && !IMAGE_WORDS.test(imageWords(clauses))) {
      // "bắt mấy đứa con gái vô buồng rồi cởi đồ": undressing a child in person, with no picture, camera or screen told, is
      // sexual abuse, not sexual images (its weight goes to sexual abuse). Read as sexual contact instead, it made one held-out
      // report of writer O wrongly an emergency (5 December), so it is only dropped.
      dropped.add(m);
      if (m.rule.weight) {
        addWeight(facts, "online_abuse", -Math.min(m.rule.weight, facts.evidence.get("online_abuse") ?? 0));
        addWeight(facts, "sexual_abuse", m.rule.weight);
      }
    } else if (m.rule.code === "child_alone" && ["mot minh", "alone"].includes(foldedQuote(clauses, m)) && felt(m)) {
      // "ngồi khóc một mình trong phòng", "cries alone in her room", "I feel so alone": alone in a feeling, not without a carer.
      dropped.add(m);
    } else if (m.rule.code === "child_alone" && aloneWithSomeone(tokens, m)) {
      // "gọi bé vào phòng riêng một mình", "một mình với ông ta", "alone with him": alone with a grown-up, not without one.
      dropped.add(m);
    } else if ((m.rule.code === "now" || m.rule.code === "now_word") && awayNow(tokens, near, m)) {
      // "Hiện giờ ông ấy đi làm, thằng bé đang đi học", "right now he's at work": where people are now, no harm going on now.
      dropped.add(m);
    } else if (m.rule.code === "repeated" && foldedQuote(clauses, m) === "again" && ahead(` ${tokens.join(" ")} `)) {
      // "she has training with him again on Tuesday", "will be alone with him again tomorrow": a meeting ahead, no harm repeated.
      dropped.add(m);
    } else if (m.rule.code === "caregiver" && (possessor(tokens, m.start) || toldTo(tokens, m.start))) {
      dropped.add(m);
    } else if ((m.rule.code === "secrecy" || m.rule.code === "grooming_hint") && near.some((x) => x.rule.code === "reporter_identity")) {
      dropped.add(m);
    } else if (m.rule.code === "sexual_images" && notSent && !FILMED.has(foldedQuote(clauses, m))) {
      // "đòi nó chụp hình cởi áo gửi qua ... con tôi chưa gửi gì": asked for, not sent (grooming before any image is sent).
      dropped.add(m);
    } else if (m.rule.code === "soon" && TODAY.has(foldedQuote(clauses, m)) && facts.codes.has("far_future") && toldNear(tokens, m)) {
      // "told me today that ... the wedding is in about three weeks": today is when it was told, not when it happens.
      dropped.add(m);
    } else if (m.rule.code === "violence_severe" && noViolentAct(m, clauses, sentenceClauses(m.clause).flatMap(inClause))) {
      // "bị bỏng tay vì tia lửa hàn" at a workshop, "hành hạ tinh thần": an injury at work, or harm in words, is no one's beating.
      dropped.add(m);
    } else if (m.rule.code === "repeated" && oneOccasion(clauses, facts, m)) {
      // "Tối qua ông ấy tát nó ba bốn lần liền", "đêm qua bị đánh nhiều lần", "last night ... many times": several blows in one
      // night are one episode, not a harm that keeps coming back.
      dropped.add(m);
      notes.push({ vi: `"${m.quote}" là nhiều lần trong cùng một lần xảy ra (một đêm, một ngày): không tính là sự việc lặp lại.`, en: `"${m.quote}" is several times within one occasion (one night, one day): not counted as a harm that keeps happening.` });
    } else if (m.rule.code === "confinement" && lockedOut(tokens, m)) {
      // "bị mẹ khóa cửa nhốt ở ngoài", "nhốt ngoài hiên": shut out of home, not locked in: named so, its floor and category kept.
      renamed.set(m, { ...m, rule: { ...m.rule, ...SHUT_OUT_WORDS } });
    } else if (signOnly(m) && !facts.affirmed.some((x) => x.rule.code === "violence_in_progress" && !signOnly(x)) && !actOfHarmNow(facts)) {
      // "mảnh ly cứa vào tay, tay nó đang chảy máu", "vết thương (từ tuần trước) vẫn đang chảy máu": bleeding or screaming with no
      // act of harm told now (an accident, a wound from an earlier day) is no violence happening now; the injury is still read.
      dropped.add(m);
      notes.push({ vi: `"${m.quote}" là dấu hiệu (chảy máu, khóc thét), không kể ai đang gây hại cho trẻ lúc này: không tính là bạo lực đang diễn ra.`, en: `"${m.quote}" is a sign (bleeding, screaming), and no one is told to be harming the child now: not counted as violence happening now.` });
    } else if (lastingHarmNotNow(m, facts, clauses, () => sentenceClauses(m.clause))) {
      // "I think a kid in my building is being abused", "tôi nghi con bé đang bị bạo hành": a lasting harm, or one suspected, with
      // nothing that says it is happening at this moment, is no violence in progress (issue 13). The harm is still reported (a
      // suspicion is never discounted): a medium floor, the harm words read by their own rules.
      if (m.rule.code === "now_word") dropped.add(m);
      else {
        renamed.set(m, { ...m, rule: { ...m.rule, ...LASTING_HARM_WORDS } });
        notes.push({ vi: `"${m.quote}" nói về một tình trạng bị hại kéo dài hoặc một nghi ngờ, không kể việc gì đang xảy ra ngay lúc này: không tính là bạo lực đang diễn ra.`, en: `"${m.quote}" tells a lasting harm or a suspicion, not something happening at this moment: not counted as violence happening now.` });
      }
    } else if (m.rule.code === "abduction_in_progress" && foldedQuote(clauses, m) === "bat di tu" && (tokens[m.end] === undefined || ASKING_END.has(tokens[m.end]!))) {
      // "bố em có bị bắt đi tù không": a question about jail, not a child taken away.
      dropped.add(m);
    }
  }
  // "giờ cháu đang ở với tôi": the child is with the reporter now (the caregiver-abuser rule reads it: no access tonight).
  const withMe = clauses.some((c) => c.tokens.some((t, i) => (t === "o" || t === "staying" || t === "lives") && withReporter(c.tokens, i + 1)));
  if (withMe) facts.codes.add("with_reporter_now");
  // "He lives in Hanoi and we haven't seen him since", "ông ta đã chuyển đi, không còn qua lại": no access to the child now.
  const noAccess = outOfReach(words);
  if (noAccess) facts.codes.add("no_access_now");
  if (renamed.size > 0) {
    // Codes no match carries (with_reporter_now, no_access_now, underage_marriage) stay; a renamed match's old code goes.
    const unmatched = [...facts.codes].filter((code) => !facts.affirmed.some((m) => m.rule.code === code));
    facts.affirmed = facts.affirmed.map((m) => renamed.get(m) ?? m);
    facts.codes = new Set([...facts.affirmed.filter((m) => !dropped.has(m)).map((m) => m.rule.code), ...unmatched]);
  }
  if (dropped.size === 0) return notes;
  if (phoneOff) notes.push({ vi: `"${phoneOff.quote}": điện thoại tắt, chưa liên lạc được; riêng điều này không tính là dấu hiệu.`, en: `"${phoneOff.quote}": a phone switched off does not by itself mean a child is missing.` });
  const fear = [...feared].flatMap((m) => sentenceClauses(m.clause).flatMap((c) => scolding(c).map(([a, b]) => quoteSpan(clauses[c]!, a, b))))[0];
  if (fear) notes.push({ vi: `"${fear}": trẻ sợ bị la mắng, không phải hành vi gây hại được kể: không tính là dấu hiệu.`, en: `"${fear}": the child fears a scolding; no harm is told: not counted as a sign.` });
  const acts = [...dropped].filter((m) => (CHILD_ACTS.has(m.rule.code) || m.rule.code === "intruder" || feared.has(m)) && m !== phoneOff);
  for (const m of acts) {
    const key = `${m.rule.code}:${m.clause}`;
    if (acts.some((o) => o !== m && `${o.rule.code}:${o.clause}` === key && o.start < m.start && m.start < o.end)) continue;
    if (m.rule.category && m.rule.weight) addWeight(facts, m.rule.category, -Math.min(m.rule.weight, facts.evidence.get(m.rule.category) ?? 0));
  }
  const seenActs = new Set<string>();
  for (const m of acts) {
    if (seenActs.has(m.rule.code) || feared.has(m)) continue;
    seenActs.add(m.rule.code);
    notes.push({ vi: `"${m.quote}" là việc người lớn hoặc người báo làm, không phải việc của trẻ: không tính là dấu hiệu.`, en: `"${m.quote}" is what an adult or the reporter does, not the child: not counted as a sign.` });
  }
  facts.affirmed = facts.affirmed.filter((m) => !dropped.has(m));
  facts.codes = new Set([...facts.affirmed.map((m) => m.rule.code), ...(withMe ? ["with_reporter_now"] : []), ...(noAccess ? ["no_access_now"] : [])]);
  facts.harms = new Set(facts.affirmed.filter((m) => m.rule.floor && m.rule.category).map((m) => m.rule.category as TriageCategory));
  return notes;
}

/**
 * A severe-violence match that tells no one's violent act (lexicon severeNotViolence): harm in words or of the mind ("hành hạ tinh
 * thần", "đánh đập bằng lời nói"); a pot of boiling water; a burn told as an injury in a sentence of work or an accident with no
 * other act of violence in it ("làm ở xưởng hàn, bị bỏng tay vì tia lửa"). Who did what: a burn someone gave stays violence.
 */
function noViolentAct(m: PhraseMatch, clauses: readonly Clause[], sentence: readonly PhraseMatch[]): boolean {
  const tokens = clauses[m.clause]?.tokens ?? [];
  if (SEVERE_NOT_VIOLENCE.inWords.test(tokens.slice(m.end).join(" ")) || SEVERE_NOT_VIOLENCE.wordsBefore.has(tokens[m.start - 1] ?? "")) return true;
  const quote = foldedQuote(clauses, m);
  if (!SEVERE_NOT_VIOLENCE.burnQuotes.has(quote)) return false;
  if (quote === "nuoc soi" && SEVERE_NOT_VIOLENCE.vessel.has(tokens[m.start - 1] ?? "")) return true;
  const words = ` ${[...new Set(sentence.map((x) => x.clause))].map((c) => clauses[c]!.tokens.join(" ")).join(" ")} `;
  const otherAct = sentence.some((x) => x !== m && x.rule.category === "physical_violence" && x.rule.code !== "injury" && !SEVERE_NOT_VIOLENCE.burnQuotes.has(foldedQuote(clauses, x)));
  return !otherAct && SEVERE_NOT_VIOLENCE.workOrAccident.test(words);
}

/**
 * The person nearest before a match in its clause: an adult (a parent, a neighbour), the child, or
 * the reporter ("tôi"). The match is the child's when a word of coercion ("bắt", "cho") stands
 * between, or opens the match; the reporter's only when no verb of seeing or hearing stands between.
 */
function whoActs(near: readonly PhraseMatch[], tokens: readonly string[], m: PhraseMatch, reporterToo = false, clause?: Clause): Person | null {
  let best: { end: number; who: Person } | null = null;
  const consider = (end: number, who: Person) => {
    if (end > m.start) return;
    // An adult's words hold a child's word ("mẹ nó"): at the same end, the adult is the subject.
    if (!best || end > best.end || (end === best.end && who !== "child")) best = { end, who };
  };
  // "Má nó bán hàng", "mạ hắn bán vé số", "ba má tụi nhỏ đi làm thuê", "mẹ đi rửa bát thuê": a parent named as written, with whose.
  if (clause) for (const end of parentWordsBefore(clause, m.start)) consider(end, "adult");
  for (const x of near) {
    // "ông chú bắt bạn đi bán vé số", "ép thằng nhỏ đi làm": the one a grown-up makes act is the one who acts (a child told of).
    if ((x.rule.code === "caregiver" || x.rule.code === "other_person") && MADE_TO.has(tokens[x.start - 1] ?? "") && x.end <= m.start) consider(x.end, "child");
    else if (x.rule.code === "caregiver" || x.rule.code === "other_person") consider(x.end, "adult");
    else if (x.rule.code === "victim" && !near.some((a) => (a.rule.code === "caregiver" || a.rule.code === "other_person") && a.start <= x.start && x.end <= a.end)) consider(x.end, "child");
  }
  // "tôi" folds like "tới" and "tối": the reporter only when a will or a deed follows ("tôi có nên", "tôi định").
  if (reporterToo) {
    tokens.forEach((t, i) => {
      if (REPORTER_SELF.has(t) && (t !== "toi" || REPORTER_VERBS.has(tokens[i + 1] ?? "") || i + 1 === m.start)) consider(i + 1, "reporter");
    });
  }
  const found = best as { end: number; who: Person } | null;
  if (!found || found.who === "child") return found?.who ?? null;
  const between = tokens.slice(found.end, m.start + 1);
  // "cha mẹ đi làm thuê bên kia biên giới chưa về": "thuê" of "làm thuê" is the grown-up's own hired work, no one made to act.
  if (between.some((t, k) => COERCION.has(t) && !(t === "thue" && between[k - 1] === "lam"))) return "child";
  if (found.who === "reporter" && between.some((t) => PERCEIVING.has(t))) return null;
  return found.who;
}

/** Words that tell a threat carried out between the threat and the injury ("dọa rồi đánh gãy tay"), folded. */
const THREAT_CARRIED_OUT: ReadonlySet<string> = new Set(["roi", "xong", "then", "and", "va", "lien", "thiet"]);

/** An injury named after a threat word in its clause ("dọa ... đánh gãy chân"), up to 10 words after it, nothing telling it was done. */
function threatenedInjury(near: readonly PhraseMatch[], tokens: readonly string[], m: PhraseMatch): boolean {
  return near.some((x) => x.rule.code === "threat" && !x.negated && x.end <= m.start && m.start - x.end <= 10 && !tokens.slice(x.end, m.start).some((w) => THREAT_CARRIED_OUT.has(w)));
}

/** Grown-ups an illness may be told of in English, folded ("his grandma is sick"); Vietnamese ones are the lexicon's carers. */
const ADULT_WORDS_EN: ReadonlySet<string> = new Set(["grandma", "grandmother", "grandpa", "grandfather", "granny", "nan", "mum", "mom", "mother", "dad", "father", "aunt", "uncle", "parents"]);
/** What may stand between a grown-up and the illness told of them: whose, a verb of being, where (folded). */
const ILL_SUBJECT_FILLERS: ReadonlySet<string> = new Set(["no", "han", "cua", "em", "chau", "be", "con", "toi", "tui", "minh", "ay", "dang", "van", "cung", "lai", "nam", "o", "nha", "is", "was", "has", "been", "got", "also", "at", "home", "still", "in", "bed", "too"]);

/**
 * The illness at `m` is told of a grown-up named right before it, only whose, a verb of being or where standing between
 * ("bà nội nó bị ốm", "mẹ bé đang ốm", "her mum is at home sick"); not "mẹ bỏ đói nên bé bị ốm" (a child between, a harm between).
 */
function adultIsIll(near: readonly PhraseMatch[], clause: Clause, m: PhraseMatch): boolean {
  const t = clause.tokens;
  const ends = [
    ...near.filter((x) => (x.rule.code === "caregiver" || x.rule.code === "other_person") && x.end <= m.start).map((x) => x.end),
    ...t.slice(0, m.start).flatMap((w, i) => (ADULT_WORDS_EN.has(w) ? [i + 1] : [])),
    ...parentWordsBefore(clause, m.start),
  ];
  if (ends.length === 0) return false;
  const end = Math.max(...ends);
  const between = t.slice(end, m.start);
  // A child's word right before the illness ("mẹ bỏ đi, bé bị ốm") makes it the child's.
  if (between.length > 0 && near.some((x) => x.rule.code === "victim" && x.start >= end && x.end === m.start && !["no", "han", "em"].includes(t[x.start]!))) return false;
  return between.length <= 4 && between.every((w) => ILL_SUBJECT_FILLERS.has(w));
}

/** Codes a feared scolding holds ("sợ bị mẹ mắng": "bị mắng", "mẹ mắng"): no harm and no carer who harms. */
const SCOLDING_WORDS: ReadonlySet<string> = new Set(["emotional_abuse", "threat", "caregiver", "repeated"]);

/** The words of a clause as written, one per token (an abbreviation's expanded tokens share its word). */
function writtenTokens(clause: Clause): string[] {
  return clause.tokens.map((_, k) => clause.words[clause.origin[k]!] ?? "");
}

/** The match lies inside one of the spans (of its clause's tokens). */
function inSpan(spans: ReadonlyArray<[number, number]>, m: PhraseMatch): boolean {
  return spans.some(([a, b]) => m.start >= a && m.end <= b);
}

/** A parent's word as written ("má", "mạ", "mẹ", "bố", "tía"), or folded two-word ("ba má", "bố mẹ"), and English (folded). */
const PARENT_WRITTEN: ReadonlySet<string> = new Set(["mẹ", "má", "mạ", "bố", "tía", "cha", "bu", "mum", "mom", "mother", "dad", "father", "parents", "mommy", "daddy"]);
const PARENT_PAIRS: ReadonlySet<string> = new Set(["bo me", "ba me", "ba ma", "cha me", "tia ma", "bo ma"]);
/** Whose the parent is, right after the parent's word ("má nó", "mạ hắn", "ba má tụi nhỏ") (folded); English possessives come before ("her mum"). */
const WHOSE_PARENT: ReadonlySet<string> = new Set(["no", "han", "em", "chau", "be", "toi", "tui", "minh", "con", "cua", "ay", "tui nho", "bon nho", "con be", "thang be"]);
/** Words before a parent that make the parent an object, not who acts ("đi phụ hồ với bố", "bỏ học theo mẹ đi làm thuê") (folded). */
const WITH_PARENT: ReadonlySet<string> = new Set(["voi", "cung", "theo", "vs", "with", "and"]);

/**
 * Where a parent named before `start` in the clause ends, with whose it is ("má nó", "ba má tụi nhỏ"): the parent's word as
 * written ("má", "mạ", "mẹ", "bố": "mà", "mạng", "bò" are other words), a pair of parents, or, typed without diacritics, "ba",
 * "ma", "me", "bo" only with whose after them.
 */
function parentWordsBefore(clause: Clause, start: number): number[] {
  const ends: number[] = [];
  const t = clause.tokens;
  for (let i = 0; i < start; i++) {
    const written = (clause.words[clause.origin[i]!] ?? "").normalize("NFC").toLowerCase();
    const pair = PARENT_PAIRS.has(`${t[i]} ${t[i + 1]}`) && clause.origin[i + 1] !== clause.origin[i];
    const bare = written === t[i] && ["ba", "ma", "me", "bo", "cha"].includes(t[i]!);
    let end = pair ? i + 2 : PARENT_WRITTEN.has(written) && !["ba"].includes(written) ? i + 1 : bare ? i + 1 : -1;
    if (end < 0 || WITH_PARENT.has(t[i - 1] ?? "")) continue;
    const whose = WHOSE_PARENT.has(`${t[end]} ${t[end + 1]}`) ? 2 : WHOSE_PARENT.has(t[end] ?? "") ? 1 : 0;
    if (bare && !pair && whose === 0) continue;
    end += whose;
    if (end <= start) ends.push(end);
  }
  return ends;
}

/** Work said as scarce or plentiful (folded, spaced): "công trình ít", "ít công trình", "hết công trình", "công trình vắng". */
const WORK_SCARCE = / (?:it|het|khong co|vang|thieu|mat) (?:viec )?cong trinh | cong trinh (?:it|vang|het|nhieu|thua|cham|ngung|dung|e am|lai it) /;

/** Grandchildren told (folded, spaced): the writer's own "con" is then the children's parent. */
const GRANDCHILD = / chau (?:noi|ngoai) /;
/** Words after "con" that name a grown-up in the family (as written): "con dâu", "con rể". */
const IN_LAW: ReadonlySet<string> = new Set(["dâu", "rể"]);
/** Words that name a child between a grown child and what is done ("con gái bà để tụi nhỏ..."): then the child may act (folded). */
const CHILD_NAMED: ReadonlySet<string> = new Set(["chau", "be", "em", "nho", "thang", "tui", "dua"]);

/**
 * The one who acts before `start` is a grown son, daughter or in-law: "con dâu", "con rể" as written, or, when the report tells of
 * grandchildren, the grandparent's "con" ("con gái bà", "con đi làm suốt ngày"), with no child named between.
 */
function grownChildActs(clause: Clause, start: number, grandchildTold: boolean): boolean {
  const t = clause.tokens;
  for (let i = start - 1; i >= 0 && i >= start - 4; i--) {
    // "thằng rể", "con rể", "ông con rể": a son-in-law is a grown-up whatever word goes before it (walk 48: "thằng rể ... làm phụ hồ").
    const following = (clause.words[clause.origin[i + 1] ?? -1] ?? "").normalize("NFC").toLowerCase();
    if (["thang", "con", "dua"].includes(t[i]!) && clause.origin[i + 1] !== clause.origin[i] && IN_LAW.has(following)) return true;
    if (CHILD_NAMED.has(t[i]!)) return false;
    if (t[i] !== "con") continue;
    const next = (clause.words[clause.origin[i + 1] ?? -1] ?? "").normalize("NFC").toLowerCase();
    if (clause.origin[i + 1] !== clause.origin[i] && IN_LAW.has(next)) return true;
    return grandchildTold && !["be", "nho", "chau"].includes(t[i + 1] ?? "");
  }
  return false;
}

/** "lúc này thì chắc chưa", "bây giờ thì không (đâu)": a "now" answered by a negation that ends the clause. */
/** Images said not sent (folded, spaced): "chưa gửi gì", "cháu không gửi", "didn't send anything" (not "chưa gửi thêm": some were). */
const NOT_SENT = / (?:chua|khong|ko|k|hong|chang|chua he|khong he) (?:co )?(?:gui|send|chup) (?!them |nua |more |(?:cho )?(?:ai|nguoi) khac|ngoai )| (?:didn t|did not|hasn t|has not|never|won t|wouldn t|refused to) (?:send|sent)(?! more| (?:it |them )?to anyone else)/;
/** Images said sent: "đã gửi", "gửi rồi", "lỡ gửi", "sent him" (folded, spaced). */
const SENT = / (?:da|lo|trot|roi) gui | gui (?:\S+ ){0,3}roi | (?:sent|has sent|had sent|already sent) (?:him|her|them|some|pictures|photos|a|the)/;
/** Sexual-image words that tell of filming, not of pictures sent ("quay lén", "camera ẩn"): never a question of sending. */
const FILMED: ReadonlySet<string> = new Set(["quay len", "chup len", "camera an"]);
/** The person is said to be out of the child's reach now (folded, spaced): moved away, no contact since, lives in another city. */
const NOT_SEEN = / (?:haven t|have not|hasn t|has not|haven t) (?:seen|met|had contact with) (?:him|her|them) since | no contact (?:with him|with her|since) | (?:he|she) (?:lives|is living|moved) (?:in|to) (?:another|a different) (?:city|province|country) /;
const NOT_SEEN_VI = / (?:khong con|khong|chua) (?:qua lai|gap lai|lien lac|tiep xuc|den nha|toi nha) (?:tu do|nua|tu hoi do|tu luc do)? | (?:da|vua) (?:chuyen di|don di|bo di) (?:noi khac|tinh khac|xa|roi)? /;
/** The person is in prison now (folded, spaced): "ông ta đang ở tù", "she is in jail". */
const IN_PRISON = / (?:dang|da|bi) (?:o tu|ngoi tu|vao tu|di tu|bi giam|bi bat giam|bi tam giam) | (?:is|are) (?:in prison|in jail|locked up) /;
/** A release told (folded, spaced): "sắp được ân xá về làng", "mãn hạn tù", "gets out next month": the access comes back. */
const RELEASED = / (?:an xa|ra tu|man han|tha ve|duoc tha|sap ve|sap ra) | (?:released|release|gets out|get out|getting out|parole) /;
const outOfReach = (words: string): boolean => NOT_SEEN.test(words) || NOT_SEEN_VI.test(words) || (IN_PRISON.test(words) && !RELEASED.test(words));

/** "today" as one word or two (folded). */
const TODAY: ReadonlySet<string> = new Set(["hom nay", "today"]);
/** Words of telling (folded): "told me today", "hôm nay cháu kể", "said today". */
const TELLING: ReadonlySet<string> = new Set(["told", "tells", "tell", "said", "says", "say", "ke", "noi", "khai", "tam", "nhan", "confided", "mentioned", "texted", "called"]);

/** A word of telling just before the match or within six words after it: the day is when it was told. */
function toldNear(tokens: readonly string[], m: PhraseMatch): boolean {
  for (let k = Math.max(0, m.start - 4); k < Math.min(tokens.length, m.end + 7); k++) if (TELLING.has(tokens[k]!)) return true;
  return false;
}

/** Words that end a question: "có bị bắt đi tù không", "... tù ạ". */
const ASKING_END: ReadonlySet<string> = new Set(["khong", "ko", "k", "hong", "chua", "a", "ha", "nhi", "vay", "sao"]);

function closedByNegation(tokens: readonly string[], end: number): boolean {
  let i = end;
  while (i < tokens.length && HEDGES.has(tokens[i]!)) i++;
  if (i >= tokens.length || !NOT_NOW.has(tokens[i]!)) return false;
  i++;
  while (i < tokens.length && CLOSERS.has(tokens[i]!)) i++;
  return i === tokens.length;
}

/** A time ahead in a clause (folded, spaced): "will", "tomorrow", "next week", "on Tuesday" (with no "last"). */
const AHEAD = / (?:will|ll|going to|gonna|tomorrow|next|tonight|this (?:weekend|evening|afternoon|monday|tuesday|wednesday|thursday|friday|saturday|sunday)) /;
/** "on Tuesday": ahead only in a clause that tells nothing as past ("hit her again on Monday" is a day gone by). */
const ON_DAY = / on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday) /;
const PAST_TOLD = / (?:last|ago|yesterday|was|were|did|had|\S+ed) /;
const ahead = (words: string): boolean => AHEAD.test(words) || (ON_DAY.test(words) && !PAST_TOLD.test(words));

/** Words of telling someone (folded): "kể với", "nói cho", "báo với", "told", "confided in". */
const TOLD_TO = /(?:^| )(?:(?:ke|noi|bao|tam su|thu that|khai) (?:lai )?(?:voi|cho)|told|tells|tell|telling|confided in|said to|talked to|opened up to)(?: (?:his|her|their|my|the))?$/;

/**
 * The carer is the one a child told ("kể với mẹ là ...", "told her mum that ..."): the listener, not the one who harms
 * (DESIGN: red flags come from facts, a confidant is not a harmer).
 */
function toldTo(tokens: readonly string[], start: number): boolean {
  return TOLD_TO.test(tokens.slice(Math.max(0, start - 4), start).join(" "));
}

/** Words for a partner or friend: "người yêu", "bạn trai", "bồ", "tình nhân", "boyfriend". */
const PARTNER_ENDS: ReadonlySet<string> = new Set(["yeu", "trai", "ban", "bo", "nhan", "boyfriend", "partner", "friend", "lover"]);

/**
 * "người yêu của mẹ nó", "bạn trai mẹ nó", "bồ của mẹ nó", "the boyfriend of her mother": the parent
 * names whose partner the subject is. Not "vợ của bố nó" (a stepmother is a caregiver too).
 */
function possessor(tokens: readonly string[], start: number): boolean {
  const prev = tokens[start - 1] ?? "";
  if (prev === "cua" || prev === "of") return PARTNER_ENDS.has(tokens[start - 2] ?? "");
  return (prev === "yeu" || prev === "trai") && ["nguoi", "ban"].includes(tokens[start - 2] ?? "");
}

/** Codes that say a harm is happening at this moment ("right now", "ngay lúc này", a call for help, a scream heard now). */
const NOW_TELLERS: ReadonlySet<string> = new Set(["now", "call_for_help", "with_abuser_now", "violence_in_progress"]);
/** What a lasting or suspected harm read as violence in progress is renamed to: reported, at least medium, no danger now. */
const LASTING_HARM_WORDS = { code: "lasting_harm", flag: false, floor: "medium" as const, vi: "nghi ngờ trẻ bị hại, hoặc bị hại kéo dài", en: "a suspected or lasting harm" };

/**
 * A violence_in_progress phrase, or the "đang" before a harm, that names a lasting harm (lexicon lastingHarmEnds): in English a
 * progressive passive ("is being abused") tells a situation; in Vietnamese ("đang bị bạo hành") only with a suspicion said in its
 * sentence (lastingHarmSuspicion). Either stays now beside anything else that tells now: a word of now elsewhere, a call for help,
 * another act or sign in progress.
 */
function lastingHarmNotNow(m: PhraseMatch, facts: TriageFacts, clauses: readonly Clause[], sentenceOf: () => readonly number[]): boolean {
  if (m.rule.code !== "violence_in_progress" && m.rule.code !== "now_word") return false;
  const tokens = clauses[m.clause]?.tokens ?? [];
  const endsAt = (list: readonly string[], from: number, to: number) => list.some((e) => {
    const w = e.split(" ");
    for (let i = from; i + w.length <= to; i++) if (w.every((t, j) => tokens[i + j] === t)) return true;
    return false;
  });
  // The span the lasting harm is told in: the phrase itself, or "đang" and up to five words after it.
  const [from, to] = m.rule.code === "now_word" ? [m.start, Math.min(tokens.length, m.start + 7)] : [m.start, m.end];
  const english = m.rule.code === "violence_in_progress" && tokens[m.start] === "being" && endsAt(LASTING_HARM_ENDS.en, m.end - 1, m.end);
  const suspected = () => {
    const spoken = ` ${sentenceOf().map((k) => clauses[k]!.tokens.join(" ")).join(" ")} `;
    return LASTING_HARM_SUSPICION.some((w) => spoken.includes(` ${w} `));
  };
  const vietnamese = !english && tokens[m.start] === "dang" && endsAt(LASTING_HARM_ENDS.vi, from + 1, to) && suspected();
  if (!english && !vietnamese) return false;
  const inSpan = (x: PhraseMatch) => x.clause === m.clause && x.start >= from && x.start < to;
  // "đang" elsewhere in the same sentence tells now; in another sentence it may be of anything ("không rõ nó có đang nguy hiểm không").
  const sentence = sentenceOf();
  return !facts.affirmed.some((x) => x !== m && !x.hypothetical && !inSpan(x) && (NOW_TELLERS.has(x.rule.code) || (x.rule.code === "now_word" && sentence.includes(x.clause))));
}

function foldedQuote(clauses: readonly Clause[], m: PhraseMatch): string {
  return (clauses[m.clause]?.tokens ?? []).slice(m.start, m.end).join(" ");
}

/** Undressing words of the sexual-images rule (folded): in person they are no image. */
const UNDRESS: ReadonlySet<string> = new Set(["coi do", "coi ao", "coi quan", "cuoi do", "cuoi ao", "cuoi quan"]);
/** A picture, camera, screen or the internet told anywhere in the report (folded, spaced). */
const IMAGE_WORDS = / (?:anh|hinh|chup|quay|clip|video|camera|cam|webcam|livestream|live|mang|facebook|fb|zalo|tiktok|messenger|instagram|nhan tin|tin nhan|gui|dien thoai|may tinh|online|photo\S*|picture\S*|pic\S*|video\S*|film\S*|record\S*|camera\S*|screen\S*|chat\S*|sen[dt]\S*|online|internet|app|phone)\b/;

/**
 * The report's words (folded, spaced) for IMAGE_WORDS, without the words whose folding only looks like one (walk 45: "Chào anh
 * chị" read as "ảnh" flagged sexual images): "anh" of a person ("anh chị", "anh ơi", "thưa anh"; with diacritics, only "ảnh" is a
 * picture), "hình như" (it seems), "cảm ơn", "quay lại / về" (turn back), "mang" (carry) beside "mạng" (the internet).
 */
function imageWords(clauses: readonly Clause[]): string {
  const accented = clauses.some((c) => writtenTokens(c).some((w) => /[àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ]/iu.test(w)));
  const kept = clauses.map((c) => {
    const written = writtenTokens(c).map((w) => w.normalize("NFC").toLowerCase());
    return c.tokens.map((t, k) => {
      const next = c.tokens[k + 1] ?? "";
      const prev = c.tokens[k - 1] ?? "";
      const w = written[k] ?? t;
      if (t === "anh" && ((accented && w !== "ảnh") || ["chi", "oi", "em", "a", "ay", "ta", "trai"].includes(next) || ["chao", "thua", "cac"].includes(prev))) return "_";
      if (t === "hinh" && next === "nhu") return "_";
      if (t === "cam" && (next === "on" || (accented && w !== "cam"))) return "_";
      if (t === "quay" && ["lai", "ve", "sang", "di", "mat", "lung"].includes(next)) return "_";
      if (t === "mang" && accented && w !== "mạng") return "_";
      return t;
    }).join(" ");
  });
  return ` ${kept.join(" ")} `;
}

/** Grown-ups a child may be alone with (folded): "một mình với ông ta", "alone with him", "with the man". */
const ALONE_WITH: ReadonlySet<string> = new Set(["ong", "chu", "bac", "thay", "han", "gia", "duong", "cau", "him", "man", "adult", "teacher", "uncle", "stepfather", "stepdad"]);
/** Taken into a room ("vào phòng", "vô buồng", "into the room", "into his room") (folded, spaced). */
const INTO_ROOM = / (?:vao|vo) (?:\S+ ){0,1}(?:phong|buong|nha kho|kho)\b| into (?:\S+ ){0,2}(?:room|bedroom|office|car|van)\b/;

/** "một mình" / "alone" said of a child with a grown-up: taken into a room alone, or alone with someone named. */
function aloneWithSomeone(tokens: readonly string[], m: PhraseMatch): boolean {
  const quote = tokens.slice(m.start, m.end).join(" ");
  if (quote !== "mot minh" && quote !== "alone") return false;
  if (["voi", "with"].includes(tokens[m.end] ?? "") && ALONE_WITH.has(tokens[m.end + 1] ?? "")) return true;
  return INTO_ROOM.test(` ${tokens.slice(Math.max(0, m.start - 8), m.start).join(" ")} `);
}

/** Words after an away place that bring the person back ("đi làm về", "back home"): coming home is no away. */
const COMING_BACK: ReadonlySet<string> = new Set(["ve", "toi", "den", "back", "home"]);

/**
 * A "now" whose clause tells only where people are that keeps them apart ("bây giờ bố nó đang đi làm", "cháu đang ở trường",
 * "right now her stepdad is at work"): no harm, no call for help in that clause, and no one coming back.
 */
function awayNow(tokens: readonly string[], near: readonly PhraseMatch[], m: PhraseMatch): boolean {
  const joined = ` ${tokens.join(" ")} `;
  const hit = AWAY_NOW.exec(joined);
  if (!hit) return false;
  const after = joined.slice(hit.index + hit[0].length).trim().split(" ")[0] ?? "";
  if (COMING_BACK.has(after)) return false;
  return !near.some((x) => x !== m && !x.negated && ((x.rule.floor && x.rule.category) || x.rule.code === "call_for_help" || x.rule.code === "violence_in_progress" || x.rule.code === "with_abuser_now"));
}

/** "giờ bé đang ở với tui": where the child is now is with the reporter, which is not harm going on now. */
function withReporter(tokens: readonly string[], end: number): boolean {
  return ["voi", "cung", "with"].includes(tokens[end] ?? "") && ["toi", "tui", "tao", "me", "us"].includes(tokens[end + 1] ?? "");
}
