/**
 * The officers' Telegram chat (OFFICER_TELEGRAM_CHAT_ID): every new case and every emergency
 * is posted at once with buttons (claim, open, referred to 111, and "acknowledge" for
 * emergencies); deadline breaches and the escalation timer's repeats of unacknowledged
 * emergencies are posted as they come. Buttons act through the case queue and the referral
 * service, so every press is audited under the Telegram user who pressed it
 * ("telegram:<id>:<username>"). Nothing posted here carries report text or contact details.
 *
 * Suspected-flood cases (many reports from one source) are posted as one message per batch, and
 * their deadline breaches as one message per source and kind, never a page per case.
 *
 * Sends go through the channel's grammY API (its retry transformer handles 429 and 5xx). An
 * alert that still fails is logged with ids only and kept in memory; the next escalation pass
 * sends it again before its own alerts.
 */
import type { Api, Context } from "grammy";
import type { InlineKeyboardMarkup, ForceReply } from "grammy/types";
import type { Logger } from "../core/logger.ts";
import { describeRefusal } from "../intake/cases/case-messages.ts";
import type { CaseQueue } from "../intake/cases/case-queue-service.ts";
import type { EscalationAlert, FloodBatchAlert, OfficerAlerter } from "../intake/cases/case-types.ts";
import type { ReferralService } from "../intake/cases/referral-service.ts";
import type { TaskReminder } from "../intake/cases/casework-service.ts";
import { taskReminderText } from "./task-reminder-text.ts";
import {
  alertKeyboard, ask111RefText, codeInText, escalationText, escapeHtml, floodBatchText, floodEscalationText, newCaseText, parseCallbackData, summaryText,
  type OfficerAction,
} from "./officer-alert-text.ts";

export interface TelegramOfficerAlerterDeps {
  /** The channel's bot API (with its retry transformer). */
  api: Api;
  chatId: string;
  queue: CaseQueue;
  referrals: ReferralService;
  logger: Logger;
  /** Alerts kept for the next pass when sending fails; the oldest are dropped beyond this. */
  maxPending?: number;
}

export interface TelegramOfficerAlerter extends OfficerAlerter {
  /** One message for a batch of suspected-flood cases. */
  floodBatch(batch: FloodBatchAlert): Promise<void>;
  /** What the escalation timer calls with each pass's alerts; also resends alerts that failed before. */
  notify(alerts: EscalationAlert[]): Promise<void>;
  /** Reminds the assignees of follow-up tasks that fell due (one message per task, the assignee named). */
  remind(reminders: TaskReminder[]): Promise<void>;
  /** Handles an update from the officers' chat (a button press or a reply with 111's number). */
  handle(ctx: Context): Promise<void>;
  /** Sends again the alerts that failed before; returns how many are still waiting. */
  resendPending(): Promise<number>;
  /** Alerts waiting to be sent again. */
  pendingCount(): number;
}

/**
 * The queue as the escalation timer should see it when officers are alerted in Telegram:
 * every pass first resends alerts that failed, even a pass that finds nothing new overdue.
 */
export function queueResendingOfficerAlerts(queue: CaseQueue, alerter: () => Pick<TelegramOfficerAlerter, "resendPending"> | undefined): CaseQueue {
  return {
    ...queue,
    async escalateOverdue(now) {
      await alerter()?.resendPending();
      return queue.escalateOverdue(now);
    },
  };
}

interface OutgoingAlert {
  key: string;
  code: string;
  kind: string;
  text: string;
  keyboard?: InlineKeyboardMarkup;
}

/** Who pressed, as the audit records it: "telegram:<id>:<username or first name>". */
export function officerIdentity(from: { id: number; username?: string; first_name?: string } | undefined): string | null {
  if (!from) return null;
  const name = (from.username ?? from.first_name ?? "").replace(/[^\p{L}\p{N}_.-]/gu, "").slice(0, 32);
  return `telegram:${from.id}${name ? `:${name}` : ""}`;
}

