/**
 * Finds lexicon patterns in the clauses of a report. Patterns are compiled once and indexed
 * by their first word, so a report costs one map lookup per token plus a few short
 * comparisons: triage stays far below a millisecond and can run on every message.
 * Each match says whether a negation ("không bị đánh") or a hypothetical ("nếu ...")
 * governs it; the rules decide what that changes.
 */
import { canonicalVietnamese } from "../../core/vietnamese-text.ts";
import { adultNamedAfter, CONTRACTION_NEGATORS, foldedSenseAt, HYPOTHETICAL_PAIRS, NEGATION_FILLERS, NEGATORS, untonedChuaBeforeHarm, type LexiconRule } from "./triage-lexicon.ts";
import { quoteSpan, type Clause } from "./report-text.ts";

/** Gaps ("*") span at most this many tokens, so a pattern stays inside one idea. */
const MAX_GAP = 5;
/** Negators may stand this many filler words before the negated word. */
const MAX_NEGATION_FILLERS = 3;

type Element =
  | { kind: "word"; alts: readonly string[]; altSet: ReadonlySet<string>; prefixes: readonly string[]; number?: boolean; written?: ReadonlySet<string>; markedOnly?: boolean }
  | { kind: "gap" }
  | { kind: "end" };

interface CompiledPattern {
  rule: LexiconRule;
  elements: Element[];
}

/** One pattern found in a report. */
export interface PhraseMatch {
  rule: LexiconRule;
  clause: number;
  start: number;
  end: number;
  /** The words as written in the report. */
  quote: string;
  negated: boolean;
  hypothetical: boolean;
}

/** A lexicon compiled for matching; build it once per process. */
export interface PhraseIndex {
  byWord: Map<string, CompiledPattern[]>;
  /** Patterns whose first word is a prefix ("slap~") or a number ("#"), in lexicon order. */
  byPrefix: CompiledPattern[];
  /** Positions in byPrefix, by the first three letters of a prefix, so a token tries only those that can start with it. */
  prefixStarts: Map<string, number[]>;
  /** Positions in byPrefix of patterns that a number or a prefix shorter than three letters opens. */
  prefixOther: number[];
}

const PREFIX_KEY = 3;

/** Raised at start-up when a lexicon pattern cannot be compiled (a data error, not user input). */
export class LexiconPatternError extends Error {
  constructor(readonly pattern: string, readonly ruleCode: string) {
    super(`Lexicon rule "${ruleCode}" has an invalid pattern: "${pattern}"`);
    this.name = "LexiconPatternError";
  }
}

/** Compiles rules into an index keyed by each pattern's first word. */
export function compilePhraseIndex(rules: readonly LexiconRule[]): PhraseIndex {
  const index: PhraseIndex = { byWord: new Map(), byPrefix: [], prefixStarts: new Map(), prefixOther: [] };
  for (const rule of rules) {
    for (const pattern of rule.patterns) addPattern(index, { rule, elements: parsePattern(pattern, rule.code) });
  }
  return index;
}

function parsePattern(pattern: string, code: string): Element[] {
  const elements = pattern.trim().split(/\s+/).map((part): Element => {
    if (part === "*") return { kind: "gap" };
    if (part === "$") return { kind: "end" };
    // "hon=hôn": the folded word, and how it is spelt when the writer puts the marks in ("hơn" is another word).
    // "so=sờ!": only as written with the marks ("số mô" and an untoned "so mo" are not "sờ mó"); the untoned word needs a pattern with context.
    const [word = "", spelling] = part.split("=");
    const markedOnly = spelling?.endsWith("!") ?? false;
    const spelt = markedOnly ? spelling!.slice(0, -1) : spelling;
    const options = word.split("|");
    const alts = options.filter((o) => !o.endsWith("~"));
    return {
      kind: "word",
      alts,
      altSet: new Set(alts),
      prefixes: options.filter((o) => o.endsWith("~")).map((o) => o.slice(0, -1)),
      number: options.includes("#"),
      ...(spelt ? { written: new Set(spelt.split("/").map((w) => canonicalVietnamese(w.normalize("NFC").toLowerCase()))) } : {}),
      ...(markedOnly ? { markedOnly } : {}),
    };
  });
  if (elements[0]?.kind !== "word") throw new LexiconPatternError(pattern, code);
  return elements;
}

function addPattern(index: PhraseIndex, compiled: CompiledPattern): void {
  const first = compiled.elements[0];
  if (first?.kind !== "word") return;
  if (first.prefixes.length > 0 || first.alts.includes("#")) {
    const at = index.byPrefix.push(compiled) - 1;
    if (first.alts.includes("#")) index.prefixOther.push(at);
    for (const prefix of new Set(first.prefixes.map((p) => (p.length >= PREFIX_KEY ? p.slice(0, PREFIX_KEY) : "")))) {
      if (prefix === "") index.prefixOther.push(at);
      else index.prefixStarts.set(prefix, [...(index.prefixStarts.get(prefix) ?? []), at]);
    }
  }
  for (const alt of first.alts) {
    const list = index.byWord.get(alt) ?? [];
    list.push(compiled);
    index.byWord.set(alt, list);
  }
}

function wordMatches(element: Element & { kind: "word" }, token: string | undefined): boolean {
  if (token === undefined) return false;
  if (element.number && /^\d+$/.test(token)) return true;
  if (element.altSet.has(token)) return true;
  const prefixes = element.prefixes;
  for (let i = 0; i < prefixes.length; i++) if (token.startsWith(prefixes[i]!)) return true;
  return false;
}

/**
 * A word the pattern spells ("hon=hôn") matches a word typed with diacritics only when spelt so: with the marks in, "hơn mọi" is
 * "more than every", never "hôn môi". A word typed without them ("hon moi") may be either and still matches, unless the
 * spelling ends in "!" ("so=sờ!"): then only the word written so, or when its neighbours make it another word (lexicon
 * `foldedSenses`: "dam cuoi" is "đám cưới").
 */
