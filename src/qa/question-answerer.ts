/**
 * Answers officials' questions from the parsed plans, in memory and with no network.
 * Indexes are built once by `createQuestionAnswerer`; `answer` is pure and fast (a few
 * inverted-index lookups), so every channel can call it per message.
 */
import type { ParsedPlan, Province } from "../kb/types.ts";
import type { Answer, Intent, QaRegistry } from "./answer-types.ts";
import { composeAnswer, composeNotFound, coverageStatement, emptyDraft, tr, type ComposeContext, type Draft } from "./answer-composer.ts";
import { createAgencyFinder, createProvinceFinder, createTypoCorrector } from "./fuzzy-lookup.ts";
import {
  answerBudget, answerDuties, answerFact, answerFromKinds, answerLead, answerLegalBasis, answerPlanDetails,
  answerRecommendation, type AssignmentGroup, type HandlerContext,
} from "./intent-handlers.ts";
import { createPassageIndex, type Passage } from "./passage-index.ts";
import { createQuestionParser, detectIntent, type ParsedQuestion } from "./question-parser.ts";

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
  const parse = createQuestionParser({ registry, findProvinces: createProvinceFinder(registry), findAgencies: createAgencyFinder(registry) });
  const groupOf = createGroupLookup(plans, index.passages);
  const coverage = { vi: coverageStatement(plans, registry, "vi"), en: coverageStatement(plans, registry, "en") };
  const minCoverage = deps.minCoverage ?? 0.3;

  return {
    answer(question: string): Answer {
      const q = parse(question.trim());
      const ctx: ComposeContext = { registry, today, lang: q.language, intent: q.intent };
      if (q.raw.length === 0 || !(q.onTopic || q.provinces.length > 0)) return composeNotFound({ ...ctx, intent: "off_topic" }, coverage[q.language], []);
      const chosen = choosePlans(q, plans);
      if (chosen.length === 0) return composeNotFound(ctx, coverage[q.language], [noPlanReason(q, registry)]);
      const base: HandlerContext = { q, terms: correct(q.terms), plans: chosen, index, registry, lang: q.language, groupOf, minCoverage };
      const draft = q.intent === "compare" ? answerCompare(base, plans) : dispatch(q.intent, base);
      if (!draft.found && q.agencies.length > 0 && q.intent === "duties") draft.lines.push(...silentPlanReasons(base));
      return composeAnswer(draft, ctx, coverage[q.language]);
    },
  };
}

function dispatch(intent: Intent, ctx: HandlerContext): Draft {
  switch (intent) {
    case "recommendation": return answerRecommendation(ctx);
    case "duties": return answerDuties(ctx);
    case "lead": return answerLead(ctx);
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
  const numbers = q.documentNumber ? [q.documentNumber] : (q.folded.match(/\b\d{3,5}\b/g) ?? []);
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

/** Asks the same question of each province's plans and lays the answers side by side. */
function answerCompare(ctx: HandlerContext, all: ParsedPlan[]): Draft {
  const folded = ctx.q.folded.replace(/\b(so sanh|khac nhau|giong nhau|compare|comparison|difference|differ|versus|vs)\b/g, " ");
  const intent = detectIntent(folded, ctx.q.agencies.length > 0, null);
  const provinces = ctx.q.provinces.length >= 2 ? ctx.q.provinces : [];
  const groups = provinces.length > 0
    ? provinces.map((p) => ({ label: p.name, plans: all.filter((x) => planIsIn(x, p)) }))
    : [...new Set(ctx.plans.map((p) => p.province.provinceId))].map((id) => ({ label: id ?? "?", plans: ctx.plans.filter((p) => p.province.provinceId === id) }));
  const out = emptyDraft();
  for (const g of groups) {
    const sub = g.plans.length > 0 ? dispatch(intent === "compare" ? "fact" : intent, { ...ctx, plans: g.plans }) : emptyDraft();
    out.lines.push(`— ${g.label}:`);
    out.lines.push(...(sub.found ? sub.lines : [tr(ctx.lang, "kế hoạch trong kho không nêu nội dung này.", "the plans in the knowledge base do not say.")]));
    out.agencies.push(...sub.agencies);
    out.citations.push(...sub.citations);
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
