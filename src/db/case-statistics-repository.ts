/**
 * CaseFactsSource on Prisma: the light rows the reports are drawn from. Three queries whatever
 * the number of cases (the cases, the first officer write per case from the audit log, the
 * first referral per case), each grouped by the database, so the same code runs on SQLite and
 * PostgreSQL and no narrative or contact is ever read.
 */
import { SYSTEM_ACTOR } from "../intake/cases/case-queue-service.ts";
import { OFFICER_WRITE_ACTIONS, type CaseFacts, type CaseFactsSource } from "../intake/cases/case-statistics.ts";
import { FINAL_STATUSES, isCaseStatus, type CaseStatus } from "../intake/cases/case-types.ts";
import { TRIAGE_RISKS, type TriageRisk } from "../intake/triage/triage-types.ts";
import type { FieldCipher } from "../core/field-cipher.ts";
import type { ReportCaseRow, ReportDataSource } from "../reports/report-figures.ts";
import { openCommune } from "./case-repository.ts";
import type { Db } from "./database.ts";
import { Prisma } from "./generated/sqlite/client.ts";

/** Audit details that mean the write never reached a case. */
const MISSED_TARGETS = ["not_found", "referral_not_found"];

/** Reads every case created since a time, emergency drafts included: they are real cases officers were alerted to. */
export function createCaseStatisticsRepository(db: Db): CaseFactsSource {
  return {
    async caseFacts(since) {
      const rows = await db.intakeCase.findMany({ where: { createdAt: { gte: since } }, orderBy: [{ createdAt: "asc" }, { code: "asc" }], select: CASE_FIELDS });
      if (rows.length === 0) return [];
      const [firstActions, firstReferrals] = await Promise.all([firstOfficerWrites(db, since), firstReferralsSince(db, since)]);
      return rows.map((row) => toFacts(row, firstActions.get(row.code) ?? null, firstReferrals.get(row.id) ?? null));
    },
  };
}

const CASE_FIELDS = {
  id: true, code: true, provinceId: true, provinceName: true, risk: true, category: true, status: true, assigneeId: true, createdAt: true,
  ackDueAt: true, acknowledgedAt: true, ackBreachedAt: true, actionDueAt: true, actionBreachedAt: true, closedAt: true,
} as const;

type CaseRow = { id: string; code: string; provinceId: string | null; provinceName: string | null; risk: string; category: string; status: string; assigneeId: string | null; createdAt: Date; ackDueAt: Date; acknowledgedAt: Date | null; ackBreachedAt: Date | null; actionDueAt: Date; actionBreachedAt: Date | null; closedAt: Date | null };

/** The earliest officer write per case code; audits of a case are never older than the case, so `since` bounds them too. */
async function firstOfficerWrites(db: Db, since: Date): Promise<Map<string, Date>> {
  const groups = await db.caseAudit.groupBy({
    by: ["caseCode"],
    where: {
      at: { gte: since }, caseCode: { not: null }, action: { in: [...OFFICER_WRITE_ACTIONS] }, officer: { not: SYSTEM_ACTOR },
      OR: [{ detail: null }, { detail: { notIn: MISSED_TARGETS } }],
    },
    _min: { at: true },
  });
  return new Map(groups.flatMap((g) => (g.caseCode && g._min.at ? [[g.caseCode, g._min.at] as const] : [])));
}

async function firstReferralsSince(db: Db, since: Date): Promise<Map<string, Date>> {
  const groups = await db.caseReferral.groupBy({ by: ["caseId"], where: { createdAt: { gte: since } }, _min: { createdAt: true } });
  return new Map(groups.flatMap((g) => (g._min.createdAt ? [[g.caseId, g._min.createdAt] as const] : [])));
}

function toFacts(row: CaseRow, firstActionAt: Date | null, firstReferralAt: Date | null): CaseFacts {
  const { id: _id, risk, status, ...rest } = row;
  return {
    ...rest,
    risk: ((TRIAGE_RISKS as readonly string[]).includes(risk) ? risk : "low") as TriageRisk,
    status: isCaseStatus(status) ? status : "new",
    firstActionAt,
    firstReferralAt,
  };
}

export type { ReportDataSource } from "../reports/report-figures.ts";

/** A closure-reason column on the case, when the schema has one; null otherwise. */
const CLOSURE_REASON_FIELD = ["closureReason", "closeReason"].find((f) => f in Prisma.IntakeCaseScalarFieldEnum) ?? null;

