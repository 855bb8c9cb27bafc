/**
 * What a report says, before any decision: the lexicon matches (affirmed or negated), the
 * child's age, whether an instruction is embedded, and how much evidence each category has.
 * Decisions (triage-rules.ts) and combinations (triage-combinations.ts) read these facts.
 */
import { extractChildAge } from "./age-extractor.ts";
import { compilePhraseIndex, findPhrases, type PhraseMatch } from "./phrase-matcher.ts";
import { splitReport, type Clause } from "./report-text.ts";
import { foldWords } from "../../core/vietnamese-text.ts";
import { DANGER_DENIED_NOW, EMBEDDED_INSTRUCTION_PATTERNS, LEXICON } from "./triage-lexicon.ts";
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
  /** The clauses the matches point into. */
  clauses?: readonly Clause[];
  /** The sentence of each clause (sentences end at ".", "!", "?" or a new line). */
  sentenceOf?: readonly number[];
  /** Facts of now told as an earlier episode, and the words of the earlier time ("hồi trước ... nhốt nó"): not read as affirmed. */
  toldAsPast?: Array<{ match: PhraseMatch; marker: PhraseMatch }>;
  /** The report as read, for the rules that ask the fact module (who the child is with). */
  text?: string;
  /** The affirmed matches the rules decided on, after their scope rules set some aside (an adult's own work, a past fever). */
  scoped?: PhraseMatch[];
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
  // "nếu tối nay không chuyển tiền thì nó đăng ảnh lên nhóm": the condition of a threat told is a demand, not a hypothetical.
  const demanded = new Set(all.filter((m) => !m.negated && (m.rule.code === "publish_threat" || m.rule.code === "sextortion")).map((m) => m.clause).filter((c) => THREAT_CONDITION.test(clauses[c]!.tokens.join(" "))));
  if (demanded.size > 0) for (const [i, m] of all.entries()) if (m.hypothetical && (demanded.has(m.clause) || demanded.has(m.clause - 1) || demanded.has(m.clause + 1))) all[i] = { ...m, hypothetical: false };
  const grandchild = clauses.some((c) => GRANDCHILD.test(c.tokens.join(" ")));
  // "tối hôm qua" is a day gone by; "từ hôm qua (tới giờ)" is since then, still going on.
  const pastDay = all.some((m) => !m.negated && m.rule.code === "recent" && PAST_DAY.test(foldWords(m.quote).join(" ")) && !/^tu\b/.test(foldWords(m.quote).join(" ")) && clauses[m.clause]!.tokens[m.start - 1] !== "tu");
  // "tối nào cũng khóc thét ... hiện giờ không có nguy hiểm gì": again and again, and the reporter says no danger now.
  const repeated = all.some((m) => !m.negated && m.rule.code === "repeated");
  const notNow = repeated && DANGER_DENIED_NOW.test(` ${clauses.map((c) => c.tokens.join(" ")).join(" ")} `);
  const sentenceOf = sentencesOfClauses(text, clauses.length);
  // "hồi trước bà ấy hay nhốt nó trong nhà", "năm ngoái bé bị bỏ ở nhà một mình", "used to lock her in": an earlier episode, no fact of now.
  const stated = all.filter((m) => !m.negated);
  const toldAsPast = instruction ? [] : stated.flatMap((m) => {
    const marker = NOW_FACTS.has(m.rule.code) ? earlierTimeOf(stated, clauses, sentenceOf, m) : null;
    return marker ? [{ match: m, marker }] : [];
  });
  const past = new Set(toldAsPast.map((p) => p.match));
  // "Tết vừa rồi", "hè vừa rồi": the "vừa" inside a past time names that season gone by, not "just now".
  const pastTimes = all.filter((m) => !m.negated && m.rule.code === "past_resolved");
  const insidePast = (m: PhraseMatch) => m.rule.code === "recent" && pastTimes.some((p) => p.clause === m.clause && p.start <= m.start && p.end >= m.end);
  const affirmed = all.filter((m) => !m.negated && !past.has(m) && !insidePast(m) && !(m.hypothetical && IMMEDIACY.has(m.rule.code)) && !(heardThen(m, all, clauses, pastDay, repeated, notNow)) && !(m.rule.code === "intruder" && childAtTheDoor(m, all, clauses)) && !(m.rule.code === "marriage" && (adultMarries(clauses[m.clause]!.tokens, m.start) || grownChildMarries([...(clauses[m.clause - 1]?.tokens ?? []), ...clauses[m.clause]!.tokens], (clauses[m.clause - 1]?.tokens.length ?? 0) + m.start, (clauses[m.clause - 1]?.tokens.length ?? 0) + m.end, grandchild))));
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
    clauses,
    sentenceOf,
    toldAsPast,
    text,
  };
  facts.adultSubject = facts.age === null && clauses.some((c) => ADULT_SUBJECT.test(c.tokens.join(" ")));
  countEvidence(facts);
  return facts;
}

