/**
 * The triage contract (DESIGN.md "Triage contract"): what every channel, the case queue and
 * the CLI receive for one report. Risk and category values are the exact strings the queue
 * stores and officers filter on, so they are closed unions rather than free text.
 */

/** Risk levels, lowest first; the queue orders cases by this rank. */
export const TRIAGE_RISKS = ["low", "medium", "high", "emergency"] as const;
export type TriageRisk = (typeof TRIAGE_RISKS)[number];

/** Kinds of harm of the Law on Children 2016, Art. 4, as the intake queue groups them. */
export const TRIAGE_CATEGORIES = [
  "sexual_abuse",
  "physical_violence",
  "emotional_abuse",
  "neglect_abandonment",
  "labour_exploitation",
  "trafficking_abduction",
  "child_marriage",
  "online_abuse",
  "bullying",
  "self_harm",
  "other",
] as const;
export type TriageCategory = (typeof TRIAGE_CATEGORIES)[number];

/** The child's age as far as the report states it (youngest child when several are named). */
export interface ChildAge {
  min: number;
  max: number;
  /** The words the age was read from, as written in the report ("lớp 7", "6 tuổi"). */
  source: string;
}

/** One triage decision. Extra fields beyond the contract help officers and the CLI summary. */
export interface TriageResult {
  risk: TriageRisk;
  category: TriageCategory;
  /** Stable machine codes (e.g. "violence_in_progress") officers can filter on. */
  redFlags: string[];
  /** Short Vietnamese sentences saying which words triggered which rule. */
  reasons: string[];
  /** The same reasons in English, for English-speaking reviewers and logs of decisions. */
  reasonsEn: string[];
  childAge: ChildAge | null;
}

/** What the caller may already know about the case (e.g. the age band asked in the intake flow). */
export interface TriageOptions {
  /** The child's age in years when the reporter gave it separately from the narrative. */
  childAge?: number;
  /** How the reporter gave that age ("7 tuoi", "6-11 tuổi (chọn)"), shown in the reasons; by default "N tuổi". */
  childAgeSource?: string;
  /**
   * The reporter answered "yes" to the intake flow's first question (is a child in danger right
   * now?). Rules miss phrasings they have not seen, so this answer alone makes the case an emergency.
   */
  dangerNow?: boolean;
}

/** Numeric rank of a risk, for comparisons ("never lower"). */
export function riskRank(risk: TriageRisk): number {
  return TRIAGE_RISKS.indexOf(risk);
}

/** The higher of two risks. */
export function maxRisk(a: TriageRisk, b: TriageRisk): TriageRisk {
  return riskRank(a) >= riskRank(b) ? a : b;
}
