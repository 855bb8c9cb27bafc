/**
 * One handler per kind of question. Each reads only the plans chosen for the question and
 * returns a Draft whose every agency and number comes from the passages it cites.
 */
import { requestingHeading } from "./requested-heading.ts";
import type { Agency, Assignment, ParsedPlan, Role, Section, Task } from "../kb/types.ts";
import { foldKey, foldWords, hasVietnameseDiacritics } from "../core/vietnamese-text.ts";
import type { Language, QaRegistry } from "./answer-types.ts";
import { agenciesIn, agencyIdsIn, emptyDraft, foldedNames, foldOnce, planLabel, titleWordSet, tr, agencyLabel, vnDate, type Draft } from "./answer-composer.ts";
import { foldWordsOnce, memoByObject, memoByPlan, memoByPlans, memoByText, planHolds, trimmedLines } from "./memo.ts";
import { termsOf, type Passage, type PassageIndex, type RankedPassage } from "./passage-index.ts";
import { DEPARTMENTS_NOUN, IMPLEMENTATION_BODIES_RE, isStopword, LIST_AGENCIES_RE, PREMISE_RE, translateTerms, type ParsedQuestion } from "./question-parser.ts";
import { leadBySentenceSubject } from "./sentence-subject.ts";

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
  /** The question names these plans' province itself: do not weigh their answer against other plans'. */
  local?: boolean;
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
/** "nhất là ...", "đặc biệt là ...", "especially ...": what follows narrows the task; it is not the task. */
const QUALIFIER_RE = /\b(nhat la|dac biet la|chu yeu la|especially|particularly|in particular|notably)\b/;

/** The question's terms without those only its qualifier writes ("nhất là ở vùng đồng bào dân tộc"); null without a qualifier. */
function coreTerms(ctx: HandlerContext): string[] | null {
  const m = QUALIFIER_RE.exec(ctx.q.folded);
  if (!m) return null;
  const before = ctx.q.folded.slice(0, m.index).split(" ");
  const after = ctx.q.folded.slice(m.index + m[0].length).split(" ");
  const own = new Set(ctx.lang === "en" ? translateTerms(before, "en").flatMap((w) => w.split(" ")) : before);
  const narrowing = new Set((ctx.lang === "en" ? translateTerms(after, "en").flatMap((w) => w.split(" ")) : after).filter((w) => !own.has(w)));
  const core = ctx.terms.filter((t) => !t.split(" ").every((w) => narrowing.has(w)));
  return core.length >= 2 && core.length < ctx.terms.length ? core : null;
}

export function answerLead(ctx: HandlerContext, local = false): Draft {
  // "Ai chủ trì giảm bỏ học, nhất là ở vùng đồng bào dân tộc?": the body whose duty holds the task, before one sharing the qualifier.
  const core = coreTerms(ctx);
  if (core) {
    const d = answerLead({ ...ctx, terms: core, q: { ...ctx.q, folded: ctx.q.folded.replace(QUALIFIER_RE, " ") } }, local);
    if (d.found) return d;
  }
  const keep = inPlans(ctx);
  const asked = articleAsked(ctx);
  const assigned = (p: Passage) => (ctx.groupOf(p)?.assignments.length ?? 0) > 0 && asked(p);
  const ranked = ctx.index.rank(ctx.terms, (p) => keep(p) && assigned(p), 5);
  // The twelve best the same way, ranked once however many of the steps below look at them (none change the list).
  let twelve: RankedPassage[] | null = null;
  const ranked12 = (): RankedPassage[] => (twelve ??= ctx.index.rank(ctx.terms, (p) => keep(p) && assigned(p), 12));
  const best = ofRequestedBody(ctx, ASKS_REQUESTED_RE.test(ctx.q.folded) ? ranked12() : ranked)
    ?? ofAskedKind(ctx, ASKED_KIND.some(([asked]) => asked.test(ctx.q.folded)) ? ranked12() : ranked)
    ?? withNamedAgency(ctx, ranked) ?? ofOrderedBody(ctx, ranked) ?? ranked[0];
  const d = emptyDraft();
  // `local`: the question is about these plans (a claim about one province's plan), whatever other plans say.
  if (!best) return d;
  const partner = answersQuestion(ctx, best.passage, local ? null : assigned) ? null : jointClause(ctx, best, ranked12());
  if (!partner && !answersQuestion(ctx, best.passage, local ? null : assigned)) return d;
  if (partner) {
    const joint = describeGroup(ctx, ctx.groupOf(best.passage)!, best.passage, ctx.index.coverage(ctx.terms, best.passage));
    joint.lines.push(tr(ctx.lang, `Cùng mục ${partner.sectionPath}: ${shown(partner.quote)}`, `The same section ${partner.sectionPath}: ${shown(partner.quote)}`));
    joint.citations.push({ plan: partner.plan, section: partner.sectionPath, quote: partner.quote });
    return joint;
  }
  // "Sở X làm đầu mối ..." under another body's duties: the sentence's own subject is who acts.
  const lead = leadBySentenceSubject(describeGroup(ctx, ctx.groupOf(best.passage)!, best.passage, ctx.index.coverage(ctx.terms, best.passage)),
    viaAgency(ctx, best.passage.quote) ?? subjectAgency(ctx, best.passage.quote) ?? clauseSubject(ctx, best.passage.quote), best.passage.plan, best.passage.sectionPath, ctx.lang);
  if (asksSeveralBodies(ctx.q.folded)) return withOtherBodies(ctx, lead, best, ranked12());
  // "Sức khỏe tâm thần trẻ em Gia Lai ai lo?": another body's own item of the same plan holding the task as fully as the first does
  // ("Sở Y tế: ... dịch vụ y tế chăm sóc sức khỏe tâm thần cho trẻ em" beside the schools' "chăm sóc sức khỏe tâm thần cho học
  // sinh") is named too: the plan gives it to both, and one alone would be half the answer.
  return withOtherBodies(ctx, lead, best, ranked, true);
}

/**
 * "Cơ quan nào vừa lo trợ giúp pháp lý cho trẻ em vừa quản lý đăng ký nuôi con nuôi?": two tasks asked together, each in its own
 * clause of one body's item. Neither clause alone holds enough of the question; another clause of the same item that holds
 * the rest (together nearly all of it, each adding its own part) is returned, else null.
 */
function jointClause(ctx: HandlerContext, best: RankedPassage, ranked: RankedPassage[]): Passage | null {
  if (!/\b(va|vua|and|both|cung nhu|as well as)\b/.test(ctx.q.folded)) return null;
  // Words the plan never writes ("vừa ... vừa", "lo") ask nothing of it.
  const words = [...new Set(ctx.terms.filter((t) => !t.includes(" ") && flatText(best.passage.plan).includes(` ${t} `)))];
  const total = words.reduce((s, t) => s + ctx.index.idf(t), 0);
  if (total === 0) return null;
  const has = (p: Passage, t: string) => ctx.index.coverage([t], p) > 0;
  const alone = ctx.index.coverage(words, best.passage);
  for (const r of ranked) {
    const p = r.passage;
    if (p.plan !== best.passage.plan || p.sectionPath !== best.passage.sectionPath || best.passage.quote.includes(p.quote) || p.quote.includes(best.passage.quote)) continue;
    const joint = words.reduce((s, t) => s + (has(best.passage, t) || has(p, t) ? ctx.index.idf(t) : 0), 0) / total;
    if (joint >= 0.9 && joint - alone >= 0.2 && joint - ctx.index.coverage(words, p) >= 0.2) return p;
  }
  return null;
}

/** "Những cơ quan nào ...", "các sở nào", "which bodies/departments ...": more than one body may be asked for. */
const SEVERAL_BODIES_RE = /\b(nhung|cac) (co quan|so,? nganh|so|nganh|don vi|to chuc|doan the|ben|noi|cap)( thanh vien)? nao\b|\b(which|what) (member )?(organi[sz]ations|unions|associations) (with|alongside|together)\b|\b(ngoai|besides|apart from|other than)\b.*\b(con|nua|other|else)\b.*\b(co quan|so|don vi|nganh|ai|bodies|body|agenc\w+|departments?)\b|\b(which|what)((?! (does|do|did|is|are|was|were|the|a|an|of|must|should|can|will|has|have)\b) [a-z]+){0,2} (agencies|departments|bodies|offices|units|organi[sz]ations|sectors|levels)\b|\b(co quan|so|nganh|don vi|to chuc|doan the|hoi) (co quan|so|nganh|don vi|to chuc|doan the|hoi) nao\b|\b(co quan|so|don vi) nao\b( \w+){0,4} (cung|deu|nua)\b/;
export const asksSeveralBodies = (folded: string): boolean => SEVERAL_BODIES_RE.test(folded);

/**
 * "Những cơ quan nào phải làm sạch dữ liệu trẻ em?": besides the best passage, other bodies' own items holding
 * the task nearly as fully (the department's item and the districts' item both say it) answer too, each quoted.
 */
function withOtherBodies(ctx: HandlerContext, lead: Draft, best: RankedPassage, ranked: RankedPassage[], wholeOnly = false): Draft {
  const bestGroup = ctx.groupOf(best.passage);
  const bestCov = ctx.index.coverage(ctx.terms, best.passage);
  // One body asked for: another is named only when it holds the task as fully as the first, and that is most of what is asked.
  // A body the plan only requests, or a table row, answers first as it is: the tie is between bodies' own items.
  // A question naming a body asks about that one; an article ("Điều 2") names everyone who executes the decision.
  const aside = (p: Passage) => p.sectionPath.startsWith("Phụ lục") || /^Điều \d+$/u.test(p.sectionPath);
  // A tie on one or two words is a shared word, not the same task: three of the question's words held by each.
  const held = (p: Passage) => new Set(ctx.terms.filter((t) => ctx.index.coverage([t], p) > 0)).size;
  if (wholeOnly && (bestCov < TIED_TASK || ctx.q.agencies.length > 0 || !lead.agencies.some((a) => a.role === "lead" || a.role === "responsible") || aside(best.passage)
    || held(best.passage) < 3)) return lead;
  const seen = new Set(lead.agencies.filter((a) => a.role === "lead" || a.role === "responsible").map((a) => a.name));
  const groups = new Set([bestGroup]);
  for (const r of ranked) {
    const g = ctx.groupOf(r.passage);
    if (!g || groups.has(g) || r.passage.plan !== best.passage.plan) continue;
    const cov = ctx.index.coverage(ctx.terms, r.passage);
    // Several bodies are asked for: one holding about half of what the best holds answers a part of the question.
    if (cov < (wholeOnly ? bestCov - 1e-9 : Math.max(ctx.minCoverage, bestCov * 0.45))) continue;
    if (wholeOnly && (aside(r.passage) || held(r.passage) < 3)) continue;
    const other = describeGroup(ctx, g, r.passage, cov);
    // A body the province only requests (the Youth Union's "Đề nghị Tỉnh Đoàn") is one of the bodies asked for.
    // A tie with "các sở, ban, ngành liên quan" names no one more.
    const heads = other.agencies.filter((a) => a.role === "lead" || a.role === "responsible" || (!wholeOnly && a.role === "requested"))
      .filter((a) => !wholeOnly || !/^Các /u.test(a.name));
    if (heads.length === 0 || heads.every((a) => seen.has(a.name))) continue;
    groups.add(g);
    for (const a of heads) seen.add(a.name);
    lead.lines.push(...other.lines);
    lead.agencies.push(...other.agencies.filter((a) => !lead.agencies.some((x) => x.name === a.name)));
    lead.citations.push(...other.citations);
    if (groups.size >= (wholeOnly ? 2 : 4)) break;
  }
  return lead;
}

/** Coverage of the question's words above which two bodies' items holding it equally both answer "who". */
const TIED_TASK = 0.8;

/** "Sở nào", "which department", "hội nào": the kind of body asked for, by the first word of its name. */
const ASKED_KIND: ReadonlyArray<[RegExp, RegExp]> = [
  [/\b(so nao|nhung so|which (provincial )?departments?|what departments?)\b/, /^(so|department)\b/],
  [/\b(hoi nao|doan the nao|which (association|union|mass organi[sz]ation)s?)\b/, /^(hoi|tinh doan|provincial (women|farmers|veterans|youth))\b/],
  // "Which local body ...", "cấp nào ... tại địa phương": the districts' or communes' committee, not a provincial department.
  [/\b(which local (body|bodies|authority|authorities|government|level)|(co quan|don vi|cap) nao (o|tai|cua) dia phuong|cap nao\b.*\b(dia phuong|huyen|xa))\b/,
    /^(uy ban nhan dan|ubnd)( cap| cac)? (huyen|xa)\b/],
];

/** Words asking who does something ("ai chủ trì thực hiện", "who leads"): they name no task an article gives. */
const LEAD_ASKING_WORDS = new Set(["ai", "chu", "tri", "thuc", "hien", "trien", "khai", "to", "chuc", "trach", "nhiem", "co", "quan", "nao", "so", "don", "vi",
  "nganh", "lam", "dau", "moi", "phu", "giao", "cho", "who", "lead", "leads", "leading", "charge", "responsible", "which", "department", "agency", "body",
  "implement", "implements", "implementation", "carry", "out", "runs", "run", "tinh", "nam", "giai", "doan", "chuong", "trinh", "programme", "program",
  "plan", "ke", "hoach", "quyet", "dinh", "decision", "theo", "cua", "tai", "trong", "o", "province"]);

/**
 * "Ai chủ trì thực hiện Chương trình bảo vệ trẻ em tỉnh Đắk Lắk giai đoạn 2016-2020?": the decision's own articles (Điều 2: Sở Tài
 * chính ... bố trí kinh phí để thực hiện Chương trình ...) restate the plan's title; they answer only a question about what the
 * article itself says (its funding, its effect, its executors), one sharing a word with it besides the title and the asking words.
 */
/** The folded words of the plans' titles, once per list of plans. */
const titleWordsOfPlans = memoByPlans((plans) => new Set(plans.flatMap((plan) => foldWordsOnce(plan.title))));

function articleAsked(ctx: HandlerContext): (p: Passage) => boolean {
  const titleWords = titleWordsOfPlans(ctx.plans);
  const topic = ctx.terms.filter((t) => t.split(" ").some((w) => !titleWords.has(w) && !LEAD_ASKING_WORDS.has(w) && !/\d/.test(w)));
  // Whether the question names an article is the same for every passage: read once.
  const namesArticle = /\b(dieu|article)\s+\d/.test(ctx.q.folded);
  return (p) => !/^Điều \d+$/u.test(p.sectionPath) || namesArticle || topic.some((t) => p.quoteTerms.has(t));
}

/** "Ai được đề nghị ...", "đề nghị tổ chức nào", "who is requested / asked to ...": a body the province only requests is asked for. */
const ASKS_REQUESTED_RE = /\b(duoc de nghi|de nghi (ai|to chuc|hoi|doan the|co quan)|(is|are|was|were) (requested|asked) to|requested to)\b/;

/** Of passages ranked near the top, the one a requested body (the Front, a mass organisation) holds, when the question asks for one. */
function ofRequestedBody(ctx: HandlerContext, ranked: RankedPassage[]): RankedPassage | null {
  const top = ranked[0];
  if (!top || !ASKS_REQUESTED_RE.test(ctx.q.folded)) return null;
  const requested = (r: RankedPassage) => (ctx.groupOf(r.passage)?.assignments ?? []).some((a) => a.role === "requested");
  if (requested(top)) return null;
  return ranked.find((r) => r.score >= top.score * 0.6 && requested(r)) ?? null;
}

/**
 * "Gia Lai: cơ quan nào triển khai các hoạt động truyền thông về quyền trẻ em?": the Youth Union, which the province only requests
 * ("Đề nghị Tỉnh Đoàn"), and the labour department, which it directs, are given the same words; the body the plan orders answers
 * first when its item holds the question as fully, unless a requested body is what is asked.
 */
function ofOrderedBody(ctx: HandlerContext, ranked: RankedPassage[]): RankedPassage | null {
  const top = ranked[0];
  const roles = (r: RankedPassage) => (ctx.groupOf(r.passage)?.assignments ?? []).map((a) => a.role);
  if (!top || !roles(top).includes("requested") || roles(top).some((x) => x === "lead" || x === "responsible")) return null;
  const cov = ctx.index.coverage(ctx.terms, top.passage);
  return ranked.find((r) => r.passage.plan === top.passage.plan && roles(r).some((x) => x === "lead" || x === "responsible")
    && ctx.index.coverage(ctx.terms, r.passage) >= cov - 1e-9) ?? null;
}

/**
 * A long passage of a district's or commune's duties may share more words with the question than the
 * department's item does; when the question asks which department (or association), the best-ranked
 * passage whose lead is of that kind answers, if it is near the top.
 */
function ofAskedKind(ctx: HandlerContext, ranked: RankedPassage[]): RankedPassage | null {
  const kind = ASKED_KIND.find(([asked]) => asked.test(ctx.q.folded))?.[1];
  const top = ranked[0];
  if (!kind || !top) return null;
  const isKind = (r: RankedPassage) => (ctx.groupOf(r.passage)?.assignments ?? []).some((a) => (a.role === "lead" || a.role === "responsible")
    && kind.test(foldOnce(agencyOf(a, ctx.registry).agency?.name ?? a.agencyAsWritten)));
  if (isKind(top)) return null;
  return ranked.find((r) => r.score >= top.score * 0.6 && isKind(r)) ?? null;
}

/**
 * "Văn phòng UBND tỉnh phối hợp với ai để đôn đốc ...?": the agency the question names is the context of
 * the task asked about; of passages ranked near the top, the one that names it (in its assignments or its words).
 */
function withNamedAgency(ctx: HandlerContext, ranked: RankedPassage[]): RankedPassage | null {
  const top = ranked[0];
  const named = ctx.q.agencies.map((a) => a.id);
  // Only when the named agency is a partner asked about ("phối hợp với ai", "with whom"), not the actor asked "to whom".
  if (!top || named.length === 0 || !/\b(voi ai|cung ai|ai phoi hop|phoi hop voi|with whom|together with|alongside)\b/.test(ctx.q.folded)) return null;
  const names = (r: RankedPassage) => (ctx.groupOf(r.passage)?.assignments ?? []).some((a) => a.agencyId !== null && named.includes(a.agencyId))
    || agencyIdsIn(ctx.registry, r.passage.quote).some((id) => named.includes(id));
  if (names(top)) return null;
  return ranked.find((r) => r.score >= top.score * 0.6 && names(r)) ?? null;
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
  if (ctx.local) sameKind = null;
  const pairs = termsOf(ctx.terms).filter((t) => t.includes(" "));
  // English words put into Vietnamese one by one stand in English order ("law on associations": luật, hội): a passage holding
  // every one of them answers though no two stand together as in the plan ("Luật về Hội").
  if (pairs.length > 0 && !pairs.some((t) => ctx.index.idf(t) > 0) && !(ctx.lang === "en" && coverage >= 0.99)) return false;
  if (coverage >= 0.6 || sameKind === null) return true;
  const elsewhere = ctx.index.rank(ctx.terms, (x) => x.plan !== p.plan && sameKind(x), 1)[0];
  return !elsewhere || ctx.index.coverage(ctx.terms, elsewhere.passage) < coverage / 0.75;
}

/**
 * "Kế hoạch 45/KH-UBND của Tây Ninh về phòng chống đuối nước ...": the compound of the question the fewest plans write
 * ("duoi nuoc") is its topic; when the chosen plans never write it and another plan held does, they do not cover the topic
 * (Tây Ninh's "phòng, chống bạo lực" shares every other word). Returns that topic, else null.
 */
const FLAT_TEXT = new WeakMap<ParsedPlan, string>();
const flatFold = (text: string) => ` ${foldOnce(text).replace(/[^a-z0-9]+/g, " ").trim()} `;
const flatText = (plan: ParsedPlan): string => {
  let t = FLAT_TEXT.get(plan);
  if (t === undefined) FLAT_TEXT.set(plan, (t = flatFold(plan.text)));
  return t;
};

export function topicOnlyElsewhere(ctx: HandlerContext): string | null {
  // Only a compound the question itself writes ("phòng chống đuối nước"), never a pair of words its stop words left side by side;
  // of those, the one the fewest plans write is the topic.
  const asked = flatFold(ctx.q.folded);
  const all = ctx.index.passages.map((x) => x.plan).filter((plan, i, list) => list.indexOf(plan) === i);
  const holders = (t: string) => all.filter((plan) => flatText(plan).includes(` ${t} `));
  const topic = termsOf(ctx.terms).filter((t) => t.includes(" ") && ctx.index.idf(t) > 0 && asked.includes(` ${t} `) && holders(t).length > 0)
    .sort((a, b) => holders(a).length - holders(b).length || ctx.index.idf(b) - ctx.index.idf(a))[0];
  if (!topic) return null;
  const by = holders(topic);
  return !ctx.plans.some((plan) => by.includes(plan)) ? topic : null;
}

/**
 * A passage that is only a heading ("1. Mục tiêu tổng quát") says nothing itself: the line under it, verbatim,
 * is what the plan says under that heading (when that line is text, not the next heading).
 */
export function bodyOfHeading(p: Pick<Passage, "plan" | "quote">): string | null {
  const q = p.quote.trim();
  if (q.length === 0 || q.length > 80 || /[.;:,!?]$/.test(q) || foldWords(q).length > 8) return null;
  const text = p.plan.text;
  let next: string | undefined;
  for (let i = text.indexOf(q); i >= 0 && next === undefined; i = text.indexOf(q, i + 1)) {
    const start = text.lastIndexOf("\n", i) + 1;
    const end = text.indexOf("\n", i);
    const line = text.slice(start, end < 0 ? text.length : end).trim().replace(/^(?:[IVX]+|\d{1,2}|[a-zđ])[.)]\s*/iu, "");
    if (end < 0 || (line !== q && line !== `${q}:`)) continue;
    next = text.slice(end + 1, end + 1200).split("\n").map((l) => l.trim()).find((l) => l.length > 0) ?? "";
  }
  // The next line is itself a heading ("2. Mục tiêu cụ thể"): the heading has no body of its own.
  if (!next || next.length < 40 || next.length > 900 || /^(?:[IVX]+|\d{1,2}|[a-zđ])[.)]\s/iu.test(next)) return null;
  return next;
}

/** "Những chương trình nào", "gồm những gì", "what are the ...": the answer is a list, however the plan splits it. */
const ASKS_LIST_RE = /\b((nhung|cac) \w+( \w+){0,6} nao|gom (nhung )?(gi|nao)|bao gom nhung|nhung gi|what are|which are|list|liet ke|ke ten)\b/;
const MAX_CONTINUATION = 6;

