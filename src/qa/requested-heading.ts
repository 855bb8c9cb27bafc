/**
 * "Hội Nông dân, Hội Cựu chiến binh ... phối hợp": a body named only inside a list under a
 * heading that requests another ("15. Đề nghị Uỷ ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ
 * chức thành viên") takes part as that body's member; the heading, quoted, says so.
 */
import type { ParsedPlan } from "../kb/types.ts";
import { foldKey } from "../core/vietnamese-text.ts";

export function requestingHeading(plan: ParsedPlan, sectionPath: string, agencyName: string): string | null {
  const section = plan.sections.find((s) => s.path === sectionPath);
  const heading = section?.heading.trim().replace(/[:;]\s*$/, "");
  if (!heading || !/^(\d+\.\s*)?đề nghị(?=\s)/iu.test(heading) || !plan.text.includes(heading)) return null;
  // The heading naming the body itself says nothing more than the answer does.
  const own = foldKey(agencyName.replace(/\s+tỉnh$/u, ""));
  return foldKey(heading).includes(own) ? null : heading;
}
