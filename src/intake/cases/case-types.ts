/**
 * The case queue's vocabulary: statuses and the moves officers may make between them,
 * the shapes the queue shows, and typed results for the outcomes an officer can expect
 * (a case already closed, a case someone else holds). DESIGN.md "Intake workflow".
 */
import type { Attachment, ChannelName, Language } from "../../core/message-types.ts";
import type { AgeBand, ChildSex, ReporterRelation, TriState } from "../case-intake-port.ts";
import type { TriageRisk } from "../triage/triage-types.ts";

export const CASE_STATUSES = ["new", "triaged", "referred", "in_progress", "closed", "duplicate", "not_actionable"] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Statuses after which no officer action changes the case any more. */
export const FINAL_STATUSES: ReadonlySet<CaseStatus> = new Set(["closed", "duplicate", "not_actionable"]);

/** Statuses in which the case still waits for its first action (a referral or an intervention). */
export const AWAITING_ACTION: ReadonlySet<CaseStatus> = new Set(["new", "triaged"]);

/**
 * The moves an officer may make. Forward along new -> triaged -> referred -> in_progress ->
 * closed, with the steps an urgent case skips (a new emergency is referred at once), and
 * duplicate / not_actionable only before anyone has been sent to act.
 */
export const STATUS_MOVES: Readonly<Record<CaseStatus, readonly CaseStatus[]>> = {
  new: ["triaged", "referred", "in_progress", "duplicate", "not_actionable"],
  triaged: ["referred", "in_progress", "closed", "duplicate", "not_actionable"],
  referred: ["in_progress", "closed"],
  in_progress: ["referred", "closed"],
  closed: [],
  duplicate: [],
  not_actionable: [],
};

export function isCaseStatus(value: string): value is CaseStatus {
  return (CASE_STATUSES as readonly string[]).includes(value);
}

/** Where a case came from: a reporter's chat, or an officer who recorded a report that came another way. */
export type CaseChannel = ChannelName | "officer";

/** How a report reached the officer who typed it in ("Tiếp nhận mới"). */
export const INTAKE_SOURCES = ["phone", "hotline_111", "in_person", "letter", "other"] as const;
export type IntakeSource = (typeof INTAKE_SOURCES)[number];

/** An officer-entered case: how it came in, the 111 transfer's reference, who typed it. */
export interface OfficerIntakeInfo {
  source: IntakeSource;
  /** 111's own case number for a transfer from the national hotline, or a letter's number. */
  reference: string | null;
  /** The reporter's name as given (kept encrypted like the contact; never in the queue). */
  reporterName: string | null;
  enteredBy: string;
}

/** One child of a case: each child of a report has its own age band and sex. */
export interface CaseChild {
  ageBand: AgeBand | null;
  sex: ChildSex | null;
  /** The age or a description as told ("khoảng 8 tuổi", "bé lớn"). */
  note: string | null;
}

/** The roles of the people a case names besides the children. */
export const PERSON_ROLES = ["harmer", "caregiver"] as const;
export type PersonRole = (typeof PERSON_ROLES)[number];

/** How a person is related to the child (the fact module's relations, for a harmer read from a chat story too). */
export const PERSON_RELATIONS = [
  "father", "mother", "stepfather", "stepmother", "parents", "grandparent", "sibling", "relative", "teacher", "neighbour", "peer", "employer",
  "online_contact", "stranger", "partner", "other",
] as const;
export type PersonRelation = (typeof PERSON_RELATIONS)[number];

/** A person involved in a case: the person said to harm the child, or a caregiver. */
export interface CasePerson {
  role: PersonRole;
  relation: PersonRelation | null;
  /** Name or description as told ("chú ruột", "bà ngoại"); about a child's family, so encrypted with the details. */
  note: string | null;
}

/** Reporter-side details kept encrypted beside the narrative. */
export interface CaseDetails {
  language: Language;
  dangerNow: TriState | null;
  /** The danger was read from the story, not answered by the reporter. */
  dangerFromStory?: boolean;
  when: string | null;
  withPersonNow: TriState | null;
  childAgeText: string | null;
  locationText: string | null;
  reporterRelationText: string | null;
  extraNotes: string[];
  /** Who harms the child as the reporter's story names them (a relation id, and the story's own words). */
  harmer?: string | null;
  harmerText?: string | null;
  /** That person's sex, when the story's words say it. */
  harmerSex?: "male" | "female" | null;
  /** How many children the story speaks of, when more than one. */
  children?: number | null;
  /** Every child of the case with age band and sex (officer-entered cases; a chat case has one, from its columns). */
  childList?: CaseChild[];
  /** The people involved as structured entries (officer-entered cases; a chat case's harmer comes from its story). */
  people?: CasePerson[];
  /** Set on cases an officer recorded from a call, a 111 transfer, a visit or a letter. */
  intake?: OfficerIntakeInfo;
}

