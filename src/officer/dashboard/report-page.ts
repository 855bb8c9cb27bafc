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
import { reportTexts, type ReportTexts } from "./report-texts.ts";
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
  const body = html`${periodForm(r, weeks)}${scoped}<p>${r.summary(report.total, dayMonthYear(report.since))}</p>${sections}`;
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
