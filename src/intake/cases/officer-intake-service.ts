/**
 * Cases an officer records ("Tiếp nhận mới"): a report that came by phone, as a transfer from
 * the national hotline 111, in person, by letter or another way. The officer types the same
 * fields a chat report has; the narrative is triaged exactly as a chat report is
 * (`triageDraft`), and the case gets the same deadlines and the same officer alert.
 *
 * The officer's judgement may only move the risk in the open: raising it is recorded in the
 * case's reasons; lowering it needs a reason and goes through the queue's reclassification
 * (audited, shown on the case page and in Form 01, deadlines never later than the triage's);
 * an emergency the triage found is never lowered here (an officer who holds the case can
 * reclassify it later, with a reason, on the case page).
 */
import { randomUUID } from "node:crypto";
import type { Language } from "../../core/message-types.ts";
import type { AgeBand, ReportDraft, ReporterRelation, TriState } from "../case-intake-port.ts";
import { riskRank, type TriageRisk } from "../triage/triage-types.ts";
import { buildCase, triageDraft, type CaseTriage } from "./case-builder.ts";
import { withSuggestion, type RiskSuggester } from "./case-intake-service.ts";
import { newCaseCode } from "./case-code.ts";
import { DEFAULT_DEADLINES, type DeadlinePolicy } from "./case-deadlines.ts";
import type { ProvinceLookup } from "./case-province.ts";
import type { CaseQueue } from "./case-queue-service.ts";
import { CaseCodeTakenError, type CaseStore, type NewCase } from "./case-store.ts";
import type { CaseChild, CasePerson, CaseRecord, IntakeSource, NewCaseAlert, OfficerAlerter } from "./case-types.ts";

/** What the officer typed, already validated (new-case-routes.ts checks it with zod). */
export interface OfficerReport {
  source: IntakeSource;
  reference: string | null;
  /** When the call, visit or letter came in, when earlier than now: deadlines count from the report (Decree 56, Art. 31), not from the typing. */
  receivedAt: Date | null;
  language: Language;
  narrative: string;
  when: string | null;
  dangerNow: TriState;
  withPersonNow: TriState;
  provinceId: string | null;
  commune: string | null;
  locationText: string | null;
  children: CaseChild[];
  people: CasePerson[];
  reporterRelation: ReporterRelation | null;
  reporterName: string | null;
  anonymous: boolean;
  contact: string | null;
  consentToContact: boolean | null;
  /** The risk the officer sets: "auto" keeps the triage's. */
  risk: TriageRisk | "auto";
  /** Why the officer changed the risk (needed to lower it). */
  riskReason: string | null;
}

export type OfficerIntakeResult =
  | { ok: true; code: string; risk: TriageRisk; triageRisk: TriageRisk }
  | { ok: false; problem: "emergency_locked" | "reason_missing"; triageRisk: TriageRisk };

export interface OfficerIntake {
  record(officer: string, report: OfficerReport): Promise<OfficerIntakeResult>;
}

export interface OfficerIntakeDeps {
  store: CaseStore;
  queue: CaseQueue;
  clock?: () => Date;
  deadlines?: DeadlinePolicy;
  provinces?: ProvinceLookup;
  alerter?: OfficerAlerter;
  onAlertError?: (error: unknown, alert: NewCaseAlert) => void;
  newCode?: () => string;
  /** The optional model's second opinion, as on a chat report (it may only raise the risk). */
  suggestRisk?: RiskSuggester;
}

const CODE_ATTEMPTS = 8;
const AGE_ORDER: readonly AgeBand[] = ["under_6", "6_11", "12_15", "16_17"];

/** The youngest child whose age is known: triage rules that depend on age (a small child alone) protect the youngest. */
function youngest(children: readonly CaseChild[]): CaseChild | null {
  const known = children.filter((c) => c.ageBand && c.ageBand !== "unknown");
  known.sort((a, b) => AGE_ORDER.indexOf(a.ageBand!) - AGE_ORDER.indexOf(b.ageBand!));
  return known[0] ?? children[0] ?? null;
}

