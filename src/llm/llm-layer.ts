/**
 * The optional language-model layer, assembled from configuration. With no OPENAI_API_KEY and
 * no OPENAI_BASE_URL it is null and the product runs exactly as without it; with one, every
 * task shares one client (one timeout policy, one circuit breaker) and one set of counters.
 */
import type { LlmConfig } from "../config.ts";
import type { Logger } from "../core/logger.ts";
import type { Agency, Province } from "../kb/types.ts";
import { createAnswerPhraser, type AnswerPhraser } from "./answer-phraser.ts";
import { createOpenAiChatModel, type ChatModel } from "./chat-model.ts";
import { createCircuitBreaker, type CircuitBreakerOptions } from "./circuit-breaker.ts";
import { createLlmClient, type CallMetrics, type LlmClient } from "./llm-client.ts";
import { createOutcomeCounter, type LlmStats } from "./llm-stats.ts";
import { createPlanDrafter, type PlanDrafter } from "./plan-drafter.ts";
import { loadPrompts } from "./prompt-loader.ts";
import { createQuestionInterpreter, type QuestionInterpreter } from "./question-interpreter.ts";
import { createReportExtractor, type ReportExtractor } from "./report-extractor.ts";

/** The registry lookups the layer uses; the knowledge base's registry satisfies it. */
export interface LlmRegistry {
  agencies: Agency[];
  findAgencies(text: string): Array<{ agency: Agency; start: number; end: number }>;
  findProvinces(text: string): Array<{ province: Province }>;
}

export interface LlmLayerDeps {
  logger: Logger;
  registry: LlmRegistry;
  promptsDir?: string;
  /** Total time for one chat-facing call, retries included (default 4000 ms). */
  timeoutMs?: number;
  breaker?: CircuitBreakerOptions;
  /** Replaces the OpenAI chat model (the bench uses it to time the layer alone). */
  model?: ChatModel;
  onCall?: (metrics: CallMetrics) => void;
}

export interface LlmLayer {
  phraser: AnswerPhraser;
  interpreter: QuestionInterpreter;
  extractor: ReportExtractor;
  drafter: PlanDrafter;
  /** Outcome counts per task: how often the model was used, refused or unavailable. */
  stats(): LlmStats;
  client: LlmClient;
}

/** Null when the model is switched off; throws PromptLoadError at start when a prompt file is missing. */
export function createLlmLayer(config: LlmConfig, deps: LlmLayerDeps): LlmLayer | null {
  if (!config.enabled) return null;
  const prompts = loadPrompts(deps.promptsDir);
  const client = createLlmClient({
    model: deps.model ?? createOpenAiChatModel(config),
    logger: deps.logger,
    breaker: createCircuitBreaker(deps.breaker),
    timeoutMs: deps.timeoutMs,
    onCall: deps.onCall,
  });
  const counter = createOutcomeCounter();
  const shared = { client, registry: deps.registry, counter };
  return {
    phraser: createAnswerPhraser({ ...shared, prompt: prompts.answerPhrasing }),
    interpreter: createQuestionInterpreter({ ...shared, prompt: prompts.questionInterpretation }),
    extractor: createReportExtractor({ ...shared, prompt: prompts.reportExtraction }),
    drafter: createPlanDrafter({ ...shared, prompt: prompts.planDrafting }),
    stats: () => counter.snapshot(),
    client,
  };
}
