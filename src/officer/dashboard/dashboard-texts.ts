/**
 * Every sentence of the dashboard in Vietnamese (the default) and English (the toggle in
 * the header), so the pages hold no language of their own.
 */
import type { Lang } from "./dashboard-labels.ts";

const VI = {
  lang: "vi" as Lang,
  switchTo: { lang: "en" as Lang, text: "English" },
  skip: "Bỏ qua tới nội dung chính", brand: "Bảng điều khiển tiếp nhận", site: "Bảo vệ trẻ em", mainNav: "Điều hướng chính", navQueue: "Hàng đợi", navAccounts: "Tài khoản", navPlans: "Kế hoạch", navReports: "Báo cáo", navBreaches: "Trễ hạn", navDrafts: "Duyệt dữ liệu", signOut: "Đăng xuất",
  left: (span: string) => `còn ${span}`, overdue: (span: string) => `quá hạn ${span}`, hours: "giờ", minutes: "phút",
  queueTitle: "Hàng đợi hồ sơ", noMatch: "Không có hồ sơ nào khớp bộ lọc.", unconfirmed: "(chưa xác nhận)", unknownPlace: "Chưa rõ", unclaimed: "Chưa ai nhận", all: "Tất cả",
  everyStatus: "Mọi trạng thái (cả đã đóng)", fRisk: "Mức nguy cơ", fStatus: "Trạng thái", fCategory: "Loại việc", fProvince: "Tỉnh", fDeadline: "Thời hạn",
  overdueFilter: "Đã quá hạn", soonFilter: "Đến hạn trong 1 giờ", filter: "Lọc", filters: "Bộ lọc hàng đợi", count: (n: number) => `${n} hồ sơ`, fresh: "{n} hồ sơ mới",
  caption: "Hồ sơ, khẩn cấp ghim trên cùng", cCode: "Mã", cRisk: "Nguy cơ", cCategory: "Loại việc", cStatus: "Trạng thái", cPlace: "Địa bàn", cDeadline: "Thời hạn", cAssignee: "Phụ trách",
  caseTitle: (code: string) => `Hồ sơ ${code}`, back: "← Về hàng đợi", fChild: "Trẻ", fWhen: "Thời điểm", fWhere: "Nơi xảy ra", fFlags: "Dấu hiệu", fReporter: "Người báo", fContact: "Liên hệ",
  anonymous: "Ẩn danh", noContact: "Không đồng ý được liên hệ", narrative: "Nội dung báo cáo", actions: "Xử lý", finished: "Hồ sơ đã kết thúc; không còn thao tác.",
  claim: "Nhận xử lý", release: "Trả lại hàng đợi", moveTo: "Chuyển trạng thái", updateStatus: "Cập nhật trạng thái", noteLabel: (n: number) => `Ghi chú (tối đa ${n} ký tự)`, saveNote: "Lưu ghi chú",
  referHeading: "Chuyển tuyến", agency: "Cơ quan nhận", how: "Cách chuyển", office: "Đơn vị cụ thể", externalRef: "Số hồ sơ của cơ quan nhận (ví dụ số hồ sơ 111)", recordReferral: "Ghi nhận chuyển tuyến",
  referrals: "Các lượt chuyển tuyến", notReferred: "Chưa chuyển tuyến.", caseNumber: "số hồ sơ", answer: "Phản hồi", number: "Số hồ sơ", update: "Cập nhật",
  timeline: "Diễn biến", reporter: "Người báo tin", received: (channel: string) => `Báo cáo được tiếp nhận qua ${channel}`, added: "Bổ sung:", attachment: "(tệp đính kèm)", noteWord: "Ghi chú:",
  referredTo: "Chuyển tuyến tới", views: (n: number) => `Lượt xem hồ sơ (${n})`,
  done: { claim: "Bạn đã nhận xử lý hồ sơ.", release: "Đã trả hồ sơ về hàng đợi.", note: "Đã lưu ghi chú.", status: "Đã cập nhật trạng thái.", refer: "Đã ghi nhận chuyển tuyến.", referrals: "Đã cập nhật chuyển tuyến.", reclassify: "Đã đổi phân loại; lý do đã được ghi lại.", reassign: "Đã giao hồ sơ cho cán bộ khác." } as Readonly<Record<string, string>>,
  emptyNote: "Ghi chú trống.", longNote: (n: number, max: number) => `Ghi chú quá dài (${n} ký tự; tối đa ${max}).`,
  caseNotFound: "Không tìm thấy hồ sơ.", notFound: "Không tìm thấy", forbidden: "Không được phép", toQueue: "Về hàng đợi",
  badCsrf: "Mã chống giả mạo (CSRF) không hợp lệ; hãy tải lại trang.", noRight: "Bạn không có quyền truy cập trang này.",
  signIn: "Đăng nhập", username: "Tên đăng nhập", password: "Mật khẩu", expired: "Phiên đăng nhập đã hết hạn; vui lòng đăng nhập lại.",
  loginFailed: "Sai tên đăng nhập hoặc mật khẩu, hoặc tài khoản đang tạm khoá. Sau nhiều lần sai, tài khoản bị khoá tạm thời.",
  accountsTitle: "Quản lý tài khoản", accounts: "Tài khoản", name: "Họ tên", role: "Vai trò", provinces: "Tỉnh", state: "Tình trạng", action: "Thao tác",
  disabled: "Đã vô hiệu hoá", lockedUntil: (at: string) => `Tạm khoá đến ${at}`, active: "Hoạt động", enable: "Mở lại", disable: "Vô hiệu hoá",
  newAccount: "Tạo tài khoản", provincesHint: "Mã tỉnh, cách nhau bởi dấu phẩy (* là mọi tỉnh)", initialPassword: "Mật khẩu ban đầu", create: "Tạo",
  navAudit: "Nhật ký", auditTitle: "Nhật ký thao tác", auditCaption: "Ai đã làm gì, khi nào (mới nhất trước)", cTime: "Thời điểm", cOfficer: "Người làm", cAction: "Thao tác", cCase: "Hồ sơ", cDetail: "Chi tiết",
  auditEmpty: "Chưa có thao tác nào.", auditScope: "Chỉ hiện thao tác trên hồ sơ thuộc tỉnh bạn phụ trách.",
  created: (u: string) => `Đã tạo tài khoản ${u}.`, noSelfDisable: "Không thể tự vô hiệu hoá tài khoản của mình.", accountNotFound: "Không tìm thấy tài khoản.",
  reclassifyHeading: "Đổi mức nguy cơ / loại việc", reasonLabel: (n: number) => `Lý do thay đổi (bắt buộc, tối đa ${n} ký tự)`, saveReclassify: "Lưu phân loại",
  reassignHeading: "Giao hồ sơ cho cán bộ khác", reassignTo: "Giao cho", reassignButton: "Giao hồ sơ", noOneToAssign: "Không có cán bộ nào khác phụ trách tỉnh của hồ sơ này.",
  badAssignee: "Cán bộ này không tồn tại, đã bị vô hiệu hoá hoặc không phụ trách tỉnh của hồ sơ.",
  triageReasons: "Căn cứ phân loại ban đầu", reclassified: "Đổi phân loại:", reasonWord: "Lý do:",
  narrativeWithheld: (who: string) => `Hồ sơ đang do ${who} phụ trách. Nội dung báo cáo và thông tin liên hệ chỉ hiện với người phụ trách và giám sát viên.`,
  suggestionsHeading: "Gợi ý chuyển tuyến theo kế hoạch của tỉnh", suggestionsFrom: (plans: string) => `Theo: ${plans}.`, suggestionsNoPlan: "Chưa có kế hoạch nào của tỉnh này trong cơ sở tri thức; gợi ý dưới đây theo Nghị định 56.",
  basisDecree: "Theo Nghị định 56/2017/NĐ-CP", sectionWord: "mục", successorWord: "Từ 2025 nhiệm vụ chuyển cho:", unverified: "(chưa xác minh)", referThis: "Chuyển tuyến tới đơn vị này",
  form01Heading: "Mẫu số 01", form01Link: "Xuất Mẫu số 01 (Nghị định 56) của hồ sơ này", form01Title: (code: string) => `Mẫu số 01 · ${code}`, form01Download: "Tải về dạng văn bản (.txt)", form01Print: "In hoặc lưu PDF bằng lệnh in của trình duyệt.",
};

