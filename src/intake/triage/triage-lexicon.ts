/**
 * The words triage reacts to. The data is content/triage/lexicon.json; this module reads it
 * once and gives it types. Every pattern is written folded (no diacritics, "đ"
 * as "d", lower case) because reports arrive both ways; teen-speak is expanded before
 * matching (ABBREVIATIONS), so patterns hold full words only.
 *
 * Pattern syntax, one string per pattern, tokens separated by spaces:
 *   word      the token itself;  a|b  either token;  pre~  any token starting with "pre";  #  any number
 *   *         zero to five tokens of anything (same clause);  $  end of the clause.
 *
 * Folding merges words that differ only by diacritics ("đánh" hit / "danh" name, "sờ" touch /
 * "sợ" fear, "tự tử" / "từ từ"), so ambiguous words appear only inside phrases or carry
 * exceptPrev / exceptNext lists. Rules say what they mean in Vietnamese and English; the
 * reasons shown to officers are built from these sentences.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import type { TriageCategory, TriageRisk } from "./triage-types.ts";

/** One rule of the lexicon. */
export interface LexiconRule {
  /** Stable code; emitted in redFlags when `flag` is true, used by the combination rules always. */
  code: string;
  flag?: boolean;
  /** False for codes added after the shipped model was trained: read by the rules, not given to the model (it never saw them). */
  modelFeature?: boolean;
  category?: TriageCategory;
  /** Evidence this rule gives its category (the category with most evidence wins). */
  weight?: number;
  /** Minimum risk of a report where this rule matches affirmatively. */
  floor?: TriageRisk;
  /** False for rules whose meaning survives a preceding negation (the phrase already holds it). */
  negatable?: boolean;
  /** Words that may stand between a negator and this rule's phrase besides the fillers: "không nói muốn chết" denies the saying, so the intent. */
  negatedThrough?: readonly string[];
  /** Matches are ignored when the token just before / after the match is one of these. */
  exceptPrev?: readonly string[];
  /** Previous words, as written, that an exceptPrev does not cover: "tỉnh", "đình" are not "tính", "định" (all fold to "tinh", "dinh"). */
  keepPrevWritten?: readonly string[];
  /** Words (folded) before an exceptPrev that make it another word: "trên tinh", "gia dinh" (a province, a family), not "tính", "định". */
  keepPrevAfter?: readonly string[];
  /** Not when said not to be so: "không phải tối nay hay mai đâu", "not tonight" (the words between may be other words of the same kind, joined by "hay", "or"). */
  exceptDenied?: boolean;
  /** Not when a negator stands inside the match, in a gap: "giờ bé không còn ở nhà với dượng" is no "giờ * ở nhà với". */
  exceptNegatedInside?: boolean;
  exceptNext?: readonly string[];
  /** Next words, as written, that an exceptNext does not cover: "hiếp lúc em đang ngủ" is no "hiệp lực" (both fold to "hiep luc"). */
  keepNextWritten?: readonly string[];
  /** Matches are ignored when the words as written equal one of these (diacritics tell them apart). */
  exceptWritten?: readonly string[];
  /** Not when the words right after say not ("ngay lúc này thì không nguy hiểm", "tối nay thì chưa", "right now it's fine"). */
  deniedAfter?: boolean;
  /** Matches are ignored when their first word, as written, is one of these: "dạo" (lately) and "đạo" are not "dao" (a knife). */
  exceptFirstWritten?: readonly string[];
  /** Matches are ignored when the word before their last is a negator: "dao nay khong dam" is "dạo này không dám" (does not dare), not a knife. */
  exceptNegatedEnd?: boolean;
  /**
   * Matches are ignored when one of these (folded) is their subject: the word just before, or the one
   * before a possessive ("ba chưa về", "mẹ nó chưa về", "bố con bé chưa về": a grown-up, not the child).
   */
  exceptSubject?: readonly string[];
  /** Matches are ignored when the one to three words right before them, as written, are one of these: "bà nội đang ốm" is the grandmother's illness, not the child's. */
  exceptSubjectWritten?: readonly string[];
  /** Not when a grown-up is named right after the match ("không liên lạc được với mẹ nó"): lexicon `adultObjects` (adultNamedAfter). */
  exceptAdultObject?: boolean;
  /** Not when said of the writer ("I'm a stranger to them"): words about the writer are no fact about the one who harms. */
  exceptWriter?: boolean;
  /**
   * Matches are ignored when one of these phrases (folded) stands inside the match or starts right after it: "bắt làm việc nhà
   * cả ngày", "bị bắt làm việc nhà" (housework) are no child labour. keepAlong: longer phrases at the same place that keep the
   * match ("việc nhà hàng", a restaurant's work). keepAlongNear: phrases (folded) anywhere in the match's clause or the next
   * that keep it too: housework away from home or under duress ("đi làm việc nhà ở thành phố", "đến khuya", "giữ giấy tờ").
   */
  exceptAlong?: readonly string[];
  keepAlong?: readonly string[];
  keepAlongNear?: readonly string[];
  /**
   * The match counts only when one of these phrases (folded) stands somewhere in the report: a word alone tells no fact.
   * "chụp lén" is a sexual image only beside a sexual word or context ("lúc thay đồ", "vùng kín"); "is being abused" is
   * happening now only beside a word of now ("right now", "screaming").
   */
  needsNear?: readonly string[];
  /** Where needsNear is looked for: the whole report (default) or only the match's own clause ("being beaten ... right now"). */
  needsNearIn?: "clause" | "report";
  /** A note for whoever edits the file; not read. */
  _note?: string;
  vi: string;
  en: string;
  patterns: readonly string[];
}

