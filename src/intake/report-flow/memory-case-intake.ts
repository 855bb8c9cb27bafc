/**
 * An in-memory CaseIntake: the reference behaviour of the port and the fake the conversation
 * tests use. Drafts are kept by id, emergency alerts recorded once per draft, submissions
 * idempotent per draft, and a case is visible only to the chat that reported it.
 */
import { randomInt } from "node:crypto";
import type { Attachment } from "../../core/message-types.ts";
import {
  CASE_CODE_ALPHABET, normaliseCaseCode,
  type AddInformationResult, type CaseIntake, type CaseOwner, type CaseReceipt, type CaseStatusView, type DraftTriage, type ReportDraft,
} from "../case-intake-port.ts";

/** Default deadlines by risk, in hours (DESIGN.md "Intake workflow"). */
export const DEFAULT_DUE_HOURS: Record<CaseReceipt["risk"], number> = { emergency: 12, high: 12, medium: 24, low: 72 };

export interface MemoryCase {
  caseCode: string;
  draft: ReportDraft;
  risk: CaseReceipt["risk"];
  status: string;
  dueBy: Date;
  /** Officers' notes: kept to prove they are never shown to reporters. */
  officerNotes: string[];
  additions: Array<{ text: string | null; attachments: Attachment[]; at: Date }>;
  updatedAt: Date;
}

export interface MemoryCaseIntake extends CaseIntake {
  drafts: Map<string, ReportDraft>;
  alerts: Array<{ draftId: string; triage: DraftTriage; at: Date }>;
  cases: Map<string, MemoryCase>;
}

export interface MemoryCaseIntakeOptions {
  clock?: () => Date;
  /** Risk of a submitted draft; defaults to emergency when the reporter said "danger now", else medium. */
  riskOf?: (draft: ReportDraft) => CaseReceipt["risk"];
  newCode?: () => string;
}

/** Creates the in-memory port. */
export function createMemoryCaseIntake(options: MemoryCaseIntakeOptions = {}): MemoryCaseIntake {
  const clock = options.clock ?? (() => new Date());
  const riskOf = options.riskOf ?? ((d: ReportDraft) => (d.dangerNow === "yes" ? "emergency" : "medium"));
  const newCode = options.newCode ?? randomCaseCode;
  const drafts = new Map<string, ReportDraft>();
  const alerts: MemoryCaseIntake["alerts"] = [];
  const cases = new Map<string, MemoryCase>();
  const byDraft = new Map<string, string>();

  /** The case a code names, from any conversation (the code is the secret, as in the real service). */
  const ownedCase = (code: string, _asker: CaseOwner): MemoryCase | "not_found" => cases.get(normaliseCaseCode(code)) ?? "not_found";

  return {
    drafts, alerts, cases,
    async saveDraft(draft) {
      drafts.set(draft.draftId, structuredClone(draft));
    },
    async alertEmergencyDraft(draft, triage) {
      if (alerts.some((a) => a.draftId === draft.draftId)) return;
      alerts.push({ draftId: draft.draftId, triage, at: clock() });
    },
    async submit(draft) {
      const existing = byDraft.get(draft.draftId);
      const known = existing ? cases.get(existing) : undefined;
      if (known) return receiptOf(known);
      const risk = riskOf(draft);
      const now = clock();
      const created: MemoryCase = {
        caseCode: uniqueCode(newCode, cases), draft: { ...structuredClone(draft), status: "submitted" }, risk, status: "new",
        dueBy: new Date(now.getTime() + DEFAULT_DUE_HOURS[risk] * 3600_000), officerNotes: [], additions: [], updatedAt: now,
      };
      cases.set(created.caseCode, created);
      byDraft.set(draft.draftId, created.caseCode);
      drafts.set(draft.draftId, created.draft);
      return receiptOf(created);
    },
    async status(code, owner): Promise<CaseStatusView> {
      const found = ownedCase(code, owner);
      if (typeof found === "string") return { found: false, reason: found };
      return { found: true, caseCode: found.caseCode, status: found.status, updatedAt: found.updatedAt, dueBy: found.dueBy };
    },
    async addInformation(code, owner, text, attachments): Promise<AddInformationResult> {
      const found = ownedCase(code, owner);
      if (typeof found === "string") return { ok: false, reason: found };
      if (found.status === "closed") return { ok: false, reason: "closed" };
      found.additions.push({ text, attachments, at: clock() });
      found.updatedAt = clock();
      return { ok: true };
    },
  };
}

function receiptOf(c: MemoryCase): CaseReceipt {
  return { caseCode: c.caseCode, risk: c.risk, dueBy: c.dueBy, nextSteps: [] };
}

/** Six characters from the unambiguous alphabet: about 887 million codes, short enough to read over the phone. */
export function randomCaseCode(): string {
  let code = "";
  for (let i = 0; i < 6; i += 1) code += CASE_CODE_ALPHABET[randomInt(CASE_CODE_ALPHABET.length)];
  return code;
}

function uniqueCode(newCode: () => string, cases: Map<string, MemoryCase>): string {
  for (;;) {
    const code = normaliseCaseCode(newCode());
    if (!cases.has(code)) return code;
  }
}
