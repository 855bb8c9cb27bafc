/**
 * One handler per kind of question. Each reads only the plans chosen for the question and
 * returns a Draft whose every agency and number comes from the passages it cites.
 */
import type { Agency, Assignment, ParsedPlan, Role, Task } from "../kb/types.ts";
import { foldKey } from "../core/vietnamese-text.ts";
import type { Language, QaRegistry } from "./answer-types.ts";
import { emptyDraft, planLabel, tr, agencyLabel, vnDate, type Draft } from "./answer-composer.ts";
import { termsOf, type Passage, type PassageIndex, type RankedPassage } from "./passage-index.ts";
import type { ParsedQuestion } from "./question-parser.ts";

/** A task or section with the agencies assigned to it. */
export interface AssignmentGroup { key: string; plan: ParsedPlan; task: Task | null; sectionPath: string; assignments: Assignment[] }

export interface HandlerContext {
  q: ParsedQuestion;
  terms: string[];
  plans: ParsedPlan[];
  index: PassageIndex;
  registry: QaRegistry;
  lang: Language;
  groupOf(p: Passage): AssignmentGroup | null;
  /** Minimum share of the question's weight a passage must hold to count as an answer. */
  minCoverage: number;
}

const MAX_QUOTE_IN_TEXT = 420;

/** The quote as shown inside answer text: whole when short, else its opening. */
export const shown = (quote: string): string =>
  `“${quote.length > MAX_QUOTE_IN_TEXT ? `${quote.slice(0, MAX_QUOTE_IN_TEXT).replace(/\s+\S*$/, "")} …` : quote}”`;

export function agencyOf(a: Assignment, registry: QaRegistry): { agency: Agency | null; name: string } {
  const agency = a.agencyId ? registry.agency(a.agencyId) ?? null : null;
  return { agency, name: agency?.name ?? a.agencyAsWritten.replace(/[;,.:\s]+$/, "").trim() };
}

const ROLE_ORDER: Record<Role, number> = { lead: 0, responsible: 1, coordinate: 2, requested: 3 };

function roleWord(role: Role, lang: Language): string {
  const vi: Record<Role, string> = { lead: "chủ trì", responsible: "chịu trách nhiệm", coordinate: "phối hợp", requested: "được đề nghị tham gia" };
  const en: Record<Role, string> = { lead: "leads", responsible: "is responsible", coordinate: "coordinates", requested: "is requested (not ordered) to take part" };
  return lang === "en" ? en[role] : vi[role];
}

const inPlans = (ctx: HandlerContext) => { const set = new Set(ctx.plans); return (p: Passage) => set.has(p.plan); };

function sectionWord(ctx: HandlerContext, path: string): string {
  return tr(ctx.lang, `mục ${path}`, `section ${path}`);
}

function cite(d: Draft, p: { plan: ParsedPlan; sectionPath: string; quote: string }): void {
  d.citations.push({ plan: p.plan, section: p.sectionPath, quote: p.quote });
}

/** Who leads and who coordinates the task that best matches the question. */
export function answerLead(ctx: HandlerContext): Draft {
  const keep = inPlans(ctx);
  const assigned = (p: Passage) => (ctx.groupOf(p)?.assignments.length ?? 0) > 0;
  const ranked = ctx.index.rank(ctx.terms, (p) => keep(p) && assigned(p), 5);
  const best = ranked[0];
  const d = emptyDraft();
  if (!best || !answersQuestion(ctx, best.passage, assigned)) return d;
  return describeGroup(ctx, ctx.groupOf(best.passage)!, best.passage, ctx.index.coverage(ctx.terms, best.passage));
}

/**
 * Whether a passage really answers: it holds enough of the question's weight; the question
 * uses at least one word pair the plans use at all ("thời tiết" is in none); and a plan
 * elsewhere does not answer it far better (Tây Ninh saying "phòng, chống bạo lực" is no
 * answer about "phòng chống đuối nước", which Đắk Lắk's plan covers).
 */