interface LexiconFile {
  abbreviations: Record<string, string>;
  teenNowPairs: string[][];
  teenNowClock: string[];
  negators: string[];
  contractionNegators: string[];
  negationFillers: string[];
  untonedChua: { harmNext: string[] };
  hypotheticalOpeners: string[];
  embeddedInstructionPatterns: string[];
  rules: LexiconRule[];
  awayNow: string[];
  dangerDeniedNow: string[];
  scoldingFeared: ScoldingWords;
  aloneInFeeling: AloneInFeelingWords;
  askedWhileMessaging: string[];
  messaging: string[];
  aheadOrIf: string[];
  harmDeniedByAnyone: WordSlot[][];
  severeNotViolence: SevereNotViolenceWords;
  highFloor: { marriageWritten: string[]; marriageFolded: string[]; withinWeeks: string[]; touchWritten: string[]; touchFolded: string[]; marksWritten: string[]; fading: string[]; once: string[]; notSexualAct: string[]; weakHint: string[]; writtenOnly: string[]; marks: string[]; marriageArranged: string[]; days: string[]; notSextortion: string[]; holiday: string[]; years: string[]; demand: string[]; privateImages: string[]; over: string[]; injuryDenied: string[]; lawQuestion: string[]; lawAsked: string[]; generalChild: string[]; particularChild: string[]; settledThing: string[]; stillGoing: string[]; becauseOpens: string[]; marksDeniedThrough: string[] };
  foldedSenses?: FoldedSense[];
  inProgressSigns?: string[];
  lastingHarmEnds?: { en: string[]; vi: string[] };
  lastingHarmSuspicion?: string[];
  adultObjects: AdultObjectWords;
  selfHarmDanger: SelfHarmDangerWords;
}

/** The people named after words of someone who cannot be reached (lexicon `adultObjects`, folded). */
export interface AdultObjectWords {
  links: string[];
  determiners: string[];
  children: string[];
  adults: string[];
  /** A family, out of reach only when a writer is the subject ("tôi không liên lạc được với gia đình em"). */
  family: string[];
  writers: string[];
  aux: string[];
}

