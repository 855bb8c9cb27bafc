/**
 * The administrators' page of model-drafted plan facts: one table per plan version, each
 * draft with the agency as written and as the registry knows it, its role, section, quote
 * and review, and one form to approve or reject the ticked unreviewed drafts. Everything a
 * draft holds came from a model reading a document, so all of it is escaped by `html`.
 */
import type { StoredDraft } from "../../kb/plan-drafts.ts";
import { BASE, csrfField, formatTime, layout, type PageFrame, type Ui } from "./dashboard-layout.ts";
import { draftTexts, type DraftTexts } from "./draft-texts.ts";
import { html, type SafeHtml } from "./html.ts";
import type { SignedIn } from "./officer-auth-service.ts";

export const DRAFTS_PATH = `${BASE}/admin/drafts`;
export const DRAFT_FILTERS = ["unreviewed", "approved", "rejected", "all"] as const;
export type DraftFilter = (typeof DRAFT_FILTERS)[number];

/** The form field a draft's checkbox is sent in: one name per draft, since the dashboard's form parser keeps only the last of repeated keys. */
export function draftField(id: string): string {
  return `id_${id}`;
}

/** What the page shows: the drafts under the chosen filter, how to name a registry agency, and the plans' titles by checksum. */
export interface DraftPageView {
  drafts: readonly StoredDraft[];
  filter: DraftFilter;
  agencyName: (agencyId: string) => string | undefined;
  planTitle: (checksum: string) => string | undefined;
  flash?: PageFrame["flash"];
}

interface PlanGroup {
  documentNumber: string;
  planVersion: number;
  checksum: string;
  drafts: Array<{ draft: StoredDraft; n: number }>;
}

/** Drafts grouped by plan version (document number, then version), numbered in page order. */
function groupByPlan(drafts: readonly StoredDraft[]): PlanGroup[] {
  const groups = new Map<string, PlanGroup>();
  for (const d of drafts) {
    const key = `${d.documentNumber}\u0000${d.planVersion}`;
    const group = groups.get(key) ?? { documentNumber: d.documentNumber, planVersion: d.planVersion, checksum: d.checksum, drafts: [] };
    group.drafts.push({ draft: d, n: 0 });
    groups.set(key, group);
  }
  const sorted = [...groups.values()].sort((a, b) => a.documentNumber.localeCompare(b.documentNumber) || a.planVersion - b.planVersion);
  let n = 0;
  for (const g of sorted) for (const row of g.drafts) row.n = ++n;
  return sorted;
}

function registryCell(d: StoredDraft, view: DraftPageView, dt: DraftTexts): SafeHtml {
  if (!d.agencyId) return html`<span class="draft-missing">${dt.notInRegistry}</span>`;
  const name = view.agencyName(d.agencyId);
  return name ? html`${name} <code>${d.agencyId}</code>` : html`<code>${d.agencyId}</code> <span class="draft-missing">(${dt.notInRegistry})</span>`;
}

function draftRow(ui: Ui, view: DraftPageView, d: StoredDraft, n: number): SafeHtml {
  const dt = draftTexts(ui.lang);
  const box = d.status === "unreviewed"
    ? html`<label class="draft-pick"><input type="checkbox" name="${draftField(d.id)}" value="on"><span class="draft-sr">${dt.select(n)}</span></label>`
    : null;
  const reviewed = d.reviewedBy && d.reviewedAt ? dt.reviewedBy(d.reviewedBy, formatTime(d.reviewedAt, ui.lang)) : dt.notReviewed;
  return html`<tr class="draft-${d.status}"><td>${box}</td><th scope="row">${n}</th><td>${d.agencyAsWritten}</td><td>${registryCell(d, view, dt)}</td>
<td>${dt.role[d.role] ?? d.role}</td><td>${d.sectionPath ?? dt.noSection}</td><td><blockquote class="draft-quote">${d.quote}</blockquote></td>
<td><span class="draft-status draft-status-${d.status}">${dt.status[d.status] ?? d.status}</span></td><td>${reviewed}</td></tr>`;
}

function planTable(ui: Ui, view: DraftPageView, g: PlanGroup): SafeHtml {
  const dt = draftTexts(ui.lang);
  const id = `plan-${g.drafts[0]?.n ?? 0}`;
  const title = view.planTitle(g.checksum);
  return html`<section class="draft-plan" aria-labelledby="${id}"><h2 id="${id}">${dt.planHeading(g.documentNumber, g.planVersion)}</h2>${title ? html`<p class="draft-title">${title}</p>` : null}
<div class="table-wrap"><table><caption>${dt.caption(g.documentNumber, g.drafts.length)}</caption>
<thead><tr><th scope="col">${dt.cSelect}</th><th scope="col">#</th><th scope="col">${dt.cAgency}</th><th scope="col">${dt.cRegistry}</th><th scope="col">${dt.cRole}</th><th scope="col">${dt.cSection}</th><th scope="col">${dt.cQuote}</th><th scope="col">${dt.cStatus}</th><th scope="col">${dt.cReviewed}</th></tr></thead>
<tbody>${g.drafts.map((row) => draftRow(ui, view, row.draft, row.n))}</tbody></table></div></section>`;
}

function filterForm(ui: Ui, filter: DraftFilter): SafeHtml {
  const dt = draftTexts(ui.lang);
  return html`<form class="filters" method="get" action="${DRAFTS_PATH}" aria-label="${dt.filterLegend}">
<label>${dt.statusLabel} <select name="status">${DRAFT_FILTERS.map((f) => html`<option value="${f}"${f === filter ? html` selected` : null}>${dt.statusChoice[f]}</option>`)}</select></label>
<button type="submit">${dt.filter}</button></form>`;
}

/** The review page; the approve and reject buttons appear only when an unreviewed draft is listed. */
export function draftsPage(ui: Ui, session: SignedIn, view: DraftPageView): SafeHtml {
  const dt = draftTexts(ui.lang);
  const groups = groupByPlan(view.drafts);
  const reviewable = view.drafts.some((d) => d.status === "unreviewed");
  const buttons = html`<fieldset class="draft-decide"><legend>${dt.decide}</legend><button type="submit" name="decision" value="approve">${dt.approve}</button> <button type="submit" name="decision" value="reject" class="draft-reject">${dt.reject}</button></fieldset>`;
  const tables = groups.map((g) => planTable(ui, view, g));
  const list = groups.length === 0 ? html`<p>${dt.none}</p>`
    : reviewable ? html`<form method="post" action="${DRAFTS_PATH}/review">${csrfField(session)}${tables}${buttons}</form>` : html`${tables}`;
  const body = html`<p class="draft-intro">${dt.intro}</p>${filterForm(ui, view.filter)}${list}`;
  const path = view.filter === "unreviewed" ? DRAFTS_PATH : `${DRAFTS_PATH}?status=${view.filter}`;
  return layout({ ui, title: dt.title, session, path, flash: view.flash }, body);
}
