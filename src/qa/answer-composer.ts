/**
 * Turns selected plan facts into the answer contract: text in the question's language,
 * agencies (Vietnamese names, glossed in English answers), verbatim citations, the dated
 * note on 2025 successors, the plan-expired note, and the "not found" statement with 111.
 */
import type { Agency, ParsedPlan, Role } from "../kb/types.ts";
import { pageOfQuote } from "../kb/plan-pages.ts";
import { foldKey } from "../core/vietnamese-text.ts";
import { memoByPlan, memoByPlans, memoByText, planHolds } from "./memo.ts";
import type { Answer, AnswerAgency, AnswerCitation, AnswerSuccessor, Intent, Language, QaRegistry } from "./answer-types.ts";

const foldCache = new Map<string, string>();

/** The words of the plans' titles (folded, split at spaces), as a set, once per list of plans; callers must not change it. */
export const titleWordSet = memoByPlans((plans): ReadonlySet<string> => new Set(plans.flatMap((p) => foldOnce(p.title).split(" "))));

/** `foldKey` memoised: plan headings, quotes and agency names are folded once, not per question. */
export function foldOnce(text: string): string {
  let folded = foldCache.get(text);
  if (folded === undefined) {
    folded = foldKey(text);
    if (foldCache.size > 50_000) foldCache.clear();
    foldCache.set(text, folded);
  }
  return folded;
}

const nameCache = new WeakMap<Agency, string[]>();

/** An agency's name and aliases, folded, once per agency. */
export function foldedNames(agency: Agency): string[] {
  let names = nameCache.get(agency);
  if (!names) nameCache.set(agency, (names = [...new Set([agency.name, ...agency.aliases].map(foldKey))]));
  return names;
}

const agencyCache = new WeakMap<QaRegistry, Map<string, string[]>>();
const hitCache = new WeakMap<QaRegistry, Map<string, ReturnType<QaRegistry["findAgencies"]>>>();

/**
 * The registry's agency mentions in a plan's text (a quote, a section's heading or text), memoised per registry as
 * `agencyIdsIn` is: the texts come from the plans, each is matched once. The array is shared: callers must not change it.
 */
export function agenciesIn(registry: QaRegistry, text: string): ReadonlyArray<ReturnType<QaRegistry["findAgencies"]>[number]> {
  let cache = hitCache.get(registry);
  if (!cache) hitCache.set(registry, (cache = new Map()));
  let hits = cache.get(text);
  if (!hits) {
    hits = registry.findAgencies(text);
    if (cache.size > 50_000) cache.clear();
    cache.set(text, hits);
  }
  return hits;
}

/**
 * Ids of the agencies a plan's text names. Memoised per registry: quotes come from the plans,
 * so the set of texts is bounded and each is matched once.
 */
export function agencyIdsIn(registry: QaRegistry, text: string): string[] {
  let cache = agencyCache.get(registry);
  if (!cache) agencyCache.set(registry, (cache = new Map()));
  let ids = cache.get(text);
  if (!ids) {
    ids = registry.findAgencies(text).map((h) => h.agency.id);
    if (cache.size > 50_000) cache.clear();
    cache.set(text, ids);
  }
  return ids;
}

/** What an intent handler decides; the composer renders it. */
export interface Draft {
  found: boolean;
  /** Answer lines, already in the question's language. */
  lines: string[];
  /** Each agency with where the plan assigns it, so its name can be shown in that place's words. */
  agencies: Array<{ agency: Agency | null; name: string; role: Role; source?: { plan: ParsedPlan; sectionPath: string } }>;
  citations: Array<{ plan: ParsedPlan; section: string; quote: string }>;
  notes: string[];
  confidence: number;
  /** Numbers the answer states that it counted from the plans (not quoted): "7 nhiệm vụ", "... và 3 việc khác". */
  counts: number[];
  /** A not-found answer that is itself the answer ("no province gives this to that body"): no later fallback answers instead. */
  settled?: boolean;
  /** The answer corrects a premise: the task asked of one body is given by the plan to another (checkPremise). */
  corrects?: boolean;
}