function answersQuestion(ctx: HandlerContext, p: Passage, sameKind: ((p: Passage) => boolean) | null): boolean {
  const coverage = ctx.index.coverage(ctx.terms, p);
  if (coverage < ctx.minCoverage) return false;
  const pairs = termsOf(ctx.terms).filter((t) => t.includes(" "));
  if (pairs.length > 0 && !pairs.some((t) => ctx.index.idf(t) > 0)) return false;
  if (coverage >= 0.6 || sameKind === null) return true;
  const elsewhere = ctx.index.rank(ctx.terms, (x) => x.plan !== p.plan && sameKind(x), 1)[0];
  return !elsewhere || ctx.index.coverage(ctx.terms, elsewhere.passage) < coverage / 0.75;
}

/** Lead first, then coordinators, then requested organisations, each cited. */
export function describeGroup(ctx: HandlerContext, g: AssignmentGroup, via: Passage | null, confidence: number): Draft {
  const d = emptyDraft();
  const sorted = [...g.assignments].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  for (const a of sorted) d.agencies.push({ ...agencyOf(a, ctx.registry), role: a.role, source: { plan: g.plan, sectionPath: a.sectionPath } });
  const byRole = (roles: Role[]) => [...new Set(sorted.filter((a) => roles.includes(a.role))
    .map((a) => { const x = agencyOf(a, ctx.registry); return agencyLabel(x.agency, x.name, ctx.lang); }))];
  const parts: string[] = [];
  for (const role of ["lead", "responsible", "coordinate", "requested"] as Role[]) {
    const names = byRole([role]);
    if (names.length > 0) parts.push(`${names.join(", ")} ${roleWord(role, ctx.lang)}`);
  }
  // A duty item's "title" is just its first sentence; programmes and recommendations have real titles.
  const what = g.task && g.task.kind !== "duty" ? `“${g.task.title}” (${sectionWord(ctx, g.sectionPath)})` : sectionWord(ctx, g.sectionPath);
  d.lines.push(tr(ctx.lang, `Theo ${planLabel(g.plan, ctx.registry, ctx.lang)}, ${what}: ${parts.join("; ")}.`,
    `Under ${planLabel(g.plan, ctx.registry, ctx.lang)}, ${what}: ${parts.join("; ")}.`));
  if (via) { d.lines.push(tr(ctx.lang, `Trích kế hoạch: ${shown(via.quote)}`, `The plan says: ${shown(via.quote)}`)); cite(d, via); }
  for (const a of sorted.slice(0, 8)) cite(d, { plan: g.plan, sectionPath: a.sectionPath, quote: a.quote });
  d.found = d.agencies.length > 0;
  d.confidence = confidence;
  return d;
}

function agencyMatches(a: Assignment, agency: Agency): boolean {
  return a.agencyId === agency.id;
}

