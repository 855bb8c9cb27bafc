/**
 * "Sở LĐTBXH phối hợp với những cơ quan truyền thông nào để ...?", "who does the labour department work with on the database?":
 * the bodies a plan names beside the body asked, in the clause about what is asked, quoted; both where the body leads
 * ("X chủ trì, phối hợp với A, B") and where it works with another's task ("A: chủ trì, phối hợp với X").
 *
 * A clause the plan ends on a list cut by the parser ("phối hợp với các cơ quan truyền thông như Báo Đắk Lắk; Đài Phát thanh –
 * Truyền hình tỉnh đẩy mạnh ...") is read with the clause after it, as the plan writes them, so the list is whole.
 */
import type { Agency, Assignment, ParsedPlan, Task } from "../kb/types.ts";
import { foldKey } from "../core/vietnamese-text.ts";
import { emptyDraft, planLabel, tr, type Draft } from "./answer-composer.ts";
import { agencyOf, shown, type HandlerContext } from "./intent-handlers.ts";
import { memoByPlan, memoByText } from "./memo.ts";
import type { QaRegistry } from "./answer-types.ts";

/**
 * The partners of a body asked as a list: "phối hợp với (những) cơ quan / sở / đơn vị / báo, đài ... nào", "phối hợp với ai",
 * "cùng những tờ báo, đài nào", "which bodies / media does X work with", "who does X work with".
 */
const PARTNERS_LIST_ASKED_RE = new RegExp([
  String.raw`\b(phoi hop|cung|lam viec|hop tac)( voi)?( (nhung|cac))?( (co quan|don vi|so|nganh|to chuc|ben|to bao|bao|dai|ai))( \w+){0,4} nao\b`,
  String.raw`\b(phoi hop|lam viec|hop tac) (voi|cung) ai\b`,
  String.raw`\b(which|what)( \w+){0,4} (does|do|did|should|must|will)( \w+){1,8} (work|works|coordinate|coordinates|cooperate|cooperates|partner|team up) with\b`,
  String.raw`\bwho (does|do|did|should|must|will)( \w+){1,8} (work|coordinate|cooperate|partner) with\b`,
  String.raw`\bwith (whom|which (bodies|agencies|departments|media|organi[sz]ations|outlets))\b`,
].join("|"));

/** Words that ask for partners or name the body's kind, not what the work is about. */
const ASKING_WORDS = new Set(["phoi", "hop", "voi", "cung", "nhung", "cac", "co", "quan", "don", "vi", "so", "nganh", "to", "chuc", "ben", "nao",
  "ai", "lam", "viec", "tac", "de", "theo", "trong", "ve", "ke", "hoach", "quyet", "dinh", "kh", "qd", "tinh", "work", "works", "with", "which",
  "what", "who", "whom", "does", "do", "coordinate", "coordinates", "cooperate", "partner", "bodies", "agencies", "departments", "on", "the",
  "in", "to", "of", "for", "plan", "decision", "department", "tre", "em", "bao", "dai", "media", "outlets"]);

/** A clause read for its partners: the body's role there, the words the plan writes, and the bodies named with it. */
interface PartnerClause {
  plan: ParsedPlan;
  sectionPath: string;
  quote: string;
  role: Assignment["role"];
  lead: Assignment | null;
  partners: Array<{ agency: Agency | null; name: string; role: Assignment["role"]; at: number }>;
  coverage: number;
}

/** Where the clause names a body as written; a body it does not write (the item's own heading) after those it does. */
const at = (quote: string, written: string): number => {
  const i = quote.indexOf(written.trim());
  return i < 0 ? quote.length : i;
};

/** The folded words of a clause of the plan (with its task's title), once per text. */
const clauseWords = memoByText((text: string): ReadonlySet<string> => new Set(foldKey(text).split(" ")));

/** Share of the topic's words the clause (with its task's title) holds. */
function topicShare(topic: readonly string[], text: string): number {
  const words = clauseWords(text);
  return topic.filter((t) => t.split(" ").every((w) => words.has(w))).length / topic.length;
}