/** What the queue shows in a list: no narrative, no contact. */
export interface CaseSummary {
  id: string;
  code: string;
  status: CaseStatus;
  risk: TriageRisk;
  category: string;
  redFlags: string[];
  provinceId: string | null;
  provinceName: string | null;
  commune: string | null;
  childAgeBand: AgeBand | null;
  assigneeId: string | null;
  /** False while an emergency draft waits for the reporter to confirm it. */
  submitted: boolean;
  createdAt: Date;
  updatedAt: Date;
  ackDueAt: Date;
  actionDueAt: Date;
  acknowledgedAt: Date | null;
  ackBreachedAt: Date | null;
  actionBreachedAt: Date | null;
  /**
   * The keyed hash of the source when the case came past that source's report limits (a
   * suspected flood; never an address), null otherwise. Such cases are stored and queued like
   * any other, alerted in one batch per source and shown apart in the queue.
   */
  floodGroup: string | null;
}

/** The whole case as an officer opens it (decrypted). */
export interface CaseRecord extends CaseSummary {
  draftId: string;
  reasons: string[];
  childSex: ChildSex | null;
  reporterRelation: ReporterRelation | null;
  anonymous: boolean;
  contact: string | null;
  consentToContact: boolean | null;
  channel: CaseChannel;
  chatId: string;
  narrative: string;
  details: CaseDetails;
  attachments: Attachment[];
  claimedAt: Date | null;
  submittedAt: Date | null;
  nextAlertAt: Date | null;
  alertCount: number;
  closedAt: Date | null;
}

export interface CaseNoteView {
  officer: string;
  text: string;
  createdAt: Date;
}

export interface CaseAdditionView {
  text: string | null;
  attachments: Attachment[];
  createdAt: Date;
}

/** An officer's change of risk or category, with the reason they gave (decrypted). */
export interface TriageChangeView {
  officer: string;
  fromRisk: TriageRisk;
  toRisk: TriageRisk;
  fromCategory: string;
  toCategory: string;
  reason: string;
  createdAt: Date;
}

/** A case as `show` returns it: the record, officers' notes, reporters' additions, triage changes. */
export interface CaseDetailView {
  case: CaseRecord;
  notes: CaseNoteView[];
  additions: CaseAdditionView[];
  triageChanges: TriageChangeView[];
}

/** What an officer asks a reclassification to become, and why. */
export interface Reclassification {
  risk: string;
  category: string;
  reason: string;
}

/** Why an officer action did not happen; each is an expected outcome, not an error. */
export type CaseRefusal =
  | { ok: false; reason: "not_found" }
  | { ok: false; reason: "closed"; status: CaseStatus }
  | { ok: false; reason: "claimed_by_other"; assigneeId: string }
  | { ok: false; reason: "not_assignee"; assigneeId: string | null }
  | { ok: false; reason: "invalid_transition"; from: CaseStatus; to: string; allowed: readonly CaseStatus[] }
  | { ok: false; reason: "changed_concurrently" }
  | { ok: false; reason: "invalid_input"; problem: "risk" | "category" | "reason_missing" | "reason_too_long" | "unchanged" | "same_assignee" };

export type CaseActionResult = { ok: true } | CaseRefusal;

/** One audit record: who read or changed which case, when (no report text). */
export interface AuditEntry {
  officer: string;
  action: string;
  caseCode: string | null;
  detail: string | null;
  at: Date;
}

/** A deadline breach or repeat alert escalateOverdue found; officers are told once per entry. */
export interface EscalationAlert {
  kind: "ack_overdue" | "action_overdue" | "emergency_repeat";
  caseId: string;
  code: string;
  risk: TriageRisk;
  dueAt: Date;
  /** For repeats: how many times this emergency has been announced, this one included. */
  alertCount: number;
  /** The case's suspected-flood group: alerts of one group are sent together, not one page per case. */
  floodGroup?: string | null;
}

/** An alert the queue raises at once (a new case, an emergency before the reporter finishes). */
export interface NewCaseAlert {
  /**
   * raised_emergency: a case already in the queue became an emergency by what its reporter added;
   * raised_risk: it became more serious (low to medium, medium to high), announced as a new case of that risk would be.
   */
  kind: "new_case" | "emergency_draft" | "raised_emergency" | "raised_risk";
  code: string;
  risk: TriageRisk;
  category: string;
  provinceName: string | null;
}

/**
 * Cases from one source past its report limits (a suspected flood), announced together: one
 * message for many reports instead of a page per report.
 */
export interface FloodBatchAlert {
  /** The source's keyed hash, as stored in the cases' floodGroup. */
  group: string;
  /** Reports in this batch, and how many of them are emergencies. */
  count: number;
  emergencies: number;
  /** The batch's case codes, oldest first. */
  codes: string[];
  firstAt: Date;
  lastAt: Date;
}

/** Where the queue sends officer alerts (the Telegram officers' chat in production). */
export interface OfficerAlerter {
  alert(alert: NewCaseAlert): Promise<void>;
  /** One alert for a batch of suspected-flood cases; an alerter without it is sent nothing for them (they are in the queue). */
  floodBatch?(batch: FloodBatchAlert): Promise<void>;
}
