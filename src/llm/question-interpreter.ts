/**
 * When the rules cannot tell what an official is asking, a model may read the question and
 * name its intent and entities. The model never answers: its reading is turned back into a
 * plain question the rule-based answerer understands (`toKnowledgeQuestion`), so the answer,
 * its citations and its checks still come from the knowledge base. Provinces and agencies
 * the registry does not know are dropped; anything malformed gives null.
 */
import { z } from "zod";
import type { Intent } from "../qa/answer-types.ts";
import type { Agency, Province } from "../kb/types.ts";
import type { LlmClient } from "./llm-client.ts";
import { LlmCallError } from "./llm-errors.ts";
import type { OutcomeCounter } from "./llm-stats.ts";
import type { Prompt } from "./prompt-loader.ts";

export const INTERPRET_TASK = "interpret";

const INTENTS = [
  "lead", "duties", "target", "budget", "reporting", "legal_basis", "plan_details", "recommendation", "compare", "fact", "off_topic",
] as const satisfies readonly Intent[];

/** Models write null for "not said"; both null and a missing field mean absent. */
const optionalText = (max: number) => z.string().trim().max(max).nullish().transform((v) => (v ? v : undefined));

export const interpretationSchema = z.object({
  intent: z.enum(INTENTS),
  province: optionalText(80),
  agency: optionalText(120),
  topic: optionalText(160),
  recommendationNumber: z.number().int().min(1).max(999).nullish().transform((v) => v ?? undefined),
});

export interface QuestionInterpretation {
  intent: Intent;
  /** Canonical province name from the registry. */
  province?: string;
  /** Canonical agency name from the registry. */
  agency?: string;
  /** What the question is about, in a few words. */
  topic?: string;
  recommendationNumber?: number;
}

export interface InterpreterRegistry {
  findAgencies(text: string): Array<{ agency: Agency }>;
  findProvinces(text: string): Array<{ province: Province }>;
}

export interface QuestionInterpreterDeps {
  client: LlmClient;
  registry: InterpreterRegistry;
  prompt: Prompt;
  counter: OutcomeCounter;
}

export interface QuestionInterpreter {
  /** The model's reading of the question, checked against the registry, or null. */
  interpret(question: string, options?: { timeoutMs?: number }): Promise<QuestionInterpretation | null>;
}

/** Builds the interpreter; outcomes are counted under the task "interpret". */
export function createQuestionInterpreter(deps: QuestionInterpreterDeps): QuestionInterpreter {
  const count = (outcome: string) => deps.counter.count(INTERPRET_TASK, outcome);
  return {
    async interpret(question, options = {}) {
      const messages = [
        { role: "system" as const, content: deps.prompt.text },
        { role: "user" as const, content: `CÂU HỎI:\n<<<\n${neutralise(question)}\n>>>` },
      ];
      try {
        const raw = await deps.client.completeJson(INTERPRET_TASK, messages, interpretationSchema, { promptVersion: deps.prompt.file, timeoutMs: options.timeoutMs });
        count("interpreted");
        return resolveEntities(raw, question, deps.registry);
      } catch (error) {
        count(error instanceof LlmCallError ? error.kind : "error");
        return null;
      }
    },
  };
}

/**
 * Keeps a province or agency only when the registry knows it, under its canonical name. A
 * province the question itself names wins over the model's, so a question about a province
 * with no plan is never answered from another province's plan.
 */
function resolveEntities(raw: z.infer<typeof interpretationSchema>, question: string, registry: InterpreterRegistry): QuestionInterpretation {
  const asked = registry.findProvinces(question).map((m) => m.province);
  const read = raw.province ? registry.findProvinces(raw.province)[0]?.province : undefined;
  const province = (asked.length > 0 && !asked.some((p) => p.id === read?.id) ? asked[0] : read)?.name;
  const agency = raw.agency ? registry.findAgencies(raw.agency)[0]?.agency.name : undefined;
  const topic = raw.topic?.replace(/[^\p{L}\p{N}\s,–-]/gu, " ").replace(/\s+/g, " ").trim() || undefined;
  const out: QuestionInterpretation = { intent: raw.intent };
  if (province) out.province = province;
  if (agency) out.agency = agency;
  if (topic) out.topic = topic;
  if (raw.recommendationNumber !== undefined) out.recommendationNumber = raw.recommendationNumber;
  return out;
}

/** The delimiters cannot be forged from inside the question. */
function neutralise(text: string): string {
  return text.replace(/<<<|>>>/g, " ");
}

/**
 * A Vietnamese question the rule-based parser reads with the interpreted intent, or null for
 * off-topic questions (those get the usual not-found reply).
 */
export function toKnowledgeQuestion(i: QuestionInterpretation): string | null {
  const topic = i.topic ?? "bảo vệ trẻ em";
  const where = i.province ? ` của ${i.province}` : "";
  const at = i.province ? ` ở ${i.province}` : "";
  switch (i.intent) {
    case "off_topic": return null;
    case "lead": return `Cơ quan nào chủ trì ${topic}${at}?`;
    case "duties": return i.agency ? `${i.agency} có nhiệm vụ gì về ${topic} trong kế hoạch${where}?` : `Cơ quan nào chủ trì ${topic}${at}?`;
    case "target": return `Mục tiêu về ${topic} trong kế hoạch${where} là gì?`;
    case "budget": return `Kinh phí thực hiện ${topic} trong kế hoạch${where}?`;
    case "reporting": return `Chế độ báo cáo về ${topic} trong kế hoạch${where}?`;
    case "legal_basis": return `Kế hoạch bảo vệ trẻ em${where} căn cứ văn bản nào?`;
    case "plan_details": return `Thông tin về kế hoạch bảo vệ trẻ em${where}: số hiệu, người ký, thời gian thực hiện?`;
    case "recommendation": return i.recommendationNumber ? `Khuyến nghị số ${i.recommendationNumber}${at}` : `${topic}${at}`;
    case "compare": return `So sánh ${topic} giữa các kế hoạch của các tỉnh`;
    case "count": return `Kế hoạch${where} có bao nhiêu ${topic}?`;
    case "fact": return `${topic}${at}`;
  }
}
