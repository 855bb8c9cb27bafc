/**
 * Answers about a plan's routines that officials ask in everyday words: where to send problems met
 * while carrying the plan out, how often reports are due, and which appendix rows one body leads.
 * Each answer quotes the plan's own lines; a plan that states nothing of it is left to the other handlers.
 */
import type { Agency, ParsedPlan } from "../kb/types.ts";
import { foldKey } from "../core/vietnamese-text.ts";
import type { Intent } from "./answer-types.ts";
import { agencyIdsIn, emptyDraft, planLabel, tr, type Draft } from "./answer-composer.ts";
import { answerPlanDetails, predecessorsOf, shown, type HandlerContext } from "./intent-handlers.ts";
import type { Passage } from "./passage-index.ts";
import { memoByObject, memoByPlan, planHolds } from "./memo.ts";

/** The routine the question asks about, answered from the chosen plans; null when it asks none or no plan states it. */
export function answerPlanRoutine(intent: Intent, ctx: HandlerContext): Draft | null {
  if (intent === "fact") {
    const d = answerAbbreviation(ctx);
    if (d) return d;
  }
  if (["fact", "lead", "reporting", "duties"].includes(intent) && asksProblemContact(ctx.q.folded)) {
    const d = answerProblemContact(ctx);
    if (d) return d;
  }
  if (["lead", "duties", "count", "fact"].includes(intent)) {
    const d = answerAgencyRows(ctx);
    if (d) return d;
  }
  if ((intent === "reporting" || /\b(bao cao|report\w*)\b/.test(ctx.q.folded)) && asksFrequency(ctx.q.folded)) return answerReportFrequency(ctx);
  return null;
}

// ---- Problems met while carrying out the plan: whom to tell -------------------------------------

const PROBLEM_RE = /\b(vuong|vuong mac|kho khan|phat sinh|problems?|difficult(y|ies)|issues?|obstacles?|stuck|trouble|hurdles?|snags?)\b/;
/** "Trẻ em có hoàn cảnh khó khăn" is about children, "committees issue their plans" about a duty: not trouble carrying out the plan. */
const NOT_PROBLEM_RE = /\b(hoan canh|vung|dia ban|gia dinh|ho|dac biet) (dac biet )?kho khan\b|\bkho khan (dac biet)\b|\b(to|shall|must|will|should|they|committees|that) issues?\b|\bissues? (their|its|the|an?|own|implementation|plans?|decisions?)\b/;
/** Trouble met carrying the plan out: "vướng" says so itself; other words need the plan's work around them. */
const AT_WORK_RE = /\b(vuong|thuc hien|trien khai|lam|implement\w*|carry\w* out|carrying|running|executing|ap dung)\b/;
const WHERE_TO_RE = /\b(bao (ve|cho|len) (dau|ai)|bao cao (ai|dau|cho ai|ve dau|len dau)|ve dau|o dau|cho ai|ai|phan anh|kien nghi|lien he|hoi ai|gui (ve )?dau|where|who|whom|which (agency|department|body|office)|co quan nao|so nao|don vi nao|report|raise|contact|notify|tell|escalate|flag)\b/;
const PLAN_PROBLEM_RE = /\b(vuong mac|kho khan|van de phat sinh)\b/;

export const asksProblemContact = (folded: string): boolean => PROBLEM_RE.test(folded.replace(NOT_PROBLEM_RE, " ")) && AT_WORK_RE.test(folded) && WHERE_TO_RE.test(folded);

/** "Làm kế hoạch mà vướng thì báo về đâu?": the plan's closing line on problems, and the body it names to tell. */
function answerProblemContact(ctx: HandlerContext): Draft | null {
  const d = emptyDraft();
  for (const plan of ctx.plans) {
    const hits = ctx.index.passages.filter((p) => p.plan === plan && p.kind === "sentence" && PLAN_PROBLEM_RE.test(p.folded) && /\bphan anh\b/.test(p.folded));
    const p = hits[hits.length - 1];
    if (!p) continue;
    const at = p.folded.indexOf("phan anh");
    const tailStart = Math.round((at / p.folded.length) * p.quote.length);
    const ids = [...new Set(agencyIdsIn(ctx.registry, p.quote.slice(Math.max(0, tailStart - 5))))];
    const agencies = ids.map((id) => ctx.registry.agency(id)).filter((a): a is Agency => !!a);
    const names = agencies.map((a) => (ctx.lang === "en" ? `${a.name} (${a.english})` : a.name));
    d.lines.push(tr(ctx.lang,
      `Theo ${planLabel(plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}, vướng mắc khi thực hiện kế hoạch phản ánh về ${names.join(", thông qua ") || "cơ quan kế hoạch nêu"}: ${shown(p.quote)}`,
      `Under ${planLabel(plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, problems met while carrying out the plan are raised with ${names.join(", via ") || "the body the plan names"}: ${shown(p.quote)}`));
    d.citations.push({ plan, section: p.sectionPath, quote: p.quote });
    agencies.forEach((a, i) => d.agencies.push({ agency: a, name: a.name, role: i === 0 ? "responsible" : "coordinate", source: { plan, sectionPath: p.sectionPath } }));
  }
  d.found = d.citations.length > 0;
  d.confidence = 0.8;
  return d.found ? d : null;
}

