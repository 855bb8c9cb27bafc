/**
 * What a report states, as structured facts: how many children, the youngest one's age, their
 * sex, who harms them, who is writing, when it happened (now, tonight, today, recently, long
 * ago, again and again), whether the harm is denied, only suspected or over, how bad the injury
 * is, whether a child is alone or with the person now, the commune and a phone number.
 * Triage reads these facts (red flags, the model's features); the reporter conversation reads
 * them to ask only what the story did not say. The words are data
 * (content/triage/facts-lexicon.json); a word typed without diacritics is matched on its
 * folded form, except one-syllable words that fold like others ("bo": bố, bỏ, bò).
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { canonicalVietnamese, foldVietnamese, hasVietnameseDiacritics } from "../../core/vietnamese-text.ts";
import { bothHarmed, extractChildAge, extractChildAges, extractSeparateAges } from "./age-extractor.ts";
import { splitReport, TEEN_NOW_WORDS, teenNowSpans } from "./report-text.ts";
import { aloneInFeeling } from "./alone-feeling.ts";
import { scoldingFearSpans } from "./scolding-fear.ts";
import { tellingWord } from "./triage-facts.ts";
import { adultNamedAfter, foldedSenseAt, LASTING_HARM_ENDS, LASTING_HARM_SUSPICION, SELF_HARM_DANGER, untonedChuaBeforeHarm } from "./triage-lexicon.ts";
import type { ChildAge } from "./triage-types.ts";

export const RELATIONS = [
  "stepfather", "stepmother", "father", "mother", "parents", "grandparent", "sibling", "relative", "teacher", "neighbour", "peer", "employer",
  "online_contact", "stranger", "partner", "other",
] as const;
export type Relation = (typeof RELATIONS)[number] | "self";
export type ReporterKind = "child_self" | "parent" | "relative" | "neighbour" | "teacher" | "friend" | "official";
export type WhenFact = "now" | "tonight" | "today" | "recent" | "past" | "repeated";
export type InjuryFact = "minor" | "needs_care" | "severe";

export interface ReportFacts {
  children: number | null;
  age: ChildAge | null;
  sex: "female" | "male" | "mixed" | null;
  harmer: Relation | null;
  /** The words the harmer was read from. */
  harmerQuote: string | null;
  reporter: ReporterKind | null;
  /** Every time word found, most urgent first; `when` is the first. */
  times: WhenFact[];
  when: WhenFact | null;
  /** The words the main time was read from, as written in lower case ("tối qua", "last night"). */
  whenQuote: string | null;
  /**
   * A harm planned for later: in the coming days ("thứ 7 này", "he's picking her up on Saturday"), within weeks, or next year
   * or beyond (a marriage talked of for next year is not urgent). Days ahead is read for the reporter conversation only:
   * triage keeps reading those words as it did ("cuối tuần này" is soon), so no risk moves with it.
   */
  ahead: "days_ahead" | "weeks_ahead" | "next_year" | null;
  /** The words `ahead` was read from ("tháng sau", "next month"). */
  aheadQuote: string | null;
  suspected: boolean;
  resolved: boolean;
  injury: InjuryFact | null;
  /**
   * An injury beyond marks: severe, or told by a needs-care word that is no black eye, swelling or split lip (bleeding, a burn, a cut,
   * a wound, stitches, a limp); not negated, not threatened.
   */
  woundNeedsCare: boolean;
  alone: boolean;
  withHarmerNow: boolean;
  /** The person who harms can reach the child again: they share the home or keep coming ("anh họ vẫn ở chung nhà", "đang đợi ngoài phòng khám"). */
  harmerAccess: boolean;
  /** An injury or illness left without care ("không đưa đi viện", "chỉ đắp lá"). */
  untreated: boolean;
  /** Care was given or sought ("đã đưa đi viện", "đang nằm viện", "bác sĩ"). */
  treated: boolean;
  /** A plan, date or means to die told in self-harm talk ("chủ nhật này là ngày cuối", "lần sau sẽ làm cho chắc", "how many pills"). */
  planToDie: boolean;
  /** A search for ways to die told ("tra 'cách chết không đau'", "searched 'painless ways'"): a plan only beside a wish, a means or a time. */
  searchedToDie?: boolean;
  /**
   * A farewell or suicide message told, posted or left ("tạm biệt mọi người", "chết là hết", "thư tuyệt mệnh", "this is goodbye"), a plan
   * for now told in one phrase ("tối nay lên cầu là xong"), or belongings given away ("cho hết đồ chơi", "gave away his guitar"): not denied, not after an "if", not of an earlier time, not in a
   * report of a song, a game, a story or a move (lexicon.json `selfHarmDanger`).
   */
  farewell: boolean;
  /** A means to die at hand: pills, poison, a rope, a blade, a height, a river or a bridge ("lọ thuốc ngủ", "sân thượng", "razor blades"), not denied. */
  meansAtHand: boolean;
  /** The child cannot be reached, is not answering, has left or nobody knows where ("tắt máy", "gọi không nghe máy", "won't pick up"); not a grown-up named after it. */
  unreachableNow: boolean;
  /** A plan for now, tonight or tomorrow: a soon word with an act in its clause ("tối nay lên cầu là xong", "tonight is the night"). */
  dyingSoon: boolean;
  /** The child is cared for and safe now ("đã qua cơn nguy hiểm", "đang nằm viện", "safe at home"). */
  safeNow: boolean;
  /** A threat to kill the child ("dọa đánh chết", "threatened to kill"). */
  threatToKill: boolean;
  /** A beating promised for tonight or tomorrow ("mai tao đánh tiếp", "says he will beat her again tomorrow"), not inside an "if". */
  beatingPromised: boolean;
  /** A child unconscious or that cannot be woken now ("h chưa tỉnh", "gọi không dậy", "not waking up"): not negated, not a hypothetical or an earlier episode, not said to have woken. */
  unconsciousNow: boolean;
  commune: string | null;
  phone: string | null;
}

interface FactsLexicon {
  relations: Record<string, string[]>;
  needsDiacritics: string[];
  sex: Record<"female" | "male", string[]>;
  when: Record<WhenFact, string[]>;
  suspected: string[];
  resolved: string[];
  injury: Record<InjuryFact, string[]>;
  /** Needs-care words that tell marks only ("black eye", "sưng mắt", "split lip"): no wound for woundNeedsCare. */
  injuryMarks?: string[];
  alone: string[];
  withHarmerNow: string[];
  /** A going to someone ("goes home to", "về nhà với"): with the one who harms only when that person follows (goesHomeToWhom). */
  goesHomeTo?: string[];
  /** Where a child is with someone ("ở nhà với", "home with"), read as now only beside a word of now (nowWords). */
  withSomeoneWhere?: string[];
  fearsBeingWith?: string[];
  nowWords?: string[];
  /** Two-word names for the one who harms after "với" ("ông ta", "người đó"), as the one-word HARMER_PRONOUN. */
  harmerPronouns?: string[];
  /** One of a group the writer tells of ("one of the boys I coach", "một đứa trong đội tôi dạy"): a child who harms when the harm follows. */
  groupMembers?: string[];
  /** Harm words read after a group member besides harmWords ("punched", "keeps hitting"). */
  groupMemberHarmWords?: string[];
  harmerAccess: string[];
  /** Access ended by the one who cares for the child ("không cho con qua đó nữa", "no longer lets her go"). */
  harmerAccessEnded?: string[];
  harmerStillHome?: string[];
  untreated: string[];
  planToDie: string[];
  searchToDie?: string[];
  threatToKill: string[];
  /** Bare threats that are a threat to kill only said in quotes at a child ("tao xử mày luôn", "finish him"). */
  threatToKillQuoted?: string[];
  /** A game, a film or a joke told in the report: a quoted bare threat there is not one. */
  quotedNotThreat?: string[];
  helper?: string[];
  helperOften?: string[];
  helperNotAfter?: string[];
  beatingPromised?: string[];
  treated: string[];
  unconsciousNow: string[];
  unconsciousAwake: string[];
  /** Per list, phrases that look like one of its phrases but say something else ("phỏng vấn", "nuôi con một mình"): a hit inside one is not read. */
  exceptions: Record<string, string[]>;
  reporterPatterns: { order: Array<[ReporterKind, string]> };
  counts: Record<string, number>;
  childNouns: string[];
  /** Words that open a place's name ("xã", "huyện", "đường", "quê", "district"). */
  placePrefixes: string[];
  /** Words before a place ("ở", "tại", "quê", "in", "from"). */
  placeLocatives?: string[];
  /** Places whose name holds a relation word ("Ba Vì", "Bà Rịa", "Bố Trạch", "Mẹ Suốt"). */
  kinPlaceNames?: string[];
  /** Harms done to someone: a person named right after one is the one harmed ("đánh vợ con", "beats his wife"). */
  harmOnObject?: string[];
  harmWords: string[];
  /** A grandparent the child lives with or who cares for the child: a carer, not the one who harms (carerOnly). */
  carerKin?: { relations: string[]; before: string[]; after: string[] };
  /** A length of time up to now with its number ("4 ngày rồi", "for 3 days"): when the harm began, going on (recent). */
  durationToNow?: {
    numbers: string[]; units: string[]; toNowAfter: string[]; toNowBefore: string[];
    /** Hours up to now ("3 tiếng rồi", "for 2 hours"): the state goes on now. */
    hourUnits?: string[];
    /** Hours without a number ("for hours"), now only after a word of a state going on ("has been ... for hours"). */
    hoursVague?: string[]; hoursVagueAfter?: string[];
    /** A count back from today ("cách đây 2 tuần", "3 ngày trước", "two weeks ago"): recent for days, weeks and one or two months, else past. */
    agoBefore?: string[]; agoAfter?: string[]; agoRecentUnits?: string[]; agoMonthUnits?: string[];
  };
  timeHints: Record<"days_ahead" | "weeks_ahead" | "next_year", string[]>;
  awayNow: string[];
  dangerDeniedNow: string[];
  /** Words of an earlier time before a fact of now that make it an earlier episode ("hồi trước", "năm ngoái", "used to"). */
  earlierTimes?: string[];
  /** Words that bring a story back to now after an earlier time ("giờ", "vẫn", "đang", "now"). */
  nowAgain?: string[];
  /** A threatened sending ("dọa sẽ gửi cho"): folded words of sending, of whom it goes to, of a threat or a time ahead. */
  threatenedAudience?: { sending: string[]; sentTo: string[]; threatened: string[] };
}

const LEXICON_PATH = fileURLToPath(new URL("../../../content/triage/facts-lexicon.json", import.meta.url));
const WHEN_ORDER: readonly WhenFact[] = ["now", "tonight", "today", "recent", "repeated", "past"];
const INJURY_ORDER: readonly InjuryFact[] = ["severe", "needs_care", "minor"];

/** A message cut into words twice: as written (lower case, diacritics kept) and folded. */
interface Words {
  written: string[];
  folded: string[];
  /** Sentence number of each word. */
  sentence: number[];
  /** Whether each word was written with a capital first letter (a name: "Bình Dương", "Chú Ba"). */
  caps: boolean[];
  /** Whether each word is inside parentheses ("chú của bé (em bố)"): an explanation of the one named before. */
  paren: boolean[];
  /** Whether a comma (or colon, dash) comes right before each word. */
  comma: boolean[];
  diacritics: boolean;
}

/** One phrase of the lexicon, split into words both ways. */
interface Phrase {
  text: string;
  written: string[];
  folded: string[];
  needsDiacritics: boolean;
  /**
   * The words of a longer phrase that, typed bare in a text with diacritics, are another word of their own ("bà con", relatives:
   * its "bà" typed "ba" is "ba", a father: "ba con hễ say là đánh con" is the child's father): those match only as written there.
   */
  strict?: boolean[];
}

interface Hit {
  phrase: Phrase;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}']+|[.!?\n;]+/gu;

