/**
 * Casework after the first action: closing a case with a reason and an outcome note, reopening
 * it with a reason, and follow-up tasks with due times whose assignee is reminded once when
 * they fall due. Every write is audited (who, what, which case, when) like the queue's; the
 * store makes the racing writes conditional (a case closed twice, a reminder sent by two
 * instances), so the database decides who won.
 */
import type { ChannelName, Language } from "../../core/message-types.ts";
import { caseCodeKey } from "./case-code.ts";
import { DEFAULT_DEADLINES, deadlinesFor, type DeadlinePolicy } from "./case-deadlines.ts";
import { FINAL_STATUSES, type CaseRecord, type CaseRefusal, type CaseStatus } from "./case-types.ts";

export const CLOSURE_REASONS = ["resolved", "referred_accepted", "no_concern", "duplicate", "unreachable", "moved_province"] as const;
export type ClosureReason = (typeof CLOSURE_REASONS)[number];

export const TASK_KINDS = ["call_back", "home_visit", "check_referral", "other"] as const;
export type TaskKind = (typeof TASK_KINDS)[number];

export const MAX_OUTCOME_LENGTH = 2_000;

/** `completedBy` of a task that was still open when its case was closed: cancelled, not done (no username has a "#"). */
export const TASK_CANCELLED_BY_CLOSING = "#case-closed";
export const MAX_MESSAGE_LENGTH = 1_000;

/** The outbox target of messages to reporters (delivered through their chat channel, not a webhook). */
export const REPORTER_TARGET = "reporter";

/** What the outbox carries to the reporter's channel (stored encrypted with the outbox row). */
export interface ReporterMessagePayload {
  messageId: string;
  code: string;
  channel: ChannelName;
  chatId: string;
  language: Language;
  text: string;
}

/** An officer's message to the reporter as the timeline shows it; never the reporter's chat id. */
export interface MessageView {
  id: string;
  officer: string;
  text: string;
  channel: ChannelName;
  status: "pending" | "delivered" | "failed";
  lastError: string | null;
  createdAt: Date;
  deliveredAt: Date | null;
}

/** The status a closing reason leaves the case in. */
export function statusAfterClosing(reason: ClosureReason): CaseStatus {
  return reason === "duplicate" ? "duplicate" : reason === "no_concern" ? "not_actionable" : "closed";
}

export interface ClosureRequest {
  reason: string;
  note: string;
  /** The case this one duplicates (reason duplicate). */
  duplicateOf?: string | null;
  /** The province the child moved to (reason moved_province). */
  movedTo?: string | null;
}

/** A closing or a reopening as the timeline shows it (note decrypted). */
export interface ClosureView {
  kind: "close" | "reopen";
  reason: ClosureReason | null;
  duplicateOf: string | null;
  movedTo: string | null;
  note: string;
  fromStatus: CaseStatus;
  toStatus: CaseStatus;
  officer: string;
  createdAt: Date;
}

export interface TaskView {
  id: string;
  kind: TaskKind;
  note: string | null;
  dueAt: Date;
  assigneeId: string;
  createdBy: string;
  createdAt: Date;
  completedAt: Date | null;
  completedBy: string | null;
  remindedAt: Date | null;
}

/** A task that fell due, for the reminder to its assignee (no note: reminders carry no case content). */
export interface TaskReminder {
  taskId: string;
  code: string;
  kind: TaskKind;
  dueAt: Date;
  assigneeId: string;
}

/** What the queue shows of a case's follow-ups: open tasks, how many are overdue, the next due. */
export interface FollowUpFlag {
  open: number;
  overdue: number;
  nextDueAt: Date | null;
}

/** Closures per officer and reason in a period: the supervisors' table. */
export interface ClosureCount {
  officer: string;
  reason: ClosureReason;
  count: number;
}

/** What a closing will record, as the confirmation step shows it. */
export interface ClosurePreview {
  reason: ClosureReason;
  duplicateOf: string | null;
  movedTo: string | null;
  note: string;
  toStatus: CaseStatus;
}

export type CaseworkProblem =
  | "closure_reason" | "note_missing" | "note_too_long" | "duplicate_missing" | "duplicate_unknown" | "duplicate_self" | "province_missing"
  | "not_final" | "task_kind" | "due_invalid" | "task_unknown" | "task_done" | "message_empty" | "message_too_long" | "no_channel";

