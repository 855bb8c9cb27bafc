/**
 * The queue page: tabs with their counts (all, mine, unclaimed, overdue), filters (risk,
 * status, category, province, deadline, assignee), the result of a search, one page of cases
 * in the order the database gave (emergencies pinned, then breached and due soonest), a
 * countdown to each case's next deadline, and rows the page's script refreshes from
 * /officer/api/queue so new cases appear without reloading. Suspected-flood cases (many
 * reports from one source) come after the others, under their own heading and marked with
 * their source, so a flood never buries the emergencies pinned on top.
 */
import { AWAITING_ACTION, CASE_STATUSES, FINAL_STATUSES, type CaseSummary } from "../../intake/cases/case-types.ts";
import { TRIAGE_CATEGORIES, TRIAGE_RISKS } from "../../intake/triage/triage-types.ts";
import { BASE, dueBadge, layout, type Ui } from "./dashboard-layout.ts";
import { floodSourceLabel } from "../../intake/cases/flood-guard.ts";
import { html, type SafeHtml } from "./html.ts";
import type { SignedIn } from "./officer-auth-service.ts";
import { QUEUE_TABS, filtersQuery, type QueueFilters, type QueuePage, type QueueTab, type SearchKinds } from "./queue-query.ts";
import { queueTextsFor, type QueueTexts } from "./queue-texts.ts";

/** The deadline a case is working towards now: acknowledgement first, then the first action. */
export function nextDeadline(c: CaseSummary): Date | null {
  if (FINAL_STATUSES.has(c.status)) return null;
  if (!c.acknowledgedAt) return c.ackDueAt;
  return AWAITING_ACTION.has(c.status) ? c.actionDueAt : null;
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

/** The tab a set of filters is on: the one whose preset it matches, "all" otherwise. */
function tabOf(filters: QueueFilters): QueueTab {
  if (filters.deadline === "overdue" && !filters.assignee) return "overdue";
  if (filters.assignee === "me" && !filters.deadline) return "mine";
  if (filters.assignee === "none" && !filters.deadline) return "unclaimed";
  return "all";
}

const TAB_PRESET: Record<QueueTab, Partial<QueueFilters>> = {
  all: { assignee: undefined, deadline: undefined }, mine: { assignee: "me", deadline: undefined },
  unclaimed: { assignee: "none", deadline: undefined }, overdue: { assignee: undefined, deadline: "overdue" },
};

function tabs(filters: QueueFilters, result: QueuePage, qt: QueueTexts): SafeHtml {
  const current = tabOf(filters);
  return html`<nav class="tabs" aria-label="${qt.tabsLabel}">${QUEUE_TABS.map((tab) => html`<a href="${BASE}${filtersQuery(filters, { ...TAB_PRESET[tab], page: 1 })}"${tab === current ? html` aria-current="page"` : null}>${qt.tabs[tab]} <span class="tab-count">${result.tabs[tab]}</span></a>`)}</nav>`;
}

function pager(filters: QueueFilters, result: QueuePage, qt: QueueTexts): SafeHtml | null {
  if (result.pages <= 1) return null;
  const link = (page: number, text: string, rel: string) => html`<a rel="${rel}" href="${BASE}${filtersQuery(filters, { page })}">${text}</a>`;
  return html`<nav class="pager" aria-label="${qt.pagesLabel}">${result.page > 1 ? link(result.page - 1, qt.prev, "prev") : null} <span>${qt.pageOf(result.page, result.pages)}</span> ${result.page < result.pages ? link(result.page + 1, qt.next, "next") : null}</nav>`;
}

function searchSummary(filters: QueueFilters, search: SearchKinds | null, total: number, qt: QueueTexts): SafeHtml | null {
  if (!search || !filters.q) return null;
  const kinds = [search.code ? qt.searchKind.code : null, search.phone ? qt.searchKind.phone : null, search.placeWords.length ? qt.searchKind.place : null].filter((k): k is string => k !== null);
  return html`<p class="search-result" role="status">${qt.searchResult(filters.q, total)} ${kinds.length ? qt.searchHow(kinds) : null} <a href="${BASE}${filtersQuery(filters, { q: undefined, page: 1 })}">${qt.clearSearch}</a></p>`;
}

function exportLinks(filters: QueueFilters, qt: QueueTexts): SafeHtml {
  const query = filtersQuery(filters, { page: 1 });
  return html`<p class="exports">${qt.exportLabel}: <a href="${BASE}/export/cases.csv${query}" download>${qt.exportCsv}</a> · <a href="${BASE}/export/cases.xlsx${query}" download>${qt.exportXlsx}</a></p>`;
}

export function queuePage(ui: Ui, session: SignedIn, filters: QueueFilters, result: QueuePage, provinces: Array<[string, string]>, now: Date, path: string): SafeHtml {
  const { t, l } = ui;
  const qt = queueTextsFor(ui.lang);
  const statuses: Array<[string, string]> = [["all", t.everyStatus], ...CASE_STATUSES.map((s): [string, string] => [s, l.status(s)])];
  // On a phone the six filters fold behind one "Lọc" (details/summary, no script), so the first case is on the first screen;
  // wide screens show them open (queue-styles.ts). The summary counts the filters in use.
  const active = [filters.risk, filters.status, filters.category, filters.province, filters.deadline, filters.assignee].filter(Boolean).length;
  const body = html`${searchSummary(filters, result.search, result.total, qt)}${tabs(filters, result, qt)}
<details class="queue-filters"><summary>${t.filter}${active ? html` <span class="tab-count">(${active})</span>` : null}</summary>
<form class="filters" method="get" action="${BASE}" aria-label="${t.filters}">${filters.q ? html`<input type="hidden" name="q" value="${filters.q}">` : null}
${select(ui, "risk", t.fRisk, TRIAGE_RISKS.map((r) => [r, l.risk(r)]), filters.risk)}
${select(ui, "status", t.fStatus, statuses, filters.status)}
${select(ui, "category", t.fCategory, TRIAGE_CATEGORIES.map((c) => [c, l.category(c)]), filters.category)}
${select(ui, "province", t.fProvince, provinces, filters.province)}
${select(ui, "deadline", t.fDeadline, [["overdue", t.overdueFilter], ["soon", t.soonFilter]], filters.deadline)}
${select(ui, "assignee", qt.assignee, [["me", qt.me], ["none", qt.nobody]], filters.assignee)}
<button type="submit">${t.filter}</button></form></details>
<p id="queue-count" role="status" aria-live="polite">${t.count(result.total)}</p>
<div class="table-wrap"><table id="queue" data-poll="${BASE}/api/queue"><caption>${t.caption}</caption>
<thead><tr><th scope="col">${t.cCode}</th><th scope="col">${t.cRisk}</th><th scope="col">${t.cCategory}</th><th scope="col">${t.cStatus}</th><th scope="col">${t.cPlace}</th><th scope="col">${t.cDeadline}</th><th scope="col">${t.cAssignee}</th></tr></thead>
<tbody id="queue-rows">${queueRows(result.cases, now, ui)}</tbody></table></div>
${pager(filters, result, qt)}${exportLinks(filters, qt)}`;
  return layout({ ui, title: t.queueTitle, session, path, search: filters.q }, body);
}
