/**
 * What a report says, before any decision: the lexicon matches (affirmed or negated), the
 * child's age, whether an instruction is embedded, and how much evidence each category has.
 * Decisions (triage-rules.ts) and combinations (triage-combinations.ts) read these facts.
 */
import { extractChildAge } from "./age-extractor.ts";
import { compilePhraseIndex, findPhrases, type PhraseMatch } from "./phrase-matcher.ts";
import { splitReport } from "./report-text.ts";
import { EMBEDDED_INSTRUCTION_PATTERNS, LEXICON } from "./triage-lexicon.ts";
import type { ChildAge, TriageCategory, TriageOptions } from "./triage-types.ts";

const LEXICON_INDEX = compilePhraseIndex(LEXICON);
const INSTRUCTION_INDEX = compilePhraseIndex([
  { code: "embedded_instruction", vi: "câu lệnh trong báo cáo", en: "an instruction inside the report", patterns: EMBEDDED_INSTRUCTION_PATTERNS },
]);
/** Markers of immediacy that a hypothetical clause cannot supply. */
const IMMEDIACY: ReadonlySet<string> = new Set(["violence_in_progress", "now", "with_abuser_now"]);

/** The matches of one report, sorted into what the decision rules need. */
export interface TriageFacts {
  affirmed: PhraseMatch[];
  negated: PhraseMatch[];
  codes: Set<string>;
  /** Categories named by rules that carry a risk floor (real harm, not context words). */
  harms: Set<TriageCategory>;
  evidence: Map<TriageCategory, number>;
  age: ChildAge | null;
  instruction: PhraseMatch | undefined;
  hasQuestionMark: boolean;
  /** No child's age is given, and the one the report is about is said to be 18 or more ("con gái tôi vừa tròn 18 tuổi"). */
  adultSubject: boolean;
}

/** Matches, ages and evidence of a report; exported for tests of the individual rules. */
export function collectFacts(text: string, opts: TriageOptions = {}): TriageFacts {
  const clauses = splitReport(text);
  const instruction = findPhrases(clauses, INSTRUCTION_INDEX)[0];
  // With an instruction in the text, nothing in it may lower the risk: negations and
  // hypotheticals are then ignored, so an injected "không bị đánh" cannot cancel a report.
  const all = findPhrases(clauses, LEXICON_INDEX).map((m) =>
    instruction ? { ...m, negated: false, hypothetical: false } : m,
  );
  const affirmed = all.filter((m) => !m.negated && !(m.hypothetical && IMMEDIACY.has(m.rule.code)) && !(m.rule.code === "marriage" && adultMarries(clauses[m.clause]!.tokens, m.start)));
  const facts: TriageFacts = {
    affirmed,
    negated: all.filter((m) => m.negated),
    codes: new Set(affirmed.map((m) => m.rule.code)),
    harms: new Set(affirmed.filter((m) => m.rule.floor && m.rule.category).map((m) => m.rule.category as TriageCategory)),
    evidence: new Map(),
    age: youngest(extractChildAge(clauses), ageFromOptions(opts)),
    instruction,
    hasQuestionMark: text.includes("?"),
    adultSubject: false,
  };
  facts.adultSubject = facts.age === null && clauses.some((c) => ADULT_SUBJECT.test(c.tokens.join(" ")));
  countEvidence(facts);
  return facts;
}

/** The one told of, with an age of 18 or more right after ("cháu gái tôi vừa tròn 18 tuổi", "my daughter just turned 18"), folded tokens. */
const ADULT_SUBJECT = /^(?:(?:con|chau|em|be|dua) (?:gai|trai)|my (?:daughter|son|niece|nephew|granddaughter|grandson)|(?:con|chau) (?:toi|tui|minh|nha toi))(?: \S+){0,3} (?:1[89]|[2-9]\d)(?: (?:tuoi|years?|yo))?\b/;

/** Parents and their generation ("bố cháu lấy vợ khác", "mẹ nó lấy chồng mới", "my dad remarried"), folded. */
const ADULT_RELATIONS: ReadonlySet<string> = new Set(["bo", "ba", "cha", "me", "ma", "tia", "chu", "bac", "cau", "mo", "thim", "duong", "ong", "dad", "mom", "mum", "father", "mother", "stepdad", "stepmom", "uncle", "aunt"]);
const OWNERS: ReadonlySet<string> = new Set(["chau", "no", "em", "toi", "tui", "minh", "be", "con", "her", "his", "my", "their", "our", "ay", "ta", "kia"]);

/** A marriage whose subject is a parent or an adult of their generation: an adult's marriage, not a child's. */
function adultMarries(tokens: readonly string[], start: number): boolean {
  let i = start - 1;
  while (i >= 0 && i >= start - 3 && (OWNERS.has(tokens[i]!) || ["lai", "moi", "da", "vua", "di", "sap", "then", "just", "has", "had", "got"].includes(tokens[i]!))) i--;
  return i >= 0 && i < start - 0 && ADULT_RELATIONS.has(tokens[i]!) && i >= start - 4;
}

/** Adds each match's weight to its category; overlapping patterns of one rule count once. */
function countEvidence(facts: TriageFacts): void {
  const counted = new Map<string, PhraseMatch>();
  for (const m of facts.affirmed) {
    // Matches come in reading order, so only the last counted one of a rule can overlap.
    const key = `${m.rule.code}:${m.clause}`;
    const last = counted.get(key);
    if (last && last.start < m.end && m.start < last.end) continue;
    counted.set(key, m);
    addEvidence(facts, m);
  }
}

function ageFromOptions(opts: TriageOptions): ChildAge | null {
  if (opts.childAge === undefined || !Number.isFinite(opts.childAge)) return null;
  return { min: opts.childAge, max: opts.childAge, source: opts.childAgeSource ?? `${opts.childAge} tuổi (người báo tin trả lời)` };
}

/** The younger of two ages: a younger child raises risk, so doubt goes that way. */
function youngest(a: ChildAge | null, b: ChildAge | null): ChildAge | null {
  if (!a || !b) return a ?? b;
  return b.min < a.min ? b : a;
}

function addEvidence(facts: TriageFacts, m: PhraseMatch): void {
  const { category, weight } = m.rule;
  if (!category || !weight) return;
  // A hypothetical still says what kind of harm is feared; only its risk is softened.
  addWeight(facts, category, weight);
}

export function addWeight(facts: TriageFacts, category: TriageCategory, weight: number): void {
  facts.evidence.set(category, (facts.evidence.get(category) ?? 0) + weight);
}

/** The words of the first affirmed match of any of the codes, or false. */
export function quoteOf(facts: TriageFacts, ...codes: string[]): string | false {
  const m = facts.affirmed.find((x) => codes.includes(x.rule.code));
  return m ? m.quote : false;
}

/** True when the report names an actual harm (a rule with a risk floor) of one of the categories. */
export function hasHarm(facts: TriageFacts, ...categories: TriageCategory[]): boolean {
  return categories.some((c) => facts.harms.has(c));
}

/** Affirmed matches of one code, grouped by clause. */
export function byClause(matches: readonly PhraseMatch[], code: string): Map<number, PhraseMatch[]> {
  const map = new Map<number, PhraseMatch[]>();
  for (const m of matches) {
    if (m.rule.code !== code) continue;
    const list = map.get(m.clause) ?? [];
    list.push(m);
    map.set(m.clause, list);
  }
  return map;
}

/** The youngest stated age, or 99 when none is known (so "age <= n" tests fail safely). */
export function ageOrUnknown(facts: TriageFacts): number {
  return facts.age?.min ?? 99;
}
