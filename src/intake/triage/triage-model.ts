/**
 * Triage by the trained model, with the rules in a narrow role (DESIGN.md "Triage contract",
 * "Understanding language"): the model, trained on a broad labelled corpus, reads the whole
 * message (character and word n-grams, the rules' matches and the extracted facts) and gives
 * risk and category; safety phrases (content/triage/safety-rules.json) and the reporter's own
 * "yes, danger now" can only raise it to emergency; red flags and reasons come from what the
 * text states. Without a model file the rules decide alone, as before.
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { headProbabilities, shippedModel, type LinearModel } from "./linear-model.ts";
import { extractReportFacts, factFeatures, type ReportFacts } from "./report-facts.ts";
import { textFeatures, type Feature } from "./text-features.ts";
import { collectFacts } from "./triage-facts.ts";
import { triageRules, triageRulesWithMatches, RISK_VI } from "./triage-rules.ts";
import { TRIAGE_CATEGORIES, TRIAGE_RISKS, riskRank, type TriageCategory, type TriageOptions, type TriageResult, type TriageRisk } from "./triage-types.ts";

/** The red flags and rule codes that, when the rules find them, make a report an emergency whatever the model says. */
interface SafetyRules {
  emergencyFlags: string[];
  /** Flags that say the danger is immediate: kept only on an emergency, never beside a lower risk. */
  immediacyFlags: string[];
}

const SAFETY_PATH = fileURLToPath(new URL("../../../content/triage/safety-rules.json", import.meta.url));
let safety: SafetyRules | undefined;

export function safetyRules(): SafetyRules {
  safety ??= JSON.parse(fs.readFileSync(SAFETY_PATH, "utf8")) as SafetyRules;
  return safety;
}

/** The rules' view of a message as model features: their matches, their decision, the extracted facts. */
export function ruleFeatures(text: string, read: RulesRead = triageRulesWithMatches(text), facts: ReportFacts = extractReportFacts(text, knownFrom(read))): string[] {
  const { result: rules, matches } = read;
  return [
    ...new Set(matches.affirmed.map((m) => `r:${m.rule.code}`)),
    ...new Set(matches.negated.map((m) => `rn:${m.rule.code}`)),
    ...rules.redFlags.map((f) => `flag:${f}`),
    `rr:${rules.risk}`,
    `rc:${rules.category}`,
    ...(matches.hasQuestionMark ? ["question_mark"] : []),
    ...factFeatures(facts),
  ];
}

type RulesRead = ReturnType<typeof triageRulesWithMatches>;

/** What the rules already read that the fact extractor needs: the age, and whether the harm is self-harm. */
function knownFrom(read: RulesRead): { age: ReportFacts["age"]; selfHarm: boolean } {
  return { age: read.matches.age, selfHarm: read.matches.codes.has("self_harm") || read.matches.codes.has("self_harm_intent") };
}

/** The features the model reads for a message (the same at training and at run time). */
export function modelFeatures(text: string, read?: RulesRead, facts?: ReportFacts): Feature[] {
  return textFeatures(text, ruleFeatures(text, read, facts));
}

/** The model's risk, from its probabilities, the calibrated emergency threshold and the cost of rating too low. */
export function riskFromProbabilities(policy: Pick<LinearModel["policy"], "emergencyThreshold" | "underRatingCost">, p: Record<string, number>): TriageRisk {
  if ((p.emergency ?? 0) >= policy.emergencyThreshold) return "emergency";
  let best: TriageRisk = "low";
  let bestCost = Infinity;
  for (const [c, level] of (["low", "medium", "high"] as const).entries()) {
    const cost = TRIAGE_RISKS.reduce((sum, gold, g) => sum + (p[gold] ?? 0) * (g > c ? policy.underRatingCost * (g - c) : c - g), 0);
    if (cost < bestCost) [best, bestCost] = [level, cost];
  }
  return best;
}

/**
 * Safety floors: a report the rules rate an emergency because of one of the safety flags
 * (content/triage/safety-rules.json) stays an emergency whatever the model says.
 */
export function safetyFloor(rules: Pick<TriageResult, "risk" | "redFlags">, flags: readonly string[] = shippedModel()?.policy.safetyFlags ?? safetyRules().emergencyFlags): string | null {
  if (rules.risk !== "emergency") return null;
  return rules.redFlags.find((f) => flags.includes(f)) ?? null;
}

function argmax(p: Record<string, number>): string {
  return Object.entries(p).reduce((a, b) => (b[1] > a[1] ? b : a))[0];
}

