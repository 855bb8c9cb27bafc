/**
 * Tolerance for how officials actually type: a content word one letter off a word the
 * plans use is read as that word; provinces and agencies are found by the registry on
 * the folded question, with English agency names and a one-letter slack per word
 * ("Dac Lac", "Gia Lia") as fallbacks.
 */
import type { Agency, Province } from "../kb/types.ts";
import { foldWords } from "../core/vietnamese-text.ts";
import type { Language, QaRegistry, RegistryNames } from "./answer-types.ts";
import { ENGLISH_TO_VIETNAMESE } from "./english-glossary.ts";

/** Levenshtein distance capped at `max + 1` (enough to decide "within max"). */
export function editDistance(a: string, b: string, max = 1): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  if (max === 1) return withinOneEdit(a, b);
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      rowMin = Math.min(rowMin, v);
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return prev[b.length]!;
}

/**
 * `editDistance(a, b, 1)` without the table: 0 when equal, 1 when one letter is changed, added or dropped, else 2. After the
 * common start, the rest must then be equal with one letter skipped in one or both words.
 */
function withinOneEdit(a: string, b: string): number {
  if (a === b) return 0;
  let i = 0;
  while (i < a.length && i < b.length && a[i] === b[i]) i++;
  const same = a.length === b.length ? a.slice(i + 1) === b.slice(i + 1)
    : a.length > b.length ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
  return same ? 1 : 2;
}

/** Maps words the plans never use to the plan word one edit away (longest words only, to stay safe). */
export function createTypoCorrector(vocabulary: Set<string>): (words: string[]) => string[] {
  const byLength = new Map<number, string[]>();
  for (const w of vocabulary) if (!/\d/.test(w)) (byLength.get(w.length) ?? byLength.set(w.length, []).get(w.length)!).push(w);
  const cache = new Map<string, string>();
  const correct = (w: string): string => {
    if (w.length < 4 || vocabulary.has(w) || /\d/.test(w)) return w;
    const hit = cache.get(w);
    if (hit !== undefined) return hit;
    let best = w;
    for (const len of [w.length, w.length - 1, w.length + 1]) {
      const found = (byLength.get(len) ?? []).find((v) => editDistance(w, v) <= 1);
      if (found) { best = found; break; }
    }
    if (cache.size >= 20_000) cache.clear(); // words come from users: bounded however many distinct ones a flood sends
    cache.set(w, best);
    return best;
  };
  return (words) => words.map(correct);
}

export interface NameHit<T> { value: T; matched: string }

/**
 * Provinces by the registry, then by one-letter slack per word of any alias, or two letters swapped ("Gia Lia", "Tay Nihn") where
 * the word so typed is none the plans use (`planWords`): "Lai Chua", "Ca Mua" write "chưa", "mua", not a province.
 */
export function createProvinceFinder(registry: QaRegistry, planWords: ReadonlySet<string> = new Set()): (canonical: string, folded: string, names?: () => RegistryNames) => Array<{ province: Province; matched: string }> {
  const aliases = registry.provinces.flatMap((p) => [p.name, p.english, ...p.aliases].map((a) => ({ p, words: foldWords(a) })))
    .filter((a) => a.words.length >= 2);
  // `names`, when given, reads `canonical` (the registry's lookups shared with the agency finder).
  return (canonical, folded, names) => {
    const hits = (names ? names().provinces : registry.findProvinces(canonical)).map((h) => ({ province: h.province, matched: h.matched }));
    if (hits.length > 0) return hits;
    const words = folded.split(" ");
    // An alias can only be found where a word starts with its first word's letter: the others are not searched.
    const initials = new Set(words.map((w) => w[0]));
    for (const a of aliases) {
      if (!initials.has(a.words[0]![0])) continue;
      const at = findFuzzyPhrase(words, a.words, planWords);
      if (at >= 0 && afterPersonTitle(canonical, words.slice(at, at + a.words.length))) continue;
      if (at >= 0) hits.push({ province: a.p, matched: words.slice(at, at + a.words.length).join(" ") });
    }
    return hits;
  };
}

