/**
 * The administrators' page of model-drafted plan facts: one table per plan version, each
 * draft with the agency as written and as the registry knows it, its role, section, quote
 * and review, and one form to approve or reject the ticked unreviewed drafts. Everything a
 * draft holds came from a model reading a document, so all of it is escaped by `html`.
 */
import type { ImportJob } from "../../kb/ingest/document-imports.ts";
import type { ReadPlanResult } from "../../kb/ingest/read-plan-document.ts";
import type { StoredDraft } from "../../kb/plan-drafts.ts";
import type { Registry } from "../../kb/registry/registry.ts";
import type { Assignment, Role } from "../../kb/types.ts";
import { BASE, csrfField, formatTime, layout, type PageFrame, type Ui } from "./dashboard-layout.ts";
import { draftTexts, importTexts, type DraftTexts } from "./draft-texts.ts";
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
  /** True when plans can be uploaded as documents here (the link to the upload page is shown). */
  uploads?: boolean;
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
  const upload = view.uploads ? html`<p><a href="${UPLOAD_PATH}">${importTexts(ui.lang).uploadLink}</a></p>` : null;
  const body = html`<p class="draft-intro">${dt.intro}</p>${upload}${filterForm(ui, view.filter)}${list}`;
  const path = view.filter === "unreviewed" ? DRAFTS_PATH : `${DRAFTS_PATH}?status=${view.filter}`;
  return layout({ ui, title: dt.title, session, path, flash: view.flash }, body);
}

// ---- plans uploaded as documents (PDF, Word, scans) ----

export const UPLOAD_PATH = `${BASE}/admin/documents`;
const ROLES: readonly Role[] = ["lead", "coordinate", "responsible", "requested"];

/** The upload form: one file, sent as multipart with the session's CSRF token. */
export function uploadPage(ui: Ui, session: SignedIn, maxBytes: number, flash?: PageFrame["flash"]): SafeHtml {
  const it = importTexts(ui.lang);
  const mb = Math.floor(maxBytes / 1024 / 1024);
  const body = html`<p class="draft-intro">${it.uploadIntro(mb)}</p>
<form class="import-upload" method="post" action="${UPLOAD_PATH}" enctype="multipart/form-data">${csrfField(session)}
<label for="plan-file">${it.fileLabel}</label> <input id="plan-file" type="file" name="file" required accept=".pdf,.docx,.png,.jpg,.jpeg,.txt,application/pdf,application/vnd.openxmlformats-officedocument.wordprocessingml.document,image/png,image/jpeg,text/plain">
<button type="submit">${it.upload}</button></form>`;
  return layout({ ui, title: it.uploadTitle, session, path: UPLOAD_PATH, flash }, body);
}

function pct(n: number): string {
  return `${Math.round(n * 100)}%`;
}

function pagesTable(ui: Ui, doc: ReadPlanResult["document"]): SafeHtml | null {
  if (doc.pages.length === 0) return null;
  const it = importTexts(ui.lang);
  return html`<div class="table-wrap"><table><caption>${it.pagesCaption}</caption>
<thead><tr><th scope="col">${it.cPage}</th><th scope="col">${it.cSource}</th><th scope="col">${it.cConfidence}</th><th scope="col">${it.cFlag}</th></tr></thead>
<tbody>${doc.pages.map((p) => html`<tr${p.flagged ? html` class="import-flag"` : null}><th scope="row">${p.page ?? it.noPage}</th><td>${it.source[p.source] ?? p.source}</td><td>${pct(p.confidence)}</td><td>${p.flagged ? it.flagged : ""}</td></tr>`)}</tbody></table></div>`;
}

function agencyChoice(ui: Ui, registry: Registry, a: Assignment, n: number): SafeHtml {
  const it = importTexts(ui.lang);
  const options = registry.agencies.map((g) => html`<option value="${g.id}"${g.id === a.agencyId ? html` selected` : null}>${ui.lang === "en" ? g.english : g.name}</option>`);
  return html`<select name="agency_${n - 1}" aria-label="${it.agencyFor(n)}"><option value=""${a.agencyId ? null : html` selected`}>${it.unknownAgency}</option>${options}</select>`;
}