export function createTelegramOfficerAlerter(deps: TelegramOfficerAlerterDeps): TelegramOfficerAlerter {
  const log = deps.logger.child({ component: "officer-alerts" });
  const pending = new Map<string, OutgoingAlert>();
  const maxPending = deps.maxPending ?? 500;

  const post = (text: string, extra: { reply_markup?: InlineKeyboardMarkup | ForceReply; reply_to_message_id?: number } = {}) =>
    deps.api.sendMessage(deps.chatId, text, {
      parse_mode: "HTML", link_preview_options: { is_disabled: true },
      ...(extra.reply_markup ? { reply_markup: extra.reply_markup } : {}),
      ...(extra.reply_to_message_id ? { reply_parameters: { message_id: extra.reply_to_message_id, allow_sending_without_reply: true } } : {}),
    });

  const send = async (alert: OutgoingAlert): Promise<boolean> => {
    try {
      await post(alert.text, alert.keyboard ? { reply_markup: alert.keyboard } : {});
      pending.delete(alert.key);
      return true;
    } catch (error) {
      log.error({ caseCode: alert.code, kind: alert.kind, errorName: (error as Error).name }, "officer alert failed; kept for the next escalation pass");
      pending.set(alert.key, alert);
      while (pending.size > maxPending) pending.delete(pending.keys().next().value as string);
      return false;
    }
  };

  const resendPending = async (): Promise<number> => {
    for (const alert of [...pending.values()]) if (!(await send(alert))) break;
    return pending.size;
  };

  return {
    async alert(alert) {
      const emergency = alert.risk === "emergency";
      await send({ key: `${alert.code}:${alert.kind}`, code: alert.code, kind: alert.kind, text: newCaseText(alert), keyboard: alertKeyboard(alert.code, emergency) });
    },
    async floodBatch(batch) {
      await send({ key: `flood:${batch.group}:${batch.firstAt.getTime()}`, code: batch.codes[0] ?? "", kind: "flood_batch", text: floodBatchText(batch) });
    },
    async notify(alerts) {
      await resendPending();
      for (const a of alerts.filter((x) => !x.floodGroup)) {
        await send({ key: `${a.code}:${a.kind}:${a.alertCount}`, code: a.code, kind: a.kind, text: escalationText(a), keyboard: alertKeyboard(a.code, a.risk === "emergency" && a.kind !== "action_overdue") });
      }
      for (const group of groupFloodAlerts(alerts)) {
        const first = group[0]!;
        await send({ key: `flood:${first.floodGroup}:${first.kind}:${first.code}`, code: first.code, kind: `flood_${first.kind}`, text: floodEscalationText(group) });
      }
    },
    async remind(reminders) {
      for (const r of reminders) await send({ key: `task:${r.taskId}`, code: r.code, kind: "task_due", text: taskReminderText(r) });
    },
    resendPending,
    pendingCount: () => pending.size,
    handle: (ctx) => handleOfficerUpdate(ctx, { ...deps, post, log }),
  };
}

/** Escalations of suspected-flood cases, one list per source and kind. */
function groupFloodAlerts(alerts: readonly EscalationAlert[]): EscalationAlert[][] {
  const groups = new Map<string, EscalationAlert[]>();
  for (const a of alerts) {
    if (!a.floodGroup) continue;
    const key = `${a.floodGroup}:${a.kind}`;
    groups.set(key, [...(groups.get(key) ?? []), a]);
  }
  return [...groups.values()];
}

interface HandlerDeps extends TelegramOfficerAlerterDeps {
  post(text: string, extra?: { reply_markup?: InlineKeyboardMarkup | ForceReply; reply_to_message_id?: number }): Promise<unknown>;
  log: Logger;
}

async function handleOfficerUpdate(ctx: Context, deps: HandlerDeps): Promise<void> {
  try {
    if (ctx.callbackQuery) await handlePress(ctx, deps);
    else if (ctx.message?.reply_to_message) await handleReply(ctx, deps);
  } catch (error) {
    deps.log.error({ updateId: ctx.update.update_id, errorName: (error as Error).name }, "officer action failed");
    if (ctx.callbackQuery) await ctx.answerCallbackQuery({ text: "Lỗi hệ thống, hãy thử lại hoặc dùng npm run case.", show_alert: true }).catch(() => undefined);
  }
}

