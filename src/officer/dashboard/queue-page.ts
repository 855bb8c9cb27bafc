/**
 * The queue page: filters (risk, status, category, province, deadline), emergencies pinned
 * on top, a countdown to each case's next deadline, and rows the page's script refreshes
 * from /officer/api/queue so new cases appear without reloading. Suspected-flood cases (many
 * reports from one source) come after the others, under their own heading and marked with
 * their source, so a flood never buries the emergencies pinned on top.
 */
import { AWAITING_ACTION, CASE_STATUSES, FINAL_STATUSES, type CaseSummary } from "../../intake/cases/case-types.ts";
import { TRIAGE_CATEGORIES, TRIAGE_RISKS } from "../../intake/triage/triage-types.ts";
import { BASE, dueBadge, layout, type Ui } from "./dashboard-layout.ts";
import { floodSourceLabel } from "../../intake/cases/flood-guard.ts";
import { html, type SafeHtml } from "./html.ts";
import type { SignedIn } from "./officer-auth-service.ts";

export interface QueueFilters {
  risk?: string | undefined;
  /** A status, "open" (default) or "all". */
  status?: string | undefined;
  category?: string | undefined;
  province?: string | undefined;
  /** "overdue" or "soon" (due within the hour). */
  deadline?: string | undefined;
}

/** The deadline a case is working towards now: acknowledgement first, then the first action. */
export function nextDeadline(c: CaseSummary): Date | null {
  if (FINAL_STATUSES.has(c.status)) return null;
  if (!c.acknowledgedAt) return c.ackDueAt;
  return AWAITING_ACTION.has(c.status) ? c.actionDueAt : null;
}

/** Applies the filters the store does not know, and orders emergencies first, then by the nearest deadline. */
export function filterQueue(cases: CaseSummary[], filters: QueueFilters, now: Date): CaseSummary[] {
  const soon = now.getTime() + 3_600_000;
  const kept = cases.filter((c) => {
    const due = nextDeadline(c);
    if (filters.status && filters.status !== "open" && filters.status !== "all" && c.status !== filters.status) return false;
    if (filters.category && c.category !== filters.category) return false;
    if (filters.province && c.provinceId !== filters.province) return false;
    if (filters.deadline === "overdue" && !(due && due <= now)) return false;
    if (filters.deadline === "soon" && !(due && due.getTime() <= soon)) return false;
    return true;
  });
  const rank = (c: CaseSummary) => (c.floodGroup ? 2 : c.risk === "emergency" ? 0 : 1);
  const dueOf = (c: CaseSummary) => nextDeadline(c)?.getTime() ?? Number.MAX_SAFE_INTEGER;
  return kept.sort((a, b) => rank(a) - rank(b) || dueOf(a) - dueOf(b) || a.createdAt.getTime() - b.createdAt.getTime());
}

export function queueRows(cases: CaseSummary[], now: Date, ui: Ui): SafeHtml {
  const { t } = ui;
  if (cases.length === 0) return html`<tr><td colspan="7">${t.noMatch}</td></tr>`;
  const flooded = cases.filter((c) => c.floodGroup);
  const others = cases.filter((c) => !c.floodGroup);
  if (flooded.length === 0) return html`${others.map((c) => queueRow(c, now, ui))}`;
  return html`${others.map((c) => queueRow(c, now, ui))}<tr class="flood-head"><th colspan="7" scope="rowgroup">${t.floodHeading(flooded.length)}</th></tr>${flooded.map((c) => queueRow(c, now, ui))}`;
}

function queueRow(c: CaseSummary, now: Date, ui: Ui): SafeHtml {
  const { t, l } = ui;
  const flood = c.floodGroup ? html` <small class="flood-mark" title="${t.floodTitle}">${t.floodMark(floodSourceLabel(c.floodGroup))}</small>` : null;
  return html`<tr class="row-${c.risk}${c.floodGroup ? " flood" : c.risk === "emergency" ? " pinned" : ""}">
<th scope="row"><a href="${BASE}/cases/${c.code}">${c.code}</a>${c.submitted ? null : html` <small>${t.unconfirmed}</small>`}${flood}</th>
<td data-label="${t.cRisk}"><span class="risk risk-${c.risk}">${l.risk(c.risk)}</span></td><td data-label="${t.cCategory}">${l.category(c.category)}</td><td data-label="${t.cStatus}">${l.status(c.status)}</td>
<td data-label="${t.cPlace}">${c.provinceName ?? t.unknownPlace}${c.commune ? html`, ${c.commune}` : null}</td><td data-label="${t.cDeadline}">${dueBadge(nextDeadline(c), now, ui)}</td><td data-label="${t.cAssignee}">${c.assigneeId ?? t.unclaimed}</td></tr>`;
}

function select(ui: Ui, name: string, text: string, options: Array<[string, string]>, chosen: string | undefined): SafeHtml {
  return html`<label>${text} <select name="${name}"><option value="">${ui.t.all}</option>${options.map(([v, label]) => html`<option value="${v}"${v === chosen ? html` selected` : null}>${label}</option>`)}</select></label>`;
}

export function queuePage(ui: Ui, session: SignedIn, filters: QueueFilters, cases: CaseSummary[], provinces: Array<[string, string]>, now: Date, path: string): SafeHtml {
  const { t, l } = ui;
  const statuses: Array<[string, string]> = [["all", t.everyStatus], ...CASE_STATUSES.map((s): [string, string] => [s, l.status(s)])];
  const body = html`<form class="filters" method="get" action="${BASE}" aria-label="${t.filters}">
${select(ui, "risk", t.fRisk, TRIAGE_RISKS.map((r) => [r, l.risk(r)]), filters.risk)}
${select(ui, "status", t.fStatus, statuses, filters.status)}
${select(ui, "category", t.fCategory, TRIAGE_CATEGORIES.map((c) => [c, l.category(c)]), filters.category)}
${select(ui, "province", t.fProvince, provinces, filters.province)}
${select(ui, "deadline", t.fDeadline, [["overdue", t.overdueFilter], ["soon", t.soonFilter]], filters.deadline)}
<button type="submit">${t.filter}</button></form>
<p id="queue-count" role="status" aria-live="polite">${t.count(cases.length)}</p>
<div class="table-wrap"><table id="queue" data-poll="${BASE}/api/queue"><caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.cCode}</th><th scope="col">${t.cRisk}</th><th scope="col">${t.cCategory}</th><th scope="col">${t.cStatus}</th><th scope="col">${t.cPlace}</th><th scope="col">${t.cDeadline}</th><th scope="col">${t.cAssignee}</th></tr></thead>
<tbody id="queue-rows">${queueRows(cases, now, ui)}</tbody></table></div>`;
  return layout({ ui, title: t.queueTitle, session, path }, body);
}
