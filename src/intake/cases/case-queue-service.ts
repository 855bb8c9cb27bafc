/**
 * The officers' side of the queue: list by risk then waiting time, open, claim, release,
 * note, move status, escalate missed deadlines, purge old closed cases. Every read and write
 * an officer makes is audited (who, what, which case, when) before the result is returned;
 * expected refusals (a closed case, a case someone else holds) are typed results.
 */
import { caseCodeKey } from "./case-code.ts";
import { DEFAULT_DEADLINES, deadlinesAfterReclassification, nextRepeatAfter, type DeadlinePolicy } from "./case-deadlines.ts";
import { TRIAGE_CATEGORIES, TRIAGE_RISKS, type TriageRisk } from "../triage/triage-types.ts";
import type { CaseStore, QueueFilter } from "./case-store.ts";
import {
  AWAITING_ACTION, FINAL_STATUSES, STATUS_MOVES, isCaseStatus,
  type AuditEntry, type CaseActionResult, type CaseDetailView, type CaseRecord, type CaseRefusal, type CaseSummary, type EscalationAlert, type Reclassification,
} from "./case-types.ts";

/** What a read of a case is for, as the audit log records it. */
export type ShowPurpose = "narrative" | "summary" | "form01";
const SHOWN: Readonly<Record<ShowPurpose, string>> = { narrative: "narrative shown", summary: "summary shown", form01: "form 01 exported" };

/** The longest reason an officer may give for a reclassification. */
export const MAX_REASON_LENGTH = 1_000;

/** The officer name escalations and retention are recorded under when no person acted. */
export const SYSTEM_ACTOR = "system";

export interface CaseQueueDeps {
  store: CaseStore;
  clock?: () => Date;
  deadlines?: DeadlinePolicy;
}

export interface CaseQueue {
  /** The queue (no narrative, no contact); audited unless `audit` is false (a page's periodic refresh of a list already on record). */
  list(officer: string, filter?: QueueFilter, options?: { audit?: boolean }): Promise<CaseSummary[]>;
  /**
   * The whole case, narrative included; the read is audited with what the caller shows of it:
   * the narrative (default), a summary without it, or the Form 01 export.
   */
  /** options.audit false: the page shown again with a refusal, part of the view already recorded. */
  show(officer: string, code: string, purpose?: ShowPurpose, options?: { audit?: boolean }): Promise<{ ok: true; value: CaseDetailView } | CaseRefusal>;
  claim(officer: string, code: string): Promise<CaseActionResult>;
  release(officer: string, code: string): Promise<CaseActionResult>;
  /** Acknowledges an alert without taking the case: an emergency's repeat alerts stop on every instance. */
  acknowledge(officer: string, code: string): Promise<CaseActionResult>;
  note(officer: string, code: string, text: string): Promise<CaseActionResult>;
  changeStatus(officer: string, code: string, to: string): Promise<CaseActionResult>;
  /** Changes risk and/or category with a reason; deadlines may only get nearer. */
  reclassify(officer: string, code: string, change: Reclassification): Promise<CaseActionResult>;
  /** Gives the case to another officer (a supervisor's move; the caller checks the role and the new officer's provinces). */
  reassign(officer: string, code: string, to: string): Promise<CaseActionResult>;
  /** Marks deadlines missed and emergencies due for another alert; each is returned once, whichever instance runs it. */
  escalateOverdue(now?: Date): Promise<EscalationAlert[]>;
  /** `audit: false` when the read is part of a view already audited (the case page audits its one "show"). */
  auditTrail(officer: string, code: string | null, limit?: number, options?: { audit?: boolean }): Promise<AuditEntry[]>;
  /** Deletes closed, duplicate and not_actionable cases closed more than `days` ago, and drafts abandoned as long; returns the case codes and the draft count. */
  purgeClosed(officer: string, days: number): Promise<{ codes: string[]; drafts: number }>;
}

