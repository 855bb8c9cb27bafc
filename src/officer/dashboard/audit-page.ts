/**
 * The supervisors' audit log: who read or changed which case, when, newest first, in words
 * (actions and details translated, Vietnam's time), one row per action, filtered by who, case,
 * action and days, limited to the cases of the supervisor's provinces and the actions about no case of officers sharing them (other entries about no case
 * only for supervisors of every province), with the filtered log as a CSV file.
 */
import { excel } from "../../core/on-demand-libraries.ts";
import type { AuditEntry } from "../../intake/cases/case-types.ts";
import { BASE, formatTime, layout, type Ui } from "./dashboard-layout.ts";
import { html, type SafeHtml } from "./html.ts";
import { ALL_PROVINCES } from "./officer-account-types.ts";
import type { SignedIn } from "./officer-auth-service.ts";
import { auditQueryString, type AuditFilters } from "./audit-query.ts";
import { actionLabel, auditTextsFor, detailText } from "./audit-texts.ts";

export interface AuditView {
  entries: AuditEntry[];
  total: number;
  page: number;
  pages: number;
  /** Actions to offer in the filter (those the log can hold). */
  actions: string[];
}

function filterForm(ui: Ui, filters: AuditFilters, actions: string[]): SafeHtml {
  const at = auditTextsFor(ui.lang);
  const input = (name: string, label: string, value: string | undefined, type = "text") => html`<label>${label} <input type="${type}" name="${name}" value="${value ?? ""}"></label>`;
  return html`<form class="audit-filters" method="get" action="${BASE}/audit" aria-label="${at.filters}">
${input("officer", at.officer, filters.officer)}${input("case", at.caseCode, filters.caseCode)}
<label>${at.action} <select name="action"><option value="">${at.anyAction}</option>${actions.map((a) => html`<option value="${a}"${a === filters.action ? html` selected` : null}>${actionLabel(a, at, ui.l)}</option>`)}</select></label>
${input("from", at.from, filters.from, "date")}${input("to", at.to, filters.to, "date")}<button type="submit">${at.filter}</button></form>`;
}

function pager(ui: Ui, filters: AuditFilters, view: AuditView): SafeHtml | null {
  if (view.pages <= 1) return null;
  const link = (page: number, text: string) => html`<a href="${BASE}/audit${auditQueryString(filters, { page })}">${text}</a>`;
  const t = ui.lang === "en" ? { prev: "← Newer", next: "Older →", of: `Page ${view.page} of ${view.pages}` } : { prev: "← Mới hơn", next: "Cũ hơn →", of: `Trang ${view.page}/${view.pages}` };
  return html`<nav class="pager" aria-label="${t.of}">${view.page > 1 ? link(view.page - 1, t.prev) : null} <span>${t.of}</span> ${view.page < view.pages ? link(view.page + 1, t.next) : null}</nav>`;
}

export function auditPage(ui: Ui, session: SignedIn, filters: AuditFilters, view: AuditView, linkable: Set<string>): SafeHtml {
  const { t, l } = ui;
  const at = auditTextsFor(ui.lang);
  const rows = view.entries.map((e) => html`<tr><td>${formatTime(e.at, ui.lang)}</td><td>${e.officer}</td><td>${actionLabel(e.action, at, l)}</td>
<td>${e.caseCode && linkable.has(e.caseCode) ? html`<a href="${BASE}/cases/${e.caseCode}">${e.caseCode}</a>` : e.caseCode ?? "—"}</td><td>${detailText(e.detail, at, l)}</td></tr>`);
  const body = html`${session.account.provinces.includes(ALL_PROVINCES) ? null : html`<p>${t.auditScope}</p>`}
${filterForm(ui, filters, view.actions)}
<p role="status">${at.shown(view.entries.length, view.total)} · <a href="${BASE}/audit.csv${auditQueryString(filters, { page: 1 })}" download>${at.download}</a></p>
<p><small>${at.folded}</small></p>
<div class="table-wrap"><table><caption>${t.auditCaption}</caption><thead><tr><th scope="col">${t.cTime}</th><th scope="col">${t.cOfficer}</th><th scope="col">${t.cAction}</th><th scope="col">${t.cCase}</th><th scope="col">${t.cDetail}</th></tr></thead>
<tbody>${view.entries.length ? rows : html`<tr><td colspan="5">${t.auditEmpty}</td></tr>`}</tbody></table></div>${pager(ui, filters, view)}`;
  return layout({ ui, title: t.auditTitle, session, path: `${BASE}/audit${auditQueryString(filters)}` }, body);
}

/** The same rows as a CSV file (UTF-8 with a byte-order mark), written by exceljs. */
export async function auditCsv(ui: Ui, entries: AuditEntry[]): Promise<Buffer> {
  const { t, l } = ui;
  const at = auditTextsFor(ui.lang);
  const book = new (excel().Workbook)();
  const sheet = book.addWorksheet("log");
  sheet.addRow([t.cTime, t.cOfficer, t.cAction, t.cCase, t.cDetail]);
  for (const e of entries) sheet.addRow([formatTime(e.at, ui.lang), e.officer, actionLabel(e.action, at, l), e.caseCode ?? "", detailText(e.detail, at, l)]);
  return Buffer.from(await book.csv.writeBuffer({ formatterOptions: { writeBOM: true } }));
}
