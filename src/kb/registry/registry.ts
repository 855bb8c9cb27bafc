/**
 * The agency and province registry: one place that knows every way people write an
 * agency or a province (abbreviations, no diacritics, dash variants, old names) and which
 * agency holds an old agency's duties after the 2025 reorganisation. Ingestion uses it to
 * resolve the agencies a plan names; question answering uses it to read questions.
 */
import type { Agency, Province, Successor } from "../types.ts";
import {
  boundedEditDistance,
  PhraseTrie,
  phraseKey,
  selectLongest,
  tokenize,
  type PhraseMatch,
  type Token,
} from "./phrase-matcher.ts";
import {
  checkReferences,
  DEFAULT_REGISTRY_DIR,
  readRegistryData,
  RegistryDataError,
  type AgencyRecord,
  type RegistryData,
  type Signer,
} from "./registry-data.ts";

export { RegistryDataError, type RegistryData, type AgencyRecord, type Signer } from "./registry-data.ts";

export interface AgencyMention {
  agency: Agency;
  start: number;
  end: number;
  matched: string;
}

export interface ProvinceMention {
  province: Province;
  start: number;
  end: number;
  matched: string;
}

export interface Registry {
  agencies: Agency[];
  provinces: Province[];
  successors: Successor[];
  agency(id: string): Agency | undefined;
  province(id: string): Province | undefined;
  /** Resolve a name as written in a plan or typed by a user to one agency (aliases, abbreviations, no diacritics, dash variants). */
  resolveAgency(name: string): Agency | null;
  /** Every agency mentioned in free text, longest match first, non-overlapping, returned in text order with offsets into the input. */
  findAgencies(text: string): AgencyMention[];
  /** Provinces mentioned in free text by any name, old or today's, returned in text order. */
  findProvinces(text: string): ProvinceMention[];
  /** `findProvinces` and `findAgencies` of one text at once: the text is split into words and read for agencies once. */
  findNames?(text: string): { provinces: ProvinceMention[]; agencies: AgencyMention[] };
  /** Provinces named by one of their former districts or towns ("Ia Grai", "Trảng Bàng"): for where a reported child is. */
  findDistricts?(text: string): ProvinceMention[];
  /** Resolve a province name ("Dak Lak", "TT Huế") to one province. */
  resolveProvince(name: string): Province | null;
  /** The 2025 successors of an agency (province-specific entries first when provinceId is given). */
  successorsOf(agencyId: string, provinceId?: string | null): Successor[];
  /** A known signer by name (diacritics and spacing ignored), for inferring a plan's province. */
  findSigner(name: string): Signer | null;
}

/** Abbreviations that stand for the same words inside any agency name. */
const EQUIVALENT_WORDS: ReadonlyArray<[string, string]> = [
  ["uy ban nhan dan", "ubnd"],
  ["thanh pho", "tp"],
];

/** Words before an agency name that do not change which agency it is ("Đề nghị Hội ...", "Giám đốc Sở ..."). */
const LEADING_FILLERS: ReadonlyArray<string[]> = [["de", "nghi"], ["giam", "doc"], ["thu", "truong"], ["lanh", "dao"]];

interface AgencyEntry {
  agency: Agency;
  /** True for aliases expanded from a template such as "Báo {province}". */
  templated: boolean;
}

/** Spelling variants of one alias: "GD&ĐT" also as "GDĐT" and "GD và ĐT", "LĐ-TBXH" as "LĐTBXH", UBND as Ủy ban nhân dân. */
export function aliasVariants(alias: string): string[][] {
  const spellings = new Set([
    alias,
    alias.replace(/\s*&\s*/g, ""),
    alias.replace(/\s*&\s*/g, " và "),
    alias.replace(/(\S)[-\u2010-\u2015](\S)/g, "$1$2"),
  ]);
  const keys = new Map<string, string[]>();
  for (const spelling of spellings) {
    for (const key of expandEquivalents(phraseKey(spelling).join(" "))) keys.set(key, key.split(" "));
  }
  for (const key of [...keys.values()]) {
    // "Hội Nông dân tỉnh" is also "Hội Nông dân"; short names keep their "tỉnh" ("Báo tỉnh" is not every "báo").
    if (key.length >= 4 && key.at(-1) === "tinh") keys.set(key.slice(0, -1).join(" "), key.slice(0, -1));
  }
  return [...keys.values()].filter((k) => k.length > 0 && k[0] !== "");
}

