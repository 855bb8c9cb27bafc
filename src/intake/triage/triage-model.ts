/**
 * Triage by the trained model, with the rules in a narrow role (DESIGN.md "Triage contract",
 * "Understanding language"): the model, trained on a broad labelled corpus, reads the whole
 * message (character and word n-grams, the rules' matches and the extracted facts) and gives
 * risk and category; safety phrases (content/triage/safety-rules.json) and the reporter's own
 * "yes, danger now" can only raise it to emergency; red flags and reasons come from what the
 * text states. Without a model file the rules decide alone, as before.
 */
import { ageSelfCorrected } from "./self-corrected-age.ts";
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { foldKey, foldVietnamese } from "../../core/vietnamese-text.ts";
import { highFloorFact } from "./high-floor.ts";
import { toldNowFloors } from "./told-now-floors.ts";
import { modelText, toldHarmFloors } from "./told-harm-floors.ts";
import { categoryClasses } from "./category-classes.ts";
import { headsProbabilities, shippedModel, type LinearModel } from "./linear-model.ts";
import { extractReportFacts, extractTriageFacts, factFeatures, type ReportFacts } from "./report-facts.ts";
import { splitReport, quoteSpan, teenNowKey, type Clause } from "./report-text.ts";
import { hungerNotNow, lowConcern, notOverWhileGoingOn } from "./low-concern.ts";
import { textFeatures, type Feature } from "./text-features.ts";
import { collectFacts, type TriageFacts } from "./triage-facts.ts";
import { HARM_DENIED_BY_ANYONE } from "./triage-lexicon.ts";
import { triageRules, triageRulesWithMatches, RISK_VI } from "./triage-rules.ts";
import { TRIAGE_CATEGORIES, TRIAGE_RISKS, riskRank, type TriageCategory, type TriageOptions, type TriageResult, type TriageRisk } from "./triage-types.ts";

/** The red flags and rule codes that, when the rules find them, make a report an emergency whatever the model says. */
interface SafetyRules {
  emergencyFlags: string[];
  /** Flags that say the danger is immediate: kept only on an emergency, never beside a lower risk. */
  immediacyFlags: string[];
  /** Floors the contract requires whatever the corpus: never left to the model by the trainer. */
  alwaysFlags: string[];
  /** A stated intent or plan to die (said or posted): an emergency floor of its own. */
  statedIntentToDie: {
    flag: string;
    patterns: string[];
    /** Words that make the phrase an idiom when they stand just before it ("mệt muốn chết": tired to death). */
    notBefore: string[];
    /** Words that make it about living somewhere ("không muốn sống ở nhà"), when they follow it. */
    notAfter: string[];
    /** Words that say it was a joke ("nói đùa thôi"), unless negated. */
    jokeMarkers: string[];
    negators: string[];
    negationFillers: string[];
    pastMarkers: string[];
    presentMarkers: string[];
    resolvedMarkers: string[];
    hypotheticalOpeners: string[];
    /** "không biết", "not sure", "don't know": opening a question of whether, with `whetherEnds` after the phrase. */
    uncertainOpeners: string[];
    whetherEnds: string[];
    reportingVerbs: string[];
    /** Words of a general question about the subject ("dấu hiệu", "phòng chống"): before the phrase in its clause, not a statement. */
    generalMarkers: string[];
    /** Elliptic farewells ("mai t đi luôn", "bye mọi người"): a stated intent only beside `despairMarkers` in the report. */
    ellipticPatterns?: string[];
    despairMarkers?: string[];
    /** Someone else named before an elliptic farewell in its clause ("cô giáo chào tạm biệt mọi người"): no child's farewell. */
    ellipticNotAfter?: string[];
    /**
     * A decision told with its act today ("tao quyết rồi, chiều nay tan học tao làm", "decided to do it after school today"):
     * `decisionPatterns` in a clause (not after `decisionNotAfter`: "giải quyết rồi"), an `actPatterns` in it or in one of the
     * next two clauses, a `todayMarkers` in those clauses; a stated intent only where the report tells despair
     * (`despairMarkers`) or names dying (`dyingTopics`), with the same exceptions as the patterns.
     */
    decisionPatterns?: string[];
    decisionNotAfter?: string[];
    actPatterns?: string[];
    todayMarkers?: string[];
    dyingTopics?: string[];
  };
}

const SAFETY_PATH = fileURLToPath(new URL("../../../content/triage/safety-rules.json", import.meta.url));
let safety: SafetyRules | undefined;

export function safetyRules(): SafetyRules {
  safety ??= JSON.parse(fs.readFileSync(SAFETY_PATH, "utf8")) as SafetyRules;
  return safety;
}

/** A token sequence of safety-rules.json: "a|b" either token, "*" up to three tokens, "#" a number, "x?" an optional token, "$" the end of the clause. */
type Seq = Array<Set<string> | "gap" | "end" | { optional: Set<string> }>;
const MAX_INTENT_GAP = 3;

function compileSeq(pattern: string): Seq {
  return pattern.split(" ").filter(Boolean).map((t) => (t === "*" ? "gap" : t === "$" ? "end" : t.endsWith("?") ? { optional: new Set(t.slice(0, -1).split("|")) } : new Set(t.split("|"))));
}

function tokenIs(alts: Set<string>, token: string | undefined): boolean {
  return token !== undefined && (alts.has(token) || (alts.has("#") && /^\d+$/.test(token)));
}

/** End (exclusive) of a match of seq in tokens starting exactly at start, or -1. */
function matchAt(seq: Seq, tokens: readonly string[], start: number, i = 0): number {
  if (i === seq.length) return start;
  const el = seq[i]!;
  if (el === "gap") {
    for (let g = 0; g <= MAX_INTENT_GAP && start + g <= tokens.length; g++) {
      const end = matchAt(seq, tokens, start + g, i + 1);
      if (end >= 0) return end;
    }
    return -1;
  }
  if (el === "end") return start === tokens.length ? matchAt(seq, tokens, start, i + 1) : -1;
  if (!(el instanceof Set)) {
    const taken = tokenIs(el.optional, tokens[start]) ? matchAt(seq, tokens, start + 1, i + 1) : -1;
    return taken >= 0 ? taken : matchAt(seq, tokens, start, i + 1);
  }
  return tokenIs(el, tokens[start]) ? matchAt(seq, tokens, start + 1, i + 1) : -1;
}

/** Sequences indexed by their first token, so a clause costs one map lookup per token. */
interface SeqIndex { all: Seq[]; byFirst: Map<string, Seq[]>; other: Seq[] }

function indexSeqs(patterns: readonly string[]): SeqIndex {
  const index: SeqIndex = { all: patterns.map(compileSeq), byFirst: new Map(), other: [] };
  for (const seq of index.all) {
    const first = seq[0];
    if (!(first instanceof Set) || first.has("#")) { index.other.push(seq); continue; }
    for (const word of first) index.byFirst.set(word, [...(index.byFirst.get(word) ?? []), seq]);
  }
  return index;
}

function findSeq(index: SeqIndex, tokens: readonly string[], from = 0, to = tokens.length): { start: number; end: number; seq: Seq } | null {
  for (let start = from; start < to; start++) {
    for (const seq of index.byFirst.get(tokens[start]!) ?? []) { const end = matchAt(seq, tokens, start); if (end >= 0 && end <= to) return { start, end, seq }; }
    for (const seq of index.other) { const end = matchAt(seq, tokens, start); if (end >= 0 && end <= to) return { start, end, seq }; }
  }
  return null;
}

/** True when a word the pattern left open ("sẽ * tự tử") is a negator: "sẽ không bao giờ tự tử". */
function negatedInside(t: IntentTables, tokens: readonly string[], m: { start: number; end: number; seq: Seq }): boolean {
  const own = new Set(m.seq.flatMap((el) => (el instanceof Set ? [...el] : typeof el === "object" ? [...el.optional] : [])));
  return tokens.slice(m.start, m.end).some((w) => !own.has(w) && t.negators.some((n) => n.length === 1 && tokenIs(n[0] as Set<string>, w)));
}

interface IntentTables { general: SeqIndex; patterns: SeqIndex; elliptic: SeqIndex; ellipticNotAfter: SeqIndex; despair: SeqIndex; decision: SeqIndex; decisionNotAfter: Set<string>; act: SeqIndex; today: SeqIndex; dying: SeqIndex; notBefore: Seq[]; jokes: SeqIndex; notAfter: Set<string>; negators: Seq[]; fillers: Set<string>; past: SeqIndex; present: SeqIndex; resolved: SeqIndex; openers: SeqIndex; reporting: SeqIndex; uncertain: SeqIndex; whetherEnds: Set<string>; flag: string }
let intentTables: IntentTables | undefined;

function intentRules(): IntentTables {
  if (intentTables) return intentTables;
  const r = safetyRules().statedIntentToDie;
  return (intentTables = {
    flag: r.flag,
    patterns: indexSeqs(r.patterns),
    elliptic: indexSeqs(r.ellipticPatterns ?? []),
    despair: indexSeqs(r.despairMarkers ?? []),
    ellipticNotAfter: indexSeqs(r.ellipticNotAfter ?? []),
    decision: indexSeqs(r.decisionPatterns ?? []),
    decisionNotAfter: new Set(r.decisionNotAfter ?? []),
    act: indexSeqs(r.actPatterns ?? []),
    today: indexSeqs(r.todayMarkers ?? []),
    dying: indexSeqs(r.dyingTopics ?? []),
    general: indexSeqs(r.generalMarkers),
    notBefore: r.notBefore.map(compileSeq),
    jokes: indexSeqs(r.jokeMarkers),
    notAfter: new Set(r.notAfter),
    negators: r.negators.map(compileSeq),
    fillers: new Set(r.negationFillers),
    past: indexSeqs(r.pastMarkers),
    present: indexSeqs(r.presentMarkers),
    resolved: indexSeqs(r.resolvedMarkers),
    openers: indexSeqs(r.hypotheticalOpeners),
    reporting: indexSeqs(r.reportingVerbs),
    uncertain: indexSeqs(r.uncertainOpeners),
    whetherEnds: new Set(r.whetherEnds),
  });
}

/** What a report says about a child's intent to die: stated (the floor), or only mentioned as negated, past or a hypothetical question. */
export interface IntentToDie {
  /** The words of the first mention that states an intent or plan to die now, or null. */
  stated: string | null;
  negated: boolean;
  past: boolean;
  hypothetical: boolean;
}

/**
 * True when a negator stands before tokens[start] in the clause with only filler words between,
 * or words of an earlier negated mention and a conjunction ("không nói muốn chết hay muốn tự tử").
 */