export function answerNamedPartners(ctx: HandlerContext): Draft | null {
  const q = ctx.q;
  if (q.agencies.length === 0 || !PARTNERS_LIST_ASKED_RE.test(q.folded)) return null;
  const body = q.agencies[0]!;
  const own = new Set([body.name, ...body.aliases, body.english].flatMap((n) => foldKey(n).split(" ")));
  const topic = ctx.terms.filter((t) => !t.split(" ").every((w) => ASKING_WORDS.has(w) || own.has(w)));
  if (topic.length === 0) return null;
  const clauses: PartnerClause[] = [];
  const unpartnered: Array<{ plan: ParsedPlan; sectionPath: string; quote: string; named: number; coverage: number }> = [];
  for (const plan of ctx.plans) {
    // The clauses are the plan's and the body's alone: read once, only their share of the question's topic is weighed here.
    for (const c of clausesOf(ctx.registry, plan, body)) {
      const coverage = topicShare(topic, c.text);
      if (c.partners.length === 0) unpartnered.push({ plan, sectionPath: c.sectionPath, quote: c.quote, named: c.named, coverage });
      else clauses.push({ plan, sectionPath: c.sectionPath, quote: c.quote, role: c.role, lead: c.lead, partners: c.partners, coverage });
    }
  }
  // "báo, đài nào", "cơ quan truyền thông nào", "which media": the press and broadcasters are the partners asked; the clauses naming
  // them answer, when any does.
  let minShare = MIN_SHARE;
  if (MEDIA_ASKED_RE.test(q.folded)) {
    const media = clauses.filter((c) => c.partners.some((p) => MEDIA_NAME_RE.test(foldKey(p.name))));
    // The kind of partner asked already says which clause; the work may be put in other words ("tuyên truyền" for "truyền thông").
    if (media.length > 0) {
      clauses.splice(0, clauses.length, ...media);
      minShare = MEDIA_MIN_SHARE;
    } else if (MEDIA_PARTNER_ASKED_RE.test(q.folded)) {
      // The plan names no newspaper or station with the body: said so, with the clause about the work quoted, never other bodies.
      const about = [...clauses, ...unpartnered].filter((c) => MEDIA_WORDS_RE.test(foldKey(c.quote))).sort((a, b) => b.coverage - a.coverage)[0];
      if (!about || about.coverage < MEDIA_MIN_SHARE) return null;
      const d = emptyDraft();
      const name = ctx.lang === "en" ? `${body.name} (${body.english})` : body.name;
      const label = planLabel(about.plan, ctx.registry, ctx.lang);
      d.lines.push(tr(ctx.lang,
        `Theo ${label}, mục ${about.sectionPath}, kế hoạch không nêu tên tờ báo hay đài nào ${name} phối hợp. Trích kế hoạch: ${shown(about.quote)}`,
        `${label}, section ${about.sectionPath}, does not name any newspaper or station ${name} works with. The plan says: ${shown(about.quote)}`));
      d.citations.push({ plan: about.plan, section: about.sectionPath, quote: about.quote });
      d.settled = true;
      return d;
    }
  }
  clauses.sort((a, b) => b.coverage - a.coverage);
  const best = clauses[0];
  if (!best || best.coverage < minShare) return null;
  // A clause of the body naming other bodies, none as partners, is about the work asked more than any naming one ("báo cáo kết quả ... Ủy ban nhân dân
  // tỉnh"): the plan gives the body that work alone, which the general answer says.
  if (unpartnered.some((u) => u.named > 0 && u.coverage > best.coverage)) return null;
  // Clauses about the work asked nearly as well are answers too ("phối hợp với ... Báo, Đài" and the department leading the media's
  // guidance with it): the body's own first. More than a few is a question too vague for a list of partners.
  const near = clauses.filter((c) => c.coverage >= best.coverage - NEAR_SHARE);
  if (near.length > MAX_CLAUSES) return null;
  const leads = (c: PartnerClause) => c.role === "lead" || c.role === "responsible";
  near.sort((a, b) => Number(leads(b)) - Number(leads(a)));
  const d = emptyDraft();
  const name = ctx.lang === "en" ? `${body.name} (${body.english})` : body.name;
  const seen = new Set<string>();
  for (const c of near) {
    const names = c.partners.map((p) => p.name);
    const leadName = !leads(c) && c.lead ? agencyOf(c.lead, ctx.registry).name : null;
    const label = planLabel(c.plan, ctx.registry, ctx.lang);
    d.lines.push(tr(ctx.lang,
      `Theo ${label}, mục ${c.sectionPath}, ${name} ${leadsAsWritten(c) ? "chủ trì, " : ""}phối hợp với: ${names.join(", ")}${leadName ? ` (${leadName} chủ trì)` : ""}. Trích kế hoạch: ${shown(c.quote)}`,
      `Under ${label}, section ${c.sectionPath}, ${name} ${leadsAsWritten(c) ? "leads, working" : "works"} with: ${names.join(", ")}${leadName ? ` (led by ${leadName})` : ""}. The plan says: ${shown(c.quote)}`));
    d.citations.push({ plan: c.plan, section: c.sectionPath, quote: c.quote });
    const source = { plan: c.plan, sectionPath: c.sectionPath };
    // The body the answer is about first where it leads; where it works with another's task, the one leading it first.
    const partnerLeads = leads(c) ? [] : c.partners.filter((p) => p.role === "lead" || p.role === "responsible");
    const ordered = [...partnerLeads.map((p) => ({ agency: p.agency, name: p.name, role: p.role })),
      { agency: body as Agency | null, name: body.name, role: leads(c) ? c.role : "coordinate" as const },
      ...c.partners.filter((p) => !partnerLeads.includes(p)).map((p) => ({ agency: p.agency, name: p.name, role: "coordinate" as const }))];
    for (const x of ordered) {
      const key = `${x.name}|${x.role}`;
      if (seen.has(key)) continue;
      seen.add(key);
      d.agencies.push({ ...x, source });
    }
  }
  d.found = true;
  d.confidence = best.coverage;
  return d;
}