export const emptyDraft = (): Draft => ({ found: false, lines: [], agencies: [], citations: [], notes: [], confidence: 0, counts: [] });

/** Picks the Vietnamese or English string. */
export const tr = (lang: Language, vi: string, en: string): string => (lang === "en" ? en : vi);

/** "Sở Tư pháp" in Vietnamese answers, "Sở Tư pháp (Department of Justice)" in English ones. */
export function agencyLabel(agency: Agency | null, name: string, lang: Language): string {
  return lang === "en" && agency?.english ? `${name} (${agency.english})` : name;
}

/** The province as the plan states it, or as inferred (said so). */
export function provinceLabel(plan: ParsedPlan, registry: QaRegistry): string {
  if (plan.province.asWritten) return plan.province.asWritten;
  const id = plan.province.provinceId;
  return (id && registry.province(id)?.name) || "không rõ";
}

/** "2041/QĐ-UBND" plus the province, the way officials name a plan. */
export function planLabel(plan: ParsedPlan, registry: QaRegistry, lang: Language): string {
  return tr(lang, `${plan.docType || "Kế hoạch"} ${plan.documentNumber} (${provinceLabel(plan, registry)})`,
    `${plan.documentNumber} (${provinceLabel(plan, registry)})`);
}

/** ISO date to the Vietnamese d/m/yyyy form. */
export function vnDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])}/${Number(m[2])}/${m[1]}` : iso;
}

function successorsFor(draft: Draft, plans: ParsedPlan[], registry: QaRegistry, lang: Language, named: readonly string[] = []): { list: AnswerSuccessor[]; lines: string[] } {
  const list: AnswerSuccessor[] = [];
  const lines: string[] = [];
  const provinceId = plans[0]?.province.provinceId ?? undefined;
  const seen = new Set<string>();
  for (const a of [...draft.agencies.slice(0, 6), ...namedInQuotes(draft, registry, named)]) {
    if (!a.agency || seen.has(a.agency.id)) continue;
    seen.add(a.agency.id);
    for (const s of registry.successorsOf(a.agency.id, provinceId)) {
      const to = s.toAgencyIds.map((id) => registry.agency(id)?.name ?? id).join(", ");
      list.push({ from: a.agency.name, to, effective: s.effective, legalBasis: s.legalBasis, note: tr(lang, s.note, s.noteEn) });
      if (list.length > 1 && list.some((x, i) => i < list.length - 1 && x.from === a.agency!.name)) continue;
      lines.push(tr(lang, `${a.agency.name} → ${to} (từ ${vnDate(s.effective)}, ${shortBasis(s.legalBasis)})`,
        `${a.agency.name} → ${to} (from ${s.effective}, ${shortBasis(s.legalBasis)})`));
    }
  }
  // One line on a phone: today's successors, the details in `successors`.
  return { list, lines: lines.length > 0 ? [tr(lang, `Nay (sắp xếp 2025): ${lines.join("; ")}.`, `Today (2025 reorganisation): ${lines.join("; ")}.`)] : [] };
}

/**
 * "Phòng LĐTBXH cấp huyện ... nay bỏ cấp huyện thì ai làm?": a body the question names that the quotes name too, though the plan
 * gives it nothing of its own (another body's item directs it), is still one whose successor today the answer says.
 */
function namedInQuotes(draft: Draft, registry: QaRegistry, named: readonly string[]): Array<{ agency?: Agency }> {
  if (named.length === 0) return [];
  const quoted = new Set(draft.citations.flatMap((c) => agencyIdsIn(registry, c.quote)));
  return named.filter((id) => quoted.has(id) && !draft.agencies.some((a) => a.agency?.id === id)).map((id) => ({ agency: registry.agency(id) ?? undefined }));
}

/** "Bộ Lao động - Thương binh và Xã hội", "Bộ Lao động – TBXH", "Bộ LĐTBXH": the ministry restructured in 2025. */
const MOLISA_RE = /Bộ\s+(?:Lao động\s*[-–]\s*(?:Thương binh và Xã hội|TBXH)|LĐTBXH|LĐ-TBXH)/u;
/** Whether a quote names the ministry, once per quote (the plans' own texts). */
const namesMolisa = memoByText((quote: string): boolean => MOLISA_RE.test(quote));

/**
 * A quote naming the labour ministry (reports sent to it, its guidance): the ministry that has held state management of children
 * since 1 March 2025 is said, since the ministry the plan names no longer handles children.
 */
const MINISTRY_SUCCESSOR = {
  from: "Bộ Lao động - Thương binh và Xã hội", to: "Bộ Y tế", effective: "2025-03-01", legalBasis: "Nghị định 42/2025/NĐ-CP",
  note: ["Quản lý nhà nước về trẻ em chuyển sang Bộ Y tế; phần còn lại của Bộ hợp nhất vào Bộ Nội vụ.",
    "State management of children moved to the Ministry of Health; the rest of MOLISA merged into the Ministry of Home Affairs."],
} as const;

/** The ministry's successor for `successors`, when a quote names it. */
function ministrySuccessor(draft: Draft, lang: Language): AnswerSuccessor[] {
  if (!draft.citations.some((c) => namesMolisa(c.quote))) return [];
  const m = MINISTRY_SUCCESSOR;
  return [{ from: m.from, to: m.to, effective: m.effective, legalBasis: m.legalBasis, note: tr(lang, m.note[0], m.note[1]) }];
}

function ministryNow(draft: Draft, lang: Language): string[] {
  if (!draft.citations.some((c) => namesMolisa(c.quote))) return [];
  return [tr(lang,
    "Nay (sắp xếp 2025): quản lý nhà nước về trẻ em của Bộ Lao động - Thương binh và Xã hội chuyển sang Bộ Y tế từ 1/3/2025 (Nghị định 42/2025/NĐ-CP); phần còn lại của Bộ hợp nhất vào Bộ Nội vụ.",
    "Today (2025 reorganisation): state management of children moved from the Ministry of Labour, Invalids and Social Affairs (Bộ Lao động - Thương binh và Xã hội, MOLISA) to the Ministry of Health (Bộ Y tế) from 2025-03-01 (Nghị định 42/2025/NĐ-CP); the rest of MOLISA merged into the Ministry of Home Affairs (Bộ Nội vụ).")];
}

/** "Nghị định 45/2025/NĐ-CP (nay là Nghị định 150/2025/NĐ-CP)" -> "Nghị định 45/2025/NĐ-CP". */
const shortBasis = (basis: string): string => basis.replace(/\s*\(.*\)\s*$/, "");

/** The 2025 province mergers, so an official knows which province the plan's area belongs to today. */
function provinceNotes(plans: ParsedPlan[], ctx: ComposeContext): string[] {
  return [...inferenceNotes(plans), ...mergerNotes(plans, ctx)];
}

/** A plan that never names its province: every answer citing it says the province is an inference, and why. */
function inferenceNotes(plans: ParsedPlan[]): string[] {
  return plans.flatMap((p) => {
    const inference = p.province.inference;
    if (!inference) return [];
    return [`${p.documentNumber}: ${inference.reason}`];
  });
}

/** `mergerNotes` of a list of plans, once per registry, language and list (the notes depend on nothing else). */
const mergerNotesCache = new WeakMap<QaRegistry, Partial<Record<Language, (plans: readonly ParsedPlan[]) => string[]>>>();
function mergerNotes(plans: ParsedPlan[], ctx: ComposeContext): string[] {
  let byLang = mergerNotesCache.get(ctx.registry);
  if (!byLang) mergerNotesCache.set(ctx.registry, (byLang = {}));
  const registry = ctx.registry, lang = ctx.lang;
  const notes = (byLang[lang] ??= memoByPlans((list) => mergerNotesOf([...list], { registry, lang })));
  return notes(plans);
}

function mergerNotesOf(plans: ParsedPlan[], ctx: { registry: QaRegistry; lang: Language }): string[] {
  const ids = [...new Set(plans.map((p) => p.province.provinceId).filter((x): x is string => x !== null))];
  return ids.flatMap((id) => {
    const prov = ctx.registry.province(id);
    const today = prov?.today;
    if (!prov || !today) return [];
    const merged = today.mergedWith.map((m) => ctx.registry.province(m)?.name ?? m).join(", ");
    return [tr(ctx.lang,
      `Từ ${vnDate(today.effective)}, ${prov.name} nay là ${today.name}${merged ? ` (hợp nhất với ${merged})` : ""}, trung tâm ${today.centre} (${today.legalBasis}).`,
      `Since ${today.effective}, ${prov.english} is ${today.name}${merged ? ` (merged with ${merged})` : ""}, centre ${today.centre} (${today.legalBasis}).`)];
  });
}

function expiryLines(plans: ParsedPlan[], today: string, lang: Language): string[] {
  const spans = plans.filter((p) => p.period.end !== null && p.period.end < today).map((p) => {
    const from = p.period.start?.slice(0, 4) ?? "";
    const to = p.period.end!.slice(0, 4);
    return `${p.documentNumber} (${from && from !== to ? `${from}–${to}` : to})`;
  });
  if (spans.length === 0) return [];
  return [tr(lang, `Lưu ý: thời gian thực hiện của ${spans.join(", ")} nay đã hết; nội dung trên là theo kế hoạch tại thời điểm ban hành.`,
    `Note: the period of ${spans.join(", ")} has ended, so the above is as the plan stated it then.`)];
}

/** Tab, page-break and other control characters from scanned text, shown as a space. */
const cleanText = (s: string): string => {
  const spaced = CONTROL_RE.test(s) ? s.replace(/[\t\f\v\u0085\u2028\u2029]+/g, " ") : s;
  return spaced.includes("  ") ? spaced.replace(/ {2,}/g, " ") : spaced;
};
const CONTROL_RE = /[\t\f\v\u0085\u2028\u2029]/;

/** A quote as compared for repeats: folded, without its item's letter or number. */
const quoteKey = memoByText((q: string): string => foldOnce(q).replace(/^([a-zđ]|\d+)\s+(?=\S)/, ""));

/**
 * The quotes of a line as /“([^”]{12,})”/g finds them, found by position: from each “ to the next ”, when twelve characters or
 * more stand between; a shorter one is passed over and the search goes on from the next “.
 */
export function quotesIn(line: string): string[] {
  const out: string[] = [];
  for (let open = line.indexOf("“"); open >= 0;) {
    const close = line.indexOf("”", open + 1);
    if (close < 0) break;
    if (close - open - 1 >= 12) {
      out.push(line.slice(open + 1, close));
      open = line.indexOf("“", close + 1);
    } else open = line.indexOf("“", open + 1);
  }
  return out;
}

/** Drops a line whose quotes were all shown already (the same sentence reached two ways). */
function withoutRepeatedQuotes(lines: string[]): string[] {
  const seen = new Set<string>();
  return lines.filter((line) => {
    // A quote opens with "“": a line without one quotes nothing (and is not searched).
    if (!line.includes("“")) return true;
    const quotes = quotesIn(line).map(quoteKey);
    if (quotes.length === 0) return true;
    const fresh = quotes.some((q) => !seen.has(q));
    for (const q of quotes) seen.add(q);
    return fresh;
  });
}

/** A quote's cells (split at tabs), trimmed, of three characters or more; a quote with no tab is one cell. Found once per quote. */
const cellsOf = memoByText((quote: string): string[] => (TAB_RE.test(quote) ? quote.split(/[\t\f\v]+/) : [quote]).map((x) => x.trim()).filter((x) => x.length >= 3));
const TAB_RE = /[\t\f\v]/;

function uniqueCitations(draft: Draft, registry: QaRegistry): AnswerCitation[] {
  // The quotes cited so far, by document number (no key string is built of a long quote per citation).
  const seenBy = new Map<string, Set<string>>();
  const out: AnswerCitation[] = [];
  for (const c of draft.citations) {
    let seen = seenBy.get(c.plan.documentNumber);
    if (!seen) seenBy.set(c.plan.documentNumber, (seen = new Set()));
    if (seen.has(c.quote) || !planHolds(c.plan, c.quote)) continue;
    seen.add(c.quote);
    // A table row holds tabs: cite its cells, each still a verbatim slice, so no quote carries a tab.
    for (const part of cellsOf(c.quote)) {
      if (part !== c.quote && seen.has(part)) continue;
      seen.add(part);
      out.push({ document: c.plan.documentNumber, province: provinceLabel(c.plan, registry), section: c.section, quote: part, ...sourcePage(c.plan, part) });
    }
  }
  return out;
}

/** Page and scan marks of a quote from a plan read from a PDF, Word file or scan; nothing for a text plan. */
function sourcePage(plan: ParsedPlan, quote: string): Pick<AnswerCitation, "page" | "scanned"> {
  // Found once per plan and quote (the quotes are the plan's own texts; the map is bounded all the same). Callers spread it.
  const known = sourcePages(plan);
  let found = known.get(quote);
  if (!found) {
    found = findSourcePage(plan, quote);
    if (known.size >= 5_000) known.clear();
    known.set(quote, found);
  }
  return found;
}
const sourcePages = memoByPlan((): Map<string, Pick<AnswerCitation, "page" | "scanned">> => new Map());

function findSourcePage(plan: ParsedPlan, quote: string): Pick<AnswerCitation, "page" | "scanned"> {
  const doc = plan.document;
  if (!doc) return {};
  const page = pageOfQuote(plan.text, doc.linePages, quote);
  const scanned = doc.scanned && doc.pages.some((p) => p.page === page && p.source === "ocr");
  return { ...(page !== null ? { page } : {}), ...(doc.scanned && (scanned || page === null) ? { scanned: true } : {}) };
}

function uniqueAgencies(draft: Draft, ctx: ComposeContext): AnswerAgency[] {
  const { registry, lang } = ctx;
  const seen = new Set<string>();
  const out: AnswerAgency[] = [];
  for (const a of draft.agencies) {
    const key = `${a.agency?.id ?? a.name}|${a.role}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const name = a.agency && !ctx.named?.includes(a.agency.id) ? withWrittenName(a.agency, a.name, writtenName(draft, a, registry)) : a.name;
    out.push(lang === "en" && a.agency ? { name, role: a.role, english: a.agency.english } : { name, role: a.role });
  }
  return out;
}