/** What the plans assign to one agency, the passages nearest the question first. */
export function answerDuties(ctx: HandlerContext): Draft {
  const agency = ctx.q.agencies[0]!;
  const d = emptyDraft();
  const own: Array<{ plan: ParsedPlan; a: Assignment; role: Role; coverage: number; score: number }> = [];
  // "X chủ trì những chương trình nào?" asks for what X leads, not for its duty list.
  const asksLead = /\b(chu tri|lead|leads)\b/.test(ctx.q.folded);
  for (const plan of ctx.plans) {
    for (const a of plan.assignments) {
      if (!agencyMatches(a, agency)) continue;
      const passage = ctx.index.byAssignment.get(a);
      const role = dutyRole(ctx, a, passage);
      // The agency's own numbered duty item says most about it; a mention among a programme's coordinators says less.
      const coverage = passage ? ctx.index.coverage(ctx.terms, passage) : 0;
      const wanted = asksLead ? a.role === "lead" : role === "responsible" || role === "requested";
      own.push({ plan, a, role, coverage, score: coverage + (wanted ? 1 : 0) });
    }
  }
  if (own.length === 0) return d;
  own.sort((x, y) => y.score - x.score);
  const perPlan = new Map<ParsedPlan, number>();
  const cap = asksLead ? 5 : 2;
  if (asksLead && own.some((o) => o.a.role === "lead")) own.splice(0, own.length, ...own.filter((o) => o.a.role === "lead"));
  const chosen = own.filter((o) => { const n = perPlan.get(o.plan) ?? 0; perPlan.set(o.plan, n + 1); return n < cap; }).slice(0, asksLead ? 6 : 4);
  const label = agencyLabel(agency, agency.name, ctx.lang);
  for (const o of chosen) {
    d.agencies.push({ agency, name: agency.name, role: o.role, source: { plan: o.plan, sectionPath: o.a.sectionPath } });
    const clause = bestClause(ctx, o.plan, o.a.quote);
    const said = clause ? `${shown(clause.quote)} (${tr(ctx.lang, "trong", "within")} ${shown(o.a.quote)})` : shown(o.a.quote);
    const task = ctx.index.byAssignment.get(o.a)?.task;
    const titled = task && task.kind !== "duty" && o.plan.text.includes(task.title) ? task : null;
    if (titled) cite(d, { plan: o.plan, sectionPath: titled.sectionPath, quote: titled.title });
    const what = titled ? ` “${titled.title}”` : "";
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(o.plan, ctx.registry, ctx.lang)}, mục ${o.a.sectionPath}, ${label} ${roleWord(o.role, ctx.lang)}${what}: ${said}`,
      `Under ${planLabel(o.plan, ctx.registry, ctx.lang)}, section ${o.a.sectionPath}, ${label} ${roleWord(o.role, ctx.lang)}${what}: ${said}`));
    if (clause) cite(d, clause);
    cite(d, { plan: o.plan, sectionPath: o.a.sectionPath, quote: o.a.quote });
  }
  d.agencies.sort((x, y) => ROLE_ORDER[x.role] - ROLE_ORDER[y.role]);
  d.found = true;
  d.confidence = Math.max(0.5, chosen[0]!.coverage);
  return d;
}

/** The clause of a long duty that best matches the question, when the question says more than the agency. */
function bestClause(ctx: HandlerContext, plan: ParsedPlan, quote: string): Passage | null {
  if (ctx.terms.length === 0 || quote.length <= MAX_QUOTE_IN_TEXT) return null;
  const top = ctx.index.rank(ctx.terms, (p) => p.plan === plan && p.kind === "sentence" && p.quote !== quote && quote.includes(p.quote), 1)[0];
  return top && ctx.index.coverage(ctx.terms, top.passage) > 0.2 ? top.passage : null;
}

/** In its own numbered duty item an agency is the one responsible, even when the item opens with "Phối hợp". */
function dutyRole(ctx: HandlerContext, a: Assignment, passage: Passage | undefined): Role {
  if (a.role !== "coordinate" || !passage) return a.role;
  const g = ctx.groupOf(passage);
  const others = (g?.assignments ?? []).filter((x) => x.agencyId !== a.agencyId && (x.role === "lead" || x.role === "responsible"));
  return others.length === 0 ? "responsible" : "coordinate";
}

/** An appendix recommendation ("Số 78"): its activity, lead and coordinators. */
export function answerRecommendation(ctx: HandlerContext): Draft {
  const n = ctx.q.recommendationNumber!;
  const tasks = ctx.plans.flatMap((plan) => plan.tasks.filter((t) => t.kind === "recommendation" && (t.number ?? "").split(/[^0-9]+/).includes(n)).map((t) => ({ plan, t })));
  if (tasks.length === 0) return emptyDraft();
  const scored = tasks.map(({ plan, t }) => {
    const p = ctx.index.byTask.get(t);
    return { plan, t, p, score: p ? ctx.index.coverage(ctx.terms, p) : 0 };
  }).sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const assignments = best.plan.assignments.filter((a) => a.taskId === best.t.id);
  const g: AssignmentGroup = { key: best.t.id, plan: best.plan, task: best.t, sectionPath: best.t.sectionPath, assignments };
  const d = describeGroup(ctx, g, best.p ?? null, Math.max(0.6, best.score));
  if (scored.length > 1) {
    d.notes.push(tr(ctx.lang, `Phụ lục có ${scored.length} hoạt động mang số khuyến nghị ${n}; câu trả lời chọn hoạt động gần câu hỏi nhất.`,
      `The appendix lists ${scored.length} activities under recommendation ${n}; the answer picks the one closest to the question.`));
  }
  d.lines[0] = tr(ctx.lang, `Khuyến nghị số ${n}: `, `Recommendation ${n}: `) + d.lines[0];
  d.found = true;
  return d;
}

/** Targets, budget lines, reporting duties or any sentence, ranked against the question. */
export function answerFromKinds(ctx: HandlerContext, kinds: Passage["kind"][], fallbackRe: RegExp | null, listWhenVague: number, prefer: RegExp | null = null): Draft {
  const keep = inPlans(ctx);
  const d = emptyDraft();
  const ofKind = (p: Passage) => keep(p) && (kinds.includes(p.kind) || (fallbackRe !== null && p.kind === "sentence" && fallbackRe.test(p.folded)));
  let picks: Passage[];
  if (ctx.terms.length === 0) {
    picks = ctx.index.passages.filter((p) => keep(p) && kinds.includes(p.kind)).slice(0, listWhenVague);
    d.confidence = 0.5;
  } else {
    const ranked = preferred(ctx.index.rank(ctx.terms, ofKind, 10), prefer).slice(0, 3);
    const top = ranked[0];
    // Targets, budgets and reporting are asked of a plan by structure; only free-text facts are weighed against other plans.
    const sameKind = kinds.includes("sentence") ? (p: Passage) => kinds.includes(p.kind) : null;
    if (!top || !answersQuestion(ctx, top.passage, sameKind)) return d;
    picks = [...new Map(ranked.filter((r) => r.score >= top.score * 0.999).map((r) => [r.passage.quote, r.passage])).values()].slice(0, 2);
    d.confidence = ctx.index.coverage(ctx.terms, top.passage);
  }
  for (const p of picks) {
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: ${shown(p.quote)}`,
      `Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, the plan says: ${shown(p.quote)}`));
    cite(d, p);
    const g = ctx.groupOf(p);
    if (g && p.kind !== "sentence") for (const a of g.assignments.filter((x) => x.role === "lead")) d.agencies.push({ ...agencyOf(a, ctx.registry), role: a.role, source: { plan: g.plan, sectionPath: a.sectionPath } });
  }
  d.found = picks.length > 0;
  return d;
}