/**
 * The rest of a list a quote opens: the items after it on its own line when it ends with ";"
 * ("Chương trình A; Chiến lược B; ..."), or the dash lines under it when it ends with ":". Each item
 * is a verbatim slice of the plan.
 */
export function continuation(plan: ParsedPlan, quote: string): string[] {
  const q = quote.trim();
  const lines = plan.text.split("\n");
  const at = lines.findIndex((l) => l.includes(q));
  if (at < 0) return [];
  const out: string[] = [];
  if (q.endsWith(";")) {
    const line = lines[at]!;
    const rest = line.slice(line.indexOf(q) + q.length);
    for (const piece of rest.split(/(?<=;)\s+/)) {
      const t = piece.trim();
      if (t.length === 0) continue;
      out.push(t);
      if (!t.endsWith(";") || out.length >= MAX_CONTINUATION) break;
    }
  } else if (q.endsWith(":")) {
    for (const l of lines.slice(at + 1)) {
      const t = l.trim();
      if (t.length === 0) continue;
      if (!/^[-–+•]/.test(t) || out.length >= MAX_CONTINUATION) break;
      out.push(t);
    }
  }
  return out.filter((t) => plan.text.includes(t) && !q.includes(t));
}

/** A passage ending mid-list or at a label ("Giám đốc các Sở:", "Thời gian thực hiện:") as its whole line, still a verbatim slice. */
export function wholeLine(p: Pick<Passage, "plan" | "quote">): string {
  if (!/[:;,]$/.test(p.quote.trim())) return p.quote;
  const line = trimmedLines(p.plan).find((l) => l.includes(p.quote));
  return line && line.length <= 600 ? line : p.quote;
}


/**
 * "Who leads the plan?" with no task named: the first item of the plan's implementation
 * part, where the plan names the body that leads and sums up the whole plan.
 */
export function answerPlanLead(ctx: HandlerContext): Draft {
  for (const plan of ctx.plans) {
    const parent = plan.sections.find((s) => !s.path.includes(".") && /^to chuc thuc hien\b/.test(foldOnce(s.heading)));
    const first = parent ? plan.assignments.find((a) => (a.sectionPath === `${parent.path}.1` || a.sectionPath.startsWith(`${parent.path}.1.`)) && (a.role === "lead" || a.role === "responsible")) : undefined;
    const passage = first ? ctx.index.byAssignment.get(first) : undefined;
    const g = passage ? ctx.groupOf(passage) : null;
    if (g && passage) return describeGroup(ctx, g, passage, 0.5);
  }
  return emptyDraft();
}

/** Lead first, then coordinators, then requested organisations, each cited. */
export function describeGroup(ctx: HandlerContext, g: AssignmentGroup, via: Passage | null, confidence: number): Draft {
  const d = emptyDraft();
  const sorted = [...g.assignments].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  // Each body looked up once (a group may list dozens), its label kept under its role in the order listed.
  const labels = new Map<Role, Set<string>>();
  for (const a of sorted) {
    const x = agencyOf(a, ctx.registry);
    d.agencies.push({ ...x, role: a.role, source: { plan: g.plan, sectionPath: a.sectionPath } });
    (labels.get(a.role) ?? labels.set(a.role, new Set()).get(a.role)!).add(agencyLabel(x.agency, x.name, ctx.lang));
  }
  const parts: string[] = [];
  for (const role of ["lead", "responsible", "coordinate", "requested"] as Role[]) {
    const names = [...(labels.get(role) ?? [])];
    if (names.length > 0) parts.push(`${names.join(", ")} ${roleWord(role, ctx.lang)}`);
  }
  // A duty item's "title" is just its first sentence; programmes and recommendations have real titles.
  const what = g.task && g.task.kind !== "duty" ? `“${g.task.title}” (${sectionWord(ctx, g.sectionPath)})` : sectionWord(ctx, g.sectionPath);
  d.lines.push(tr(ctx.lang, `Theo ${planLabel(g.plan, ctx.registry, ctx.lang)}, ${what}: ${parts.join("; ")}.`,
    `Under ${planLabel(g.plan, ctx.registry, ctx.lang)}, ${what}: ${parts.join("; ")}.`));
  // A clause of the sentence that assigns the group ("...; Chủ tịch UBND các huyện ... chịu trách nhiệm thi hành") that leaves out
  // bodies the line names: the whole sentence is shown, so every body named is in the words quoted.
  const clause = via?.quote ?? null;
  const named = clause ? new Set(agencyIdsIn(ctx.registry, clause)) : null;
  const whole = clause && named ? g.assignments.find((a) => a.quote !== clause && a.quote.includes(clause)
    && g.assignments.some((x) => x.agencyId && !named.has(x.agencyId))) : undefined;
  if (via && whole) via = { ...via, quote: whole.quote };
  if (via) { d.lines.push(tr(ctx.lang, `Trích kế hoạch: ${shown(via.quote)}`, `The plan says: ${shown(via.quote)}`)); cite(d, via); }
  for (const a of sorted.slice(0, 8)) cite(d, { plan: g.plan, sectionPath: a.sectionPath, quote: a.quote });
  d.found = d.agencies.length > 0;
  d.confidence = confidence;
  return d;
}

function agencyMatches(a: Assignment, agency: Agency): boolean {
  return a.agencyId === agency.id;
}

/** An earlier agency whose child-protection duties `agency` holds today (the first successor named for it). */
/** `portion`: the agency is a later successor, taking a portfolio other than the children's ("lao động"), said in `note`. */
export interface Predecessor { from: Agency; effective: string; legalBasis: string; portion?: { childrenTo: Agency | null; note: string; noteEn: string } }

export function predecessorsOf(ctx: Pick<HandlerContext, "registry" | "plans">, agency: Agency, named: Agency[] = []): Predecessor[] {
  const provinceIds = new Set(ctx.plans.map((p) => p.province.provinceId));
  const out: Predecessor[] = [];
  for (const s of ctx.registry.successors) {
    // The first successor takes the child-protection duties; another one only when the question names the old agency.
    const takes = s.toAgencyIds[0] === agency.id || (s.toAgencyIds.includes(agency.id) && named.some((a) => a.id === s.fromAgencyId));
    if (s.fromAgencyId === agency.id || !takes) continue;
    if (s.scope !== "all" && !provinceIds.has(s.scope)) continue;
    const from = ctx.registry.agency(s.fromAgencyId);
    if (!from || out.some((x) => x.from.id === from.id)) continue;
    const later = s.toAgencyIds[0] !== agency.id;
    out.push({ from, effective: s.effective, legalBasis: s.legalBasis,
      ...(later ? { portion: { childrenTo: ctx.registry.agency(s.toAgencyIds[0]!) ?? null, note: s.note, noteEn: s.noteEn } } : {}) });
  }
  return out;
}

interface DutyCandidate { plan: ParsedPlan; a: Assignment; role: Role; coverage: number; score: number; via: Predecessor | null; content?: Passage }

/**
 * A programme the agency leads or joins says what it does in its content, not in the line
 * naming the agencies: the content sentence nearest the question, when it answers better.
 */
function programmeContent(ctx: HandlerContext, plan: ParsedPlan, a: Assignment, passage: Passage | undefined, coverage: number): Passage | undefined {
  const task = passage?.task;
  if (!task || task.kind !== "programme" || ctx.terms.length === 0) return undefined;
  const top = ctx.index.rank(ctx.terms, (p) => p.plan === plan && p.kind === "sentence" && (p.sectionPath === task.sectionPath || p.sectionPath.startsWith(`${task.sectionPath}.`)) && p.quote !== a.quote, 1)[0];
  return top && ctx.index.coverage(ctx.terms, top.passage) >= Math.max(0.4, coverage + 0.2) ? top.passage : undefined;
}

const MAX_DUTIES = 5;
/** A body's duty list this short is shown whole, every item in full. */
const WHOLE_LIST_MAX = 3;

/** What the plans assign to one agency (and, for today's agency, to the one it took over), nearest the question first. */
/** "Giao riêng", "nhiệm vụ riêng", "specifically", "its own": the duties given the body by name. */
const ASKS_OWN_RE = /\b(giao rieng|rieng cho|nhiem vu rieng|muc rieng|specifically|its own|their own|own (duty|duties|tasks?|items?))\b/;

/** "Phối hợp với ai", "with whom": the partners of a body are asked, not its own duties. */
const ASKS_PARTNERS_RE = /\b(phoi hop|cung voi|with whom|work with|works with|coordinat\w*)\b/;

/**
 * "UBND cấp huyện có nhiệm vụ gì theo KH 1979?" of a plan whose stored text is cut, naming the body only as one another body's
 * item works with: that is what the text says, and its own part, if the plan had one, is in the part that was cut; said after it.
 */
function cutPlanNote(ctx: HandlerContext, agency: Agency, chosen: DutyCandidate[]): string | null {
  const cut = ctx.plans.length > 0 && ctx.plans.every((p) => p.gaps.some((g) => g.kind === "truncation"));
  if (!cut || chosen.length === 0 || !chosen.every((o) => !o.via && o.a.role === "coordinate") || ASKS_PARTNERS_RE.test(ctx.q.folded)) return null;
  const docs = ctx.plans.map((p) => p.documentNumber).join(", ");
  return tr(ctx.lang,
    `Lưu ý: văn bản ${docs} lưu trong kho bị cắt (“[...]”); kế hoạch chỉ nêu ${agency.name} là nơi phối hợp như trên, phần giao việc riêng cho ${agency.name} (nếu có) nằm ở đoạn bị cắt.`,
    `Note: the stored text of ${docs} is cut (“[...]”); it names ${agency.name} (${agency.english}) only as a body others work with, as above; a part of its own, if the plan had one, is in the text that was cut.`);
}

/** A decision's closing article ("Điều 3"): it names who carries the decision out, no duty of the plan. */
export const ARTICLE_PATH_RE = /^Điều \d+$/u;

/** "kế thừa", "tiếp nhận", "tiếp quản", "nhận bàn giao", "nhận lại", "inherit", "took over", "absorbed": the words that say one body took another's duties over. */
const INHERITED_WORDS = String.raw`ke thua|tiep nhan|tiep quan|nhan ban giao|duoc ban giao|nhan lai|thua huong|inherit\w*|takes? over|took over|taken over|absorb\w*`;
const INHERITED_SAID_RE = new RegExp(`\\b(${INHERITED_WORDS})\\b`);

/** "có kế thừa / tiếp nhận ... không", "did it take over", "inherit": whether a body took another's duties over is asked (not "tiếp nhận mảng lao động"). */
const INHERITANCE_ASKED_RE = new RegExp(`\\b(${INHERITED_WORDS})\\b(?! ((mang|linh vuc) )?lao dong| (the )?(labour|labor)\\b)`);

/**
 * "Sở Nội vụ Tây Ninh có kế thừa nhiệm vụ bảo vệ trẻ em của Sở LĐTBXH trong KH 1979 không?": a later successor, which took another
 * portfolio (labour), inherited none of the plan's child duties; who did is said, and, when it is asked, what the plan gave the
 * old department, quoted (those duties are the heir's today).
 */
