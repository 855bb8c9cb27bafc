/**
 * The reporter's side of the queue: implements the CaseIntake port the conversation calls.
 * Drafts are stored after every answer; an emergency draft becomes a case at once (visible
 * in the queue, its deadlines running, officers alerted) and keeps its code when the
 * reporter confirms; a reporter sees status only, and an unknown code and another chat's
 * code get the same not-found so codes cannot be probed. A case from a source past its report
 * limits is stored all the same, marked as a suspected flood and alerted in a batch (flood-guard.ts).
 * Information a reporter adds is read again with the case and can only raise it; the facts it tells reach the case (case-follow-up.ts).
 */
import type { Attachment } from "../../core/message-types.ts";
import type { AddInformationResult, CaseIntake, CaseOwner, CaseReceipt, CaseStatusView, DraftTriage, ReportDraft } from "../case-intake-port.ts";
import { buildCase, reportText, submittedFields, triageDraft, type CaseTriage } from "./case-builder.ts";
import { caseCodeKey, newCaseCode } from "./case-code.ts";
import { addFollowUpFacts, raiseOnFollowUp } from "./case-follow-up.ts";
import { DEFAULT_DEADLINES, type DeadlinePolicy } from "./case-deadlines.ts";
import type { ProvinceLookup } from "./case-province.ts";
import { CaseCodeTakenError, type CaseStore, type NewCase } from "./case-store.ts";
import type { FloodAlertBatcher } from "./flood-alert-batcher.ts";
import type { FloodGuard } from "./flood-guard.ts";
import { riskRank } from "../triage/triage-types.ts";
import { FINAL_STATUSES, type CaseRecord, type NewCaseAlert, type OfficerAlerter } from "./case-types.ts";

/** A second opinion on a report's risk (the optional model): it may raise the rules' risk, never lower it. */
export type RiskSuggester = (reportText: string) => Promise<{ risk: CaseTriage["risk"]; category: string } | null>;

export interface CaseIntakeDeps {
  /** Consulted on submit when configured; failures and timeouts leave the rules' triage as it is. */
  suggestRisk?: RiskSuggester;
  store: CaseStore;
  clock?: () => Date;
  deadlines?: DeadlinePolicy;
  provinces?: ProvinceLookup;
  alerter?: OfficerAlerter;
  /** Told when alerting officers failed; the report is stored and queued all the same. */
  onAlertError?: (error: unknown, alert: NewCaseAlert) => void;
  newCode?: () => string;
  /** Marks cases from a source past its report limits; without it no case is ever marked. */
  flood?: FloodGuard;
  /** Where marked cases are announced (one alert per batch); without it they are announced one by one. */
  floodAlerts?: FloodAlertBatcher;
}

const NOT_FOUND: CaseStatusView = { found: false, reason: "not_found" };
const CODE_ATTEMPTS = 8;

