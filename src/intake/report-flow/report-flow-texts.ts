/**
 * Every sentence the reporter flow says, in Vietnamese and English, with a short and simple
 * variant for a child reporting about themself (short sentences, "em", 111 at every step).
 * Kept apart from the state machine so wording can be reviewed by social workers without
 * reading logic.
 */
import type { Language, Link } from "../../conversation/conversation-types.ts";

/** One sentence in each register; the child variants fall back to the adult ones. */
export interface FlowText {
  vi: string;
  en: string;
  viChild?: string;
  enChild?: string;
}

/** Picks the wording for the reporter's language and register. */
export function say(text: FlowText, lang: Language, child: boolean): string {
  if (child) return (lang === "en" ? text.enChild : text.viChild) ?? text[lang];
  return text[lang];
}

export const EMERGENCY_LINKS: Record<Language, Link[]> = {
  vi: [
    { label: "Gọi 113 (Công an)", url: "tel:113" },
    { label: "Gọi 115 (Cấp cứu)", url: "tel:115" },
    { label: "Gọi 111 (Bảo vệ trẻ em)", url: "tel:111" },
  ],
  en: [
    { label: "Call 113 (Police)", url: "tel:113" },
    { label: "Call 115 (Ambulance)", url: "tel:115" },
    { label: "Call 111 (Child protection)", url: "tel:111" },
  ],
};

export const HOTLINE_LINK: Record<Language, Link> = {
  vi: { label: "Gọi 111 (miễn phí, 24/7)", url: "tel:111" },
  en: { label: "Call 111 (free, 24/7)", url: "tel:111" },
};

