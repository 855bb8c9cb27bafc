/**
 * PlanStore on Prisma. The parsed facts are stored as JSON beside the text they quote, so
 * loading the knowledge base never re-parses and never disagrees with what was ingested.
 */
import type { IngestReport, ParsedPlan } from "../kb/types.ts";
import type { PlanSaveOutcome, PlanStore, PlanVersionSummary } from "../kb/plan-store.ts";
import { mergeApprovedDrafts } from "../kb/plan-drafts.ts";
import type { Db } from "./database.ts";
import { approvedDraftsFor } from "./plan-draft-repository.ts";

const isUniqueViolation = (error: unknown): boolean => (error as { code?: string }).code === "P2002";

export function createPlanRepository(db: Db): PlanStore {
  const saveOnce = (plan: ParsedPlan, report: IngestReport) =>
    db.$transaction(async (tx) => {
      const doc = await tx.planDocument.findUnique({ where: { documentNumber: plan.documentNumber }, include: { versions: { select: { version: true, checksum: true } } } });
      const facts = JSON.stringify({ ...plan, text: undefined });
      const row = { checksum: plan.checksum, sourceFile: plan.sourceFile, text: plan.text, factsJson: facts, reportJson: JSON.stringify(report) };
      if (!doc) {
        await tx.planDocument.create({ data: { documentNumber: plan.documentNumber, title: plan.title, provinceId: plan.province.provinceId, currentVersion: 1, versions: { create: { ...row, version: 1 } } } });
        return { status: "created", documentNumber: plan.documentNumber, version: 1 } satisfies PlanSaveOutcome;
      }
      const same = doc.versions.find((v) => v.checksum === plan.checksum);
      if (same) {
        if (same.version === doc.currentVersion) return { status: "unchanged", documentNumber: plan.documentNumber, version: same.version } satisfies PlanSaveOutcome;
        await tx.planDocument.update({ where: { id: doc.id }, data: { currentVersion: same.version } });
        return { status: "restored", documentNumber: plan.documentNumber, version: same.version } satisfies PlanSaveOutcome;
      }
      const version = Math.max(...doc.versions.map((v) => v.version)) + 1;
      await tx.planVersion.create({ data: { ...row, version, planId: doc.id } });
      await tx.planDocument.update({ where: { id: doc.id }, data: { currentVersion: version, title: plan.title, provinceId: plan.province.provinceId } });
      return { status: "new_version", documentNumber: plan.documentNumber, version } satisfies PlanSaveOutcome;
    });

  return {
    async save(plan, report) {
      try {
        return await saveOnce(plan, report);
      } catch (error) {
        if (!isUniqueViolation(error)) throw error;
        return saveOnce(plan, report); // another instance stored the same plan at the same moment
      }
    },
    async currentPlans() {
      const docs = await db.planDocument.findMany({ orderBy: { documentNumber: "asc" } });
      const rows = await db.planVersion.findMany({ where: { OR: docs.map((d) => ({ planId: d.id, version: d.currentVersion })) } });
      const byPlan = new Map(rows.map((r) => [r.planId, r]));
      // Model-drafted assignments join a plan only once an administrator approved them.
      const approved = await approvedDraftsFor(db, rows.map((r) => r.checksum));
      return docs
        .flatMap((d) => {
          const row = byPlan.get(d.id);
          return row ? [mergeApprovedDrafts({ ...(JSON.parse(row.factsJson) as Omit<ParsedPlan, "text">), text: row.text }, approved)] : [];
        })
        .sort((a, b) => a.sourceFile.localeCompare(b.sourceFile));
    },
    async versions(documentNumber) {
      const doc = await db.planDocument.findUnique({ where: { documentNumber }, include: { versions: { orderBy: { version: "asc" } } } });
      if (!doc) return [];
      return doc.versions.map(
        (v): PlanVersionSummary => ({ documentNumber, version: v.version, checksum: v.checksum, sourceFile: v.sourceFile, current: v.version === doc.currentVersion, createdAt: v.createdAt }),
      );
    },
  };
}
