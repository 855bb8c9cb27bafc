/**
 * One case as an officer works on it: the report and its narrative (this page exists only
 * after the audited read), the timeline of everything that happened and who did it, and the
 * forms to claim, release, note, refer (111's case number included) and move the status.
 */
import { MAX_REASON_LENGTH } from "../../intake/cases/case-queue-service.ts";
import type { ReferralSuggestion, ReferralSuggestions } from "../../intake/cases/referral-suggestions.ts";
import { FINAL_STATUSES, STATUS_MOVES, type AuditEntry, type CaseDetailView } from "../../intake/cases/case-types.ts";
import { CLOSURE_REASONS, MAX_MESSAGE_LENGTH, MAX_OUTCOME_LENGTH, TASK_CANCELLED_BY_CLOSING, TASK_KINDS, type ClosurePreview, type ClosureRequest, type ClosureView, type MessageView, type TaskView } from "../../intake/cases/casework-service.ts";
import { READY_PHRASES } from "./reporter-phrases.ts";
import { redFlagText } from "../../intake/triage/red-flags.ts";
import { TRIAGE_CATEGORIES, TRIAGE_RISKS } from "../../intake/triage/triage-types.ts";
import { REFERRAL_METHODS, REFERRAL_MOVES, REFERRAL_TARGETS, type ReferralRecord } from "../../intake/cases/referral-types.ts";
import { BASE, countdown, csrfField, dueBadge, formatTime, layout, type PageFrame, type Ui } from "./dashboard-layout.ts";
import { html, type SafeHtml } from "./html.ts";
import type { SignedIn } from "./officer-auth-service.ts";
import { nextDeadline } from "./queue-page.ts";
import { floodSourceLabel } from "../../intake/cases/flood-guard.ts";
import { casePeopleSection } from "./case-people-view.ts";
import { foldKey } from "../../core/vietnamese-text.ts";
import { caseworkTextsFor } from "./casework-texts.ts";

export const MAX_NOTE_LENGTH = 4_000;
const READ_ACTIONS = new Set(["show", "list", "referral_list", "audit_read"]);
/** Actions the timeline shows from their own records (with the text), not from the audit log. */
const OWN_TIMELINE_ENTRY = new Set(["note", "refer", "reclassify", "close", "reopen", "task_add", "task_done", "message"]);
/** The answers the report flow offers for "when"; anything else is the reporter's own words. */
const WHEN_IDS = new Set(["now", "soon", "today", "this_week", "repeated", "earlier"]);

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
  /** Closings and reopenings, with their reasons and outcome notes. */
  closures: ClosureView[];
  /** Today's provinces (id, name), for "moved to another province". */
  provinces: Array<{ id: string; name: string }>;
  /** Follow-up tasks, soonest due first. */
  tasks: TaskView[];
  /** Officers' messages to the reporter with their delivery state. */
  messages: MessageView[];
  /** What the officer typed into the closing form, shown again after a refusal. */
  closing?: ClosureRequest | undefined;
  /** Officers' display names by username (the holder, task assignees); a username not in it is shown as it is. */
  names?: ReadonlyMap<string, string> | undefined;
}

/** An officer as people know them: the display name, else the username. */
const nameOf = (data: CasePageData, username: string) => data.names?.get(username) ?? username;

interface TimelineItem {
  at: Date;
  who: string;
  what: SafeHtml;
}