// ---- How often reports are due ------------------------------------------------------------------

const FREQUENCY_ASKED_RE = /\b(how often|how frequently|how regularly|frequency|at what intervals?|bao lau (mot|1) lan|bao lau phai|may lan|bao nhieu lan|tan suat|dinh ky (bao lau|may thang|the nao|nhu the nao|ra sao))\b/;
const FREQUENCY_RE = /\b(dinh ky|hang nam|hang quy|hang thang|moi nam|(0?6|sau) thang|(0?1|mot) nam|giua ky|cuoi ky|truoc ngay \d{1,2}\/\d{1,2})\b/;

export const asksFrequency = (folded: string): boolean => FREQUENCY_ASKED_RE.test(folded);

/**
 * "Bao lâu phải báo cáo một lần?", "how often are progress reports due?": per plan, the lines that
 * require reports and say at what interval (định kỳ 6 tháng, hằng năm, trước ngày 15/12).
 */
function answerReportFrequency(ctx: HandlerContext): Draft | null {
  const d = emptyDraft();
  for (const plan of ctx.plans) {
    for (const p of frequencyLines(ctx.index)(plan)) {
      d.lines.push(tr(ctx.lang, `Theo ${planLabel(plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: ${shown(p.quote)}`,
        `Under ${planLabel(plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, the plan says: ${shown(p.quote)}`));
      d.citations.push({ plan, section: p.sectionPath, quote: p.quote });
    }
  }
  d.found = d.citations.length > 0;
  d.confidence = 0.75;
  return d.found ? d : null;
}

/**
 * A plan's lines that say how often reports are due, the ones to quote first (at most two), once per index and plan: they are
 * the plan's own lines, whatever the question.
 */
const frequencyLines = memoByObject((index: HandlerContext["index"]) => memoByPlan((plan): Passage[] => {
  const lines = index.passages.filter((p) => p.plan === plan && (p.kind === "sentence" || p.kind === "reporting")
    && /\bbao cao\b/.test(p.folded) && FREQUENCY_RE.test(p.folded) && !/\b(kiem tra|thanh tra)\b/.test(p.folded.split("bao cao")[0]!.slice(-40)));
  const unique = [...new Map(lines.map((p) => [p.quote, p])).values()]
    // A sentence inside a longer line says the same: keep the longest holding the interval.
    .filter((p, _, all) => !all.some((o) => o !== p && o.quote.length > p.quote.length && o.quote.includes(p.quote)))
    .sort((a, b) => score(b) - score(a) || a.id - b.id);
  // Lines naming an interval ("hằng năm", "6 tháng", "trước ngày 15/12") answer; "định kỳ" alone only when none does.
  const timed = unique.filter((p) => INTERVAL_RE.test(p.folded));
  return (timed.length > 0 ? timed : unique).slice(0, timed.length > 0 ? 2 : 1);
}));

const INTERVAL_RE = /\b(hang nam|hang quy|hang thang|moi nam|(0?6|sau) thang|(0?1|mot) nam|truoc ngay \d{1,2}\/\d{1,2})\b/;

/** Lines stating both the interval and a due date first, then those saying "định kỳ". */
function score(p: Passage): number {
  return (/\bdinh ky\b/.test(p.folded) ? 2 : 0) + (/truoc ngay \d/.test(p.folded) ? 2 : 0) + (/\b(hang nam|(0?6|sau) thang|(0?1|mot) nam)\b/.test(p.folded) ? 1 : 0);
}

// ---- The appendix rows one body leads -----------------------------------------------------------

