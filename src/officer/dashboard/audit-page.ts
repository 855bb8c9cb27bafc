/**
 * The supervisors' audit log: who read or changed which case, when, newest first, limited
 * to the cases of the supervisor's provinces (entries about no case, or about a case that
 * no longer exists, only for supervisors of every province).
 */
import type { AuditEntry } from "../../intake/cases/case-types.ts";
import { BASE, formatTime, layout, type Ui } from "./dashboard-layout.ts";
import { html, type SafeHtml } from "./html.ts";
import { ALL_PROVINCES, maySee, type OfficerAccount } from "./officer-account-types.ts";
import type { SignedIn } from "./officer-auth-service.ts";

/** The entries this account may see, given the provinces of the cases they name. */
export function visibleEntries(account: OfficerAccount, entries: AuditEntry[], provinces: Map<string, string | null>): AuditEntry[] {
  const everywhere = account.provinces.includes(ALL_PROVINCES);
  return entries.filter((e) => (e.caseCode && provinces.has(e.caseCode) ? maySee(account, provinces.get(e.caseCode) ?? null) : everywhere));
}

export function auditPage(ui: Ui, session: SignedIn, entries: AuditEntry[], linkable: Set<string>): SafeHtml {
  const { t, l } = ui;
  const rows = entries.map((e) => html`<tr><td>${formatTime(e.at, ui.lang)}</td><td>${e.officer}</td><td>${l.auditAction(e.action)}</td>
<td>${e.caseCode && linkable.has(e.caseCode) ? html`<a href="${BASE}/cases/${e.caseCode}">${e.caseCode}</a>` : e.caseCode ?? "—"}</td><td>${e.detail ?? ""}</td></tr>`);
  const body = html`${session.account.provinces.includes(ALL_PROVINCES) ? null : html`<p>${t.auditScope}</p>`}
<div class="table-wrap"><table><caption>${t.auditCaption}</caption><thead><tr><th scope="col">${t.cTime}</th><th scope="col">${t.cOfficer}</th><th scope="col">${t.cAction}</th><th scope="col">${t.cCase}</th><th scope="col">${t.cDetail}</th></tr></thead>
<tbody>${entries.length ? rows : html`<tr><td colspan="5">${t.auditEmpty}</td></tr>`}</tbody></table></div>`;
  return layout({ ui, title: t.auditTitle, session, path: `${BASE}/audit` }, body);
}
