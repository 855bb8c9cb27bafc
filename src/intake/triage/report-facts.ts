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
import { extractChildAge } from "./age-extractor.ts";
import { splitReport } from "./report-text.ts";
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
  /** A harm planned for later: within weeks, or next year or beyond (a marriage talked of for next year is not urgent). */
  ahead: "weeks_ahead" | "next_year" | null;
  suspected: boolean;
  resolved: boolean;
  injury: InjuryFact | null;
  alone: boolean;
  withHarmerNow: boolean;
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
  alone: string[];
  withHarmerNow: string[];
  reporterPatterns: { order: Array<[ReporterKind, string]> };
  counts: Record<string, number>;
  childNouns: string[];
  placePrefixes: string[];
  harmWords: string[];
  timeHints: Record<"weeks_ahead" | "next_year", string[]>;
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
  diacritics: boolean;
}

/** One phrase of the lexicon, split into words both ways. */
interface Phrase {
  text: string;
  written: string[];
  folded: string[];
  needsDiacritics: boolean;
}

interface Hit {
  phrase: Phrase;
  start: number;
  end: number;
}

const WORD_RE = /[\p{L}\p{N}']+|[.!?\n;]+/gu;

function toWords(text: string): Words {
  const canonical = canonicalVietnamese(text.replace(/\n/g, " . "));
  const words: Words = { written: [], folded: [], sentence: [], diacritics: hasVietnameseDiacritics(text) };
  let sentence = 0;
  for (const m of canonical.matchAll(WORD_RE)) {
    if (/^[.!?\n;]+$/.test(m[0])) {
      sentence++;
      continue;
    }
    words.written.push(m[0]);
    words.folded.push(foldVietnamese(m[0]));
    words.sentence.push(sentence);
  }
  return words;
}

function phraseOf(text: string, ambiguous: ReadonlySet<string>): Phrase {
  const written = canonicalVietnamese(text).split(/[^\p{L}\p{N}']+/u).filter(Boolean);
  return { text, written, folded: written.map((w) => foldVietnamese(w)), needsDiacritics: ambiguous.has(text) };
}

/** Whether a phrase starts at word i: as written when the text has diacritics, folded otherwise (or when a longer phrase lost them). */
function matchesAt(words: Words, phrase: Phrase, i: number): boolean {
  const n = phrase.written.length;
  if (i + n > words.written.length) return false;
  let exact = true;
  let folded = !phrase.needsDiacritics && (!words.diacritics || n > 1);
  for (let j = 0; j < n && (exact || folded); j++) {
    if (words.written[i + j] !== phrase.written[j]) exact = false;
    if (words.folded[i + j] !== phrase.folded[j]) folded = false;
  }
  return exact || folded;
}

/** The phrases of one list, indexed by their first word as written and folded. */
interface PhraseList {
  byWritten: Map<string, Phrase[]>;
  byFolded: Map<string, Phrase[]>;
}

class FactsMatcher {
  private readonly ambiguous: ReadonlySet<string>;
  private readonly lists = new Map<string, PhraseList>();

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
        }
      }
      this.lists.set(key, list);
    }
    return list;
  }

  /** Every occurrence of the list's phrases, a hit inside a longer one dropped ("bố" inside "bố dượng"). */
  hits(words: Words, key: string, texts: readonly string[]): Hit[] {
    const list = this.list(key, texts);
    const all: Hit[] = [];
    for (let i = 0; i < words.written.length; i++) {
      const byWritten = list.byWritten.get(words.written[i]!);
      const byFolded = list.byFolded.get(words.folded[i]!);
      if (byWritten) for (const p of byWritten) if (matchesAt(words, p, i)) all.push({ phrase: p, start: i, end: i + p.written.length });
      if (byFolded) for (const p of byFolded) if (!byWritten?.includes(p) && matchesAt(words, p, i)) all.push({ phrase: p, start: i, end: i + p.written.length });
    }
    if (all.length < 2) return all;
    return all.filter((h) => !all.some((o) => o !== h && o.start <= h.start && o.end >= h.end && o.end - o.start > h.end - h.start));
  }

  any(words: Words, key: string, texts: readonly string[]): boolean {
    const list = this.list(key, texts);
    for (let i = 0; i < words.written.length; i++) {
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
export function extractReportFacts(text: string, known: { age?: ChildAge | null; selfHarm?: boolean } = {}): ReportFacts {
  const m = shippedMatcher();
  const lx = m.lexicon;
  const words = toWords(text.slice(0, 4000));
  const harmer = findHarmer(m, words, known.selfHarm ?? SELF_HARM_RE.test(words.folded.join(" ")));
  const timed = timesOf(m, words);
  const times = timed.map((t) => t.w);
  return {
    children: countChildren(m, words) ?? (m.any(words, "childNouns", lx.childNouns) || m.any(words, "sex:female", lx.sex.female) || m.any(words, "sex:male", lx.sex.male) ? 1 : null),
    age: known.age !== undefined ? known.age : extractChildAge(splitReport(text.slice(0, 4000))),
    sex: sexOf(m, words),
    harmer: harmer?.relation ?? null,
    harmerQuote: harmer?.quote ?? null,
    reporter: reporterOf(m, words),
    times,
    when: mainTime(timed),
    ahead: (["weeks_ahead", "next_year"] as const).find((k) => m.any(words, `ahead:${k}`, lx.timeHints[k])) ?? null,
    suspected: m.any(words, "suspected", lx.suspected),
    resolved: m.any(words, "resolved", lx.resolved),
    injury: INJURY_ORDER.find((i) => m.any(words, `injury:${i}`, lx.injury[i])) ?? null,
    alone: m.any(words, "alone", lx.alone),
    withHarmerNow: m.any(words, "withHarmerNow", lx.withHarmerNow),
    commune: communeOf(text),
    phone: phoneOf(text),
  };
}

/**
 * The kinds of time the text names, most urgent first, each with where it is first named;
 * "hôm nay" inside "mấy hôm nay" is not today, nor in "2 hôm nay" (a count of days: recent).
 */
function timesOf(m: FactsMatcher, words: Words): Array<{ w: WhenFact; at: number }> {
  const hits = WHEN_ORDER.flatMap((w) => m.hits(words, `when:${w}`, m.lexicon.when[w]).map((h) => ({ w, h })));
  const kept = hits
    .filter((x) => !hits.some((o) => o !== x && o.h.start <= x.h.start && o.h.end >= x.h.end && o.h.end - o.h.start > x.h.end - x.h.start))
    .map((x) => (x.w === "today" && COUNTED_DAYS.has(words.folded[x.h.start] ?? "") && /^\d{1,3}$|^(hai|ba|bon|nam|may|vai|muoi)$/.test(words.folded[x.h.start - 1] ?? "") ? { ...x, w: "recent" as const } : x));
  return WHEN_ORDER.flatMap((w) => {
    const at = kept.filter((x) => x.w === w).map((x) => x.h.start);
    return at.length ? [{ w, at: Math.min(...at) }] : [];
  });
}

const COUNTED_DAYS: ReadonlySet<string> = new Set(["hom", "bua", "ngay", "dem", "tuan", "thang"]);

/**
 * The time of the harm told: now or tonight when the text says so; otherwise a harm told as
 * happening again and again is repeated, and between a day named and an earlier one, the one the
 * story is told from (named first: "Hôm qua mẹ đánh em ... chiều nay em không dám về" is
 * yesterday). A story that opens in the past ("Hồi nhỏ ... nhiều lần") is past, not repeated.
 */
function mainTime(timed: ReadonlyArray<{ w: WhenFact; at: number }>): WhenFact | null {
  const of = (w: WhenFact) => timed.find((t) => t.w === w);
  const urgent = of("now") ?? of("tonight");
  if (urgent) return urgent.w;
  const past = of("past");
  const repeated = of("repeated");
  if (repeated && past && past.at < repeated.at) return "past";
  if (repeated) return "repeated";
  const dated = [of("today"), of("recent")].filter((t): t is { w: WhenFact; at: number } => t !== undefined).sort((a, b) => a.at - b.at);
  return dated[0]?.w ?? past?.w ?? null;
}

/** Every relation word of the text, a shorter one inside a longer one of another relation dropped ("bố" in "bố mẹ"). */
function relationHits(m: FactsMatcher, words: Words): Array<{ relation: string; h: Hit }> {
  const all = Object.entries(m.lexicon.relations).flatMap(([relation, texts]) => m.hits(words, `rel:${relation}`, texts).map((h) => ({ relation, h })));
  const kept = all
    .filter((r) => !all.some((o) => o !== r && o.h.start <= r.h.start && o.h.end >= r.h.end && o.h.end - o.h.start > r.h.end - r.h.start))
    // "thằng bé nhà bên", "bố dượng nhà bên": where a child or a person lives, not who harms.
    .filter((r) => !(r.relation === "neighbour" && LOCATIVE.has(words.folded[r.h.start] ?? "") && (CHILD_WORDS.has(words.folded[r.h.start - 1] ?? "") || all.some((o) => o.h.end === r.h.start))));
  // "một người trên mạng": a stranger met online is an online contact.
  return kept.map((r) => (r.relation === "stranger" && kept.some((o) => o.relation === "online_contact" && o.h.start >= r.h.end && o.h.start - r.h.end <= 3) ? { ...r, relation: "online_contact" } : r));
}

/**
 * Who harms: the person right after a passive marker ("bị bố dượng đánh"), else the relation word
 * nearest before a harm word in its sentence (else nearest after it), else a relation that opens
 * a sentence ("Mẹ kế không cho em ăn"); "self" for self-harm with no one else named.
 */
function findHarmer(m: FactsMatcher, words: Words, selfHarm: boolean): { relation: Relation; quote: string } | null {
  const relations = relationHits(m, words);
  const quote = (h: Hit) => words.written.slice(h.start, h.end).join(" ");
  const passive = relations.filter((r) => [1, 2, 3].some((k) => PASSIVE.has(words.folded[r.h.start - k] ?? "") && (k === 1 || !relationAt(relations, r.h.start - k + 1))));
  const first = passive.sort((a, b) => a.h.start - b.h.start)[0];
  if (first) return { relation: first.relation as Relation, quote: quote(first.h) };
  const harms = m.hits(words, "harm", m.lexicon.harmWords);
  let best: { relation: string; h: Hit; distance: number } | null = null;
  for (const harm of harms) {
    for (const r of relations) {
      if (words.sentence[r.h.start] !== words.sentence[harm.start]) continue;
      const before = r.h.end <= harm.start;
      const distance = before ? harm.start - r.h.end : r.h.start - harm.end + 8;
      if (distance < 0 || distance > 14) continue;
      if (!best || distance < best.distance) best = { ...r, distance };
    }
  }
  if (best) {
    const b = best;
    const after = harms.filter((h) => words.sentence[h.start] === words.sentence[b.h.start] && h.start >= b.h.end && h.start - b.h.end <= 8);
    const parent = after.map((h) => parentOfOwnChild(words, b.h, h)).find((p) => p) ?? null;
    return { relation: parent ?? (best.relation as Relation), quote: quote(best.h) };
  }
  if (selfHarm) return { relation: "self", quote: "" };
  const opener = relations.find((r) => r.h.start === 0 || words.sentence[r.h.start - 1] !== words.sentence[r.h.start]);
  if (opener) return { relation: opener.relation as Relation, quote: quote(opener.h) };
  // No harm word near anyone: the first person named who is not the writer ("Tôi là bà ngoại") nor the child's own kin seen from the writer ("con gái tôi").
  const named = relations.find((r) => !SELF_INTRO.has(words.folded[r.h.start - 1] ?? "") && !OWNER.has(words.folded[r.h.end] ?? "") && !["peer", "sibling"].includes(r.relation));
  return named ? { relation: named.relation as Relation, quote: quote(named.h) } : null;
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
  // "đánh con", "quất thằng con trai", "véo tai đứa con gái", "giết cả vợ con".
  let i = -1;
  for (let j = harm.end; j <= harm.end + 3 && j < f.length && words.sentence[j] === words.sentence[harm.start]; j++) {
    if (f[j] === "con" && (!words.diacritics || w[j] === "con")) { i = j; break; }
    if (OWNER.has(f[j]!) && f[j] !== "cua") return null;
  }
  if (i < 0 || NOT_A_CHILD.has(f[i + 1] ?? "")) return null;
  const after = (words.diacritics ? w.slice(i + 1, i + 5).map((x) => OWNER_WRITTEN.get(x) ?? "") : f.slice(i + 1, i + 5));
  if (after.some((x) => OWNER.has(x) && x !== "cua") || ["ben", "hang", "nguoi"].includes(f[i + 1] ?? "")) return null;
  const around = f.slice(Math.max(0, who.start - 3), who.end);
  if (around.includes("vo") && around.includes("chong")) return "parents";
  const first = f[who.start - 1] && !MAN.has(f[who.start]!) && !WOMAN.has(f[who.start]!) ? f[who.start - 1]! : f[who.start]!;
  const firstWritten = f[who.start - 1] && !MAN.has(f[who.start]!) && !WOMAN.has(f[who.start]!) ? w[who.start - 1]! : w[who.start]!;
  if (words.diacritics ? ["ông", "chú", "anh", "thằng", "gã"].includes(firstWritten) : MAN.has(first) && first !== "co") return "father";
  if (words.diacritics ? ["bà", "cô", "chị", "mụ"].includes(firstWritten) : first === "mu") return "mother";
  return null;
}

const LOCATIVE: ReadonlySet<string> = new Set(["nha", "ke", "canh"]);
const CHILD_WORDS: ReadonlySet<string> = new Set(["be", "nho", "cu", "nit", "tre", "con", "chau", "em", "thang", "dua", "gai", "trai", "kids", "boy", "girl"]);

/** Self-harm words when the rules did not say (a caller without the rules' matches). */
const SELF_HARM_RE = /\b(tu tu|tu sat|rach tay|cat tay|muon chet|khong muon song|uong thuoc ngu|nhay lau|nhay cau|nhay xuong|tu lam dau|tu hai|tu cat|vet cat|kill myself|want to die|cut myself|hurt myself)\b/;

const PASSIVE: ReadonlySet<string> = new Set(["bi", "bj", "boi", "by", "duoc"]);

function relationAt(relations: ReadonlyArray<{ h: Hit }>, index: number): boolean {
  return relations.some((r) => r.h.start <= index && r.h.end > index);
}

function sexOf(m: FactsMatcher, words: Words): ReportFacts["sex"] {
  const female = m.any(words, "sex:female", m.lexicon.sex.female);
  const male = m.any(words, "sex:male", m.lexicon.sex.male);
  return female && male ? "mixed" : female ? "female" : male ? "male" : null;
}

let reporterRes: Array<[ReporterKind, RegExp]> | undefined;

/** Who writes: the first kind whose pattern the folded text matches (content/triage/facts-lexicon.json, reporterPatterns). */
function reporterOf(m: FactsMatcher, words: Words): ReporterKind | null {
  reporterRes ??= m.lexicon.reporterPatterns.order.map(([kind, re]): [ReporterKind, RegExp] => [kind, new RegExp(re)]);
  const folded = words.folded.join(" ").replace(/'/g, "");
  return reporterRes.find(([, re]) => re.test(folded))?.[0] ?? null;
}

/** "hai bé", "3 đứa", "mấy đứa nhỏ": a number before a word for children. */
function countChildren(m: FactsMatcher, words: Words): number | null {
  const nouns = m.hits(words, "childNouns", m.lexicon.childNouns);
  for (const noun of nouns) {
    const before = words.folded[noun.start - 1];
    if (before === undefined) continue;
    const written = words.written[noun.start - 1]!;
    const n = /^\d{1,2}$/.test(before) ? Number(before) : m.lexicon.counts[written] ?? (words.diacritics ? undefined : foldedCounts(m)[before]);
    if (n !== undefined && n >= 1 && n <= 20) return n;
  }
  return null;
}

let countsFolded: Record<string, number> | undefined;

/** Number words without diacritics, except those that fold like other words ("ba": bà, bố; "nam": năm, nam). */
function foldedCounts(m: FactsMatcher): Record<string, number> {
  countsFolded ??= Object.fromEntries(
    Object.entries(m.lexicon.counts).map(([w, n]): [string, number] => [foldVietnamese(w), n]).filter(([w]) => w !== "ba" && w !== "nam"),
  );
  return countsFolded;
}

const COMMUNE_RE = /\b(xã|phường|thị trấn|thôn|buôn|plei|làng|ấp|bản|tổ dân phố|khu phố|đặc khu|xa|phuong|thi tran|thon|buon|ap|ban)\s+((?:[A-ZĐÀ-Ỹ0-9][\p{L}\p{N}'-]*\s?){1,4})/u;

/** The first commune-level place named with its prefix ("xã Ea Súp", "phường Hòa Cường"). */
function communeOf(text: string): string | null {
  const hit = COMMUNE_RE.exec(text.normalize("NFC"));
  return hit ? `${hit[1]} ${hit[2]!.trim()}` : null;
}

const PHONE_RE = /(?:\+?84|0)(?:[\s.-]?\d){8,10}\b/;

/** A Vietnamese phone number as written. */
function phoneOf(text: string): string | null {
  return PHONE_RE.exec(text)?.[0] ?? null;
}

/** The facts as feature names for the triage model ("when:now", "harmer:father", "age:under_6"). */
export function factFeatures(facts: ReportFacts): string[] {
  const out: string[] = facts.times.map((t) => `when:${t}`);
  if (facts.ahead) out.push(`ahead:${facts.ahead}`);
  if (facts.harmer) out.push(`harmer:${facts.harmer}`);
  if (facts.reporter) out.push(`reporter:${facts.reporter}`);
  if (facts.age) out.push(`age:${facts.age.min < 3 ? "under_3" : facts.age.min < 6 ? "under_6" : facts.age.min < 12 ? "6_11" : facts.age.min < 16 ? "12_15" : "16_up"}`);
  if (facts.children && facts.children > 1) out.push("children:several");
  if (facts.suspected) out.push("suspected");
  if (facts.resolved) out.push("resolved");
  if (facts.injury) out.push(`injury:${facts.injury}`);
  if (facts.alone) out.push("alone");
  if (facts.withHarmerNow) out.push("with_harmer_now");
  return out;
}