// "Dòng" as a table row, never the "động"/"đồng" of "lao động", "hoạt động", "cộng đồng" (folded alike).
const ROWS_NOUN_RE = /\b(khuyen nghi|phu luc|appendix|recommendations?|rows?|(?<!\b(lao|hoat|cong|van|chu|tac|bien|luu|di|bat|hanh|hoi) )dong)\b/;
const LEAD_WORD_RE = /\b(chu tri|lead|leads|led|leading|in charge|phu trach)\b/;
const COORD_WORD_RE = /\b(phoi hop|coordinates?|coordinating|supports?|co-?operates?)\b/;
const LIST_WORD_RE = /\b(liet ke|ke ten|ke ra|list|enumerate|all|tat ca|nhung|cac|which|what|nao|gi|bao nhieu|how many|may|any)\b/;
/** Words of the question that only say "list the appendix rows X leads", not which rows. */
const ROW_QUESTION_WORDS = new Set(["liet", "ke", "ten", "ra", "list", "enumerate", "all", "tat", "ca", "khuyen", "nghi", "phu", "luc", "appendix",
  "recommendation", "recommendations", "row", "rows", "dong", "quyet", "dinh", "hoach", "decision", "plan", "lead", "leads", "led", "chu", "tri",
  "phoi", "hop", "that", "which", "what", "nao", "gi", "bao", "nhieu", "may", "how", "many", "cac", "nhung", "do", "ma", "duoc", "giao", "lao", "dong",
  // "có dòng/hoạt động nào ... không, nội dung là gì / ra sao?", "kèm theo", "nếu có thì là việc gì", "and what do they say": the rows and
  // what they say are asked, no topic.
  "co", "khong", "kem", "theo", "hoat", "neu", "thi", "la", "viec", "noi", "dung", "ra", "sao", "the", "any", "say", "says", "give", "gives", "given"]);

/**
 * "List the appendix recommendations Sở LĐTBXH leads", "Sở Tư pháp chủ trì những khuyến nghị nào?": every
 * appendix row whose lead (a merged lead cell included) is that body, each row quoted.
 */
export function answerAgencyRows(ctx: HandlerContext): Draft | null {
  const f = ctx.q.folded;
  if (COORD_WORD_RE.test(f) || LEAD_WORD_RE.test(f) || !asksAppendixAlone(ctx)) return rowsInRole(ctx, COORD_WORD_RE.test(f) && !LEAD_WORD_RE.test(f), true);
  // "Phụ lục QĐ 2130 giao Sở Y tế những việc gì?", "có dòng nào giao Ban Dân tộc không?": no role asked, so the rows it leads and
  // those it works on, each quoted; none in either is said as none.
  const led = rowsInRole(ctx, false, false);
  const worked = rowsInRole(ctx, true, false);
  if (!led && !worked) return rowsInRole(ctx, false, true);
  if (!led || !worked) return led ?? worked;
  return { ...led, lines: [...led.lines, ...worked.lines], citations: [...led.citations, ...worked.citations], agencies: [...led.agencies, ...worked.agencies],
    counts: [...led.counts, ...worked.counts] };
}