/** Words a plan adds to a body's name that name no other body: the province's rank, the districts' list, joining words. */
const PLAIN_NAME_WORDS = new Set(["tinh", "cac", "cap", "va", "huyen", "thi", "xa", "thanh", "pho", "phuong", "thi", "tran", "so", "nganh", "de", "nghi"]);

/**
 * How the plan writes a body where it gives it the task (its item, else a quote from the same plan): "Báo Đắk Lắk" for the
 * registry's "Báo tỉnh", "Tỉnh đoàn Thanh niên" for "Tỉnh Đoàn"; null when the plan does not name it there.
 */
function writtenName(draft: Draft, a: Draft["agencies"][number], registry: QaRegistry): string | null {
  if (!a.agency) return null;
  const id = a.agency.id;
  const texts: string[] = [];
  if (a.source) {
    const section = a.source.plan.sections.find((s) => s.path === a.source!.sectionPath);
    if (section) texts.push(section.heading, section.text);
    texts.push(...draft.citations.filter((c) => c.plan === a.source!.plan).map((c) => c.quote));
  } else texts.push(...draft.citations.map((c) => c.quote));
  for (const t of texts) {
    const hit = agenciesIn(registry, t).find((h) => h.agency.id === id);
    if (hit) return t.slice(hit.start, hit.end).trim();
  }
  return null;
}

