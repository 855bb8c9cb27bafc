/**
 * Where a named body sits among the programmes of a plan, asked from the body's side:
 * "Chương trình nào ghi Hội LHPN là đơn vị phối hợp, và ai chủ trì?", "Cục Thống kê có tham gia
 * không, ở phần nào?", "Liệt kê các cơ quan phối hợp với Sở Tư pháp trong Chương trình 4".
 * Each programme the body is assigned to answers with everyone it assigns, its lead first.
 */
import type { Agency, Assignment, ParsedPlan, Task } from "../kb/types.ts";
import { agencyLabel, emptyDraft, planLabel, tr, vnDate, type Draft } from "./answer-composer.ts";
import { agencyOf, describeGroup, predecessorsOf, shown, type AssignmentGroup, type HandlerContext } from "./intent-handlers.ts";

/** Asks where: which programme, which part of the plan. */
const WHERE_RE = /\b(chuong trinh nao|nhung chuong trinh|cac chuong trinh nao|o phan nao|phan nao|muc nao|o muc nao|which (programmes?|programs?|parts?|sections?)|what (programmes?|programs?|parts?|sections?)|where in)\b/;
/** Asks in what capacity a body is there. */
const TAKES_PART_RE = /\b(phoi hop|tham gia|co mat|co ten|duoc giao|coordinat\w*|take part|takes part|involved|participat\w*|role)\b/;
/** Asks for the list of a programme's bodies. */
const LISTS_BODIES_RE = /\b(liet ke|co quan nao|nhung co quan|cac co quan|don vi nao|nhung don vi|cac don vi|which (bodies|agencies|departments)|list)\b/;
const PROGRAMME_NUMBER_RE = /\b(?:chuong trinh|programme|program)\s*(?:so\s*|no\.?\s*|number\s*)?(\d{1,2})\b/;
const MAX_PROGRAMMES = 4;

/**
 * Asks whether a body leads or only coordinates: "có chủ trì chương trình nào không hay chỉ phối hợp", "does it lead any of the
 * programmes, or only coordinate?".
 */
const LEADS_OR_COORDINATES_RE = /\bchu tri\b.*\b(hay|hoac)( la)?( chi)? phoi hop\b|\bleads?\b.*\bor\b.*\b(only|just|merely)? ?(coordinat\w*|supports?|assists?)\b/;

interface ProgrammeSeat { plan: ParsedPlan; task: Task; assignment: Assignment }

/** The numbered programmes of the plans where the body is assigned, each with its seat. */
function seatsOf(ctx: HandlerContext, agency: Agency): ProgrammeSeat[] {
  const seats: ProgrammeSeat[] = [];
  for (const plan of ctx.plans) {
    for (const a of plan.assignments) {
      const task = a.agencyId === agency.id && a.taskId ? plan.tasks.find((t) => t.id === a.taskId) : undefined;
      if (task?.kind === "programme" && !seats.some((s) => s.task === task)) seats.push({ plan, task, assignment: a });
    }
  }
  return seats;
}

/** "Chương trình 3 (Sở LĐTBXH chủ trì)": a programme by its number, with its lead when another body leads it. */
function programmeWithLead(ctx: HandlerContext, s: ProgrammeSeat): string {
  const lead = s.plan.assignments.find((a) => a.taskId === s.task.id && a.role === "lead");
  const who = lead ? agencyOf(lead, ctx.registry) : null;
  const num = s.task.number ?? s.task.title;
  return who ? tr(ctx.lang, `Chương trình ${num} (${who.name} chủ trì)`, `programme ${num} (led by ${who.name})`) : tr(ctx.lang, `Chương trình ${num}`, `programme ${num}`);
}

/**
 * "Công an tỉnh có chủ trì chương trình nào không hay chỉ phối hợp?": yes or no first, the programmes it leads and those it only
 * coordinates (each with the body that leads it), then the body's own duty item of the plan, and each programme's bodies.
 * The body asked is the one the answer is about: first, as the lead of what it leads or as responsible for its own duties.
 */
