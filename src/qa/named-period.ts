/**
 * Periods in questions that are not the plan's own:
 * - "Đề án 938 mà Hội LHPN lồng ghép là giai đoạn nào?", "which years does the mental health programme in Gia Lai's plan
 *   cover?": a programme, scheme or strategy the plan names with its years; the clause naming it is quoted, never the
 *   plan's own period.
 * - "Đắk Lắk giai đoạn 2021-2025 có chương trình bảo vệ trẻ em không?": years that no plan of the province covers and that
 *   its plans never write are not answered from the plan of other years; the periods held are said instead.
 */
import type { ParsedPlan, Province } from "../kb/types.ts";
import { foldKey, foldWords } from "../core/vietnamese-text.ts";
import type { Language, QaRegistry } from "./answer-types.ts";
import { emptyDraft, planLabel, provinceLabel, tr, type Draft } from "./answer-composer.ts";
import { shown, type HandlerContext } from "./intent-handlers.ts";
import { contentTerms, type ParsedQuestion } from "./question-parser.ts";
import type { Passage } from "./passage-index.ts";
import { memoByObject } from "./memo.ts";

/** The question asks for a span of years. */
const ASKS_PERIOD_RE = /\b(giai doan nao|giai doan may|giai doan (la )?gi|(thoi gian|thoi han|thoi ky)( thuc hien| ap dung)? (nao|ra sao|the nao|bao lau|la gi|gi|la bao lau)|thoi ky nao|tu nam nao|den nam nao|keo dai (bao lau|den (nam|khi) nao)|what period|which period|what years|which years|what time ?frame|what timeframe|how long|(cover|covers|span|spans|run|runs) (what|which) (years|period))\b/;
/** Words that ask for the period or frame the question, not name the programme. */
const PERIOD_WORDS = new Set(["giai", "doan", "thoi", "gian", "han", "ky", "nam", "nao", "may", "sao", "the", "bao", "lau", "keo", "dai", "ap", "dung", "tu", "den",
  "period", "periods", "year", "years", "time", "timeframe", "frame", "long", "cover", "covers", "span", "spans", "run", "runs", "thuc", "hien", "la", "gi", "ra", "ma", "nhac", "toi", "neu", "co",
  "ke", "hoach", "kh", "quyet", "dinh", "plan", "plans", "van", "ban", "long", "ghep", "nhiem", "vu", "voi", "nay", "this", "that"]);
