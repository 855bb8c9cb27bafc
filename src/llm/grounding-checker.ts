/**
 * Checks that a model's wording of an answer says nothing the knowledge base did not: every
 * agency it names must be among the agencies of the facts (an organisation the registry does
 * not know must be written in the facts), only agencies the facts say lead may be said to
 * lead, every date and number (in digits, or spelled out with a unit) must appear in the
 * facts, and the lead agencies of the deterministic answer must still be named. One mismatch
 * rejects the whole text; the caller then sends the deterministic answer.
 */
import { foldKey, foldVietnamese } from "../core/vietnamese-text.ts";
import type { Agency } from "../kb/types.ts";

/** The registry lookups the checks need (a subset of the knowledge-base registry). */
export interface GroundingRegistry {
  agencies: Agency[];
  findAgencies(text: string): Array<{ agency: Agency; start: number; end: number }>;
}

export interface GroundingFacts {
  /** Every text the model was given as fact: the deterministic answer, quotes, agency names, successors. */
  texts: string[];
  /** Agencies the model must still name (the leads of the deterministic answer). */
  requiredAgencyIds: string[];
  /** Agencies the facts say lead; the model may say "chủ trì" of these only (besides those the fact texts say it of). */
  leadAgencyIds: string[];
}

export type GroundingVerdict = { ok: true } | { ok: false; reason: "agency" | "role" | "number" | "date" | "omission" };

/** Runs every check; the first failure is the verdict. */
export function checkGrounding(text: string, facts: GroundingFacts, registry: GroundingRegistry): GroundingVerdict {
  const factText = facts.texts.join("\n");
  const mentioned = agencyIds(text, registry);
  const allowed = agencyIds(factText, registry);
  if ([...mentioned].some((id) => !allowed.has(id)) || namesUnknownBody(text, factText, registry)) return { ok: false, reason: "agency" };
  if (facts.requiredAgencyIds.some((id) => !mentioned.has(id))) return { ok: false, reason: "omission" };
  const leads = new Set([...facts.leadAgencyIds, ...leadClaims(factText, registry)]);
  if ([...leadClaims(text, registry)].some((id) => !leads.has(id))) return { ok: false, reason: "role" };
  const modelDates = extractDates(text);
  const factDates = extractDates(factText);
  if (modelDates.keys.some((key) => !factDates.known.has(key))) return { ok: false, reason: "date" };
  // Fact dates stay in: "năm 2025" is grounded by a fact "1/3/2025".
  const factNumbers = new Set(extractNumbers(foldLines(factText)));
  if (extractNumbers(modelDates.rest).some((n) => !factNumbers.has(n))) return { ok: false, reason: "number" };
  const factFolded = ` ${foldKey(factText)} `;
  if (spelledQuantities(text).some((q) => !factFolded.includes(` ${q} `))) return { ok: false, reason: "number" };
  return { ok: true };
}

/** Agencies named in Vietnamese (the registry's aliases) or by their English names. */
export function agencyIds(text: string, registry: GroundingRegistry): Set<string> {
  const ids = new Set(registry.findAgencies(text).map((m) => m.agency.id));
  const folded = ` ${foldKey(text)} `;
  for (const { agency, english } of englishNames(registry)) if (folded.includes(` ${english} `)) ids.add(agency.id);
  return ids;
}

const englishCache = new WeakMap<GroundingRegistry, Array<{ agency: Agency; english: string }>>();

/** English names folded, without the abbreviation in brackets; one-word names ("Police") are too vague to count. */
function englishNames(registry: GroundingRegistry): Array<{ agency: Agency; english: string }> {
  let names = englishCache.get(registry);
  if (!names) {
    names = registry.agencies.map((agency) => ({ agency, english: foldKey(agency.english.replace(/\(.*?\)/g, "")) })).filter((n) => n.english.split(" ").length >= 2);
    englishCache.set(registry, names);
  }
  return names;
}

const BODY_VI = /(?<!\p{L})(?:Sở|Bộ|U[ỷỶ] ban|Ủy ban|UBND|Công an|To[àá]a án|Tòa án|Viện|Hội|Ban|Trung tâm|Phòng|Cục|Chi cục|Mặt trận|Liên đoàn|Quỹ|Tổng cục)\s+\p{Lu}[\p{L}&-]*/gu;
const BODY_EN = /\b(?:Department|Ministry|Office|Centre|Center|Committee|Union|Association|Court|Procuracy|Fund|Board|Council) of (?:the )?[A-Z][\w&-]*(?: (?:and )?[A-Z][\w&-]*)*/g;

/**
 * An organisation the registry does not know ("Ban Quản lý Dự án X", "Department of Magic")
 * escapes the registry check; such a name must then be written in the facts themselves.
 */
export function namesUnknownBody(text: string, factText: string, registry: GroundingRegistry): boolean {
  const known = registry.findAgencies(text);
  const facts = ` ${foldKey(factText)} `;
  const covered = (at: number) => known.some((m) => m.start <= at && at < m.end);
  const inFacts = (phrase: string) => facts.includes(` ${foldKey(phrase)} `);
  for (const m of text.matchAll(BODY_VI)) if (!covered(m.index) && !inFacts(m[0])) return true;
  for (const m of text.matchAll(BODY_EN)) {
    const english = foldKey(m[0]);
    const isRegistryName = registry.agencies.some((a) => foldKey(a.english).includes(english) && facts.includes(` ${foldKey(a.name)} `));
    if (!isRegistryName && !inFacts(m[0])) return true;
  }
  return false;
}

