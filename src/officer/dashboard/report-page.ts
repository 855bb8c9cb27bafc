/**
 * The report page (charts drawn from real cases, each followed by a table of the same
 * numbers for screen readers and for reading exact values) and the supervisors' list of
 * missed deadlines. Pure rendering: the routes compute the numbers and choose the scope.
 */
import { REPORT_PERIODS, type CaseReport, type DeadlineBreach, type DeadlineShare, type Durations, type KeyCount, type WeekCount } from "../../intake/cases/case-statistics.ts";
import { BASE, formatTime, layout, type Ui } from "./dashboard-layout.ts";
import { html, type SafeHtml } from "./html.ts";
import { ALL_PROVINCES } from "./officer-account-types.ts";
import type { SignedIn } from "./officer-auth-service.ts";
import type { PeriodicReport } from "../../reports/periodic-report.ts";
import { vnDate, type ReportingDeadline } from "../../reports/report-deadlines.ts";
import { protectedNumber } from "../../reports/report-tables.ts";
import { periodicTexts, reportTexts, type PeriodicTexts, type ReportTexts } from "./report-texts.ts";
import { barChart, columnChart, type ChartBar } from "./svg-chart.ts";

const TIME_ZONE = "Asia/Ho_Chi_Minh";

/** "16/11": the day a week starts, in Vietnam time. */
function dayMonth(at: Date): string {
  return at.toLocaleDateString("en-GB", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit" });
}

function dayMonthYear(at: Date): string {
  return at.toLocaleDateString("en-GB", { timeZone: TIME_ZONE, day: "2-digit", month: "2-digit", year: "numeric" });
}

/** GET /officer/reports: the period form, then one section per report. */
export function reportPage(ui: Ui, session: SignedIn, report: CaseReport, weeks: number, path: string): SafeHtml {
  const r = reportTexts(ui.lang);
  const scoped = session.account.provinces.includes(ALL_PROVINCES) ? null : html`<p>${r.scopeNote}</p>`;
  const sections = report.total === 0
    ? html`<p class="report-empty" role="status">${r.empty}</p>`
    : html`${weeklySection(r, report.weekly)}${countSection(r, "category", r.byCategory, r.category, report.byCategory.map((c) => [ui.l.category(c.key), c.count]))}
${countSection(r, "risk", r.byRisk, r.risk, report.byRisk.map((c) => [ui.l.risk(c.key), c.count]))}
${countSection(r, "province", r.byProvince, r.province, report.byProvince.map((c) => [provinceName(r, c), c.count]))}
${deadlineSection(r, report.deadlines)}${firstActionSection(ui, r, report.firstAction)}`;
  const periodic = session.account.role === "officer" ? null : html`<p><a href="${BASE}/reports/periodic">${periodicTexts(ui.lang).link}</a></p>`;
  const body = html`${periodic}${periodForm(r, weeks)}${scoped}<p>${r.summary(report.total, dayMonthYear(report.since))}</p>${sections}`;
  return layout({ ui, title: r.reportsTitle, session, path }, body);
}

function provinceName(r: ReportTexts, c: KeyCount): string {
  return c.key === "" ? r.unknownProvince : c.name ?? c.key;
}

function periodForm(r: ReportTexts, weeks: number): SafeHtml {
  const options = REPORT_PERIODS.map((n) => html`<option value="${n}"${n === weeks ? html` selected` : null}>${r.weeks(n)}</option>`);
  return html`<form class="report-period" method="get" action="${BASE}/reports"><fieldset><legend>${r.periodLegend}</legend>
<label for="report-weeks">${r.periodLabel}</label> <select id="report-weeks" name="weeks">${options}</select> <button type="submit">${r.show}</button></fieldset></form>`;
}

function weeklySection(r: ReportTexts, weekly: WeekCount[]): SafeHtml {
  const peak = weekly.reduce((best, w) => (w.count > best.count ? w : best), weekly[0]!);
  const bars: ChartBar[] = weekly.map((w) => ({ label: dayMonth(w.start), value: w.count }));
  const total = weekly.reduce((sum, w) => sum + w.count, 0);
  const rows = weekly.map((w) => html`<tr><th scope="row">${w.week}</th><td>${dayMonthYear(w.start)}</td><td>${w.count}</td></tr>`);
  return html`<section class="report" aria-labelledby="report-week"><h2 id="report-week">${r.byWeek}</h2>
${columnChart({ id: "chart-week", title: r.byWeek, desc: r.byWeekDesc(weekly.length, total, `${peak.week} (${peak.count})`), bars })}
<div class="table-wrap"><table><caption>${r.byWeek}</caption><thead><tr><th scope="col">${r.week}</th><th scope="col">${r.weekFrom}</th><th scope="col">${r.cases}</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

/** A chart and a table of counts under one heading (by category, risk or province). */
function countSection(r: ReportTexts, id: string, title: string, column: string, counts: Array<[string, number]>): SafeHtml {
  const bars: ChartBar[] = counts.map(([label, value]) => ({ label, value }));
  const rows = counts.map(([label, value]) => html`<tr><th scope="row">${label}</th><td>${value}</td></tr>`);
  return html`<section class="report" aria-labelledby="report-${id}"><h2 id="report-${id}">${title}</h2>
${barChart({ id: `chart-${id}`, title, desc: r.countsDesc(counts.map(([label, value]) => `${label} ${value}`).join(", ")), bars })}
<div class="table-wrap"><table><caption>${title}</caption><thead><tr><th scope="col">${column}</th><th scope="col">${r.cases}</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function deadlineSection(r: ReportTexts, deadlines: CaseReport["deadlines"]): SafeHtml {
  const entries: Array<[string, DeadlineShare]> = [[r.ackDeadline, deadlines.ack], [r.actionDeadline, deadlines.action]];
  const shareText = (d: DeadlineShare) => r.shareText(d.share, d.met, d.met + d.missed);
  const bars: ChartBar[] = entries.map(([label, d]) => ({ label, value: (d.share ?? 0) * 100, valueText: shareText(d) }));
  const rows = entries.map(([label, d]) => html`<tr><th scope="row">${label}</th><td>${d.met}</td><td>${d.missed}</td><td>${d.pending}</td><td>${d.share === null ? r.none : r.percent(d.share)}</td></tr>`);
  return html`<section class="report" aria-labelledby="report-deadlines"><h2 id="report-deadlines">${r.deadlines}</h2><p>${r.deadlinesNote}</p>
${barChart({ id: "chart-deadlines", title: r.deadlines, desc: r.deadlinesDesc(entries.map(([label, d]) => `${label} ${shareText(d)}`).join(", ")), bars, max: 100 })}
<div class="table-wrap"><table><caption>${r.deadlines}</caption><thead><tr><th scope="col">${r.deadline}</th><th scope="col">${r.met}</th><th scope="col">${r.missed}</th><th scope="col">${r.pending}</th><th scope="col">${r.share}</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

function firstActionSection(ui: Ui, r: ReportTexts, first: CaseReport["firstAction"]): SafeHtml {
  const entries: Array<[string, Durations]> = [[r.overall, first.overall], ...first.byRisk.map((d): [string, Durations] => [ui.l.risk(d.risk), d])];
  const time = (m: number | null) => (m === null ? r.none : r.duration(m));
  const bars: ChartBar[] = entries.map(([label, d]) => ({ label, value: d.medianMinutes ?? 0, valueText: time(d.medianMinutes) }));
  const rows = entries.map(([label, d]) => html`<tr><th scope="row">${label}</th><td>${d.count}</td><td>${time(d.medianMinutes)}</td><td>${time(d.p90Minutes)}</td></tr>`);
  return html`<section class="report" aria-labelledby="report-first"><h2 id="report-first">${r.firstAction}</h2><p>${r.firstActionNote}</p>
${barChart({ id: "chart-first", title: r.firstAction, desc: r.firstActionDesc(entries.map(([label, d]) => `${label} ${time(d.medianMinutes)}`).join(", ")), bars })}
<div class="table-wrap"><table><caption>${r.firstAction}</caption><thead><tr><th scope="col">${r.risk}</th><th scope="col">${r.acted}</th><th scope="col">${r.median}</th><th scope="col">${r.p90}</th></tr></thead><tbody>${rows}</tbody></table></div></section>`;
}

/** GET /officer/breaches: every missed deadline of the supervisor's provinces, open cases first. */
export function breachesPage(ui: Ui, session: SignedIn, breaches: DeadlineBreach[], openOnly: boolean, weeks: number, path: string): SafeHtml {
  const r = reportTexts(ui.lang);
  const scoped = session.account.provinces.includes(ALL_PROVINCES) ? null : html`<p>${r.breachesScope}</p>`;
  const form = html`<form class="report-period" method="get" action="${BASE}/breaches"><label><input type="checkbox" name="open" value="1"${openOnly ? html` checked` : null}> ${r.openOnly}</label>
<button type="submit">${r.filter}</button>${openOnly ? html` <a href="${BASE}/breaches">${r.showAll}</a>` : null}</form>`;
  const body = html`<p>${r.breachesIntro} ${r.breachesPeriod(weeks)}</p>${scoped}${form}
<div class="table-wrap"><table class="breaches"><caption>${r.breachesCaption(breaches.length)}</caption><thead><tr><th scope="col">${r.caseCol}</th><th scope="col">${r.risk}</th><th scope="col">${r.province}</th><th scope="col">${r.deadline}</th><th scope="col">${r.dueCol}</th><th scope="col">${r.lateCol}</th><th scope="col">${r.assignee}</th><th scope="col">${r.status}</th></tr></thead>
<tbody>${breaches.length ? breaches.map((b) => breachRow(ui, r, b)) : html`<tr><td colspan="8">${r.noBreaches}</td></tr>`}</tbody></table></div>`;
  return layout({ ui, title: r.breachesTitle, session, path }, body);
}

function breachRow(ui: Ui, r: ReportTexts, b: DeadlineBreach): SafeHtml {
  return html`<tr class="${b.open ? "open" : "final"}"><th scope="row"><a href="${BASE}/cases/${b.code}">${b.code}</a></th><td><span class="risk risk-${b.risk}">${ui.l.risk(b.risk)}</span></td>
<td>${b.provinceName ?? b.provinceId ?? r.unknownProvince}</td><td>${b.kind === "ack" ? r.kindAck : r.kindAction}</td><td><time datetime="${b.dueAt.toISOString()}">${formatTime(b.dueAt, ui.lang)}</time></td>
<td${b.stillUndone ? html` class="late"` : null}>${r.lateText(r.duration(b.lateMinutes), b.stillUndone)}</td><td>${b.assigneeId ?? r.unassigned}</td><td>${ui.l.status(b.status)}</td></tr>`;
}

/** What the periodic report page shows: the form's values, the report when one was asked for, the deadlines of the reader's provinces. */
export interface PeriodicPageData {
  provinces: Array<{ id: string; name: string }>;
  provinceId: string | null;
  from: string;
  to: string;
  /** Calendar year of "now" in Vietnam, for the preset periods. */
  year: number;
  report: PeriodicReport | null;
  invalid: boolean;
  deadlines: Array<ReportingDeadline & { next: string | null; daysLeft: number | null; provinceName: string }>;
}

/** GET /officer/reports/periodic: deadlines, the form, then the report (figures, plans, findings) with its downloads. */
export function periodicReportPage(ui: Ui, session: SignedIn, data: PeriodicPageData, path: string): SafeHtml {
  const p = periodicTexts(ui.lang);
  const query = (extra: Record<string, string>) => new URLSearchParams({ province: data.provinceId ?? "", from: data.from, to: data.to, ...extra }).toString();
  const presets = [
    [p.firstHalf(data.year), `${data.year}-01-01`, `${data.year}-06-30`], [p.wholeYear(data.year - 1), `${data.year - 1}-01-01`, `${data.year - 1}-12-31`], [p.wholeYear(data.year), `${data.year}-01-01`, `${data.year}-12-31`],
  ] as const;
  const form = data.provinces.length === 0 ? html`<p role="alert">${p.noProvince}</p>` : html`<form class="report-period" method="get" action="${BASE}/reports/periodic"><fieldset><legend>${p.legend}</legend>
<label for="periodic-province">${p.province}</label> <select id="periodic-province" name="province">${data.provinces.map((v) => html`<option value="${v.id}"${v.id === data.provinceId ? html` selected` : null}>${v.name}</option>`)}</select>
<label for="periodic-from">${p.from}</label> <input id="periodic-from" name="from" type="date" value="${data.from}" required>
<label for="periodic-to">${p.to}</label> <input id="periodic-to" name="to" type="date" value="${data.to}" required>
<button type="submit">${p.show}</button></fieldset>
<p>${p.presets} ${presets.map(([label, from, to]) => html`<a href="${BASE}/reports/periodic?${new URLSearchParams({ province: data.provinceId ?? "", from, to }).toString()}">${label}</a> `)}</p></form>`;
  const invalid = data.invalid ? html`<p role="alert">${p.badPeriod}</p>` : null;
  const report = data.report ? periodicReportBody(ui, p, data.report, query) : null;
  const body = html`<p>${p.intro}</p>${deadlinesSection(p, data.deadlines)}${form}${invalid}${report}`;
  return layout({ ui, title: p.title, session, path }, body);
}

function deadlinesSection(p: PeriodicTexts, deadlines: PeriodicPageData["deadlines"]): SafeHtml {
  const rows = deadlines.map((d) => html`<tr><th scope="row">${d.documentNumber}<br>${d.provinceName}</th>
<td>${d.day === null ? p.noDate : `${String(d.day).padStart(2, "0")}/${String(d.month).padStart(2, "0")}`}${d.frequency ? html`<br>${d.frequency}` : null}</td>
<td>${d.next === null ? "—" : d.inForce ? html`<time datetime="${d.next}">${vnDate(d.next)}</time> (${p.daysLeft(d.daysLeft ?? 0)})` : p.notInForce(vnDate(d.planEnd ?? d.next))}</td>
<td><q>${d.quote}</q> <span class="cite">(${d.documentNumber}, ${d.sectionPath})</span></td></tr>`);
  return html`<section class="report" aria-labelledby="periodic-deadlines"><h2 id="periodic-deadlines">${p.deadlines}</h2><p>${p.deadlinesIntro}</p>
<div class="table-wrap"><table class="deadlines"><caption>${p.deadlines}</caption><thead><tr><th scope="col">${p.planCol}</th><th scope="col">${p.dateCol}</th><th scope="col">${p.nextCol}</th><th scope="col">${p.quoteCol}</th></tr></thead>
<tbody>${rows.length ? rows : html`<tr><td colspan="4">${p.noDeadlines}</td></tr>`}</tbody></table></div></section>`;
}

function periodicReportBody(ui: Ui, p: PeriodicTexts, report: PeriodicReport, query: (extra: Record<string, string>) => string): SafeHtml {
  const f = report.figures;
  const n = (v: number) => protectedNumber(v, ui.lang);
  const downloads = html`<p class="downloads"><a class="button" href="${BASE}/reports/periodic.docx?${query({})}" download>${p.docx}</a> <a class="button" href="${BASE}/reports/periodic.xlsx?${query({})}" download>${p.xlsx}</a></p>`;
  const basis = report.context.plans.length === 0 ? html`<p>${p.noPlans}</p>` : html`<ul>${report.context.plans.map((plan) => html`<li>${plan.documentNumber}${plan.signedDate ? ` (${vnDate(plan.signedDate)})` : ""}: ${plan.title}${plan.expired && plan.period.end ? html` — <em>${p.expired(vnDate(plan.period.end))}</em>` : null}</li>`)}</ul>`;
  const chart = (id: string, title: string) => {
    const table = report.tables.find((t) => t.id === id);
    if (!table) return null;
    const bars: ChartBar[] = table.rows.slice(0, -1).map((r) => ({ label: r.label, value: typeof r.cells[0] === "number" ? r.cells[0] : 0, valueText: String(r.cells[0]) }));
    return barChart({ id: `chart-periodic-${id}`, title, desc: p.chartDesc(bars.map((b) => `${b.label} ${b.valueText}`).join(", ")), bars });
  };
  const targets = report.context.targets.length === 0 ? html`<p>${p.noTargets}</p>` : html`<div class="table-wrap"><table><caption>${p.targets}</caption><thead><tr><th scope="col">${p.targetCol}</th><th scope="col">${p.reachCol}</th><th scope="col">${p.whyCol}</th></tr></thead><tbody>${report.context.targets.map((t) => html`<tr><th scope="row"><q>${t.quote}</q> <span class="cite">(${t.documentNumber}, ${t.sectionPath})</span></th><td>${t.reach === "partial" ? p.partial : p.none}</td><td>${ui.lang === "en" ? t.why.en : t.why.vi}</td></tr>`)}</tbody></table></div>`;
  const duties = report.context.duties.map((d) => html`<li><strong>${d.agency}</strong> (${d.documentNumber}, ${d.sectionPath}): <q>${d.quote}</q>${d.successorNote ? html` <em>${d.successorNote}</em>` : null}</li>`);
  return html`<section class="report" aria-labelledby="periodic-report"><h2 id="periodic-report">${report.province.name}: ${vnDate(report.period.from)} – ${vnDate(report.period.to)}</h2>
${downloads}<h3>${p.basis}</h3>${basis}
<h3>${p.results}</h3><p>${p.summary(n(f.total), n(f.stillOpen))}</p>
${chart("risk", p.chartRisk)}${chart("category", p.chartCategory)}
${report.tables.map((t, i) => html`<div class="table-wrap"><table id="periodic-${t.id}"><caption>${i + 1}. ${t.title}</caption><thead><tr>${t.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
<tbody>${t.rows.map((r) => html`<tr><th scope="row">${r.label}</th>${r.cells.map((c) => html`<td>${typeof c === "number" ? c.toLocaleString(ui.lang === "en" ? "en-GB" : "vi-VN", { maximumFractionDigits: 1 }) : c}</td>`)}</tr>`)}</tbody></table></div>`)}
<h3>${p.targets}</h3>${targets}
<h3>${p.duties}</h3><ul>${duties}</ul>
<h3>${p.findings}</h3><ul>${report.findings.map((s) => html`<li>${s}</li>`)}</ul>
<h3>${p.recommendations}</h3><ul>${report.recommendations.map((s) => html`<li>${s}</li>`)}</ul>
<p><em>${report.privacyNote}</em></p></section>`;
}
