/**
 * "Hội LHPN lồng ghép mục tiêu với đề án số mấy?", "QĐ 2130 dựa trên tờ trình số mấy?", "implementing which decision
 * number?": the question asks for the number of a document of some kind (đề án, tờ trình, công văn, quyết định ...).
 * The answer is the number the plan writes after that kind, in the passage nearest the rest of the question (a body the
 * question names narrows it to that body's items or the sentences naming it), stated and quoted.
 */
import { canonicalVietnamese, foldWords } from "../core/vietnamese-text.ts";
import { agencyIdsIn, emptyDraft, planLabel, tr, type Draft } from "./answer-composer.ts";
import type { HandlerContext } from "./intent-handlers.ts";
import type { Passage } from "./passage-index.ts";
import { memoByText } from "./memo.ts";

interface DocumentKind { folded: string; written: string; english: string }

/** Kinds of document whose number a question may ask, as folded in a question, as a plan writes them, and in English. */
const KINDS: readonly DocumentKind[] = [
  { folded: "de an", written: "đề án", english: "schemes?|projects?" },
  { folded: "to trinh", written: "tờ trình", english: "submissions?|proposals?" },
  { folded: "cong van", written: "công văn", english: "(?:official )?letters?|dispatch(?:es)?" },
  { folded: "quyet dinh", written: "quyết định", english: "decisions?" },
  { folded: "ke hoach", written: "kế hoạch", english: "plans?" },
  { folded: "chi thi", written: "chỉ thị", english: "directives?" },
  { folded: "nghi quyet", written: "nghị quyết", english: "resolutions?" },
  { folded: "nghi dinh", written: "nghị định", english: "decrees?" },
  { folded: "thong tu", written: "thông tư", english: "circulars?" },
  { folded: "thong bao", written: "thông báo", english: "notices?" },
];
/** Kinds that are never the plan itself: "đề án nào", "tờ trình nào" ask for one by its number or name. */
const NAMED_BY_WHICH = new Set(["de an", "to trinh", "cong van"]);
const NAMED_BY_WHICH_RE = new RegExp(`\\b(${[...NAMED_BY_WHICH].join("|")}) nao\\b`);

const KIND_ALT = KINDS.map((k) => k.folded).join("|");
/** A kind written after a space (askedDocumentKinds reads the last before the question word); matchAll copies it, so it is shared. */
const KIND_AFTER_SPACE_RE = new RegExp(` (${KIND_ALT})(?= |$)`, "g");
/** "số mấy", "số bao nhiêu", "số hiệu", and "số nào" written with its mark (unmarked "so nao" may be "sở nào"). */
const VI_ASK_RE = /(?<![\p{L}])(?:(?:số|so) (?:mấy|may|bao nhiêu|bao nhieu)|số nào|(?:số|so) hiệu|so nao)(?![\p{L}])/gu;
/** "số"/"so" in any case (a decomposed "số" holds "so"). */
const SO_NEEDLE_RE = /s[oố]/iu;
const EN_KIND_ALT = KINDS.map((k) => k.english).join("|");
const EN_ASK_RE = new RegExp(`\\b(?:(?:which|what) (${EN_KIND_ALT}) (?:number|no)\\b|number of the(?: [\\w']+){0,2}? (${EN_KIND_ALT})\\b|(${EN_KIND_ALT}) number\\b)`);

