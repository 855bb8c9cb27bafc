/**
 * The sentences of the draft review page in Vietnamese (the default) and English, kept apart
 * from the shared dashboard texts so this page can change without touching the others.
 */
import type { Lang } from "./dashboard-labels.ts";

const VI = {
  title: "Duyệt dữ kiện do mô hình soạn",
  intro: "Mô hình ngôn ngữ đã đọc các kế hoạch mà bộ phân tích chưa hiểu và đề xuất phân công dưới đây. Chỉ dữ kiện đã duyệt mới được dùng trong câu trả lời; khi duyệt, hệ thống kiểm tra lại trích dẫn có nguyên văn trong kế hoạch.",
  filterLegend: "Lọc bản nháp",
  statusLabel: "Trạng thái",
  filter: "Lọc",
  statusChoice: { unreviewed: "Chưa duyệt", approved: "Đã duyệt", rejected: "Đã từ chối", all: "Tất cả" } as Readonly<Record<string, string>>,
  status: { unreviewed: "chưa duyệt", approved: "đã duyệt", rejected: "đã từ chối" } as Readonly<Record<string, string>>,
  role: { lead: "Chủ trì", coordinate: "Phối hợp", responsible: "Chịu trách nhiệm", requested: "Được đề nghị tham gia" } as Readonly<Record<string, string>>,
  none: "Không có bản nháp nào ở trạng thái này.",
  planHeading: (doc: string, version: number) => `Kế hoạch ${doc}, phiên bản ${version}`,
  caption: (doc: string, n: number) => `${n} bản nháp của kế hoạch ${doc}`,
  cSelect: "Chọn",
  cAgency: "Cơ quan (như văn bản ghi)",
  cRegistry: "Trong danh mục",
  cRole: "Vai trò",
  cSection: "Mục",
  cQuote: "Trích dẫn",
  cStatus: "Trạng thái",
  cReviewed: "Người duyệt, lúc",
  select: (n: number) => `Chọn bản nháp ${n}`,
  notInRegistry: "chưa có trong danh mục",
  noSection: "—",
  notReviewed: "—",
  reviewedBy: (who: string, at: string) => `${who}, ${at}`,
  approve: "Duyệt",
  reject: "Từ chối",
  decide: "Quyết định cho các bản nháp đã chọn",
  done: { approved: (n: number) => `Đã duyệt ${n} bản nháp; các dữ kiện này đã được dùng trong câu trả lời.`, rejected: (n: number) => `Đã từ chối ${n} bản nháp.` },
  noneSelected: "Chưa chọn bản nháp nào; hãy đánh dấu ít nhất một bản nháp.",
  badDecision: "Quyết định không hợp lệ (chỉ Duyệt hoặc Từ chối).",
  alreadyReviewed: (ids: string) => `Các bản nháp này đã được xem xét trước đó: ${ids}. Không có gì thay đổi.`,
  refused: (reason: string) => `Không thực hiện được; không có gì thay đổi. Lý do: ${reason}`,
};

export type DraftTexts = typeof VI;

const EN: DraftTexts = {
  title: "Review model-drafted facts",
  intro: "A language model read plans the parser does not understand and proposed the assignments below. Only approved facts are used in answers; approval re-checks that the quote is verbatim in the plan.",
  filterLegend: "Filter drafts",
  statusLabel: "Status",
  filter: "Filter",
  statusChoice: { unreviewed: "Unreviewed", approved: "Approved", rejected: "Rejected", all: "All" },
  status: { unreviewed: "unreviewed", approved: "approved", rejected: "rejected" },
  role: { lead: "Leads", coordinate: "Coordinates", responsible: "Responsible", requested: "Requested to take part" },
  none: "No draft has this status.",
  planHeading: (doc, version) => `Plan ${doc}, version ${version}`,
  caption: (doc, n) => `${n} draft${n === 1 ? "" : "s"} of plan ${doc}`,
  cSelect: "Select",
  cAgency: "Agency (as written)",
  cRegistry: "In the registry",
  cRole: "Role",
  cSection: "Section",
  cQuote: "Quote",
  cStatus: "Status",
  cReviewed: "Reviewed by, at",
  select: (n) => `Select draft ${n}`,
  notInRegistry: "not in the registry",
  noSection: "—",
  notReviewed: "—",
  reviewedBy: (who, at) => `${who}, ${at}`,
  approve: "Approve",
  reject: "Reject",
  decide: "Decision for the selected drafts",
  done: { approved: (n) => `Approved ${n} draft${n === 1 ? "" : "s"}; these facts are now used in answers.`, rejected: (n) => `Rejected ${n} draft${n === 1 ? "" : "s"}.` },
  noneSelected: "No draft selected; tick at least one draft.",
  badDecision: "Invalid decision (only Approve or Reject).",
  alreadyReviewed: (ids) => `These drafts were already reviewed: ${ids}. Nothing was changed.`,
  refused: (reason) => `Not done; nothing was changed. Reason: ${reason}`,
};

/** The draft page's texts in the officer's language. */
export function draftTexts(lang: Lang): DraftTexts {
  return lang === "en" ? EN : VI;
}