/** Facts of now that an earlier time told before them makes an earlier episode: locked in or out, alone, driven out, lost, missing, with the person. */
const NOW_FACTS: ReadonlySet<string> = new Set(["confinement", "shut_out", "child_alone", "driven_out", "exposure", "lost_child", "child_missing", "violence_in_progress", "with_abuser_now", "intruder"]);
/** Codes that mark an earlier time ("hồi trước", "năm ngoái", "từng", "used to", "tuần trước", "tin đồn", "đã ổn"). */
const PAST_MARKERS: ReadonlySet<string> = new Set(["past_episode", "past_resolved", "past_told"]);
/**
 * Of those, the times long enough ago to be an earlier episode (folded, numbers as "#"): not "tuần trước", "có lần", "hôm qua",
 * which tell a recent harm (DESIGN: serious harm that is recent is high), nor rumours or "đã ổn".
 */
const LONG_AGO: ReadonlySet<string> = new Set(["hoi truoc", "luc truoc", "truoc day", "ngay xua", "hoi xua", "thoi gian truoc", "dao truoc", "hoi nho", "nam ngoai", "nam truoc", "# nam truoc", "hoi nam", "da lau", "tung", "used to", "last year", "years ago", "# years ago", "in the past", "back then", "when he was little", "when she was little", "when i was little", "hoi lop", "hoi tet", "hoi he", "hoi do", "hoi ay", "may nam truoc", "vai nam truoc", "cach day # nam"]);
/** Words that bring a story back to now ("giờ", "hiện", "vẫn", "now", "still") (folded tokens). */
const NOW_AGAIN: ReadonlySet<string> = new Set(["gio", "hien", "van", "nay", "now", "still", "currently"]);
/** Words of telling between an earlier time and a fact, folded, with how they are written when typed with diacritics ("kế bên" tells nothing). */
const TELLING_THEN: ReadonlyMap<string, readonly string[]> = new Map([["nhan", ["nhắn"]], ["noi", ["nói"]], ["ke", ["kể"]], ["bao", ["bảo", "báo"]], ["khai", ["khai"]], ["goi", ["gọi"]], ...["told", "said", "says", "texted", "called", "messaged"].map((w): [string, string[]] => [w, [w]])]);

/** A word of telling ("tuần rồi nó nhắn về nói bị nhốt": the time is the telling's): as written when typed with diacritics. */
export function tellingWord(folded: string, written: string): boolean {
  const forms = TELLING_THEN.get(folded);
  if (!forms) return false;
  const w = written.normalize("NFC").toLowerCase();
  return forms.includes(w) || w === folded;
}
/** Codes that bring a story back to now ("đang", "vẫn", "vừa", "hôm nay"). */
const BACK_TO_NOW: ReadonlySet<string> = new Set(["now", "now_word", "ongoing", "recent", "violence_in_progress"]);