/** The kinds of document whose number the question asks (folded, as in KINDS), or null when it asks none. */
export function askedDocumentKinds(raw: string, folded: string): string[] | null {
  // Every wording of VI_ASK_RE opens with "số" or "so": a question without either is not canonicalised and searched for them.
  const canonical = SO_NEEDLE_RE.test(raw) ? canonicalVietnamese(raw) : "";
  for (const m of canonical.matchAll(VI_ASK_RE)) {
    // The kind nearest before the question word in its sentence, at most six words back ("tờ trình của Sở LĐTBXH số mấy"), or
    // any distance for "số hiệu" ("đề án mà Hội LHPN Gia Lai lồng ghép có số hiệu gì").
    const before = foldWords(canonical.slice(0, m.index).split(/[?!.;]\s/u).at(-1)!).slice(-12).join(" ");
    const kinds = [...` ${before}`.matchAll(KIND_AFTER_SPACE_RE)];
    const last = kinds.at(-1);
    if (!last) continue;
    const gap = ` ${before}`.slice(last.index + last[0].length).trim().split(" ").filter(Boolean).length;
    // Unmarked "so nao" right after the kind ("quyet dinh so nao"); elsewhere it may be "sở nào" (which department).
    if (m[0] === "so nao" && gap > 0) continue;
    // "Đề án mà Hội LHPN Gia Lai lồng ghép có số hiệu là gì?": "số hiệu" asks the number of the kind the sentence is about.
    if (gap <= 6 || /hiệu|hieu/u.test(m[0])) return [last[1]!];
  }
  const which = NAMED_BY_WHICH_RE.exec(folded);
  if (which) return [which[1]!];
  const en = EN_ASK_RE.exec(folded);
  if (en) {
    const word = en[1] ?? en[2] ?? en[3] ?? "";
    const kind = KINDS.find((k) => new RegExp(`^(?:${k.english})$`).test(word));
    return kind ? [kind.folded] : null;
  }
  return null;
}

/** A number as plans write it after a kind: "938", "114/TTr-LĐT BXH", "273-KH/TU", "105/2013/NQ-HĐND", "06/QĐ-TTg". */
const NUMBER_RE = /^\s*(?:số\s*|Số\s*|SỐ\s*)?(\d{1,5}(?:\s?[-/]\s?[\p{L}\d&]+)*(?: [\p{Lu}]{2,}(?![\p{L}]))?)/u;

/** Each kind as a whole word, the pattern built once per kind (matchAll copies it, so it is shared). */
const WRITTEN_KIND_RES = new Map<DocumentKind, RegExp>();
function writtenKindRe(kind: DocumentKind): RegExp {
  let re = WRITTEN_KIND_RES.get(kind);
  if (!re) WRITTEN_KIND_RES.set(kind, (re = new RegExp(`(?<![\\p{L}])${kind.written}(?![\\p{L}])`, "gu")));
  return re;
}

/** The numbers the quote writes after a document of one of the kinds (all kinds when none is given). */
export function numbersIn(quote: string, kinds: readonly string[]): Array<{ kind: DocumentKind; number: string }> {
  const all = allNumbersIn(quote);
  return kinds.length === 0 ? [...all] : all.filter((x) => kinds.includes(x.kind.folded));
}

/** The numbers a quote writes after a document of any kind, in the order of KINDS: once per quote (the plans' own texts). */
const allNumbersIn = memoByText((quote: string): ReadonlyArray<{ kind: DocumentKind; number: string }> => {
  const lower = quote.toLowerCase();
  if (lower.length !== quote.length) return [];
  const out: Array<{ kind: DocumentKind; number: string }> = [];
  for (const kind of KINDS) {
    // The kind is plain words: a quote that does not hold them as written is not searched.
    if (!lower.includes(kind.written)) continue;
    for (const m of lower.matchAll(writtenKindRe(kind))) {
      const n = NUMBER_RE.exec(quote.slice(m.index + m[0].length));
      if (n) out.push({ kind, number: n[1]!.replace(/\s+$/, "") });
    }
  }
  return out;
});

/** Words of such a question that name the kind or ask for the number, not what the document is about. */
const ASKING_WORDS = new Set(["so", "may", "nao", "bao", "nhieu", "hieu", "gi", "la", "de", "an", "to", "trinh", "cong", "van", "quyet", "dinh", "ke", "hoach", "chi", "thi",
  "nghi", "thong", "tu", "number", "which", "what", "duoc", "cac", "nhung", "co", "ma"]);
/** Words that say how the plan stands to the document ("thực hiện", "căn cứ", "dựa trên", "ban hành theo"): the document is its basis. */
const RELATION_WORDS = new Set(["ban", "hanh", "dua", "tren", "theo", "can", "cu", "thuc", "hien", "trien", "khai", "implement", "implements", "implementing", "based"]);