function rowsInRole(ctx: HandlerContext, coordinate: boolean, sayNone: boolean): Draft | null {
  const q = ctx.q;
  const f = q.folded;
  if (q.agencies.length !== 1 || q.recommendationNumber || !ROWS_NOUN_RE.test(f) || !LIST_WORD_RE.test(f)) return null;
  // No role asked reads the appendix alone only when it is all that is asked of: "Ban Dân tộc được giao việc gì ở Gia Lai và trong
  // phụ lục QĐ 2130?" asks of a plan without one too.
  const anyRole = !COORD_WORD_RE.test(f) && !LEAD_WORD_RE.test(f) && asksAppendixAlone(ctx);
  if (!coordinate && !LEAD_WORD_RE.test(f) && !anyRole) return null;
  // A row named by its topic ("khuyến nghị về con nuôi") is the lead handler's: here only the whole list is asked.
  const agency = q.agencies[0]!;
  // Its name's words as the question's terms are written (folded: "tỉnh đoàn" is "tinh doan").
  const own = new Set([agency.name, ...agency.aliases].flatMap((a) => foldKey(a).split(" ")));
  const topic = ctx.terms.filter((t) => !ROW_QUESTION_WORDS.has(t) && !own.has(t));
  if (topic.length > 0 && !/\b(liet ke|list|all|tat ca|bao nhieu|how many)\b/.test(f)) return null;
  // The plan's own rows for the body; those of the body it took over from only when today's holder is asked.
  const now = /\b(nay|hien nay|ngay nay|bay gio|now|today|currently)\b/.test(f);
  const before = now ? predecessorsOf(ctx, agency).map((p) => p.from) : [];
  const ids = new Set([agency.id, ...before.map((a) => a.id)]);
  const d = emptyDraft();
  for (const plan of ctx.plans) {
    const rows = plan.tasks.filter((t) => t.kind === "recommendation" && planHolds(plan, t.quote));
    if (rows.length === 0) continue;
    const held = rows.map((t) => ({ t, a: plan.assignments.find((a) => a.taskId === t.id && ids.has(a.agencyId ?? "") && (coordinate ? a.role === "coordinate" : a.role === "lead")) }))
      .filter((x): x is { t: typeof x.t; a: NonNullable<typeof x.a> } => !!x.a)
      .filter((x, i, all) => all.findIndex((y) => y.t.id === x.t.id) === i);
    if (held.length === 0) continue;
    const label = planLabel(plan, ctx.registry, ctx.lang);
    const name = ctx.lang === "en" ? `${agency.name} (${agency.english})` : agency.name;
    // Rows with no number of their own continue the recommendation above: each number once.
    const numbers = [...new Set(held.map((x) => x.t.number))];
    d.lines.push(tr(ctx.lang,
      `Theo phụ lục ${label}, ${name} ${coordinate ? "phối hợp thực hiện" : "chủ trì"} ${held.length} việc, thuộc khuyến nghị ${numbers.map((n) => `số ${n}`).join(", ")}.`,
      `In the appendix of ${label}, ${name} ${coordinate ? "coordinates" : "leads"} ${held.length} item${held.length === 1 ? "" : "s"}, under recommendation${numbers.length === 1 ? "" : "s"} ${numbers.map((n) => `no. ${n}`).join(", ")}.`));
    d.counts.push(held.length);
    const inherited = held.filter((x) => x.a.agencyId !== agency.id).map((x) => x.t.number);
    if (inherited.length > 0) d.lines.push(tr(ctx.lang,
      `Trong đó các dòng ${[...new Set(inherited)].join(", ")} kế hoạch giao cho ${before.map((a) => a.name).join(", ")}, nay do ${agency.name} đảm nhận.`,
      `Of these, rows ${[...new Set(inherited)].join(", ")} were given to ${before.map((a) => a.name).join(", ")}, whose work ${agency.name} now holds.`));
    for (const { t, a } of held) {
      d.lines.push(tr(ctx.lang, `— Số ${t.number}: ${shown(t.title)}`, `— No. ${t.number}: ${shown(t.title)}`));
      d.citations.push({ plan, section: t.sectionPath, quote: t.quote });
      d.agencies.push({ agency, name: agency.name, role: coordinate ? "coordinate" : "lead", source: { plan, sectionPath: a.sectionPath } });
    }
    const merged = held.filter((x) => x.a.note && !x.t.quote.includes(x.a.agencyAsWritten)).map((x) => x.t.number);
    if (merged.length > 0) d.lines.push(tr(ctx.lang,
      `Các dòng ${merged.join(", ")} để trống ô cơ quan chủ trì (ô gộp trong bảng): cơ quan chủ trì của dòng phía trên được tiếp tục.`,
      `Rows ${merged.join(", ")} leave the lead cell empty (a merged table cell): the lead of the row above continues.`));
  }
  d.found = d.citations.length > 0;
  d.confidence = 0.85;
  return d.found ? d : sayNone ? noRowsOf(ctx, agency, ids, anyRole ? null : coordinate) : null;
}

/** The appendix is named and every plan asked of has one. */
const asksAppendixAlone = (ctx: HandlerContext): boolean =>
  APPENDIX_NAMED_RE.test(ctx.q.folded) && ctx.plans.every((p) => p.tasks.some((t) => t.kind === "recommendation"));

/** The appendix itself is named ("phụ lục", "khuyến nghị", "appendix"), not only a row ("dòng") of some list. */
export const APPENDIX_NAMED_RE = /\b(phu luc|khuyen nghi|appendix|annex|recommendations?)\b/;

/**
 * "Phụ lục QĐ 2130 có dòng nào giao Sở Văn hóa chủ trì không?": the appendix gives the body no row in the role asked. Said as
 * such (not found, settled), with the rows it holds in the other role, quoted, so no other passage is offered as the answer.
 */