/** The closings table (kind "close" with a reason), when the schema has one: read without depending on its generated type. */
interface ClosureDelegate {
  findMany(args: { where: Record<string, unknown>; orderBy: Record<string, string>; select: Record<string, boolean> }): Promise<Array<{ caseId: string; reason: string | null }>>;
}
function closureTable(db: Db): ClosureDelegate | null {
  if (!("CaseClosure" in Prisma.ModelName)) return null;
  const delegate = (db as unknown as Record<string, unknown>).caseClosure;
  return delegate && typeof (delegate as ClosureDelegate).findMany === "function" ? (delegate as ClosureDelegate) : null;
}

/** The latest closing reason per case id (a reopened and closed again case counts its last closing). */
async function closureReasons(db: Db, caseFilter: Record<string, unknown>): Promise<Map<string, string>> {
  const table = closureTable(db);
  if (!table) return new Map();
  const rows = await table.findMany({ where: { kind: "close", ...caseFilter }, orderBy: { createdAt: "asc" }, select: { caseId: true, reason: true } });
  return new Map(rows.flatMap((r) => (r.reason ? [[r.caseId, r.reason] as const] : [])));
}

/**
 * The periodic report's rows on Prisma: three queries (cases, first referral per case, the
 * referrals, the closing reasons), no narrative, no contact. The commune is opened the way the
 * case store opens it (sealed "v1:..." or, on rows not yet converted, in clear).
 */
export function createReportDataRepository(db: Db, cipher: Pick<FieldCipher, "decrypt">): ReportDataSource {
  const commune = (value: string | null): string | null => openCommune(cipher, value);
  return {
    async reportData(provinceId, start, end) {
      const select = { ...REPORT_FIELDS, ...(CLOSURE_REASON_FIELD ? { [CLOSURE_REASON_FIELD]: true } : {}) } as typeof REPORT_FIELDS;
      const cases = await db.intakeCase.findMany({ where: { provinceId, createdAt: { gte: start, lt: end } }, orderBy: [{ createdAt: "asc" }, { code: "asc" }], select });
      if (cases.length === 0) return { rows: [], referrals: [] };
      const caseFilter = { case: { provinceId, createdAt: { gte: start, lt: end } } };
      const [firsts, referrals, closings] = await Promise.all([
        db.caseReferral.groupBy({ by: ["caseId"], where: caseFilter, _min: { createdAt: true } }),
        db.caseReferral.findMany({ where: caseFilter, select: { caseId: true, target: true, status: true } }),
        closureReasons(db, caseFilter),
      ]);
      const firstReferral = new Map(firsts.map((g) => [g.caseId, g._min.createdAt]));
      const codeOf = new Map(cases.map((c) => [c.id, c.code]));
      const rows: ReportCaseRow[] = cases.map((c) => {
        const column = CLOSURE_REASON_FIELD ? (c as Record<string, unknown>)[CLOSURE_REASON_FIELD] : null;
        // A case's closing reason only while it is closed (a reopened case has none until closed again).
        const reason = FINAL_STATUSES.has(c.status as CaseStatus) ? (typeof column === "string" ? column : closings.get(c.id) ?? null) : null;
        return {
          code: c.code, channel: c.channel, reporterRelation: c.reporterRelation, category: c.category,
          risk: ((TRIAGE_RISKS as readonly string[]).includes(c.risk) ? c.risk : "low") as TriageRisk,
          childAgeBand: c.childAgeBand, childSex: c.childSex, commune: commune(c.commune), status: c.status, createdAt: c.createdAt,
          ackDueAt: c.ackDueAt, acknowledgedAt: c.acknowledgedAt, ackBreachedAt: c.ackBreachedAt, actionDueAt: c.actionDueAt, actionBreachedAt: c.actionBreachedAt,
          firstReferralAt: firstReferral.get(c.id) ?? null, closedAt: c.closedAt, closureReason: reason,
        };
      });
      return { rows, referrals: referrals.map((r) => ({ caseCode: codeOf.get(r.caseId) ?? "", target: r.target, status: r.status })) };
    },
  };
}

const REPORT_FIELDS = {
  id: true, code: true, channel: true, reporterRelation: true, category: true, risk: true, childAgeBand: true, childSex: true, commune: true, status: true,
  createdAt: true, ackDueAt: true, acknowledgedAt: true, ackBreachedAt: true, actionDueAt: true, actionBreachedAt: true, closedAt: true,
} as const;

/** The reminders' "sent once" ledger in the audit trail (no personal data: a plan number, a date, a day count). */
export function createReminderLedger(db: Db, action: string): { sent(key: string): Promise<boolean>; record(key: string, at: Date): Promise<void> } {
  return {
    async sent(key) {
      return (await db.caseAudit.count({ where: { action, detail: key } })) > 0;
    },
    async record(key, at) {
      await db.caseAudit.create({ data: { officer: SYSTEM_ACTOR, action, caseCode: null, detail: key, at } });
    },
  };
}