function answerLeadsOrCoordinates(ctx: HandlerContext, agency: Agency): Draft | null {
  const seats = seatsOf(ctx, agency);
  const plan = seats[0]?.plan;
  if (!plan || seats.some((s) => s.plan !== plan)) return null;
  const led = seats.filter((s) => s.assignment.role === "lead");
  const other = seats.filter((s) => s.assignment.role !== "lead");
  const name = agencyLabel(agency, agency.name, ctx.lang);
  const label = planLabel(plan, ctx.registry, ctx.lang);
  const list = (xs: ProgrammeSeat[], withLead: boolean) => xs.map((s) => (withLead ? programmeWithLead(ctx, s) : tr(ctx.lang, `Chương trình ${s.task.number} (“${s.task.title}”)`, `programme ${s.task.number} (“${s.task.title}”)`))).join(tr(ctx.lang, "; ", "; "));
  const d = emptyDraft();
  const alsoOther = other.length ? tr(ctx.lang, `; phối hợp trong ${list(other, true)}`, `; it coordinates ${list(other, true)}`) : "";
  d.lines.push(led.length
    ? tr(ctx.lang, `Có. Theo ${label}, ${name} chủ trì ${list(led, false)}${alsoOther}.`, `Yes. Under ${label}, ${name} leads ${list(led, false)}${alsoOther}.`)
    : tr(ctx.lang, `Không. Theo ${label}, ${name} không chủ trì chương trình nào; ${name} chỉ phối hợp trong ${list(other, true)}.`,
      `No. Under ${label}, ${name} leads none of the programmes; it only coordinates ${list(other, true)}.`));
  for (const s of led) d.agencies.push({ agency, name: agency.name, role: "lead", source: { plan, sectionPath: s.assignment.sectionPath } });
  // "Sở Y tế ... chủ trì chương trình nào?": the programmes the body it took the child duties over from leads are its leads today.
  for (const p of predecessorsOf({ registry: ctx.registry, plans: [plan] }, agency).filter((x) => !x.portion)) {
    const theirs = plan.tasks.filter((t) => t.kind === "programme" && !led.some((s) => s.task === t)
      && plan.assignments.some((a) => a.taskId === t.id && a.agencyId === p.from.id && a.role === "lead"));
    if (theirs.length === 0) continue;
    const nums = theirs.map((t) => t.number ?? t.title).join(", ");
    const basis = p.legalBasis.replace(/\s*\(.*\)\s*$/, "");
    d.lines.push(tr(ctx.lang,
      `Nay (sắp xếp 2025): từ ngày ${vnDate(p.effective)} (${basis}), ${name} kế thừa nhiệm vụ về trẻ em của ${p.from.name}, nên nay giữ phần chủ trì kế hoạch giao cho ${p.from.name}: Chương trình ${nums}.`,
      `Today (2025 reorganisation): since ${p.effective} (${basis}), ${name} has held the child-protection duties of ${agencyLabel(p.from, p.from.name, ctx.lang)}, so it now holds the leads the plan gave that body: programmes ${nums}.`));
  }
  const own = plan.assignments.find((a) => a.agencyId === agency.id && a.role !== "coordinate" && plan.tasks.find((t) => t.id === a.taskId)?.kind === "duty");
  if (own) {
    d.lines.push(tr(ctx.lang, `Nhiệm vụ riêng của ${name} (mục ${own.sectionPath}): ${shown(own.quote)}`, `${name}'s own duties (section ${own.sectionPath}): ${shown(own.quote)}`));
    d.agencies.push({ agency, name: agency.name, role: own.role, source: { plan, sectionPath: own.sectionPath } });
    d.citations.push({ plan, section: own.sectionPath, quote: own.quote });
  }
  for (const s of seats.slice(0, MAX_PROGRAMMES)) {
    const passage = ctx.index.byAssignment.get(s.assignment);
    const g = passage ? ctx.groupOf(passage) : null;
    if (!g) continue;
    const one = describeGroup(ctx, g, null, 0.9);
    d.lines.push(...one.lines);
    d.agencies.push(...one.agencies);
    d.citations.push(...one.citations);
  }
  d.found = true;
  d.confidence = 0.9;
  return d;
}

export function answerProgrammeMembership(ctx: HandlerContext): Draft | null {
  const agency = ctx.q.agencies[0];
  if (!agency || ctx.q.officeHolder) return null;
  const f = ctx.q.folded;
  if (LEADS_OR_COORDINATES_RE.test(f)) {
    const either = answerLeadsOrCoordinates(ctx, agency);
    if (either) return either;
  }
  const number = PROGRAMME_NUMBER_RE.exec(f)?.[1] ?? null;
  const where = WHERE_RE.test(f) && TAKES_PART_RE.test(f);
  const listed = number !== null && LISTS_BODIES_RE.test(f) && /\b(phoi hop|coordinat\w*)\b/.test(f);
  if (!where && !listed) return null;
  const coordinating = /\b(phoi hop|coordinat\w*)\b/.test(f);
  const groups: AssignmentGroup[] = [];
  for (const plan of ctx.plans) {
    for (const a of plan.assignments) {
      if (a.agencyId !== agency.id || !a.taskId) continue;
      const task: Task | undefined = plan.tasks.find((t) => t.id === a.taskId);
      if (!task || task.kind !== "programme" || (number !== null && task.number !== number)) continue;
      if (where && coordinating && a.role !== "coordinate") continue;
      const passage = ctx.index.byAssignment.get(a);
      const g = passage ? ctx.groupOf(passage) : null;
      if (g && g.assignments.length > 1 && !groups.some((x) => x.key === g.key)) groups.push(g);
    }
  }
  if (groups.length === 0) return null;
  const d = emptyDraft();
  for (const g of groups.slice(0, MAX_PROGRAMMES)) {
    const one = describeGroup(ctx, g, null, 0.9);
    d.lines.push(...one.lines);
    d.agencies.push(...one.agencies);
    d.citations.push(...one.citations);
  }
  d.found = d.agencies.length > 0;
  d.confidence = 0.9;
  return d;
}
