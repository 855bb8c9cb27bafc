import OpenAI from "openai";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createOpenAiFake, type OpenAiFake } from "./openai-server.ts";

let fake: OpenAiFake;
beforeEach(async () => {
  fake = await createOpenAiFake();
});
afterEach(async () => {
  await fake.close();
});

function sdk(options: { maxRetries?: number; timeout?: number } = {}): OpenAI {
  return new OpenAI({ apiKey: "sk-test-fake-key", baseURL: fake.url, maxRetries: options.maxRetries ?? 0, timeout: options.timeout ?? 5000 });
}

const ask = (client: OpenAI, text: string) =>
  client.chat.completions.create({ model: fake.model, messages: [{ role: "user", content: text }] });

describe("OpenAI fake", () => {
  it("answers with scripted replies in order, including errors, JSON and tool calls", async () => {
    fake.script([
      { content: "Sở Y tế chủ trì." },
      { status: 429 },
      { status: 500 },
      { json: { answer: "111", citations: ["III.2"] } },
      { toolCall: { name: "search_plan", arguments: { query: "bạo lực" } } },
    ]);
    const client = sdk();
    expect((await ask(client, "q1")).choices[0]?.message.content).toBe("Sở Y tế chủ trì.");
    await expect(ask(client, "q2")).rejects.toMatchObject({ status: 429 });
    await expect(ask(client, "q3")).rejects.toMatchObject({ status: 500 });
    expect(JSON.parse((await ask(client, "q4")).choices[0]?.message.content ?? "")).toEqual({ answer: "111", citations: ["III.2"] });
    const tool = (await ask(client, "q5")).choices[0]?.message.tool_calls?.[0];
    expect(tool).toMatchObject({ type: "function", function: { name: "search_plan", arguments: '{"query":"bạo lực"}' } });
    await expect(ask(client, "q6")).rejects.toMatchObject({ status: 500 });
  });

  it("lets the SDK's own retry after a 429 reach the next scripted reply quickly", async () => {
    fake.script([{ status: 429 }, { content: "ok" }]);
    const t0 = Date.now();
    expect((await ask(sdk({ maxRetries: 1 }), "q")).choices[0]?.message.content).toBe("ok");
    expect(Date.now() - t0).toBeLessThan(1000);
  });

  it("delays a reply so a client timeout can be tested", async () => {
    fake.script([{ delayMs: 1000, content: "late" }]);
    await expect(ask(sdk({ timeout: 100 }), "q")).rejects.toThrow(/timed out/i);
  });

  it("streams a scripted reply", async () => {
    fake.script([{ content: "Xin chào" }]);
    const stream = await sdk().chat.completions.create({ model: fake.model, messages: [{ role: "user", content: "hi" }], stream: true });
    let text = "";
    for await (const chunk of stream) text += chunk.choices[0]?.delta.content ?? "";
    expect(text).toBe("Xin chào");
  });

  it("records every request so a test can prove what reached the model", async () => {
    fake.script([{ content: "a" }]);
    await ask(sdk(), "Ai chịu trách nhiệm?");
    expect(fake.requests[0]).toMatchObject({ path: "/v1/chat/completions", authorization: "Bearer sk-test-fake-key" });
    expect(fake.allRequestText()).toContain("Ai chịu trách nhiệm?");
    expect(fake.allRequestText()).not.toContain("bé bị đánh");
  });

  it("lists its model and returns embeddings where shared words mean closeness", async () => {
    const client = sdk();
    expect((await client.models.list()).data.map((m) => m.id)).toEqual([fake.model]);
    const result = await client.embeddings.create({ model: "e", input: ["bảo vệ trẻ em", "trẻ em được bảo vệ", "ngân sách tỉnh"] });
    const [a, b, c] = result.data.map((d) => d.embedding);
    const dot = (x: number[] = [], y: number[] = []) => x.reduce((s, v, i) => s + v * (y[i] ?? 0), 0);
    expect(dot(a, b)).toBeGreaterThan(dot(a, c));
  });
});
