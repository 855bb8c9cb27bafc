/**
 * One case as the report record of Decree 56/2017/NĐ-CP, Form 01 (the receiver's record of
 * a report or notification of child abuse, Art. 25): the receiving body, when and how it was
 * received, who reported (or that they stayed anonymous), the child, where and when, what
 * happened, the danger now, the first classification, what has been done and where the case
 * was referred. Plain Vietnamese text for printing and JSON for another system.
 *
 * The record holds the narrative, so exporting it is an audited read: it goes through the
 * queue's `show`, which records who opened the case.
 */
import { statusVi } from "./case-messages.ts";
import type { CaseQueue } from "./case-queue-service.ts";
import type { CaseDetailView, CaseRefusal } from "./case-types.ts";
import type { ReferralService } from "./referral-service.ts";
import { redFlagText } from "../triage/red-flags.ts";
import { REFERRAL_TARGET_VI, type ReferralRecord } from "./referral-types.ts";

export const FORM01_TITLE = "Mẫu số 01: Phiếu ghi chép thông tin báo cáo, thông báo về trẻ em bị xâm hại hoặc có nguy cơ bị xâm hại (Nghị định 56/2017/NĐ-CP)";
export const DEFAULT_RECEIVING_BODY = "Bộ phận tiếp nhận tin báo bảo vệ trẻ em (hệ thống báo tin trực tuyến)";

const RELATION_VI: Readonly<Record<string, string>> = { self: "chính trẻ em", family: "người thân trong gia đình", neighbour: "hàng xóm", teacher: "giáo viên", other: "khác" };
const SEX_VI: Readonly<Record<string, string>> = { male: "nam", female: "nữ", unknown: "chưa rõ" };
const AGE_VI: Readonly<Record<string, string>> = { under_6: "dưới 6 tuổi", "6_11": "6-11 tuổi", "12_15": "12-15 tuổi", "16_17": "16-17 tuổi", unknown: "chưa rõ" };
const TRI_VI: Readonly<Record<string, string>> = { yes: "có", no: "không", unknown: "chưa rõ" };
const RISK_VI: Readonly<Record<string, string>> = { emergency: "khẩn cấp", high: "cao", medium: "trung bình", low: "thấp" };
const CHANNEL_VI: Readonly<Record<string, string>> = { telegram: "tin nhắn Telegram", zalo: "tin nhắn Zalo", web: "trò chuyện trên trang web" };
const METHOD_VI: Readonly<Record<string, string>> = { phone: "điện thoại", message: "tin nhắn", webhook: "gửi điện tử (webhook)" };
const REFERRAL_STATUS_VI: Readonly<Record<string, string>> = { draft: "chờ gửi", sent: "đã gửi", acknowledged: "nơi nhận đã biết", accepted: "nơi nhận đã nhận xử lý", declined: "nơi nhận từ chối", completed: "đã hoàn thành" };

/** The fields of Form 01, as JSON. */
export interface Form01 {
  form: string;
  caseCode: string;
  receivingBody: string;
  receivedAt: string;
  receivedVia: string;
  reporter: { anonymous: boolean; relation: string | null; contact: string | null; consentToContact: boolean | null };
  child: { ageBand: string | null; ageAsReported: string | null; sex: string | null };
  place: { province: string | null; commune: string | null; asReported: string | null };
  whenItHappened: string | null;
  narrative: string;
  additions: Array<{ at: string; text: string | null; attachments: number }>;
  currentSituation: { dangerNow: string | null; withPersonNow: string | null; redFlags: string[] };
  initialClassification: { risk: string; category: string; reasons: string[] };
  /** Officers' later changes of risk or category, with their reasons. */
  reclassifications: Array<{ at: string; officer: string; risk: string; category: string; reason: string }>;
  actionsTaken: { status: string; assignee: string | null; acknowledgedAt: string | null; ackDueAt: string; actionDueAt: string; notes: Array<{ at: string; officer: string; text: string }> };
  referrals: Array<{ target: string; targetName: string | null; method: string; status: string; externalRef: string | null; sentAt: string | null }>;
  attachments: Array<{ kind: string }>;
  exportedAt: string;
  exportedBy: string;
}

