/**
 * A readable Vietnamese summary of a triage result for a person at a terminal (the officer
 * CLI before the dashboard exists). It leads with what to do, because an emergency must be
 * acted on before anything else is read.
 */
import { RISK_VI } from "./triage-rules.ts";
import { riskRank, TRIAGE_RISKS, type TriageCategory, type TriageResult, type TriageRisk } from "./triage-types.ts";

/** Vietnamese names of the categories, as officers say them. */
export const CATEGORY_VI: Readonly<Record<TriageCategory, string>> = {
  sexual_abuse: "xâm hại tình dục",
  physical_violence: "bạo lực thể chất",
  emotional_abuse: "bạo lực tinh thần",
  neglect_abandonment: "bỏ mặc, bỏ rơi",
  labour_exploitation: "bóc lột lao động",
  trafficking_abduction: "mua bán, bắt cóc trẻ em",
  child_marriage: "tảo hôn, ép kết hôn",
  online_abuse: "xâm hại trên mạng",
  bullying: "bắt nạt",
  self_harm: "tự hại, nguy cơ tự tử",
  other: "khác",
};

const NEXT_STEP: Readonly<Record<TriageRisk, string>> = {
  emergency: "Gọi ngay 113 (công an) / 115 (cấp cứu) nếu tính mạng bị đe dọa, và 111; can thiệp chậm nhất trong 12 giờ (NĐ 56/2017, Điều 31).",
  high: "Xác nhận trong 2 giờ, đánh giá ban đầu trong 12 giờ.",
  medium: "Xử lý trong 24 giờ.",
  low: "Xem xét trong 72 giờ.",
};

/** The summary as lines of text, emergency first. */
export function formatTriageSummary(result: TriageResult): string {
  const lines = [
    `Mức rủi ro: ${RISK_VI[result.risk].toUpperCase()} (${result.risk})`,
    `Loại: ${CATEGORY_VI[result.category]} (${result.category})`,
    `Việc cần làm: ${NEXT_STEP[result.risk]}`,
  ];
  if (result.childAge) lines.push(`Tuổi của trẻ: ${ageText(result)}`);
  if (result.redFlags.length > 0) lines.push(`Dấu hiệu: ${result.redFlags.join(", ")}`);
  if (result.reasons.length > 0) lines.push("Lý do:", ...reasonsWithin(result.reasons, result.risk).map((r) => `  - ${r}`));
  return lines.join("\n");
}

function ageText(result: TriageResult): string {
  const age = result.childAge;
  if (!age) return "";
  const span = age.min === age.max ? `${age.min}` : `${age.min}-${age.max}`;
  return `khoảng ${span} tuổi ("${age.source}")`;
}

/** "→ khẩn cấp", "→ cao": the band a reason says it raised the risk to. */
const ARROW = new RegExp(`\\s*→\\s*(${TRIAGE_RISKS.map((r) => RISK_VI[r]).join("|")})(?![\\p{L}])`, "gu");
const BAND_OF: ReadonlyMap<string, TriageRisk> = new Map(TRIAGE_RISKS.map((r) => [RISK_VI[r], r]));

/**
 * An officer reads the reasons as the why of the risk a case is stored at: a reason that raised to a
 * band above that risk (the model or the reporter's answers weighed it and the case stayed lower) says
 * so instead of "→ band" ("Trẻ bị đánh và có thương tích ("phải khâu"): đã cân nhắc mức cao, không áp
 * dụng (mức đã lưu: thấp)"). Reasons at or below the risk are kept as they are.
 */
export function reasonsWithin(reasons: readonly string[], risk: TriageRisk): string[] {
  return reasons.map((reason) =>
    reason.replace(ARROW, (arrow, band: string) => {
      const claimed = BAND_OF.get(band);
      if (!claimed || riskRank(claimed) <= riskRank(risk)) return arrow;
      return `: đã cân nhắc mức ${band}, không áp dụng (mức đã lưu: ${RISK_VI[risk]})`;
    }),
  );
}