/**
 * The registry's name, with the plan's own words beside it when they say more than the name does ("Báo tỉnh (Báo Đắk Lắk)",
 * "Tỉnh Đoàn (Đoàn Thanh niên)"), so a reader finds the body as the plan calls it; a short form ("UBND") or the same words
 * in another case or order leave the name alone.
 */
function withWrittenName(agency: Agency, name: string, written: string | null): string {
  if (!written || name !== agency.name) return name;
  // Worked out once per body and plan wording (both come from the registry and the plans, not the question); bounded all the same.
  const key = `${agency.id}\u0000${name}\u0000${written}`;
  let shown = writtenNames.get(key);
  if (shown === undefined) {
    shown = nameWithWritten(name, written, agency.level);
    if (writtenNames.size >= 20_000) writtenNames.clear();
    writtenNames.set(key, shown);
  }
  return shown;
}
const writtenNames = new Map<string, string>();

/**
 * Bodies the registry names by their level ("Ủy ban nhân dân cấp huyện", "Ủy ban nhân dân cấp xã"), in words the plans never write:
 * the plan's own list of them ("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện, thị xã và thành phố Huế"), short form
 * or not, is what an official finds in the plan, so it is shown beside the name whenever it adds a word to it.
 */
const LEVEL_NAMED = new Set<Agency["level"]>(["district", "commune"]);