function spelledAsMeant(element: Element & { kind: "word" }, clause: Clause, at: number): boolean {
  if (!element.written) return true;
  const typed = canonicalVietnamese((clause.words[clause.origin[at] ?? -1] ?? "").normalize("NFC").toLowerCase());
  if (element.written.has(typed)) return true;
  if (element.markedOnly || /[^\x00-\x7f]/.test(typed)) return false;
  // Typed without marks, the neighbours may still say which word it is: "dam cuoi vao dau thang" is a wedding, not "đấm vào đầu".
  const sense = foldedSenseAt(clause.tokens, at);
  return sense === null || element.written.has(canonicalVietnamese(sense));
}

/** End index (exclusive) of the shortest match of elements from token `at`, or -1. */
function matchFrom(clause: Clause, at: number, elements: readonly Element[], ei: number): number {
  const tokens = clause.tokens;
  const element = elements[ei];
  if (element === undefined) return at;
  if (element.kind === "end") return at === tokens.length ? matchFrom(clause, at, elements, ei + 1) : -1;
  if (element.kind === "word") {
    return wordMatches(element, tokens[at]) && spelledAsMeant(element, clause, at) ? matchFrom(clause, at + 1, elements, ei + 1) : -1;
  }
  for (let skip = 0; skip <= MAX_GAP && at + skip <= tokens.length; skip++) {
    const end = matchFrom(clause, at + skip, elements, ei + 1);
    if (end >= 0) return end;
  }
  return -1;
}

/** All matches of the index in the clauses, in reading order. */
export function findPhrases(clauses: readonly Clause[], index: PhraseIndex): PhraseMatch[] {
  const matches: PhraseMatch[] = [];
  const english = writtenInEnglish(clauses);
  const withDiacritics = !english && writtenWithDiacritics(clauses);
  const untoned = withDiacritics ? untonedLines(clauses) : new Set<number>();
  const found = foundWritten(clauses);
  clauses.forEach((clause, ci) => {
    const hypotheticalFrom = firstHypothetical(clause.tokens);
    clause.tokens.forEach((token, start) => {
      for (const candidate of candidatesFor(index, token)) {
        const end = matchFrom(clause, start, candidate.elements, 0);
        if (end > start && accepted(candidate.rule, clause, start, end, clauses[ci + 1]) && toldBeside(candidate.rule, clauses, ci)) {
          const match = describe(candidate.rule, clause, ci, start, end, hypotheticalFrom < start, english, withDiacritics && !untoned.has(clause.line ?? -1), found);
          matches.push(whoDidIt(match, clause.tokens, english, clauses[ci + 1]?.tokens));
        }
      }
    });
  });
  return matches;
}

/** The patterns that may start at a token: those of its word, then prefix and number patterns it can open, in lexicon order. */
function candidatesFor(index: PhraseIndex, token: string): readonly CompiledPattern[] {
  const words = index.byWord.get(token) ?? [];
  const prefix = token.slice(0, PREFIX_KEY);
  const starts = index.prefixStarts.get(prefix);
  if (starts === undefined && index.prefixOther.length === 0) return words;
  const opened = prefixCandidates(index, starts === undefined ? "" : prefix, starts);
  return words.length === 0 ? opened : opened.length === 0 ? words : [...words, ...opened];
}

/** The prefix and number patterns a token may open, by its first three letters ("" for none of the index's), in lexicon order: built once per prefix. */
const openedByPrefix = new WeakMap<PhraseIndex, Map<string, CompiledPattern[]>>();

function prefixCandidates(index: PhraseIndex, prefix: string, starts: readonly number[] | undefined): readonly CompiledPattern[] {
  let byPrefix = openedByPrefix.get(index);
  if (!byPrefix) openedByPrefix.set(index, (byPrefix = new Map()));
  let candidates = byPrefix.get(prefix);
  if (!candidates) {
    const positions = [...(starts ?? []), ...index.prefixOther].sort((a, b) => a - b);
    candidates = [];
    let last = -1;
    for (const at of positions) if (at !== last) candidates.push(index.byPrefix[(last = at)]!);
    byPrefix.set(prefix, candidates);
  }
  return candidates;
}

function accepted(rule: LexiconRule, clause: Clause, start: number, end: number, nextClause?: Clause): boolean {
  const prev = clause.tokens[start - 1];
  const next = clause.tokens[end];
  if (prev !== undefined && rule.exceptPrev?.some((p) => p === prev || wordsBefore(clause.tokens, start, p)) && !keptPrev(rule, clause, start)) return false;
  if (next !== undefined && rule.exceptNext?.includes(next) && !rule.keepNextWritten?.includes(canonicalVietnamese(clause.words[clause.origin[end] ?? -1] ?? ""))) return false;
  if (rule.exceptDenied && deniedBefore(clause.tokens, start)) return false;
  // "giờ bé không còn ở nhà với dượng nữa": the gap of "giờ * ở nhà với" holds the "không còn" that denies it.
  if (rule.exceptNegatedInside && clause.tokens.slice(start + 1, end - 1).some((t) => NEGATORS.has(t))) return false;
  if (rule.deniedAfter && deniedAfter(clause.tokens, end)) return false;
  if (rule.exceptWritten && rule.exceptWritten.includes(canonicalVietnamese(quoteSpan(clause, start, end)))) return false;
  if (rule.exceptFirstWritten && rule.exceptFirstWritten.includes(canonicalVietnamese(clause.words[clause.origin[start] ?? 0] ?? ""))) return false;
  if (rule.exceptNegatedEnd && end - start >= 3 && NEGATED_END.has(clause.tokens[end - 2] ?? "")) return false;
  if (rule.exceptSubject && !searchedFor(clause.tokens, start, end) && (subjectIsOneOf(clause.tokens, start, rule.exceptSubject) || clauseSubjectIsOneOf(clause, start, rule.exceptSubject))) return false;
  if (rule.exceptSubjectWritten && writtenBefore(clause, start, rule.exceptSubjectWritten)) return false;
  if (rule.exceptAdultObject && adultNamedAfter(clause.tokens, start, end)) return false;
  if (rule.exceptWriter && saidOfWriter(clause.tokens, start)) return false;
  if (rule.exceptAlong && alongTheMatch(clause.tokens, start, end, rule.exceptAlong, rule.keepAlong ?? []) && !nearTheMatch(rule.keepAlongNear, clause, nextClause)) return false;
  return true;
}