function expandEquivalents(key: string): string[] {
  let keys = [key];
  for (const [long, short] of EQUIVALENT_WORDS) {
    const more: string[] = [];
    for (const k of keys) {
      const padded = ` ${k} `;
      if (padded.includes(` ${long} `)) more.push(padded.replaceAll(` ${long} `, ` ${short} `).trim());
      if (padded.includes(` ${short} `)) more.push(padded.replaceAll(` ${short} `, ` ${long} `).trim());
    }
    keys = [...keys, ...more];
  }
  return keys;
}

function expandTemplates(record: AgencyRecord, provinces: readonly Province[]): string[] {
  const names = provinces.flatMap((p) => [p.name, ...p.aliases]);
  return (record.aliasTemplates ?? []).flatMap((t) => names.map((n) => t.replace("{province}", n)));
}

function toAgency(record: AgencyRecord, provinces: readonly Province[]): Agency {
  const aliases = [...new Set([...record.aliases, ...expandTemplates(record, provinces)])];
  return { id: record.id, name: record.name, english: record.english, level: record.level, aliases };
}

function buildAgencyTrie(records: readonly AgencyRecord[], agencies: readonly Agency[]): PhraseTrie<AgencyEntry> {
  const trie = new PhraseTrie<AgencyEntry>();
  records.forEach((record, i) => {
    const agency = agencies[i] as Agency;
    const plain = { agency, templated: false };
    const templated = { agency, templated: true };
    const english = record.english.replace(/\s*\(.*?\)\s*/g, " ").trim();
    for (const alias of [record.name, english, ...record.aliases]) {
      for (const key of aliasVariants(alias)) trie.add(key, plain);
    }
    for (const alias of agency.aliases.filter((a) => !record.aliases.includes(a))) {
      for (const key of aliasVariants(alias)) trie.add(key, templated);
    }
  });
  return trie;
}

/** A province record as read, with the cities named only after a word of place. */
type ProvinceRecord = Province & { placesAfterPlaceWord?: string[] };

function buildProvinceTrie(provinces: readonly Province[], districts = false): PhraseTrie<Province> {
  const trie = new PhraseTrie<Province>();
  for (const p of provinces as readonly ProvinceRecord[]) {
    for (const alias of districts ? p.districts ?? [] : [p.name, p.english, ...p.aliases, ...(p.places ?? []), ...(p.placesAfterPlaceWord ?? [])]) {
      for (const key of aliasVariants(alias)) trie.add(key, p);
    }
  }
  return trie;
}

/** Folded key of each city read only after a word of place, with its spelling and province. */
function guardedPlaces(provinces: readonly Province[]): Map<string, Array<{ spelling: string; province: Province }>> {
  const out = new Map<string, Array<{ spelling: string; province: Province }>>();
  for (const p of provinces as readonly ProvinceRecord[]) {
    for (const spelling of p.placesAfterPlaceWord ?? []) {
      const key = phraseKey(spelling).join(" ");
      out.set(key, [...(out.get(key) ?? []), { spelling, province: p }]);
    }
  }
  return out;
}

/** Words of place right before a city's name (folded): "ở Vinh", "tại", "thành phố", "TP", "in", "at", "from", "về", "ra". */
const PLACE_WORDS: ReadonlySet<string> = new Set(["o", "tai", "pho", "tp", "thanhpho", "in", "at", "from", "tu", "ve", "ra", "vao", "city", "near", "gan", "den", "toi"]);

/**
 * A city named like a common word or a person ("Vinh", "anh Vinh"): read only when written as spelled (not "Vĩnh") and after a
 * word of place, or right before its province's name ("Vinh Nghệ An").
 */
function guardedPlaceHolds(text: string, tokens: readonly Token[], m: PhraseMatch<Province>, guarded: ReadonlyMap<string, Array<{ spelling: string; province: Province }>>, all: readonly PhraseMatch<Province>[]): boolean {
  const key = tokens.slice(m.first, m.last + 1).map((t) => t.folded).join(" ");
  const entry = guarded.get(key)?.find((g) => g.province === m.value);
  if (!entry) return true;
  // The same words are also an unguarded name of this province: nothing to check.
  const p = m.value as ProvinceRecord;
  if ([p.name, p.english, ...p.aliases, ...(p.places ?? [])].some((a) => phraseKey(a).join(" ") === key)) return true;
  const written = text.slice((tokens[m.first] as Token).start, (tokens[m.last] as Token).end).normalize("NFC").toLowerCase();
  if (written !== entry.spelling.normalize("NFC").toLowerCase()) return false;
  if (PLACE_WORDS.has(tokens[m.first - 1]?.folded ?? "")) return true;
  return all.some((o) => o !== m && o.value === m.value && o.first === m.last + 1);
}

