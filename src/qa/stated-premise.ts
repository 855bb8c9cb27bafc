/**
 * A question that states who does a task before it asks something else: "Since the Department of Health handles birth
 * certificates, what share of newborns should get one?", "Vì Sở Giáo dục chủ trì chương trình ..., những cơ quan nào phối
 * hợp?", "do sở tài chính lo vận động ODA, vậy sở phối hợp với ai?". The question is answered as asked; when the plan gives
 * that task to another body (not the one named, nor a body the one named took the work over from), the answer first says so,
 * quoting the plan's line.
 */
import type { Agency, Assignment, ParsedPlan } from "../kb/types.ts";
import { agenciesIn, provinceLabel, planLabel, tr, agencyLabel } from "./answer-composer.ts";
import type { Answer, QaRegistry } from "./answer-types.ts";
import { predecessorsOf, subjectAgency, type AssignmentGroup } from "./intent-handlers.ts";
import type { Passage, PassageIndex } from "./passage-index.ts";
import type { ParsedQuestion } from "./question-parser.ts";

/** The clause that states the premise, folded: "since X handles Y,", "vì X chủ trì Y,", "do X lo Y, vậy ...". */
const CLAUSE_RE = /(?:^|[:.?!]\s*|\b\d{4}\s*[:,]?\s*)(?:since|as|because|given that|seeing that|vi|boi vi|boi|do|tai vi) (.+?)(?:,| nen | thi | vay )/;
/** What the clause says the body does: it takes the task, not only helps with it. */
const DOES_RE = /\b(chu tri|lo|lo viec|phu trach|dam nhiem|dam nhan|dam trach|quan ly|handles?|leads?|runs?|is in charge of|in charge of|takes? care of|oversees?|is responsible for|deals? with|manages?)\b/;
/** The clause says the body took the work over: a successor named, not a task claimed. */
const TOOK_OVER_RE = /\b(taken over|took over|take over|succeed\w*|ke thua|tiep nhan|thay cho|thay the|nay la|now)\b/;

/** "chương trình 4", "programme no. 5": a programme named by its number. */
const PROGRAMME_NUMBER_RE = /\b(?:chuong trinh|programme|program)\s*(?:so\s*|no\.?\s*|number\s*)?(\d{1,2})\b/;
/**
 * Words that name the plan, not a task ("QĐ 2041", "kế hoạch", "chương trình số 4", "thực hiện"): "Sở LĐTBXH chủ trì thực hiện kế
 * hoạch 2509" states who runs the plan, and its number and kind would otherwise match the plan's funding line as the task.
 */
const PLAN_WORDS_RE = /\b(quyet dinh|ke hoach|chuong trinh( so)?|thuc hien|qd|kh|ubnd|decision|plan|programmes?|programs?( no| number)?|implement\w*)\b/g;

/** The answer already says the plan gives the task to another body (checkPremise, answerLeadClaim). */
const ALREADY_SAID_RE = /không giao .{0,80}việc này|does not give .{0,80}(this|the lead)|không phải của|is not .{1,80}'s task/;

export interface StatedPremiseDeps {
  plans: ParsedPlan[];
  registry: QaRegistry;
  index: PassageIndex;
  groupOf(p: Passage): AssignmentGroup | null;
  parse(raw: string): ParsedQuestion;
  choosePlans(q: ParsedQuestion, plans: ParsedPlan[]): ParsedPlan[];
  /** The question answered anew (its premise clause cut). */
  answer(raw: string): Answer;
}

interface Doer { agency: Agency; lead: boolean; passage: Passage }

const foldWords = (n: string): string[] => n.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().split(/\W+/);

/**
 * Who the chosen plans name for the clause's task, when it is not the named body: a programme named by number is that programme
 * (its lead), else the best-matching line of a specific item. Null when the named body (or the body it took the work over from)
 * holds the task: it leads or answers for an item on it, or the line found names it beside a holder that does not lead it.
 */