/** The needsNear phrases of a rule, compiled as patterns once ("tam=tắm!", "thay do=đồ", "up * skirt|skirts"). */
const nearPatterns = new WeakMap<LexiconRule, Element[][]>();

/**
 * A rule with needsNear counts only when one of those phrases stands, not denied, in the report, or in the match's own clause
 * when the rule says `needsNearIn: "clause"`: "chụp lén" beside "lúc thay đồ" (not "không phải ảnh nóng"), "is being beaten"
 * beside "right now" in the same clause (not "I need help" in another sentence). A phrase is a pattern, so a syllable can ask
 * for its marks ("tam=tắm!": "tắm", not "tâm" or "tám").
 */
function toldBeside(rule: LexiconRule, clauses: readonly Clause[], ci: number): boolean {
  if (!rule.needsNear?.length) return true;
  let patterns = nearPatterns.get(rule);
  if (!patterns) nearPatterns.set(rule, (patterns = rule.needsNear.map((p) => parsePattern(p, rule.code))));
  const within = rule.needsNearIn === "clause" ? [ci] : clauses.map((_, k) => k);
  return within.some((k) => {
    const clause = clauses[k]!;
    return clause.tokens.some((_, start) => patterns.some((elements) => matchFrom(clause, start, elements, 0) > start && !negatedAt(clauses, k, start)));
  });
}

/** The words of `phrase` (folded, several words) stand right before `start`: an exceptPrev of more than one word ("ban cua"). */
function wordsBefore(tokens: readonly string[], start: number, phrase: string): boolean {
  const words = phrase.split(" ");
  return words.length > 1 && words.every((w, j) => tokens[start - words.length + j] === w);
}

/** One of `phrases` (folded) anywhere in the clause or the next one ("làm việc nhà ở thành phố", "..., giặt đồ đến khuya"). */
function nearTheMatch(phrases: readonly string[] | undefined, clause: Clause, nextClause: Clause | undefined): boolean {
  if (!phrases?.length) return false;
  const words = ` ${clause.tokens.join(" ")} ${nextClause?.tokens.join(" ") ?? ""} `;
  return phrases.some((p) => words.includes(` ${p} `));
}

/** One of `phrases` (folded) starts inside the match or right after it, and no `keep` phrase starts at the same word. */
function alongTheMatch(tokens: readonly string[], start: number, end: number, phrases: readonly string[], keep: readonly string[]): boolean {
  const at = (i: number, p: string) => p.split(" ").every((w, j) => tokens[i + j] === w);
  for (let i = start + 1; i <= end; i++) {
    if (phrases.some((p) => at(i, p)) && !keep.some((p) => at(i, p))) return true;
  }
  return false;
}

/**
 * An exceptPrev that is another word folded alike: as written ("lên tỉnh biến mất" is no "tính biến mất"), or, written without
 * marks, after a word that makes it a place ("tren tinh bien mat", "gia dinh"): keepPrevWritten, keepPrevAfter.
 */
function keptPrev(rule: LexiconRule, clause: Clause, start: number): boolean {
  if (rule.keepPrevWritten?.includes(canonicalVietnamese(clause.words[clause.origin[start - 1] ?? -1] ?? ""))) return true;
  const before = clause.tokens[start - 2];
  // "khong danh em be dau": the word that keeps it is denied ("không đánh em bé đâu"), so it keeps nothing.
  return before !== undefined && !!rule.keepPrevAfter?.includes(before) && ![3, 4].some((k) => NEGATORS.has(clause.tokens[start - k] ?? ""));
}

/** Words between the writer and what the writer says she is: "I'm just a stranger", "tôi chỉ là người lạ", "I am a complete stranger". */
const WRITER_COPULA: ReadonlySet<string> = new Set(["m", "am", "was", "im", "a", "an", "just", "only", "complete", "total", "random", "la", "chi", "mot", "nguoi", "cung", "nobody"]);
const WRITER: ReadonlySet<string> = new Set(["i", "im", "toi", "tui", "minh", "em", "t", "mk"]);

/**
 * Whether the words at `start` are said of the one who writes ("I'm a stranger to them", "just a stranger who saw the stream",
 * "tôi chỉ là người lạ"): words about the writer are no fact about the one who harms. A copula or article must stand between.
 */
function saidOfWriter(tokens: readonly string[], start: number): boolean {
  let skipped = 0;
  for (let i = start - 1; i >= 0 && skipped <= 4; i--, skipped++) {
    const token = tokens[i]!;
    if (WRITER.has(token)) return skipped > 0 || token === "im";
    if (!WRITER_COPULA.has(token)) return false;
  }
  // "just a stranger who saw the stream" opening a clause: the writer answering who she is.
  return skipped > 0 && ["just", "only", "nobody"].includes(tokens[0] ?? "");
}