function laterSuccessor(ctx: HandlerContext, agency: Agency, via: DutyCandidate[], noOwn: boolean, asked: boolean, d: Draft): Draft {
  const p = via[0]!.via!;
  const heir = p.portion!.childrenTo;
  const plans = ctx.plans.map((x) => planLabel(x, ctx.registry, ctx.lang)).join(", ");
  const no = asked ? tr(ctx.lang, "Không. ", "No. ") : "";
  d.lines.push(tr(ctx.lang,
    `${no}${noOwn ? `${plans} không nêu tên ${agency.name}. ` : ""}Nhiệm vụ về trẻ em kế hoạch giao cho ${p.from.name} nay${heir ? ` do ${heir.name}` : ""} kế thừa (từ ngày ${vnDate(p.effective)}, ${p.legalBasis.replace(/\s*\(.*\)\s*$/, "")}), không phải ${agency.name}${p.portion!.note ? ` (${p.portion!.note.replace(/\.$/, "")})` : ""}.`,
    `${no}${noOwn ? `${plans} does not name ${agency.name} (${agency.english}). ` : ""}The child-protection duties the plan gives ${p.from.name} went${heir ? ` to ${heir.name} (${heir.english})` : ""} from ${p.effective} (${p.legalBasis.replace(/\s*\(.*\)\s*$/, "")}), not to ${agency.name}${p.portion!.noteEn ? ` (${p.portion!.noteEn.replace(/\.$/, "")})` : ""}.`));
  if (!asked) return d;
  const heirName = heir ? agencyLabel(heir, heir.name, ctx.lang) : null;
  const shownOnes = [...new Map([...via].sort((x, y) => y.score - x.score).map((o) => [o.a.quote, o])).values()].slice(0, WHOLE_LIST_MAX);
  for (const o of shownOnes) {
    const who = agencyLabel(p.from, p.from.name, ctx.lang) + (heirName ? tr(ctx.lang, ` (nay ${heirName} kế thừa)`, ` (now ${heirName})`) : "");
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(o.plan, ctx.registry, ctx.lang)}, mục ${o.a.sectionPath}, ${who} ${roleWord(o.role, ctx.lang)}: ${shortShown(o.a.quote)}`,
      `Under ${planLabel(o.plan, ctx.registry, ctx.lang)}, section ${o.a.sectionPath}, ${who} ${roleWord(o.role, ctx.lang)}: ${shortShown(o.a.quote)}`));
    d.agencies.push({ agency: p.from, name: p.from.name, role: o.role, source: { plan: o.plan, sectionPath: o.a.sectionPath } });
    cite(d, { plan: o.plan, sectionPath: o.a.sectionPath, quote: o.a.quote });
  }
  d.found = true;
  d.confidence = 0.8;
  return d;
}

/** "kể cả", "tính cả", "bao gồm cả", "including", "as well as": a body's own duties and those it took over are asked together. */
const ASKS_BOTH_RE = /\b(ke ca|tinh ca|bao gom ca|including|as well as|together with|along with)\b/;

/** "What does plan 2509 ask of ...", "Gia Lai's plan": in English, "plan" (kế hoạch) before a number or after a province names which plan. */
const ENGLISH_PLAN_NAMED_RE = /\b(plan (no |number )?\d{1,5}|\w+ s plan|the plan)\b/;

export function answerDuties(written: HandlerContext): Draft {
  // Which plan is no task of the body's: left in, "kế hoạch" would rank a predecessor's items that say "Kế hoạch" above the body's own.
  const ctx = written.lang === "en" && ENGLISH_PLAN_NAMED_RE.test(written.q.folded)
    ? { ...written, terms: written.terms.filter((t) => t !== "ke" && t !== "hoach") } : written;
  const agency = ctx.q.agencies[0]!;
  const d = emptyDraft();
  // "X chủ trì những chương trình nào?" asks for what X leads, not for its duty list.
  const asksLead = /\b(chu tri|lead|leads)\b/.test(ctx.q.folded);
  // "Sở GD&ĐT tự chủ trì những việc gì, không tính việc phối hợp?": its own items only, not those it joins or took over.
  const selfAsked = SELF_ASKED_RE.test(ctx.q.folded);
  const preds = predecessorsOf(ctx, agency, ctx.q.agencies);
  const own: DutyCandidate[] = [];
  // What the question asks of the items is read once, not once per item.
  let inheritedAsked: boolean | undefined, establishmentsAsked: boolean | undefined, asksPartners: boolean | undefined;
  for (const plan of ctx.plans) {
    for (const a of plan.assignments) {
      const via = agencyMatches(a, agency) ? null : preds.find((p) => a.agencyId === p.from.id) ?? null;
      if (!agencyMatches(a, agency) && !via) continue;
      const passage = ctx.index.byAssignment.get(a);
      const role = dutyRole(ctx, a, passage);
      // The agency's own numbered duty item says most about it; a mention among a programme's coordinators says less.
      const direct = passage ? ctx.index.coverage(ctx.terms, passage) : 0;
      const content = programmeContent(ctx, plan, a, passage, direct);
      const coverage = content ? ctx.index.coverage(ctx.terms, content) * 0.9 : direct;
      // "Sở LĐTBXH phối hợp với báo và đài nào ...?": what it works with others on is asked too.
      // A piece of its own item the plan gives another body ("...; Đài Phát thanh – Truyền hình tỉnh đẩy mạnh ..." in the labour
      // department's item) is still its work, as coordinating, when it is what is asked about.
      const wanted = asksLead ? a.role === "lead" || (selfAsked && leadsOwnItem(a)) : role === "responsible" || role === "requested"
        || (role === "coordinate" && ((asksPartners ??= PARTNERS_ASKED_RE.test(ctx.q.folded)) || (!via && coverage >= 0.5 && inOwnItem(plan, a))));
      const inheritedBonus = via ? ((inheritedAsked ??= asksInherited(ctx.q)) ? 0.3 : -0.2) : 0;
      // "Which establishments must it deal with?": its items naming establishments ("các cơ sở ...") answer first.
      const namesAsked = (establishmentsAsked ??= ESTABLISHMENTS_ASKED_RE.test(ctx.q.folded)) && ESTABLISHMENT_WRITTEN_RE.test(foldOnce(a.quote)) ? 0.5 : 0;
      // The decision's closing article ("Điều 3. Chánh Văn phòng ..., Giám đốc các Sở ... chịu trách nhiệm thi hành") names the body
      // among those who carry out the decision: no duty of the plan, after the plan's own items when nothing else tells them apart.
      const article = ARTICLE_PATH_RE.test(a.sectionPath) ? 0.1 : 0;
      own.push({ plan, a, role, coverage, score: coverage + (wanted ? 1 : 0) + inheritedBonus + namesAsked - article, via, ...(content ? { content } : {}) });
    }
  }
  // Inherited duties join only when today's agency has none here, the question asks about today, or they answer it better.
  const bestOwn = Math.max(0, ...own.filter((o) => !o.via).map((o) => o.coverage));
  const noOwn = !own.some((o) => !o.via);
  const setAside = (INHERITED_SET_ASIDE_RE.test(ctx.q.folded) || selfAsked) && !noOwn;
  own.splice(0, own.length, ...own.filter((o) => !o.via || (!setAside && (noOwn || asksInherited(ctx.q) || o.coverage >= Math.max(0.4, bestOwn + 0.1)))));
  // Its own items, without those where it only works with the body in charge, when it has any.
  if (selfAsked && own.some((o) => !o.via && o.role !== "coordinate")) own.splice(0, own.length, ...own.filter((o) => o.role !== "coordinate"));
  if (own.length === 0) return checkPremise(ctx, agency, []) ?? d;
  // "Sở Nội vụ (nay nhận mảng lao động từ Sở LĐTBXH) được kế hoạch giao gì?" of a plan that never names it: the children's
  // duties of the dissolved department went to its first successor; a later one took another portfolio, none of this plan's.
  // "Sở Nội vụ có kế thừa nhiệm vụ của Sở LĐTBXH không?": whether it took the old department's duties over is asked.
  const portionAsked = own.some((o) => o.via?.portion) && INHERITANCE_ASKED_RE.test(ctx.q.folded);
  // "Sở Nội vụ (đơn vị kế thừa một phần Sở LĐTBXH) có nhiệm vụ gì?": what it inherited is only said; its own duties are what is asked.
  const ownAsked = portionAsked && !noOwn && ASKS_WHAT_IT_DOES_RE.test(ctx.q.folded) && !asksYesNo(ctx.q.folded);
  const portionLine = ownAsked ? laterSuccessor(ctx, agency, own.filter((o) => o.via?.portion), false, false, emptyDraft()).lines : [];
  if ((noOwn && own.every((o) => o.via?.portion)) || (portionAsked && !ownAsked)) return laterSuccessor(ctx, agency, own.filter((o) => o.via?.portion), noOwn, portionAsked, d);
  // A later successor holds none of the old department's child duties: they are not shown as its own.
  if (own.some((o) => o.via?.portion)) own.splice(0, own.length, ...own.filter((o) => !o.via?.portion));
  // "Giao riêng cho Sở Y tế nhiệm vụ gì?" of a plan that never names it: nothing of its own; what it took over is said, not claimed.
  if (noOwn && ASKS_OWN_RE.test(ctx.q.folded)) {
    const from = [...new Set(own.map((o) => o.via?.from.name).filter((x): x is string => !!x))];
    d.lines.push(tr(ctx.lang,
      `${ctx.plans.map((p) => planLabel(p, ctx.registry, ctx.lang)).join(", ")} không giao riêng nhiệm vụ nào cho ${agency.name} (kế hoạch không nêu tên cơ quan này)${from.length ? `; nhiệm vụ ${agency.name} kế thừa là nhiệm vụ kế hoạch giao cho ${from.join(", ")}` : ""}.`,
      `${ctx.plans.map((p) => planLabel(p, ctx.registry, ctx.lang)).join(", ")} gives no duty of its own to ${agency.name} (${agency.english}) (the plan does not name it)${from.length ? `; what it took over are the duties the plan gives ${from.join(", ")}` : ""}.`));
    return d;
  }
  // "tự làm những việc gì, không kể việc phối hợp trong các chương trình ...": the words of what is set aside claim no task.
  const premise = selfAsked ? null : checkPremise(ctx, agency, own);
  if (premise) return premise;
  own.sort((x, y) => y.score - x.score);
  // A duty taken over from the predecessor that answers the question better than any of the agency's own comes first.
  const better = (o: DutyCandidate) => o.via !== null && !noOwn && o.coverage >= Math.max(0.4, bestOwn + 0.1);
  own.splice(0, own.length, ...own.filter(better), ...own.filter((o) => !better(o)));
  if (asksLead && own.some((o) => o.a.role === "lead")) {
    const ownLeads = own.some((o) => o.a.role === "lead" && !o.via);
    // Asked what it leads itself, its own item opening "Chủ trì, ..." is one it leads as much as a programme it is named lead of.
    own.splice(0, own.length, ...own.filter((o) => (o.a.role === "lead" || (selfAsked && leadsOwnItem(o.a))) && (!ownLeads || !o.via || asksInherited(ctx.q))));
  }
  // "Sở Y tế hiện nay làm gì, kể cả phần việc trước đây của Sở LĐTBXH?": both are asked; its own items first, then those taken over.
  if (ASKS_BOTH_RE.test(ctx.q.folded) && own.some((o) => o.via) && own.some((o) => !o.via)) {
    // Its own item in which the predecessor only works with it ("Sở Y tế: Chủ trì, phối hợp với Sở LĐTBXH ...") is its own.
    const mine = own.filter((o) => !o.via).slice(0, WHOLE_LIST_MAX);
    const quotes = new Set(own.filter((o) => !o.via).map((o) => o.a.quote));
    own.splice(0, own.length, ...mine, ...own.filter((o) => !mine.includes(o) && !(o.via && quotes.has(o.a.quote))));
  }
  const unique = [...new Map(own.map((o) => [`${o.plan.documentNumber}|${o.a.quote}`, o])).values()];
  const chosen = unique.slice(0, MAX_DUTIES);
  const label = agencyLabel(agency, agency.name, ctx.lang);
  const introduced = new Set<Predecessor>();
  const introduce = (p: Predecessor) => {
    if (introduced.has(p)) return;
    introduced.add(p);
    const from = agencyLabel(p.from, p.from.name, ctx.lang);
    const none = !own.some((o) => o.via === null);
    // A stored text cut short (1979: "[...]" after its second body) may have named the body in the part not held: said so, not
    // "does not name".
    const cut = ctx.plans.filter((x) => x.gaps.some((g) => g.kind === "truncation")).map((x) => x.documentNumber);
    const basis = p.legalBasis.replace(/\s*\(.*\)\s*$/, "");
    // "chỉ đạo Ủy ban nhân dân các xã, phường, thị trấn ...": a body the plan names only inside another's item is named, though
    // given no item of its own; said so, not "does not name".
    const mentioned = ctx.plans.some((x) => x.text.split("\n").some((l) => agencyIdsIn(ctx.registry, l).includes(agency.id)));
    const unnamed = mentioned
      ? tr(ctx.lang, `Kế hoạch có nhắc ${label} nhưng không giao mục nhiệm vụ riêng cho cơ quan này; `, `The plan mentions ${label} but gives it no item of its own; `)
      : cut.length > 0
      ? tr(ctx.lang, `Văn bản lưu trong kho bị cắt (${cut.join("; ")}); phần còn lại không nêu tên ${label}; `, `The stored text is cut (${cut.join("; ")}); the part held does not name ${label}; `)
      : tr(ctx.lang, `Kế hoạch không nêu tên ${label}; `, `The plan does not name ${label}; `);
    d.lines.push(tr(ctx.lang,
      `${none ? unnamed : ""}${label} kế thừa nhiệm vụ về trẻ em của ${from} từ ngày ${vnDate(p.effective)} (${basis}). Kế hoạch giao cho ${from}:`,
      `${none ? unnamed : ""}${label} inherited the child-protection duties of ${from} from ${p.effective} (${basis}). The plan gave ${from}:`));
  };
  chosen.forEach((o, i) => {
    if (o.via) introduce(o.via);
    const who = o.via ? o.via.from : agency;
    d.agencies.push({ agency: who, name: who.name, role: o.role, source: { plan: o.plan, sectionPath: o.a.sectionPath } });
    const clause = bestClause(ctx, o.plan, o.a.quote);
    // A body with three items or fewer has all of them shown: each whole, with no "và N việc khác" to keep the list short for.
    const show = i < 2 || unique.length <= WHOLE_LIST_MAX ? shown : shortShown;
    const said = clause ? `${show(clause.quote)} (${tr(ctx.lang, "trong", "within")} ${show(o.a.quote)})` : show(o.a.quote);
    const task = ctx.index.byAssignment.get(o.a)?.task;
    const titled = task && task.kind !== "duty" && planHolds(o.plan, task.title) ? task : null;
    if (titled) cite(d, { plan: o.plan, sectionPath: titled.sectionPath, quote: titled.title });
    // "chủ trì CT số mấy?": a numbered programme is said by its number too ("Chương trình 4 “...”").
    const numbered = titled?.kind === "programme" && titled.number && /^\d+$/.test(titled.number) ? tr(ctx.lang, ` Chương trình ${titled.number}`, ` Programme ${titled.number}`) : "";
    const what = titled ? `${numbered} “${titled.title}”` : "";
    const whoLabel = agencyLabel(who, who.name, ctx.lang) + (o.via ? tr(ctx.lang, ` (nay ${label} kế thừa)`, ` (now ${label})`) : "");
    // A coordinated piece says who leads it ("phối hợp (Đài Phát thanh – Truyền hình tỉnh chủ trì)").
    const leads = o.role === "coordinate" && !o.via ? pieceLeads(ctx, o.a) : [];
    const ledBy = leads.length > 0 ? tr(ctx.lang, ` (${leads.join(", ")} chủ trì)`, ` (led by ${leads.join(", ")})`) : "";
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(o.plan, ctx.registry, ctx.lang)}, mục ${o.a.sectionPath}, ${whoLabel} ${roleWord(o.role, ctx.lang)}${ledBy}${what}: ${said}`,
      `Under ${planLabel(o.plan, ctx.registry, ctx.lang)}, section ${o.a.sectionPath}, ${whoLabel} ${roleWord(o.role, ctx.lang)}${ledBy}${what}: ${said}`));
    if (clause) cite(d, clause);
    cite(d, { plan: o.plan, sectionPath: o.a.sectionPath, quote: o.a.quote });
    // Named inside a list under "Đề nghị Uỷ ban Mặt trận Tổ quốc ... và các tổ chức thành viên": the heading says as whose member.
    const requesting = o.role === "requested" ? requestingHeading(o.plan, o.a.sectionPath, who.name) : null;
    if (requesting && !d.citations.some((c) => c.quote === requesting)) {
      d.lines.push(tr(ctx.lang, `Mục ${o.a.sectionPath} mở đầu: “${requesting}”`, `Section ${o.a.sectionPath} opens: “${requesting}”`));
      cite(d, { plan: o.plan, sectionPath: o.a.sectionPath, quote: requesting });
    }
    if (o.content) {
      d.lines.push(tr(ctx.lang, `Nội dung (mục ${o.content.sectionPath}): ${shortShown(o.content.quote)}`, `Content (section ${o.content.sectionPath}): ${shortShown(o.content.quote)}`));
      cite(d, o.content);
    }
  });
  // "...; Sở LĐTBXH làm đầu mối tổng hợp hồ sơ trình khen thưởng." in Sở Nội vụ's item: a role the body is given by name in
  // another body's item, when it answers the question as well as its own duties do, is said too.
  const bestShown = Math.max(0, ...chosen.map((o) => o.coverage));
  for (const x of actingElsewhere(ctx, [agency, ...preds.map((p) => p.from)], chosen)) {
    const c = ctx.index.coverage(ctx.terms, x.passage);
    if (c < Math.max(0.3, bestShown - 0.05)) continue;
    const who = agencyLabel(x.agency, x.agency.name, ctx.lang) + (x.agency.id !== agency.id ? tr(ctx.lang, ` (nay ${label} kế thừa)`, ` (now ${label})`) : "");
    const owner = ctx.groupOf(x.passage)?.assignments.find((a) => a.role === "responsible" || a.role === "lead");
    const ownerName = owner ? agencyOf(owner, ctx.registry).name : null;
    d.lines.unshift(tr(ctx.lang,
      `Theo ${planLabel(x.passage.plan, ctx.registry, ctx.lang)}, mục ${x.passage.sectionPath}${ownerName ? ` (phần nhiệm vụ của ${ownerName})` : ""}, ${who} ${x.lead ? "làm đầu mối/chủ trì" : "chịu trách nhiệm"}: ${shown(x.clause)}`,
      `Under ${planLabel(x.passage.plan, ctx.registry, ctx.lang)}, section ${x.passage.sectionPath}${ownerName ? ` (${ownerName}'s duties)` : ""}, ${who} ${x.lead ? "is the focal point / leads" : "is responsible"}: ${shown(x.clause)}`));
    cite(d, { plan: x.passage.plan, sectionPath: x.passage.sectionPath, quote: x.clause });
    if (!d.agencies.some((a) => a.agency?.id === x.agency.id)) d.agencies.push({ agency: x.agency, name: x.agency.name, role: x.lead ? "lead" : "responsible", source: { plan: x.passage.plan, sectionPath: x.passage.sectionPath } });
    break;
  }
  // "Ủy ban MTTQ cùng những tổ chức thành viên nào ...?": the other bodies the same duty names are asked too.
  if (asksSeveralBodies(ctx.q.folded)) {
    for (const o of chosen) {
      for (const a of o.plan.assignments) {
        if (a.taskId === null || a.taskId !== o.a.taskId || a === o.a || d.agencies.some((x) => x.agency?.id === a.agencyId && x.role === a.role)) continue;
        d.agencies.push({ ...agencyOf(a, ctx.registry), role: a.role, source: { plan: o.plan, sectionPath: a.sectionPath } });
      }
    }
  }
  const cutNote = cutPlanNote(ctx, agency, chosen);
  if (cutNote) d.lines.push(cutNote);
  if (unique.length > chosen.length) d.counts.push(unique.length - chosen.length);
  if (unique.length > chosen.length) d.lines.push(tr(ctx.lang, `... và ${unique.length - chosen.length} việc khác.`, `... and ${unique.length - chosen.length} more.`));
  const elsewhere = topicElsewhere(ctx, chosen);
  if (elsewhere) {
    // "Sở Y tế phải làm gì về trẻ em không sống trong môi trường gia đình?": none of its duties is about that; the plan's passage that is, and who holds it.
    const g = ctx.groupOf(elsewhere);
    const holders = [...new Set((g?.assignments ?? []).filter((a) => a.role === "lead" || a.role === "responsible").map((a) => agencyOf(a, ctx.registry).name))];
    d.lines.unshift(tr(ctx.lang,
      `Kế hoạch không giao riêng cho ${label} việc này. ${planLabel(elsewhere.plan, ctx.registry, ctx.lang)}, mục ${elsewhere.sectionPath}${holders.length ? ` (${holders.join(", ")} chủ trì)` : ""}: ${shown(elsewhere.quote)} Nhiệm vụ kế hoạch giao cho ${label}:`,
      `The plan gives ${label} no duty on this. ${planLabel(elsewhere.plan, ctx.registry, ctx.lang)}, section ${elsewhere.sectionPath}${holders.length ? ` (led by ${holders.join(", ")})` : ""}: ${shown(elsewhere.quote)} What the plan gives ${label}:`));
    d.citations.unshift({ plan: elsewhere.plan, section: elsewhere.sectionPath, quote: elsewhere.quote });
    // "..., phải không?": the claim is answered by the body the plan gives the task to, named first.
    if (PREMISE_RE.test(ctx.q.folded)) {
      const leads = (g?.assignments ?? []).filter((a) => (a.role === "lead" || a.role === "responsible") && a.agencyId !== agency.id);
      d.agencies.unshift(...leads.map((a) => ({ ...agencyOf(a, ctx.registry), role: a.role, source: { plan: elsewhere.plan, sectionPath: a.sectionPath } })));
    }
  }
  d.agencies.sort((x, y) => ROLE_ORDER[x.role] - ROLE_ORDER[y.role]);
  d.lines.push(...portionLine);
  d.found = true;
  d.confidence = Math.max(0.5, chosen[0]!.coverage);
  return d;
}

/** "phối hợp với ai / với báo nào", "works with which": the bodies a body works with are asked. */
const PARTNERS_ASKED_RE = /\bphoi hop (voi|cung)\b|\b(works?|working|cooperates?|coordinates?) with\b/;

/** Words of a duty question that name no topic ("phải làm gì", "theo phụ lục", "kế hoạch thực hiện Quyết định ..."). */
const ELSEWHERE_NOISE = new Set(["phu", "luc", "thuc", "hien", "quyet", "dinh", "phan", "ke", "hoach", "chu", "tri", "nhiem", "vu", "lam", "gi", "phai", "viec", "tinh",
  "appendix", "duty", "duties", "must", "does", "do", "what", "plan", "decision", "trong", "theo", "giao", "cho"]);
/** A duty holding less than this share of the topic is not about it ... */
const OWN_TOPIC_LOW = 0.3;
/** ... and a passage holding at least this share is. */
const OTHER_TOPIC_HIGH = 0.75;

/**
 * The passage of the chosen plans that is about what the question asks, when none of the body's own duties is:
 * the question names a topic (three words or more) the plan treats elsewhere.
 */
function topicElsewhere(ctx: HandlerContext, chosen: DutyCandidate[]): Passage | null {
  // Words of the plan's own title ("kế hoạch thực hiện chương trình bảo vệ trẻ em ... giai đoạn 2016 - 2020") say which plan, not what about.
  const titled = titleWordSet(ctx.plans);
  const topic = ctx.terms.filter((t) => !ELSEWHERE_NOISE.has(t) && !titled.has(t));
  if (topic.length < 3) return null;
  const own = chosen.map((o) => o.content ?? ctx.index.byAssignment.get(o.a)).filter((p): p is Passage => !!p);
  if (own.some((p) => ctx.index.coverage(topic, p) >= OWN_TOPIC_LOW)) return null;
  const keep = inPlans(ctx);
  const ranked = ctx.index.rank(topic, keep, PREMISE_RE.test(ctx.q.folded) ? 8 : 1);
  const top = ranked[0]?.passage;
  if (!top || ctx.index.coverage(topic, top) < OTHER_TOPIC_HIGH || own.includes(top)) return null;
  // "Sở LĐTBXH phải xử lý những cơ sở nào?": establishments are what is asked; another body's item that names none ("xử lý
  // nghiêm các vụ việc") shares the verb only, and is not whose job it is.
  if (ESTABLISHMENTS_ASKED_RE.test(ctx.q.folded) && !ESTABLISHMENT_WRITTEN_RE.test(top.folded)) return null;
  // "Sở Y tế lo làm giấy khai sinh đúng hạn phải không?": an objective ("95% trẻ em sinh ra được làm giấy khai sinh đúng hạn")
  // holds the words but no body; a body's item on the same thing ("vận động người dân đăng ký khai sinh cho trẻ em đúng hạn")
  // says whose job it is, which is what the claim asks.
  const held = (p: Passage) => (ctx.groupOf(p)?.assignments ?? []).some((a) => a.role === "lead" || a.role === "responsible");
  if (ranked.length === 1 || held(top)) return top;
  const item = ranked.slice(1).find((r) => held(r.passage) && !own.includes(r.passage) && ctx.index.coverage(topic, r.passage) >= ELSEWHERE_ITEM_LOW);
  return item?.passage ?? top;
}

/** An establishment as the plans write one ("các cơ sở dịch vụ internet", "cơ sở chăm sóc nuôi dưỡng"), not "cấp cơ sở", "tại cơ sở" (grassroots), "trên cơ sở" (on the basis of) or a database. */
const ESTABLISHMENT_WRITTEN_RE = /\b(?<!(cap|tren|lam|tai) )co so\b(?! (du lieu|phap ly|ha tang|chuc nang|nhiem vu))/;

/** "những cơ sở nào", "which establishments (facilities, premises)": the establishments of a body's duty are asked. */
const ESTABLISHMENTS_ASKED_RE = /\b((nhung|cac) )?co so nao\b|\b(which|what)( kinds? of| types? of| sorts? of)? (establishments|facilities|premises|institutions)\b/;

/** In a claim, a body's item holding at least this share of the topic answers whose job it is, before an objective holding more. */
const ELSEWHERE_ITEM_LOW = 0.4;

/** "thay cho Sở LĐTBXH", "Sở LĐTBXH cũ", "in place of the former labour department": what today's body does in the old one's place. "Trước đây" alone is not. */
const ASKS_IN_PLACE_RE = /\b(in place of|instead of|(the )?former|formerly)\b|\b(so|phong) [a-z ]{2,50} cu\b(?! the\b)/;

/** "Sở Y tế thay Sở LĐTBXH": "thay" as written with its marks; "Tôi thấy Ban ..." (I see) folds to the same letters. */
const WRITTEN_THAY_RE = /(?<![\p{L}\p{M}])thay(?![\p{L}\p{M}])/iu;

/**
 * The question asks what today's body does in the old one's place. Written with marks, any "thay" (not "thấy") says so;
 * written without, only "thay cho", "thay the", as "thay so ..." is as often "thấy Sở ...".
 */
const asksInPlace = (q: Pick<ParsedQuestion, "raw" | "folded">): boolean =>
  ASKS_IN_PLACE_RE.test(q.folded) || (hasVietnameseDiacritics(q.raw) ? WRITTEN_THAY_RE.test(q.raw.normalize("NFC")) : THAY_UNMARKED_RE.test(q.folded));

/** "thay cho", "thay thế", and unmarked "lo việc ... thay Sở LĐTBXH": a body doing the work in another's place. */
const THAY_UNMARKED_RE = /\bthay (cho|the)\b|\b(lo|lam|dam nhan|phu trach|quan ly)( \w+){0,4} thay (so|phong|ban|nganh)\b/;

/** Today's body, and what it took over, are asked: the inherited words, "now", "in place of", a merger, "nhận nhiệm vụ". */
const TODAY_ASKED_RE = /\b(ngay nay|hien nay|bay gio|nay|(?<!dam )nhan ((nhung|cac) )?(nhiem vu|viec|phan viec|cong viec)|(da |duoc )?(sap )?nhap|hop nhat|today|now|merged|receives?|received)\b/;
/**
 * "tự chủ trì", "tự mình", "của riêng", "on its own", "by itself", "không tính việc phối hợp", "not counting programmes it only
 * supports": the body's own work is asked, not what it joins as a partner ("Sở Kế hoạch và Đầu tư làm gì" is not "tự làm").
 */
const SELF_ASKED_RE = /(?<!\bdau )\b(tu chu tri|tu minh|tu lam|cua rieng|rieng minh|on its own|by itself|lead itself|leads itself|itself)\b|\b(khong tinh|khong ke|ngoai|not counting|excluding|apart from|other than|besides|except)\b( \S+){0,5} (phoi hop|chi phoi hop|coordinat\w*|supports?|supporting|partners?|helps?)\b/;
/** An item of the body's own that opens by putting it in charge ("Chủ trì, phối hợp với ..."). */
const leadsOwnItem = (a: Assignment): boolean => a.role === "responsible" && /^(- )?chu tri\b/.test(foldKey(a.quote));

/**
 * The inherited words as set aside: "tiếp nhận" only of duties or from a body ("tiếp nhận nhiệm vụ / phần việc / từ / của Sở
 * LĐTBXH"), not "tiếp nhận trẻ em bị xâm hại vào bệnh viện" or "tiếp nhận hồ sơ", which is work of its own.
 */
const SET_ASIDE_WORDS = INHERITED_WORDS.replace("tiep nhan", String.raw`tiep nhan(?= (((cac|nhung) )?(nhiem vu|phan viec|viec|cong viec|mang|linh vuc)|tu|cua|lai|so|bo|phong|ban)\b| ?$)`);

/**
 * "apart from the DOLISA duties it took over", "ngoài phần việc kế thừa của Sở LĐTBXH", "không kể việc tiếp nhận": the duties taken
 * over are set aside; the body's own are asked.
 */
const INHERITED_SET_ASIDE_RE = new RegExp(`\\b(apart from|aside from|besides|except( for)?|excluding|other than|not counting|leaving aside|ngoai|khong ke|khong tinh|tru)\\b( \\S+){0,8} (${SET_ASIDE_WORDS})\\b`);
const asksInherited = (q: Pick<ParsedQuestion, "raw" | "folded">) => !INHERITED_SET_ASIDE_RE.test(q.folded)
  && (asksInPlace(q) || INHERITED_SAID_RE.test(q.folded) || TODAY_ASKED_RE.test(q.folded));

const SHORT_QUOTE = 200;
const shortShown = (quote: string): string => (quote.length > SHORT_QUOTE ? `“${sentenceStarts(quote)}”` : `“${quote}”`);

/** Each later sentence of a long duty shows at least this many characters: enough to say what its task is. */
const SENTENCE_START = 60;
/** A later sentence this short is shown whole. */
const SHORT_SENTENCE = 120;

/**
 * A long duty cut for a list: "Vận động nguồn lực ... của địa phương. Tổ chức Diễn đàn trẻ em các cấp …": the text up to the
 * usual length, and of each sentence after it the opening words, so a second task in one item is not lost at the cut.
 */
function sentenceStarts(quote: string): string {
  const cut = (text: string, n: number) => (text.length > n ? `${text.slice(0, n).replace(/\s+\S*$/, "")} …` : text);
  const sentences = quote.split(/(?<=[.;])\s+(?=\p{Lu})/u);
  if (sentences.length < 2) return cut(quote, SHORT_QUOTE);
  // A long first sentence is cut too, and the later ones still get their openings: "... Triển khai ... phần mềm ..." is a task of its own.
  const parts: string[] = [cut(sentences[0]!, SHORT_QUOTE)];
  let used = Math.min(sentences[0]!.length, SHORT_QUOTE);
  for (const s of sentences.slice(1)) {
    // A short sentence is shown whole: cut, it would lose what its task is about.
    const n = s.length <= SHORT_SENTENCE ? s.length : Math.max(SENTENCE_START, SHORT_QUOTE - used);
    parts.push(cut(s, n));
    used += Math.min(s.length, n);
  }
  return parts.join(" ");
}

/**
 * "Sở KH&ĐT bố trí kinh phí cho Kế hoạch 2509 thế nào?": a task the plan gives both to the districts, in their own area, and to a
 * provincial department ("Sở Tài chính ... bố trí kinh phí thực hiện Kế hoạch") is answered for a provincial body asked with the
 * provincial one, when it holds the task as fully; otherwise the best ranked passage.
 */
function provincialFirst(ctx: HandlerContext, agency: Agency, topic: string[], ranked: RankedPassage[]): RankedPassage | undefined {
  const best = ranked[0];
  if (!best || agency.level !== "province") return best;
  const levels = (r: RankedPassage) => (ctx.groupOf(r.passage)?.assignments ?? []).filter((a) => a.role === "lead" || a.role === "responsible")
    .map((a) => (a.agencyId ? ctx.registry.agency(a.agencyId)?.level : undefined));
  const local = (r: RankedPassage) => { const l = levels(r); return l.length > 0 && l.every((x) => x === "district" || x === "commune"); };
  if (!local(best)) return best;
  const held = ctx.index.coverage(topic, best.passage);
  return ranked.find((r) => r !== best && levels(r).includes("province") && ctx.index.coverage(topic, r.passage) >= held) ?? best;
}

/**
 * The opening of an answer that names another body than the one the question puts to a task: "No." to a yes/no question; to a
 * premise stated or asked as fact ("The plan makes the DOJ monitor ...: what must it do?") a plain word that it is not what the
 * plan says, before the body the plan names.
 */
function premiseDenied(ctx: HandlerContext): string {
  if (asksYesNo(ctx.q.folded)) return tr(ctx.lang, "Không. ", "No. ");
  // A question that asks what the body does ("Công an tỉnh làm gì trong ...?", "what must the police do ...") claims nothing to
  // deny; one that puts the task on it ("Sở Tư pháp theo dõi ... như thế nào?", "vì sao X chủ trì ...") does.
  return ASKS_WHAT_IT_DOES_RE.test(ctx.q.folded) ? "" : tr(ctx.lang, "Không đúng như câu hỏi nêu. ", "That is not what the plan says. ");
}

/** A question asking what a body does (folded): "làm gì", "nhiệm vụ gì", "được giao gì", "what does X do", "duties of". */
const ASKS_WHAT_IT_DOES_RE = /\b(lam gi|lam nhung gi|lam nhung viec gi|nhiem vu (gi|nao)|nhung nhiem vu|duoc giao (gi|nhung gi|viec gi)|trach nhiem (gi|nao)|what (does|do|did|must|should|will)|duties|tasks of|role of)\b/;

/**
 * "Vì sao Công an tỉnh chủ trì truyền thông?": when the question names a task the plan gives
 * to someone else and none of the agency's own duties matches it, say who the plan names.
 */
function checkPremise(ctx: HandlerContext, agency: Agency, own: DutyCandidate[]): Draft | null {
  // Tests of the question alone first: most questions end here before any word is weighed.
  if (INHERITED_SAID_RE.test(ctx.q.folded) || asksInPlace(ctx.q) || ASKS_PROVINCES_RE.test(ctx.q.folded) || /\b(ke ten|liet ke|nhung to chuc|list|name)\b/.test(ctx.q.folded)) return null;
  // The agency's own name, and the name of the one it took over from (brought into the terms for retrieval), are not the task.
  const nameWords = new Set([agency, ...predecessorsOf(ctx, agency).map((p) => p.from)].flatMap((a) => foldedNames(a)).flatMap((n) => n.split(" ")));
  // "... trong kế hoạch thực hiện chương trình bảo vệ trẻ em giai đoạn 2016-2020": words of the plan's own title say which plan, not which task.
  const titleWords = titleWordsOfPlans(ctx.plans);
  // A word no plan uses ("ja" of "tham ja") names no task: it does not count toward one.
  // "... trong Quyết định 2041": the decision named is the plan, not a task ("gia đình", "dinh dưỡng" keep their "dinh").
  const terms = /\bquyet dinh (so )?\d/.test(ctx.q.folded) ? ctx.terms.filter((t, i, all) => !(t === "quyet" && all[i + 1] === "dinh") && !(t === "dinh" && all[i - 1] === "quyet")) : ctx.terms;
  const topic = terms.filter((t) => !PREMISE_NOISE.has(t) && !nameWords.has(t) && !titleWords.has(t) && !/\d/.test(t) && ctx.index.idf(t) > 0);
  if (topic.length < 2) return null;
  const keep = inPlans(ctx);
  const ownSet = new Set(own.map((o) => o.a));
  // How well the body's own items hold the topic: weighed only when it decides (most questions return before).
  const ownBest = (): number => Math.max(0, ...own.map((o) => { const p = ctx.index.byAssignment.get(o.a); return p ? ctx.index.coverage(topic, p) : 0; }));
  const assigned = (p: Passage) => (ctx.groupOf(p)?.assignments.length ?? 0) > 0;
  const ranked = ctx.index.rank(topic, (p) => keep(p) && assigned(p), 12);
  const best = provincialFirst(ctx, agency, topic, ranked);
  if (!best) return null;
  // "... phải xử lý những cơ sở nào?": an item naming no establishment shares the verb, not what is asked.
  if (ESTABLISHMENTS_ASKED_RE.test(ctx.q.folded) && !ESTABLISHMENT_WRITTEN_RE.test(best.passage.folded)) return null;
  const g = ctx.groupOf(best.passage)!;
  // "... ; Sở Lao động - Thương binh và Xã hội làm đầu mối tổng hợp hồ sơ": the sentence names who does it, even inside another agency's item.
  // "Kịp thời phối hợp ... khen thưởng ...; Sở LĐTBXH làm đầu mối tổng hợp hồ sơ ...": a later clause doing what is asked names its own subject.
  const actor = subjectAgency(ctx, best.passage.quote) ?? clauseSubject(ctx, best.passage.quote);
  // "Why is the Department of Health heading ...?" of a task the plan gives Sở LĐTBXH: the body it took the duties over from is itself today.
  const inherited = predecessorsOf(ctx, agency).filter((p) => !p.portion).map((p) => p.from.id);
  if (actor && inherited.includes(actor.agency.id)) return null;
  if (actor && actor.agency.id !== agency.id && ctx.index.coverage(topic, best.passage) >= 0.5) {
    const d = emptyDraft();
    const label = agencyLabel(agency, agency.name, ctx.lang);
    const who = agencyLabel(actor.agency, actor.agency.name, ctx.lang);
    const no = premiseDenied(ctx);
    d.lines.push(tr(ctx.lang, `${no}Kế hoạch không giao việc này cho ${label}: ${who} ${actor.lead ? "chủ trì/làm đầu mối" : "chịu trách nhiệm"}.`,
      `${no}The plan does not give this to ${label}: ${who} ${actor.lead ? "leads it" : "is responsible"}.`));
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(best.passage.plan, ctx.registry, ctx.lang)}, mục ${best.passage.sectionPath}: “${best.passage.quote}”`,
      `Under ${planLabel(best.passage.plan, ctx.registry, ctx.lang)}, section ${best.passage.sectionPath}: “${best.passage.quote}”`));
    d.agencies.push({ agency: actor.agency, name: actor.agency.name, role: actor.lead ? "lead" : "responsible", source: { plan: best.passage.plan, sectionPath: best.passage.sectionPath } });
    cite(d, { plan: best.passage.plan, sectionPath: best.passage.sectionPath, quote: best.passage.quote });
    d.found = true;
    d.corrects = true;
    d.confidence = ctx.index.coverage(topic, best.passage);
    return d;
  }
  // "... do Sở NV hay Sở Y tế làm?": a body that only works with the one responsible is not who does it, when the question offers a
  // choice, or asserts that the body does it ("the Department of Health guides districts ..., right?") without saying it only helps.
  // A task led by the body it took over from ("Sở Y tế ... cập nhật phần mềm ... đúng không?" of a programme Sở LĐTBXH leads) is its own today.
  const heirLeads = predecessorsOf(ctx, agency).some((p) => g.assignments.some((a) => a.agencyId === p.from.id && (a.role === "lead" || a.role === "responsible")));
  const asserts = ASSERTS_JOB_RE.test(ctx.q.folded) && !HELPS_RE.test(ctx.q.folded) && !heirLeads;
  const choice = /\b(hay|hoac|or)\b/.test(ctx.q.folded) || asserts;
  const ownThere = g.assignments.filter((a) => ownSet.has(a));
  const onlyHelps = choice && ownThere.length > 0 && ownThere.every((a) => a.role === "coordinate")
    && g.assignments.some((a) => a.role === "lead" || a.role === "responsible");
  if (ownThere.length > 0 && !onlyHelps) return null;
  const ownIds = new Set(own.map((o) => o.a.agencyId));
  if (!onlyHelps && agencyIdsIn(ctx.registry, best.passage.quote).some((id) => ownIds.has(id))) return null;
  const coverage = ctx.index.coverage(topic, best.passage);
  const elsewhereBest = onlyHelps ? Math.max(0, ...own.filter((o) => !ownThere.includes(o.a)).map((o) => { const p = ctx.index.byAssignment.get(o.a); return p ? ctx.index.coverage(topic, p) : 0; })) : ownBest();
  if (coverage < 0.5 || coverage < elsewhereBest + 0.25) return null;
  const d = describeGroup(ctx, g, best.passage, coverage);
  // A body the plan only requests (the Front, Tỉnh Đoàn) is still the one it names for the task.
  if (!d.found || !d.agencies.some((a) => a.role === "lead" || a.role === "responsible" || a.role === "requested")) return null;
  const label = agencyLabel(agency, agency.name, ctx.lang);
  const no = premiseDenied(ctx);
  if (!onlyHelps) d.lines.unshift(tr(ctx.lang, `${no}Kế hoạch không giao việc này cho ${label}.`, `${no}The plan does not give this to ${label}.`));
  else if (asserts) {
    const heirOf = predecessorsOf(ctx, agency).find((p) => ownThere.some((a) => a.agencyId === p.from.id));
    const as = heirOf ? tr(ctx.lang, ` (thay ${heirOf.from.name})`, ` (in place of ${heirOf.from.name})`) : "";
    d.lines.unshift(tr(ctx.lang, `Không: kế hoạch không giao ${label} chủ trì việc này; ${label}${as} chỉ phối hợp.`,
      `No: the plan does not give ${label} the lead on this; ${label}${as} only works with the body that does.`));
  }
  d.corrects = true;
  return d;
}

/** "Is it X that ...?", "Does X ...?", "Có phải X ... không?", "..., right?": asked yes or no, so a "no" opens the answer. */
const asksYesNo = (folded: string): boolean => /^(is|was|are|does|do|did|has|have) |\b(is it|was it|is that|does it|do they) /.test(folded) || /\b(co phai|phai (khong|ko|k)|dung (khong|ko|k)|co dung la)\b/.test(folded) || ASSERTS_JOB_RE.test(folded);

/** "..., right?", "đúng không", "có đúng là việc của Sở X không?", "is it X's job?": the question asserts who does the task. */
export const ASSERTS_JOB_RE = /\b(phai (khong|ko|hong|k)|co phai|dung (khong|ko|hong|k)|co dung la|dung la viec|is it true|isn t it|right|(s|their|its) (job|task|responsibility|duty))\b|\b(correct|is that so|true)$/;
/** "Sở Y tế phối hợp ... đúng không?": the question already says the body only helps. */
const HELPS_RE = /\b(phoi hop|ho tro|tham gia|coordinat\w*|support\w*|partner\w*|assist\w*|help\w*|work\w* with)\b/;

/**
 * "Có đúng là việc của Sở Tài chính không?" asked of a task (a target, a figure) another body's item holds: the body the plan names,
 * first; null when the plans give the task to the body asked about, or hold no such task.
 */
export function jobPremise(ctx: HandlerContext): Draft | null {
  if (ctx.q.agencies.length !== 1 || !ASSERTS_JOB_RE.test(ctx.q.folded) || HELPS_RE.test(ctx.q.folded)) return null;
  const d = answerDuties(ctx);
  if (!d.found) return null;
  // "Có đúng là việc của Sở Tài chính không?": the body's own duty (or the one it took over) on the task answers too, as asked of it.
  return d.corrects || (WHOSE_JOB_RE.test(ctx.q.folded) && d.confidence >= 0.5) ? d : null;
}

/** "việc của Sở X", "nhiệm vụ của", "X's job", "the job of": whose task it is, asked outright. */
const WHOSE_JOB_RE = /\b(viec cua|nhiem vu cua|trach nhiem cua|phan viec cua|(s|their|its) (job|task|responsibility|duty)|the (job|task|responsibility|duty) of)\b/;

const ACTS_RE = /^[\s,:]*(chu tri|lam dau moi|la dau moi|la co quan dau moi|la co quan thuong truc|co trach nhiem)\b/;

/** The agency a sentence opens with, when what follows says it leads or is responsible ("Sở X làm đầu mối ..."). */
/**
 * "Báo cáo ... gửi về UBND tỉnh thông qua cơ quan nào?", "through which department?": the body the sentence sends it through
 * ("về Ủy ban nhân dân tỉnh (thông qua Sở Lao động - Thương binh và Xã hội)") is the focal point asked for.
 */
function viaAgency(ctx: HandlerContext, quote: string): { agency: Agency; lead: boolean } | null {
  if (!/\b(thong qua|qua) (co quan|so|don vi|dau moi|ai|nganh)( \w+)? nao\b|\b(through|via) (which|what|whom)\b/.test(ctx.q.folded)) return null;
  const at = /thông qua\s+/iu.exec(quote);
  if (!at) return null;
  const h = ctx.registry.findAgencies(quote.slice(at.index + at[0].length)).sort((a, b) => a.start - b.start)[0];
  return h && h.start === 0 ? { agency: h.agency, lead: false } : null;
}

/**
 * "Kịp thời phối hợp ... khen thưởng ...; Sở Lao động - Thương binh và Xã hội làm đầu mối tổng hợp hồ sơ trình khen thưởng.": a
 * later clause of the sentence with its own subject, holding more of the question's words than any other clause, says who acts.
 */
function clauseSubject(ctx: HandlerContext, quote: string): { agency: Agency; lead: boolean } | null {
  const clauses = quote.split(/;\s*/);
  if (clauses.length < 2) return null;
  const asked = new Set(ctx.terms.filter((t) => !t.includes(" ")));
  // The verb asked of the body ("do sở nào tổng hợp", "ai làm đầu mối ..."): the clause doing it outweighs shared nouns.
  // The asking word may open the question ("Ai tổng hợp ...?"), and "đầu mối nào", "gửi về đầu mối nào" ask for the focal point by name.
  // In English the verb follows "is it X that", "who": "... that compiles the award dossiers" asks who compiles (tổng hợp).
  const enVerb = ctx.q.language === "en" ? /\b(?:that|who) (?:is |are |must |should |has to |have to |will )?(?:the one (?:that|who) )?([a-z]+)/.exec(ctx.q.folded)?.[1] : undefined;
  const predicate = [...(/(?:^| )(?:ai|(?:so|co quan|don vi|nganh|to chuc|dau moi) nao) (.+)$/.exec(ctx.q.folded)?.[1]?.split(/\s+/).filter((w) => asked.has(w)).slice(0, 4) ?? []),
    ...(enVerb ? translateTerms([enVerb], "en").filter((w) => asked.has(w)) : []),
    // "Có phải Sở Nội vụ tổng hợp hồ sơ ... không?": the words right after the body named are what it is said to do.
    ...(ctx.q.language === "vi" && ctx.q.mentions.agencies.length === 1 ? afterMention(ctx.q.folded, foldKey(ctx.q.mentions.agencies[0]!)).filter((w) => asked.has(w)).slice(0, 2) : []),
    ...(/\b(dau moi|focal point)\b/.test(ctx.q.folded) ? ["dau", "moi"] : [])];
  const score = (c: string) => {
    const words = foldOnce(c).replace(/[^a-z0-9 ]/g, " ").split(/\s+/);
    return words.filter((w) => asked.has(w)).length + 10 * predicate.filter((w) => words.includes(w)).length;
  };
  const scores = clauses.map(score);
  const best = scores.indexOf(Math.max(...scores));
  if (best === 0 || scores.filter((x) => x === scores[best]).length > 1) return null;
  return subjectAgency(ctx, clauses[best]!.trim());
}

/** The words of `folded` after `mention` (a body's name as the question writes it, folded), or none when it is not found. */
function afterMention(folded: string, mention: string): string[] {
  const at = mention ? ` ${folded} `.indexOf(` ${mention} `) : -1;
  return at < 0 ? [] : folded.slice(at + mention.length).trim().split(/\s+/);
}

/** Passages of the plans where a later clause ("...; Sở X làm đầu mối ...") names one of `bodies` as who acts, outside its own items. */
function actingElsewhere(ctx: HandlerContext, bodies: Agency[], chosen: DutyCandidate[]): Array<{ passage: Passage; clause: string; agency: Agency; lead: boolean }> {
  const ids = new Set(bodies.map((b) => b.id));
  const out: Array<{ passage: Passage; clause: string; agency: Agency; lead: boolean; c: number }> = [];
  for (const { passage: p, clauses } of laterSubjects(ctx.index, ctx.registry)) {
    if (!ctx.plans.includes(p.plan)) continue;
    if (chosen.some((o) => o.plan === p.plan && o.a.quote === p.quote)) continue;
    const holders = ctx.groupOf(p)?.assignments ?? [];
    for (const { clause, s } of clauses) {
      if (!ids.has(s.agency.id) || holders.some((a) => a.agencyId === s.agency.id)) continue;
      out.push({ passage: p, clause, ...s, c: ctx.index.coverage(ctx.terms, p) });
      break;
    }
  }
  return out.sort((a, b) => b.c - a.c).filter((x, i, l) => l.findIndex((y) => y.passage.quote === x.passage.quote) === i);
}

/**
 * The assignment and sentence passages whose later clauses ("...; Sở X làm đầu mối ...") name who acts, each with those clauses
 * (trimmed, in order) and their subjects: found once per index and registry, not on every question.
 */
const laterSubjectsCache = new WeakMap<PassageIndex, WeakMap<QaRegistry, Array<{ passage: Passage; clauses: Array<{ clause: string; s: { agency: Agency; lead: boolean } }> }>>>();
function laterSubjects(index: PassageIndex, registry: QaRegistry): Array<{ passage: Passage; clauses: Array<{ clause: string; s: { agency: Agency; lead: boolean } }> }> {
  let byRegistry = laterSubjectsCache.get(index);
  if (!byRegistry) laterSubjectsCache.set(index, (byRegistry = new WeakMap()));
  let list = byRegistry.get(registry);
  if (!list) {
    list = index.passages.flatMap((p) => {
      if ((p.kind !== "assignment" && p.kind !== "sentence") || !p.quote.includes(";")) return [];
      const clauses = p.quote.split(/;\s*/).slice(1).flatMap((c) => { const s = subjectAgency({ registry }, c.trim()); return s ? [{ clause: c.trim(), s }] : []; });
      return clauses.length > 0 ? [{ passage: p, clauses }] : [];
    });
    byRegistry.set(registry, list);
  }
  return list;
}

export function subjectAgency(ctx: Pick<HandlerContext, "registry">, quote: string): { agency: Agency; lead: boolean } | null {
  // The mention written first (the first of those starting there), from the memoised mentions of the plan's text.
  const h = agenciesIn(ctx.registry, quote).reduce<ReturnType<typeof agenciesIn>[number] | undefined>((m, x) => (!m || x.start < m.start ? x : m), undefined);
  if (!h) return null;
  const before = foldOnce(quote.slice(0, h.start)).replace(/[^a-z0-9 ]/g, " ").trim();
  if (before.length > 0 && !/^([a-z]|\d+)$/.test(before)) return null;
  const after = foldOnce(quote.slice(h.end));
  const m = ACTS_RE.exec(after);
  return m ? { agency: h.agency, lead: m[1] !== "co trach nhiem" } : null;
}

/** "Tỉnh nào ...", "which provinces": the answer is a set of provinces. */
export const ASKS_PROVINCES_RE = /\b(tinh nao|nhung tinh|cac tinh|tinh thanh nao|ke hoach nao|nhung ke hoach|cac ke hoach|which provinces?|what provinces?|provinces|which plans?|both|ca hai)\b|\b(which of the (plans|provinces|documents|decisions)|(which|what) documents?|van ban nao|nhung van ban|cac van ban nao)\b/;
/** "Which of the plans ...", "văn bản nào ...": the documents that fit are asked, each plan on its own (one province may have two). */
export const ASKS_DOCUMENTS_RE = /\b(which of the (plans|documents|decisions)|(which|what) (documents?|plans?|decisions?)|ke hoach nao|quyet dinh nao|van ban nao|nhung van ban|cac van ban nao|nhung ke hoach nao)\b/;

// Words that name no task of their own ("chương trình nào", "nhiệm vụ gì"): a topic needs more than these.
const PREMISE_NOISE = new Set(["phu", "luc", "appendix", "chuong", "trinh", "nhiem", "vu", "hoat", "dong", "noi", "dung", "ke", "hoach", "vi", "sao", "tai", "why", "does", "did", "is", "the", "phai", "khong", "dung", "ra", "sao", "duoc", "giao", "tinh", "hue", "viec", "lo"]);

/** The clause of a long duty that best matches the question, when the question says more than the agency. */
/** The plan's sentences that a longer quote of it holds (not the quote itself), once per index, plan and quote. */
const sentencesWithin = memoByObject((index: HandlerContext["index"]) => memoByPlan((plan) => memoByText((quote: string): ReadonlySet<Passage> =>
  new Set(index.passages.filter((p) => p.plan === plan && p.kind === "sentence" && p.quote !== quote && quote.includes(p.quote))), 10_000)));

function bestClause(ctx: HandlerContext, plan: ParsedPlan, quote: string): Passage | null {
  if (ctx.terms.length === 0 || quote.length <= MAX_QUOTE_IN_TEXT) return null;
  // "Which establishments ...?": of the item's sentences, one naming establishments ("các cơ sở chăm sóc nuôi dưỡng").
  const establishments = ESTABLISHMENTS_ASKED_RE.test(ctx.q.folded);
  const inside = sentencesWithin(ctx.index)(plan)(quote);
  const within = (p: Passage) => inside.has(p);
  const top = (establishments ? ctx.index.rank(ctx.terms, (p) => within(p) && ESTABLISHMENT_WRITTEN_RE.test(p.folded), 1)[0] : undefined)
    ?? ctx.index.rank(ctx.terms, within, 1)[0];
  return top && ctx.index.coverage(ctx.terms, top.passage) > 0.2 ? top.passage : null;
}

/**
 * A coordinating piece inside an item the plan gives the same body as its own (lead or responsible there), the piece opening with
 * the body that leads it ("Đài Phát thanh – Truyền hình tỉnh đẩy mạnh ..." in the labour department's item); an appendix row the
 * body both leads and works on under another ("Số 55 ...") is not such a piece.
 */
function inOwnItem(plan: ParsedPlan, a: Assignment): boolean {
  if (a.role !== "coordinate") return false;
  const here = plan.assignments.filter((x) => x !== a && x.sectionPath === a.sectionPath && (x.role === "lead" || x.role === "responsible"));
  if (!here.some((x) => x.agencyId === a.agencyId)) return false;
  const opening = foldOnce(a.quote);
  return here.some((x) => x.agencyId !== a.agencyId && x.quote === a.quote && opening.startsWith(foldOnce(x.agencyAsWritten).replace(/[;,.:\s]+$/, "")));
}

/** The bodies leading a coordinated piece ("Đài Phát thanh – Truyền hình tỉnh" of the piece in the labour item), by name. */
function pieceLeads(ctx: HandlerContext, a: Assignment): string[] {
  const passage = ctx.index.byAssignment.get(a);
  const g = passage ? ctx.groupOf(passage) : undefined;
  return [...new Set((g?.assignments ?? []).filter((x) => x.agencyId !== a.agencyId && (x.role === "lead" || x.role === "responsible")).map((x) => agencyOf(x, ctx.registry).name))];
}

/** In its own numbered duty item an agency is the one responsible, even when the item opens with "Phối hợp". */
function dutyRole(ctx: HandlerContext, a: Assignment, passage: Passage | undefined): Role {
  if (a.role !== "coordinate" || !passage) return a.role;
  const g = ctx.groupOf(passage);
  const others = (g?.assignments ?? []).filter((x) => x.agencyId !== a.agencyId && (x.role === "lead" || x.role === "responsible"));
  return others.length === 0 ? "responsible" : "coordinate";
}

/** An appendix recommendation ("Số 78"): its activity, lead and coordinators. */
/** A plan's appendix rows by each number their cell writes ("78", "12, 13"), in the plan's order, once per plan. */
const recommendationRows = memoByPlan((plan) => {
  const rows = new Map<string, Task[]>();
  for (const t of plan.tasks) {
    if (t.kind !== "recommendation") continue;
    for (const n of new Set((t.number ?? "").split(/[^0-9]+/))) (rows.get(n) ?? rows.set(n, []).get(n)!).push(t);
  }
  return rows;
});

/** The question's terms with the other word for money: "kinh phí" with "ngân sách", "ngân sách" with "kinh phí". */
function withMoneyTwin(terms: string[]): string[] {
  const has = (a: string, b: string) => terms.includes(a) && terms.includes(b);
  if (has("kinh", "phi") && !has("ngan", "sach")) return [...terms, "ngan", "sach"];
  if (has("ngan", "sach") && !has("kinh", "phi")) return [...terms, "kinh", "phi"];
  return terms;
}

export function answerRecommendation(ctx: HandlerContext): Draft {
  const n = ctx.q.recommendationNumber!;
  const tasks = ctx.plans.flatMap((plan) => (recommendationRows(plan).get(n) ?? []).map((t) => ({ plan, t })));
  if (tasks.length === 0) return emptyDraft();
  // "the budget activity of recommendation 12": money asked ("kinh phí") is the row that writes "ngân sách", and the other way.
  const terms = withMoneyTwin(ctx.terms);
  const scored = tasks.map(({ plan, t }) => {
    const p = ctx.index.byTask.get(t);
    return { plan, t, p, score: p ? ctx.index.coverage(terms, p) : 0 };
  }).sort((a, b) => b.score - a.score);
  const best = scored[0]!;
  const assignments = best.plan.assignments.filter((a) => a.taskId === best.t.id);
  const g: AssignmentGroup = { key: best.t.id, plan: best.plan, task: best.t, sectionPath: best.t.sectionPath, assignments };
  const d = describeGroup(ctx, g, best.p ?? null, Math.max(0.6, best.score));
  if (scored.length > 1) {
    // The same number on several rows: each row and who leads it, so none is hidden.
    const rows = scored.slice(0, MAX_DUTIES).map(({ plan, t }) => {
      const leads = plan.assignments.filter((a) => a.taskId === t.id && a.role === "lead").map((a) => agencyOf(a, ctx.registry));
      if (planHolds(plan, t.title)) cite(d, { plan, sectionPath: t.sectionPath, quote: t.title });
      for (const a of plan.assignments.filter((x) => x.taskId === t.id && x.role === "lead")) {
        d.agencies.push({ ...agencyOf(a, ctx.registry), role: a.role, source: { plan, sectionPath: a.sectionPath } });
        cite(d, { plan, sectionPath: a.sectionPath, quote: a.quote });
      }
      return `“${t.title}” (${leads.map((x) => x.name).join(", ") || "?"} ${roleWord("lead", ctx.lang)})`;
    });
    d.counts.push(scored.length);
    d.lines.push(tr(ctx.lang, `Phụ lục có ${scored.length} hoạt động mang số khuyến nghị ${n}: ${rows.join("; ")}.`,
      `The appendix has ${scored.length} activities under recommendation ${n}: ${rows.join("; ")}.`));
    d.notes.push(tr(ctx.lang, `Phụ lục có ${scored.length} hoạt động mang số khuyến nghị ${n}; câu trả lời chọn hoạt động gần câu hỏi nhất.`,
      `The appendix lists ${scored.length} activities under recommendation ${n}; the answer picks the one closest to the question.`));
  }
  d.lines[0] = tr(ctx.lang, `Khuyến nghị số ${n}: `, `Recommendation ${n}: `) + d.lines[0];
  d.found = true;
  return d;
}

const passagePatterns = new WeakMap<Passage, Map<string, boolean>>();
/** Whether a passage's folded words hold `re` (a pattern without /g or /y, named by `key`), once per passage and pattern. */
function passageHolds(p: Passage, key: string, re: RegExp): boolean {
  let seen = passagePatterns.get(p);
  if (!seen) passagePatterns.set(p, (seen = new Map()));
  let held = seen.get(key);
  if (held === undefined) seen.set(key, (held = re.test(p.folded)));
  return held;
}

/** Targets, budget lines, reporting duties or any sentence, ranked against the question. */
export function answerFromKinds(ctx: HandlerContext, kinds: Passage["kind"][], fallbackRe: RegExp | null, listWhenVague: number, prefer: RegExp | null = null): Draft {
  const keep = inPlans(ctx);
  const d = emptyDraft();
  // The fallback pattern is one of a few fixed ones (a new object on each call): whether a passage's words hold it is kept per passage.
  const fallbackKey = fallbackRe !== null && !fallbackRe.global && !fallbackRe.sticky ? `${fallbackRe.flags}/${fallbackRe.source}` : null;
  const ofKind = (p: Passage) => keep(p) && (kinds.includes(p.kind) || (fallbackRe !== null && p.kind === "sentence"
    && (fallbackKey !== null ? passageHolds(p, fallbackKey, fallbackRe) : fallbackRe.test(p.folded))));
  let picks: Passage[];
  if (ctx.terms.length === 0) {
    picks = ctx.index.passages.filter((p) => keep(p) && kinds.includes(p.kind)).slice(0, listWhenVague);
    d.confidence = 0.5;
  } else {
    const shape = prefer === null ? askedShape(ctx.q.folded, ctx.q.intent) : null;
    const all = preferred(ctx.index.rank(ctx.terms, ofKind, shape || prefer === null ? 20 : 10), prefer);
    const top = all[0];
    // Targets, budgets and reporting are asked of a plan by structure; only free-text facts are weighed against other plans.
    const sameKind = kinds.includes("sentence") ? (p: Passage) => kinds.includes(p.kind) : null;
    if (!top || !answersQuestion(ctx, top.passage, sameKind)) return d;
    // "Bao nhiêu %", "what percentage": a share is what is asked, so a passage writing one that holds enough of the question
    // is near, however much more another passage without a share repeats the question's words.
    const share = shape !== null && PERCENT_ASKED_RE.test(ctx.q.folded);
    const near = all.filter((r) => r.score >= top.score * SHAPE_NEAR || (share && holdsShape(shape, r.passage) && ctx.index.coverage(ctx.terms, r.passage) >= ctx.minCoverage));
    // "Bao nhiêu giờ?": a number of hours no passage near the question states is something the plans do not say.
    if (shape?.strict && !near.some((r) => holdsShape(shape, r.passage))) return d;
    const ranked = (shape ? [...near.filter((r) => holdsShape(shape, r.passage)), ...all.filter((r) => !(r.score >= top.score * SHAPE_NEAR && holdsShape(shape, r.passage)))] : all).slice(0, 3);
    const first = ranked[0]!;
    picks = [...new Map(ranked.filter((r) => r.score >= first.score * 0.999).map((r) => [r.passage.quote, r.passage])).values()].slice(0, 2);
    if (prefer === null) picks = withOtherParts(ctx, picks, ofKind, shape);
    picks = withListedItems(ctx, picks, ofKind);
    d.confidence = ctx.index.coverage(ctx.terms, top.passage);
  }
  for (const p of picks) {
    // "Thời gian thực hiện:" alone is a label: its line says what it labels; a heading alone ("Mục tiêu tổng quát"), the line under it.
    const quote = bodyOfHeading(p) ?? (p.quote.trim().endsWith(":") ? wholeLine(p) : p.quote);
    d.lines.push(tr(ctx.lang, `Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: ${shown(quote)}`,
      `Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, the plan says: ${shown(quote)}`));
    cite(d, { plan: p.plan, sectionPath: p.sectionPath, quote });
    // A line opening a list ("..., bao gồm:") is answered with its items; a clause of a ";" list, when a list is asked.
    if (p === picks[0] && (quote.trim().endsWith(":") || ASKS_LIST_RE.test(ctx.q.folded))) {
      for (const more of continuation(p.plan, quote)) {
        d.lines.push(shown(more));
        cite(d, { plan: p.plan, sectionPath: p.sectionPath, quote: more });
      }
    }
    const g = ctx.groupOf(p);
    if (g && p.kind !== "sentence") for (const a of g.assignments.filter((x) => x.role === "lead")) d.agencies.push({ ...agencyOf(a, ctx.registry), role: a.role, source: { plan: g.plan, sectionPath: a.sectionPath } });
  }
  d.found = picks.length > 0;
  return d;
}

/** A share asked in so many words: "bao nhiêu %", "bao nhiêu phần trăm", "what percentage", "how many per cent". */
const PERCENT_ASKED_RE = /\b(bao nhieu|may) ?(%|phan tram)|\b(chi tieu|ty le)( \S+){0,14} (la )?bao nhieu\b|\bty le (la )?bao nhieu\b|\b(what|which) (percentage|percent|share|proportion)\b|\bhow many (percent|per cent)\b/;

/** A passage scoring at least this share of the best one is near enough to be chosen for holding what is asked. */
const SHAPE_NEAR = 0.5;

/** Units a "bao nhiêu X" question may ask, as plans write them next to a number. */
const UNIT_WORDS: Record<string, string> = {
  hours: "gio", hour: "gio", days: "ngay", day: "ngay", people: "nguoi", persons: "nguoi", officials: "can bo", staff: "can bo", months: "thang", weeks: "tuan",
  children: "tre em", communes: "xa", districts: "huyen", schools: "truong", offices: "van phong", collaborators: "cong tac vien", volunteers: "tinh nguyen vien",
};
const TIME_UNITS = new Set(["gio", "phut", "ngay", "tuan", "thang"]);

/**
 * What the question asks for, as a pattern its answer must hold: a date ("ban hành ngày nào"), a number of
 * something ("bao nhiêu cán bộ" — a number written before those words), a share, a place ("ở đâu").
 * `strict` when the thing asked is a measure (hours, days) a passage without it cannot answer.
 */
export interface AskedShape { re: RegExp; strict: boolean; onQuote?: boolean }
export const holdsShape = (shape: AskedShape, p: Pick<Passage, "folded" | "quote">): boolean => shape.re.test(shape.onQuote ? p.quote : p.folded);

/** A share named in the question ("tỷ lệ", "chỉ tiêu", "percentage"). */
const SHARE_NAMED_RE = /\b(ty le|chi tieu|phan tram|percentage|percent|share|proportion)\b/;
/** What "bao nhiêu" may count, as written right after it. */
const COUNTED_AFTER_RE = /^(phan|percent|can|nguoi|tre|xa|huyen|truong|ngay|gio|thang|tuan|tien|ty|trieu|lan|van|nhom|cong|tinh|hours?|days?|people|children|communes|districts|schools|months|weeks|times|officials|staff)$/;
/** Words that open the next part of a question after "bao nhiêu" ("..., bên nào cao hơn?"), not a unit counted. */
const NEXT_QUESTION_WORDS = new Set(["ben", "tinh", "cai", "nao", "va", "vay", "hay", "thi", "con"]);

export function askedShape(folded: string, intent: string): AskedShape | null {
  if (/\b(ngay nao|ngay may|ngay thang nao|what date|which date|on what date|when was|when were|when did)\b/.test(folded)) {
    return { re: /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b|\bngay \d{1,2} thang \d{1,2}\b/, strict: false };
  }
  const many = /\b(?:bao nhieu|how many|how much)(?: (?:la|the|of))? (\w+)(?: (\w+))?/.exec(folded);
  // "chỉ tiêu ... là bao nhiêu, bên nào cao hơn?", "tỷ lệ ...: Đắk Lắk đặt bao nhiêu, Huế ...": the question goes on after
  // "bao nhiêu"; no unit follows it, and a share is what is asked.
  const goesOn = many !== null && (NEXT_QUESTION_WORDS.has(many[1]!) || (SHARE_NAMED_RE.test(folded) && !COUNTED_AFTER_RE.test(many[1]!)));
  if (many && !goesOn) {
    // "how many commune-level child protection officials": the counted noun may come a few words on.
    const english = /^how/.test(many[0]) ? folded.slice(many.index).split(" ").slice(2, 8).find((w) => w in UNIT_WORDS) : undefined;
    const w1 = UNIT_WORDS[english ?? many[1]!] ?? many[1]!;
    if (/^(phan|percent|%)/.test(w1)) return { re: /\d ?%/, strict: false };
    const unit = w1.includes(" ") ? w1 : many[2] && ["bo", "chuc", "vien", "tac", "em", "phong"].includes(many[2]) ? `${w1} ${many[2]}` : w1;
    const numbered = new RegExp(`(?<![\\d.,])\\d[\\d.,]* ${unit}\\b`);
    if (TIME_UNITS.has(unit)) return { re: numbered, strict: true };
    return { re: /^(tien|ty|trieu|money|lan|times)$/.test(unit) ? /\d/ : numbered, strict: false };
  }
  if (/\b(o dau|tai dau|where|dia ban nao|dat o|nhung huyen nao|huyen nao|xa nao)\b/.test(folded)) return { re: PLACE_RE, strict: false, onQuote: true };
  if (intent === "target" || /\b(chi tieu|ty le|share|percentage|proportion|rate)\b/.test(folded)) return { re: /\d ?%/, strict: false };
  return null;
}

/** A place named after "tại"/"ở" ("tại Krông Ana"): read on the quote, which keeps the capitals. */
const PLACE_RE = /(?<![\p{L}])(tại|ở)\s+\p{Lu}/u;

/** Words naming the document, not a part of what is asked. */
const PART_NOISE = new Set(["ke", "hoach", "quyet", "dinh", "plan", "decision", "tinh", "thuc", "hien"]);

/** Words joining the parts of a two-part question ("for X and for Y", "ở đâu, và mở thêm ở đâu"). */
const PARTS_RE = /\b(va|and|cung nhu|as well as|con|dong thoi|or|hay|hoac)\b/;
/** The other answer of a yes/no question ("... or not", "... hay chưa có chỉ tiêu", "... hay không"), folded: not a second part. */
const OR_NOT_RE = /\b(?:or not|or no|hay (?:la )?(?:chua|khong)|hoac (?:chua|khong))(?: co(?: [a-z]+){0,3})?\s*$/;

/**
 * "Targets for health insurance cards and for vaccination", "duy trì mấy văn phòng, ở đâu, và mở mới ở đâu":
 * a question in several parts is answered by a passage for each part. The words the first passage leaves
 * out are asked again; a passage of the same plans that holds most of them answers that part.
 */
/**
 * "... chỉ tiêu nào về y tế (bảo hiểm, tiêm chủng, suy dinh dưỡng)?": items the question lists in brackets are each
 * answered by the passage of the same plan (and kind) that holds most of that item's words, besides the best one.
 */
function withListedItems(ctx: HandlerContext, picks: Passage[], ofKind: (p: Passage) => boolean): Passage[] {
  const first = picks[0];
  const list = first ? /\(([^()]*[,;][^()]*)\)/u.exec(ctx.q.raw)?.[1] : undefined;
  if (!first || !list) return picks;
  const items = list.split(/\s*(?:[,;]|(?<![\p{L}])(?:và|va|and|or|hoặc|hoac)(?![\p{L}]))\s*/iu).map((x) => x.trim()).filter(Boolean);
  if (items.length < 2 || items.length > 6) return picks;
  const out = [...picks];
  for (const item of items) {
    const terms = translateTerms(foldWords(item), ctx.lang).filter((t) => !isStopword(t));
    if (terms.length === 0 || out.some((p) => ctx.index.coverage(terms, p) >= 0.99)) continue;
    const held = ctx.index.rank(terms, (p) => p.plan === first.plan && ofKind(p), 5).filter((r) => ctx.index.coverage(terms, r.passage) >= 0.6);
    // Of the passages holding the item, one of the kind the best answer is (a target line, not a sentence on the same topic).
    const best = held.find((r) => r.passage.kind === first.kind) ?? held[0];
    if (best && !out.some((p) => p.quote === best.passage.quote)) out.push(best.passage);
  }
  return out;
}

function withOtherParts(ctx: HandlerContext, picks: Passage[], ofKind: (p: Passage) => boolean, shape: AskedShape | null): Passage[] {
  const first = picks[0];
  // The same line twice (as a target and as a sentence) is one part answered.
  if (!first || !picks.every((p) => first.quote.includes(p.quote) || p.quote.includes(first.quote)) || !PARTS_RE.test(ctx.q.folded.replace(OR_NOT_RE, ""))) return picks;
  const weight = (ts: string[]) => ts.reduce((s, t) => s + ctx.index.idf(t), 0);
  const terms = [...new Set(ctx.terms)].filter((t) => !PART_NOISE.has(t));
  const left = terms.filter((t) => !first.quoteTerms.has(t) && !PART_NOISE.has(t));
  if (left.length === 0 || weight(left) < 0.25 * weight(terms)) return picks;
  const next = ctx.index.rank(left, (p) => p.plan === first.plan && p.quote !== first.quote && !first.quote.includes(p.quote) && !p.quote.includes(first.quote) && ofKind(p), 10);
  // Parts of one question are mostly answered in one part of the plan ("phạm vi" and "thời gian" both in II).
  const top = (path: string) => path.split(".")[0];
  const covered = next.filter((r) => ctx.index.coverage(left, r.passage) >= 0.5);
  const fits = [...covered.filter((r) => top(r.passage.sectionPath) === top(first.sectionPath)), ...covered.filter((r) => top(r.passage.sectionPath) !== top(first.sectionPath))];
  const best = (shape ? fits.find((r) => holdsShape(shape, r.passage)) : undefined) ?? fits[0];
  return best ? [first, best.passage] : [first];
}

/** Moves passages that hold what the question asks for (a date, an amount) ahead of near ties. */
function preferred(ranked: RankedPassage[], prefer: RegExp | null): RankedPassage[] {
  if (!prefer || ranked.length === 0) return ranked;
  const top = ranked[0]!.score;
  return ranked.map((r) => ({ ...r, score: r.score + (prefer.test(r.passage.folded) ? top : 0) }))
    .sort((a, b) => b.score - a.score);
}

/** "Nguồn kinh phí lấy từ đâu?", "where does the money come from": the sources of funding, not an amount, are asked. */
const SOURCES_ASKED_RE = /\b(nguon (kinh phi|von|tien|ngan sach|tai chinh)|(tu )?nguon nao|nhung nguon|cac nguon|kinh phi (lay |duoc lay )?(tu dau|o dau)|lay (tien|kinh phi) (tu |o )?dau|tien (lay |duoc lay )?(tu |o )?dau( ra)?|(funding|money|budget) sources?|sources? of (funding|funds|money|the budget)|(come|comes|coming) from|funded (by|from|through)|financed (by|from|through)|where (does|do|will) the (money|funding|budget))\b/;

const AMOUNT_ASKED_RE = /\b(bao nhieu|how much|so tien|amount)\b/;
const MONEY_ASKED_RE = /\b(kinh phi|ngan sach|tien|von|ty dong|trieu dong|nhieu ty|nhieu trieu|funding|funds?|money|budget|vnd)\b/;
const AMOUNT_LINE_RE = /\d[\d.,]* ?(ty|trieu)\b/;
const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * "Sở Y tế được phân bổ bao nhiêu kinh phí?", "how much funding does plan 26 give the Department of Health?": money for one body
 * (the body receives it: "cho X", "X được cấp", "give X"). When no line of the plans states an amount beside that body, the plan
 * does not say: found=false, with what it does state of money (its total, its sources, a detailed appendix it names but does not hold).
 */
export function answerAmountForBody(ctx: HandlerContext): Draft | null {
  const agency = ctx.q.agencies[0];
  const written = ctx.q.mentions.agencies[0];
  const f = ctx.q.folded;
  if (!agency || !written || ctx.q.agencies.length > 1 || !AMOUNT_ASKED_RE.test(f) || !MONEY_ASKED_RE.test(f)) return null;
  const name = escapeRe(foldOnce(written));
  if (!name) return null;
  const receives = new RegExp(`\\b(cho|for|to|give|gives|giving|allots?|allocates?|grants?)( the)? ${name}\\b`).test(f)
    || new RegExp(`\\b${name}( \\S+){0,3}? (duoc|nhan|get|gets|receives?|is (given|allocated|allotted|granted))\\b`).test(f);
  if (!receives) return null;
  const stated = ctx.plans.some((plan) => trimmedLines(plan).some((l) => AMOUNT_LINE_RE.test(foldOnce(l))
    && ctx.registry.findAgencies(l).some((h) => h.agency.id === agency.id)));
  if (stated) return null;
  // What the plans state of money: the plans without an amount name their sources (answerBudget); a plan with amounts, those lines.
  const without = ctx.plans.filter((p) => !p.budgetLines.some((b) => b.amountVnd !== null));
  const d = without.length > 0 ? answerBudget({ ...ctx, plans: without, q: { ...ctx.q, agencies: [] } }) : emptyDraft();
  // Settled: no other part of the plan (the body's own section, its duties) answers an amount the plan does not state.
  d.found = false;
  d.settled = true;
  d.agencies = [];
  const notes: string[] = [];
  for (const plan of ctx.plans) {
    const label = planLabel(plan, ctx.registry, ctx.lang);
    notes.push(tr(ctx.lang, `${label} không nêu số kinh phí phân bổ cho ${agency.name}.`, `${label} states no amount of money for ${agency.name} (${agency.english}).`));
    const amounts = plan.budgetLines.filter((b, i, all) => b.amountVnd !== null && all.findIndex((o) => o.quote === b.quote) === i).slice(0, 3);
    if (amounts.length === 0) continue;
    // The overall amounts are in the citations, not in this line: an answer that says no amount is stated for the body shows no figure
    // that could be read as the body's.
    notes.push(tr(ctx.lang, `${label} chỉ nêu tổng kinh phí chung của cả chương trình (mục ${amounts[0]!.sectionPath}, xem trích dẫn), không chia theo cơ quan.`,
      `${label} states only the overall funding of the whole programme (section ${amounts[0]!.sectionPath}, see the citations), not split by agency.`));
    for (const b of amounts) cite(d, { plan, sectionPath: b.sectionPath, quote: b.quote });
    // "(Có phụ lục chi tiết kèm theo)": a detailed appendix the plan names beside its amounts, not part of its text.
    const top = amounts[0]!.sectionPath.split(".")[0]!;
    const part = plan.sections.filter((x) => x.path === top || x.path.startsWith(`${top}.`));
    const appendix = [...new Set(part.flatMap((x) => x.text.split("\n").map((l) => l.trim())))].find((l) => /^\(?co phu luc\b/.test(foldOnce(l)));
    if (appendix) {
      notes.push(tr(ctx.lang, `Kế hoạch ghi ${shown(appendix)}, nhưng phụ lục chi tiết đó không có trong văn bản.`,
        `The plan says ${shown(appendix)} (a detailed appendix), which is not part of its text.`));
      cite(d, { plan, sectionPath: part.find((x) => x.text.includes(appendix))?.path ?? top, quote: appendix });
    }
  }
  d.lines.unshift(...notes);
  return d;
}

/** A plan line that names money: its funding, budget, sources, grants, aid, capital, mobilised or socialised funds, amounts in đồng. */
const FUNDING_LINE_RE = /kinh phí|ngân sách|nguồn|tài trợ|viện trợ|vốn|huy động|xã hội hóa|xã hội hoá|(?<!\p{L})đồng(?!\p{L})|kinh phi|ngan sach|nguon|tai tro|vien tro/iu;

/** Budget: an amount only when the plan states one; otherwise found=false with what it does say (found when the sources are what is asked). */
export function answerBudget(ctx: HandlerContext): Draft {
  const withAmount = ctx.plans.filter((p) => p.budgetLines.some((b) => b.amountVnd !== null));
  // "Nguồn kinh phí lấy từ đâu?", "compare the funding sources": the sources are what is asked, and the plan's budget part names them.
  const asksSources = SOURCES_ASKED_RE.test(ctx.q.folded) && !/\b(bao nhieu|how much|amount|so tien|ty dong|trieu dong)\b/.test(ctx.q.folded);
  if (withAmount.length === 0 || asksSources) {
    const d = emptyDraft();
    for (const plan of ctx.plans) {
      if (!asksSources) d.lines.push(tr(ctx.lang, `${planLabel(plan, ctx.registry, ctx.lang)} không nêu số tiền cụ thể cho công tác trẻ em.`,
        `${planLabel(plan, ctx.registry, ctx.lang)} states no amount of money.`));
      const line = plan.budgetLines[0];
      const first = line ? { plan, sectionPath: line.sectionPath, quote: line.quote } : ctx.index.passages.find((p) => p.plan === plan && p.kind === "sentence" && /kinh phi/.test(p.folded));
      if (first) {
        // Every source the section names ("1. Ngân sách Nhà nước.", "2. Nguồn xã hội hóa."), not only the first.
        const top = first.sectionPath.split(".")[0]!;
        const part = plan.sections.filter((x) => x.path === top || x.path.startsWith(`${top}.`));
        const headings = new Set(part.filter((x) => x.path === top).map((x) => foldOnce(x.heading)));
        const more = [...new Set(part.flatMap((x) => x.text.split("\n").map((l) => l.trim())))]
          // A heading in capitals after the section ("ỦY BAN NHÂN DÂN TỈNH", the signature block) names no source.
          .filter((l) => l.length > 3 && /\p{Ll}/u.test(l) && l !== first.quote && !l.includes(first.quote) && !headings.has(foldOnce(l).replace(/^[ivx\d]+ /, ""))
            // A line that names no money ("2. Kế hoạch được triển khai thực hiện trong giai đoạn 2014 - 2020.") is no source.
            && FUNDING_LINE_RE.test(l.normalize("NFC")));
        const others = plan.budgetLines.slice(1).map((b) => b.quote).filter((q) => !more.some((l) => l.includes(q)));
        const sources = [first, ...[...others, ...more].slice(0, 4).map((quote) => ({ plan, sectionPath: first.sectionPath, quote }))];
        d.lines.push(asksSources
          ? tr(ctx.lang, `Nguồn kinh phí theo ${planLabel(plan, ctx.registry, ctx.lang)}, mục ${first.sectionPath}: ${sources.map((x) => shown(x.quote)).join("; ")}`,
            `Funding sources under ${planLabel(plan, ctx.registry, ctx.lang)}, section ${first.sectionPath}: ${sources.map((x) => shown(x.quote)).join("; ")}`)
          : tr(ctx.lang, `Kế hoạch chỉ nói về nguồn kinh phí: ${sources.map((x) => shown(x.quote)).join("; ")}`,
            `It only names the sources of funding: ${sources.map((x) => shown(x.quote)).join("; ")}`));
        for (const x of sources) cite(d, x);
      }
    }
    if (asksSources) {
      d.found = d.citations.length > 0;
      d.confidence = 0.8;
    }
    return d;
  }
  const d = answerFromKinds({ ...ctx, plans: withAmount }, ["budget"], /kinh phi|ngan sach|ty dong/, 4, /\d[\d.,]* ?(ty|trieu)/);
  if (d.found && /\b(breakdown|bao gom|gom nhung|chi tiet|co cau|phan bo|share|tong|total)\b/.test(ctx.q.folded)) {
    // A breakdown: every amount line of the plan, in plan order.
    for (const plan of withAmount) {
      for (const b of plan.budgetLines.filter((x) => x.amountVnd !== null).slice(0, MAX_DUTIES)) {
        if (d.citations.some((c) => c.quote === b.quote)) continue;
        d.lines.push(tr(ctx.lang, `Theo ${planLabel(plan, ctx.registry, ctx.lang)}, mục ${b.sectionPath}: ${shown(b.quote)}`,
          `Under ${planLabel(plan, ctx.registry, ctx.lang)}, section ${b.sectionPath}: ${shown(b.quote)}`));
        cite(d, { plan, sectionPath: b.sectionPath, quote: b.quote });
      }
    }
  }
  return d;
}

/** "which organisations does the plan ask to take part?", "ask to join in": the request itself, nothing asked of it after the verb. */
const ASKED_TO_JOIN_RE = /\basks?( \w+){0,2} to (take part|join( in)?|participate|be involved)( in it)?$/;

/** A clause asking a count ("có bao nhiêu chương trình", "mấy nội dung", "how many programmes"). */
const COUNT_CLAUSE_RE = /\b(bao nhieu|may|how many)\b/;
/** A clause asking where the money comes from or how much it is ("kinh phí lấy từ nguồn nào", "tổng kinh phí bao nhiêu"). */
const FUNDING_CLAUSE_RE = /\b(kinh phi|ngan sach|nguon von|funding|funds?|money|budget)\b/;
/**
 * "tiền" (money) read on the clause as written: folded, "tiến hành" and "ưu tiên" read "tien" too. A clause written without
 * diacritics says money only beside "bao nhieu", "tu dau" or "nguon" ("tien lay tu dau", "bao nhieu tien").
 */
const moneyWord = (raw: string, folded: string): boolean => /[^\p{ASCII}]/u.test(raw)
  ? /(?<!\p{L})tiền(?!\p{L})/iu.test(raw.normalize("NFC"))
  : /\btien\b( \S+){0,2} (bao nhieu|tu dau|nguon)\b|\b(bao nhieu|nguon)( \S+){0,2} tien\b/.test(folded);
const fundingClause = (c: { raw: string; folded: string }): boolean => FUNDING_CLAUSE_RE.test(c.folded) || moneyWord(c.raw, c.folded);
const SOURCES_ONLY_RE = /\b(nguon nao|nhung nguon|cac nguon|tu dau|o dau ra|come from|comes from|sources?)\b/;
const FUNDING_ASKED_RE = /\b(bao nhieu|how much|nguon nao|nhung nguon|cac nguon|tu dau|o dau|lay tu|tu nguon|where|come from|comes from|sources?)\b/;

/**
 * "Kế hoạch có bao nhiêu chương trình và kinh phí lấy từ nguồn nào?", "how many programmes, and where does the money come
 * from?": a count asked beside the plan's funding, in a clause of its own. The count is answered as before; each clause asking
 * about the money is then answered as the budget question it is (the sources, or the amounts), and its quotes join the answer.
 */
export function withFundingBesideCount(ctx: HandlerContext, d: Draft): Draft {
  const clauses = ctx.q.raw.split(/[,;?]|\s(?:và|va|and|còn|con)\s/iu).map((x) => ({ raw: x, folded: foldKey(x) })).filter((x) => x.folded.length > 0);
  // "..., tổng kinh phí bao nhiêu, từ những nguồn nào?": a clause asking only the sources goes on with the money already named.
  const moneyNamed = clauses.some(fundingClause);
  const money = clauses.filter((c) => (fundingClause(c) && FUNDING_ASKED_RE.test(c.folded)) || (moneyNamed && SOURCES_ONLY_RE.test(c.folded))).map((c) => c.folded);
  const counted = clauses.some((c) => !money.includes(c.folded) && COUNT_CLAUSE_RE.test(c.folded));
  if (money.length === 0 || !counted) return d;
  for (const clause of money) {
    const funding = answerBudget({ ...ctx, q: { ...ctx.q, folded: clause } });
    if (!funding.found) continue;
    // "2. Tổng kinh phí ..." (section V) and "Tổng kinh phí ..." (V.2) are one sentence: quoted once.
    const bare = (x: string) => foldKey(x).replace(/^(\d+ |[ivx]+ )/, "");
    const held = (q: string) => d.citations.some((x) => bare(x.quote).includes(bare(q)) || bare(q).includes(bare(x.quote)));
    const fresh: Draft["citations"] = [];
    for (const c of funding.citations) if (!held(c.quote) && !fresh.some((x) => bare(x.quote).includes(bare(c.quote)) || bare(c.quote).includes(bare(x.quote)))) fresh.push(c);
    if (fresh.length === 0) continue;
    // A line is kept when it shows one of the new quotes (its opening words), or quotes nothing.
    const showsFresh = (line: string) => !line.includes("“") || fresh.some((c) => foldKey(line).includes(bare(c.quote).slice(0, 40)));
    for (const line of funding.lines) if (!d.lines.includes(line) && showsFresh(line)) d.lines.push(line);
    d.citations.push(...fresh);
    d.found = true;
  }
  return d;
}

const LEGAL_WORDS = new Set(["ke", "hoach", "quyet", "dinh", "van", "ban", "thu", "tuong", "trien", "khai", "thuc", "hien", "chinh", "phu", "nghi", "chi", "thi", "can", "cu", "cua", "luat", "thong", "tu", "quoc", "gia", "trung", "uong", "cap", "tren"]);
const DOC_REF_RE = /\d+ ?\/ ?(qd|nd|tt|kh|ct)/;

/**
 * Kinds and issuers of documents a question may name ("thông báo nào", "which notice", "của Văn phòng Chính phủ", "the Prime
 * Minister's conclusions"), each as the question says it (folded, English or Vietnamese) and as the plan writes it around a
 * document's number ("kết luận của Thủ tướng Chính phủ tại Thông báo số 324/TB-VPCP ... của Văn phòng Chính phủ").
 */
const DOCUMENT_FEATURES: ReadonlyArray<{ asked: RegExp; written: RegExp }> = [
  { asked: /\b(thong bao|notices?|announcements?)\b/, written: /\bthong bao\b|\/tb-/ },
  { asked: /\b(chi thi|directives?)\b/, written: /\bchi thi\b|-ct\// },
  { asked: /\b(nghi dinh|decrees?)\b/, written: /\bnghi dinh\b|\/nd-/ },
  { asked: /\b(thong tu|circulars?)\b/, written: /\bthong tu\b|\/tt-/ },
  { asked: /\b(nghi quyet|resolutions?)\b/, written: /\bnghi quyet\b|\/nq-/ },
  { asked: /\b(van phong chinh phu|government office|office of the government)\b/, written: /\bvan phong chinh phu\b|-vpcp\b/ },
  // The document recording conclusions is the one they are "tại" (in), not one carrying them out "tại Hội nghị".
  { asked: /\b(ket luan|conclusions?)\b/, written: /\bket luan( \S+){0,6} tai (thong bao|quyet dinh|van ban|chi thi|ket luan)\b/ },
  { asked: /\b(bo chinh tri|politburo)\b/, written: /\bbo chinh tri\b|-ct\/tw\b/ },
  { asked: /\b(tinh uy|provincial party committee)\b/, written: /\btinh uy\b|-kh\/tu\b/ },
  { asked: /\b(bo lao dong|ministry|ministerial|molisa)\b/, written: /\bcua bo\b|-ldtbxh\b/ },
  { asked: /\b(hdnd|hoi dong nhan dan|people s council)\b/, written: /\bhoi dong nhan dan\b|-hdnd\b/ },
  { asked: /\bke hoach (nao|so may)\b|\b(which|what) (\S+ ){0,2}plans? (of|by|from)\b/, written: /\bke hoach so\b|-kh\/|\/kh-/ },
];

/** A document's number as plans write it: "324/TB-VPCP", "28-CT/TW", "71/2011/NĐ-CP". */
const DOCUMENT_NUMBER_RE = /\d+(?:\/\d{4})?[/-][A-ZĐ]+g?(?:[-/][A-ZĐ&]+g?)*/gu;
/** A document the sentence says the plan carries out ("triển khai ... kết luận ... tại Thông báo số ...", "Thực hiện Quyết định số ..."). */
const CARRIED_OUT_RE = /\b(thuc hien|trien khai|can cu)\b/;

/**
 * "Kế hoạch 1979 thực hiện thông báo nào của Văn phòng Chính phủ?", "which notice recording the Prime Minister's conclusions does
 * it implement?": the question names a kind or an issuer of document. The documents the plan says it carries out, in its opening
 * lines and its purpose (the first part, before "II."), are matched against what was named; the ones matching most are answered,
 * each with the sentence naming it, when the plan's opening "Thực hiện ..." line is not already the one asked for.
 */
/** A document number a plan's line writes (not the plan's own), the clause it stands in (folded), and whether its sentence carries it out. */
interface NumberMention { num: string; clause: string; carried: boolean; line: string }

/** The document numbers of a plan's lines, in order, read once per plan: of its opening part (before "II.") and of its whole text. */
const numberMentions = memoByPlan((plan): { opening: NumberMention[]; all: NumberMention[] } => {
  const lines = plan.text.split("\n");
  const second = lines.findIndex((l) => /^\s*(\*\*)?II[.\s]/u.test(l));
  const read = (from: readonly string[]): NumberMention[] => from.flatMap((line) => [...line.matchAll(DOCUMENT_NUMBER_RE)].flatMap((m) => {
    const num = m[0];
    if (num === plan.documentNumber || plan.otherNumbers.includes(num)) return [];
    // The clause the number stands in: from the previous "; " or sentence start to the next "; " (its kind before, issuer after).
    const sentence = line.slice(0, m.index).split(/;\s|\.\s/u).pop() ?? "";
    // "... tại Thông báo số 324/TB-VPCP ... và Quyết định số 1506/...": each document of a list has its own words.
    const before = sentence.split(/\sv[àa]\s(?=Quy|QUY|Ch|CH|K|Th|TH|Ngh|NGH)/u).pop() ?? "";
    const after = line.slice(m.index! + num.length).split(/;\s|\.\s|\sv[àa]\s(?=Quy|QUY|Ch|CH|K|Th|TH|Ngh|NGH)/u)[0] ?? "";
    return [{ num, clause: foldKey(`${before}${num}${after}`), carried: CARRIED_OUT_RE.test(foldKey(sentence)), line: line.trim() }];
  }));
  return { opening: read(lines.slice(0, second > 0 ? second : lines.length)), all: read(lines) };
});

function documentsOfKindAsked(ctx: HandlerContext, plan: ParsedPlan, impl: readonly string[]): Draft | null {
  const asked = DOCUMENT_FEATURES.filter((f) => f.asked.test(ctx.q.folded));
  if (asked.length === 0) return null;
  // The numbers holding most of what was asked, each once (its first mention that holds any), of the sentences carrying them out when `carried`.
  const scan = (mentions: readonly NumberMention[], carried: boolean): Array<{ num: string; score: number; line: string }> => {
    const scored: Array<{ num: string; score: number; line: string }> = [];
    for (const x of mentions) {
      if (scored.some((s) => s.num === x.num) || (carried && !x.carried)) continue;
      const score = asked.filter((f) => f.written.test(x.clause)).length;
      if (score > 0) scored.push({ num: x.num, score, line: x.line });
    }
    const best = Math.max(0, ...scored.map((x) => x.score));
    return scored.filter((x) => x.score === best);
  };
  const mentions = numberMentions(plan);
  const label = planLabel(plan, ctx.registry, ctx.lang);
  let picked = scan(mentions.opening, true);
  const d = emptyDraft();
  if (picked.length > 0) {
    // The opening "Thực hiện ..." line names what was asked: the usual answer says it.
    if (picked.every((x) => impl.some((i) => i.startsWith(x.num)))) return null;
    d.lines.push(tr(ctx.lang, `${label} thực hiện ${picked.map((x) => x.num).join(", ")}:`, `${label} implements ${picked.map((x) => x.num).join(", ")}:`));
  } else {
    // "QĐ 2041 thực hiện nghị quyết nào của HĐND?": the plan carries out none of that kind; where it names one, that is said, quoted.
    picked = scan(mentions.all, false).filter((x) => !impl.some((i) => i.startsWith(x.num)));
    if (picked.length === 0) return null;
    const nums = picked.map((x) => x.num).join(", ");
    d.lines.push(tr(ctx.lang, `${label} không nêu là thực hiện văn bản như vậy; kế hoạch nhắc đến ${nums}:`,
      `${label} does not say it implements such a document; it names ${nums}:`));
  }
  for (const x of picked) {
    const p = ctx.index.passages.find((y) => y.plan === plan && y.quote.includes(x.num) && y.quote.length <= x.line.length && x.line.includes(y.quote))
      ?? ctx.index.passages.find((y) => y.plan === plan && y.quote.includes(x.num));
    const quote = p?.quote ?? x.line;
    if (!plan.text.includes(quote)) continue;
    const section = p?.sectionPath ?? tr(ctx.lang, "căn cứ", "basis");
    d.lines.push(tr(ctx.lang, `Theo ${label}, mục ${section}: ${shown(quote)}`, `Under ${label}, section ${section}: ${shown(quote)}`));
    cite(d, { plan, sectionPath: section, quote });
  }
  return d.citations.length > 0 ? d : null;
}

/** What the plan implements and what it is based on, unless the question names a specific task. */
export function answerLegalBasis(ctx: HandlerContext): Draft {
  const topic = ctx.terms.filter((t) => !LEGAL_WORDS.has(t));
  const specific = topic.length >= 2 ? answerFromKinds({ ...ctx, terms: topic }, ["sentence", "assignment"], null, 0, DOC_REF_RE) : emptyDraft();
  const citesOther = (quote: string) => [...foldKey(quote).matchAll(/(\d+) ?\/ ?(qd|nd|tt|kh|ct)/g)].some((m) => !ctx.plans.some((p) => p.documentNumber.startsWith(`${m[1]}/`)));
  // A document of a kind or issuer asked ("thông báo nào", "của Văn phòng Chính phủ") that a plan carries out answers before passages sharing words.
  const kindAsked = ctx.plans.some((plan) => documentsOfKindAsked(ctx, plan, [...plan.implements.map((x) => x.documentNumber), ...plan.legalBasis.flatMap((x) => x.documentNumber ?? [])]));
  if (!kindAsked && specific.found && specific.confidence >= 0.5 && specific.citations.some((c) => citesOther(c.quote))) return specific;
  const d = emptyDraft();
  for (const plan of ctx.plans) {
    const impl = plan.implements.map((x) => x.documentNumber);
    const basis = plan.legalBasis.map((x) => x.documentNumber).filter((x): x is string => !!x && !impl.includes(x));
    const ofKind = documentsOfKindAsked(ctx, plan, [...impl, ...basis]);
    if (ofKind) {
      d.lines.push(...ofKind.lines);
      d.citations.push(...ofKind.citations);
    }
    // "What laws is it based on?": the laws its "Căn cứ" lines name (they carry no number), as written.
    if (/\b(luat|laws?)\b/.test(ctx.q.folded)) {
      const laws = plan.legalBasis.filter((x) => !x.documentNumber && /^Căn cứ Luật/u.test(x.quote)).map((x) => x.quote.replace(/^Căn cứ\s+/u, ""));
      if (laws.length > 0) d.lines.push(tr(ctx.lang, `${planLabel(plan, ctx.registry, ctx.lang)} căn cứ: ${laws.join("; ")}.`, `${planLabel(plan, ctx.registry, ctx.lang)} is based on: ${laws.join("; ")}.`));
    }
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
  return trimmedLines(plan).find((l) => l.includes(needle)) ?? null;
}

/** "KT. CHỦ TỊCH" / "PHÓ CHỦ TỊCH": the lines above the signer's name that say in what office they signed (once per plan). */
const signerTitle = memoByPlan((plan: ParsedPlan): string[] => {
  if (!plan.signer) return [];
  // Blank lines (room left for the signature) between the office and the name are not lines of the block.
  const lines = trimmedLines(plan).filter((l) => l.length > 0);
  const at = lines.findIndex((l, i) => l.includes(plan.signer!) && lines.slice(Math.max(0, i - 4), i).some((x) => TITLE_RE.test(x)));
  if (at < 0) return [];
  return lines.slice(Math.max(0, at - 4), at).filter((l) => TITLE_RE.test(l) && l.length < 40);
});

const ISSUER_RE = /\b(ban hanh|issued|issuer|issuing|chu tich|chairman|people s committee|uy ban|ubnd)\b/;
const TITLE_RE = /CHỦ TỊCH|GIÁM ĐỐC|TM\.|KT\./u;

const SIGNER_RE = /\b(ai ky|nguoi ky|ky boi|who signed|signed by|signer|signatory)\b/;

const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

/** "28 October 2024 (28/10/2024)": a signing date as an English reader says it, with the plan's own day/month/year form. */
function enDate(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]} (${vnDate(iso)})` : iso;
}

const NEWEST_RE = /\b(moi nhat|gan day nhat|gan nhat|muon nhat|sau cung|newest|latest|most recent(ly)?|(signed|issued) last|last (signed|issued)|(which|and)( one)? last)\b/;
const OLDEST_RE = /\b(cu nhat|som nhat|lau nhat|oldest|earliest|(signed|issued) first|first (signed|issued))\b/;

/**
 * "Kế hoạch nào mới nhất, cũ nhất?", "which plan is the newest?": of several plans, the newest and/or the oldest by the
 * signing date each states (a line saying which), their details following; otherwise every plan asked about.
 */
function newestOrOldest(ctx: HandlerContext, d: Draft): ParsedPlan[] {
  const newest = NEWEST_RE.test(ctx.q.folded);
  const oldest = OLDEST_RE.test(ctx.q.folded);
  if (!newest && !oldest) return ctx.plans;
  const dated = ctx.plans.filter((p) => p.signedDate).sort((a, b) => a.signedDate!.localeCompare(b.signedDate!));
  if (dated.length < 2) return ctx.plans;
  const picked = [...(newest ? [dated[dated.length - 1]!] : []), ...(oldest ? [dated[0]!] : [])];
  const say = (p: ParsedPlan) => `${planLabel(p, ctx.registry, ctx.lang)} (${ctx.lang === "en" ? enDate(p.signedDate!) : vnDate(p.signedDate!)})`;
  d.lines.push([
    ...(newest ? [tr(ctx.lang, `Ban hành gần đây nhất: ${say(picked[0]!)}.`, `Most recent: ${say(picked[0]!)}.`)] : []),
    ...(oldest ? [tr(ctx.lang, `Ban hành sớm nhất: ${say(dated[0]!)}.`, `Oldest: ${say(dated[0]!)}.`)] : []),
  ].join(" "));
  return picked;
}

/** Number, signer, date and period from the plan's own header, cited from the lines that state them. */
const EFFECT_RE = /\b(hieu luc|take effect|takes effect|come into force|comes into force|effective)\b/;

export function answerPlanDetails(ctx: HandlerContext): Draft {
  const d = emptyDraft();
  const asksSigner = SIGNER_RE.test(ctx.q.folded);
  for (const plan of newestOrOldest(ctx, d)) {
    const digits = plan.documentNumber.split("/")[0] ?? "";
    const period = periodLabel(plan, ctx.lang);
    // "Ai ký kế hoạch 26?": a plan whose text names no signer does not answer it, whatever else its header says.
    if (asksSigner && !plan.signer) {
      d.lines.push(tr(ctx.lang, `${planLabel(plan, ctx.registry, ctx.lang)} không ghi tên người ký (bản trong kho không có phần chữ ký).`,
        `${planLabel(plan, ctx.registry, ctx.lang)} does not name its signer (the copy held has no signature block).`));
      continue;
    }
    d.lines.push(tr(ctx.lang,
      `${planLabel(plan, ctx.registry, ctx.lang)}: ${plan.title}. Người ký: ${plan.signer ?? "không rõ"}; ngày ký: ${plan.signedDate ? vnDate(plan.signedDate) : "không rõ"}; thời gian thực hiện: ${period}.`,
      `${planLabel(plan, ctx.registry, ctx.lang)}: ${plan.title}. Signed by ${plan.signer ?? "unknown"} on ${plan.signedDate ? enDate(plan.signedDate) : "unknown date"}; period: ${period}.`));
    if (plan.province.inference) d.notes.push(tr(ctx.lang, `Tỉnh được suy ra: ${plan.province.inference.reason}`, `Province inferred: ${plan.province.inference.reason}`));
    const title = signerTitle(plan);
    if (title.length > 0) d.lines.push(tr(ctx.lang, `Chức vụ người ký: ${title.join(" ")}.`, `Signed as: ${title.join(" ")}.`));
    // "Do ai ban hành, UBND hay Chủ tịch?": the line that says by whom the plan was issued.
    const all = trimmedLines(plan);
    const at = ISSUER_RE.test(ctx.q.folded) ? all.findIndex((l) => /^[*_(\s]*ban hành/iu.test(l) && l.length < 300) : -1;
    if (at >= 0) {
      // The parenthesis may close on the next line ("ngày 17/9/2014 của Chủ tịch UBND tỉnh)").
      const issued = [all[at]!, ...(all[at]!.includes(")") || !all[at + 1] ? [] : [all[at + 1]!])].map((l) => l.replace(/^[*_]+|[*_]+$/g, ""));
      d.lines.push(tr(ctx.lang, `Cơ quan ban hành: ${issued.map((l) => `“${l}”`).join(" ")}`, `Issued as: ${issued.map((l) => `“${l}”`).join(" ")}`));
      for (const quote of issued) cite(d, { plan, sectionPath: tr(ctx.lang, "đầu văn bản", "header"), quote });
    }
    // "Có hiệu lực từ khi nào?", "when does it take effect?": the line of the decision that says so, as written.
    const effective = EFFECT_RE.test(ctx.q.folded) ? all.find((l) => /hiệu lực/iu.test(l) && !/^(Ngày|Số hiệu)/u.test(l) && l.length < 300) : undefined;
    if (effective) {
      d.lines.push(tr(ctx.lang, `Hiệu lực: “${effective}”`, `Takes effect: “${effective}”`));
      cite(d, { plan, sectionPath: tr(ctx.lang, "đầu văn bản", "header"), quote: effective });
    }
    for (const quote of [lineWith(plan, `${digits} /`) ?? lineWith(plan, `${digits}/`), lineWith(plan, plan.signer ?? ""), ...title]) {
      if (quote) cite(d, { plan, sectionPath: tr(ctx.lang, "đầu văn bản", "header"), quote });
    }
  }
  d.found = d.citations.length > 0;
  d.confidence = 0.9;
  return d;
}

/**
 * "Quyết định 2130 là của tỉnh nào?", "which province does plan 26 belong to?": the province the plan names, quoted from the
 * line that names it; a plan that names none is said to, and the province inferred (from its signer) is given as an inference.
 */
export function answerPlanProvince(ctx: HandlerContext): Draft {
  const d = answerPlanDetails(ctx);
  const lines: string[] = [];
  const asked = ctx.q.provinces.length === 1 ? ctx.q.provinces[0]! : null;
  for (const plan of ctx.plans) {
    const id = plan.province.provinceId;
    const name = (id && ctx.registry.province(id)?.name) || null;
    const inference = plan.province.inference;
    // "Is plan 2130 from Dak Lak?": yes or no first, then what it rests on.
    // "... is Dak Lak's, since the text says so?": a plan whose text names no province does not say so, whatever is inferred.
    const saysSo = /\b(text|says?|said|states?|stated|written|writes|ghi|ghi ro|noi|neu|names?|named)\b/.test(ctx.q.folded.replace(/\b(ten|name of the) (tinh|province)\b/g, "$1 $2 ghi"));
    if (asked && name) lines.push(asked.id === id ? (inference ? (saysSo
      ? tr(ctx.lang, `Không đúng là văn bản ghi như vậy: ${plan.documentNumber} là của tỉnh ${name} chỉ theo suy luận.`, `Not as its text says: ${plan.documentNumber} is ${name}'s only by inference.`)
      : tr(ctx.lang, `Đúng, theo suy luận: ${plan.documentNumber} là của tỉnh ${name}.`, `Yes, by inference: ${plan.documentNumber} is ${name}'s.`))
      : tr(ctx.lang, `Đúng: ${plan.documentNumber} là của tỉnh ${name}.`, `Yes: ${plan.documentNumber} is ${name}'s.`))
      : tr(ctx.lang, `Không: ${plan.documentNumber} là của tỉnh ${name}, không phải ${asked.name}.`, `No: ${plan.documentNumber} is ${name}'s, not ${asked.name}'s.`));
    if (inference && name) {
      // The stored reason is written in both languages: "Văn bản không ghi tên tỉnh; ... (The text never names ...)".
      const [vi, en] = splitReason(inference.reason).map((r) => r.replace(/^(văn bản không ghi tên tỉnh|the text never names the province)\s*;\s*/iu, "")) as [string, string];
      lines.push(tr(ctx.lang, `${plan.documentNumber} không ghi tên tỉnh. Tỉnh ${name} là suy luận, không đọc từ văn bản: ${vi}.`,
        `${plan.documentNumber} does not name its province. ${name} is an inference, not read from the text: ${en.charAt(0).toUpperCase()}${en.slice(1)}`));
      continue;
    }
    if (!name && !plan.province.asWritten) {
      lines.push(tr(ctx.lang, `${plan.documentNumber} không ghi tên tỉnh và kho không suy ra được tỉnh.`, `${plan.documentNumber} does not name its province, and none could be inferred.`));
      continue;
    }
    const written = plan.province.asWritten ?? name!;
    const key = foldKey(written);
    const line = trimmedLines(plan).find((l) => l.length > 0 && l.length < 200 && foldOnce(l).includes(key));
    lines.push(tr(ctx.lang, `${plan.documentNumber} là kế hoạch của tỉnh ${name ?? written}${line ? `; văn bản ghi: “${line}”` : ""}.`,
      `${plan.documentNumber} is ${name ?? written}'s${line ? `; the text says: “${line}”` : ""}.`));
    if (line) cite(d, { plan, sectionPath: tr(ctx.lang, "đầu văn bản", "header"), quote: line });
  }
  d.lines.unshift(...lines);
  d.found = d.citations.length > 0;
  return d;
}

/** "vi (en)": the two halves of a reason stored in both languages. */
function splitReason(reason: string): [string, string] {
  const m = /^(.*?)\s*\((The .*)\)\s*$/su.exec(reason);
  return m ? [m[1]!.replace(/[.\s]+$/, ""), m[2]!] : [reason, reason];
}

/** "Thuộc chương trình nào", "under which programme": the part of the plan a thing belongs to is asked. */
const BELONGS_RE = /\b(thuoc (chuong trinh|nhiem vu|muc|phan|noi dung|nhom|giai phap) nao|nam trong (chuong trinh|nhiem vu|muc|phan|nhom) nao|(under|in|part of|belongs? to) which (programme|program|part|section|task|group)|which (programme|program) (is|does|do)\b.*\b(under|belong|part))\b/;

/** Any passage: the plan sentence nearest the question, with the agencies of its task. */
export function answerFact(ctx: HandlerContext): Draft {
  const d = answerFromKinds(ctx, ["sentence", "task", "target", "budget", "reporting", "assignment"], null, 0);
  if (!d.found) return d;
  const first = d.citations[0]!;
  const p = ctx.index.passages.find((x) => x.plan === first.plan && x.quote === first.quote);
  const g = p ? ctx.groupOf(p) : null;
  // "Hội thi ... thuộc chương trình nào?": the task the sentence is part of is the answer; its title first.
  const task = p?.task ?? g?.task ?? null;
  if (task && BELONGS_RE.test(ctx.q.folded) && task.title && first.plan.text.includes(task.title) && !first.quote.includes(task.title)) {
    d.lines.unshift(tr(ctx.lang, `Thuộc “${task.title}” (mục ${task.sectionPath}).`, `It is part of “${task.title}” (section ${task.sectionPath}).`));
    d.citations.unshift({ plan: first.plan, section: task.sectionPath, quote: task.title });
  }
  if (g) for (const a of [...g.assignments].sort((x, y) => ROLE_ORDER[x.role] - ROLE_ORDER[y.role]).slice(0, 6)) {
    d.agencies.push({ ...agencyOf(a, ctx.registry), role: a.role, source: { plan: g.plan, sectionPath: a.sectionPath } });
    cite(d, { plan: g.plan, sectionPath: a.sectionPath, quote: a.quote });
  }
  return d;
}

const AGENCY_NOUN_RE = new RegExp(`\\b(co quan|to chuc|doan the|so,? nganh|nganh|don vi|dau moi|agencies|bodies|entities|organi[sz]ations|departments|(?<=(?:bao nhieu|may|cac|nhung) )${DEPARTMENTS_NOUN})\\b`);
const DEPARTMENTS_ASKED_RE = new RegExp(`\\b(departments|(?<=(?:bao nhieu|may|cac|nhung) )${DEPARTMENTS_NOUN})\\b`);
const REC_NOUN_RE = /\b(khuyen nghi|recommendations?)\b/;
const TARGET_NOUN_RE = /\b(chi tieu|muc tieu|targets?)\b/;
const ITEM_NOUN_RE = /\b(gach dau dong|dau dong|bullets?|bullet points|nhiem vu|nhom|giai phap|chuong trinh|noi dung|hoat dong|viec|tasks?|groups?|solutions?|programmes?|programs?|duties|activities)\b/;

/** The sections numbered directly under `parent` ("IV" -> "IV.1", "IV.2", ...), in plan order. */
function childSections(plan: ParsedPlan, parent: string): Section[] {
  const depth = parent.split(".").length + 1;
  return plan.sections.filter((s) => s.path.startsWith(`${parent}.`) && s.path.split(".").length === depth);
}

const firstLine = (s: Section): string => s.text.split("\n")[0]!.trim();

/**
 * "4. Tăng cường nguồn lực ...; tạo thêm không gian vui chơi cho trẻ (...)": a heading cut at its first ";" or "," while its
 * line goes on with more of the same item is not the whole item; its line is.
 */
function continuesHeading(s: Section): boolean {
  const line = firstLine(s).replace(/^[\dIVX]+[.)]\s*/, "");
  return line.startsWith(s.heading) && /^\s*[;,]\s*\S/u.test(line.slice(s.heading.length));
}

/**
 * "Có bao nhiêu nhiệm vụ / cơ quan / chỉ tiêu?": counted from the plan's structure (numbered
 * items of the right section, an agency's own duty items, the stated targets), listed with the
 * first five named and cited.
 */
export function answerCount(ctx: HandlerContext): Draft {
  const f = ctx.q.folded;
  const d = emptyDraft();
  const noun = (re: RegExp) => re.exec(f)?.[1] ?? "";
  const english = ctx.lang === "en";
  for (const plan of ctx.plans) {
    const label = planLabel(plan, ctx.registry, ctx.lang);
    const agency = ctx.q.agencies[0];
    // "Sở Y tế phối hợp bao nhiêu chương trình?": the programmes (or appendix rows) the agency takes part in.
    if (agency && PROGRAMME_NOUN_RE.test(f) && !AGENCY_NOUN_RE.test(f)) {
      const role = /\b(chu tri|lead|leads)\b/.test(f) ? "lead" : /\b(phoi hop|coordinat\w*)\b/.test(f) ? "coordinate" : null;
      const tasks = plan.tasks.filter((t) => (t.kind === "programme" || t.kind === "recommendation")
        && plan.assignments.some((a) => a.taskId === t.id && a.agencyId === agency.id && (!role || a.role === role)));
      if (tasks.length > 0) {
        listLine(ctx, d, plan, tr(ctx.lang, `Theo ${label}, ${agency.name} ${role === "lead" ? "chủ trì" : role === "coordinate" ? "phối hợp" : "tham gia"} ${tasks.length} ${vnNoun(noun(ITEM_NOUN_RE), "chương trình")}:`,
          `Under ${label}, ${agency.name} (${agency.english}) ${role === "lead" ? "leads" : role === "coordinate" ? "coordinates" : "takes part in"} ${tasks.length} programmes:`), tasks.length,
        tasks.flatMap((t) => taskItem(plan, t)));
        d.agencies.push({ agency, name: agency.name, role: role ?? "coordinate", source: { plan, sectionPath: tasks[0]!.sectionPath } });
        continue;
      }
    }
    // "Chương trình 4 có bao nhiêu cơ quan phối hợp?": the agencies of one programme, by number or by who leads it.
    if (AGENCY_NOUN_RE.test(f) && /\b(phoi hop|coordinat\w*|tham gia|take part)\b/.test(f)) {
      const number = /\b(?:chuong trinh|programme|program)\s*(?:so\s*)?(\d{1,2})\b/.exec(f)?.[1];
      const task = plan.tasks.find((t) => t.kind === "programme" && ((number && t.number === number)
        || (!number && agency && plan.assignments.some((a) => a.taskId === t.id && a.agencyId === agency.id && a.role === "lead")
          && ctx.index.coverage(ctx.terms, ctx.index.byTask.get(t) ?? ctx.index.passages[0]!) > 0.3)));
      const partners = task ? plan.assignments.filter((a) => a.taskId === task.id && a.role === "coordinate") : [];
      if (task && partners.length > 0) {
        const named = [...new Map(partners.map((a) => [agencyOf(a, ctx.registry).name, a])).values()];
        listLine(ctx, d, plan, tr(ctx.lang, `Theo ${label}, “${task.title}” (mục ${task.sectionPath}) có ${named.length} cơ quan, tổ chức phối hợp:`,
          `Under ${label}, “${task.title}” (section ${task.sectionPath}) has ${named.length} coordinating agencies and bodies:`), named.length,
        named.map((a) => ({ sectionPath: a.sectionPath, quote: a.quote })), true);
        for (const a of named) d.agencies.push({ ...agencyOf(a, ctx.registry), role: a.role, source: { plan, sectionPath: a.sectionPath } });
        continue;
      }
    }
    // "Những sở nào chủ trì hoạt động trong phụ lục?": the agencies that lead at least one appendix row.
    if (!agency && /\b(phu luc|appendix)\b/.test(f) && (AGENCY_NOUN_RE.test(f) || /\b(so nao|nhung so|cac so)\b/.test(f)) && /\b(chu tri|lead|leads|dung ten)\b/.test(f) && plan.tasks.some((t) => t.kind === "recommendation")) {
      const rows = new Set(plan.tasks.filter((t) => t.kind === "recommendation").map((t) => t.id));
      const leads = [...new Map(plan.assignments.filter((a) => a.role === "lead" && a.taskId !== null && rows.has(a.taskId) && a.agencyId)
        .map((a) => [a.agencyId!, a])).values()];
      if (leads.length > 0) {
        listLine(ctx, d, plan, tr(ctx.lang, `Phụ lục của ${label} có ${leads.length} cơ quan chủ trì ít nhất một hoạt động:`,
          `In the appendix of ${label}, ${leads.length} agencies lead at least one activity:`), leads.length,
        leads.map((a) => ({ sectionPath: a.sectionPath, quote: a.quote })), true);
        for (const a of leads) d.agencies.push({ ...agencyOf(a, ctx.registry), role: "lead", source: { plan, sectionPath: a.sectionPath } });
        continue;
      }
    }
    // "Phụ lục có bao nhiêu hoạt động?": the appendix rows.
    if (/\b(phu luc|appendix)\b/.test(f) && !REC_NOUN_RE.test(f) && plan.tasks.some((t) => t.kind === "recommendation")) {
      // "Sở Tư pháp chủ trì bao nhiêu hoạt động trong phụ lục?": only the rows the agency leads (or takes part in).
      const leads = /\b(chu tri|lead|leads)\b/.test(f);
      const rows = plan.tasks.filter((t) => t.kind === "recommendation" && (!agency
        || plan.assignments.some((a) => a.taskId === t.id && a.agencyId === agency.id && (!leads || a.role === "lead"))));
      if (rows.length === 0) continue;
      if (agency) d.agencies.push({ agency, name: agency.name, role: leads ? "lead" : "responsible", source: { plan, sectionPath: rows[0]!.sectionPath } });
      const numbers = new Set(rows.flatMap((t) => t.numbers ?? (t.number ? [t.number] : [])));
      listLine(ctx, d, plan, tr(ctx.lang, `Phụ lục của ${label} có ${rows.length} hoạt động${agency ? ` ${agency.name} ${leads ? "chủ trì" : "tham gia"}` : ""}, ứng với ${numbers.size} số khuyến nghị:`,
        `The appendix of ${label} has ${rows.length} activities under ${numbers.size} recommendation numbers:`), rows.length,
      rows.flatMap((t) => taskItem(plan, t)));
      continue;
    }
    // "Mục tiêu cụ thể gồm mấy mục tiêu?": the question names a part of the plan by its heading; count its items.
    // "giao việc cụ thể cho những sở nào": the bodies are asked, not the part headed "nhiệm vụ cụ thể" the words echo.
    const bodiesAsked = IMPLEMENTATION_BODIES_RE.test(f) || (!agency && LIST_AGENCIES_RE.test(f));
    const named = bodiesAsked ? null : namedPart(plan, ` ${f} `, english ? new Set(ctx.terms) : null, !agency && asksWholeList(f) ? ctx.terms : undefined);
    if (named) {
      listLine(ctx, d, plan, tr(ctx.lang, `Phần “${named.section.heading}” (mục ${named.section.path}) của ${label} có ${named.items.length} ${vnNoun(headingNoun(named.section.heading, noun(TARGET_NOUN_RE), noun(ITEM_NOUN_RE)), "mục")}:`,
        `The “${named.section.heading}” part (section ${named.section.path}) of ${label} has ${named.items.length} items:`), named.items.length, named.items);
      continue;
    }
    if (agency && ITEM_NOUN_RE.test(f) && !AGENCY_NOUN_RE.test(f)) {
      const all = [...new Map(plan.assignments.filter((a) => a.agencyId === agency.id).map((a) => [a.quote, a])).values()];
      // Its own numbered item, when it has one; a mention among another agency's partners is not its duty.
      const ownItems = all.filter((a) => a.role === "responsible" || a.role === "requested");
      const own = ownItems.length > 0 ? ownItems : all;
      if (own.length === 0) continue;
      const paths = [...new Set(own.map((a) => a.sectionPath))];
      listLine(ctx, d, plan, tr(ctx.lang, `Theo ${label}, ${agency.name} được giao ${own.length} ${vnNoun(noun(ITEM_NOUN_RE), "nhiệm vụ")} (mục ${paths.join(", ")}):`,
        `Under ${label}, ${agency.name} (${agency.english}) is given ${own.length} duties (section ${paths.join(", ")}):`), own.length,
      own.map((a) => ({ sectionPath: a.sectionPath, quote: a.quote })));
      d.agencies.push({ agency, name: agency.name, role: own[0]!.role, source: { plan, sectionPath: own[0]!.sectionPath } });
      continue;
    }
    if (REC_NOUN_RE.test(f)) {
      // "Sở Tư pháp chủ trì bao nhiêu khuyến nghị?": the rows the agency leads (or takes part in).
      const leads = /\b(chu tri|lead|leads)\b/.test(f);
      const rows = plan.tasks.filter((t) => t.kind === "recommendation" && (!agency
        || plan.assignments.some((a) => a.taskId === t.id && a.agencyId === agency.id && (!leads || a.role === "lead"))));
      if (rows.length === 0) continue;
      const numbers = new Set(rows.flatMap((t) => t.numbers ?? (t.number ? [t.number] : [])));
      if (agency) d.agencies.push({ agency, name: agency.name, role: leads ? "lead" : "responsible", source: { plan, sectionPath: rows[0]!.sectionPath } });
      listLine(ctx, d, plan, tr(ctx.lang, `Phụ lục của ${label} có ${rows.length} hoạt động${agency ? ` ${agency.name} ${leads ? "chủ trì" : "tham gia"}` : ""}, ứng với ${numbers.size} số khuyến nghị:`,
        `The appendix of ${label} has ${rows.length} activities under ${numbers.size} recommendation numbers:`), rows.length,
      rows.flatMap((t) => taskItem(plan, t)));
      d.counts.push(numbers.size);
      continue;
    }
    if ((AGENCY_NOUN_RE.test(f) && !TARGET_NOUN_RE.test(f)) || bodiesAsked) {
      const parent = plan.sections.find((s) => !s.path.includes(".") && /^to chuc thuc hien\b/.test(foldOnce(s.heading)));
      // "được giao hoặc đề nghị": both kinds of item; "đề nghị" alone: only the bodies the plan requests.
      // "phân công cho bao nhiêu cơ quan (tính cả mục đề nghị Mặt trận)": the requested item counted with the others.
      const requestedToo = /\b(tinh ca|ke ca|bao gom ca|gom ca|tinh luon|ca (cac |nhung )?(muc|to chuc|co quan|don vi) (duoc )?de nghi|including|counting|inclusive of|as well as)\b/.test(f);
      // "does the plan ask to take part / join in?" is the request; a bare "ask" ("ask to send a yearly report") is any duty.
      const requestedOnly = !requestedToo && (/\b(de nghi|requests?|requested|asked)\b/.test(f) || ASKED_TO_JOIN_RE.test(f))
        && (!/\b(giao|phan cong|phan giao|assign\w*|given)\b/.test(f) || /\b(khong phai|khong duoc|thay vi|chi duoc|chi|not|rather than|instead of|only)\b/.test(f));
      const items = (parent ? childSections(plan, parent.path) : []).filter((s) => !requestedOnly || /^\S*\s*đề nghị/iu.test(firstLine(s)));
      if (!parent || items.length === 0) continue;
      listLine(ctx, d, plan, tr(ctx.lang, `Phần “${parent.heading}” (mục ${parent.path}) của ${label} ${requestedOnly ? "đề nghị" : "giao việc cho"} ${items.length} cơ quan, tổ chức (các mục đánh số):`,
        `The “${parent.heading}” part (section ${parent.path}) of ${label} ${requestedOnly ? "requests (does not order)" : "assigns work to"} ${items.length} agencies and bodies (numbered items):`), items.length,
      items.map((s) => ({ sectionPath: s.path, quote: firstLine(s) })), true);
      for (const s of items) {
        const hit = ctx.registry.findAgencies(firstLine(s))[0];
        if (hit) d.agencies.push({ agency: hit.agency, name: hit.agency.name, role: /^\S*\s*đề nghị/iu.test(firstLine(s)) ? "requested" : "responsible", source: { plan, sectionPath: s.path } });
        // "15. Đề nghị Uỷ ban Mặt trận ... và các tổ chức thành viên" then "Liên đoàn Lao động; Tỉnh đoàn Thanh niên; Hội Liên hiệp
        // Phụ nữ; ...": when only the requested bodies are asked, the members the item names on its next lines are each said, quoted.
        if (!requestedOnly) continue;
        for (const line of s.text.split("\n").slice(1).map((l) => l.trim())) {
          // The list opens the line; the bodies after its verb ("... phối hợp với ngành Lao động ...") are who they work with.
          const listed = line.split(/\s(?=(?:phối hợp|tham gia|thực hiện|có trách nhiệm|chủ động)(?:\s|$))/u)[0]!;
          const members = [...new Map(ctx.registry.findAgencies(listed).map((h) => [h.agency.id, h.agency])).values()]
            .filter((g) => !d.agencies.some((x) => x.agency?.id === g.id));
          if (members.length < 2 || !plan.text.includes(line)) continue;
          d.lines.push(tr(ctx.lang, `Mục ${s.path} nêu các tổ chức thành viên được đề nghị: ${members.map((g) => g.name).join(", ")}: ${shown(line)}`,
            `Section ${s.path} names the member organisations requested: ${members.map((g) => g.name).join(", ")}: ${shown(line)}`));
          cite(d, { plan, sectionPath: s.path, quote: line });
          for (const g of members) d.agencies.push({ agency: g, name: g.name, role: "requested", source: { plan, sectionPath: s.path } });
          break;
        }
      }
      // "Bao nhiêu sở?", "how many departments?": of the bodies, the departments (items headed "Sở ...") counted too.
      if (DEPARTMENTS_ASKED_RE.test(f) || bodiesAsked) {
        const departments = items.filter((s) => /^(\d+[.)]\s*)?(Sở|Các Sở)(?=\s)/u.test(firstLine(s)));
        if (departments.length > 0 && departments.length < items.length) {
          d.lines.push(tr(ctx.lang, `Trong đó ${departments.length} mục giao cho sở: ${departments.map((s) => firstLine(s).replace(/^\d+[.)]\s*/, "").split(":")[0]!.trim()).join("; ")}.`,
            `Of these, ${departments.length} items are given to departments (Sở): ${departments.map((s) => firstLine(s).replace(/^\d+[.)]\s*/, "").split(":")[0]!.trim()).join("; ")}.`));
          d.counts.push(departments.length);
        }
      }
      continue;
    }
    if (TARGET_NOUN_RE.test(f)) {
      const targets = [...new Map(plan.targets.map((t) => [t.quote, t])).values()];
      if (targets.length === 0) continue;
      listLine(ctx, d, plan, tr(ctx.lang, `${label} nêu ${targets.length} ${vnNoun(noun(TARGET_NOUN_RE), "chỉ tiêu")} cụ thể (mục ${[...new Set(targets.map((t) => t.sectionPath))].join(", ")}):`,
        `${label} sets ${targets.length} specific targets (section ${[...new Set(targets.map((t) => t.sectionPath))].join(", ")}):`), targets.length,
      targets.map((t) => ({ sectionPath: t.sectionPath, quote: t.quote })));
      continue;
    }
    // Tasks or programmes: the numbered parts of the section whose heading is nearest the question.
    const parents = [...new Set(plan.tasks.filter((t) => t.kind === "task" || t.kind === "programme").map((t) => t.sectionPath.split(".").slice(0, -1).join(".")))]
      .map((path) => plan.sections.find((s) => s.path === path)).filter((s): s is Section => !!s);
    if (parents.length === 0) continue;
    const words = new Set(f.split(" "));
    const scoreOf = (s: Section) => foldOnce(s.heading).split(" ").filter((w) => words.has(w) && !HEADING_NOISE.has(w)).length;
    const parent = [...parents].sort((a, b) => scoreOf(b) - scoreOf(a))[0]!;
    // "Kế hoạch kể ra những chương trình, chiến lược quốc gia nào cần đẩy mạnh?": no heading is named; a passage listing them is.
    const listing = scoreOf(parent) === 0 ? enumeration(ctx, plan) : null;
    if (listing) {
      listLine(ctx, d, plan, tr(ctx.lang, `Theo ${label}, mục ${listing[0]!.sectionPath}, kế hoạch nêu ${listing.length} mục:`,
        `Under ${label}, section ${listing[0]!.sectionPath}, the plan names ${listing.length} items:`), listing.length, listing);
      continue;
    }
    const items = childSections(plan, parent.path);
    if (items.length === 0) continue;
    listLine(ctx, d, plan, tr(ctx.lang, `Phần “${parent.heading}” (mục ${parent.path}) của ${label} có ${items.length} ${vnNoun(noun(ITEM_NOUN_RE), "nhiệm vụ")}:`,
      `The “${parent.heading}” part (section ${parent.path}) of ${label} has ${items.length} items:`), items.length,
    items.map((s) => ({ sectionPath: s.path, quote: s.heading && plan.text.includes(s.heading) && !continuesHeading(s) ? s.heading : firstLine(s) })));
  }
  d.found = d.citations.length > 0;
  d.confidence = 0.8;
  return d;
}

/** Heading words any question may say ("kế hoạch", "trẻ em"): they name no heading. */
const HEADING_NOISE = new Set(["ke", "hoach", "tre", "em", "va", "cac", "ve", "cua", "thuc", "hien", "bao", "cham", "soc", "giao", "duc", "cong", "tac", "nhung", "nao"]);
/** Words of a list question that name no topic. */
const LIST_NOISE = new Set(["liet", "ke", "ten", "ra", "list", "enumerate", "name", "all", "nhung", "cac", "nao", "gi", "gom", "bao", "hoach", "tat", "ca", "day", "du"]);

/**
 * The passage of `plan` that itself enumerates what the question asks ("...; Chiến lược quốc gia về dinh dưỡng ...;
 * Chương trình phòng, chống tai nạn ...;"): it holds most of the question's topic and opens a list of two or more
 * items. Each item is a verbatim slice.
 */
function enumeration(ctx: HandlerContext, plan: ParsedPlan): Array<{ sectionPath: string; quote: string }> | null {
  const topic = ctx.terms.filter((t) => !LIST_NOISE.has(t));
  if (topic.length < 3) return null;
  const weighed = [...new Set(termsOf(topic))];
  const max = weighed.reduce((sum, t) => sum + ctx.index.idf(t), 0);
  let best: { items: string[]; path: string; cov: number } | null = null;
  for (const { passage: top } of ctx.index.rank(topic, (p) => p.plan === plan && (p.kind === "sentence" || p.kind === "task"), 3)) {
    const more = continuation(plan, top.quote);
    if (more.length < 2) continue;
    // The items of the same sentence before the one found ("Tập trung đẩy mạnh thực hiện Chương trình A;").
    const line = plan.text.split("\n").find((l) => l.includes(top.quote)) ?? "";
    const before = line.slice(0, line.indexOf(top.quote));
    const earlier = before.slice(before.lastIndexOf(". ") + 1).split(/(?<=;)\s+/).map((x) => x.trim()).filter((x) => x.endsWith(";") && x.length > 3);
    const items = [...earlier, top.quote, ...more];
    // The list as a whole holds the question: "chương trình ... chiến lược quốc gia ... đẩy mạnh" spread over its items.
    const held = new Set(termsOf(foldWords(items.join(" "))));
    const cov = max === 0 ? 0 : weighed.reduce((sum, t) => sum + (held.has(t) ? ctx.index.idf(t) : 0), 0) / max;
    if (!best || cov > best.cov) best = { items, path: top.sectionPath, cov };
  }
  if (!best || best.cov < 0.6) return null;
  return best.items.map((quote) => ({ sectionPath: best.path, quote }));
}

/**
 * A task or appendix row as a verbatim item: its title when the plan writes it so, else its content,
 * else the title's opening (a long title is stored shortened with "…"; a table row may wrap onto the next line).
 */
export function taskItem(plan: ParsedPlan, t: Task): Array<{ sectionPath: string; quote: string }> {
  if (planHolds(plan, t.title)) return [{ sectionPath: t.sectionPath, quote: t.title }];
  const content = t.content;
  if (content && content.length <= 600 && plan.text.includes(content)) return [{ sectionPath: t.sectionPath, quote: content }];
  const words = t.title.replace(/\s*…$/u, "").split(/\s+/).slice(0, -1);
  for (let n = words.length; n >= 4; n--) {
    const opening = words.slice(0, n).join(" ").replace(/[,;:]$/, "");
    if (plan.text.includes(opening)) return [{ sectionPath: t.sectionPath, quote: opening }];
  }
  return [];
}

// "Of the plan" names the plan, not its part: a heading's "của kế hoạch" need not be asked.
const ENGLISH_NOISE = new Set(["the", "va", "cua", "cac", "ke", "hoach"]);
const PROGRAMME_NOUN_RE = /\b(chuong trinh|programmes?|programs?)\b/;

/**
 * The part of a plan whose heading (three words or more, or two for "mục tiêu cụ thể"-like
 * headings) the question quotes, with its items: numbered sub-sections, else its dash lines.
 */
/** Two-word headings that only ever head a list of the plan's own ("2. Yêu cầu:" a) ... d)): named, they are that list. */
const SHORT_LIST_HEADINGS: ReadonlySet<string> = new Set(["yeu cau", "muc dich", "noi dung"]);

function namedPart(plan: ParsedPlan, question: string, translated: Set<string> | null, looseTerms?: readonly string[]): { section: Section; items: Array<{ sectionPath: string; quote: string }> } | null {
  const named = headedPart(plan, question, translated);
  return named ?? (looseTerms ? partOfKind(plan, question, looseTerms) : null);
}

/** The kinds of item a plan lists under one top-level part, as a question names them (English in its own words). */
const PART_KINDS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\b(chuong trinh|programmes|programs)\b/, "chuong trinh"], [/\b(nhiem vu|tasks)\b/, "nhiem vu"],
  [/\b(giai phap|solutions|measures)\b/, "giai phap"], [/\b(noi dung|contents)\b/, "noi dung"],
];
/** Words a list question adds around the kind it names ("gồm những chương trình chủ yếu nào? Kể tên giúp mình"). */
const LIST_FILLER: ReadonlySet<string> = new Set(["gom", "ke", "ten", "giup", "kh", "hoach", "qd", "quyet", "dinh", "liet", "chinh", "chu", "yeu", "cu", "the",
  "trong", "tam", "minh", "ra", "bao", "list", "main", "key", "them", "consist", "include", "includes", "contain", "contains", "cac", "nhung", "nao", "gi"]);

