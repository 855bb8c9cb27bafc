/**
 * What the report sets beside the figures: the province's plans from the knowledge base,
 * cited (document, section, verbatim quote): their targets, saying for each whether the case
 * data can speak to it and with which table, and the duties of the agencies charged with
 * the work (with the agency that holds them since the 2025 reorganisation). Nothing here is
 * invented: every sentence from a plan is a substring of its text.
 */
import { foldVietnamese } from "../core/vietnamese-text.ts";
import type { Registry } from "../kb/registry/registry.ts";
import type { ParsedPlan, Target } from "../kb/types.ts";

export interface PlanCitation {
  documentNumber: string;
  title: string;
  signedDate: string | null;
  period: { start: string | null; end: string | null };
  /** True when the plan's stated period ended before the report's period starts. */
  expired: boolean;
  /** The province as the plan names it when signed (before the 2025 mergers), or the registry's name when inferred. */
  provinceAtSigning: string | null;
  /** How the province was tied to the plan when the text never names it (Vietnamese). */
  provinceInference: string | null;
}

export type TargetReach = "partial" | "none";

export interface TargetAssessment {
  documentNumber: string;
  sectionPath: string;
  indicator: string;
  quote: string;
  reach: TargetReach;
  /** Which of the report's tables speak to it (ids of report-tables.ts), empty when none. */
  tables: string[];
  /** Vietnamese, then English: why the data can or cannot speak to it. */
  why: { vi: string; en: string };
}

export interface DutyCitation {
  documentNumber: string;
  sectionPath: string;
  agencyId: string | null;
  agency: string;
  role: string;
  quote: string;
  /** Who holds the duty today after the 2025 reorganisation (Vietnamese note), when it moved. */
  successorNote: string | null;
}

export interface PlanContext {
  plans: PlanCitation[];
  targets: TargetAssessment[];
  duties: DutyCitation[];
}

/** Words that tie a target to what the case data records. */
const REACH_RULES: ReadonlyArray<{ words: string[]; tables: string[]; vi: string; en: string }> = [
  {
    words: ["can thiep kip thoi", "kip thoi"],
    tables: ["deadlines", "referrals"],
    vi: "Một phần: số liệu cho biết tỷ lệ vụ việc được tiếp nhận chuyển tuyến đúng hạn (bảng thời hạn), nhưng chỉ trong số trẻ em được báo tin qua hệ thống, không phải toàn bộ trẻ em có nguy cơ.",
    en: "Partly: the data gives the share of reported cases referred in time (deadline table), but only among children reported through the system, not all children at risk.",
  },
  {
    words: ["xam hai", "bao luc", "boc lot", "mua ban", "tao hon", "lao dong tre em"],
    tables: ["category", "referrals"],
    vi: "Một phần: số vụ việc theo loại hành vi và chuyển tuyến có trong số liệu; chỉ tiêu tính trên tổng số trẻ em thì cần số liệu dân số của ngành.",
    en: "Partly: cases by category and referrals are in the data; a target over all children needs the sector's population figures.",
  },
  {
    words: ["hoan canh dac biet duoc tro giup", "duoc tro giup", "duoc cham soc de phuc hoi", "duoc ho tro"],
    tables: ["referrals", "closures"],
    vi: "Một phần: số chuyển tuyến đã hoàn thành và vụ việc đã giải quyết có trong số liệu; mẫu số (tổng số trẻ em có hoàn cảnh đặc biệt) không có.",
    en: "Partly: completed referrals and resolved cases are in the data; the denominator (all children in special circumstances) is not.",
  },
  {
    words: ["tong dai", "111"],
    tables: ["channel", "referrals"],
    vi: "Một phần: kênh tiếp nhận và chuyển tuyến tới Tổng đài 111 có trong số liệu.",
    en: "Partly: channels and referrals to hotline 111 are in the data.",
  },
];

const NONE = {
  vi: "Không: số liệu vụ việc không đo được chỉ tiêu này (cần số liệu của ngành y tế, giáo dục, tư pháp, dân số hoặc báo cáo của các địa phương).",
  en: "No: the case data cannot measure this target (it needs health, education, justice or population figures, or the localities' reports).",
};