export const T = {
  emergencyNow: {
    vi: "Nếu trẻ đang gặp nguy hiểm: GỌI NGAY 113 (công an) hoặc 115 (cấp cứu), và 111 (tổng đài bảo vệ trẻ em, miễn phí, 24/7). Sau đó, nếu có thể, hãy trả lời tiếp để cán bộ nắm thông tin.",
    en: "If a child is in danger: CALL 113 (police) or 115 (ambulance) NOW, and 111 (child protection hotline, free, 24/7). Then, if you can, keep answering so officers know what happened.",
    viChild: "Em hãy gọi ngay 113 hoặc 111. Gọi miễn phí. Nếu có thể, em chạy tới chỗ có người lớn em tin.",
    enChild: "Call 113 or 111 now. It is free. If you can, go to an adult you trust.",
  },
  childFooter: { vi: "Gọi 111 bất cứ lúc nào. Miễn phí.", en: "Call 111 any time. It is free." },
  intro: {
    vi: "Cảm ơn bạn đã lên tiếng. Tôi sẽ hỏi từng câu một; câu nào không muốn trả lời, gõ \"bỏ qua\". Gõ /back để quay lại, /cancel để dừng.",
    en: "Thank you for speaking up. I will ask one question at a time; type \"skip\" for any you do not want to answer. /back goes back, /cancel stops.",
  },
  danger: {
    vi: "Có trẻ em nào đang gặp nguy hiểm ngay lúc này không?",
    en: "Is a child in danger right now?",
  },
  reporter: {
    vi: "Bạn là ai đối với trẻ?",
    en: "Who are you to the child?",
  },
  what: {
    vi: "Chuyện gì đã xảy ra? Hãy kể bằng lời của bạn: ai, làm gì, ở đâu.",
    en: "What happened? Tell it in your own words: who, what, where.",
    viChild: "Chuyện gì xảy ra với em? Em kể đi.",
    enChild: "What happened to you? Tell me.",
  },
  whatMore: {
    vi: "Bạn đã kể: «{told}». Muốn kể thêm thì gõ tiếp, hoặc gõ \"bỏ qua\".",
    en: "You told me: «{told}». Type more if you want, or \"skip\".",
    viChild: "Em đã kể: «{told}». Em muốn kể thêm không? Không thì gõ \"bỏ qua\".",
    enChild: "You said: «{told}». Anything more? If not, type \"skip\".",
  },
  age: {
    vi: "Trẻ khoảng bao nhiêu tuổi?",
    en: "About how old is the child?",
    viChild: "Em bao nhiêu tuổi?",
    enChild: "How old are you?",
  },
  sex: {
    vi: "Trẻ là bé trai hay bé gái?",
    en: "Is the child a boy or a girl?",
    viChild: "Em là con trai hay con gái?",
    enChild: "Are you a boy or a girl?",
  },
  province: {
    vi: "Việc này xảy ra ở tỉnh, thành phố nào? (tên cũ hay tên mới đều được)",
    en: "Which province or city did this happen in? (old or new name)",
    viChild: "Em ở tỉnh nào?",
    enChild: "Which province do you live in?",
  },
  provinceUnknown: {
    vi: "Tôi chưa nhận ra tên tỉnh, nhưng đã ghi lại đúng như bạn viết.",
    en: "I did not recognise the province, but I kept it as you wrote it.",
    viChild: "Đã ghi lại.",
    enChild: "Noted.",
  },
  commune: {
    vi: "Xã, phường hoặc thôn, tổ nào? (nếu biết)",
    en: "Which commune, ward or village? (if you know)",
    viChild: "Em ở xã, phường nào?",
    enChild: "Which commune or ward?",
  },
  when: {
    vi: "Việc này xảy ra khi nào?",
    en: "When did this happen?",
    viChild: "Việc này xảy ra khi nào?",
    enChild: "When did it happen?",
  },
  withPerson: {
    vi: "Hiện giờ trẻ có đang ở cùng người đó không?",
    en: "Is the child with that person now?",
    viChild: "Bây giờ em có đang ở cùng người đó không?",
    enChild: "Are you with that person now?",
  },
  contact: {
    vi: "Cán bộ có thể liên lạc với bạn qua đâu? Gõ số điện thoại hoặc cách liên lạc, hoặc chọn \"Ẩn danh\".",
    en: "How can officers reach you? Type a phone number or other contact, or choose \"Anonymous\".",
    viChild: "Cô chú có thể gọi em qua số nào? Không muốn thì chọn \"Ẩn danh\".",
    enChild: "What number can we call you on? If you don't want to, choose \"Anonymous\".",
  },
  consent: {
    vi: "Bạn có đồng ý để cán bộ bảo vệ trẻ em liên lạc với bạn không?",
    en: "Do you agree that child-protection officers may contact you?",
    viChild: "Em có muốn cô chú gọi lại cho em không?",
    enChild: "Do you want someone to call you back?",
  },
  photos: {
    vi: "Nếu có ảnh (vết thương, tin nhắn, nơi xảy ra), bạn có thể gửi ngay bây giờ. Không có thì chọn \"Xong\". Đừng tự đặt mình vào nguy hiểm để chụp ảnh.",
    en: "If you have photos (injuries, messages, the place), send them now. If not, choose \"Done\". Never put yourself in danger to take a photo.",
    viChild: "Em có ảnh không? Có thì gửi. Không thì chọn \"Xong\".",
    enChild: "Do you have a photo? Send it. If not, choose \"Done\".",
  },
  photoReceived: {
    vi: "Đã nhận {n} ảnh. Gửi thêm hoặc chọn \"Xong\".",
    en: "Received {n} photo(s). Send more or choose \"Done\".",
  },
  photoKept: {
    vi: "Đã lưu ảnh vào báo cáo.",
    en: "The photo is kept with the report.",
  },
  confirm: {
    vi: "Đây là những gì bạn đã kể. Gửi cho cán bộ bảo vệ trẻ em?",
    en: "This is what you told me. Send it to child-protection officers?",
    viChild: "Đây là điều em đã kể. Gửi đi nhé?",
    enChild: "This is what you told me. Send it?",
  },
  submitted: {
    vi: "Đã gửi. Mã báo tin của bạn: {code}\nHãy giữ mã này. Gõ /status {code} để xem tình trạng, hoặc gửi thêm thông tin bất cứ lúc nào.",
    en: "Sent. Your report code: {code}\nKeep it. Type /status {code} to see its status, or add information at any time.",
    viChild: "Đã gửi rồi. Mã của em: {code}\nEm nhớ mã này nhé.",
    enChild: "Sent. Your code: {code}\nKeep this code.",
  },
  nextEmergency: {
    vi: "Tiếp theo: cán bộ được báo ngay lập tức; việc can thiệp phải có trước {due} (không quá 12 giờ theo Nghị định 56/2017/NĐ-CP, Điều 31).",
    en: "Next: officers are alerted at once; intervention is due by {due} (within 12 hours, Decree 56/2017/ND-CP, Art. 31).",
  },
  nextOther: {
    vi: "Tiếp theo: cán bộ tiếp nhận sẽ xem xét, đánh giá nguy cơ và chuyển tới cơ quan phụ trách (UBND xã, công an, y tế, tổng đài 111) trước {due}.",
    en: "Next: an intake officer reviews it, assesses the risk and refers it to the right agency (commune, police, health, hotline 111) by {due}.",
  },
  cancelled: {
    vi: "Đã dừng báo tin. Những gì bạn đã kể vẫn được giữ lại dưới dạng bản nháp chưa gửi, để cán bộ có thể xem nếu trẻ gặp nguy hiểm. Gõ /report để báo tin lại. Gọi 111 bất cứ lúc nào.",
    en: "Reporting stopped. What you told me is kept as an unsent draft, so officers can see it if a child is at risk. Type /report to start again. Call 111 any time.",
    viChild: "Đã dừng. Điều em kể vẫn được giữ lại. Em gọi 111 bất cứ lúc nào nhé.",
    enChild: "Stopped. What you told me is kept. Call 111 any time.",
  },
  skipped: { vi: "Đã bỏ qua.", en: "Skipped." },
  atStart: { vi: "Đây là câu hỏi đầu tiên.", en: "This is the first question." },
  notUnderstood: {
    vi: "Tôi đã ghi lại câu trả lời của bạn.",
    en: "I noted your answer.",
  },
  summaryTitle: { vi: "TÓM TẮT BÁO TIN", en: "REPORT SUMMARY" },
  submitFailed: {
    vi: "Xin lỗi, chưa gửi được báo tin do lỗi hệ thống. Những gì bạn kể vẫn được lưu. Hãy thử gửi lại (chọn \"Gửi\"), hoặc gọi ngay 111.",
    en: "Sorry, the report could not be sent because of a system error. What you told me is kept. Try \"Send\" again, or call 111 now.",
  },
} satisfies Record<string, FlowText | { vi: string; en: string }>;

