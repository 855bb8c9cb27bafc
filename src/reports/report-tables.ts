/**
 * The report's tables as every output shows them (DOCX, XLSX, the dashboard page): one model,
 * so the three never disagree. Small cells are protected here and only here:
 *
 * - a one-column breakdown merges every group under 5 cases into one row "Khác (gộp các nhóm
 *   dưới 5)"; when that row would still be under 5, the next smallest groups join it; when
 *   everything together is under 5 the table shows one suppressed row;
 * - in a grid (deadlines by risk, referrals by agency and outcome) a cell of 1-4 shows "<5", and
 *   where a shown total would let a reader subtract it back, one more cell of that row or
 *   column is hidden ("*").
 *
 * Zero is shown: it recognises no child.
 */
import { labelsFor, type Lang } from "../officer/dashboard/dashboard-labels.ts";
import { REFERRAL_STATUS_ORDER, type Count, type ReportFigures, type RiskDeadlines } from "./report-figures.ts";

export const SMALL_CELL = 5;
/** A cell of 1 to 4 cases. */
export const SUPPRESSED = "<5";
/** A cell hidden so a suppressed one cannot be computed from a total. */
export const HIDDEN = "*";
/** A median over fewer than 5 cases. */
export const TOO_FEW = "—";

export type Cell = number | string;

export interface ReportTable {
  id: string;
  title: string;
  columns: string[];
  rows: Array<{ label: string; cells: Cell[] }>;
}

export interface TableWords {
  lang: Lang;
  otherMerged: string;
  allSuppressed: string;
  unknown: string;
  total: string;
  cases: string;
  titles: Record<"channel" | "source" | "category" | "risk" | "age" | "sex" | "commune" | "deadlines" | "referrals" | "closures", string>;
  columns: Record<"channel" | "source" | "category" | "risk" | "age" | "sex" | "commune" | "agency" | "reason", string>;
  deadlineColumns: string[];
  closure: Record<string, string>;
  all: string;
}

const VI: TableWords = {
  lang: "vi",
  otherMerged: "Khác (gộp các nhóm dưới 5 trường hợp)",
  allSuppressed: "Tất cả (dưới 5 trường hợp, không nêu chi tiết)",
  unknown: "Chưa rõ",
  total: "Tổng cộng",
  cases: "Số vụ việc",
  titles: {
    channel: "Vụ việc tiếp nhận theo kênh",
    source: "Vụ việc tiếp nhận theo người báo tin",
    category: "Vụ việc theo loại hành vi",
    risk: "Vụ việc theo mức độ nguy cơ",
    age: "Vụ việc theo độ tuổi của trẻ",
    sex: "Vụ việc theo giới tính của trẻ",
    commune: "Vụ việc theo xã, phường",
    deadlines: "Thời gian xác nhận và chuyển tuyến so với thời hạn",
    referrals: "Chuyển tuyến theo cơ quan tiếp nhận và kết quả",
    closures: "Vụ việc kết thúc theo lý do",
  },
  columns: { channel: "Kênh", source: "Người báo tin", category: "Loại hành vi", risk: "Mức độ nguy cơ", age: "Độ tuổi", sex: "Giới tính", commune: "Xã, phường", agency: "Cơ quan", reason: "Lý do" },
  deadlineColumns: ["Số vụ việc", "Xác nhận đúng hạn", "Xác nhận trễ hạn", "Chuyển tuyến đúng hạn", "Chuyển tuyến trễ hạn", "Chưa đến hạn chuyển tuyến", "Trung vị đến khi xác nhận (giờ)", "Trung vị đến khi chuyển tuyến (giờ)"],
  closure: {
    closed: "Đã đóng hồ sơ (chưa ghi lý do)", duplicate: "Trùng với vụ việc khác", not_actionable: "Không đủ cơ sở xử lý", resolved: "Đã giải quyết",
    referred_accepted: "Cơ quan được chuyển tuyến đã nhận xử lý", no_concern: "Không có dấu hiệu xâm hại", unreachable: "Không liên lạc được", moved_province: "Trẻ đã chuyển tỉnh khác",
  },
  all: "Tất cả",
};