/** A clause of a plan naming a body, read for its partners: what `answerNamedPartners` weighs against the question's topic. */
interface BodyClause {
  sectionPath: string;
  quote: string;
  role: Assignment["role"];
  lead: Assignment | null;
  /** The partners, in the order the plan names them; none when the clause names bodies but no partner. */
  partners: PartnerClause["partners"];
  /** How many bodies the clause names beside the body. */
  named: number;
  /** The clause with its task's title, the words the topic is sought in. */
  text: string;
}

/** A plan's tasks by id and its assignments by task, in the plan's order, once per plan. */
const tasksOf = memoByPlan((plan) => {
  const tasks = new Map<string, Task>(plan.tasks.map((t) => [t.id, t]));
  const byTask = new Map<string, Assignment[]>();
  for (const a of plan.assignments) if (a.taskId) byTask.set(a.taskId, [...(byTask.get(a.taskId) ?? []), a]);
  return { tasks, byTask, taskIds: [...byTask.keys()] };
});

/** The clauses of a plan naming a body, once per registry, plan and body (nothing of the question is in them). */
const bodyClauses = new WeakMap<QaRegistry, WeakMap<ParsedPlan, Map<string, BodyClause[]>>>();
function clausesOf(registry: QaRegistry, plan: ParsedPlan, body: Agency): BodyClause[] {
  let byPlan = bodyClauses.get(registry);
  if (!byPlan) bodyClauses.set(registry, (byPlan = new WeakMap()));
  let byBody = byPlan.get(plan);
  if (!byBody) byPlan.set(plan, (byBody = new Map()));
  let read = byBody.get(body.id);
  if (!read) byBody.set(body.id, (read = readClauses(registry, plan, body)));
  return read;
}