/** The one to three words right before `start`, as written, are one of `subjects` ("bà nội", "mẹ nó", "grandmother is"). */
function writtenBefore(clause: Clause, start: number, subjects: readonly string[]): boolean {
  // "bà nội đang ốm nặng", "mẹ nó bị bệnh nặng", "grandma is also sick": the words of tense or voice between are passed.
  let at = start;
  while (at > 0 && at > start - 3 && SUBJECT_AUX.has(clause.tokens[at - 1] ?? "")) at--;
  for (let n = 1; n <= 3 && at - n >= 0; n++) {
    if (subjects.includes(canonicalVietnamese(quoteSpan(clause, at - n, at)).toLowerCase())) return true;
  }
  return parentOfChildBefore(clause.tokens, at);
}

/**
 * A parent of the child named right before `at`, the child and the child's age between (folded): "mẹ thằng bé 7 tuổi
 * (bị bệnh)", "bo con be (bi benh lao)", "ba con bé 8 tuổi (đang bệnh)": the parent's state, not the child's. The child's
 * word must stand between, so a bare "me" or "ba" typed without diacritics is not read as a parent.
 */
function parentOfChildBefore(tokens: readonly string[], at: number): boolean {
  let p = at;
  if (p >= 2 && /^\d{1,2}$/.test(tokens[p - 2] ?? "") && AGE_UNITS.has(tokens[p - 1] ?? "")) p -= 2;
  else if (p >= 1 && /^\d{1,2}t$/.test(tokens[p - 1] ?? "")) p -= 1;
  let kids = 0;
  while (p > 0 && kids < 3 && CHILD_WORDS.has(tokens[p - 1] ?? "")) { p--; kids++; }
  return kids > 0 && p > 0 && PARENT_WORDS.has(tokens[p - 1] ?? "");
}

const AGE_UNITS: ReadonlySet<string> = new Set(["tuoi", "t", "thang"]);
/** The child's words after a parent's ("mẹ thằng bé", "bố con nhỏ", "má cháu"); not "đứa", which counts ("ba đứa nhỏ" is three children). */
const CHILD_WORDS: ReadonlySet<string> = new Set(["thang", "con", "be", "nho", "chau", "cu", "ti", "gai", "trai"]);
const PARENT_WORDS: ReadonlySet<string> = new Set(["me", "bo", "ba", "ma", "cha", "tia", "u"]);

/** Words between a subject and its state (folded): "đang", "bị", "cũng", "vẫn", "also", "still", "very". */
const SUBJECT_AUX: ReadonlySet<string> = new Set(["dang", "bi", "cung", "van", "dg", "also", "still", "very", "really", "seriously", "mentally", "terminally", "chronically"]);

/** Words between a subject and what it does that say whose: "mẹ nó", "bố con bé", "chồng chị ấy", "her dad". */
const POSSESSIVE: ReadonlySet<string> = new Set(["no", "em", "toi", "tui", "minh", "chau", "be", "con", "ay", "chi", "anh", "co", "nha", "her", "his", "their", "my", "the", "s",
  // teencode and plain first persons a child writes: "ba t chưa về", "bố mk", "ba e", "bố tao", "bố tớ".
  "t", "e", "mk", "mik", "mjk", "tao", "tau", "to", "ta"]);

/** The subject of the words at `start`: the word before, past up to three possessive words ("bố con bé chưa về" is the father). */
function subjectIsOneOf(tokens: readonly string[], start: number, subjects: readonly string[]): boolean {
  for (let i = start - 1, skipped = 0; i >= 0; i--) {
    const token = tokens[i]!;
    if (subjects.includes(token)) return true;
    if (!POSSESSIVE.has(token) || ++skipped > 3) return false;
  }
  return false;
}

/** Words that may open a clause before its subject (folded): "còn bố mẹ nó ...", "vì má nó ...", "giờ ba nó ...". */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["con", "ma", "vi", "do", "tai", "nhung", "gio", "thi", "va", "hien", "nay", "because", "and", "but", "since", "now"]);
/** Words that may follow the grown-up who opens a clause and still name the same grown-up: whose, and which child's ("bố mẹ chúng nó", "ba má thằng Bin", "mẹ tụi nhỏ"). */
const SUBJECT_OWNER: ReadonlySet<string> = new Set([...POSSESSIVE, ...CHILD_WORDS, "tui", "chung", "bon", "may", "cac", "dua", "hai", "ba", "ca", "ruot", "de"]);
/** Words that name a child as a new subject later in the clause (folded): "Bố mẹ đi làm về thì thằng bé vẫn chưa về". */
const CHILD_SUBJECT: ReadonlySet<string> = new Set(["thang", "con", "be", "chau", "no", "dua", "em", "cu", "nho", "boy", "girl", "son", "daughter", "child", "kid", "kids", "he", "she", "they"]);

/**
 * The grown-up who opens the clause is the subject of the words at `start`, with no child named as a new subject between:
 * "ba mẹ tụi nó đi làm ở Bình Dương gần một tuần nay chưa về" is the parents, not a child, who have not come back; "Bố mẹ đi
 * làm về thì thằng bé vẫn chưa về" is the child. A bare "ba" before "đứa" is a number ("ba đứa nhỏ đi tắm sông chưa về": three
 * children), so it opens no grown-up.
 */
function clauseSubjectIsOneOf(clause: Clause, start: number, subjects: readonly string[]): boolean {
  const tokens = clause.tokens;
  let at = 0;
  while (at < start && at < 2 && CLAUSE_OPENERS.has(tokens[at]!) && subjects.includes(tokens[at + 1] ?? "")) at++;
  const first = at;
  while (at < start && subjects.includes(tokens[at]!)) at++;
  if (at === first) return false;
  if (at - first === 1 && tokens[first] === "ba" && tokens[at] === "dua") return false;
  for (let owned = 0; at < start && owned < 4 && SUBJECT_OWNER.has(tokens[at]!); owned++) at++;
  // "bố mẹ thằng Bin", "ba má Bin": the child's name right after the grown-up still says whose grown-up.
  while (at < start && capitalisedAt(clause, at)) at++;
  // "Mẹ hai đứa nhỏ 5 và 8 tuổi": the ages of the children named as whose.
  if (at > first && CHILD_WORDS.has(tokens[at - 1]!)) while (at < start && (/^\d+$/.test(tokens[at]!) || tokens[at] === "va" || tokens[at] === "tuoi")) at++;
  for (let k = at; k < start; k++) if (childSubjectAt(clause, k) || newSubjectAt(clause, k)) return false;
  return true;
}

