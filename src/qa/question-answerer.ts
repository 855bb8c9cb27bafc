/**
 * Answers officials' questions from the parsed plans, in memory and with no network.
 * Indexes are built once by `createQuestionAnswerer`; `answer` is pure and fast (a few
 * inverted-index lookups), so every channel can call it per message.
 */
import type { ParsedPlan, Province } from "../kb/types.ts";
import { foldKey } from "../core/vietnamese-text.ts";
import type { Answer, Intent, QaRegistry } from "./answer-types.ts";
import { agencyLabel, composeAnswer, composeNotFound, coverageStatement, emptyDraft, foldedNames, provinceLabel, tr, type ComposeContext, type Draft } from "./answer-composer.ts";
import { createAgencyFinder, createProvinceFinder, createShortFormReader, createTypoCorrector } from "./fuzzy-lookup.ts";
import {
  answerBudget, answerCount, answerDuties, answerFact, answerFromKinds, answerLead, answerLegalBasis, answerPlanDetails, answerPlanLead,
  answerRecommendation, ASKS_PROVINCES_RE, describeGroup, predecessorsOf, type AssignmentGroup, type HandlerContext,
} from "./intent-handlers.ts";
import { createPassageIndex, type Passage } from "./passage-index.ts";
import { answerAppendixPeriod, answerDocumentReference, answerMentions, answerOfficeHolder, answerSection, answerRecipients, asksRecipients, externalRefs } from "./reference-handlers.ts";
import { createQuestionParser, detectIntent, PREMISE_RE, type ParsedQuestion } from "./question-parser.ts";

export interface QuestionAnswererDeps {
  plans: ParsedPlan[];
  registry: QaRegistry;
  /** ISO date (YYYY-MM-DD) the answers are given on: decides whether a plan's period has ended. */
  today: string;
  /** Minimum share of a question's weight a passage must hold; tuned on the dev set. */
  minCoverage?: number;
}

/** The conversation so far: the question asked just before, for a follow-up ("còn Huế thì sao?"). */
export interface AnswerContext { previous?: string }

export interface QuestionAnswerer {
  answer(question: string, context?: AnswerContext): Answer;
}

/** Builds the indexes once and returns the answerer. */
export function createQuestionAnswerer(deps: QuestionAnswererDeps): QuestionAnswerer {
  const { plans, registry, today } = deps;
  const index = createPassageIndex(plans);
  const correct = createTypoCorrector(index.vocabulary);
  const parse = createQuestionParser({ registry, findProvinces: createProvinceFinder(registry), findAgencies: createAgencyFinder(registry), findShortForms: createShortFormReader(registry) });
  const groupOf = createGroupLookup(plans, index.passages);
  const coverage = { vi: coverageStatement(plans, registry, "vi"), en: coverageStatement(plans, registry, "en") };
  const minCoverage = deps.minCoverage ?? 0.3;

  return {
    answer(question: string, context?: AnswerContext): Answer {
      const q = context?.previous ? withPrevious(parse(question.trim()), parse(context.previous.trim()), parse) : parse(question.trim());
      const ctx: ComposeContext = { registry, today, lang: q.language, intent: q.intent };
      if (q.raw.length === 0 || !(q.onTopic || q.provinces.length > 0)) return composeNotFound({ ...ctx, intent: "off_topic" }, coverage[q.language], []);
      if (q.ambiguous.length > 0 && q.agencies.length === 0) return askWhich(q, ctx, coverage[q.language]);
      const chosen = choosePlans(q, plans);
      if (chosen.length === 0) return composeNotFound(ctx, coverage[q.language], [noPlanReason(q, registry)]);
      const base: HandlerContext = { q, terms: withPredecessorWords(q, correct(q.terms), registry, chosen), plans: chosen, index, registry, lang: q.language, groupOf, minCoverage };
      const absent = absentNumbers(q, chosen, plans);
      if (absent) return composeNotFound(ctx, coverage[q.language], [absent]);
      const draft = answerReferences(base, plans) ?? (q.intent === "compare" ? answerCompare(base, plans)
        : asksSeveralProvinces(q, chosen) ? answerPerProvince(base) : dispatch(q.intent, base));
      if (!draft.found) {
        const part = answerSection(base);
        if (part.found) return composeAnswer(part, ctx, coverage[q.language]);
      }
      if (!draft.found && q.agencies.length > 0 && q.intent === "duties") {
        const said = answerMentions(base, q.agencies[0]!);
        if (said.found) return composeAnswer(said, ctx, coverage[q.language]);
        draft.lines.push(...silentPlanReasons(base));
      }
      return composeAnswer(draft, ctx, coverage[q.language]);
    },
  };
}