export interface Form01Options {
  receivingBody?: string;
  exportedBy: string;
  exportedAt: Date;
}

/** Builds the record from an opened case and its referrals (pure). */
export function buildForm01(view: CaseDetailView, referrals: readonly ReferralRecord[], options: Form01Options): Form01 {
  const c = view.case;
  return {
    form: FORM01_TITLE, caseCode: c.code, receivingBody: options.receivingBody ?? DEFAULT_RECEIVING_BODY,
    receivedAt: (c.submittedAt ?? c.createdAt).toISOString(), receivedVia: CHANNEL_VI[c.channel] ?? c.channel,
    reporter: { anonymous: c.anonymous, relation: c.reporterRelation, contact: c.anonymous ? null : c.contact, consentToContact: c.consentToContact },
    child: { ageBand: c.childAgeBand, ageAsReported: c.details.childAgeText, sex: c.childSex },
    place: { province: c.provinceName, commune: c.commune, asReported: c.details.locationText },
    whenItHappened: c.details.when,
    narrative: [c.narrative, ...c.details.extraNotes].filter((t) => t.trim().length > 0).join("\n"),
    additions: view.additions.map((a) => ({ at: a.createdAt.toISOString(), text: a.text, attachments: a.attachments.length })),
    currentSituation: { dangerNow: c.details.dangerNow, withPersonNow: c.details.withPersonNow, redFlags: c.redFlags },
    initialClassification: { risk: view.triageChanges[0]?.fromRisk ?? c.risk, category: view.triageChanges[0]?.fromCategory ?? c.category, reasons: c.reasons },
    reclassifications: view.triageChanges.map((t) => ({ at: t.createdAt.toISOString(), officer: t.officer, risk: t.toRisk, category: t.toCategory, reason: t.reason })),
    actionsTaken: {
      status: c.status, assignee: c.assigneeId, acknowledgedAt: c.acknowledgedAt?.toISOString() ?? null, ackDueAt: c.ackDueAt.toISOString(), actionDueAt: c.actionDueAt.toISOString(),
      notes: view.notes.map((n) => ({ at: n.createdAt.toISOString(), officer: n.officer, text: n.text })),
    },
    referrals: referrals.map((r) => ({ target: r.target, targetName: r.targetName, method: r.method, status: r.status, externalRef: r.externalRef, sentAt: r.sentAt?.toISOString() ?? null })),
    attachments: c.attachments.map((a) => ({ kind: a.kind })),
    exportedAt: options.exportedAt.toISOString(), exportedBy: options.exportedBy,
  };
}

/** Times on the printed form are Vietnam time (UTC+7). */
function vn(iso: string | null): string {
  if (!iso) return "chưa có";
  const d = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCHours())} giờ ${p(d.getUTCMinutes())}, ngày ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

const or = (value: string | null | undefined, fallback = "chưa rõ"): string => (value && value.trim() ? value : fallback);