/** The words of a child in danger of dying by their own hand now (lexicon `selfHarmDanger`; phrases as written, matched folded too). */
export interface SelfHarmDangerWords {
  farewell: string[];
  notFarewell: string[];
  means: string[];
  /** Folded words that may stand between a negator and a means ("không uống thuốc ngủ"). */
  meansVerbs: string[];
  unreachable: string[];
  soon: string[];
  act: string[];
  planSoon: string[];
  /** A plan to die told in one phrase ("lên cầu là xong"): a farewell told, and a plan for now. */
  planTold: string[];
  safeNow: string[];
}

/** An untoned word that its neighbours make one of the words it folds from ("dam cuoi" is "đám cưới"): lexicon `foldedSenses`. */
export interface FoldedSense {
  folded: string;
  /** The word the neighbours make it, with its diacritics. */
  written: string;
  /** Folded phrases that may follow it. */
  next: string[];
  /** Folded words just before it. */
  prev: string[];
}

/** Words the violence_severe rule matches that tell no one's violent act: a burn at work, harm "bằng lời nói" (folded phrases). */
export interface SevereNotViolenceWords {
  burnQuotes: string[];
  vessel: string[];
  workOrAccident: string[];
  inWords: string[];
  /** A word right before the match that makes it said of words ("lời tàn nhẫn", "cruel words"). */
  wordsBefore: string[];
}

/** One place in a sequence of words: one of `words` (folded phrases), or none when `optional`. */
export interface WordSlot {
  words: string[];
  optional?: boolean;
}

/** The words of a fear of being scolded, as written ("sợ", "mắng", "scared", "mad"), and the harms that make it a fear of harm. */
export interface ScoldingWords {
  fear: string[];
  scold: string[];
  harm: string[];
}

export const LEXICON_PATH = fileURLToPath(new URL("../../../content/triage/lexicon.json", import.meta.url));
const DATA = JSON.parse(fs.readFileSync(LEXICON_PATH, "utf8")) as LexiconFile;

/**
 * Teen-speak and chat abbreviations (folded) and the folded words they stand for. Forms that
 * fold like common words are left out on purpose ("hong": Hồng; "hem": hẻm): expanding them to
 * "không" would invent negations and lower a risk.
 */
export const ABBREVIATIONS: ReadonlyMap<string, string> = new Map(Object.entries(DATA.abbreviations));

/** "Bây giờ" typed short over two or three folded words ("bi h", "bay h", "bay jo"; "bj h" once "bj" is expanded). */
export const TEEN_NOW_PAIRS: readonly (readonly string[])[] = DATA.teenNowPairs;

/** Words after "bay h" that make it a time of day ("7h sáng" typed "bay h sang"), not "bây giờ". */
export const TEEN_NOW_CLOCK: ReadonlySet<string> = new Set(DATA.teenNowClock);

/** Words that negate what follows them within the same clause. */
export const NEGATORS: ReadonlySet<string> = new Set(DATA.negators);

/** English contractions negate only before "t" ("don t"): alone they fold from Vietnamese words ("đón"). */
export const CONTRACTION_NEGATORS: ReadonlySet<string> = new Set(DATA.contractionNegators);

/** Words allowed between a negator and the negated word ("không hề bị đánh", "not being hit"). */
export const NEGATION_FILLERS: ReadonlySet<string> = new Set(DATA.negationFillers);

/** Words after which an untoned "chua" denies nothing ("me no chua dam no": a verb of harm or scolding, not "chưa" + verb). */
export const UNTONED_CHUA_HARM_NEXT: ReadonlySet<string> = new Set(DATA.untonedChua.harmNext);

/**
 * "chua" typed without marks at `k` before a verb of harm or scolding, with no "bao gio" (never) after it in the clause
 * ("me no chua dam no suot ngay"): no "chưa" (not yet) that denies the harm. `written` is the word as typed.
 */
export function untonedChuaBeforeHarm(folded: readonly string[], written: string, k: number): boolean {
  if (written !== "chua" || !UNTONED_CHUA_HARM_NEXT.has(folded[k + 1] ?? "")) return false;
  // "chua dam hoi": the next word's neighbours say it is another word ("đám" hỏi), no verb of harm; "chua" is "chưa".
  if (foldedSenseAt(folded, k + 1) !== null) return false;
  for (let i = k + 2; i < Math.min(folded.length - 1, k + 10); i++) if (folded[i] === "bao" && folded[i + 1] === "gio") return false;
  return true;
}

