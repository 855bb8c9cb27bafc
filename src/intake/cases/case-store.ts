/**
 * The storage port of the case queue. The queue's rules live in case-service.ts; this port
 * only stores and makes the few writes that must be atomic (a claim, a status move, a
 * breach mark) conditional, so two officers or two app instances can never both win.
 * Implemented on Prisma by src/db/case-repository.ts, which encrypts the sensitive fields.
 */
import type { Attachment } from "../../core/message-types.ts";
import type { AgeBand, ChildSex, ReportDraft } from "../case-intake-port.ts";
import type { TriageRisk } from "../triage/triage-types.ts";
import type { AuditEntry, CaseAdditionView, CaseDetails, CaseNoteView, CaseRecord, CaseStatus, CaseSummary, TriageChangeView } from "./case-types.ts";

/** A case as the service creates it; ids and stored times are the store's. */
export type NewCase = Omit<CaseRecord, "id" | "updatedAt" | "assigneeId" | "claimedAt" | "acknowledgedAt" | "ackBreachedAt" | "actionBreachedAt" | "closedAt" | "submitted" | "floodGroup"> & {
  assigneeId?: null;
  /** Set only when the case came past its source's report limits (see flood-guard.ts). */
  floodGroup?: string | null;
};

/** Fields a confirmed report replaces on a case that started as an emergency draft. */
export type SubmittedFields = Omit<NewCase, "draftId" | "code" | "status" | "createdAt" | "ackDueAt" | "actionDueAt" | "nextAlertAt" | "alertCount" | "floodGroup">;

export interface QueueFilter {
  /** Include closed, duplicate and not_actionable cases (default: open cases only). */
  includeFinal?: boolean;
  assigneeId?: string;
  risk?: string;
  /** At most this many (default: every case that matches). */
  limit?: number;
}

/** A reclassification as the store writes it: the new values, the deadlines they bring, and the record of who and why. */
export interface TriageChangeWrite {
  from: { risk: TriageRisk; category: string };
  to: { risk: TriageRisk; category: string };
  officer: string;
  reason: string;
  at: Date;
  /** Deadlines after the change (only ever earlier than before). */
  ackDueAt: Date;
  actionDueAt: Date;
  nextAlertAt: Date | null;
}

/**
 * What a reporter's follow-up added to the facts of a case (case-follow-up.ts): red flags and reasons (only ever more), and the
 * place, child and details as they are with the follow-up read in. Written only when the case is open and unchanged since `readAt`.
 */
export interface FollowUpFactsWrite {
  /** The case's updatedAt when it was read: another write since then makes this one lose (it is read again and retried). */
  readAt: Date;
  at: Date;
  redFlags: string[];
  reasons: string[];
  provinceId: string | null;
  provinceName: string | null;
  commune: string | null;
  childAgeBand: AgeBand | null;
  childSex: ChildSex | null;
  details: CaseDetails;
}

/** Thrown by insertCase when the code is taken (the service draws another). */
export class CaseCodeTakenError extends Error {
  override readonly name = "CaseCodeTakenError";
}

export interface CaseStore {
  saveDraft(draft: ReportDraft): Promise<void>;
  /** Inserts a case; returns the existing case when one already exists for this draft (another instance won). */
  insertCase(record: NewCase): Promise<CaseRecord>;
  /** Completes an emergency-draft case with the confirmed report; false when it was already submitted. */
  completeSubmission(draftId: string, fields: SubmittedFields): Promise<boolean>;
  findByDraft(draftId: string): Promise<CaseRecord | null>;
  findByCodeKey(codeKey: string): Promise<CaseRecord | null>;
  findById(id: string): Promise<CaseRecord | null>;
  addAddition(caseId: string, text: string | null, attachments: Attachment[], at: Date): Promise<void>;
  listQueue(filter: QueueFilter): Promise<CaseSummary[]>;
  /** Sets the assignee only when nobody holds the case (WHERE assigneeId IS NULL); true when this call won. */
  claim(caseId: string, officer: string, at: Date): Promise<boolean>;
  /** Records the first acknowledgement (stops an emergency's repeat alerts); true when this call set it. */
  acknowledge(caseId: string, at: Date): Promise<boolean>;
  /** Clears the assignee only when `officer` holds it. */
  release(caseId: string, officer: string): Promise<boolean>;
  /** Moves the status only when it is still `from`; true when this call made the move. */
  moveStatus(caseId: string, from: CaseStatus, to: CaseStatus, at: Date): Promise<boolean>;
  addNote(caseId: string, officer: string, text: string, at: Date): Promise<void>;
  /** Sets risk, category and deadlines only when risk and category are still `change.from` and the case is open, recording the change in the same transaction; true when this call made it. */
  reclassify(caseId: string, change: TriageChangeWrite): Promise<boolean>;
  triageChanges(caseId: string): Promise<TriageChangeView[]>;
  /** Sets what a reporter's follow-up added (see FollowUpFactsWrite) only when the case is open and unchanged since it was read; true when this call made it. */
  addFollowUpFacts(caseId: string, write: FollowUpFactsWrite): Promise<boolean>;
  /** Moves the case from `from` (null: unassigned) to `to` only when it is still held by `from` and open; true when this call made the move. */
  reassign(caseId: string, from: string | null, to: string, at: Date): Promise<boolean>;
  notes(caseId: string): Promise<CaseNoteView[]>;
  additions(caseId: string): Promise<CaseAdditionView[]>;
  /** Open cases with a deadline or a repeat alert due at `now` that has not been handled yet. */
  dueForEscalation(now: Date): Promise<CaseRecord[]>;
  /** Marks a breach once: true only for the call that set it. */
  markBreach(caseId: string, kind: "ack" | "action", at: Date): Promise<boolean>;
  /** Moves the repeat alert from `expected` to `next` once; true only for the call that moved it. */
  advanceAlert(caseId: string, expected: Date, next: Date | null): Promise<boolean>;
  audit(entry: AuditEntry): Promise<void>;
  auditTrail(caseCode: string | null, limit?: number): Promise<AuditEntry[]>;
  /** Deletes cases closed (final) before `cutoff` with their notes, additions and referrals; returns their codes. */
  purgeFinalBefore(cutoff: Date): Promise<string[]>;
  /** Deletes drafts that never became a case and were last touched before `cutoff`; returns how many. */
  purgeAbandonedDraftsBefore(cutoff: Date): Promise<number>;
}
