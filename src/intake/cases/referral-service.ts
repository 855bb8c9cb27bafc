/**
 * Referring a case: an officer records a phone call or message already made (sent at once),
 * or asks for an outbound webhook (a draft until the outbox delivers it). The agency's
 * answers move the referral on, with its own reference (111's case number). A case waiting
 * for action becomes "referred". Every step is audited; a closed case refuses them all.
 */
import { caseCodeKey } from "./case-code.ts";
import type { CaseStore } from "./case-store.ts";
import { AWAITING_ACTION, FINAL_STATUSES, type CaseRecord, type CaseRefusal } from "./case-types.ts";
import type { OutboxEntry, OutboxItem, OutboxStore } from "./outbox-types.ts";
import {
  REFERRAL_METHODS, REFERRAL_MOVES, REFERRAL_TARGETS, isReferralMethod, isReferralStatus, isReferralTarget,
  type ReferralMethod, type ReferralRecord, type ReferralStatus, type ReferralStore, type ReferralTarget,
} from "./referral-types.ts";

export interface ReferralRequest {
  target: string;
  method: string;
  targetName?: string | null;
  externalRef?: string | null;
}

export type ReferralRefusal =
  | CaseRefusal
  | { ok: false; reason: "invalid_target"; allowed: readonly string[] }
  | { ok: false; reason: "invalid_method"; allowed: readonly string[] }
  | { ok: false; reason: "no_webhook_for_target"; target: string }
  | { ok: false; reason: "referral_not_found" }
  | { ok: false; reason: "invalid_referral_move"; from: ReferralStatus; to: string; allowed: readonly ReferralStatus[] };

export type ReferralResult = { ok: true; value: ReferralRecord } | ReferralRefusal;

export interface ReferralServiceDeps {
  cases: CaseStore;
  referrals: ReferralStore;
  outbox: OutboxStore;
  /** The webhook URL of a target, when that agency takes webhooks. */
  webhookUrlFor(target: ReferralTarget): string | undefined;
  clock?: () => Date;
}

export interface ReferralService {
  refer(officer: string, code: string, request: ReferralRequest): Promise<ReferralResult>;
  /** Records the agency's answer (acknowledged, accepted, declined, completed) and its reference. */
  update(officer: string, referralId: string, to: string, externalRef?: string | null): Promise<ReferralResult>;
  /** `audit: false` when the list is part of a view already audited (the case page). */
  list(officer: string, code: string, options?: { audit?: boolean }): Promise<{ ok: true; value: Array<ReferralRecord & { deliveryProblem: string | null }> } | CaseRefusal>;
  /** The outbox delivered a referral's webhook: the referral is sent. */
  onDelivered(item: OutboxItem): Promise<void>;
}

