/**
 * Why a model call did not give a usable answer. Every caller catches these and falls back to
 * the deterministic path, so the kind (not the message) is what decides the outcome counted.
 */

/** How a model call failed: transport (timeout, 429, 5xx, other HTTP), skipped by the breaker, or unusable output. */
export type LlmFailureKind = "timeout" | "rate_limited" | "server_error" | "request_error" | "circuit_open" | "malformed";

/** Thrown by the LLM client when a call gives no usable result; keeps the task, the HTTP status and the cause, never prompt text. */
export class LlmCallError extends Error {
  override readonly name = "LlmCallError";
  constructor(
    readonly kind: LlmFailureKind,
    readonly task: string,
    readonly status?: number,
    options?: { cause?: unknown },
  ) {
    super(`LLM call for ${task} failed: ${kind}${status ? ` (HTTP ${status})` : ""}`, options);
  }
}

/** Thrown at start when a prompt file is missing or empty: the model layer must not run with half its prompts. */
export class PromptLoadError extends Error {
  override readonly name = "PromptLoadError";
  constructor(
    readonly file: string,
    reason: string,
  ) {
    super(`Thiếu hoặc lỗi tệp prompt (prompt file problem): ${file}: ${reason}`);
  }
}
