/**
 * "Cơ quan số 11 trong phần tổ chức thực hiện là cơ quan nào?", "which agency is number 10 in the implementation section?":
 * the question names an item of a plan's numbered list by its number. When the plan's numbering skips it (Huế's plan goes from
 * 9 to 12: the source elides items 10 and 11), the plan does not say who it is or what it is given: that is the answer, with
 * the gap, and nothing is filled in from a neighbouring item.
 */
import { emptyDraft, foldOnce, planLabel, tr, type Draft } from "./answer-composer.ts";
import type { HandlerContext } from "./intent-handlers.ts";

/** An item asked by its number: "cơ quan số 11", "mục 10", "đơn vị thứ 10", "agency no. 10", "number 10 in the ... section". */
const ITEM_NUMBER_RE = /\b(?:co quan|don vi|muc|nganh|stt|so thu tu)\s+(?:so |thu )?(\d{1,2})\b|\b(?:agency|department|body|item|entry|unit|point)\s+(?:number |no |#)?(\d{1,2})\b|\b(?:number|no) (\d{1,2}) (?:agency|item|entry|body|in)\b/;
/** The part of a plan that lists the bodies and their duties. */
const DUTY_PART_RE = /^(to chuc thuc hien|trach nhiem|phan cong)/;

/** A not-found answer naming the gap, or null when the question names no item number the chosen plan skips. */
export function answerMissingItem(ctx: HandlerContext): Draft | null {
  if (ctx.plans.length !== 1 || !/\d/.test(ctx.q.folded)) return null;
  const m = ITEM_NUMBER_RE.exec(ctx.q.folded);
  if (!m) return null;
  const n = Number(m[1] ?? m[2] ?? m[3]);
  const plan = ctx.plans[0]!;
  // The numbered parts with items after n but none numbered n; the list of bodies first.
  const parts = plan.sections.filter((s) => /^[IVX]+$/.test(s.path)).map((s) => {
    const items = plan.sections.map((c) => new RegExp(`^${s.path}\\.(\\d+)$`).exec(c.path)?.[1]).filter((x): x is string => !!x).map(Number);
    return { s, items };
  });
  // "Cơ quan số 9 là cơ quan nào?" of an item that is there: the body its heading names, with the item's opening words.
  const duty = parts.find((x) => DUTY_PART_RE.test(foldOnce(x.s.heading)));
  if (duty && duty.items.includes(n)) return BODY_ASKED_RE.test(ctx.q.folded) ? presentItem(ctx, `${duty.s.path}.${n}`) : null;
  const skipping = parts.filter((x) => x.items.some((i) => i > n) && !x.items.includes(n));
  const part = skipping.find((x) => DUTY_PART_RE.test(foldOnce(x.s.heading))) ?? (skipping.length === 1 ? skipping[0] : undefined);
  if (!part) return null;
  const below = part.items.filter((i) => i < n);
  if (below.length === 0) return null;
  const before = Math.max(...below);
  const after = Math.min(...part.items.filter((i) => i > n));
  const gap = plan.gaps.find((g) => g.kind === "elision" && (g.sectionPath ?? "").startsWith(`${part.s.path}.`));
  const d = emptyDraft();
  const label = planLabel(plan, ctx.registry, ctx.lang);
  d.lines.push(gap
    ? tr(ctx.lang, `${label} không có mục ${n} trong phần ${part.s.path} (${part.s.heading}): văn bản nguồn lược bỏ một đoạn sau mục ${before}, đánh số nhảy sang mục ${after}. Không rõ đó là cơ quan nào và được giao gì; không suy đoán.`,
      `${label} has no item ${n} in part ${part.s.path} (${part.s.heading}): the source elides a passage after item ${before}, and the numbering jumps to item ${after}. Which body it was and what it was given are not known; nothing is filled in.`)
    : tr(ctx.lang, `${label} không có mục ${n} trong phần ${part.s.path} (${part.s.heading}): đánh số từ mục ${before} sang mục ${after}.`,
      `${label} has no item ${n} in part ${part.s.path} (${part.s.heading}): the numbering goes from item ${before} to item ${after}.`));
  if (gap && plan.text.includes(gap.quote)) d.citations.push({ plan, section: gap.sectionPath ?? part.s.path, quote: gap.quote });
  d.settled = true;
  return d;
}

/** The item is asked as a body ("cơ quan số 9", "agency number 9"), not as a part of the text ("mục 9"). */
const BODY_ASKED_RE = /\b(co quan|don vi|nganh|agency|department|body|unit)\b/;

/** The body an item's heading opens with, and the item's own first line, quoted; null when the heading names no body. */
function presentItem(ctx: HandlerContext, path: string): Draft | null {
  const plan = ctx.plans[0]!;
  const section = plan.sections.find((s) => s.path === path);
  if (!section) return null;
  const h = ctx.registry.findAgencies(section.heading).sort((a, b) => a.start - b.start)[0];
  if (!h || h.start > 0) return null;
  // A heading alone ("3. Sở Y tế:") says nothing of the duties: the item's next line is quoted with it.
  const lines = section.text.split("\n").map((l) => l.trim()).filter((l) => l.length > 0 && plan.text.includes(l));
  const shown = lines[0] && lines[0].length < 40 ? lines.slice(0, 2) : lines.slice(0, 1);
  if (shown.length === 0) return null;
  const d = emptyDraft();
  const label = planLabel(plan, ctx.registry, ctx.lang);
  d.lines.push(tr(ctx.lang, `Theo ${label}, mục ${path}: ${h.agency.name}.`, `Under ${label}, item ${path} is ${h.agency.name} (${h.agency.english}).`));
  for (const line of shown) {
    d.lines.push(tr(ctx.lang, `Trích: “${line}”`, `The plan says: “${line}”`));
    d.citations.push({ plan, section: path, quote: line });
  }
  d.agencies.push({ agency: h.agency, name: h.agency.name, role: "responsible", source: { plan, sectionPath: path } });
  d.found = true;
  d.confidence = 0.8;
  return d;
}