/**
 * "Kế hoạch 2041 gồm những chương trình nào?", "kh 2130 có những nhiệm vụ chủ yếu nào?", "what are the solutions of plan 2041?":
 * the top-level part of that kind, its heading opening with the kind ("CÁC NỘI DUNG ...", "GIẢI PHÁP THỰC HIỆN ..."), else
 * holding it, else the part whose numbered items are of that kind ("1. Chương trình truyền thông ..."); only when the question
 * asks nothing beyond the list (no topic word: "những nhiệm vụ nào về truyền thông" asks about a topic).
 */
function partOfKind(plan: ParsedPlan, question: string, terms: readonly string[]): { section: Section; items: Array<{ sectionPath: string; quote: string }> } | null {
  const kind = PART_KINDS.find(([re]) => re.test(question))?.[1];
  // "Giao nhiệm vụ cho những cơ quan nào?": the bodies are asked, not the plan's tasks.
  if (!kind || /\b(co quan|so|sở|don vi|to chuc|nganh|agencies|departments|bodies|organi[sz]ations)\b/.test(question)) return null;
  const clean = (h: string) => foldOnce(h).replace(/^[ivx\d]+[.)]?\s*/, "").replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").trim().replace(/^cac /, "");
  const parts = plan.sections.filter((s) => /^[IVX]+$/.test(s.path) && childSections(plan, s.path).length > 1);
  const pick = parts.find((s) => clean(s.heading).startsWith(`${kind}`))
    ?? parts.find((s) => ` ${clean(s.heading)} `.includes(` ${kind} `) && !clean(s.heading).endsWith(kind))
    ?? parts.find((s) => {
      const items = childSections(plan, s.path);
      return items.filter((c) => clean(firstLine(c)).startsWith(kind)).length * 2 > items.length;
    });
  if (!pick) return null;
  const asked = new Set([...kind.split(" "), ...clean(pick.heading).split(" "), ...LIST_FILLER]);
  if (terms.some((t) => !asked.has(t) && !/^\d+$/.test(t))) return null;
  return { section: pick, items: childSections(plan, pick.path).map((c) => ({ sectionPath: c.path, quote: firstLine(c) })) };
}