function localWithWritten(name: string, written: string): string {
  const words = foldOnce(written).split(" ");
  // A title before it ("Chủ tịch UBND các huyện") names a person; a lower-case phrase ("chính quyền cấp huyện") is no name.
  if (!/^\p{Lu}/u.test(written) || words[0] === "chu") return name;
  const own = new Set(foldOnce(name).split(" "));
  return words.some((w) => !own.has(w)) ? `${name} (${written})` : name;
}

function nameWithWritten(name: string, written: string, level?: Agency["level"]): string {
  if (level && LEVEL_NAMED.has(level)) return localWithWritten(name, written);
  if (!/^\p{Lu}/u.test(written) || /\p{Lu}{2,}/u.test(written.replace(/\b(TNCS|HCM)\b/g, ""))) return name;
  const own = new Set(foldOnce(name).split(" "));
  const words = foldOnce(written).split(" ");
  // The same body under its own head word ("Báo ...", "Đoàn ..."); a title before it ("Chủ tịch Ủy ban ...") names a person.
  if (!own.has(words[0]!)) return name;
  const added = words.filter((w) => !own.has(w) && !PLAIN_NAME_WORDS.has(w));
  return added.length > 0 ? `${name} (${written})` : name;
}

/**
 * "Ai được đề nghị phát động phong trào ...?": when the body doing the task asked about is one the province can only request
 * (the Fatherland Front, mass organisations) and no agency is ordered to do it, that body is the one responsible for the task
 * (the answer's text still says it is requested). A list of the bodies a plan requests stays as requested.
 */