/** Agencies whose duties the report quotes, in this order: the lead on children first. */
const DUTY_AGENCIES = ["so-ldtbxh", "so-y-te", "cong-an-tinh", "so-gddt", "so-tu-phap", "ubnd-huyen", "ubnd-xa"];
/** Words of a duty that bear on cases and reports, preferred when an agency has many. */
const DUTY_WORDS = ["bao cao", "tiep nhan", "xam hai", "can thiep", "tong hop", "ho tro", "bao ve tre em"];
const MAX_QUOTE = 400;

/** The province a plan belongs to today (2025 mergers applied). */
export function planProvinceToday(plan: ParsedPlan, registry: Registry): string | null {
  const id = plan.province.provinceId;
  if (!id) return null;
  return registry.province(id)?.today?.provinceId ?? id;
}

/** The plans of a province as it is today, newest signed first. */
export function plansForProvince(plans: readonly ParsedPlan[], registry: Registry, provinceId: string): ParsedPlan[] {
  return plans.filter((p) => planProvinceToday(p, registry) === provinceId).sort((a, b) => (b.signedDate ?? "").localeCompare(a.signedDate ?? ""));
}

/** Whether the case data speaks to a target, and through which tables. */
export function assessTarget(target: Target, documentNumber: string): TargetAssessment {
  const folded = foldVietnamese(target.indicator).toLowerCase();
  const rule = REACH_RULES.find((r) => r.words.some((w) => folded.includes(w)));
  return {
    documentNumber, sectionPath: target.sectionPath, indicator: target.indicator, quote: target.quote,
    reach: rule ? "partial" : "none", tables: rule?.tables ?? [], why: rule ? { vi: rule.vi, en: rule.en } : NONE,
  };
}

/** A long quote cut at a word boundary, marked with "…"; the kept part is verbatim. */
export function shortQuote(quote: string, max = MAX_QUOTE): string {
  if (quote.length <= max) return quote;
  const cut = quote.lastIndexOf(" ", max);
  return `${quote.slice(0, cut > max / 2 ? cut : max)} …`;
}

export function planContext(plans: readonly ParsedPlan[], registry: Registry, provinceId: string, periodFrom: string): PlanContext {
  const mine = plansForProvince(plans, registry, provinceId);
  const duties: DutyCitation[] = [];
  for (const plan of mine) {
    for (const agencyId of DUTY_AGENCIES) {
      const assigned = plan.assignments.filter((a) => a.agencyId === agencyId && (a.role === "lead" || a.role === "responsible"));
      const relevant = assigned.filter((a) => DUTY_WORDS.some((w) => foldVietnamese(a.quote).toLowerCase().includes(w)));
      const seen = new Set<string>();
      for (const a of (relevant.length > 0 ? relevant : assigned)) {
        if (seen.has(a.quote) || seen.size >= 2) continue;
        seen.add(a.quote);
        const successor = registry.successorsOf(agencyId, provinceId)[0];
        duties.push({
          documentNumber: plan.documentNumber, sectionPath: a.sectionPath, agencyId, agency: registry.agency(agencyId)?.name ?? a.agencyAsWritten,
          role: a.role, quote: shortQuote(a.quote), successorNote: successor ? `${successor.note} (${successor.legalBasis})` : null,
        });
      }
    }
  }
  return {
    plans: mine.map((p) => ({
      documentNumber: p.documentNumber, title: p.title, signedDate: p.signedDate, period: p.period,
      expired: p.period.end !== null && p.period.end < periodFrom,
      provinceAtSigning: p.province.asWritten ?? (p.province.provinceId ? registry.province(p.province.provinceId)?.name ?? null : null),
      provinceInference: p.province.inference?.reason.split(" (The ")[0] ?? null,
    })),
    targets: mine.flatMap((p) => dedupeTargets(p.targets).map((t) => assessTarget(t, p.documentNumber))),
    duties,
  };
}

/** The same target written twice (a line holding two targets is read twice) is listed once. */
function dedupeTargets(targets: readonly Target[]): Target[] {
  const seen = new Set<string>();
  return targets.filter((t) => {
    const key = `${t.sectionPath}|${t.quote}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
