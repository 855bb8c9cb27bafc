/**
 * CaseworkStore on Prisma (SQLite and PostgreSQL): closings (cancelling the case's open tasks)
 * and reopenings written in the same transaction as the status they change, follow-up tasks, and reminders taken by a
 * conditional UPDATE so two instances never remind the same task twice. Notes are encrypted.
 */
import type { FieldCipher } from "../core/field-cipher.ts";
import { REPORTER_TARGET, TASK_CANCELLED_BY_CLOSING, type CaseworkStore, type ClosureCount, type ClosureReason, type ClosureView, type FollowUpFlag, type MessageView, type TaskKind, type TaskReminder, type TaskView } from "../intake/cases/casework-service.ts";
import type { ChannelName } from "../core/message-types.ts";
import { outboxRowData } from "./outbox-repository.ts";
import { FINAL_STATUSES, type CaseStatus } from "../intake/cases/case-types.ts";
import { createCaseRepository } from "./case-repository.ts";
import type { Db } from "./database.ts";

const FINAL = [...FINAL_STATUSES];

export function createCaseworkRepository(db: Db, cipher: FieldCipher): CaseworkStore {
  const cases = createCaseRepository(db, cipher);
  return {
    findByCodeKey: (codeKey) => cases.findByCodeKey(codeKey),
    async closeCase(caseId, write) {
      return db.$transaction(async (tx) => {
        const moved = await tx.intakeCase.updateMany({ where: { id: caseId, status: write.fromStatus }, data: { status: write.toStatus, closedAt: write.at, updatedAt: write.at } });
        if (moved.count !== 1) return false;
        // The case's open follow-up tasks end with it (the page and timeline say they were cancelled by the closing).
        await tx.caseTask.updateMany({ where: { caseId, completedAt: null }, data: { completedAt: write.at, completedBy: TASK_CANCELLED_BY_CLOSING } });
        await tx.caseClosure.create({
          data: {
            caseId, kind: "close", reason: write.reason, duplicateOf: write.duplicateOf, movedTo: write.movedTo, noteEncrypted: cipher.encrypt(write.note),
            fromStatus: write.fromStatus, toStatus: write.toStatus, officer: write.officer, createdAt: write.at,
          },
        });
        return true;
      });
    },
    async reopenCase(caseId, write) {
      return db.$transaction(async (tx) => {
        const moved = await tx.intakeCase.updateMany({ where: { id: caseId, status: write.fromStatus }, data: { status: write.toStatus, closedAt: null, ackDueAt: write.ackDueAt, actionDueAt: write.actionDueAt, updatedAt: write.at } });
        if (moved.count !== 1) return false;
        await tx.caseClosure.create({
          data: { caseId, kind: "reopen", noteEncrypted: cipher.encrypt(write.note), fromStatus: write.fromStatus, toStatus: write.toStatus, officer: write.officer, createdAt: write.at },
        });
        return true;
      });
    },
    async closures(caseId) {
      const rows = await db.caseClosure.findMany({ where: { caseId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      return rows.map((r): ClosureView => ({
        kind: r.kind === "reopen" ? "reopen" : "close", reason: r.reason as ClosureReason | null, duplicateOf: r.duplicateOf, movedTo: r.movedTo, note: cipher.decrypt(r.noteEncrypted),
        fromStatus: r.fromStatus as CaseStatus, toStatus: r.toStatus as CaseStatus, officer: r.officer, createdAt: r.createdAt,
      }));
    },
    async closureCounts(since, provinceIds) {
      const rows = await db.caseClosure.findMany({
        where: { kind: "close", createdAt: { gte: since }, ...(provinceIds ? { case: { OR: [{ provinceId: { in: provinceIds } }, { provinceId: null }] } } : {}) },
        select: { officer: true, reason: true },
      });
      const counts = new Map<string, ClosureCount>();
      for (const r of rows) {
        const key = `${r.officer}\u0000${r.reason}`;
        const entry = counts.get(key) ?? { officer: r.officer, reason: r.reason as ClosureReason, count: 0 };
        entry.count += 1;
        counts.set(key, entry);
      }
      return [...counts.values()].sort((a, b) => a.officer.localeCompare(b.officer) || a.reason.localeCompare(b.reason));
    },
    async addTask(caseId, task) {
      const row = await db.caseTask.create({
        data: { caseId, kind: task.kind, noteEncrypted: task.note === null ? null : cipher.encrypt(task.note), dueAt: task.dueAt, assigneeId: task.assigneeId, createdBy: task.createdBy, createdAt: task.at },
      });
      return row.id;
    },
    async completeTask(caseId, taskId, officer, at) {
      return (await db.caseTask.updateMany({ where: { id: taskId, caseId, completedAt: null }, data: { completedAt: at, completedBy: officer } })).count === 1;
    },
    async tasks(caseId) {
      const rows = await db.caseTask.findMany({ where: { caseId }, orderBy: [{ dueAt: "asc" }, { id: "asc" }] });
      return rows.map((r): TaskView => ({
        id: r.id, kind: r.kind as TaskKind, note: r.noteEncrypted === null ? null : cipher.decrypt(r.noteEncrypted), dueAt: r.dueAt, assigneeId: r.assigneeId, createdBy: r.createdBy,
        createdAt: r.createdAt, completedAt: r.completedAt, completedBy: r.completedBy, remindedAt: r.remindedAt,
      }));
    },
    async followUps(caseIds, now) {
      const rows = await db.caseTask.findMany({ where: { caseId: { in: caseIds }, completedAt: null, case: { status: { notIn: FINAL } } }, select: { caseId: true, dueAt: true } });
      const flags = new Map<string, FollowUpFlag>();
      for (const r of rows) {
        const flag = flags.get(r.caseId) ?? { open: 0, overdue: 0, nextDueAt: null };
        flag.open += 1;
        if (r.dueAt <= now) flag.overdue += 1;
        if (!flag.nextDueAt || r.dueAt < flag.nextDueAt) flag.nextDueAt = r.dueAt;
        flags.set(r.caseId, flag);
      }
      return flags;
    },
    async takeDueReminders(now, limit) {
      const due = await db.caseTask.findMany({
        where: { completedAt: null, remindedAt: null, dueAt: { lte: now }, case: { status: { notIn: FINAL } } },
        orderBy: [{ dueAt: "asc" }, { id: "asc" }], take: limit, select: { id: true, kind: true, dueAt: true, assigneeId: true, case: { select: { code: true } } },
      });
      const won: TaskReminder[] = [];
      for (const t of due) {
        const taken = await db.caseTask.updateMany({ where: { id: t.id, remindedAt: null }, data: { remindedAt: now } });
        if (taken.count === 1) won.push({ taskId: t.id, code: t.case.code, kind: t.kind as TaskKind, dueAt: t.dueAt, assigneeId: t.assigneeId });
      }
      return won;
    },
    async addMessage(caseId, message, payload) {
      return db.$transaction(async (tx) => {
        const row = await tx.caseMessage.create({ data: { caseId, officer: message.officer, textEncrypted: cipher.encrypt(message.text), channel: message.channel, status: "pending", createdAt: message.at } });
        const body = payload(row.id);
        await tx.outboxMessage.create({
          data: outboxRowData({ idempotencyKey: `${REPORTER_TARGET}:${row.id}`, referralId: null, caseCode: body.code, target: REPORTER_TARGET, url: `${REPORTER_TARGET}:${body.channel}`, payload: body, at: message.at }, cipher),
        });
        return row.id;
      });
    },
    async messages(caseId) {
      const rows = await db.caseMessage.findMany({ where: { caseId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });
      return rows.map((r): MessageView => ({
        id: r.id, officer: r.officer, text: cipher.decrypt(r.textEncrypted), channel: r.channel as ChannelName, status: r.status as MessageView["status"], lastError: r.lastError,
        createdAt: r.createdAt, deliveredAt: r.deliveredAt,
      }));
    },
    async markMessage(messageId, change) {
      await db.caseMessage.updateMany({ where: { id: messageId, status: { not: "delivered" } }, data: { status: change.status, lastError: change.lastError, ...(change.status === "delivered" ? { deliveredAt: change.at } : {}) } });
    },
    async audit(entry) {
      await db.caseAudit.create({ data: { officer: entry.officer, action: entry.action, caseCode: entry.caseCode, detail: entry.detail, at: entry.at } });
    },
  };
}
