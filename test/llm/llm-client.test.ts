import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { z } from "zod";
import { createOpenAiChatModel } from "../../src/llm/chat-model.ts";
import { createCircuitBreaker } from "../../src/llm/circuit-breaker.ts";
import { createLlmClient, type CallMetrics, type LlmClientOptions } from "../../src/llm/llm-client.ts";
import { LlmCallError } from "../../src/llm/llm-errors.ts";
import { createOpenAiFake, type OpenAiFake } from "../fakes/openai-server.ts";
import { captureLogger } from "./llm-test-support.ts";

let fake: OpenAiFake;
beforeEach(async () => {
  fake = await createOpenAiFake();
});
afterEach(async () => {
  await fake.close();
});

const schema = z.object({ answer: z.string() });
const secretQuestion = "Bé Lan 7 tuổi ở xã Hòa Bình bị đánh";
const messages = [{ role: "system" as const, content: "Trả về JSON" }, { role: "user" as const, content: secretQuestion }];

function client(options: Partial<LlmClientOptions> = {}) {
  const log = captureLogger();
  const calls: CallMetrics[] = [];
  const model = createOpenAiChatModel({ apiKey: "sk-test-fake-key-123456", baseUrl: fake.url, model: fake.model });
  const c = createLlmClient({ model, logger: log.logger, timeoutMs: 1500, backoffMs: 10, onCall: (m) => void calls.push(m), ...options });
  return { c, log, calls };
}

const chatRequests = () => fake.requests.filter((r) => r.path.endsWith("/chat/completions")).length;