/**
 * Of province names that overlap ("phường Hà Đông Hà Nội": "Đông Hà" across two names, "Hà Nội"), the reading that covers
 * most words wins, a district of the province counting as support ("Hà Đông" beside "Hà Nội"); on a tie, a province's own
 * name beats a city's, then fewer and earlier names. Returns the province matches of the best reading in text order.
 */
function bestReading(matches: readonly PhraseMatch<Province>[], support: readonly PhraseMatch<Province>[]): PhraseMatch<Province>[] {
  type Item = { m: PhraseMatch<Province>; own: boolean; kept: boolean };
  // A district supports a province named right beside it; it is never returned.
  const beside = support.filter((d) => matches.some((m) => m.value === d.value && (m.first === d.last + 1 || d.first === m.last + 1)));
  // One name alone is its own best reading.
  if (matches.length === 1 && beside.length === 0) return [matches[0]!];
  const items: Item[] = [
    ...matches.map((m) => ({ m, own: true, kept: true })),
    ...beside.map((m) => ({ m, own: false, kept: false })),
  ].sort((a, b) => a.m.last - b.m.last || a.m.first - b.m.first);
  if (items.length === 0) return [];
  // Weighted interval scheduling over non-overlapping items: [words covered, province names proper, -items].
  const best: Array<{ score: Score; pick: Item[] }> = [];
  items.forEach((it, i) => {
    let j = i - 1;
    while (j >= 0 && items[j]!.m.last >= it.m.first) j--;
    const base = j >= 0 ? best[j]! : { score: [0, 0, 0] as Score, pick: [] as Item[] };
    const proper = it.own && isProperName(it.m) ? 1 : 0;
    const take = { score: [base.score[0] + it.m.last - it.m.first + 1, base.score[1] + proper, base.score[2] - 1] as Score, pick: [...base.pick, it] };
    const skip = i > 0 ? best[i - 1]! : { score: [0, 0, 0] as Score, pick: [] as Item[] };
    best.push(betterReading(take.score, skip.score) ? take : skip);
  });
  return best[best.length - 1]!.pick.filter((x) => x.kept).map((x) => x.m).sort((a, b) => a.first - b.first);
}

/** Scores of readings: [words covered, province names proper, -items]. */
type Score = [number, number, number];
const betterReading = (a: Score, b: Score): boolean => a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];

/** Whether a match's words are the province's name, English name or an alias, not one of its cities. */
const properKeys = new WeakMap<Province, Set<string>>();
function isProperName(m: PhraseMatch<Province> & { key?: string }): boolean {
  let keys = properKeys.get(m.value);
  if (!keys) {
    keys = new Set([m.value.name, m.value.english, ...m.value.aliases].flatMap((a) => aliasVariants(a).map((k) => k.join(" "))));
    properKeys.set(m.value, keys);
  }
  return m.key !== undefined && keys.has(m.key);
}

