/**
 * The sentences of the queue's tabs, pages, search box and exports, in Vietnamese (default) and
 * English, kept apart from dashboard-texts.ts so the pages of the casework issue grow without
 * one file every page edits.
 */
import type { Lang } from "./dashboard-labels.ts";
import type { QueueTab } from "./queue-query.ts";

const VI = {
  tabs: { all: "Tất cả", mine: "Của tôi", unclaimed: "Chưa ai nhận", overdue: "Quá hạn" } as Record<QueueTab, string>,
  tabsLabel: "Nhóm hồ sơ",
  pageOf: (page: number, pages: number) => `Trang ${page}/${pages}`,
  prev: "← Trang trước", next: "Trang sau →", pagesLabel: "Chuyển trang",
  searchLabel: "Tìm hồ sơ", searchPlaceholder: "Mã hồ sơ, số điện thoại, xã/phường", searchButton: "Tìm",
  searchResult: (q: string, n: number) => `Kết quả tìm «${q}»: ${n} hồ sơ (mọi trạng thái, trong các tỉnh bạn phụ trách).`,
  searchHow: (kinds: string[]) => `Đã tìm theo: ${kinds.join(", ")}.`,
  searchKind: { code: "mã hồ sơ", phone: "số điện thoại người báo tin", place: "tên xã/phường, tỉnh" },
  clearSearch: "Bỏ tìm kiếm",
  exportLabel: "Tải danh sách đang lọc", exportCsv: "CSV (Excel)", exportXlsx: "Excel (.xlsx)",
  assignee: "Phụ trách", anyone: "Bất kỳ ai", me: "Tôi", nobody: "Chưa ai nhận",
};

export type QueueTexts = typeof VI;

const EN: QueueTexts = {
  tabs: { all: "All", mine: "Mine", unclaimed: "Unclaimed", overdue: "Overdue" },
  tabsLabel: "Case groups",
  pageOf: (page, pages) => `Page ${page} of ${pages}`,
  prev: "← Previous page", next: "Next page →", pagesLabel: "Pages",
  searchLabel: "Find a case", searchPlaceholder: "Case code, phone number, commune", searchButton: "Search",
  searchResult: (q, n) => `Results for “${q}”: ${n} case${n === 1 ? "" : "s"} (every status, in your provinces).`,
  searchHow: (kinds) => `Searched by: ${kinds.join(", ")}.`,
  searchKind: { code: "case code", phone: "reporter's phone number", place: "commune or province name" },
  clearSearch: "Clear the search",
  exportLabel: "Download the filtered list", exportCsv: "CSV (Excel)", exportXlsx: "Excel (.xlsx)",
  assignee: "Assignee", anyone: "Anyone", me: "Me", nobody: "Unclaimed",
};

export function queueTextsFor(lang: Lang): QueueTexts {
  return lang === "en" ? EN : VI;
}