const EN: TableWords = {
  lang: "en",
  otherMerged: "Other (groups under 5 cases merged)",
  allSuppressed: "All (under 5 cases, no detail)",
  unknown: "Not stated",
  total: "Total",
  cases: "Cases",
  titles: {
    channel: "Cases received by channel",
    source: "Cases received by reporter",
    category: "Cases by category",
    risk: "Cases by risk",
    age: "Cases by the child's age",
    sex: "Cases by the child's sex",
    commune: "Cases by commune",
    deadlines: "Time to acknowledge and to refer against the deadlines",
    referrals: "Referrals by agency and outcome",
    closures: "Cases ended, by reason",
  },
  columns: { channel: "Channel", source: "Reporter", category: "Category", risk: "Risk", age: "Age", sex: "Sex", commune: "Commune", agency: "Agency", reason: "Reason" },
  deadlineColumns: ["Cases", "Acknowledged in time", "Acknowledged late", "Referred in time", "Referred late", "Referral not yet due", "Median hours to acknowledge", "Median hours to referral"],
  closure: {
    closed: "Closed (no reason recorded)", duplicate: "Duplicate of another case", not_actionable: "Not actionable", resolved: "Resolved",
    referred_accepted: "Accepted by the agency referred to", no_concern: "No sign of harm", unreachable: "Could not be reached", moved_province: "The child moved to another province",
  },
  all: "All",
};

export function tableWords(lang: Lang): TableWords {
  return lang === "en" ? EN : VI;
}

/**
 * A one-column breakdown with every group under 5 merged into "other", and the next smallest
 * groups too while "other" stays under 5. Zero rows stay as they are.
 */
export function protectCounts(counts: readonly Count[], words: Pick<TableWords, "otherMerged" | "allSuppressed">): Array<{ key: string | null; label?: string; count: Cell }> {
  const nonzero = counts.filter((c) => c.count > 0);
  const merged = new Set(nonzero.filter((c) => c.count < SMALL_CELL).map((c) => c.key));
  if (merged.size === 0) return counts.map((c) => ({ key: c.key, count: c.count }));
  const sum = () => nonzero.filter((c) => merged.has(c.key)).reduce((s, c) => s + c.count, 0);
  const bySize = [...nonzero].sort((a, b) => a.count - b.count || a.key.localeCompare(b.key));
  for (const c of bySize) {
    if (sum() >= SMALL_CELL) break;
    merged.add(c.key);
  }
  const total = sum();
  const kept = counts.filter((c) => !merged.has(c.key)).map((c) => ({ key: c.key, count: c.count as Cell }));
  if (total < SMALL_CELL) return [{ key: null, label: words.allSuppressed, count: SUPPRESSED }];
  return [...kept, { key: null, label: words.otherMerged, count: total }];
}

/**
 * Per-cell suppression of a grid of counts: 1-4 becomes "<5"; then, while a row (when
 * `rowTotal` names a column holding the sum of the others) or a column (when `totalRow` is the
 * index of the row holding the sum of the others) has exactly one hidden cell and a shown
 * total, the smallest other non-zero cell of it is hidden too.
 */
export function protectGrid(grid: readonly number[][], sums: { rowTotalColumn?: number; totalRow?: number; columns?: readonly number[] }): Cell[][] {
  const hidden = grid.map((row) => row.map((v) => v > 0 && v < SMALL_CELL));
  const columns = sums.columns ?? grid[0]?.map((_, i) => i) ?? [];
  const hide = (cells: Array<[number, number]>) => {
    const shown = cells.filter(([r, c]) => !hidden[r]![c] && grid[r]![c]! > 0).sort((a, b) => grid[a[0]]![a[1]]! - grid[b[0]]![b[1]]!);
    if (shown[0]) hidden[shown[0][0]]![shown[0][1]] = true;
  };
  for (let pass = 0; pass < 10; pass += 1) {
    let changed = false;
    if (sums.rowTotalColumn !== undefined) {
      for (let r = 0; r < grid.length; r += 1) {
        const parts = columns.filter((c) => c !== sums.rowTotalColumn).map((c): [number, number] => [r, c]);
        if (parts.filter(([, c]) => hidden[r]![c]).length === 1 && !hidden[r]![sums.rowTotalColumn]) {
          hide(parts);
          changed = true;
        }
      }
    }
    if (sums.totalRow !== undefined) {
      for (const c of columns) {
        const parts = grid.map((_, r) => r).filter((r) => r !== sums.totalRow).map((r): [number, number] => [r, c]);
        if (parts.filter(([r]) => hidden[r]![c]).length === 1 && !hidden[sums.totalRow]![c]) {
          hide(parts);
          changed = true;
        }
      }
    }
    if (!changed) break;
  }
  return grid.map((row, r) => row.map((v, c) => (!hidden[r]![c] ? v : v < SMALL_CELL ? SUPPRESSED : HIDDEN)));
}

