/**
 * `npm run bench:qa`: per-question latency (p50/p95/p99) of the in-process answerer over
 * the dev set, the wider fixture set and generated paraphrases (no diacritics, the other
 * tone placement, abbreviations, English), plus ingest time of the shipped plans and memory.
 */
import { existsSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { foldVietnamese } from "../src/core/vietnamese-text.ts";
import { loadShippedPlans } from "../src/kb/knowledge-base.ts";
import { loadRegistry } from "../src/kb/registry/registry.ts";
import { createQuestionAnswerer } from "../src/qa/question-answerer.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");

function readQuestions(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q);
}

const OLD_TONES: Array<[RegExp, string]> = [[/oà/g, "òa"], [/oá/g, "óa"], [/oạ/g, "ọa"], [/uỷ/g, "ủy"], [/uý/g, "úy"], [/òa/g, "oà"], [/ủy/g, "uỷ"]];
const ABBREVIATIONS: Array<[RegExp, string]> = [
  [/Sở Lao động - Thương binh và Xã hội/g, "Sở LĐTBXH"], [/Sở Giáo dục và Đào tạo/g, "Sở GD&ĐT"], [/Ủy ban nhân dân/gi, "UBND"],
  [/Thừa Thiên Huế/g, "TT Huế"], [/Đắk Lắk/g, "Dak Lak"], [/Sở Kế hoạch - Đầu tư/g, "Sở KH&ĐT"], [/Sở Văn hóa, Thể thao và Du lịch/g, "Sở VHTTDL"],
];
const ENGLISH = [
  "Who leads child protection communication in {p}?", "Which agency handles legal aid for children in {p}?",
  "What are the duties of the police in {p}?", "What is the child protection budget in {p}?",
  "When are annual reports due in {p}?", "What targets does the {p} plan set?", "What does the {p} plan implement?",
  "Who signed the {p} plan?", "Who coordinates school violence prevention in {p}?", "Who is responsible for birth registration in {p}?",
];
const PROVINCES = ["Dak Lak", "Gia Lai", "Tay Ninh", "Thua Thien Hue", "Hue", "Ca Mau"];

/** The dev and wider questions with their paraphrases, repeated to at least `min`. */
function questionSet(min: number): string[] {
  const base = [...readQuestions(resolve(root, "../shared/eval/qa_dev.jsonl")), ...readQuestions(resolve(root, "test/fixtures/qa-wider.jsonl"))];
  const variants = base.flatMap((q) => [q, foldVietnamese(q), OLD_TONES.reduce((s, [a, b]) => s.replace(a, b), q), ABBREVIATIONS.reduce((s, [a, b]) => s.replace(a, b), q)]);
  const english = ENGLISH.flatMap((t) => PROVINCES.map((p) => t.replace("{p}", p)));
  const all = [...variants, ...english];
  const out: string[] = [];
  while (out.length < min) out.push(...all);
  return out;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;

const t0 = performance.now();
const registry = loadRegistry();
const { plans } = loadShippedPlans(registry);
const ingestMs = performance.now() - t0;
const t1 = performance.now();
const qa = createQuestionAnswerer({ plans, registry, today: new Date().toISOString().slice(0, 10) });
const indexMs = performance.now() - t1;
const questions = questionSet(1000);
for (const q of questions.slice(0, 50)) qa.answer(q);
const times: number[] = [];
let found = 0;
for (const q of questions) {
  const s = performance.now();
  if (qa.answer(q).found) found++;
  times.push(performance.now() - s);
}
times.sort((a, b) => a - b);
const mem = process.memoryUsage();
console.log(`questions: ${questions.length} (found ${found})`);
console.log(`per question: p50 ${percentile(times, 50).toFixed(3)} ms, p95 ${percentile(times, 95).toFixed(3)} ms, p99 ${percentile(times, 99).toFixed(3)} ms, max ${times.at(-1)?.toFixed(3)} ms`);
console.log(`ingest of ${plans.length} plans (registry + parse): ${ingestMs.toFixed(1)} ms; answerer index build: ${indexMs.toFixed(1)} ms`);
console.log(`memory: rss ${mb(mem.rss)}, heapUsed ${mb(mem.heapUsed)}, heapTotal ${mb(mem.heapTotal)}`);
