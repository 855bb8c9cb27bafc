/**
 * The periodic report of a province (issue 18) as one model that the DOCX, the XLSX and the
 * dashboard page all render: the figures with small cells protected, the plans cited with
 * their targets and duties, the reporting deadlines, and the findings (II) and
 * recommendations (III) drawn from the figures only, never from a narrative.
 */
import type { Lang } from "../officer/dashboard/dashboard-labels.ts";
import type { Registry } from "../kb/registry/registry.ts";
import type { ParsedPlan } from "../kb/types.ts";
import { planContext, type PlanContext } from "./plan-context.ts";
import { computeFigures, periodInstants, type ReportDataSource, type ReportFigures, type ReportPeriod } from "./report-figures.ts";
import { reportingDeadlines, type ReportingDeadline } from "./report-deadlines.ts";
import { protectedNumber, reportTables, SMALL_CELL, type ReportTable } from "./report-tables.ts";

export interface PeriodicReport {
  province: { id: string; name: string };
  period: ReportPeriod;
  generatedAt: Date;
  figures: ReportFigures;
  tables: ReportTable[];
  context: PlanContext;
  deadlines: ReportingDeadline[];
  /** Section II: shortcomings the figures show (sentences, no case detail). */
  findings: string[];
  /** Section III: recommendations that follow from them. */
  recommendations: string[];
  /** One line on the protection of small cells. */
  privacyNote: string;
}

export class UnknownProvinceError extends Error {
  override readonly name = "UnknownProvinceError";
}

export interface ReportDeps {
  data: ReportDataSource;
  plans: () => readonly ParsedPlan[];
  registry: Registry;
}

/** Reads the cases and builds the report of a province (today's id) for a period. */
export async function buildPeriodicReport(deps: ReportDeps, input: { provinceId: string; period: ReportPeriod; now: Date; lang?: Lang }): Promise<PeriodicReport> {
  const province = deps.registry.province(input.provinceId);
  if (!province || (province.today && province.today.provinceId !== province.id)) {
    const today = province?.today ? ` — nay thuộc (now part of) ${province.today.provinceId}` : "";
    throw new UnknownProvinceError(`--province: không phải mã tỉnh hiện nay (not a current province id): "${input.provinceId}"${today}; xem (see) npm run officer -- provinces`);
  }
  const { start, end } = periodInstants(input.period);
  const data = await deps.data.reportData(province.id, start, end);
  const figures = computeFigures({ provinceId: province.id, period: input.period, rows: data.rows, referrals: data.referrals, asOf: input.now });
  const lang = input.lang ?? "vi";
  const plans = deps.plans();
  return {
    province: { id: province.id, name: province.today?.name ?? province.name },
    period: input.period,
    generatedAt: input.now,
    figures,
    tables: reportTables(figures, lang),
    context: planContext(plans, deps.registry, province.id, input.period.from),
    deadlines: reportingDeadlines(plans, deps.registry).filter((d) => d.provinceId === province.id),
    findings: findings(figures, lang),
    recommendations: recommendations(figures, lang),
    privacyNote: lang === "en"
      ? `Cells under ${SMALL_CELL} cases are merged ("Other") or shown as "<5"; "*" marks a cell hidden so a small one cannot be worked out from a total; "—": a median over fewer than ${SMALL_CELL} cases. The report holds figures only, never what a report said.`
      : `Ô dưới ${SMALL_CELL} trường hợp được gộp ("Khác") hoặc ghi "<5"; "*" là ô được ẩn để không suy ra được ô nhỏ từ tổng; "—": trung vị của dưới ${SMALL_CELL} trường hợp. Báo cáo chỉ có số liệu, không có nội dung tin báo.`,
  };
}

/** A share, only of a count that may be shown (5 or more): a share of a small count would give it away. */
function percent(part: number, whole: number): string {
  return part < SMALL_CELL ? "" : ` (${((100 * part) / whole).toFixed(1).replace(".", ",")}%)`;
}

