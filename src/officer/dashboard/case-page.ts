/**
 * One case as an officer works on it: the report and its narrative (this page exists only
 * after the audited read), the timeline of everything that happened and who did it, and the
 * forms to claim, release, note, refer (111's case number included) and move the status.
 */
import { MAX_REASON_LENGTH } from "../../intake/cases/case-queue-service.ts";
import type { ReferralSuggestion, ReferralSuggestions } from "../../intake/cases/referral-suggestions.ts";
import { STATUS_MOVES, type AuditEntry, type CaseDetailView } from "../../intake/cases/case-types.ts";
import { redFlagText } from "../../intake/triage/red-flags.ts";
import { TRIAGE_CATEGORIES, TRIAGE_RISKS } from "../../intake/triage/triage-types.ts";
import { REFERRAL_METHODS, REFERRAL_MOVES, REFERRAL_TARGETS, type ReferralRecord } from "../../intake/cases/referral-types.ts";
import { BASE, csrfField, dueBadge, formatTime, layout, type PageFrame, type Ui } from "./dashboard-layout.ts";
import { html, type SafeHtml } from "./html.ts";
import type { SignedIn } from "./officer-auth-service.ts";
import { nextDeadline } from "./queue-page.ts";
import { floodSourceLabel } from "../../intake/cases/flood-guard.ts";

export const MAX_NOTE_LENGTH = 4_000;
const READ_ACTIONS = new Set(["show", "list", "referral_list", "audit_read"]);
/** Actions the timeline shows from their own records (with the text), not from the audit log. */
const OWN_TIMELINE_ENTRY = new Set(["note", "refer", "reclassify"]);

export interface CasePageData {
  detail: CaseDetailView;
  referrals: Array<ReferralRecord & { deliveryProblem: string | null }>;
  audit: AuditEntry[];
  now: Date;
  /** Where the plans say to send this kind of case in this province, with their quotes. */
  suggestions: ReferralSuggestions;
  /** Officers a supervisor may give the case to; null when the viewer may not reassign. */
  assignees: Array<{ username: string; displayName: string }> | null;
  /** Whether this viewer may read the narrative and contact (the holder, supervisors, anyone while unclaimed). */
  narrativeAllowed: boolean;
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
  for (const c of data.detail.triageChanges) {
    items.push({ at: c.createdAt, who: c.officer, what: html`${t.reclassified} ${l.risk(c.fromRisk)} → ${l.risk(c.toRisk)}, ${l.category(c.fromCategory)} → ${l.category(c.toCategory)}. ${t.reasonWord} <q class="note">${c.reason}</q>` });
  }
  for (const e of data.audit.filter((a) => !READ_ACTIONS.has(a.action) && !OWN_TIMELINE_ENTRY.has(a.action) && a.detail !== "not_found")) {
    items.push({ at: e.at, who: e.officer, what: html`${l.auditAction(e.action)}${e.detail ? html` (${e.detail})` : null}` });
  }
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}