function doerOf(deps: StatedPremiseDeps, chosen: ParsedPlan[], clause: ParsedQuestion, named: Agency, clauseFolded: string): Doer | null {
  const bodies = [named, ...predecessorsOf({ registry: deps.registry, plans: chosen }, named).map((p) => p.from)];
  const ids = new Set(bodies.map((a) => a.id));
  // The clause says the body takes the task (DOES_RE): only a lead or answering seat bears that out, not a joining one.
  const takes = (a: Assignment): boolean => a.agencyId !== null && ids.has(a.agencyId) && (a.role === "lead" || a.role === "responsible");
  const holds = (g: AssignmentGroup | null): boolean => !!g && g.assignments.some(takes);
  const set = new Set(chosen);
  const num = PROGRAMME_NUMBER_RE.exec(clauseFolded)?.[1];
  if (num) {
    const programmes = chosen.flatMap((plan) => plan.tasks.filter((t) => t.kind === "programme" && t.number === num).map((task) => ({ plan, task })));
    if (programmes.length !== 1) return null;
    const { plan, task } = programmes[0]!;
    if (plan.assignments.some((a) => a.taskId === task.id && takes(a))) return null;
    const lead = plan.assignments.find((a) => a.taskId === task.id && a.role === "lead" && a.agencyId);
    const agency = lead ? deps.registry.agency(lead.agencyId!) : undefined;
    const passages = deps.index.passages.filter((p) => p.plan === plan && p.task === task && (deps.groupOf(p)?.assignments.length ?? 0) > 0);
    const passage = passages.find((p) => agency && agenciesIn(deps.registry, p.quote).some((h) => h.agency.id === agency.id)) ?? passages[0];
    return agency && passage ? { agency, lead: true, passage } : null;
  }
  const nameWords = new Set(bodies.flatMap((a) => [a.name, ...a.aliases, a.english ?? ""]).flatMap(foldWords));
  const placeWords = new Set(clause.provinces.flatMap((p) => [p.name, p.english, ...p.aliases]).flatMap(foldWords));
  const planWords = new Set([...clauseFolded.matchAll(PLAN_WORDS_RE)].flatMap((x) => x[0].split(" ")));
  const topic = clause.terms.filter((t) => t.split(" ").every((w) => !nameWords.has(w) && !placeWords.has(w) && !planWords.has(w) && !/^\d+$/.test(w))
    && !DOES_RE.test(t) && deps.index.idf(t) > 0);
  if (topic.length < 2) return null;
  const best = deps.index.rank(topic, (p) => set.has(p.plan) && (deps.groupOf(p)?.assignments.length ?? 0) > 0, 1)[0];
  if (!best || deps.index.coverage(topic, best.passage) < 0.5) return null;
  // The named body's own item on the task, or the very line naming it: the premise is borne out.
  const own = deps.index.rank(topic, (p) => set.has(p.plan) && holds(deps.groupOf(p)), 1)[0];
  if (own && deps.index.coverage(topic, own.passage) >= Math.min(0.5, deps.index.coverage(topic, best.passage))) return null;
  const doer = lineDoer(deps, best.passage);
  // "b) Phối hợp với Sở Tài chính đảm bảo kinh phí ...": a line naming the body, whose own holder does not lead it, bears it out.
  if (doer && !doer.lead && agenciesIn(deps.registry, best.passage.quote).some((h) => ids.has(h.agency.id))) return null;
  return doer;
}

/** The body a line of the plan names as doing it: its subject, or the one head of its item. */
function lineDoer(deps: StatedPremiseDeps, passage: Passage): Doer | null {
  const said = subjectAgency({ registry: deps.registry }, passage.quote);
  if (said) return { ...said, passage };
  const g = deps.groupOf(passage)!;
  const heads = g.assignments.filter((a) => a.role === "lead" || a.role === "responsible");
  const one = heads.length === 1 && heads[0]!.agencyId ? deps.registry.agency(heads[0]!.agencyId) : null;
  // "Chủ trì, phối hợp với ...": an item that opens with leading is led by the body it belongs to.
  return one ? { agency: one, lead: heads[0]!.role === "lead" || /^chu tri\b/.test(passage.folded), passage } : null;
}

const foldCharAnew = (ch: string): string => (ch === "đ" || ch === "Đ" ? "d" : ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().slice(0, 1) || ch);
/** Each character's fold, kept once computed (characters are few; the table stops growing at 10,000). */
const CHAR_FOLDS = new Map<string, string>();
const foldChar = (ch: string): string => {
  let f = CHAR_FOLDS.get(ch);
  if (f === undefined) {
    f = foldCharAnew(ch);
    if (CHAR_FOLDS.size < 10_000) CHAR_FOLDS.set(ch, f);
  }
  return f;
};