describe("LLM client", () => {
  it("returns the model's JSON validated, and logs tokens and latency but never the prompt text", async () => {
    fake.script([{ json: { answer: "Sở Tư pháp chủ trì." } }]);
    const { c, log, calls } = client();
    await expect(c.completeJson("phrase", messages, schema, { promptVersion: "answer-phrasing.v1.md" })).resolves.toEqual({ answer: "Sở Tư pháp chủ trì." });
    expect(calls[0]).toMatchObject({ task: "phrase", outcome: "ok", attempts: 1, inputTokens: 10, outputTokens: 10 });
    expect(log.text()).toContain('"inputTokens":10');
    expect(log.text()).toContain("answer-phrasing.v1.md");
    expect(log.text()).not.toContain("Lan");
    expect(log.text()).not.toContain("Sở Tư pháp");
  });

  it("accepts JSON wrapped in a code fence", async () => {
    fake.script([{ content: "```json\n{\"answer\": \"ok\"}\n```" }]);
    await expect(client().c.completeJson("phrase", messages, schema)).resolves.toEqual({ answer: "ok" });
  });

  it("retries after a 429 and after a 500, then answers", async () => {
    fake.script([{ status: 429 }, { status: 500 }, { json: { answer: "ok" } }]);
    const { c, calls } = client();
    await expect(c.completeJson("phrase", messages, schema)).resolves.toEqual({ answer: "ok" });
    expect(calls[0]).toMatchObject({ outcome: "ok", attempts: 3 });
  });

  it("gives up after a bounded number of retries when the server keeps failing", async () => {
    fake.script([{ status: 500 }, { status: 503 }, { status: 502 }, { status: 500 }, { json: { answer: "too late" } }]);
    const error = await client({ maxRetries: 2 }).c.completeJson("phrase", messages, schema).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LlmCallError);
    expect(error).toMatchObject({ kind: "server_error", status: 502 });
    expect(chatRequests()).toBe(3);
  });

  it("retries when the server cannot be reached, within the deadline", async () => {
    const unreachable = createOpenAiChatModel({ apiKey: "k", baseUrl: "http://127.0.0.1:9/v1", model: "m" });
    const calls: CallMetrics[] = [];
    const c = createLlmClient({ model: unreachable, logger: captureLogger().logger, timeoutMs: 1500, backoffMs: 10, onCall: (m) => void calls.push(m) });
    await expect(c.completeJson("phrase", messages, schema)).rejects.toMatchObject({ kind: "server_error" });
    expect(calls[0]?.attempts).toBe(3);
  });

  it("works with a server that does not support JSON mode, by asking again without it", async () => {
    fake.script([{ status: 400, message: "response_format is not supported by this model" }, { json: { answer: "a" } }, { json: { answer: "b" } }]);
    const { c } = client();
    await expect(c.completeJson("phrase", messages, schema)).resolves.toEqual({ answer: "a" });
    await expect(c.completeJson("phrase", messages, schema)).resolves.toEqual({ answer: "b" });
    const formats = fake.requests.map((r) => r.body.response_format);
    expect(formats).toEqual([{ type: "json_object" }, undefined, undefined]);
  });

  it("does not retry a request the server rejects as invalid (400)", async () => {
    fake.script([{ status: 400 }, { json: { answer: "x" } }]);
    await expect(client().c.completeJson("phrase", messages, schema)).rejects.toMatchObject({ kind: "request_error", status: 400 });
    expect(chatRequests()).toBe(1);
  });

  it("stops waiting at the deadline when the model is slow", async () => {
    fake.script([{ delayMs: 3000, json: { answer: "late" } }]);
    const t0 = Date.now();
    await expect(client({ timeoutMs: 200 }).c.completeJson("phrase", messages, schema)).rejects.toMatchObject({ kind: "timeout" });
    expect(Date.now() - t0).toBeLessThan(1500);
  });

  it("keeps retries inside the same deadline", async () => {
    fake.script(Array.from({ length: 6 }, () => ({ delayMs: 400, status: 500 })));
    const t0 = Date.now();
    await expect(client({ timeoutMs: 500, maxRetries: 5 }).c.completeJson("phrase", messages, schema)).rejects.toBeInstanceOf(LlmCallError);
    expect(Date.now() - t0).toBeLessThan(1500);
    expect(chatRequests()).toBeLessThanOrEqual(2);
  });

  it("sends nothing and leaves the breaker closed when the caller has no time left", async () => {
    const breaker = createCircuitBreaker({ failureThreshold: 1 });
    const { c } = client({ breaker });
    await expect(c.completeJson("phrase", messages, schema, { timeoutMs: 0 })).rejects.toMatchObject({ kind: "timeout" });
    expect(chatRequests()).toBe(0);
    expect(c.breakerState()).toBe("closed");
  });

  it("treats text that is not JSON, or JSON of the wrong shape, as malformed", async () => {
    fake.script([{ content: "Tôi nghĩ Sở Y tế chủ trì." }, { json: { answer: 42 } }]);
    const { c } = client();
    await expect(c.completeJson("phrase", messages, schema)).rejects.toMatchObject({ kind: "malformed" });
    await expect(c.completeJson("phrase", messages, schema)).rejects.toMatchObject({ kind: "malformed" });
  });

  it("skips calls while the circuit is open, then lets one trial call through after the cool-down", async () => {
    let now = 0;
    const breaker = createCircuitBreaker({ failureThreshold: 2, coolDownMs: 1000, now: () => now });
    const { c } = client({ breaker, maxRetries: 0 });
    fake.script([{ status: 500 }, { status: 500 }]);
    await expect(c.completeJson("phrase", messages, schema)).rejects.toMatchObject({ kind: "server_error" });
    await expect(c.completeJson("phrase", messages, schema)).rejects.toMatchObject({ kind: "server_error" });
    await expect(c.completeJson("phrase", messages, schema)).rejects.toMatchObject({ kind: "circuit_open" });
    expect(chatRequests()).toBe(2);
    now = 1000;
    fake.script([{ json: { answer: "back" } }]);
    await expect(c.completeJson("phrase", messages, schema)).resolves.toEqual({ answer: "back" });
    expect(c.breakerState()).toBe("closed");
  });

  it("re-opens the circuit when the trial call fails", async () => {
    let now = 0;
    const breaker = createCircuitBreaker({ failureThreshold: 1, coolDownMs: 1000, now: () => now });
    const { c } = client({ breaker, maxRetries: 0 });
    fake.script([{ status: 500 }, { status: 500 }]);
    await expect(c.completeJson("phrase", messages, schema)).rejects.toMatchObject({ kind: "server_error" });
    now = 1000;
    await expect(c.completeJson("phrase", messages, schema)).rejects.toMatchObject({ kind: "server_error" });
    expect(c.breakerState()).toBe("open");
    await expect(c.completeJson("phrase", messages, schema)).rejects.toMatchObject({ kind: "circuit_open" });
    expect(chatRequests()).toBe(2);
  });
});
