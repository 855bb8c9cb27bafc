/**
 * `npm run bench:triage`: how long triage takes. Loads the model file once (the time a process
 * pays at start), then triages every report of the corpus and the older labelled sets several
 * times and prints the per-report median and 95th percentile, and the rules alone beside them.
 *
 *   npm run bench:triage [-- --rounds 3]
 */
import fs from "node:fs";
import { performance } from "node:perf_hooks";

const rounds = Number(process.argv[process.argv.indexOf("--rounds") + 1]) || 3;
const started = performance.now();
const { shippedModel } = await import("../src/intake/triage/linear-model.ts");
const imported = performance.now();
const model = shippedModel();
const loadMs = performance.now() - started;
const fileMs = performance.now() - imported;
const { triageReport } = await import("../src/intake/triage/triage-model.ts");
const { triageRules } = await import("../src/intake/triage/triage-rules.ts");

const files = ["content/triage/corpus/heldout", "content/triage/corpus/train"].flatMap((d) => (fs.existsSync(d) ? fs.readdirSync(d).map((f) => `${d}/${f}`) : []));
files.push("test/fixtures/triage-wider.jsonl", "test/fixtures/triage-holdout-a.jsonl", "test/fixtures/triage-holdout-b.jsonl");
const texts = files.flatMap((f) => fs.readFileSync(f, "utf8").split("\n").filter((l) => l.trim()).map((l) => (JSON.parse(l) as { text: string }).text));

function time(fn: (t: string) => unknown): { p50: number; p95: number } {
  const ms: number[] = [];
  for (let r = 0; r < rounds; r++) for (const t of texts) { const s = performance.now(); fn(t); ms.push(performance.now() - s); }
  ms.sort((a, b) => a - b);
  return { p50: ms[Math.floor(ms.length / 2)]!, p95: ms[Math.floor(ms.length * 0.95)]! };
}
time(triageReport); // warm up
const full = time(triageReport);
const rules = time(triageRules);
console.log(`model file: ${(fs.statSync("content/triage/model.json").size / 1e6).toFixed(1)} MB, ${model?.buckets.length ?? 0} features, loaded in ${loadMs.toFixed(0)} ms with the modules it imports (under tsx, which compiles them), of which reading and decoding the file ${fileMs.toFixed(0)} ms`);
console.log(`${texts.length} reports x ${rounds}: triage (rules + model) p50 ${full.p50.toFixed(3)} ms, p95 ${full.p95.toFixed(3)} ms; rules alone p50 ${rules.p50.toFixed(3)} ms, p95 ${rules.p95.toFixed(3)} ms`);
console.log(`resident memory ${(process.memoryUsage().rss / 1e6).toFixed(0)} MB`);
