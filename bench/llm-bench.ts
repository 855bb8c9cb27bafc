/**
 * `npm run bench:llm`: what the optional model layer itself adds to a reply, beside the
 * model's own latency. A scripted OpenAI-compatible fake answers every call after a fixed
 * delay; for each task we time the whole layer call, the model round trip the client
 * measured, and a bare OpenAI SDK call to the same fake. The layer's overhead is the layer
 * call minus the scripted delay; "checks" is the part spent outside the HTTP call (prompt
 * building, JSON parsing, zod, grounding checks).
 */
import { performance } from "node:perf_hooks";
import OpenAI from "openai";
import { createLogger } from "../src/core/logger.ts";
import { loadShippedPlans } from "../src/kb/knowledge-base.ts";
import { loadRegistry } from "../src/kb/registry/registry.ts";
import { createLlmLayer, type LlmLayer } from "../src/llm/llm-layer.ts";
import type { CallMetrics } from "../src/llm/llm-client.ts";
import { createQuestionAnswerer } from "../src/qa/question-answerer.ts";
import { createOpenAiFake, type OpenAiFake, type OpenAiStep } from "../test/fakes/openai-server.ts";

const CALLS = Number(process.env.BENCH_CALLS ?? 200);
const DELAY_MS = Number(process.env.BENCH_DELAY_MS ?? 20);
const QUESTION = "Ở Đắk Lắk, ai chủ trì chương trình hoàn thiện hệ thống tư pháp cho người chưa thành niên?";
const REPORT = "Bé gái hàng xóm khoảng 8 tuổi ở xã Ea Tu, Đắk Lắk bị bố dượng đánh bằng gậy tối qua, người bầm tím.";
const PHRASED = "Theo Quyết định 2041/QĐ-UBND của Đắk Lắk (mục III.4), Sở Tư pháp chủ trì chương trình; Công an tỉnh và Sở Y tế phối hợp.";

interface Samples { total: number[]; model: number[] }

const pct = (values: number[], p: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;
};
const fmt = (n: number) => n.toFixed(2).padStart(10);

async function timeTask(fake: OpenAiFake, step: OpenAiStep, metrics: CallMetrics[], call: () => Promise<unknown>): Promise<Samples> {
  const samples: Samples = { total: [], model: [] };
  for (let i = 0; i < CALLS; i += 1) {
    fake.script([{ ...step, delayMs: DELAY_MS }]);
    const t0 = performance.now();
    await call();
    samples.total.push(performance.now() - t0);
    samples.model.push(metrics.at(-1)?.latencyMs ?? NaN);
  }
  return samples;
}

async function timeBareSdk(fake: OpenAiFake): Promise<number[]> {
  const sdk = new OpenAI({ apiKey: "sk-bench", baseURL: fake.url, maxRetries: 0 });
  const out: number[] = [];
  for (let i = 0; i < CALLS; i += 1) {
    fake.script([{ json: { answer: PHRASED }, delayMs: DELAY_MS }]);
    const t0 = performance.now();
    await sdk.chat.completions.create({ model: fake.model, messages: [{ role: "user", content: "x" }] });
    out.push(performance.now() - t0);
  }
  return out;
}

function row(name: string, s: Samples): string {
  const overhead = s.total.map((t) => t - DELAY_MS);
  const checks = s.total.map((t, i) => t - (s.model[i] ?? 0));
  return `${name.padEnd(14)}${fmt(pct(s.total, 50))}${fmt(pct(s.total, 95))}${fmt(pct(overhead, 50))}${fmt(pct(overhead, 95))}${fmt(pct(checks, 50))}${fmt(pct(checks, 95))}`;
}

async function main(): Promise<void> {
  const registry = loadRegistry();
  const qa = createQuestionAnswerer({ plans: loadShippedPlans(registry).plans, registry, today: new Date().toISOString().slice(0, 10) });
  const answer = qa.answer(QUESTION);
  const fake = await createOpenAiFake();
  const metrics: CallMetrics[] = [];
  const logger = createLogger({ level: "silent", pretty: false });
  const layer = createLlmLayer({ enabled: true, apiKey: "sk-bench", baseUrl: fake.url, model: fake.model, reportAssist: false }, { logger, registry, onCall: (m) => void metrics.push(m) }) as LlmLayer;
  try {
    const bare = await timeBareSdk(fake);
    const phrase = await timeTask(fake, { json: { answer: PHRASED } }, metrics, () => layer.phraser.phrase(QUESTION, answer));
    const interpret = await timeTask(fake, { json: { intent: "lead", province: "Đắk Lắk", topic: "tư pháp cho người chưa thành niên" } }, metrics, () => layer.interpreter.interpret(QUESTION));
    const extract = await timeTask(fake, { json: { childAgeText: "khoảng 8 tuổi", commune: "xã Ea Tu", suggestedRisk: "high", suggestedCategory: "physical_violence" } }, metrics, () => layer.extractor.extract(REPORT));
    console.log(`bench:llm: ${CALLS} calls per task, scripted model delay ${DELAY_MS} ms (ms)`);
    console.log(`${"task".padEnd(14)}${"call p50".padStart(10)}${"call p95".padStart(10)}${"ovh p50".padStart(10)}${"ovh p95".padStart(10)}${"chk p50".padStart(10)}${"chk p95".padStart(10)}`);
    console.log(`${"bare SDK".padEnd(14)}${fmt(pct(bare, 50))}${fmt(pct(bare, 95))}${fmt(pct(bare, 50) - DELAY_MS)}${fmt(pct(bare, 95) - DELAY_MS)}`);
    for (const [name, s] of [["phrase", phrase], ["interpret", interpret], ["extract", extract]] as const) console.log(row(name, s));
    console.log("call = whole layer call; ovh = call minus the scripted delay (HTTP, langchain, checks); chk = call minus the client's measured model round trip.");
    console.log(`outcomes: ${JSON.stringify(layer.stats())}`);
  } finally {
    await fake.close();
  }
}

await main();
