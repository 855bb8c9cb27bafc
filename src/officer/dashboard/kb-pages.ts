/**
 * The pages of the knowledge-base browser, rendered from the parsed plans and the registry
 * the bot answers from, so an officer reads the same duties, the same answers and the same
 * verbatim quotes a citizen is given. Pure functions: the routes fetch, these only render.
 */
import type { Registry } from "../../kb/registry/registry.ts";
import type { Agency, Assignment, ParsedPlan, ReportingDuty, Role, Successor, Task } from "../../kb/types.ts";
import type { Answer, AnswerCitation } from "../../qa/answer-types.ts";
import { BASE, layout, type Ui } from "./dashboard-layout.ts";
import { html, type SafeHtml } from "./html.ts";
import type { KbTexts } from "./kb-texts.ts";
import type { SignedIn } from "./officer-auth-service.ts";

/** The registry as the browser reads it (names, provinces, the 2025 successors). */
export type KbRegistry = Pick<Registry, "agency" | "province" | "successorsOf" | "successors">;

/** Everything a page needs besides its own data: language, session, address, registry. */
export interface KbView {
  ui: Ui;
  kt: KbTexts;
  session: SignedIn;
  path: string;
  registry: KbRegistry;
}

/** Strongest duty first: the order officers read roles in. */
export const ROLE_ORDER: readonly Role[] = ["lead", "responsible", "coordinate", "requested"];

/** A plan's page address; document numbers hold "/" so they are always encoded. */
export function planHref(documentNumber: string): string {
  return `${BASE}/kb/plans/${encodeURIComponent(documentNumber)}`;
}

/** An agency's page address, by registry id (the id the plans' assignments resolve to). */
export function agencyHref(agencyId: string): string {
  return `${BASE}/kb/agencies/${encodeURIComponent(agencyId)}`;
}

/** A task's anchor on the tasks page, stable whatever plan filter is applied. */
export function taskHref(planIndex: number, taskIndex: number, documentNumber: string): string {
  return `${BASE}/kb/tasks?plan=${encodeURIComponent(documentNumber)}#task-${planIndex}-${taskIndex}`;
}

