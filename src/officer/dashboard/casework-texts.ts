/**
 * The case page's casework sentences (the reporter's answers, closing and reopening, follow-up
 * tasks, writing back to the reporter) in Vietnamese and English, beside dashboard-texts.ts so
 * the case page holds no language of its own.
 */
import type { Lang } from "./dashboard-labels.ts";

const VI = {
  quickActions: "Thao tác chính", jumpRefer: "Chuyển tuyến", jumpClose: "Đóng hồ sơ", jumpReopen: "Mở lại hồ sơ", jumpTasks: "Việc cần làm", jumpMessage: "Nhắn người báo",
  reporterAnswers: "Người báo tin trả lời",
  fDangerNow: "Trẻ đang gặp nguy hiểm ngay lúc này?", fWithPerson: "Trẻ đang ở cùng người gây hại?", notAnswered: "chưa trả lời", readFromStory: "đọc từ lời kể, người báo không được hỏi",
  fContactChoice: "Cách liên hệ", contactAnonymous: "Ẩn danh: không để lại liên hệ", contactGiven: "Đã để lại liên hệ",
  fConsent: "Đồng ý được cán bộ liên hệ", consentYes: "Đồng ý", consentNo: "Không đồng ý (không liên hệ)", contactHidden: "Đã để lại liên hệ nhưng không đồng ý được liên hệ; không hiển thị.",
  fWhereWords: "Nơi xảy ra (lời người báo)", fWhenWords: "Thời điểm (lời người báo)",
  arrow: (from: string, to: string) => `${from} → ${to}`,
  closureReason: {
    resolved: "Đã giải quyết", referred_accepted: "Đã chuyển tuyến và được tiếp nhận", no_concern: "Không có dấu hiệu xâm hại", duplicate: "Trùng với hồ sơ khác",
    unreachable: "Không liên lạc được", moved_province: "Trẻ đã chuyển đến tỉnh khác",
  } as Readonly<Record<string, string>>,
  closeHeading: "Đóng hồ sơ", closeReason: "Lý do đóng", duplicateOf: "Mã hồ sơ bị trùng (nếu trùng)", movedTo: "Tỉnh trẻ chuyển đến (nếu chuyển tỉnh)",
  outcomeLabel: (n: number) => `Kết quả xử lý (bắt buộc, tối đa ${n} ký tự)`, reviewClose: "Xem lại trước khi đóng",
  confirmTitle: (code: string) => `Xác nhận đóng hồ sơ ${code}`, confirmLead: "Kiểm tra lại trước khi đóng. Sau khi đóng, hồ sơ rời khỏi hàng đợi; muốn làm tiếp phải mở lại kèm lý do.",
  confirmClose: "Xác nhận đóng hồ sơ", cancelClose: "Quay lại, chưa đóng", outcomeWord: "Kết quả:", statusAfter: "Trạng thái sau khi đóng",
  reopenHeading: "Mở lại hồ sơ", reopenLabel: (n: number) => `Lý do mở lại (bắt buộc, tối đa ${n} ký tự)`, reopenButton: "Mở lại hồ sơ",
  closedWith: (reason: string) => `Đóng hồ sơ: ${reason}`, duplicateOfWord: "trùng với", movedToWord: "chuyển đến", reopened: "Mở lại hồ sơ.", reasonWord: "Lý do:",
  done: { close: "Đã đóng hồ sơ; lý do và kết quả đã được ghi lại.", reopen: "Đã mở lại hồ sơ; lý do đã được ghi lại.", tasks: "Đã thêm việc cần làm.", task: "Đã đánh dấu việc đã xong.", message: "Tin nhắn đã vào hàng gửi; trạng thái gửi hiện trong diễn biến." } as Readonly<Record<string, string>>,
  problems: {
    closure_reason: "Chọn lý do đóng hồ sơ.", note_missing: "Cần ghi kết quả hoặc lý do.", note_too_long: "Nội dung quá dài (tối đa 2000 ký tự).",
    duplicate_missing: "Ghi mã của hồ sơ bị trùng.", duplicate_unknown: "Không tìm thấy hồ sơ có mã này trong các tỉnh bạn phụ trách.", duplicate_self: "Hồ sơ không thể trùng với chính nó.",
    province_missing: "Chọn tỉnh trẻ đã chuyển đến.", not_final: "Hồ sơ chưa đóng.", task_kind: "Chọn loại việc.", due_invalid: "Ghi ngày và giờ đến hạn.",
    task_unknown: "Không tìm thấy việc này trong hồ sơ.", task_done: "Việc này đã xong.",
    message_empty: "Tin nhắn trống.", message_too_long: "Tin nhắn quá dài (tối đa 1000 ký tự).", no_channel: "Hồ sơ do cán bộ nhập: không có kênh trò chuyện để nhắn người báo.",
  } as Readonly<Record<string, string>>,
  taskKind: { call_back: "Gọi lại người báo tin", home_visit: "Thăm gia đình", check_referral: "Kiểm tra kết quả chuyển tuyến", other: "Việc khác" } as Readonly<Record<string, string>>,
  tasksHeading: "Việc cần làm", noTasks: "Chưa có việc nào.", taskKindLabel: "Loại việc cần làm", taskDue: "Hạn (giờ Việt Nam)", taskNote: "Ghi chú (không bắt buộc)", addTask: "Thêm việc",
  taskDone: "Đánh dấu đã xong", taskOverdue: (span: string) => `quá hạn ${span}`, taskDueAt: (at: string) => `hạn ${at}`, taskFor: (who: string) => `giao ${who}`,
  taskDoneBy: (who: string, at: string) => `đã xong (${who}, ${at})`, overdueTasks: (n: number) => `${n} việc quá hạn`,
  taskCancelled: (at: string) => `đã huỷ khi đóng hồ sơ (${at})`, taskCancelledEntry: (kind: string) => `Huỷ việc khi đóng hồ sơ: ${kind}`,
  taskCreated: (kind: string, due: string) => `Thêm việc: ${kind}, hạn ${due}`, taskCompleted: (kind: string) => `Xong việc: ${kind}`,
  messageHeading: "Nhắn người báo tin", messagePhrase: "Câu soạn sẵn", ownWords: "(tự viết)", messageText: (n: number) => `Nội dung (tối đa ${n} ký tự; với câu có "...", phần bạn viết thay cho "...")`,
  messageSend: "Gửi cho người báo tin", messageVia: (channel: string, lang: string) => `Gửi qua ${channel}, bằng ${lang} (ngôn ngữ người báo dùng). Cán bộ không thấy tên hay tài khoản của người báo; câu trả lời của họ hiện trong diễn biến.`,
  messageWebNote: "Trên trang web, người báo thấy tin khi còn mở phiên trò chuyện (tin hiện khi họ quay lại trang); phiên đã kết thúc thì không gửi được.",
  messageNoChannel: "Hồ sơ do cán bộ nhập (gọi điện, thư, trực tiếp): không có kênh trò chuyện để nhắn.", langName: { vi: "tiếng Việt", en: "tiếng Anh" } as Readonly<Record<string, string>>,
  messageEntry: "Nhắn người báo tin:", messageState: { pending: "đang chờ gửi", delivered: "đã gửi", failed: "không gửi được" } as Readonly<Record<string, string>>, messageRetrying: "sẽ thử lại",
  messageNeedsText: "Câu này cần phần bạn viết thay cho \"...\".", reporterReplied: "Người báo tin trả lời / bổ sung:",
  closuresTitle: "Hồ sơ đã đóng theo cán bộ", closuresNav: "Đóng hồ sơ", closuresCaption: (days: number) => `Số hồ sơ mỗi cán bộ đã đóng trong ${days} ngày qua, theo lý do`,
  closuresOfficer: "Cán bộ", closuresTotal: "Tổng", closuresEmpty: "Chưa có hồ sơ nào được đóng trong khoảng này.", closuresPeriod: "Khoảng thời gian", days: (n: number) => `${n} ngày`, show: "Xem",
};