function readClauses(registry: QaRegistry, plan: ParsedPlan, body: Agency): BodyClause[] {
  const out: BodyClause[] = [];
  const { tasks, byTask, taskIds } = tasksOf(plan);
  const joinedOn = new Set<string>();
  for (const [taskId, all] of byTask) {
    const mine = all.find((a) => a.agencyId === body.id);
    if (!mine || joinedOn.has(taskId) || /^Điều \d+/u.test(mine.sectionPath)) continue;
    let quote = mine.quote;
    let others = all.filter((a) => a.agencyId !== body.id);
    // The clause ends on a list the next clause carries on ("... như Báo Đắk Lắk; Đài Phát thanh – Truyền hình tỉnh đẩy mạnh ..."):
    // the next task of the same part, which the parser gave another body with this one working with it, joined as written.
    const next = byTask.get(taskIds[taskIds.indexOf(taskId) + 1] ?? "");
    const nextQuote = next?.[0]?.quote;
    if (next && nextQuote && /\bphoi hop\b/.test(foldKey(quote)) && next.some((a) => a.agencyId === body.id && a.role === "coordinate")
      && next[0]!.sectionPath === mine.sectionPath) {
      const joined = [`${quote}; ${nextQuote}`, `${quote}, ${nextQuote}`, `${quote} ${nextQuote}`].find((j) => plan.text.includes(j));
      if (joined) {
        quote = joined;
        joinedOn.add(taskIds[taskIds.indexOf(taskId) + 1]!);
        others = [...others, ...next.filter((a) => a.agencyId !== body.id)];
      }
    }
    const partners = new Map<string, PartnerClause["partners"][number]>();
    for (const a of others) {
      const { agency, name } = agencyOf(a, registry);
      partners.set(agency?.id ?? name, { agency, name, role: a.role === "lead" || a.role === "responsible" ? a.role : "coordinate", at: at(quote, a.agencyAsWritten) });
    }
    // Bodies the clause names that the plan gives no part of their own ("như Báo Đắk Lắk"), shown in the plan's words too when
    // the registry names them otherwise ("Báo tỉnh (Báo Đắk Lắk)").
    const hits = registry.findAgencies(quote);
    for (const hit of hits) {
      const id = hit.agency.id;
      if (id === body.id || partners.has(id)) continue;
      const written = hit.matched.trim();
      const name = foldKey(written) === foldKey(hit.agency.name) || foldKey(hit.agency.name).includes(foldKey(written)) ? hit.agency.name : `${hit.agency.name} (${written})`;
      partners.set(id, { agency: hit.agency, name, role: "coordinate", at: hit.start });
    }
    // Only the bodies written after "phối hợp (với)" / "cùng" / "hợp tác" are partners: not the authors of a decision the clause
    // cites, the body it reports to, one it directs or funds, nor those holding the clause beside it. The body leading another's task
    // stays where the body asked only works with it.
    const spans = partnerSpans(quote, hits);
    const asked = mine.role === "lead" || mine.role === "responsible";
    const task = tasks.get(taskId);
    // An appendix row gives its partners in their own column, with no "phối hợp" written.
    const named = partners.size;
    if (task?.kind !== "recommendation") for (const [id, p] of partners) {
      const leadsIt = !asked && (p.role === "lead" || p.role === "responsible") && others.some((a) => (agencyOf(a, registry).agency?.id ?? agencyOf(a, registry).name) === id);
      if (!leadsIt && !spans.some(([from, to]) => p.at >= from && p.at < to)) partners.delete(id);
    }
    const text = `${quote} ${task?.title ?? ""}`;
    if (partners.size === 0) {
      out.push({ sectionPath: mine.sectionPath, quote, role: mine.role, lead: null, partners: [], named, text });
      continue;
    }
    const lead = all.find((a) => a.role === "lead" || a.role === "responsible") ?? null;
    // In the order the plan names them.
    out.push({ sectionPath: mine.sectionPath, quote, role: mine.role, lead, partners: [...partners.values()].sort((x, y) => x.at - y.at), named, text });
  }
  return out;
}

/** The press and broadcasters asked as the partners: "(tờ) báo nào", "đài nào", "báo, đài", "cơ quan truyền thông/báo chí nào", "media". */
const MEDIA_ASKED_RE = /\b(to bao|bao chi|bao,? dai|(co quan|don vi) (truyen thong|bao chi)|media|press|newspapers?|radio|television|broadcasters?)\b|\b(bao|dai)( \w+){0,2} nao\b/;
/** A body of the press or broadcasting by its name ("Báo tỉnh (Báo Đắk Lắk)", "Đài Phát thanh - Truyền hình tỉnh"). */
const MEDIA_NAME_RE = /^(bao|dai) |\b(phat thanh|truyen hinh|bao chi)\b/;