function requestedAsResponsible(agencies: AnswerAgency[], intent: Intent): AnswerAgency[] {
  if (intent === "count" || agencies.some((a) => a.role === "lead" || a.role === "responsible")) return agencies;
  return agencies.map((a) => (a.role === "requested" ? { ...a, role: "responsible" as const } : a));
}

export interface ComposeContext {
  registry: QaRegistry; today: string; lang: Language; intent: Intent;
  /** Ids of the bodies the question itself names: shown by their registry name, as asked, not in the plan's other words. */
  named?: readonly string[];
}

/**
 * Every agency an answer names must be in its cited text. A duty list names the agency in
 * the item's heading ("6. Sở Văn hoá - Thể thao và Du lịch"), not in the duty sentence, so
 * the heading is cited too; an agency that cannot be shown in the plan's words is dropped.
 */
/** A plan's assignments' agency ids by the assignment's quote, built once per plan. */
const agencyIdsByQuote = memoByPlan((plan) => {
  const byQuote = new Map<string, string[]>();
  for (const x of plan.assignments) if (x.agencyId) (byQuote.get(x.quote) ?? byQuote.set(x.quote, []).get(x.quote)!).push(x.agencyId);
  return byQuote;
});

export function proveAgencies(draft: Draft, registry: QaRegistry): void {
  const known = new Set(draft.citations.flatMap((c) => agencyIdsIn(registry, c.quote)));
  const plans = [...new Set(draft.citations.map((c) => c.plan))];
  for (const a of draft.agencies) {
    if (!a.agency || known.has(a.agency.id)) continue;
    const where = a.source ? [a.source.plan] : plans;
    const heading = where.map((plan) => headingQuote(plan, a.agency!.id, registry, a.source?.sectionPath)).find((h) => h !== null);
    if (heading) {
      draft.citations.push(heading);
      known.add(a.agency.id);
    }
  }
  // A body the plan names by a bare list name ("Giám đốc các Sở: ...; Tài chính; ...") is in a cited quote its own assignment holds.
  for (const c of draft.citations) for (const id of agencyIdsByQuote(c.plan).get(c.quote) ?? []) known.add(id);
  draft.agencies = draft.agencies.filter((a) => !a.agency || known.has(a.agency.id)
    || draft.citations.some((c) => foldOnce(c.quote).includes(foldOnce(a.name))));
}