function facts(ui: Ui, data: CasePageData): SafeHtml {
  const { t, l } = ui;
  const c = data.detail.case;
  const row = (k: string, v: SafeHtml | string | null) => html`<dt>${k}</dt><dd>${v ?? "—"}</dd>`;
  const child = [c.childAgeBand && l.age(c.childAgeBand), c.childSex && l.sex(c.childSex)].filter(Boolean).join(", ");
  const flood = c.floodGroup ? html` <small class="flood-mark" title="${t.floodTitle}">${t.floodMark(floodSourceLabel(c.floodGroup))}</small>` : null;
  return html`<dl class="facts">${row(t.cRisk, html`<span class="risk risk-${c.risk}">${l.risk(c.risk)}</span>${flood}`)}${row(t.cCategory, l.category(c.category))}
${row(t.cStatus, l.status(c.status))}${row(t.cAssignee, c.assigneeId ?? t.unclaimed)}${row(t.cDeadline, dueBadge(nextDeadline(c), data.now, ui))}
${row(t.cPlace, [c.commune, c.provinceName].filter(Boolean).join(", ") || null)}${row(t.fChild, child || null)}
${row(t.fWhen, c.details.when)}${row(t.fWhere, c.details.locationText)}${row(t.fFlags, c.redFlags.length ? html`<ul class="flags">${c.redFlags.map((f) => html`<li>${redFlagText(f, ui.lang)}</li>`)}</ul>` : null)}
${row(t.fReporter, c.anonymous ? t.anonymous : c.reporterRelation && l.relation(c.reporterRelation))}${data.narrativeAllowed ? row(t.fContact, c.consentToContact ? c.contact : t.noContact) : null}</dl>
${c.reasons.length ? html`<details><summary>${t.triageReasons}</summary><ul>${c.reasons.map((r) => html`<li>${r}</li>`)}</ul></details>` : null}`;
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
${reclassifyForm(ui, session, data, path)}${reassignForm(ui, session, data, path)}
<form method="post" action="${path}/note">${csrfField(session)}<label for="note-text">${t.noteLabel(MAX_NOTE_LENGTH)}</label><textarea id="note-text" name="text" rows="3" maxlength="${MAX_NOTE_LENGTH}" required></textarea><button type="submit">${t.saveNote}</button></form>
${referForm(ui, session, path)}</div>`;
}

function reclassifyForm(ui: Ui, session: SignedIn, data: CasePageData, path: string): SafeHtml {
  const { t, l } = ui;
  const c = data.detail.case;
  const options = (codes: readonly string[], label: (x: string) => string, chosen: string) => codes.map((x) => html`<option value="${x}"${x === chosen ? html` selected` : null}>${label(x)}</option>`);
  return html`<form method="post" action="${path}/reclassify" aria-labelledby="reclassify-h"><h3 id="reclassify-h">${t.reclassifyHeading}</h3>${csrfField(session)}
<label>${t.cRisk} <select name="risk">${options(TRIAGE_RISKS, l.risk, c.risk)}</select></label>
<label>${t.cCategory} <select name="category">${options(TRIAGE_CATEGORIES, l.category, c.category)}</select></label>
<label for="reason-text">${t.reasonLabel(MAX_REASON_LENGTH)}</label><textarea id="reason-text" name="reason" rows="2" maxlength="${MAX_REASON_LENGTH}" required></textarea>
<button type="submit">${t.saveReclassify}</button></form>`;
}

function reassignForm(ui: Ui, session: SignedIn, data: CasePageData, path: string): SafeHtml | null {
  const { t } = ui;
  if (!data.assignees) return null;
  const others = data.assignees.filter((a) => a.username !== data.detail.case.assigneeId);
  if (others.length === 0) return html`<p>${t.noOneToAssign}</p>`;
  return html`<form method="post" action="${path}/reassign" aria-labelledby="reassign-h"><h3 id="reassign-h">${t.reassignHeading}</h3>${csrfField(session)}
<label>${t.reassignTo} <select name="to">${others.map((a) => html`<option value="${a.username}">${a.displayName} (${a.username})</option>`)}</select></label>
<button type="submit">${t.reassignButton}</button></form>`;
}

function suggestionItem(ui: Ui, session: SignedIn, s: ReferralSuggestion, path: string, open: boolean): SafeHtml {
  const { t, l } = ui;
  const cite = s.citations.map((q) => html`<li><cite>${q.documentNumber}</cite>, ${t.sectionWord} ${q.sectionPath} (${q.roleVi}):<blockquote>${q.quote}</blockquote>${q.note ? html`<small>${q.note}</small>` : null}</li>`);
  const successors = s.successors.map((x) => html`<li>${x.names.join(", ")} (${x.effective}, ${x.legalBasis})${x.verified ? null : html` ${t.unverified}`}</li>`);
  const refer = open ? html`<form method="post" action="${path}/refer" class="inline">${csrfField(session)}<input type="hidden" name="target" value="${s.target}"><input type="hidden" name="targetName" value="${s.name}">
<label>${t.how} <select name="method">${REFERRAL_METHODS.filter((m) => m !== "webhook").map((m) => html`<option value="${m}">${l.method(m)}</option>`)}</select></label>
<label>${t.externalRef} <input name="externalRef" maxlength="100"></label><button type="submit">${t.referThis}</button></form>` : null;
  return html`<li class="suggestion"><strong>${s.name}</strong> · ${l.target(s.target)}<br>${s.basis === "decree_56" ? t.basisDecree : null} ${s.reason}
${cite.length ? html`<ul class="citations">${cite}</ul>` : null}${successors.length ? html`<p>${t.successorWord}</p><ul>${successors}</ul>` : null}${refer}</li>`;
}

function suggestionList(ui: Ui, session: SignedIn, data: CasePageData): SafeHtml {
  const { t } = ui;
  const c = data.detail.case;
  const open = STATUS_MOVES[c.status].length > 0;
  const found = data.suggestions.plansRead;
  return html`<p>${found.length ? t.suggestionsFrom(found.join(", ")) : t.suggestionsNoPlan}</p>
<ol class="suggestions">${data.suggestions.suggestions.map((s) => suggestionItem(ui, session, s, `${BASE}/cases/${c.code}`, open))}</ol>`;
}

function referralList(ui: Ui, session: SignedIn, data: CasePageData): SafeHtml {
  const { t, l } = ui;
  if (data.referrals.length === 0) return html`<p>${t.notReferred}</p>`;
  const path = `${BASE}/cases/${data.detail.case.code}`;
  const answerForm = (r: ReferralRecord) => html`<form method="post" action="${path}/referrals/${r.id}">${csrfField(session)}<label>${t.answer} <select name="to">${REFERRAL_MOVES[r.status].map((m) => html`<option value="${m}">${l.referralStatus(m)}</option>`)}</select></label> <label>${t.number} <input name="externalRef" maxlength="100" value="${r.externalRef ?? ""}"></label> <button type="submit">${t.update}</button></form>`;
  return html`<ul class="referrals">${data.referrals.map((r) => html`<li>${l.target(r.target)}: ${l.referralStatus(r.status)}${r.externalRef ? html`, ${t.caseNumber} <strong>${r.externalRef}</strong>` : null}${r.deliveryProblem ? html` <span class="late">${r.deliveryProblem}</span>` : null}
${REFERRAL_MOVES[r.status].length > 0 ? answerForm(r) : null}</li>`)}</ul>`;
}

function narrative(data: CasePageData): SafeHtml {
  const c = data.detail.case;
  return html`<p class="narrative">${c.narrative}</p>${c.details.extraNotes.length ? html`<ul>${c.details.extraNotes.map((n) => html`<li>${n}</li>`)}</ul>` : null}`;
}

/** Form 01 as the printed text of the decree's form, with a download of the same text. */
export function form01Page(ui: Ui, session: SignedIn, code: string, text: string): SafeHtml {
  const { t } = ui;
  const path = `${BASE}/cases/${code}/form01`;
  return layout({ ui, title: t.form01Title(code), session, path }, html`<p><a href="${BASE}/cases/${code}">${t.back}</a> · <a href="${path}?format=txt" download="${`mau-01-${code}.txt`}">${t.form01Download}</a></p>
<p>${t.form01Print}</p><pre class="form01" lang="vi">${text}</pre>`);
}

export function casePage(ui: Ui, session: SignedIn, data: CasePageData, flash: PageFrame["flash"], path: string): SafeHtml {
  const { t, l } = ui;
  const c = data.detail.case;
  const reads = data.audit.filter((a) => READ_ACTIONS.has(a.action));
  const body = html`<p><a href="${BASE}">${t.back}</a></p>${facts(ui, data)}
<section aria-labelledby="narrative-h"><h2 id="narrative-h">${t.narrative}</h2>${data.narrativeAllowed ? narrative(data) : html`<p role="note">${t.narrativeWithheld(c.assigneeId ?? "")}</p>`}</section>
<section aria-labelledby="actions-h"><h2 id="actions-h">${t.actions}</h2>${actions(ui, session, data)}</section>
<section aria-labelledby="suggestions-h"><h2 id="suggestions-h">${t.suggestionsHeading}</h2>${suggestionList(ui, session, data)}</section>
<section aria-labelledby="referrals-h"><h2 id="referrals-h">${t.referrals}</h2>${referralList(ui, session, data)}</section>
${data.narrativeAllowed ? html`<section aria-labelledby="form01-h"><h2 id="form01-h">${t.form01Heading}</h2><p><a href="${BASE}/cases/${c.code}/form01">${t.form01Link}</a></p></section>` : null}
<section aria-labelledby="timeline-h"><h2 id="timeline-h">${t.timeline}</h2><ol class="timeline">${timeline(ui, data).map((i) => html`<li><time datetime="${i.at.toISOString()}">${formatTime(i.at, ui.lang)}</time> <span class="actor">${i.who}</span>: ${i.what}</li>`)}</ol></section>
<details><summary>${t.views(reads.length)}</summary><ol>${reads.map((e) => html`<li>${formatTime(e.at, ui.lang)} ${e.officer}: ${l.auditAction(e.action)}</li>`)}</ol></details>`;
  return layout({ ui, title: t.caseTitle(c.code), session, flash, path }, body);
}
