/**
 * Reminds assignees of follow-up tasks that fell due: a pass every minute in every app
 * instance takes the due tasks (each once, decided by the database) and hands them to the
 * officers' alert path.
 */
import type { Casework, TaskReminder } from "./casework-service.ts";
import { createPeriodicPass, type PeriodicPass } from "./periodic-pass.ts";

export type TaskReminderTimer = PeriodicPass<TaskReminder>;

export function createTaskReminderTimer(deps: { casework: Pick<Casework, "dueReminders">; notify(reminders: TaskReminder[]): Promise<void>; onError?(error: unknown): void }): TaskReminderTimer {
  return createPeriodicPass({ take: () => deps.casework.dueReminders(), notify: (items) => deps.notify(items), ...(deps.onError ? { onError: deps.onError } : {}) });
}
