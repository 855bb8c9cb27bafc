/**
 * Referrals (DESIGN.md "Intake workflow"): a case is sent to the agency that acts on it
 * (Decree 56/2017, Art. 25: the hotline 111, the commune People's Committee, the police,
 * health, education, a provincial department), by a logged phone call, a message or an
 * outbound webhook, and tracked through the agency's answer to completion.
 */
import type { OutboxEntry } from "./outbox-types.ts";

export const REFERRAL_TARGETS = ["hotline_111", "commune_committee", "police", "health", "education", "provincial_department"] as const;
export type ReferralTarget = (typeof REFERRAL_TARGETS)[number];

export const REFERRAL_METHODS = ["phone", "message", "webhook"] as const;
export type ReferralMethod = (typeof REFERRAL_METHODS)[number];

export const REFERRAL_STATUSES = ["draft", "sent", "acknowledged", "accepted", "declined", "completed"] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

/** Vietnamese names officers see. */
export const REFERRAL_TARGET_VI: Readonly<Record<ReferralTarget, string>> = {
  hotline_111: "Tổng đài quốc gia bảo vệ trẻ em 111",
  commune_committee: "UBND cấp xã",
  police: "Công an",
  health: "Cơ sở y tế / Sở Y tế",
  education: "Nhà trường / Sở Giáo dục và Đào tạo",
  provincial_department: "Sở, ngành cấp tỉnh",
};

/** The agency's answers in order; declined and completed end the referral. */
export const REFERRAL_MOVES: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  draft: ["sent"],
  sent: ["acknowledged", "accepted", "declined"],
  acknowledged: ["accepted", "declined"],
  accepted: ["completed"],
  declined: [],
  completed: [],
};

export interface ReferralRecord {
  id: string;
  caseId: string;
  target: ReferralTarget;
  /** Which office exactly ("UBND phường Tân Lập", "Công an xã Hòa Xuân"). */
  targetName: string | null;
  method: ReferralMethod;
  status: ReferralStatus;
  /** The agency's own reference, e.g. 111's case number. */
  externalRef: string | null;
  createdBy: string;
  sentAt: Date | null;
  acknowledgedAt: Date | null;
  /** When the agency accepted or declined. */
  respondedAt: Date | null;
  completedAt: Date | null;
  createdAt: Date;
}

export interface NewReferral {
  caseId: string;
  target: ReferralTarget;
  targetName: string | null;
  method: ReferralMethod;
  status: ReferralStatus;
  externalRef: string | null;
  createdBy: string;
  at: Date;
}

/** Storage of referrals; moves are conditional on the current status so two officers cannot both move one. */
export interface ReferralStore {
  /** Stores a referral; with `outboxFor`, also the outbox message that sends it, in the same transaction. */
  create(referral: NewReferral, outboxFor?: (created: ReferralRecord) => OutboxEntry): Promise<ReferralRecord>;
  find(id: string): Promise<ReferralRecord | null>;
  listForCase(caseId: string): Promise<ReferralRecord[]>;
  move(id: string, from: ReferralStatus, to: ReferralStatus, at: Date, externalRef?: string | null): Promise<boolean>;
}

export function isReferralTarget(value: string): value is ReferralTarget {
  return (REFERRAL_TARGETS as readonly string[]).includes(value);
}

export function isReferralMethod(value: string): value is ReferralMethod {
  return (REFERRAL_METHODS as readonly string[]).includes(value);
}

export function isReferralStatus(value: string): value is ReferralStatus {
  return (REFERRAL_STATUSES as readonly string[]).includes(value);
}