export type CaseworkResult = { ok: true } | CaseRefusal | { ok: false; reason: "casework"; problem: CaseworkProblem };

export interface CaseworkStore {
  findByCodeKey(codeKey: string): Promise<CaseRecord | null>;
  /** Moves the case from `fromStatus` to the closing status and records the closing, in one transaction; false when the status changed meanwhile. */
  closeCase(caseId: string, write: Omit<ClosureView, "kind" | "createdAt"> & { at: Date }): Promise<boolean>;
  /** Moves a final case back to `toStatus` (clearing closedAt, with the new deadlines) and records why; false when it changed meanwhile. */
  reopenCase(caseId: string, write: { fromStatus: CaseStatus; toStatus: CaseStatus; note: string; officer: string; at: Date; ackDueAt: Date; actionDueAt: Date }): Promise<boolean>;
  closures(caseId: string): Promise<ClosureView[]>;
  closureCounts(since: Date, provinceIds: string[] | null): Promise<ClosureCount[]>;
  addTask(caseId: string, task: { kind: TaskKind; note: string | null; dueAt: Date; assigneeId: string; createdBy: string; at: Date }): Promise<string>;
  /** Completes the task of this case once; false when it is not this case's or already done. */
  completeTask(caseId: string, taskId: string, officer: string, at: Date): Promise<boolean>;
  tasks(caseId: string): Promise<TaskView[]>;
  followUps(caseIds: string[], now: Date): Promise<Map<string, FollowUpFlag>>;
  /** Marks open tasks of open cases due by `now` as reminded, each once across instances, and returns them. */
  takeDueReminders(now: Date, limit: number): Promise<TaskReminder[]>;
  audit(entry: { officer: string; action: string; caseCode: string | null; detail: string | null; at: Date }): Promise<void>;
  /** Stores the message and its outbox row in one transaction (the payload made from the new message's id); returns the id. */
  addMessage(caseId: string, message: { officer: string; text: string; channel: ChannelName; at: Date }, payload: (messageId: string) => ReporterMessagePayload): Promise<string>;
  messages(caseId: string): Promise<MessageView[]>;
  markMessage(messageId: string, change: { status: MessageView["status"]; lastError: string | null; at: Date }): Promise<void>;
}

export interface Casework {
  /** Checks a closing without making it (the confirmation step shows what will be recorded); not audited, nothing is written. */
  previewClose(code: string, request: ClosureRequest): Promise<{ ok: true; value: ClosurePreview } | Exclude<CaseworkResult, { ok: true }>>;
  close(officer: string, code: string, request: ClosureRequest): Promise<CaseworkResult>;
  reopen(officer: string, code: string, reason: string): Promise<CaseworkResult>;
  /** Closings and reopenings of a case, oldest first (read with the case page, already audited). */
  closures(caseId: string): Promise<ClosureView[]>;
  /** Closures per officer and reason since `since`, for cases of `provinceIds` (null: every province); the read is audited. */
  closureCounts(officer: string, since: Date, provinceIds: string[] | null): Promise<ClosureCount[]>;
  addTask(officer: string, code: string, task: { kind: string; dueAt: Date | null; note: string }): Promise<CaseworkResult>;
  completeTask(officer: string, code: string, taskId: string): Promise<CaseworkResult>;
  tasks(caseId: string): Promise<TaskView[]>;
  /**
   * Follow-up flags of cases by case id (open tasks, overdue ones, next due): what the queue
   * shows beside each case. Cases without open tasks are absent from the map.
   */
  followUps(caseIds: string[], now?: Date): Promise<Map<string, FollowUpFlag>>;
  /** Tasks that fell due and were not reminded yet; each is returned once, whichever instance asks. */
  dueReminders(now?: Date): Promise<TaskReminder[]>;
  /** Writes to the reporter through the channel they used, by the outbox (durable, retried); audited. */
  writeToReporter(officer: string, code: string, text: string): Promise<CaseworkResult>;
  /** The officers' messages to the reporter, oldest first, with their delivery state. */
  messages(caseId: string): Promise<MessageView[]>;
  /** The language the reporter wrote in (the one a message to them is sent in); null for an unknown case. */
  reporterLanguage(code: string): Promise<Language | null>;
  /** What the outbox worker reports about a reporter message: delivered, or failed (given up or to be retried). */
  messageDelivered(payload: unknown): Promise<void>;
  messageFailed(payload: unknown, error: string, gaveUp: boolean): Promise<void>;
}