/** "không thấy * đâu" is said by the one searching ("Mẹ đi chợ về tìm mãi không thấy bé đâu"): the child is missing. */
function searchedFor(tokens: readonly string[], start: number, end: number): boolean {
  return tokens[start + 1] === "thay" && tokens[end - 1] === "dau" && NEGATED_END.has(tokens[start] ?? "");
}

/** Joiners after which a new subject may stand (folded, as written when written with marks): "mẹ gọi mãi mà ...", "but". */
const JOINERS: ReadonlyMap<string, string> = new Map([["ma", "mà"], ["nhung", "nhưng"], ["thi", "thì"], ["but", "but"]]);
/** Words after which a capitalised word is a place, not a person (folded): "ở Bình Dương", "lên Sài Gòn", "in Hanoi". */
const PLACE_BEFORE: ReadonlySet<string> = new Set(["o", "tai", "di", "len", "xuong", "ra", "vao", "ve", "tu", "den", "toi", "que", "tinh", "pho", "in", "at", "to", "from"]);

/** The word at `k` is written with a capital (a name), is no lone letter ("I"), and does not open the clause. */
function capitalisedAt(clause: Clause, k: number): boolean {
  const written = clause.words[clause.origin[k] ?? -1] ?? "";
  return k > 0 && written.length > 1 && /^\p{Lu}/u.test(written);
}

/**
 * A new subject at `k` that ends the claim of the grown-up who opens the clause (children first: when unsure, the child):
 * a joiner ("mẹ gọi mãi mà Tuấn ..."), an age ("Na 5 tuoi"), a name written with a capital that is no place ("ở Bình Dương").
 */
function newSubjectAt(clause: Clause, k: number): boolean {
  const token = clause.tokens[k]!;
  const joiner = JOINERS.get(token);
  if (joiner !== undefined) {
    const written = (clause.words[clause.origin[k] ?? -1] ?? "").normalize("NFC").toLowerCase();
    if (written === joiner || written === token) return true;
  }
  if (/^\d+$/.test(token) && clause.tokens[k + 1] === "tuoi") return true;
  return capitalisedAt(clause, k) && !capitalisedAt(clause, k - 1) && !PLACE_BEFORE.has(clause.tokens[k - 1] ?? "");
}

/** The child's words as written with their marks: "tháng", "còn", "nhớ" fold alike but name no child. */
const CHILD_SUBJECT_WRITTEN: ReadonlySet<string> = new Set(["thằng", "con", "bé", "cháu", "nó", "đứa", "em", "cu", "nhỏ"]);
/** Words before a bare "thang" that make it a month ("nửa thang", "2 thang", "may thang nay"). */
const MONTH_BEFORE: ReadonlySet<string> = new Set(["nua", "may", "mot", "hai", "ba", "bon", "nam", "sau", "vai", "cuoi", "dau", "hang", "gan", "hon"]);

/** A child named at `k`: a child's word, as written when written with marks, and no month ("nửa tháng", "hai thang"). */
function childSubjectAt(clause: Clause, k: number): boolean {
  const token = clause.tokens[k]!;
  if (!CHILD_SUBJECT.has(token)) return false;
  const written = (clause.words[clause.origin[k] ?? -1] ?? "").normalize("NFC").toLowerCase();
  if (written !== token) return CHILD_SUBJECT_WRITTEN.has(written) || !/[^\x00-\x7f]/.test(written);
  return token !== "thang" || !(MONTH_BEFORE.has(clause.tokens[k - 1] ?? "") || /^\d+$/.test(clause.tokens[k - 1] ?? ""));
}

/** Words that may stand between a denial and what it denies when several are denied at once: "không phải tối nay hay mai", "not in danger right now". */
const DENIAL_CHAIN: ReadonlySet<string> = new Set(["hay", "hoac", "or", "toi", "nay", "mai", "hom", "dem", "sang", "chieu", "trua", "ngay", "tonight", "today", "tomorrow", "this", "evening", "afternoon", "in", "danger"]);

/** Negators right before a pattern's last word: "không dám", "chưa dám", "chẳng dám". */
const NEGATED_END: ReadonlySet<string> = new Set(["khong", "chua", "chang", "cha", "ko", "k", "hong", "kg", "khg"]);

/** Words that may come between a time and what denies it: "lúc này thì không", "bây giờ thì cũng chưa", "right now it s fine". */
const AFTER_FILLERS: ReadonlySet<string> = new Set(["thi", "la", "cung", "van", "chac", "probably", "it", "s", "is", "he", "she", "they", "we", "toi", "tui", "em", "no", "chau", "be"]);
/** Negators after a time: a denial only when what they deny is the danger or nothing at all ("thì không", "không sao", "chưa có gì"). */
const AFTER_NEGATORS: ReadonlySet<string> = new Set(["khong", "ko", "k", "chua", "chang", "hong", "not", "isn", "nothing"]);
/** What a negator after a time may deny and still be a denial of the danger (folded): "không nguy hiểm", "không sao", "chưa có gì", "not happening". */
const DENIED_DANGER: ReadonlySet<string> = new Set(["nguy", "sao", "gi", "van", "co", "bi", "happening", "in", "dangerous", "a", "much", "yet"]);
/** Words that say all is well after a time: "lúc này bé ổn", "right now she is fine" (not after a negator: "not safe"). */
const AFTER_SAFE: ReadonlySet<string> = new Set(["on", "yen", "binh", "an", "fine", "safe", "ok", "okay"]);

