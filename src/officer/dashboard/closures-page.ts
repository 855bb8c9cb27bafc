/**
 * Supervisors' view of closed cases: how many cases each officer closed in a period, by
 * reason (a small table, so a supervisor sees who closes many cases as "unreachable").
 */
import { CLOSURE_REASONS, type ClosureCount } from "../../intake/cases/casework-service.ts";
import { caseworkTextsFor } from "./casework-texts.ts";
import { BASE, layout, type Ui } from "./dashboard-layout.ts";
import { html, type SafeHtml } from "./html.ts";
import type { SignedIn } from "./officer-auth-service.ts";

export const CLOSURE_PERIODS = [7, 30, 90, 365] as const;

export function closuresPage(ui: Ui, session: SignedIn, days: number, counts: ClosureCount[]): SafeHtml {
  const w = caseworkTextsFor(ui.lang);
  const officers = [...new Set(counts.map((c) => c.officer))];
  const count = (officer: string | null, reason: string | null) =>
    counts.filter((c) => (officer === null || c.officer === officer) && (reason === null || c.reason === reason)).reduce((n, c) => n + c.count, 0);
  const head = html`<tr><th scope="col">${w.closuresOfficer}</th>${CLOSURE_REASONS.map((r) => html`<th scope="col">${w.closureReason[r]}</th>`)}<th scope="col">${w.closuresTotal}</th></tr>`;
  const rows = officers.map((o) => html`<tr><th scope="row">${o}</th>${CLOSURE_REASONS.map((r) => html`<td>${count(o, r)}</td>`)}<td><strong>${count(o, null)}</strong></td></tr>`);
  const total = html`<tr><th scope="row">${w.closuresTotal}</th>${CLOSURE_REASONS.map((r) => html`<td>${count(null, r)}</td>`)}<td><strong>${count(null, null)}</strong></td></tr>`;
  const period = html`<form method="get" action="${BASE}/closures" class="filters"><label>${w.closuresPeriod} <select name="days">${CLOSURE_PERIODS.map((d) => html`<option value="${d}"${d === days ? html` selected` : null}>${w.days(d)}</option>`)}</select></label> <button type="submit">${w.show}</button></form>`;
  const table = officers.length === 0 ? html`<p>${w.closuresEmpty}</p>`
    : html`<div class="table-wrap"><table id="closures"><caption>${w.closuresCaption(days)}</caption><thead>${head}</thead><tbody>${rows}</tbody><tfoot>${total}</tfoot></table></div>`;
  return layout({ ui, title: w.closuresTitle, session, path: `${BASE}/closures?days=${days}` }, html`${period}${table}`);
}