/** Agencies the text says lead: "X chủ trì", "X là cơ quan chủ trì", "chủ trì là X", "cơ quan chủ trì: X", "X leads", "led by X". */
export function leadClaims(text: string, registry: GroundingRegistry): Set<string> {
  const ids = new Set<string>();
  for (const m of registry.findAgencies(text)) {
    const after = foldVietnamese(text.slice(m.end, m.end + 40));
    const before = foldVietnamese(text.slice(Math.max(0, m.start - 40), m.start));
    if (LEAD_AFTER.test(after) || LEAD_BEFORE.test(before)) ids.add(m.agency.id);
  }
  const folded = foldKey(text);
  for (const { agency, english } of englishNames(registry)) {
    for (let at = folded.indexOf(english); at >= 0; at = folded.indexOf(english, at + 1)) {
      if (LEAD_AFTER.test(folded.slice(at + english.length)) || LEAD_BEFORE.test(folded.slice(0, at))) ids.add(agency.id);
    }
  }
  return ids;
}

const LEAD_AFTER = /^[\s,]*((la (co quan|don vi) |se |duoc giao |giu vai tro )?chu tri\b|(leads|is the lead|is in charge|takes the lead|will lead)\b)/;
const LEAD_BEFORE = /(chu tri( la|:| thuc hien la)|led by( the)?|lead agency( is)?( the)?:?)\s*$/;

// "từ" (from) and "sau" (after) fold like four and six; they are left out.
const SPELLED_VI = "(?:mot|hai|ba|bon|nam|bay|tam|chin|muoi|muoi mot|muoi lam|hai muoi|ba muoi|tram|nghin|ngan)";
const SPELLED_EN = "(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|hundred|thousand)";
const SPELLED = new RegExp(`\\b(?:${SPELLED_VI}(?: ${SPELLED_VI})* (?:ngay|tuan|thang|lan|phan tram|trieu|ty|nghin)|${SPELLED_EN}(?: ${SPELLED_EN})* (?:days?|weeks?|months?|years?|times|percent|million|billion))\\b`, "g");

/** Quantities spelled out in words ("mười lăm ngày", "two weeks"), folded; models use them to slip past digit checks. */
export function spelledQuantities(text: string): string[] {
  return foldKey(text).match(SPELLED) ?? [];
}

interface DateScan {
  /** Keys of the model's dates: "d-m-y", "m-y" or "d-m", whichever parts were written. */
  keys: string[];
  /** Every partial key a fact date supports, so "tháng 3/2025" matches a fact "1/3/2025". */
  known: Set<string>;
  /** The text with dates removed, for the number check. */
  rest: string;
}

const DATE_PATTERNS: ReadonlyArray<[RegExp, (m: RegExpExecArray) => [number | null, number | null, number | null]]> = [
  [/\b(\d{4})-(\d{2})-(\d{2})\b/g, (m) => [Number(m[3]), Number(m[2]), Number(m[1])]],
  [/\bngay (\d{1,2}) thang (\d{1,2}) nam (\d{4})\b/g, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [/\b(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\b/g, (m) => [Number(m[1]), Number(m[2]), Number(m[3])]],
  [/\bthang (\d{1,2})(?: nam |\/)(\d{4})\b/g, (m) => [null, Number(m[1]), Number(m[2])]],
  [/\b(\d{1,2})\/(\d{4})\b/g, (m) => [null, Number(m[1]), Number(m[2])]],
  [/\b(\d{1,2})\/(\d{1,2})\b(?![/\d])/g, (m) => [Number(m[1]), Number(m[2]), null]],
];

/** Finds dates in folded text, most specific pattern first, each span used once. */
export function extractDates(text: string): DateScan {
  let rest = foldLines(text);
  const keys: string[] = [];
  const known = new Set<string>();
  for (const [pattern, read] of DATE_PATTERNS) {
    rest = rest.replace(pattern, (...args: unknown[]) => {
      const match = args.slice(0, -2) as unknown as RegExpExecArray;
      const [d, m, y] = read(match);
      if (m === null || m < 1 || m > 12 || (d !== null && (d < 1 || d > 31))) return match[0];
      keys.push(dateKey(d, m, y));
      for (const key of partialKeys(d, m, y)) known.add(key);
      return " ";
    });
  }
  return { keys, known, rest };
}

/** Folded, but line by line: list numbering is recognised at the start of a line. */
const foldLines = (text: string): string => text.split("\n").map(foldVietnamese).join("\n");

const dateKey = (d: number | null, m: number, y: number | null): string => [d ?? "_", m, y ?? "_"].join("-");

function partialKeys(d: number | null, m: number, y: number | null): string[] {
  const keys = [dateKey(d, m, y)];
  if (d !== null && y !== null) keys.push(dateKey(null, m, y), dateKey(d, m, null));
  return keys;
}

/** Numbers as written ("1.500", "24", "15,5"), leading zeros dropped; list markers ("1. ") are not numbers. */
export function extractNumbers(text: string): string[] {
  const withoutMarkers = text.replace(/^\s*\d{1,2}[.)]\s/gm, " ");
  const tokens = withoutMarkers.match(/\d+(?:[.,]\d+)*/g) ?? [];
  return tokens.flatMap((t) => [canonicalNumber(t), ...t.split(/[.,]/).map(canonicalNumber)]).filter((n, i, all) => all.indexOf(n) === i);
}

function canonicalNumber(token: string): string {
  return token.replace(/\d+/g, (run) => String(Number(run)));
}