/** Hours with one decimal from minutes, or "—" when fewer than 5 cases were timed. */
export function medianHours(minutes: number | null, timed: number): Cell {
  return minutes === null || timed < SMALL_CELL ? TOO_FEW : Math.round((minutes / 60) * 10) / 10;
}

/** A count as a sentence may say it: the number, or "dưới 5" / "under 5". */
export function protectedNumber(value: number, lang: Lang): string {
  return value > 0 && value < SMALL_CELL ? (lang === "en" ? "under 5" : "dưới 5") : String(value);
}

/** Every table of the report, small cells protected, in the language asked. */
export function reportTables(figures: ReportFigures, lang: Lang): ReportTable[] {
  const w = tableWords(lang);
  const l = labelsFor(lang);
  const known = (label: (code: string) => string) => (key: string) => (key === "unknown" ? w.unknown : label(key));
  const countTable = (id: keyof TableWords["titles"], column: string, counts: readonly Count[], label: (key: string) => string): ReportTable => {
    const rows = protectCounts(counts, w).map((c) => ({ label: c.label ?? label(c.key!), cells: [c.count] }));
    const total = counts.reduce((s, c) => s + c.count, 0);
    return { id, title: w.titles[id], columns: [column, w.cases], rows: [...rows, { label: w.total, cells: [total > 0 && total < SMALL_CELL ? SUPPRESSED : total] }] };
  };
  return [
    countTable("channel", w.columns.channel, figures.byChannel, known(l.channel)),
    countTable("source", w.columns.source, figures.bySource, known(l.relation)),
    countTable("category", w.columns.category, figures.byCategory, known(l.category)),
    countTable("risk", w.columns.risk, figures.byRisk, known(l.risk)),
    countTable("age", w.columns.age, figures.byAgeBand, known(l.age)),
    countTable("sex", w.columns.sex, figures.bySex, known(l.sex)),
    countTable("commune", w.columns.commune, figures.byCommune, (key) => (key === "unknown" ? w.unknown : key)),
    deadlineTable(figures.deadlines, w, (risk) => (risk === "all" ? w.all : l.risk(risk))),
    referralTable(figures, w, l.target, l.referralStatus),
    countTable("closures", w.columns.reason, figures.closures, (key) => w.closure[key] ?? key),
  ];
}

function deadlineTable(deadlines: readonly RiskDeadlines[], w: TableWords, riskLabel: (risk: string) => string): ReportTable {
  const counts = deadlines.map((d) => [d.cases, d.ack.met, d.ack.missed, d.action.met, d.action.missed, d.action.pending]);
  const protectedCounts = protectGrid(counts, { totalRow: counts.length - 1 });
  return {
    id: "deadlines",
    title: w.titles.deadlines,
    columns: [w.columns.risk, ...w.deadlineColumns],
    rows: deadlines.map((d, i) => ({ label: riskLabel(d.risk), cells: [...protectedCounts[i]!, medianHours(d.ackMedianMinutes, d.ackTimed), medianHours(d.actionMedianMinutes, d.actionTimed)] })),
  };
}

function referralTable(figures: ReportFigures, w: TableWords, target: (code: string) => string, status: (code: string) => string): ReportTable {
  // Agencies with fewer than 5 referrals are merged first, as in a one-column breakdown.
  const merged = protectCounts(figures.referrals.map((r) => ({ key: r.target, count: r.total })), w);
  const rows = merged.map((m) => {
    const members = m.key === null ? figures.referrals.filter((r) => !merged.some((k) => k.key === r.target)) : figures.referrals.filter((r) => r.target === m.key);
    return { label: m.label ?? target(m.key!), values: [members.reduce((s, r) => s + r.total, 0), ...REFERRAL_STATUS_ORDER.map((s) => members.reduce((sum, r) => sum + (r.byStatus[s] ?? 0), 0))] };
  });
  const totals = [figures.referralTotal, ...REFERRAL_STATUS_ORDER.map((s) => figures.referrals.reduce((sum, r) => sum + (r.byStatus[s] ?? 0), 0))];
  const grid = protectGrid([...rows.map((r) => r.values), totals], { rowTotalColumn: 0, totalRow: rows.length });
  return {
    id: "referrals",
    title: w.titles.referrals,
    columns: [w.columns.agency, w.total, ...REFERRAL_STATUS_ORDER.map(status)],
    rows: [...rows.map((r, i) => ({ label: r.label, cells: grid[i]! })), { label: w.total, cells: grid[rows.length]! }],
  };
}
