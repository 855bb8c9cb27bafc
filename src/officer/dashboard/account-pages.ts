/**
 * The sign-in page and the admins' accounts page (create, disable, enable).
 */
import { OFFICER_ROLES, type OfficerAccount } from "./officer-account-types.ts";
import { BASE, csrfField, formatTime, layout, type PageFrame, type Ui } from "./dashboard-layout.ts";
import { html, type SafeHtml } from "./html.ts";
import type { SignedIn } from "./officer-auth-service.ts";

export function loginPage(ui: Ui, loginCsrf: string, error?: string): SafeHtml {
  const { t } = ui;
  const body = html`<form class="login" method="post" action="${BASE}/login">
<input type="hidden" name="_csrf" value="${loginCsrf}">
<label for="username">${t.username}</label><input id="username" name="username" autocomplete="username" required autofocus>
<label for="password">${t.password}</label><input id="password" name="password" type="password" autocomplete="current-password" required>
<button type="submit">${t.signIn}</button></form>`;
  return layout({ ui, title: t.signIn, path: `${BASE}/login`, flash: error ? { kind: "error", text: error } : undefined }, body);
}

function accountRow(ui: Ui, session: SignedIn, a: OfficerAccount, now: Date): SafeHtml {
  const { t, l } = ui;
  const state = a.disabledAt ? t.disabled : a.lockedUntil && a.lockedUntil > now ? t.lockedUntil(formatTime(a.lockedUntil, ui.lang)) : t.active;
  const action = a.disabledAt ? "enable" : "disable";
  return html`<tr><th scope="row">${a.username}</th><td>${a.displayName}</td><td>${l.role(a.role)}</td><td>${a.provinces.join(", ")}</td><td>${state}</td>
<td>${a.username === session.account.username ? null : html`<form method="post" action="${BASE}/admin/accounts/${a.username}/${action}">${csrfField(session)}<button type="submit">${a.disabledAt ? t.enable : t.disable}</button></form>`}</td></tr>`;
}

export function accountsPage(ui: Ui, session: SignedIn, accounts: OfficerAccount[], now: Date, flash: PageFrame["flash"]): SafeHtml {
  const { t, l } = ui;
  const body = html`<div class="table-wrap"><table><caption>${t.accounts}</caption><thead><tr><th scope="col">${t.username}</th><th scope="col">${t.name}</th><th scope="col">${t.role}</th><th scope="col">${t.provinces}</th><th scope="col">${t.state}</th><th scope="col">${t.action}</th></tr></thead>
<tbody>${accounts.map((a) => accountRow(ui, session, a, now))}</tbody></table></div>
<form method="post" action="${BASE}/admin/accounts" aria-labelledby="new-h"><h2 id="new-h">${t.newAccount}</h2>${csrfField(session)}
<label>${t.username} <input name="username" required pattern="[a-z0-9][a-z0-9._\\-]{1,39}"></label>
<label>${t.name} <input name="displayName" maxlength="80"></label>
<label>${t.role} <select name="role">${OFFICER_ROLES.map((r) => html`<option value="${r}">${l.role(r)}</option>`)}</select></label>
<label>${t.provincesHint} <input name="provinces" required></label>
<label>${t.initialPassword} <input name="password" type="password" autocomplete="new-password" required minlength="10"></label>
<button type="submit">${t.create}</button></form>`;
  return layout({ ui, title: t.accountsTitle, session, flash, path: `${BASE}/admin/accounts` }, body);
}
