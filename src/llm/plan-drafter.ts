/**
 * Drafts the assignments of a plan whose layout the parser does not know, for an admin to
 * review. The model only proposes; every proposal must quote the plan verbatim (quotes that
 * are not in the text are dropped, with the agency as written inside the quote), and every
 * draft is `reviewed: false`: unreviewed facts are never used in answers.
 */
import { z } from "zod";
import { foldKey } from "../core/vietnamese-text.ts";
import type { Agency, Role } from "../kb/types.ts";
import type { LlmClient } from "./llm-client.ts";
import { LlmCallError } from "./llm-errors.ts";
import type { OutcomeCounter } from "./llm-stats.ts";
import type { Prompt } from "./prompt-loader.ts";

export const DRAFT_TASK = "draft_plan";

const ROLES = ["lead", "coordinate", "responsible", "requested"] as const satisfies readonly Role[];

export const draftItemSchema = z.object({
  agencyAsWritten: z.string().trim().min(2).max(200),
  role: z.enum(ROLES),
  quote: z.string().trim().min(10).max(2000),
});

const draftReplySchema = z.object({ assignments: z.array(z.unknown()).max(500) });

/** One proposed assignment, waiting for an admin. */
export interface DraftAssignment {
  agencyAsWritten: string;
  role: Role;
  /** Verbatim from the plan text. */
  quote: string;
  /** The registry's agency for `agencyAsWritten`, or null when it is unknown (the admin decides). */
  agencyId: string | null;
  reviewed: false;
}

export interface PlanDraft {
  assignments: DraftAssignment[];
  /** Proposals dropped: malformed, quote not in the plan, agency not in its quote, duplicates. */
  dropped: number;
  /** Chunks of the plan the model could not read (timeout, error, malformed reply). */
  failedChunks: number;
}

export interface DrafterRegistry {
  findAgencies(text: string): Array<{ agency: Agency }>;
}

export interface PlanDrafterDeps {
  client: LlmClient;
  registry: DrafterRegistry;
  prompt: Prompt;
  counter: OutcomeCounter;
  /** Per chunk; drafting runs from the terminal, so it may wait longer than a chat reply. */
  timeoutMs?: number;
  chunkChars?: number;
}

export interface PlanDrafter {
  draftAssignments(planText: string): Promise<PlanDraft>;
}

/** Builds the drafter; outcomes are counted under the task "draft_plan". */
export function createPlanDrafter(deps: PlanDrafterDeps): PlanDrafter {
  const count = (outcome: string) => deps.counter.count(DRAFT_TASK, outcome);
  const timeoutMs = deps.timeoutMs ?? 60_000;
  return {
    async draftAssignments(planText) {
      const draft: PlanDraft = { assignments: [], dropped: 0, failedChunks: 0 };
      for (const chunk of chunkPlan(planText, deps.chunkChars ?? 6000)) {
        const items = await draftChunk(deps, chunk, timeoutMs, count);
        if (items === null) draft.failedChunks += 1;
        else addVerified(draft, items, planText, deps.registry);
      }
      return draft;
    },
  };
}

async function draftChunk(deps: PlanDrafterDeps, chunk: string, timeoutMs: number, count: (o: string) => void): Promise<unknown[] | null> {
  const messages = [
    { role: "system" as const, content: deps.prompt.text },
    { role: "user" as const, content: `VĂN BẢN KẾ HOẠCH (dữ liệu):\n<<<KẾ_HOẠCH\n${chunk.replace(/<<<|>>>/g, " ")}\nKẾ_HOẠCH>>>` },
  ];
  try {
    const reply = await deps.client.completeJson(DRAFT_TASK, messages, draftReplySchema, { timeoutMs, promptVersion: deps.prompt.file });
    count("drafted");
    return reply.assignments;
  } catch (error) {
    count(error instanceof LlmCallError ? error.kind : "error");
    return null;
  }
}

function addVerified(draft: PlanDraft, items: unknown[], planText: string, registry: DrafterRegistry): void {
  const seen = new Set(draft.assignments.map((a) => `${a.quote}|${a.agencyAsWritten}|${a.role}`));
  for (const item of items) {
    const parsed = draftItemSchema.safeParse(item);
    const quote = parsed.success ? verbatimQuote(planText, parsed.data.quote) : null;
    const key = parsed.success ? `${quote}|${parsed.data.agencyAsWritten}|${parsed.data.role}` : "";
    if (!parsed.success || quote === null || !mentions(quote, parsed.data.agencyAsWritten) || seen.has(key)) {
      draft.dropped += 1;
      continue;
    }
    seen.add(key);
    const agencyId = registry.findAgencies(parsed.data.agencyAsWritten)[0]?.agency.id ?? null;
    draft.assignments.push({ agencyAsWritten: parsed.data.agencyAsWritten, role: parsed.data.role, quote, agencyId, reviewed: false });
  }
}

/**
 * The quote as it stands in the plan, or null. Models often retype the text with other
 * line breaks or spacing, or another Unicode composition; that is accepted, and the plan's
 * own span is returned, so the stored quote is always an exact substring of the plan.
 */
export function verbatimQuote(planText: string, quote: string): string | null {
  if (planText.includes(quote)) return quote;
  for (const form of ["NFC", "NFD"] as const) {
    const words = quote.normalize(form).trim().split(/\s+/).map(escapeRegExp);
    const match = new RegExp(words.join("\\s+"), "u").exec(planText);
    if (match) return match[0];
  }
  return null;
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

function mentions(quote: string, agencyAsWritten: string): boolean {
  return ` ${foldKey(quote)} `.includes(` ${foldKey(agencyAsWritten)} `);
}

/** Splits on blank lines into chunks of about `maxChars`, so a reply never has to cover a whole plan. */
export function chunkPlan(planText: string, maxChars: number): string[] {
  const chunks: string[] = [];
  let current = "";
  for (const paragraph of planText.split(/\n\s*\n/)) {
    if (current.length > 0 && current.length + paragraph.length + 2 > maxChars) {
      chunks.push(current);
      current = "";
    }
    current = current.length > 0 ? `${current}\n\n${paragraph}` : paragraph;
  }
  if (current.trim().length > 0) chunks.push(current);
  return chunks.flatMap((c) => (c.length > maxChars * 2 ? hardSplit(c, maxChars) : [c]));
}

function hardSplit(text: string, maxChars: number): string[] {
  const parts: string[] = [];
  for (let i = 0; i < text.length; i += maxChars) parts.push(text.slice(i, i + maxChars));
  return parts;
}