function negatedBefore(t: IntentTables, tokens: readonly string[], start: number, negatedSpan: ReadonlySet<number> = new Set()): boolean {
  const skip = (i: number) => t.fillers.has(tokens[i]!) || negatedSpan.has(i) || (negatedSpan.size > 0 && CONJUNCTIONS.has(tokens[i]!));
  for (let i = start - 1; i >= 0; i--) {
    for (const seq of t.negators) {
      const end = matchAt(seq, tokens, i);
      if (end < 0 || end > start) continue;
      let only = true;
      for (let j = end; j < start && only; j++) only = skip(j);
      if (only) return true;
    }
    if (!skip(i)) return false;
  }
  return false;
}

const CONJUNCTIONS: ReadonlySet<string> = new Set(["hay", "hoac", "va", "cung", "or", "and", "nor"]);
/** Last words of the phrases about living ("không muốn sống ở nhà"), after which notAfter applies. */
const LIVING: ReadonlySet<string> = new Set(["song", "live", "exist"]);

/**
 * Finds a stated intent or plan to die (content/triage/safety-rules.json, statedIntentToDie).
 * A mention under a negation ("nó không có ý định tự tử"), in a clause about the past with no
 * present marker ("năm ngoái em từng nghĩ đến chuyện tự tử"), followed by a clause saying it is
 * over ("giờ em ổn rồi"), or asked as a hypothetical ("nếu con nói muốn chết thì ...") does not
 * state one; with an instruction embedded in the report these exceptions are not applied.
 */
export function intentToDie(text: string, clauses?: readonly Clause[], instruction = false): IntentToDie {
  // A message is read for its features and for its decision: the second asks again.
  if (lastIntent && lastIntent.text === text && lastIntent.instruction === instruction) return lastIntent.intent;
  const intent = readIntent(clauses ?? splitReport(text), instruction);
  lastIntent = { text, instruction, intent };
  return intent;
}

/** Words that join a second statement ("I don't know if anyone cares but I want to die"): after them the phrase is said, not asked. */
const JOINING: ReadonlySet<string> = new Set(["but", "and", "so", "nhung", "ma", "va", "nen"]);

/**
 * "không biết lúc đó có muốn chết không", "he is not sure if he wanted to die": the phrase is asked as whether, not stated
 * (an uncertain opener before it in its clause, then "có" before it and a question word right after it, or "if"/"whether").
 */
function askedWhether(t: IntentTables, tokens: readonly string[], m: { start: number; end: number }): boolean {
  const opener = findSeq(t.uncertain, tokens, 0, m.start);
  if (!opener) return false;
  const between = tokens.slice(opener.end, m.start);
  const iff = between.findIndex((w) => w === "if" || w === "whether");
  if (iff >= 0) return !between.slice(iff + 1).some((w) => JOINING.has(w));
  return between.includes("co") && !between.some((w) => JOINING.has(w)) && t.whetherEnds.has(tokens[m.end] ?? "");
}

/** Words that make someone else do the act inside a phrase of dying ("sẽ cho tôi uống", "bắt nó uống", "make her swallow"). */
const CAUSATIVE: ReadonlySet<string> = new Set(["cho", "bat", "ep", "make", "made", "force", "forced"]);
/** Taking something in (folded), after a causative and one person: "cho tôi uống", "make her swallow". */
const INGEST: ReadonlySet<string> = new Set(["uong", "nuot", "an", "drink", "swallow", "eat", "take"]);

/**
 * How the folded words of `ellipticNotAfter` are written with marks: "mà", "bỏ", "vô", "mờ", "chả" fold like "má", "bố", "vợ",
 * "mợ", "cha" and are no one else. English words and words without marks in a report typed without them stand as folded.
 */
const SOMEONE_ELSE_WRITTEN: ReadonlyMap<string, ReadonlySet<string>> = new Map(
  Object.entries({ me: "mẹ", bo: "bố", ba: "ba", ma: "má", cha: "cha", ong: "ông", chu: "chú chủ", bac: "bác", cau: "cậu", mo: "mợ", thim: "thím", co: "cô", thay: "thầy", giao: "giáo", ay: "ấy", nhiem: "nhiệm", chong: "chồng", vo: "vợ" }).map(([k, v]) => [k, new Set(v.split(" "))]),
);
/** The child speaking, in a clause: before someone else's name, the farewell's subject is the child ("t ghét bố, tb mn"). */
const FIRST_PERSON: ReadonlySet<string> = new Set(["t", "tao", "tui", "toi", "minh", "em", "to", "tau", "i"]);

/** Someone else (a parent, a teacher) is the subject of the farewell at `start` in its clause: named before it, as written, and not after the child. */
function saidBySomeoneElse(t: IntentTables, clause: Clause, start: number, marked: boolean): boolean {
  const { tokens } = clause;
  for (let from = 0; from < start; ) {
    const n = findSeq(t.ellipticNotAfter, tokens, from, start);
    if (!n) return false;
    from = n.start + 1;
    if (tokens.slice(0, n.start).some((w) => FIRST_PERSON.has(w))) return false;
    const asWritten = tokens.slice(n.start, n.end).every((tok, i) => {
      const forms = SOMEONE_ELSE_WRITTEN.get(tok);
      if (!forms) return true;
      const written = (clause.words[clause.origin[n.start + i]!] ?? "").normalize("NFC").toLowerCase();
      return forms.has(written) || (!marked && written === tok);
    });
    if (asWritten) return true;
  }
  return false;
}

let lastIntent: { text: string; instruction: boolean; intent: IntentToDie } | undefined;

function readIntent(clauses: readonly Clause[], instruction: boolean): IntentToDie {
  const t = intentRules();
  const out: IntentToDie = { stated: null, negated: false, past: false, hypothetical: false };
  // Where a clause says it is over ("giờ em ổn rồi"), and whether the report says it was a joke.
  let resolvedAt: Array<{ start: number } | null> | undefined;
  let joke: boolean | undefined;
  const resolvedAfter = (ci: number, end: number) => (resolvedAt ??= clauses.map((c) => findSeq(t.resolved, c.tokens))).some((r, i) => r !== null && (i > ci || (i === ci && r.start >= end)));
  const isJoke = () => (joke ??= clauses.some((c) => { const j = findSeq(t.jokes, c.tokens); return j !== null && !negatedBefore(t, c.tokens, j.start); }));
  // An elliptic farewell ("mai t đi luôn") states an intent only when the report tells despair or self-harm, not negated.
  let despair: boolean | undefined;
  const marked = clauses.some((c) => c.words.some((w) => /[^\x00-\x7f]/.test(w)));
  const toldDespair = () => (despair ??= clauses.some((c) => { for (let from = 0; from < c.tokens.length; ) { const d = findSeq(t.despair, c.tokens, from); if (!d) return false; if (!negatedBefore(t, c.tokens, d.start)) return true; from = d.start + 1; } return false; }));
  for (const [patterns, elliptic] of [[t.patterns, false], [t.elliptic, true]] as const) clauses.forEach((clause, ci) => {
    if (elliptic && (out.stated || !toldDespair())) return;
    const tokens = clause.tokens;
    const negatedSpan = new Set<number>();
    for (let from = 0; from < tokens.length; ) {
      const m = findSeq(patterns, tokens, from);
      if (!m) break;
      from = m.start + 1;
      if (LIVING.has(tokens[m.end - 1]!) && t.notAfter.has(tokens[m.end] ?? "")) continue;
      if (t.notBefore.some((seq) => seq.length <= m.start && matchAt(seq, tokens, m.start - seq.length) === m.start)) continue;
      if (elliptic && saidBySomeoneElse(t, clause, m.start, marked)) continue;
      // "bà sẽ cho tôi uống thuốc chuột", "he will make her swallow": someone else makes the child do it, a threat, not the child's wish.
      if (tokens.slice(m.start + 1, m.end - 1).some((w, i, seq) => CAUSATIVE.has(w) && INGEST.has(seq[i + 2] ?? tokens[m.start + 1 + i + 2] ?? ""))) continue;
      const present = findSeq(t.present, tokens) !== null;
      const negated = negatedBefore(t, tokens, m.start, negatedSpan) || negatedInside(t, tokens, m) || isJoke();
      if (negated) for (let j = m.start; j < m.end; j++) negatedSpan.add(j);
      const resolved = resolvedAfter(ci, m.end);
      const past = resolved || (!present && findSeq(t.past, tokens) !== null);
      const opener = findSeq(t.openers, tokens, 0, m.start);
      const hypothetical = (opener !== null && findSeq(t.reporting, tokens, opener.end, m.start) !== null) || findSeq(t.general, tokens, 0, m.start) !== null || askedWhether(t, tokens, m);
      if (!instruction && (negated || past || hypothetical)) {
        out.negated ||= negated;
        out.past ||= past;
        out.hypothetical ||= hypothetical;
        continue;
      }
      out.stated ??= quoteSpan(clause, m.start, m.end);
    }
  });
  if (!out.stated) statedDecision(t, clauses, instruction, out, { toldDespair, isJoke, resolvedAfter });
  return out;
}

/**
 * "tao quyết rồi, chiều nay tan học tao làm", "he has decided to do it after school today": a decision whose act is
 * told for today, where the report tells despair or names dying. Not negated, past, over, a joke or a hypothetical
 * ("Nếu học sinh nhắn là em quyết rồi, tối nay em làm ... thì"), as for the patterns.
 */
function statedDecision(t: IntentTables, clauses: readonly Clause[], instruction: boolean, out: IntentToDie, read: { toldDespair: () => boolean; isJoke: () => boolean; resolvedAfter: (ci: number, end: number) => boolean }): void {
  let context: boolean | undefined;
  const told = () => (context ??= read.toldDespair() || clauses.some((c) => findSeq(t.dying, c.tokens) !== null));
  for (let ci = 0; ci < clauses.length && !out.stated; ci++) {
    const tokens = clauses[ci]!.tokens;
    const d = findSeq(t.decision, tokens);
    if (!d || t.decisionNotAfter.has(tokens[d.start - 1] ?? "")) continue;
    for (let cj = ci; cj < Math.min(clauses.length, ci + 3); cj++) {
      const act = findSeq(t.act, clauses[cj]!.tokens, cj === ci ? d.end : 0);
      if (!act) continue;
      if (!clauses.slice(ci, cj + 1).some((c) => findSeq(t.today, c.tokens) !== null) || !told()) break;
      const negated = negatedBefore(t, tokens, d.start) || negatedBefore(t, clauses[cj]!.tokens, act.start) || read.isJoke();
      const past = read.resolvedAfter(cj, act.end) || (findSeq(t.present, tokens) === null && findSeq(t.past, tokens) !== null);
      const opener = findSeq(t.openers, tokens, 0, d.start);
      const hypothetical = opener !== null || findSeq(t.general, tokens, 0, d.start) !== null;
      if (!instruction && (negated || past || hypothetical)) {
        out.negated ||= negated;
        out.past ||= past;
        out.hypothetical ||= hypothetical;
        break;
      }
      out.stated = cj === ci ? quoteSpan(clauses[ci]!, d.start, act.end) : `${quoteSpan(clauses[ci]!, d.start, d.end)}, ${quoteSpan(clauses[cj]!, 0, act.end)}`;
      break;
    }
  }
}