export function createCaseworkService(deps: { store: CaseworkStore; clock?: () => Date; deadlines?: DeadlinePolicy }): Casework {
  const clock = deps.clock ?? (() => new Date());
  const { store } = deps;
  const audit = (officer: string, action: string, caseCode: string | null, detail: string | null) => store.audit({ officer, action, caseCode, detail, at: clock() });
  /** Finds the case; an unknown code is recorded (who looked for what), a found one only once the action is done. */
  const open = async (officer: string, action: string, code: string): Promise<CaseRecord | null> => {
    const key = caseCodeKey(code);
    const record = key ? await store.findByCodeKey(key) : null;
    if (!record) await audit(officer, action, code.slice(0, 20), "not_found");
    return record;
  };
  /** Records an action that was done: a refused one (no reason, a bad date) changed nothing and is not written as done. */
  const done = async (officer: string, action: string, record: CaseRecord, detail: string | null): Promise<CaseworkResult> => {
    await audit(officer, action, record.code, detail);
    return { ok: true };
  };
  const problem = (p: CaseworkProblem): CaseworkResult => ({ ok: false, reason: "casework", problem: p });
  const final = (record: CaseRecord): CaseRefusal | null => (FINAL_STATUSES.has(record.status) ? { ok: false, reason: "closed", status: record.status } : null);

  return {
    async previewClose(code, request) {
      const key = caseCodeKey(code);
      const record = key ? await store.findByCodeKey(key) : null;
      if (!record) return { ok: false, reason: "not_found" };
      const checked = await checkClosure(store, record, request);
      return !checked.ok ? checked : { ok: true, value: { reason: checked.write.reason, duplicateOf: checked.write.duplicateOf, movedTo: checked.write.movedTo, note: checked.write.note, toStatus: checked.write.toStatus } };
    },
    async close(officer, code, request) {
      const duplicateKey = request.duplicateOf ? caseCodeKey(request.duplicateOf) : null;
      const record = await open(officer, "close", code);
      if (!record) return { ok: false, reason: "not_found" };
      const checked = await checkClosure(store, record, request);
      if (!checked.ok) return checked;
      const write = { ...checked.write, officer, at: clock() };
      if (!(await store.closeCase(record.id, write))) return { ok: false, reason: "changed_concurrently" };
      return done(officer, "close", record, `${checked.write.reason}${duplicateKey ? ` ${checked.write.duplicateOf ?? ""}` : ""}`);
    },
    async reopen(officer, code, reason) {
      const record = await open(officer, "reopen", code);
      if (!record) return { ok: false, reason: "not_found" };
      if (!FINAL_STATUSES.has(record.status)) return problem("not_final");
      const note = reason.trim();
      if (!note) return problem("note_missing");
      if (note.length > MAX_OUTCOME_LENGTH) return problem("note_too_long");
      // Reopened, the case awaits action again (under its holder, if it has one), with fresh deadlines from its risk counted from now.
      const toStatus: CaseStatus = "triaged";
      const at = clock();
      const { ackDueAt, actionDueAt } = deadlinesFor(record.risk, at, deps.deadlines ?? DEFAULT_DEADLINES);
      if (!(await store.reopenCase(record.id, { fromStatus: record.status, toStatus, note, officer, at, ackDueAt, actionDueAt }))) return { ok: false, reason: "changed_concurrently" };
      return done(officer, "reopen", record, null);
    },
    closures: (caseId) => store.closures(caseId),
    async closureCounts(officer, since, provinceIds) {
      await audit(officer, "closures_read", null, `since ${since.toISOString().slice(0, 10)}`);
      return store.closureCounts(since, provinceIds);
    },
    async addTask(officer, code, task) {
      const kind = TASK_KINDS.find((k) => k === task.kind);
      const record = await open(officer, "task_add", code);
      if (!record) return { ok: false, reason: "not_found" };
      const refusal = final(record);
      if (refusal) return refusal;
      if (!kind) return problem("task_kind");
      if (!task.dueAt || Number.isNaN(task.dueAt.getTime())) return problem("due_invalid");
      const note = task.note.trim();
      if (note.length > MAX_OUTCOME_LENGTH) return problem("note_too_long");
      await store.addTask(record.id, { kind, note: note || null, dueAt: task.dueAt, assigneeId: record.assigneeId ?? officer, createdBy: officer, at: clock() });
      return done(officer, "task_add", record, kind);
    },
    async completeTask(officer, code, taskId) {
      const record = await open(officer, "task_done", code);
      if (!record) return { ok: false, reason: "not_found" };
      const task = (await store.tasks(record.id)).find((t) => t.id === taskId);
      if (!task) return problem("task_unknown");
      if (task.completedAt) return problem("task_done");
      return (await store.completeTask(record.id, taskId, officer, clock())) ? done(officer, "task_done", record, task.kind) : problem("task_done");
    },
    tasks: (caseId) => store.tasks(caseId),
    followUps: (caseIds, now = clock()) => (caseIds.length === 0 ? Promise.resolve(new Map()) : store.followUps(caseIds, now)),
    async writeToReporter(officer, code, text) {
      const record = await open(officer, "message", code);
      if (!record) return { ok: false, reason: "not_found" };
      const refusal = final(record);
      if (refusal) return refusal;
      // A case an officer recorded (a call, a letter) has no chat to write back to.
      const channel = record.channel;
      if (channel !== "telegram" && channel !== "zalo" && channel !== "web") return problem("no_channel");
      const body = text.trim();
      if (!body) return problem("message_empty");
      if (body.length > MAX_MESSAGE_LENGTH) return problem("message_too_long");
      const at = clock();
      await store.addMessage(record.id, { officer, text: body, channel, at }, (messageId) => ({
        messageId, code: record.code, channel, chatId: record.chatId, language: record.details.language, text: body,
      }));
      return done(officer, "message", record, null);
    },
    messages: (caseId) => store.messages(caseId),
    async reporterLanguage(code) {
      const key = caseCodeKey(code);
      return (key ? await store.findByCodeKey(key) : null)?.details.language ?? null;
    },
    async messageDelivered(payload) {
      const id = (payload as Partial<ReporterMessagePayload> | null)?.messageId;
      if (id) await store.markMessage(id, { status: "delivered", lastError: null, at: clock() });
    },
    async messageFailed(payload, error, gaveUp) {
      const id = (payload as Partial<ReporterMessagePayload> | null)?.messageId;
      if (id) await store.markMessage(id, { status: gaveUp ? "failed" : "pending", lastError: error.slice(0, 200), at: clock() });
    },
    async dueReminders(now = clock()) {
      const due = await store.takeDueReminders(now, 100);
      if (due.length > 0) await store.audit({ officer: "system", action: "task_remind", caseCode: null, detail: due.map((r) => `${r.code}:${r.kind}:${r.assigneeId}`).join(",").slice(0, 1000), at: now });
      return due;
    },
  };
}