/**
 * A denial within a few words after the match: "ngay lúc này thì không nguy hiểm", "bây giờ thì chưa", "right now she's fine".
 * Not a negator that denies something else ("ngày mai không cho nó đi học", "tối nay không có ai ở nhà", "right now she's not
 * breathing", "not safe"), nor "không thì" (otherwise).
 */
function deniedAfter(tokens: readonly string[], end: number): boolean {
  for (let k = end; k < Math.min(tokens.length, end + 4); k++) {
    const w = tokens[k]!;
    if (AFTER_SAFE.has(w)) return w !== "an" || tokens[k + 1] === "toan";
    if (AFTER_NEGATORS.has(w)) {
      const next = tokens[k + 1];
      if (next === "thi") return false;
      if (next === undefined) return true;
      // "không có gì", "chưa có chuyện gì": "có" only with what follows it.
      if (next === "co") return ["gi", "chuyen", "sao", "van"].includes(tokens[k + 2] ?? "");
      if (next === "a") return tokens[k + 2] === "problem";
      return DENIED_DANGER.has(next);
    }
    if (!AFTER_FILLERS.has(w)) return false;
  }
  return false;
}

/** "không phải", "chẳng phải", "not" right before the match, with at most words of the same kind between. */
function deniedBefore(tokens: readonly string[], start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 6); k--) {
    const w = tokens[k]!;
    if (w === "not" || (w === "phai" && ["khong", "ko", "k", "chang", "hong"].includes(tokens[k - 1] ?? ""))) return true;
    // "she isn't in danger right now": a contraction's "t" after "isn", "aren", "wasn".
    if (w === "t" && ["isn", "aren", "wasn"].includes(tokens[k - 1] ?? "")) return true;
    if (!DENIAL_CHAIN.has(w)) return false;
  }
  return false;
}

/** Codes of the one a match names as who did it ("bố đánh", "bạn cùng lớp", "hàng xóm"): a denial of that one is not undone. */
const WHO_CODES: ReadonlySet<string> = new Set(["caregiver", "other_person", "peer"]);
/** "it wasn't my dad who", "it was not the neighbour that" (folded, up to the one named): the one named is set aside (English cleft). */
const NOT_THE_ONE_WHO = /\b(?:wasn t|isn t|wasnt|isnt|was not|is not|not)(?: (?:my|his|her|their|our|your|the|a|an))?$/;

/**
 * Who did it, when the match is said not to be so of the one named (issue 13, RD38 M34): "không phải bố đánh em mà là bạn cùng
 * lớp" denies the father, not the blow; the blow is undone of its denial (someoneElseDid), the father named in the denied words
 * stays denied, so he is neither the harmer nor a parent who hits. "It wasn't my dad who hit me": the dad named before "who" is
 * set aside the same way, whether another one is named after or not.
 */
function whoDidIt(match: PhraseMatch, tokens: readonly string[], english: boolean, next: readonly string[] | undefined): PhraseMatch {
  if (WHO_CODES.has(match.rule.code)) {
    const cleft = english && ["who", "that"].includes(tokens[match.end] ?? "") && NOT_THE_ONE_WHO.test(tokens.slice(Math.max(0, match.start - 3), match.start).join(" "));
    return cleft && !match.negated ? { ...match, negated: true } : match;
  }
  return match.negated && someoneElseDid(tokens, match.start, match.end, next) ? { ...match, negated: false } : match;
}

/** Words that open the other side of a contrast (folded): "nhưng", "mà", "but". */
const CONTRAST: ReadonlySet<string> = new Set(["nhung", "ma", "but"]);
/** How the other side says that someone did it (folded): "... thì có", "mới là", "mà là chú nó", "but his uncle does", "it was". */
const DID_IT = /^(?:(?:nhung|ma) (?:la|chinh la) (?:do |tai |boi )?(?:ong|ba|bo|me|cha|ma|chu|bac|cau|co|di|duong|thim|mo|anh|chi|thang|con|dua|nguoi|ke|ban|hang|thay|vo|chong|lao|mu|han|ho|tui|bon|nhom|may|mot)\b|but (?:it was|it s)\b)| (?:thi|thi lai|lai|moi) co$| moi la\b| (?:does|did|do|is|was|has)$/;
/**
 * The other side tells an accident, a child who did it to themself, or the one who helped (folded): "mà là con bị ngã xe đạp",
 * "mà là bé tự té", "mà là người đã đưa cháu đi viện", "it was an accident". No one else hit the child: the denial stands.
 */
const NO_ONE_ELSE = /\b(?:nga|te|vap|truot|tai nan|tu (?:nga|te|va|dap|lam|cat|ngan|cao|vap|truot|bi)|nguoi (?:da |vua |dang )?(?:dua|giup|cuu|don|goi|bao|cham|cho)|fell|fall|falls|slipped|tripped|accident|by (?:him|her)self|the one who (?:took|helped|saved|called|brought))\b/;

/**
 * "tôi không phải người đánh bé, nhưng chồng tôi thì có", "không phải tôi tát nó mà là chú nó", "I am not the one who hits him, but
 * his uncle does": what is denied is who did it, not that it was done (issue 13). True when the denial before the match is of a
 * person ("không phải", "not the one", "not me") and the other side of a contrast (the rest of the clause, or the next clause)
 * says that someone else did it. "..., nhưng tôi có thấy vết đỏ" names no one who did it: the denial stands.
 */