/** Moves passages that hold what the question asks for (a date, an amount) ahead of near ties. */
function preferred(ranked: RankedPassage[], prefer: RegExp | null): RankedPassage[] {
  if (!prefer || ranked.length === 0) return ranked;
  const top = ranked[0]!.score;
  return ranked.map((r) => ({ ...r, score: r.score + (prefer.test(r.passage.folded) ? top : 0) }))
    .sort((a, b) => b.score - a.score);
}

/** Budget: an amount only when the plan states one; otherwise found=false with what it does say. */
export function answerBudget(ctx: HandlerContext): Draft {
  const withAmount = ctx.plans.filter((p) => p.budgetLines.some((b) => b.amountVnd !== null));
  if (withAmount.length === 0) {
    const d = emptyDraft();
    for (const plan of ctx.plans) {
      d.lines.push(tr(ctx.lang, `${planLabel(plan, ctx.registry, ctx.lang)} không nêu số tiền cụ thể cho công tác trẻ em.`,
        `${planLabel(plan, ctx.registry, ctx.lang)} states no amount of money.`));
      const line = plan.budgetLines[0];
      const source = line ? { plan, sectionPath: line.sectionPath, quote: line.quote } : ctx.index.passages.find((p) => p.plan === plan && p.kind === "sentence" && /kinh phi/.test(p.folded));
      if (source) {
        d.lines.push(tr(ctx.lang, `Kế hoạch chỉ nói về nguồn kinh phí: ${shown(source.quote)}`, `It only names the sources of funding: ${shown(source.quote)}`));
        cite(d, source);
      }
    }
    return d;
  }
  return answerFromKinds({ ...ctx, plans: withAmount }, ["budget"], /kinh phi|ngan sach|ty dong/, 4, /\d[\d.,]* ?(ty|trieu)/);
}

const LEGAL_WORDS = new Set(["ke", "hoach", "quyet", "dinh", "van", "ban", "thu", "tuong", "trien", "khai", "thuc", "hien", "chinh", "phu", "nghi", "chi", "thi", "can", "cu", "cua", "luat", "thong", "tu"]);
const DOC_REF_RE = /\d+ ?\/ ?(qd|nd|tt|kh|ct)/;