/** Hypothetical or conditional openers, one or two tokens ("nếu", "giả sử", "if", "in case"). */
export const HYPOTHETICAL_PAIRS: ReadonlySet<string> = new Set(DATA.hypotheticalOpeners);

const SENSES: readonly FoldedSense[] = DATA.foldedSenses ?? [];

/**
 * The word an untoned token at `at` stands for by its neighbours ("dam" before "cuoi" is "đám"), or null when they do not say.
 * `tokens` are the clause's folded tokens.
 */
export function foldedSenseAt(tokens: readonly string[], at: number): string | null {
  const token = tokens[at];
  for (const sense of SENSES) {
    if (sense.folded !== token) continue;
    if (sense.prev.includes(tokens[at - 1] ?? "")) return sense.written;
    if (sense.next.some((p) => p.split(" ").every((w, j) => tokens[at + 1 + j] === w))) return sense.written;
  }
  return null;
}

/** The rules. Order does not matter; category evidence adds up and floors take the maximum. */
export const LEXICON: readonly LexiconRule[] = DATA.rules;

/** Phrases of an instruction hidden in a report (prompt injection); detected, never obeyed. */
export const EMBEDDED_INSTRUCTION_PATTERNS: readonly string[] = DATA.embeddedInstructionPatterns;

/** Folded phrases as one regular expression over space-joined folded tokens ("*": up to three words between). */
function phrasesRegex(phrases: readonly string[]): RegExp {
  const alts = phrases.map((p) => p.split(" ").map((w) => (w === "*" ? "(?:\\S+ ){0,3}" : `${w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")} `)).join(""));
  return new RegExp(`(?:^| )(?:${alts.join("|")})`);
}

/** Where someone is now that keeps the harm away ("đi làm", "ở trường", "asleep", "at work"): a "now" said of it is no harm now. */
export const AWAY_NOW: RegExp = phrasesRegex(DATA.awayNow);

/** The reporter saying there is no danger now ("không có nguy hiểm gì", "not in danger", "safe now"). */
export const DANGER_DENIED_NOW: RegExp = phrasesRegex(DATA.dangerDeniedNow);

/** The words of a fear of being scolded ("sợ bị mẹ mắng", "scared mum will be mad"): read by scolding-fear.ts. */
export const SCOLDING_FEARED: ScoldingWords = DATA.scoldingFeared;

/** "Một mình" said of a feeling ("lủi thủi một mình", "hay khóc một mình", "feel alone") and the words of a child without a carer. */
export interface AloneInFeelingWords {
  feeling: readonly string[];
  crying: readonly string[];
  /** Sitting ("ngồi"), a feeling only told as a habit at school (`atSchool`). */
  sitting?: readonly string[];
  atSchool?: readonly string[];
  habit: readonly string[];
  withoutCarer: readonly string[];
}

/** The words alone-feeling.ts reads. */
export const ALONE_IN_FEELING: AloneInFeelingWords = DATA.aloneInFeeling;

/** A demand made while he messages ("đòi", "bắt", "ép", "demanding"), as written: read by triage-combinations.ts. */
export const ASKED_WHILE_MESSAGING: readonly string[] = DATA.askedWhileMessaging;

/** A phrase (folded words) as regular-expression source, its spaces kept. */
const escaped = (p: string) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** Folded phrases, each matched whole over space-joined folded tokens ("\bnhan tin\b"). */
function wholeWordsRegex(phrases: readonly string[]): RegExp {
  return new RegExp(`\\b(?:${phrases.map(escaped).join("|")})\\b`);
}

/**
 * Sequences of slots as one regular expression over space-joined folded tokens: one phrase of each slot in turn, separated by a
 * space, an optional slot left out with its space; the sequence starts and ends a word.
 */
