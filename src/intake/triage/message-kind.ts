/**
 * What a first message is: a concern about a child (to be reported), a question (about the
 * plans, or how reporting works), or chatter; "unsure" when the model cannot tell, so the chat
 * asks once instead of guessing. The same trained model as triage reads it (its "route" head),
 * and triage's emergency always makes it a concern: a child in danger is never answered with
 * a plan citation.
 */
import { headProbabilities, shippedModel, type LinearModel } from "./linear-model.ts";
import { analyseMessage, type MessageAnalysis } from "./triage-model.ts";
import { riskRank, type TriageResult } from "./triage-types.ts";

export type MessageKind = "concern" | "question" | "chatter" | "unsure";

export interface MessageKindResult {
  kind: MessageKind;
  /** The model's probability that the message is a concern (1 when triage says emergency). */
  concern: number;
  triage: TriageResult;
}

/** Classifies a first message (outside a report in progress). */
export function routeMessageKind(text: string, model: LinearModel | null = shippedModel(), analysis: MessageAnalysis = analyseMessage(text, {}, model)): MessageKindResult {
  const { triage, features } = analysis;
  if (!model) return { kind: triage.risk !== "low" ? "concern" : "question", concern: triage.risk !== "low" ? 1 : 0, triage };
  const p = headProbabilities(model, "route", features);
  const concern = p.concern ?? 0;
  // An emergency is a concern unless the wording is almost surely a question about the plans.
  if (triage.risk === "emergency" && (p.question ?? 0) < 0.9) return { kind: "concern", concern, triage };
  // A report the model rates high is a concern even when its wording sounds like a question.
  const { concernThreshold, unsureThreshold } = model.policy;
  if (concern >= concernThreshold || (riskRank(triage.risk) >= riskRank("high") && concern >= unsureThreshold)) return { kind: "concern", concern, triage };
  if (concern >= unsureThreshold) return { kind: "unsure", concern, triage };
  return { kind: (p.chatter ?? 0) > (p.question ?? 0) ? "chatter" : "question", concern, triage };
}
