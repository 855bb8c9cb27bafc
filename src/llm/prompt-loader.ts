/**
 * The model's instructions live in prompts/, one Vietnamese file per task with its version in
 * the name, so a prompt change is a reviewed diff and logs can say which version answered.
 * They are read once at start; a missing file stops the layer with a message naming it.
 */
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { PromptLoadError } from "./llm-errors.ts";

export const DEFAULT_PROMPTS_DIR = fileURLToPath(new URL("../../prompts/", import.meta.url));

/** The prompt file each task uses; bump the version in the name when the wording changes. */
export const PROMPT_FILES = {
  answerPhrasing: "answer-phrasing.v1.md",
  questionInterpretation: "question-interpretation.v1.md",
  reportExtraction: "report-extraction.v1.md",
  planDrafting: "plan-drafting.v1.md",
} as const;

export type PromptName = keyof typeof PROMPT_FILES;

export interface Prompt {
  /** File name, e.g. "answer-phrasing.v1.md": logged as the prompt version. */
  file: string;
  text: string;
}

export type Prompts = Record<PromptName, Prompt>;

/** Reads every prompt file; throws PromptLoadError for the first one missing or empty. */
export function loadPrompts(dir: string = DEFAULT_PROMPTS_DIR): Prompts {
  const entries = Object.entries(PROMPT_FILES).map(([name, file]) => [name, readPrompt(dir, file)] as const);
  return Object.fromEntries(entries) as Prompts;
}

function readPrompt(dir: string, file: string): Prompt {
  const full = path.join(dir, file);
  if (!fs.existsSync(full)) throw new PromptLoadError(full, "không tồn tại (missing)");
  const text = fs.readFileSync(full, "utf8").trim();
  if (text.length === 0) throw new PromptLoadError(full, "rỗng (empty)");
  return { file, text };
}