function slotsRegex(sequences: readonly (readonly WordSlot[])[]): RegExp {
  const one = (slots: readonly WordSlot[]) =>
    slots.map((s, i) => {
      const alts = `(?:${s.words.map(escaped).join("|")})`;
      const last = i === slots.length - 1;
      return s.optional ? `(?:${alts}${last ? "" : " "})?` : `${alts}${last ? "" : " "}`;
    }).join("");
  return new RegExp(`\\b(?:${sequences.map((q) => `${one(q)}\\b`).join("|")})`);
}

/** Messages and threats (folded): what a "now" or a day may be said of besides the images: read by triage-combinations.ts. */
export const MESSAGING: RegExp = wholeWordsRegex(DATA.messaging);

/** The ends of violence_in_progress phrases that tell a sign of harm (bleeding, screaming), not an act: read by triage-combinations.ts. */
export const IN_PROGRESS_SIGNS: readonly string[] = DATA.inProgressSigns ?? [];

/** The ends of violence_in_progress phrases that name a lasting harm, by language, and the words of a suspicion: read by triage-rules.ts. */
export const LASTING_HARM_ENDS: { en: readonly string[]; vi: readonly string[] } = DATA.lastingHarmEnds ?? { en: [], vi: [] };
export const LASTING_HARM_SUSPICION: readonly string[] = DATA.lastingHarmSuspicion ?? [];

/** The people named after the words of someone who cannot be reached: lexicon `adultObjects`. */
export const ADULT_OBJECTS: AdultObjectWords = DATA.adultObjects;

/** The words of a farewell, a means at hand, a child out of reach, a plan for now: lexicon `selfHarmDanger`. */
export const SELF_HARM_DANGER: SelfHarmDangerWords = DATA.selfHarmDanger;

/**
 * Whether the words right after `end` (folded tokens) name a grown-up ("không liên lạc được | với mẹ nó", "mất liên lạc | với bố cháu",
 * "can't reach | his father"): past up to two links and a determiner, an adult's word, unless a child's word stands there
 * ("với cô bé", "với con gái"). A family ("với gia đình em") only when a writer is the subject right before `start` ("tôi không thể
 * liên lạc với gia đình em"): "cháu mất liên lạc với gia đình" is the child out of reach. The grown-up cannot be reached, not the child.
 */
export function adultNamedAfter(tokens: readonly string[], start: number, end: number): boolean {
  const at = (i: number, phrase: string) => phrase.split(" ").every((w, j) => tokens[i + j] === w);
  let i = end;
  for (let links = 0; links < 2 && ADULT_OBJECTS.links.includes(tokens[i] ?? ""); links++) i++;
  if (ADULT_OBJECTS.determiners.includes(tokens[i] ?? "")) i++;
  if (i === end || ADULT_OBJECTS.children.some((p) => at(i, p))) return false;
  if (ADULT_OBJECTS.adults.some((p) => at(i, p))) return true;
  if (!ADULT_OBJECTS.family.some((p) => at(i, p))) return false;
  let s = start;
  while (s > 0 && ADULT_OBJECTS.aux.includes(tokens[s - 1] ?? "")) s--;
  return ADULT_OBJECTS.writers.some((p) => { const n = p.split(" ").length; return s - n >= 0 && at(s - n, p); });
}

/** Words that set a time ahead or a condition (folded): "sẽ", "nếu", "trước", "will", "unless": read by triage-combinations.ts. */
export const AHEAD_OR_IF: RegExp = wholeWordsRegex(DATA.aheadOrIf);

/** A denial that anyone harms the child (folded): "no one is hurting him", "không ai làm gì cháu": read by triage-model.ts. */
export const HARM_DENIED_BY_ANYONE: RegExp = slotsRegex(DATA.harmDeniedByAnyone);