function noRowsOf(ctx: HandlerContext, agency: Agency, ids: ReadonlySet<string>, coordinate: boolean | null): Draft | null {
  if (!APPENDIX_NAMED_RE.test(ctx.q.folded)) return null;
  const d = emptyDraft();
  const name = ctx.lang === "en" ? `${agency.name} (${agency.english})` : agency.name;
  for (const plan of ctx.plans) {
    const rows = plan.tasks.filter((t) => t.kind === "recommendation" && planHolds(plan, t.quote));
    if (rows.length === 0) continue;
    const label = planLabel(plan, ctx.registry, ctx.lang);
    // No role asked ("có dòng nào giao X không?"): no row names the body at all.
    d.lines.push(coordinate === null
      ? tr(ctx.lang, `Phụ lục ${label} không có dòng nào giao việc cho ${name} (chủ trì hay phối hợp).`, `The appendix of ${label} has no row naming ${name}, to lead or to coordinate.`)
      : tr(ctx.lang, `Phụ lục ${label} không có dòng nào giao ${name} ${coordinate ? "phối hợp" : "chủ trì"}.`,
        `The appendix of ${label} has no row giving ${name} ${coordinate ? "a coordinating role" : "the lead"}.`));
    const other = rows.filter((t) => plan.assignments.some((a) => a.taskId === t.id && ids.has(a.agencyId ?? "")));
    if (other.length === 0) continue;
    d.lines.push(tr(ctx.lang, `${name} chỉ ${coordinate ? "chủ trì" : "phối hợp"} ở ${other.length} dòng:`,
      `${name} is named only ${coordinate ? "in the lead" : "as coordinating"} in ${other.length} row${other.length === 1 ? "" : "s"}:`));
    for (const t of other) {
      d.lines.push(tr(ctx.lang, `— Số ${t.number}: ${shown(t.title)}`, `— No. ${t.number}: ${shown(t.title)}`));
      d.citations.push({ plan, section: t.sectionPath, quote: t.quote });
    }
  }
  if (d.lines.length === 0) return null;
  d.settled = true;
  return d;
}

// ---- Which provinces' plans the knowledge base holds --------------------------------------------

const ASKS_HELD_RE = /\b(is there|are there|do you have|does (the|your) (knowledge base|database|system) (have|hold|contain)|in the knowledge base|knowledge base (has|have|holds?)|kho (kien thuc )?(co|chua co|da co)|trong kho|chi co|or only|hay chi)\b/;

/**
 * "Gia Lai merged with Bình Định: is there a Bình Định plan, or only Gia Lai's?": of the provinces named,
 * which have plans in the knowledge base (each with its number and date, cited) and which have none.
 */
export function answerHeldPlans(ctx: HandlerContext, all: ParsedPlan[]): Draft | null {
  const q = ctx.q;
  if (q.provinces.length < 2 || !ASKS_HELD_RE.test(q.folded)) return null;
  const held = q.provinces.filter((p) => all.some((x) => x.province.provinceId === p.id));
  const missing = q.provinces.filter((p) => !held.includes(p));
  if (held.length === 0 || missing.length === 0) return null;
  // "Phú Yên cũ (nay thuộc Đắk Lắk) có kế hoạch nào?": a province named as today's home of another is context, not asked about.
  if (/\b(nay thuoc|nay la|now part of|now in|da sap nhap vao)\b/.test(q.folded) && !/\b(or only|hay chi|chi co)\b/.test(q.folded)) return null;
  const d = answerPlanDetails({ ...ctx, plans: all.filter((x) => held.some((p) => p.id === x.province.provinceId)) });
  if (!d.found) return null;
  for (const p of missing) {
    const today = p.today && p.today.provinceId !== p.id ? ctx.registry.province(p.today.provinceId)?.name : null;
    d.lines.unshift(tr(ctx.lang, `Kho kiến thức không có kế hoạch bảo vệ trẻ em riêng của ${p.name}${today ? ` (nay thuộc ${today}; các kế hoạch trong kho có trước khi sáp nhập)` : ""}; kho chỉ có kế hoạch của ${held.map((h) => h.name).join(", ")}:`,
      `The knowledge base holds no child-protection plan of ${p.name}${today ? ` (now part of ${today}; the plans predate the merger)` : ""}; it holds only the plans of ${held.map((h) => h.name).join(", ")}:`));
  }
  return d;
}

// ---- Which plans a named province has ------------------------------------------------------------

/** "Đắk Lắk có những kế hoạch nào (trong hệ thống)?", "which plans does Gia Lai have?": the plans asked for, not a topic in them. */
const PROVINCE_PLANS_RE = /\b(co|gom|giu|luu|ban hanh)( \S+){0,2}? (nhung |cac |may )?(ke hoach|van ban|quyet dinh|kh)( \S+){0,5}? (nao|gi)\b|\b(nhung|cac) (ke hoach|van ban|quyet dinh)( \S+){0,5}? (nao|gi)\b|\b(ke hoach|van ban|quyet dinh) (nao|gi) (cua|o|tai)\b|\b(which|what)( \S+){0,3} (plans|documents|decisions)\b|\b(list|liet ke|ke ten|ke ra)( \S+){0,3} (plans|ke hoach|van ban)\b/;
/** Words that only say "the plans (held)" in such a question: anything else is a topic asked of the plans. */
const PLAN_LIST_WORDS = new Set("ke hoach van ban quyet dinh kh qd plan plans document documents decision decisions bao ve tre em child children protection cham soc giao duc he thong kho kien thuc du lieu co so knowledge base database system held hold holds have has stored tinh province provincial hien nay hien dang nay current currently hien co co san available list liet ke ten nao gi which what nhung cac".split(" "));