/** Share of the work's words a clause must hold to answer; clauses within NEAR_SHARE of the best answer with it, at most MAX_CLAUSES. */
const MIN_SHARE = 0.6;
/** The same share when the partners asked are the press or broadcasters and a clause names them. */
const MEDIA_MIN_SHARE = 0.3;
const NEAR_SHARE = 0.15;
const MAX_CLAUSES = 3;

/** The body leads the clause: its role is the lead, or it is responsible and the clause says "chủ trì". */
const leadsAsWritten = (c: PartnerClause): boolean => c.role === "lead" || (c.role === "responsible" && /\bchu tri\b/.test(foldKey(c.quote)));

/** The press itself is the partner asked ("báo, đài nào", "những tờ báo nào", "which newspapers"), not the work's object. */
const MEDIA_PARTNER_ASKED_RE = /\b(to bao|bao chi|bao,? dai|bao|dai|(co quan|don vi) (truyen thong|bao chi))( \w+){0,2} nao\b|\b(which|what) (media|press|newspapers?|radio|broadcasters?)\b/;

/** The press and broadcasting named in a clause as a kind ("các cơ quan đài, báo", "phương tiện thông tin đại chúng"), not a body's name. */
const MEDIA_WORDS_RE = /\b(dai,? bao|bao,? dai|bao chi|thong tin dai chung|(co quan|don vi) truyen thong)\b/;

/** Where partners are written: after "phối hợp (với)", "cùng (với)", "hợp tác (với)". */
const PARTNER_WORD_RE = /\b(phoi hop( voi| cung)?|cung voi|cung|hop tac( voi)?)\b/g;
/** What ends the partners: a verb of the work, "để", "nhằm", "trong", a full stop. */
const PARTNER_END_RE = /[.:]|\b(de|nham|trong|tai|ve|theo|day manh|chi dao|huong dan|bao cao|trien khai|thuc hien|tham muu|de xuat|kiem tra|thanh tra|xay dung|theo doi|giam sat|tong hop|dam bao|cung cap|tuyen truyen|ra soat|danh gia|nghien cuu|hoan thien|bo tri|quan ly|ho tro|dieu tra|xu ly|tiep nhan|don doc|to chuc(?! chinh tri| xa hoi| doan the| lien quan)|phat hien|can thiep|long ghep|van dong|giao duc|day|tiep tuc)\b/g;

/** A string folded letter by letter, so positions in it are positions in the original. */
const foldAligned = (s: string): string => [...s].map((ch) => {
  const f = foldKey(ch);
  return f.length === 1 ? f : " ";
}).join("");

/**
 * The spans of the clause that name its partners: from each "phối hợp (với)" / "cùng" / "hợp tác" to the next verb of the work
 * or ";" (a ";" followed by another body carries the list on: "Báo Đắk Lắk; Đài Phát thanh – Truyền hình tỉnh").
 */
function partnerSpans(quote: string, hits: ReturnType<QaRegistry["findAgencies"]>): Array<[number, number]> {
  const f = foldAligned(quote);
  const bodiesAt = new Set(hits.map((h) => h.start));
  // A body's own name holds such words ("Sở Giáo dục", "Sở Thông tin và Truyền thông"): they end nothing.
  const inName = (i: number) => hits.some((h) => i >= h.start && i < h.start + h.matched.length);
  const spans: Array<[number, number]> = [];
  for (const m of f.matchAll(PARTNER_WORD_RE)) {
    const from = m.index + m[0].length;
    let to = quote.length;
    PARTNER_END_RE.lastIndex = from;
    for (let verb = PARTNER_END_RE.exec(f); verb; verb = PARTNER_END_RE.exec(f)) {
      if (inName(verb.index)) continue;
      to = verb.index;
      break;
    }
    for (let i = f.indexOf(";", from); i >= 0 && i < to; i = f.indexOf(";", i + 1)) {
      const next = i + 1 + (f.slice(i + 1).length - f.slice(i + 1).trimStart().length);
      if (!bodiesAt.has(next)) {
        to = i;
        break;
      }
    }
    spans.push([from, to]);
  }
  return spans;
}