/** A heading folded without its number and punctuation ("ii. muc tieu cu the": "muc tieu cu the"), once per heading. */
const bareHeading = memoByText((heading: string) => foldOnce(heading).replace(/^[ivx\d]+[.)]?\s*/, "").replace(/[^a-z0-9 ]/g, " ").replace(/\s+/g, " ").trim());

/**
 * The parts of a plan a question can name by heading, in the plan's order, once per plan: a heading of three words or more, or
 * a short one that names a list ("Yêu cầu"), with what is tested of it (its words for an English question, its padded form).
 */
const namableHeadings = memoByPlan((plan) => plan.sections.flatMap((s) => {
  const h = bareHeading(s.heading);
  const short = h.split(" ").length < 3;
  if (short && !SHORT_LIST_HEADINGS.has(h)) return [];
  // "Yêu cầu" is also a verb ("kế hoạch yêu cầu đẩy mạnh ..."): as a part's name it is counted or listed ("mấy yêu cầu", "các yêu cầu").
  const listed = short ? new RegExp(`\\b(bao nhieu|may|nhung|cac|phan|muc) ${h}\\b`) : null;
  return [{ s, padded: ` ${h} `, listed, words: h.split(" ").filter((w) => !ENGLISH_NOISE.has(w)) }];
}));

