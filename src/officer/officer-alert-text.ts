/**
 * What the officers' Telegram chat shows: alert lines and case summaries in Vietnamese, and
 * the inline buttons under them. A group chat is not a safe place for a report, so nothing
 * here ever carries the narrative, the reporter's contact or the child's name: code, risk,
 * category, province, age band, status and deadlines only. Officers read the narrative with
 * `npm run case -- show` (audited).
 */
import type { InlineKeyboardMarkup } from "grammy/types";
import { statusVi } from "../intake/cases/case-messages.ts";
import type { CaseSummary, EscalationAlert, FloodBatchAlert, NewCaseAlert } from "../intake/cases/case-types.ts";
import { floodSourceLabel } from "../intake/cases/flood-guard.ts";

/** The actions a button carries; callback data is "<prefix>:<action>:<code>", well under Telegram's 64 bytes. */
export const OFFICER_ACTIONS = ["claim", "open", "ack", "r111"] as const;
export type OfficerAction = (typeof OFFICER_ACTIONS)[number];
export const OFFICER_CALLBACK_PREFIX = "off";

export const RISK_VI: Readonly<Record<string, string>> = { emergency: "KHẨN CẤP", high: "Cao", medium: "Trung bình", low: "Thấp" };

/** Categories as officers read them (Law on Children 2016, Art. 4). */
export const CATEGORY_VI: Readonly<Record<string, string>> = {
  sexual_abuse: "Xâm hại tình dục",
  physical_violence: "Bạo lực thể chất",
  emotional_abuse: "Bạo lực tinh thần",
  neglect_abandonment: "Bỏ mặc, bỏ rơi",
  labour_exploitation: "Bóc lột lao động",
  trafficking_abduction: "Mua bán, bắt cóc trẻ em",
  child_marriage: "Tảo hôn",
  online_abuse: "Xâm hại trên môi trường mạng",
  bullying: "Bắt nạt",
  self_harm: "Tự gây hại",
  other: "Khác",
};

export const AGE_BAND_VI: Readonly<Record<string, string>> = { under_6: "dưới 6 tuổi", "6_11": "6-11 tuổi", "12_15": "12-15 tuổi", "16_17": "16-17 tuổi", unknown: "chưa rõ" };

const categoryVi = (category: string): string => CATEGORY_VI[category] ?? category;
const riskVi = (risk: string): string => RISK_VI[risk] ?? risk;