/** A person's title as written, with its tones ("Chị Thanh Hảo", "anh Gia Lia"); untoned, only the words no other word folds to. */
const PERSON_TITLES: ReadonlySet<string> = new Set(["chị", "anh", "ông", "bà", "cô", "thầy", "cậu", "bác", "chú", "mr", "mrs", "ms", "miss"]);
const UNTONED_TITLES: ReadonlySet<string> = new Set(["anh", "ong", "mr", "mrs", "ms", "miss"]);

/**
 * "Chị Thanh Hảo", "anh Gia Lia": a name typed close to a province, after a person's title, is that person, not the province
 * (a province cue "tỉnh", "ở", "của" before it is no title). `canonical` keeps the tones ("chị", not "chỉ").
 */
function afterPersonTitle(canonical: string, matched: string[]): boolean {
  const written = canonical.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const folded = written.map((w) => foldWords(w).join(" "));
  for (let i = 1; i + matched.length <= written.length; i++) {
    if (!matched.every((m, j) => folded[i + j] === m)) continue;
    const before = written[i - 1]!;
    if (PERSON_TITLES.has(before) || (before === folded[i - 1] && UNTONED_TITLES.has(before))) return true;
  }
  return false;
}

// At most one letter off in the whole phrase, and never in a short word or a first letter:
// "Dak Lac" is Đắk Lắk, while "quan nao" must not become Quảng Nam. Two letters swapped after the first are one slip, in a short
// word too ("Gia Lia"), unless the word so written is one of the plans' (`planWords`; null: no swaps, as for agencies).
function findFuzzyPhrase(words: string[], phrase: string[], planWords: ReadonlySet<string> | null = null): number {
  const first = phrase[0]!;
  for (let i = 0; i + phrase.length <= words.length; i++) {
    const w0 = words[i]!;
    if (w0[0] !== first[0] || Math.abs(w0.length - first.length) > 1) continue;
    let edits = 0;
    for (let j = 0; j < phrase.length && edits <= 1; j++) {
      const w = words[i + j]!;
      const p = phrase[j]!;
      if (w === p) continue;
      edits += planWords !== null && swapsTwo(w, p) && !planWords.has(w) ? 1 : p.length >= 4 && w.length >= 4 && w[0] === p[0] ? editDistance(w, p) : 2;
    }
    if (edits <= 1) return i;
  }
  return -1;
}

/** "lia" for "lai", "nihn" for "ninh": the same letters, two neighbours after the first swapped. */
function swapsTwo(w: string, p: string): boolean {
  if (w.length !== p.length || w.length < 3 || w[0] !== p[0]) return false;
  let i = 1;
  while (i < w.length && w[i] === p[i]) i++;
  return i + 1 < w.length && w[i] === p[i + 1] && w[i + 1] === p[i] && w.slice(i + 2) === p.slice(i + 2);
}

const GENERIC = new Set(["department", "committee", "committees", "office", "union", "provincial", "people's", "people", "board", "station"]);

/**
 * English names as people shorten them: "Department of Education and Training (DOET)" is also
 * "Department of Education" and "DOET"; "Provincial Police" is also "police".
 */