/** Builds a registry from data already read (tests and tools pass their own data). */
export function createRegistry(data: RegistryData): Registry {
  const problems = checkReferences(data);
  if (problems.length > 0) throw new RegistryDataError("registry", problems.join("; "));
  const agencies = data.agencies.map((r) => toAgency(r, data.provinces));
  const agencyTrie = buildAgencyTrie(data.agencies, agencies);
  const provinceTrie = buildProvinceTrie(data.provinces);
  const matcher = createMatcher(agencyTrie, provinceTrie);
  const districtTrie = buildProvinceTrie(data.provinces, true);
  const districtMatcher = createMatcher(agencyTrie, districtTrie);
  const guarded = guardedPlaces(data.provinces);
  // A child's province: overlapping names read as the best-supported whole, a city like "Vinh" only after a word of place.
  // The agency hits of the same text are passed in when the caller has them (findNames): they are read once.
  const childProvinces = (text: string, tokens: readonly Token[] = tokenize(text), hits?: readonly AgencyHit[]): ProvinceMention[] => {
    const words = tokens.map((t) => t.folded);
    const all = provinceTrie.matchAll(words).filter((m) => plausibleSpan(text, tokens, m)).map((m) => ({ first: m.first, last: m.last, value: m.value, key: words.slice(m.first, m.last + 1).join(" ") }));
    // No province name at all: no reading to choose, nothing for districts to support or agencies to shadow.
    if (all.length === 0) return [];
    const shadows = (hits ?? matcher.agencyHits(text, tokens)).filter((h) => !h.templated);
    const candidates = all.filter((m) => guardedPlaceHolds(text, tokens, m, guarded, all));
    if (candidates.length === 0) return [];
    const support = districtTrie.matchAll(words).filter((m) => plausibleSpan(text, tokens, m));
    return bestReading(candidates, support)
      .filter((m) => !shadows.some((h) => h.first <= m.first && m.last <= h.last))
      .map((m) => provinceMention(text, tokens, m));
  };
  const byId = new Map(agencies.map((a) => [a.id, a]));
  const provincesById = new Map(data.provinces.map((p) => [p.id, p]));
  // Each agency's successor records, in the registry's order, found once.
  const successorsFrom = new Map<string, Successor[]>();
  for (const s of data.successors) (successorsFrom.get(s.fromAgencyId) ?? successorsFrom.set(s.fromAgencyId, []).get(s.fromAgencyId)!).push(s);
  return {
    agencies,
    provinces: data.provinces,
    successors: data.successors,
    agency: (id) => byId.get(id),
    province: (id) => provincesById.get(id),
    resolveAgency: (name) => resolveAgencyName(name, agencyTrie, matcher),
    findAgencies: (text) => matcher.agencies(text).map((m) => m.mention),
    findProvinces: (text) => childProvinces(text),
    findNames: (text) => {
      const tokens = tokenize(text);
      const hits = matcher.agencies(text, tokens);
      return { provinces: childProvinces(text, tokens, hits), agencies: hits.map((m) => m.mention) };
    },
    findDistricts: (text) => districtMatcher.provinces(text),
    resolveProvince: (name) => resolveProvinceName(name, provinceTrie),
    successorsOf: (agencyId, provinceId) => successorsOf(successorsFrom, agencyId, provinceId ?? null),
    findSigner: (name) => data.signers.find((s) => phraseKey(s.name).join(" ") === phraseKey(name).join(" ")) ?? null,
  };
}

interface AgencyHit {
  mention: AgencyMention;
  /** Token range of the alias proper (without the "tỉnh X" tail), and whether it came from a template. */
  first: number;
  last: number;
  templated: boolean;
}

interface Matcher {
  /** `tokens`, when given, are `tokenize(text)`. */
  agencies(text: string, tokens?: readonly Token[]): AgencyHit[];
  agencyHits(text: string, tokens?: readonly Token[]): AgencyHit[];
  provinces(text: string): ProvinceMention[];
}

function createMatcher(agencyTrie: PhraseTrie<AgencyEntry>, provinceTrie: PhraseTrie<Province>): Matcher {
  const agencies = (text: string, tokens: readonly Token[] = tokenize(text)): AgencyHit[] => {
    const words = tokens.map((t) => t.folded);
    const selected = selectLongest(agencyTrie.matchAll(words).filter((m) => plausibleSpan(text, tokens, m)));
    return selected.map((m, i) => {
      const limit = selected[i + 1]?.first ?? tokens.length;
      const last = extendOverProvince(text, tokens, words, m.last, limit, provinceTrie);
      const start = (tokens[m.first] as Token).start;
      const end = (tokens[last] as Token).end;
      const mention = { agency: m.value.agency, start, end, matched: text.slice(start, end) };
      return { mention, first: m.first, last: m.last, templated: m.value.templated };
    });
  };
  const provinces = (text: string): ProvinceMention[] => {
    const tokens = tokenize(text);
    const shadows = agencies(text, tokens).filter((h) => !h.templated);
    const candidates = provinceTrie.matchAll(tokens.map((t) => t.folded)).filter((m) => plausibleSpan(text, tokens, m));
    const selected = selectLongest(candidates);
    return selected
      .filter((m) => !shadows.some((h) => h.first <= m.first && m.last <= h.last))
      .map((m) => provinceMention(text, tokens, m));
  };
  return { agencies, agencyHits: agencies, provinces };
}

/**
 * A name does not run across a sentence or list boundary (";", ":", brackets, a line
 * break), and a trailing "tỉnh" must follow its name directly: in "Hội Liên hiệp Phụ nữ,
 * Tỉnh Đoàn" the "Tỉnh" belongs to the next agency.
 */
function plausibleSpan(text: string, tokens: readonly Token[], m: PhraseMatch<unknown>): boolean {
  for (let i = m.first + 1; i <= m.last; i++) {
    const gap = text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start);
    if (/[;:()\[\]\n]/.test(gap)) return false;
    if (i === m.last && tokens[i]?.folded === "tinh" && !/^\s*$/.test(gap)) return false;
  }
  return true;
}

