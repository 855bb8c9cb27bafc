/**
 * The port between the reporter conversation and the case queue. The conversation never
 * touches the database: it hands a draft over after every answer (so a reporter who stops
 * halfway is kept), tells the queue at once when a draft looks like an emergency (so officers
 * are alerted before the flow ends), and submits the confirmed report for a case code.
 * The lead's Prisma queue implements it; `createMemoryCaseIntake` is the reference behaviour.
 */
import type { Attachment, ChannelName, Language } from "../core/message-types.ts";

/** Age bands the flow offers; free text ("8 tuổi") is mapped to one when it can be. */
export const AGE_BANDS = ["under_6", "6_11", "12_15", "16_17", "unknown"] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const REPORTER_RELATIONS = ["self", "family", "neighbour", "teacher", "other"] as const;
export type ReporterRelation = (typeof REPORTER_RELATIONS)[number];

export type ChildSex = "male" | "female" | "unknown";
export type DraftStatus = "in_progress" | "abandoned" | "submitted";
export type TriState = "yes" | "no" | "unknown";

/** Who may see or extend a case: the chat it was reported from. */
export interface CaseOwner {
  channel: ChannelName;
  chatId: string;
}

/** A report as far as the reporter has told it. Null means not asked yet or skipped. */
export interface ReportDraft {
  /** Stable id for the whole conversation, so saving the same draft again updates it. */
  draftId: string;
  channel: ChannelName;
  chatId: string;
  userId: string;
  language: Language;
  status: DraftStatus;
  dangerNow: TriState | null;
  /** True when the danger was read from the story and the reporter was not asked: officers are told it is the bot's reading. */
  dangerFromStory?: boolean;
  narrative: string | null;
  childAgeBand: AgeBand | null;
  /** The age as typed when it was free text ("bé khoảng 8 tuổi"). */
  childAgeText: string | null;
  childSex: ChildSex | null;
  /** Today's province id and name when recognised (old names are mapped); the text as typed otherwise. */
  provinceId: string | null;
  provinceName: string | null;
  locationText: string | null;
  /**
   * A province the story named only as where the child was taken ("bị dụ vào Bình Dương"): not taken as where the child is, but
   * offered to the reporter to confirm instead of asking where from scratch. `former` is the name before the 2025 merger, when the
   * story used it ("Bình Dương", now part of Thành phố Hồ Chí Minh).
   */
  provinceGuess?: { id: string; name: string; former?: string } | null;
  commune: string | null;
  /** A hamlet, village or residential group inside the commune ("thôn 3", "ấp Tân Hòa", "tổ dân phố 5"), as typed. */
  hamlet?: string | null;
  when: string | null;
  withPersonNow: TriState | null;
  /** Who harms the child, as the story names them (a relation id of the fact module: "father", "neighbour"...). */
  harmer?: string | null;
  /** The story's own words for that person ("chú ruột"). */
  harmerText?: string | null;
  /**
   * True when the reporter said who harms is not known, taking back a person the story seemed to name ("chưa rõ ai gây ra, mẹ bé chỉ
   * kể lại"): the case's triage reads the story without that person (walk 50), never below the risk the story told.
   */
  harmerUnknown?: boolean;
  /** That person's sex, when the words say it ("ông Tư ... ổng": male; "bà chủ trọ": female). */
  harmerSex?: "male" | "female" | null;
  /** How many children the story speaks of, when more than one. */
  children?: number | null;
  reporterRelation: ReporterRelation | null;
  reporterRelationText: string | null;
  anonymous: boolean | null;
  contact: string | null;
  /** A number the reporter gives as someone else's ("số của mẹ bé, đừng gọi giờ này"): not their contact, nor consent to be called on it. */
  otherPhone?: string | null;
  consentToContact: boolean | null;
  attachments: Attachment[];
  /** Anything typed that did not answer a question (free text at a choice, messages during a flood). */
  extraNotes: string[];
  startedAt: string;
  updatedAt: string;
}

/** What the reporter is told after submitting. */
export interface CaseReceipt {
  caseCode: string;
  risk: "emergency" | "high" | "medium" | "low";
  /** When officers must have acted by (DESIGN.md deadlines by risk). */
  dueBy: Date;
  /** Extra lines from the queue in the draft's language; the flow adds the standard next steps itself. */
  nextSteps: string[];
}

/** What a reporter may see of their case: status only, never officers' notes. */
export type CaseStatusView =
  | { found: true; caseCode: string; status: string; updatedAt: Date; dueBy: Date | null }
  | { found: false; reason: "not_found" | "not_yours" };

/**
 * `raisedTo`: the addition made the case more serious (read again with the case, only ever
 * upwards); at "emergency" officers were alerted and the deadlines shortened, and the reporter is
 * shown the safety advice.
 */
export type AddInformationResult = { ok: true; raisedTo?: "emergency" | "high" | "medium" | "low" } | { ok: false; reason: "not_found" | "not_yours" | "closed" };

/** Triage as the queue receives it with an emergency draft. */
export interface DraftTriage {
  risk: "emergency" | "high" | "medium" | "low";
  category: string;
  redFlags: string[];
  /** Why it was rated so, when known: a later reading that is lower keeps this risk and says why. */
  reasons?: readonly string[];
}

export interface CaseIntake {
  /** Called after every answer; idempotent per draftId. */
  saveDraft(draft: ReportDraft): Promise<void>;
  /** The draft already looks like an emergency: alert officers now, before the reporter finishes. Idempotent per draftId. */
  alertEmergencyDraft(draft: ReportDraft, triage: DraftTriage): Promise<void>;
  /** Turns the confirmed draft into a case. Submitting the same draftId twice returns the same receipt. */
  submit(draft: ReportDraft): Promise<CaseReceipt>;
  status(code: string, owner: CaseOwner): Promise<CaseStatusView>;
  addInformation(code: string, owner: CaseOwner, text: string | null, attachments: Attachment[]): Promise<AddInformationResult>;
}

/** Case codes use letters and digits that cannot be confused when read aloud or retyped (no 0/O, 1/I/L). */
export const CASE_CODE_ALPHABET = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

/** "ab-12 cd" -> "AB12CD": what a reporter types is normalised before the lookup. */
export function normaliseCaseCode(text: string): string {
  return text.toUpperCase().replace(/[^A-Z0-9]/g, "");
}

/** A typed code as the product prints codes: "te 7k3m9q" -> "TE-7K3M9Q"; anything else normalised only. */
export function displayCaseCode(text: string): string {
  const plain = normaliseCaseCode(text);
  return plain.length === 8 && plain.startsWith("TE") ? `TE-${plain.slice(2)}` : plain;
}