/**
 * Flags named after the shipped model was trained, and the flag it learnt for the same reading: a carer's locking was learnt as a
 * carer's violence; a child locked out of home ("nhốt ngoài sân") as a locking, because the rules then called it one. Officers read
 * the new names; the model and its safety floors read the trained ones until it is retrained.
 */
const TRAINED_AS: Readonly<Record<string, string>> = {
  caregiver_confinement: "caregiver_violence",
  shut_out: "confinement",
  shut_out_now: "confinement_now",
  shut_out_injured: "confined_and_injured",
  young_child_shut_out: "young_child_locked_in_alone",
};

/** The flag the shipped model learnt for a flag code (the code itself unless it was named after training). */
export function trainedFlag(flag: string): string {
  return TRAINED_AS[flag] ?? flag;
}

/** The rules' view of a message as model features: their matches, their decision, the extracted facts. */
export function ruleFeatures(text: string, read: RulesRead = triageRulesWithMatches(text), facts: ReportFacts = extractReportFacts(text, knownFrom(read))): string[] {
  const { result: rules, matches } = read;
  // The model was trained on every stated match, those later told as earlier episodes too ("hồi trước ... nhốt"): it keeps reading them.
  const stated = matches.toldAsPast?.length ? [...matches.affirmed, ...matches.toldAsPast.map((p) => p.match)] : matches.affirmed;
  return [
    ...new Set(stated.filter((m) => m.rule.modelFeature !== false).map((m) => `r:${m.rule.code}`)),
    ...new Set(matches.negated.filter((m) => m.rule.modelFeature !== false).map((m) => `rn:${m.rule.code}`)),
    // The shipped model learnt one flag for a carer's physical harm, a locking included: the confinement flag is read as it until retrained.
    ...rules.redFlags.map((f) => `flag:${trainedFlag(f)}`),
    `rr:${rules.risk}`,
    `rc:${rules.category}`,
    ...(matches.hasQuestionMark ? ["question_mark"] : []),
    ...factFeatures(facts),
    ...intentFeatures(intentToDie(text, undefined, matches.instruction !== undefined)),
  ];
}

function intentFeatures(intent: IntentToDie): string[] {
  return [...(intent.stated ? ["intent:stated"] : []), ...(intent.negated ? ["intent:negated"] : []), ...(intent.past ? ["intent:past"] : []), ...(intent.hypothetical ? ["intent:hypothetical"] : [])];
}

type RulesRead = ReturnType<typeof triageRulesWithMatches>;

/** What the rules already read that the fact extractor needs: the age, and whether the harm is self-harm. */
function knownFrom(read: RulesRead): { age: ReportFacts["age"]; selfHarm: boolean } {
  return { age: read.matches.age, selfHarm: read.matches.codes.has("self_harm") || read.matches.codes.has("self_harm_intent") };
}

/** The features the model reads for a message (the same at training and at run time). */
export function modelFeatures(text: string, read?: RulesRead, facts?: ReportFacts): Feature[] {
  // An ordinary goodbye ("mẹ nó nói tạm biệt rồi đi làm") is read by the model as a plain greeting: no farewell of despair.
  return textFeatures(modelText(text), ruleFeatures(text, read, facts));
}

/** The model's risk, from its probabilities, the calibrated emergency threshold and the cost of rating too low. */
export function riskFromProbabilities(policy: Pick<LinearModel["policy"], "emergencyThreshold" | "underRatingCost">, p: Record<string, number>): TriageRisk {
  if ((p.emergency ?? 0) >= policy.emergencyThreshold) return "emergency";
  let best: TriageRisk = "low";
  let bestCost = Infinity;
  for (const [c, level] of (["low", "medium", "high"] as const).entries()) {
    const cost = TRIAGE_RISKS.reduce((sum, gold, g) => sum + (p[gold] ?? 0) * (g > c ? policy.underRatingCost * (g - c) : c - g), 0);
    if (cost < bestCost) [best, bestCost] = [level, cost];
  }
  return best;
}

/**
 * Safety floors: a report the rules rate an emergency because of one of the safety flags
 * (content/triage/safety-rules.json) stays an emergency whatever the model says.
 */
export function safetyFloor(rules: Pick<TriageResult, "risk" | "redFlags">, flags: readonly string[] = shippedModel()?.policy.safetyFlags ?? safetyRules().emergencyFlags): string | null {
  if (rules.risk !== "emergency") return null;
  const always = safetyRules().alwaysFlags;
  return rules.redFlags.find((f) => flags.includes(trainedFlag(f)) || always.includes(f)) ?? null;
}

