/**
 * The knowledge base as the running product holds it: the registry, the current plans
 * from the store (shipped plans ingested on start), and the question answerer built over
 * them. `reload` rebuilds after an administrator ingested a new plan.
 */
import type { Answer } from "../qa/answer-types.ts";
import { createQuestionAnswerer, type QuestionAnswerer } from "../qa/question-answerer.ts";
import { loadPlanLibrary, type IngestIntoStoreResult } from "./plan-library.ts";
import type { PlanStore } from "./plan-store.ts";
import { loadRegistry, type Registry } from "./registry/registry.ts";
import type { ParsedPlan } from "./types.ts";

export interface KnowledgeService {
  registry: Registry;
  plans(): ParsedPlan[];
  answer(question: string): Answer;
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
  let answerer: QuestionAnswerer = createQuestionAnswerer({ plans, registry, today: today() });
  let builtFor = today();

  return {
    registry,
    shipped,
    plans: () => plans,
    answer(question) {
      if (builtFor !== today()) {
        builtFor = today();
        answerer = createQuestionAnswerer({ plans, registry, today: builtFor });
      }
      return answerer.answer(question);
    },
    async reload() {
      plans = await deps.store.currentPlans();
      builtFor = today();
      answerer = createQuestionAnswerer({ plans, registry, today: builtFor });
    },
  };
}