export type CaseworkTexts = typeof VI;

const EN: CaseworkTexts = {
  quickActions: "Main actions", jumpRefer: "Refer", jumpClose: "Close the case", jumpReopen: "Reopen the case", jumpTasks: "Follow-up tasks", jumpMessage: "Write to the reporter",
  reporterAnswers: "The reporter's answers",
  fDangerNow: "Is the child in danger right now?", fWithPerson: "Is the child with the person who harms them?", notAnswered: "not answered", readFromStory: "read from the story; the reporter was not asked",
  fContactChoice: "Contact", contactAnonymous: "Anonymous: left no contact", contactGiven: "Left a contact",
  fConsent: "Agrees to be contacted by officers", consentYes: "Agrees", consentNo: "Does not agree (do not contact)", contactHidden: "Left a contact but did not agree to be contacted; not shown.",
  fWhereWords: "Where (the reporter's words)", fWhenWords: "When (the reporter's words)",
  arrow: (from, to) => `${from} → ${to}`,
  closureReason: {
    resolved: "Resolved", referred_accepted: "Referred and accepted", no_concern: "No concern found", duplicate: "Duplicate of another case",
    unreachable: "Could not be reached", moved_province: "The child moved to another province",
  },
  closeHeading: "Close the case", closeReason: "Why it is closed", duplicateOf: "Code of the case it duplicates (if a duplicate)", movedTo: "Province the child moved to (if moved)",
  outcomeLabel: (n) => `Outcome (required, at most ${n} characters)`, reviewClose: "Review before closing",
  confirmTitle: (code) => `Confirm closing ${code}`, confirmLead: "Check before closing. A closed case leaves the queue; to work on it again it must be reopened with a reason.",
  confirmClose: "Confirm: close the case", cancelClose: "Go back, do not close", outcomeWord: "Outcome:", statusAfter: "Status after closing",
  reopenHeading: "Reopen the case", reopenLabel: (n) => `Why it is reopened (required, at most ${n} characters)`, reopenButton: "Reopen the case",
  closedWith: (reason) => `Closed: ${reason}`, duplicateOfWord: "duplicate of", movedToWord: "moved to", reopened: "Reopened.", reasonWord: "Reason:",
  done: { close: "The case is closed; the reason and outcome are on record.", reopen: "The case is reopened; the reason is on record.", tasks: "Task added.", task: "Task marked done.", message: "The message is queued for sending; its delivery shows in the timeline." },
  problems: {
    closure_reason: "Choose why the case is closed.", note_missing: "Write the outcome or the reason.", note_too_long: "Too long (at most 2000 characters).",
    duplicate_missing: "Write the code of the case it duplicates.", duplicate_unknown: "No case with this code in your provinces.", duplicate_self: "A case cannot duplicate itself.",
    province_missing: "Choose the province the child moved to.", not_final: "The case is not closed.", task_kind: "Choose the kind of task.", due_invalid: "Give the date and time it is due.",
    task_unknown: "No such task on this case.", task_done: "This task is already done.",
    message_empty: "The message is empty.", message_too_long: "The message is too long (at most 1000 characters).", no_channel: "An officer recorded this case: there is no chat to write to the reporter.",
  },
  taskKind: { call_back: "Call the reporter back", home_visit: "Home visit", check_referral: "Check the referral's outcome", other: "Other task" },
  tasksHeading: "Follow-up tasks", noTasks: "No task yet.", taskKindLabel: "Task", taskDue: "Due (Vietnam time)", taskNote: "Note (optional)", addTask: "Add task",
  taskDone: "Mark done", taskOverdue: (span) => `${span} overdue`, taskDueAt: (at) => `due ${at}`, taskFor: (who) => `for ${who}`,
  taskDoneBy: (who, at) => `done (${who}, ${at})`, overdueTasks: (n) => `${n} overdue task${n === 1 ? "" : "s"}`,
  taskCancelled: (at) => `cancelled when the case was closed (${at})`, taskCancelledEntry: (kind) => `Task cancelled by the closing: ${kind}`,
  taskCreated: (kind, due) => `Task added: ${kind}, due ${due}`, taskCompleted: (kind) => `Task done: ${kind}`,
  messageHeading: "Write to the reporter", messagePhrase: "Ready phrase", ownWords: "(own words)", messageText: (n) => `Message (at most ${n} characters; with a phrase ending in "...", your words replace the "...")`,
  messageSend: "Send to the reporter", messageVia: (channel, lang) => `Sent through ${channel}, in ${lang} (the reporter's language). Officers do not see the reporter's name or account; their answer appears in the timeline.`,
  messageWebNote: "On the web, the reporter sees the message while their chat session lives (it appears when they come back to the page); an ended session cannot be reached.",
  messageNoChannel: "An officer recorded this case (call, letter, in person): there is no chat to write to.", langName: { vi: "Vietnamese", en: "English" },
  messageEntry: "Wrote to the reporter:", messageState: { pending: "waiting to be sent", delivered: "sent", failed: "could not be sent" }, messageRetrying: "will retry",
  messageNeedsText: "This phrase needs your words in place of \"...\".", reporterReplied: "The reporter answered / added:",
  closuresTitle: "Closed cases per officer", closuresNav: "Closures", closuresCaption: (days) => `Cases each officer closed in the last ${days} days, by reason`,
  closuresOfficer: "Officer", closuresTotal: "Total", closuresEmpty: "No case was closed in this period.", closuresPeriod: "Period", days: (n) => `${n} days`, show: "Show",
};

export function caseworkTextsFor(lang: Lang): CaseworkTexts {
  return lang === "en" ? EN : VI;
}
