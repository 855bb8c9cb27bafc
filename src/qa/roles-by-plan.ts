/**
 * "Kế hoạch nào giao Sở KH&ĐT chủ trì, kế hoạch nào chỉ cho phối hợp?": one body's part in each
 * plan, leading or only coordinating, read from its own duty items ("Chủ trì, phối hợp ...",
 * "Phối hợp với ...") and the programmes it is assigned to; each plan's first item quoted.
 */
import type { ParsedPlan, Role } from "../kb/types.ts";
import { emptyDraft, planLabel, tr, type Draft } from "./answer-composer.ts";
import type { HandlerContext } from "./intent-handlers.ts";

const WHICH_PLANS_RE = /\b(ke hoach nao|tinh nao|quyet dinh nao|which (plans?|provinces?|decisions?))\b/;
const LEADS_RE = /\b(chu tri|lead|leads|in charge)\b/;
const COORDINATES_RE = /\b(phoi hop|coordinat\w*|support\w*)\b/;

type Part = "lead" | "coordinate";

function partOf(role: Role, quote: string): Part | null {
  if (role === "lead") return "lead";
  if (role === "coordinate") return "coordinate";
  const start = quote.replace(/^[-–+*\s]+/u, "");
  if (/^chủ trì/iu.test(start)) return "lead";
  if (/^phối hợp/iu.test(start)) return "coordinate";
  return null;
}

export function answerRolesByPlan(ctx: HandlerContext, all: ParsedPlan[]): Draft | null {
  const f = ctx.q.folded;
  const agency = ctx.q.agencies[0];
  if (!agency || ctx.q.agencies.length > 1 || !WHICH_PLANS_RE.test(f) || !LEADS_RE.test(f) || !COORDINATES_RE.test(f)) return null;
  const plans = ctx.q.provinces.length > 0 ? ctx.plans : all;
  const d = emptyDraft();
  for (const plan of plans) {
    const mine = plan.assignments.filter((a) => a.agencyId === agency.id);
    const parts = mine.map((a) => ({ a, part: partOf(a.role, a.quote) }));
    if (parts.length === 0) continue;
    const leads = parts.find((x) => x.part === "lead");
    // "Chỉ phối hợp" only when every item of the body's is a coordinating one; an item of its own otherwise.
    const own = parts.find((x) => x.part === null);
    const shown = leads ?? own ?? parts[0]!;
    const word = leads ? tr(ctx.lang, "chủ trì", "leads") : own ? tr(ctx.lang, "được giao (không ghi chủ trì)", "is given a duty (not named as lead)")
      : tr(ctx.lang, "chỉ phối hợp", "only coordinates");
    d.lines.push(tr(ctx.lang, `— ${planLabel(plan, ctx.registry, ctx.lang)}, mục ${shown.a.sectionPath}: ${agency.name} ${word}: “${shown.a.quote}”`,
      `— ${planLabel(plan, ctx.registry, ctx.lang)}, section ${shown.a.sectionPath}: ${agency.name} ${word}: “${shown.a.quote}”`));
    d.citations.push({ plan, section: shown.a.sectionPath, quote: shown.a.quote });
    d.agencies.push({ agency, name: agency.name, role: leads ? "lead" : own ? "responsible" : "coordinate", source: { plan, sectionPath: shown.a.sectionPath } });
  }
  if (d.citations.length < 2) return null;
  d.found = true;
  d.confidence = 0.9;
  return d;
}