function timeline(ui: Ui, data: CasePageData): TimelineItem[] {
  const { t, l } = ui;
  const c = data.detail.case;
  const items: TimelineItem[] = [{ at: c.createdAt, who: t.reporter, what: html`${t.received(l.channel(c.channel))}` }];
  const firstMessage = data.messages[0]?.createdAt;
  for (const a of data.detail.additions) {
    const reply = firstMessage !== undefined && a.createdAt >= firstMessage;
    items.push({ at: a.createdAt, who: t.reporter, what: html`${reply ? caseworkTextsFor(ui.lang).reporterReplied : t.added} <q>${a.text ?? t.attachment}</q>` });
  }
  for (const n of data.detail.notes) items.push({ at: n.createdAt, who: n.officer, what: html`${t.noteWord} <q class="note">${n.text}</q>` });
  for (const r of data.referrals) {
    items.push({ at: r.createdAt, who: r.createdBy, what: html`${t.referredTo} ${l.target(r.target)}${r.targetName ? html` (${r.targetName})` : null}, ${l.method(r.method)}${r.externalRef ? html`, ${t.caseNumber}: <strong>${r.externalRef}</strong>` : null}` });
  }
  for (const c of data.detail.triageChanges) {
    items.push({ at: c.createdAt, who: c.officer, what: html`${t.reclassified} ${l.risk(c.fromRisk)} → ${l.risk(c.toRisk)}, ${l.category(c.fromCategory)} → ${l.category(c.toCategory)}. ${t.reasonWord} <q class="note">${c.reason}</q>` });
  }
  const w = caseworkTextsFor(ui.lang);
  for (const k of data.tasks) {
    items.push({ at: k.createdAt, who: k.createdBy, what: html`${w.taskCreated(w.taskKind[k.kind] ?? k.kind, formatTime(k.dueAt, ui.lang))}${k.note ? html` <q class="note">${k.note}</q>` : null}` });
    if (k.completedAt && k.completedBy === TASK_CANCELLED_BY_CLOSING) {
      const closing = data.closures.find((x) => x.kind === "close" && x.createdAt.getTime() === k.completedAt!.getTime());
      items.push({ at: k.completedAt, who: closing?.officer ?? "", what: html`${w.taskCancelledEntry(w.taskKind[k.kind] ?? k.kind)}` });
    } else if (k.completedAt) items.push({ at: k.completedAt, who: k.completedBy ?? "", what: html`${w.taskCompleted(w.taskKind[k.kind] ?? k.kind)}` });
  }
  for (const m of data.messages) {
    const state = html`${w.messageState[m.status]}${m.status === "pending" && m.lastError ? html`, ${w.messageRetrying}` : null}${m.lastError && m.status !== "delivered" ? html`: ${m.lastError}` : null}`;
    items.push({ at: m.createdAt, who: m.officer, what: html`${w.messageEntry} <q class="note">${m.text}</q> <small class="${m.status === "failed" ? "late" : ""}">(${l.channel(m.channel)}: ${state})</small>` });
  }
  for (const x of data.closures) items.push({ at: x.createdAt, who: x.officer, what: closureEntry(ui, x, data.provinces) });
  for (const e of data.audit.filter((a) => !READ_ACTIONS.has(a.action) && !OWN_TIMELINE_ENTRY.has(a.action) && a.detail !== "not_found")) {
    const detail = auditDetail(ui, e.action, e.detail);
    items.push({ at: e.at, who: e.officer, what: html`${l.auditAction(e.action)}${detail ? html` (${detail})` : null}` });
  }
  return items.sort((a, b) => a.at.getTime() - b.at.getTime());
}

/** An audit record's detail in words: "-> closed" is "→ đã đóng"; details meant for the log only are not shown. */
function auditDetail(ui: Ui, action: string, detail: string | null): string | null {
  const { l } = ui;
  const w = caseworkTextsFor(ui.lang);
  const move = detail ? /^(\S*)\s*->\s*(.+)$/.exec(detail) : null;
  if (action === "status" && move) return w.arrow(move[1] ? l.status(move[1]) : "", l.status(move[2]!)).trim();
  if (action === "referral_update" && move) return w.arrow(l.referralStatus(move[1]!), l.referralStatus(move[2]!));
  if (action === "reassign" && move) return w.arrow(move[1] === "-" ? ui.t.unclaimed : move[1]!, move[2]!);
  return null;
}