/**
 * "Kế hoạch 2041 hướng dẫn gọi tổng đài 111 thế nào?": a number the question is about (111,
 * Đề án 938) that the chosen plans never write is something they do not say; name the plans
 * that do. Plan numbers, years and dates are not such numbers.
 */
function absentNumbers(q: ParsedQuestion, chosen: ParsedPlan[], all: ParsedPlan[]): string | null {
  if (chosen.length === all.length) return null;
  const own = new Set(chosen.flatMap((p) => [p.documentNumber, ...p.otherNumbers].map((n) => n.split("/")[0]!.trim())));
  const numbers = [...q.folded.matchAll(/(?<![\d/.,-])(\d{3})(?![\d/.,%-]| ?%| ?(ty|trieu|nguoi)\b)/g)].map((m) => m[1]!)
    .filter((n) => !own.has(n) && !all.some((p) => p.documentNumber.startsWith(`${n}/`)));
  const token = (text: string, n: string) => new RegExp(`(?<![\\d/.,])${n}(?![\\d/]|[.,]\\d)`).test(text);
  const missing = numbers.filter((n) => !chosen.some((p) => token(p.text, n)));
  if (missing.length === 0) return null;
  const elsewhere = all.filter((p) => !chosen.includes(p) && missing.some((n) => token(p.text, n))).map((p) => p.documentNumber);
  return tr(q.language,
    `${chosen.map((p) => p.documentNumber).join(", ")} không nhắc đến ${missing.join(", ")}${elsewhere.length ? `; kế hoạch có nhắc: ${elsewhere.join(", ")}` : ""}.`,
    `${chosen.map((p) => p.documentNumber).join(", ")} does not mention ${missing.join(", ")}${elsewhere.length ? `; plans that do: ${elsewhere.join(", ")}` : ""}.`);
}

const FOLLOW_UP_RE = /^(con|the con|vay con|con ve|con o|and|what about|how about|also)\b|\b(thi sao|the sao|thi the nao|nua khong|how about it|and there)\b/;
const SLOT_GLUE = new Set(["o", "tai", "cua", "tinh", "thanh", "pho", "in", "for", "at", "of", "the"]);
const FOLLOW_UP_NOISE = new Set(["con", "the", "vay", "sao", "what", "about", "how", "and", "also", "there", "one", "it", "thi", "nua"]);

/**
 * A follow-up read with the question before it: "Còn ở Huế thì sao?" after a question about
 * Gia Lai is that question asked of Huế; "ký ngày nào?" after "Ai ký kế hoạch 2509?" is asked
 * of plan 2509. A question complete in itself is left as it is.
 */