function someoneElseDid(tokens: readonly string[], start: number, end: number, next: readonly string[] | undefined): boolean {
  const before = tokens.slice(Math.max(0, start - 7), start).join(" ");
  if (!/\b(?:khong|ko|k|chang|hong) phai\b|\bnot (?:the one|me|him|her|us|them)\b|\b(?:wasn t|isn t|wasnt|isnt) (?:me|him|her)\b/.test(before)) return false;
  const rest = tokens.slice(end);
  const at = rest.findIndex((w) => CONTRAST.has(w));
  const someoneElse = (side: string) => DID_IT.test(side) && !NO_ONE_ELSE.test(side);
  if (at >= 0 && someoneElse(rest.slice(at).join(" "))) return true;
  return next !== undefined && CONTRAST.has(next[0] ?? "") && someoneElse(next.join(" "));
}

/** English words that fold from no Vietnamese word a report would use (folded). */
const ENGLISH_WORDS: ReadonlySet<string> = new Set(["the", "and", "is", "was", "are", "were", "with", "my", "has", "have", "but", "yet", "they", "this", "that", "from", "his", "her", "she", "of", "it", "been"]);

/** A report written in English: no Vietnamese letter in it and at least two English words. Then "no" is "no", never "nó". */
function writtenInEnglish(clauses: readonly Clause[]): boolean {
  if (clauses.some((c) => c.words.some((w) => /[^\x00-\x7f]/.test(w)))) return false;
  return new Set(clauses.flatMap((c) => c.tokens.filter((t) => ENGLISH_WORDS.has(t)))).size >= 2;
}

/** A report written with diacritics (three words or more with a Vietnamese letter): there "nó" is written "nó", so a bare "no" is English. */
function writtenWithDiacritics(clauses: readonly Clause[]): boolean {
  let n = 0;
  for (const c of clauses) for (const w of c.words) if (/[^\x00-\x7f]/.test(w) && ++n >= 3) return true;
  return false;
}

/**
 * Lines of a report written with diacritics that are themselves Vietnamese typed without them (four words or more, none with a
 * Vietnamese letter, not English): a story typed untoned, read with a line the flow added ("thường xuyên; gần nhất: hom qua").
 * There "no" is "nó", as in a report typed untoned throughout.
 */
function untonedLines(clauses: readonly Clause[]): Set<number> {
  const byLine = new Map<number, Clause[]>();
  for (const c of clauses) byLine.set(c.line ?? -1, [...(byLine.get(c.line ?? -1) ?? []), c]);
  const out = new Set<number>();
  for (const [line, cs] of byLine) {
    const words = cs.flatMap((c) => c.words);
    if (words.length >= 4 && !words.some((w) => /[^\x00-\x7f]/.test(w)) && !cs.some((c) => c.tokens.some((t) => ONLY_ENGLISH.has(t)))) out.add(line);
  }
  return out;
}

/** English words that fold from no Vietnamese word (folded): a line holding one is English ("No bleeding that I could see"). */
const ONLY_ENGLISH: ReadonlySet<string> = new Set(["i", "is", "was", "are", "were", "with", "has", "have", "and", "they", "this", "from", "his", "her", "she", "of", "been", "could", "see", "saw", "any", "marks", "bleeding", "bruises", "injuries", "we", "you"]);

/** What the child hid or wrote, found by the writer (folded): "giấu", "nhật ký", "viết", "tìm thấy", "diary", "wrote", "found". */
const FOUND_WRITTEN = /\b(?:giau|nhat ky|so tay|viet|ghi lai|ghi trong|tim thay|doc duoc|doc thay|thay trong|dang len|dang tren|diary|journal|notebook|wrote|written|writes|note|notes|found|posted|hid|hidden|hides)\b/;

/** The message tells that the writer found the child's words hidden or written: a denial of the saying then denies nothing. */
function foundWritten(clauses: readonly Clause[]): boolean {
  return clauses.some((c) => FOUND_WRITTEN.test(c.tokens.join(" ")));
}

function describe(rule: LexiconRule, clause: Clause, ci: number, start: number, end: number, hypothetical: boolean, english = false, withDiacritics = false, found = false): PhraseMatch {
  // "No bruises that I can see." in a report written with diacritics: the "no" written without a mark is English "no".
  const writtenNo = withDiacritics ? (i: number) => /^no$/i.test(clause.words[clause.origin[i]!] ?? "") : undefined;
  return {
    rule,
    clause: ci,
    start,
    end,
    quote: quoteSpan(clause, start, end),
    // "Cháu giấu không kể là muốn chết, em thấy trong nhật ký": the saying is denied, the intent found; it stands.
    negated: rule.negatable !== false && isNegated(clause.tokens, start, english, writtenNo, found ? [] : rule.negatedThrough, (i) => untonedChuaBeforeHarm(clause.tokens, (clause.words[clause.origin[i]!] ?? "").toLowerCase(), i)),
    hypothetical,
  };
}

/**
 * Whether the words from token `start` of clause `ci` are denied, read as a match of the lexicon is (the same window, fillers,
 * English "no" and untoned "chua"; `through` as a rule's negatedThrough): for rules that find words of their own lists in the clauses (high-floor.ts).
 */
export function negatedAt(clauses: readonly Clause[], ci: number, start: number, through: readonly string[] = []): boolean {
  const clause = clauses[ci];
  if (!clause) return false;
  const english = writtenInEnglish(clauses);
  const withDiacritics = !english && writtenWithDiacritics(clauses) && !untonedLines(clauses).has(clause.line ?? -1);
  const writtenNo = withDiacritics ? (i: number) => /^no$/i.test(clause.words[clause.origin[i]!] ?? "") : undefined;
  return isNegated(clause.tokens, start, english, writtenNo, through, (i) => untonedChuaBeforeHarm(clause.tokens, (clause.words[clause.origin[i]!] ?? "").toLowerCase(), i));
}

