/**
 * CaseStore on Prisma (SQLite and PostgreSQL). Narrative, commune, contact, details, attachment
 * metadata, triage reasons (they quote the report), notes, additions and drafts are encrypted
 * before they reach the database (the clear reasonsJson keeps the rule labels only); the
 * writes two officers or two instances may race on are single conditional UPDATEs, so the
 * database decides who won.
 */
import type { FieldCipher } from "../core/field-cipher.ts";
import type { Attachment, ChannelName } from "../conversation/conversation-types.ts";
import type { AgeBand, ChildSex, ReporterRelation, ReportDraft } from "../intake/case-intake-port.ts";
import { caseCodeKey } from "../intake/cases/case-code.ts";
import { CaseCodeTakenError, type CaseStore, type FollowUpFactsWrite, type NewCase, type QueueFilter, type SubmittedFields, type TriageChangeWrite } from "../intake/cases/case-store.ts";
import { AWAITING_ACTION, FINAL_STATUSES, type CaseDetails, type CaseRecord, type CaseStatus, type CaseSummary } from "../intake/cases/case-types.ts";
import { riskRank, type TriageRisk } from "../intake/triage/triage-types.ts";
import type { Db } from "./database.ts";
import { placeKeyOf, searchColumns } from "./case-search-keys.ts";
import type { IntakeCase } from "./generated/sqlite/client.ts";

const uniqueTarget = (error: unknown): string | null => {
  const e = error as { code?: string; meta?: { target?: unknown; driverAdapterError?: { cause?: { constraint?: { fields?: string[] } } } }; message?: string };
  if (e.code !== "P2002") return null;
  const fields = e.meta?.target ?? e.meta?.driverAdapterError?.cause?.constraint?.fields ?? e.message ?? "";
  return JSON.stringify(fields);
};

const FINAL = [...FINAL_STATUSES];
const AWAITING = [...AWAITING_ACTION];