function withPrevious(q: ParsedQuestion, p: ParsedQuestion, parse: (raw: string) => ParsedQuestion): ParsedQuestion {
  const marked = FOLLOW_UP_RE.test(q.folded);
  const topic = q.terms.filter((t) => !FOLLOW_UP_NOISE.has(t));
  const hasPlace = q.provinces.length > 0 || q.documentNumber !== null || /\b(ke hoach|kh|quyet dinh|qd|plan)\s*(so\s*)?\d/.test(q.folded);
  const short = q.folded.split(" ").length <= 7;
  // Nothing but a place or an agency ("còn Gia Lai?", "Sở Giáo dục thì sao?").
  let rest = ` ${q.folded} `;
  for (const m of [...q.mentions.provinces, ...q.mentions.agencies].map((x) => foldKey(x)).sort((a, b) => b.length - a.length)) rest = rest.replace(` ${m} `, " ");
  const bare = rest.split(" ").every((w) => !w || FOLLOW_UP_NOISE.has(w) || SLOT_GLUE.has(w));
  if (!marked && !short) return q;
  // "Sở Y tế Huế làm gì?" names its own place and asks something: complete in itself.
  if (!marked && hasPlace && !bare) return q;
  const prev = canonicalOf(p.raw);
  let merged: string;
  if ((q.provinces.length > 0 || q.agencies.length > 0) && (bare || (marked && topic.length === 0))) {
    // Only a place or an agency: the previous question, asked of it.
    merged = prev;
    if (q.provinces.length > 0) {
      merged = swap(merged, p.mentions.provinces, q.mentions.provinces, q.provinces.map((x) => x.name));
      // Another province: the previous plan's number no longer applies.
      merged = merged.replace(/(theo\s+)?(kế hoạch|ke hoach|kh|quyết định|quyet dinh|qđ|qd)\s*(số\s*)?\d{1,5}(\s*\/\s*[\p{L}]+(-[\p{L}]+)?)?/giu, " ").replace(/\b\d{1,5}\s*\/\s*(qđ|kh)(-ubnd)?/giu, " ");
    }
    if (q.agencies.length > 0) merged = swap(merged, p.mentions.agencies, q.mentions.agencies, q.agencies.map((x) => x.name));
    const lost = p.provinces.filter((x) => !q.provinces.length && !parse(merged).provinces.some((y) => y.id === x.id));
    if (lost.length > 0) merged += ` ở ${lost.map((x) => x.name).join(", ")}`;
  } else if (q.provinces.length === 0 && q.agencies.length === 0 && !hasPlace) {
    merged = `${prev} ${canonicalOf(q.raw)}`;
  } else {
    const carry = [...(hasPlace ? [] : p.provinces.map((x) => x.name)), ...(q.documentNumber || !p.documentNumber ? [] : [`kế hoạch ${p.documentNumber}`])];
    const plan = /\b(ke hoach|kh|quyet dinh|qd)\s*(so\s*)?(\d{1,5})\b/.exec(p.folded)?.[3];
    if (!hasPlace && plan && !p.documentNumber) carry.push(`kế hoạch ${plan}`);
    merged = `${canonicalOf(q.raw)} ${carry.join(", ")}`;
  }
  const read = parse(merged.trim());
  // The language is the follow-up's own when it is clearly written in one.
  return q.language === "en" && q.folded.split(" ").length >= 3 ? { ...read, language: "en" } : read;
}

const canonicalOf = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().replace(/[?!.]+$/, "");

/** Replaces the first of `from` found in `text` (case-insensitively) by the new name. */
function swap(text: string, from: string[], written: string[], names: string[]): string {
  const lower = text.toLowerCase();
  for (const f of from) {
    const at = f ? lower.indexOf(f.toLowerCase()) : -1;
    if (at >= 0) return `${text.slice(0, at)}${names[0] ?? written[0]}${text.slice(at + f.length)}`;
  }
  return `${text} ${names[0] ?? written[0] ?? ""}`;
}

/**
 * "Vì sao Công an tỉnh chủ trì truyền thông?": who the plan names for the task; when that is
 * not the agency the question names, say so first. Never confirms what the plan contradicts.
 */
function answerLeadClaim(ctx: HandlerContext): Draft {
  const agency = ctx.q.agencies[0]!;
  const words = new Set(foldedNames(agency).flatMap((n) => n.split(" ")));
  const topic = ctx.terms.filter((t) => !words.has(t));
  const d = topic.every((t) => GENERIC_WORDS.has(t) || WHOLE_PLAN_WORDS.has(t)) ? answerPlanLead(ctx)
    : answerLead({ ...ctx, terms: topic }, ctx.q.provinces.length > 0 || ctx.q.documentNumber !== null);
  if (!d.found) return answerDuties(ctx);
  const named = d.agencies.find((a) => a.role === "lead" || a.role === "responsible");
  if (named && named.agency?.id !== agency.id) {
    d.lines.unshift(tr(ctx.lang, `Kế hoạch không giao việc này cho ${agency.name}: ${named.name} ${named.role === "lead" ? "chủ trì" : "chịu trách nhiệm"}.`,
      `The plan does not give this to ${agency.name} (${agency.english}): ${named.name} ${named.role === "lead" ? "leads" : "is responsible"}.`));
  }
  return d;
}