/**
 * The earlier time a match is told in: a past marker before it in its sentence (its commas crossed: "hồi trước, bà ấy hay nhốt
 * nó"), with nothing between that brings the story back to now ("hồi trước ... giờ lại nhốt", "từ hồi trước tới giờ").
 * "từng" only as written ("tung ảnh" is to release pictures); "once" not with a future ("once he gets home").
 */
function earlierTimeOf(stated: readonly PhraseMatch[], clauses: readonly Clause[], sentenceOf: readonly number[] | undefined, m: PhraseMatch): PhraseMatch | null {
  const sentence = sentenceOf?.[m.clause];
  const same = (c: number) => c === m.clause || (sentence !== undefined && sentenceOf![c] === sentence);
  // In the match's clause, or alone in the clause right before it ("Hồi trước, bà ấy hay nhốt nó"): "gửi theo tuần trước, không liên lạc được" is still missing.
  const governs = (x: PhraseMatch) => (x.clause === m.clause && x.end <= m.start) || (x.clause === m.clause - 1 && same(x.clause) && x.start === 0 && x.end === clauses[x.clause]!.tokens.length);
  const markers = stated.filter((x) => PAST_MARKERS.has(x.rule.code) && governs(x) && isATime(clauses, x));
  const last = markers.at(-1);
  if (!last) return null;
  // "từ tháng trước", "since last year": from then until now, no earlier episode.
  const before = clauses[last.clause]?.tokens[last.start - 1] ?? "";
  if (before === "tu" || before === "since") return null;
  // "đi 1 tuần rồi", "2 tuần rồi chưa về": how long, up to now.
  if (clauses[last.clause]!.tokens[last.end - 1] === "roi" && /^(?:\d+|mot|hai|ba|bon|nam|may|vai|muoi)$/.test(before)) return null;
  for (let c = last.clause; c <= m.clause; c++) {
    const clause = clauses[c];
    if (!clause) continue;
    const from = c === last.clause ? last.end : 0;
    const to = c === m.clause ? m.end : clause.tokens.length;
    // "chừ" (Centre) is "giờ": read as written, folded it is also "chú".
    if (clause.tokens.slice(from, to).some((t, k) => NOW_AGAIN.has(t) || (t === "chu" && clause.words[clause.origin[from + k]!]?.toLowerCase() === "chừ"))) return null;
    // "tuần rồi nó nhắn về nói bị giữ hộ chiếu": told then, of a state that may hold now.
    const told = (k: number) => tellingWord(clause.tokens[k]!, clause.words[clause.origin[k]!] ?? "");
    if (c === m.clause && clause.tokens.slice(c === last.clause ? last.end : 0, m.start).some((_, k) => told((c === last.clause ? last.end : 0) + k))) return null;
  }
  if (stated.some((x) => BACK_TO_NOW.has(x.rule.code) && same(x.clause) && (x.clause > last.clause || (x.clause === last.clause && x.start >= last.end)) && (x.clause < m.clause || (x.clause === m.clause && x.start < m.start)))) return null;
  return last;
}

function isATime(clauses: readonly Clause[], x: PhraseMatch): boolean {
  const tokens = clauses[x.clause]?.tokens ?? [];
  const quote = tokens.slice(x.start, x.end).join(" ");
  if (!LONG_AGO.has(quote.replace(/\b\d+\b/g, "#"))) return false;
  if (quote === "tung") return x.quote.normalize("NFC").toLowerCase() === "từng" || (x.quote === "tung" && !["anh", "hinh", "clip", "video", "tin"].includes(tokens[x.end] ?? ""));
  return true;
}

/** A demand as the condition of a threat (folded): "nếu (tối nay) không|chưa ...", "if she doesn't ...", "unless". */
const THREAT_CONDITION = /\b(?:neu(?: \S+){0,4} (?:khong|chua)|if(?: \S+){0,3} (?:doesn t|don t|does not|do not)|unless)\b/;

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

/** The sentence number of each clause of splitReport(text): a sentence split alone gives the same clauses, in order. */
function sentencesOfClauses(text: string, count: number): number[] | undefined {
  const of = text.normalize("NFC").split(/[.!?\n\r…]+/u).flatMap((sentence, n) => splitReport(sentence).map(() => n));
  return of.length === count ? of : undefined;
}

