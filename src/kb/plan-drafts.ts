/**
 * Assignments a language model drafted for a plan the parser does not read well, and their
 * review. A draft belongs to one plan version; it is stored `unreviewed`, and only an
 * administrator's approval lets it join that version's assignments. Unreviewed and rejected
 * drafts never reach an answer, and an approved draft whose quote is not verbatim in the
 * plan's text is left out (it is re-checked on approval and again when plans are loaded).
 */
import type { Assignment, ParsedPlan, Role } from "./types.ts";

export type DraftStatus = "unreviewed" | "approved" | "rejected";

/** The plan version a draft was made from. */
export interface DraftTarget {
  documentNumber: string;
  planVersion: number;
  checksum: string;
}

/** A proposal as the drafter returns it (see src/llm/plan-drafter.ts). */
export interface NewDraft {
  agencyAsWritten: string;
  agencyId: string | null;
  role: Role;
  quote: string;
  sectionPath: string | null;
}

export interface StoredDraft extends DraftTarget, NewDraft {
  id: string;
  status: DraftStatus;
  reviewedBy: string | null;
  reviewedAt: Date | null;
  createdAt: Date;
}

/** Where drafts are kept (src/db/plan-draft-repository.ts). */
export interface PlanDraftStore {
  add(target: DraftTarget, drafts: readonly NewDraft[]): Promise<StoredDraft[]>;
  /** Oldest first; every document when `documentNumber` is not given. */
  list(filter?: { documentNumber?: string; status?: DraftStatus }): Promise<StoredDraft[]>;
  get(ids: readonly string[]): Promise<StoredDraft[]>;
  setStatus(ids: readonly string[], status: DraftStatus, officer: string, at: Date): Promise<void>;
  /** The text of one stored plan version, or null when there is none. */
  planText(documentNumber: string, version: number): Promise<string | null>;
}

/** A review that cannot be done as asked; nothing was changed. */
export class DraftReviewError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DraftReviewError";
  }
}

/**
 * Approves or rejects drafts by id, all or none. Approval re-checks that each quote is still
 * verbatim in its plan version, so a draft can never carry words the plan does not say.
 */
export async function reviewDrafts(store: PlanDraftStore, ids: readonly string[], decision: "approved" | "rejected", officer: string, at = new Date()): Promise<StoredDraft[]> {
  const name = officer.trim();
  if (!name) throw new DraftReviewError("Cần tên người duyệt: --officer NAME (the reviewing officer's name is required)");
  if (ids.length === 0) throw new DraftReviewError("Cần ít nhất một mã bản nháp (at least one draft id is required)");
  const drafts = await store.get(ids);
  const missing = ids.filter((id) => !drafts.some((d) => d.id === id));
  if (missing.length > 0) throw new DraftReviewError(`Không có bản nháp (no such draft): ${missing.join(", ")}`);
  if (decision === "approved") {
    for (const draft of drafts) {
      const text = await store.planText(draft.documentNumber, draft.planVersion);
      if (text === null || !text.includes(draft.quote)) {
        throw new DraftReviewError(`Bản nháp ${draft.id}: trích dẫn không có nguyên văn trong kế hoạch ${draft.documentNumber} phiên bản ${draft.planVersion}; không duyệt (the quote is not verbatim in the plan; not approved)`);
      }
    }
  }
  await store.setStatus(ids, decision, name, at);
  return store.get(ids);
}

/** The section whose text holds the quote, the innermost when sections nest; null when none does. */
export function sectionPathOf(plan: Pick<ParsedPlan, "sections">, quote: string): string | null {
  const holding = plan.sections.filter((s) => s.text.includes(quote));
  holding.sort((a, b) => a.text.length - b.text.length);
  return holding[0]?.path ?? null;
}

/**
 * The plan with its approved drafts added to its assignments, each marked with who approved
 * it and when. Drafts of another version, not approved, already parsed, or whose quote is not
 * in the text are left out.
 */
export function mergeApprovedDrafts(plan: ParsedPlan, drafts: readonly StoredDraft[]): ParsedPlan {
  const known = new Set(plan.assignments.map((a) => `${a.agencyId ?? a.agencyAsWritten}|${a.role}|${a.quote}`));
  const added: Assignment[] = [];
  for (const d of drafts) {
    const key = `${d.agencyId ?? d.agencyAsWritten}|${d.role}|${d.quote}`;
    if (d.status !== "approved" || d.documentNumber !== plan.documentNumber || d.checksum !== plan.checksum) continue;
    if (known.has(key) || !plan.text.includes(d.quote)) continue;
    known.add(key);
    added.push(toAssignment(plan, d));
  }
  return added.length === 0 ? plan : { ...plan, assignments: [...plan.assignments, ...added] };
}

function toAssignment(plan: ParsedPlan, d: StoredDraft): Assignment {
  const day = (d.reviewedAt ?? d.createdAt).toISOString().slice(0, 10);
  return {
    agencyId: d.agencyId,
    agencyAsWritten: d.agencyAsWritten,
    role: d.role,
    taskId: null,
    sectionPath: d.sectionPath ?? sectionPathOf(plan, d.quote) ?? "",
    quote: d.quote,
    note: `Do mô hình ngôn ngữ soạn, ${d.reviewedBy ?? "?"} duyệt ngày ${day} (drafted by model, approved by ${d.reviewedBy ?? "?"} on ${day})`,
  };
}

/** One draft as `npm run ingest` prints it: number, id, status, role, agency and its quote. */
export function formatDraft(d: StoredDraft, n: number): string {
  const agency = d.agencyId ? `${d.agencyAsWritten} [${d.agencyId}]` : `${d.agencyAsWritten} [chưa có trong danh mục (not in the registry)]`;
  const reviewed = d.reviewedBy ? `, ${d.reviewedBy} ${d.reviewedAt?.toISOString().slice(0, 10) ?? ""}` : "";
  const quote = d.quote.replace(/\s+/g, " ");
  return `${n}. [${d.id}] ${d.status}${reviewed} | ${d.documentNumber} v${d.planVersion}${d.sectionPath ? ` mục ${d.sectionPath}` : ""} | ${d.role}: ${agency}\n   “${quote}”`;
}

/**
 * Stores the drafter's proposals for one plan version as unreviewed, with the section that
 * holds each quote. A proposal already stored for this version (in any status) is not stored
 * again, so drafting twice never brings back a rejected draft. Returns the new rows.
 */
export async function storeProposals(store: PlanDraftStore, plan: ParsedPlan, planVersion: number, proposals: ReadonlyArray<Omit<NewDraft, "sectionPath">>): Promise<StoredDraft[]> {
  const existing = await store.list({ documentNumber: plan.documentNumber });
  const key = (d: Omit<NewDraft, "sectionPath">) => `${d.agencyAsWritten}|${d.role}|${d.quote}`;
  const seen = new Set(existing.filter((d) => d.checksum === plan.checksum).map(key));
  const fresh = proposals.filter((p) => !seen.has(key(p)) && plan.text.includes(p.quote));
  const drafts = fresh.map((p): NewDraft => ({ agencyAsWritten: p.agencyAsWritten, agencyId: p.agencyId, role: p.role, quote: p.quote, sectionPath: sectionPathOf(plan, p.quote) }));
  if (drafts.length === 0) return [];
  return store.add({ documentNumber: plan.documentNumber, planVersion, checksum: plan.checksum }, drafts);
}
