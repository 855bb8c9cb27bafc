/**
 * Reports drawn from real cases (charts as server-rendered SVG) and the supervisors'
 * view of deadline breaches. Both read the light per-case facts (no narrative, so no audited
 * case read happens) and count only the cases of the provinces the account may see.
 */
import { DEFAULT_REPORT_WEEKS, REPORT_PERIODS, deadlineBreaches, periodStart, summarizeCases } from "../../intake/cases/case-statistics.ts";
import { BASE } from "./dashboard-layout.ts";
import { guard, pathOf, sendHtml, sessionOf, uiOf } from "./dashboard-http.ts";
import { maySee } from "./officer-account-types.ts";
import type { DashboardContext } from "./dashboard-context.ts";
import { breachesPage, periodicReportPage, reportPage, type PeriodicPageData } from "./report-page.ts";
import { buildPeriodicReport, UnknownProvinceError } from "../../reports/periodic-report.ts";
import { ReportPeriodError, periodInstants } from "../../reports/report-figures.ts";
import { daysBetween, nextOccurrence, reportingDeadlines, vietnamDate } from "../../reports/report-deadlines.ts";
import { generateReportFiles, REPORT_AUDIT_ACTION } from "../../reports/report-files.ts";
import { planProvinceToday } from "../../reports/plan-context.ts";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";

/** How far back the breaches view looks: a year of cases, long enough for any case still open. */
const BREACH_WEEKS = 52;

/** The chosen period in weeks; anything but one of the offered periods falls back to the default. */
export function readWeeks(query: unknown): number {
  const raw = Number((query as Record<string, unknown> | null)?.weeks);
  return (REPORT_PERIODS as readonly number[]).includes(raw) ? raw : DEFAULT_REPORT_WEEKS;
}

/** GET /officer/reports (officer and up) and GET /officer/breaches (supervisor and up). */
export function registerReportRoutes(scope: FastifyInstance, context: DashboardContext): void {
  scope.get("/reports", { preHandler: guard(context.auth, "officer", context.refuse) }, async (request, reply) => {
    const session = sessionOf(request);
    const weeks = readWeeks(request.query);
    const now = context.now();
    const facts = await context.statistics.caseFacts(periodStart(now, weeks));
    const report = summarizeCases(facts, now, { weeks, visible: (provinceId) => maySee(session.account, provinceId) });
    return sendHtml(reply, reportPage(uiOf(request), session, report, weeks, pathOf(request)));
  });
  scope.get("/breaches", { preHandler: guard(context.auth, "supervisor", context.refuse) }, async (request, reply) => {
    const session = sessionOf(request);
    const openOnly = (request.query as Record<string, unknown> | null)?.open === "1";
    const now = context.now();
    const facts = await context.statistics.caseFacts(periodStart(now, BREACH_WEEKS));
    const breaches = deadlineBreaches(facts, now, (provinceId) => maySee(session.account, provinceId)).filter((b) => !openOnly || b.open);
    return sendHtml(reply, breachesPage(uiOf(request), session, breaches, openOnly, BREACH_WEEKS, pathOf(request)));
  });
  registerPeriodicReportRoutes(scope, context);
}

/** The province and period a periodic-report request asks for; null fields when absent or not valid. */
function readPeriodic(query: unknown): { province: string | null; from: string | null; to: string | null } {
  const q = (query ?? {}) as Record<string, unknown>;
  const text = (k: string, pattern: RegExp) => (typeof q[k] === "string" && pattern.test(q[k]) ? q[k] : null);
  return { province: text("province", /^[a-z-]{2,40}$/), from: text("from", /^\d{4}-\d{2}-\d{2}$/), to: text("to", /^\d{4}-\d{2}-\d{2}$/) };
}

/**
 * GET /officer/reports/periodic (supervisor and up): the reporting deadlines of the reader's
 * provinces and, for a province and period, the periodic report; GET …/periodic.docx and
 * …/periodic.xlsx download it. Another province's report answers 404 as a missing page does.
 * Every view and download is audited (report_generate).
 */