/** What the plan implements and what it is based on, unless the question names a specific task. */
export function answerLegalBasis(ctx: HandlerContext): Draft {
  const topic = ctx.terms.filter((t) => !LEGAL_WORDS.has(t));
  const specific = topic.length >= 2 ? answerFromKinds({ ...ctx, terms: topic }, ["sentence", "assignment"], null, 0, DOC_REF_RE) : emptyDraft();
  const citesOther = (quote: string) => [...foldKey(quote).matchAll(/(\d+) ?\/ ?(qd|nd|tt|kh|ct)/g)].some((m) => !ctx.plans.some((p) => p.documentNumber.startsWith(`${m[1]}/`)));
  if (specific.found && specific.confidence >= 0.5 && specific.citations.some((c) => citesOther(c.quote))) return specific;
  const d = emptyDraft();
  for (const plan of ctx.plans) {
    const impl = plan.implements.map((x) => x.documentNumber);
    const basis = plan.legalBasis.map((x) => x.documentNumber).filter((x): x is string => !!x && !impl.includes(x));
    d.lines.push(tr(ctx.lang,
      `${planLabel(plan, ctx.registry, ctx.lang)} thực hiện: ${impl.join(", ") || "không nêu"}${basis.length ? `; căn cứ: ${basis.join(", ")}` : ""}.`,
      `${planLabel(plan, ctx.registry, ctx.lang)} implements: ${impl.join(", ") || "none stated"}${basis.length ? `; legal basis: ${basis.join(", ")}` : ""}.`));
    for (const x of [...plan.implements, ...plan.legalBasis].slice(0, 5)) cite(d, { plan, sectionPath: tr(ctx.lang, "căn cứ", "basis"), quote: x.quote });
  }
  d.found = d.citations.length > 0;
  d.confidence = 0.8;
  return d;
}

function periodLabel(plan: ParsedPlan, lang: Language): string {
  const from = plan.period.start?.slice(0, 4);
  const to = plan.period.end?.slice(0, 4);
  if (!from && !to) return tr(lang, "không nêu", "not stated");
  if (from === to) return from!;
  return to ? `${from ?? "?"}–${to}` : tr(lang, `từ ${from}, không nêu năm kết thúc`, `from ${from}, no end stated`);
}

function lineWith(plan: ParsedPlan, needle: string): string | null {
  if (!needle) return null;
  return plan.text.split("\n").map((l) => l.trim()).find((l) => l.includes(needle)) ?? null;
}

/** Number, signer, date and period from the plan's own header, cited from the lines that state them. */
export function answerPlanDetails(ctx: HandlerContext): Draft {
  const d = emptyDraft();
  for (const plan of ctx.plans) {
    const digits = plan.documentNumber.split("/")[0] ?? "";
    const period = periodLabel(plan, ctx.lang);
    d.lines.push(tr(ctx.lang,
      `${planLabel(plan, ctx.registry, ctx.lang)}: ${plan.title}. Người ký: ${plan.signer ?? "không rõ"}; ngày ký: ${plan.signedDate ? vnDate(plan.signedDate) : "không rõ"}; thời gian thực hiện: ${period}.`,
      `${planLabel(plan, ctx.registry, ctx.lang)}: ${plan.title}. Signed by ${plan.signer ?? "unknown"} on ${plan.signedDate ?? "unknown date"}; period: ${period}.`));
    if (plan.province.inference) d.notes.push(tr(ctx.lang, `Tỉnh được suy ra: ${plan.province.inference.reason}`, `Province inferred: ${plan.province.inference.reason}`));
    for (const quote of [lineWith(plan, `${digits} /`) ?? lineWith(plan, `${digits}/`), lineWith(plan, plan.signer ?? "")]) {
      if (quote) cite(d, { plan, sectionPath: tr(ctx.lang, "đầu văn bản", "header"), quote });
    }
  }
  d.found = d.citations.length > 0;
  d.confidence = 0.9;
  return d;
}

/** Any passage: the plan sentence nearest the question, with the agencies of its task. */
export function answerFact(ctx: HandlerContext): Draft {
  const d = answerFromKinds(ctx, ["sentence", "task", "target", "budget", "reporting", "assignment"], null, 0);
  if (!d.found) return d;
  const first = d.citations[0]!;
  const p = ctx.index.passages.find((x) => x.plan === first.plan && x.quote === first.quote);
  const g = p ? ctx.groupOf(p) : null;
  if (g) for (const a of [...g.assignments].sort((x, y) => ROLE_ORDER[x.role] - ROLE_ORDER[y.role]).slice(0, 6)) {
    d.agencies.push({ ...agencyOf(a, ctx.registry), role: a.role, source: { plan: g.plan, sectionPath: a.sectionPath } });
    cite(d, { plan: g.plan, sectionPath: a.sectionPath, quote: a.quote });
  }
  return d;
}