function facts(ui: Ui, data: CasePageData): SafeHtml {
  const { t, l } = ui;
  const w = caseworkTextsFor(ui.lang);
  const c = data.detail.case;
  const row = (k: string, v: SafeHtml | string | null) => html`<dt>${k}</dt><dd>${v ?? "—"}</dd>`;
  const child = [c.childAgeBand && l.age(c.childAgeBand), c.childSex && l.sex(c.childSex)].filter(Boolean).join(", ");
  const flood = c.floodGroup ? html` <small class="flood-mark" title="${t.floodTitle}">${t.floodMark(floodSourceLabel(c.floodGroup))}</small>` : null;
  const place = [c.commune, c.provinceName].filter(Boolean).join(", ");
  // The reporter's own words for the place, when they say more than the province and commune shown above ("dak lak" does not).
  const placeWords = c.details.locationText && ![c.provinceName, c.commune, place].some((p) => p && foldKey(p) === foldKey(c.details.locationText!)) ? c.details.locationText : null;
  const when = c.details.when === null ? null : WHEN_IDS.has(c.details.when) ? l.when(c.details.when) : c.details.when;
  const flags = [...new Set(c.redFlags.map((f) => redFlagText(f, ui.lang)))];
  return html`<dl class="facts">${row(t.cRisk, html`<span class="risk risk-${c.risk}">${l.risk(c.risk)}</span>${flood}`)}${row(t.cCategory, l.category(c.category))}
${row(t.cStatus, l.status(c.status))}${row(t.cAssignee, c.assigneeId ? nameOf(data, c.assigneeId) : t.unclaimed)}${row(t.cDeadline, dueBadge(nextDeadline(c), data.now, ui))}
${row(t.cPlace, place || null)}${placeWords ? row(w.fWhereWords, placeWords) : null}${row(t.fChild, child || null)}
${row(WHEN_IDS.has(c.details.when ?? "") ? t.fWhen : w.fWhenWords, when)}${row(t.fFlags, flags.length ? html`<ul class="flags">${flags.map((f) => html`<li>${f}</li>`)}</ul>` : null)}
${row(t.fReporter, c.anonymous ? t.anonymous : c.reporterRelation && l.relation(c.reporterRelation))}</dl>
${reporterAnswers(ui, data)}
${c.reasons.length ? html`<details><summary>${t.triageReasons}</summary><ul>${c.reasons.map((r) => html`<li>${readableReason(r, ui)}</li>`)}</ul></details>` : null}`;
}

/** What the reporter answered about danger now and about being contacted; the contact itself only to those who may read the report, and only with consent. */
function reporterAnswers(ui: Ui, data: CasePageData): SafeHtml {
  const { t, l } = ui;
  const w = caseworkTextsFor(ui.lang);
  const c = data.detail.case;
  const row = (k: string, v: SafeHtml | string | null) => html`<dt>${k}</dt><dd>${v ?? "—"}</dd>`;
  const answer = (a: string | null) => (a === null ? w.notAnswered : l.answer(a));
  const gaveContact = !c.anonymous && c.contact !== null;
  const consent = c.consentToContact === null ? w.notAnswered : c.consentToContact ? w.consentYes : w.consentNo;
  const contact = !data.narrativeAllowed || !gaveContact ? null : c.consentToContact ? row(t.fContact, c.contact) : row(t.fContact, w.contactHidden);
  return html`<h2 id="answers-h">${w.reporterAnswers}</h2><dl class="facts" aria-labelledby="answers-h">${row(w.fDangerNow, html`<strong class="${c.details.dangerNow === "yes" ? "late" : ""}">${answer(c.details.dangerNow)}</strong>${c.details.dangerFromStory ? ` (${w.readFromStory})` : ""}`)}
${row(w.fWithPerson, answer(c.details.withPersonNow))}${row(w.fContactChoice, gaveContact ? w.contactGiven : w.contactAnonymous)}${gaveContact ? row(w.fConsent, consent) : null}${contact}</dl>`;
}