/** True when a negator stands before `start`, separated only by filler words (and the rule's own `through` words); not a word `notNegator` says is none there. */
export function isNegated(tokens: readonly string[], start: number, english = false, writtenNo?: (i: number) => boolean, through: readonly string[] = [], notNegator?: (i: number) => boolean): boolean {
  if (neverBefore(tokens, start) || noSignFoundBefore(tokens, start)) return true;
  for (let i = start - 1, fillers = 0; i >= 0 && fillers <= MAX_NEGATION_FILLERS; i--, fillers++) {
    const token = tokens[i] ?? "";
    // "me no chua dam no suot ngay": an untoned "chua" before a verb of harm is no "chưa" (not yet).
    if (NEGATORS.has(token) && notNegator?.(i)) return false;
    // "không thì", "ko thì" (otherwise): "gửi thêm đi, không thì tối nay nó tung lên mạng" denies nothing that follows.
    if (NEGATORS.has(token) && tokens[i + 1] === "thi") return false;
    if (NEGATORS.has(token)) return true;
    // In a report written in English, "no injuries", "no marks": "no" denies.
    if (token === "no" && (english || writtenNo?.(i))) return true;
    // "no" folds from Vietnamese "nó" (him/her) too, so only "no one" negates.
    if (token === "no" && tokens[i + 1] === "one") return true;
    if (CONTRACTION_NEGATORS.has(token) && tokens[i + 1] === "t") return true;
    if (!NEGATION_FILLERS.has(token) && !through.includes(token)) return false;
  }
  return false;
}

/**
 * "không phát hiện dấu hiệu bạo lực", "chưa ghi nhận biểu hiện bị xâm hại", "chưa phát hiện trường hợp nào bị bỏ mặc", "không thấy dấu hiệu gì của ...", "no signs of
 * abuse", and what is joined to it ("... bạo lực hay xâm hại"): a sign looked for and not found denies the harm named.
 */
function noSignFoundBefore(tokens: readonly string[], start: number): boolean {
  let i = start - 1;
  // "... bạo lực hay xâm hại": the second harm joined to the first, a few words back.
  if (JOINED.has(tokens[i] ?? "")) {
    let j = i - 1;
    while (j >= 0 && j >= i - 4 && !SIGN_LAST.has(tokens[j] ?? "")) j--;
    if (j < 0 || j < i - 4) return false;
    i = j;
  } else {
    while (i >= 0 && i >= start - 3 && SIGN_OF.has(tokens[i] ?? "")) i--;
  }
  if (!SIGN_LAST.has(tokens[i] ?? "")) return false;
  if ((tokens[i] === "hieu" && tokens[i - 1] === "dau") || (tokens[i] === "hien" && tokens[i - 1] === "bieu") || (tokens[i] === "hop" && tokens[i - 1] === "truong")) i -= 2;
  else i -= 1;
  while (i >= 0 && i >= start - 10 && SIGN_LOOKED.has(tokens[i] ?? "")) i--;
  return NEGATORS.has(tokens[i] ?? "") || tokens[i] === "no";
}

/** The last word of a sign (folded): "dấu hiệu", "biểu hiện", "signs", "evidence". */
const SIGN_LAST: ReadonlySet<string> = new Set(["hieu", "hien", "hop", "sign", "signs", "evidence", "case", "cases"]);
/** Between the sign and the harm: "dấu hiệu (gì của) (bị) ...", "trường hợp (nào) (trẻ) bị ...", "signs (of) (any) ...". */
const SIGN_OF: ReadonlySet<string> = new Set(["bi", "cua", "gi", "nao", "of", "any", "ve", "tre", "em", "chau"]);
/** Looking for it between the negator and the sign: "không (phát hiện | ghi nhận | thấy | có) dấu hiệu", "no (visible) signs". */
const SIGN_LOOKED: ReadonlySet<string> = new Set(["phat", "hien", "ghi", "nhan", "thay", "co", "tim", "duoc", "any", "visible", "found", "find", "see", "saw"]);
/** Words joining a second harm to the first: "bạo lực hay xâm hại", "violence or abuse". */
const JOINED: ReadonlySet<string> = new Set(["hay", "hoac", "va", "or", "and", "nor"]);

/** What "không bao giờ" (never) reaches through besides the fillers: "không bao giờ nghĩ tới chuyện tự sát nữa". */
const NEVER_THROUGH: ReadonlySet<string> = new Set(["nghi", "toi", "den", "chuyen", "viec", "lam", "se", "dam", "muon", "lai", "tinh"]);

/** A comparison with now after "never" (folded): "chưa bao giờ ... nghiêm túc như đêm nay", "nhiều bằng bây giờ" (never as much as tonight). */
const COMPARED_WITH_NOW = /(^| )(nhu|bang) (bay gio|gio|luc nay|(dem|hom|toi|sang|chieu|bua|ngay) nay)( |$)/;

/**
 * "không bao giờ", "chẳng bao giờ", "chưa bao giờ" (never) before the match, with only fillers or thinking words between;
 * not when the clause compares with now ("con chưa bao giờ tính chuyện tự sát nghiêm túc như đêm nay": tonight it is so).
 */
function neverBefore(tokens: readonly string[], start: number): boolean {
  for (let i = start - 1; i >= Math.max(2, start - 7); i--) {
    if (tokens[i] === "gio" && tokens[i - 1] === "bao" && NEGATORS.has(tokens[i - 2] ?? "")) return !COMPARED_WITH_NOW.test(tokens.slice(start).join(" "));
    if (!NEGATION_FILLERS.has(tokens[i]!) && !NEVER_THROUGH.has(tokens[i]!)) return false;
  }
  return false;
}

/**
 * Index of the first hypothetical opener ("nếu", "giả sử", "if") in a clause, or Infinity;
 * a match after it is hypothetical.
 */
export function firstHypothetical(tokens: readonly string[]): number {
  for (let i = 0; i < tokens.length; i++) {
    const one = tokens[i] ?? "";
    if (HYPOTHETICAL_PAIRS.has(one) || HYPOTHETICAL_PAIRS.has(`${one} ${tokens[i + 1] ?? ""}`)) return i;
  }
  return Infinity;
}