/** "Kế hoạch của Huế là kế hoạch số mấy?": a number asked of nothing but the plan itself, which its header answers. */
export function asksOwnNumber(ctx: HandlerContext): boolean {
  return !!ctx.q.asksNumberOf && ctx.q.agencies.length === 0 && ctx.terms.every((t) => ASKING_WORDS.has(t)) && !/\b(implement\w*|based)\b/.test(ctx.q.folded)
    && (ctx.q.asksNumberOf.length === 0 || ctx.q.asksNumberOf.some((k) => k === "ke hoach" || k === "quyet dinh"));
}

/** The answer to a question asking a document's number, or null when the chosen plans write none of that kind. */
export function answerDocumentNumber(ctx: HandlerContext): Draft | null {
  const kinds = ctx.q.asksNumberOf;
  if (!kinds) return null;
  const agency = ctx.q.agencies[0];
  const topic = ctx.terms.filter((t) => !ASKING_WORDS.has(t) && !RELATION_WORDS.has(t));
  // Nothing but the kind ("Kế hoạch của Huế là kế hoạch số mấy?", "thực hiện quyết định số mấy?"): the plan's own header, or
  // what it implements, answers (plan details, legal basis), not a document it happens to cite.
  if (topic.length === 0 && !agency) return null;
  // The number the question names the plan by ("QĐ 2130 dựa trên tờ trình số mấy") is not the one asked.
  const named = new Set([ctx.q.documentNumber, ...[...ctx.q.folded.matchAll(PLAN_NAMED_RE)].map((m) => m[1])].filter((n): n is string => !!n));
  const found = new Map<Passage, Array<{ kind: DocumentKind; number: string }>>();
  const keep = new Set(ctx.plans);
  for (const p of ctx.index.passages) {
    if (!keep.has(p.plan)) continue;
    const numbers = numbersIn(p.quote, kinds).filter((x) => !named.has(x.number.split(/[/-]/)[0]!.trim()));
    if (numbers.length > 0) found.set(p, numbers);
  }
  if (found.size === 0) return null;
  let candidates = [...found.keys()];
  // "Hội LHPN ... đề án số mấy", "tờ trình của Sở LĐTBXH": the body's own items, or the sentences naming it, when any holds such a number.
  if (agency) {
    const its = candidates.filter((p) => (ctx.groupOf(p)?.assignments ?? []).some((a) => a.agencyId === agency.id) || agencyIdsIn(ctx.registry, p.quote).includes(agency.id));
    if (its.length > 0) candidates = its;
  }
  const pool = new Set(candidates);
  const ranked = topic.length > 0 ? ctx.index.rank(topic, (p) => pool.has(p), 1) : [];
  const best = ranked[0]?.passage ?? (candidates.length === 1 || agency ? candidates[0]! : null);
  if (!best) return null;
  const coverage = topic.length > 0 ? ctx.index.coverage(topic, best) : 0.5;
  if (topic.length > 0 && coverage < 0.3 && !(agency && candidates.length === 1)) return null;
  const numbers = [...new Map(found.get(best)!.map((x) => [x.number, x])).values()];
  const said = numbers.map((x) => `${cap(x.kind.written)} ${x.number}`).join("; ");
  const d = emptyDraft();
  d.lines.push(tr(ctx.lang, `Theo ${planLabel(best.plan, ctx.registry, ctx.lang)}, mục ${best.sectionPath}: ${said}.`,
    `Under ${planLabel(best.plan, ctx.registry, ctx.lang)}, section ${best.sectionPath}: ${said}.`));
  d.lines.push(tr(ctx.lang, `Trích: ${shown(best.quote)}`, `The plan says: ${shown(best.quote)}`));
  d.citations.push({ plan: best.plan, section: best.sectionPath, quote: best.quote });
  d.found = true;
  d.confidence = Math.max(0.6, coverage);
  return d;
}

/** "QĐ 2130", "kế hoạch số 26", "decision 2041": the plan the question names by its number. */
const PLAN_NAMED_RE = /\b(?:ke hoach|kh|quyet dinh|qd|plan|decision)\s*(?:so\s*)?(\d{1,5})\b/g;

/** The quote shown in the answer: whole when short, else its opening (the citation keeps it whole). */
const shown = (quote: string): string => `“${quote.length > 420 ? `${quote.slice(0, 420).replace(/\s+\S*$/, "")} …` : quote}”`;

const cap = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);
