/**
 * CaseFactsSource on Prisma: the light rows the reports are drawn from. Three queries whatever
 * the number of cases (the cases, the first officer write per case from the audit log, the
 * first referral per case), each grouped by the database, so the same code runs on SQLite and
 * PostgreSQL and no narrative or contact is ever read.
 */
import { SYSTEM_ACTOR } from "../intake/cases/case-queue-service.ts";
import { OFFICER_WRITE_ACTIONS, type CaseFacts, type CaseFactsSource } from "../intake/cases/case-statistics.ts";
import { isCaseStatus } from "../intake/cases/case-types.ts";
import { TRIAGE_RISKS, type TriageRisk } from "../intake/triage/triage-types.ts";
import type { Db } from "./database.ts";

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