function assignmentRow(ui: Ui, registry: Registry, a: Assignment, n: number): SafeHtml {
  const it = importTexts(ui.lang);
  const dt = draftTexts(ui.lang);
  const page = a.page === undefined || a.page === null ? it.noPage : (ui.lang === "en" ? `p. ${a.page}` : `trang ${a.page}`);
  const role = html`<select name="role_${n - 1}" aria-label="${it.roleFor(n)}">${ROLES.map((r) => html`<option value="${r}"${r === a.role ? html` selected` : null}>${dt.role[r] ?? r}</option>`)}</select>`;
  const decision = html`<fieldset class="import-decision"><legend class="draft-sr">${it.decisionFor(n)}</legend>
<label><input type="radio" name="d_${n - 1}" value="accept" checked> ${it.accept}</label><label><input type="radio" name="d_${n - 1}" value="reject"> ${it.rejectOne}</label></fieldset>`;
  return html`<tr><th scope="row">${n}</th><td class="import-page">${page}</td><td>${a.sectionPath || dt.noSection}</td><td>${a.agencyAsWritten}<br>${agencyChoice(ui, registry, a, n)}</td>
<td>${role}</td><td><blockquote class="draft-quote">${a.quote}</blockquote></td><td>${decision}</td></tr>`;
}

/** One upload: its progress while it is read, then the review form, or the outcome. */
export function importPage(ui: Ui, session: SignedIn, job: ImportJob, registry: Registry, flash?: PageFrame["flash"]): SafeHtml {
  const it = importTexts(ui.lang);
  const dt = draftTexts(ui.lang);
  const path = `${UPLOAD_PATH}/${job.id}`;
  const frame = { ui, title: it.importTitle(job.fileName), session, path, flash };
  const again = html`<p><a href="${UPLOAD_PATH}">${it.back}</a></p>`;
  if (job.state === "queued" || job.state === "reading") {
    const p = job.progress;
    const bar = p ? html`<p>${it.progress(p.stage, p.page, p.pages)}</p><progress class="import-progress" max="${p.pages}" value="${p.page - 1}">${p.page}/${p.pages}</progress>` : null;
    return layout(frame, html`<div role="status" aria-live="polite"><p>${job.state === "queued" ? it.queued : it.reading}</p>${bar}</div><p>${it.refreshNote}</p>`);
  }
  if (job.state === "failed") return layout(frame, html`<p role="alert">${it.failed(job.error ?? "")}</p>${again}`);
  if (job.state === "discarded") return layout(frame, html`<p role="status">${it.discarded}</p>${again}`);
  if (job.state === "published" && job.outcome && job.published) {
    const o = job.outcome;
    const s = job.published;
    return layout(frame, html`<p role="status">${it.published(o.documentNumber, o.version, it.saveStatus[o.status] ?? o.status, s.accepted, s.edited, s.rejected)}</p>${again}`);
  }
  const { plan, report, document } = job.result!;
  const problems = report.problems.length > 0 ? html`<details><summary>${it.problems} ${report.problems.length}</summary><ul>${report.problems.map((p) => html`<li>${p}</li>`)}</ul></details>` : null;
  const rows = plan.assignments.map((a, i) => assignmentRow(ui, registry, a, i + 1));
  const table = plan.assignments.length === 0 ? html`<p>${it.noAssignments}</p>` : html`<div class="table-wrap"><table class="import-review"><caption>${it.assignmentsCaption(plan.assignments.length)}</caption>
<thead><tr><th scope="col">${it.cNumber}</th><th scope="col">${it.cPage}</th><th scope="col">${dt.cSection}</th><th scope="col">${dt.cAgency}</th><th scope="col">${dt.cRole}</th><th scope="col">${dt.cQuote}</th><th scope="col">${it.cDecision}</th></tr></thead>
<tbody>${rows}</tbody></table></div>`;
  const body = html`<p>${it.summary(plan.documentNumber, plan.title)}</p>${document.scanned ? html`<p class="import-scan">${it.scanned}</p>` : null}
${pagesTable(ui, document)}${problems}
<form method="post" action="${path}/publish">${csrfField(session)}${table}
<div class="import-actions"><button type="submit">${it.publish}</button></div></form>
<form method="post" action="${path}/discard">${csrfField(session)}<div class="import-actions"><button type="submit" class="draft-reject">${it.discard}</button></div></form>`;
  return layout(frame, body);
}