/** Minimal HTML escaping for Telegram's HTML parse mode. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Times in Vietnam's zone (UTC+7), as officers read them. */
export function vnTime(date: Date): string {
  const local = new Date(date.getTime() + 7 * 3_600_000);
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())} ${pad(local.getUTCDate())}/${pad(local.getUTCMonth() + 1)}/${local.getUTCFullYear()}`;
}

export function callbackData(action: OfficerAction, code: string): string {
  return `${OFFICER_CALLBACK_PREFIX}:${action}:${code}`;
}

/** Reads a button's data back; null for anything that is not an officer action. */
export function parseCallbackData(data: string): { action: OfficerAction; code: string } | null {
  const [prefix, action, code] = data.split(":");
  if (prefix !== OFFICER_CALLBACK_PREFIX || !code || !(OFFICER_ACTIONS as readonly string[]).includes(action ?? "")) return null;
  return { action: action as OfficerAction, code };
}

/** Claim, open and "referred to 111" on every alert; emergencies also get "acknowledge". */
export function alertKeyboard(code: string, emergency: boolean): InlineKeyboardMarkup {
  const rows = [
    [{ text: "✋ Nhận xử lý", callback_data: callbackData("claim", code) }, { text: "📄 Xem tóm tắt", callback_data: callbackData("open", code) }],
    [{ text: "📞 Đã chuyển 111", callback_data: callbackData("r111", code) }],
  ];
  if (emergency) rows.unshift([{ text: "✅ Đã biết (dừng nhắc)", callback_data: callbackData("ack", code) }]);
  return { inline_keyboard: rows };
}

/** A new case, or an emergency announced before the reporter finished. */
export function newCaseText(alert: NewCaseAlert): string {
  const emergency = alert.risk === "emergency";
  const head = alert.kind === "emergency_draft"
    ? "🚨 <b>KHẨN CẤP: tin báo đang được nhập</b> (người báo chưa gửi xong)"
    : alert.kind === "raised_emergency" ? "🚨 <b>CHUYỂN SANG KHẨN CẤP</b>: người báo vừa gửi thêm tin cho thấy trẻ đang gặp nguy hiểm"
    : alert.kind === "raised_risk" ? `⬆️ <b>NÂNG MỨC NGUY CƠ lên ${escapeHtml(riskVi(alert.risk))}</b>: người báo vừa gửi thêm tin`
    : emergency ? "🚨 <b>CA KHẨN CẤP MỚI</b>" : "🆕 <b>Ca mới</b>";
  return [
    head,
    `Mã: <code>${escapeHtml(alert.code)}</code>`,
    `Mức độ: ${escapeHtml(riskVi(alert.risk))}; loại: ${escapeHtml(categoryVi(alert.category))}`,
    `Tỉnh/thành: ${escapeHtml(alert.provinceName ?? "chưa rõ")}`,
    emergency ? "Cần can thiệp chậm nhất 12 giờ (Nghị định 56/2017/NĐ-CP, Điều 31). Hãy nhận xử lý hoặc bấm \"Đã biết\"." : "Bấm \"Nhận xử lý\" để nhận ca.",
  ].join("\n");
}

/** A deadline breach, or an emergency nobody has acknowledged yet. */
export function escalationText(alert: EscalationAlert): string {
  const code = `<code>${escapeHtml(alert.code)}</code>`;
  const risk = escapeHtml(riskVi(alert.risk));
  switch (alert.kind) {
    case "emergency_repeat":
      return `🚨 <b>NHẮC LẠI (lần ${alert.alertCount})</b>: ca khẩn cấp ${code} chưa có ai nhận.\nHạn tiếp nhận: ${vnTime(alert.dueAt)}. Hãy nhận xử lý hoặc bấm "Đã biết".`;
    case "ack_overdue":
      return `⏰ <b>QUÁ HẠN TIẾP NHẬN</b>: ca ${code} (mức ${risk}) chưa có ai nhận; hạn là ${vnTime(alert.dueAt)}.`;
    case "action_overdue":
      return `⏰ <b>QUÁ HẠN XỬ LÝ</b>: ca ${code} (mức ${risk}) chưa được chuyển tuyến hay can thiệp; hạn là ${vnTime(alert.dueAt)}.`;
  }
}

/** Codes listed in a flood message at most; the rest are counted. */
const FLOOD_CODES_SHOWN = 12;

function floodCodes(codes: readonly string[]): string {
  const shown = codes.slice(0, FLOOD_CODES_SHOWN).map((c) => `<code>${escapeHtml(c)}</code>`).join(", ");
  return codes.length > FLOOD_CODES_SHOWN ? `${shown} và ${codes.length - FLOOD_CODES_SHOWN} ca khác` : shown;
}

function minutesBetween(from: Date, to: Date): number {
  return Math.max(1, Math.ceil((to.getTime() - from.getTime()) / 60_000));
}

/**
 * One message for a batch of suspected-flood cases ("27 tin báo khẩn cấp từ cùng một nguồn
 * trong 10 phút"): they are stored and queued apart, and a real report may be among them.
 */
export function floodBatchText(batch: FloodBatchAlert): string {
  const minutes = minutesBetween(batch.firstAt, batch.lastAt);
  const what = batch.emergencies > 0
    ? `${batch.emergencies} tin báo khẩn cấp${batch.count > batch.emergencies ? ` (trong ${batch.count} tin báo)` : ""}`
    : `${batch.count} tin báo`;
  return [
    `⚠️ <b>NGHI NGỜ TIN BÁO HÀNG LOẠT</b>: ${what} từ cùng một nguồn trong ${minutes} phút (${vnTime(batch.firstAt)} – ${vnTime(batch.lastAt)}).`,
    `Nguồn: <code>${escapeHtml(floodSourceLabel(batch.group))}</code> (mã hoá, không phải địa chỉ). Các ca đã được lưu, đánh dấu "nghi ngờ hàng loạt" và xếp riêng trong hàng đợi; không gửi cảnh báo từng ca.`,
    "Hãy xem nhanh: trong đó vẫn có thể có tin báo thật.",
    `Mã: ${floodCodes(batch.codes)}`,
  ].join("\n");
}

/** One message for the deadline breaches of one suspected-flood group (same kind). */
export function floodEscalationText(alerts: readonly EscalationAlert[]): string {
  const first = alerts[0]!;
  const head = first.kind === "action_overdue" ? "⏰ <b>QUÁ HẠN XỬ LÝ</b>" : first.kind === "ack_overdue" ? "⏰ <b>QUÁ HẠN TIẾP NHẬN</b>" : "🚨 <b>NHẮC LẠI</b>";
  const emergencies = alerts.filter((a) => a.risk === "emergency").length;
  return [
    `${head}: ${alerts.length} ca nghi ngờ hàng loạt từ cùng một nguồn (<code>${escapeHtml(floodSourceLabel(first.floodGroup ?? ""))}</code>)${emergencies > 0 ? `, ${emergencies} ca mức KHẨN CẤP` : ""}, chưa ai xử lý.`,
    `Mã: ${floodCodes(alerts.map((a) => a.code))}`,
  ].join("\n");
}

/** "Open": the case as a group chat may show it. No narrative, no contact, no free-text place. */
export function summaryText(c: CaseSummary): string {
  return [
    `📄 <b>Tóm tắt ca</b> <code>${escapeHtml(c.code)}</code>`,
    `Mức độ: ${escapeHtml(riskVi(c.risk))}; loại: ${escapeHtml(categoryVi(c.category))}`,
    `Trạng thái: ${escapeHtml(statusVi(c.status))}${c.assigneeId ? `; phụ trách: ${escapeHtml(c.assigneeId)}` : "; chưa ai nhận"}`,
    `Tỉnh/thành: ${escapeHtml(c.provinceName ?? "chưa rõ")}`,
    `Độ tuổi của trẻ: ${escapeHtml(AGE_BAND_VI[c.childAgeBand ?? "unknown"] ?? "chưa rõ")}`,
    `Tiếp nhận lúc: ${vnTime(c.createdAt)}`,
    `Hạn tiếp nhận: ${vnTime(c.ackDueAt)}${c.ackBreachedAt ? " ⚠️ QUÁ HẠN" : ""}${c.acknowledgedAt ? " (đã tiếp nhận)" : ""}`,
    `Hạn xử lý: ${vnTime(c.actionDueAt)}${c.actionBreachedAt ? " ⚠️ QUÁ HẠN" : ""}`,
    "Nội dung tin báo không hiển thị trong nhóm. Xem bằng: <code>npm run case -- show " + escapeHtml(c.code) + " --officer TÊN</code>",
  ].join("\n");
}

/** The prompt an officer answers (as a reply) with 111's case number; the code in it is read back from the reply. */
export function ask111RefText(code: string): string {
  return `📞 Ca <code>${escapeHtml(code)}</code>: trả lời (reply) tin nhắn này bằng mã hồ sơ của Tổng đài 111. Nếu 111 không cho mã, trả lời "không có".`;
}

/** Reads the case code back from a message the bot sent (the reply's original). */
export function codeInText(text: string | undefined): string | null {
  return /\bTE-[A-Z0-9]{6}\b/.exec(text ?? "")?.[0] ?? null;
}
