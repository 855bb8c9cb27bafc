/**
 * Carries out what one step of the reporter flow asked for, against the CaseIntake port.
 * Officers come first: an emergency alert is sent before the draft is saved and before the
 * reporter sees the next question. A failing save or alert never stops the reporter (the
 * conversation state still holds every answer); a failing submit keeps them at the
 * confirmation with 111 on screen.
 */
import type { Reply } from "../../core/message-types.ts";
import type { CaseIntake } from "../case-intake-port.ts";
import type { ReportFlow } from "./report-flow.ts";
import type { FlowStep, ReportFlowState } from "./report-flow-types.ts";

export interface EffectsResult {
  state: ReportFlowState;
  replies: Reply[];
  /** "submitted" when the queue accepted the report, "cancelled" when the reporter stopped. */
  outcome: "continue" | "submitted" | "cancelled";
  caseCode: string | null;
}

/** Called with the effect that failed and the error; the caller logs ids only. */
export type EffectFailure = (effect: string, error: unknown) => void;

/** Performs the effects of `step` in a safe order and returns what to show. */
export async function performReportEffects(step: FlowStep, flow: ReportFlow, intake: CaseIntake, onFailure: EffectFailure): Promise<EffectsResult> {
  for (const effect of step.effects) {
    if (effect.type === "alert_emergency") await attempt(() => intake.alertEmergencyDraft(step.state.draft, effect.triage), "alert_emergency", onFailure);
  }
  if (step.effects.some((e) => e.type === "save_draft")) await attempt(() => intake.saveDraft(step.state.draft), "save_draft", onFailure);
  if (step.outcome === "cancelled") return { state: step.state, replies: step.replies, outcome: "cancelled", caseCode: null };
  if (step.outcome !== "submit") return { state: step.state, replies: step.replies, outcome: "continue", caseCode: null };
  return submit(step.state, flow, intake, onFailure);
}

async function submit(state: ReportFlowState, flow: ReportFlow, intake: CaseIntake, onFailure: EffectFailure): Promise<EffectsResult> {
  try {
    const receipt = await intake.submit({ ...state.draft, status: "submitted" });
    const done: ReportFlowState = { ...state, draft: { ...state.draft, status: "submitted" } };
    return { state: done, replies: flow.submitted(done, receipt), outcome: "submitted", caseCode: receipt.caseCode };
  } catch (error) {
    onFailure("submit", error);
    return { state, replies: flow.submitFailed(state), outcome: "continue", caseCode: null };
  }
}

async function attempt(run: () => Promise<void>, name: string, onFailure: EffectFailure): Promise<void> {
  try {
    await run();
  } catch (error) {
    onFailure(name, error);
  }
}