/** Section II, in the figures' words. */
export function findings(f: ReportFigures, lang: Lang): string[] {
  const n = (v: number) => protectedNumber(v, lang);
  const all = f.deadlines.find((d) => d.risk === "all")!;
  const emergency = f.deadlines.find((d) => d.risk === "emergency")!;
  const out: string[] = [];
  if (f.total === 0) return [lang === "en" ? "No case was received in the period: the figures cannot show shortcomings." : "Trong kỳ không tiếp nhận vụ việc nào: số liệu chưa phản ánh được tồn tại, hạn chế."];
  if (f.total < SMALL_CELL) return [lang === "en" ? "Fewer than 5 cases were received in the period: no detail is given, so no child can be recognised." : "Trong kỳ tiếp nhận dưới 5 vụ việc: không nêu chi tiết để không nhận diện được trẻ em."];
  if (all.ack.missed > 0) {
    out.push(lang === "en"
      ? `${n(all.ack.missed)} of ${n(f.total)} cases were acknowledged after their deadline${percent(all.ack.missed, f.total)}.`
      : `${n(all.ack.missed)}/${n(f.total)} vụ việc được xác nhận tiếp nhận sau thời hạn${percent(all.ack.missed, f.total)}.`);
  }
  if (emergency.action.missed > 0) {
    out.push(lang === "en"
      ? `${n(emergency.action.missed)} emergency cases were not referred within 12 hours (Decree 56/2017/NĐ-CP, Art. 31).`
      : `${n(emergency.action.missed)} vụ việc khẩn cấp không được chuyển tuyến, can thiệp trong 12 giờ theo Điều 31 Nghị định 56/2017/NĐ-CP.`);
  }
  if (all.action.missed > 0) {
    out.push(lang === "en"
      ? `${n(all.action.missed)} cases in all missed the first-action deadline of their risk level.`
      : `Tổng cộng ${n(all.action.missed)} vụ việc chưa có hành động đầu tiên (chuyển tuyến) đúng thời hạn theo mức độ nguy cơ.`);
  }
  const declined = f.referrals.reduce((s, r) => s + (r.byStatus.declined ?? 0), 0);
  if (declined > 0) out.push(lang === "en" ? `${n(declined)} referrals were declined by the agency that received them.` : `${n(declined)} lượt chuyển tuyến bị cơ quan tiếp nhận từ chối.`);
  const unknownCommune = f.byCommune.find((c) => c.key === "unknown")?.count ?? 0;
  if (unknownCommune >= SMALL_CELL) {
    out.push(lang === "en"
      ? `The commune is not recorded for ${unknownCommune} cases${percent(unknownCommune, f.total)}, which weakens follow-up by the commune People's Committees.`
      : `${unknownCommune} vụ việc${percent(unknownCommune, f.total)} chưa xác định được xã, phường, hạn chế việc phối hợp của UBND cấp xã.`);
  }
  if (out.length === 0) out.push(lang === "en" ? "The figures show no missed deadline in the period." : "Số liệu trong kỳ không ghi nhận vụ việc trễ hạn.");
  return out;
}

/** Section III, following from section II. */
export function recommendations(f: ReportFigures, lang: Lang): string[] {
  const all = f.deadlines.find((d) => d.risk === "all")!;
  const emergency = f.deadlines.find((d) => d.risk === "emergency")!;
  const out: string[] = [];
  if (emergency.action.missed > 0 || all.ack.missed > 0) {
    out.push(lang === "en"
      ? "Keep an officer on call outside office hours so emergencies are acknowledged within minutes and acted on within 12 hours."
      : "Bố trí cán bộ trực ngoài giờ hành chính để tin báo khẩn cấp được xác nhận ngay và can thiệp trong 12 giờ.");
  }
  if (f.referrals.some((r) => (r.byStatus.declined ?? 0) > 0 || (r.byStatus.sent ?? 0) > 0)) {
    out.push(lang === "en"
      ? "Agree with the agencies that receive referrals how and when they confirm and answer, and follow up referrals still waiting."
      : "Thống nhất với các cơ quan tiếp nhận chuyển tuyến về cách thức, thời hạn phản hồi; đôn đốc các trường hợp chuyển tuyến chưa có phản hồi.");
  }
  out.push(lang === "en"
    ? "For the plan's targets the case data cannot measure, ask the health, education and justice sectors for their figures in the same period."
    : "Đối với các chỉ tiêu của kế hoạch mà số liệu vụ việc không đo được, đề nghị các ngành y tế, giáo dục, tư pháp cung cấp số liệu cùng kỳ.");
  return out;
}