/**
 * "Sở Y tế Gia Lai ngày nay nhận báo cáo ... gửi qua cơ quan nào?": the plan names the agency
 * that held the duty then. For questions other than an agency's duties, today's agency brings
 * its predecessor's name into retrieval, so the passage naming the predecessor is found.
 */
function withPredecessorWords(q: ParsedQuestion, terms: string[], registry: QaRegistry, plans: ParsedPlan[]): string[] {
  // In "Sở Y tế nhận báo cáo ... gửi qua cơ quan nào?" the agency is context, not the one asked about.
  const context = q.intent !== "duties" && (q.intent !== "lead" || /\b(ngay nay|hien nay|nay|today|now)\b/.test(q.folded));
  if (!context || q.agencies.length === 0) return terms;
  const extra = q.agencies.flatMap((a) => predecessorsOf({ registry, plans }, a)).flatMap((p) => foldedNames(p.from)[0]!.split(" ").slice(1));
  return extra.length > 0 ? [...terms, ...extra.filter((w) => !terms.includes(w))] : terms;
}

/** A document the question cites, the plan's recipients, or a body the plans name without a duty. */
function answerReferences(ctx: HandlerContext, all: ParsedPlan[]): Draft | null {
  const q = ctx.q;
  const refs = externalRefs(q.documentRefs, all);
  if (refs.length > 0) {
    const d = answerDocumentReference(ctx, refs, all);
    if (d.found) return d;
    // Asked about a document no plan cites ("123/LĐTBXH-BVCSTE"): say so rather than answer something else.
    if (q.agencies.length === 0 && !refs.some((r) => ctx.plans.some((p) => p.text.includes(r)))) {
      d.lines.push(tr(ctx.lang, `Các kế hoạch trong kho không nhắc đến văn bản ${refs.join(", ")}.`, `The plans in the knowledge base do not mention ${refs.join(", ")}.`));
      return d;
    }
  }
  if (q.officeHolder) {
    const said = answerOfficeHolder(ctx, q.officeHolder);
    if (said.found) {
      const agency = q.officeHolder.agency;
      const own = q.intent === "duties" && ctx.plans.some((p) => p.assignments.some((a) => a.agencyId === agency.id)) ? answerDuties(ctx) : null;
      if (own?.found) {
        said.lines.push(tr(ctx.lang, `Nhiệm vụ kế hoạch giao cho ${agency.name}:`, `What the plan gives ${agency.name} (${agency.english}):`), ...own.lines);
        said.agencies.push(...own.agencies);
        said.citations.push(...own.citations);
        said.counts.push(...own.counts);
      }
      return said;
    }
  }
  const rows = answerAppendixPeriod(ctx);
  if (rows.found) return rows;
  if (asksRecipients(q.folded)) {
    const d = answerRecipients(ctx);
    if (d.found) return d;
  }
  const agency = q.agencies[0];
  if (agency && ["lead", "fact"].includes(q.intent) && !ctx.plans.some((p) => p.assignments.some((a) => a.agencyId === agency.id))
    && predecessorsOf(ctx, agency).every((x) => !ctx.plans.some((p) => p.assignments.some((a) => a.agencyId === x.from.id)))) {
    const d = answerMentions(ctx, agency);
    if (d.found) return d;
  }
  return null;
}

/** "Sở KH" may be two departments: ask which instead of guessing. */
function askWhich(q: ParsedQuestion, ctx: ComposeContext, coverage: string): Answer {
  const f = q.ambiguous[0]!;
  const names = f.options.map((o) => (q.language === "en" ? `${o.name} (${o.english})` : o.name));
  const a = composeNotFound(ctx, coverage, [tr(q.language, `“${f.written}” có thể là ${names.join(" hoặc ")}. Bạn hỏi về cơ quan nào?`,
    `“${f.written}” may mean ${names.join(" or ")}. Which one do you mean?`)]);
  return { ...a, clarify: { written: f.written, options: f.options.map((o) => o.name) } };
}