/** The officer's report as the chat's draft shape, so the same triage and the same case builder read it. */
export function draftOf(officer: string, report: OfficerReport, at: Date): ReportDraft {
  const first = youngest(report.children);
  const harmer = report.people.find((p) => p.role === "harmer") ?? null;
  return {
    draftId: `officer-${randomUUID()}`, channel: "web", chatId: `officer:${officer}`, userId: officer, language: report.language, status: "submitted",
    dangerNow: report.dangerNow, narrative: report.narrative, childAgeBand: first?.ageBand ?? null, childAgeText: first?.note ?? null, childSex: first?.sex ?? null,
    provinceId: report.provinceId, provinceName: null, locationText: report.locationText, commune: report.commune, when: report.when, withPersonNow: report.withPersonNow,
    harmer: harmer?.relation ?? null, harmerText: harmer?.note ?? null, children: report.children.length > 1 ? report.children.length : null,
    reporterRelation: report.reporterRelation, reporterRelationText: null, anonymous: report.anonymous, contact: report.anonymous ? null : report.contact,
    consentToContact: report.anonymous ? null : report.consentToContact, attachments: [], extraNotes: [], startedAt: at.toISOString(), updatedAt: at.toISOString(),
  };
}

export function createOfficerIntake(deps: OfficerIntakeDeps): OfficerIntake {
  const clock = deps.clock ?? (() => new Date());
  const policy = deps.deadlines ?? DEFAULT_DEADLINES;
  const newCode = deps.newCode ?? (() => newCaseCode());

  const insert = async (draft: ReportDraft, triage: CaseTriage, officer: string, report: OfficerReport): Promise<CaseRecord> => {
    for (let attempt = 0; attempt < CODE_ATTEMPTS; attempt += 1) {
      const reportedAt = report.receivedAt && report.receivedAt < clock() ? report.receivedAt : clock();
      const built = buildCase({ draft, triage, code: newCode(), reportedAt, submitted: true, provinces: deps.provinces, policy });
      const record: NewCase = {
        // The officer says whether the reporter asked to stay anonymous; a caller who left no number is not anonymous by that alone.
        ...built, channel: "officer", chatId: `officer:${officer}`, anonymous: report.anonymous,
        details: {
          ...built.details, childList: report.children, people: report.people,
          intake: { source: report.source, reference: report.reference, reporterName: report.anonymous ? null : report.reporterName, enteredBy: officer },
        },
      };
      try {
        return await deps.store.insertCase(record);
      } catch (error) {
        if (!(error instanceof CaseCodeTakenError)) throw error;
      }
    }
    throw new CaseCodeTakenError(`no free case code after ${CODE_ATTEMPTS} attempts`);
  };

  return {
    async record(officer, report) {
      const at = clock();
      const draft = draftOf(officer, report, at);
      const triage = await withSuggestion(triageDraft(draft), draft, deps.suggestRisk);
      const triageRisk = triage.risk;
      const wanted = report.risk === "auto" ? triageRisk : report.risk;
      const reason = report.riskReason?.trim() || null;
      const lower = riskRank(wanted) < riskRank(triageRisk);
      if (lower && triageRisk === "emergency") return { ok: false, problem: "emergency_locked", triageRisk };
      if (lower && !reason) return { ok: false, problem: "reason_missing", triageRisk };
      if (riskRank(wanted) > riskRank(triageRisk)) {
        triage.risk = wanted;
        triage.reasons.push(`Cán bộ tiếp nhận nâng mức nguy cơ khi ghi nhận${reason ? `: ${reason}` : "."}`);
      }
      const stored = await insert(draft, triage, officer, report);
      await deps.store.audit({ officer, action: "officer_intake", caseCode: stored.code, detail: `${report.source}, ${triageRisk} -> ${wanted}`, at });
      let risk = stored.risk;
      if (lower) {
        // Recorded like any reclassification (who, from, to, why), so the lowering is on the case page and in Form 01.
        // Should it fail, the case stays at the triage's (higher) risk: it is stored and alerted either way, never lost to a retry.
        const changed = await deps.queue.reclassify(officer, stored.code, { risk: wanted, category: stored.category, reason: reason! }).catch(() => ({ ok: false as const }));
        if (changed.ok) risk = wanted;
      }
      const alert: NewCaseAlert = { kind: "new_case", code: stored.code, risk, category: stored.category, provinceName: stored.provinceName };
      try {
        await deps.alerter?.alert(alert);
      } catch (error) {
        deps.onAlertError?.(error, alert);
      }
      return { ok: true, code: stored.code, risk, triageRisk };
    },
  };
}