/** The record as printed text, numbered as the form's sections. */
export function renderForm01Text(f: Form01): string {
  const reporter = f.reporter.anonymous
    ? "Người báo tin đề nghị giấu tên (ẩn danh)."
    : `Quan hệ với trẻ: ${RELATION_VI[f.reporter.relation ?? ""] ?? or(f.reporter.relation)}; liên hệ: ${or(f.reporter.contact, "không để lại")}; đồng ý được liên hệ lại: ${f.reporter.consentToContact === null ? "chưa rõ" : f.reporter.consentToContact ? "có" : "không"}.`;
  return [
    f.form.toUpperCase(), `Mã hồ sơ: ${f.caseCode}`, "",
    `1. Cơ quan, tổ chức tiếp nhận: ${f.receivingBody}`,
    `2. Thời gian tiếp nhận: ${vn(f.receivedAt)}; hình thức: ${f.receivedVia}`,
    `3. Thông tin người báo tin: ${reporter}`,
    `4. Thông tin trẻ em: độ tuổi ${AGE_VI[f.child.ageBand ?? ""] ?? "chưa rõ"}${f.child.ageAsReported ? ` (người báo ghi: ${f.child.ageAsReported})` : ""}; giới tính ${SEX_VI[f.child.sex ?? ""] ?? "chưa rõ"}.`,
    `5. Địa điểm xảy ra: ${[f.place.commune, f.place.province].filter(Boolean).join(", ") || "chưa rõ"}${f.place.asReported ? ` (người báo ghi: ${f.place.asReported})` : ""}`,
    `6. Thời gian xảy ra: ${or(f.whenItHappened)}`,
    "7. Nội dung sự việc (theo lời người báo tin):", or(f.narrative, "(trống)"),
    ...f.additions.map((a) => `   Bổ sung lúc ${vn(a.at)}: ${a.text ?? ""}${a.attachments ? ` [kèm ${a.attachments} tệp]` : ""}`),
    `8. Tình trạng hiện tại: trẻ đang gặp nguy hiểm: ${TRI_VI[f.currentSituation.dangerNow ?? ""] ?? "chưa rõ"}; trẻ đang ở cùng người gây hại: ${TRI_VI[f.currentSituation.withPersonNow ?? ""] ?? "chưa rõ"}; dấu hiệu: ${f.currentSituation.redFlags.map((flag) => redFlagText(flag)).join("; ") || "không"}.`,
    `9. Phân loại ban đầu: mức độ ${RISK_VI[f.initialClassification.risk] ?? f.initialClassification.risk}; loại ${f.initialClassification.category}.`,
    ...f.initialClassification.reasons.map((r) => `   - ${r}`),
    ...f.reclassifications.map((r) => `   Phân loại lại lúc ${vn(r.at)}, ${r.officer}: mức độ ${RISK_VI[r.risk] ?? r.risk}; loại ${r.category}. Lý do: ${r.reason}`),
    `10. Các việc đã làm: trạng thái ${statusVi(f.actionsTaken.status)}; người phụ trách ${or(f.actionsTaken.assignee, "chưa có")}; tiếp nhận lúc ${vn(f.actionsTaken.acknowledgedAt)}; hạn tiếp nhận ${vn(f.actionsTaken.ackDueAt)}; hạn xử lý ${vn(f.actionsTaken.actionDueAt)}.`,
    ...f.actionsTaken.notes.map((n) => `   - ${vn(n.at)}, ${n.officer}: ${n.text}`),
    `11. Chuyển tuyến: ${f.referrals.length === 0 ? "chưa chuyển" : ""}`,
    ...f.referrals.map((r) => `   - ${REFERRAL_TARGET_VI[r.target as keyof typeof REFERRAL_TARGET_VI] ?? r.target}${r.targetName ? ` (${r.targetName})` : ""}, qua ${METHOD_VI[r.method] ?? r.method}, ${REFERRAL_STATUS_VI[r.status] ?? r.status}${r.externalRef ? `, mã hồ sơ của nơi nhận: ${r.externalRef}` : ""}${r.sentAt ? `, gửi lúc ${vn(r.sentAt)}` : ""}`),
    `12. Tài liệu kèm theo: ${f.attachments.length ? f.attachments.map((a) => a.kind).join(", ") : "không"}`,
    "", `Xuất lúc ${vn(f.exportedAt)} bởi ${f.exportedBy}. Thông tin bí mật đời sống riêng tư của trẻ em: không công bố (Luật Trẻ em 2016).`,
  ].join("\n");
}

/** Opens the case (audited by the queue) and its referrals, and builds the record. */
export async function exportForm01(
  deps: { queue: CaseQueue; referrals: ReferralService; clock?: () => Date },
  officer: string, code: string, receivingBody?: string,
): Promise<{ ok: true; value: Form01 } | CaseRefusal> {
  const shown = await deps.queue.show(officer, code, "form01");
  if (!shown.ok) return shown;
  const listed = await deps.referrals.list(officer, shown.value.case.code);
  const referrals = listed.ok ? listed.value : [];
  return { ok: true, value: buildForm01(shown.value, referrals, { receivingBody, exportedBy: officer, exportedAt: (deps.clock ?? (() => new Date()))() }) };
}