/** A burn at work, a pot of boiling water, harm told as in words or of the mind: read by triage-rules.ts (no one's violent act). */
export const SEVERE_NOT_VIOLENCE = {
  burnQuotes: new Set(DATA.severeNotViolence.burnQuotes),
  vessel: new Set(DATA.severeNotViolence.vessel),
  wordsBefore: new Set(DATA.severeNotViolence.wordsBefore),
  workOrAccident: wholeWordsRegex(DATA.severeNotViolence.workOrAccident),
  inWords: new RegExp(`^(?:\\S+ ){0,2}(?:${DATA.severeNotViolence.inWords.map(escaped).join("|")})\\b`),
} as const;


/** Words the high floor reads (high-floor.ts): a sexual match that tells of no act on the child, matches read only as written, marks that are a harm. */
export const HIGH_FLOOR_WORDS = {
  notSexualAct: wholeWordsRegex(DATA.highFloor.notSexualAct),
  writtenOnly: new Set(DATA.highFloor.writtenOnly),
  weakHint: wholeWordsRegex(DATA.highFloor.weakHint),
  marks: wholeWordsRegex(DATA.highFloor.marks),
  /** Written words (lower case, NFC) matched whole among the words of a text typed with diacritics. */
  marksWritten: new Set(DATA.highFloor.marksWritten),
  /** Words a denial of marks reads through ("chưa để lại vết"), as a rule's negatedThrough. */
  marksDeniedThrough: DATA.highFloor.marksDeniedThrough as readonly string[],
  touchWritten: new Set(DATA.highFloor.touchWritten),
  touchFolded: wholeWordsRegex(DATA.highFloor.touchFolded),
  fading: wholeWordsRegex(DATA.highFloor.fading),
  once: wholeWordsRegex(DATA.highFloor.once),
  marriageArranged: wholeWordsRegex(DATA.highFloor.marriageArranged),
  notSextortion: new Set(DATA.highFloor.notSextortion),
  holiday: wholeWordsRegex(DATA.highFloor.holiday),
  over: wholeWordsRegex(DATA.highFloor.over),
  demand: wholeWordsRegex(DATA.highFloor.demand),
  years: wholeWordsRegex(DATA.highFloor.years),
  privateImages: wholeWordsRegex(DATA.highFloor.privateImages),
  injuryDenied: wholeWordsRegex(DATA.highFloor.injuryDenied),
  lawQuestion: wholeWordsRegex(DATA.highFloor.lawQuestion),
  /** A question of what the law does to one who harms ("bị phạt thế nào", "what is the penalty"). */
  lawAsked: wholeWordsRegex(DATA.highFloor.lawAsked),
  /** Children in general, no one child ("trẻ em", "a child"). */
  generalChild: wholeWordsRegex(DATA.highFloor.generalChild),
  /** A particular child told of ("con bé", "cháu tôi", "nhà bên", "my daughter", "next door"): no question of children in general. */
  particularChild: wholeWordsRegex(DATA.highFloor.particularChild),
  /** What an "over" word may be said of that is not the harm ("công việc ổn định rồi", "thu nhập", "job"). */
  settledThing: wholeWordsRegex(DATA.highFloor.settledThing),
  /** A harm still going on after an "over" word ("nhưng vẫn đánh", "lại đánh", "still beats"). */
  stillGoing: wholeWordsRegex(DATA.highFloor.stillGoing),
  /** A clause that gives a reason ("vì con bé ... bị đánh", "because"): it is told, not governed by an earlier "nếu". */
  becauseOpens: new RegExp(`^(?:${DATA.highFloor.becauseOpens.join("|")})\\b`),
  marriageWritten: new Set(DATA.highFloor.marriageWritten),
  marriageFolded: wholeWordsRegex(DATA.highFloor.marriageFolded),
  /** "#" stands for any number. */
  withinWeeks: new RegExp(wholeWordsRegex(DATA.highFloor.withinWeeks).source.replace(/#/g, "\\d+")),
  /** "#" stands for any number. */
  days: new RegExp(wholeWordsRegex(DATA.highFloor.days).source.replace(/#/g, "\\d+")),
} as const;