function headedPart(plan: ParsedPlan, question: string, translated: Set<string> | null): { section: Section; items: Array<{ sectionPath: string; quote: string }> } | null {
  let best: Section | null = null;
  for (const { s, padded, listed, words } of namableHeadings(plan)) {
    if (listed && translated === null && !listed.test(question)) continue;
    // An English question names the heading in its own word order ("specific targets"): its translated words cover it.
    const inEnglish = translated !== null && words.every((w) => translated.has(w));
    if (!question.includes(padded) && !inEnglish) continue;
    if (!best || s.heading.length > best.heading.length) best = s;
  }
  if (!best) return null;
  const children = childSections(plan, best.path);
  if (children.length > 1) return { section: best, items: children.map((c) => ({ sectionPath: c.path, quote: firstLine(c) })) };
  const dashes = best.text.split("\n").map((l) => l.trim()).filter((l) => /^[-–+•]\s*\S/.test(l));
  return dashes.length > 1 ? { section: best, items: dashes.map((quote) => ({ sectionPath: best.path, quote })) } : null;
}

/** Of the nouns the question says, the one the heading itself uses ("Mục tiêu cụ thể": mục tiêu, not the "chương trình" of the plan's title). */
function headingNoun(heading: string, ...nouns: string[]): string {
  const h = foldOnce(heading);
  return nouns.find((n) => n && h.includes(n)) ?? nouns.find((n) => n) ?? "";
}

