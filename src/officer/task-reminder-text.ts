/** The officers' chat message for a follow-up task that fell due: the case code, the task, the due time, who it is for; never case content. */
import type { TaskReminder } from "../intake/cases/casework-service.ts";
import { escapeHtml, vnTime } from "./officer-alert-text.ts";

const KIND: Readonly<Record<string, { vi: string; en: string }>> = {
  call_back: { vi: "gọi lại người báo tin", en: "call the reporter back" },
  home_visit: { vi: "thăm gia đình", en: "home visit" },
  check_referral: { vi: "kiểm tra kết quả chuyển tuyến", en: "check the referral's outcome" },
  other: { vi: "việc cần làm", en: "follow-up task" },
};

export function taskReminderText(r: TaskReminder): string {
  const kind = KIND[r.kind] ?? KIND.other!;
  return `📌 <b>NHẮC VIỆC</b> cho <b>${escapeHtml(r.assigneeId)}</b>: ${escapeHtml(kind.vi)}, ca <code>${escapeHtml(r.code)}</code>, đến hạn ${vnTime(r.dueAt)}.\n`
    + `<i>Reminder for ${escapeHtml(r.assigneeId)}: ${escapeHtml(kind.en)}, case ${escapeHtml(r.code)}, due ${vnTime(r.dueAt)}.</i>`;
}