export type Texts = typeof VI;

const EN: Texts = {
  lang: "en",
  switchTo: { lang: "vi", text: "Tiếng Việt" },
  skip: "Skip to main content", brand: "Intake dashboard", site: "Child protection", mainNav: "Main navigation", navQueue: "Queue", navAccounts: "Accounts", navPlans: "Plans", navReports: "Reports", navBreaches: "Breaches", navDrafts: "Review drafts", signOut: "Sign out",
  left: (span) => `${span} left`, overdue: (span) => `${span} overdue`, hours: "h", minutes: "min",
  queueTitle: "Case queue", noMatch: "No case matches the filters.", unconfirmed: "(not confirmed yet)", unknownPlace: "Unknown", unclaimed: "Unclaimed", all: "All",
  everyStatus: "Every status (closed too)", fRisk: "Risk", fStatus: "Status", fCategory: "Category", fProvince: "Province", fDeadline: "Deadline",
  overdueFilter: "Overdue", soonFilter: "Due within an hour", filter: "Filter", filters: "Queue filters", count: (n) => `${n} case${n === 1 ? "" : "s"}`, fresh: "{n} new",
  caption: "Cases, emergencies pinned on top", cCode: "Code", cRisk: "Risk", cCategory: "Category", cStatus: "Status", cPlace: "Place", cDeadline: "Deadline", cAssignee: "Assignee",
  caseTitle: (code) => `Case ${code}`, back: "← Back to the queue", fChild: "Child", fWhen: "When", fWhere: "Where", fFlags: "Red flags", fReporter: "Reporter", fContact: "Contact",
  anonymous: "Anonymous", noContact: "Did not agree to be contacted", narrative: "The report", actions: "Actions", finished: "The case is finished; no more actions.",
  claim: "Claim", release: "Release to the queue", moveTo: "Move to status", updateStatus: "Update status", noteLabel: (n) => `Note (at most ${n} characters)`, saveNote: "Save note",
  referHeading: "Referral", agency: "Agency", how: "How", office: "Which office", externalRef: "The agency's case number (e.g. 111's)", recordReferral: "Record referral",
  referrals: "Referrals", notReferred: "Not referred yet.", caseNumber: "case number", answer: "Answer", number: "Case number", update: "Update",
  timeline: "Timeline", reporter: "Reporter", received: (channel) => `Report received through ${channel}`, added: "Added:", attachment: "(attachment)", noteWord: "Note:",
  referredTo: "Referred to", views: (n) => `Views of this case (${n})`,
  done: { claim: "You claimed the case.", release: "The case is back in the queue.", note: "Note saved.", status: "Status updated.", refer: "Referral recorded.", referrals: "Referral updated.", reclassify: "Classification changed; the reason is on record.", reassign: "The case was given to another officer." },
  emptyNote: "The note is empty.", longNote: (n, max) => `The note is too long (${n} characters; at most ${max}).`,
  caseNotFound: "Case not found.", notFound: "Not found", forbidden: "Not allowed", toQueue: "Back to the queue",
  badCsrf: "Invalid anti-forgery (CSRF) token; reload the page.", noRight: "You are not allowed to open this page.",
  signIn: "Sign in", username: "Username", password: "Password", expired: "Your session has expired; please sign in again.",
  loginFailed: "Wrong username or password, or the account is locked for a while after too many wrong passwords.",
  accountsTitle: "Accounts", accounts: "Accounts", name: "Name", role: "Role", provinces: "Provinces", state: "State", action: "Action",
  disabled: "Disabled", lockedUntil: (at) => `Locked until ${at}`, active: "Active", enable: "Enable", disable: "Disable",
  newAccount: "New account", provincesHint: "Province ids, separated by commas (* for every province)", initialPassword: "Initial password", create: "Create",
  navAudit: "Audit log", auditTitle: "Audit log", auditCaption: "Who did what, when (newest first)", cTime: "Time", cOfficer: "Who", cAction: "Action", cCase: "Case", cDetail: "Detail",
  auditEmpty: "Nothing recorded yet.", auditScope: "Only actions on cases of your provinces are shown.",
  created: (u) => `Account ${u} created.`, noSelfDisable: "You cannot disable your own account.", accountNotFound: "Account not found.",
  reclassifyHeading: "Change risk / category", reasonLabel: (n: number) => `Reason for the change (required, at most ${n} characters)`, saveReclassify: "Save classification",
  reassignHeading: "Give the case to another officer", reassignTo: "Give to", reassignButton: "Reassign", noOneToAssign: "No other officer covers this case's province.",
  badAssignee: "That officer does not exist, is disabled, or does not cover the case's province.",
  triageReasons: "Why it was first classified so", reclassified: "Reclassified:", reasonWord: "Reason:",
  narrativeWithheld: (who: string) => `${who} holds this case. The report and the contact details are shown only to them and to supervisors.`,
  suggestionsHeading: "Referral suggestions from the province's plans", suggestionsFrom: (plans: string) => `From: ${plans}.`, suggestionsNoPlan: "No plan of this province is in the knowledge base yet; the suggestions below follow Decree 56.",
  basisDecree: "Under Decree 56/2017/ND-CP", sectionWord: "section", successorWord: "Since 2025 the duties moved to:", unverified: "(not verified)", referThis: "Refer to this agency",
  form01Heading: "Form 01", form01Link: "Export this case's Form 01 (Decree 56)", form01Title: (code: string) => `Form 01 · ${code}`, form01Download: "Download as text (.txt)", form01Print: "Print or save as PDF with the browser's print command.",
};

export function textsFor(lang: Lang): Texts {
  return lang === "en" ? EN : VI;
}