function dispatch(intent: Intent, ctx: HandlerContext): Draft {
  switch (intent) {
    case "recommendation": return answerRecommendation(ctx);
    case "duties": return answerDuties(ctx);
    case "count": return answerCount(ctx);
    case "lead":
      if (ctx.q.agencies.length > 0 && PREMISE_RE.test(ctx.q.folded)) return answerLeadClaim(ctx);
      // "Who handles the duties of Sở KH&ĐT today?": the question's only subject is the agency; its duties answer it.
      if (ctx.q.agencies.length > 0 && ctx.terms.every((t) => GENERIC_WORDS.has(t))) return answerDuties(ctx);
      // "Who leads the plan?": no task named, so the body the plan puts first in charge of it.
      if (ctx.q.agencies.length === 0 && ctx.terms.every((t) => GENERIC_WORDS.has(t))) return answerPlanLead(ctx);
      return answerLead(ctx);
    case "target": return answerFromKinds({ ...ctx, terms: ctx.terms.filter((t) => !TARGET_WORDS.has(t)) }, ["target"], /muc tieu|ty le|chi tieu|%/, 6);
    case "budget": return agencyAnswers(ctx) ?? answerBudget(ctx);
    case "reporting": return agencyAnswers(ctx) ?? answerFromKinds(ctx, ["reporting"], /bao cao/, 4, asksWhen(ctx.q.folded) ? DATE_RE : null);
    case "legal_basis": return answerLegalBasis(ctx);
    case "plan_details": return answerPlanDetails(ctx);
    default: return answerFact(ctx);
  }
}

/**
 * "Sở Tài chính bố trí kinh phí thế nào?", "Sở LĐTBXH báo cáo cho bộ nào?": the named agency is
 * the subject; its own duties about the topic answer before the plan's general budget or reporting lines.
 */
function agencyAnswers(ctx: HandlerContext): Draft | null {
  const agency = ctx.q.agencies[0];
  // "Sở Y tế ngày nay nhận báo cáo ... hạn gửi là ngày nào, qua cơ quan nào?": the agency is context, not the subject.
  if (asksWhen(ctx.q.folded) || /\b(co quan nao|don vi nao|so nao|ai|which|who|ngay nay|hien nay|today|now)\b/.test(ctx.q.folded)) return null;
  if (!agency || ctx.q.officeHolder || !ctx.plans.some((p) => p.assignments.some((a) => a.agencyId === agency.id))) return null;
  const d = answerDuties(ctx);
  return d.found && d.confidence >= 0.3 && d.agencies.some((a) => a.agency?.id === agency.id) ? d : null;
}

const WHOLE_PLAN_WORDS = new Set(["whole", "toan", "bo", "ca", "chung", "overall", "entire"]);

/** Words that say nothing of a task: a question left with only these names no topic. */
const GENERIC_WORDS = new Set(["ke", "hoach", "viec", "quyet", "dinh", "nhiem", "vu", "hien", "nay", "bay", "gio", "tinh", "so", "cong", "tac", "thuc", "hien", "handles", "handle", "duties", "today", "now"]);

// "Mục tiêu" names the kind of question, not which target: left in, it would rank any sentence saying "mục tiêu".
const TARGET_WORDS = new Set(["muc", "tieu", "chi", "target", "targets"]);
const DATE_RE = /truoc ngay|\b\d{1,2}\/\d{1,2}\b|ngay \d{1,2} thang \d{1,2}/;
const asksWhen = (folded: string) => /\b(ngay nao|khi nao|bao gio|han|thoi han|truoc ngay|when|deadlines?|due|dates?)\b/.test(folded);