export function englishAliases(english: string): string[][] {
  const abbreviation = /\(([A-Z]{2,})\)/.exec(english)?.[1];
  const full = english.replace(/\([^)]*\)/g, " ");
  const short = full.split(/,| and /)[0] ?? full;
  const bare = full.replace(/^\s*provincial\s+/i, "");
  const out = [full, short, bare].map((x) => foldWords(x)).filter((w) => w.length >= 2 || (w.length === 1 && !GENERIC.has(w[0]!) && w[0]!.length >= 5));
  if (abbreviation) out.push([abbreviation.toLowerCase()]);
  // "Red Cross Society" is also "the Red Cross", "Radio and Television Station" "radio and television": the kind of body left off.
  const kindless = foldWords(bare);
  if (kindless.length >= 3 && ["society", "association", "federation", "station"].includes(kindless.at(-1)!)) out.push(kindless.slice(0, -1));
  // "Department of Labour" is also "the labour department", "Department of Health" "the health department".
  const topic = /^\s*department of\s+(.+)$/i.exec(short)?.[1];
  if (topic) out.push([...foldWords(topic), "department"]);
  // "Provincial Committee of the Vietnam Fatherland Front" is also said "(provincial) Vietnam Fatherland Front Committee",
  // or just "Vietnam Fatherland Front" when that is a name of its own (not "People's Committee").
  const ofThe = /^(.*?)\s+of the\s+(.+)$/i.exec(full.trim());
  if (ofThe && foldWords(ofThe[2]!).length >= 3 && !GENERIC.has(foldWords(ofThe[2]!).at(-1)!)) {
    const head = foldWords(ofThe[1]!);
    const tail = foldWords(ofThe[2]!);
    // ... and by the last words of its own name ("Fatherland Front").
    out.push([...tail, ...head], [...tail, ...head.filter((w) => w !== "provincial")], tail, tail.slice(-2));
  }
  return out;
}

/** Agencies by the registry (Vietnamese aliases), by their English names, and by English words translated. */
export function createAgencyFinder(registry: QaRegistry): (canonical: string, folded: string, language: Language, names?: () => RegistryNames) => Array<{ agency: Agency; matched: string }> {
  const english = registry.agencies.flatMap((a) => englishAliases(a.english).map((words) => ({ a, words })))
    .sort((x, y) => y.words.length - x.words.length);
  // The first letter of each name's first word: a name is found only where a word of the question starts with that letter
  // (exactly for one word, findFuzzyPhrase for several), so only those names are tried.
  const initialOf = english.map((e) => e.words[0]?.[0]);
  const shortForms = createShortFormReader(registry);
  const bareInitials = createBareInitialsReader(registry);
  // `names`, when given, reads `canonical` (the registry's lookups shared with the province finder).
  return (canonical, folded, language, names) => {
    const found = names ? names().agencies : registry.findAgencies(canonical);
    const hits = found.map((h) => ({ agency: h.agency, matched: h.matched }));
    for (const f of shortForms(canonical)) {
      if (f.options.length === 1 && !hits.some((h) => h.agency.id === f.options[0]!.id)) hits.push({ agency: f.options[0]!, matched: f.written });
    }
    // "GD&ĐT" inside "Phòng GD&ĐT" is part of the district office's name, not the department named a second time.
    for (const f of bareInitials(canonical)) {
      if (!hits.some((h) => h.agency.id === f.agency.id) && !found.some((h) => h.start <= f.start && f.start + f.matched.length <= h.end)) hits.push({ agency: f.agency, matched: f.matched });
    }
    if (language !== "en") return hits;
    const words = folded.split(" ");
    // A name of several words is found only where a word starts with its first word's letter (findFuzzyPhrase).
    const initials = new Set(words.map((w) => w[0]));
    // The names that can be found, in their order in `english`.
    for (let i = 0; i < english.length; i++) {
      const initial = initialOf[i];
      if (initial === undefined || !initials.has(initial)) continue;
      const e = english[i]!;
      // One word ("DOET", "police") must be exact: one letter off, "does" would be the education department.
      const at = e.words.length === 1 ? words.indexOf(e.words[0]!) : findFuzzyPhrase(words, e.words);
      if (at >= 0 && !hits.some((h) => h.agency.id === e.a.id)) hits.push({ agency: e.a, matched: e.words.join(" ") });
    }
    if (hits.length === 0) {
      const translated = words.map((w) => ENGLISH_TO_VIETNAMESE[w] ?? w).join(" ");
      for (const h of registry.findAgencies(translated)) hits.push({ agency: h.agency, matched: "" });
    }
    return hits;
  };
}