/** Creates the officers' queue over a store. */
export function createCaseQueueService(deps: CaseQueueDeps): CaseQueue {
  const clock = deps.clock ?? (() => new Date());
  const policy = deps.deadlines ?? DEFAULT_DEADLINES;
  const { store } = deps;

  const audit = (officer: string, action: string, caseCode: string | null, detail: string | null = null) => store.audit({ officer, action, caseCode, detail, at: clock() });

  /** Finds the case and records the attempt whatever its outcome, so refused actions are accountable too. */
  const open = async (officer: string, action: string, code: string, detail: string | null = null): Promise<CaseRecord | null> => {
    const key = caseCodeKey(code);
    const record = key ? await store.findByCodeKey(key) : null;
    await audit(officer, action, record?.code ?? code.slice(0, 20), record ? detail : "not_found");
    return record;
  };

  const refuseFinal = (record: CaseRecord): CaseRefusal | null => (FINAL_STATUSES.has(record.status) ? { ok: false, reason: "closed", status: record.status } : null);

  return {
    async list(officer, filter = {}, options = {}) {
      const cases = await store.listQueue(filter);
      if (options.audit !== false) await audit(officer, "list", null, `${cases.length} cases`);
      return cases;
    },
    async show(officer, code, purpose = "narrative", options = {}) {
      const record = options.audit === false ? await store.findByCodeKey(caseCodeKey(code) ?? "") : await open(officer, "show", code, SHOWN[purpose]);
      if (!record) return { ok: false, reason: "not_found" };
      return { ok: true, value: { case: record, notes: await store.notes(record.id), additions: await store.additions(record.id), triageChanges: await store.triageChanges(record.id) } };
    },
    async claim(officer, code) {
      const record = await open(officer, "claim", code);
      if (!record) return { ok: false, reason: "not_found" };
      const refusal = refuseFinal(record);
      if (refusal) return refusal;
      if (record.assigneeId === officer) return { ok: true };
      if (record.assigneeId) return { ok: false, reason: "claimed_by_other", assigneeId: record.assigneeId };
      if (await store.claim(record.id, officer, clock())) return { ok: true };
      const now = await store.findByCodeKey(caseCodeKey(record.code)!);
      return { ok: false, reason: "claimed_by_other", assigneeId: now?.assigneeId ?? "?" };
    },
    async acknowledge(officer, code) {
      const record = await open(officer, "acknowledge", code);
      if (!record) return { ok: false, reason: "not_found" };
      const refusal = refuseFinal(record);
      if (refusal) return refusal;
      if (!record.acknowledgedAt) await store.acknowledge(record.id, clock());
      return { ok: true };
    },
    async release(officer, code) {
      const record = await open(officer, "release", code);
      if (!record) return { ok: false, reason: "not_found" };
      const refusal = refuseFinal(record);
      if (refusal) return refusal;
      if (record.assigneeId !== officer || !(await store.release(record.id, officer))) return { ok: false, reason: "not_assignee", assigneeId: record.assigneeId };
      return { ok: true };
    },
    async note(officer, code, text) {
      const record = await open(officer, "note", code);
      if (!record) return { ok: false, reason: "not_found" };
      const refusal = refuseFinal(record);
      if (refusal) return refusal;
      await store.addNote(record.id, officer, text, clock());
      return { ok: true };
    },
    async changeStatus(officer, code, to) {
      const record = await open(officer, "status", code, `-> ${to}`);
      if (!record) return { ok: false, reason: "not_found" };
      return moveStatus(store, record, to, clock());
    },
    async reclassify(officer, code, change) {
      const record = await open(officer, "reclassify", code, `-> ${change.risk.slice(0, 20)}, ${change.category.slice(0, 40)}`);
      if (!record) return { ok: false, reason: "not_found" };
      return reclassify(store, policy, record, officer, change, clock());
    },
    async reassign(officer, code, to) {
      const key = caseCodeKey(code);
      const record = key ? await store.findByCodeKey(key) : null;
      await audit(officer, "reassign", record?.code ?? code.slice(0, 20), record ? `${record.assigneeId ?? "-"} -> ${to.slice(0, 64)}` : "not_found");
      if (!record) return { ok: false, reason: "not_found" };
      const refusal = refuseFinal(record);
      if (refusal) return refusal;
      if (record.assigneeId === to) return { ok: false, reason: "invalid_input", problem: "same_assignee" };
      return (await store.reassign(record.id, record.assigneeId, to, clock())) ? { ok: true } : { ok: false, reason: "changed_concurrently" };
    },
    escalateOverdue: (now = clock()) => escalate(store, policy, now),
    async auditTrail(officer, code, limit, options = {}) {
      const record = code === null ? null : options.audit === false ? await store.findByCodeKey(caseCodeKey(code) ?? "") : await open(officer, "audit_read", code);
      if (code !== null && !record) return [];
      if (code === null) await audit(officer, "audit_read", null);
      return store.auditTrail(record?.code ?? null, limit);
    },
    async purgeClosed(officer, days) {
      const cutoff = new Date(clock().getTime() - days * 86_400_000);
      const codes = await store.purgeFinalBefore(cutoff);
      const drafts = await store.purgeAbandonedDraftsBefore(cutoff);
      for (const code of codes) await audit(officer, "retention_purge", code, `closed before ${cutoff.toISOString()}`);
      await audit(officer, "retention_run", null, `${codes.length} cases and ${drafts} abandoned drafts purged, older than ${days} days`);
      return { codes, drafts };
    },
  };
}