/** Plans the question is about: by document number, else by province (today's or as in the plan), else all. */
export function choosePlans(q: ParsedQuestion, plans: ParsedPlan[]): ParsedPlan[] {
  const named = [...q.folded.matchAll(/\b(?:ke hoach|kh|quyet dinh|qd|plan|decision)\s*(?:so\s*)?(\d{1,5})\b/g)].map((m) => m[1]!);
  const numbers = [...(q.documentNumber ? [q.documentNumber] : []), ...named, ...(q.folded.match(/\b\d{3,5}\b/g) ?? [])];
  const hit = plans.filter((p) => [p.documentNumber, ...p.otherNumbers].some((n) => numbers.includes(n.split("/")[0]?.trim() ?? "")));
  if (hit.length > 0) return hit;
  if (q.provinces.length === 0) return plans;
  return plans.filter((p) => q.provinces.some((prov) => planIsIn(p, prov)));
}

function planIsIn(plan: ParsedPlan, province: Province): boolean {
  return plan.province.provinceId === province.id;
}

function noPlanReason(q: ParsedQuestion, registry: QaRegistry): string {
  const names = q.provinces.map((p) => p.name).join(", ");
  const merged = q.provinces.map((p) => p.today && p.today.provinceId !== p.id ? registry.province(p.today.provinceId)?.name : null).filter(Boolean);
  const note = merged.length ? tr(q.language, ` (nay thuộc ${merged.join(", ")}; các kế hoạch trong kho có trước khi sáp nhập)`, ` (now part of ${merged.join(", ")}; the plans predate the merger)`) : "";
  return tr(q.language, `Kho kiến thức chưa có kế hoạch bảo vệ trẻ em của ${names}${note}.`, `The knowledge base has no child-protection plan for ${names}${note}.`);
}

/** When the chosen plans never mention the agency: say so, and say when the text was cut. */
function silentPlanReasons(ctx: HandlerContext): string[] {
  const agency = ctx.q.agencies[0]!;
  return ctx.plans.map((p) => {
    const cut = p.gaps.some((g) => g.kind === "truncation" || g.kind === "elision");
    return tr(ctx.lang, `${p.documentNumber} không giao nhiệm vụ cho ${agency.name}${cut ? " (văn bản lưu trong kho bị cắt/thiếu một phần)" : ""}.`,
      `${p.documentNumber} assigns no duty to ${agency.name} (${agency.english})${cut ? " (the stored text is cut or partly missing)" : ""}.`);
  });
}

const PER_PROVINCE_INTENTS = new Set<Intent>(["lead", "duties", "fact", "target", "reporting", "budget", "count"]);

/** Several provinces named, or "which provinces": the question is asked of each province's plans. */
function asksSeveralProvinces(q: ParsedQuestion, chosen: ParsedPlan[]): boolean {
  if (!PER_PROVINCE_INTENTS.has(q.intent)) return false;
  const provinces = new Set(chosen.map((p) => p.province.provinceId));
  if (provinces.size < 2) return false;
  return q.provinces.length >= 2 || ASKS_PROVINCES_RE.test(q.folded) || EVERY_PROVINCE_RE.test(q.folded);
}

/** "Ở tất cả các tỉnh", "từng tỉnh", "in each province": every province is answered, "not stated" included. */
const EVERY_PROVINCE_RE = /\b(tat ca (cac )?(tinh|ke hoach)|moi tinh|tung tinh|cac tinh deu|ca (\d|nam|bon|ba) tinh|all (the )?(provinces|plans)|each (province|plan)|every (province|plan))\b/;