/** A programme's number asked ("Đề án 938", "scheme 938"). */
const NUMBERED_RE = /\b(?:de an|chuong trinh|du an|chien luoc|scheme|project|programme|program|strategy)\s+(?:so\s+|no\.?\s*)?(\d{2,5})\b/;
/** A span of years as a plan writes it ("giai đoạn 2017-2027", "2021 - 2030"). */
const YEARS_RE = /((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)/gu;
/** The passages writing a span of years, in index order: found once per index, not on every question. */
const passagesWithSpans = memoByObject((passages: readonly Passage[]) => passages.filter((p) => /(19|20)\d\d\s*[-–]\s*(19|20)\d\d/.test(p.quote)));
/**
 * Each span of years a passage writes, with the words it closes: from the end of the span before it (or the clause's start) to
 * the span itself. Once per passage; callers must not change what it returns.
 */
const yearSpans = memoByObject((p: Passage) => {
  let start = 0;
  return [...p.quote.matchAll(YEARS_RE)].map((m) => {
    const words = new Set(foldWords(p.quote.slice(start, m.index! + m[0].length)));
    start = m.index! + m[0].length;
    return { words, from: m[1]!, to: m[2]! };
  });
});

/**
 * "Gia Lai's plan lists national programmes to push forward. What period does the programme on child labour cover?": a sentence
 * setting the scene, then the one asking the period. The programme is named in the asking sentence; the scene's words ("national",
 * "push forward") fit another programme of the same list better and would pick it. Null when one sentence asks (or none, or two).
 */
const POINTS_BACK_RE = /\b(chuong trinh|de an|du an|chien luoc|ke hoach|cai) (do|ay|nay|tren|vua roi)\b|\b(that|this|the same|the said|said|these|those) (programmes?|programs?|schemes?|projects?|strategy|strategies|one)\b|\b(does|did|do|is|was) (it|they)\b|\bits\b/;

/** The period is asked in a sentence of its own after another ("... liệt kê các chương trình. Chương trình X giai đoạn nào?"). */
export function asksPeriodApart(raw: string): boolean {
  const sentences = raw.split(/(?<=[.!?;:])\s+/u).filter((x) => x.trim().length > 0);
  return sentences.length > 1 && ASKS_PERIOD_RE.test(foldKey(sentences.at(-1)!));
}

function askingSentenceTopic(ctx: HandlerContext): string[] | null {
  const sentences = ctx.q.raw.split(/(?<=[.!?;:])\s+/u).filter((x) => x.trim().length > 0);
  if (sentences.length < 2) return null;
  const asking = sentences.filter((x) => ASKS_PERIOD_RE.test(foldKey(x)));
  // "...; chương trình đó giai đoạn nào?", "What period does that programme cover?": the asking sentence points back to the
  // programme the sentence before it names, so the whole question names it.
  if (asking.length !== 1 || POINTS_BACK_RE.test(foldKey(asking[0]!))) return null;
  const placeWords = new Set(ctx.q.provinces.flatMap((p) => foldWords(p.name)));
  const own = [...new Set(contentTerms(foldKey(asking[0]!), [], ctx.q.language).flatMap((t) => t.split(" "))
    .filter((t) => !PERIOD_WORDS.has(t) && !placeWords.has(t) && !/\d/.test(t)))];
  return own.length >= 2 ? own : null;
}

export function answerNamedPeriod(ctx: HandlerContext): Draft | null {
  const f = ctx.q.folded;
  if (!ASKS_PERIOD_RE.test(f)) return null;
  const own = new Set(ctx.plans.map((p) => p.documentNumber.split("/")[0]!));
  const number = NUMBERED_RE.exec(f)?.[1];
  const asked = number && !own.has(number) ? number : null;
  const topic = askingSentenceTopic(ctx) ?? [...new Set(ctx.terms.filter((t) => !t.includes(" ") && !PERIOD_WORDS.has(t) && !/\d/.test(t)))];
  if (!asked && topic.length < 2) return null;
  let best: { plan: ParsedPlan; section: string; quote: string; from: string; to: string; fit: number } | null = null;
  const keep = new Set(ctx.plans);
  for (const p of passagesWithSpans(ctx.index.passages)) {
    if (!keep.has(p.plan)) continue;
    for (const { words, from, to } of yearSpans(p)) {
      if (asked && !words.has(asked)) continue;
      const fit = topic.length === 0 ? 1 : topic.filter((t) => words.has(t)).length / topic.length;
      if (fit < (asked ? 0.3 : 0.6)) continue;
      if (!best || fit > best.fit || (fit === best.fit && p.quote.length < best.quote.length)) best = { plan: p.plan, section: p.sectionPath, quote: p.quote, from, to, fit };
    }
  }
  if (!best || !best.plan.text.includes(best.quote)) return null;
  const d = emptyDraft();
  const label = planLabel(best.plan, ctx.registry, ctx.lang);
  d.lines.push(tr(ctx.lang, `Theo ${label}, mục ${best.section}, giai đoạn ghi là ${best.from}-${best.to}: ${shown(best.quote)}`,
    `Under ${label}, section ${best.section}, the period written is ${best.from}-${best.to}: ${shown(best.quote)}`));
  d.citations.push({ plan: best.plan, section: best.section, quote: best.quote });
  d.found = true;
  d.confidence = 0.6 + 0.3 * best.fit;
  return d;
}

const year = (iso: string | null | undefined): number | null => (iso ? Number(iso.slice(0, 4)) : null);

/**
 * The reason a question naming a province and a span of years is not answered, or null: none of the province's plans
 * runs in those years (a plan with no end runs on from its start) and none of them writes the span.
 */
/** "kế hoạch (bảo vệ trẻ em) năm 2018", "kh năm 2018", "2018 plan", "plan for 2018": the year a plan is for (not "đến năm 2020", a target's year). */
const SINGLE_YEAR_PLAN_RE = /\b(?:ke hoach|kh|chuong trinh)\b(?: (?!den\b|vao\b|toi\b|truoc\b|nam\b)[a-z]+){0,7} nam ((?:19|20)\d\d)\b|\b((?:19|20)\d\d) (?:child (?:protection |care )*)?(?:plan|action plan|programme)\b|\b(?:plan|programme) (?:for|of) (?:the year )?((?:19|20)\d\d)\b/;

const periodText = (p: ParsedPlan, lang: Language): string => {
  const from = p.period.start?.slice(0, 4) ?? "?";
  const to = p.period.end?.slice(0, 4);
  return to === undefined ? tr(lang, `từ ${from}, không nêu năm kết thúc`, `from ${from}, no end stated`) : from === to ? tr(lang, `năm ${from}`, from) : `${from}–${to}`;
};

export function periodNotHeld(q: ParsedQuestion, all: ParsedPlan[], registry: QaRegistry, lang: Language): string | null {
  if (q.provinces.length === 0 || q.intent === "compare") return null;
  const m = /\b((?:19|20)\d\d) ?(?:-|den|to|toi)? ?((?:19|20)\d\d)\b/.exec(q.folded);
  // "Kế hoạch ... năm 2018 của Huế", "Huế's 2018 plan", "the plan for 2018": a plan for one year.
  const one = m ? null : SINGLE_YEAR_PLAN_RE.exec(q.folded);
  if (!m && !one) return null;
  const from = Number(m ? m[1] : one!.slice(1).find(Boolean)), to = m ? Number(m[2]) : from;
  if (!(from <= to && to - from <= 20)) return null;
  const held = all.filter((p) => q.provinces.some((pr: Province) => p.province.provinceId === pr.id));
  if (held.length === 0) return null;
  const writes = from === to ? new RegExp(`(?<![\\d/])${from}(?![\\d/])`, "u")
    : new RegExp(`(?<!\\d)${from}\\s*[-–]\\s*${to}(?!\\d)|${from}\\s*(đến|-)\\s*(năm\\s*)?${to}`, "u");
  const runs = (p: ParsedPlan) => {
    const start = year(p.period.start) ?? year(p.signedDate);
    const end = year(p.period.end) ?? (start === null ? null : Number.POSITIVE_INFINITY);
    return start === null || end === null || (from <= end && to >= start);
  };
  if (held.some((p) => runs(p) || writes.test(p.text))) return null;
  const names = [...new Set(held.map((p) => provinceLabel(p, registry)))].join(", ");
  if (from === to) {
    const spans = held.map((p) => `${p.documentNumber} (${periodText(p, lang)})`).join(", ");
    return tr(lang, `Kho không có kế hoạch của ${names} cho năm ${from}; kế hoạch của ${names} trong kho: ${spans}.`,
      `The knowledge base holds no plan of ${names} for ${from}; the plans of ${names} it holds: ${spans}.`);
  }
  const spans = held.map((p) => `${p.documentNumber} (${p.period.start?.slice(0, 4) ?? "?"}–${p.period.end?.slice(0, 4) ?? tr(lang, "không nêu năm kết thúc", "no end stated")})`).join(", ");
  return tr(lang, `Kho không có kế hoạch của ${names} cho giai đoạn ${from}-${to}; kế hoạch của ${names} trong kho: ${spans}.`,
    `The knowledge base holds no plan of ${names} for ${from}-${to}; the plans of ${names} it holds: ${spans}.`);
}
