/**
 * Training and measuring the triage model (src/intake/triage/linear-model.ts): the labelled
 * corpus, softmax regression per head (AdaGrad, L2, a fixed seed, so the same corpus gives the
 * same model byte for byte), leave-one-writer-out cross-validation, and the figures
 * `npm run triage:eval` prints (per-category precision and recall, confusion matrices).
 */
import fs from "node:fs";
import path from "node:path";
import { FEATURE_BUCKETS, type Feature } from "../src/intake/triage/text-features.ts";
import type { LinearModel, ModelHead } from "../src/intake/triage/linear-model.ts";
import { intentToDie, modelFeatures } from "../src/intake/triage/triage-model.ts";
import { triageRulesWithMatches } from "../src/intake/triage/triage-rules.ts";
import type { TriageResult } from "../src/intake/triage/triage-types.ts";

export const CORPUS_DIR = process.env.TRIAGE_CORPUS_DIR ?? "content/triage/corpus";

/** One labelled message of the corpus. */
export interface CorpusRow {
  id: string;
  text: string;
  risk?: string;
  category?: string;
  /** For the router: concern | question | chatter. */
  route?: string;
  /** Who wrote it (the file's writer), for grouping the cross-validation folds. */
  writer: string;
  register?: string;
  phen?: string;
  /** Whether the second labeller agreed: `disagreed` and `disputed` rows are not trained on. */
  label?: string;
}

/** Reads every .jsonl file of a folder of the corpus. */
export function readCorpus(folder: string): CorpusRow[] {
  const dir = path.join(CORPUS_DIR, folder);
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((f) => f.endsWith(".jsonl"))
    .sort()
    .flatMap((file) =>
      fs.readFileSync(path.join(dir, file), "utf8").split("\n").filter((l) => l.trim()).map((line) => {
        const row = JSON.parse(line) as Omit<CorpusRow, "writer"> & { writer?: string };
        return { ...row, writer: row.writer ?? file.replace(/\.jsonl$/, "") };
      }),
    );
}

/** A row with its features computed once. */
export interface Example {
  row: CorpusRow;
  /** A copy typed without diacritics, made for training only (never scored). */
  augmented?: boolean;
  features: Feature[];
  /** The rules' own decision, for the safety floors. */
  rules: TriageResult;
  /** A stated intent or plan to die: an emergency floor that no corpus can remove. */
  statedIntent: boolean;
}

export function featurise(rows: readonly CorpusRow[]): Example[] {
  return rows.map((row) => {
    const read = triageRulesWithMatches(row.text);
    return { row, rules: read.result, features: modelFeatures(row.text, read), statedIntent: intentToDie(row.text, undefined, read.matches.instruction !== undefined).stated !== null };
  });
}