async function reclassify(store: CaseStore, policy: DeadlinePolicy, record: CaseRecord, officer: string, change: Reclassification, at: Date): Promise<CaseActionResult> {
  const refusal: CaseRefusal | null = FINAL_STATUSES.has(record.status) ? { ok: false, reason: "closed", status: record.status } : null;
  if (refusal) return refusal;
  const reason = change.reason.trim();
  const problem = !(TRIAGE_RISKS as readonly string[]).includes(change.risk) ? "risk"
    : !(TRIAGE_CATEGORIES as readonly string[]).includes(change.category) ? "category"
    : reason === "" ? "reason_missing" : reason.length > MAX_REASON_LENGTH ? "reason_too_long"
    : change.risk === record.risk && change.category === record.category ? "unchanged" : null;
  if (problem) return { ok: false, reason: "invalid_input", problem };
  const risk = change.risk as TriageRisk;
  const deadlines = deadlinesAfterReclassification(record, risk, at, policy);
  const write = { from: { risk: record.risk, category: record.category }, to: { risk, category: change.category }, officer, reason, at, ...deadlines };
  return (await store.reclassify(record.id, write)) ? { ok: true } : { ok: false, reason: "changed_concurrently" };
}

async function moveStatus(store: CaseStore, record: CaseRecord, to: string, at: Date): Promise<CaseActionResult> {
  if (FINAL_STATUSES.has(record.status)) return { ok: false, reason: "closed", status: record.status };
  const allowed = STATUS_MOVES[record.status];
  if (!isCaseStatus(to) || !allowed.includes(to)) return { ok: false, reason: "invalid_transition", from: record.status, to, allowed };
  return (await store.moveStatus(record.id, record.status, to, at)) ? { ok: true } : { ok: false, reason: "changed_concurrently" };
}

async function escalate(store: CaseStore, policy: DeadlinePolicy, now: Date): Promise<EscalationAlert[]> {
  const alerts: EscalationAlert[] = [];
  for (const record of await store.dueForEscalation(now)) {
    const base = { caseId: record.id, code: record.code, risk: record.risk, floodGroup: record.floodGroup };
    const ackBreachDue = !record.acknowledgedAt && !record.ackBreachedAt && record.ackDueAt <= now;
    const actionBreachDue = AWAITING_ACTION.has(record.status) && !record.actionBreachedAt && record.actionDueAt <= now;
    if (ackBreachDue && (await store.markBreach(record.id, "ack", now))) {
      alerts.push({ ...base, kind: "ack_overdue", dueAt: record.ackDueAt, alertCount: record.alertCount });
    }
    if (actionBreachDue && (await store.markBreach(record.id, "action", now))) {
      alerts.push({ ...base, kind: "action_overdue", dueAt: record.actionDueAt, alertCount: record.alertCount });
    }
    const repeatAt = record.nextAlertAt;
    const repeated = !record.acknowledgedAt && repeatAt && repeatAt <= now && (await store.advanceAlert(record.id, repeatAt, nextRepeatAfter(record.risk, now, policy)));
    // A breach due at the same time already reminds officers, whichever instance announces it;
    // the repeat is counted, not sent twice (deciding on "due", not "won here", keeps two instances from both alerting).
    if (repeated && !ackBreachDue && !actionBreachDue) {
      alerts.push({ ...base, kind: "emergency_repeat", dueAt: record.ackDueAt, alertCount: record.alertCount + 1 });
    }
  }
  if (alerts.length > 0) await store.audit({ officer: SYSTEM_ACTOR, action: "escalate", caseCode: null, detail: alerts.map((a) => `${a.code}:${a.kind}`).join(","), at: now });
  return alerts;
}