/** Each province's plans answer in turn; for "which provinces" only those whose plans answer are kept. */
function answerPerProvince(ctx: HandlerContext): Draft {
  const ids = ctx.q.provinces.length >= 2 ? ctx.q.provinces.map((p) => p.id) : [...new Set(ctx.plans.map((p) => p.province.provinceId))];
  const onlyFound = ctx.q.provinces.length < 2 && !EVERY_PROVINCE_RE.test(ctx.q.folded);
  // "Tỉnh nào giao X chủ trì Y?": a task named, and which provinces give it to X.
  if (onlyFound && ctx.q.agencies.length > 0 && ["lead", "duties", "fact"].includes(ctx.q.intent) && WHICH_PROVINCE_RE.test(ctx.q.folded)
    && ctx.terms.some((t) => !GENERIC_WORDS.has(t) && !TASK_NOISE.has(t))) {
    const d = provincesGiving(ctx, ids);
    if (d.found) return d;
  }
  const out = emptyDraft();
  const named: string[] = [];
  const body: string[] = [];
  for (const id of ids) {
    const plans = ctx.plans.filter((p) => p.province.provinceId === id);
    if (plans.length === 0) continue;
    const label = provinceLabel(plans[0]!, ctx.registry);
    const sub = dispatch(ctx.q.intent, { ...ctx, plans, local: !onlyFound });
    // A plan that answers in part (its funding sources, not an amount) still says something for its province.
    const partial = !sub.found && !onlyFound && sub.citations.length > 0 && sub.lines.length > 0;
    const answers = partial || (sub.found && (!onlyFound || ctx.terms.length === 0 || sub.confidence >= 0.3));
    if (!answers && onlyFound) continue;
    body.push(`— ${label}:`);
    body.push(...(answers ? sub.lines : [tr(ctx.lang, "kế hoạch trong kho không nêu nội dung này.", "the plans in the knowledge base do not say.")]));
    if (!answers) continue;
    named.push(label);
    out.agencies.push(...sub.agencies);
    out.citations.push(...sub.citations);
    out.counts.push(...sub.counts);
    out.notes.push(...sub.notes);
    out.found = true;
    out.confidence = Math.max(out.confidence, sub.confidence);
  }
  if (!out.found) return out;
  out.lines.push(tr(ctx.lang, `Kế hoạch của ${named.join(", ")} có nội dung này:`, `The plans of ${named.join(", ")} say:`), ...body);
  return out;
}

/**
 * "Tỉnh nào giao Tỉnh đoàn chủ trì phòng, chống đuối nước?": per province, the task nearest the
 * question and whether the named agency (or the one it took over from) holds it. The provinces
 * that give it to that agency answer; when none does, the answer says so and names who the
 * plans give the task to, never confirming the premise.
 */
const WHICH_PROVINCE_RE = /\b(tinh nao|nhung tinh nao|cac tinh nao|tinh thanh nao|ke hoach nao|which provinces?|what provinces?|which plans?)\b/;
/** Words of "tỉnh nào giao X làm gì" that name no task. */
const TASK_NOISE = new Set(["giao", "lam", "gi", "name", "names", "ask", "asks", "role", "part", "taking", "bodies", "among", "which", "what", "provinces", "plans", "de", "nghi", "tham", "gia"]);

function provincesGiving(ctx: HandlerContext, ids: Array<string | null>): Draft {
  const agency = ctx.q.agencies[0]!;
  const holders = new Set([agency.id, ...predecessorsOf(ctx, agency).map((p) => p.from.id)]);
  const held = (p: Passage) => p.kind === "assignment" && p.assignmentIndex !== null && holders.has(p.plan.assignments[p.assignmentIndex]?.agencyId ?? "");
  const label = agencyLabel(agency, agency.name, ctx.lang);
  const yes: Array<{ label: string; sub: Draft }> = [];
  const other: Array<{ label: string; sub: Draft }> = [];
  for (const id of ids) {
    const plans = ctx.plans.filter((p) => p.province.provinceId === id);
    if (plans.length === 0) continue;
    const label = provinceLabel(plans[0]!, ctx.registry);
    // The agency's own assignment nearest the task: it holds the task when that assignment answers it.
    const own = ctx.index.rank(ctx.terms, (p) => plans.includes(p.plan) && held(p), 1)[0];
    const ownCoverage = own ? ctx.index.coverage(ctx.terms, own.passage) : 0;
    const g = own ? ctx.groupOf(own.passage) : null;
    if (own && g && ownCoverage >= 0.4) {
      yes.push({ label, sub: describeGroup({ ...ctx, plans }, g, own.passage, ownCoverage) });
      continue;
    }
    const sub = answerLead({ ...ctx, plans, local: true }, true);
    if (sub.found && sub.confidence >= 0.45) other.push({ label, sub });
  }
  const out = emptyDraft();
  const shown = yes.length > 0 ? yes : other;
  if (shown.length === 0) return out;
  out.lines.push(yes.length > 0
    ? tr(ctx.lang, `Kế hoạch của ${yes.map((x) => x.label).join(", ")} giao việc này cho ${label}:`, `The plans of ${yes.map((x) => x.label).join(", ")} give this to ${label}:`)
    : tr(ctx.lang, `Không kế hoạch nào trong kho giao việc này cho ${label}. Các kế hoạch giao việc này cho cơ quan khác:`,
      `No plan in the knowledge base gives this to ${label}. The plans give it to others:`));
  for (const x of shown) {
    out.lines.push(`— ${x.label}:`, ...x.sub.lines);
    out.agencies.push(...x.sub.agencies);
    out.citations.push(...x.sub.citations);
    out.notes.push(...x.sub.notes);
    out.confidence = Math.max(out.confidence, x.sub.confidence);
  }
  out.found = true;
  return out;
}