/**
 * "Đắk Lắk có những kế hoạch bảo vệ trẻ em nào trong hệ thống?": the plans of the named province(s) the knowledge base holds,
 * each with its number, title, signer, date and period (cited), not a passage that shares a word of the question.
 */
export function answerProvincePlans(ctx: HandlerContext, all: ParsedPlan[]): Draft | null {
  const q = ctx.q;
  if (q.provinces.length === 0 || q.agencies.length > 0 || q.documentRefs.length > 0 || !PROVINCE_PLANS_RE.test(q.folded)) return null;
  if (/\d/.test(q.folded.replace(/\b(19|20)\d\d\b/g, ""))) return null;
  if (ctx.terms.some((t) => !t.split(" ").every((w) => PLAN_LIST_WORDS.has(w)))) return null;
  const held = q.provinces.filter((p) => all.some((x) => x.province.provinceId === p.id));
  if (held.length === 0) return null;
  const plans = all.filter((x) => held.some((p) => p.id === x.province.provinceId));
  const d = answerPlanDetails({ ...ctx, plans });
  if (!d.found) return null;
  const names = held.map((p) => p.name).join(", ");
  d.lines.unshift(tr(ctx.lang, `Kho kiến thức có ${plans.length} kế hoạch bảo vệ trẻ em của ${names}: ${plans.map((p) => p.documentNumber).join(", ")}.`,
    `The knowledge base holds ${plans.length} child-protection plan${plans.length === 1 ? "" : "s"} of ${names}: ${plans.map((p) => p.documentNumber).join(", ")}.`));
  d.counts.push(plans.length);
  return d;
}

// ---- Every plan held ------------------------------------------------------------------------------

/** "Kho có kế hoạch của những tỉnh nào?", "How many provinces' plans are in the knowledge base?": the knowledge base's own list asked. */
const ALL_HELD_RE = /\b(nhung|cac|bao nhieu|may) tinh\b|\btinh nao\b|\b(which|what|how many) provinces?\b|\bhow many( \S+){0,2} (plans|documents)\b|\b(bao nhieu|may) (ke hoach|van ban)\b|\b(kho|he thong|co so du lieu|knowledge base|database|system)\b( \S+){0,6} (nhung|cac) (ke hoach|van ban)( \S+){0,4} nao\b|\b(which|what) plans\b( \S+){0,6} (knowledge base|database|system|held|stored)\b/;
/** Words that say "the knowledge base holds": without one, "tỉnh nào có kế hoạch ..." may ask which province does a thing. */
const HOLDS_RE = /\b(kho|he thong|co so du lieu|du lieu|knowledge base|database|system|held|hold|holds|stored|co san|hien co|dang co|luu|covered|cover|covers|available|have|has|co)\b/;
const ALL_HELD_WORDS = new Set([...PLAN_LIST_WORDS, "provinces", "provincial", "s", "how", "many", "bao", "nhieu", "may", "in", "are", "is", "there",
  "do", "does", "you", "they", "them", "and", "of", "the", "dang", "luu", "tru", "cover", "covers", "covered", "co", "san", "trong", "nhung", "deu",
  "ca", "tat", "all", "da", "duoc", "nap", "loaded", "included", "contain", "contains", "those", "these", "name", "names"]);

/**
 * "How many provinces' plans are in the knowledge base, and what are they?", "kho có kế hoạch của những tỉnh nào?": every plan
 * held, counted by province, each with its number, title, signer and date; no passage of a plan answers what the knowledge base is.
 */
export function answerAllHeldPlans(ctx: HandlerContext, all: ParsedPlan[]): Draft | null {
  const q = ctx.q;
  if (q.provinces.length > 0 || q.agencies.length > 0 || q.documentRefs.length > 0 || ctx.plans.length !== all.length) return null;
  if (!ALL_HELD_RE.test(q.folded) || !HOLDS_RE.test(q.folded) || /\d/.test(q.folded)) return null;
  if (ctx.terms.some((t) => !t.split(" ").every((w) => ALL_HELD_WORDS.has(w)))) return null;
  const d = answerPlanDetails({ ...ctx, q: { ...q, folded: "" }, plans: all });
  if (!d.found) return null;
  const byProvince = new Map<string, string[]>();
  for (const p of all) {
    const name = p.province.provinceId ? ctx.registry.province(p.province.provinceId)?.name ?? p.province.provinceId : tr(ctx.lang, "không ghi tỉnh", "province not stated");
    (byProvince.get(name) ?? byProvince.set(name, []).get(name)!).push(p.documentNumber);
  }
  const list = [...byProvince].map(([n, docs]) => `${n} (${docs.join(", ")})`).join("; ");
  d.lines.unshift(tr(ctx.lang, `Kho kiến thức có ${all.length} kế hoạch bảo vệ trẻ em của ${byProvince.size} tỉnh: ${list}.`,
    `The knowledge base holds ${all.length} child-protection plans of ${byProvince.size} provinces: ${list}.`));
  d.counts.push(byProvince.size);
  return d;
}

