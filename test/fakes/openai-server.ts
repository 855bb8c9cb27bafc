/**
 * A scripted OpenAI-compatible server for tests: `/v1/chat/completions` answers with the
 * next scripted step (text, an HTTP error, a delay, a JSON reply, a tool call), plain or
 * streamed; `/v1/models` lists one model; `/v1/embeddings` returns deterministic hashed
 * bag-of-words vectors. Every request is recorded, so a test can assert what the product
 * sent to the model (and that report text never went there).
 *
 * Error replies carry `retry-after-ms: 10` so the OpenAI SDK's own retries stay fast.
 */
import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import { parseRequest, sendJson, sleep, startServer } from "./fake-http.ts";

/** One scripted answer. `delayMs` applies to any kind. */
export type OpenAiStep = { delayMs?: number } & (
  | { content: string }
  | { status: number; message?: string }
  | { json: unknown }
  | { toolCall: { name: string; arguments: unknown; id?: string } }
);

export interface OpenAiRequest {
  path: string;
  body: Record<string, unknown>;
  authorization: string | undefined;
}

export interface OpenAiFake {
  /** Base URL for clients, ending in /v1 (`new ChatOpenAI({ configuration: { baseURL } })`). */
  url: string;
  model: string;
  close(): Promise<void>;
  /** Appends steps; each chat completion consumes one. With none left, the server answers 500. */
  script(steps: OpenAiStep[]): void;
  remainingSteps(): number;
  requests: OpenAiRequest[];
  /** Everything sent to chat completions, as one string, for "does not contain" assertions. */
  allRequestText(): string;
}

/** Starts a fake on 127.0.0.1; `model` is what /v1/models lists and replies name. */
export async function createOpenAiFake(options: { model?: string } = {}): Promise<OpenAiFake> {
  const model = options.model ?? "fake-gpt";
  const steps: OpenAiStep[] = [];
  const requests: OpenAiRequest[] = [];
  const started = await startServer(async (req, res, raw) => {
    const path = new URL(req.url ?? "/", "http://fake").pathname;
    const body = raw.length > 0 ? parseRequest(req, raw).fields : {};
    requests.push({ path, body, authorization: req.headers.authorization });
    await route({ req, res, path, body, model, steps });
  });
  return {
    url: `${started.url}/v1`,
    model,
    close: () => started.close(),
    script: (more) => void steps.push(...more),
    remainingSteps: () => steps.length,
    requests,
    allRequestText: () => JSON.stringify(requests.filter((r) => r.path.endsWith("/chat/completions")).map((r) => r.body)),
  };
}

interface RouteArgs {
  req: IncomingMessage;
  res: ServerResponse;
  path: string;
  body: Record<string, unknown>;
  model: string;
  steps: OpenAiStep[];
}

async function route({ res, path, body, model, steps }: RouteArgs): Promise<void> {
  if (path === "/v1/models") return sendJson(res, 200, { object: "list", data: [{ id: model, object: "model", created: 0, owned_by: "fake" }] });
  if (path === "/v1/embeddings") return sendJson(res, 200, embeddings(body, model));
  if (path !== "/v1/chat/completions") return sendError(res, 404, "Not found");
  const step = steps.shift();
  if (!step) return sendError(res, 500, "openai fake: no scripted reply left");
  if (step.delayMs) await sleep(step.delayMs);
  if ("status" in step) return sendError(res, step.status, step.message ?? `scripted ${step.status}`);
  const message = toMessage(step);
  if (body.stream === true) return stream(res, model, message);
  sendJson(res, 200, {
    id: `chatcmpl-${Date.now()}`, object: "chat.completion", created: Math.floor(Date.now() / 1000), model,
    choices: [{ index: 0, message, finish_reason: message.tool_calls ? "tool_calls" : "stop", logprobs: null }],
    usage: { prompt_tokens: 10, completion_tokens: 10, total_tokens: 20 },
  });
}

type AssistantMessage = { role: "assistant"; content: string | null; tool_calls?: Array<{ id: string; type: "function"; function: { name: string; arguments: string } }> };

function toMessage(step: OpenAiStep): AssistantMessage {
  if ("content" in step) return { role: "assistant", content: step.content };
  if ("json" in step) return { role: "assistant", content: JSON.stringify(step.json) };
  if ("toolCall" in step) {
    const { name, arguments: args, id } = step.toolCall;
    const text = typeof args === "string" ? args : JSON.stringify(args);
    return { role: "assistant", content: null, tool_calls: [{ id: id ?? "call_1", type: "function", function: { name, arguments: text } }] };
  }
  throw new Error("openai fake: unknown step");
}

function stream(res: ServerResponse, model: string, message: AssistantMessage): void {
  res.writeHead(200, { "content-type": "text/event-stream", "cache-control": "no-cache" });
  const base = { id: `chatcmpl-${Date.now()}`, object: "chat.completion.chunk", created: Math.floor(Date.now() / 1000), model };
  const chunk = (delta: object, finish: string | null): string => `data: ${JSON.stringify({ ...base, choices: [{ index: 0, delta, finish_reason: finish }] })}\n\n`;
  res.write(chunk({ role: "assistant", content: "" }, null));
  if (message.content) res.write(chunk({ content: message.content }, null));
  if (message.tool_calls) res.write(chunk({ tool_calls: message.tool_calls.map((t, index) => ({ index, ...t })) }, null));
  res.write(chunk({}, message.tool_calls ? "tool_calls" : "stop"));
  res.end("data: [DONE]\n\n");
}

function sendError(res: ServerResponse, status: number, message: string): void {
  const type = status === 429 ? "rate_limit_error" : status >= 500 ? "server_error" : "invalid_request_error";
  res.setHeader("retry-after-ms", "10");
  sendJson(res, status, { error: { message, type, param: null, code: status === 429 ? "rate_limit_exceeded" : null } });
}

const DIMENSIONS = 64;

/** Hashed bag of words, normalised: texts sharing words get a higher cosine similarity. The SDK asks for base64 floats by default. */
function embeddings(body: Record<string, unknown>, model: string): object {
  const inputs = Array.isArray(body.input) ? body.input.map(String) : [String(body.input ?? "")];
  const encode = (v: number[]): number[] | string =>
    body.encoding_format === "base64" ? Buffer.from(new Float32Array(v).buffer).toString("base64") : v;
  const data = inputs.map((text, index) => ({ object: "embedding", index, embedding: encode(embed(text)) }));
  return { object: "list", data, model, usage: { prompt_tokens: inputs.length, total_tokens: inputs.length } };
}

function embed(text: string): number[] {
  const vector = new Array<number>(DIMENSIONS).fill(0);
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    const slot = createHash("sha1").update(word).digest().readUInt32BE(0) % DIMENSIONS;
    vector[slot] = (vector[slot] ?? 0) + 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((v) => v / norm);
}