/** A plan's sections by path (the first of a path, as `sections.find` gives), built once per plan. */
const sectionsByPath = memoByPlan((plan) => {
  const byPath = new Map<string, ParsedPlan["sections"][number]>();
  for (const s of plan.sections) if (!byPath.has(s.path)) byPath.set(s.path, s);
  return byPath;
});
const firstLineOf = memoByText((text) => text.split("\n")[0] ?? "");

/** "4. Sở Tư pháp" from the first line of the agency's own duty item: a verbatim slice naming it. */
function headingQuote(plan: ParsedPlan, agencyId: string, registry: QaRegistry, path?: string): Draft["citations"][number] | null {
  for (const x of plan.assignments) {
    if (x.agencyId !== agencyId || (path !== undefined && x.sectionPath !== path)) continue;
    // "a) Chủ trì ..." under "1. Sở Lao động - Thương binh và Xã hội": the item's own line, else the heading of the item holding it.
    const parts = x.sectionPath.split(".");
    for (let n = parts.length; n >= 1; n--) {
      const section = sectionsByPath(plan).get(parts.slice(0, n).join("."));
      const firstLine = section ? firstLineOf(section.text) : "";
      const hit = agenciesIn(registry, firstLine).find((h) => h.agency.id === agencyId);
      if (section && hit) return { plan, section: section.path, quote: firstLine.slice(0, hit.end).trim() };
    }
  }
  return null;
}

/** Renders a found draft; a draft that found nothing goes to `composeNotFound`. */
export function composeAnswer(draft: Draft, ctx: ComposeContext, coverage: string): Answer {
  proveAgencies(draft, ctx.registry);
  if (!draft.found) return composeNotFound(ctx, coverage, [...draft.lines], draft.notes, draft.citations.length > 0 ? draft : null);
  const plans = [...new Set(draft.citations.map((c) => c.plan))];
  const expired = expiryLines(plans, ctx.today, ctx.lang);
  const succ = successorsFor(draft, plans, ctx.registry, ctx.lang, ctx.named);
  const provinces = [...new Set(plans.map((p) => provinceLabel(p, ctx.registry)))];
  const agencies = requestedAsResponsible(uniqueAgencies(draft, ctx), ctx.intent);
  return {
    answer: withoutRepeatedQuotes([...writtenInText(draft, agencies, ctx.lang), ...succ.lines, ...ministryNow(draft, ctx.lang), ...expired].map(cleanText)).join("\n"),
    found: true,
    agencies,
    citations: uniqueCitations(draft, ctx.registry),
    intent: ctx.intent, language: ctx.lang, notes: [...new Set([...draft.notes, ...provinceNotes(plans, ctx)])], successors: [...succ.list, ...ministrySuccessor(draft, ctx.lang)],
    planExpired: expired.length > 0, confidence: Math.round(draft.confidence * 100) / 100,
    ...(provinces.length > 1 ? { provinces } : {}),
    ...(draft.counts.length > 0 ? { counts: [...new Set(draft.counts)] } : {}),
  };
}