export function createReferralService(deps: ReferralServiceDeps): ReferralService {
  const clock = deps.clock ?? (() => new Date());
  const audit = (officer: string, action: string, caseCode: string | null, detail: string | null) => deps.cases.audit({ officer, action, caseCode, detail, at: clock() });

  const openCase = async (officer: string, action: string, code: string, detail: string): Promise<CaseRecord | CaseRefusal> => {
    const key = caseCodeKey(code);
    const record = key ? await deps.cases.findByCodeKey(key) : null;
    await audit(officer, action, record?.code ?? code.slice(0, 20), record ? detail : "not_found");
    if (!record) return { ok: false, reason: "not_found" };
    return FINAL_STATUSES.has(record.status) ? { ok: false, reason: "closed", status: record.status } : record;
  };

  return {
    async refer(officer, code, request) {
      if (!isReferralTarget(request.target)) return { ok: false, reason: "invalid_target", allowed: REFERRAL_TARGETS };
      if (!isReferralMethod(request.method)) return { ok: false, reason: "invalid_method", allowed: REFERRAL_METHODS };
      const url = request.method === "webhook" ? deps.webhookUrlFor(request.target) : undefined;
      if (request.method === "webhook" && !url) return { ok: false, reason: "no_webhook_for_target", target: request.target };
      const record = await openCase(officer, "refer", code, `${request.target} by ${request.method}`);
      if (!("code" in record)) return record;
      const at = clock();
      const outboxFor = url ? (r: ReferralRecord) => ({ idempotencyKey: `referral:${r.id}`, referralId: r.id, caseCode: record.code, target: r.target, url, payload: referralPayload(record, r), at }) : undefined;
      const referral = await createReferral(deps, record, officer, { ...request, target: request.target, method: request.method }, at, outboxFor);
      if (AWAITING_ACTION.has(record.status)) await deps.cases.moveStatus(record.id, record.status, "referred", clock());
      return { ok: true, value: referral };
    },
    async update(officer, referralId, to, externalRef) {
      const referral = await deps.referrals.find(referralId);
      const record = referral ? await deps.cases.findById(referral.caseId) : null;
      await audit(officer, "referral_update", record?.code ?? null, referral ? `${referral.status} -> ${to}` : "referral_not_found");
      if (!referral || !record) return { ok: false, reason: "referral_not_found" };
      if (FINAL_STATUSES.has(record.status)) return { ok: false, reason: "closed", status: record.status };
      const allowed = REFERRAL_MOVES[referral.status];
      if (!isReferralStatus(to) || !allowed.includes(to)) return { ok: false, reason: "invalid_referral_move", from: referral.status, to, allowed };
      if (!(await deps.referrals.move(referralId, referral.status, to, clock(), externalRef))) return { ok: false, reason: "changed_concurrently" };
      return { ok: true, value: (await deps.referrals.find(referralId))! };
    },
    async list(officer, code, options = {}) {
      const key = caseCodeKey(code);
      const record = key ? await deps.cases.findByCodeKey(key) : null;
      if (options.audit !== false) await audit(officer, "referral_list", record?.code ?? code.slice(0, 20), record ? null : "not_found");
      if (!record) return { ok: false, reason: "not_found" };
      const referrals = await deps.referrals.listForCase(record.id);
      const withProblems = await Promise.all(referrals.map(async (r) => ({ ...r, deliveryProblem: deliveryProblem(r, await deps.outbox.byReferral(r.id)) })));
      return { ok: true, value: withProblems };
    },
    async onDelivered(item) {
      if (item.referralId) await deps.referrals.move(item.referralId, "draft", "sent", clock());
    },
  };
}

async function createReferral(
  deps: ReferralServiceDeps, record: CaseRecord, officer: string, request: ReferralRequest & { target: ReferralTarget; method: ReferralMethod }, at: Date,
  outboxFor?: (created: ReferralRecord) => OutboxEntry,
): Promise<ReferralRecord> {
  // A call or message is logged after the officer made it; a webhook waits for the outbox.
  const status: ReferralStatus = request.method === "webhook" ? "draft" : "sent";
  return deps.referrals.create({ caseId: record.id, target: request.target, targetName: request.targetName ?? null, method: request.method, status, externalRef: request.externalRef ?? null, createdBy: officer, at }, outboxFor);
}

/** What the agency receives: the fields of Form 01 (Decree 56) the case holds; the contact only with the reporter's consent. */
export function referralPayload(record: CaseRecord, referral: ReferralRecord): Record<string, unknown> {
  return {
    referralId: referral.id, caseCode: record.code, target: referral.target, targetName: referral.targetName, reportedAt: record.createdAt.toISOString(),
    risk: record.risk, category: record.category, redFlags: record.redFlags, province: record.provinceName, commune: record.commune,
    child: { ageBand: record.childAgeBand, sex: record.childSex }, narrative: record.narrative, when: record.details.when,
    reporter: { relation: record.reporterRelation, anonymous: record.anonymous, contact: record.consentToContact ? record.contact : null },
  };
}

function deliveryProblem(referral: ReferralRecord, items: OutboxItem[]): string | null {
  // Referral and outbox row are written in one transaction; a referral without one predates that (or its row was purged).
  if (referral.method === "webhook" && referral.status === "draft" && items.length === 0) return "chưa được xếp hàng gửi, hãy chuyển lại (never queued; refer again)";
  const failing = items.find((i) => i.status !== "delivered" && i.lastError);
  if (!failing) return null;
  return failing.status === "failed" ? `gửi thất bại, đã dừng thử lại (gave up): ${failing.lastError}` : `đang thử lại lần ${failing.attempts + 1} (retrying): ${failing.lastError}`;
}