/** The text as typed on a phone without a Vietnamese keyboard. */
export function withoutDiacritics(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/**
 * Every report written with diacritics once more without them, for training: people type both
 * ways, and the model must not lean on the written forms alone.
 */
export function augment(examples: readonly Example[]): Example[] {
  const copies = examples.flatMap((e) => {
    const folded = withoutDiacritics(e.row.text);
    if (folded === e.row.text) return [];
    const read = triageRulesWithMatches(folded);
    return [{ row: { ...e.row, text: folded }, rules: read.result, features: modelFeatures(folded, read), statedIntent: intentToDie(folded, undefined, read.matches.instruction !== undefined).stated !== null, augmented: true }];
  });
  return [...examples, ...copies];
}

/** Whether the rules raise this one flag as a floor would: the rules' own decision is an emergency and the flag is among its red flags. */
export function raisesFlag(rules: Pick<TriageResult, "risk" | "redFlags">, flag: string): boolean {
  return rules.risk === "emergency" && rules.redFlags.includes(flag);
}

/**
 * The candidate safety flags that were right at least 85% of the time (and at least 5 times) on
 * the training reports, each measured on the reports that flag raises (not on every report some
 * other floor raised: counting the `alwaysFlags`' reports made every candidate pass). The floors
 * the contract requires (alwaysFlags: a stated intent or plan to die) are not candidates: they
 * stay whatever the corpus, and are only measured here.
 */
export function chooseSafetyFlags(examples: readonly Example[], rules: { emergencyFlags: readonly string[]; alwaysFlags: readonly string[] }): { kept: string[]; lines: string[] } {
  const kept: string[] = [];
  const lines: string[] = [];
  const reports = examples.filter((e) => !e.augmented && e.row.risk);
  const stated = reports.filter((e) => e.statedIntent);
  lines.push(`  stated intent to die (always kept): right ${stated.filter((e) => e.row.risk === "emergency").length}/${stated.length}`);
  for (const flag of rules.emergencyFlags) {
    if (rules.alwaysFlags.includes(flag)) continue;
    const hits = reports.filter((e) => raisesFlag(e.rules, flag));
    const right = hits.filter((e) => e.row.risk === "emergency").length;
    const keep = hits.length >= 5 && right >= 0.85 * hits.length;
    if (keep) kept.push(flag);
    lines.push(`  safety flag ${flag}: right ${right}/${hits.length}${keep ? "" : " (left to the model)"}`);
  }
  return { kept, lines };
}

/** Deterministic pseudo-random numbers (mulberry32). */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TrainOptions {
  epochs: number;
  rate: number;
  l2: number;
  /** Features seen in fewer training messages are dropped (default 2). */
  minCount?: number;
  /** Weight of each class in the loss (missing: 1). */
  classWeight?: Record<string, number>;
  /** Weight of each example in the loss, times its class's (missing: 1). */
  exampleWeight?: (e: Example) => number;
}

export const DEFAULT_TRAINING: TrainOptions = { epochs: 25, rate: 0.3, l2: 1e-5 };

/** Dense working weights over the buckets that the examples use. */
interface Working {
  index: Map<number, number>;
  weights: Float32Array;
  bias: Float64Array;
}

/** Trains one softmax head on the examples that carry its label. */
export function trainHead(examples: readonly Example[], label: (row: CorpusRow) => string | undefined, classes: readonly string[], opts: TrainOptions = DEFAULT_TRAINING): { head: ModelHead; index: Map<number, number> } {
  const k = classes.length;
  const used = examples.filter((e) => { const l = label(e.row); return l !== undefined && classes.includes(l); });
  // Only features that at least two messages share: one seen once teaches nothing general, and the file stays small.
  const df = new Map<number, number>();
  for (const e of used) for (const f of e.features) df.set(f.bucket, (df.get(f.bucket) ?? 0) + 1);
  const index = new Map<number, number>();
  for (const [bucket, n] of [...df].sort((a, b) => a[0] - b[0])) if (n >= (opts.minCount ?? 2)) index.set(bucket, index.size);
  const w: Working = { index, weights: new Float32Array(index.size * k), bias: new Float64Array(k) };
  const g2 = new Float32Array(index.size * k).fill(1e-6);
  const gb = new Float64Array(k).fill(1e-6);
  const rnd = random(20261203);
  const order = used.map((_, i) => i);
  const scores = new Float64Array(k);
  const errs = new Float64Array(k);
  // Each example's rows and values, looked up once (the same arithmetic, in the same order, as looking them up at every step).
  const packed = used.map((e) => {
    const kept = e.features.filter((f) => index.has(f.bucket));
    return { rows: Int32Array.from(kept, (f) => index.get(f.bucket)!), values: Float64Array.from(kept, (f) => f.value), target: classes.indexOf(label(e.row)!) };
  });
  for (let epoch = 0; epoch < opts.epochs; epoch++) {
    for (let i = order.length - 1; i > 0; i--) { const j = Math.floor(rnd() * (i + 1)); [order[i], order[j]] = [order[j]!, order[i]!]; }
    for (const n of order) {
      const { rows, values, target } = packed[n]!;
      const cw = (opts.classWeight?.[classes[target]!] ?? 1) * (opts.exampleWeight?.(used[n]!) ?? 1);
      for (let c = 0; c < k; c++) scores[c] = w.bias[c]!;
      for (let f = 0; f < rows.length; f++) { const base = rows[f]! * k; const v = values[f]!; for (let c = 0; c < k; c++) scores[c]! += w.weights[base + c]! * v; }
      let top = -Infinity;
      for (let c = 0; c < k; c++) top = Math.max(top, scores[c]!);
      let total = 0;
      for (let c = 0; c < k; c++) { scores[c] = Math.exp(scores[c]! - top); total += scores[c]!; }
      for (let c = 0; c < k; c++) {
        const err = cw * (scores[c]! / total - (c === target ? 1 : 0));
        errs[c] = err;
        gb[c]! += err * err;
        w.bias[c]! -= (opts.rate * err) / Math.sqrt(gb[c]!);
      }
      // Every (feature, class) weight is its own: updating feature by feature gives the same numbers, with less memory traffic.
      for (let f = 0; f < rows.length; f++) {
        const base = rows[f]! * k;
        const v = values[f]!;
        for (let c = 0; c < k; c++) {
          const r = base + c;
          const g = errs[c]! * v + opts.l2 * w.weights[r]!;
          g2[r]! += g * g;
          w.weights[r]! -= (opts.rate * g) / Math.sqrt(g2[r]!);
        }
      }
    }
  }
  return { head: { classes: [...classes], bias: Array.from(w.bias), weights: w.weights }, index };
}

/** Builds a model from heads trained over different bucket sets: one sorted bucket list, rows re-indexed. */
export function assemble(heads: Record<string, { head: ModelHead; index: Map<number, number> }>, policy: LinearModel["policy"], info: Record<string, unknown>): LinearModel {
  const all = new Set<number>();
  for (const { index } of Object.values(heads)) for (const b of index.keys()) all.add(b);
  const buckets = Uint32Array.from([...all].sort((a, b) => a - b));
  const out: Record<string, ModelHead> = {};
  for (const [name, { head, index }] of Object.entries(heads)) {
    const k = head.classes.length;
    const weights = new Float32Array(buckets.length * k);
    buckets.forEach((b, row) => {
      const from = index.get(b);
      if (from !== undefined) for (let c = 0; c < k; c++) weights[row * k + c] = head.weights[from * k + c]!;
    });
    out[name] = { ...head, weights };
  }
  if (buckets.some((b) => b >= FEATURE_BUCKETS)) throw new Error("bucket out of range");
  return { buckets, heads: out, policy, info };
}

/** Probabilities of one example under a head trained in this process (before assembling). */
export function scoreWith(trained: { head: ModelHead; index: Map<number, number> }, features: readonly Feature[]): number[] {
  const { head, index } = trained;
  const k = head.classes.length;
  const scores = [...head.bias];
  for (const f of features) { const r = index.get(f.bucket); if (r === undefined) continue; for (let c = 0; c < k; c++) scores[c]! += head.weights[r * k + c]! * f.value; }
  const top = Math.max(...scores);
  const exps = scores.map((z) => Math.exp(z - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((x) => x / total);
}

/** A confusion matrix and per-class precision and recall, as printable lines. */
export function confusionReport(title: string, classes: readonly string[], pairs: ReadonlyArray<{ gold: string; got: string }>): string[] {
  const lines = [`${title}: ${pairs.filter((p) => p.gold === p.got).length}/${pairs.length} agree (${pct(pairs.filter((p) => p.gold === p.got).length, pairs.length)})`];
  const width = Math.max(...classes.map((c) => c.length), 6);
  lines.push(`${"gold \\ got".padEnd(width)} ${classes.map((c) => c.slice(0, 6).padStart(6)).join(" ")}   recall precision`);
  for (const g of classes) {
    const row = classes.map((c) => String(pairs.filter((p) => p.gold === g && p.got === c).length).padStart(6));
    const tp = pairs.filter((p) => p.gold === g && p.got === g).length;
    const goldN = pairs.filter((p) => p.gold === g).length;
    const gotN = pairs.filter((p) => p.got === g).length;
    lines.push(`${g.padEnd(width)} ${row.join(" ")}   ${pct(tp, goldN).padStart(6)} ${pct(tp, gotN).padStart(9)}`);
  }
  return lines;
}

export function pct(a: number, b: number): string {
  return b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`;
}

/**
 * Floors a retrain may not drop. Every safety flag the shipped policy holds stays a floor, whatever
 * a new corpus says of it (a floor can be added by the corpus, never removed by it): a retrain on
 * more writers dropped `infant_at_risk`, `intruder` and `marriage_imminent` and lost emergencies on
 * writers it never read. A floor leaves only by being named in `retired` with the reason, on
 * purpose, in review.
 */
export function keepShippedFloors(chosen: readonly string[], shipped: readonly string[], retired: Readonly<Record<string, string>> = {}): { kept: string[]; lines: string[] } {
  const kept = [...chosen];
  const lines: string[] = [];
  for (const flag of shipped) {
    if (kept.includes(flag)) continue;
    if (flag in retired) { lines.push(`  shipped floor ${flag}: retired on purpose (${retired[flag]})`); continue; }
    kept.push(flag);
    lines.push(`  shipped floor ${flag}: kept (the corpus would have left it to the model; a retrain never drops a shipped floor)`);
  }
  return { kept, lines };
}

/**
 * The routing band a retrain may not widen: below `unsure` a concern is answered as a question, so
 * `unsure` never rises above the shipped value (a wider band answered more thin stories as
 * questions: 0.05 -> 0.138 in one retrain); `concern` never rises above the shipped value either
 * (more first messages would be asked instead of offered a report), and stays at least `unsure`.
 */
export function keepShippedBand(chosen: { unsureThreshold: number; concernThreshold: number }, shipped: { unsureThreshold?: number; concernThreshold?: number } | null): { unsureThreshold: number; concernThreshold: number } {
  const unsure = Math.min(chosen.unsureThreshold, shipped?.unsureThreshold ?? Infinity);
  const concern = Math.max(unsure, Math.min(chosen.concernThreshold, shipped?.concernThreshold ?? Infinity));
  return { unsureThreshold: unsure, concernThreshold: concern };
}

/**
 * The highest emergency threshold a retrain may choose: never above the shipped one (a report the
 * shipped model calls an emergency on its probability alone must not need more to be one after a
 * retrain; R5 chose 0.28 over the shipped 0.19 and lost emergencies on writers it never read).
 */
export function emergencyThresholdCap(shipped: { emergencyThreshold?: number } | null, ceiling = 0.6): number {
  return Math.min(ceiling, shipped?.emergencyThreshold ?? ceiling);
}
