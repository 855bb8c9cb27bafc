/**
 * "Theo KH 1979 thì Công an tỉnh phải làm gì?" of a plan that gives the body nothing: the answer "the plan does not assign it" is
 * shown with the part of the plan that says who does what ("IV. Tổ chức thực hiện"), its heading quoted as written, and the bodies
 * that part names, so the reader can check the claim against the plan itself.
 */
import { foldKey } from "../core/vietnamese-text.ts";
import type { ParsedPlan, Section } from "../kb/types.ts";
import type { QaRegistry } from "./answer-types.ts";
import { agenciesIn, tr, type Draft } from "./answer-composer.ts";
import type { Language } from "./answer-types.ts";

/** The heading of a plan's part that gives out the work ("Tổ chức thực hiện", "Trách nhiệm thực hiện", "Phân công"). */
const DUTY_PART_RE = /\b(to chuc thuc hien|trach nhiem (thuc hien|cua cac)|phan cong (thuc hien|nhiem vu))\b/;

const isTopLevel = (s: Section) => !s.path.includes(".");
const under = (path: string, s: string) => s === path || s.startsWith(`${path}.`);

/**
 * The top-level part of `plan` that lists who does what: the one headed so ("Tổ chức thực hiện") holding the most of the plan's
 * assignments, else the one holding the most; null when no part gives any.
 */
export function dutyListSection(plan: ParsedPlan): Section | null {
  const count = (s: Section) => plan.assignments.filter((a) => under(s.path, a.sectionPath)).length;
  const parts = plan.sections.filter(isTopLevel).map((s) => ({ s, n: count(s), headed: DUTY_PART_RE.test(foldKey(s.heading)) })).filter((x) => x.n > 0);
  const best = [...parts].sort((a, b) => Number(b.headed) - Number(a.headed) || b.n - a.n)[0];
  return best?.s ?? null;
}

/**
 * The lines and citation that show where `plan` says who does what: "Phần “IV. Tổ chức thực hiện” (mục IV) của 1979/KH-UBND giao
 * việc cho: A, B; đề nghị: C" (C only requested), with "the stored text is cut after them" when a gap lies in that part. Nothing when the heading is not found
 * as written in the plan's text (a quote is always verbatim).
 */
export function showDutyList(plan: ParsedPlan, registry: QaRegistry, lang: Language, d: Draft): void {
  const part = dutyListSection(plan);
  const heading = part?.text.split("\n").map((l) => l.trim()).find((l) => l.length > 0);
  if (!part || !heading || !plan.text.includes(heading)) return;
  const names: string[] = [];
  const requested: string[] = [];
  // "12. Đài Phát thanh - Truyền hình tỉnh, Báo Đắk Lắk": a body is listed where its own item stands, not at a clause of another
  // body's item naming it ("1. Sở Lao động ...: ...; Đài Phát thanh – Truyền hình tỉnh đẩy mạnh ..."), so the list keeps the plan's order.
  const headed = (a: ParsedPlan["assignments"][number]) => a.agencyId !== null
    && agenciesIn(registry, plan.sections.find((x) => x.path === a.sectionPath)?.heading ?? "").some((h) => h.agency.id === a.agencyId);
  const ownItem = new Set(plan.assignments.filter((a) => under(part.path, a.sectionPath) && a.role !== "coordinate" && headed(a)).map((a) => a.agencyId));
  for (const a of plan.assignments) {
    // The bodies the part gives work to, not those an item only asks to help ("phối hợp với các sở, ngành"); the bodies an
    // item only requests ("Đề nghị Ủy ban MTTQ Việt Nam tỉnh ...", bodies the province does not direct) are said apart.
    if (!under(part.path, a.sectionPath) || a.role === "coordinate") continue;
    if (ownItem.has(a.agencyId) && !headed(a)) continue;
    const name = (a.agencyId ? registry.agency(a.agencyId)?.name : null) ?? a.agencyAsWritten;
    const list = a.role === "requested" ? requested : names;
    if (!list.includes(name)) list.push(name);
  }
  const onlyRequested = requested.filter((n) => !names.includes(n));
  const asked = onlyRequested.length > 0 ? tr(lang, `; đề nghị: ${onlyRequested.join(", ")}`, `; it requests: ${onlyRequested.join(", ")}`) : "";
  const cut = plan.gaps.some((g) => (g.kind === "truncation" || g.kind === "elision") && (g.sectionPath === null || under(part.path, g.sectionPath)));
  d.lines.push(tr(lang,
    `Phần giao việc của ${plan.documentNumber} là mục ${part.path} (“${heading}”); mục này giao việc cho: ${names.join(", ")}${asked}${cut ? " (phần sau của mục bị cắt trong văn bản lưu trong kho)" : ""}.`,
    `The part of ${plan.documentNumber} that gives out the work is section ${part.path} (“${heading}”); it gives work to: ${names.join(", ")}${asked}${cut ? " (the rest of the section is cut from the stored text)" : ""}.`));
  d.citations.push({ plan, section: part.path, quote: heading });
}