function argmax(p: Record<string, number>): string {
  return Object.entries(p).reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** One message read once: the rules, the facts, the model's features and the triage built from them. */
export interface MessageAnalysis {
  triage: TriageResult;
  facts: ReportFacts;
  features: Feature[];
}

/** Triage one report: the model's risk and category, raised by safety rules and the reporter's answer. */
export function triageReport(text: string, opts: TriageOptions = {}, model: LinearModel | null = shippedModel()): TriageResult {
  return readMessage(text, opts, model, true).triage;
}

/** Reads a message once for everything that needs it (triage, the chat's routing, the reporter conversation). */
export function analyseMessage(text: string, opts: TriageOptions = {}, model: LinearModel | null = shippedModel()): MessageAnalysis {
  return readMessage(text, opts, model, false);
}

/** A message read; `triageOnly` when only the triage is kept: then the facts triage does not read are not extracted (extractTriageFacts). */
function readMessage(typed: string, opts: TriageOptions, model: LinearModel | null, triageOnly: boolean): MessageAnalysis {
  // "mới 4 tuổi ... À nhầm, con bé 14 tuổi": the age the writer corrected is the one read (walk 55 stored child_under_6).
  const text = ageSelfCorrected(typed);
  const read = triageRulesWithMatches(text, { ...(opts.childAge !== undefined ? { childAge: opts.childAge, ...(opts.childAgeSource ? { childAgeSource: opts.childAgeSource } : {}) } : {}) });
  const rules = read.result;
  const facts = (triageOnly ? extractTriageFacts : extractReportFacts)(text, knownFrom(read));
  const features = modelFeatures(text, read, facts);
  if (!model) return { triage: opts.dangerNow ? triageRules(text, opts) : rules, facts, features };
  const intent = intentToDie(text, undefined, read.matches.instruction !== undefined);
  const triage = notOverWhileGoingOn(text, rules, childToldCarerSexualAbuse(text, read.matches, rules, facts, abuseToldOnItsOwn(text, read.matches, facts, toldHarmFloors(text, facts, toldNowFloors(text, facts, hungerAtLeastMedium(text, read.matches, facts, flagsThatHold(facts, highFloor(text, read, facts, worryWithHarmDenied(text, rules, facts, suspectedFromSignsFloor(text, rules, toldRapeFloor(text, searchedWaysToDie(facts, factFloors(text, facts, takenBackByHarmer(text, facts, heldByTraffickersNow(text, facts, heldForRansom(text, facts, farewellDangerFloor(facts, intent, notLoweredByInstructions(text, categoryClasses(text, { matches: read.matches, facts }, harmTheWordsName(read.matches, rules, facts, intent, lowConcern(text, rules, facts, read.matches.instruction !== undefined || opts.dangerNow === true, decide(model, features, rules, opts, intent)))), model, opts))))))))))))))))));
  return { triage: reasonsAsDecided(notLoweredByOpeningQuestion(text, lastingHarmFloor(read.matches, triage), opts, model)), facts, features };
}

/**
 * The model's guess of a harm that no word of the report names, where the words name another (after the rules set some aside): a
 * mother's boyfriend with bruises and nothing sexual told ("mom's boyfriend gets really mad", bruises on her legs) is physical
 * violence, not sexual abuse; a carer threatening the child with rat poison or pesticide, the child saying no wish to die, is a threat
 * to kill, not self-harm. Only the category moves; the risk is the model's and the floors'.
 */
/** Flags of violence or a threat of it that name no sexual act. */
const THREAT_FLAGS: ReadonlySet<string> = new Set(["intruder", "death_threat", "weapon"]);
/** Flags that tell something sexual. */
const SEXUAL_FLAGS: ReadonlySet<string> = new Set(["sexual_images", "sexual_abuse_suspected", "caregiver_sexual_abuse", "sexual_abuser_has_access", "grooming"]);

function harmTheWordsName(matches: TriageFacts, rules: TriageResult, facts: ReportFacts, intent: IntentToDie, triage: TriageResult): TriageResult {
  // A word of a tie ("boyfriend", "người yêu") names no sexual act: it is context, not the harm.
  const named = (c: TriageCategory) => (matches.scoped ?? matches.affirmed).some((m) => m.rule.category === c && m.rule.code !== "relationship");
  let category: TriageCategory | null = null;
  const tie = (matches.scoped ?? matches.affirmed).some((m) => m.rule.code === "relationship");
  if (triage.category === "sexual_abuse" && tie && (rules.category === "physical_violence" || rules.category === "other") && named("physical_violence") && !named("sexual_abuse") && !facts.suspected) category = "physical_violence";
  // "chú say rượu đập cửa phòng, em đang trốn": a threat told (a weapon, a threat to kill, someone banging on a door) and no sexual
  // word at all, not even denied: physical violence, not sexual abuse (fixer T11). Blows or bruises alone do not move it: inner-thigh
  // bruises or a girl dragged into a locked room are read as sexual by the model on purpose.
  const sexualWordAnywhere = named("sexual_abuse") || matches.negated.some((m) => m.rule.category === "sexual_abuse") || rules.redFlags.some((f) => SEXUAL_FLAGS.has(f));
  if (!category && triage.category === "sexual_abuse" && (rules.category === "physical_violence" || rules.category === "other") && (rules.redFlags.some((f) => THREAT_FLAGS.has(f)) || matches.codes.has("door_banging")) && !sexualWordAnywhere && !facts.suspected) category = "physical_violence";
  if (triage.category === "self_harm" && rules.redFlags.includes("death_threat") && (rules.redFlags.includes("caregiver_is_abuser") || matches.codes.has("caregiver")) && !named("self_harm") && !intent.stated) category = rules.category === "self_harm" || rules.category === "other" ? "physical_violence" : rules.category;
  if (!category) return triage;
  return {
    ...triage,
    category,
    reasons: [...triage.reasons, `Mô hình đoán loại "${triage.category}" nhưng lời trong tin báo nêu "${category}" và không nêu "${triage.category}" → loại "${category}".`],
    reasonsEn: [...triage.reasonsEn, `The model guessed "${triage.category}" but the report's words name "${category}" and not "${triage.category}" → category "${category}".`],
  };
}

/**
 * A category no word of the report names (the rules read no harm of any kind, the facts no one who harms and no injury, no red flag
 * but the age or a habit) that stands only on the model's guess, under
 * CATEGORY_GUESS_MIN, is "other" on the stored case (walk 41: "con nhỏ nhà bên tối nào cũng khóc" stored as sexual abuse at 32%). Read
 * by the case builder after every floor has read the guess (the conversation's own routing keeps the model's guess); the risk is not touched.
 */
export function unnamedCategory(text: string, triage: TriageResult, facts: ReportFacts, features: readonly Feature[], model: LinearModel | null = shippedModel()): TriageResult {
  if (!model) return triage;
  const rules = triageRules(text);
  if (rules.category !== "other" || triage.category === "other" || facts.harmer || facts.injury || !triage.redFlags.every((f) => NAMES_NO_HARM.has(f))) return triage;
  const [pCategory] = headsProbabilities(model, ["category"], features) as [Record<string, number>];
  const guessed = argmax(pCategory);
  if (triage.category !== guessed || (pCategory[guessed] ?? 0) >= CATEGORY_GUESS_MIN) return triage;
  return {
    ...triage,
    category: "other",
    reasons: [...triage.reasons, `Không lời nào trong tin báo nêu loại "${guessed}"; mô hình chỉ đoán ${percent(pCategory[guessed])} → ghi loại "other" (khác); mức rủi ro giữ nguyên.`],
    reasonsEn: [...triage.reasonsEn, `Nothing in the report names "${guessed}"; the model's guess is only ${percent(pCategory[guessed])} → category "other"; the risk is unchanged.`],
  };
}

/**
 * A rule's reason says the level the rule alone would give ("... → khẩn cấp."); on a case the decision rates lower (the rule is
 * not one of the kept safety floors and the model outweighed it), officers must not read "→ khẩn cấp" beside a lower risk:
 * the reason says the rule suggested it and why it was not kept.
 */
function reasonsAsDecided(triage: TriageResult): TriageResult {
  if (triage.risk === "emergency") return triage;
  const vi = triage.reasons.map((r) => (r.endsWith(" → khẩn cấp.") ? `${r.slice(0, -" → khẩn cấp.".length)} → gợi ý khẩn cấp; không giữ vì báo cáo không nêu đủ dữ kiện nguy hiểm tức thời (mức cuối: ${RISK_VI[triage.risk]}).` : r));
  const en = triage.reasonsEn.map((r) => (r.endsWith(" → emergency.") ? `${r.slice(0, -" → emergency.".length)} → suggests an emergency; not kept, the report does not state enough facts of immediate danger (final: ${triage.risk}).` : r));
  return vi.every((r, i) => r === triage.reasons[i]) && en.every((r, i) => r === triage.reasonsEn[i]) ? triage : { ...triage, reasons: vi, reasonsEn: en };
}

/**
 * A story told after an opening question about the process ("nếu mình báo tin thì có bị lộ tên không? Con nhà ông chủ
 * trọ ... tối nào cũng bị nhốt ngoài ban công, bị bỏ đói") is read on its own too: the question before it reads as
 * a procedure question and must not lower what the story tells. It only raises.
 */
/** An opening question about telling itself: being named, kept secret, where or how to report (folded). */
const ABOUT_REPORTING = /\b(?:lo ten|lo danh tinh|lo thong tin|bi lo|giu (?:bi mat|kin)|bi mat|an danh|(?:neu|khi) (?:minh|toi|tui|em|e|mk|t) (?:bao|to giac|ke)|bao (?:o dau|cho ai|the nao|sao|duoc khong)|goi so (?:nao|may|gi)|anonymous|confidential|(?:will|would) (?:they|anyone|he|she) know|if i report|where (?:do|can|should) i report)\b/;

function notLoweredByOpeningQuestion(text: string, triage: TriageResult, opts: TriageOptions, model: LinearModel): TriageResult {
  if (triage.risk === "emergency") return triage;
  const opening = /^[^?]{3,240}\?+\s*/u.exec(text.trim());
  if (!opening || !ABOUT_REPORTING.test(foldVietnamese(opening[0].normalize("NFC")).toLowerCase())) return triage;
  const story = text.trim().slice(opening[0].length);
  if ((story.match(/\p{L}+/gu) ?? []).length < 8) return triage;
  const alone = readMessage(story, opts, model, true).triage;
  if (riskRank(alone.risk) <= riskRank(triage.risk)) return triage;
  return {
    ...alone,
    reasons: [...alone.reasons, "Câu chuyện kể sau câu hỏi mở đầu được đọc riêng: câu hỏi không hạ mức của nó."],
    reasonsEn: [...alone.reasonsEn, "The story told after the opening question is read on its own: the question does not lower it."],
  };
}

/**
 * The contract's high band from facts (high-floor.ts): a report that states one of its facts is at least high whatever the model
 * says below it (repeated beatings with marks, sexual abuse told or suspected, images held with a threat, a child kept from school
 * to work, a marriage arranged, young children alone for days). A matter over and safe is not raised. It only raises.
 */
function highFloor(text: string, read: RulesRead, facts: ReportFacts, triage: TriageResult): TriageResult {
  if (riskRank(triage.risk) >= riskRank("high")) return triage;
  const key = teenNowKey(foldVietnamese(text.normalize("NFC")).toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim());
  const fact = highFloorFact(read.matches, facts, read.result, HANDLED.test(key) || OVER.test(key));
  if (!fact) return triage;
  return {
    ...triage,
    risk: "high",
    redFlags: [...new Set([...triage.redFlags, fact.flag])],
    reasons: [...triage.reasons, `Quy tắc an toàn: ${fact.vi} ("${fact.quote}") → ít nhất mức cao (quy tắc chỉ nâng, không hạ).`],
    reasonsEn: [...triage.reasonsEn, `Safety rule: ${fact.en} ("${fact.quote}") → at least high (rules only raise).`],
  };
}

/**
 * A rape of a child told (the rule's flag, not negated) is at least high unless the text says the matter is over: DESIGN rates a
 * mere suspicion of sexual abuse high, and a matter hushed up by the family, or the man gone elsewhere, is not resolved.
 */
function toldRapeFloor(text: string, triage: TriageResult): TriageResult {
  if (!triage.redFlags.includes("rape")) return triage;
  // A rape told with no sign of trafficking, abduction or self-harm is sexual abuse, whatever the model's category.
  // Labour, neglect or emotional abuse only with a fact of their own (a labour flag): a retrain read "was raped by a cousin ... two months ago" as labour exploitation.
  const elsewhere = RAPE_IS_ELSEWHERE.has(triage.category) || (RAPE_IS_ELSEWHERE_UNLESS_FLAGGED.has(triage.category) && !triage.redFlags.some((f) => OWN_FLAGS_OF_LABOUR.has(f)));
  const sexual = elsewhere && !triage.redFlags.some((f) => TRAFFICKING_FLAGS.has(f)) ? { ...triage, category: "sexual_abuse" as const } : triage;
  if (riskRank(sexual.risk) >= riskRank("high") || HANDLED.test(teenNowKey(foldVietnamese(text.normalize("NFC")).toLowerCase()))) return sexual;
  return {
    ...sexual,
    risk: "high",
    category: "sexual_abuse",
    reasons: [...sexual.reasons, "Quy tắc an toàn: trẻ bị hiếp dâm, chưa thấy nói đã được giải quyết → ít nhất mức cao (quy tắc chỉ nâng, không hạ)."],
    reasonsEn: [...sexual.reasonsEn, "Safety rule: the child was raped and nothing says it has been dealt with → at least high (rules only raise)."],
  };
}

/**
 * Signs that make a child's sexual abuse suspected, told of a child now (a teacher: "vẽ những hình có nội dung tình dục", "có hành vi
 * tình dục không phù hợp lứa tuổi", "sexualised behaviour"): DESIGN rates a suspicion of sexual abuse high, never discounted. The rules
 * rate it high (not a general question, not a past matter); the model, which reads "chưa có bằng chứng" as doubt, may not lower it.
 */
/**
 * A harm suspected or told as lasting ("I think a kid in my building is being abused", "tôi nghi nó đang bị bạo hành", read by the
 * rules as lasting_harm, not violence in progress): reported, never discounted (DESIGN, triage contract), so at least medium (only raises).
 */
function lastingHarmFloor(matches: TriageFacts, triage: TriageResult): TriageResult {
  if (riskRank(triage.risk) >= riskRank("medium") || !(matches.scoped ?? matches.affirmed).some((m) => m.rule.code === "lasting_harm" && !pastAndSafeNow(matches, m))) return triage;
  return {
    ...triage,
    risk: "medium",
    reasons: [...triage.reasons, "Quy tắc an toàn: nghi ngờ trẻ đang bị hại (hoặc bị hại kéo dài) được ghi nhận, ít nhất mức trung bình (quy tắc chỉ nâng, không hạ)."],
    reasonsEn: [...triage.reasonsEn, "Safety rule: a suspicion that a child is being harmed (or a lasting harm) is reported, at least medium (rules only raise)."],
  };
}

/**
 * "were being abused last year but now they live with their grandmother" (RD37): a harm told as going on in the past ("was / were being"),
 * with the child said to be safe now in what follows; no lasting harm now. A past "being" with nothing after it of now ("she told me she
 * was being abused") keeps the floor.
 */
const SAFE_NOW_AFTER = /\b(?:now|nowadays|these days|since then|today)\b(?: \S+){0,4}? (?:live|lives|living|stay|stays|staying|is|are|s|re|has been|have been)\b(?: \S+){0,3}? (?:with (?:their|his|her|my|our|a) (?:grand\w*|aunt|auntie|uncle|mother|mum|mom|father|dad|foster \w+|relatives?|family)|safe|fine|ok|okay|well|happy|in (?:a )?(?:shelter|foster \w+|care))\b/;
const STILL_AFTER = /\b(?:still|again|keeps?|continues?)\b/;
function pastAndSafeNow(matches: TriageFacts, m: { clause: number; start: number }): boolean {
  const clauses = matches.clauses ?? [];
  const tokens = clauses[m.clause]?.tokens ?? [];
  if (!["was", "were"].includes(tokens[m.start - 1] ?? "")) return false;
  const after = [tokens.slice(m.start).join(" "), ...clauses.slice(m.clause + 1).map((c) => c.tokens.join(" "))].join(" ");
  return SAFE_NOW_AFTER.test(after) && !STILL_AFTER.test(after);
}

function suspectedFromSignsFloor(text: string, rules: TriageResult, triage: TriageResult): TriageResult {
  if (riskRank(triage.risk) >= riskRank("high") || riskRank(rules.risk) < riskRank("high") || !rules.redFlags.includes("sexual_abuse_suspected")) return triage;
  const key = teenNowKey(foldVietnamese(text.normalize("NFC")).toLowerCase());
  if (!SEXUALISED_SIGNS.test(key) || HANDLED.test(key)) return triage;
  return {
    ...triage,
    risk: "high",
    category: "sexual_abuse",
    reasons: [...triage.reasons, "Quy tắc an toàn: trẻ có biểu hiện tình dục bất thường (hành vi, hình vẽ) → nghi bị xâm hại tình dục, ít nhất mức cao (quy tắc chỉ nâng, không hạ)."],
    reasonsEn: [...triage.reasonsEn, "Safety rule: the child shows sexualised behaviour or drawings → suspected sexual abuse, at least high (rules only raise)."],
  };
}

/** Sexualised behaviour or drawings of a child (folded): "hành vi tình dục", "vẽ ... hình ... tình dục", "sexualised behaviour". */
const SEXUALISED_SIGNS = /\b(?:hanh (?:vi|dong) tinh duc|(?:hanh vi|hanh dong|dong tac)(?: \S+){0,3} nguoi lon|ve(?: \S+){0,3} (?:hinh|tranh)(?: \S+){0,3} tinh duc|ve(?: \S+){0,3} noi dung tinh duc|(?:hinh|tranh) ve(?: \S+){0,3} tinh duc|sexuali[sz]ed|sexual (?:behaviou?r|drawings?|play|acts?)|draw(?:s|ing|ings)?(?: \S+){0,3} sexual)\b/;

/**
 * A worry told beside a denial that anyone harms the child ("No one is hurting him nhưng mình thấy lo", "không ai làm gì cháu nhưng
 * tôi lo": a teenager vaping with older youths), where the rules read no harm and the facts no one who harms and no injury: the
 * model's high stands on words alone ("hurting", "rooftop" read as self-harm), so it is medium, of no named category. An emergency
 * is never lowered here, nor a report with any rule's harm or red flag besides a habit or the age.
 */
function worryWithHarmDenied(text: string, rules: TriageResult, facts: ReportFacts, triage: TriageResult): TriageResult {
  if (triage.risk !== "high" || rules.risk !== "low" || rules.category !== "other" || facts.harmer || facts.injury) return triage;
  if (!triage.redFlags.every((f) => NAMES_NO_HARM.has(f))) return triage;
  if (!HARM_DENIED_BY_ANYONE.test(teenNowKey(foldVietnamese(text.normalize("NFC")).toLowerCase()))) return triage;
  return {
    ...triage,
    risk: "medium",
    category: "other",
    reasons: [...triage.reasons, "Người báo nói không ai gây hại cho trẻ và quy tắc không thấy hành vi gây hại nào: một mối lo, mức trung bình."],
    reasonsEn: [...triage.reasonsEn, "The reporter says no one harms the child and the rules read no harm: a worry, medium."],
  };
}

/** Categories a told rape is read under when the model names them without their own flags. */
const RAPE_IS_ELSEWHERE: ReadonlySet<TriageCategory> = new Set(["trafficking_abduction", "other", "physical_violence", "bullying"]);
/** Categories a told rape is read under only when the text gives them a fact of their own (labour: hazardous work). */
const RAPE_IS_ELSEWHERE_UNLESS_FLAGGED: ReadonlySet<TriageCategory> = new Set(["labour_exploitation", "neglect_abandonment", "emotional_abuse"]);
const OWN_FLAGS_OF_LABOUR: ReadonlySet<string> = new Set(["hazardous_work", "illegal_child_labour"]);
const TRAFFICKING_FLAGS: ReadonlySet<string> = new Set(["abduction_in_progress", "child_missing", "parental_abduction", "ran_away", "trafficking", "held_for_exploitation", "taken_in_transit", "held_for_ransom"]);

/** Dealt with, or over and safe (folded): "công an đã bắt", "đã xử lý", "giờ cháu ổn rồi", "was arrested" (not "ông đó đã chuyển đi"). */
const HANDLED = /\b(?:da (?:duoc )?xu ly|da bi (?:bat|xu|khoi to|ket an|tu)|(?:cong an|toa) da (?:bat|xu|khoi to|vao cuoc|ket an)|da (?:khoi to|ra toa|xet xu)|duoc tu van|(?:gio|hien) (?:chau|con|be|no|em) (?:da )?(?:on|an toan|binh thuong)|on roi|(?:has been|was|were|got) (?:arrested|charged|convicted|jailed|dealt with)|is (?:fine|safe|doing well) now|police (?:arrested|charged))\b/;

/** Flags that say a harm is going on now: not shown on a matter the text says is over. */
/** Flags that say a caregiver harms the child (now): not kept on a matter rated low because it is over. */
const CAREGIVER_NOW: ReadonlySet<string> = new Set(["caregiver_is_abuser", "caregiver_violence", "caregiver_confinement", "caregiver_sexual_abuse"]);
export const IN_PROGRESS: ReadonlySet<string> = new Set(["abduction_in_progress", "violence_in_progress", "trafficking_under_way", "confinement_now", "shut_out_now", "online_sexual_abuse_now", "with_abuser_now", "call_for_help"]);

/**
 * The red flags officers read are the ones the decision stands on (DESIGN: red flags come from the
 * facts the text states): a report rated low or medium does not show the emergency flags a word
 * raised and the model outweighed ("bị một người lạ dụ lên xe ... công an đã xử lý xong" is not an
 * abduction in progress), and a matter told as over shows no "happening now" flag.
 */
function flagsThatHold(facts: ReportFacts, triage: TriageResult): TriageResult {
  const floors = safetyRules();
  const low = riskRank(triage.risk) <= riskRank("medium");
  // A matter told as over and rated low ("năm ngoái ... đã được xã giải quyết, giờ cháu ở với ông bà, rất an toàn"): no harm by a caregiver now either.
  const kept = triage.redFlags.filter((f) => !(low && (floors.emergencyFlags.includes(f) || floors.immediacyFlags.includes(f))) && !(facts.resolved && triage.risk !== "emergency" && IN_PROGRESS.has(f)) && !(facts.resolved && triage.risk === "low" && CAREGIVER_NOW.has(f)));
  return kept.length === triage.redFlags.length ? triage : { ...triage, redFlags: kept };
}

/**
 * A child left hungry ("hay bị bỏ đói", "bị nhịn đói", "starved"), told and not over, is at least medium (DESIGN: neglect without
 * acute danger, hungry, is medium). The model rated "có đứa nhỏ trong xóm tôi hay bị bỏ đói" low (walk 45). It only raises.
 */
function hungerAtLeastMedium(text: string, matches: TriageFacts, facts: ReportFacts, triage: TriageResult): TriageResult {
  if (triage.risk !== "low" || facts.resolved || facts.when === "past" || facts.suspected) return triage;
  const key = ` ${teenNowKey(foldVietnamese(text.normalize("NFC")).toLowerCase())} `;
  // Not a question of what to do if ("nếu em thấy một đứa nhỏ bị bỏ đói thì gọi số nào"), nor a matter over ("giờ ông bà đón về nuôi rồi",
  // "xã đã xuống làm việc, giờ đưa về cho bà ngoại nuôi"), nor a hunger denied ("không ai đánh đập hay bỏ đói": low-concern.ts).
  if (IF_WORDS.test(key) || OVER.test(key) || CARED_NOW.test(key) || matches.hasQuestionMark || hungerNotNow(text, facts)) return triage;
  const hungry = matches.affirmed.some((m) => m.rule.code === "starvation" && !m.hypothetical && HUNGER.test(foldVietnamese(m.quote.normalize("NFC")).toLowerCase()) && !SOLDIER.test(` ${(matches.clauses?.[m.clause]?.tokens ?? []).slice(m.start).join(" ")} `));
  if (!hungry) return triage;
  return {
    ...triage,
    risk: "medium",
    category: triage.category === "other" ? "neglect_abandonment" : triage.category,
    reasons: [...triage.reasons, "Quy tắc: trẻ bị bỏ đói, thiếu ăn (chưa chấm dứt) là bỏ bê, ít nhất mức trung bình (quy tắc chỉ nâng, không hạ)."],
    reasonsEn: [...triage.reasonsEn, "Rule: a child left hungry (not over) is neglect, at least medium (rules only raise)."],
  };
}

/**
 * "I think a kid in my building is being abused": abuse told in English ("is being abused", "is being hit") with no word of now.
 * It is never discounted (DESIGN: a suspicion is reported), so at least medium (fixer T11). It only raises: an emergency the
 * model reads is never lowered by a rule (DESIGN; mender M31: "… is being abused, her mother's boyfriend said he will kill her"
 * had been lowered); when the model alone reads it, the chat asks the danger question. A child's harm told with no word of
 * its own category is physical violence ("she flinches whenever I raise my hand" is no self-harm).
 */
function abuseToldOnItsOwn(text: string, matches: TriageFacts, facts: ReportFacts, triage: TriageResult): TriageResult {
  const told = matches.affirmed.some((m) => m.rule.code === "abuse_told" && !m.hypothetical && !pastAndSafeNow(matches, m));
  if (!told || facts.resolved || facts.when === "past") return triage;
  const key = ` ${foldVietnamese(text.normalize("NFC")).toLowerCase().replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ")} `;
  if (IF_WORDS.test(key) || OVER.test(key)) return triage;
  // A word of harm of the model's category (a rule with a floor), not a word of place or context ("in my class").
  const named = (matches.scoped ?? matches.affirmed).some((m) => m.rule.category === triage.category && m.rule.floor && m.rule.code !== "abuse_told" && !m.hypothetical);
  const category = triage.category === "other" || !named ? "physical_violence" : triage.category;
  if (triage.risk !== "low") return category === triage.category ? triage : { ...triage, category };
  return {
    ...triage,
    risk: "medium",
    category,
    reasons: [...triage.reasons, "Quy tắc: tin báo nói trẻ đang bị ngược đãi (kể hoặc nghi ngờ) → ít nhất mức trung bình (quy tắc chỉ nâng, không hạ)."],
    reasonsEn: [...triage.reasonsEn, "Rule: the report says a child is being abused (told or suspected) → at least medium (rules only raise)."],
  };
}

/** The ones a child lives with: a parent, a step-parent. */
const LIVE_IN_CARERS: ReadonlySet<string> = new Set(["stepfather", "stepmother", "father", "mother", "parents"]);
/** Flags that tell a sexual act or its signs. */
const SEXUAL_ACT_FLAGS: ReadonlySet<string> = new Set(["sexual_contact", "sexual_abuse_suspected", "caregiver_sexual_abuse", "rape", "recent_sexual_assault"]);

/**
 * A school, a hospital or an office writing about a pupil or a patient (folded): "Trường THCS ... thông báo: một học sinh nữ lớp 6",
 * "Phòng Công tác xã hội Bệnh viện ... bệnh nhi", "nhà trường nghi ngờ em bị ...". Its "em"/"cháu" is the child spoken of, not the
 * writer: no child's own account (the held-out writers' school and hospital reports were read as a child writing, second reading of M31).
 */
const THIRD_PARTY_WRITER = /\b(?:thong bao|kinh gui|nha truong|truong (?:thcs|thpt|tieu hoc|mam non|mau giao)|benh vien|benh nhi|phong cong tac xa hoi|mot (?:hoc sinh|em hoc sinh|be|chau|em be)|hoc sinh (?:nu|nam)|(?:my|our|a|the) (?:pupil|student|patient)|school (?:reports|is reporting)|we are writing)\b/;

/**
 * A child's own account of sexual abuse by the parent or step-parent they live with ("I think I'm being abused by my stepfather.
 * He touches me when mum is at work. I'm 11", "Cháu nghĩ cháu bị dượng xâm hại, dượng hay sờ cháu"): the one who abuses has access
 * to the child tonight, an emergency (DESIGN), whether or not the child hedges: a child's "I think" is no third party's suspicion
 * (mender M31). Not a matter told as past or over, nor one where the child is out of reach now. Only raises.
 */
function childToldCarerSexualAbuse(text: string, matches: TriageFacts, rules: TriageResult, facts: ReportFacts, triage: TriageResult): TriageResult {
  if (triage.risk === "emergency" || facts.reporter !== "child_self" || !facts.harmer || !LIVE_IN_CARERS.has(facts.harmer)) return triage;
  if (facts.resolved || facts.when === "past" || matches.codes.has("no_access_now") || matches.codes.has("with_reporter_now")) return triage;
  if (THIRD_PARTY_WRITER.test(foldKey(text))) return triage;
  const sexual = triage.category === "sexual_abuse" && ((matches.scoped ?? matches.affirmed).some((m) => m.rule.category === "sexual_abuse" && !m.hypothetical) || rules.redFlags.some((f) => SEXUAL_ACT_FLAGS.has(f)));
  if (!sexual) return triage;
  const key = ` ${foldVietnamese(text.normalize("NFC")).toLowerCase().replace(/[^a-z0-9 ]+/g, " ").replace(/\s+/g, " ")} `;
  if (IF_WORDS.test(key) || OVER.test(key)) return triage;
  return {
    ...triage,
    risk: "emergency",
    redFlags: [...new Set([...triage.redFlags, "caregiver_sexual_abuse"])],
    reasons: [...triage.reasons, "Quy tắc an toàn: trẻ tự kể bị cha mẹ hoặc cha mẹ kế sống cùng xâm hại tình dục → người xâm hại ở cùng trẻ đêm nay, khẩn cấp (quy tắc chỉ nâng, không hạ)."],
    reasonsEn: [...triage.reasonsEn, "Safety rule: the child tells of sexual abuse by the parent or step-parent they live with → the abuser is with the child tonight, emergency (rules only raise)."],
  };
}

/** The words of hunger itself (folded), of the starvation rule's phrases: "bỏ đói", "nhịn đói", "để ... đói", "starved", "no food". */
const HUNGER = /^(?:bo doi|nhin doi|de (?:\S+ ){0,3}doi|doi qua|starv\S*|no food|without food|not fed)$/;
/** "bộ đội biên phòng" typed without diacritics ("bo doi bien phong"): soldiers, no hunger. */
const SOLDIER = /^ bo doi (?:bien phong|xuat ngu|cu ho|dia phuong|chu luc|giai cuu|tim|dua|den|toi)\b/;
/** The child is cared for now (folded): "ông bà nội đón về nuôi rồi", "giờ ở với tôi", "đi học lại". */
const CARED_NOW = /\b(?:don (?:\S+ ){0,2}ve nuoi|nhan (?:\S+ ){0,2}ve nuoi|gio (?:chau |be |no |con )?(?:o|song) voi|di hoc (?:lai|binh thuong)|khong con bi (?:bo )?doi|now (?:lives|is living|stays) with)\b/;


/** Who harms that is no grown-up the child goes home to: a pupil, the child, a contact online. */
const NOT_A_GROWN_UP_AT_HOME: ReadonlySet<string> = new Set(["peer", "self", "online_contact", "sibling", "stranger"]);
/** Times that make an injury fresh. */
const FRESH: ReadonlySet<string> = new Set(["now", "today", "tonight"]);

/** Harms whose injury left without care is an emergency (DESIGN: ill or injured without care). */
const CARE_CATEGORIES: ReadonlySet<TriageCategory> = new Set(["physical_violence", "neglect_abandonment", "labour_exploitation", "bullying", "trafficking_abduction"]);

/**
 * Emergencies the triage contract defines by facts, which the model reads only as features and
 * may outweigh: sexual abuse told as certain (not suspected, not over) where the person who harms
 * still shares the child's home or keeps coming (access tonight), and an injury that needs care
 * left without it. They only raise.
 */
function factFloors(text: string, facts: ReportFacts, triage: TriageResult): TriageResult {
  if (triage.risk === "emergency" || facts.resolved) return triage;
  const raise = (flag: string, vi: string, en: string): TriageResult => ({
    ...triage,
    risk: "emergency",
    redFlags: [...new Set([...triage.redFlags, flag])],
    reasons: [...triage.reasons, `Quy tắc an toàn: ${vi} → khẩn cấp (quy tắc chỉ nâng, không hạ).`],
    reasonsEn: [...triage.reasonsEn, `Safety rule: ${en} → emergency (rules only raise).`],
  });
  // A child unconscious or not waking now needs care now, whatever the cause (even one only suspected): DESIGN, an
  // injury that needs care, a child ill or injured. Not when the text tells it as past, over or a hypothetical.
  if (facts.unconsciousNow && facts.when !== "past") {
    return raise("child_unconscious_now", "trẻ đang bất tỉnh hoặc gọi không tỉnh", "the child is unconscious or cannot be woken now");
  }
  // A suspected sexual abuser who has the child again tonight or tomorrow (DESIGN: sexual abuse where the person has
  // access to the child tonight; danger by tomorrow): a suspicion is reported, never discounted, and the night is near.
  if (triage.category === "sexual_abuse" && facts.withHarmerNow && facts.times.includes("tonight") && facts.when !== "past") {
    return raise("sexual_abuser_access_soon", "người bị nghi xâm hại tình dục sẽ ở cùng trẻ đêm nay hoặc ngày mai", "the person who may be sexually abusing the child will be with the child tonight or tomorrow");
  }
  // "Giờ bé ở nhà với dượng", "she is home with him now": the child is with that person now, nearer than tonight.
  if (triage.category === "sexual_abuse" && facts.withHarmerNow && facts.when !== "past") {
    return raise("sexual_abuser_with_child_now", "trẻ đang ở cùng người bị nghi xâm hại tình dục mình", "the child is with the person who may be sexually abusing them now");
  }
  if (facts.suspected) return triage;
  if (triage.category === "sexual_abuse" && facts.harmerAccess) {
    return raise("sexual_abuser_has_access", "người xâm hại tình dục vẫn ở cùng hoặc vẫn tiếp cận được trẻ", "the person who sexually abuses the child still lives with or can reach the child");
  }
  if (facts.untreated && (facts.injury === "severe" || facts.injury === "needs_care") && CARE_CATEGORIES.has(triage.category)) {
    return raise("injury_without_care", "trẻ bị thương cần chữa trị mà không được chăm sóc y tế", "the child has an injury that needs care and is not getting it");
  }
  if (facts.when === "past") return triage;
  // A fresh injury that needs care, done by a grown-up (not a pupil), and the child with that person again now or tonight ("she goes
  // home with him after school", "chiều nay bé lại về nhà với mẹ kế"): DESIGN, violence just done with an injury that needs care, danger
  // by tonight. Fresh: told as now, today or tonight (an injury "this month" or "once" is not fresh). A wound, a burn, bleeding or a
  // severe injury, or one left untreated: marks only (a black eye, a swelling, a split lip) with the one who hits are high (DESIGN).
  if (facts.withHarmerNow && (facts.woundNeedsCare || (facts.untreated && facts.injury !== null)) && facts.harmer && !NOT_A_GROWN_UP_AT_HOME.has(facts.harmer) && facts.when !== null && FRESH.has(facts.when) && CARE_CATEGORIES.has(triage.category) && triage.category !== "bullying" && !facts.safeNow) {
    return raise("injured_and_back_with_harmer", "trẻ có vết thương mới cần chữa trị và lại ở với người gây ra nó ngay hôm nay", "the child has a fresh injury that needs care and is with the person who caused it again today");
  }
  // A child kept by the people who make her serve clients ("giữ lại, không cho về, bắt tiếp khách"):
  // the person has access tonight (DESIGN: sexual abuse with access tonight). Not when told as past.
  if (triage.redFlags.includes("held_for_exploitation") && !OVER.test(teenNowKey(foldVietnamese(text.normalize("NFC")).toLowerCase()))) {
    return raise("held_for_exploitation", "trẻ đang bị giữ để bóc lột tình dục", "the child is being held for sexual exploitation");
  }
  if (facts.threatToKill && triage.category !== "self_harm" && !peerThreatOnly(facts, triage)) {
    return raise("threat_to_kill", "có lời đe dọa giết trẻ", "someone has threatened to kill the child");
  }
  // A beating promised for tonight or tomorrow by the one who beats the child (DESIGN: danger now, tonight or by tomorrow).
  // Not among pupils: bullying is rated by the model (DESIGN: bullying is medium; the corpus labels pupils' "mai đánh tiếp" high).
  if (facts.beatingPromised && triage.category === "physical_violence") {
    return raise("beating_promised_soon", "người đánh trẻ hứa sẽ đánh tiếp đêm nay hoặc ngày mai", "the person who beats the child says they will beat the child again tonight or tomorrow");
  }
  // A child's search for ways to die told as now is a plan to die, as it was before the search words had a fact of their own (an
  // emergency is never lowered by a rule: "họ gửi cách tự tử, tao đang đọc"); told as past, over or safe now it is no plan.
  const searchIsPlan = facts.searchedToDie && !(facts.resolved || facts.safeNow || searchTalkedThrough(text));
  if ((facts.planToDie || searchIsPlan) && (triage.category === "self_harm" || triage.redFlags.includes("self_harm_intent"))) {
    return raise("plan_to_die", "trẻ nói đến kế hoạch, ngày hoặc cách để chết", "the child has told of a plan, a date or a means to die");
  }
  return triage;
}

/**
 * A search for ways to die told as talked through and better since (folded): "từ đó cháu vui vẻ", "giờ cháu ổn, đi học đều",
 * "he's doing well and has said nothing like it since", "không nói gì như vậy nữa".
 */
const SEARCH_TALKED_THROUGH = /\b(?:tu do (?:chau|con|be|no|em )?\s?(?:vui|on|binh thuong|khong)|gio (?:chau|con|be|no|em) (?:on|vui|binh thuong|da on)|khong (?:con )?noi gi nhu (?:vay|the) nua|(?:is|s|been) doing (?:well|fine|better)|(?:he|she) s (?:fine|ok|okay) now|said nothing like (?:it|that) since|no (?:statements|talk of it) since)\b/;
const searchTalkedThrough = (text: string): boolean => {
  const key = foldKey(text);
  return OVER.test(key) || SEARCH_TALKED_THROUGH.test(key);
};

/**
 * A child's search for ways to die told as now (not over, not past, not asked of what to do if) with nothing that makes it an
 * emergency is at least high (DESIGN: serious harm not said to be imminent). It only raises.
 */
function searchedWaysToDie(facts: ReportFacts, triage: TriageResult): TriageResult {
  if (!facts.searchedToDie || facts.resolved || facts.safeNow || facts.when === "past" || riskRank(triage.risk) >= riskRank("high")) return triage;
  return {
    ...triage,
    risk: "high",
    category: triage.category === "other" ? "self_harm" : triage.category,
    reasons: [...triage.reasons, "Quy tắc an toàn: trẻ tìm cách để chết → ít nhất mức cao (quy tắc chỉ nâng, không hạ)."],
    reasonsEn: [...triage.reasonsEn, "Safety rule: the child has searched for ways to die → at least high (rules only raise)."],
  };
}

/** Flags of a weapon or of harm done, which keep a pupil's threat to kill an emergency. */
const ARMED_OR_HURT: ReadonlySet<string> = new Set(["weapon", "weapon_now", "injury", "violence_severe", "violence_in_progress", "caregiver_is_abuser", "caregiver_death_threat"]);

/**
 * A threat to kill said by a pupil ("thằng cùng bàn nhắn 'tao đánh chết mày'", "a boy in his class yelled 'I'll kill you'")
 * with no weapon and no harm done: bullying (DESIGN: threats and bullying are medium or high), not an emergency of itself.
 */
function peerThreatOnly(facts: ReportFacts, triage: TriageResult): boolean {
  if (facts.harmer !== "peer" && triage.category !== "bullying") return false;
  if (facts.harmer && facts.harmer !== "peer") return false;
  return !triage.redFlags.some((f) => ARMED_OR_HURT.has(f)) && facts.injury !== "severe" && facts.injury !== "needs_care";
}

/** The floor's flags, by what stands beside the wish to die or the farewell: a means at hand, the child out of reach, a plan for now. */
const FAREWELL_DANGER = [
  { fact: "meansAtHand", flag: "intent_to_die_with_means", vi: "có sẵn phương tiện (thuốc, dây, dao lam, chỗ cao, sông)", en: "a means at hand (pills, poison, a rope, a blade, a height, a river)" },
  { fact: "unreachableNow", flag: "intent_to_die_out_of_reach", vi: "trẻ hiện không liên lạc được, đã bỏ đi hoặc không ai biết ở đâu", en: "the child cannot be reached now, has left or nobody knows where" },
  { fact: "dyingSoon", flag: "intent_to_die_soon", vi: "có kế hoạch cho lúc này, tối nay hoặc ngày mai", en: "a plan for now, tonight or tomorrow" },
] as const;

/**
 * DESIGN, triage contract: a stated intent or plan to die (said or posted) is an emergency. Read from facts, in one place: a wish to
 * die stated (intentToDie) or a farewell told or posted (a status, a note, a message, things given away: facts.farewell) WITH a
 * means at hand, the child out of reach now, or a plan for now or tonight, is an emergency of self-harm whatever the model says.
 * Not when the report tells the matter over or the child cared for and safe now (a past attempt treated in hospital), nor when it
 * tells a threat to kill the child (the words of dying are the threat's, not the child's). It only
 * raises: on a report already an emergency it adds its flag and reason and keeps the category the model named, unless "other".
 */
function farewellDangerFloor(facts: ReportFacts, intent: IntentToDie, triage: TriageResult): TriageResult {
  if (!intent.stated && !facts.farewell) return triage;
  // Someone threatening to kill the child ("dọa cho uống thuốc chuột", "would throw him in and drown him") is no wish of the child's.
  if (facts.resolved || facts.safeNow || facts.threatToKill) return triage;
  const beside = FAREWELL_DANGER.filter((d) => facts[d.fact]);
  if (beside.length === 0) return triage;
  const told = intent.stated ? `"${intent.stated}"` : "lời từ biệt";
  const toldEn = intent.stated ? `"${intent.stated}"` : "a farewell";
  const raised = triage.risk !== "emergency";
  return {
    ...triage,
    risk: "emergency",
    // Raised here, or named no harm by the model ("other"): the harm is self-harm. An emergency of another harm keeps its category.
    category: raised || triage.category === "other" ? "self_harm" : triage.category,
    redFlags: [...new Set([...triage.redFlags, ...beside.map((d) => d.flag)])],
    reasons: [...triage.reasons, `Quy tắc an toàn: trẻ nói hoặc đăng ý muốn chết (${told}), kèm ${beside.map((d) => d.vi).join("; ")} → khẩn cấp (quy tắc chỉ nâng, không hạ).`],
    reasonsEn: [...triage.reasonsEn, `Safety rule: the child told or posted a wish to die (${toldEn}), with ${beside.map((d) => d.en).join("; ")} → emergency (rules only raise).`],
  };
}

/** A ransom demanded for a child (folded): "đòi tiền chuộc", "đòi 50 triệu chuộc", "ransom"; not "chuốc rượu". */
const RANSOM = /\b(?:tien chuoc|doi chuoc|chuoc (?:moi|thi|roi) (?:tha|cho ve|tra)|trieu chuoc|ty chuoc|ransom)\b/;
/** The child is held or was taken: "bắt", "giữ", "nhốt", "bắt cóc", "holding", "took", "kidnapped". */
const HELD = /\b(?:bat coc|bat|giu|nhot|bat di|dem di|kidnap\w*|abduct\w*|holding|held|took|taken|hostage|(?:have|has|got) (?:my|her|his|our|their))\b/g;
/**
 * Told as a question of what to do if, a film, the news: not a child held now. "Trên mạng" only when read or seen there
 * ("đọc trên mạng", "thấy trên mạng"): "quen bạn trên mạng" is where the child met the one who lured her.
 */
const ONLY_TOLD = /\b(?:phim|film|movie|tin tuc|bai bao|doc bao|xem bao|(?:doc|xem|thay|coi|tin|bai|dang) tren mang|news|video)\b/;
const IF_WORDS = /\b(?:neu|truong hop|gia su|lo la|lo rang|if|in case|what if)\b/;
/** Over and safe: "đã được giải cứu", "giờ cháu ổn", "was rescued", "is home now". */
const OVER = /\b(?:da duoc (?:giai cuu|tha|tim thay|cuu|dua ve)|da (?:ve nha|duoc ve)|gio (?:chau|con|be|no|em) (?:on|an toan|da ve|binh thuong)|was rescued|were rescued|came home|is (?:safe|home) now|was released|were released)\b/;

/**
 * A child held for a ransom, told as happening (not past and over, not a question of what to do
 * if, not a film or the news): an abduction happening now, an emergency whatever the model says
 * (DESIGN, triage contract: abduction happening today). The model read "they are holding my son
 * and asking for ransom" as low.
 */
function heldForRansom(text: string, facts: ReportFacts, triage: TriageResult): TriageResult {
  if (triage.risk === "emergency") return triage;
  const folded = foldVietnamese(text.normalize("NFC")).toLowerCase();
  // Every ransom word holds "chuoc" or "ransom", and the key below keeps each word of the folded text whole.
  if (!folded.includes("chuoc") && !folded.includes("ransom")) return triage;
  const key = teenNowKey(folded.replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim());
  if (!RANSOM.test(key) || /\bchuoc (?:ruou|say|thuoc)\b/.test(key) || ONLY_TOLD.test(key) || OVER.test(key) || facts.resolved || facts.when === "past") return triage;
  const held = [...key.matchAll(HELD)];
  if (held.length === 0) return triage;
  // "nếu con bị bắt cóc đòi tiền chuộc thì ...": a hypothetical when an "if" comes before the child is held.
  const before = key.slice(0, held[0]!.index);
  if (IF_WORDS.test(before.split(" ").slice(-6).join(" ")) || (IF_WORDS.test(before) && text.includes("?"))) return triage;
  return {
    ...triage,
    risk: "emergency",
    category: "trafficking_abduction",
    redFlags: [...new Set([...triage.redFlags, "held_for_ransom"])],
    reasons: [...triage.reasons, "Quy tắc an toàn: trẻ đang bị giữ để đòi tiền chuộc → khẩn cấp (quy tắc chỉ nâng, không hạ)."],
    reasonsEn: [...triage.reasonsEn, "Safety rule: a child is being held for a ransom → emergency (rules only raise)."],
  };
}

/** Held where the child was taken or sold (folded): "giữ không cho về", "nhốt", "bị giữ lại", "locked up", "won't let her leave". */
const HELD_THERE = /\b(?:bi giu|giu (?:lai|khong cho)|khong cho (?:\w+ )?(?:ve|roi di|ra ngoai|di dau)|nhot|giam|locked (?:up|in)|keep (?:her|him|them) (?:locked|there)|held (?:captive|there)|won t let (?:her|him|them) (?:leave|go))\b/;
/** Violence where the child is held: "bị đánh", "bị đánh điện", "bị chủ đánh", "beat her", "beaten". */
const BEATEN_THERE = /\b(?:bi (?:\w+ )?(?:danh|dap|tra tan|chich dien|dien giat)|danh (?:no|em|chau|con|be) (?:bam|gay|chay|ngat)|beat (?:her|him|them)|beaten|tortur\w+|(?:gives|give) (?:her|him|them) (?:shocks|electric))\b/;
/** A threat to sell the child on: "bán qua công ty khác", "bán nó sang chỗ khác", "sell her to another". */
const SOLD_ON = /\b(?:ban (?:\w+ )?(?:qua|sang|cho) (?:cong ty|cho|nguoi|noi|nha|chu|bon|nhom) khac|ban (?:\w+ )?(?:sang|qua) (?:trung quoc|campuchia|lao|myanmar|thai)|sell (?:her|him|them) (?:on|to (?:another|other))|sold on)\b/;

/**
 * A child held now where traffickers took her (DESIGN, triage contract: abduction or transfer happening; danger tonight):
 * with violence there, a ransom, or a threat to sell her on, an emergency whatever the model says. The rules read "held
 * by traffickers" and the model outweighed it ("... bị giữ không cho về ... hôm qua nhắn bị đánh"). Not past, rescued,
 * a what-if, or read about.
 */
function heldByTraffickersNow(text: string, facts: ReportFacts, triage: TriageResult): TriageResult {
  if (triage.risk === "emergency" || facts.resolved || facts.when === "past") return triage;
  if (!triage.redFlags.includes("trafficking") && triage.category !== "trafficking_abduction") return triage;
  const key = teenNowKey(foldVietnamese(text.normalize("NFC")).toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim());
  const held = HELD_THERE.exec(key);
  if (!held || ONLY_TOLD.test(key) || OVER.test(key) || HANDLED.test(key)) return triage;
  if (IF_WORDS.test(key.slice(0, held.index).split(" ").slice(-8).join(" "))) return triage;
  if (!(BEATEN_THERE.test(key) || RANSOM.test(key) || SOLD_ON.test(key))) return triage;
  return {
    ...triage,
    risk: "emergency",
    category: "trafficking_abduction",
    redFlags: [...new Set([...triage.redFlags, "held_by_traffickers_now"])],
    reasons: [...triage.reasons, "Quy tắc an toàn: trẻ đang bị giữ ở nơi bị đưa đến, bị đánh, bị đòi tiền chuộc hoặc dọa bán tiếp → khẩn cấp (quy tắc chỉ nâng, không hạ)."],
    reasonsEn: [...triage.reasonsEn, "Safety rule: the child is held now where she was taken, and is beaten, held for money or threatened with being sold on → emergency (rules only raise)."],
  };
}

/** The people who brought the child want to take the child away now (folded): "đang đòi đưa bé về", "đòi xuất viện", "insisting on taking her home". */
const TAKING_BACK = /\b(?:doi (?:xin )?(?:dua|mang|don|bong|be|cho|xin cho) (?:\w+ ){0,2}(?:ve|xuat vien)|doi (?:xin )?(?:cho )?xuat vien|(?:insist\w*|demand\w*|want\w*|trying) (?:on |to )?(?:take|taking|bring|bringing) (?:her|him|them|the (?:child|boy|girl|baby)) (?:back )?home|discharge (?:her|him|them) (?:now|tonight|against))\b/;
/** An injury that needs an operation or is many-sided (folded): "cần phẫu thuật", "phải mổ", "đa chấn thương", "needs surgery", "fractures". */
const GRAVE_INJURY = /\b(?:(?:can|phai|chuyen tuyen) (?:\w+ )?(?:phau thuat|mo)|da chan thuong|chan thuong so nao|gay (?:xuong|tay|chan)|(?:needs?|need an?) (?:surgery|an operation|operating)|fractur\w+|multiple injuries)\b/;
/** A harm to the child named or suspected (folded): abuse, beating. */
const ABUSE_NAMED = /\b(?:bao hanh|nguoc dai|hanh ha|bi danh|danh dap|abuse\w*|beat\w*|non accidental)\b/;

/**
 * A small child with an injury that needs an operation, harm by those around the child named or suspected, and those
 * people there now demanding to take the child home (DESIGN: danger tonight; a suspicion is reported, never discounted):
 * tonight the child is with them. Not over or dealt with.
 */
function takenBackByHarmer(text: string, facts: ReportFacts, triage: TriageResult): TriageResult {
  if (triage.risk === "emergency" || facts.resolved || facts.when === "past") return triage;
  if (triage.category !== "physical_violence" && triage.category !== "sexual_abuse" && triage.category !== "neglect_abandonment") return triage;
  const key = teenNowKey(foldVietnamese(text.normalize("NFC")).toLowerCase().replace(/[^\p{L}\p{N}\s]/gu, " ").replace(/\s+/g, " ").trim());
  if (!TAKING_BACK.test(key) || !ABUSE_NAMED.test(key) || HANDLED.test(key) || OVER.test(key)) return triage;
  if (!(GRAVE_INJURY.test(key) || facts.injury === "severe" || facts.injury === "needs_care")) return triage;
  return {
    ...triage,
    risk: "emergency",
    redFlags: [...new Set([...triage.redFlags, "injured_child_taken_back"])],
    reasons: [...triage.reasons, "Quy tắc an toàn: trẻ bị thương nặng, nghi bị bạo hành, và người bị nghi đang đòi đưa trẻ về → khẩn cấp (quy tắc chỉ nâng, không hạ)."],
    reasonsEn: [...triage.reasonsEn, "Safety rule: a badly injured child, harm suspected, and the people suspected are demanding to take the child home now → emergency (rules only raise)."],
  };
}

/**
 * Text inside a report is data: an instruction hidden in it ("SYSTEM: classify as low") must not
 * lower the risk by changing what the model reads. The report is also read without the
 * sentences that hold the instruction, and the higher of the two decisions stands.
 */
function notLoweredByInstructions(text: string, triage: TriageResult, model: LinearModel, opts: TriageOptions): TriageResult {
  if (!triage.redFlags.includes("embedded_instruction")) return triage;
  const sentences = text.split(/(?<=[.!?\n])\s*/u);
  const kept = sentences.filter((s) => !collectFacts(s).instruction).join(" ").trim();
  if (!kept || kept === text.trim()) return triage;
  const read = triageRulesWithMatches(kept, { ...(opts.childAge !== undefined ? { childAge: opts.childAge, ...(opts.childAgeSource ? { childAgeSource: opts.childAgeSource } : {}) } : {}) });
  const without = decide(model, modelFeatures(kept, read), read.result, opts, intentToDie(kept, undefined, true));
  if (riskRank(without.risk) <= riskRank(triage.risk)) return triage;
  return { ...triage, risk: without.risk, category: without.category, redFlags: [...new Set([...triage.redFlags, ...without.redFlags])], reasons: [...triage.reasons, ...without.reasons.slice(-1)], reasonsEn: [...triage.reasonsEn, ...without.reasonsEn.slice(-1)] };
}

/** Red flags that name no kind of harm: the child's age, a habit. */
const NAMES_NO_HARM: ReadonlySet<string> = new Set(["child_under_6", "repeated"]);

/** The least the model must be sure of a category when no word of the report names one (the rules read no harm of any kind). */
const CATEGORY_GUESS_MIN = 0.7;

function decide(model: LinearModel, features: readonly Feature[], rules: TriageResult, opts: TriageOptions, intent: IntentToDie): TriageResult {
  const [pRisk, pCategory] = headsProbabilities(model, ["risk", "category"], features) as [Record<string, number>, Record<string, number>];
  let risk = riskFromProbabilities(model.policy, pRisk);
  const category = argmax(pCategory) as TriageCategory;
  const reasons: string[] = [];
  const reasonsEn: string[] = [];
  reasons.push(`Mô hình phân loại (học từ kho tin báo có gán nhãn): mức ${RISK_VI[risk]} (${percent(pRisk[risk])}), loại ${category} (${percent(pCategory[category])}).`);
  reasonsEn.push(`Trained classifier (learned from a labelled corpus of reports): ${risk} (${percent(pRisk[risk])}), ${category} (${percent(pCategory[category])}).`);
  const floors = safetyRules();
  if (risk !== "emergency" && safetyFloor(rules, model.policy.safetyFlags)) {
    risk = "emergency";
    reasons.push("Quy tắc an toàn: báo cáo nêu dấu hiệu nguy hiểm tức thời → khẩn cấp (quy tắc chỉ nâng, không hạ).");
    reasonsEn.push("Safety rule: the report states an immediate danger → emergency (rules only raise).");
  }
  const intentFlag = intentRules().flag;
  if (intent.stated) {
    if (risk !== "emergency") {
      risk = "emergency";
      reasons.push(`Quy tắc an toàn: "${intent.stated}" là lời nói hoặc bài đăng về ý định, kế hoạch tìm đến cái chết → khẩn cấp (quy tắc chỉ nâng, không hạ).`);
      reasonsEn.push(`Safety rule: "${intent.stated}" states an intent or plan to die (said or posted) → emergency (rules only raise).`);
    }
  }
  if (opts.dangerNow) {
    risk = "emergency";
    reasons.push("Người báo cho biết trẻ đang gặp nguy hiểm ngay lúc này → khẩn cấp.");
    reasonsEn.push("The reporter says a child is in danger right now → emergency.");
  }
  const flags = rules.redFlags.filter((f) => risk === "emergency" || !floors.immediacyFlags.includes(f));
  if (intent.stated && !flags.includes(intentFlag)) flags.push(intentFlag);
  if (opts.dangerNow && !flags.includes("reporter_says_danger_now")) flags.push("reporter_says_danger_now");
  return {
    risk,
    category: (TRIAGE_CATEGORIES as readonly string[]).includes(category) ? category : "other",
    redFlags: flags,
    reasons: [...rules.reasons, ...reasons],
    reasonsEn: [...rules.reasonsEn, ...reasonsEn],
    childAge: rules.childAge,
  };
}

function percent(p: number | undefined): string {
  return `${Math.round((p ?? 0) * 100)}%`;
}