/** A day before today (folded): "tối qua", "hôm qua", "tối hôm qua", "last night", "yesterday". */
const PAST_DAY = /\b(?:qua|yesterday|last night)\b/;
/** Hearing crying or screams, and a bare "khóc thét": they say nothing of when, so the time is the story's. */
const HEARING = /^(?:nghe tieng|can hear|hear\S*)\b/;
/** Sounds of harm heard (folded): a beating, screams, crying, a call for help. */
const HARM_SOUND: ReadonlySet<string> = new Set(["danh", "dap", "dam", "tat", "quat", "roi", "het", "thet", "gao", "khoc", "keu", "cuu", "chui", "mang", "van", "rit", "go", "bop", "ngat"]);
/** Words that put a clause now ("đang", "vẫn", "giờ", "lúc này", "right now"): codes of the lexicon, and the bare "giờ". */
const PRESENT: ReadonlySet<string> = new Set(["now_word", "ongoing", "call_for_help"]);

/**
 * "đêm nào cũng nghe tiếng khóc", "nghe tiếng khóc tối hôm qua", "hôm qua tôi nghe nó khóc thét": crying heard, in a story told as
 * again and again or of a day before, is that time, not violence going on now. Still now when its own clause says so ("giờ đang
 * nghe tiếng la hét", "vẫn nghe tiếng khóc"), or when it is "đang khóc thét". A bare "khóc thét" is read as past only in a story
 * of a day before, or again and again when the reporter says there is no danger now: the shipped model leans on it for a child who screams at night again and again (held-out writer E), so that
 * reading waits for the model to be trained again.
 */
function heardThen(m: PhraseMatch, all: readonly PhraseMatch[], clauses: readonly Clause[], pastDay: boolean, repeated: boolean, notNow = false): boolean {
  const quote = foldWords(m.quote).join(" ");
  const tokens = clauses[m.clause]!.tokens;
  // "nghe tiếng thì nhỏ nhỏ, chắc 5 6 tuổi", "nghe tiếng thì là con gái": a voice heard, no sound of harm told with it.
  const voiceOnly = m.rule.code === "now" && quote === "nghe tieng" && !tokens.slice(m.end).some((t, k, after) => HARM_SOUND.has(t) || (t === "la" && ["het", "khoc", "thet", "lang", "oi"].includes(after[k + 1] ?? "")));
  // "tôi đi ngang nghe tiếng con nít khóc với tiếng đánh": Vietnamese has no tense, and a sound heard with no word of now
  // anywhere in the report (đang, bây giờ, vừa, lúc này) is heard then, not happening as they write (walk 35).
  const noNowTold = m.rule.code === "now" && quote === "nghe tieng" && !all.some((o) => o !== m && !o.negated && (PRESENT.has(o.rule.code) || o.rule.code === "violence_in_progress" || o.rule.code === "soon" || (o.rule.code === "now" && !HEARING.test(foldWords(o.quote).join(" ")))));
  const heard = voiceOnly || noNowTold || (m.rule.code === "now" && HEARING.test(quote) && (pastDay || repeated)) || (m.rule.code === "violence_in_progress" && quote === "khoc thet" && (pastDay || notNow));
  if (!heard) return false;
  if (tokens.slice(Math.max(0, m.start - 3), m.start).some((t) => t === "dang" || t === "van" || t === "gio" || t === "vua")) return false;
  return !all.some((o) => o !== m && o.clause === m.clause && !o.negated && (PRESENT.has(o.rule.code) || (o.rule.code === "now" && !HEARING.test(foldWords(o.quote).join(" ")))));
}

