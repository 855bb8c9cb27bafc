/**
 * The words the dashboard shows for the queue's codes (risk, category, status, referral
 * target and status, roles, ages), in Vietnamese and English, in one place so every page
 * says the same thing.
 */
import { statusVi } from "../../intake/cases/case-messages.ts";
import { REFERRAL_TARGET_VI } from "../../intake/cases/referral-types.ts";

export type Lang = "vi" | "en";
type Words = Readonly<Record<string, string>>;

const VI = {
  risk: { emergency: "Khẩn cấp", high: "Cao", medium: "Trung bình", low: "Thấp" },
  category: {
    sexual_abuse: "Xâm hại tình dục", physical_violence: "Bạo lực thể chất", emotional_abuse: "Bạo lực tinh thần", neglect_abandonment: "Bỏ mặc, bỏ rơi",
    labour_exploitation: "Bóc lột lao động", trafficking_abduction: "Mua bán, bắt cóc", child_marriage: "Tảo hôn", online_abuse: "Xâm hại trên mạng",
    bullying: "Bắt nạt", self_harm: "Tự gây hại", other: "Khác",
  },
  role: { officer: "Cán bộ tiếp nhận", supervisor: "Giám sát", admin: "Quản trị" },
  target: REFERRAL_TARGET_VI as Words,
  referralStatus: { draft: "chờ gửi", sent: "đã gửi", acknowledged: "đã xác nhận", accepted: "đã nhận xử lý", declined: "từ chối", completed: "hoàn thành" },
  auditAction: {
    show: "xem hồ sơ", claim: "nhận xử lý", release: "trả lại", note: "ghi chú", status: "đổi trạng thái", refer: "chuyển tuyến", acknowledge: "xác nhận đã biết",
    referral_update: "cập nhật chuyển tuyến", referral_list: "xem chuyển tuyến", audit_read: "xem nhật ký", list: "xem hàng đợi", escalate: "cảnh báo quá hạn",
    reclassify: "đổi mức nguy cơ / loại việc", reassign: "giao lại", form01: "xuất Mẫu số 01", suggest: "xem gợi ý chuyển tuyến", retention_purge: "xoá theo thời hạn lưu", retention_run: "chạy xoá theo thời hạn lưu",
    close: "đóng hồ sơ", reopen: "mở lại hồ sơ", task_add: "thêm việc cần làm", task_done: "xong việc cần làm", task_remind: "nhắc việc đến hạn", message: "nhắn người báo tin",
    closures_read: "xem số hồ sơ đã đóng", officer_intake: "ghi nhận tin báo mới", login_failed: "đăng nhập sai",
  },
  age: { under_6: "dưới 6 tuổi", "6_11": "6–11 tuổi", "12_15": "12–15 tuổi", "16_17": "16–17 tuổi", unknown: "chưa rõ tuổi" },
  sex: { male: "nam", female: "nữ", unknown: "chưa rõ giới tính" },
  relation: { self: "chính trẻ em", family: "người nhà", neighbour: "hàng xóm", teacher: "giáo viên", other: "người khác" },
  method: { phone: "đã gọi điện", message: "đã nhắn tin", webhook: "gửi tự động (webhook)" },
  channel: { telegram: "Telegram", zalo: "Zalo", web: "trò chuyện trên trang web", officer: "cán bộ ghi nhận (điện thoại, 111, trực tiếp, thư)" },
  when: { now: "đang xảy ra", soon: "sắp xảy ra (tối nay, ngày mai)", today: "hôm nay", this_week: "mấy ngày gần đây", repeated: "nhiều lần, vẫn tiếp diễn", earlier: "lâu hơn" },
  answer: { yes: "có", no: "không", unknown: "không rõ" },
} satisfies Record<string, Words>;

const EN: typeof VI = {
  risk: { emergency: "Emergency", high: "High", medium: "Medium", low: "Low" },
  category: {
    sexual_abuse: "Sexual abuse", physical_violence: "Physical violence", emotional_abuse: "Emotional abuse", neglect_abandonment: "Neglect, abandonment",
    labour_exploitation: "Labour exploitation", trafficking_abduction: "Trafficking, abduction", child_marriage: "Child marriage", online_abuse: "Online abuse",
    bullying: "Bullying", self_harm: "Self-harm", other: "Other",
  },
  role: { officer: "Intake officer", supervisor: "Supervisor", admin: "Administrator" },
  target: {
    hotline_111: "National child protection hotline 111", commune_committee: "Commune People's Committee", police: "Police", health: "Health facility / Department of Health",
    education: "School / Department of Education and Training", provincial_department: "Provincial department",
  },
  referralStatus: { draft: "waiting to send", sent: "sent", acknowledged: "acknowledged", accepted: "accepted", declined: "declined", completed: "completed" },
  auditAction: {
    show: "opened the case", claim: "claimed", release: "released", note: "note", status: "status change", refer: "referral", acknowledge: "acknowledged",
    referral_update: "referral update", referral_list: "read referrals", audit_read: "read the log", list: "read the queue", escalate: "deadline alert",
    reclassify: "changed risk / category", reassign: "reassigned", form01: "exported Form 01", suggest: "read referral suggestions", retention_purge: "deleted (retention)", retention_run: "retention run",
    close: "closed the case", reopen: "reopened the case", task_add: "added a task", task_done: "completed a task", task_remind: "task reminder", message: "wrote to the reporter",
    closures_read: "read closures per officer", officer_intake: "recorded a new report", login_failed: "wrong sign-in",
  },
  age: { under_6: "under 6", "6_11": "6–11 years", "12_15": "12–15 years", "16_17": "16–17 years", unknown: "age unknown" },
  sex: { male: "boy", female: "girl", unknown: "sex unknown" },
  relation: { self: "the child", family: "family", neighbour: "neighbour", teacher: "teacher", other: "someone else" },
  method: { phone: "called by phone", message: "sent a message", webhook: "automatic (webhook)" },
  channel: { telegram: "Telegram", zalo: "Zalo", web: "the web chat", officer: "an officer (phone, 111, in person, letter)" },
  when: { now: "happening now", soon: "about to happen (tonight, tomorrow)", today: "today", this_week: "in the last few days", repeated: "again and again", earlier: "earlier" },
  answer: { yes: "yes", no: "no", unknown: "not sure" },
};

const STATUS_EN: Words = { new: "new", triaged: "triaged", referred: "referred", in_progress: "in progress", closed: "closed", duplicate: "duplicate", not_actionable: "not actionable" };

export type Labels = { [K in keyof typeof VI]: (code: string) => string } & { status: (code: string) => string };

/** The label functions of one language; an unknown code is shown as it is. */
export function labelsFor(lang: Lang): Labels {
  const words = lang === "en" ? EN : VI;
  const out = Object.fromEntries(Object.entries(words).map(([k, map]) => [k, (code: string) => (map as Words)[code] ?? code])) as Labels;
  out.status = lang === "en" ? (s) => STATUS_EN[s] ?? s : statusVi;
  return out;
}
