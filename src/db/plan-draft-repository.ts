/**
 * PlanDraftStore on Prisma: model-drafted assignments per plan version, with their review
 * status. Approved rows are read by the plan repository when it loads the current plans.
 */
import type { ImportSink } from "../kb/ingest/document-imports.ts";
import type { DraftStatus, PlanDraftStore, StoredDraft } from "../kb/plan-drafts.ts";
import type { Role } from "../kb/types.ts";
import type { Db } from "./database.ts";
import { createPlanRepository } from "./plan-repository.ts";

type DraftRow = Awaited<ReturnType<Db["planDraftAssignment"]["findMany"]>>[number];

/** A stored row as the knowledge base's type. */
export function toStoredDraft(row: DraftRow): StoredDraft {
  return {
    id: row.id,
    documentNumber: row.documentNumber,
    planVersion: row.planVersion,
    checksum: row.checksum,
    agencyAsWritten: row.agencyAsWritten,
    agencyId: row.agencyId,
    role: row.role as Role,
    quote: row.quote,
    sectionPath: row.sectionPath,
    status: row.status as DraftStatus,
    reviewedBy: row.reviewedBy,
    reviewedAt: row.reviewedAt,
    createdAt: row.createdAt,
  };
}

/** Approved drafts of these plan versions (by checksum), for merging into the loaded plans. */
export async function approvedDraftsFor(db: Db, checksums: readonly string[]): Promise<StoredDraft[]> {
  if (checksums.length === 0) return [];
  const rows = await db.planDraftAssignment.findMany({ where: { status: "approved", checksum: { in: [...checksums] } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
  return rows.map(toStoredDraft);
}

export function createPlanDraftRepository(db: Db): PlanDraftStore {
  const order = [{ createdAt: "asc" as const }, { id: "asc" as const }];
  return {
    async add(target, drafts) {
      const rows = await db.$transaction(drafts.map((d) => db.planDraftAssignment.create({ data: { ...target, ...d, status: "unreviewed" } })));
      return rows.map(toStoredDraft);
    },
    async list(filter = {}) {
      const rows = await db.planDraftAssignment.findMany({ where: { documentNumber: filter.documentNumber, status: filter.status }, orderBy: order });
      return rows.map(toStoredDraft);
    },
    async get(ids) {
      const rows = await db.planDraftAssignment.findMany({ where: { id: { in: [...ids] } }, orderBy: order });
      return rows.map(toStoredDraft);
    },
    async setStatus(ids, status, officer, at) {
      await db.planDraftAssignment.updateMany({ where: { id: { in: [...ids] } }, data: { status, reviewedBy: officer, reviewedAt: at } });
    },
    async planText(documentNumber, version) {
      const row = await db.planVersion.findFirst({ where: { version, plan: { documentNumber } }, select: { text: true } });
      return row?.text ?? null;
    },
  };
}

/**
 * Where the dashboard's reviewed uploads go: published through the plan repository (a new
 * version, or unchanged for the same text) and each step recorded in the audit table (no case).
 */
export function createImportSink(db: Db): ImportSink {
  const plans = createPlanRepository(db);
  return {
    publish: (plan, report) => plans.save(plan, report),
    async audit(officer, action, detail) {
      await db.caseAudit.create({ data: { officer, action, caseCode: null, detail: detail.slice(0, 1000) } });
    },
  };
}