/** "2016-08-17" as "17/08/2016"; anything else as written. */
export function formatIsoDate(iso: string | null, kt: KbTexts): string {
  if (!iso) return kt.dash;
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

function periodText(plan: ParsedPlan, kt: KbTexts): string {
  const { start, end } = plan.period;
  if (start && end) return `${formatIsoDate(start, kt)} – ${formatIsoDate(end, kt)}`;
  if (start) return kt.periodFrom(formatIsoDate(start, kt));
  return end ? kt.periodTo(formatIsoDate(end, kt)) : kt.dash;
}

/** The province as the plan writes it, else the registry's name for the inferred one. */
export function provinceName(plan: ParsedPlan, registry: KbRegistry, kt: KbTexts): string {
  const id = plan.province.provinceId;
  return plan.province.asWritten ?? (id ? registry.province(id)?.name ?? id : kt.unknownProvince);
}

/** A verbatim quote of a plan: always Vietnamese, always whole, whitespace kept. */
export function quoteBlock(quote: string): SafeHtml {
  return html`<blockquote class="kb-quote" lang="vi">${quote}</blockquote>`;
}

function agencyLink(registry: KbRegistry, agencyId: string): SafeHtml {
  const agency = registry.agency(agencyId);
  return html`<a href="${agencyHref(agencyId)}">${agency?.name ?? agencyId}</a>`;
}

/** The agency of an assignment: linked when the registry knows it, with the plan's own spelling when it differs. */
function assignedAgency(view: KbView, a: { agencyId: string | null; asWritten: string }): SafeHtml {
  const agency = a.agencyId ? view.registry.agency(a.agencyId) : undefined;
  if (!agency) return html`<span lang="vi">${a.asWritten}</span>`;
  return html`${agencyLink(view.registry, agency.id)}${agency.name === a.asWritten ? null : html` <span class="kb-muted">(${view.kt.asWritten(a.asWritten)})</span>`}`;
}

function page(view: KbView, title: string, body: SafeHtml): SafeHtml {
  return layout({ ui: view.ui, title, session: view.session, path: view.path }, body);
}

// ---------------------------------------------------------------- home and ask

/** An agency that holds duties, with how many duties in how many plans. */
export interface DutyHolder {
  agency: Agency;
  duties: number;
  plans: number;
}

/** Every registry agency named in an assignment, by name. */
export function dutyHolders(plans: readonly ParsedPlan[], registry: KbRegistry): DutyHolder[] {
  const byId = new Map<string, { duties: number; plans: Set<string> }>();
  for (const plan of plans) {
    for (const a of plan.assignments) {
      if (!a.agencyId || !registry.agency(a.agencyId)) continue;
      const entry = byId.get(a.agencyId) ?? { duties: 0, plans: new Set<string>() };
      entry.duties += 1;
      entry.plans.add(plan.documentNumber);
      byId.set(a.agencyId, entry);
    }
  }
  const holders = [...byId].map(([id, e]) => ({ agency: registry.agency(id) as Agency, duties: e.duties, plans: e.plans.size }));
  return holders.sort((x, y) => x.agency.name.localeCompare(y.agency.name, "vi"));
}

/** What the home page shows: the question asked (already cut to length), the bot's answer to it, the plans. */
export interface HomeData {
  question: string;
  answer: Answer | null;
  plans: readonly ParsedPlan[];
}

/** The ask form (and the bot's answer when a question was asked), then the plans, the agencies with duties and the tasks, each a way into the rest. */
export function kbHomePage(view: KbView, data: HomeData): SafeHtml {
  const { kt } = view;
  const body = html`<p>${kt.intro}</p>
${askForm(view, data.question)}
${data.answer ? answerSection(view, data.answer) : null}
<h2>${kt.plansHeading}</h2>
${plansTable(view, data.plans)}
<h2>${kt.agenciesHeading}</h2>
${holdersList(view, dutyHolders(data.plans, view.registry))}
<h2>${kt.tasksHeading}</h2>
${programmesList(view, data.plans)}
<p><a href="${BASE}/kb/successors">${kt.successorsLink}</a></p>`;
  return page(view, kt.homeTitle, body);
}

function askForm(view: KbView, question: string): SafeHtml {
  const { kt } = view;
  return html`<section aria-labelledby="kb-ask"><h2 id="kb-ask">${kt.askHeading}</h2>
<form method="get" action="${BASE}/kb" class="kb-ask"><label for="kb-q">${kt.askLabel}
<input id="kb-q" name="q" type="search" maxlength="500" value="${question}" aria-describedby="kb-q-hint"></label>
<button type="submit">${kt.askButton}</button></form><p id="kb-q-hint" class="kb-muted">${kt.askHint}</p></section>`;
}

/** The bot's answer exactly as sent, then each citation with its verbatim quote. */
export function answerSection(view: KbView, answer: Answer): SafeHtml {
  const { kt } = view;
  const status = html`<p class="kb-status ${answer.found ? "found" : "not-found"}">${answer.found ? kt.answerFound : kt.answerNotFound}${answer.found ? html` · ${kt.confidence(answer.confidence)}` : null}</p>`;
  const agencies = answer.agencies.length
    ? html`<h3>${kt.agenciesNamed}</h3><ul>${answer.agencies.map((a) => html`<li><span lang="vi">${a.name}</span>: ${kt.role[a.role]}</li>`)}</ul>`
    : null;
  return html`<section aria-labelledby="kb-answer" class="kb-answer-box"><h2 id="kb-answer">${kt.answerHeading}</h2>
${status}<div class="kb-answer" lang="${answer.language}">${answer.answer}</div>
${answer.planExpired ? html`<p>${kt.expired}</p>` : null}
${agencies}
<h3>${kt.citationsHeading}</h3>
${answer.citations.length ? html`<ol class="kb-citations">${answer.citations.map((c) => citationItem(view, c))}</ol>` : html`<p>${kt.noCitations}</p>`}
${answer.notes.length ? html`<h3>${kt.notesHeading}</h3><ul>${answer.notes.map((n) => html`<li>${n}</li>`)}</ul>` : null}
${answer.successors.length ? html`<h3>${kt.successorsHeading}</h3><ul>${answer.successors.map((s) => html`<li>${s.from} → ${s.to} (${formatIsoDate(s.effective, kt)}, ${s.legalBasis}): ${s.note}</li>`)}</ul>` : null}
</section>`;
}

function citationItem(view: KbView, c: AnswerCitation): SafeHtml {
  const { kt } = view;
  return html`<li><a href="${planHref(c.document)}">${c.document}</a> · ${c.province} · ${kt.section(c.section)}${quoteBlock(c.quote)}</li>`;
}

function plansTable(view: KbView, plans: readonly ParsedPlan[]): SafeHtml {
  const { kt } = view;
  const rows = plans.map((p) => html`<tr><th scope="row"><a href="${planHref(p.documentNumber)}">${p.documentNumber}</a></th><td lang="vi">${p.title}</td>
<td>${provinceName(p, view.registry, kt)}</td><td>${formatIsoDate(p.signedDate, kt)}</td><td>${periodText(p, kt)}</td></tr>`);
  return html`<div class="table-wrap"><table><caption>${kt.plansCaption}</caption><thead><tr><th scope="col">${kt.cDocument}</th><th scope="col">${kt.cTitle}</th><th scope="col">${kt.cProvince}</th><th scope="col">${kt.cSigned}</th><th scope="col">${kt.cPeriod}</th></tr></thead>
<tbody>${plans.length ? rows : html`<tr><td colspan="5">${kt.none}</td></tr>`}</tbody></table></div>`;
}

function holdersList(view: KbView, holders: DutyHolder[]): SafeHtml {
  const { kt } = view;
  if (!holders.length) return html`<p>${kt.none}</p>`;
  return html`<ul class="kb-columns">${holders.map((h) => html`<li><a href="${agencyHref(h.agency.id)}">${h.agency.name}</a> <span class="kb-muted">(${kt.holderCounts(h.duties, h.plans)})</span></li>`)}</ul>`;
}

function programmesList(view: KbView, plans: readonly ParsedPlan[]): SafeHtml {
  const { kt } = view;
  const count = plans.reduce((n, p) => n + p.tasks.length, 0);
  const items = plans.flatMap((p, pi) => p.tasks.map((t, ti) => ({ p, pi, t, ti })).filter(({ t }) => t.kind === "programme"));
  return html`<p><a href="${BASE}/kb/tasks">${kt.tasksLink(count)}</a></p>
${items.length ? html`<ul>${items.map(({ p, pi, t, ti }) => html`<li><a href="${taskHref(pi, ti, p.documentNumber)}" lang="vi">${t.title}</a> <span class="kb-muted">(${p.documentNumber}, ${kt.section(t.sectionPath)})</span></li>`)}</ul>` : null}`;
}

// ---------------------------------------------------------------- plan

/** One plan as the parser read it: details, legal basis, sections with their assignments, targets, budget, reporting and the gaps it could not read. */
export function planPage(view: KbView, plan: ParsedPlan): SafeHtml {
  const { kt } = view;
  const body = html`${metadata(view, plan)}
<p><a href="${BASE}/kb/tasks?plan=${encodeURIComponent(plan.documentNumber)}">${kt.planTasksLink}</a></p>
${legalBasis(view, plan)}
<h2>${kt.sectionsHeading}</h2>
${sectionsWithAssignments(view, plan)}
${targetsTable(view, plan)}
${budgetTable(view, plan)}
${reportingTable(view, plan.reportingDuties, kt.reportingHeading)}
${gapsTable(view, plan)}
<p><a href="${BASE}/kb">${kt.backHome}</a></p>`;
  return page(view, `${plan.documentNumber}: ${plan.title}`, body);
}

function metadata(view: KbView, plan: ParsedPlan): SafeHtml {
  const { kt } = view;
  const row = (label: string, value: SafeHtml | string) => html`<dt>${label}</dt><dd>${value}</dd>`;
  const inference = plan.province.inference ? html`<br><span class="kb-muted">${kt.provinceInferred(plan.province.inference.reason)}</span>` : null;
  return html`<h2>${kt.metadataHeading}</h2><dl class="facts">
${row(kt.cDocument, plan.documentNumber)}${plan.otherNumbers.length ? row(kt.mOtherNumbers, plan.otherNumbers.join(", ")) : null}
${row(kt.mDocType, plan.docType)}${row(kt.cTitle, html`<span lang="vi">${plan.title}</span>`)}
${row(kt.cProvince, html`${provinceName(plan, view.registry, kt)}${inference}`)}
${row(kt.mIssuer, plan.issuer ?? kt.dash)}${row(kt.mSigner, plan.signer ?? kt.dash)}
${row(kt.cSigned, formatIsoDate(plan.signedDate, kt))}${row(kt.cPeriod, periodText(plan, kt))}
${row(kt.mSource, plan.sourceFile)}${row(kt.mChecksum, plan.checksum.slice(0, 12))}</dl>`;
}

function legalBasis(view: KbView, plan: ParsedPlan): SafeHtml {
  const { kt } = view;
  const item = (doc: string | null, quote: string) => html`<li>${doc ? html`<strong>${doc}</strong>` : null}${quoteBlock(quote)}</li>`;
  return html`<h2>${kt.legalBasisHeading}</h2>
${plan.legalBasis.length ? html`<ul class="kb-duties">${plan.legalBasis.map((b) => item(b.documentNumber, b.quote))}</ul>` : html`<p>${kt.none}</p>`}
${plan.implements.length ? html`<h3>${kt.implementsHeading}</h3><ul class="kb-duties">${plan.implements.map((b) => item(b.documentNumber, b.quote))}</ul>` : null}`;
}

/** Assignments read from one sentence of a plan: the sentence once, every agency it names with its role. */
export interface DutyGroup {
  sectionPath: string;
  quote: string;
  assignments: Assignment[];
}

/** Groups assignments by section and quote, in the plan's order, so a shared sentence is quoted once. */
export function groupDuties(assignments: readonly Assignment[]): DutyGroup[] {
  const groups = new Map<string, DutyGroup>();
  for (const a of assignments) {
    const key = `${a.sectionPath}\u0000${a.quote}`;
    const group = groups.get(key) ?? { sectionPath: a.sectionPath, quote: a.quote, assignments: [] };
    group.assignments.push(a);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** "Chủ trì: A · Phối hợp: B, C" then the plan's sentence and how it was read where the text is not explicit. */
function dutyGroupItem(view: KbView, group: DutyGroup, context: DutyContext): SafeHtml {
  const { kt } = view;
  const roles = ROLE_ORDER.filter((r) => group.assignments.some((a) => a.role === r));
  const line = roles.map((r, i) => {
    const holders = group.assignments.filter((a) => a.role === r);
    return html`${i > 0 ? " · " : ""}<strong>${kt.roleHeading[r]}</strong>: ${holders.map((a, j) => html`${j > 0 ? ", " : ""}${assignedAgency(view, { agencyId: a.agencyId, asWritten: a.agencyAsWritten })}`)}`;
  });
  const notes = [...new Set(group.assignments.flatMap((a) => (a.note ? [a.note] : [])))];
  return html`<li><p>${line}${group.sectionPath === context.sectionPath ? null : html` <span class="kb-muted">(${kt.section(group.sectionPath)})</span>`}</p>
${group.quote === context.quote ? null : quoteBlock(group.quote)}${notes.map((n) => html`<p class="kb-muted">${n}</p>`)}</li>`;
}

/** What the reader already sees above a duty list: its section is not repeated, nor a quote just shown. */
interface DutyContext {
  sectionPath: string | null;
  quote: string | null;
}

function dutyList(view: KbView, assignments: readonly Assignment[], context: DutyContext): SafeHtml {
  return html`<ul class="kb-duties">${groupDuties(assignments).map((g) => dutyGroupItem(view, g, context))}</ul>`;
}

/** Each section in the plan's order, with the duties it assigns under it. */
function sectionsWithAssignments(view: KbView, plan: ParsedPlan): SafeHtml {
  const { kt } = view;
  const bySection = groupBy(plan.assignments, (a) => a.sectionPath);
  const known = new Set(plan.sections.map((s) => s.path));
  const orphans = plan.assignments.filter((a) => !known.has(a.sectionPath));
  const items = plan.sections.map((s) => {
    const duties = bySection.get(s.path) ?? [];
    return html`<li><span class="kb-path">${s.path}</span> <span lang="vi">${s.heading}</span> <span class="kb-muted">(${kt.sectionLines(s.lineStart, s.lineEnd)})</span>
${duties.length ? dutyList(view, duties, { sectionPath: s.path, quote: null }) : null}</li>`;
  });
  return html`${plan.assignments.length ? null : html`<p>${kt.noAssignments}</p>`}<ul class="kb-sections">${items}</ul>
${orphans.length ? html`<h3>${kt.otherSections}</h3>${dutyList(view, orphans, { sectionPath: null, quote: null })}` : null}`;
}

function groupBy<T>(items: readonly T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function table(caption: string, headings: string[], rows: SafeHtml[]): SafeHtml {
  return html`<div class="table-wrap"><table><caption>${caption}</caption><thead><tr>${headings.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead><tbody>${rows}</tbody></table></div>`;
}

function targetsTable(view: KbView, plan: ParsedPlan): SafeHtml {
  const { kt } = view;
  const rows = plan.targets.map((t) => html`<tr><th scope="row" lang="vi">${t.indicator}</th><td>${t.value === null ? kt.dash : `${t.value}${t.unit ? ` ${t.unit}` : ""}`}</td><td>${t.year ?? kt.dash}</td><td>${t.sectionPath}</td><td>${quoteBlock(t.quote)}</td></tr>`);
  return html`<h2>${kt.targetsHeading}</h2>${rows.length ? table(kt.targetsCaption, [kt.cIndicator, kt.cValue, kt.cYear, kt.cSection, kt.cQuote], rows) : html`<p>${kt.none}</p>`}`;
}

function budgetTable(view: KbView, plan: ParsedPlan): SafeHtml {
  const { kt, ui } = view;
  const amount = (v: number | null) => (v === null ? kt.dash : v.toLocaleString(ui.lang === "en" ? "en-GB" : "vi-VN"));
  const rows = plan.budgetLines.map((b) => html`<tr><th scope="row" lang="vi">${b.label}</th><td>${amount(b.amountVnd)}</td><td>${b.sectionPath}</td><td>${quoteBlock(b.quote)}</td></tr>`);
  return html`<h2>${kt.budgetHeading}</h2>${rows.length ? table(kt.budgetCaption, [kt.cItem, kt.cAmount, kt.cSection, kt.cQuote], rows) : html`<p>${kt.none}</p>`}`;
}

function reportingTable(view: KbView, duties: readonly ReportingDuty[], heading: string): SafeHtml {
  const { kt } = view;
  const rows = duties.map((d) => html`<tr><th scope="row">${assignedAgency(view, { agencyId: d.agencyId, asWritten: d.whoAsWritten })}</th><td lang="vi">${d.to ?? kt.dash}</td><td lang="vi">${d.frequency ?? kt.dash}</td><td lang="vi">${d.deadline ?? kt.dash}</td><td>${d.sectionPath}</td><td>${quoteBlock(d.quote)}</td></tr>`);
  return html`<h2>${heading}</h2>${rows.length ? table(kt.reportingCaption, [kt.cWho, kt.cTo, kt.cFrequency, kt.cDeadline, kt.cSection, kt.cQuote], rows) : html`<p>${kt.none}</p>`}`;
}

function gapsTable(view: KbView, plan: ParsedPlan): SafeHtml {
  const { kt } = view;
  const rows = plan.gaps.map((g) => html`<tr><th scope="row">${kt.gapKind[g.kind] ?? g.kind}</th><td>${g.sectionPath ?? kt.dash}</td><td>${g.note}</td><td>${quoteBlock(g.quote)}</td></tr>`);
  return html`<h2>${kt.gapsHeading}</h2>${rows.length ? table(kt.gapsCaption, [kt.cKind, kt.cSection, kt.cNote, kt.cQuote], rows) : html`<p>${kt.none}</p>`}`;
}

// ---------------------------------------------------------------- agency

/** One plan's duties of one agency. */
export interface AgencyPlanDuties {
  plan: ParsedPlan;
  planIndex: number;
  assignments: Assignment[];
  reporting: ReportingDuty[];
}

/** The plans that give this agency a duty or a reporting duty, in the plans' order. */
export function dutiesOf(plans: readonly ParsedPlan[], agencyId: string): AgencyPlanDuties[] {
  return plans
    .map((plan, planIndex) => ({ plan, planIndex, assignments: plan.assignments.filter((a) => a.agencyId === agencyId), reporting: plan.reportingDuties.filter((d) => d.agencyId === agencyId) }))
    .filter((d) => d.assignments.length > 0 || d.reporting.length > 0);
}

/** One agency: its names, who holds its duties since 2025 (or whose it took over), and its duties in every plan by role, quoted. */
export function agencyPage(view: KbView, agency: Agency, duties: AgencyPlanDuties[]): SafeHtml {
  const { kt } = view;
  const aliases = agency.aliases.slice(0, 30);
  const body = html`<h2>${kt.agencyNames}</h2><dl class="facts"><dt>${kt.agencyEnglish}</dt><dd lang="en">${agency.english}</dd>
${aliases.length ? html`<dt>${kt.agencyAliases}</dt><dd lang="vi">${aliases.join("; ")}${agency.aliases.length > aliases.length ? " …" : ""}</dd>` : null}</dl>
<h2>${kt.agencySuccessorsHeading}</h2>${agencySuccession(view, agency)}
<h2>${kt.agencyDutiesHeading}</h2>
${duties.length ? duties.map((d) => planDuties(view, d)) : html`<p>${kt.agencyNoDuties}</p>`}
<p><a href="${BASE}/kb">${kt.backHome}</a></p>`;
  return page(view, agency.name, body);
}

function planDuties(view: KbView, d: AgencyPlanDuties): SafeHtml {
  const { kt } = view;
  const byRole = groupBy(d.assignments, (a) => a.role);
  const roles = ROLE_ORDER.filter((r) => byRole.has(r));
  return html`<section class="kb-plan-duties"><h3><a href="${planHref(d.plan.documentNumber)}">${d.plan.documentNumber}</a> · ${provinceName(d.plan, view.registry, kt)}</h3><p lang="vi" class="kb-muted">${d.plan.title}</p>
${roles.map((r) => html`<h4>${kt.roleHeading[r]}</h4><ul class="kb-duties">${(byRole.get(r) ?? []).map((a) => agencyDutyItem(view, d, a))}</ul>`)}
${d.reporting.length ? html`<h4>${kt.agencyReportingHeading}</h4><ul class="kb-duties">${d.reporting.map((r) => html`<li>${kt.section(r.sectionPath)}${r.deadline ? html` · <span lang="vi">${r.deadline}</span>` : null}${quoteBlock(r.quote)}</li>`)}</ul>` : null}</section>`;
}

function agencyDutyItem(view: KbView, d: AgencyPlanDuties, a: Assignment): SafeHtml {
  const { kt } = view;
  const taskIndex = a.taskId ? d.plan.tasks.findIndex((t) => t.id === a.taskId) : -1;
  const task: Task | undefined = d.plan.tasks[taskIndex];
  return html`<li>${kt.section(a.sectionPath)}${task ? html` · <a href="${taskHref(d.planIndex, taskIndex, d.plan.documentNumber)}" lang="vi">${task.title}</a>` : null}
${quoteBlock(a.quote)}${a.note ? html`<p class="kb-muted">${a.note}</p>` : null}</li>`;
}

/** Who holds this agency's duties since 2025, and whose duties it took over. */
function agencySuccession(view: KbView, agency: Agency): SafeHtml {
  const { kt, registry } = view;
  const onward = registry.successorsOf(agency.id);
  const inherited = registry.successors.filter((s) => s.toAgencyIds.includes(agency.id));
  if (!onward.length && !inherited.length) return html`<p>${kt.agencyNoChange}</p>`;
  return html`${onward.map((s) => html`<div class="kb-succession"><p>${kt.nowHeldBy(formatIsoDate(s.effective, kt))} ${joinLinks(view, s.toAgencyIds)}</p>${successionFacts(view, s)}</div>`)}
${inherited.map((s) => html`<div class="kb-succession"><p>${kt.predecessorOf(formatIsoDate(s.effective, kt))} ${agencyLink(registry, s.fromAgencyId)}</p>${successionFacts(view, s)}</div>`)}`;
}

function joinLinks(view: KbView, ids: readonly string[]): SafeHtml[] {
  return ids.map((id, i) => html`${i > 0 ? ", " : ""}${agencyLink(view.registry, id)}`);
}

function scopeName(view: KbView, scope: string): string {
  return scope === "all" ? view.kt.scopeAll : view.registry.province(scope)?.name ?? scope;
}

function successionFacts(view: KbView, s: Successor): SafeHtml {
  const { kt, ui } = view;
  return html`<p>${ui.lang === "en" ? s.noteEn : s.note}</p><p class="kb-muted">${kt.legalBasis}: ${s.legalBasis} · ${kt.cScope}: ${scopeName(view, s.scope)} · <span class="${s.verified ? "kb-verified" : "kb-unverified"}">${s.verified ? kt.verified : kt.unverified}</span></p>`;
}

// ---------------------------------------------------------------- tasks and successors

/** Every task of the plans (or of one plan) with who leads and who coordinates, in the plans' words. */
export function tasksPage(view: KbView, plans: readonly ParsedPlan[], only: string | null): SafeHtml {
  const { kt } = view;
  const shown = plans.map((plan, planIndex) => ({ plan, planIndex })).filter(({ plan }) => only === null || plan.documentNumber === only);
  const body = html`<p>${kt.tasksIntro}</p>
${only ? html`<p><a href="${BASE}/kb/tasks">${kt.tasksAllPlans}</a></p>` : null}
${shown.length ? shown.map(({ plan, planIndex }) => planTasks(view, plan, planIndex)) : html`<p>${kt.none}</p>`}
<p><a href="${BASE}/kb">${kt.backHome}</a></p>`;
  return page(view, kt.tasksTitle, body);
}

function planTasks(view: KbView, plan: ParsedPlan, planIndex: number): SafeHtml {
  const { kt } = view;
  const known = new Set(plan.tasks.map((t) => t.id));
  const loose = plan.assignments.filter((a) => a.taskId === null || !known.has(a.taskId));
  return html`<section class="kb-plan-tasks"><h2><a href="${planHref(plan.documentNumber)}">${plan.documentNumber}</a> · ${provinceName(plan, view.registry, kt)}</h2>
${plan.tasks.map((task, taskIndex) => taskBlock(view, plan, task, `task-${planIndex}-${taskIndex}`))}
${loose.length ? html`<h3>${kt.unassigned}</h3>${dutyList(view, loose, { sectionPath: null, quote: null })}` : null}</section>`;
}

function taskBlock(view: KbView, plan: ParsedPlan, task: Task, anchor: string): SafeHtml {
  const { kt } = view;
  const mine = plan.assignments.filter((a) => a.taskId === task.id);
  return html`<article class="kb-task" id="${anchor}" aria-labelledby="${anchor}-h"><h3 id="${anchor}-h">${kt.taskKind[task.kind] ?? task.kind}${task.number ? ` ${task.number}` : ""}: <span lang="vi">${task.title}</span></h3>
<p class="kb-muted">${kt.section(task.sectionPath)}${task.period ? html` · <span lang="vi">${task.period}</span>` : null}</p>${task.quote ? quoteBlock(task.quote) : null}
<h4>${kt.whoDoesIt}</h4>${mine.length ? dutyList(view, mine, { sectionPath: task.sectionPath, quote: task.quote }) : html`<p>${kt.nobody}</p>`}</article>`;
}

/** The registry's 2025 successor entries: old agency, new agencies, date, basis, scope, verified. */
export function successorsPage(view: KbView): SafeHtml {
  const { kt, registry, ui } = view;
  const rows = registry.successors.map((s) => html`<tr><th scope="row">${agencyLink(registry, s.fromAgencyId)}</th><td>${joinLinks(view, s.toAgencyIds)}</td>
<td>${formatIsoDate(s.effective, kt)}</td><td>${s.legalBasis}</td><td>${scopeName(view, s.scope)}</td><td>${s.verified ? kt.yes : kt.no}</td><td>${ui.lang === "en" ? s.noteEn : s.note}</td></tr>`);
  const body = html`${rows.length ? table(kt.successorsCaption, [kt.cFrom, kt.cToAgencies, kt.cEffective, kt.cBasis, kt.cScope, kt.cVerified, kt.cNote], rows) : html`<p>${kt.none}</p>`}
<p><a href="${BASE}/kb">${kt.backHome}</a></p>`;
  return page(view, kt.successorsTitle, body);
}