/** Button labels, by choice id. */
export const LABELS: Record<string, { vi: string; en: string }> = {
  yes: { vi: "Có", en: "Yes" },
  no: { vi: "Không", en: "No" },
  unknown: { vi: "Không rõ", en: "Not sure" },
  skip: { vi: "Bỏ qua", en: "Skip" },
  self: { vi: "Tôi là trẻ đó (em tự kể)", en: "I am the child" },
  family: { vi: "Gia đình, người thân", en: "Family" },
  neighbour: { vi: "Hàng xóm", en: "Neighbour" },
  teacher: { vi: "Thầy cô giáo", en: "Teacher" },
  other: { vi: "Người khác", en: "Someone else" },
  under_6: { vi: "Dưới 6 tuổi", en: "Under 6" },
  "6_11": { vi: "6-11 tuổi", en: "6-11" },
  "12_15": { vi: "12-15 tuổi", en: "12-15" },
  "16_17": { vi: "16-17 tuổi", en: "16-17" },
  male: { vi: "Bé trai", en: "Boy" },
  female: { vi: "Bé gái", en: "Girl" },
  now: { vi: "Đang xảy ra", en: "Happening now" },
  today: { vi: "Hôm nay", en: "Today" },
  this_week: { vi: "Trong tuần này", en: "This week" },
  earlier: { vi: "Lâu hơn", en: "Earlier" },
  anonymous: { vi: "Ẩn danh", en: "Anonymous" },
  done: { vi: "Xong", en: "Done" },
  submit: { vi: "Gửi", en: "Send" },
  back: { vi: "Quay lại sửa", en: "Go back and edit" },
  cancel: { vi: "Hủy", en: "Cancel" },
};

/** Summary field labels. */
export const FIELD_LABELS: Record<string, { vi: string; en: string }> = {
  dangerNow: { vi: "Nguy hiểm ngay lúc này", en: "In danger now" },
  reporter: { vi: "Người báo tin", en: "Reporter" },
  narrative: { vi: "Sự việc", en: "What happened" },
  age: { vi: "Tuổi", en: "Age" },
  sex: { vi: "Giới tính", en: "Sex" },
  place: { vi: "Nơi xảy ra", en: "Where" },
  when: { vi: "Thời gian", en: "When" },
  withPerson: { vi: "Đang ở cùng người đó", en: "With that person now" },
  contact: { vi: "Liên lạc", en: "Contact" },
  consent: { vi: "Đồng ý được liên lạc", en: "Consent to contact" },
  photos: { vi: "Ảnh", en: "Photos" },
  notGiven: { vi: "(không nêu)", en: "(not given)" },
};

/** Fills {name} placeholders. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, key: string) => (key in values ? String(values[key]) : m));
}
