/**
 * One case as an officer works on it: the report and its narrative (this page exists only
 * after the audited read), the timeline of everything that happened and who did it, and the
 * forms to claim, release, note, refer (111's case number included) and move the status.
 */
import { STATUS_MOVES, type AuditEntry, type CaseDetailView } from "../../intake/cases/case-types.ts";
import { REFERRAL_METHODS, REFERRAL_MOVES, REFERRAL_TARGETS, type ReferralRecord } from "../../intake/cases/referral-types.ts";
import { BASE, csrfField, dueBadge, formatTime, layout, type PageFrame, type Ui } from "./dashboard-layout.ts";
import { html, type SafeHtml } from "./html.ts";
import type { SignedIn } from "./officer-auth-service.ts";
import { nextDeadline } from "./queue-page.ts";

export const MAX_NOTE_LENGTH = 4_000;
const READ_ACTIONS = new Set(["show", "list", "referral_list", "audit_read"]);

export interface CasePageData {
  detail: CaseDetailView;
  referrals: Array<ReferralRecord & { deliveryProblem: string | null }>;
  audit: AuditEntry[];
  now: Date;
}

interface TimelineItem {
  at: Date;
  who: string;
  what: SafeHtml;
}

function timeline(ui: Ui, data: CasePageData): TimelineItem[] {
  const { t, l } = ui;
  const c = data.detail.case;
  const items: TimelineItem[] = [{ at: c.createdAt, who: t.reporter, what: html`${t.received(c.channel)}` }];
  for (const a of data.detail.additions) items.push({ at: a.createdAt, who: t.reporter, what: html`${t.added} <q>${a.text ?? t.attachment}</q>` });
  for (const n of data.detail.notes) items.push({ at: n.createdAt, who: n.officer, what: html`${t.noteWord} <q class="note">${n.text}</q>` });
  for (const r of data.referrals) {
    items.push({ at: r.createdAt, who: r.createdBy, what: html`${t.referredTo} ${l.target(r.target)}${r.targetName ? html` (${r.targetName})` : null}, ${l.method(r.method)}${r.externalRef ? html`, ${t.caseNumber}: <strong>${r.externalRef}</strong>` : null}` });
  }
  for (const e of data.audit.filter((a) => !READ_ACTIONS.has(a.action) && a.action !== "note" && a.action !== "refer")) {
    items.push({ at: e.at, who: e.officer, what: html`${l.auditAction(e.action)}${e.detail ? html` (${e.detail})` : null}` });
  }
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function facts(ui: Ui, data: CasePageData): SafeHtml {
  const { t, l } = ui;
  const c = data.detail.case;
  const row = (k: string, v: SafeHtml | string | null) => html`<dt>${k}</dt><dd>${v ?? "—"}</dd>`;
  const child = [c.childAgeBand && l.age(c.childAgeBand), c.childSex && l.sex(c.childSex)].filter(Boolean).join(", ");
  return html`<dl class="facts">${row(t.cRisk, html`<span class="risk risk-${c.risk}">${l.risk(c.risk)}</span>`)}${row(t.cCategory, l.category(c.category))}
${row(t.cStatus, l.status(c.status))}${row(t.cAssignee, c.assigneeId ?? t.unclaimed)}${row(t.cDeadline, dueBadge(nextDeadline(c), data.now, ui))}
${row(t.cPlace, [c.commune, c.provinceName].filter(Boolean).join(", ") || null)}${row(t.fChild, child || null)}
${row(t.fWhen, c.details.when)}${row(t.fWhere, c.details.locationText)}${row(t.fFlags, c.redFlags.join(", ") || null)}
${row(t.fReporter, c.anonymous ? t.anonymous : c.reporterRelation && l.relation(c.reporterRelation))}${row(t.fContact, c.consentToContact ? c.contact : t.noContact)}</dl>`;
}

function referForm(ui: Ui, session: SignedIn, path: string): SafeHtml {
  const { t, l } = ui;
  return html`<form method="post" action="${path}/refer" aria-labelledby="refer-h"><h3 id="refer-h">${t.referHeading}</h3>${csrfField(session)}
<label>${t.agency} <select name="target">${REFERRAL_TARGETS.map((x) => html`<option value="${x}">${l.target(x)}</option>`)}</select></label>
<label>${t.how} <select name="method">${REFERRAL_METHODS.map((m) => html`<option value="${m}">${l.method(m)}</option>`)}</select></label>
<label>${t.office} <input name="targetName" maxlength="200"></label>
<label>${t.externalRef} <input name="externalRef" maxlength="100"></label>
<button type="submit">${t.recordReferral}</button></form>`;
}

function actions(ui: Ui, session: SignedIn, data: CasePageData): SafeHtml {
  const { t, l } = ui;
  const c = data.detail.case;
  const path = `${BASE}/cases/${c.code}`;
  const moves = STATUS_MOVES[c.status];
  if (moves.length === 0) return html`<p>${t.finished}</p>`;
  const mine = c.assigneeId === session.account.username;
  return html`<div class="actions">
${c.assigneeId ? null : html`<form method="post" action="${path}/claim">${csrfField(session)}<button type="submit">${t.claim}</button></form>`}
${mine ? html`<form method="post" action="${path}/release">${csrfField(session)}<button type="submit">${t.release}</button></form>` : null}
<form method="post" action="${path}/status">${csrfField(session)}<label>${t.moveTo} <select name="to">${moves.map((m) => html`<option value="${m}">${l.status(m)}</option>`)}</select></label> <button type="submit">${t.updateStatus}</button></form>
<form method="post" action="${path}/note">${csrfField(session)}<label for="note-text">${t.noteLabel(MAX_NOTE_LENGTH)}</label><textarea id="note-text" name="text" rows="3" maxlength="${MAX_NOTE_LENGTH}" required></textarea><button type="submit">${t.saveNote}</button></form>
${referForm(ui, session, path)}</div>`;
}

function referralList(ui: Ui, session: SignedIn, data: CasePageData): SafeHtml {
  const { t, l } = ui;
  if (data.referrals.length === 0) return html`<p>${t.notReferred}</p>`;
  const path = `${BASE}/cases/${data.detail.case.code}`;
  const answerForm = (r: ReferralRecord) => html`<form method="post" action="${path}/referrals/${r.id}">${csrfField(session)}<label>${t.answer} <select name="to">${REFERRAL_MOVES[r.status].map((m) => html`<option value="${m}">${l.referralStatus(m)}</option>`)}</select></label> <label>${t.number} <input name="externalRef" maxlength="100" value="${r.externalRef ?? ""}"></label> <button type="submit">${t.update}</button></form>`;
  return html`<ul class="referrals">${data.referrals.map((r) => html`<li>${l.target(r.target)}: ${l.referralStatus(r.status)}${r.externalRef ? html`, ${t.caseNumber} <strong>${r.externalRef}</strong>` : null}${r.deliveryProblem ? html` <span class="late">${r.deliveryProblem}</span>` : null}
${REFERRAL_MOVES[r.status].length > 0 ? answerForm(r) : null}</li>`)}</ul>`;
}

export function casePage(ui: Ui, session: SignedIn, data: CasePageData, flash: PageFrame["flash"], path: string): SafeHtml {
  const { t, l } = ui;
  const c = data.detail.case;
  const reads = data.audit.filter((a) => READ_ACTIONS.has(a.action));
  const body = html`<p><a href="${BASE}">${t.back}</a></p>${facts(ui, data)}
<section aria-labelledby="narrative-h"><h2 id="narrative-h">${t.narrative}</h2><p class="narrative">${c.narrative}</p>
${c.details.extraNotes.length ? html`<ul>${c.details.extraNotes.map((n) => html`<li>${n}</li>`)}</ul>` : null}</section>
<section aria-labelledby="actions-h"><h2 id="actions-h">${t.actions}</h2>${actions(ui, session, data)}</section>
<section aria-labelledby="referrals-h"><h2 id="referrals-h">${t.referrals}</h2>${referralList(ui, session, data)}</section>
<section aria-labelledby="timeline-h"><h2 id="timeline-h">${t.timeline}</h2><ol class="timeline">${timeline(ui, data).map((i) => html`<li><time datetime="${i.at.toISOString()}">${formatTime(i.at, ui.lang)}</time> <span class="actor">${i.who}</span>: ${i.what}</li>`)}</ol></section>
<details><summary>${t.views(reads.length)}</summary><ol>${reads.map((e) => html`<li>${formatTime(e.at, ui.lang)} ${e.officer}: ${l.auditAction(e.action)}</li>`)}</ol></details>`;
  return layout({ ui, title: t.caseTitle(c.code), session, flash, path }, body);
}
