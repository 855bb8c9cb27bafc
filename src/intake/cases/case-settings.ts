/**
 * The queue's settings from the environment, as a zod schema the main configuration can
 * merge: deadlines by risk (minutes), the retention period, and the agencies that take
 * referrals by webhook (URL and shared HMAC secret per target). A wrong value names the
 * variable and what it expects.
 */
import { z } from "zod";
import { DeadlinePolicyError, deadlinePolicy, type DeadlinePolicy } from "./case-deadlines.ts";
import { REFERRAL_TARGETS, type ReferralTarget } from "./referral-types.ts";

const minutes = z.coerce.number().int().positive().optional();

export const caseEnvSchema = z.object({
  CASE_RETENTION_DAYS: z.coerce.number({ message: "số ngày, ví dụ 365 (a number of days)" }).int().min(1).default(365),
  CASE_DEADLINE_EMERGENCY_ACK_MINUTES: minutes,
  CASE_DEADLINE_EMERGENCY_ACTION_MINUTES: minutes,
  CASE_DEADLINE_EMERGENCY_REPEAT_MINUTES: minutes,
  CASE_DEADLINE_HIGH_ACK_MINUTES: minutes,
  CASE_DEADLINE_HIGH_ACTION_MINUTES: minutes,
  CASE_DEADLINE_MEDIUM_MINUTES: minutes,
  CASE_DEADLINE_LOW_MINUTES: minutes,
  /** {"commune_committee":{"url":"https://...","secret":"..."}} */
  REFERRAL_WEBHOOKS: z.string().trim().optional(),
});

export interface WebhookTargetConfig {
  url: string;
  secret: string;
}

export interface CaseSettings {
  retentionDays: number;
  deadlines: DeadlinePolicy;
  webhooks: Partial<Record<ReferralTarget, WebhookTargetConfig>>;
}

export class CaseSettingsError extends Error {
  override readonly name = "CaseSettingsError";
  constructor(
    readonly variable: string,
    readonly expected: string,
  ) {
    super(`Cấu hình sai (invalid configuration): ${variable}: ${expected}`);
  }
}

const webhookSchema = z.partialRecord(z.enum(REFERRAL_TARGETS), z.object({ url: z.string().regex(/^https?:\/\/\S+$/), secret: z.string().min(16) }));

/** Parses the queue's variables; throws CaseSettingsError naming the first bad one. */
export function parseCaseSettings(env: Record<string, string | undefined>): CaseSettings {
  const parsed = caseEnvSchema.safeParse(env);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    throw new CaseSettingsError(String(issue.path[0]), issue.message);
  }
  const e = parsed.data;
  try {
    return {
      retentionDays: e.CASE_RETENTION_DAYS,
      deadlines: deadlinePolicy({
        emergency: drop({ acknowledgeMinutes: e.CASE_DEADLINE_EMERGENCY_ACK_MINUTES, actionMinutes: e.CASE_DEADLINE_EMERGENCY_ACTION_MINUTES, repeatAlertMinutes: e.CASE_DEADLINE_EMERGENCY_REPEAT_MINUTES }),
        high: drop({ acknowledgeMinutes: e.CASE_DEADLINE_HIGH_ACK_MINUTES, actionMinutes: e.CASE_DEADLINE_HIGH_ACTION_MINUTES }),
        medium: drop({ acknowledgeMinutes: e.CASE_DEADLINE_MEDIUM_MINUTES, actionMinutes: e.CASE_DEADLINE_MEDIUM_MINUTES }),
        low: drop({ acknowledgeMinutes: e.CASE_DEADLINE_LOW_MINUTES, actionMinutes: e.CASE_DEADLINE_LOW_MINUTES }),
      }),
      webhooks: parseWebhooks(e.REFERRAL_WEBHOOKS),
    };
  } catch (error) {
    if (error instanceof DeadlinePolicyError) throw new CaseSettingsError("CASE_DEADLINE_*", error.message);
    throw error;
  }
}

function parseWebhooks(text: string | undefined): CaseSettings["webhooks"] {
  if (!text) return {};
  const expected = `JSON {"<${REFERRAL_TARGETS.join("|")}>": {"url": "https://...", "secret": "≥16 ký tự (characters)"}}`;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new CaseSettingsError("REFERRAL_WEBHOOKS", expected);
  }
  const parsed = webhookSchema.safeParse(json);
  if (!parsed.success) throw new CaseSettingsError("REFERRAL_WEBHOOKS", expected);
  return parsed.data;
}

function drop<T extends Record<string, number | undefined>>(values: T): Partial<{ [K in keyof T]: number }> {
  return Object.fromEntries(Object.entries(values).filter(([, v]) => v !== undefined)) as Partial<{ [K in keyof T]: number }>;
}