type ClosureWrite = Omit<ClosureView, "kind" | "createdAt" | "officer" | "reason"> & { reason: ClosureReason };

/** The closing a request asks for, or why it cannot be made. */
async function checkClosure(store: CaseworkStore, record: CaseRecord, request: ClosureRequest): Promise<{ ok: true; write: ClosureWrite } | Exclude<CaseworkResult, { ok: true }>> {
  if (FINAL_STATUSES.has(record.status)) return { ok: false, reason: "closed", status: record.status };
  const fail = (problem: CaseworkProblem) => ({ ok: false as const, reason: "casework" as const, problem });
  const reason = CLOSURE_REASONS.find((r) => r === request.reason);
  const note = request.note.trim();
  if (!reason) return fail("closure_reason");
  if (!note) return fail("note_missing");
  if (note.length > MAX_OUTCOME_LENGTH) return fail("note_too_long");
  let duplicateOf: string | null = null;
  if (reason === "duplicate") {
    if (!request.duplicateOf?.trim()) return fail("duplicate_missing");
    const key = caseCodeKey(request.duplicateOf);
    const original = key ? await store.findByCodeKey(key) : null;
    if (!original) return fail("duplicate_unknown");
    if (original.id === record.id) return fail("duplicate_self");
    duplicateOf = original.code;
  }
  const movedTo = reason === "moved_province" ? request.movedTo?.trim().slice(0, 100) || null : null;
  if (reason === "moved_province" && !movedTo) return fail("province_missing");
  return { ok: true, write: { reason, duplicateOf, movedTo, note, fromStatus: record.status, toStatus: statusAfterClosing(reason) } };
}