/** A triage reason with the codes it may name (a category, a red flag) in words. */
function readableReason(reason: string, ui: Ui): string {
  return reason.replace(/\b[a-z]+(?:_[a-z0-9]+)+\b/g, (code) => ((TRIAGE_CATEGORIES as readonly string[]).includes(code) ? ui.l.category(code) : redFlagText(code, ui.lang)));
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
  if (STATUS_MOVES[c.status].length === 0) return html`<p>${t.finished}</p>`;
  // Closing has its own form, with a reason, an outcome and a confirmation.
  const moves = STATUS_MOVES[c.status].filter((m) => !FINAL_STATUSES.has(m));
  return html`<div class="actions">
${moves.length ? html`<form method="post" action="${path}/status">${csrfField(session)}<label>${t.moveTo} <select name="to">${moves.map((m) => html`<option value="${m}">${l.status(m)}</option>`)}</select></label> <button type="submit">${t.updateStatus}</button></form>` : null}
${reclassifyForm(ui, session, data, path)}${reassignForm(ui, session, data, path)}
<form method="post" action="${path}/note">${csrfField(session)}<label for="note-text">${t.noteLabel(MAX_NOTE_LENGTH)}</label><textarea id="note-text" name="text" rows="3" maxlength="${MAX_NOTE_LENGTH}" required></textarea><button type="submit">${t.saveNote}</button></form>
${referForm(ui, session, path)}</div>`;
}

/**
 * The first thing on the page, before the facts: claim or release, and links down to the forms
 * an officer comes for (refer, close), so on a phone they are not 1,000 px down.
 */
