/**
 * The knowledge base as the running product holds it: the registry, the current plans
 * from the store (shipped plans ingested on start), and the question answerer built over
 * them. `reload` rebuilds after an administrator ingested a new plan. It lives in src/qa, not
 * src/kb: question answering depends on the knowledge base, never the other way round.
 */
import type { Answer } from "./answer-types.ts";
import { createQuestionAnswerer, type AnswerContext, type QuestionAnswerer } from "./question-answerer.ts";
import { loadPlanLibrary, type IngestIntoStoreResult } from "../kb/plan-library.ts";
import type { PlanStore } from "../kb/plan-store.ts";
import { loadRegistry, type Registry } from "../kb/registry/registry.ts";
import type { ParsedPlan } from "../kb/types.ts";

export interface KnowledgeService {
  registry: Registry;
  plans(): ParsedPlan[];
  /** `context.previous`: the question asked just before, so a follow-up ("còn Huế thì sao?") is read with it. */
  answer(question: string, context?: AnswerContext): Answer;
  /** Re-reads the store (after `npm run ingest`) and rebuilds the answerer. */
  reload(): Promise<void>;
}

export interface KnowledgeServiceDeps {
  store: PlanStore;
  registry?: Registry;
  /** Today's date for "the plan's period has ended"; a function so a long-running server stays right. */
  today?: () => string;
}

export async function createKnowledgeService(deps: KnowledgeServiceDeps): Promise<KnowledgeService & { shipped: IngestIntoStoreResult }> {
  const registry = deps.registry ?? loadRegistry();
  const today = deps.today ?? (() => new Date().toISOString().slice(0, 10));
  const { plans: initial, shipped } = await loadPlanLibrary(deps.store, registry);
  let plans = initial;
  // Built on the first question, not at start: the passage index takes about 0.5-0.8 s and 15 MB
  // that readiness need not wait for (a danger message or a report never needs it).
  let answerer: QuestionAnswerer | null = null;
  let builtFor = today();

  return {
    registry,
    shipped,
    plans: () => plans,
    answer(question, context) {
      if (!answerer || builtFor !== today()) {
        builtFor = today();
        answerer = createQuestionAnswerer({ plans, registry, today: builtFor });
      }
      return answerer.answer(question, context);
    },
    async reload() {
      plans = await deps.store.currentPlans();
      builtFor = today();
      answerer = createQuestionAnswerer({ plans, registry, today: builtFor });
    },
  };
}