/** Asks the same question of each province's plans and lays the answers side by side. */
function answerCompare(ctx: HandlerContext, all: ParsedPlan[]): Draft {
  const folded = ctx.q.folded.replace(/\b(so sanh|khac nhau|giong nhau|compare|comparison|difference|differ|versus|vs)\b/g, " ");
  const intent = detectIntent(folded, ctx.q.agencies.length > 0, null);
  const provinces = ctx.q.provinces.length >= 2 ? ctx.q.provinces : [];
  const groups = provinces.length > 0
    ? provinces.map((p) => {
      const named = ctx.plans.filter((x) => planIsIn(x, p));
      return { label: p.name, plans: named.length > 0 ? named : all.filter((x) => planIsIn(x, p)) };
    })
    : [...new Set(ctx.plans.map((p) => p.province.provinceId))].map((id) => ({ label: id ?? "?", plans: ctx.plans.filter((p) => p.province.provinceId === id) }));
  const out = emptyDraft();
  for (const g of groups) {
    const sub = g.plans.length > 0 ? dispatch(intent === "compare" ? "fact" : intent, { ...ctx, plans: g.plans, local: provinces.length > 0 }) : emptyDraft();
    out.lines.push(`— ${g.label}:`);
    out.lines.push(...(sub.found ? sub.lines : [tr(ctx.lang, "kế hoạch trong kho không nêu nội dung này.", "the plans in the knowledge base do not say.")]));
    out.agencies.push(...sub.agencies);
    out.citations.push(...sub.citations);
    out.counts.push(...sub.counts);
    out.found ||= sub.found;
    out.confidence = Math.max(out.confidence, sub.confidence);
  }
  return out;
}

/** Maps a passage to its task (or its section) and the assignments under it. */
function createGroupLookup(plans: ParsedPlan[], passages: Passage[]): (p: Passage) => AssignmentGroup | null {
  const groups = new Map<string, AssignmentGroup>();
  const keyOf = (plan: ParsedPlan, taskId: string | null, path: string) => `${plans.indexOf(plan)}|${taskId ?? path}`;
  for (const plan of plans) {
    for (const a of plan.assignments) {
      const task = plan.tasks.find((t) => t.id === a.taskId) ?? null;
      const key = keyOf(plan, task?.id ?? null, a.sectionPath);
      const g = groups.get(key) ?? { key, plan, task, sectionPath: task?.sectionPath ?? a.sectionPath, assignments: [] };
      g.assignments.push(a);
      groups.set(key, g);
    }
  }
  const byPassage = new Map<number, AssignmentGroup | null>();
  for (const p of passages) {
    const viaTask = p.task ? groups.get(keyOf(p.plan, p.task.id, "")) : undefined;
    byPassage.set(p.id, viaTask ?? groups.get(keyOf(p.plan, null, p.sectionPath)) ?? null);
  }
  return (p) => byPassage.get(p.id) ?? null;
}