function provinceMention(text: string, tokens: readonly Token[], m: PhraseMatch<Province>): ProvinceMention {
  const start = (tokens[m.first] as Token).start;
  const end = (tokens[m.last] as Token).end;
  return { province: m.value, start, end, matched: text.slice(start, end) };
}

/** Word `i` (before `limit`) follows word `i - 1` with only spaces between. */
function adjacentWord(text: string, tokens: readonly Token[], limit: number, i: number): boolean {
  return i < limit && /^\s*$/.test(text.slice((tokens[i - 1] as Token).end, (tokens[i] as Token).start));
}

/** "Công an tỉnh Gia Lai": the agency's span takes a following "tỉnh" and province name, when only spaces separate them. */
function extendOverProvince(
  text: string, tokens: readonly Token[], words: readonly string[], last: number, limit: number, provinces: PhraseTrie<Province>,
): number {
  let end = last;
  if (adjacentWord(text, tokens, limit, end + 1) && words[end + 1] === "tinh") end += 1;
  if (!adjacentWord(text, tokens, limit, end + 1)) return end;
  // The longest province name starting right after the agency's words (and ending before the next agency).
  const longest = provinces.longestAt(words, end + 1, limit);
  return longest >= 0 ? Math.max(end, longest) : end;
}

function stripFillers(words: string[]): string[] {
  for (const filler of LEADING_FILLERS) {
    if (filler.every((w, i) => words[i] === w)) return words.slice(filler.length);
  }
  return words;
}

function resolveAgencyName(name: string, trie: PhraseTrie<AgencyEntry>, matcher: Matcher): Agency | null {
  const words = stripFillers(phraseKey(name));
  if (words.length === 0) return null;
  const exact = trie.get(words)[0] ?? trie.get(words.at(-1) === "tinh" ? words.slice(0, -1) : words)[0];
  if (exact) return exact.agency;
  const hits = matcher.agencies(words.join(" "));
  const first = hits[0];
  if (first && (first.first === 0 || (hits.length === 1 && (first.last - first.first + 1) / words.length >= 0.4))) {
    return first.mention.agency;
  }
  return fuzzyAgency(words.join(" "), trie);
}

/** Tolerates words that lost a letter in conversion ("Sở Lao động - Thương binh và Xã hi"). */
function fuzzyAgency(key: string, trie: PhraseTrie<AgencyEntry>): Agency | null {
  if (key.length < 8) return null;
  const limit = Math.max(1, Math.floor(key.length / 10));
  let best: { agency: Agency; distance: number } | null = null;
  for (const [aliasKey, entry] of allKeys(trie)) {
    const d = boundedEditDistance(key, aliasKey, limit);
    if (d <= limit && (!best || d < best.distance)) best = { agency: entry.agency, distance: d };
  }
  return best?.agency ?? null;
}

const keyCache = new WeakMap<object, Array<[string, AgencyEntry]>>();

function allKeys(trie: PhraseTrie<AgencyEntry>): Array<[string, AgencyEntry]> {
  let keys = keyCache.get(trie);
  if (!keys) {
    keys = trie.entries().filter(([, entry]) => !entry.templated);
    keyCache.set(trie, keys);
  }
  return keys;
}

function resolveProvinceName(name: string, trie: PhraseTrie<Province>): Province | null {
  const words = phraseKey(name).filter((w, i) => !(i === 0 && (w === "tinh" || w === "province")));
  const exact = trie.get(words)[0];
  if (exact) return exact;
  return selectLongest(trie.matchAll(words))[0]?.value ?? null;
}

function successorsOf(byAgency: ReadonlyMap<string, readonly Successor[]>, agencyId: string, provinceId: string | null): Successor[] {
  const own = byAgency.get(agencyId) ?? [];
  if (provinceId === null) return [...own.filter((s) => s.scope === "all"), ...own.filter((s) => s.scope !== "all")];
  return [...own.filter((s) => s.scope === provinceId), ...own.filter((s) => s.scope === "all")];
}

const cache = new Map<string, Registry>();

/** Loads the registry from content/registry (or `dir`), once per directory. */
export function loadRegistry(dir: string = DEFAULT_REGISTRY_DIR): Registry {
  let registry = cache.get(dir);
  if (!registry) {
    registry = createRegistry(readRegistryData(dir));
    cache.set(dir, registry);
  }
  return registry;
}
