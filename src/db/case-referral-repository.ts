/**
 * ReferralStore on Prisma. A move is one conditional UPDATE on the current status and sets
 * the time that belongs to the new status (sent, acknowledged, responded, completed).
 */
import type { FieldCipher } from "../core/field-cipher.ts";
import type { OutboxEntry } from "../intake/cases/outbox-types.ts";
import type { NewReferral, ReferralMethod, ReferralRecord, ReferralStatus, ReferralStore, ReferralTarget } from "../intake/cases/referral-types.ts";
import type { Db } from "./database.ts";
import { outboxRowData } from "./outbox-repository.ts";
import type { CaseReferral } from "./generated/sqlite/client.ts";

const TIME_OF: Readonly<Record<ReferralStatus, keyof Pick<CaseReferral, "sentAt" | "acknowledgedAt" | "respondedAt" | "completedAt"> | null>> = {
  draft: null, sent: "sentAt", acknowledged: "acknowledgedAt", accepted: "respondedAt", declined: "respondedAt", completed: "completedAt",
};

/** `cipher` seals the payload of a webhook referral's outbox message, written in the referral's transaction. */
export function createReferralRepository(db: Db, cipher: FieldCipher): ReferralStore {
  return {
    async create(referral: NewReferral, outboxFor?: (created: ReferralRecord) => OutboxEntry) {
      const time = TIME_OF[referral.status];
      const data = {
        caseId: referral.caseId, target: referral.target, targetName: referral.targetName, method: referral.method, status: referral.status,
        externalRef: referral.externalRef, createdBy: referral.createdBy, createdAt: referral.at, ...(time ? { [time]: referral.at } : {}),
      };
      if (!outboxFor) return toReferral(await db.caseReferral.create({ data }));
      // A webhook referral and the message that sends it are one write: no referral nobody will send.
      return db.$transaction(async (tx) => {
        const created = toReferral(await tx.caseReferral.create({ data }));
        await tx.outboxMessage.create({ data: outboxRowData(outboxFor(created), cipher) });
        return created;
      });
    },
    async find(id: string) {
      const row = await db.caseReferral.findUnique({ where: { id } });
      return row ? toReferral(row) : null;
    },
    async listForCase(caseId: string) {
      return (await db.caseReferral.findMany({ where: { caseId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] })).map(toReferral);
    },
    async move(id: string, from: ReferralStatus, to: ReferralStatus, at: Date, externalRef?: string | null) {
      const time = TIME_OF[to];
      const data = { status: to, updatedAt: at, ...(time ? { [time]: at } : {}), ...(externalRef ? { externalRef } : {}) };
      return (await db.caseReferral.updateMany({ where: { id, status: from }, data })).count === 1;
    },
  };
}

function toReferral(row: CaseReferral): ReferralRecord {
  return {
    id: row.id, caseId: row.caseId, target: row.target as ReferralTarget, targetName: row.targetName, method: row.method as ReferralMethod, status: row.status as ReferralStatus,
    externalRef: row.externalRef, createdBy: row.createdBy, sentAt: row.sentAt, acknowledgedAt: row.acknowledgedAt, respondedAt: row.respondedAt, completedAt: row.completedAt, createdAt: row.createdAt,
  };
}