async function handlePress(ctx: Context, deps: HandlerDeps): Promise<void> {
  const parsed = parseCallbackData(ctx.callbackQuery?.data ?? "");
  const officer = officerIdentity(ctx.callbackQuery?.from);
  if (!parsed || !officer) {
    await ctx.answerCallbackQuery().catch(() => undefined);
    return;
  }
  const answer = await runAction(parsed.action, parsed.code, officer, deps, ctx.callbackQuery?.message?.message_id);
  await ctx.answerCallbackQuery({ text: answer.slice(0, 190), show_alert: false }).catch((error: unknown) => deps.log.warn({ errorName: (error as Error).name }, "answerCallbackQuery failed"));
}

/** Does what the button says; returns the short answer shown to the presser. */
async function runAction(action: OfficerAction, code: string, officer: string, deps: HandlerDeps, messageId: number | undefined): Promise<string> {
  const who = escapeHtml(officer.split(":").slice(2).join(":") || officer);
  switch (action) {
    case "claim": {
      const result = await deps.queue.claim(officer, code);
      if (!result.ok) return describeRefusal(result);
      await deps.post(`✋ Ca <code>${escapeHtml(code)}</code> do ${who} nhận xử lý.`);
      return `Bạn đã nhận ca ${code}.`;
    }
    case "ack":
      return acknowledge(code, officer, who, deps);
    case "open": {
      const shown = await deps.queue.show(officer, code, "summary");
      if (!shown.ok) return describeRefusal(shown);
      await deps.post(summaryText(shown.value.case), messageId ? { reply_to_message_id: messageId } : {});
      return `Tóm tắt ca ${code} đã gửi vào nhóm.`;
    }
    case "r111":
      await deps.post(ask111RefText(code), { reply_markup: { force_reply: true, input_field_placeholder: "Mã hồ sơ của 111" } });
      return "Hãy trả lời tin nhắn vừa gửi bằng mã hồ sơ của 111.";
  }
}

/**
 * "Acknowledge" stops an emergency's repeats without taking the case: the acknowledgement time
 * is stored in the database (so every instance stops repeating) and audited under the presser.
 */
async function acknowledge(code: string, officer: string, who: string, deps: HandlerDeps): Promise<string> {
  const acknowledged = await deps.queue.acknowledge(officer, code);
  if (!acknowledged.ok) return describeRefusal(acknowledged);
  await deps.post(`✅ ${who} đã xác nhận cảnh báo ca <code>${escapeHtml(code)}</code>; ngừng nhắc lại. Ca vẫn chờ người nhận xử lý.`);
  return `Đã xác nhận ca ${code}.`;
}

/** A reply to the bot's "111's case number?" prompt records the referral to 111 with that reference. */
async function handleReply(ctx: Context, deps: HandlerDeps): Promise<void> {
  const original = ctx.message?.reply_to_message;
  if (!original || original.from?.id !== ctx.me.id || !/Tổng đài 111/.test(original.text ?? "")) return;
  const code = codeInText(original.text);
  const officer = officerIdentity(ctx.message?.from);
  if (!code || !officer) return;
  const typed = (ctx.message?.text ?? "").trim().slice(0, 64);
  const externalRef = typed && !/^kh[oô]ng( c[oó])?$/i.test(typed) ? typed : null;
  const result = await deps.referrals.refer(officer, code, { target: "hotline_111", method: "phone", externalRef, targetName: "Tổng đài quốc gia bảo vệ trẻ em 111" });
  const text = result.ok
    ? `📞 Đã ghi nhận: ca <code>${escapeHtml(code)}</code> đã chuyển Tổng đài 111${externalRef ? `, mã của 111: <code>${escapeHtml(externalRef)}</code>` : " (111 chưa cho mã)"}.`
    : `Không ghi nhận được chuyển 111 cho ca <code>${escapeHtml(code)}</code>: ${escapeHtml(describeRefusal(result))}`;
  await deps.post(text, { reply_to_message_id: ctx.message?.message_id });
}