/** Who may bang on a door (folded): the child, or a grown-up or stranger. */
const CHILD_AT_DOOR: ReadonlySet<string> = new Set(["boy", "girl", "child", "kid", "baby", "toddler", "be", "chau", "nho"]);
const CHILD_PRONOUN: ReadonlySet<string> = new Set(["he", "she", "it"]);
const GROWN_AT_DOOR: ReadonlySet<string> = new Set(["man", "men", "woman", "someone", "somebody", "stranger", "strangers", "person", "people", "guy", "father", "dad", "stepfather", "uncle", "nguoi", "ke", "ai", "han", "ga", "ong", "bo", "ba", "cha", "duong", "chu", "bac", "cau", "tui", "bon", "chung", "thang"]);
/** Said of the door from the inside, or of wanting out (folded): "from inside", "đòi ra", "từ bên trong". */
const FROM_INSIDE = /\b(?:from (?:the )?inside|to (?:get|be let) out|let (?:him|her|me) out|ben trong|tu trong|doi ra|xin ra|cho ra)\b/;

/**
 * "He has been crying and banging on the door", "con bé đập cửa đòi ra": a child locked in or alone who bangs on the door is
 * not someone trying to get in. The one who bangs is the nearest person named before it in the clause: a child's word, or
 * "he"/"she" in a report of a child alone or shut in; or the clause says it is from the inside.
 */
function childAtTheDoor(m: PhraseMatch, all: readonly PhraseMatch[], clauses: readonly Clause[]): boolean {
  const tokens = clauses[m.clause]!.tokens;
  if (FROM_INSIDE.test(tokens.slice(m.end, m.end + 6).join(" "))) return true;
  const shutIn = all.some((o) => !o.negated && (o.rule.code === "child_alone" || o.rule.code === "confinement" || o.rule.code === "shut_out"));
  for (let i = m.start - 1; i >= Math.max(0, m.start - 8); i--) {
    const t = tokens[i]!;
    if (GROWN_AT_DOOR.has(t)) return false;
    if (CHILD_AT_DOOR.has(t)) return true;
    if (CHILD_PRONOUN.has(t)) return shutIn;
  }
  return false;
}

/** A grandchild named (folded): "cháu nội", "cháu ngoại", "my grandson". */
const GRANDCHILD = /\b(?:chau noi|chau ngoai|grandson|granddaughter|grandchild)\b/;
/** The writer's own son or daughter (folded tokens before a marriage word): "con trai tôi", "con gái lớn của tôi", "thằng con trai cả nhà tôi". */
const OWN_CHILD = /\b(?:con|thang|dua) (?:trai|gai|lon|ca|dau)(?: (?:lon|ca|dau|ut))?(?: (?:cua|nha))? (?:toi|tui|minh)\b/;

/**
 * "Con trai cả của tôi lấy vợ ra ở riêng", "con gái tôi lấy chồng rồi, cháu ngoại 6 tuổi ở với tôi": the writer's own son or
 * daughter marrying, in a report about a grandchild or told as setting up their own home, is a grown-up's wedding (the child's
 * parent), not a child's.
 */
function grownChildMarries(tokens: readonly string[], start: number, end: number, grandchild: boolean): boolean {
  // "Con trai tôi lớn rồi, nó lấy vợ": the son may be named in the clause before.
  const before = tokens.slice(Math.max(0, start - 10), start).join(" ");
  // "con gái tôi 14 tuổi bị ép lấy chồng": a child's age given is a child's marriage.
  if (!OWN_CHILD.test(before) || /\b\d{1,2} (?:tuoi|t)\b/.test(before)) return false;
  return grandchild || /^(?:\S+ )?ra (?:o )?rieng\b/.test(tokens.slice(end, end + 4).join(" "));
}

/** Adds each match's weight to its category; overlapping patterns of one rule count once. */
function countEvidence(facts: TriageFacts): void {
  const counted = new Map<string, PhraseMatch>();
  // A harm told as an earlier episode still says what kind of harm the report is about.
  const read = facts.toldAsPast?.length ? [...facts.affirmed, ...facts.toldAsPast.map((p) => p.match)].sort((a, b) => a.clause - b.clause || a.start - b.start) : facts.affirmed;
  for (const m of read) {
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
