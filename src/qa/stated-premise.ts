/**
 * A question that states who does a task before it asks something else: "Since the Department of Health handles birth
 * certificates, what share of newborns should get one?", "Vì Sở Giáo dục chủ trì chương trình ..., những cơ quan nào phối
 * hợp?", "do sở tài chính lo vận động ODA, vậy sở phối hợp với ai?". The question is answered as asked; when the plan gives
 * that task to another body (not the one named, nor a body the one named took the work over from), the answer first says so,
 * quoting the plan's line.
 */
import type { Agency, ParsedPlan } from "../kb/types.ts";
import { provinceLabel, planLabel, tr, agencyLabel } from "./answer-composer.ts";
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

/** Who the chosen plans name for the clause's task: the body its best-matching line names as doing it. */
function doerOf(deps: StatedPremiseDeps, chosen: ParsedPlan[], clause: ParsedQuestion, named: Agency): Doer | null {
  const nameWords = new Set([named, ...predecessorsOf({ registry: deps.registry, plans: chosen }, named).map((p) => p.from)]
    .flatMap((a) => [a.name, ...a.aliases, a.english ?? ""]).flatMap((n) => n.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase().split(/\W+/)));
  const topic = clause.terms.filter((t) => t.split(" ").every((w) => !nameWords.has(w)) && !DOES_RE.test(t) && deps.index.idf(t) > 0);
  if (topic.length < 2) return null;
  const set = new Set(chosen);
  const best = deps.index.rank(topic, (p) => set.has(p.plan) && (deps.groupOf(p)?.assignments.length ?? 0) > 0, 1)[0];
  if (!best || deps.index.coverage(topic, best.passage) < 0.5) return null;
  const said = subjectAgency({ registry: deps.registry }, best.passage.quote);
  if (said) return { ...said, passage: best.passage };
  const g = deps.groupOf(best.passage)!;
  const heads = g.assignments.filter((a) => a.role === "lead" || a.role === "responsible");
  const one = heads.length === 1 && heads[0]!.agencyId ? deps.registry.agency(heads[0]!.agencyId) : null;
  // "Chủ trì, phối hợp với ...": an item that opens with leading is led by the body it belongs to.
  return one ? { agency: one, lead: heads[0]!.role === "lead" || /^chu tri\b/.test(best.passage.folded), passage: best.passage } : null;
}

const foldChar = (ch: string): string => (ch === "đ" || ch === "Đ" ? "d" : ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "").toLowerCase().slice(0, 1) || ch);

/** The answer with the premise corrected first, when the question states one the plan does not bear out. */
export function withStatedPremise(q: ParsedQuestion, a: Answer, deps: StatedPremiseDeps): Answer {
  // Folded letter by letter, punctuation kept: the clause ends at its comma, and its place in the raw text is the same.
  const raw = q.raw.normalize("NFC");
  const folded = [...raw].map(foldChar).join("");
  const m = CLAUSE_RE.exec(folded);
  if (!m || !DOES_RE.test(m[1]!) || TOOK_OVER_RE.test(m[1]!) || ALREADY_SAID_RE.test(a.answer)) return a;
  // The clause read on its own, in the question's language: its body and its task.
  const at = m.index + m[0].indexOf(m[1]!);
  const clause = deps.parse([...raw].slice(at, at + [...m[1]!].length).join(""));
  const named = clause.agencies[0];
  if (!named || clause.agencies.length !== 1) return a;
  const chosen = deps.choosePlans(q, deps.plans);
  if (chosen.length === 0 || chosen.length === deps.plans.length) return a;
  const doer = doerOf(deps, chosen, clause, named);
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
