/**
 * The question-answering use case with the optional model around it: the rules answer first;
 * when they are unsure, the model's reading of the question is turned into a plain question
 * and asked of the knowledge base again; then the model may reword the answer. All of it
 * fits one time budget, and with no model (layer null) it is exactly the rule-based answer.
 */
import type { Answer } from "../qa/answer-types.ts";
import type { AnswerContext, QuestionAnswerer } from "../qa/question-answerer.ts";
import type { LlmLayer } from "./llm-layer.ts";
import { toKnowledgeQuestion } from "./question-interpreter.ts";

export interface AssistedAnswererDeps {
  answerer: QuestionAnswerer;
  layer: LlmLayer | null;
  /** Longest a user waits for the model parts together (default 5000 ms). */
  budgetMs?: number;
  /** When the rules' answer is doubtful enough to ask the model what was meant. */
  isUnsure?: (answer: Answer) => boolean;
}

export interface AssistedAnswerer {
  /** `context.previous`: the question asked just before, so a follow-up ("còn Gia Lai thì sao?") is read with it. */
  answer(question: string, context?: AnswerContext): Promise<Answer>;
}

/** Not found, or found with weak passage matches. English questions keep the rules' reading: the re-asked question would be Vietnamese. */
export const rulesAreUnsure = (answer: Answer): boolean => answer.language === "vi" && (!answer.found || answer.confidence < 0.5);

/** A model call is not worth starting with less time than this left. */
const MIN_CALL_MS = 500;

/** Builds the assisted answerer. */
export function createAssistedAnswerer(deps: AssistedAnswererDeps): AssistedAnswerer {
  const budgetMs = deps.budgetMs ?? 5000;
  const isUnsure = deps.isUnsure ?? rulesAreUnsure;
  return {
    async answer(question, context) {
      const rules = deps.answerer.answer(question, context);
      const layer = deps.layer;
      if (!layer) return rules;
      const deadline = performance.now() + budgetMs;
      const remaining = () => deadline - performance.now();
      let best = rules;
      if (isUnsure(rules)) best = await reask(question, rules, deps.answerer, layer, Math.min(4000, remaining()));
      if (remaining() < MIN_CALL_MS) return best;
      return layer.phraser.phrase(question, best, { timeoutMs: remaining() });
    },
  };
}

/** The knowledge base's answer to the model's reading, when it finds what the rules did not. */
async function reask(question: string, rules: Answer, answerer: QuestionAnswerer, layer: LlmLayer, timeoutMs: number): Promise<Answer> {
  const reading = await layer.interpreter.interpret(question, { timeoutMs });
  const normalised = reading ? toKnowledgeQuestion(reading) : null;
  if (!normalised) return rules;
  const again = answerer.answer(normalised);
  return again.found && (!rules.found || again.confidence > rules.confidence) ? again : rules;
}
