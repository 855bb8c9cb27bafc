/**
 * The reporting deadlines each plan sets, read from its text by ingestion (ReportingDuty) and
 * quoted: Thừa Thiên Huế's 26/KH-UBND "06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11)",
 * Gia Lai's 2509/KH-UBND "Định kỳ hàng năm ... trước ngày 15/12". Plans that ask for periodic
 * reports without a date are listed too, saying the text gives no date. Reminders go to
 * supervisors 14 and 3 days before each dated deadline of a plan still in force.
 */
import type { Registry } from "../kb/registry/registry.ts";
import type { ParsedPlan } from "../kb/types.ts";
import { planProvinceToday } from "./plan-context.ts";

export interface ReportingDeadline {
  documentNumber: string;
  /** Today's province id (2025 mergers applied); null when the plan names none. */
  provinceId: string | null;
  /** Day and month of the yearly deadline; null when the text sets no date. */
  day: number | null;
  month: number | null;
  /** As written: "06 tháng", "Định kỳ hàng năm"; null when the text says no frequency. */
  frequency: string | null;
  /** Who reports and to whom, as written. */
  who: string[];
  to: string | null;
  sectionPath: string;
  /** The sentence of the plan that sets it, verbatim. */
  quote: string;
  /** False once the plan's stated period has ended (its deadlines are shown, no reminder is sent). */
  inForce: boolean;
  planEnd: string | null;
}

export const REMINDER_DAYS = [14, 3] as const;
const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The sentence (or clause between semicolons) of a quote that holds `needle`, verbatim and trimmed; the quote when none does. */
export function clauseWith(quote: string, needle: string | null): string {
  if (!needle) return quote;
  const parts = quote.split(/(?<=[.;])\s+/);
  return parts.find((p) => p.includes(needle))?.trim() ?? quote;
}

/** Today's calendar date in Vietnam, "YYYY-MM-DD". */
export function vietnamDate(at: Date): string {
  return new Date(at.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

/** Every reporting deadline of the plans, one per plan and date (or one per plan and frequency when undated). */
export function reportingDeadlines(plans: readonly ParsedPlan[], registry: Registry, today: string = vietnamDate(new Date())): ReportingDeadline[] {
  const out: ReportingDeadline[] = [];
  for (const plan of plans) {
    const provinceId = planProvinceToday(plan, registry);
    const inForce = plan.period.end === null || plan.period.end >= today;
    const byKey = new Map<string, ReportingDeadline>();
    for (const duty of plan.reportingDuties) {
      const dated = duty.deadlineDayMonth;
      if (!dated && !duty.frequency) continue;
      const key = dated ? `${dated.day}/${dated.month}` : `${duty.frequency}`;
      const existing = byKey.get(key);
      if (existing) {
        if (!existing.who.includes(duty.whoAsWritten)) existing.who.push(duty.whoAsWritten);
        continue;
      }
      byKey.set(key, {
        documentNumber: plan.documentNumber, provinceId, day: dated?.day ?? null, month: dated?.month ?? null, frequency: duty.frequency,
        who: [duty.whoAsWritten], to: duty.to, sectionPath: duty.sectionPath, quote: clauseWith(duty.quote, duty.deadline ?? duty.frequency),
        inForce, planEnd: plan.period.end,
      });
    }
    // An undated duty says nothing more when the same plan dates its reports.
    const values = [...byKey.values()];
    const anyDated = values.some((d) => d.day !== null);
    out.push(...values.filter((d) => d.day !== null || !anyDated));
  }
  return out.sort((a, b) => (a.provinceId ?? "").localeCompare(b.provinceId ?? "") || a.documentNumber.localeCompare(b.documentNumber) || (a.month ?? 13) - (b.month ?? 13) || (a.day ?? 0) - (b.day ?? 0));
}

/** The next date (Vietnam calendar, "YYYY-MM-DD") on or after `today` that falls on day/month. */
export function nextOccurrence(day: number, month: number, today: string): string {
  const year = Number(today.slice(0, 4));
  const candidate = (y: number) => `${y}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
  return candidate(year) >= today ? candidate(year) : candidate(year + 1);
}

/** Whole days from one calendar date to another. */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

export interface DeadlineReminder {
  deadline: ReportingDeadline;
  /** The deadline's date this reminder is for. */
  dueDate: string;
  daysBefore: (typeof REMINDER_DAYS)[number];
  /** Stable key: the same reminder is sent once. */
  key: string;
}

/** The reminders due today: a dated deadline of a plan in force exactly 14 or 3 days ahead. */
export function remindersDue(deadlines: readonly ReportingDeadline[], today: string): DeadlineReminder[] {
  const out: DeadlineReminder[] = [];
  for (const d of deadlines) {
    if (d.day === null || d.month === null || !d.inForce) continue;
    const dueDate = nextOccurrence(d.day, d.month, today);
    const days = daysBetween(today, dueDate);
    const hit = REMINDER_DAYS.find((n) => n === days);
    if (hit) out.push({ deadline: d, dueDate, daysBefore: hit, key: `${d.documentNumber}|${dueDate}|${hit}` });
  }
  return out;
}

/** "dd/mm/yyyy" from "yyyy-mm-dd". */
export function vnDate(iso: string): string {
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/** The reminder's text for the officers' chat, Vietnamese then English; names the plan and quotes it. */
export function reminderText(r: DeadlineReminder, provinceName: string): string {
  return `Nhắc hạn báo cáo: còn ${r.daysBefore} ngày đến hạn ${vnDate(r.dueDate)} (${r.deadline.frequency ?? "định kỳ"}) theo Kế hoạch ${r.deadline.documentNumber}, ${provinceName}, mục ${r.deadline.sectionPath}: “${r.deadline.quote}”. ` +
    `Lập báo cáo tại /officer/reports/periodic.\n(Reporting deadline in ${r.daysBefore} days: ${vnDate(r.dueDate)} under plan ${r.deadline.documentNumber}.)`;
}