/**
 * "VH-TT-DL", "GD-ĐT", "KH-ĐT", "LĐ-TB&XH" written without "Sở": groups of letters joined by "-" or "&" that spell the
 * initials of exactly one department's name ("Văn hóa, Thể thao và Du lịch" -> VHTTDL). Never inside a document
 * number ("2041/QĐ-UBND", "45/2025/NĐ-CP"): those stand after "/" and spell no department.
 */
function createBareInitialsReader(registry: QaRegistry): (canonical: string) => Array<{ agency: Agency; matched: string; start: number }> {
  const byInitials = new Map<string, Agency[]>();
  for (const a of registry.agencies) {
    if (a.level !== "province" || !/^Sở\s/u.test(a.name)) continue;
    const key = foldWords(a.name).slice(1).filter((w) => w !== "va").map((w) => w[0]).join("");
    if (key.length >= 3) byInitials.set(key, [...(byInitials.get(key) ?? []), a]);
  }
  return (canonical) => {
    const out: Array<{ agency: Agency; matched: string; start: number }> = [];
    // Letter groups are joined by "-" or "&": a text with neither holds none.
    if (!canonical.includes("-") && !canonical.includes("&")) return out;
    for (const m of canonical.matchAll(/(?<![\p{L}\d/&-])(\p{L}{1,3}(?:[-&]\p{L}{1,3}){1,3})(?![\p{L}\d/&-])/gu)) {
      const key = foldWords(m[1]!.replace(/[-&\s]/g, "")).join("");
      const hit = byInitials.get(key);
      if (hit?.length === 1) out.push({ agency: hit[0]!, matched: m[1]!, start: m.index });
    }
    return out;
  };
}

/** A short form the registry does not list ("Sở LĐ", "so gd") and the departments it may stand for. */
export interface ShortForm { written: string; options: Agency[] }

/**
 * "Sở LĐ", "Sở GD", "so tt": the letters are the start of the initials of a department's name
 * (Lao động - Thương binh và Xã hội -> LĐTBXH). One department: that one; several ("Sở KH":
 * Kế hoạch và Đầu tư or Khoa học và Công nghệ): the caller asks which.
 */
export function createShortFormReader(registry: QaRegistry): (canonical: string) => ShortForm[] {
  const departments = registry.agencies.filter((a) => a.level === "province" && /^Sở\s/u.test(a.name)).map((a) => ({
    a, initials: foldWords(a.name).slice(1).filter((w) => w !== "va").map((w) => w[0]).join(""),
  }));
  return (canonical) => {
    const out: ShortForm[] = [];
    for (const m of canonical.matchAll(/(?<![\p{L}\d])(?:Sở|sở|SỞ|So|so|SO)\s+([\p{L}&]{2,7})(?![\p{L}\d]|[-&]\p{L})/gu)) {
      const token = m[1]!;
      const upper = (token.match(/\p{Lu}/gu) ?? []).length;
      const key = foldWords(token).join("").replace(/&/g, "");
      // An abbreviation: capitals ("LĐ", "GD&ĐT"), or typed plain without vowels ("ld", "gd", "tt").
      if (!(upper >= 2 && upper === token.replace(/[&]/g, "").length) && !(token === token.toLowerCase() && !/[aeiouăâêôơưàáảãạèéẻẽẹìíỉĩịòóỏõọùúủũụ]/iu.test(token))) continue;
      if (key.length < 2) continue;
      const options = departments.filter((d) => d.initials.startsWith(key)).map((d) => d.a);
      if (options.length > 0) out.push({ written: m[0], options });
    }
    // "STP", "SYT", "stc": S for Sở, then the department's initials, written as one word without vowels.
    for (const m of canonical.matchAll(/(?<![\p{L}\d])s([bcdđghklmnpqrstvxy&]{2,6})(?![\p{L}\d])/giu)) {
      const key = foldWords(m[1]!).join("").replace(/&/g, "");
      const options = departments.filter((d) => d.initials === key || (key.length >= 3 && d.initials.startsWith(key))).map((d) => d.a);
      if (options.length > 0) out.push({ written: m[0], options });
    }
    return out;
  };
}