/** Creates the case store over a Prisma client; `cipher` seals every sensitive field. */
export function createCaseRepository(db: Db, cipher: FieldCipher): CaseStore {
  const seal = (value: unknown) => cipher.encrypt(JSON.stringify(value));
  const open = <T>(sealed: string): T => JSON.parse(cipher.decrypt(sealed)) as T;
  const toRecord = (row: IntakeCase): CaseRecord => rowToRecord(row, open, cipher);
  const findByDraft = async (draftId: string) => {
    const row = await db.intakeCase.findUnique({ where: { draftId } });
    return row ? toRecord(row) : null;
  };

  return {
    async saveDraft(draft: ReportDraft) {
      // The flow's own time of the last answer, so retention counts from what the reporter did (and tests can set it).
      const touched = new Date(draft.updatedAt);
      const data = { channel: draft.channel, chatId: draft.chatId, status: draft.status, dataEncrypted: seal(draft), ...(Number.isNaN(touched.getTime()) ? {} : { updatedAt: touched }) };
      await db.reportDraftRecord.upsert({ where: { draftId: draft.draftId }, create: { draftId: draft.draftId, ...data }, update: data });
    },
    async insertCase(record: NewCase) {
      try {
        return toRecord(await db.intakeCase.create({ data: { ...caseColumns(record, seal, cipher.encrypt), ...searchColumns(cipher, record), draftId: record.draftId, code: record.code, codeKey: caseCodeKey(record.code)!, status: record.status, createdAt: record.createdAt, ackDueAt: record.ackDueAt, actionDueAt: record.actionDueAt, nextAlertAt: record.nextAlertAt, alertCount: record.alertCount, floodGroup: record.floodGroup ?? null } }));
      } catch (error) {
        const target = uniqueTarget(error);
        if (target === null) throw error;
        const existing = await findByDraft(record.draftId);
        if (existing) return existing;
        throw new CaseCodeTakenError(`case code ${record.code} is taken`, { cause: error });
      }
    },
    async completeSubmission(draftId: string, fields: SubmittedFields) {
      const updated = await db.intakeCase.updateMany({ where: { draftId, submittedAt: null }, data: { ...caseColumns(fields, seal, cipher.encrypt), ...searchColumns(cipher, fields) } });
      return updated.count === 1;
    },
    findByDraft,
    async findByCodeKey(codeKey: string) {
      const row = await db.intakeCase.findUnique({ where: { codeKey } });
      return row ? toRecord(row) : null;
    },
    async findById(id: string) {
      const row = await db.intakeCase.findUnique({ where: { id } });
      return row ? toRecord(row) : null;
    },
    async addAddition(caseId: string, text: string | null, attachments: Attachment[], at: Date) {
      await db.$transaction([
        db.caseAddition.create({ data: { caseId, textEncrypted: text === null ? null : cipher.encrypt(text), attachmentsEncrypted: seal(attachments), createdAt: at } }),
        db.intakeCase.update({ where: { id: caseId }, data: { updatedAt: at } }),
      ]);
    },
    async listQueue(filter: QueueFilter) {
      const rows = await db.intakeCase.findMany({
        where: { ...(filter.includeFinal ? {} : { status: { notIn: FINAL } }), ...(filter.assigneeId ? { assigneeId: filter.assigneeId } : {}), ...(filter.risk ? { risk: filter.risk } : {}) },
        orderBy: [{ riskRank: "desc" }, { createdAt: "asc" }, { code: "asc" }],
        // No cap unless asked: `case list --all` is an officer's whole list (it stopped silently at 200, the newest low cases cut).
        ...(filter.limit === undefined ? {} : { take: filter.limit }),
      });
      return rows.map((row) => rowToSummary(row, cipher));
    },
    async claim(caseId: string, officer: string, at: Date) {
      const won = await db.intakeCase.updateMany({ where: { id: caseId, assigneeId: null, status: { notIn: FINAL } }, data: { assigneeId: officer, claimedAt: at } });
      if (won.count === 1) await db.intakeCase.updateMany({ where: { id: caseId, acknowledgedAt: null }, data: { acknowledgedAt: at } });
      return won.count === 1;
    },
    async acknowledge(caseId: string, at: Date) {
      return (await db.intakeCase.updateMany({ where: { id: caseId, acknowledgedAt: null, status: { notIn: FINAL } }, data: { acknowledgedAt: at } })).count === 1;
    },
    async release(caseId: string, officer: string) {
      return (await db.intakeCase.updateMany({ where: { id: caseId, assigneeId: officer }, data: { assigneeId: null, claimedAt: null } })).count === 1;
    },
    async moveStatus(caseId: string, from: CaseStatus, to: CaseStatus, at: Date) {
      const data = { status: to, updatedAt: at, ...(FINAL_STATUSES.has(to) ? { closedAt: at } : {}) };
      return (await db.intakeCase.updateMany({ where: { id: caseId, status: from }, data })).count === 1;
    },
    async addNote(caseId: string, officer: string, text: string, at: Date) {
      await db.caseNote.create({ data: { caseId, officer, textEncrypted: cipher.encrypt(text), createdAt: at } });
    },
    async reclassify(caseId: string, change: TriageChangeWrite) {
      return db.$transaction(async (tx) => {
        const where = { id: caseId, risk: change.from.risk, category: change.from.category, status: { notIn: FINAL } };
        const data = { risk: change.to.risk, riskRank: riskRank(change.to.risk), category: change.to.category, ackDueAt: change.ackDueAt, actionDueAt: change.actionDueAt, nextAlertAt: change.nextAlertAt, updatedAt: change.at };
        if ((await tx.intakeCase.updateMany({ where, data })).count !== 1) return false;
        await tx.caseTriageChange.create({
          data: { caseId, officer: change.officer, fromRisk: change.from.risk, toRisk: change.to.risk, fromCategory: change.from.category, toCategory: change.to.category, reasonEncrypted: cipher.encrypt(change.reason), createdAt: change.at },
        });
        return true;
      });
    },
    async addFollowUpFacts(caseId: string, write: FollowUpFactsWrite) {
      // The stored time moves on by at least a millisecond, so a second write that read the same case loses and reads it again.
      const at = write.at.getTime() > write.readAt.getTime() ? write.at : new Date(write.readAt.getTime() + 1);
      const data = {
        redFlagsJson: JSON.stringify(write.redFlags), reasonsJson: JSON.stringify(write.reasons.map(reasonLabel)), reasonsEncrypted: seal(write.reasons),
        provinceId: write.provinceId, provinceName: write.provinceName, commune: write.commune === null ? null : cipher.encrypt(write.commune),
        placeKey: placeKeyOf(cipher, write.commune, write.provinceName), childAgeBand: write.childAgeBand, childSex: write.childSex, detailsEncrypted: seal(write.details), updatedAt: at,
      };
      return (await db.intakeCase.updateMany({ where: { id: caseId, updatedAt: write.readAt, status: { notIn: FINAL } }, data })).count === 1;
    },
    async triageChanges(caseId: string) {
      const rows = await db.caseTriageChange.findMany({ where: { caseId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      return rows.map((r) => ({ officer: r.officer, fromRisk: r.fromRisk as TriageRisk, toRisk: r.toRisk as TriageRisk, fromCategory: r.fromCategory, toCategory: r.toCategory, reason: cipher.decrypt(r.reasonEncrypted), createdAt: r.createdAt }));
    },
    async reassign(caseId: string, from: string | null, to: string, at: Date) {
      return (await db.intakeCase.updateMany({ where: { id: caseId, assigneeId: from, status: { notIn: FINAL } }, data: { assigneeId: to, claimedAt: at, updatedAt: at } })).count === 1;
    },
    async notes(caseId: string) {
      const rows = await db.caseNote.findMany({ where: { caseId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      return rows.map((r) => ({ officer: r.officer, text: cipher.decrypt(r.textEncrypted), createdAt: r.createdAt }));
    },
    async additions(caseId: string) {
      const rows = await db.caseAddition.findMany({ where: { caseId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      return rows.map((r) => ({ text: r.textEncrypted === null ? null : cipher.decrypt(r.textEncrypted), attachments: open<Attachment[]>(r.attachmentsEncrypted), createdAt: r.createdAt }));
    },
    async dueForEscalation(now: Date) {
      const rows = await db.intakeCase.findMany({
        where: {
          status: { notIn: FINAL },
          OR: [
            { acknowledgedAt: null, ackBreachedAt: null, ackDueAt: { lte: now } },
            { status: { in: AWAITING }, actionBreachedAt: null, actionDueAt: { lte: now } },
            { acknowledgedAt: null, nextAlertAt: { lte: now } },
          ],
        },
        orderBy: [{ riskRank: "desc" }, { createdAt: "asc" }],
      });
      return rows.map(toRecord);
    },
    async markBreach(caseId: string, kind: "ack" | "action", at: Date) {
      const where = kind === "ack" ? { id: caseId, ackBreachedAt: null } : { id: caseId, actionBreachedAt: null };
      const data = kind === "ack" ? { ackBreachedAt: at } : { actionBreachedAt: at };
      return (await db.intakeCase.updateMany({ where, data })).count === 1;
    },
    async advanceAlert(caseId: string, expected: Date, next: Date | null) {
      return (await db.intakeCase.updateMany({ where: { id: caseId, nextAlertAt: expected }, data: { nextAlertAt: next, alertCount: { increment: 1 } } })).count === 1;
    },
    async audit(entry) {
      await db.caseAudit.create({ data: { officer: entry.officer, action: entry.action, caseCode: entry.caseCode, detail: entry.detail, at: entry.at } });
    },
    async auditTrail(caseCode: string | null, limit = 200) {
      const rows = await db.caseAudit.findMany({ where: caseCode === null ? {} : { caseCode }, orderBy: [{ at: "desc" }, { id: "desc" }], take: limit });
      return rows.map((r) => ({ officer: r.officer, action: r.action, caseCode: r.caseCode, detail: r.detail, at: r.at }));
    },
    async purgeAbandonedDraftsBefore(cutoff: Date) {
      const cased = await db.intakeCase.findMany({ select: { draftId: true } });
      const deleted = await db.reportDraftRecord.deleteMany({ where: { updatedAt: { lt: cutoff }, draftId: { notIn: cased.map((c) => c.draftId) } } });
      return deleted.count;
    },
    async purgeFinalBefore(cutoff: Date) {
      const rows = await db.intakeCase.findMany({ where: { status: { in: FINAL }, closedAt: { lt: cutoff } }, select: { id: true, code: true, draftId: true } });
      if (rows.length === 0) return [];
      await db.$transaction([
        db.reportDraftRecord.deleteMany({ where: { draftId: { in: rows.map((r) => r.draftId) } } }),
        db.intakeCase.deleteMany({ where: { id: { in: rows.map((r) => r.id) } } }),
      ]);
      return rows.map((r) => r.code);
    },
  };
}

/** The columns a confirmed report sets (sensitive ones sealed). */
function caseColumns(fields: SubmittedFields, seal: (value: unknown) => string, encrypt: (text: string) => string) {
  return {
    risk: fields.risk, riskRank: riskRank(fields.risk), category: fields.category, redFlagsJson: JSON.stringify(fields.redFlags),
    reasonsJson: JSON.stringify(fields.reasons.map(reasonLabel)), reasonsEncrypted: seal(fields.reasons),
    provinceId: fields.provinceId, provinceName: fields.provinceName, commune: fields.commune === null ? null : encrypt(fields.commune), childAgeBand: fields.childAgeBand, childSex: fields.childSex,
    reporterRelation: fields.reporterRelation, anonymous: fields.anonymous, consentToContact: fields.consentToContact, channel: fields.channel, chatId: fields.chatId,
    narrativeEncrypted: seal(fields.narrative), contactEncrypted: fields.contact === null ? null : seal(fields.contact),
    detailsEncrypted: seal(fields.details), attachmentsEncrypted: seal(fields.attachments), submittedAt: fields.submittedAt,
  };
}

/**
 * A triage reason without the words it quotes from the report ("\"bầm tím\": trẻ có thương
 * tích." gives "trẻ có thương tích."): the rule's label, what may stay in clear.
 */
export function reasonLabel(reason: string): string {
  return reason
    .replace(/\s*\((?:"[^"]*"|“[^”]*”)(?:,\s*(?:"[^"]*"|“[^”]*”))*\)/g, "")
    .replace(/(?:"[^"]*"|“[^”]*”)\s*:\s*/g, "")
    .replace(/"[^"]*"|“[^”]*”/g, "…")
    .trim();
}

/**
 * The commune of a stored row. It is stored as the cipher text of its words ("v1:…", no JSON);
 * rows written before that hold it in clear until the start-up conversion seals them.
 */
export function openCommune(cipher: Pick<FieldCipher, "decrypt">, stored: string | null): string | null {
  return stored === null || !stored.startsWith("v1:") ? stored : cipher.decrypt(stored);
}

/** The list shape of a stored case (no narrative, no contact); `cipher` opens the commune. */
export function rowToSummary(row: IntakeCase, cipher: Pick<FieldCipher, "decrypt">): CaseSummary {
  return {
    id: row.id, code: row.code, status: row.status as CaseStatus, risk: row.risk as TriageRisk, category: row.category, redFlags: JSON.parse(row.redFlagsJson) as string[],
    provinceId: row.provinceId, provinceName: row.provinceName, commune: openCommune(cipher, row.commune), childAgeBand: row.childAgeBand as AgeBand | null, assigneeId: row.assigneeId,
    submitted: row.submittedAt !== null, createdAt: row.createdAt, updatedAt: row.updatedAt, ackDueAt: row.ackDueAt, actionDueAt: row.actionDueAt,
    acknowledgedAt: row.acknowledgedAt, ackBreachedAt: row.ackBreachedAt, actionBreachedAt: row.actionBreachedAt, floodGroup: row.floodGroup,
  };
}

function rowToRecord(row: IntakeCase, open: <T>(sealed: string) => T, cipher: Pick<FieldCipher, "decrypt">): CaseRecord {
  return {
    ...rowToSummary(row, cipher), draftId: row.draftId, reasons: row.reasonsEncrypted === null ? (JSON.parse(row.reasonsJson) as string[]) : open<string[]>(row.reasonsEncrypted),
    childSex: row.childSex as ChildSex | null,
    reporterRelation: row.reporterRelation as ReporterRelation | null, anonymous: row.anonymous, contact: row.contactEncrypted === null ? null : open<string>(row.contactEncrypted),
    consentToContact: row.consentToContact, channel: row.channel as ChannelName, chatId: row.chatId, narrative: open<string>(row.narrativeEncrypted),
    details: open<CaseDetails>(row.detailsEncrypted), attachments: open<Attachment[]>(row.attachmentsEncrypted), claimedAt: row.claimedAt, submittedAt: row.submittedAt,
    nextAlertAt: row.nextAlertAt, alertCount: row.alertCount, closedAt: row.closedAt,
  };
}
