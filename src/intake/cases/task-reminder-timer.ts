/**
 * Reminds assignees of follow-up tasks that fell due: a pass every minute in every app
 * instance takes the due tasks (each once, decided by the database) and hands them to the
 * officers' alert path.
 */
import type { Casework, TaskReminder } from "./casework-service.ts";

export interface TaskReminderTimer {
  /** One pass now (also what the timer runs); returns the reminders sent this pass. */
  tick(): Promise<TaskReminder[]>;
  start(intervalMs: number): void;
  stop(): Promise<void>;
}

export function createTaskReminderTimer(deps: { casework: Pick<Casework, "dueReminders">; notify(reminders: TaskReminder[]): Promise<void>; onError?(error: unknown): void }): TaskReminderTimer {
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<unknown> = Promise.resolve();
  const tick = async () => {
    const due = await deps.casework.dueReminders();
    if (due.length > 0) await deps.notify(due);
    return due;
  };
  return {
    tick,
    start(intervalMs) {
      timer = setInterval(() => {
        running = running.then(tick).catch((error: unknown) => deps.onError?.(error));
      }, intervalMs);
      timer.unref();
    },
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}
