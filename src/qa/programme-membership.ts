/**
 * Where a named body sits among the programmes of a plan, asked from the body's side:
 * "Chương trình nào ghi Hội LHPN là đơn vị phối hợp, và ai chủ trì?", "Cục Thống kê có tham gia
 * không, ở phần nào?", "Liệt kê các cơ quan phối hợp với Sở Tư pháp trong Chương trình 4".
 * Each programme the body is assigned to answers with everyone it assigns, its lead first.
 */
import type { Task } from "../kb/types.ts";
import { emptyDraft, type Draft } from "./answer-composer.ts";
import { describeGroup, type AssignmentGroup, type HandlerContext } from "./intent-handlers.ts";

/** Asks where: which programme, which part of the plan. */
const WHERE_RE = /\b(chuong trinh nao|nhung chuong trinh|cac chuong trinh nao|o phan nao|phan nao|muc nao|o muc nao|which (programmes?|programs?|parts?|sections?)|what (programmes?|programs?|parts?|sections?)|where in)\b/;
/** Asks in what capacity a body is there. */
const TAKES_PART_RE = /\b(phoi hop|tham gia|co mat|co ten|duoc giao|coordinat\w*|take part|takes part|involved|participat\w*|role)\b/;
/** Asks for the list of a programme's bodies. */
const LISTS_BODIES_RE = /\b(liet ke|co quan nao|nhung co quan|cac co quan|don vi nao|nhung don vi|cac don vi|which (bodies|agencies|departments)|list)\b/;
const PROGRAMME_NUMBER_RE = /\b(?:chuong trinh|programme|program)\s*(?:so\s*|no\.?\s*|number\s*)?(\d{1,2})\b/;
const MAX_PROGRAMMES = 4;

export function answerProgrammeMembership(ctx: HandlerContext): Draft | null {
  const agency = ctx.q.agencies[0];
  if (!agency || ctx.q.officeHolder) return null;
  const f = ctx.q.folded;
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