/** `raw` folded character by character (as `foldChar` does each); ASCII, most of a question, is only lowered. */
function foldedByCharacter(raw: string): string {
  let out = "";
  for (const ch of raw) {
    const code = ch.charCodeAt(0);
    out += code >= 0x80 ? foldChar(ch) : code >= 0x41 && code <= 0x5a ? String.fromCharCode(code + 0x20) : ch;
  }
  return out;
}

/** The answer with the premise corrected first, when the question states one the plan does not bear out. */
export function withStatedPremise(q: ParsedQuestion, a: Answer, deps: StatedPremiseDeps): Answer {
  // Folded letter by letter, punctuation kept: the clause ends at its comma, and its place in the raw text is the same.
  const raw = q.raw.normalize("NFC");
  const folded = foldedByCharacter(raw);
  const m = CLAUSE_RE.exec(folded);
  if (!m || !DOES_RE.test(m[1]!) || TOOK_OVER_RE.test(m[1]!) || ALREADY_SAID_RE.test(a.answer)) return a;
  // The clause read on its own, in the question's language: its body and its task.
  const at = m.index + m[0].indexOf(m[1]!);
  const clause = deps.parse([...raw].slice(at, at + [...m[1]!].length).join(""));
  const named = clause.agencies[0];
  if (!named || clause.agencies.length !== 1) return a;
  const chosen = deps.choosePlans(q, deps.plans);
  if (chosen.length === 0 || chosen.length === deps.plans.length) return a;
  const doer = doerOf(deps, chosen, clause, named, m[1]!);
  if (!doer || doer.agency.id === named.id) return a;
  if (predecessorsOf({ registry: deps.registry, plans: chosen }, named).some((p) => p.from.id === doer.agency.id)) return a;
  // "..., since the police are in charge of child nutrition, what share ... underweight?" read as who leads: the rest is what is asked.
  if (!a.found) {
    const start = m.index + m[0].search(/\S/) + (/^[:.?!]/.test(m[0].trim()) ? 1 : 0);
    const rest = [...raw].slice(0, start).join("") + [...raw].slice(m.index + [...m[0]].length).join("");
    const again = deps.answer(rest.replace(/\s+/g, " ").trim());
    if (again.found) a = again;
  }
  const lang = q.language;
  const plan = doer.passage.plan;
  const label = agencyLabel(named, named.name, lang);
  const who = agencyLabel(doer.agency, doer.agency.name, lang);
  const shownQuote = doer.passage.quote.replace(/[\t\f\v]+/g, " ");
  const line = tr(lang,
    `Lưu ý: theo ${planLabel(plan, deps.registry, lang)}, việc này không phải của ${label}: ${who} ${doer.lead ? "chủ trì" : "chịu trách nhiệm"} (mục ${doer.passage.sectionPath}): “${shownQuote}”`,
    `Note: under ${planLabel(plan, deps.registry, lang)}, this is not ${label}'s task: ${who} ${doer.lead ? "leads it" : "is responsible"} (section ${doer.passage.sectionPath}): “${shownQuote}”`);
  // An appendix row holds tabs: shown with spaces, and cited cell by cell (each still a verbatim slice), as the composer does.
  const cells = doer.passage.quote.split(/[\t\f\v]+/).map((x) => x.trim()).filter((x) => x.length >= 3);
  const citations = cells.map((quote) => ({ document: plan.documentNumber, province: provinceLabel(plan, deps.registry), section: doer.passage.sectionPath, quote }));
  const agency = { name: doer.agency.name, role: doer.lead ? "lead" as const : "responsible" as const, ...(lang === "en" && doer.agency.english ? { english: doer.agency.english } : {}) };
  return {
    ...a,
    found: true,
    answer: a.found ? `${line}\n${a.answer}` : line,
    citations: [...citations, ...a.citations.filter((c) => !(c.document === plan.documentNumber && cells.includes(c.quote)))],
    agencies: a.agencies.some((x) => x.name === agency.name) ? a.agencies : [...a.agencies, agency],
  };
}
