/**
 * What an officer is told when an action is refused, in Vietnamese with English, shared by
 * the terminal and (later) the dashboard so both say the same thing.
 */
import type { CaseRefusal } from "./case-types.ts";
import type { ReferralRefusal } from "./referral-service.ts";

const STATUS_VI: Readonly<Record<string, string>> = {
  new: "mới", triaged: "đã phân loại", referred: "đã chuyển", in_progress: "đang xử lý", closed: "đã đóng", duplicate: "trùng lặp", not_actionable: "không cần xử lý",
};

/** The Vietnamese name of a case status ("đã đóng"). */
export function statusVi(status: string): string {
  return STATUS_VI[status] ?? status;
}

/** One line explaining a refusal. */
const INPUT_PROBLEMS: Readonly<Record<Extract<CaseRefusal, { reason: "invalid_input" }>["problem"], string>> = {
  risk: "Mức nguy cơ không hợp lệ (invalid risk): low, medium, high, emergency.",
  category: "Loại việc không hợp lệ (invalid category).",
  reason_missing: "Cần ghi lý do thay đổi (a reason is required).",
  reason_too_long: "Lý do quá dài, tối đa 1000 ký tự (reason too long; at most 1000 characters).",
  unchanged: "Mức nguy cơ và loại việc không thay đổi (nothing changed).",
  same_assignee: "Hồ sơ đã do cán bộ này phụ trách (the case is already assigned to this officer).",
};

export function describeRefusal(refusal: CaseRefusal | ReferralRefusal): string {
  switch (refusal.reason) {
    case "not_found":
      return "Không tìm thấy hồ sơ (case not found).";
    case "closed":
      return `Hồ sơ đã kết thúc (${statusVi(refusal.status)}), không thể thao tác (the case is ${refusal.status}; no action is possible).`;
    case "claimed_by_other":
      return `Hồ sơ đang do ${refusal.assigneeId} phụ trách (already claimed by ${refusal.assigneeId}).`;
    case "not_assignee":
      return `Bạn không phụ trách hồ sơ này (you do not hold this case; holder: ${refusal.assigneeId ?? "none"}).`;
    case "invalid_transition":
      return `Không thể chuyển từ "${refusal.from}" sang "${refusal.to}" (not allowed); được phép (allowed): ${refusal.allowed.join(", ") || "không có (none)"}.`;
    case "changed_concurrently":
      return "Hồ sơ vừa được người khác thay đổi, hãy xem lại (changed by someone else just now; reload).";
    case "invalid_input":
      return INPUT_PROBLEMS[refusal.problem];
    case "invalid_target":
    case "invalid_method":
      return `Giá trị không hợp lệ (invalid ${refusal.reason === "invalid_target" ? "target" : "method"}); được phép (allowed): ${refusal.allowed.join(", ")}.`;
    case "no_webhook_for_target":
      return `Chưa cấu hình webhook cho ${refusal.target} (no webhook configured for this target: REFERRAL_WEBHOOKS).`;
    case "referral_not_found":
      return "Không tìm thấy lượt chuyển tuyến (referral not found).";
    case "invalid_referral_move":
      return `Không thể chuyển lượt chuyển tuyến từ "${refusal.from}" sang "${refusal.to}"; được phép (allowed): ${refusal.allowed.join(", ") || "không có (none)"}.`;
  }
}