function toWords(text: string): Words {
  const canonical = canonicalVietnamese(text.replace(/\n/g, " . "));
  const words: Words = { written: [], folded: [], sentence: [], caps: [], paren: [], comma: [], diacritics: hasVietnameseDiacritics(text) };
  let sentence = 0;
  for (const m of canonical.matchAll(WORD_RE)) {
    if (/^[.!?\n;]+$/.test(m[0])) {
      sentence++;
      continue;
    }
    // A word in single quotes ("'chủ nhật này là ngày cuối'") is the word: an apostrophe only inside one ("won't").
    const word = m[0].replace(/^'+|'+$/g, "");
    if (!word) continue;
    words.written.push(word);
    words.folded.push(foldVietnamese(word));
    words.sentence.push(sentence);
  }
  // The same words with their case, to tell names; a text in capitals (or none) has no names told.
  const cased: string[] = [];
  const paren: boolean[] = [];
  const comma: boolean[] = [];
  let depth = 0;
  let pause = false;
  for (const m of text.replace(/\n/g, " . ").normalize("NFC").replace(/[\u2010-\u2015\u2212]/g, "-").replace(/[\u2018\u2019\u201a\u201b]/g, "'").matchAll(/[\p{L}\p{N}']+|[.!?\n;]+|[(),:]|\s-\s/gu)) {
    if (m[0] === "(") depth++;
    else if (m[0] === ")") depth = Math.max(0, depth - 1);
    else if (m[0] === "," || m[0] === ":" || m[0].trim() === "-") pause = true;
    else if (!/^[.!?\n;]+$/.test(m[0]) && m[0].replace(/^'+|'+$/g, "")) {
      cased.push(m[0].replace(/^'+|'+$/g, ""));
      paren.push(depth > 0);
      comma.push(pause);
      pause = false;
    }
  }
  const same = cased.length === words.written.length;
  const upper = cased.filter((w) => /^\p{Lu}/u.test(w)).length;
  words.caps = same && upper < cased.length / 2 ? cased.map((w) => /^\p{Lu}/u.test(w)) : words.written.map(() => false);
  words.paren = same ? paren : words.written.map(() => false);
  words.comma = same ? comma : words.written.map(() => false);
  return withTeenNow(words);
}

/** The words with "bây giờ" typed short ("bh", "bjo", "bi h", "bay h") as the two words "bay gio", as the rules read it (report-text.ts). */
function withTeenNow(words: Words): Words {
  if (!words.folded.some((w, i) => TEEN_NOW_WORDS.has(w) || w === "h" || w === "jo" || (w === "gio" && words.folded[i - 1] === "bi"))) return words;
  const out: Words = { written: [], folded: [], sentence: [], caps: [], paren: [], comma: [], diacritics: words.diacritics };
  const push = (i: number, folded: string, written: string, first: boolean) => {
    out.written.push(written);
    out.folded.push(folded);
    out.sentence.push(words.sentence[i]!);
    out.caps.push(first && words.caps[i]!);
    out.paren.push(words.paren[i]!);
    out.comma.push(first && words.comma[i]!);
  };
  const spans = teenNowSpans(words.folded, words.written);
  for (let i = 0; i < words.folded.length; i++) {
    const n = spans.get(i) ?? (TEEN_NOW_WORDS.has(words.folded[i]!) && words.written[i] === words.folded[i] ? 1 : 0);
    if (n === 0) {
      push(i, words.folded[i]!, words.written[i]!, true);
      continue;
    }
    push(i, "bay", "bay", true);
    push(i + n - 1, "gio", "gio", false);
    i += n - 1;
  }
  return out;
}

function phraseOf(text: string, ambiguous: ReadonlySet<string>): Phrase {
  const written = canonicalVietnamese(text).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  const folded = written.map((w) => foldVietnamese(w));
  const strict = written.map((w, j) => w !== folded[j] && ambiguous.has(folded[j]!));
  return { text, written, folded, needsDiacritics: ambiguous.has(text), ...(strict.some(Boolean) ? { strict } : {}) };
}

/** Whether a phrase starts at word i: as written when the text has diacritics, folded otherwise (or when a longer phrase lost them). */
/** The untoned word at `k` is, by its neighbours, another word than `written` (lexicon foldedSenses). */
function otherSense(words: Words, k: number, written: string): boolean {
  const sense = foldedSenseAt(words.folded, k);
  return sense !== null && canonicalVietnamese(sense) !== canonicalVietnamese(written);
}

function matchesAt(words: Words, phrase: Phrase, i: number): boolean {
  const n = phrase.written.length;
  if (i + n > words.written.length) return false;
  let exact = true;
  let folded = !phrase.needsDiacritics && (!words.diacritics || n > 1);
  for (let j = 0; j < n && (exact || folded); j++) {
    if (words.written[i + j] !== phrase.written[j]) exact = false;
    // A word typed with other diacritics is another word ("có bé" is not "cô bé"); only one typed without them may match folded.
    if (words.folded[i + j] !== phrase.folded[j] || (words.written[i + j] !== phrase.written[j] && words.written[i + j] !== words.folded[i + j])) folded = false;
    // Typed without marks, its neighbours may make it another word ("dam cuoi" is "đám cưới", no "đấm"): lexicon foldedSenses.
    else if (words.written[i + j] === words.folded[i + j] && phrase.written[j] !== phrase.folded[j] && otherSense(words, i + j, phrase.written[j]!)) folded = false;
    else if (phrase.strict?.[j] && words.diacritics && words.written[i + j] !== phrase.written[j]) folded = false;
  }
  return exact || folded;
}

/** The phrases of one list, indexed by their first word as written and folded. */
interface PhraseList {
  byWritten: Map<string, Phrase[]>;
  byFolded: Map<string, Phrase[]>;
}

/** The phrases a list opens with one written word, as a set (built once per word of the list): the folded pass skips those already tried. */
const phraseSets = new WeakMap<readonly Phrase[], ReadonlySet<Phrase>>();

function phraseSet(phrases: readonly Phrase[]): ReadonlySet<Phrase> {
  let set = phraseSets.get(phrases);
  if (!set) phraseSets.set(phrases, (set = new Set(phrases)));
  return set;
}

class FactsMatcher {
  private readonly ambiguous: ReadonlySet<string>;
  private readonly lists = new Map<string, PhraseList>();
  /** The hits of each list already found in a message's words (the readers ask for the same lists again); dropped with the words. */
  private readonly found = new WeakMap<Words, Map<string, Hit[]>>();
  /** The lists with a phrase that opens with a word (as written or folded), filled as the lists are built. */
  private readonly opening = new Map<string, Set<string>>();
  /** Where each list may start in a message's words (from `opening`), for the lists built when it was read; dropped with the words. */
  private readonly starts = new WeakMap<Words, { lists: number; at: Map<string, number[]> }>();

  constructor(readonly lexicon: FactsLexicon) {
    this.ambiguous = new Set(lexicon.needsDiacritics);
  }

  private list(key: string, texts: readonly string[]): PhraseList {
    let list = this.lists.get(key);
    if (!list) {
      list = { byWritten: new Map(), byFolded: new Map() };
      for (const p of texts.map((t) => phraseOf(t, this.ambiguous))) {
        if (!p.written.length) continue;
        for (const [map, first] of [[list.byWritten, p.written[0]!], [list.byFolded, p.folded[0]!]] as const) {
          const at = map.get(first) ?? [];
          if (!at.includes(p)) at.push(p);
          map.set(first, at);
          const lists = this.opening.get(first) ?? new Set<string>();
          lists.add(key);
          this.opening.set(first, lists);
        }
      }
      this.lists.set(key, list);
    }
    return list;
  }

  /** The positions of a message's words where a phrase of the list may start (every position a phrase starts at is among them). */
  private startsOf(words: Words, key: string): readonly number[] {
    let read = this.starts.get(words);
    if (!read || read.lists !== this.lists.size) {
      read = { lists: this.lists.size, at: new Map() };
      for (let i = 0; i < words.written.length; i++) {
        const written = this.opening.get(words.written[i]!);
        const folded = this.opening.get(words.folded[i]!);
        for (const lists of [written, folded]) {
          if (!lists) continue;
          for (const k of lists) {
            const at = read.at.get(k);
            if (!at) read.at.set(k, [i]);
            else if (at[at.length - 1] !== i) at.push(i);
          }
        }
      }
      this.starts.set(words, read);
    }
    return read.at.get(key) ?? [];
  }

  /** Every occurrence of the list's phrases, a hit inside a longer one dropped ("bố" inside "bố dượng"). */
  hits(words: Words, key: string, texts: readonly string[]): Hit[] {
    let known = this.found.get(words);
    if (!known) this.found.set(words, (known = new Map()));
    const before = known.get(key);
    if (before) return before;
    const list = this.list(key, texts);
    const all: Hit[] = [];
    for (const i of this.startsOf(words, key)) {
      const byWritten = list.byWritten.get(words.written[i]!);
      const byFolded = list.byFolded.get(words.folded[i]!);
      if (byWritten) for (const p of byWritten) if (matchesAt(words, p, i)) all.push({ phrase: p, start: i, end: i + p.written.length });
      const tried = byWritten && byFolded ? phraseSet(byWritten) : undefined;
      if (byFolded) for (const p of byFolded) if (!tried?.has(p) && matchesAt(words, p, i)) all.push({ phrase: p, start: i, end: i + p.written.length });
    }
    const kept = all.length < 2 ? all : all.filter((h) => !all.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
    known.set(key, kept);
    return kept;
  }

  /** The hits of a list that no exception of that list covers ("phỏng vấn" is not "phỏng"). */
  kept(words: Words, key: string, texts: readonly string[]): Hit[] {
    const found = this.hits(words, key, texts);
    const except = this.lexicon.exceptions?.[key];
    if (!found.length || !except?.length) return found;
    const covers = this.hits(words, `except:${key}`, except);
    return found.filter((h) => !covers.some((c) => c.start < h.end && h.start < c.end));
  }

  any(words: Words, key: string, texts: readonly string[]): boolean {
    const list = this.list(key, texts);
    for (const i of this.startsOf(words, key)) {
      const byWritten = list.byWritten.get(words.written[i]!);
      if (byWritten) for (const p of byWritten) if (matchesAt(words, p, i)) return true;
      const byFolded = list.byFolded.get(words.folded[i]!);
      if (byFolded) for (const p of byFolded) if (matchesAt(words, p, i)) return true;
    }
    return false;
  }
}

let matcher: FactsMatcher | undefined;

function shippedMatcher(): FactsMatcher {
  matcher ??= new FactsMatcher(JSON.parse(fs.readFileSync(LEXICON_PATH, "utf8")) as FactsLexicon);
  return matcher;
}

/** The facts a report states; `age` may be passed when the caller already read it (the rules do). */
/**
 * What a caller already knows: the child's age (the rules read it), self-harm, and the person the story says harms (`harmer`), for
 * an answer that names no one ("bé đang ở nhà một mình với ông ta"): whether the child is with that person is read against them.
 */
export interface KnownFacts {
  age?: ChildAge | null;
  selfHarm?: boolean;
  harmer?: { relation: Relation; quote: string | null } | null;
}

export function extractReportFacts(text: string, known: KnownFacts = {}): ReportFacts {
  return readReportFacts(text, known, false);
}

/**
 * The facts triage reads (the model's features, the floors): the others (sex, commune, phone, the quotes of the times,
 * treated) are left empty, for a triage that keeps no facts. Every fact it gives is the one extractReportFacts gives.
 */
export function extractTriageFacts(text: string, known: KnownFacts = {}): ReportFacts {
  return readReportFacts(text, known, true);
}

function readReportFacts(text: string, known: KnownFacts, lean: boolean): ReportFacts {
  const m = shippedMatcher();
  const lx = m.lexicon;
  const words = toWords(text.slice(0, 4000));
  const relations = relationHits(m, words);
  const harmer = harmerOfWords(m, words, relations, known.selfHarm);
  // Whom the child is with is read against the harmer the caller knows (an answer: the story's), else the one the words name.
  const withHarmer = known.harmer ?? harmer;
  const far = (["weeks_ahead", "next_year"] as const).find((k) => m.any(words, `ahead:${k}`, lx.timeHints[k])) ?? null;
  const soon = far || lean ? null : daysAhead(m, words);
  const ahead = far ?? (soon ? "days_ahead" : null);
  // "sắp gả ... tháng sau là đón dâu": "sắp" (about to) with a time weeks or a year ahead is that time, not tonight.
  const timed = far && onlyVagueSoon(m, words) ? timesOf(m, words).filter((t) => t.w !== "tonight") : timesOf(m, words);
  const times = timed.map((t) => t.w);
  const when = mainTime(timed);
  const clauses = splitReport(text.slice(0, 4000));
  const reporter = reporterOf(m, words, text.slice(0, 4000));
  const read = known.age !== undefined ? known.age : extractChildAge(clauses);
  // "con nhỏ bảy tuổi ... thằng em ba tuổi": two children, each given an age, with no count said.
  const separate = extractSeparateAges(clauses, harmer?.quote ? foldVietnamese(harmer.quote).split(" ") : []);
  // A child who writes tells of their own harm: brothers and sisters they have ("con có 2 đứa em") are counted only when harmed with them.
  const both = reporter === "child_self" && bothHarmed(words.folded.join(" "));
  const counted = countChildren(m, words, reporter === "child_self" && !both) ?? (separate.length > 1 ? separate.length : null);
  const children = (both ? Math.max(counted ?? 0, 2) : counted) ?? (read || reporter === "child_self" || m.any(words, "childNouns", lx.childNouns) || m.any(words, "sex:female", lx.sex.female) || m.any(words, "sex:male", lx.sex.male) ? 1 : null);
  return {
    children,
    age: agesOfSeveral(read, children, clauses),
    sex: lean ? null : sexOf(m, words),
    harmer: harmer?.relation ?? null,
    harmerQuote: harmer?.quote ?? null,
    reporter,
    times,
    when,
    whenQuote: when && !lean ? quoteOf(words, latestDayOverSpan(words, when, [...m.hits(words, `when:${when}`, lx.when[when]), ...(when === "recent" ? durationToNow(m, words) : []), ...countedTimes(m, words).filter((x) => x.w === when).map((x) => x.h)], timed.find((t) => t.w === when)?.at)) : null,
    ahead,
    aheadQuote: soon ? quoteOf(words, soon) : far && !lean ? quoteOf(words, m.hits(words, `ahead:${far}`, lx.timeHints[far])[0]) : null,
    suspected: m.any(words, "suspected", lx.suspected),
    resolved: m.any(words, "resolved", lx.resolved),
    injury: INJURY_ORDER.find((i) => said(m, words, `injury:${i}`, lx.injury[i], (hit) => !threatened(words, hit))) ?? null,
    woundNeedsCare: said(m, words, "injury:severe", lx.injury.severe, (hit) => !threatened(words, hit)) || said(m, words, "injury:needs_care", lx.injury.needs_care, (hit) => !threatened(words, hit) && !(lx.injuryMarks ?? []).includes(hit.phrase.text)),
    alone: said(m, words, "alone", lx.alone, (hit) => !toldEarlier(m, words, hit) && !feltAlone(words, hit) && !fearedBefore(m, words, hit.start)),
    // Said so, or the harm is going on as they write ("Chồng tôi đang đánh con"): the child is with the one who harms.
    withHarmerNow: ((withSomeoneNow(m, words, relations, withHarmer) || withSomeoneSaidNow(m, words, relations, withHarmer)) && !WITH_THE_WRITER.test(words.folded.join(" "))) || (when === "now" && HARMS_NOW.test(words.folded.join(" ")) && !!withHarmer && !["self", "online_contact"].includes(withHarmer.relation)),
    harmerAccess: harmerAccess(m, words, relations, harmer) || harmerStillHome(m, words, relations, harmer),
    untreated: said(m, words, "untreated", lx.untreated),
    treated: !lean && said(m, words, "treated", lx.treated),
    // Not asked of what to do if ("What should I do if a friend ever texts me she is going to end it?"), nor in a report of a story,
    // a song, a game or a move ("Bé đọc truyện thấy nhân vật viết thư tuyệt mệnh"): lexicon.json selfHarmDanger.notFarewell.
    planToDie: said(m, words, "planToDie", lx.planToDie, (hit) => !openedByIf(words, hit)) && !m.any(words, "sh:notFarewell", SELF_HARM_DANGER.notFarewell),
    searchedToDie: said(m, words, "searchToDie", lx.searchToDie ?? [], (hit) => !openedByIf(words, hit)) && !m.any(words, "sh:notFarewell", SELF_HARM_DANGER.notFarewell),
    ...selfHarmDanger(m, words),
    threatToKill: said(m, words, "threatToKill", lx.threatToKill) || quotedThreat(m, text.slice(0, 4000), words, harmer),
    beatingPromised: said(m, words, "beatingPromised", lx.beatingPromised ?? [], (hit) => !afterAnIf(words, hit)),
    unconsciousNow: unconsciousNow(m, words),
    commune: lean ? null : communeOf(text.slice(0, 4000)),
    phone: lean ? null : phoneOf(text),
  };
}

/**
 * The facts of a child in danger of dying by their own hand now (lexicon.json `selfHarmDanger`): a farewell told, a means at hand,
 * the child out of reach, a plan for now. triage-model.ts combines them with a stated wish to die (farewellDangerFloor).
 */
function selfHarmDanger(m: FactsMatcher, words: Words): Pick<ReportFacts, "farewell" | "meansAtHand" | "unreachableNow" | "dyingSoon" | "safeNow"> {
  const w = SELF_HARM_DANGER;
  const otherContext = m.any(words, "sh:notFarewell", w.notFarewell);
  // A plan to die told in one phrase ("tối nay lên cầu là xong") is itself a farewell told; "tonight is the night" only a plan for now.
  const told = said(m, words, "sh:planTold", w.planTold, (hit) => !openedByIf(words, hit));
  const plan = told || said(m, words, "sh:planSoon", w.planSoon, (hit) => !openedByIf(words, hit));
  const farewell = told || (!otherContext && said(m, words, "sh:farewell", w.farewell, (hit) => !openedByIf(words, hit) && !toldEarlier(m, words, hit)));
  const meansAtHand = m.kept(words, "sh:means", w.means).some((hit) => !openedByIf(words, hit) && !meansDenied(words, hit, w.meansVerbs));
  const unreachableNow = said(m, words, "sh:unreachable", w.unreachable, (hit) => !openedByIf(words, hit) && !toldEarlier(m, words, hit) && !adultNamedAfter(words.folded, hit.start, hit.end));
  const soon = m.hits(words, "sh:soon", w.soon);
  const acts = m.hits(words, "sh:act", w.act);
  // The soon word and the act in one clause (no comma between): "hạn đến sáng mai, nó bảo muốn chết cho xong" is a deadline, no plan.
  const sameClause = (a: Hit, b: Hit) => words.sentence[a.start] === words.sentence[b.start] && !words.comma.slice(Math.min(a.start, b.start) + 1, Math.max(a.start, b.start) + 1).some(Boolean);
  const dyingSoon = plan
    || soon.some((s) => !openedByIf(words, s) && acts.some((a) => sameClause(a, s)) && !negatedAct(words, acts.filter((a) => sameClause(a, s))));
  return { farewell, meansAtHand, unreachableNow, dyingSoon, safeNow: said(m, words, "sh:safeNow", w.safeNow) };
}

/** A negator before a means in its sentence with only verbs of taking or having between ("không uống thuốc ngủ", "didn't take any pills"). */
function meansDenied(words: Words, hit: Hit, verbs: readonly string[]): boolean {
  for (let k = hit.start - 1; k >= Math.max(0, hit.start - 4) && words.sentence[k] === words.sentence[hit.start]; k--) {
    if (negatorAt(words, k)) return true;
    if (!verbs.includes(words.folded[k]!) && !NEGATION_FILLERS.has(words.folded[k]!)) return false;
  }
  return false;
}

/** Every act of the sentence denied right before it ("tối nay con không làm gì đâu"). */
function negatedAct(words: Words, acts: readonly Hit[]): boolean {
  return acts.every((a) => [1, 2].some((d) => a.start - d >= 0 && negatorAt(words, a.start - d)));
}

/** The harmer of a message's words, as readReportFacts reads it. */
function harmerOfWords(m: FactsMatcher, words: Words, relations: RelationHit[], selfHarm?: boolean): { relation: Relation; quote: string | null } | null {
  const found = groupMemberHarms(m, words, relations) ?? schoolTeacher(words, shopkeeper(words, findHarmer(m, words, selfHarm ?? SELF_HARM_RE.test(words.folded.join(" ")), relations)));
  // "ông Sáu nhà bên ... Ổng là ba ruột nó": the house named is read as the child's parents; the story says which one.
  const parentsOfAHouse = found?.relation === "parents" && !PARENTS_WORDS.test(foldVietnamese(found.quote ?? ""));
  if (found && !SAID_WHO_LATER.has(found.relation) && !parentsOfAHouse) return found;
  return saidToBeKin(words, relations) ?? found;
}

/** Words that name both parents (folded): "bố mẹ", "ba má", "cha mẹ", "parents". */
const PARENTS_WORDS = /^(?:(?:bo|ba|cha|tia) (?:me|ma|u)|parents|(?:his|her|my|the) parents)\b/;

/** Harmers the story may go on to say are the child's kin ("ông Tư kế bên ... Ổng là ba ruột nó"): none, or a neighbour, a stranger, another. */
const SAID_WHO_LATER: ReadonlySet<string> = new Set(["neighbour", "stranger", "other"]);
/** One told of, before "là" and a kin word (folded): "Ổng là ba ruột nó", "ông ta là bố dượng con bé", "he is her father". */
const TOLD_OF = /(?:^| )(?:ong|ba|han|lao|ga|ong ay|ong ta|ong do|ba ay|ba ta|ba do|chu ay|chu ta|anh ay|anh ta|nguoi do|nguoi nay|nguoi dan ong do|he|she|the man|that man|this man)$/;
const KIN_SAID: ReadonlySet<string> = new Set(["father", "mother", "stepfather", "stepmother", "grandparent", "relative", "sibling"]);

/**
 * The one told of is said to be the child's kin: "ông Tư ... cầm dao rượt thằng Bin ... Ổng là ba ruột nó" (walk 54 stored no harmer),
 * "The man who hit her ... He is her stepfather": a pronoun or title, then "là"/"is", then a kin word (of the child), the relation read.
 */
function saidToBeKin(words: Words, relations: readonly RelationHit[]): { relation: Relation; quote: string } | null {
  const f = words.folded;
  for (const r of relations) {
    if (!KIN_SAID.has(r.relation) || !["la", "is"].includes(f[r.h.start - 1] ?? "")) continue;
    const before = f.slice(Math.max(0, r.h.start - 6), r.h.start - 1).join(" ");
    if (words.sentence[r.h.start - 1] !== words.sentence[r.h.start] || !TOLD_OF.test(before)) continue;
    return { relation: r.relation as Relation, quote: words.written.slice(r.h.start, r.h.end).join(" ") };
  }
  return null;
}

/** Words between a group member and the harm that make the member the one harmed ("was hit by", "bị đánh"), folded. */
const MEMBER_SUFFERS: ReadonlySet<string> = new Set(["bi", "was", "were", "is", "got", "gets", "been", "being", "duoc", "says", "said", "told", "noi", "ke"]);

/**
 * "One of the boys I coach touched a 9-year-old girl", "một đứa trong đội bóng tôi dạy đã sờ ...", "một thằng trong lớp tôi đánh ...":
 * one of a group the writer tells of, and the harm follows it in the same clause within a few words as its doing: another child harms.
 * Not when a comma comes between ("One of my players, 12, shows up with belt marks": the child harmed), nor a word of suffering or
 * telling ("was hit by", "bị", "says her uncle"), nor after "of" ("the father of one of my students slaps him"), nor when a
 * relation other than another child comes between ("one of my pupils has a stepdad who hits her", "một em trong lớp tôi có bố hay
 * đánh"): the member owns the one who harms, and is the child harmed.
 */
function groupMemberHarms(m: FactsMatcher, words: Words, relations: RelationHit[]): { relation: Relation; quote: string } | null {
  const members = m.hits(words, "groupMembers", m.lexicon.groupMembers ?? []);
  if (members.length === 0) return null;
  const harms = [...harmHits(m, words), ...m.hits(words, "groupMemberHarmWords", m.lexicon.groupMemberHarmWords ?? [])];
  for (const g of members) {
    // "The father of one of my students slaps him": the member owns the one named before it, who harms.
    if (["of", "cua"].includes(words.folded[g.start - 1] ?? "")) continue;
    const harm = harms.find((h) => h.start >= g.end && h.start - g.end <= 6 && words.sentence[h.start] === words.sentence[g.start]);
    if (!harm) continue;
    if (relations.some((r) => r.relation !== "peer" && r.h.start >= g.end && r.h.start < harm.start)) continue;
    let clear = true;
    for (let k = g.end; k <= harm.start; k++) if (words.comma[k] || MEMBER_SUFFERS.has(words.folded[k] ?? "")) clear = false;
    if (clear) return { relation: "peer", quote: words.written.slice(g.start, g.end).join(" ") };
  }
  return null;
}

/** The writer as the one the child is with (folded first word): "với tôi", "with me". */
const WRITER_FIRST: ReadonlySet<string> = new Set(["toi", "tui", "minh", "tao", "em", "chung", "bon", "me", "us", "my", "our"]);
/** Relations that hold each other: "bố mẹ" holds the father and the mother (and a step-parent of the home). */
const ONE_HOME: ReadonlySet<string> = new Set(["parents", "father", "mother", "stepfather", "stepmother"]);

/**
 * Whom the child is said to be with, from the words after "với", "cùng", "with" (`after`, as written) in a story (`text`): "harmer"
 * when one of the persons named there is the one the story says harms, or a pronoun for them ("ông ta", "him"); "other" when persons
 * are named and none is ("bà ngoại", "cô giáo", "tôi" while the stepfather harms); null when it names no one known, or no one is said
 * to harm. The triage's "ở với" rule asks this, so being with the person who harms is read from who, not from "ở với" alone.
 */
export function childWithWhom(text: string, after: string): "harmer" | "other" | null {
  const m = shippedMatcher();
  const words = toWords(text.slice(0, 4000));
  const harmer = harmerOfWords(m, words, relationHits(m, words));
  const whom = toWords(after.slice(0, 200));
  const first = whom.written[0]?.normalize("NFC").toLowerCase() ?? "";
  // The persons named in the first clause after "với" ("bà ngoại rồi", "mẹ và bố dượng", "her grandma in town").
  const end = whom.comma.findIndex((c, i) => i > 0 && c);
  const named = relationHits(m, whom).filter((r) => r.h.start < (end < 0 ? whom.written.length : end) && whom.sentence[r.h.start] === 0);
  // "him", "ông ta": the one who harms; "her" only alone ("home with her now"), not "her grandma".
  const possessive = EN_POSSESSIVE.has(whom.folded[0] ?? "") && named.some((r) => r.h.start === 1);
  if (!possessive && (HARMER_PRONOUN.has(first) || m.hits(whom, "harmerPronouns", m.lexicon.harmerPronouns ?? []).some((p) => p.start === 0))) return harmer ? "harmer" : null;
  if (!harmer || harmer.relation === "self") return null;
  const same = (r: string) => r === harmer.relation || (ONE_HOME.has(r) && ONE_HOME.has(harmer.relation) && (r === "parents" || harmer.relation === "parents"));
  if (named.some((r) => same(r.relation))) return "harmer";
  // "ở nhà một mình với chồng tôi", "với tôi và chồng tôi" while the story's harmer is quoted as "chồng tôi": the harmer's own words.
  if (harmer.quote && saysQuote(whom.folded.slice(0, end < 0 ? whom.folded.length : end), toWords(harmer.quote).folded)) return "harmer";
  if (named.length > 0 || WRITER_FIRST.has(whom.folded[0] ?? "")) return "other";
  return null;
}

/** The words `quote` (folded) stand in a row in `words` (folded). */
function saysQuote(words: readonly string[], quote: readonly string[]): boolean {
  if (quote.length === 0) return false;
  for (let i = 0; i + quote.length <= words.length; i++) if (quote.every((q, j) => words[i + j] === q)) return true;
  return false;
}

/** The child goes to buy there (folded, spaced): "qua mua đồ", "ra mua kem", "buys sweets". */
const BUYS_THERE = / (?:mua|buy|buys|buying|bought) /;
/** The child works there (folded, spaced): "làm phục vụ", "làm thuê cho", "giúp việc", "works at". */
const WORKS_THERE = / (?:lam (?:thue|cong|phuc vu|viec|cho|o quan|o tiem)|phuc vu|giup viec|rua bat|boi ban|ban hang cho|bung be|works? (?:at|for|in)|working (?:at|for|in)|job) /;
/** Near the child's home (folded, spaced): "cạnh nhà", "đầu ngõ", "trong xóm", "next door". */
const NEAR_HOME = / (?:canh nha|gan nha|ke ben|sat vach|dau ngo|dau hem|cuoi hem|cuoi ngo|trong xom|dau xom|ben canh|next door|down the street|near (?:our|her|his|their|the) (?:house|home)) /;

/**
 * "ông chủ tiệm tạp hóa cạnh nhà ... mỗi lần cháu qua mua đồ": the owner of a shop the child buys from, with no word of the child
 * working there, is a neighbour (near home) or another person, not the child's employer.
 */
/** A school or kindergarten told of: "đi học mẫu giáo về", "ở nhà trẻ", "trên lớp". */
const AT_SCHOOL = /\b(?:mau giao|mam non|nha tre|nhom tre|di hoc|(?:o|tai|den|tren|toi) truong|truong hoc|tren lop|o lop|lop hoc|co giao|thay giao)\b/;
/** "bị cô lấy thước đánh", "bị thầy phạt quỳ": a bare "cô" or "thầy" who harms. */
const BARE_TEACHER = /\bbi (co|thay) (?:(?:lay|cam|dung) \w+ )?(?:danh|tat|phat|quat|vut|nhot|bat|dap|nheo|keo|xo|mang|chui|dot|cau|so)\b/;

/**
 * No harmer found, a school told of, and a bare "cô" or "thầy" does the harm ("đi học mẫu giáo về … cháu nói bị cô lấy thước
 * đánh"): the teacher (walk 35). Out of school, "cô" is as often an aunt, so nothing is read without the school.
 */
function schoolTeacher(words: Words, harmer: { relation: Relation; quote: string | null } | null): { relation: Relation; quote: string | null } | null {
  if (harmer) return harmer;
  const folded = words.folded.join(" ");
  if (!AT_SCHOOL.test(folded)) return null;
  const m = BARE_TEACHER.exec(folded);
  if (!m) return null;
  const at = folded.slice(0, m.index + m[0].indexOf(` ${m[1]} `) + 1).split(" ").length - 1;
  // "đi học về nhà, tối qua bị cô lấy roi đánh bầm tay ở nhà": hit at home, in the same sentence, the "cô" is as likely an aunt.
  const sentence = words.folded.filter((_, i) => i > at && words.sentence[i] === words.sentence[at]).join(" ");
  if (/\b(?:o|tai) nha\b/.test(sentence)) return null;
  return { relation: "teacher", quote: words.written[at] ?? m[1]! };
}

function shopkeeper<H extends { relation: string }>(words: Words, harmer: H | null): H | null {
  if (harmer?.relation !== "employer") return harmer;
  const text = ` ${words.folded.join(" ")} `;
  if (!BUYS_THERE.test(text) || WORKS_THERE.test(text)) return harmer;
  return { ...harmer, relation: NEAR_HOME.test(text) ? "neighbour" : "other" };
}

/** The words of a hit as written (lower case), or null. */
/** A span of recent days (folded): "mấy hôm nay", "mấy bữa nay", "dạo này", "these days", "for days". */
const RECENT_SPAN = /^(?:may (?:hom|ngay|bua)(?: nay| gan day| qua)?|dao (?:nay|gan day)|gan day|ngay nay|these days|recently|for days)$/;
/** One recent day or night named (folded): "tối qua", "hôm qua", "đêm hôm qua", "hôm kia", "last night", "yesterday". */
const RECENT_DAY = /^(?:(?:toi|dem|chieu|sang|trua) )?(?:hom )?(?:qua|hqua|hqa|kia)$|^bua qua$|^yesterday$|^last night$/;

/**
 * The hit the time is quoted from: the first one of its kind; but "mấy hôm nay cháu sợ không dám đi, tối qua cháu kể ...": a span of
 * recent days told first, then a day named, is last on that day (walk 55 kept "mấy hôm nay"). Of several days named, the last told.
 */
function latestDayOverSpan(words: Words, when: WhenFact, hits: readonly Hit[], at: number | undefined): Hit | undefined {
  const first = hits.find((h) => h.start === at);
  const key = (h: Hit) => words.folded.slice(h.start, h.end).join(" ");
  if (when !== "recent" || !first || !RECENT_SPAN.test(key(first))) return first;
  const days = hits.filter((h) => h.start > first.start && RECENT_DAY.test(key(h))).sort((a, b) => a.start - b.start);
  return days.at(-1) ?? first;
}

function quoteOf(words: Words, hit: Hit | undefined): string | null {
  return hit ? words.written.slice(hit.start, hit.end).join(" ") : null;
}

/** "sắp", "chuẩn bị": about to, with no day named. */
const VAGUE_SOON: ReadonlySet<string> = new Set(["sắp", "chuẩn bị", "sắp bị", "chuẩn bị bị"]);

/** Every "tonight" word of the text is only "about to" ("sắp gả"), no night or day named ("tối mai", "ngày mai"). */
/** English future words: "will", "'ll", "going to", "gonna", "planning"; "is/are/'s ...ing" is checked apart (folded tokens). */
const FUTURE_EN = new Set(["will", "ll", "gonna", "going", "planning", "plans", "plan", "intends", "wants", "coming"]);
const WEEKDAYS_EN = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "weekend"]);
/** "is", "are", "he's", "they're": before a word in -ing, a plan told in the present ("he's picking her up on Saturday"). */
const PROGRESSIVE = /^(?:is|are|am|s|re|\S+'s|\S+'re)$/;

/**
 * A day in the coming days a harm is planned for: "thứ 7 này", "cuối tuần này", "this weekend", or "on Saturday" in an
 * English sentence told in the future ("he's picking her up on Saturday", "they will take him on Sunday").
 */
function daysAhead(m: FactsMatcher, words: Words): Hit | null {
  const said = m.hits(words, "ahead:days_ahead", m.lexicon.timeHints.days_ahead)[0];
  if (said) return said;
  for (let i = 0; i < words.folded.length; i++) {
    // "on Saturday", "on the weekend", or a bare "Saturday" after the verb ("he'll pick her up Saturday").
    const on = words.folded[i] === "on";
    const day = !on ? i : words.folded[i + 1] === "the" ? i + 2 : i + 1;
    if (!WEEKDAYS_EN.has((words.folded[day] ?? "").replace(/s$/, "")) || (!on && ["on", "the", "last", "every", "this", "next"].includes(words.folded[i - 1] ?? ""))) continue;
    const before = (j: number) => words.sentence[j] === words.sentence[i] && j < i;
    const future = words.folded.some((w, j) => before(j) && (FUTURE_EN.has(w) || /'ll$/.test(w) || (PROGRESSIVE.test(w) && /ing$/.test(words.folded[j + 1] ?? ""))));
    if (future) return { phrase: { text: "", written: [], folded: [] } as unknown as Phrase, start: i, end: day + 1 };
  }
  return null;
}

function onlyVagueSoon(m: FactsMatcher, words: Words): boolean {
  const soon = m.hits(words, "when:tonight", m.lexicon.when.tonight);
  return soon.length > 0 && soon.every((h) => VAGUE_SOON.has(h.phrase.text));
}

/**
 * "đang ở với", "đang ở nhà với" said of someone: the child is with the one who harms, unless the
 * one named is someone else ("cháu đang ở nhà với bà ngoại" while the stepfather harms; "Không,
 * bé đang ở nhà với mẹ" with no one said to harm).
 */
function withSomeoneNow(m: FactsMatcher, words: Words, relations: ReadonlyArray<{ relation: string; h: Hit }>, harmer: { relation: Relation } | null): boolean {
  const staying = m.hits(words, "withHarmerNow", m.lexicon.withHarmerNow).some((hit) => {
    if (toldEarlier(m, words, hit) || fearedBefore(m, words, hit.start)) return false;
    const whom = relations.find((r) => r.h.start === hit.end || (r.h.start === hit.end + 1 && EN_POSSESSIVE.has(words.folded[hit.end] ?? "")));
    // Nobody said to harm: the one named may be that person, unless the message says there is no danger.
    if (!whom || (harmer === null && !NO_DANGER.test(words.folded.join(" ")))) return true;
    return harmer !== null && whom.relation === harmer.relation;
  });
  return staying || goesHomeToWhom(m, words, relations, harmer);
}

/**
 * "goes home to him", "chiều nay bé lại về nhà với mẹ kế": a going to someone is the child with the one who harms only when that
 * person follows, by kin word (the harmer's own; any kin when nobody is said to harm and no danger is denied) or by a pronoun for
 * them when someone is said to harm ("him", "her" alone, "ổng", "hắn", "ông ta"). "goes back to school", "goes home to an empty
 * house", "về nhà với bạn" name nobody who harms.
 */
function goesHomeToWhom(m: FactsMatcher, words: Words, relations: ReadonlyArray<{ relation: string; h: Hit }>, harmer: { relation: Relation } | null): boolean {
  return m.hits(words, "goesHomeTo", m.lexicon.goesHomeTo ?? []).some((hit) => {
    if (toldEarlier(m, words, hit) || fearedBefore(m, words, hit.start)) return false;
    const whom = relations.find((r) => r.h.start === hit.end || (r.h.start === hit.end + 1 && EN_POSSESSIVE.has(words.folded[hit.end] ?? "")));
    if (whom) return harmer === null ? !NO_DANGER.test(words.folded.join(" ")) : whom.relation === harmer.relation;
    if (harmer === null) return false;
    const next = words.written[hit.end]?.normalize("NFC").toLowerCase() ?? "";
    // "her" alone, not "her empty flat": the sentence ends or a word of time or place follows.
    const alone = next !== "her" || words.sentence[hit.end + 1] !== words.sentence[hit.end] || HER_ALONE_BEFORE.has(words.folded[hit.end + 1] ?? "");
    return ((HARMER_PRONOUN.has(next) || next === "bả") && alone) || m.hits(words, "harmerPronouns", m.lexicon.harmerPronouns ?? []).some((p) => p.start === hit.end);
  });
}
/** Words after "her" that leave it a pronoun ("goes home to her after school"), not a possessive ("her grandma's"). */
const HER_ALONE_BEFORE: ReadonlySet<string> = new Set(["after", "at", "tonight", "today", "tomorrow", "now", "again", "every", "when", "later", "this", "on", "in", "and", "so", "but", "because", "right"]);

/**
 * "Giờ bé ở nhà với dượng", "bây giờ nó ở với ông ta", "she is home with her stepfather now": where the child is, with a word of
 * now in the same sentence (colloquial "giờ" is now), is the child with that person now; the same person rules as withSomeoneNow.
 */
function withSomeoneSaidNow(m: FactsMatcher, words: Words, relations: ReadonlyArray<{ relation: string; h: Hit }>, harmer: { relation: Relation } | null): boolean {
  const nows = m.hits(words, "nowWords", m.lexicon.nowWords ?? []);
  if (nows.length === 0) return false;
  return m.hits(words, "withSomeoneWhere", m.lexicon.withSomeoneWhere ?? []).some((hit) => {
    const s = words.sentence[hit.start];
    const near = nows.some((n) => words.sentence[n.start] === s && ((n.end <= hit.start && hit.start - n.end <= 4) || (n.start >= hit.end && n.start - hit.end <= 4)));
    // "không còn ở nhà với dượng", "chẳng còn ở với", "no longer with him": no longer is not now.
    const denied = negatorAt(words, hit.start - 1) || (NO_LONGER_AFTER.has(words.folded[hit.start - 1] ?? "") && negatorAt(words, hit.start - 2));
    if (!near || toldEarlier(m, words, hit) || denied || fearedBefore(m, words, hit.start)) return false;
    const whom = relations.find((r) => r.h.start === hit.end || (r.h.start === hit.end + 1 && EN_POSSESSIVE.has(words.folded[hit.end] ?? "")));
    // "with him", "với ổng", "với hắn": a pronoun for the one who harms when someone is said to ("với ông" is a grandfather, not "ổng").
    if (!whom) return harmer !== null && (HARMER_PRONOUN.has(words.written[hit.end]?.normalize("NFC").toLowerCase() ?? "") || m.hits(words, "harmerPronouns", m.lexicon.harmerPronouns ?? []).some((p) => p.start === hit.end));
    return harmer !== null && whom.relation === harmer.relation;
  });
}

/** Where a child is, feared or refused ("sợ ở nhà một mình với", "không chịu ở với", "afraid to stay home alone with"): words of
 * fearsBeingWith end at `start`, or one or two words of place before it ("sợ ở nhà một mình": "ở nhà"). */
const PLACE_BETWEEN: ReadonlySet<string> = new Set(["o", "nha", "stay", "home", "be", "at", "phai"]);
function fearedBefore(m: FactsMatcher, words: Words, start: number): boolean {
  let at = start;
  while (at > 0 && start - at < 2 && PLACE_BETWEEN.has(words.folded[at - 1] ?? "")) at--;
  return m.hits(words, "fearsBeingWith", m.lexicon.fearsBeingWith ?? []).some((h) => h.end >= at && h.end <= start);
}

/** A pronoun after "with" that names the one who harms told before, as written: "him", "ổng", "hắn", "ông ta" (not "them": the carers who took the child in). */
const HARMER_PRONOUN: ReadonlySet<string> = new Set(["him", "her", "ổng", "hắn", "han", "lão", "lao", "gã"]);
/** The word between a negator and "ở với" that makes it "no longer" (folded): "không còn", "not ... any longer". */
const NO_LONGER_AFTER: ReadonlySet<string> = new Set(["con", "longer"]);

/** Words that deny what follows: "không chảy máu", "chưa thấy bầm", "no bruises", "not alone". */
const NEGATORS: ReadonlySet<string> = new Set(["khong", "ko", "k", "kg", "hong", "hok", "chua", "chang", "not", "never", "without", "isn't", "wasn't", "didn't", "doesn't", "hasn't", "haven't", "hadn't", "weren't", "aren't", "isnt", "wasnt", "didnt", "doesnt", "hasnt", "havent", "hadnt", "werent", "arent"]);
/** Vietnamese words that follow "nó" (it, him, her), typed without diacritics like English "no": "no bi", "no da", "no dang". */
const AFTER_NO: ReadonlySet<string> = new Set(["bi", "da", "dang", "van", "co", "lai", "cung", "thi", "la", "duoc", "se", "con", "hay", "noi", "ke", "o", "khoc", "so", "di", "ve", "an", "moi", "chi", "tu", "nam", "danh", "thuong", "cu", "suot", "say"]);

/** A word that denies at position k: "không", "chưa", "chẳng", "not"; "chả" only as written; "no" only as English ("no bruises"), never "nó". */
function negatorAt(words: Words, k: number): boolean {
  const w = words.folded[k] ?? "";
  // "me no chua dam no suot ngay": an untoned "chua" before a verb of harm or scolding is no "chưa" (not yet).
  if (w === "chua" && untonedChuaBeforeHarm(words.folded, words.written[k]?.toLowerCase() ?? "", k)) return false;
  if (NEGATORS.has(w)) return true;
  if (w === "cha") return words.written[k] === "chả";
  if (w === "no") return words.written[k] === "no" && !words.diacritics && !AFTER_NO.has(words.folded[k + 1] ?? "") && words.folded[k - 1] !== "cua";
  return false;
}
/** Words that may stand between a negator and what it denies: "không hề bị", "chưa thấy có", "not any". */
const NEGATION_FILLERS: ReadonlySet<string> = new Set(["he", "bi", "co", "thay", "ai", "thi", "la", "con", "duoc", "lam", "qua", "any", "a", "been", "be", "see", "seen", "saw", "noticed", "heard", "spotted", "seem", "look", "visible", "serious"]);

/**
 * Whether a phrase of the list is said, not denied: "bị đánh nhưng không chảy máu", "chưa thấy vết
 * bầm", "not alone" do not say an injury or a child alone. A denial is a negator right before the
 * phrase, with at most filler words between, in the same sentence and after no comma.
 */
function said(m: FactsMatcher, words: Words, key: string, texts: readonly string[], now: (hit: Hit) => boolean = () => true): boolean {
  return m.kept(words, key, texts).some((hit) => {
    if (!now(hit)) return false;
    if (negatorAt(words, hit.start)) return true; // the phrase holds its own negation ("không ai chăm")
    for (let k = hit.start - 1; k >= Math.max(0, hit.start - 4); k--) {
      if (words.sentence[k] !== words.sentence[hit.start] || words.comma[k + 1]) return true;
      const w = words.folded[k]!;
      // "tat no chay mau mom": an untoned "no" before a Vietnamese phrase is "nó" (him, her), never English "no".
      if (negatorAt(words, k) && !(w === "no" && VIETNAMESE_LETTER.test(hit.phrase.text))) return false;
      if (!NEGATION_FILLERS.has(w)) return true;
    }
    return true;
  });
}

/** A letter only Vietnamese writes: a phrase of the lists holding one is Vietnamese ("chảy máu"), not English ("bleeding"). */
const VIETNAMESE_LETTER = /[^\x00-\x7f]/;

/** Words said in quotation marks: double quotes always; single quotes only opening after a space, a colon or a bracket and closing before a space or punctuation (never an apostrophe: "he'll"). */
const QUOTED = /["\u201c\u00ab]([^"\u201c\u201d\u00ab\u00bb\n]{2,80})["\u201d\u00bb]|(?:^|[\s:(])['\u2018]([^'\u2018\u2019\n]{2,80})['\u2019](?=[\s.,;:!?)]|$)/gu;
/** Negators just before a quote (folded): "không hề nói 'tao xử mày'", "never said". */
const QUOTE_NEGATORS: ReadonlySet<string> = new Set(["khong", "chua", "chang", "ko", "never", "not", "didn", "doesn", "hong"]);

/**
 * A bare threat to kill said in quotes at a child ("gằn giọng 'tao xử mày luôn'", "kept shouting \"finish him\""): a threat to
 * kill only in a report that names someone who harms the child (not the child, not an online contact), not said not to
 * just before the quote, and not in a report of a game, a film or a joke ("chơi game cứ hét \"finish him\"", "nói đùa").
 */
function quotedThreat(m: FactsMatcher, text: string, words: Words, harmer: { relation: Relation } | null): boolean {
  const bare = m.lexicon.threatToKillQuoted ?? [];
  if (bare.length === 0 || !harmer || ["self", "online_contact"].includes(harmer.relation)) return false;
  if (!/["\u201c\u00ab'\u2018]/u.test(text) || m.any(words, "quotedNotThreat", m.lexicon.quotedNotThreat ?? [])) return false;
  for (const q of text.matchAll(QUOTED)) {
    if (!m.any(toWords(q[1] ?? q[2] ?? ""), "threatToKillQuoted", bare)) continue;
    const before = foldVietnamese(text.slice(Math.max(0, q.index - 40), q.index)).toLowerCase().split(/[^a-z0-9]+/).filter(Boolean).slice(-4);
    if (!before.some((w) => QUOTE_NEGATORS.has(w))) return true;
  }
  return false;
}

/** Words that open a hypothetical (folded): "nếu", "giả sử", "lỡ", "if", "what if", "in case". */
const IF_OPENERS: ReadonlySet<string> = new Set(["neu", "gia", "lo", "if", "case", "unless"]);

/**
 * afterAnIf, with the "if" read as a whole word: "gia" only as "giả sử", "giả như", "lo" only as "lỡ" (or "lo như", "lo mà"),
 * "case" only as "in case": "làm xấu mặt gia đình" opens no "if" before "lần sau sẽ làm cho chắc".
 */
function openedByIf(words: Words, hit: Hit): boolean {
  for (let k = hit.start - 1; k >= 0 && words.sentence[k] === words.sentence[hit.start]; k--) {
    const w = words.folded[k]!;
    const next = words.folded[k + 1] ?? "";
    if (w === "neu" || w === "if" || w === "unless") return true;
    if (w === "gia" && (next === "su" || next === "nhu")) return true;
    if (w === "lo" && (words.written[k] === "lỡ" || next === "nhu" || next === "ma")) return true;
    if (w === "case" && words.folded[k - 1] === "in") return true;
  }
  return false;
}

/** The hit stands in a sentence that an "if" opens before it ("nếu mai ông ấy đánh tiếp thì ..."): a hypothetical, not a promise. */
function afterAnIf(words: Words, hit: Hit): boolean {
  for (let k = hit.start - 1; k >= 0 && words.sentence[k] === words.sentence[hit.start]; k--) if (IF_OPENERS.has(words.folded[k]!)) return true;
  return false;
}

/** Words that tell a threat carried out between a threat and the injury ("dọa rồi đánh gãy tay"), folded. */
const CARRIED_OUT: ReadonlySet<string> = new Set(["roi", "xong", "then", "and", "va", "lien", "thiet"]);

/**
 * An injury named in a threat ("bố dọa nếu ... thì đánh gãy chân", "threatened to break her arm"): a threat word ("dọa", "threaten")
 * up to 10 words before it in its sentence, no comma between, nothing telling the threat was carried out.
 */
function threatened(words: Words, hit: Hit): boolean {
  for (let k = hit.start - 1; k >= Math.max(0, hit.start - 11); k--) {
    if (words.sentence[k] !== words.sentence[hit.start] || words.comma[k + 1]) return false;
    const w = words.folded[k]!;
    if (CARRIED_OUT.has(w)) return false;
    if ((w === "doa" && !words.written[k]!.normalize("NFC").toLowerCase().startsWith("đ")) || w.startsWith("threat")) return true;
  }
  return false;
}

/** "Một mình", "alone" said of a feeling ("ngồi khóc một mình trong phòng", "I feel so alone"), read in its sentence: no child alone. */
function feltAlone(words: Words, hit: Hit): boolean {
  const text = words.folded.slice(hit.start, hit.end).join(" ");
  if (text !== "mot minh" && text !== "alone") return false;
  let start = hit.start;
  while (start > 0 && words.sentence[start - 1] === words.sentence[hit.start]) start--;
  let end = hit.end;
  while (end < words.folded.length && words.sentence[end] === words.sentence[hit.start]) end++;
  return aloneInFeeling(words.folded.slice(start, end), hit.start - start, words.folded);
}

/**
 * A fact of now told as an earlier episode: a word of an earlier time before it in its sentence ("lúc trước hay bị bỏ ở nhà một
 * mình", "năm ngoái ông ấy hay lui tới"), with no word between that brings the story back to now ("hồi trước ... giờ lại").
 */
function toldEarlier(m: FactsMatcher, words: Words, hit: Hit): boolean {
  const s = words.sentence[hit.start];
  const last = m.hits(words, "earlierTimes", m.lexicon.earlierTimes ?? []).filter((h) => words.sentence[h.start] === s && h.end <= hit.start).at(-1);
  // "từ tháng trước", "since last year": from then until now.
  if (!last || ["tu", "since"].includes(words.folded[last.start - 1] ?? "")) return false;
  // In the fact's clause, or a clause of its own right before it ("Hồi trước, ..."); told then of a state ("tuần trước nó nhắn nói ...") is not.
  const commas = words.comma.slice(last.end, hit.start + 1).filter(Boolean).length;
  if (commas > 1 || (commas === 1 && !(words.comma[last.end] && (last.start === 0 || words.comma[last.start] || words.sentence[last.start - 1] !== s)))) return false;
  for (let k = last.end; k < hit.start; k++) if (tellingWord(words.folded[k]!, words.written[k]!)) return false;
  return !m.hits(words, "nowAgain", m.lexicon.nowAgain ?? []).some((h) => h.start >= last.end && h.start < hit.end);
}

/** Before a phrase in its sentence: a hypothetical ("nếu bé bất tỉnh thì ...", "what if") or an earlier episode ("có lần", "last week"), folded. */
const NOT_NOW_BEFORE = /\b(?:neu|gia su|lo nhu|lo ma|phong khi|truong hop|if|what if|in case|co lan|co hom|co bua|mot lan|lan truoc|hom truoc|bua truoc|tuan truoc|thang truoc|nam ngoai|nam truoc|hoi truoc|hoi do|once|last week|last month|last year|used to)\b/;

/**
 * A child unconscious or that cannot be woken now ("bị đánh ngất, h chưa tỉnh", "gọi không dậy", "he's not waking up"):
 * said (not denied), not after an "if" or an earlier episode in its sentence, and no word that the child has woken.
 */
function unconsciousNow(m: FactsMatcher, words: Words): boolean {
  if (m.any(words, "unconsciousAwake", m.lexicon.unconsciousAwake ?? [])) return false;
  return m.kept(words, "unconsciousNow", m.lexicon.unconsciousNow ?? []).some((hit) => {
    // A phrase across a comma is two clauses ("ly hon, me toi" is not "hôn mê").
    for (let k = hit.start + 1; k < hit.end; k++) if (words.comma[k]) return false;
    const before: string[] = [];
    for (let k = hit.start - 1; k >= 0 && words.sentence[k] === words.sentence[hit.start]; k--) before.unshift(words.folded[k]!);
    if (NOT_NOW_BEFORE.test(before.join(" "))) return false;
    if (negatorAt(words, hit.start)) return true; // "chưa tỉnh", "không tỉnh lại": the phrase holds its own negation
    for (let k = hit.start - 1; k >= Math.max(0, hit.start - 3); k--) {
      if (words.sentence[k] !== words.sentence[hit.start] || words.comma[k + 1]) return true;
      if (negatorAt(words, k)) return false;
      if (!NEGATION_FILLERS.has(words.folded[k]!)) return true;
    }
    return true;
  });
}

/** Pronouns that stand for an adult man or woman told of (not the child): "ổng", "hắn", "ông ta", "he". */
const HARMER_PRONOUNS: ReadonlySet<string> = new Set(["ong", "ba", "han", "gia", "he", "she", "him"]);

const ACCESS_NEGATORS: ReadonlySet<string> = new Set(["khong", "chua", "chang", "het", "thoi", "not", "longer", "doesn't", "doesnt", "never", "t"]);

/**
 * Whether the text says the person who harms can reach the child again ("vẫn ở chung nhà", "vẫn đến
 * đón cháu", "lives with them"): a phrase of the list in a sentence that names no one else, or names
 * the one who harms ("Bé ngủ chung với mẹ, bị hàng xóm sờ soạng" is the mother's home, not the neighbour's).
 */
/**
 * An access phrase that still holds: not told before the carer ended it ("Tôi đã không cho con qua đó nữa", "giờ con ở với tôi
 * rồi"), not told as long ago, and not said not to ("không ở chung nhà", "không còn sống chung", "doesn't live with").
 */
function accessHolds(m: FactsMatcher, words: Words, hit: Hit): boolean {
  const ended = m.kept(words, "harmerAccessEnded", m.lexicon.harmerAccessEnded ?? []);
  return !ended.some((e) => e.start > hit.start) && !toldEarlier(m, words, hit) && ![1, 2].some((k) => ACCESS_NEGATORS.has(words.folded[hit.start - k] ?? ""));
}

function harmerAccess(m: FactsMatcher, words: Words, relations: ReadonlyArray<{ relation: string; h: Hit }>, harmer: { relation: Relation } | null): boolean {
  if (harmer && ["self", "online_contact"].includes(harmer.relation)) return false;
  const unnamed = !harmer || harmer.relation === "stranger";
  return m.kept(words, "harmerAccess", m.lexicon.harmerAccess).some((hit) => {
    if (!accessHolds(m, words, hit)) return false;
    // No relation named ("ông trưởng ấp ... nay ổng vẫn tới nhà hoài", "a man from church ... he still comes over"): the phrase must be said of that person, by a pronoun before it.
    if (unnamed && !words.folded.slice(Math.max(0, hit.start - 3), hit.start + 2).some((w) => HARMER_PRONOUNS.has(w))) return false;
    const others = relations.filter((r) => words.sentence[r.h.start] === words.sentence[hit.start] && r.h.end <= hit.start + 6);
    return others.length === 0 || (harmer !== null && others.some((r) => r.relation === harmer.relation));
  });
}

/** Household relations: one of them "still at home" is in the child's home. */
export const HOUSEHOLD: ReadonlySet<string> = new Set(["stepfather", "stepmother", "father", "mother", "parents", "grandparent", "sibling", "relative", "partner"]);
/** Words that stand for the one who harms just before "vẫn ở nhà" (folded): "anh ta", "ông ấy", "hắn", "ổng", "gã", "thằng đó", "he". */
const STILL_HOME_SUBJECTS: ReadonlySet<string> = new Set(["ta", "ay", "han", "ong", "gia", "do", "kia", "he", "him", "he's", "hes"]);

/**
 * "Giờ anh ta vẫn ở nhà", "hắn vẫn còn ở nhà", "he is still at home": a person of the child's household who harms is told to be
 * still in the home (walk 31: a mother's "giờ anh ta vẫn ở nhà" of her husband who abused her daughter). Said of that person (a
 * pronoun or the person's own word just before), not of the child ("bé vẫn ở nhà với tôi"), and not of someone outside the home.
 */
function harmerStillHome(m: FactsMatcher, words: Words, relations: ReadonlyArray<{ relation: string; h: Hit }>, harmer: { relation: Relation } | null): boolean {
  if (!harmer || !HOUSEHOLD.has(harmer.relation)) return false;
  return m.kept(words, "harmerStillHome", m.lexicon.harmerStillHome ?? []).some((hit) => {
    if (!accessHolds(m, words, hit)) return false;
    const before = words.folded.slice(Math.max(0, hit.start - 2), hit.start);
    return before.some((w) => STILL_HOME_SUBJECTS.has(w))
      || relations.some((r) => r.relation === harmer.relation && r.h.end <= hit.start && r.h.end >= hit.start - 1);
  });
}

/**
 * The kinds of time the text names, most urgent first, each with where it is first named;
 * "hôm nay" inside "mấy hôm nay" is not today, nor in "2 hôm nay" (a count of days: recent).
 */
function timesOf(m: FactsMatcher, words: Words): Array<{ w: WhenFact; at: number; ongoing?: boolean }> {
  // "không phải tối nay hay mai đâu, tháng sau mới cưới", "not tonight": a time said not to be the one is not read.
  // "đg đánh e hoài", "is hitting me all the time": a verb in the progressive with a word of habit in its clause tells a habit, not now.
  const habits = m.kept(words, "when:repeated", m.lexicon.when.repeated).filter((x) => HABIT_WORDS.test(words.folded.slice(x.start, x.end).join(" ")));
  // "cách đây 2 tuần ..., tối qua lại đánh", "two weeks ago he moved in, every night since": a count back from today is when it
  // began; another time the text names says when it last happened, and wins.
  const counted = countedTimes(m, words);
  const listed = [...WHEN_ORDER.flatMap((w) => m.kept(words, `when:${w}`, m.lexicon.when[w]).map((h) => ({ w, h }))), ...durationToNow(m, words).map((h) => ({ w: "recent" as const, h }))];
  const ago = counted.filter((x) => x.w === "recent" || x.w === "past");
  const agoShadowed = listed.some((x) => x.w !== "past" && !ago.some((a) => a.h.start <= x.h.start && a.h.end >= x.h.end));
  const hits = [...listed, ...counted.filter((x) => !(agoShadowed && ago.includes(x)))].filter((x) => !timeDenied(words, x.h.start) && !careDuration(words, x.h) && !(x.w === "now" && (apartNow(m, words, x.h) || habitNow(words, x.h, habits))));
  // "I think a kid in my building is being abused", "tôi nghi nó đang bị bạo hành": a lasting or suspected harm is no now (issue 13),
  // unless another now is told.
  const lasting = hits.filter((x) => x.w === "now" && lastingNow(words, x.h));
  if (lasting.length > 0 && hits.every((x) => x.w !== "now" || lasting.includes(x))) hits.splice(0, hits.length, ...hits.filter((x) => !lasting.includes(x)));
  const kept = hits
    .filter((x) => !hits.some((o) => o !== x && o.h.start <= x.h.start && o.h.end >= x.h.end && o.h.end - o.h.start > x.h.end - x.h.start))
    .map((x) => (x.w === "today" && COUNTED_DAYS.has(words.folded[x.h.start] ?? "") && /^\d{1,3}$|^(hai|ba|bon|nam|may|vai|muoi)$/.test(words.folded[x.h.start - 1] ?? "") ? { ...x, w: "recent" as const } : x));
  // "hôm nay kể với tôi ... lần gần nhất là hai hôm trước", "told her mum yesterday that ... last week": the day of telling is not the harm's.
  // Not of a child who wants to die ("hôm nay nó nói với tôi là muốn chết"): what is told that day is the danger itself.
  const telling = SELF_HARM_RE.test(words.folded.join(" ")) ? [] : kept.filter((x) => (x.w === "today" || x.w === "recent") && dayOfTelling(words, x.h));
  const harmTimes = telling.length > 0 && kept.some((x) => !telling.includes(x)) ? kept.filter((x) => !telling.includes(x)) : kept;
  const durations = new Set(durationToNow(m, words).map((h) => h.start));
  return WHEN_ORDER.flatMap((w) => {
    const here = harmTimes.filter((x) => x.w === w);
    const at = here.map((x) => x.h.start);
    if (!at.length) return [];
    const first = Math.min(...at);
    // "nghỉ học 2 tuần nay": a length of time up to now, the harm going on until today (mainTime prefers a today told with it).
    return [{ w, at: first, ...(w === "recent" && here.every((x) => durations.has(x.h.start)) ? { ongoing: true } : {}) }];
  });
}

/**
 * A length of time up to now, said with its number (lexicon durationToNow): "4 ngày rồi", "3 hôm nay", "được một tuần rồi",
 * "for 4 days", "three days now". The harm began that long ago and goes on: a time of the harm (recent), never today.
 */
/** The phrase a length of time up to now stands for (it is read from its parts, not from a listed phrase). */
const DURATION_PHRASE: Phrase = { text: "", written: [], folded: [], needsDiacritics: false };

/**
 * Times said with their number that are not a length up to now of days: hours up to now ("3 tiếng rồi", "for 2 hours": now, the
 * state goes on), and a count back from today ("cách đây 2 tuần", "3 ngày trước", "two weeks ago": recent, or past for months on).
 */
function countedTimes(m: FactsMatcher, words: Words): Array<{ w: WhenFact; h: Hit }> {
  const lx = m.lexicon.durationToNow;
  if (!lx) return [];
  const f = words.folded;
  const isNumber = (k: number) => /^\d{1,3}$/.test(f[k] ?? "") || lx.numbers.includes(f[k] ?? "") || ["may", "vai", "a", "an", "several"].includes(f[k] ?? "");
  const phraseAt = (k: number, phrases: readonly string[] = []) => phrases.map((p) => p.split(" ")).filter((p) => p.every((w, j) => f[k + j] === w && (j === 0 || !words.comma[k + j]))).reduce((n, p) => Math.max(n, p.length), 0);
  const phraseEndingAt = (k: number, phrases: readonly string[] = []) => phrases.map((p) => p.split(" ")).filter((p) => p.length <= k && p.every((w, j) => f[k - p.length + j] === w && !words.comma[k - p.length + j + 1])).reduce((n, p) => Math.max(n, p.length), 0);
  const out: Array<{ w: WhenFact; h: Hit }> = [];
  for (let k = 0; k < f.length; k++) {
    const len = phraseAt(k, lx.hoursVague);
    if (!len) continue;
    let from = k;
    while (from > 0 && words.sentence[from - 1] === words.sentence[k]) from--;
    const since = (lx.hoursVagueAfter ?? []).some((p) => ` ${f.slice(from, k).join(" ")} `.includes(` ${p} `));
    if (since && !f.slice(from, k).includes("used")) out.push({ w: "now", h: { phrase: DURATION_PHRASE, start: k, end: k + len } });
  }
  for (let k = 0; k + 1 < f.length; k++) {
    if (!isNumber(k) || words.comma[k + 1]) continue;
    const unit = f[k + 1]!;
    if (k > 0 && f[k - 1] === "thu" && !words.comma[k]) continue;
    if ((lx.hourUnits ?? []).includes(unit)) {
      const after = words.comma[k + 2] ? 0 : phraseAt(k + 2, lx.toNowAfter);
      const before = k > 0 && !words.comma[k] && lx.toNowBefore.includes(f[k - 1]!) ? 1 : 0;
      if (after || before) out.push({ w: "now", h: { phrase: DURATION_PHRASE, start: k - before, end: k + 2 + after } });
      continue;
    }
    const days = (lx.agoRecentUnits ?? []).includes(unit);
    const months = (lx.agoMonthUnits ?? []).includes(unit);
    if (!days && !months) continue;
    const after = words.comma[k + 2] ? 0 : phraseAt(k + 2, lx.agoAfter);
    const before = words.comma[k] ? 0 : phraseEndingAt(k, lx.agoBefore);
    if (!after && !before) continue;
    const n = /^\d+$/.test(f[k]!) ? Number(f[k]) : ["mot", "one", "a", "an"].includes(f[k]!) ? 1 : f[k] === "hai" || f[k] === "two" ? 2 : 3;
    out.push({ w: days || n <= 2 ? "recent" : "past", h: { phrase: DURATION_PHRASE, start: k - before, end: k + 2 + after } });
  }
  return out;
}

function durationToNow(m: FactsMatcher, words: Words): Hit[] {
  const lx = m.lexicon.durationToNow;
  if (!lx) return [];
  const f = words.folded;
  const isNumber = (k: number) => /^\d{1,3}$/.test(f[k] ?? "") || lx.numbers.includes(f[k] ?? "");
  const phraseAt = (k: number, phrases: readonly string[]) => phrases.map((p) => p.split(" ")).find((p) => p.every((w, j) => f[k + j] === w && (j === 0 || !words.comma[k + j])))?.length ?? 0;
  const hits: Hit[] = [];
  for (let k = 0; k + 1 < f.length; k++) {
    if (!isNumber(k) || !lx.units.includes(f[k + 1]!) || words.comma[k + 1]) continue;
    // "thứ sáu tuần rồi", "thứ 2 tuần trước": a weekday (last Friday), never a count of weeks (walk 47: "six weeks ago").
    if (k > 0 && f[k - 1] === "thu" && !words.comma[k]) continue;
    const after = words.comma[k + 2] ? 0 : phraseAt(k + 2, lx.toNowAfter);
    const before = k > 0 && !words.comma[k] && lx.toNowBefore.includes(f[k - 1]!) ? 1 : 0;
    if (after || before) hits.push({ phrase: DURATION_PHRASE, start: k - before, end: k + 2 + after });
  }
  return hits;
}

/**
 * The words of `when.repeated` that tell a habit (folded), not of a time since when ("từ hôm qua" is no habit): "hoài", "hay",
 * "thường xuyên", "always", "every day". Not the words of a harm going on without stop ("đang đánh ... liên tục", "is hitting
 * him over and over", "again and again", "keeps"): with "đang" / "is" they tell a beating now, and "now" wins.
 */
const HABIT_WORDS = /^(hoai|hay|thuong|nhieu lan|lan nao|luc nao|ngay nao|dem nao|toi nao|suot ngay|moi (lan|ngay|toi|dem|sang|tuan|khi)|hang (ngay|dem|tuan)|hang ngay|always|often|regularly|all the time|every|whenever)\b/;
/** The progressive words a "now" of a verb starts with (folded): "đang đánh", "đg bị", "is hitting", "are being". */
const HABIT_PROGRESSIVE: ReadonlySet<string> = new Set(["dang", "dg", "is", "are"]);

/** A "now" of a verb in the progressive ("đang", "is ...ing") with a word of habit in its clause: "tụi nó đg đánh e hoài", "he is hitting me all the time". */
/**
 * A "now" that is only the progressive of a lasting harm (triage lexicon lastingHarmEnds): "is being abused" (English, whatever else),
 * "đang bị (dượng) bạo hành" with a suspicion in its sentence ("tôi nghi", "hình như"). Read as in triage-rules.ts (lastingHarmNotNow).
 */
function lastingNow(words: Words, h: Hit): boolean {
  const f = words.folded;
  const endsWithin = (list: readonly string[], from: number, to: number) => list.some((e) => {
    const w = e.split(" ");
    for (let i = from; i + w.length <= Math.min(to, f.length); i++) if (w.every((t, j) => f[i + j] === t) && words.sentence[i] === words.sentence[h.start]) return true;
    return false;
  });
  if (f[h.end - 1] === "being" || (f[h.start] === "being")) return endsWithin(LASTING_HARM_ENDS.en, h.end, h.end + 1);
  if (f[h.start] !== "dang" || !endsWithin(LASTING_HARM_ENDS.vi, h.start + 1, h.start + 7)) return false;
  // The sentence's words, read only now (a long message has many a "đang").
  let from = h.start;
  while (from > 0 && words.sentence[from - 1] === words.sentence[h.start]) from--;
  let to = h.end;
  while (to < f.length && words.sentence[to] === words.sentence[h.start]) to++;
  const sentence = ` ${f.slice(from, to).join(" ")} `;
  return LASTING_HARM_SUSPICION.some((w) => sentence.includes(` ${w} `));
}

function habitNow(words: Words, h: Hit, habits: readonly Hit[]): boolean {
  if (!HABIT_PROGRESSIVE.has(words.folded[h.start] ?? "")) return false;
  let from = h.start;
  while (from > 0 && words.sentence[from - 1] === words.sentence[h.start] && !words.comma[from]) from--;
  let end = h.end;
  while (end < words.folded.length && words.sentence[end] === words.sentence[h.start] && !words.comma[end]) end++;
  return habits.some((x) => x.start >= from && x.start < end);
}

/** Words of telling as written ("kể", "nói", "báo"; "kế", "nơi" are other words), and in English (folded). */
const TELLING_WRITTEN: ReadonlySet<string> = new Set(["kể", "khai", "told", "tell", "tells", "confided", "disclosed"]);
/** Words of telling only with whom after them ("nói với", "báo cho"): "hôm nay nó nói muốn đi" is no telling of a harm. */
const TELLING_TO_WRITTEN: ReadonlySet<string> = new Set(["nói", "báo", "tâm"]);
/** Words that may stand between a time and its telling: who told, "mới", "vừa" (folded): "sáng nay cháu mới kể". */
const BEFORE_TELLING: ReadonlySet<string> = new Set(["moi", "vua", "chau", "be", "em", "no", "con", "ban", "co", "thi", "she", "he", "finally", "only"]);

/**
 * A day right next to a word of telling in its sentence, with no comma between ("hôm nay kể với tôi", "sáng nay cháu mới kể",
 * "told her mum yesterday", "told me this morning"): the day someone was told, not the day of the harm.
 */
function dayOfTelling(words: Words, h: Hit): boolean {
  const tells = (k: number) => {
    const w = (words.written[k] ?? "").normalize("NFC").toLowerCase();
    return TELLING_WRITTEN.has(w) || (TELLING_TO_WRITTEN.has(w) && ["voi", "cho", "su"].includes(words.folded[k + 1] ?? "")) || (!words.diacritics && ["ke", "noi"].includes(words.folded[k] ?? "") && ["voi", "cho", "lai"].includes(words.folded[k + 1] ?? ""));
  };
  for (let k = h.start - 1; k >= Math.max(0, h.start - 3); k--) {
    if (words.sentence[k] !== words.sentence[h.start] || words.comma[k + 1]) break;
    if (tells(k)) return true;
  }
  for (let k = h.end; k < Math.min(words.folded.length, h.end + 3); k++) {
    if (words.sentence[k] !== words.sentence[h.start] || words.comma[k]) break;
    if (tells(k)) return true;
    if (!BEFORE_TELLING.has(words.folded[k]!)) break;
  }
  return false;
}

/**
 * "Hiện giờ ông ấy đi làm, thằng bé đang đi học", "lúc này không có nguy hiểm gì", "right now he is at work": a "now" whose
 * clause (to the next comma or the sentence's end) tells only where people are that keeps them apart, or that there is no
 * danger, is no harm now. Not when a harm word is in that clause, nor when the one away is coming back ("đi làm về").
 */
function apartNow(m: FactsMatcher, words: Words, h: Hit): boolean {
  let end = h.end;
  while (end < words.folded.length && words.sentence[end] === words.sentence[h.start] && !words.comma[end]) end++;
  const inClause = (x: Hit) => x.start >= h.start && x.start < end;
  if (m.kept(words, "harm", m.lexicon.harmWords).some((x) => inClause(x) && x.start >= h.end)) return false;
  if (m.kept(words, "dangerDeniedNow", m.lexicon.dangerDeniedNow).some(inClause)) return true;
  // The away words must be outside the now-words themselves ("đang ở trường" is where, "đang ngủ ngoài" is the danger).
  return m.kept(words, "awayNow", m.lexicon.awayNow).some((x) => inClause(x) && x.start >= h.end && !["ve", "toi", "back", "home"].includes(words.folded[x.end] ?? ""));
}

/**
 * A time word right after "không phải", "chứ không phải", "not" (with "hay"/"or" joining two times): said not to be the time.
 * So is a time after a denied danger: "she isn't in danger right now", "không nguy hiểm gì lúc này" (not "not safe right now").
 */
/** Clothing and meals, as written (with diacritics) or folded in a text typed without them, and in English. */
const CARE_WRITTEN: ReadonlySet<string> = new Set(["mặc", "ăn", "thay", "giặt", "tắm"]);
const CARE_BARE: ReadonlySet<string> = new Set(["mac", "an", "giat", "tam"]);
const CARE_EN: ReadonlySet<string> = new Set(["worn", "wear", "wears", "wearing", "wore", "clothes", "shirt", "dress", "uniform", "eaten", "eat", "eats", "ate", "noodles", "rice"]);
/** A span of time said as a length (folded): "cả tuần", "cả ngày", "mấy ngày", "for days". */
const DURATION = /^(?:ca (?:tuan|ngay|thang)|may (?:ngay|hom|tuan)|for (?:days|weeks|a week))$/;

/**
 * "mặc một bộ cả tuần", "has worn the same shirt for days": how long a child wears the same clothes or eats the same food is
 * no time of the harm (walk 45 said back "gần nhất: cả tuần"). Only a length of time, said after the clothing or meal in its clause.
 */
function careDuration(words: Words, h: Hit): boolean {
  if (!DURATION.test(words.folded.slice(h.start, h.end).join(" "))) return false;
  for (let k = h.start - 1; k >= Math.max(0, h.start - 6); k--) {
    if (words.sentence[k] !== words.sentence[h.start] || words.comma[k + 1]) return false;
    const w = (words.written[k] ?? "").normalize("NFC").toLowerCase();
    const f = words.folded[k]!;
    if (CARE_WRITTEN.has(w) || CARE_EN.has(f) || (!words.diacritics && CARE_BARE.has(f))) return true;
  }
  return false;
}

function timeDenied(words: Words, start: number): boolean {
  for (let k = start - 1; k >= Math.max(0, start - 6); k--) {
    if (words.sentence[k] !== words.sentence[start]) return false;
    const w = words.folded[k]!;
    const w2 = words.folded[k - 1] ?? "";
    // "Nothing is happening now", "nobody is hurting her now": no one and nothing is what the time is said of.
    if ((w === "phai" && ["khong", "ko", "k", "chang", "hong"].includes(w2)) || w === "not" || w === "nothing" || w === "nobody") return true;
    if (k === start - 1 && DANGER_WORDS.has(w)) {
      // "in danger", "nguy hiểm (gì)": denied when a negator comes right before the danger words.
      let j = k;
      while (j >= 0 && DANGER_WORDS.has(words.folded[j]!) && words.sentence[j] === words.sentence[start]) j--;
      const neg = words.folded[j] ?? "";
      return j >= 0 && words.sentence[j] === words.sentence[start] && (["not", "khong", "ko", "k", "chua", "chang", "hong", "isn", "aren", "isn't", "aren't", "wasn't", "isnt", "arent"].includes(neg) || (neg === "t" && ["isn", "aren", "wasn"].includes(words.folded[j - 1] ?? "")));
    }
    if (!["hay", "hoac", "or", "toi", "nay", "mai", "hom", "dem", "tonight", "today", "tomorrow", "is", "s", "happening", "going", "on"].includes(w)) return false;
  }
  return false;
}

/** Words of a danger denied just before a time ("not in danger right now", "không nguy hiểm gì lúc này") (folded). */
const DANGER_WORDS: ReadonlySet<string> = new Set(["in", "danger", "any", "nguy", "hiem", "gi"]);

/** A harm going on now: "đang đánh", "đg đập", "is dragging", "ngay lúc này". */
const HARMS_NOW = /\b(dang|dg) (bi )?(danh|dap|tat|dam|da|quat|vut|danh dap|hanh ha|so|hiep|nhot|trom|keo|loi|ruot|chui|doa|cam dao|cam gay|cam chai|giu|bop co|xam hai)\b|\b(is|are) (hitting|beating|dragging|slapping|touching|shouting at|locking)\b|\bngay luc nay\b/;
const COUNTED_DAYS: ReadonlySet<string> = new Set(["hom", "bua", "ngay", "dem", "tuan", "thang"]);

/**
 * The time of the harm told: now or tonight when the text says so; otherwise a harm told as
 * happening again and again is repeated, and between a day named and an earlier one, the one the
 * story is told from (named first: "Hôm qua mẹ đánh em ... chiều nay em không dám về" is
 * yesterday). A story that opens in the past ("Hồi nhỏ ... nhiều lần") is past, not repeated.
 */
function mainTime(timed: ReadonlyArray<{ w: WhenFact; at: number; ongoing?: boolean }>): WhenFact | null {
  const of = (w: WhenFact) => timed.find((t) => t.w === w);
  const urgent = of("now") ?? of("tonight");
  if (urgent) return urgent.w;
  const past = of("past");
  const repeated = of("repeated");
  if (repeated && past && past.at < repeated.at) return "past";
  if (repeated) return "repeated";
  // "nghỉ học 2 tuần nay, hôm nay tôi tới thì thấy em đi phụ hồ": a harm going on for weeks up to now, seen today, was last today (walk 49).
  if (of("today") && of("recent")?.ongoing) return "today";
  const dated = [of("today"), of("recent")].filter((t): t is { w: WhenFact; at: number } => t !== undefined).sort((a, b) => a.at - b.at);
  return dated[0]?.w ?? past?.w ?? null;
}

/** Every relation word of the text, a shorter one inside a longer one of another relation dropped ("bố" in "bố mẹ"). */
/** A person's word in the text, with the relation it names. */
type RelationHit = { relation: string; h: Hit };

/** The relations of a message's words, read once (the harmer and the sex both need them); dropped with the words. */
const relationsRead = new WeakMap<Words, RelationHit[]>();

function relationHits(m: FactsMatcher, words: Words): RelationHit[] {
  const read = relationsRead.get(words);
  if (read) return read;
  // "bầm ở má" (the cheek), "xe ba gác" (a cart): words of a relation inside other words (content/triage/facts-lexicon.json, exceptions "rel:...").
  const found = [...Object.entries(m.lexicon.relations).flatMap(([relation, texts]) => m.kept(words, `rel:${relation}`, texts).map((h) => ({ relation, h }))), ...untonedParents(words)];
  const all = [...found, ...fatherStartingClause(words).filter((b) => !found.some((r) => r.h.start === b.h.start))];
  const kept = all
    .filter((r) => !all.some((o) => o !== r && o.h.start <= r.h.start && o.h.end >= r.h.end && o.h.end - o.h.start > r.h.end - r.h.start))
    // Two phrases overlapping ("bạn trai của mẹ em": "bạn trai của mẹ" and "mẹ em"; "bố mẹ em"): the longer, else the first, is read.
    .filter((r) => !all.some((o) => o !== r && o.h.start < r.h.end && r.h.start < o.h.end && !(o.h.start <= r.h.start && o.h.end >= r.h.end) && !(r.h.start <= o.h.start && r.h.end >= o.h.end) && (o.h.end - o.h.start > r.h.end - r.h.start || (o.h.end - o.h.start === r.h.end - r.h.start && o.h.start < r.h.start))))
    // "thằng bé nhà bên", "bố dượng nhà bên": where a child or a person lives, not who harms.
    .filter((r) => !(r.relation === "neighbour" && LOCATIVE.has(words.folded[r.h.start] ?? "") && (CHILD_WORDS.has(words.folded[r.h.start - 1] ?? "") || all.some((o) => o.h.end === r.h.start))))
    // "ba má tụi nó", "bố bọn nó": the group right after a kin word owns it (their parents), it is not the one named.
    .filter((r) => !(r.relation === "peer" && OWNING_GROUP.has(words.folded.slice(r.h.start, r.h.end).join(" ")) && all.some((o) => o !== r && o.h.end === r.h.start && KIN.has(o.relation))))
    // "xã Thanh Ba", "ở Ba Vì", "quê Bố Trạch", "đường Mẹ Suốt": a relation word inside a place's name is no person.
    .filter((r) => !inPlaceName(m, words, r));
  // "một người trên mạng": a stranger met online is an online contact.
  const named = kept
    // Its words run to the place online ("một người lạ trên Facebook", walk 35), so the summary says "lạ" and not only "một người".
    .map((r) => {
      const online = r.relation === "stranger" ? kept.find((o) => o.relation === "online_contact" && o.h.start >= r.h.end && o.h.start - r.h.end <= 8 && words.sentence[o.h.start] === words.sentence[r.h.start]) : undefined;
      return online ? { ...r, relation: "online_contact", h: { ...r.h, end: online.h.start - r.h.end <= 2 ? online.h.end : r.h.end } } : r;
    })
    // "tụi nó là mấy gã trai làng", "bọn nó là mấy ông xe ôm": a group the story says is grown men is no other children.
    .map((r) => (r.relation === "peer" && groupSaidGrown(words, r.h) ? { ...r, relation: "other" } : r))
    // "Bình Dương", "Hải Dương", "chú Ba": a word inside a name (capitalised after a capitalised word) is no relation.
    // (Not "My Dad", "Her Mom": a capitalised kin word after a possessive.)
    .filter((r) => !(words.caps[r.h.start] && words.caps[r.h.start - 1] && words.sentence[r.h.start - 1] === words.sentence[r.h.start] && !EN_POSSESSIVE.has(words.folded[r.h.start - 1]!)))
    // "Ông Ba", "Bà Tư": a title and a name, not "ông bà" typed without diacritics.
    .filter((r) => !(words.diacritics && KIN.has(r.relation) && words.caps.slice(r.h.start + 1, r.h.end).some(Boolean)));
  const out = explained(words, possessives(words, named.filter((r) => !isWriter(words, r.h)))).filter((r) => !isVictim(words, r.h));
  relationsRead.set(words, out);
  return out;
}

/** Group pronouns, folded ("tụi nó", "bọn nó", "bọn chúng"). */
const GROUP_PRONOUNS: ReadonlySet<string> = new Set(["tui no", "bon no", "tui chung", "bon chung", "chung no"]);
/** Grown men or youths named after "là" (folded): "mấy gã", "mấy ông", "thanh niên", "đàn ông", "người lớn", "trai làng", "xe ôm". */
const GROWN_AFTER_LA = /^la (?:(?:may|nhung|mot|cac|dam|bon|tui|nhom|lu|hai|ba) )?(?:ga|ong|thanh nien|dan ong|nguoi lon|thang lon|trai lang|xe om|con nghien|dan choi|giang ho|bom|dan anh chi)\b/;

/** The group pronoun at `h` is said somewhere in the story to be grown men or youths ("tụi nó là mấy thanh niên đầu xóm"). */
function groupSaidGrown(words: Words, h: Hit): boolean {
  const group = words.folded.slice(h.start, h.end).join(" ");
  if (!GROUP_PRONOUNS.has(group)) return false;
  const f = words.folded;
  return f.some((_, i) => f.slice(i, i + 2).join(" ") === group && GROWN_AFTER_LA.test(f.slice(i + 2, i + 6).join(" ")) && words.sentence[i + 2] === words.sentence[i]);
}

/** Words right after a relation word that make it a person, not part of a name typed in lower case ("xóm ba nó", "thôn bố đánh"). */
const PERSON_AFTER: ReadonlySet<string> = new Set(["no", "em", "e", "toi", "tui", "minh", "mk", "chau", "be", "con", "cua", "ay", "ta", "kia", "do", "hay", "dang", "thuong", "lai", "da", "van", "cu", "moi", "vua", "se", "bi", "duoc", "luon", "suot", "say", "nhau", "di", "ve", "o", "voi", "va", "khong", "ko", "k", "chua", "cung", "thi", "noi", "bao", "nhan", "lam", "dua", "cho", "biet"]);
/** Words that are no part of a name between a place word and a relation ("huyện mà bố mẹ", "buôn có cậu", "xã cho mẹ nó") (folded). */
const NOT_IN_NAME: ReadonlySet<string> = new Set(["ma", "la", "va", "voi", "thi", "bi", "duoc", "co", "khong", "ko", "cua", "nen", "vi", "roi", "da", "dang", "cung", "lai", "cho", "nao", "gio", "toi", "tui", "minh", "em", "e", "no", "nay", "do", "ay", "len", "xuong", "ve", "ra", "vao", "o", "nhung", "neu", "khi", "luc", "hay", "deu", "con", "ca"]);

/**
 * A relation word inside a place's name: after a word that opens one ("xã Thanh Ba", "huyện ba vì", "thôn Mẹ Thứ", "đường Mẹ
 * Suốt"), in capitals after a word of place ("ở Ba Vì", "lives in Ba Vi"), or a place known to hold one ("Bà Rịa", "Bố Trạch")
 * written as a name or said as a place. In lower case only a short kin phrase with no person's word after it ("xóm ba nó" is a father).
 */
function inPlaceName(m: FactsMatcher, words: Words, r: RelationHit): boolean {
  // Only kin words make names ("Ba Vì", "Mẹ Suốt", "Anh Sơn", "Ông Tạ"); "xóm trọ bị chủ quán ..." names an employer.
  if (!KIN.has(r.relation)) return false;
  const h = r.h;
  const lx = m.lexicon;
  const s = words.sentence[h.start];
  const unbroken = (from: number, to: number) => words.sentence[from] === s && !words.comma.slice(from + 1, to + 1).some(Boolean);
  const prefixes = m.hits(words, "placePrefixes", lx.placePrefixes);
  const locatives = m.hits(words, "placeLocatives", lx.placeLocatives ?? []);
  const capsRun = (from: number, to: number) => words.caps.slice(from, to).every(Boolean);
  const bare = h.end - h.start <= 2 && !PERSON_AFTER.has(words.folded[h.end] ?? "") && !(m.lexicon.harmWords.length && harmStartsAt(m, words, h.end));
  // "xa thanh ba" typed without diacritics: "xa" (far) opens a name only before a word that is no relation ("ở xa ba mẹ" is far from them).
  const foldedXa = words.diacritics ? [] : words.folded.flatMap((w, i) => (w === "xa" && i + 1 < h.start ? [{ start: i, end: i + 1 }] : []));
  // A text with names in capitals writes this one in capitals too.
  const names = words.caps.some((c, i) => c && i > 0 && words.sentence[i - 1] === words.sentence[i]);
  for (const p of [...prefixes, ...foldedXa]) {
    if (p.end > h.start || h.start - p.end > 2 || !unbroken(p.start, h.start) || words.folded.slice(p.end, h.start).some((w) => NOT_IN_NAME.has(w))) continue;
    if (words.caps[h.start] ? capsRun(p.end, h.end) : !names && bare && (p.end < h.start || words.folded[p.start] !== "xa")) return true;
  }
  // "ở Ba Vì", "lives in Ba Vi", "Ba Vi district": a capitalised kin word with a capitalised word after it, said as a place.
  const nameAfter = words.caps[h.start] && words.caps[h.end] && words.sentence[h.end] === s && !words.comma[h.end];
  if (nameAfter && (locatives.some((l) => l.end === h.start && unbroken(l.start, h.start)) || prefixes.some((p) => p.start > h.end && p.start - h.end <= 2 && unbroken(h.start, p.start)))) return true;
  return m.hits(words, "kinPlaceNames", lx.kinPlaceNames ?? []).some((n) => {
    if (n.start > h.start || n.end < h.end) return false;
    const cued = locatives.some((l) => l.end === n.start && unbroken(l.start, n.start)) || prefixes.some((p) => (p.end === n.start && unbroken(p.start, n.start)) || (p.start === n.end && unbroken(n.start, p.start)));
    return cued || capsRun(n.start, n.end);
  });
}

/** A harm word of the lexicon starts at word i. */
function harmStartsAt(m: FactsMatcher, words: Words, i: number): boolean {
  return m.hits(words, "harm", m.lexicon.harmWords).some((x) => x.start === i);
}

/** Parents' words typed without tones, which fold like common words ("bo": bỏ, bò; "me": mè), and what they do right after. */
const UNTONED_PARENT: Readonly<Record<string, string>> = { bo: "father", cha: "father", me: "mother", ma: "mother" };
const UNTONED_HARM: ReadonlySet<string> = new Set(["danh", "chui", "dap", "tat", "quat", "dam", "nhot", "duoi", "doa", "bat", "ep", "so", "hanh", "dot", "troi"]);

/**
 * "bo danh e", "me chui con", "cha dap no": a child writing without tones names the parent by the bare word, read as the parent only
 * when a harm is done right after it to the child ("bo di lam" and "me oi" are not read).
 */
/** Units "ba" counts that also start a clause about the father ("ba bận nhậu", "ba buổi tối nào cũng say") (folded). */
const BA_UNIT_OR_WORD: ReadonlySet<string> = new Set(["ban", "buoi", "luot"]);
/** After the unit, words that make "ba" a count ("ba buổi liền", "ba bận rồi") (folded). */
const COUNT_AFTER: ReadonlySet<string> = new Set(["lien", "roi", "nay", "truoc", "sau", "hoc", "mot", "moi"]);
/** Words that open a clause before its subject ("mà ba ...", "còn ba ...") (folded). */
const CLAUSE_OPENERS: ReadonlySet<string> = new Set(["ma", "con", "thi", "nhung", "va", "vi", "nen"]);

/**
 * "Ba bận nhậu, về là đánh thằng bé", "Má đi làm xa, ba bận bịu nên hay chửi con": southern "ba" (the father) as the subject
 * at a clause's start, which the exceptions for counts ("nghỉ học ba buổi") would drop; a count needs a verb before it.
 */
function fatherStartingClause(words: Words): RelationHit[] {
  const out: RelationHit[] = [];
  words.written.forEach((w, i) => {
    if (w.toLowerCase() !== "ba" || !BA_UNIT_OR_WORD.has(words.folded[i + 1] ?? "") || COUNT_AFTER.has(words.folded[i + 2] ?? "")) return;
    const starts = i === 0 || words.sentence[i - 1] !== words.sentence[i] || words.comma[i] || CLAUSE_OPENERS.has(words.folded[i - 1] ?? "");
    if (starts) out.push({ relation: "father", h: { phrase: { text: w, written: [w], folded: ["ba"], needsDiacritics: true }, start: i, end: i + 1 } });
  });
  return out;
}

function untonedParents(words: Words): RelationHit[] {
  if (words.diacritics) return [];
  const out: RelationHit[] = [];
  words.folded.forEach((w, i) => {
    const relation = UNTONED_PARENT[w];
    if (!relation || !UNTONED_HARM.has(words.folded[i + 1] ?? "") || words.sentence[i + 1] !== words.sentence[i]) return;
    if (!CHILD_OBJECT.test(words.folded.slice(i + 2, i + 4).join(" ")) && !(harmedChildBefore(words, i) && !chasedAbout(words.folded, i + 1))) return;
    out.push({ relation, h: { phrase: { text: w, written: [w], folded: [w], needsDiacritics: false }, start: i, end: i + 1 } });
  });
  return [...out, ...untonedKin(words)];
}

/** "bi bo duoi chay" (chased by a cow, "bò"), not "bi bo duoi ra duong" (driven out by the father): "đuổi" is a parent's harm only out of a place. */
function chasedAbout(f: readonly string[], at: number): boolean {
  return f[at] === "duoi" && !["ra", "khoi", "di"].includes(f[at + 1] ?? "");
}

/** The child named just before "bị" and the parent word at `i` ("be bi bo danh", "thay chau bi me chui"): the one the harm is done to. */
function harmedChildBefore(words: Words, i: number): boolean {
  const f = words.folded;
  if (f[i - 1] !== "bi" || words.sentence[i - 1] !== words.sentence[i] || words.comma[i]) return false;
  for (let k = i - 2; k >= Math.max(0, i - 3); k--) {
    if (words.sentence[k] !== words.sentence[i] || words.comma[k + 1]) return false;
    if (CHILD_OBJECT.test(f.slice(k, i - 1).join(" "))) return true;
  }
  return false;
}

/** Aunts' and uncles' words typed without tones, which fold like common words ("di": đi; "mo": mở; "co": có). */
const UNTONED_KIN: ReadonlySet<string> = new Set(["di", "mo", "thim", "co", "chu", "bac", "cau"]);
/** Whose the kin is, right after it ("di cua chau", "thim no", "mo be"): what makes the bare word a person. */
const KIN_OWNER = /^(?:cua (?:chau|no|be|em|e|toi|tui|minh|con be|thang be)|no|chau|be|em|e)\b/;
/** Words between the kin and the harm ("thim no hay danh no", "mo no cu say la danh no"). */
const KIN_FILLERS: ReadonlySet<string> = new Set(["hay", "thuong", "cu", "lai", "da", "dang", "van", "suot", "ngay", "say", "xin", "ruou", "la", "xuyen", "moi", "lan"]);

/**
 * "di cua chau hay nhot chau", "thim no thuong danh no": an aunt or uncle typed without tones, read only when whose kin it is
 * follows at once and a harm to the child comes after ("di cua chau di lam" and "co no danh nhau" are not read).
 */
function untonedKin(words: Words): RelationHit[] {
  const f = words.folded;
  const out: RelationHit[] = [];
  f.forEach((w, i) => {
    if (!UNTONED_KIN.has(w) || words.written[i] !== w) return;
    const owner = KIN_OWNER.exec(f.slice(i + 1, i + 4).join(" "));
    if (!owner) return;
    let k = i + 1 + owner[0].split(" ").length;
    while (k < i + 8 && KIN_FILLERS.has(f[k] ?? "")) k++;
    if (!UNTONED_HARM.has(f[k] ?? "") || words.sentence[k] !== words.sentence[i]) return;
    if (!CHILD_OBJECT.test(f.slice(k + 1, k + 3).join(" "))) return;
    out.push({ relation: "relative", h: { phrase: { text: w, written: [w], folded: [w], needsDiacritics: false }, start: i, end: i + 1 } });
  });
  return out;
}

/** "Tôi là bác sĩ", "em là em họ của bé", "I'm a coach": the writer introducing themself is not the one who harms. */
function isWriter(words: Words, h: Hit): boolean {
  const f = words.folded;
  // "Bà ngoại đây.", "cô giáo chủ nhiệm đây": a phone-style introduction opening a sentence ("đây" written as such, not "dạy", "dây").
  const opens = h.start === 0 || words.sentence[h.start - 1] !== words.sentence[h.start];
  if (opens && words.written[h.end]?.toLowerCase() === "đây" && words.sentence[h.end] === words.sentence[h.start]) return true;
  let k = h.start - 1;
  // "I'm a British teacher", "I am the children's coach": up to two words between the article and the relation.
  for (let skip = 0; skip < 2 && !["a", "an", "the", "i'm", "am"].includes(f[k] ?? "") && /^[a-z'-]+$/.test(f[k] ?? "") && (f[k - 1] === "a" || f[k - 1] === "an" || f[k - 1] === "the" || f[k - 2] === "a" || f[k - 2] === "an" || f[k - 2] === "the"); skip++) k--;
  if (["mot", "a", "an", "the"].includes(f[k] ?? "")) k--;
  // "I'm just a stranger to them", "tôi chỉ là người lạ": an adverb between the writer and what she says she is.
  if (["just", "only", "really", "chi", "cung"].includes(f[k] ?? "") && ["am", "i'm", "la"].includes(f[k - 1] ?? "")) k--;
  // "I'm a girl. My uncle hits me": the introduction is in its own sentence, and the uncle is not the writer.
  if (words.sentence[k] !== words.sentence[h.start]) return false;
  if (f[k] === "i'm") return true;
  if (f[k] === "am" && f[k - 1] === "i") return true;
  // "tôi không phải người nhà Vy", "em đâu phải mẹ nó", "I'm not her mother": the writer saying who they are not.
  if (writerDenies(words, h.start)) return true;
  return f[k] === "la" && ["toi", "tui", "minh", "em", "con", "chau", "t", "mk"].includes(f[k - 1] ?? "") && words.sentence[k - 1] === words.sentence[h.start] && !toldTo(words, k - 1);
}

/** "tôi (cũng) không phải (là)", "tui đâu phải", "I'm not", "I am not": the writer denying a tie, right before the relation at `start`. */
function writerDenies(words: Words, start: number): boolean {
  const f = words.folded;
  let k = start - 1;
  if (["la", "the", "a", "an", "his", "her", "their"].includes(f[k] ?? "")) k--;
  if (f[k] === "not" && ((f[k - 1] === "m" && f[k - 2] === "i") || f[k - 1] === "i'm" || (f[k - 1] === "am" && f[k - 2] === "i") || f[k - 1] === "im")) return words.sentence[k] === words.sentence[start];
  if (f[k] !== "phai") return false;
  k--;
  if (!["khong", "ko", "k", "chang", "dau", "hong", "cha"].includes(f[k] ?? "")) return false;
  k--;
  if (f[k] === "cung") k--;
  return ["toi", "tui", "minh", "em", "e", "con", "chau", "t", "mk"].includes(f[k] ?? "") && words.sentence[k] === words.sentence[start];
}

/** Words before "tôi" that make it the one told or the owner ("kể với tôi là", "bảo tôi là", "con trai tôi là"), not the writer introducing themself (folded). */
const TOLD_OR_OWNED: ReadonlySet<string> = new Set(["voi", "cho", "bao", "ke", "noi", "hoi", "cua", "nha", "con", "chau", "trai", "gai", "vo", "chong", "ban"]);

/**
 * "mẹ bé kể với tôi là ông ngoại ...", "con trai tôi là ...": the "tôi" at `i` is told something
 * (or owns someone), so "tôi là X" is reported speech. Told means after a verb of telling ("kể
 * với", "nói cho", "bảo"): "con bé nhắn cho tui là cô chủ nhiệm" still introduces the writer.
 */
function toldTo(words: Words, i: number, strict = false): boolean {
  if (i < 1 || words.sentence[i - 1] !== words.sentence[i] || words.comma[i]) return false;
  const before = words.folded[i - 1]!;
  if (!TOLD_OR_OWNED.has(before)) return false;
  return !strict || !["voi", "cho"].includes(before) || TELLING.has(words.folded[i - 2] ?? "");
}

/**
 * A relation in parentheses right after another names the same person ("chú của bé (em bố)",
 * "chồng chị (bố ruột cháu)"): it is dropped, or it says who a husband or lover is to the child.
 */
function explained(words: Words, hits: Array<{ relation: string; h: Hit }>): Array<{ relation: string; h: Hit }> {
  const out: Array<{ relation: string; h: Hit }> = [];
  for (const r of [...hits].sort((a, b) => a.h.start - b.h.start)) {
    const before = out.at(-1);
    if (words.paren[r.h.start] && before && !words.paren[before.h.start] && r.h.start - before.h.end <= 4) {
      if (before.relation === "partner") out[out.length - 1] = { relation: r.relation, h: before.h };
      continue;
    }
    // "thằng cha ghẻ nó, tức là chồng sau của con gái tui": the words after "tức là" say who the one named is.
    if (before && r.h.start - before.h.end <= 5 && words.sentence[before.h.start] === words.sentence[r.h.start] && restates(words.folded.slice(before.h.end, r.h.start))) {
      if (before.relation === "partner" || before.relation === "other") out[out.length - 1] = { relation: r.relation, h: before.h };
      continue;
    }
    out.push(r);
  }
  return out;
}

/** "tức là", "nghĩa là", "i.e.", "that is": what follows names the same person again (folded words between two relations). */
function restates(between: readonly string[]): boolean {
  const joined = ` ${between.join(" ")} `;
  return / (?:tuc la|tuc|nghia la|hay noi cach khac|i e|ie|that is) /.test(joined) && between.every((w) => ["no", "ay", "do", "tuc", "la", "nghia", "hay", "noi", "cach", "khac", "i", "e", "ie", "that", "is", "chinh", "cua", "nha", "toi", "tui", "minh", "be", "chau", "em"].includes(w));
}

const PRONOUNS: ReadonlySet<string> = new Set(["he", "him", "she", "her", "his"]);
const EN_POSSESSIVE: ReadonlySet<string> = new Set(["my", "his", "her", "our", "their", "your", "the", "a"]);
const KIN: ReadonlySet<string> = new Set(["father", "mother", "parents", "grandparent", "relative", "sibling", "stepfather", "stepmother"]);

/** A husband, wife or lover named by whose they are: "chồng chị hàng xóm", "chồng của mẹ cháu", "vợ bố", "chồng cũ tôi". */
const SPOUSE: ReadonlySet<string> = new Set(["chong", "vo", "bo", "nguoi yeu", "ban trai", "ny", "boyfriend", "husband", "wife"]);
/** Whose spouse → who the person is to the child: the mother's husband or lover is a stepfather, the father's wife a stepmother; the neighbour's husband a neighbour. */
const SPOUSE_OF: Readonly<Record<string, string>> = { mother: "stepfather", father: "stepmother", parents: "relative", sibling: "relative", grandparent: "grandparent", stepfather: "relative", stepmother: "relative" };
const WRITER: ReadonlySet<string> = new Set(["toi", "tui", "minh", "tao", "mk"]);
const PARENT_RELATIONS: ReadonlySet<string> = new Set(["mother", "father", "parents"]);
/** "my sister's ex-husband", "her neighbour's husband": whose the husband or wife is, said with an English possessive. */
const EN_OWNER_OF_SPOUSE: Readonly<Record<string, string>> = { "sister's": "relative", "brother's": "relative", "aunt's": "relative", "uncle's": "relative", "cousin's": "relative", "friend's": "other", "neighbour's": "neighbour", "neighbor's": "neighbour", "sisters": "relative", "brothers": "relative" };
/** English words for a husband or wife, as the relation phrase's words (folded). */
const EN_SPOUSE = /^(?:ex )?(?:husband|wife)$/;

/** Other people named by whose they are (folded), before a kin word with or without "của": "bạn (của) bố nó", "bạn nhậu của ba", "đồng nghiệp của mẹ". */
const OWNED_OTHERS: readonly string[] = ["ban", "ban nhau", "ban be", "ban lam an", "dong nghiep", "sep", "khach", "nguoi quen"];
/** "bán", "bận", "bàn" fold as "bạn" does: as written, no friend. */
const NOT_FRIEND_WRITTEN: ReadonlySet<string> = new Set(["bán", "bàn", "bận", "bản", "bắn"]);

/** Words before a bare "bạn" that make it a friend of the writer or the child, told of with her own kin ("có đứa bạn bố nó ..."). */
const FRIEND_COUNTED: ReadonlySet<string> = new Set(["dua", "nguoi", "co", "mot", "thang", "con"]);

/** Where another person named by the kin word at `start` begins ("bạn của" before "bố nó": the father's friend), else -1. */
function ownedOtherBefore(words: Words, start: number): number {
  const f = words.folded;
  const end = f[start - 1] === "cua" ? start - 1 : start;
  for (const other of OWNED_OTHERS) {
    const n = other.split(" ").length;
    const from = end - n;
    if (from < 0 || f.slice(from, end).join(" ") !== other || words.sentence[from] !== words.sentence[start]) continue;
    if (words.comma.slice(from + 1, start + 1).some(Boolean)) continue;
    if (NOT_FRIEND_WRITTEN.has(words.written[from]!.normalize("NFC").toLowerCase())) continue;
    // "Em có đứa bạn bố nó hay đánh nó": a friend whose father beats her, not her father's friend.
    if (other === "ban" && end === start && FRIEND_COUNTED.has(f[from - 1] ?? "")) continue;
    return from;
  }
  return -1;
}

/** Words between a kin word and whose it is (folded): "của", "of", an article or a count ("một", "a", "the", "mấy"), a word for a child ("đứa", "thằng", "con"). */
const OWNER_WORDS: ReadonlySet<string> = new Set(["cua", "of", "mot", "a", "an", "the", "one", "may", "cac", "nhung", "hai", "2", "dua", "thang", "con", "nhoc"]);
/** A classmate or schoolmate, not a group pronoun ("mẹ của tụi nó" is the children's own mother) (folded). */
const CLASSMATE_WORD = /\b(?:ban|lop|hoc sinh|truong|classmates?|schoolmates?)\b/;
/** A parent word typed without marks just before a classmate, "của" between (folded): "bo cua ban cung lop", "me cua mot ban hoc". */
const PARENT_UNMARKED: ReadonlySet<string> = new Set(["bo", "me", "ba", "cha", "ma"]);
/** A count or a word for a child between "của" and a classmate (folded): "một", "mấy", "đứa", "thằng", "con" ("mẹ của đứa bạn cùng lớp"). */
const CLASSMATE_COUNT: ReadonlySet<string> = new Set(["mot", "may", "dua", "thang", "con", "nhoc"]);
function parentWordBefore(f: readonly string[], start: number): number {
  let k = start - 1;
  while (k > start - 3 && CLASSMATE_COUNT.has(f[k] ?? "")) k--;
  if (f[k] !== "cua") return -1;
  return PARENT_UNMARKED.has(f[k - 1] ?? "") ? k - 1 : -1;
}
function skipOwnerWords(f: readonly string[], from: number): number {
  let k = from;
  while (k < from + 3 && OWNER_WORDS.has(f[k] ?? "")) k++;
  return k;
}

function possessives(words: Words, hits: Array<{ relation: string; h: Hit }>): Array<{ relation: string; h: Hit }> {
  const f = words.folded;
  const out: Array<{ relation: string; h: Hit }> = [];
  const used = new Set<{ relation: string; h: Hit }>();
  for (const r of [...hits].sort((a, b) => a.h.start - b.h.start)) {
    if (used.has(r)) continue;
    const head = f.slice(r.h.start, r.h.end).join(" ");
    // "bạn của bố nó", "ban bo no", "bạn nhậu của ba nó": another person named by whose friend they are is not the parent.
    const ownedFrom = KIN.has(r.relation) ? ownedOtherBefore(words, r.h.start) : -1;
    if (ownedFrom >= 0) {
      out.push({ relation: "other", h: { ...r.h, start: ownedFrom } });
      continue;
    }
    // "my sister's ex-husband": the sister's (ex-)husband is the writer's in-law; the child's father only if said.
    const enOwner = EN_OWNER_OF_SPOUSE[f[r.h.start - 1] ?? ""];
    if (enOwner && EN_SPOUSE.test(head.replace(/^(?:my|her|his) /, ""))) {
      out.push({ relation: enOwner, h: r.h });
      continue;
    }
    const next = (from: number) => hits.find((o) => o !== r && !used.has(o) && o.h.start === (f[from] === "cua" || f[from] === "of" ? from + 1 : from));
    // "bố của bạn cùng lớp con tôi", "bố của một bạn cùng lớp", "the father of a classmate": a classmate's parent or kin is another person,
    // neither the child's parent nor the classmate (C42). "a classmate's dad": the classmate first, the kin word after "'s".
    const classmateOf = KIN.has(r.relation) ? hits.find((o) => o !== r && !used.has(o) && o.relation === "peer" && CLASSMATE_WORD.test(f.slice(o.h.start, o.h.end).join(" ")) && o.h.start >= r.h.end && o.h.start <= skipOwnerWords(f, r.h.end) && words.sentence[o.h.start] === words.sentence[r.h.start] && !words.comma.slice(r.h.end, o.h.start + 1).some(Boolean)) : undefined;
    // "a classmate's dad", "her friend's mother": one written word before the kin word.
    if (KIN.has(r.relation) && /^(?:classmate|schoolmate|friend)s?['’]s?$/iu.test(words.written[r.h.start - 1] ?? "")) {
      out.push({ relation: "other", h: { ...r.h, start: r.h.start - 1 } });
      continue;
    }
    if (classmateOf) {
      used.add(classmateOf);
      out.push({ relation: "other", h: { ...r.h, end: classmateOf.h.end } });
      continue;
    }
    const possessive = f[r.h.end] === "s" ? r.h.end + 1 : /['’]s$/u.test(words.written[r.h.end - 1] ?? "") ? r.h.end : -1;
    const kinOfClassmate = r.relation === "peer" && possessive >= 0 ? hits.find((o) => o !== r && !used.has(o) && KIN.has(o.relation) && o.h.start === possessive) : undefined;
    // "bo cua ban cung lop" typed without marks: "bo" is read as a parent only before whose it is.
    const parentBefore = r.relation === "peer" && !words.diacritics && CLASSMATE_WORD.test(head) ? parentWordBefore(f, r.h.start) : -1;
    if (parentBefore >= 0 && !hits.some((o) => o !== r && o.h.start <= parentBefore && o.h.end > parentBefore)) {
      out.push({ relation: "other", h: { ...r.h, start: parentBefore } });
      continue;
    }
    if (kinOfClassmate) {
      used.add(kinOfClassmate);
      out.push({ relation: "other", h: { ...r.h, end: kinOfClassmate.h.end } });
      continue;
    }
    // "anh trai của chồng tôi", "em của mẹ": a parent's or spouse's sibling is a relative.
    const sibOf = r.relation === "sibling" ? next(r.h.end) : undefined;
    if (sibOf && ["father", "mother", "parents", "partner", "stepfather", "stepmother"].includes(sibOf.relation)) {
      used.add(sibOf);
      out.push({ relation: "relative", h: { ...r.h, end: sibOf.h.end } });
      continue;
    }
    // "người đàn ông cùng làng", "một ông hàng xóm": someone of the village is a neighbour.
    const place = r.relation === "stranger" ? next(r.h.end) : undefined;
    if (place?.relation === "neighbour") {
      used.add(place);
      out.push({ relation: "neighbour", h: { ...r.h, end: place.h.end } });
      continue;
    }
    // "vợ chồng tôi", "hai vợ chồng mình": the writer and their spouse, the child's parents.
    if (COUPLE.test(head) && (WRITER.has(f[r.h.end] ?? "") || f[r.h.end] === "em")) {
      out.push({ relation: "parents", h: { ...r.h, end: r.h.end + 1 } });
      continue;
    }
    // "ông chồng say rượu đánh vợ và mấy đứa con", "anh chồng ... đánh vợ với hai đứa con": the husband of the children's mother is their father.
    if ((head === "chong" || head === "anh chong") && beatsWifeAndChildren(words, r.h.end)) {
      out.push({ relation: "father", h: r.h });
      continue;
    }
    // "cưới vợ cho thằng con", "gả chồng cho bé", "sắp cưới chồng cho con bé": a spouse arranged for the child is no one who harms; the family is.
    if ((head === "chong" || head === "vo") && ARRANGES.has(f[r.h.start - 1] ?? "") && f[r.h.end] === "cho") continue;
    if (r.relation !== "partner" || !SPOUSE.has(head)) {
      out.push(r);
      continue;
    }
    let at = r.h.end;
    const later = f[at] === "moi" || f[at] === "sau";
    if (f[at] === "cu" || f[at] === "moi" || f[at] === "sau") at++;
    if (f[at] === "cua" || f[at] === "of") at++;
    const owner = hits.find((o) => o.h.start === at && o !== r && !["partner", "stepfather", "stepmother"].includes(o.relation));
    const married = head === "chong" || head === "vo" || head === "husband" || head === "wife";
    if (owner && !(head === "chong" && f[r.h.start - 1] === "lay")) {
      used.add(owner);
      // A sister's or brother's boyfriend is no family; a husband or wife is an in-law; a parent's boyfriend or girlfriend is no step-parent.
      const relation = (owner.relation === "sibling" || PARENT_RELATIONS.has(owner.relation)) && !married ? "other" : SPOUSE_OF[owner.relation] ?? owner.relation;
      out.push({ relation, h: { ...r.h, end: owner.h.end } });
    } else if ((head === "chong" || head === "vo") && f[at] === "con" && (f[at + 1] === (head === "chong" ? "gai" : "trai")) && WRITER.has(f[at + 2] ?? "")) {
      // "chồng sau của con gái tui": the daughter's husband, the child's stepfather when later, else father (a son-in-law).
      out.push({ relation: head === "chong" ? (later ? "stepfather" : "father") : later ? "stepmother" : "mother", h: { ...r.h, end: at + 3 } });
    } else if (head === "chong" && f[r.h.start - 1] === "lay" && (["khac", "moi", "sau"].includes(f[r.h.end] ?? "") || hits.some((o) => o.relation === "mother" && o.h.end >= r.h.start - 3 && o.h.end <= r.h.start - 1))) {
      // "mẹ bé lấy chồng khác": the mother's new husband.
      out.push({ relation: "stepfather", h: r.h });
    } else if (WRITER.has(f[at] ?? "") && (head === "chong" || head === "vo")) {
      // "chồng tôi", "chồng cũ của tôi": the writer's husband, the child's father (the writer a parent); of the writer's own child from before ("con riêng của tôi"), the stepfather.
      const stepchild = /\bcon (trai |gai )?rieng (cua )?(toi|tui|minh|em)\b/.test(f.join(" "));
      // "Tôi là cô giáo, ... chồng tôi thì có": the spouse of a writer who says they are no parent of the child is no parent either (issue 13).
      if (WRITER_NOT_PARENT.test(` ${f.join(" ")} `) && !WRITER_IS_PARENT.test(` ${f.join(" ")} `)) out.push({ relation: "other", h: { ...r.h, end: at + 1 } });
      else out.push({ relation: head === "chong" ? (stepchild ? "stepfather" : "father") : stepchild ? "stepmother" : "mother", h: { ...r.h, end: at + 1 } });
    } else if (WRITER.has(f[at] ?? "") && ["ban trai", "bo", "nguoi yeu", "ny", "boyfriend"].includes(head) && /\b(con (gai |trai )?(toi|tui|minh)|me don than|my (son|daughter|child|kid))\b/.test(f.join(" "))) {
      // "bạn trai mình ... con gái mình": a mother's boyfriend, no stepfather (the words are quoted).
      out.push({ relation: "other", h: { ...r.h, end: at + 1 } });
    } else if ((head === "chong" || head === "vo") && !["lay", "cuoi"].includes(f[r.h.start - 1] ?? "") && spouseOfParent(words, r.h, head)) {
      // "mẹ bé không dám báo vì sợ chồng": the mother's husband (the father), not a partner of the child.
      out.push({ relation: head === "chong" ? "father" : "mother", h: r.h });
    } else out.push(r);
  }
  return out;
}

/**
 * A writer who says what they are to the child, and it is no parent (folded, spaced): "tôi là cô giáo", "em là bảo mẫu", "I am her
 * teacher". Not "tôi làm giáo viên" (a job says nothing of whose child it is).
 */
/** A writer who says the child is theirs (folded, spaced): "tôi là mẹ bé", "con gái 6 tuổi của chúng tôi", "con trai tôi", "our daughter". */
const WRITER_IS_PARENT = / (?:toi|tui|minh|em) la (?:me|bo|ba|ma|cha) | con (?:trai |gai )?(?:(?:ut|ca|dau|nho|lon|thu \w+|\d+ tuoi) )?(?:cua )?(?:toi|tui|minh|chung toi|chung minh|vo chong toi)\b| (?:my|our) (?:own )?(?:\d+ year old )?(?:son|daughter|child|kid|boy|girl)\b| i am (?:his|her|their|the) (?:mother|mum|mom|father|dad|parent)\b/;
const WRITER_NOT_PARENT = / (?:toi|tui|minh|em) la (?:co |thay )?(?:giao vien|co giao|thay giao|chu nhiem|bao mau|co nuoi day|hang xom|giup viec|osin|nguoi giup viec|chu nha tro|hieu truong|bac si|y ta|nguoi trong tre) | i am (?:a |the |her |his |their )?(?:teacher|nanny|neighbou?r|babysitter|childminder|nurse|doctor|landlord|landlady) /;

/** Verbs that arrange a marriage for the child: "cưới vợ cho", "gả chồng cho", "kiếm vợ cho" (folded). */
const ARRANGES: ReadonlySet<string> = new Set(["cuoi", "ga", "kiem", "tim", "hua", "lay"]);

/** After a husband, in the same sentence: he harms "vợ và (mấy đứa) con", "vợ con", "vợ với hai đứa con" (the wife written "vợ" when the text has tones). */
function beatsWifeAndChildren(words: Words, from: number): boolean {
  for (let k = from; k < Math.min(words.folded.length, from + 12) && words.sentence[k] === words.sentence[from - 1]; k++) {
    if (words.folded[k] !== "vo" || (words.diacritics && words.written[k]!.toLowerCase() !== "vợ")) continue;
    const after = words.folded.slice(k + 1, k + 6).join(" ");
    // "con riêng" (the wife's child from before: a stepchild); a child married off ("bị ép lấy chồng") is the wife herself.
    if (/\bcon rieng\b/.test(after) || /\b(?:lay chong|ep cuoi|ep lay|tao hon|ga chong|bi ga|married off|forced to marry)\b/.test(words.folded.join(" "))) return false;
    return /^(?:(?:va|voi|lan|cung|,)\s+)?(?:(?:may|hai|ba|2|3|4|cac|nhung|dam)\s+)?(?:(?:dua|thang|dua nho|be)\s+)?con\b/.test(after);
  }
  return false;
}

/** "vợ chồng", "cặp vợ chồng", "a couple": two adults together, named as the lexicon's couple words (folded). */
const COUPLE = /\b(?:vo chong|couple)\b/;
const MOTHER_WORDS: ReadonlySet<string> = new Set(["me", "ma", "mother", "mom", "mum"]);
const FATHER_WORDS: ReadonlySet<string> = new Set(["bo", "ba", "cha", "father", "dad"]);

/** A bare "chồng" ("vợ") said in a sentence whose subject is the child's mother (father): that parent's husband (wife). */
function spouseOfParent(words: Words, h: Hit, head: string): boolean {
  const parent = head === "chong" ? MOTHER_WORDS : FATHER_WORDS;
  const written = head === "chong" ? ["mẹ", "má", "mother", "mom", "mum"] : ["bố", "ba", "cha", "father", "dad"];
  for (let k = h.start - 1; k >= Math.max(0, h.start - 10) && words.sentence[k] === words.sentence[h.start]; k--) {
    if (parent.has(words.folded[k]!) && (!words.diacritics || written.includes(words.written[k]!))) return true;
  }
  return false;
}

/** "đánh em với mẹ", "dọa giết hai mẹ con", "cả mẹ": the kin word joined to the child is hurt with them, not the one who hurts. */
const JOINED: ReadonlySet<string> = new Set(["voi", "va", "cung", "and", "with", "vs"]);
const CHILD_SELF_WORDS: ReadonlySet<string> = new Set(["em", "e", "tôi", "toi", "mình", "minh", "tui", "nó", "no", "con", "cháu", "chau", "bé", "be", "me", "him", "her", "mk", "t"]);

function isVictim(words: Words, h: Hit): boolean {
  const f = words.folded;
  let k = h.start - 1;
  if (f[k] === "ca") k--;
  // As written ("mẹ" is not "me"); without diacritics "me" is mẹ, not the English word.
  const child = words.written[k - 1] ?? "";
  if (JOINED.has(f[k] ?? "") && CHILD_SELF_WORDS.has(child) && (words.diacritics || child !== "me") && !words.comma.slice(k, h.start + 1).some(Boolean)) return true;
  return ["hai", "2", "ca"].includes(f[h.start - 1] ?? "") && f[h.end] === "con";
}

/**
 * Who harms: the person right after a passive marker ("bị bố dượng đánh"), else the relation word
 * nearest before a harm word in its sentence (else nearest after it), else a relation that opens
 * a sentence ("Mẹ kế không cho em ăn"); "self" for self-harm with no one else named.
 */
function findHarmer(m: FactsMatcher, words: Words, selfHarm: boolean, relations = relationHits(m, words)): { relation: Relation; quote: string } | null {
  const harms = harmHits(m, words);
  // Named in passing: the one told or not told ("dặn đừng kể với bố mẹ"), the child's family living next door ("con bé hàng xóm").
  // A carer's story of a fall sets them aside only when no injury and no harm is told (M15): an unlikely explanation of an injury is a
  // sign of abuse, so "mẹ nó nói nó ngã cầu thang ... gãy tay" keeps the mother as the one suspected.
  const hurtTold = harms.length > 0 || INJURY_ORDER.some((i) => m.any(words, `injury:${i}`, m.lexicon.injury[i]));
  const named = relations.filter((r) => !(!hurtTold && explainsAccident(words, r.h)) && !inScoldingFeared(words, r.h) && !toldOf(words, r.h) && !knowsOnly(words, r.h, harms) && !neighboursChild(words, r, harms) && !deniedHarm(words, r.h, harms) && !notTheOne(words, r.h, harms) && !didNothing(words, r.h, harms) && !helpedBy(words, r.h) && !rescues(words, r.h, harms) && !carerOnly(m, words, r, harms) && !threatenedAudience(m, words, r.h));
  // "lúc mẹ đi làm ca đêm", "khi má đi chợ": a parent said to be away at the time is no one who harms, when another is named.
  // "một người trên Facebook tự xưng là học sinh lớp 10", "claiming to be a 14-year-old": who they claim to be is not who they are.
  // "bà nội nó kể là dượng nó đánh nó", "my grandmother says my aunt hits him": who tells of the harm is not who does it.
  // "Bố bé khai bé ngã, nhưng bác sĩ nói ... bị đánh", "the father says she fell ..., her brother told us": when a carer explains an
  // injury as an accident, another who tells of it is one who tells, not who harms (M15).
  const explained = hurtTold && named.some((r) => explainsAccident(words, r.h));
  const tellerOnly = (r: RelationHit) => explained && TELLS.has(words.folded[r.h.end] ?? "") && !explainsAccident(words, r.h);
  const candidates = [(r: RelationHit) => claimedIdentity(words, r.h), (r: RelationHit) => awayAtTheTime(words, r.h, harms), (r: RelationHit) => tellsOfAnother(words, r.h, named) && !(explained && explainsAccident(words, r.h)), tellerOnly].reduce(unlessAll, named);
  // "Ông ấy nhậu về là đánh cháu": a pronoun stands for the one named before it.
  const found = harmerAmong(m, words, [...candidates, ...pronounsOf(words, candidates)].sort((a, b) => a.h.start - b.h.start), selfHarm);
  const stepped = found && grandmotherBa(words, relations, stepParent(words, relations, found));
  return arrangedMarriage(words, relations, stepped) ?? fatherOfHarmedFamily(m, words);
}

/** Words of telling (folded): "mẹ bé nói", "bố khai là", "the mother says". */
const TELLS: ReadonlySet<string> = new Set(["noi", "bao", "ke", "khai", "giai thich", "says", "said", "claims", "claimed", "told", "explained"]);
/** An accident given as the cause (folded): "bé ngã từ giường", "té cầu thang", "fell off the bed". */
const ACCIDENT = /^(?:(?:la|rang|that|the|he|she|it|be|no|chau|em|con|baby|boy|girl|child|tu|bi|da|vo tinh|just|had|has) )*(?:nga|te|truot|va vao|dung vao|bong nuoc|fell|fall|falls|tripped|slipped|bumped|had an accident|tai nan)\b/;

/**
 * "mẹ bé nói bé ngã từ giường", "the mother says he fell off the bed": what a carer says happened is an explanation given, not a
 * harm they are said to do; who harms stays unknown unless the story names them otherwise.
 */
function explainsAccident(words: Words, h: Hit): boolean {
  const f = words.folded;
  for (let k = h.end; k <= h.end + 2 && k < f.length && words.sentence[k] === words.sentence[h.start]; k++) {
    if (!TELLS.has(f[k]!)) continue;
    return ACCIDENT.test(f.slice(k + 1, k + 8).join(" "));
  }
  return false;
}

/** Words between a harm and the one it is done to: "đánh cả vợ con", "beats his wife" (folded). */
const BEFORE_OBJECT: ReadonlySet<string> = new Set(["ca", "luon", "his", "her", "their", "the", "my"]);

/** The person at `h` is the one a harm is done to ("đánh vợ con", "chửi cả mẹ", "beats his wife"): right after the harm, in its clause. */
function harmedOne(m: FactsMatcher, words: Words, h: Hit): boolean {
  if (words.comma[h.start]) return false;
  return m.kept(words, "harmOnObject", m.lexicon.harmOnObject ?? []).some((x) => {
    const gap = h.start - x.end;
    return words.sentence[x.start] === words.sentence[h.start] && (gap === 0 || (gap === 1 && BEFORE_OBJECT.has(words.folded[x.end]!) && !words.comma[x.end]));
  });
}

/** "his wife and kids", "his wife and children" after a harm (folded). */
const WIFE_AND_CHILDREN_EN = /^(?:his )?wife and (?:his |the )?(?:kids|children|child|sons?|daughters?|boys|girls)\b/;

/**
 * "Ông ấy say về là đánh vợ con", "ong ay danh vo con", "he beats his wife and kids": no one else named, the man who harms his wife
 * and children is their father (the pronoun before the harm is quoted).
 */
function fatherOfHarmedFamily(m: FactsMatcher, words: Words): { relation: Relation; quote: string } | null {
  const harms = m.kept(words, "harmOnObject", m.lexicon.harmOnObject ?? []);
  for (const x of harms) {
    const at = BEFORE_OBJECT.has(words.folded[x.end] ?? "") && words.folded[x.end] !== "his" ? x.end + 1 : x.end;
    const wife = words.folded[at] === "vo" && (!words.diacritics || words.written[at] === "vợ");
    // "đánh vợ đánh con", "chửi vợ đánh con": the children harmed by a second harm right after.
    const again = harms.find((y) => y.start === at + 1 && words.sentence[y.start] === words.sentence[at]);
    const vi = wife && (beatsWifeAndChildren(words, at) || (again !== undefined && words.folded[again.end] === "con"));
    if (!vi && !WIFE_AND_CHILDREN_EN.test(words.folded.slice(at, at + 5).join(" "))) continue;
    return { relation: "father", quote: malePronounBefore(words, x.start) ?? "" };
  }
  return null;
}

/** The nearest pronoun for a man before word `i` in its sentence ("ông ấy", "hắn", "he"), as written. */
function malePronounBefore(words: Words, i: number): string | null {
  const list = words.diacritics ? MALE_PRONOUNS : [...MALE_PRONOUNS_FOLDED, "he"];
  for (let k = i - 1; k >= 0 && words.sentence[k] === words.sentence[i]; k--) {
    const p = list.find((x) => pronounParts(x).every((w, j) => (words.diacritics ? words.written[k + j] : words.folded[k + j]) === w));
    if (p) return words.written.slice(k, k + pronounParts(p).length).join(" ");
  }
  return null;
}

/** The feared scoldings of each message's words, per sentence ("con sợ bị mẹ mắng", "scared mum will be mad"); dropped with the words. */
const scoldingsRead = new WeakMap<Words, Array<[number, number]>>();

/** The person is the one a child fears will scold ("sợ bị mẹ mắng", "sợ cô giáo la", "scared mum will be mad"): no one who harms. */
function inScoldingFeared(words: Words, h: Hit): boolean {
  let spans = scoldingsRead.get(words);
  if (!spans) {
    spans = [];
    for (let start = 0; start < words.folded.length; ) {
      let end = start;
      while (end < words.folded.length && words.sentence[end] === words.sentence[start]) end++;
      for (const [a, b] of scoldingFearSpans(words.folded.slice(start, end), words.written.slice(start, end))) spans.push([start + a, start + b]);
      start = end;
    }
    scoldingsRead.set(words, spans);
  }
  return spans.some(([a, b]) => h.start >= a && h.end <= b);
}

/** The persons less those `left` leaves out, unless it would leave out every one (then it says nothing of who harms). */
/** Words between a person and their telling: "bà nội nó kể", "my grandmother, she says" (folded). */
const TELLER_FILLERS: ReadonlySet<string> = new Set(["no", "be", "chau", "em", "toi", "tui", "minh", "ay", "cua", "thi", "co", "moi", "vua", "she", "he", "also"]);
/** Tellings in English after the one who tells (folded); the Vietnamese ones are `tellingWord`'s, checked as written. */
const TELLS_EN: ReadonlySet<string> = new Set(["says", "said", "told", "tells", "thinks", "claims", "reckons", "reported", "heard"]);

/** The person at `h` tells of a harm done by another person named after the telling, in the same sentence. */
function tellsOfAnother(words: Words, h: Hit, persons: readonly RelationHit[]): boolean {
  let k = h.end;
  while (k < h.end + 3 && TELLER_FILLERS.has(words.folded[k] ?? "") && words.sentence[k] === words.sentence[h.start]) k++;
  if (words.sentence[k] !== words.sentence[h.start]) return false;
  const folded = words.folded[k] ?? "";
  const telling = TELLS_EN.has(folded) || (["ke", "noi", "bao"].includes(folded) && tellingWord(folded, words.written[k] ?? ""));
  return telling && persons.some((o) => o.h.start > k && words.sentence[o.h.start] === words.sentence[h.start]);
}

function unlessAll(persons: RelationHit[], left: (r: RelationHit) => boolean): RelationHit[] {
  const kept = persons.filter((r) => !left(r));
  return kept.length > 0 ? kept : persons;
}

/** "tự xưng là", "giả làm", "mạo danh", "claims to be", "pretending to be", "says he is" just before a person (folded). */
const CLAIMS = /(?:^| )(?:tu xung(?: la)?|xung la|gia lam|gia danh|mao danh|mao nhan|nhan la|claims? to be|claiming to be|pretend(?:s|ing)? to be|posing as|says? (?:he|she) is|said (?:he|she) was|says? (?:he s|she s))(?: (?:a|an|mot|1))?$/;

function claimedIdentity(words: Words, h: Hit): boolean {
  const before = words.folded.slice(Math.max(0, h.start - 5), h.start).filter((_, k, a) => words.sentence[h.start - a.length + k] === words.sentence[h.start]).join(" ");
  return CLAIMS.test(before);
}

/** Away at work or elsewhere: "đi làm", "đi lm", "đi vắng", "đi chợ", "đi trực", "làm ca đêm" after a person (folded). */
const AWAY_WORDS: ReadonlySet<string> = new Set(["lam", "lm", "vang", "cho", "xa", "truc", "ray", "nuong", "buon", "cong", "choi", "nhau", "ca"]);

/** The person is said to be away ("lúc mẹ đi lm ca đêm") and no harm is told of them in that clause ("mẹ đi làm về là đánh em" harms). */
function awayAtTheTime(words: Words, h: Hit, harms: readonly Hit[]): boolean {
  const f = words.folded;
  let k = h.end;
  if (f[k] === "e" || f[k] === "em" || f[k] === "no" || f[k] === "be" || f[k] === "chau") k++;
  const away = (f[k] === "di" && AWAY_WORDS.has(f[k + 1] ?? "")) || (f[k] === "lam" && f[k + 1] === "ca") || (f[k] === "vang" && f[k + 1] === "nha");
  if (!away || words.sentence[k] !== words.sentence[h.start]) return false;
  if (f.slice(k, k + 6).includes("ve")) return false;
  // The clause runs to the next comma or the sentence's end: a harm told in it is theirs.
  let end = k + 1;
  while (end < f.length && words.sentence[end] === words.sentence[h.start] && !words.comma[end]) end++;
  return !harms.some((x) => x.start >= h.end && x.start < end);
}

/** The harm words said, less those an exception covers ("gửi con cho bà trông": leaving a child in someone's care). */
function harmHits(m: FactsMatcher, words: Words): Hit[] {
  const hits = m.kept(words, "harm", m.lexicon.harmWords);
  if (words.diacritics) return hits;
  // Typed without tones, a short harm word that folds like a common one ("tat", "dap", "da") is read before the child it is done to
  // ("ba duong tat con be", "ong chu dap thang be"): "tắt", "đáp", "đã" are not said of a child.
  const extra: Hit[] = [];
  words.folded.forEach((w, i) => {
    if (!FOLDED_HARM.has(w) || hits.some((h) => h.start <= i && h.end > i)) return;
    const next = words.folded.slice(i + 1, i + 3).join(" ");
    if (words.sentence[i + 1] === words.sentence[i] && CHILD_OBJECT.test(next)) extra.push({ phrase: { text: w, written: [w], folded: [w], needsDiacritics: false }, start: i, end: i + 1 });
  });
  return extra.length > 0 ? [...hits, ...extra].sort((a, b) => a.start - b.start) : hits;
}

/** Short harm words whose form without tones is also a common word (they need tones unless the child follows). */
const FOLDED_HARM: ReadonlySet<string> = new Set(["tat", "dap", "da", "di", "so", "mo", "bo", "doa", "duoi", "troi", "quat", "ruot", "vut", "can", "mang", "ban", "du", "ru", "lua", "chan", "xo", "coc"]);
/** The child, right after a harm word (folded): "con be", "thang be", "no", "em", "chau", "be". */
const CHILD_OBJECT = /^(?:con be|thang be|con nho|thang nho|no|em|e|chau|be|con|tui nho|hai dua)\b/;

/** A relation found in the text, or a pronoun ("ông ấy", "ổng") standing for one: `ref` is the one it stands for. */
type Named = { relation: string; h: Hit; ref?: Hit };

/** Pronouns for a man or a woman told of, as written ("ông ấy", "ổng", "hắn", "bà ta"), and typed without diacritics where unambiguous. */
const MALE_PRONOUNS: ReadonlyArray<string> = ["ông ấy", "ông ta", "ông đó", "ông kia", "ổng", "hắn", "lão", "lão ta", "chú ấy", "chú ta", "chú đó", "anh ấy", "anh ta", "anh đó", "thằng đó", "thằng kia", "thằng ấy", "thằng ta", "gã đó", "gã ta"];
const FEMALE_PRONOUNS: ReadonlyArray<string> = ["bà ấy", "bà ta", "bà đó", "bà kia", "bả", "mụ", "mụ ta", "mụ ấy", "mụ đó", "cô ấy", "cô ta", "cô đó", "chị ấy", "chị ta", "chị đó"];
const MALE_PRONOUNS_FOLDED: ReadonlyArray<string> = ["ong ay", "ong ta", "ong do", "ong kia", "chu ay", "chu ta", "anh ay", "anh ta", "thang do", "thang kia"];
/** Words that say a relation is a man or a woman (as written; folded for a text without diacritics). */
const MALE_WORDS: ReadonlySet<string> = new Set(["ông", "chú", "cậu", "anh", "thầy", "dượng", "thằng", "gã", "lão", "bố", "cha", "ba", "tía", "chồng", "trai", "đàn", "man", "men", "boyfriend", "husband", "father", "dad", "stepfather", "stepdad", "uncle", "grandfather", "grandpa", "brother", "ong", "chu", "cau", "thay", "duong", "thang", "bo", "chong"]);
const FEMALE_WORDS: ReadonlySet<string> = new Set(["bà", "cô", "dì", "mợ", "thím", "chị", "mẹ", "má", "mạ", "mụ", "vợ", "gái", "phụ", "woman", "women", "girlfriend", "wife", "mother", "mom", "mum", "stepmother", "aunt", "grandmother", "grandma", "sister", "me", "di", "mo", "thim", "chi", "vo", "gai"]);

function genderOf(words: Words, r: Named): { male: boolean; female: boolean } {
  const at = words.diacritics ? words.written.slice(r.h.start, r.h.end) : words.folded.slice(r.h.start, r.h.end);
  const male = ["father", "stepfather"].includes(r.relation) || at.some((w) => MALE_WORDS.has(w));
  const female = ["mother", "stepmother"].includes(r.relation) || at.some((w) => FEMALE_WORDS.has(w));
  return male || female ? { male, female } : { male: true, female: true };
}

/**
 * "ở với bố dượng ... Ông ấy nhậu về là đánh cháu", "gửi con cho ông hàng xóm ... ông ấy bế nó vào
 * buồng": each pronoun for a man (a woman) stands for the nearest one named before it who may be a
 * man (a woman); the one it stands for is `ref`.
 */
/** The words of each pronoun of the lists above, split once. */
const PRONOUN_PARTS = new Map<string, string[]>();

function pronounParts(pronoun: string): string[] {
  let parts = PRONOUN_PARTS.get(pronoun);
  if (!parts) PRONOUN_PARTS.set(pronoun, (parts = pronoun.split(" ")));
  return parts;
}

function pronounsOf(words: Words, named: readonly Named[]): Named[] {
  const out: Named[] = [];
  const lists: Array<[ReadonlyArray<string>, "male" | "female", boolean]> = words.diacritics ? [[MALE_PRONOUNS, "male", false], [FEMALE_PRONOUNS, "female", false]] : [[MALE_PRONOUNS_FOLDED, "male", true]];
  for (let i = 0; i < words.written.length; i++) {
    for (const [list, gender, folded] of lists) {
      const p = list.find((x) => {
        const parts = pronounParts(x);
        return parts.every((w, k) => (folded ? words.folded[i + k] : words.written[i + k]) === w && words.sentence[i + k] === words.sentence[i]);
      });
      if (!p) continue;
      const end = i + pronounParts(p).length;
      // A word of a relation ("ông ấy" inside none; "thằng đó" not inside "thằng đó là hàng xóm"'s relation).
      if (named.some((r) => r.h.start < end && i < r.h.end)) continue;
      const ref = [...named].filter((r) => r.h.end <= i && !r.ref && genderOf(words, r)[gender]).sort((a, b) => b.h.end - a.h.end)[0];
      if (ref) out.push({ relation: ref.relation, h: { phrase: ref.h.phrase, start: i, end }, ref: ref.h });
      break;
    }
  }
  return out;
}

/** Said to be away ("mẹ cháu đi làm ở Đà Nẵng", "bố bé đi xuất khẩu lao động", "mẹ nó đi làm tối"), not back ("đi làm về") (folded words after the relation). */
const AWAY = /^(?:(?:thi|da|cung|lai|dang|thuong|hay|van|nay|no|chau|be|em|con|toi|tui|minh|ay|phai|deu) )*(?:di (?:lam|lam an|lam thue|xuat khau|nuoc ngoai|bien|cong tac|vang|xa|tu|ca|rau|ray)(?! (?:ve|xong))|lam an xa|vang nha|o (?:sai gon|nuoc ngoai|xa|tu))\b/;
/** Kin said to be in prison ("cha mẹ đều đang chấp hành án", "bố nó đang ngồi tù"): away, not the one who harms the child now (folded, after the relation). */
const JAILED = /^(?:(?:thi|da|cung|dang|deu|van|no|chau|be|em|con) )*(?:ngoi tu|(?:chap|thi) hanh an|bi giam)\b/;

function away(words: Words, h: Hit, relation = ""): boolean {
  const after = words.folded.slice(h.end, h.end + 8).filter((_, k) => words.sentence[h.end + k] === words.sentence[h.start]).join(" ");
  return AWAY.test(after) || (KIN.has(relation) && JAILED.test(after));
}

/**
 * "bé ở với bà cố", "sống với ông ngoại, ông thương bé lắm", "bà nội nuôi bé", "lives with her grandma" (lexicon carerKin): a grandparent
 * told as the one the child lives with or who cares for the child is a carer, not who harms, unless a harm follows them in their own
 * clause ("ở với bà nội, bà nội hay đánh bé" names her). Only the one the story says does the harm is the harmer.
 */
function carerOnly(m: FactsMatcher, words: Words, r: RelationHit, harms: readonly Hit[]): boolean {
  const lx = m.lexicon.carerKin;
  if (!lx || !lx.relations.includes(r.relation)) return false;
  const f = words.folded;
  // "bé ở với bà cố, bà cố già yếu": the same person named again is still the carer.
  const same = relationHits(m, words).filter((o) => o.relation === r.relation && f.slice(o.h.start, o.h.end).join(" ") === f.slice(r.h.start, r.h.end).join(" "));
  if (!same.some((o) => caringAt(lx, words, o.h))) return false;
  // A harm right after the name or a word that takes it up ("Bà ấy hay trói cháu", "she hits him"), in its clause, with no "bị" /
  // "được" / "by" between, is done by them.
  const after = (from: number, x: Hit) => x.start >= from && x.start - from <= 3 && words.sentence[x.start] === words.sentence[from - 1] && !words.comma.slice(from + 1, x.start + 1).some(Boolean) && !f.slice(from, x.start).some((w) => ["bi", "duoc", "by"].includes(w));
  const takenUp = f.flatMap((w, k) => (CARER_PRONOUNS.has(w) && !(words.diacritics && w === "ba" && words.written[k]?.normalize("NFC").toLowerCase() !== "bà") ? [k + (["ay", "ta", "nay"].includes(f[k + 1] ?? "") ? 2 : 1)] : []));
  return !harms.some((x) => same.some((o) => after(o.h.end, x)) || takenUp.some((k) => after(k, x)));
}

/** Words that take up a grandparent named before ("bà", "ông", "bà ấy", "ổng", "she", "he"; folded). */
const CARER_PRONOUNS: ReadonlySet<string> = new Set(["ba", "ong", "she", "he"]);

/** The name at `h` is told as the one the child lives with or who cares for them ("ở với bà cố", "ông thương bé", "lives with his grandpa"). */
function caringAt(lx: { before: string[]; after: string[] }, words: Words, h: Hit): boolean {
  const f = words.folded;
  const same = (k: number) => words.sentence[k] === words.sentence[h.start];
  // "lives with his grandfather": a word of whose may stand before the name.
  const at = ["his", "her", "their", "my", "the"].includes(f[h.start - 1] ?? "") ? h.start - 1 : h.start;
  const endsBefore = (p: string) => { const w = p.split(" "); return w.every((x, j) => f[at - w.length + j] === x && same(at - w.length + j)); };
  // "ông ngoại, ông thương bé lắm": the pronoun that takes up the name ("ông", "bà", "she") may stand between.
  const startsAt = (p: string, k: number) => p.split(" ").every((x, j) => f[k + j] === x && same(k + j));
  return lx.before.some(endsBefore) || lx.after.some((p) => startsAt(p, h.end) || startsAt(p, h.end + 1));
}

/**
 * What one does right after being named, to find or help the child (folded): "dẫn mọi người đi tìm", "đi tìm", "tìm thấy", "chạy đi gọi
 * người", "can ra", "cứu", "led the search", "found him", "ran for help" (C42: "anh Tư dẫn mọi người đi tìm bé" was read as who harms).
 */
const RESCUE_AFTER = /^(?:\S+ ){0,3}?(?:dan (?:\S+ ){0,3}?di tim|di tim|tim thay|tim duoc|tim kiem|chay (?:\S+ ){0,2}?goi|goi (?:nguoi|cong an|113|115|cap cuu|hang xom|ca xom)|can (?:ngan|ra|lai)|ra can|chay (?:sang|toi|den|lai|ra) can|cuu|giai cuu|keo (?:\S+ ){0,2}?ra|led (?:the |a )?search|searched|went looking|looked for|found (?:him|her|them|the)|rescued|pulled (?:him|her|them) out|called (?:the police|for help|113|115|an ambulance)|ran (?:to get|for) help|stepped in|broke it up)\b/;
/** Passive or object words before a harm word (folded): "bé bị trói", "found him tied up": the child harmed, not the one named acting. */
const HARMED_BEFORE: ReadonlySet<string> = new Set(["bi", "be", "chau", "no", "em", "him", "her", "them", "was", "been", "got", "were"]);

/** The one named searches for the child or gets help, and does no harm in the same clause after it ("bố nó đi tìm thấy nó rồi đánh nó" does). */
function rescues(words: Words, h: Hit, harms: readonly Hit[]): boolean {
  const f = words.folded;
  const s = words.sentence[h.start];
  // The clause, to its end however long ("đi tìm thấy bé ngoài đồng thì kéo bé về nhà đánh bầm mình"), and the clauses after it that go on
  // with what was done next ("..., rồi đánh", "..., then beat her") (m26: the 10-word window lost the harm).
  let end = h.end;
  while (end < f.length && words.sentence[end] === s && !(end > h.end && words.comma[end] && !THEN_NEXT.test(f.slice(end, end + 2).join(" ")))) end++;
  if (!RESCUE_AFTER.test(f.slice(h.end, Math.min(end, h.end + 10)).join(" "))) return false;
  return !harms.some((x) => x.start >= h.end && x.start < end && !HARMED_BEFORE.has(f[x.start - 1] ?? "") && !seenOnly(f.slice(Math.max(h.end, x.start - 4), x.start)));
}
/** The words just before a harm say it was seen ("thì thấy ông Năm đang"), with no "rồi/thì/then" after ("tìm thấy nó rồi" goes on to act). */
function seenOnly(before: readonly string[]): boolean {
  const next = before.reduce((at, w, i) => (/^(?:roi|thi|xong|then)$/.test(w) ? i : at), -1);
  return SEEN_BEFORE.test(before.slice(next + 1).join(" "));
}
/** What comes next, opening a clause (folded): "rồi", "thì", "xong", "sau đó", "then", "and then". */
const THEN_NEXT = /^(?:roi|thi|xong|sau do|then|and then|and)\b/;
/** Harm the one named saw, not did (folded, just before it): "thì thấy ông Năm đang đánh bé", "found him beating her". */
const SEEN_BEFORE = /\b(?:thay|nhin thay|phat hien|bat gap|gap|found|saw|caught|sees|finds)\b/;

/** "được mẹ đưa đến khám", "được bà ngoại chở đi viện": the one after "được" (a kindness done to the child) helps, and is not who harms. */
function helpedBy(words: Words, h: Hit): boolean {
  const s = h.start;
  if (words.folded[s - 1] !== "duoc" || words.sentence[s - 1] !== words.sentence[s] || (words.diacritics && words.written[s - 1] !== "được")) return false;
  return ["dua", "cho", "cho", "dan", "be", "don", "ruoc", "cuu", "giup", "nuoi", "cham", "bao", "phat", "an", "dat", "goi"].includes(words.folded[h.end] ?? "");
}

/** "bà mẹ không đánh", "mẹ nó chưa từng đánh", "the mother did not hit him": a person said not to do the harm is not who harms. */
/** "không phải hàng xóm đánh", "đâu phải bố nó đánh", "it wasn't the neighbour who hit him": the one named is said not to be who harms (folded). */
const NOT_THE_ONE_BEFORE = /(?:^| )(?:(?:khong|ko|k|hong|chang|cha|dau|deo) phai(?: la)?|(?:chua|khong|ko) chac(?: la)?|not|wasn t|wasn't|wasnt|isn t|isn't|isnt|was not|is not)(?: by| boi)?(?: (?:the|a|an|ong|ba|thang|con|his|her|their|my|our))?$/;
/** Right after the one denied, the one who did it: "không phải bố mà là chú", "not his teacher but the guard", "it wasn't X, it was Y" (folded). */
/** Another one named after the one set aside: "mà là", "but", and a suspicion ("nghi là", "có lẽ là": "chưa chắc là mẹ, nghi là dượng"). */
const BUT_ANOTHER_AFTER = /^(?:ma(?: la)?|but|it was|it s|rather|nghi(?: la)?|co le(?: la)?|co the la|chac la|maybe|probably)\b/;

function notTheOne(words: Words, h: Hit, harms: readonly Hit[]): boolean {
  const before = words.folded.slice(Math.max(0, h.start - 5), h.start).filter((_, i, a) => words.sentence[h.start - a.length + i] === words.sentence[h.start]).join(" ");
  if (!NOT_THE_ONE_BEFORE.test(before)) return false;
  // "em là bạn của Lan chứ ko phải người nhà": "chứ không phải" sets the one after it aside, whatever follows.
  if (/(?:^| )chu (?:khong|ko|k|hong|chang) phai(?: la)?(?: \S+)?$/.test(before)) return true;
  const after = words.folded.slice(h.end, h.end + 3).filter((_, i) => words.sentence[h.end + i] === words.sentence[h.start]).join(" ");
  if (BUT_ANOTHER_AFTER.test(after)) return true;
  // "it wasn't my mum who slapped me": the one denied, then "who" or "that" (an English cleft), whatever verb follows (M34).
  if (/^(?:who|that)\b/.test(after) && /(?:^| )(?:wasn t|wasn't|wasnt|isn t|isn't|isnt|was not|is not|not)(?: (?:the|a|an|his|her|their|my|our))?$/.test(before)) return true;
  // "it wasn't the neighbour who hit him": the harm told right after the one denied ("who", "that" between).
  return harms.some((x) => x.start >= h.end && x.start - h.end <= 4 && words.sentence[x.start] === words.sentence[h.start] && !words.comma.slice(h.end + 1, x.start + 1).some(Boolean));
}

function deniedHarm(words: Words, h: Hit, harms: readonly Hit[]): boolean {
  return harms.some((x) => {
    if (x.start < h.end || x.start - h.end > 4 || words.sentence[x.start] !== words.sentence[h.start]) return false;
    if (words.comma.slice(h.end + 1, x.start + 1).some(Boolean)) return false;
    for (let k = Math.max(h.end, x.start - 2); k < x.start; k++) if (negatorAt(words, k)) return true;
    return false;
  });
}

/** "mẹ em không làm gì em hết", "me e ko lam gi", "má nó đâu có làm gì", "her mum did nothing": said to have done nothing (folded after the person). */
const DID_NOTHING_AFTER = /^(?:\S+ )?(?:(?:khong|ko|k|hong|chang|cha|dau|chua|chua he|khong he) (?:co |he )?(?:lam gi|dong toi|dung toi|lien quan|lam hai|hai)|(?:did|does|has done) nothing|(?:didn t|did not|doesn t|does not|never) (?:do anything|hurt|harm|touch)|has nothing to do)\b/;

function didNothing(words: Words, h: Hit, harms: readonly Hit[] = []): boolean {
  const after = words.folded.slice(h.end, h.end + 8).filter((_, i) => words.sentence[h.end + i] === words.sentence[h.start]).join(" ");
  // "bố nó chẳng làm gì cả, suốt ngày nhậu rồi đánh nó": idle, and then the harm is told of them in the same sentence.
  return DID_NOTHING_AFTER.test(after) && !harms.some((x) => x.start >= h.end && words.sentence[x.start] === words.sentence[h.start]);
}

/** "kể với", "nói cho", "tâm sự với", "giấu", "tell", "told his": the one after them is told (or not), not who harms (folded). */
const TELLING: ReadonlySet<string> = new Set(["ke", "noi", "bao", "mach", "khai", "thua", "su", "biet"]);
const TELL_EN: ReadonlySet<string> = new Set(["tell", "told", "telling", "tells"]);

/** The words of a threatened sending (content/triage/facts-lexicon.json: threatenedAudience), folded, built once. */
let audienceWords: { sending: ReadonlySet<string>; sentTo: ReadonlySet<string>; threatened: ReadonlySet<string> } | undefined;

/**
 * "dọa sẽ gửi cho bạn bè cháu", "says he will send them to her classmates": those a threat says the images or the story will be
 * sent or shown to are the audience of the threat, not who harms (walk 43). Not a sending told as done ("gửi cho cả nhóm").
 * Right before the person "to" (sentTo), within three words before it a sending (sending), within six before that a threat
 * or a time ahead (threatened): "gửi cho", "tung cho", "sẽ gửi", "dọa gửi", "will send", "threatens to send".
 */
function threatenedAudience(m: FactsMatcher, words: Words, h: Hit): boolean {
  const fold = (list: readonly string[] | undefined) => new Set((list ?? []).map((w) => foldVietnamese(w.normalize("NFC")).toLowerCase()));
  const lex = m.lexicon.threatenedAudience;
  audienceWords ??= { sending: fold(lex?.sending), sentTo: fold(lex?.sentTo), threatened: fold(lex?.threatened) };
  const { sending, sentTo, threatened } = audienceWords;
  const f = words.folded;
  const same = (k: number) => k >= 0 && words.sentence[k] === words.sentence[h.start];
  let k = h.start - 1;
  if (EN_POSSESSIVE.has(f[k] ?? "") && !words.comma[k + 1]) k--;
  if (!same(k) || !sentTo.has(f[k] ?? "")) return false;
  for (let v = k - 1; v >= k - 3 && same(v); v--) {
    if (!sending.has(f[v] ?? "")) continue;
    for (let t = v - 1; t >= v - 6 && same(t); t--) if (threatened.has(f[t] ?? "")) return true;
    return false;
  }
  return false;
}

/** "bảo đừng kể với bố mẹ", "ke cho me biet", "told him not to tell his dad", "giấu mẹ": the relation is the one told or kept in the dark. */
function toldOf(words: Words, h: Hit): boolean {
  const f = words.folded;
  const s = h.start;
  if (words.sentence[s - 1] !== words.sentence[s] || words.comma[s]) return false;
  if (["voi", "cho", "vs", "v"].includes(f[s - 1] ?? "") && (TELLING.has(f[s - 2] ?? "") || (f[s - 2] === "lai" && TELLING.has(f[s - 3] ?? "")))) return true;
  // "bố mẹ nó chưa biết gì", "her parents don't know", "will my parents be told": the people who know, or do not, of it.

  if (f[s - 1] === "giau" && (!words.diacritics || words.written[s - 1] === "giấu")) return true;
  return TELL_EN.has(f[s - 1] ?? "") || (EN_POSSESSIVE.has(f[s - 1] ?? "") && TELL_EN.has(f[s - 2] ?? ""));
}

/**
 * "bố mẹ nó chưa biết gì", "her parents don't know", "will my parents be told": the people who know of it, or do not, with no
 * harm told of them after in the sentence ("sợ bố biết sẽ đánh chết nó", "my dad will find out, he hits me" harm), and not
 * "không biết dạy con", "không biết thương" (bad carers).
 */
function knowsOnly(words: Words, h: Hit, harms: readonly Hit[]): boolean {
  const f = words.folded;
  const s = h.start;
  // "Her parents don't know.": the sentence may open with them.
  if (s > 0 && words.sentence[s - 1] === words.sentence[s] && words.comma[s]) return false;
  let k = h.end;
  let knows = false;
  if (["will", "would", "do", "does", "did"].includes(f[s - 1] ?? "") && ["be", "know", "find", "get"].includes(f[h.end] ?? "")) knows = true;
  else {
    if (["no", "em", "e", "be", "chau", "toi", "tui", "minh"].includes(f[k] ?? "") && words.sentence[k] === words.sentence[s]) k++;
    if (["khong", "ko", "k", "chua", "cung", "van", "co", "dont", "don", "doesn", "do", "does", "will", "would", "don't", "doesn't", "didn't", "won't", "wouldn't", "didnt", "doesnt"].includes(f[k] ?? "")) k++;
    if (["t", "not"].includes(f[k] ?? "")) k++;
    knows = ["biet", "bit", "know", "knows", "be", "find"].includes(f[k] ?? "") && words.sentence[k] === words.sentence[s] && (f[k] !== "be" || f[k + 1] === "told") && (f[k] !== "find" || f[k + 1] === "out")
      && !["day", "thuong", "cach", "lo", "cham", "nghi", "yeu", "how"].includes(f[k + 1] ?? "");
  }
  return knows && !harms.some((x) => x.start >= h.end && words.sentence[x.start] === words.sentence[s]);
}

/** English words for a child, before "next door" or after "neighbour's" (folded). */
const EN_CHILD_WORDS: ReadonlySet<string> = new Set(["girl", "boy", "kid", "kids", "child", "children", "baby", "toddler", "son", "daughter", "boys", "girls", "teen", "teenager"]);

/** Words for the child or their home before "hàng xóm" ("con bé hàng xóm", "con nhà hàng xóm", "nhà bé là hàng xóm"). */
const CHILDS_HOME: ReadonlySet<string> = new Set(["be", "nho", "cu", "nit", "tre", "con", "chau", "em", "thang", "dua", "gai", "trai", "nha", "gia", "dinh", "no", "family"]);

/**
 * "con bé hàng xóm 12 tuổi", "cháu là con hàng xóm", "Gia đình cháu là hàng xóm của tôi": the
 * child's family lives next door; that names where the child lives, not who harms (unless a harm
 * follows at once: "thằng con hàng xóm đánh bé").
 */
/** Words of a child's age between the child and their home (folded): "11 tuổi", "chừng 6 tuổi", "khoảng 9t". */
const AGE_BETWEEN: ReadonlySet<string> = new Set(["tuoi", "t", "chung", "khoang", "tam", "nam nay"]);

function neighboursChild(words: Words, r: { relation: string; h: Hit }, harms: readonly Hit[]): boolean {
  if (r.relation !== "neighbour") return false;
  const f = words.folded;
  const s = r.h.start;
  // "the boy next door, 9, is left alone": a harm after a comma is the child's, not the neighbour's.
  if (harms.some((x) => x.start >= r.h.end && x.start - r.h.end <= 2 && words.sentence[x.start] === words.sentence[s] && !words.comma.slice(r.h.end, x.start + 1).some(Boolean))) return false;
  let before = f[s - 1] === "nha" ? s - 2 : s - 1;
  // "Thằng bé 11 tuổi nhà đối diện", "con bé chừng 6 tuổi nhà bên": the child's age said between them and their home.
  while (before > s - 5 && before > 0 && !words.comma[before + 1] && (/^\d{1,2}$/.test(f[before] ?? "") || AGE_BETWEEN.has(f[before] ?? ""))) before--;
  if (words.sentence[before] === words.sentence[s] && !words.comma[s] && !words.comma[before + 1] && ["be", "nho", "cu", "con", "chau", "thang", "dua", "gai", "trai"].includes(f[before] ?? "")) return true;
  // "the girl next door", "a boy next door", "the neighbour's daughter": where the child lives, in English.
  if (f[s] === "next" && words.sentence[s - 1] === words.sentence[s] && !words.comma[s] && EN_CHILD_WORDS.has(f[s - 1] ?? "")) return true;
  if (/^neighbou?rs?'?s?$/.test(f[r.h.end - 1] ?? "") && /'s?$|s$/.test(words.written[r.h.end - 1] ?? "") && EN_CHILD_WORDS.has(f[r.h.end] ?? "")) return true;
  // "X là hàng xóm": said of the child or their family, not of a person who harms ("người làm hại là hàng xóm").
  if (f[s - 1] !== "la" || words.sentence[s - 2] !== words.sentence[s]) return false;
  const subject = f.slice(Math.max(0, s - 5), s - 1);
  return subject.some((w) => CHILDS_HOME.has(w)) && !subject.some((w) => ["nguoi", "ke", "thu", "hung", "doi"].includes(w));
}

/** "ba" typed without diacritics for someone the story named "ba noi", "ba ngoai" ("e o vs ba noi, ba bi om"): the grandmother, not the father. */
function grandmotherBa(words: Words, relations: ReadonlyArray<{ relation: string; h: Hit }>, found: { relation: Relation; quote: string }): { relation: Relation; quote: string } {
  if (found.relation !== "father" || found.quote !== "ba") return found;
  const grandma = relations.some((r) => r.relation === "grandparent" && words.written[r.h.start] === "ba" && ["noi", "ngoai", "co"].includes(words.written[r.h.start + 1] ?? ""));
  return grandma ? { relation: "grandparent", quote: found.quote } : found;
}

/** A marriage arranged for the child (folded): "ép cưới", "nhận sính lễ", "marrying her off", "arranged for her to marry". */
const MARRIAGE_ARRANGED = /\b(?:ep cuoi|ep ket hon|bat cuoi|nhan sinh le|thach cuoi|nhan tien cuoi|(?:ep|bat)(?: \w+){0,4} (?:lay chong|lay vo|lay (?:mot|1) (?:nguoi|ong|thang|anh|chang))|cho (?:no|chau|em|be|con be|em ay) cuoi|marr(?:y|ying|ied) (?:her|him) off|arranged (?:for )?(?:\w+ ){0,4}(?:to )?marr(?:y|iage)|promised (?:her|him) to|forc\w* (?:her|him) to marry)\b/;
/** "gả" (give in marriage) as written, or typed without diacritics before the child or "cho" ("ga chau cho", "gả con bé"). */
function givesInMarriage(words: Words): boolean {
  return words.written.some((w, i) => w === "gả" || (!words.diacritics && w === "ga" && ["chau", "no", "em", "be", "con", "cho", "di"].includes(words.folded[i + 1] ?? "")));
}
/** The child's family named as a whole (folded): "gia đình", "nhà nó", "her family". */
const FAMILY_WORDS = /\b(?:gia dinh|family|nha (?:no|chau|be|em ay|co be|con be))\b/;
const FAMILY_RELATIONS: ReadonlySet<string> = new Set(["parents", "father", "mother", "stepfather", "stepmother", "grandparent", "relative"]);

/**
 * A marriage the family arranges ("gia đình gả em cho một người đàn ông", "her family arranged
 * for her to marry a man"): the man is the groom; who harms is the family that arranges it, its
 * household ("nhà anh rể ... gả cháu"), a parent named, or the parents.
 */
function arrangedMarriage(words: Words, relations: ReadonlyArray<{ relation: string; h: Hit }>, found: { relation: Relation; quote: string } | null): { relation: Relation; quote: string } | null {
  if (found && !["stranger", "partner", "other"].includes(found.relation)) return found;
  const folded = words.folded.join(" ").replace(/'/g, "");
  if (!givesInMarriage(words) && !MARRIAGE_ARRANGED.test(folded)) return found;
  const quote = (h: Hit) => words.written.slice(h.start, h.end).join(" ");
  const household = relations.find((r) => FAMILY_RELATIONS.has(r.relation) && words.folded[r.h.start - 1] === "nha");
  if (household) return { relation: "parents", quote: `nhà ${quote(household.h)}` };
  const kin = relations.find((r) => FAMILY_RELATIONS.has(r.relation) && r.relation !== "relative" && !WRITER.has(words.folded[r.h.end] ?? ""));
  if (kin) return { relation: kin.relation as Relation, quote: quote(kin.h) };
  const family = FAMILY_WORDS.exec(folded);
  return family ? { relation: "parents", quote: family[0] } : found;
}

/** Bare "bố", "ba", "mẹ" for someone the story has named a step-parent ("Bé ở với mẹ và bố dượng. Bố hay đánh bé"): the step-parent, unless the own parent is named as such ("bố ruột", "mẹ đẻ"). */
function stepParent(words: Words, relations: ReadonlyArray<{ relation: string; h: Hit }>, found: { relation: Relation; quote: string }): { relation: Relation; quote: string } {
  const step = found.relation === "father" ? "stepfather" : found.relation === "mother" ? "stepmother" : null;
  const own = found.relation === "father" ? /\b(bo|ba|cha) (ruot|de)\b|\b(biological|real) (father|dad)\b/ : /\b(me|ma) (ruot|de)\b|\b(biological|real) (mother|mom|mum)\b/;
  if (!step || own.test(words.folded.join(" "))) return found;
  const named = relations.find((r) => r.relation === step);
  return named ? { relation: step, quote: words.written.slice(named.h.start, named.h.end).join(" ") } : found;
}

const OWNED_BY: ReadonlySet<string> = new Set(["toi", "tui", "minh", "em", "no", "chau", "be", "ay", "kia", "ta", "cua", "nha", "chung", "my", "our", "his", "her"]);
const SUFFERS: ReadonlySet<string> = new Set(["bi", "bj", "was", "were"]);

/** The relation is the subject of "bị" + a harm ("em họ tôi bị đánh", "my cousin was beaten"), with only possessive words between: the one harmed. */
function sufferedBy(words: Words, h: Hit, harms: readonly Hit[]): boolean {
  let j = h.end;
  while (j < words.folded.length && j < h.end + 3 && OWNED_BY.has(words.folded[j]!) && words.sentence[j] === words.sentence[h.start]) j++;
  if (!SUFFERS.has(words.folded[j] ?? "") || words.sentence[j] !== words.sentence[h.start]) return false;
  // "bà bị ốm nằm một chỗ", "ba bi benh": the one ill, not one who harms.
  if (ILL.has(words.folded[j + 1] ?? "")) return true;
  return harms.some((x) => x.start === j + 1 || x.start === j + 2);
}

/** Illness after "bị" ("bị ốm", "bị bệnh", "bị liệt", "was ill") (folded). */
const ILL: ReadonlySet<string> = new Set(["om", "benh", "liet", "ung", "sot", "tai", "ill", "sick", "injured", "hospitalised", "hospitalized"]);

/** "về nhà với", "ở cùng", "vs", "at home with": words that say whom the child is with (folded). */
const COMPANY: ReadonlySet<string> = new Set(["voi", "cung", "vs", "with"]);
/** Back home, safe: "về (nhà) với", "back home with", "safe with" (folded). */
const BACK_HOME: ReadonlySet<string> = new Set(["ve", "home", "back", "safe"]);
/** Staying: "ở với", "đang ở nhà cùng", "sống với" (folded). */
const STAYING: ReadonlySet<string> = new Set(["o", "song", "nha", "theo", "lives", "living"]);
/** The message says no danger or harm now ("Không, ...", "No, not now", "an toàn", "safe") (folded). */
const NO_DANGER = /^(?:da |vang |uh |um )?(?:khong|ko|k|hong|chua|no|not|nope)\b|\b(?:an toan|safe|khong sao|not in danger)\b/;

/**
 * The relation is whom the child is with, in a message that says there is no danger now: back
 * home or staying with them ("Không, bé đã về nhà với mẹ", "No, she's back home with her dad",
 * "Dạ không, hiện bé ở cùng mẹ"). A story that only says where the child lives or goes ("ở với
 * bố", "xuất viện về với cha dượng") still names that person.
 */
function withWhom(words: Words, h: Hit): boolean {
  const f = words.folded;
  let k = h.start - 1;
  if (EN_POSSESSIVE.has(f[k] ?? "") && f[k - 1] === "with") k--;
  if (!COMPANY.has(f[k] ?? "") || words.sentence[k] !== words.sentence[h.start]) return false;
  const from = Math.max(0, k - 4);
  const lead = f.slice(from, k).filter((_, i) => words.sentence[from + i] === words.sentence[k]);
  // "came back from staying with her grandfather": where the child was, not whom they are with now.
  if (lead.includes("from") || lead.includes("tu")) return false;
  return lead.some((w) => BACK_HOME.has(w) || STAYING.has(w)) && NO_DANGER.test(f.join(" "));
}

function harmerAmong(m: FactsMatcher, words: Words, all: Named[], selfHarm: boolean): { relation: Relation; quote: string } | null {
  const quoted = (h: Hit) => words.written.slice(h.start, h.end).join(" ");
  const refOf = new Map(all.filter((r) => r.ref).map((r) => [r.h, r.ref!] as const));
  const quote = (h: Hit) => withWhose(words, refOf.get(h) ?? h, quoted(refOf.get(h) ?? h));
  // A child who tells of harming themself: "bị tụi nó cô lập" tells of what others do to them, not who harms; only a harm
  // ("bị bố đánh") right after names them (walk 50 made the classmates the harmer of a plan to overdose).
  const harmAfter = (r: Named) => !selfHarm || harmHits(m, words).some((x) => x.start >= r.h.end && x.start - r.h.end <= 2 && words.sentence[x.start] === words.sentence[r.h.start]);
  const passive = all.filter((r) => harmAfter(r) && [1, 2, 3].some((k) => PASSIVE.has(words.folded[r.h.start - k] ?? "") && (k === 1 || !relationAt(all, r.h.start - k + 1)) && !words.comma.slice(r.h.start - k + 1, r.h.start + 1).some(Boolean)));
  const first = passive.sort((a, b) => a.h.start - b.h.start)[0];
  if (first) return { relation: first.relation as Relation, quote: quote(first.h) };
  // "thằng em họ e 13 tuổi": a younger kin given a child's age is the child told of, not who harms; "đánh vợ", "chửi mẹ": the one harmed.
  const relations = all.filter((r) => !youngerKinAged(words, r.ref ?? r.h) && !harmedOne(m, words, r.h));
  // Self-harm told with no one said to do harm ("bị X đánh"): the child harms themself, whoever else is named near a harm word ("cuts herself when her mum yells").
  if (selfHarm) return { relation: "self", quote: "" };
  const harms = harmHits(m, words);
  let best: { relation: string; h: Hit; ref?: Hit; distance: number } | null = null;
  for (const harm of harms) {
    for (const r of relations) {
      // "em họ tôi bị đánh", "con trai chị gái tôi bị bắt nạt": the one named before "bị" is the one harmed.
      if (sufferedBy(words, r.h, harms)) continue;
      // "hàng xóm thỉnh thoảng cho ăn": who feeds the children left alone helps them; it is no one who harms.
      if (helps(m, words, r.h)) continue;
      // "Nhà bên cạnh có 2 đứa nhỏ ... bị bỏ ở nhà": the household that has the children, not who harms them.
      if (hasTheChildren(words, r.h)) continue;
      // "Nhà bên cạnh đêm nào cũng nghe tiếng bé khóc": the house the sounds come from, not who harms.
      if (heardFrom(words, r.h, harms)) continue;
      if (words.sentence[r.h.start] !== words.sentence[harm.start]) continue;
      const before = r.h.end <= harm.start;
      const distance = before ? harm.start - r.h.end : r.h.start - harm.end + 8;
      if (distance < 0 || distance > 14) continue;
      if (!best || distance < best.distance) best = { ...r, distance };
    }
  }
  if (best) {
    // "Chồng cũ của tôi với mấy người nhà anh ta vừa bắt con", "X and some of his friends took her": the one named first leads
    // the group named after him, who harms (walk 54 stored the ex-husband's relatives).
    const lead = leaderOfGroup(words, relations, best.ref ?? best.h);
    if (lead) best = { ...lead, distance: best.distance };
    const b = best;
    const after = harms.filter((h) => words.sentence[h.start] === words.sentence[b.h.start] && h.start >= b.h.end && h.start - b.h.end <= 8);
    const parent = OUTSIDERS.has(b.relation) ? after.map((h) => parentOfOwnChild(words, b.h, h)).find((p) => p) ?? null : null;
    return { relation: parent ?? (best.relation as Relation), quote: quote(best.h) };
  }
  if (selfHarm) return { relation: "self", quote: "" };
  // Someone said to be away ("Mẹ cháu đi làm ở Đà Nẵng cả tháng mới về") is not who harms the child at home.
  // "From next door I heard the boy screaming": the house the sounds come from is not who harms, with or without a harm word.
  const opener = relations.find((r) => !r.ref && !helps(m, words, r.h) && (r.h.start === 0 || words.sentence[r.h.start - 1] !== words.sentence[r.h.start]) && words.folded[r.h.start] !== "nha" && !sufferedBy(words, r.h, harms) && !away(words, r.h, r.relation) && !heardFrom(words, r.h, harms));
  if (opener) return { relation: opener.relation as Relation, quote: quote(opener.h) };
  // No harm word near anyone: the first person named who is not the writer ("Tôi là bà ngoại") nor the child's own kin seen from the writer ("con gái tôi").
  // "nhà bên cạnh có chuyện gì", "nhà hàng xóm": a household named as a place is where the child lives, not someone said to harm.
  // "Bé đã về nhà với mẹ", "she's back home with her dad": whom the child is with, with no harm told of them, is not who harms.
  const candidates = relations.filter((r) => !r.ref && !away(words, r.h, r.relation) && !sufferedBy(words, r.h, harms) && !helps(m, words, r.h) && !SELF_INTRO.has(words.folded[r.h.start - 1] ?? "") && !OWNER.has(words.folded[r.h.end] ?? "") && !["peer", "sibling"].includes(r.relation) && words.folded[r.h.start] !== "nha" && words.folded[r.h.start - 1] !== "nha" && !withWhom(words, r.h) && !heardFrom(words, r.h, harms));
  // A step-parent named in the story ("ở với mẹ và bạn trai mới của mẹ") before the parent the child lives with.
  const named = candidates.find((r) => r.relation === "stepfather" || r.relation === "stepmother" || parentsPartner(words, r.h)) ?? candidates[0];
  if (named) return { relation: named.relation as Relation, quote: quote(named.h) };
  // "bị bắt nạt ở trường", "is being bullied": bullying with no one named is by other children.
  return BULLIED.test(words.folded.join(" ")) ? { relation: "peer", quote: "" } : null;
}

/** Words that join a person to the group with them (folded): "với", "cùng", "và", "with", "and". */
const GROUP_JOINERS: ReadonlySet<string> = new Set(["voi", "cung", "va", "with", "and"]);
/** Words that say a group (folded): "mấy người nhà", "các anh em", "một đám bạn", "some of his friends". */
const GROUP_MARKERS: ReadonlySet<string> = new Set(["may", "cac", "nhung", "vai", "bon", "dam", "tui", "nhom", "some", "several", "two", "three", "his", "her"]);
/** Whose the leader is, right after the leader's words (folded): "chồng cũ của tôi", "bố nó". */
const LEADER_OWNER: ReadonlySet<string> = new Set(["cua", "toi", "tui", "minh", "em", "no", "be", "chau", "ay", "ta"]);
/** Words that may stand between the joiner and the group's relation word (folded). */
const GROUP_FILLERS: ReadonlySet<string> = new Set([...GROUP_MARKERS, "mot", "so", "nguoi", "hai", "ba", "of", "a", "few", "tay", "ten", "thang"]);

/**
 * The person named right before a group joined to them ("A với mấy người nhà anh ta", "A cùng một đám bạn", "A and some of his
 * friends"): the leader of the group, in the same sentence, with no comma between; null when the words between are of no group.
 */
function leaderOfGroup(words: Words, relations: readonly Named[], group: Hit): Named | null {
  const f = words.folded;
  for (const r of relations) {
    if (r.h.end >= group.start || words.sentence[r.h.start] !== words.sentence[group.start]) continue;
    // "Chồng cũ của tôi với ...": whose the leader is may come first.
    let from = r.h.end;
    while (from < group.start && from < r.h.end + 2 && LEADER_OWNER.has(f[from]!)) from++;
    const between = f.slice(from, group.start);
    if (between.length < 2 || between.length > 5 || !GROUP_JOINERS.has(between[0]!) || !between.slice(1).some((w) => GROUP_MARKERS.has(w))) continue;
    if (!between.slice(1).every((w) => GROUP_FILLERS.has(w)) || words.comma.slice(r.h.end, group.start + 1).some(Boolean)) continue;
    return r;
  }
  return null;
}

/** Whose partner (folded, after "của"): "mẹ bé", "em gái tôi", "chị ấy", "cô giáo nó". */
const WHOSE_PARTNER = /^cua ((?:me|ma|chi|em|co|di|ba|bo|cha|chi gai|em gai|chi dau|co giao|ban) (?:be|chau|no|toi|tui|minh|em|ay|nay|do)|me|ma)\b/;
/**
 * "người yêu của em gái tôi", "người yêu của mẹ bé": a partner said with whose partner they are is quoted with it, so the summary
 * says whose ("người yêu" alone reads as the child's own).
 */
function withWhose(words: Words, h: Hit, quote: string): string {
  if (!/^(?:nguoi yeu|ny|ban trai|ban gai|boyfriend|girlfriend)$/.test(words.folded.slice(h.start, h.end).join(" ")) || words.comma[h.end]) return quote;
  const m = WHOSE_PARTNER.exec(words.folded.slice(h.end, h.end + 4).join(" "));
  if (!m) return quote;
  return [quote, ...words.written.slice(h.end, h.end + 1 + m[1]!.split(" ").length)].join(" ");
}

/** The folded phrase lists of a helper's deed (content/triage/facts-lexicon.json: helper, helperOften, helperNotAfter), built once. */
let helperWords: { deeds: string[][]; often: string[][]; notAfter: Set<string> } | undefined;

/**
 * The person is named as one who helps the children ("hàng xóm thỉnh thoảng cho ăn", "a neighbour brings them food"): the deed
 * right after them, with only words of how often between, and no beating after it ("cho ăn đòn").
 */
function helps(m: FactsMatcher, words: Words, h: Hit): boolean {
  const fold = (list: readonly string[] | undefined) => (list ?? []).map((p) => foldVietnamese(p.normalize("NFC")).toLowerCase().split(/\s+/));
  helperWords ??= { deeds: fold(m.lexicon.helper), often: fold(m.lexicon.helperOften), notAfter: new Set(fold(m.lexicon.helperNotAfter).map((p) => p[0]!)) };
  const f = words.folded;
  const at = (k: number, p: readonly string[]) => p.every((w, i) => f[k + i] === w && words.sentence[k + i] === words.sentence[h.start]);
  let k = h.end;
  for (let n = 0; n < 3; n++) {
    const often = helperWords.often.find((p) => at(k, p));
    if (!often) break;
    k += often.length;
  }
  const deed = helperWords.deeds.find((p) => at(k, p));
  return deed !== undefined && !helperWords.notAfter.has(f[k + deed.length] ?? "");
}

/** Hearing or seeing (folded): the writer's senses, after the house they are heard from. */
const SENSED: ReadonlySet<string> = new Set(["nghe", "thay", "hear", "heard", "hears", "see", "saw"]);

/** Who senses, right before the word: the writer ("tôi nghe", "I heard") (folded). */
const WRITER_SENSING: ReadonlySet<string> = new Set(["toi", "tui", "minh", "em", "i", "we", "chung"]);
/** What is sensed, right after the word: a sound, never a child ("nghe tiếng", "heard screaming") (folded). */
const SOUND_SENSED: ReadonlySet<string> = new Set(["tieng", "the", "screaming", "crying", "yelling", "shouting", "screams", "cries", "noise", "noises", "sounds"]);
/** Hearsay after "nghe" ("nghe nói", "nghe đâu", "nghe đồn"): what is told of the house, which may be its harm (folded). */
const HEARSAY: ReadonlySet<string> = new Set(["noi", "dau", "bao", "don", "ke", "ng"]);

/**
 * A house or room named as the place the writer hears or sees from ("nhà bên cạnh tôi nghe tiếng...", "nhà bên cạnh đêm nào cũng
 * nghe tiếng bé khóc", "from next door I heard"), before any harm. The house that sees the child and calls her in ("thấy con bé đi
 * qua là gọi vào sờ soạng"), or is heard of ("nghe nói hay đánh con"), is who harms.
 */
function heardFrom(words: Words, h: Hit, harms: readonly Hit[]): boolean {
  const f = words.folded;
  const fromNextDoor = f[h.start] === "next" && f[h.start - 1] === "from";
  if (!["nha", "phong"].includes(f[h.start] ?? "") && !fromNextDoor) return false;
  // "I heard from next door ...", "tôi nghe từ nhà bên cạnh ...": heard from the house, the sense said before it.
  if (["from", "tu"].includes(f[h.start - 1] ?? "") && SENSED.has(f[h.start - 2] ?? "") && words.sentence[h.start - 2] === words.sentence[h.start]) return true;
  for (let k = h.end; k < Math.min(f.length, h.end + 6) && words.sentence[k] === words.sentence[h.start]; k++) {
    if (harms.some((x) => x.start <= k && x.end > k)) return false;
    if (!SENSED.has(f[k]!)) continue;
    if (HEARSAY.has(f[k + 1] ?? "")) return false;
    return WRITER_SENSING.has(f[k - 1] ?? "") || SOUND_SENSED.has(f[k + 1] ?? "");
  }
  return false;
}

/** Words that start the children a household "has" ("có 2 đứa nhỏ", "có đứa con", "có bé gái") (folded). */
const CHILDREN_HAD: ReadonlySet<string> = new Set(["dua", "be", "thang", "con", "chau", "tre", "may", "mot", "hai", "ba", "bon", "nam", "1", "2", "3", "4", "5", "6"]);

/** A person or household named with the children they have ("nhà bên cạnh có 2 đứa nhỏ", "hàng xóm tôi có đứa con"). */
function hasTheChildren(words: Words, h: Hit): boolean {
  const at = OWNER.has(words.folded[h.end] ?? "") ? h.end + 1 : h.end;
  return words.folded[at] === "co" && CHILDREN_HAD.has(words.folded[at + 1] ?? "") && words.sentence[at + 1] === words.sentence[h.start];
}

/** "bạn trai của mẹ", "người yêu mới của mẹ nó", "mom's boyfriend": a parent's partner, named as such (folded). */
const PARENTS_PARTNER = /\b(?:ban trai|ban gai|nguoi yeu|bo|ny|boyfriend|girlfriend)\b.*\b(?:me|ma|bo|ba|cha|mother|mom|mum|father|dad)\b|\b(?:mother|mom|mum|father|dad)s? (?:new )?(?:boyfriend|girlfriend)\b/;

function parentsPartner(words: Words, h: Hit): boolean {
  return PARENTS_PARTNER.test(words.folded.slice(h.start, h.end).join(" ").replace(/'/g, ""));
}

const BULLIED = /\b(bat nat|bi tay chay|bullied|bullying|bully)\b/;

/** People outside the family, whose "con" is their own child ("ông hàng xóm đánh con"); a grandmother's "đồ con hoang" is not. */
const OUTSIDERS: ReadonlySet<string> = new Set(["neighbour", "stranger", "other", "employer", "partner"]);

/**
 * Several children ("chị 9 tuổi, em 5 tuổi"): the age covers all of them, the youngest first
 * (what triage weighs) and the oldest as the top of the range.
 */
function agesOfSeveral(age: ChildAge | null, children: number | null, clauses: ReturnType<typeof splitReport>): ChildAge | null {
  if (!age || !children || children < 2) return age;
  const ages = extractChildAges(clauses).filter((a) => a >= age.min);
  const oldest = Math.max(age.max, ...ages);
  return oldest > age.max ? { ...age, max: oldest } : age;
}

/** "tôi là bà ngoại", "em là con": the writer naming themself. */
const SELF_INTRO: ReadonlySet<string> = new Set(["la", "i'm", "am"]);
/** "con gái tôi", "cháu mình": a person named from the writer's side. */
const OWNER: ReadonlySet<string> = new Set(["toi", "tui", "minh", "mk", "tao", "cua", "em"]);
/** "con chó", "con dao": "con" before an animal or a thing is not a child. */
const NOT_A_CHILD: ReadonlySet<string> = new Set(["cho", "meo", "ga", "heo", "lon", "bo", "trau", "vit", "ca", "chim", "dao", "ran", "chuot", "ngua", "de"]);
const OWNER_WRITTEN: ReadonlyMap<string, string> = new Map([["tôi", "toi"], ["tui", "tui"], ["mình", "minh"], ["mk", "mk"], ["tao", "tao"], ["em", "em"], ["của", "cua"]]);
/** Words that say a person is a man or a woman ("ông hàng xóm", "bà hàng xóm"). */
const MAN: ReadonlySet<string> = new Set(["ong", "chu", "anh", "thang", "gã", "ga", "he", "man", "mr"]);
const WOMAN: ReadonlySet<string> = new Set(["ba", "co", "chi", "mu", "she", "woman", "mrs"]);

/**
 * A person named by where they live or who they are ("ông hàng xóm", "bà L.", "vợ chồng nhà bên")
 * who harms "con", "thằng con trai", "vợ con" with no one else's child named ("con tôi", "con nhà
 * tôi"): their own child, so the harmer is the child's father, mother or parents.
 */
function parentOfOwnChild(words: Words, who: Hit, harm: Hit): Relation | null {
  const f = words.folded;
  const w = words.written;
  // "my neighbour beating his little girl", "the man upstairs slaps her son": the one named harms their own child.
  if (["his", "her"].includes(f[harm.end] ?? "") && words.sentence[harm.end] === words.sentence[harm.start]) {
    const kid = f.slice(harm.end + 1, harm.end + 4).findIndex((x) => EN_OWN_CHILD.has(x));
    if (kid >= 0 && f.slice(harm.end + 1, harm.end + 1 + kid).every((x) => EN_CHILD_ADJECTIVES.has(x))) return f[harm.end] === "his" ? "father" : "mother";
  }
  // "đánh con", "quất thằng con trai", "véo tai đứa con gái", "giết cả vợ con".
  let i = -1;
  for (let j = harm.end; j <= harm.end + 3 && j < f.length && words.sentence[j] === words.sentence[harm.start]; j++) {
    if (f[j] === "con" && (!words.diacritics || w[j] === "con")) { i = j; break; }
    if (OWNER.has(f[j]!) && f[j] !== "cua") return null;
  }
  // "hai mẹ con", "bố con nó": a parent and child together, hurt by the one named, not that one's own child.
  if (i < 0 || NOT_A_CHILD.has(f[i + 1] ?? "") || ["me", "ma", "bo", "ba", "cha"].includes(f[i - 1] ?? "")) return null;
  const after = (words.diacritics ? w.slice(i + 1, i + 7).map((x) => OWNER_WRITTEN.get(x) ?? "") : f.slice(i + 1, i + 7));
  // "con tôi", "con trai 8 tuổi nhà tôi", "con của tôi": the writer's child.
  const mine = after.some((x, k) => OWNER.has(x) && x !== "cua" && (k < 4 || ["nha", "cua"].includes(f[i + k] ?? "")));
  if (mine || ["ben", "hang", "nguoi"].includes(f[i + 1] ?? "")) return null;
  const around = f.slice(Math.max(0, who.start - 3), who.end);
  if (around.includes("vo") && around.includes("chong")) return "parents";
  const first = f[who.start - 1] && !MAN.has(f[who.start]!) && !WOMAN.has(f[who.start]!) ? f[who.start - 1]! : f[who.start]!;
  const firstWritten = f[who.start - 1] && !MAN.has(f[who.start]!) && !WOMAN.has(f[who.start]!) ? w[who.start - 1]! : w[who.start]!;
  if (words.diacritics ? ["ông", "chú", "anh", "thằng", "gã"].includes(firstWritten) : MAN.has(first) && first !== "co") return "father";
  if (words.diacritics ? ["bà", "cô", "chị", "mụ"].includes(firstWritten) : first === "mu") return "mother";
  // "Hàng xóm đánh con": the people next door, their own child.
  // "nhà bên cạnh đánh con", "nhà kế bên đánh con": the household next door, their own child.
  if (f[who.start] === "nha" || (f[who.start - 1] === "nha" && ["ben", "ke", "hang"].includes(f[who.start]!))) return "parents";
  return f[who.start] === "hang" && f[who.start + 1] === "xom" && who.end - who.start === 2 ? "parents" : null;
}

/** A child of the one named, in English, and the words that may come before it ("his little girl", "her 5 year old son"). */
const EN_OWN_CHILD: ReadonlySet<string> = new Set(["girl", "boy", "daughter", "son", "kid", "kids", "child", "children", "baby", "toddler"]);
const EN_CHILD_ADJECTIVES: ReadonlySet<string> = new Set(["little", "young", "small", "baby", "own", "youngest", "eldest", "oldest", "year", "old"].concat(Array.from({ length: 18 }, (_, i) => String(i))));

const LOCATIVE: ReadonlySet<string> = new Set(["nha", "ke", "canh"]);
/** Relations that may be the child (a brother or sister harmed with them); their sex words can be the child's. */
const CHILD_RELATION: ReadonlySet<string> = new Set(["sibling", "peer"]);
/** "tụi nó", "bọn nó", "tụi nhỏ": after a kin word, the children whose kin it is. */
const OWNING_GROUP: ReadonlySet<string> = new Set(["tui no", "bon no", "tui nho", "bon nho", "may dua", "tui nhoc"]);
const CHILD_WORDS: ReadonlySet<string> = new Set(["be", "nho", "cu", "nit", "tre", "con", "chau", "em", "thang", "dua", "gai", "trai", "kids", "boy", "girl"]);

/** Self-harm words when the rules did not say (a caller without the rules' matches). */
const SELF_HARM_RE = /\b(tu tu|tu sat|chan song|rach tay|cat tay|muon chet|khong muon song|uong thuoc ngu|uong het (?:\w+ ){0,2}(?:vi|lo|hop|chai|goi|nam|ca|nguyen) thuoc|uong (?:\w+ ){0,2}thuoc (?:chuot|tru sau|diet co)|nhay lau|nhay cau|nhay xuong|tu lam dau|tu hai|tu cat|tu bam|tu rach|tu dam|tu danh minh|vet cat|nghi (toi|den) (chuyen|cai) chet|kill myself|want to die|cut myself|hurt myself|cuts herself|cuts himself|does it herself|does it himself|cuts on (her|his) (wrists|arms)|self-harm|self harm)\b/;

const PASSIVE: ReadonlySet<string> = new Set(["bi", "bj", "boi", "by", "duoc"]);

function relationAt(relations: ReadonlyArray<{ h: Hit }>, index: number): boolean {
  return relations.some((r) => r.h.start <= index && r.h.end > index);
}

/**
 * The children's sex; a word for a person who owns ("cháu gái nhà em trai tôi", "con của em gái
 * tôi": the writer's brother or sister, whose the child is) says nothing of the child.
 */
const DESCRIBES_CHILD: ReadonlySet<string> = new Set(["học sinh nam", "học sinh nữ", "nam sinh", "nữ sinh", "bé trai", "bé gái", "bé nữ", "bé nam", "cậu bé", "cô bé", "thằng bé", "con bé", "em nam", "em nữ", "cháu nam", "cháu nữ", "là nam", "là nữ"]);

function sexOf(m: FactsMatcher, words: Words): ReportFacts["sex"] {
  const relations = relationHits(m, words);
  // "he", "she" stand for the child only when nothing else says the sex and no one else is named ("my dad said he will kill me").
  const pronoun = (h: Hit) => PRONOUNS.has(h.phrase.text);
  const nouns = (hits: Hit[]) => hits.filter((h) => !pronoun(h));
  // "thằng chồng", "thằng bố dượng": "thằng" before a relation names the adult.
  // A sex word inside the relation that names the adult ("thằng anh họ", "thằng em rể") is the adult's.
  // Not a younger kin given a child's age ("thằng em họ e 13 tuổi", "em gái họ tôi 14 tuổi"): that is the child.
  // "một thằng ngoài 20 tuổi", "cô gái 19 tuổi": a sex word with an adult's age is a grown-up.
  // "con chị tôi": the writer's sister's child, not an older sister.
  // "Em gái tôi đi làm, khóa 2 đứa nhỏ trong phòng": the writer's sister (no age given) beside other children is the grown-up mother.
  const others = m.hits(words, "childNouns", m.lexicon.childNouns);
  const writersSisterBesideChildren = (h: Hit) =>
    ["em gái", "chị gái"].includes(h.phrase.text) && ["toi", "tui", "minh"].includes(words.folded[h.end] ?? "") && ageAfter(words, h.end) === null &&
    others.some((o) => o.start >= h.end + 1 || o.end <= h.start);
  const adult = (h: Hit) =>
    (h.phrase.text === "thằng" && relations.some((r) => r.h.start === h.end)) ||
    relations.some((r) => r.h.start <= h.start && r.h.end >= h.end && !CHILD_RELATION.has(r.relation) && !youngerKinAged(words, r.h)) ||
    (ageAfter(words, h.end) ?? 0) >= 18 ||
    (h.phrase.text === "con chị" && OWNER.has(words.folded[h.end] ?? "")) ||
    writersSisterBesideChildren(h);
  let femaleHits = [...m.hits(words, "sex:female", m.lexicon.sex.female), ...bareSex(words, "nữ")].filter((h) => !adult(h));
  let maleHits = [...m.hits(words, "sex:male", m.lexicon.sex.male), ...bareSex(words, "nam")].filter((h) => !adult(h));
  if (nouns(femaleHits).length + nouns(maleHits).length > 0 || relations.length > 0) {
    femaleHits = nouns(femaleHits);
    maleHits = nouns(maleHits);
  }
  const childEnds = new Set([...femaleHits, ...maleHits, ...m.hits(words, "childNouns", m.lexicon.childNouns)].map((h) => h.end));
  // Owned by the one named just before: "cháu gái nhà em trai tôi", "bé của chị gái tôi", "con trai chị gái tôi".
  // A word that only describes a child ("em học sinh nam", "cháu bé gái") is that child, never someone who owns it.
  const owner = (h: Hit) => !DESCRIBES_CHILD.has(h.phrase.text) && h.start > 0 && words.sentence[h.start - 1] === words.sentence[h.start] && !words.comma[h.start] && ((["nha", "cua", "of"].includes(words.folded[h.start - 1] ?? "") && childEnds.has(h.start - 1)) || childEnds.has(h.start));
  const female = femaleHits.some((h) => !owner(h));
  const male = maleHits.some((h) => !owner(h));
  return female && male ? "mixed" : female ? "female" : male ? "male" : null;
}

/** Words that may stand before an age ("ngoài 20 tuổi", "tầm 10 tuổi") (folded). */
const ABOUT: ReadonlySet<string> = new Set(["ngoai", "hon", "tam", "khoang", "chung", "tren", "gan", "do", "co", "cung", "da", "moi", "nam", "nay"]);

/** Words that say whose or which person before an age ("con trai lớn nhà đó khoảng 20 tuổi") (folded). */
const WHOSE: ReadonlySet<string> = new Set(["lon", "nha", "ay", "kia", "ben", "canh", "hang", "xom"]);

/** The age said right after word i ("13 tuổi", "13t", "ngoài 20 tuổi"), owner words skipped ("em họ tôi 12 tuổi"), in the same sentence. */
function ageAfter(words: Words, i: number, s = words.sentence[i - 1] ?? words.sentence[i]): number | null {
  for (let k = i; k < i + 6 && k < words.written.length && words.sentence[k] === s; k++) {
    const f = words.folded[k]!;
    const short = /^(\d{1,2})t$/.exec(f);
    if (short) return Number(short[1]);
    if (/^\d{1,2}$/.test(f) && ["tuoi", "t", "years", "year"].includes(words.folded[k + 1] ?? "")) return Number(f);
    if (!ABOUT.has(f) && !OWNER.has(f) && !WRITER_SELF.has(f) && !WHOSE.has(f) && f !== "e") return null;
  }
  return null;
}

/** A younger kin ("em họ", "em gái", "cháu") given a child's age right after: the child told of, not an adult. */
function youngerKinAged(words: Words, h: Hit): boolean {
  const kin = words.folded.slice(h.start, h.end);
  if (!kin.includes("em") && !kin.includes("chau")) return false;
  const age = ageAfter(words, h.end);
  return age !== null && age < 18;
}

/**
 * "Em 15 tuổi, nữ, ở Pleiku", "Mình nữ, 14 tuổi": "nữ", "nam" standing alone by a child's age,
 * set off by commas, as written with diacritics (without them "nam" is also "năm", the South).
 */
function bareSex(words: Words, word: "nữ" | "nam"): Hit[] {
  const out: Hit[] = [];
  const folded = foldVietnamese(word);
  // Typed without diacritics ("e 16t nam", "15 tuoi nu"), "nam"/"nu" are read only right after the writer's or child's age.
  const afterAge = (i: number) => /^\d{1,2}t$/.test(words.folded[i - 1] ?? "") || (words.folded[i - 1] === "tuoi" && /^\d{1,2}$/.test(words.folded[i - 2] ?? ""));
  words.written.forEach((w, i) => {
    if (!words.diacritics ? w !== folded || !afterAge(i) : w !== word) return;
    if (word === "nam" && words.caps[i]) return;
    const s = words.sentence[i];
    const alone = (words.comma[i] || ["tuổi", "mình", "em", "tôi", "tui", "con", "cháu"].includes(words.written[i - 1] ?? "") || (!words.diacritics && afterAge(i))) && (i + 1 >= words.written.length || words.sentence[i + 1] !== s || words.comma[i + 1]);
    if (!alone) return;
    // The age of this person: in the words just before ("15 tuổi, nữ") or just after ("nữ, 14 tuổi").
    let age: number | null = null;
    for (let k = Math.max(0, i - 3); k < i && age === null; k++) if (words.sentence[k] === s) age = ageAfter(words, k, s);
    age ??= ageAfter(words, i + 1, s);
    if (age !== null && age < 18) out.push({ phrase: { text: word, written: [word], folded: [foldVietnamese(word)], needsDiacritics: true }, start: i, end: i + 1 });
  });
  return out;
}

let reporterRes: Array<[ReporterKind, RegExp]> | undefined;

/** Who writes: the first kind whose pattern the folded text matches (content/triage/facts-lexicon.json, reporterPatterns). */
function reporterOf(m: FactsMatcher, words: Words, text: string): ReporterKind | null {
  reporterRes ??= m.lexicon.reporterPatterns.order.map(([kind, re]): [ReporterKind, RegExp] => [kind, new RegExp(re)]);
  // "tôi đã báo công an xã rồi", "I called the police": the office told or called is no one who writes.
  const folded = writerWords(words).replace(AUTHORITY_TOLD, "$1 noi do").replace(AUTHORITY_ACTED, "noi do $1");
  const raw = foldVietnamese(text);
  if (childWriting(raw, folded, text) && !aboutAFriend(m, words, raw, folded)) return "child_self";
  // "I am 35 and ...": a writer who gives an adult age is not the child.
  const en = SELF_AGE_EN.exec(raw);
  // "tôi là chủ nhà trọ": an owner introducing themself is a grown-up, whatever a child is quoted saying.
  const adult = (en !== null && Number(en[1]) >= 18) || OWNER_INTRO.test(folded);
  return reporterRes.find(([kind, re]) => !(adult && kind === "child_self") && re.test(folded))?.[0] ?? null;
}

/**
 * The folded words the reporter patterns read, with what folding would confuse kept apart:
 * "chủ" (an owner: "chủ nhà trọ") is not "chú" (an uncle), "bản" (a village: "bản tôi") is not
 * "bạn" (a friend: "bạn tôi"), it is read as "làng" (but "trưởng bản" is a village head), "còn" (still)
 * is not "con" (a child: "con mình"); "kể với
 * tôi là ông ngoại ..." is reported speech, not the writer introducing themself; a friend of the
 * child's parent ("bạn thân của mẹ bé", "a friend of the boy's mother") is neither family nor
 * the child's friend.
 */
function writerWords(words: Words): string {
  const out = words.folded.map((w, i) => {
    const written = words.written[i]!;
    if (written === "chủ" && !["nhiem", "tich"].includes(words.folded[i + 1] ?? "")) return "chủ";
    // "không còn mình nữa" (còn: still) is not "con mình" (my child).
    if (written === "còn") return "còn";
    // A village, as "làng": "bản tôi" is the writer's village, not a friend; "trưởng bản" is its head.
    if (written === "bản") return words.folded[i - 1] === "truong" ? "ban" : "lang";
    if ((w === "la" || w === "l") && WRITER_SELF.has(words.folded[i - 1] ?? "") && toldTo(words, i - 1, true)) return "rang";
    return w;
  });
  return out.join(" ").replace(/'/g, "").replace(OWNER_OF_PLACE, "chủ $1").replace(FRIEND_OF_PARENT, "$1 ban cua gia dinh");
}

/** An office told of as having acted ("công an xã giải quyết rồi", "UBND xã đã xử lý", "the commune police dealt with it") (folded): not who writes. */
const AUTHORITY_ACTED = /\b(?:ubnd|uy ban(?: nhan dan)?|cong an|can bo|the (?:commune |ward |local )?police|police)(?: (?:xa|phuong|huyen|tinh|thi tran|quan|khu vuc|dia phuong))?( (?:da |cung |moi |vua |thi |co |ho )*(?:giai quyet|xu ly|den|toi|xuong|vao cuoc|can thiep|bat|lap bien ban|hoa giai|moi|phat|nhac nho|dealt|came|arrested|handled|sorted|stepped in))/g;

/**
 * An office the writer told, called or went to (folded): "báo công an xã", "đã trình báo ubnd phường", "lên công an huyện", "gọi cho
 * công an", "called the police", "reported it to the police". The office is whom they told, not who they are.
 */
const AUTHORITY_TOLD = /\b(bao|bao cho|bao len|trinh bao|to cao|to giac|goi|goi cho|goi dien cho|nho|lien he|lien lac|len|den|ra|gap|hoi|nhan tin cho|called|told|contacted|reported (?:it |this |him |her )?to|went to|informed|alerted|phoned|rang)( (?:ca|het|luon|roi|ngay|ben|cho))* (?:the |cho )?(?:ubnd|uy ban(?: nhan dan)?|cong an|can bo|police|authorities|officials?|commune|ward)(?: (?:xa|phuong|huyen|tinh|thi tran|quan|thanh pho|thi xa|khu vuc|dia phuong|officers?|station))*\b/g;

const WRITER_SELF: ReadonlySet<string> = new Set(["toi", "tui", "minh", "em", "t", "mk"]);
const OWNER_INTRO = /\b(?:toi|tui|minh|em) (?:la|lam) chủ(?=\s|$)/;
/** "chu nha tro", "chu phong tro" typed without diacritics: an owner of a place (folded). */
const OWNER_OF_PLACE = /\bchu (nha tro|phong tro|tro|nha hang|quan|tiem|xuong|lo gach|lo|ghe|vuon|trai|ray|vua|cua hang|shop|karaoke|nha nghi|khach san|cong ty|sap|sap hang|hang)\b/g;
/** "tôi là bạn (thân) của mẹ bé", "i m a friend of the boy s mother" (folded). */
const FRIEND_OF_PARENT = /\b(toi la|tui la|minh la|em la|i m|im|i am)(?: a| an| the)?(?: close| family| good| old)? (?:ban(?: than| than thiet| lau nam)?|nguoi quen|friend) (?:cua |of )?(?:(?:the|his|her|their) )?(?:\w+ s |\w+s )?(?:me|ma|bo|ba|cha|gia dinh|anh|chi|mother|mom|mum|father|dad|parents|family)\b/g;

/** "em 13 tuổi, ...", "Em là con gái 13 tuổi", "con 9 tuổi, con ở ...", "mình học lớp 8": the writer's own age or grade, opening a clause. */
const SELF_AGE = /(?:^|[.,;:!?\n(]\s*)(em|e|minh|mk|mik|to|tui|toi|t|con|chau)\s+(?:(?:nam nay|nam ni|da|moi|duoc|thi|la con (?:gai|trai)|la (?:hoc sinh|hs)(?: nam| nu)?|la (?:nu|nam|gai|trai)|,)\s*)*(?:(\d{1,2})\s*(?:tuoi|t)\b|(?:dang\s+)?(?:hoc\s+)?lop\s+(\d{1,2})\b)/;
/** An English writer's own age: "I am 12", "I'm 15", "i'm a 13 year old" (not "I'm 5 minutes away"). */
const SELF_AGE_EN = /(?:^|[.,;:!?\n(]\s*)i(?:'m| am|m)\s+(?:an?\s+|only\s+|just\s+)?(\d{1,2})(?!\d|[.,:]\d|%)(?!\s*(?:minutes?|mins?|hours?|hrs?|km|kms|days?|weeks?|months?|times?|am|pm)\b)/;
/** An adult introducing themself: the writer is not the child. */
const ADULT_INTRO = /\b(toi|minh|tui)\s+(la|nam nay)\s+(hang xom|giao vien|co giao|thay giao|chu nhiem|me|ma|bo|ba|cha|ong|ba noi|ba ngoai|bac|chu|co|di|cau|nguoi|can bo|\d{2}\s*tuoi)\b|\b(i am|i m)\s+(a|an|the|his|her|their)\b/;

/**
 * A child writing about themself: their own age or grade given in the first person, the same word used for themself again, and no adult's introduction.
 * "cháu" and "con" (what a child calls themself to grown-ups: "cháu năm nay 10 tuổi ... của cháu", "Con năm nay 10 tuổi ... Con ở nhà trông em")
 * are the writer only when they open a clause with their own age, come back at least three times, and no grown-up speaks as "tôi", "mình"
 * ("cháu nhà tôi 9 tuổi", "con tôi 12 tuổi"): read with diacritics when the text has them, so "tới tối" is no "tôi".
 */
function childWriting(folded: string, joined: string, text: string): boolean {
  // "I am 12 and my brother hits me", "I'm a 14 year old girl": an English writer's own age.
  const en = SELF_AGE_EN.exec(folded);
  if (en && Number(en[1]) > 0 && Number(en[1]) < 18) return true;
  const m = SELF_AGE.exec(folded);
  if (!m || ADULT_INTRO.test(joined)) return false;
  const age = m[2] ? Number(m[2]) : Number(m[3]) + 6;
  if (!(age > 0 && age < 18)) return false;
  const again = joined.match(new RegExp(`\\b${m[1]}\\b`, "g"))?.length ?? 0;
  // "con", "cháu" are the child's words for themself only when no adult speaks as "tôi", "mình" ("con tôi 9 tuổi", "cháu nội tôi").
  // A child who types is not a toddler ("Ông bố đang lôi cháu ra đánh, cháu mới 6 tuổi" is a grown-up telling of the child);
  // "À em nói lại, không phải cháu bị đánh": a writer who speaks as "em" tells of "cháu".
  if (m[1] === "con" || m[1] === "chau") return again >= 3 && age >= 7 && !grownUpSpeaks(joined, text) && !WRITER_AS_EM.test(joined) && !NAMED_CHILD.test(text.normalize("NFC"));
  return again >= 2;
}

/** A writer speaking as "em" (to the officer) while the child is "cháu" or "con" (folded): "em nói lại", "em là hàng xóm", "em thấy". */
const WRITER_AS_EM = /(?:^|[.,;:!?]\s*|\b(?:a|da|thi|ma|nen|con) )(?:em|e) (?:noi|la|thay|bao|xin|muon hoi|hoi|ke|nghe|biet|o canh|o gan|can)\b/;

/** A grown-up's "tôi", "tui", "mình" in the text: with diacritics where the text has them ("tới tối" is no "tôi"), folded otherwise. */
function grownUpSpeaks(joined: string, text: string): boolean {
  const nfc = text.normalize("NFC");
  // "Toi thay ... chau toi (chau 9 tuoi) hay rủ chau": a word typed without diacritics in a text that has some is read bare,
  // unless it is a time ("toi nay", "toi qua").
  const bare = /(?:^|[^\p{L}])(?:toi|tui|minh|tao)(?![\p{L}])(?!\s+(?:nay|qua|hom|mai|khuya|muon|ve|den|roi|do)\b)/iu.test(nfc);
  return hasVietnameseDiacritics(nfc) ? bare || /(?:^|[^\p{L}])(?:tôi|tui|mình|tao)(?=[^\p{L}]|$)/iu.test(nfc) : /\b(?:toi|tui|minh|tao)\b/.test(joined);
}

/** "Bố mẹ cháu Quý đi làm ăn", "mẹ của cháu Ngân": "cháu" before a name is a child told of, not the writer (a child's "em con Bin" is their brother). */
const NAMED_CHILD = /(?:^|[^\p{L}])(?:cháu|chau)\s+\p{Lu}\p{Ll}+/u;

/** "bạn cùng lớp em", "bạn thân mình", "nhỏ bạn cùng lớp e": a friend of the writer (folded). */
const OWNED_FRIEND = /\b(?:ban|nho ban|con ban|thang ban|dua ban)(?: than| cung lop| cung truong| hoc| hoc cung lop| cung phong| cung ban| cung xom)?(?: cua)? (?:em|e|minh|mk|mik|toi|tui|t|to|chau)\b/;
/** Words before the writer's word that make it an owner ("bạn cùng lớp em bị ..."), not the one it happens to (folded). */
const OWNER_BEFORE: ReadonlySet<string> = new Set(["ban", "lop", "than", "truong", "phong", "cua", "ho", "gai", "trai", "nha", "xom"]);
/** The writer's own wish to die or self-harm ("em muốn chết", "mình rạch tay") (folded, after the writer's word). */
const SELF_HARM_AFTER = /^(?:(?:cung|da|hay|van|rat|dang|cu|lai|thay) )*(?:muon chet|mun chet|muon tu tu|khong muon song|ko muon song|k muon song|tu tu|rach tay|cat tay|tu lam dau|chan song)\b/;

/**
 * A child who gives their own age, then tells of a friend's harm ("em 16t, bạn cùng lớp em ...
 * hay bị bố mẹ mắng"): a friend reporting, unless the story says the writer is harmed too ("đánh
 * em", "mình bị ...", "em muốn chết").
 */
function aboutAFriend(m: FactsMatcher, words: Words, raw: string, joined: string): boolean {
  if (!OWNED_FRIEND.test(joined)) return false;
  const self = SELF_AGE.exec(raw)?.[1];
  if (!self) return false;
  const f = words.folded;
  for (let i = 0; i < f.length; i++) {
    if (f[i] !== self) continue;
    const ownerUse = OWNER_BEFORE.has(f[i - 1] ?? "") && words.sentence[i - 1] === words.sentence[i];
    if (!ownerUse && PASSIVE.has(f[i + 1] ?? "") && f[i + 1] !== "duoc") return false;
    if (!ownerUse && SELF_HARM_AFTER.test(f.slice(i + 1, i + 6).join(" "))) return false;
  }
  // "đánh em", "rủ mình", "chặn đường đánh em": a harm done to the writer (not "đánh em gái").
  return !harmHits(m, words).some((h) => {
    const k = f[h.end] === "ca" ? h.end + 1 : h.end;
    return f[k] === self && words.sentence[k] === words.sentence[h.start] && !["gai", "trai", "ho", "be", "nho", "cua"].includes(f[k + 1] ?? "");
  });
}

/** "hai bé", "3 đứa", "mấy đứa nhỏ": a number before a word for children; not the writer's own brothers and sisters ("con có 2 đứa em") when `siblingsAside`. */
function countChildren(m: FactsMatcher, words: Words, siblingsAside = false): number | null {
  const nouns = m.hits(words, "childNouns", m.lexicon.childNouns);
  // "mấy đứa cùng lớp", "tụi nó": children who harm are not the children reported.
  const peers = m.hits(words, "rel:peer", m.lexicon.relations.peer ?? []);
  for (const noun of nouns) {
    const before = words.folded[noun.start - 1];
    // "ngày 3/12. Bé 6 tuổi ...": a number that ends the sentence before counts nothing in this one.
    if (before === undefined || words.sentence[noun.start - 1] !== words.sentence[noun.start]) continue;
    // "con có 2 đứa em", "em có hai em nhỏ": the writer's brothers and sisters, not the children the harm is told of.
    if (siblingsAside && words.folded[noun.end] === "em" && words.folded[noun.start] !== "em" && ["co", "voi", "va"].includes(words.folded[noun.start - 2] ?? "")) continue;
    // "lớp 10. Em là ...", "số 2 bé": a school year or a number, not a count.
    // "từ tháng 9 cháu ...", "ngày 20 bé ...", "năm 2 đứa ...": a date, not a count.
    if (["lop", "grade", "class", "so", "khoi", "tuoi", "phong", "thang", "ngay", "nam", "tuan", "gio", "hom", "month", "day"].includes(words.folded[noun.start - 2] ?? "") && /^\d/.test(words.folded[noun.start - 1] ?? "")) continue;
    if (["lop", "grade", "class", "so", "khoi", "tuoi", "phong"].includes(words.folded[noun.start - 2] ?? "")) continue;
    // "chị hai em", "anh ba con", "chú tư": a sibling or an elder called by birth order, not a count.
    if (birthOrderTitle(words, noun.start - 2) && words.sentence[noun.start - 2] === words.sentence[noun.start] && !words.comma[noun.start - 1]) continue;
    if (peers.some((p) => p.start <= noun.start - 1 && p.end >= noun.end)) continue;
    // "nó với 3 đứa khác", "bé Lan và 2 bé khác", "cùng hai đứa nữa", "my son and two other boys": the child and the others with them.
    const english = words.folded[noun.start - 1] === "other";
    const at = english ? noun.start - 2 : noun.start - 1;
    const others = english || words.folded[noun.end] === "khac" || words.folded[noun.end] === "nua";
    // Only when the harm is told of them all after it ("nó với 3 đứa khác bị ...", "were beaten"), not "nó chơi với 2 đứa khác".
    const harmed = words.folded.slice(noun.end, noun.end + 7).some((w, k) => HARMED_TOLD.has(w) && words.sentence[noun.end + k] === words.sentence[noun.start]);
    const joined = others && harmed && JOINING.has(words.folded[at - 1] ?? "") && at - 2 >= 0 && words.sentence[at - 2] === words.sentence[noun.start] && !words.comma[at - 1] && !JOINED_AS_OBJECT.has(words.folded[at - 2] ?? "");
    if (joined) {
      const n = countAt(m, words, at);
      if (n !== undefined && n >= 1 && n < 20) return n + 1;
    }
    // "mấy bé khác trong xóm", "two other kids": others at risk, not the children reported.
    if (others) continue;
    const written = words.written[noun.start - 1]!;
    // "Hai Chau ward", "phường Hai Châu": a number word and a child's word, both capitalised after the sentence's start, are a name.
    // At a sentence's start too when the child's word is typed without its tone ("... last night. Hai Chau, Da Nang."), never "Hai Cháu".
    if (words.caps[noun.start - 1] && words.caps[noun.start] && (words.sentence[noun.start - 2] === words.sentence[noun.start] || words.written[noun.start] === words.folded[noun.start])) continue;
    // "ba em" is also "my father" (South): three only before other words for children.
    if (written === "ba" && ["em", "e"].includes(words.folded[noun.start] ?? "")) continue;
    const n = /^\d{1,2}$/.test(before) ? Number(before) : m.lexicon.counts[written] ?? (words.diacritics ? undefined : foldedCounts(m)[before]);
    if (n !== undefined && n >= 1 && n <= 20) return n;
  }
  return null;
}

/** Words that tell a harm done to those named before them (folded): "bị", "đều bị", "were", "got". */
const HARMED_TOLD: ReadonlySet<string> = new Set(["bi", "deu", "were", "are", "got", "was", "have", "had"]);
/** Verbs whose "với" takes an object ("chơi với", "nói với", "đi với"): the others are not joined to the child. */
const JOINED_AS_OBJECT: ReadonlySet<string> = new Set(["choi", "noi", "ke", "di", "o", "song", "hoc", "ngoi", "played", "talked", "went", "plays", "talks", "goes", "lives"]);
/** Words that join the child told of to others: "với", "và", "cùng", "with", "and" (folded). */
const JOINING: ReadonlySet<string> = new Set(["voi", "va", "cung", "with", "and"]);

/** The number written at word k ("3", "ba", "hai", "two"), folded number words only in a text without diacritics. */
function countAt(m: FactsMatcher, words: Words, k: number): number | undefined {
  const w = words.written[k];
  if (w === undefined) return undefined;
  if (/^\d{1,2}$/.test(w)) return Number(w);
  return m.lexicon.counts[w] ?? m.lexicon.counts[w.toLowerCase()] ?? (words.diacritics ? undefined : foldedCounts(m)[words.folded[k] ?? ""]);
}

/** Titles said before a birth-order number ("chị hai", "anh ba", "cô tư"): the number names a person. */
const BIRTH_ORDER_TITLES: ReadonlySet<string> = new Set(["anh", "chị", "chú", "cô", "dì", "cậu", "bác", "thím", "mợ", "ông", "bà", "thằng", "cu"]);
/** The same typed without diacritics, less those that fold like other words ("co": có, "ba": ba, "di": đi). */
const BIRTH_ORDER_FOLDED: ReadonlySet<string> = new Set(["anh", "chi", "chu", "cau", "bac", "thim", "ong", "thang", "cu"]);

function birthOrderTitle(words: Words, k: number): boolean {
  const w = words.written[k] ?? "";
  return words.diacritics ? BIRTH_ORDER_TITLES.has(w) : BIRTH_ORDER_FOLDED.has(words.folded[k] ?? "");
}

let countsFolded: Record<string, number> | undefined;

/** Number words without diacritics, except those that fold like other words ("ba": bà, bố; "nam": năm, nam). */
function foldedCounts(m: FactsMatcher): Record<string, number> {
  countsFolded ??= Object.fromEntries(
    Object.entries(m.lexicon.counts).map(([w, n]): [string, number] => [foldVietnamese(w), n]).filter(([w]) => w !== "ba" && w !== "nam"),
  );
  return countsFolded;
}

/** Place prefixes, also capitalised when they open a sentence ("Xã Cư Né", "Phường 7"); "ap", "ban" only in lower case (áp, bạn). */
const PREFIXES = ["xã", "phường", "thị trấn", "thôn", "buôn", "plei", "làng", "ấp", "bản", "tổ dân phố", "khu phố", "đặc khu", "xa", "phuong", "thi tran", "thon", "buon"]
  .map((p) => `[${p[0]!.toUpperCase()}${p[0]}]${p.slice(1)}`)
  .concat(["ap", "ban", "[PpXx]\\.", "[Tt]t\\.", "p(?= \\p{Lu})", "x(?= \\p{Lu})", "tt(?= \\p{Lu})"]);
/** The level as officers write it: "p." and "p Tân Lập" (short), "xa Ea Kao" (without tones) are "phường", "xã". */
const SHORT_PREFIX: Readonly<Record<string, string>> = {
  "p.": "phường", "x.": "xã", "tt.": "thị trấn", p: "phường", x: "xã", tt: "thị trấn",
  xa: "xã", phuong: "phường", "thi tran": "thị trấn", thon: "thôn", buon: "buôn", ap: "ấp",
};
/** A city's name that opens like a village ("Buôn Ma Thuột"), not a commune. */
const NOT_A_COMMUNE = /^buon ma thuot\b/;
// A name is one to four words each opening with a capital letter or a digit ("Ea Súp", "7"): not "tổ dân phố ở phường".
const COMMUNE_RE = new RegExp(String.raw`(?<![\p{L}\p{N}.])(${PREFIXES.join("|")})(?:\s+|(?<=\.))((?:[\p{Lu}0-9][\p{L}\p{N}'-]*(?: |$)){0,3}[\p{Lu}0-9][\p{L}\p{N}'-]*)`, "gu");
/** "in Ta Van commune", "Hoa Xuan ward": English names the commune before the word. */
const EN_COMMUNE = /(?<![\p{L}\p{N}])((?:[\p{Lu}][\p{L}'-]*\s+){0,3}[\p{Lu}][\p{L}'-]*)\s+(commune|ward|village|town)\b/u;

/** The first commune-level place named with its prefix ("xã Ea Súp", "phường Hòa Cường"), or in English after its name ("Ta Van commune"). */
function communeOf(text: string): string | null {
  const nfc = text.normalize("NFC");
  // The commune or ward itself when the text names it ("thôn Đông Hạ, xã Yên Thành": xã Yên Thành), else the village.
  const places = [...nfc.matchAll(COMMUNE_RE)]
    .map((hit) => {
      const prefix = hit[1]!.toLowerCase();
      return `${SHORT_PREFIX[prefix] ?? prefix} ${hit[2]!.trim()}`;
    })
    .filter((place) => !NOT_A_COMMUNE.test(foldVietnamese(place)));
  const place = places.find((p) => /^(xa|phuong|thi tran|dac khu) /.test(foldVietnamese(p))) ?? places[0];
  if (place) return withoutProvince(place);
  const en = EN_COMMUNE.exec(nfc);
  if (!en) return null;
  const name = en[1]!.replace(/^(?:In|At|The|From|Of|To)\s+/u, "").trim();
  return name && !/^(I|My|His|Her|A|The|This|Our)$/u.test(name) ? `${name} ${en[2]}` : null;
}

const PROVINCES_PATH = fileURLToPath(new URL("../../../content/registry/provinces.json", import.meta.url));
let provinceNames: string[] | undefined;

/** "xã Ea Kar Đắk Lắk", "phường Pleiku Gia Lai": the province written after the commune without a comma is not part of its name. */
function withoutProvince(place: string): string {
  provinceNames ??= (JSON.parse(fs.readFileSync(PROVINCES_PATH, "utf8")) as Array<{ name: string; aliases?: string[] }>)
    .flatMap((p) => [p.name, ...(p.aliases ?? [])])
    .map((n) => foldVietnamese(n.normalize("NFC")).toLowerCase())
    .filter((n) => n.includes(" "))
    .sort((a, b) => b.length - a.length);
  const words = place.split(" ");
  for (let cut = Math.min(4, words.length - 2); cut >= 2; cut--) {
    const tail = foldVietnamese(words.slice(-cut).join(" ")).toLowerCase();
    if (provinceNames.includes(tail)) return words.slice(0, -cut).join(" ");
  }
  return place;
}

const PHONE_RE = /(?:\+?84|0)(?:[\s.-]?\d){8,10}\b/;

/** A Vietnamese phone number as written. */
function phoneOf(text: string): string | null {
  return PHONE_RE.exec(text)?.[0] ?? null;
}

/** The facts as feature names for the triage model ("when:now", "harmer:father", "age:under_6"). */
/** "đang ở nhà với tôi", "staying with us": the child is with the writer, not with the person who harms (folded). */
const WITH_THE_WRITER = /\b(?:o|dang o|o nha|dang o nha|o cung|o chung|dang o cung|dang o chung) (?:voi |cung )?(?:toi|tui|minh|chung toi|bon toi|vo chong toi|gia dinh toi|nha toi|co|thay)\b|\b(?:with|staying with) (?:me|us)\b/;

export function factFeatures(facts: ReportFacts): string[] {
  const out: string[] = facts.times.map((t) => `when:${t}`);
  // Days ahead is the conversation's reading only; the trained model never saw it.
  if (facts.ahead && facts.ahead !== "days_ahead") out.push(`ahead:${facts.ahead}`);
  if (facts.harmer) out.push(`harmer:${facts.harmer}`);
  if (facts.reporter) out.push(`reporter:${facts.reporter}`);
  if (facts.age) out.push(`age:${facts.age.min < 3 ? "under_3" : facts.age.min < 6 ? "under_6" : facts.age.min < 12 ? "6_11" : facts.age.min < 16 ? "12_15" : "16_up"}`);
  if (facts.children && facts.children > 1) out.push("children:several");
  if (facts.suspected) out.push("suspected");
  if (facts.resolved) out.push("resolved");
  if (facts.injury) out.push(`injury:${facts.injury}`);
  if (facts.alone) out.push("alone");
  if (facts.withHarmerNow) out.push("with_harmer_now");
  if (facts.harmerAccess) out.push("harmer_access");
  if (facts.untreated) out.push("untreated");
  return out;
}
