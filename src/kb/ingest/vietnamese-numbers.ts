/**
 * Vietnamese numbers and dates as plans write them. In Vietnamese "." groups thousands
 * and "," is the decimal mark: "6,970 tỷ" is 6.97 billion and "2.479" is 2479. Dates come
 * as "ngày 17 tháng 8 năm 2016", "17/8/2016", "17-8-2016" or "17.8.2016".
 */

/** Parses "2.479" (2479), "6,970" (6.97), "1.234,5" (1234.5), "01" (1); null when it is not a number. */
export function parseVietnameseNumber(written: string): number | null {
  const s = written.trim();
  if (!/^\d[\d.,]*$/.test(s)) return null;
  const hasComma = s.includes(",");
  const dotGroups = /^\d{1,3}(\.\d{3})+(,\d+)?$/.test(s);
  let normal: string;
  if (dotGroups) normal = s.replace(/\./g, "").replace(",", ".");
  else if (hasComma && !s.includes(".")) normal = s.replace(",", ".");
  else if (!hasComma) normal = s;
  else return null;
  const n = Number(normal);
  return Number.isFinite(n) ? n : null;
}

const UNIT_VND: Record<string, number> = { "tỷ": 1e9, "ty": 1e9, "triệu": 1e6, "trieu": 1e6, "nghìn": 1e3, "nghin": 1e3, "ngàn": 1e3, "ngan": 1e3 };

/** "6,970 tỷ" -> 6_970_000_000; "200 triệu" -> 200_000_000; "1.500.000" (no unit) -> 1_500_000. */
export function parseAmountVnd(number: string, unit: string | null): number | null {
  const n = parseVietnameseNumber(number);
  if (n === null) return null;
  const factor = unit ? UNIT_VND[unit.normalize("NFC").toLowerCase()] ?? 1 : 1;
  return Math.round(n * factor);
}

function isoDate(day: number, month: number, year: number): string | null {
  if (month < 1 || month > 12 || day < 1 || day > 31 || year < 1900 || year > 2100) return null;
  const d = new Date(Date.UTC(year, month - 1, day));
  if (d.getUTCMonth() !== month - 1) return null;
  return d.toISOString().slice(0, 10);
}

/** A date found in text, with where it was. */
export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

// Folded text (no diacritics): "ngay 17 thang 8 nam 2016" and numeric forms.
const WORDED = /(?:ngay\s+)?(\d{1,2})\s+thang\s+(\d{1,2})\s+nam\s+(\d{4})/g;
const NUMERIC = /\b(\d{1,2})\s*([/.-])\s*(\d{1,2})\s*\2\s*(\d{4})\b/g;

/** Every full date in a folded (diacritic-free, lowercase) string, in order. */
export function findDates(folded: string): FoundDate[] {
  const found: FoundDate[] = [];
  for (const m of folded.matchAll(WORDED)) {
    const iso = isoDate(Number(m[1]), Number(m[2]), Number(m[3]));
    if (iso) found.push({ iso, index: m.index, length: m[0].length });
  }
  for (const m of folded.matchAll(NUMERIC)) {
    const iso = isoDate(Number(m[1]), Number(m[3]), Number(m[4]));
    if (iso) found.push({ iso, index: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/** The first date in a piece of text written in any of the usual forms, as ISO. */
export function parseVietnameseDate(text: string): string | null {
  const folded = text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();
  return findDates(folded)[0]?.iso ?? null;
}

/** "25/5", "20-11", "ngày 20 tháng 11" (folded) -> day and month. */
export function parseDayMonth(folded: string): { day: number; month: number } | null {
  const m = /(\d{1,2})\s*(?:[/.-]|\s+thang\s+)\s*(\d{1,2})(?!\d)/.exec(folded);
  if (!m) return null;
  const day = Number(m[1]);
  const month = Number(m[2]);
  return month >= 1 && month <= 12 && day >= 1 && day <= 31 ? { day, month } : null;
}