// ---- Which plans name a body ---------------------------------------------------------------------

const WHICH_PLANS_RE = /\b(ke hoach nao|nhung ke hoach|cac ke hoach|quyet dinh nao|tinh nao|nhung tinh|which (plans?|provinces?|decisions?|documents?)|what plans?)\b/;
const MENTIONS_RE = /\b(nhac (toi|den|ten)|de cap|co ten|neu ten|noi (toi|den)|co nhac|xuat hien|co mat|mentions?|mentioned|refers? to|names?|named|appears?|appearing|features?|featured)\b/;
/** "..., mỗi nơi giao sở này làm gì?", "and what does each ask of it?": what each plan gives the body is asked too. */
const EACH_PLAN_RE = /\b(moi (noi|ke hoach|tinh|van ban|quyet dinh)|tung (noi|ke hoach|tinh|van ban)|o moi|each|respectively)\b/;
const ASKS_DUTY_RE = /\b(lam gi|viec gi|giao gi|nhiem vu gi|giao|what|ask|asks|assign|assigns|give|gives|expect|expects|require|requires|duties|tasks)\b/;
const asksEachDuty = (folded: string): boolean => EACH_PLAN_RE.test(folded) && ASKS_DUTY_RE.test(folded.replace(/\b(which|what) (plans?|provinces?|documents?)\b/g, " "));
const ROLE_RANK: Record<string, number> = { responsible: 0, lead: 1, requested: 2, coordinate: 3 };

/**
 * "Kế hoạch nào có nhắc tới Ban Dân tộc?", "which plans mention the Provincial Police?": every plan whose
 * text names the body, each with the first line naming it (its own duty item when it has one).
 */
export function answerPlansNaming(ctx: HandlerContext, all: ParsedPlan[]): Draft | null {
  const q = ctx.q;
  if (q.agencies.length !== 1 || q.provinces.length > 0 || ctx.plans.length !== all.length || !WHICH_PLANS_RE.test(q.folded) || !MENTIONS_RE.test(q.folded)) return null;
  const agency = q.agencies[0]!;
  const d = emptyDraft();
  const named: string[] = [];
  // "..., mỗi nơi giao sở này làm gì?": the body's own duty item (not the decision's closing article, not a line naming it among
  // partners), each of its duties there up to three.
  const duties = asksEachDuty(q.folded);
  for (const plan of all) {
    const held = plan.assignments.filter((a) => a.agencyId === agency.id);
    const ranked = duties ? [...held].sort((a, b) => rankOf(a) - rankOf(b)) : held;
    const own = ranked[0];
    const passage = (own ? ctx.index.byAssignment.get(own) : undefined)
      ?? ctx.index.passages.find((p) => p.plan === plan && agencyIdsIn(ctx.registry, p.quote).includes(agency.id));
    if (!passage || !planHolds(plan, passage.quote)) continue;
    named.push(`${plan.documentNumber} (${provinceOf(ctx, plan)})`);
    const more = duties && own ? ranked.filter((a) => a !== own && a.sectionPath === own.sectionPath && a.role === own.role && planHolds(plan, a.quote)).slice(0, 2) : [];
    const quotes = [passage.quote, ...more.map((a) => a.quote)];
    d.lines.push(tr(ctx.lang, `— ${planLabel(plan, ctx.registry, ctx.lang)}, mục ${passage.sectionPath}: ${quotes.map(shown).join(" ")}`,
      `— ${planLabel(plan, ctx.registry, ctx.lang)}, section ${passage.sectionPath}: ${quotes.map(shown).join(" ")}`));
    for (const quote of quotes) d.citations.push({ plan, section: passage.sectionPath, quote });
    if (own) d.agencies.push({ agency, name: agency.name, role: own.role, source: { plan, sectionPath: own.sectionPath } });
  }
  if (d.citations.length === 0) return null;
  const label = ctx.lang === "en" ? `${agency.name} (${agency.english})` : agency.name;
  d.lines.unshift(tr(ctx.lang, `${named.length} kế hoạch nhắc đến ${label}: ${named.join(", ")}.`, `${named.length} plan(s) name ${label}: ${named.join(", ")}.`));
  d.counts.push(named.length);
  d.found = true;
  d.confidence = 0.85;
  return d;
}