function registerPeriodicReportRoutes(scope: FastifyInstance, context: DashboardContext): void {
  const guarded = { preHandler: guard(context.auth, "supervisor", context.refuse) };
  const data = context.reportData;
  const deps = data ? { data, plans: () => context.knowledge.plans(), registry: context.knowledge.registry } : null;
  const visibleProvinces = (request: FastifyRequest) => {
    const { account } = sessionOf(request);
    const mine = context.provinces.filter((p) => maySee(account, p.id));
    // Provinces with a plan first: they are the ones that file these reports.
    const planned = new Set(context.knowledge.plans().map((p) => planProvinceToday(p, context.knowledge.registry)));
    return [...mine.filter((p) => planned.has(p.id)), ...mine.filter((p) => !planned.has(p.id))];
  };

  scope.get("/reports/periodic", guarded, async (request, reply) => {
    if (!deps) return context.refuse(request, reply, 404, (t) => t.notFound);
    const session = sessionOf(request);
    const now = context.now();
    const today = vietnamDate(now);
    const year = Number(today.slice(0, 4));
    const provinces = visibleProvinces(request);
    const asked = readPeriodic(request.query);
    if (asked.province && !provinces.some((p) => p.id === asked.province)) return context.refuse(request, reply, 404, (t) => t.notFound);
    const provinceId = asked.province ?? provinces[0]?.id ?? null;
    const from = asked.from ?? `${year}-01-01`;
    const to = asked.to ?? `${year}-06-30`;
    let invalid = false;
    let report: PeriodicPageData["report"] = null;
    const askedReport = asked.province !== null || asked.from !== null || asked.to !== null;
    if (askedReport && provinceId) {
      try {
        periodInstants({ from, to });
        report = await buildPeriodicReport(deps, { provinceId, period: { from, to }, now, lang: uiOf(request).lang });
        await context.officerQueue.record({ officer: session.account.username, action: REPORT_AUDIT_ACTION, caseCode: null, detail: `${provinceId} ${from}..${to} page ${report.figures.total} cases`, at: now });
      } catch (error) {
        if (!(error instanceof ReportPeriodError || error instanceof UnknownProvinceError)) throw error;
        invalid = true;
      }
    }
    const names = new Map(provinces.map((p) => [p.id, p.name]));
    const deadlines = reportingDeadlines(context.knowledge.plans(), context.knowledge.registry, today)
      .filter((d) => d.provinceId !== null && names.has(d.provinceId))
      .map((d) => {
        const next = d.day !== null && d.month !== null ? nextOccurrence(d.day, d.month, today) : null;
        return { ...d, next, daysLeft: next ? daysBetween(today, next) : null, provinceName: names.get(d.provinceId!) ?? d.provinceId! };
      });
    return sendHtml(reply, periodicReportPage(uiOf(request), session, { provinces, provinceId, from, to, year, report, invalid, deadlines }, pathOf(request)));
  });

  const download = (kind: "docx" | "xlsx") => async (request: FastifyRequest, reply: FastifyReply) => {
    if (!deps) return context.refuse(request, reply, 404, (t) => t.notFound);
    const session = sessionOf(request);
    const raw = readPeriodic(request.query);
    const provinces = visibleProvinces(request);
    if (raw.province && !provinces.some((p) => p.id === raw.province)) return context.refuse(request, reply, 404, (t) => t.notFound);
    // Without a choice: the page's defaults (the first province, the first half of this year).
    const year = vietnamDate(context.now()).slice(0, 4);
    const asked = { province: raw.province ?? provinces[0]?.id ?? null, from: raw.from ?? `${year}-01-01`, to: raw.to ?? `${year}-06-30` };
    if (!asked.province) return context.refuse(request, reply, 404, (t) => t.notFound);
    // A period that is not valid: back to the page, which says what is wrong.
    const back = () => reply.redirect(`${BASE}/reports/periodic?${new URLSearchParams({ province: asked.province!, from: asked.from, to: asked.to }).toString()}`, 303);
    try {
      const files = await generateReportFiles({ ...deps, audit: { audit: (entry) => context.officerQueue.record(entry) } }, {
        provinceId: asked.province, period: { from: asked.from, to: asked.to }, now: context.now(), officer: session.account.username, docx: kind === "docx", xlsx: kind === "xlsx",
      });
      const type = kind === "docx" ? "application/vnd.openxmlformats-officedocument.wordprocessingml.document" : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
      return reply.type(type).header("content-disposition", `attachment; filename="bao-cao-${asked.province}-${asked.from}-${asked.to}.${kind}"`).header("cache-control", "no-store").send(kind === "docx" ? files.docx : files.xlsx);
    } catch (error) {
      if (error instanceof ReportPeriodError || error instanceof UnknownProvinceError) return back();
      throw error;
    }
  };
  scope.get("/reports/periodic.docx", guarded, download("docx"));
  scope.get("/reports/periodic.xlsx", guarded, download("xlsx"));
}

