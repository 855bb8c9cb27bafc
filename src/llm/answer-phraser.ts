/**
 * Lets a model reword a knowledge-base answer so it reads like a person wrote it, without
 * letting it add anything: the model sees only the retrieved facts, its text is checked
 * against them (agencies, numbers, dates, the lead agencies still named), the citations
 * are the deterministic ones, and the "Lưu ý" notes (plan expired, 2025 successors) and the
 * 111 line are appended verbatim. Any doubt sends the deterministic answer unchanged.
 */
import { z } from "zod";
import { HOTLINE_EN, HOTLINE_VI } from "../qa/answer-composer.ts";
import type { Answer } from "../qa/answer-types.ts";
import { checkGrounding, type GroundingFacts, type GroundingRegistry } from "./grounding-checker.ts";
import type { LlmClient } from "./llm-client.ts";
import { LlmCallError } from "./llm-errors.ts";
import type { OutcomeCounter } from "./llm-stats.ts";
import type { Prompt } from "./prompt-loader.ts";

export const PHRASE_TASK = "phrase";

export interface AnswerPhraserDeps {
  client: LlmClient;
  registry: GroundingRegistry;
  prompt: Prompt;
  counter: OutcomeCounter;
}

export interface AnswerPhraser {
  /** The same answer with model wording when it passes every check; otherwise the answer given. */
  phrase(question: string, answer: Answer, options?: { timeoutMs?: number }): Promise<Answer>;
}

const phrasingSchema = z.object({ answer: z.string().trim().min(1).max(3000) });

/** Builds the phraser; outcomes are counted under the task "phrase". */
export function createAnswerPhraser(deps: AnswerPhraserDeps): AnswerPhraser {
  const count = (outcome: string) => deps.counter.count(PHRASE_TASK, outcome);
  return {
    async phrase(question, answer, options = {}) {
      if (!answer.found) return skip(count, "skipped_not_found", answer);
      if (answer.citations.length === 0) return skip(count, "skipped_no_facts", answer);
      const { body, kept } = splitAnswer(answer);
      let text: string;
      try {
        const reply = await deps.client.completeJson(PHRASE_TASK, phrasingMessages(deps.prompt, question, answer, body), phrasingSchema, { promptVersion: deps.prompt.file, timeoutMs: options.timeoutMs });
        text = reply.answer;
      } catch (error) {
        return skip(count, error instanceof LlmCallError ? error.kind : "error", answer);
      }
      const verdict = checkGrounding(text, groundingFacts(answer, deps.registry), deps.registry);
      if (!verdict.ok) return skip(count, `rejected_${verdict.reason}`, answer);
      count("phrased");
      return { ...answer, answer: [text, ...kept].join("\n") };
    },
  };
}

function skip(count: (outcome: string) => void, outcome: string, answer: Answer): Answer {
  count(outcome);
  return answer;
}

/** Notes and the hotline are safety text: they are never reworded, only appended as written. */
export function splitAnswer(answer: Answer): { body: string; kept: string[] } {
  const lines = answer.answer.split("\n");
  const isKept = (line: string) => /^(Lưu ý|Note|Nay|Today)[\s:(]/.test(line) || line === HOTLINE_VI || line === HOTLINE_EN;
  return { body: lines.filter((l) => !isKept(l)).join("\n"), kept: lines.filter(isKept) };
}

/** The facts go in the user message as JSON data; the instructions stay in the system prompt. */
function phrasingMessages(prompt: Prompt, question: string, answer: Answer, body: string) {
  const facts = {
    language: answer.language,
    question,
    deterministicAnswer: body,
    agencies: answer.agencies,
    citations: answer.citations,
    successors: answer.successors,
  };
  return [
    { role: "system" as const, content: prompt.text },
    { role: "user" as const, content: `DỮ KIỆN (JSON):\n${JSON.stringify(facts, null, 1)}` },
  ];
}

/** Everything the model was allowed to state, and the lead agencies it must not drop. */
export function groundingFacts(answer: Answer, registry: GroundingRegistry): GroundingFacts {
  const texts = [
    answer.answer,
    ...answer.citations.flatMap((c) => [c.document, c.province, c.section, c.quote]),
    ...answer.agencies.flatMap((a) => [a.name, a.english ?? ""]),
    ...answer.successors.flatMap((s) => [s.from, s.to, s.effective, s.legalBasis, s.note]),
  ];
  const leads = answer.agencies.filter((a) => a.role === "lead");
  const requiredAgencyIds = leads.flatMap((a) => registry.findAgencies(a.name).slice(0, 1).map((m) => m.agency.id));
  const leadAgencyIds = leads.flatMap((a) => registry.findAgencies(a.name).map((m) => m.agency.id));
  return { texts, requiredAgencyIds, leadAgencyIds };
}