/** The noun as the question says it ("nhóm", "nhiệm vụ"), in Vietnamese with its diacritics. */
function vnNoun(folded: string, fallback: string): string {
  const map: Record<string, string> = { "nhiem vu": "nhiệm vụ", nhom: "nhóm", "giai phap": "giải pháp", "chuong trinh": "chương trình", "noi dung": "nội dung",
    "hoat dong": "hoạt động", viec: "việc", "chi tieu": "chỉ tiêu", "muc tieu": "mục tiêu" };
  return map[folded] ?? fallback;
}

/** Items named in the plural or by their number ("các mục tiêu cụ thể", "năm mục tiêu", "the targets"). */
/** "những nội dung gì", "các nhiệm vụ gì": the items of that kind, asked as a list. */
const ITEMS_ASKED_RE = /\b(nhung|cac) (muc tieu|chi tieu|nhiem vu|giai phap|chuong trinh|noi dung)( chinh)? gi\b|\b(gom|co|la) (nhung|cac) (nhiem vu|giai phap|chuong trinh|noi dung)( \w+){0,3} nao\b|\bwhich (programmes|programs|tasks|solutions|contents) (does|do|are|is)\b/;
const ITEMS_NAMED_RE = /\b(cac|nhung|tat ca|hai|ba|bon|nam|sau|bay|tam|chin|muoi|\d{1,2}|all|the|five|four|six|three|main) (muc tieu|chi tieu|nhiem vu|giai phap|chuong trinh|noi dung|targets|objectives|goals|tasks|solutions|programmes|programs|content items|contents)\b/;