/**
 * "Ủy ban nhân dân cấp huyện chịu trách nhiệm": a body named by its level is said the first time in the answer's own words (never in a
 * quote) with the plan's name for it too, as the answer's agencies show it: "Ủy ban nhân dân cấp huyện (Ủy ban nhân dân các huyện, thị
 * xã, thành phố)".
 */
function writtenInText(draft: Draft, agencies: readonly AnswerAgency[], lang: Language): string[] {
  const lines = [...draft.lines];
  const done = new Set<string>();
  for (const a of draft.agencies) {
    if (!a.agency || !LEVEL_NAMED.has(a.agency.level) || done.has(a.agency.id)) continue;
    const name = a.agency.name;
    const shownName = agencies.find((x) => x.name.startsWith(`${name} (`) && x.name.endsWith(")"))?.name;
    if (!shownName) continue;
    done.add(a.agency.id);
    const written = shownName.slice(name.length + 2, -1);
    const glossed = `${name} (${a.agency.english})`;
    for (let i = 0; i < lines.length; i++) {
      const line = lines[i]!;
      const at = line.indexOf(name);
      // Outside a quote: more “ than ” before it means the name stands inside one.
      if (at < 0 || line.slice(0, at).split("“").length > line.slice(0, at).split("”").length || line.includes(written)) continue;
      lines[i] = lang === "en" && line.startsWith(glossed, at)
        ? `${line.slice(0, at)}${name} (${a.agency.english}; the plan writes: ${written})${line.slice(at + glossed.length)}`
        : `${line.slice(0, at)}${shownName}${line.slice(at + name.length)}`;
      break;
    }
  }
  return lines;
}

/** The knowledge base's coverage in one sentence, built from the plans themselves. */
export function coverageStatement(plans: ParsedPlan[], registry: QaRegistry, lang: Language): string {
  const byProvince = new Map<string, string[]>();
  for (const p of plans) {
    const label = provinceLabel(p, registry);
    (byProvince.get(label) ?? byProvince.set(label, []).get(label)!).push(p.documentNumber);
  }
  const list = [...byProvince].map(([prov, docs]) => `${prov} (${docs.join(", ")})`).join("; ");
  return tr(lang, `Kho kiến thức hiện có các kế hoạch bảo vệ trẻ em cấp tỉnh sau: ${list}.`,
    `The knowledge base holds these provincial child-protection plans: ${list}.`);
}

export const HOTLINE_VI = "Để báo tin trẻ em bị xâm hại hoặc có nguy cơ bị xâm hại, gọi Tổng đài điện thoại quốc gia bảo vệ trẻ em 111 (miễn phí, 24/7).";
export const HOTLINE_EN = "To report a child who is being harmed or at risk, call 111, the free national child-protection hotline (24/7).";

/** found=false: why, what the knowledge base covers, and 111. */
export function composeNotFound(ctx: ComposeContext, coverage: string, reasons: string[], notes: string[] = [], partial: Draft | null = null): Answer {
  const lead = reasons.length > 0 ? reasons : [tr(ctx.lang, "Các kế hoạch trong kho không trả lời câu hỏi này.", "The plans in the knowledge base do not answer this question.")];
  return {
    answer: [...lead, coverage, tr(ctx.lang, HOTLINE_VI, HOTLINE_EN)].join("\n"),
    found: false, agencies: [], citations: partial ? uniqueCitations(partial, ctx.registry) : [],
    intent: ctx.intent, language: ctx.lang, notes, successors: [], planExpired: false, confidence: 0,
  };
}
