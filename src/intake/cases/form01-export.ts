/**
 * One case as the report record of Decree 56/2017/NĐ-CP, Form 01 (the receiver's record of
 * a report or notification of child abuse, Art. 25): the receiving body, when and how it was
 * received, who reported (or that they stayed anonymous), the child, where and when, what
 * happened, the danger now, the first classification, what has been done and where the case
 * was referred. `form01Document` gives the numbered sections in Vietnamese words only (no
 * internal codes or triage rule names), which the text, the DOCX (form01-docx.ts) and the A4
 * print view all render; JSON (with codes) is for another system.
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
import { CATEGORY_VI } from "../triage/triage-summary.ts";
import { ageInNote, childrenOf, peopleOf, personNote, placeWordsBeyond, RELATION_VI, ROLE_VI, SOURCE_VI } from "./case-people.ts";
import type { CaseChild, CasePerson, IntakeSource } from "./case-types.ts";

export const FORM01_TITLE = "Mẫu số 01: Phiếu ghi chép thông tin báo cáo, thông báo về trẻ em bị xâm hại hoặc có nguy cơ bị xâm hại (Nghị định 56/2017/NĐ-CP)";
export const DEFAULT_RECEIVING_BODY = "Bộ phận tiếp nhận tin báo bảo vệ trẻ em (hệ thống báo tin trực tuyến)";

const RELATION_REPORTER_VI: Readonly<Record<string, string>> = { self: "chính trẻ em", family: "người thân trong gia đình", neighbour: "hàng xóm", teacher: "giáo viên", other: "khác" };
const WHEN_VI: Readonly<Record<string, string>> = { now: "đang xảy ra", soon: "sắp xảy ra (tối nay, ngày mai)", today: "hôm nay", this_week: "mấy ngày gần đây", repeated: "nhiều lần, vẫn tiếp diễn", earlier: "đã lâu" };
const ATTACHMENT_VI: Readonly<Record<string, string>> = { photo: "ảnh", voice: "tin nhắn thoại", sticker: "nhãn dán", file: "tệp" };
const SEX_VI: Readonly<Record<string, string>> = { male: "nam", female: "nữ", unknown: "chưa rõ" };
const AGE_VI: Readonly<Record<string, string>> = { under_6: "dưới 6 tuổi", "6_11": "6–11 tuổi", "12_15": "12–15 tuổi", "16_17": "16–17 tuổi", unknown: "chưa rõ" };
const TRI_VI: Readonly<Record<string, string>> = { yes: "có", no: "không", unknown: "chưa rõ" };
const RISK_VI: Readonly<Record<string, string>> = { emergency: "khẩn cấp", high: "cao", medium: "trung bình", low: "thấp" };
const CHANNEL_VI: Readonly<Record<string, string>> = { telegram: "tin nhắn Telegram", zalo: "tin nhắn Zalo", web: "trò chuyện trên trang web", officer: "cán bộ tiếp nhận ghi lại" };
const METHOD_VI: Readonly<Record<string, string>> = { phone: "điện thoại", message: "tin nhắn", webhook: "gửi điện tử (webhook)" };
const REFERRAL_STATUS_VI: Readonly<Record<string, string>> = { draft: "chờ gửi", sent: "đã gửi", acknowledged: "nơi nhận đã biết", accepted: "nơi nhận đã nhận xử lý", declined: "nơi nhận từ chối", completed: "đã hoàn thành" };

/** The fields of Form 01, as JSON. */
export interface Form01 {
  form: string;
  caseCode: string;
  receivingBody: string;
  receivedAt: string;
  receivedVia: string;
  /** For a case an officer recorded: how it came in, and 111's (or a letter's) reference. */
  source: { kind: IntakeSource; reference: string | null; enteredBy: string } | null;
  reporter: { anonymous: boolean; name: string | null; relation: string | null; contact: string | null; consentToContact: boolean | null };
  child: { ageBand: string | null; ageAsReported: string | null; sex: string | null };
  /** Every child of the case (a chat case has one). */
  children: CaseChild[];
  /** The people involved: the person said to harm, caregivers. */
  people: CasePerson[];
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
  const intake = c.details.intake;
  return {
    form: FORM01_TITLE, caseCode: c.code, receivingBody: options.receivingBody ?? DEFAULT_RECEIVING_BODY,
    receivedAt: (c.submittedAt ?? c.createdAt).toISOString(), receivedVia: intake ? `cán bộ tiếp nhận ghi lại (${SOURCE_VI[intake.source]})` : CHANNEL_VI[c.channel] ?? c.channel,
    source: intake ? { kind: intake.source, reference: intake.reference, enteredBy: intake.enteredBy } : null,
    reporter: { anonymous: c.anonymous, name: c.anonymous ? null : intake?.reporterName ?? null, relation: c.reporterRelation, contact: c.anonymous ? null : c.contact, consentToContact: c.consentToContact },
    child: { ageBand: c.childAgeBand, ageAsReported: c.details.childAgeText, sex: c.childSex },
    children: childrenOf(c), people: peopleOf(c),
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
export function vnTime(iso: string | null): string {
  if (!iso) return "chưa có";
  const d = new Date(new Date(iso).getTime() + 7 * 3_600_000);
  const p = (n: number) => String(n).padStart(2, "0");
  return `${p(d.getUTCHours())} giờ ${p(d.getUTCMinutes())}, ngày ${p(d.getUTCDate())}/${p(d.getUTCMonth() + 1)}/${d.getUTCFullYear()}`;
}

const or = (value: string | null | undefined, fallback = "chưa rõ"): string => (value && value.trim() ? value : fallback);
const word = (words: Readonly<Record<string, string>>, code: string | null | undefined, fallback = "chưa rõ"): string => (code ? words[code] ?? fallback : fallback);

/** One numbered section of the form: lines of "label: value" (an empty label is a plain line), listed items, and free text. */
export interface Form01Section {
  number: number;
  heading: string;
  rows: Array<[label: string, value: string]>;
  items: string[];
  /** The narrative as told, kept with its line breaks. */
  text?: string;
}

/** The form as a document: title, sections in Vietnamese words only (no internal codes or rule names), and the closing lines. */
export interface Form01Document {
  title: string;
  caseCode: string;
  sections: Form01Section[];
  footer: string;
  signatures: [string, string];
}

function childLine(child: CaseChild, i: number): string {
  const age = word(AGE_VI, child.ageBand);
  // "8" typed as the age is said as an age, beside the band; any other note as a description.
  const years = ageInNote(child.note);
  const told = years !== null ? `, người báo nói ${years} tuổi` : "";
  const note = years === null && child.note?.trim() ? `; mô tả: ${child.note.trim()}` : "";
  return `Trẻ thứ ${i + 1}: độ tuổi ${age}${told}; giới tính ${word(SEX_VI, child.sex)}${note}`;
}

function personLine(p: CasePerson): string {
  const note = personNote(p);
  return `${ROLE_VI[p.role]}: ${p.relation ? RELATION_VI[p.relation] : "chưa rõ quan hệ"}${note ? ` (${note})` : ""}`;
}

function attachmentsLine(attachments: Form01["attachments"]): string {
  if (attachments.length === 0) return "không";
  const counts = new Map<string, number>();
  for (const a of attachments) counts.set(a.kind, (counts.get(a.kind) ?? 0) + 1);
  return [...counts].map(([kind, n]) => `${n} ${ATTACHMENT_VI[kind] ?? "tệp"}`).join(", ");
}

/** The record as the sections of Form 01 (pure): what the print view, the DOCX and the text all show. */
export function form01Document(f: Form01): Form01Document {
  const reporterRows: Array<[string, string]> = f.reporter.anonymous
    ? [["", "Người báo tin đề nghị giấu tên (ẩn danh)."]]
    : [
      ["Họ tên", or(f.reporter.name, "không ghi")], ["Quan hệ với trẻ", word(RELATION_REPORTER_VI, f.reporter.relation)], ["Liên hệ", or(f.reporter.contact, "không để lại")],
      ["Đồng ý được liên hệ lại", f.reporter.consentToContact === null ? "chưa rõ" : f.reporter.consentToContact ? "có" : "không"],
    ];
  const children = f.children.length ? f.children : [{ ageBand: f.child.ageBand, sex: f.child.sex, note: f.child.ageAsReported } as CaseChild];
  const sections: Array<Omit<Form01Section, "number">> = [
    { heading: "Cơ quan, tổ chức tiếp nhận", rows: [["", f.receivingBody]], items: [] },
    {
      heading: "Thời gian tiếp nhận", items: [],
      rows: [["", vnTime(f.receivedAt)], ["Hình thức", f.receivedVia], ...(f.source?.reference ? [[f.source.kind === "hotline_111" ? "Số hồ sơ của Tổng đài 111" : "Số văn bản, số hồ sơ", f.source.reference] as [string, string]] : [])],
    },
    { heading: "Thông tin người báo tin", rows: reporterRows, items: [] },
    { heading: "Thông tin trẻ em", rows: [], items: children.map(childLine) },
    { heading: "Người liên quan", rows: f.people.length ? [] : [["", "chưa rõ"]], items: f.people.map(personLine) },
    {
      heading: "Địa điểm, thời gian xảy ra", items: [],
      rows: [["Nơi xảy ra", [f.place.commune, f.place.province].filter(Boolean).join(", ") || "chưa rõ"], ...(placeWordsBeyond(f.place.asReported, f.place.province, f.place.commune) ? [["Người báo tả", f.place.asReported!] as [string, string]] : []),
        ["Thời gian xảy ra", f.whenItHappened ? WHEN_VI[f.whenItHappened] ?? f.whenItHappened : "chưa rõ"]],
    },
    {
      heading: "Nội dung sự việc (theo lời người báo tin)", rows: [], text: or(f.narrative, "(trống)"),
      items: f.additions.map((a) => `Bổ sung lúc ${vnTime(a.at)}: ${a.text ?? ""}${a.attachments ? ` (kèm ${a.attachments} tệp)` : ""}`),
    },
    {
      heading: "Tình trạng hiện tại",
      rows: [["Trẻ đang gặp nguy hiểm", word(TRI_VI, f.currentSituation.dangerNow)], ["Trẻ đang ở cùng người gây hại", word(TRI_VI, f.currentSituation.withPersonNow)],
        ["Dấu hiệu nguy hiểm", [...new Set(f.currentSituation.redFlags.map((flag) => redFlagText(flag)))].join("; ") || "không"]],
      items: [],
    },
    {
      heading: "Phân loại ban đầu",
      rows: [["Mức độ nguy cơ", word(RISK_VI, f.initialClassification.risk)], ["Loại xâm hại", word(CATEGORY_VI, f.initialClassification.category, "khác")]],
      items: f.reclassifications.map((r) => `Phân loại lại lúc ${vnTime(r.at)}, ${r.officer}: mức độ ${word(RISK_VI, r.risk)}; loại ${word(CATEGORY_VI, r.category, "khác")}. Lý do: ${r.reason}`),
    },
    {
      heading: "Các việc đã làm",
      rows: [["Tình trạng", statusVi(f.actionsTaken.status)], ["Người phụ trách", or(f.actionsTaken.assignee, "chưa có")], ["Xác nhận tiếp nhận lúc", vnTime(f.actionsTaken.acknowledgedAt)],
        ["Hạn tiếp nhận", vnTime(f.actionsTaken.ackDueAt)], ["Hạn xử lý", vnTime(f.actionsTaken.actionDueAt)]],
      items: f.actionsTaken.notes.map((n) => `${vnTime(n.at)}, ${n.officer}: ${n.text}`),
    },
    {
      heading: "Chuyển tuyến", rows: f.referrals.length === 0 ? [["", "chưa chuyển"]] : [],
      items: f.referrals.map((r) => `${REFERRAL_TARGET_VI[r.target as keyof typeof REFERRAL_TARGET_VI] ?? "cơ quan khác"}${r.targetName ? ` (${r.targetName})` : ""}, qua ${word(METHOD_VI, r.method, "cách khác")}, ${word(REFERRAL_STATUS_VI, r.status)}${r.externalRef ? `, mã hồ sơ của nơi nhận: ${r.externalRef}` : ""}${r.sentAt ? `, gửi lúc ${vnTime(r.sentAt)}` : ""}`),
    },
    { heading: "Tài liệu kèm theo", rows: [["", attachmentsLine(f.attachments)]], items: [] },
  ];
  return {
    title: f.form, caseCode: f.caseCode, sections: sections.map((section, i) => ({ number: i + 1, ...section })),
    footer: `Xuất lúc ${vnTime(f.exportedAt)} bởi ${f.exportedBy}. Thông tin bí mật đời sống riêng tư của trẻ em: không công bố (Luật Trẻ em 2016).`,
    signatures: ["Người báo tin (nếu có)", "Người ghi phiếu (ký, ghi rõ họ tên)"],
  };
}

/** The record as printed text, numbered as the form's sections. */
export function renderForm01Text(f: Form01): string {
  const doc = form01Document(f);
  const lines = [doc.title.toUpperCase(), `Mã hồ sơ: ${doc.caseCode}`, ""];
  for (const s of doc.sections) {
    const [first, ...rest] = s.rows;
    const inline = first && first[0] === "" ? first[1] : null;
    lines.push(`${s.number}. ${s.heading}:${inline !== null ? ` ${inline}` : ""}`);
    for (const [label, value] of inline !== null ? rest : s.rows) lines.push(label ? `   ${label}: ${value}`.trimEnd() : `   ${value}`);
    if (s.text !== undefined) lines.push(s.text);
    for (const item of s.items) lines.push(`   - ${item}`);
  }
  lines.push("", doc.footer);
  return lines.join("\n");
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
