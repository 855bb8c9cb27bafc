/**
 * "Mục V của KH 26 giao nhiệm vụ cho những sở nào?", "Điều 2 QĐ 2130 nêu những sở nào?", "which departments does section IV.2 of
 * plan 2509 name?": a part of a plan named by its number (a section, an article) and every body it gives work to asked. The answer
 * is the bodies that part itself names, each with the line that names it, quoted; not a passage elsewhere sharing a word of the
 * question, and not the bodies of the whole plan.
 */
import type { ParsedPlan } from "../kb/types.ts";
import { emptyDraft, planLabel, tr, type Draft } from "./answer-composer.ts";
import { agencyOf, asksSeveralBodies, shown, type HandlerContext } from "./intent-handlers.ts";
import { LIST_AGENCIES_RE } from "./question-parser.ts";

/** "Mục V", "phần IV", "mục IV.2", "section V", "part IV.1": a numbered part; "Điều 2", "article 3": an article of the decision. */
/** Folded, "IV.2" reads "iv 2": the number after the numeral is its item. */
const PART_RE = /\b(?:muc|phan|section|part)\s+([ivx]{1,4}(?:[ .]\d{1,2}(?![\d/])){0,2})\b/;
const ARTICLE_RE = /\b(?:dieu|article)\s+(\d{1,2})\b(?!( \S+){0,2} (luat|nghi dinh|thong tu|cong uoc|law|decree|convention)\b)/;
/** Several bodies asked by kind ("những sở nào", "các cơ quan nào", "which departments", "which bodies are named"). */
const BODIES_ASKED_RE = /\b(nhung|cac) (so|co quan|don vi|nganh|to chuc|so,? nganh|so,? ban,? nganh)( \S+){0,3} nao\b|\b(which|what) (state |provincial )?(agencies|departments|bodies|offices|organi[sz]ations)\b/;
/**
 * Words that only frame such a question (the plan, the part, giving work, naming, carrying out, "kể hết giúp"): any other word
 * names a topic, and the part's bodies for that topic are another question (left to the handlers that rank passages).
 */
const FRAME_WORDS = new Set(("ke hoach kh quyet dinh qd van ban chuong trinh muc phan dieu section part article plan decision document of the in and " +
  "giao viec nhiem vu trach cong phan chinh rieng cu the so nganh ban co quan to chuc don vi thuc hien trien khai thi hanh chiu dich danh neu ten ghi " +
  "nhac goi liet ke het ra du giup gium dum minh nhe nha luon toan bo tat ca deu cua nay trong do tai o la nao nhung cac gi duoc " +
  "which what departments agencies bodies offices organisations organizations does do is are named names name list all every assign assigns assigned " +
  "give gives given task tasks duties duty responsible responsibility carrying carry out implementation implementing implement charged with to for by " +
  "ubnd tinh uy nhan dan bao ve tre em child children protection lien quan").split(" "));

/** The part asked, as the plans write its path ("V", "IV.2", "Điều 2"); null when the question names none. */
function partAsked(folded: string): string | null {
  const article = ARTICLE_RE.exec(folded);
  if (article) return `Điều ${article[1]}`;
  const part = PART_RE.exec(folded);
  return part ? part[1]!.toUpperCase().replace(/ /g, ".") : null;
}

export function answerPartBodies(ctx: HandlerContext): Draft | null {
  const q = ctx.q;
  if (q.agencies.length > 0 || q.intent === "compare" || q.intent === "recommendation") return null;
  if (!(BODIES_ASKED_RE.test(q.folded) || LIST_AGENCIES_RE.test(q.folded) || asksSeveralBodies(q.folded))) return null;
  const path = partAsked(q.folded);
  if (!path) return null;
  const words = ctx.terms.flatMap((t) => t.split(" ")).filter((w) => !/\d/.test(w) && !/^[ivx]{1,4}$/.test(w));
  if (words.some((w) => !FRAME_WORDS.has(w))) return null;
  const inPart = (sectionPath: string) => sectionPath === path || sectionPath.startsWith(`${path}.`);
  const plans = ctx.plans.filter((p) => p.sections.some((s) => s.path === path) && p.assignments.some((a) => inPart(a.sectionPath)));
  if (plans.length === 0) return null;
  const d = emptyDraft();
  for (const plan of plans) describePart(ctx, plan, path, inPart, d);
  d.found = d.agencies.length > 0;
  d.confidence = 0.9;
  return d.found ? d : null;
}

function describePart(ctx: HandlerContext, plan: ParsedPlan, path: string, inPart: (p: string) => boolean, d: Draft): void {
  const section = plan.sections.find((s) => s.path === path)!;
  const assignments = plan.assignments.filter((a) => inPart(a.sectionPath));
  const names: string[] = [];
  for (const a of assignments) {
    const x = agencyOf(a, ctx.registry);
    if (!names.includes(x.name)) names.push(x.name);
    if (!d.agencies.some((g) => g.name === x.name && g.source?.plan === plan)) d.agencies.push({ ...x, role: a.role, source: { plan, sectionPath: a.sectionPath } });
  }
  const label = planLabel(plan, ctx.registry, ctx.lang);
  const where = path.startsWith("Điều") ? tr(ctx.lang, path, path.replace("Điều", "Article")) : tr(ctx.lang, `mục ${path}`, `section ${path}`);
  const heading = section.heading && !path.startsWith("Điều") ? ` (“${section.heading}”)` : "";
  d.lines.push(tr(ctx.lang, `${where}${heading} của ${label} nêu ${names.length} cơ quan, tổ chức: ${names.join("; ")}.`,
    `${where}${heading} of ${label} names ${names.length} bodies: ${names.join("; ")}.`));
  d.counts.push(names.length);
  // One line per body: the first line of the part that names it.
  const shownNames = new Set<string>();
  for (const a of assignments) {
    const name = agencyOf(a, ctx.registry).name;
    if (shownNames.has(name)) continue;
    shownNames.add(name);
    if (d.citations.some((c) => c.plan === plan && c.quote === a.quote)) continue;
    const at = a.sectionPath.startsWith("Điều") ? a.sectionPath : tr(ctx.lang, `mục ${a.sectionPath}`, `section ${a.sectionPath}`);
    d.lines.push(`— ${at}: ${shown(a.quote)}`);
    d.citations.push({ plan, section: a.sectionPath, quote: a.quote });
  }
}
