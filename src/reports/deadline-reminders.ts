/**
 * Reminders of the plans' reporting deadlines to supervisors: a pass (run every hour beside
 * the escalation timer) finds the deadlines 14 and 3 days ahead (Vietnam calendar) of plans
 * still in force and sends each reminder once to the officers' chat, the path officer alerts
 * take. "Once" is kept in the audit trail (action report_deadline_reminder, the reminder's key
 * as detail), so a restart or a second pass the same day sends nothing again.
 */
import type { Registry } from "../kb/registry/registry.ts";
import type { ParsedPlan } from "../kb/types.ts";
import { reminderText, remindersDue, reportingDeadlines, vietnamDate, type DeadlineReminder } from "./report-deadlines.ts";

export const REMINDER_AUDIT_ACTION = "report_deadline_reminder";

export interface ReminderLedger {
  /** True when a reminder with this key was already sent. */
  sent(key: string): Promise<boolean>;
  /** Records that it was sent. */
  record(key: string, at: Date): Promise<void>;
}

export interface DeadlineReminderDeps {
  plans: () => readonly ParsedPlan[];
  registry: Registry;
  ledger: ReminderLedger;
  /** Sends one text to the supervisors (the officers' Telegram chat in production). */
  send(text: string, reminder: DeadlineReminder): Promise<void>;
  clock?: () => Date;
  onError?: (error: unknown) => void;
}

export interface DeadlineReminderTimer {
  /** Sends the reminders due today that were not sent yet; returns them. */
  runOnce(): Promise<DeadlineReminder[]>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

export function createDeadlineReminderTimer(deps: DeadlineReminderDeps): DeadlineReminderTimer {
  const clock = deps.clock ?? (() => new Date());
  let timer: NodeJS.Timeout | null = null;
  let running: Promise<unknown> | null = null;
  const runOnce = async (): Promise<DeadlineReminder[]> => {
    const now = clock();
    const today = vietnamDate(now);
    const sent: DeadlineReminder[] = [];
    for (const reminder of remindersDue(reportingDeadlines(deps.plans(), deps.registry, today), today)) {
      if (await deps.ledger.sent(reminder.key)) continue;
      const province = reminder.deadline.provinceId ? deps.registry.province(reminder.deadline.provinceId) : undefined;
      await deps.send(reminderText(reminder, province?.today?.name ?? province?.name ?? "—"), reminder);
      await deps.ledger.record(reminder.key, now);
      sent.push(reminder);
    }
    return sent;
  };
  return {
    runOnce,
    start(intervalMs) {
      if (timer) return;
      const tick = () => {
        if (running) return;
        running = runOnce().catch((error: unknown) => deps.onError?.(error)).finally(() => { running = null; });
      };
      tick();
      timer = setInterval(tick, intervalMs);
      timer.unref();
    },
    async stop() {
      if (timer) clearInterval(timer);
      timer = null;
      await running;
    },
  };
}
