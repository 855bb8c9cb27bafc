/**
 * `npm run bench:qa-cpu`: CPU time per question of the in-process answerer over every question of the QA fixtures
 * (test/fixtures/qa-*.jsonl) and the shared dev set (../shared/eval/qa_dev.jsonl), answered several rounds, and a sha1 over
 * the JSON of all answers of the first round: two builds that print the same sha1 gave byte-identical answers.
 * Prints numbers only (no pass or fail). `QA_ROUNDS=5` sets the rounds (3 by default); answers use a fixed `today`.
 */
import { createHash } from "node:crypto";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { performance } from "node:perf_hooks";
import { loadShippedPlans } from "../src/kb/knowledge-base.ts";
import { loadRegistry } from "../src/kb/registry/registry.ts";
import { createQuestionAnswerer } from "../src/qa/question-answerer.ts";

const root = resolve(dirname(fileURLToPath(import.meta.url)), "..");
const TODAY = "2026-06-01";
const rounds = Math.max(1, Number(process.env.QA_ROUNDS ?? 3));

function readQuestions(path: string): string[] {
  if (!existsSync(path)) return [];
  return readFileSync(path, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { q: string }).q);
}

// `QA_FIXTURES=<dir>` reads the questions of another checkout (to time an older build on the same questions).
const fixtures = resolve(process.env.QA_FIXTURES ?? resolve(root, "test/fixtures"));
const files = [...readdirSync(fixtures).filter((f) => /^qa-.*\.jsonl$/.test(f)).sort().map((f) => resolve(fixtures, f)), resolve(root, "../shared/eval/qa_dev.jsonl")];
const questions = files.flatMap(readQuestions);

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
}

const registry = loadRegistry();
const { plans } = loadShippedPlans(registry);
const t0 = performance.now();
const qa = createQuestionAnswerer({ plans, registry, today: TODAY });
const buildMs = performance.now() - t0;

const cpuMs: number[] = [];
const wallMs: number[] = [];
let firstSha = "";
let sameAnswers = true;
for (let r = 0; r < rounds; r++) {
  const hash = createHash("sha1");
  for (const q of questions) {
    const c = process.cpuUsage();
    const w = performance.now();
    const answer = qa.answer(q);
    const wall = performance.now() - w;
    const cpu = process.cpuUsage(c);
    // The first round warms the caches and the JIT; its times are not counted when there are more rounds.
    if (r > 0 || rounds === 1) { cpuMs.push((cpu.user + cpu.system) / 1000); wallMs.push(wall); }
    hash.update(JSON.stringify(answer)).update("\n");
  }
  const sha = hash.digest("hex");
  if (r === 0) firstSha = sha;
  else if (sha !== firstSha) sameAnswers = false;
}

const stats = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  const mean = s.reduce((a, b) => a + b, 0) / Math.max(1, s.length);
  return `p50 ${percentile(s, 50).toFixed(3)} ms, p95 ${percentile(s, 95).toFixed(3)} ms, mean ${mean.toFixed(3)} ms`;
};
console.log(`questions: ${questions.length} from ${files.length} files, ${rounds} rounds (${rounds > 1 ? "first round not timed" : "one round"})`);
console.log(`cpu per question: ${stats(cpuMs)}`);
console.log(`wall per question: ${stats(wallMs)}`);
console.log(`answerer build: ${buildMs.toFixed(1)} ms`);
console.log(`answers sha1: ${firstSha}${sameAnswers ? "" : " (later rounds gave other answers)"}`);
