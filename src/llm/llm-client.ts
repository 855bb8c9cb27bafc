/**
 * Calls the model for one task and returns validated JSON, or throws LlmCallError. The user
 * never waits long: one deadline (4 s by default) covers every attempt; 429, 5xx and lost
 * connections are retried with a short backoff while time remains; a circuit breaker skips
 * calls while the server keeps failing. Each call is logged with ids, token counts and
 * latency only: prompts carry questions and reports, which never reach a log line.
 */
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Logger } from "../core/logger.ts";
import type { ChatMessage, ChatModel, ChatReply } from "./chat-model.ts";
import { createCircuitBreaker, type BreakerState, type CircuitBreaker } from "./circuit-breaker.ts";
import { LlmCallError, type LlmFailureKind } from "./llm-errors.ts";

/** What one finished call cost; the bench and metrics read it. */
export interface CallMetrics {
  task: string;
  outcome: "ok" | LlmFailureKind;
  attempts: number;
  /** Time spent waiting for the model server, all attempts and backoffs included. */
  latencyMs: number;
  inputTokens: number | null;
  outputTokens: number | null;
  /** HTTP status of the last failed attempt, when there was one. */
  status?: number | undefined;
}

export interface LlmClientOptions {
  model: ChatModel;
  logger: Logger;
  breaker?: CircuitBreaker;
  /** Total time for one call, retries included. */
  timeoutMs?: number;
  /** Extra attempts after a 429, a 5xx or a lost connection. */
  maxRetries?: number;
  backoffMs?: number;
  onCall?: (metrics: CallMetrics) => void;
}

export interface CallOptions {
  timeoutMs?: number;
  /** Prompt file name, logged so a reply can be traced to the wording that produced it. */
  promptVersion?: string;
}

export interface LlmClient {
  /** Sends the messages and returns the reply parsed as JSON and validated by the schema. */
  completeJson<T>(task: string, messages: ChatMessage[], schema: z.ZodType<T>, options?: CallOptions): Promise<T>;
  breakerState(): BreakerState;
}

/** Builds the client around a chat model. */
export function createLlmClient(options: LlmClientOptions): LlmClient {
  const breaker = options.breaker ?? createCircuitBreaker();
  const log = options.logger.child({ component: "llm" });
  const settings = { timeoutMs: options.timeoutMs ?? 4000, maxRetries: options.maxRetries ?? 2, backoffMs: options.backoffMs ?? 100 };

  const finish = (metrics: CallMetrics, callId: string, promptVersion: string | undefined): void => {
    options.onCall?.(metrics);
    log.info({ callId, promptVersion, ...metrics }, "llm call");
  };
  const skipped = (task: string, kind: "circuit_open" | "timeout", promptVersion: string | undefined): LlmCallError => {
    finish({ task, outcome: kind, attempts: 0, latencyMs: 0, inputTokens: null, outputTokens: null }, randomUUID(), promptVersion);
    return new LlmCallError(kind, task);
  };

  return {
    breakerState: () => breaker.state(),
    async completeJson(task, messages, schema, callOptions = {}) {
      const timeoutMs = callOptions.timeoutMs ?? settings.timeoutMs;
      // A caller out of time budget is not a server failure: nothing is sent and the breaker is not told.
      if (timeoutMs < 1) throw skipped(task, "timeout", callOptions.promptVersion);
      if (!breaker.tryAcquire()) throw skipped(task, "circuit_open", callOptions.promptVersion);
      const started = performance.now();
      const result = await callWithRetries(options.model, messages, { ...settings, timeoutMs });
      const latencyMs = Math.round((performance.now() - started) * 10) / 10;
      if (result.error) breaker.failure();
      else breaker.success();
      const parsed = result.reply ? parseJson(result.reply.text, schema) : null;
      const outcome = result.error?.kind ?? (parsed === null ? "malformed" : "ok");
      const tokens = { inputTokens: result.reply?.inputTokens ?? null, outputTokens: result.reply?.outputTokens ?? null };
      finish({ task, outcome, attempts: result.attempts, latencyMs, status: result.error?.status, ...tokens }, randomUUID(), callOptions.promptVersion);
      if (result.error) throw new LlmCallError(result.error.kind, task, result.error.status, { cause: result.error.cause });
      if (parsed === null) throw new LlmCallError("malformed", task);
      return parsed.value;
    },
  };
}

interface AttemptError {
  kind: LlmFailureKind;
  status?: number;
  cause: unknown;
  retryable: boolean;
}

type CallResult = { reply: ChatReply; error?: undefined; attempts: number } | { reply?: undefined; error: AttemptError; attempts: number };

async function callWithRetries(
  model: ChatModel,
  messages: ChatMessage[],
  settings: { timeoutMs: number; maxRetries: number; backoffMs: number },
): Promise<CallResult> {
  const deadline = performance.now() + settings.timeoutMs;
  let attempts = 0;
  for (;;) {
    attempts += 1;
    const remaining = deadline - performance.now();
    if (remaining <= 0) return { error: { kind: "timeout", cause: null, retryable: false }, attempts };
    try {
      return { reply: await attemptOnce(model, messages, remaining), attempts };
    } catch (cause) {
      const error = classify(cause);
      const backoff = settings.backoffMs * 2 ** (attempts - 1);
      const canRetry = error.retryable && attempts <= settings.maxRetries && deadline - performance.now() > backoff + 50;
      if (!canRetry) return { error, attempts };
      await sleep(backoff);
    }
  }
}

class AttemptTimeout extends Error {}

/** One request, aborted when the remaining time runs out (the race covers servers that ignore the abort). */
async function attemptOnce(model: ChatModel, messages: ChatMessage[], remainingMs: number): Promise<ChatReply> {
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new AttemptTimeout("model call timed out"));
    }, remainingMs);
  });
  try {
    return await Promise.race([model.complete(messages, { signal: controller.signal }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function classify(cause: unknown): AttemptError {
  const status = typeof (cause as { status?: unknown })?.status === "number" ? (cause as { status: number }).status : undefined;
  const name = (cause as { name?: unknown })?.name;
  if (cause instanceof AttemptTimeout || name === "AbortError") return { kind: "timeout", cause, retryable: false };
  if (status === 429) return { kind: "rate_limited", status, cause, retryable: true };
  if (status !== undefined && status >= 500) return { kind: "server_error", status, cause, retryable: true };
  if (status !== undefined) return { kind: "request_error", status, cause, retryable: false };
  if (/timed? ?out/i.test(String((cause as Error)?.message))) return { kind: "timeout", cause, retryable: false };
  // No status: the connection failed or was reset, which a retry may fix.
  return { kind: "server_error", cause, retryable: true };
}

/** Models wrap JSON in code fences or add a sentence around it; take the outermost object. */
function parseJson<T>(text: string, schema: z.ZodType<T>): { value: T } | null {
  const start = text.indexOf("{");
  const end = text.lastIndexOf("}");
  if (start < 0 || end <= start) return null;
  try {
    const result = schema.safeParse(JSON.parse(text.slice(start, end + 1)));
    return result.success ? { value: result.data } : null;
  } catch {
    return null;
  }
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