function caseBar(ui: Ui, session: SignedIn, data: CasePageData): SafeHtml {
  const { t } = ui;
  const w = caseworkTextsFor(ui.lang);
  const c = data.detail.case;
  const path = `${BASE}/cases/${c.code}`;
  const open = STATUS_MOVES[c.status].length > 0;
  const mine = c.assigneeId === session.account.username;
  const canWrite = data.narrativeAllowed && (c.channel === "telegram" || c.channel === "zalo" || c.channel === "web");
  const jumps: Array<[string, string]> = open ? [["#refer-h", w.jumpRefer], ...(canWrite ? [["#message-h", w.jumpMessage] as [string, string]] : []), ["#tasks-h", w.jumpTasks], ["#close-h", w.jumpClose]] : FINAL_STATUSES.has(c.status) ? [["#reopen-h", w.jumpReopen]] : [];
  const overdue = open ? data.tasks.filter((k) => !k.completedAt && k.dueAt <= data.now).length : 0;
  return html`<div class="case-bar" role="group" aria-label="${w.quickActions}">
${open && !c.assigneeId ? html`<form method="post" action="${path}/claim">${csrfField(session)}<button type="submit">${t.claim}</button></form>` : null}
${open && mine ? html`<form method="post" action="${path}/release">${csrfField(session)}<button type="submit" class="secondary">${t.release}</button></form>` : null}
${jumps.map(([href, text]) => html`<a class="jump" href="${href}">${text}</a>`)}${overdue ? html` <a class="late" href="#tasks-h">${w.overdueTasks(overdue)}</a>` : null}</div>`;
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
<ol class="suggestions">${data.suggestions.suggestions.map((s) => suggestionItem(ui, session, s, `${BASE}/cases/${c.code}`, open))}</ol>
${data.suggestions.more.length ? html`<details class="suggestions-more"><summary>${ui.lang === "en" ? `More (${data.suggestions.more.length})` : `Thêm (${data.suggestions.more.length})`}</summary><ol class="suggestions" start="${String(data.suggestions.suggestions.length + 1)}">${data.suggestions.more.map((s) => suggestionItem(ui, session, s, `${BASE}/cases/${c.code}`, open))}</ol></details>` : null}`;
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

/** Open tasks first (overdue ones marked), then done ones; a form adds one while the case is open. Due times are typed and shown in Vietnam's time. */
function tasksSection(ui: Ui, session: SignedIn, data: CasePageData): SafeHtml {
  const w = caseworkTextsFor(ui.lang);
  const c = data.detail.case;
  const path = `${BASE}/cases/${c.code}`;
  const open = !FINAL_STATUSES.has(c.status);
  const item = (k: TaskView) => {
    const overdue = !k.completedAt && k.dueAt <= data.now;
    const state = k.completedAt && k.completedBy === TASK_CANCELLED_BY_CLOSING ? w.taskCancelled(formatTime(k.completedAt, ui.lang))
      : k.completedAt ? w.taskDoneBy(nameOf(data, k.completedBy ?? ""), formatTime(k.completedAt, ui.lang))
      : overdue ? html`<span class="late">${countdown(k.dueAt, data.now, ui.t)}</span>` : dueBadge(k.dueAt, data.now, ui);
    const done = !k.completedAt && open ? html` <form method="post" action="${path}/task/${k.id}/done" class="inline">${csrfField(session)}<button type="submit" class="secondary">${w.taskDone}</button></form>` : null;
    return html`<li class="${overdue ? "overdue" : k.completedAt ? "done" : "open"}"><strong>${w.taskKind[k.kind] ?? k.kind}</strong> · ${w.taskDueAt(formatTime(k.dueAt, ui.lang))} · ${w.taskFor(nameOf(data, k.assigneeId))} · ${state}${k.note ? html`<br><span class="note">${k.note}</span>` : null}${done}</li>`;
  };
  const sorted = [...data.tasks].sort((a, b) => Number(a.completedAt !== null) - Number(b.completedAt !== null) || a.dueAt.getTime() - b.dueAt.getTime());
  const form = open ? html`<form method="post" action="${path}/tasks" class="actions">${csrfField(session)}
<label>${w.taskKindLabel} <select name="kind">${TASK_KINDS.map((k) => html`<option value="${k}">${w.taskKind[k]}</option>`)}</select></label>
<label>${w.taskDue} <input type="datetime-local" name="due" required value="${localInputValue(new Date(data.now.getTime() + 86_400_000))}"></label>
<label>${w.taskNote} <input name="note" maxlength="${MAX_OUTCOME_LENGTH}"></label>
<button type="submit">${w.addTask}</button></form>` : null;
  return html`<section aria-labelledby="tasks-h"><h2 id="tasks-h">${w.tasksHeading}</h2>${sorted.length ? html`<ul class="tasks">${sorted.map(item)}</ul>` : html`<p>${w.noTasks}</p>`}${form}</section>`;
}

/** Writing back to the reporter: a ready phrase and/or own words, sent in the reporter's language through their channel. */
function messageSection(ui: Ui, session: SignedIn, data: CasePageData): SafeHtml | null {
  const w = caseworkTextsFor(ui.lang);
  const c = data.detail.case;
  if (FINAL_STATUSES.has(c.status) || !data.narrativeAllowed) return null;
  const heading = html`<h2 id="message-h">${w.messageHeading}</h2>`;
  if (c.channel !== "telegram" && c.channel !== "zalo" && c.channel !== "web") return html`<section aria-labelledby="message-h">${heading}<p>${w.messageNoChannel}</p></section>`;
  const reporterLang = c.details.language === "en" ? "en" : "vi";
  const phrases = Object.entries(READY_PHRASES).map(([id, p]) => html`<option value="${id}">${p[ui.lang]}${reporterLang !== ui.lang ? html` — ${p[reporterLang]}` : null}</option>`);
  return html`<section aria-labelledby="message-h">${heading}<p>${w.messageVia(ui.l.channel(c.channel), w.langName[reporterLang] ?? reporterLang)}</p>${c.channel === "web" ? html`<p>${w.messageWebNote}</p>` : null}
<form method="post" action="${BASE}/cases/${c.code}/message" class="actions">${csrfField(session)}
<label>${w.messagePhrase} <select name="phrase"><option value="">${w.ownWords}</option>${phrases}</select></label>
<label for="message-text">${w.messageText(MAX_MESSAGE_LENGTH)}</label><textarea id="message-text" name="text" rows="3" maxlength="${MAX_MESSAGE_LENGTH}"></textarea>
<button type="submit">${w.messageSend}</button></form></section>`;
}

/** "2026-12-04T09:30" in Vietnam's time (UTC+7, no daylight saving), as a datetime-local input holds it. */
export function localInputValue(at: Date): string {
  return new Date(at.getTime() + 7 * 3600_000).toISOString().slice(0, 16);
}

/** A datetime-local value typed in Vietnam's time; null when it is not one. */
export function parseLocalInput(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/.test(value)) return null;
  const at = new Date(`${value}:00+07:00`);
  return Number.isNaN(at.getTime()) ? null : at;
}

/** A closing or reopening in the timeline: the reason in words, the duplicate's code or the new province, the note. */
function closureEntry(ui: Ui, x: ClosureView, provinces: CasePageData["provinces"]): SafeHtml {
  const w = caseworkTextsFor(ui.lang);
  if (x.kind === "reopen") return html`${w.reopened} ${ui.l.status(x.fromStatus)} → ${ui.l.status(x.toStatus)}. ${w.reasonWord} <q class="note">${x.note}</q>`;
  const extra = x.duplicateOf ? html` (${w.duplicateOfWord} <a href="${BASE}/cases/${x.duplicateOf}">${x.duplicateOf}</a>)` : x.movedTo ? html` (${w.movedToWord} ${provinceName(x.movedTo, provinces)})` : null;
  return html`${w.closedWith(w.closureReason[x.reason ?? ""] ?? "")}${extra}. ${w.outcomeWord} <q class="note">${x.note}</q>`;
}

const provinceName = (id: string, provinces: CasePageData["provinces"]) => provinces.find((p) => p.id === id)?.name ?? id;

/** Closing: a reason, the duplicate's code or the new province when they apply, the outcome; the next step asks to confirm. */
function closeForm(ui: Ui, session: SignedIn, data: CasePageData): SafeHtml {
  const w = caseworkTextsFor(ui.lang);
  const c = data.detail.case;
  // After a refusal (a duplicate code not found, no outcome) the form comes back as it was typed.
  const typed = data.closing;
  const checked = (v: string | null | undefined, want: string) => (v === want ? html` checked` : null);
  const selected = (v: string | null | undefined, want: string) => (v === want ? html` selected` : null);
  return html`<section aria-labelledby="close-h"><h2 id="close-h">${w.closeHeading}</h2>
<form method="post" action="${BASE}/cases/${c.code}/close" class="actions">${csrfField(session)}
<fieldset><legend>${w.closeReason}</legend>${CLOSURE_REASONS.map((r) => html`<label class="choice"><input type="radio" name="reason" value="${r}" required${checked(typed?.reason, r)}> ${w.closureReason[r]}</label>`)}</fieldset>
<label>${w.duplicateOf} <input name="duplicateOf" maxlength="20" autocomplete="off" value="${typed?.duplicateOf ?? ""}"></label>
<label>${w.movedTo} <select name="movedTo"><option value=""></option>${data.provinces.filter((p) => p.id !== c.provinceId).map((p) => html`<option value="${p.id}"${selected(typed?.movedTo, p.id)}>${p.name}</option>`)}</select></label>
<label for="outcome-text">${w.outcomeLabel(MAX_OUTCOME_LENGTH)}</label><textarea id="outcome-text" name="note" rows="3" maxlength="${MAX_OUTCOME_LENGTH}" required>${typed?.note ?? ""}</textarea>
<button type="submit">${w.reviewClose}</button></form></section>`;
}

function reopenForm(ui: Ui, session: SignedIn, data: CasePageData): SafeHtml {
  const w = caseworkTextsFor(ui.lang);
  const c = data.detail.case;
  return html`<section aria-labelledby="reopen-h"><h2 id="reopen-h">${w.reopenHeading}</h2>
<form method="post" action="${BASE}/cases/${c.code}/reopen" class="actions">${csrfField(session)}
<label for="reopen-text">${w.reopenLabel(MAX_OUTCOME_LENGTH)}</label><textarea id="reopen-text" name="reason" rows="2" maxlength="${MAX_OUTCOME_LENGTH}" required></textarea>
<button type="submit">${w.reopenButton}</button></form></section>`;
}

/** The confirmation step of closing: what will be recorded, a button that records it, and a way back. */
export function closeConfirmPage(ui: Ui, session: SignedIn, code: string, request: ClosureRequest, preview: ClosurePreview, provinces: CasePageData["provinces"]): SafeHtml {
  const w = caseworkTextsFor(ui.lang);
  const path = `${BASE}/cases/${code}`;
  const hidden = (name: string, value: string | null | undefined) => html`<input type="hidden" name="${name}" value="${value ?? ""}">`;
  const body = html`<p class="confirm" role="alert">${w.confirmLead}</p>
<dl class="facts"><dt>${w.closeReason}</dt><dd>${w.closureReason[preview.reason]}${preview.duplicateOf ? html` (${w.duplicateOfWord} ${preview.duplicateOf})` : preview.movedTo ? html` (${w.movedToWord} ${provinceName(preview.movedTo, provinces)})` : null}</dd>
<dt>${w.outcomeWord}</dt><dd class="note">${preview.note}</dd><dt>${w.statusAfter}</dt><dd>${ui.l.status(preview.toStatus)}</dd></dl>
<form method="post" action="${path}/close">${csrfField(session)}${hidden("reason", request.reason)}${hidden("duplicateOf", request.duplicateOf)}${hidden("movedTo", request.movedTo)}${hidden("note", request.note)}${hidden("confirm", "yes")}
<button type="submit" class="danger">${w.confirmClose}</button> <a href="${path}#close-h">${w.cancelClose}</a></form>`;
  return layout({ ui, title: w.confirmTitle(code), session, path }, body);
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
  const body = html`<p><a href="${BASE}">${t.back}</a></p>${caseBar(ui, session, data)}${facts(ui, data)}${casePeopleSection(ui, c, data.narrativeAllowed)}
<section aria-labelledby="narrative-h"><h2 id="narrative-h">${t.narrative}</h2>${data.narrativeAllowed ? narrative(data) : html`<p role="note">${t.narrativeWithheld(c.assigneeId ?? "")}</p>`}</section>
<section aria-labelledby="actions-h"><h2 id="actions-h">${t.actions}</h2>${actions(ui, session, data)}</section>
<section aria-labelledby="suggestions-h"><h2 id="suggestions-h">${t.suggestionsHeading}</h2>${suggestionList(ui, session, data)}</section>
<section aria-labelledby="referrals-h"><h2 id="referrals-h">${t.referrals}</h2>${referralList(ui, session, data)}</section>
${messageSection(ui, session, data)}${tasksSection(ui, session, data)}
${FINAL_STATUSES.has(c.status) ? reopenForm(ui, session, data) : closeForm(ui, session, data)}
${data.narrativeAllowed ? html`<section aria-labelledby="form01-h"><h2 id="form01-h">${t.form01Heading}</h2><p><a href="${BASE}/cases/${c.code}/form01">${t.form01Link}</a></p></section>` : null}
<section aria-labelledby="timeline-h"><h2 id="timeline-h">${t.timeline}</h2><ol class="timeline">${timeline(ui, data).map((i) => html`<li><time datetime="${i.at.toISOString()}">${formatTime(i.at, ui.lang)}</time> <span class="actor">${i.who}</span>: ${i.what}</li>`)}</ol></section>
<details><summary>${t.views(reads.length)}</summary><ol>${reads.map((e) => html`<li>${formatTime(e.at, ui.lang)} ${e.officer}: ${l.auditAction(e.action)}</li>`)}</ol></details>`;
  return layout({ ui, title: t.caseTitle(c.code), session, flash, path }, body);
}
