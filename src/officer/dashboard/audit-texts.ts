/**
 * The audit page's words in Vietnamese and English: the filters, the actions the dashboard's
 * own reads record (search, export), and the details the services write in their own short
 * form ("narrative shown", "-> triaged", "3 cases") said in words.
 */
import type { Labels, Lang } from "./dashboard-labels.ts";
import { caseworkTextsFor } from "./casework-texts.ts";

const VI = {
  filters: "Lọc nhật ký", officer: "Người làm (tên đăng nhập)", caseCode: "Mã hồ sơ", action: "Thao tác", anyAction: "Mọi thao tác", from: "Từ ngày", to: "Đến ngày",
  filter: "Lọc", download: "Tải nhật ký đang lọc (CSV)", shown: (n: number, total: number) => `${n} dòng (trong ${total} bản ghi khớp bộ lọc)`,
  folded: "Một lần mở hồ sơ là một dòng: các lần trang hồ sơ tự đọc chuyển tuyến và nhật ký của nó được gộp vào dòng đó.",
  actions: { search: "tìm hồ sơ", export: "tải danh sách hồ sơ", audit_export: "tải nhật ký" } as Readonly<Record<string, string>>,
  details: {
    "narrative shown": "xem cả nội dung tin báo", "summary shown": "chỉ xem tóm tắt", "form 01 exported": "xuất Mẫu số 01", not_found: "không tìm thấy hồ sơ",
  } as Readonly<Record<string, string>>,
  cases: (n: string) => `${n} hồ sơ`, phone: "số điện thoại", code: "mã", place: "địa danh", withNarratives: "kèm nội dung tin báo", withSearch: "theo tìm kiếm",
};

export type AuditTexts = typeof VI;

const EN: AuditTexts = {
  filters: "Filter the log", officer: "Who (username)", caseCode: "Case code", action: "Action", anyAction: "Every action", from: "From", to: "To",
  filter: "Filter", download: "Download the filtered log (CSV)", shown: (n, total) => `${n} rows (of ${total} records matching the filters)`,
  folded: "Opening a case is one row: the case page's own reads of its referrals and its log are folded into it.",
  actions: { search: "searched cases", export: "downloaded a case list", audit_export: "downloaded the log" },
  details: { "narrative shown": "read the whole report", "summary shown": "summary only", "form 01 exported": "exported Form 01", not_found: "no such case" },
  cases: (n) => `${n} case${n === "1" ? "" : "s"}`, phone: "phone number", code: "code", place: "place", withNarratives: "with the reports", withSearch: "from a search",
};

export function auditTextsFor(lang: Lang): AuditTexts {
  return lang === "en" ? EN : VI;
}

/** An action in words: the dashboard's own first, then the shared labels (an unknown one as it is). */
export function actionLabel(action: string, at: AuditTexts, l: Labels): string {
  return at.actions[action] ?? l.auditAction(action);
}

/** A stored detail in words: known phrases translated, "-> status" with the status's name, counts in words. */
export function detailText(detail: string | null, at: AuditTexts, l: Labels): string {
  if (!detail) return "";
  const known = at.details[detail];
  if (known) return known;
  // A closing's reason ("duplicate TE-…") and a task's kind, as the case page names them.
  const casework = caseworkTextsFor(at === EN ? "en" : "vi");
  const [first, ...rest] = detail.split(" ");
  const named = casework.closureReason[first!] ?? casework.taskKind[first!];
  if (named) return [named, ...rest].join(" ");
  return detail
    .replace(/->\s*([a-z_]+)/g, (_m, s: string) => `→ ${l.status(s)}`)
    .replace(/\b(\d+) cases\b/g, (_m, n: string) => at.cases(n))
    .replace(/\bwith narratives\b/g, at.withNarratives)
    .replace(/\bwith a search\b/g, at.withSearch)
    .replace(/^phone\b/, at.phone)
    .replace(/\bcode (TE[A-Z0-9]+)/g, (_m, c: string) => `${at.code} ${c}`)
    .replace(/\bplace "/g, `${at.place} "`);
}