/** Creates the CaseIntake the reporter flow uses. */
export function createCaseIntakeService(deps: CaseIntakeDeps): CaseIntake {
  const clock = deps.clock ?? (() => new Date());
  const policy = deps.deadlines ?? DEFAULT_DEADLINES;
  const newCode = deps.newCode ?? (() => newCaseCode());

  /** Inserts a case under a fresh code; true when this call created it (false: another call did for the same draft). */
  const create = async (draft: ReportDraft, triage: CaseTriage, submitted: boolean): Promise<{ record: CaseRecord; created: boolean }> => {
    const floodGroup = (await deps.flood?.check(draft, triage.risk)) ?? null;
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt += 1) {
      const code = newCode();
      const record = markFlood(buildCase({ draft, triage, code, reportedAt: clock(), submitted, provinces: deps.provinces, policy }), floodGroup);
      try {
        const stored = await deps.store.insertCase(record);
        return { record: stored, created: stored.code === code };
      } catch (error) {
        if (!(error instanceof CaseCodeTakenError)) throw error;
      }
    }
    throw new CaseCodeTakenError(`no free case code after ${CODE_ATTEMPTS} attempts`);
  };

  /** A reporter's receipt never waits on, or fails with, the officers' chat: the case is in the queue and its deadlines escalate. */
  const announce = async (kind: NewCaseAlert["kind"], record: CaseRecord): Promise<void> => {
    if (record.floodGroup && deps.floodAlerts) {
      deps.floodAlerts.add({ code: record.code, risk: record.risk, floodGroup: record.floodGroup }, record.createdAt);
      return;
    }
    const alert: NewCaseAlert = { kind, code: record.code, risk: record.risk, category: record.category, provinceName: record.provinceName };
    try {
      await deps.alerter?.alert(alert);
    } catch (error) {
      deps.onAlertError?.(error, alert);
    }
  };

  /**
   * The case a code names, from any conversation or channel: the code is the secret a reporter
   * keeps (a reporter who changed phone, or reported on the web and follows up on Zalo, still has
   * it). Guessing is throttled per sender by the conversation; only status, never notes, is shown.
   */
  const owned = async (code: string, _asker: CaseOwner): Promise<CaseRecord | null> => {
    const key = caseCodeKey(code);
    return key ? await deps.store.findByCodeKey(key) : null;
  };

  return {
    async saveDraft(draft) {
      await deps.store.saveDraft(draft);
    },
    async alertEmergencyDraft(draft: ReportDraft, triage: DraftTriage) {
      await deps.store.saveDraft(draft);
      if (await deps.store.findByDraft(draft.draftId)) return;
      const { record, created } = await create(draft, { ...triageDraft(draft, triage), risk: "emergency" }, false);
      if (created) await announce("emergency_draft", record);
    },
    async submit(draft: ReportDraft): Promise<CaseReceipt> {
      await deps.store.saveDraft({ ...draft, status: "submitted" });
      const existing = await deps.store.findByDraft(draft.draftId);
      if (existing?.submittedAt) return receipt(existing);
      if (existing) return receipt(await completeEmergencyDraft(deps, existing, draft, clock()));
      const { record, created } = await create(draft, await withSuggestion(triageDraft(draft), draft, deps.suggestRisk), true);
      if (created) await announce("new_case", record);
      return receipt(record);
    },
    async status(code, owner): Promise<CaseStatusView> {
      const record = await owned(code, owner);
      if (!record) return NOT_FOUND;
      return { found: true, caseCode: record.code, status: record.status, updatedAt: record.updatedAt, dueBy: FINAL_STATUSES.has(record.status) ? null : record.actionDueAt };
    },
    async addInformation(code: string, owner: CaseOwner, text: string | null, attachments: Attachment[]): Promise<AddInformationResult> {
      const record = await owned(code, owner);
      if (!record) return { ok: false, reason: "not_found" };
      if (FINAL_STATUSES.has(record.status)) return { ok: false, reason: "closed" };
      const at = clock();
      await deps.store.addAddition(record.id, text, attachments, at);
      // Read again with the case: a follow-up that shows danger raises it (never lowers), and an emergency is alerted once.
      const raised = text ? await raiseOnFollowUp(deps.store, policy, record, text, at) : null;
      // What it tells reaches the case as the story's facts would have (red flags, who harms, the children, place, when).
      if (text) await addFollowUpFacts(deps.store, raised ?? record, text, at, deps.provinces);
      if (!raised) return { ok: true };
      // Officers hear of a raised case as they hear of a new case of that risk (every new case is announced).
      await announce(raised.risk === "emergency" ? "raised_emergency" : "raised_risk", raised);
      return { ok: true, raisedTo: raised.risk };
    },
  };
}

/**
 * A suspected-flood case keeps its deadlines (the breaches are announced, grouped by source)
 * but gets no repeat alert of its own every quarter hour: the group's batch alert replaces them.
 */
function markFlood(record: NewCase, floodGroup: string | null): NewCase {
  return floodGroup === null ? record : { ...record, floodGroup, nextAlertAt: null };
}

/** Applies a suggested risk only upwards; a suggestion that fails or is lower changes nothing. */
export async function withSuggestion(rules: CaseTriage, draft: ReportDraft, suggest: RiskSuggester | undefined): Promise<CaseTriage> {
  if (!suggest) return rules;
  const suggestion = await suggest(reportText(draft)).catch(() => null);
  if (!suggestion || riskRank(suggestion.risk) <= riskRank(rules.risk)) {
    return suggestion && rules.category === "other" ? { ...rules, category: suggestion.category } : rules;
  }
  return {
    risk: suggestion.risk,
    category: rules.category === "other" ? suggestion.category : rules.category,
    redFlags: [...rules.redFlags, "model_raised_risk"],
    reasons: [...rules.reasons, `Mô hình ngôn ngữ đề xuất mức nguy cơ cao hơn (${suggestion.risk}); cán bộ cần xem lại.`],
  };
}

/** The reporter confirmed a report that already surfaced as an emergency: same code, same running deadlines, never a lower risk. */
async function completeEmergencyDraft(deps: CaseIntakeDeps, existing: CaseRecord, draft: ReportDraft, now: Date): Promise<CaseRecord> {
  const triage = triageDraft(draft, { risk: existing.risk, category: existing.category, redFlags: existing.redFlags, reasons: existing.reasons });
  await deps.store.completeSubmission(draft.draftId, submittedFields(draft, triage, deps.provinces, now));
  return (await deps.store.findByDraft(draft.draftId)) ?? existing;
}

function receipt(record: CaseRecord): CaseReceipt {
  return { caseCode: record.code, risk: record.risk, dueBy: record.actionDueAt, nextSteps: [] };
}