/** A body's own duty item first: a duty given to it (not a decision's article, not its place among partners). */
const rankOf = (a: { role: string; sectionPath: string }): number => (ROLE_RANK[a.role] ?? 4) + (/^Điều \d+/u.test(a.sectionPath) ? 10 : 0);

const provinceOf = (ctx: HandlerContext, plan: ParsedPlan): string => {
  const id = plan.province.provinceId;
  return plan.province.asWritten ?? ((id && ctx.registry.province(id)?.name) || "?");
};

// ---- What a short form in the plan stands for ----------------------------------------------------

const ASKS_EXPANSION_RE = /\b(viet tat|chu viet tat|ten day du|stand for|stands for|abbreviation|abbreviated|short for|full form|full name)\b/;
const JOINERS = new Set(["va", "and"]);

/**
 * "“BVCSGD” trong kế hoạch là viết tắt của gì?": the words of the plan whose initials spell the short form
 * ("bảo vệ, chăm sóc và giáo dục"), quoted from a line of the plan that writes them out.
 */
export function answerAbbreviation(ctx: HandlerContext): Draft | null {
  if (!ASKS_EXPANSION_RE.test(ctx.q.folded)) return null;
  const forms = [...ctx.q.raw.normalize("NFC").matchAll(/(?<![\p{L}\d/-])(\p{Lu}[\p{Lu}&]{2,9})(?![\p{L}\d/-])/gu)].map((m) => m[1]!)
    .filter((f) => !/^(UBND|KH|QĐ|QD|TW|TU)$/u.test(f));
  for (const form of forms) {
    const letters = foldKey(form).replace(/[^a-z]/g, "");
    // Only a form the plan itself writes: a guess at what other letters might mean is no answer.
    if (letters.length < 3 || !ctx.plans.some((p) => new RegExp(`(?<![\\p{L}])${form}(?![\\p{L}])`, "u").test(p.text.normalize("NFC")))) continue;
    for (const p of ctx.index.passages) {
      if (!ctx.plans.includes(p.plan) || p.kind !== "sentence" || !p.plan.text.includes(form)) continue;
      const found = spelled(p.quote, letters);
      if (!found) continue;
      const d = emptyDraft();
      d.lines.push(tr(ctx.lang, `“${form}” là viết tắt của “${found}”. Theo ${planLabel(p.plan, ctx.registry, ctx.lang)}, mục ${p.sectionPath}: ${shown(p.quote)}`,
        `“${form}” stands for “${found}”. Under ${planLabel(p.plan, ctx.registry, ctx.lang)}, section ${p.sectionPath}, the plan says: ${shown(p.quote)}`));
      d.citations.push({ plan: p.plan, section: p.sectionPath, quote: p.quote });
      // And the line where the plan writes the short form.
      const used = ctx.index.passages.find((x) => x.plan === p.plan && x.kind === "sentence" && x.quote.includes(form));
      if (used) {
        d.lines.push(tr(ctx.lang, `Kế hoạch viết tắt ở mục ${used.sectionPath}: ${shown(used.quote)}`, `The plan writes the short form in section ${used.sectionPath}: ${shown(used.quote)}`));
        d.citations.push({ plan: used.plan, section: used.sectionPath, quote: used.quote });
      }
      d.found = true;
      d.confidence = 0.8;
      return d;
    }
  }
  return null;
}

/** The stretch of `text` whose words' first letters are `letters` ("và" may sit between them), as written. */
function spelled(text: string, letters: string): string | null {
  const words = [...text.matchAll(/[\p{L}\d]+/gu)].map((m) => ({ at: m.index, word: m[0], key: foldKey(m[0]) }));
  for (let i = 0; i < words.length; i++) {
    let k = 0;
    let j = i;
    while (j < words.length && k < letters.length) {
      const w = words[j]!;
      if (k > 0 && JOINERS.has(w.key)) { j++; continue; }
      if (w.key[0] !== letters[k]) break;
      k++;
      j++;
    }
    // The whole form spelled, by at least as many words as letters, and not the form itself written in the text.
    if (k === letters.length && j - i >= letters.length && words[i]!.key.length > 1) {
      const last = words[j - 1]!;
      return text.slice(words[i]!.at, last.at + last.word.length);
    }
  }
  return null;
}
