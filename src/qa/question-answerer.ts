/**
 * Answers officials' questions from the parsed plans, in memory and with no network.
 * Indexes are built once by `createQuestionAnswerer`; `answer` is pure and fast (a few
 * inverted-index lookups), so every channel can call it per message.
 */
import type { ParsedPlan, Province } from "../kb/types.ts";
import type { Answer, Intent, QaRegistry } from "./answer-types.ts";
import { composeAnswer, composeNotFound, coverageStatement, emptyDraft, foldedNames, provinceLabel, tr, type ComposeContext, type Draft } from "./answer-composer.ts";
import { createAgencyFinder, createProvinceFinder, createShortFormReader, createTypoCorrector } from "./fuzzy-lookup.ts";
import {
  answerBudget, answerCount, answerDuties, answerFact, answerFromKinds, answerLead, answerLegalBasis, answerPlanDetails,
  answerRecommendation, ASKS_PROVINCES_RE, predecessorsOf, type AssignmentGroup, type HandlerContext,
} from "./intent-handlers.ts";
import { createPassageIndex, type Passage } from "./passage-index.ts";
import { answerAppendixPeriod, answerDocumentReference, answerMentions, answerSection, answerRecipients, asksRecipients, externalRefs } from "./reference-handlers.ts";
import { createQuestionParser, detectIntent, PREMISE_RE, type ParsedQuestion } from "./question-parser.ts";

export interface QuestionAnswererDeps {
  plans: ParsedPlan[];
  registry: QaRegistry;
  /** ISO date (YYYY-MM-DD) the answers are given on: decides whether a plan's period has ended. */
  today: string;
  /** Minimum share of a question's weight a passage must hold; tuned on the dev set. */
  minCoverage?: number;
}

export interface QuestionAnswerer {
  answer(question: string): Answer;
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
    answer(question: string): Answer {
      const q = parse(question.trim());
      const ctx: ComposeContext = { registry, today, lang: q.language, intent: q.intent };
      if (q.raw.length === 0 || !(q.onTopic || q.provinces.length > 0)) return composeNotFound({ ...ctx, intent: "off_topic" }, coverage[q.language], []);
      if (q.ambiguous.length > 0 && q.agencies.length === 0) return askWhich(q, ctx, coverage[q.language]);
      const chosen = choosePlans(q, plans);
      if (chosen.length === 0) return composeNotFound(ctx, coverage[q.language], [noPlanReason(q, registry)]);
      const base: HandlerContext = { q, terms: withPredecessorWords(q, correct(q.terms), registry, chosen), plans: chosen, index, registry, lang: q.language, groupOf, minCoverage };
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
 * "Vì sao Công an tỉnh chủ trì truyền thông?": who the plan names for the task; when that is
 * not the agency the question names, say so first. Never confirms what the plan contradicts.
 */
function answerLeadClaim(ctx: HandlerContext): Draft {
  const agency = ctx.q.agencies[0]!;
  const words = new Set(foldedNames(agency).flatMap((n) => n.split(" ")));
  const d = answerLead({ ...ctx, terms: ctx.terms.filter((t) => !words.has(t)) }, ctx.q.provinces.length > 0 || ctx.q.documentNumber !== null);
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
    case "lead": return ctx.q.agencies.length > 0 && PREMISE_RE.test(ctx.q.folded) ? answerLeadClaim(ctx) : answerLead(ctx);
    case "target": return answerFromKinds({ ...ctx, terms: ctx.terms.filter((t) => !TARGET_WORDS.has(t)) }, ["target"], /muc tieu|ty le|chi tieu|%/, 6);
    case "budget": return answerBudget(ctx);
    case "reporting": return answerFromKinds(ctx, ["reporting"], /bao cao/, 4, asksWhen(ctx.q.folded) ? DATE_RE : null);
    case "legal_basis": return answerLegalBasis(ctx);
    case "plan_details": return answerPlanDetails(ctx);
    default: return answerFact(ctx);
  }
}

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
  return q.provinces.length >= 2 || ASKS_PROVINCES_RE.test(q.folded);
}

/** Each province's plans answer in turn; for "which provinces" only those whose plans answer are kept. */
function answerPerProvince(ctx: HandlerContext): Draft {
  const ids = ctx.q.provinces.length >= 2 ? ctx.q.provinces.map((p) => p.id) : [...new Set(ctx.plans.map((p) => p.province.provinceId))];
  const onlyFound = ctx.q.provinces.length < 2;
  const out = emptyDraft();
  const named: string[] = [];
  const body: string[] = [];
  for (const id of ids) {
    const plans = ctx.plans.filter((p) => p.province.provinceId === id);
    if (plans.length === 0) continue;
    const label = provinceLabel(plans[0]!, ctx.registry);
    const sub = dispatch(ctx.q.intent, { ...ctx, plans, local: !onlyFound });
    const answers = sub.found && (!onlyFound || ctx.terms.length === 0 || sub.confidence >= 0.3);
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