/**
 * "Liệt kê ...", "gồm những gì", "các mục tiêu cụ thể là gì", "what are the ...": the list itself is asked, so it is
 * given whole; "bao nhiêu ..." alone asks the number, and a few items show what is counted.
 */
export function asksWholeList(folded: string): boolean {
  return LIST_RE.test(folded) || ASKS_LIST_RE.test(folded) || (ITEMS_NAMED_RE.test(folded) && /\b(la gi|la nhung gi|gom|what are|which are|what)\b/.test(folded))
    // "Kế hoạch có những nội dung gì?": the plan's items of that kind, all of them.
    || ITEMS_ASKED_RE.test(folded);
}
const LIST_RE = /\b(liet ke|ke ten|ke ra|list|enumerate|name all|day du|toan bo|in full|all of)\b/;
/** A list asked for whole is shown up to this many items. */
const MAX_LISTED = 16;

/**
 * "Năm mục tiêu cụ thể của kế hoạch 2041 là gì?", "What are the specific targets of plan 26?": a part of the plan
 * the question names by its heading, asked as a list, is listed item by item (as a count is), not answered with the
 * one or two passages nearest the question.
 */
export function answerNamedList(ctx: HandlerContext): Draft | null {
  if (!asksWholeList(ctx.q.folded) || ctx.q.agencies.length > 0) return null;
  const translated = ctx.lang === "en" ? new Set(ctx.terms) : null;
  if (!ctx.plans.some((p) => namedPart(p, ` ${ctx.q.folded} `, translated, ctx.terms))) return null;
  const d = answerCount({ ...ctx, plans: ctx.plans.filter((p) => namedPart(p, ` ${ctx.q.folded} `, translated, ctx.terms)) });
  return d.found ? d : null;
}

/** A count sentence, then up to five items quoted (the whole list when a list is asked), then "... và N việc khác"; each item cited. */
function listLine(ctx: HandlerContext, d: Draft, plan: ParsedPlan, head: string, n: number, items: Array<{ sectionPath: string; quote: string }>, short = false): void {
  d.counts.push(n);
  const limit = asksWholeList(ctx.q.folded) ? MAX_LISTED : MAX_DUTIES;
  const shownItems = items.slice(0, limit);
  const fmt = short ? (q: string) => q.replace(/^[\dIVX]+[.)]\s*/, "") : (q: string) => shortShown(q);
  d.lines.push(`${head} ${shownItems.map((i) => fmt(i.quote)).join("; ")}${items.length > shownItems.length ? tr(ctx.lang, ` ... và ${items.length - shownItems.length} mục khác.`, ` ... and ${items.length - shownItems.length} more.`) : "."}`);
  if (items.length > shownItems.length) d.counts.push(items.length - shownItems.length);
  for (const i of items.slice(0, Math.max(8, shownItems.length))) cite(d, { plan, sectionPath: i.sectionPath, quote: i.quote });
}