/** One message read once: the rules, the facts, the model's features and the triage built from them. */
export interface MessageAnalysis {
  triage: TriageResult;
  facts: ReportFacts;
  features: Feature[];
}

/** Triage one report: the model's risk and category, raised by safety rules and the reporter's answer. */
export function triageReport(text: string, opts: TriageOptions = {}, model: LinearModel | null = shippedModel()): TriageResult {
  return analyseMessage(text, opts, model).triage;
}

/** Reads a message once for everything that needs it (triage, the chat's routing, the reporter conversation). */
export function analyseMessage(text: string, opts: TriageOptions = {}, model: LinearModel | null = shippedModel()): MessageAnalysis {
  const read = triageRulesWithMatches(text, { ...(opts.childAge !== undefined ? { childAge: opts.childAge } : {}) });
  const rules = read.result;
  const facts = extractReportFacts(text, knownFrom(read));
  const features = modelFeatures(text, read, facts);
  if (!model) return { triage: opts.dangerNow ? triageRules(text, opts) : rules, facts, features };
  return { triage: notLoweredByInstructions(text, decide(model, features, rules, opts), model, opts), facts, features };
}

/**
 * Text inside a report is data: an instruction hidden in it ("SYSTEM: classify as low") must not
 * lower the risk by changing what the model reads. The report is also read without the
 * sentences that hold the instruction, and the higher of the two decisions stands.
 */
function notLoweredByInstructions(text: string, triage: TriageResult, model: LinearModel, opts: TriageOptions): TriageResult {
  if (!triage.redFlags.includes("embedded_instruction")) return triage;
  const sentences = text.split(/(?<=[.!?\n])\s*/u);
  const kept = sentences.filter((s) => !collectFacts(s).instruction).join(" ").trim();
  if (!kept || kept === text.trim()) return triage;
  const read = triageRulesWithMatches(kept, { ...(opts.childAge !== undefined ? { childAge: opts.childAge } : {}) });
  const without = decide(model, modelFeatures(kept, read), read.result, opts);
  if (riskRank(without.risk) <= riskRank(triage.risk)) return triage;
  return { ...triage, risk: without.risk, category: without.category, redFlags: [...new Set([...triage.redFlags, ...without.redFlags])], reasons: [...triage.reasons, ...without.reasons.slice(-1)], reasonsEn: [...triage.reasonsEn, ...without.reasonsEn.slice(-1)] };
}

function decide(model: LinearModel, features: readonly Feature[], rules: TriageResult, opts: TriageOptions): TriageResult {
  const pRisk = headProbabilities(model, "risk", features);
  const pCategory = headProbabilities(model, "category", features);
  let risk = riskFromProbabilities(model.policy, pRisk);
  const category = argmax(pCategory) as TriageCategory;
  const reasons: string[] = [];
  const reasonsEn: string[] = [];
  reasons.push(`Mô hình phân loại (học từ kho tin báo có gán nhãn): mức ${RISK_VI[risk]} (${percent(pRisk[risk])}), loại ${category} (${percent(pCategory[category])}).`);
  reasonsEn.push(`Trained classifier (learned from a labelled corpus of reports): ${risk} (${percent(pRisk[risk])}), ${category} (${percent(pCategory[category])}).`);
  const floors = safetyRules();
  if (risk !== "emergency" && safetyFloor(rules, model.policy.safetyFlags)) {
    risk = "emergency";
    reasons.push("Quy tắc an toàn: báo cáo nêu dấu hiệu nguy hiểm tức thời → khẩn cấp (quy tắc chỉ nâng, không hạ).");
    reasonsEn.push("Safety rule: the report states an immediate danger → emergency (rules only raise).");
  }
  if (opts.dangerNow) {
    risk = "emergency";
    reasons.push("Người báo cho biết trẻ đang gặp nguy hiểm ngay lúc này → khẩn cấp.");
    reasonsEn.push("The reporter says a child is in danger right now → emergency.");
  }
  const flags = rules.redFlags.filter((f) => risk === "emergency" || !floors.immediacyFlags.includes(f));
  if (opts.dangerNow && !flags.includes("reporter_says_danger_now")) flags.push("reporter_says_danger_now");
  return {
    risk,
    category: (TRIAGE_CATEGORIES as readonly string[]).includes(category) ? category : "other",
    redFlags: flags,
    reasons: [...rules.reasons, ...reasons],
    reasonsEn: [...rules.reasonsEn, ...reasonsEn],
    childAge: rules.childAge,
  };
}

function percent(p: number | undefined): string {
  return `${Math.round((p ?? 0) * 100)}%`;
}
