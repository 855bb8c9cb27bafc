/**
 * Trains the triage model (src/intake/triage/linear-model.ts) on the labelled corpus in
 * content/triage/corpus/train and route/, measures it by leave-one-writer-out
 * cross-validation (each fold is a writer the model never read), picks the emergency threshold
 * for recall first, checks which candidate safety rules earn their place (the floors the contract
 * requires, safety-rules.json alwaysFlags such as a stated intent to die, are never candidates:
 * they hold whatever the corpus), and writes content/triage/model.json. The held-out part
 * (corpus/heldout) is never read here.
 *
 *   npm run triage:train            # train, print the cross-validation figures, write the model
 *   npm run triage:train -- --check # only print the figures
 *   npm run triage:train -- --quick # skip the category head's cross-validation (its figures are
 *                                   # only printed, so the model file is the same, byte for byte)
 *
 * Deterministic: the same corpus (and the same shipped model) gives the same model, byte for byte.
 * A retrain never drops a safety floor the shipped model holds (unless RETIRED_FLOORS names it)
 * never raises the routing thresholds above the shipped ones, and never raises the emergency
 * threshold above the shipped one (keepShippedFloors, keepShippedBand, emergencyThresholdCap in
 * triage-training.ts).
 */
import crypto from "node:crypto";
import fs from "node:fs";
import { encodeModel, MODEL_PATH, type ModelPolicy } from "../src/intake/triage/linear-model.ts";
import { hashFeature } from "../src/intake/triage/text-features.ts";
import { riskFromProbabilities, safetyFloor, safetyRules } from "../src/intake/triage/triage-model.ts";
import { TRIAGE_CATEGORIES, TRIAGE_RISKS, riskRank } from "../src/intake/triage/triage-types.ts";
import { assemble, augment, chooseSafetyFlags, confusionReport, emergencyThresholdCap, keepShippedBand, keepShippedFloors, raisesFlag, featurise, pct, readCorpus, scoreWith, trainHead, type CorpusRow, type Example } from "./triage-training.ts";

/**
 * Emergency recall the threshold must reach in cross-validation; among thresholds that do, the
 * best score wins. 0.97 held with six writers; with ten (J and K templated), reaching it took
 * p >= 0.05 and made 6.5% of the cross-validated reports wrongly emergencies (3.0% before), for
 * 36 more emergencies caught out of 1,913 than at 0.95 (p >= 0.19, 3.5% wrongly emergency). Emergencies the contract names for sure
 * (a stated intent to die, the kept safety flags) are floors and count as caught either way.
 */
const TARGET_RECALL = 0.95;
export const ROUTES = ["concern", "question", "chatter"] as const;

/** Questions and chatter teach the risk head what "nothing to report" looks like. */
const riskOf = (r: CorpusRow) => r.risk ?? (r.route === "question" || r.route === "chatter" ? "low" : undefined);
const categoryOf = (r: CorpusRow) => r.category;

/** The route a row teaches: its own label, or for a report, a concern unless it is a procedure question or a worry with no harm. */
export function routeOf(r: CorpusRow): string | undefined {
  if (r.route) return r.route;
  if (!r.risk) return undefined;
  if (r.risk !== "low") return "concern";
  if (r.phen === "procedure") return "question";
  return r.category && r.category !== "other" ? "concern" : undefined;
}

interface Scored { ex: Example; risk: number[]; category: number[]; route: number[] }

/** Folds of the cross-validation: enough to be measured on many writers, few enough for the machine. */
const FOLDS = 10;

/**
 * Fold of a message: the writers are dealt into FOLDS fixed folds balanced by size (largest writer
 * first, each to the fold with the fewest reports so far), so a writer is always scored by a model
 * that never read them; messages written only for the router are dealt round the folds by id.
 */
function foldsOf(examples: readonly Example[]): { names: string[]; of: (e: Example, i: number) => string } {
  const sizes = new Map<string, number>();
  for (const e of examples) if (e.row.risk && !e.augmented) sizes.set(e.row.writer, (sizes.get(e.row.writer) ?? 0) + 1);
  const writers = [...sizes].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const count = Math.min(FOLDS, writers.length);
  const names = Array.from({ length: count }, (_, i) => `fold-${String(i + 1).padStart(2, "0")}`);
  const load = new Array<number>(count).fill(0);
  const foldOf = new Map<string, string>();
  for (const [writer, n] of writers) {
    const i = load.indexOf(Math.min(...load));
    load[i]! += n;
    foldOf.set(writer, names[i]!);
  }
  // By id, so that a message and its copy without diacritics always fall in the same fold.
  return { names, of: (e) => (e.row.risk ? foldOf.get(e.row.writer)! : names[hashFeature(e.row.id) % names.length]!) };
}

const QUICK = process.argv.includes("--quick");

function crossValidate(examples: readonly Example[]): Scored[] {
  const folds = foldsOf(examples);
  const fold = examples.map((e, i) => folds.of(e, i));
  const scored: Scored[] = [];
  for (const w of folds.names) {
    const train = examples.filter((_, i) => fold[i] !== w);
    const test = examples.filter((e, i) => fold[i] === w && !e.augmented);
    const risk = trainHead(train, riskOf, TRIAGE_RISKS);
    const category = QUICK ? null : trainHead(train, categoryOf, TRIAGE_CATEGORIES);
    const route = trainHead(train, routeOf, ROUTES);
    for (const ex of test) scored.push({ ex, risk: scoreWith(risk, ex.features), category: category ? scoreWith(category, ex.features) : [], route: scoreWith(route, ex.features) });
    process.stderr.write(`  ${w} (${[...new Set(test.filter((e) => e.row.risk).map((e) => e.row.writer))].join(", ")}): ${test.length} messages scored\n`);
  }
  return scored;
}

/** The pipeline's risk for a scored report: the model's probabilities under a policy, then the safety floors. */
let SAFETY_FLAGS: string[] = [];

function riskAt(s: Scored, policy: Pick<ModelPolicy, "emergencyThreshold" | "underRatingCost">): string {
  if (s.ex.statedIntent || safetyFloor(s.ex.rules, SAFETY_FLAGS)) return "emergency";
  return riskFromProbabilities(policy, Object.fromEntries(TRIAGE_RISKS.map((r, i) => [r, s.risk[i]!])));
}

interface RiskFigures { agree: number; low: number; wrongEm: number; caught: number; emergencies: number; n: number }

function riskFigures(reports: readonly Scored[], policy: Pick<ModelPolicy, "emergencyThreshold" | "underRatingCost">): RiskFigures {
  const f: RiskFigures = { agree: 0, low: 0, wrongEm: 0, caught: 0, emergencies: 0, n: reports.length };
  for (const s of reports) {
    const got = riskAt(s, policy);
    const gold = s.ex.row.risk!;
    if (got === gold) f.agree++;
    if (riskRank(got as never) < riskRank(gold as never)) f.low++;
    if (got === "emergency" && gold !== "emergency") f.wrongEm++;
    if (gold === "emergency") { f.emergencies++; if (got === "emergency") f.caught++; }
  }
  return f;
}

/**
 * The policy: emergency recall first (at least TARGET_RECALL in cross-validation), then the fewest
 * errors, counting a report rated too low twice and a report wrongly made an emergency twice.
 */
function choosePolicy(reports: readonly Scored[], cap = 0.6): Pick<ModelPolicy, "emergencyThreshold" | "underRatingCost"> {
  let best: { policy: Pick<ModelPolicy, "emergencyThreshold" | "underRatingCost">; score: number } | null = null;
  for (const underRatingCost of [1, 1.25, 1.5, 2]) {
    for (let t = 0.04; t <= cap + 1e-9; t += 0.01) {
      const policy = { emergencyThreshold: Math.round(t * 100) / 100, underRatingCost };
      const f = riskFigures(reports, policy);
      if (underRatingCost === 1.5 && Math.round(t * 100) % 5 === 0) process.stderr.write(`  emergency at ${policy.emergencyThreshold}: caught ${f.caught}/${f.emergencies}, agree ${pct(f.agree, f.n)}, too low ${pct(f.low, f.n)}, wrongly emergency ${pct(f.wrongEm, f.n)}\n`);
      if (f.caught < TARGET_RECALL * f.emergencies) continue;
      const score = f.agree - 2 * f.low - 2 * f.wrongEm;
      if (!best || score > best.score) best = { policy, score };
    }
  }
  return best?.policy ?? { emergencyThreshold: 0.04, underRatingCost: 2 };
}

function summary(reports: readonly Scored[], policy: Pick<ModelPolicy, "emergencyThreshold" | "underRatingCost">): string[] {
  const risk = reports.map((s) => ({ gold: s.ex.row.risk!, got: riskAt(s, policy) }));
  const cat = reports.map((s) => ({ gold: s.ex.row.category!, got: TRIAGE_CATEGORIES[s.category.indexOf(Math.max(...s.category))]! }));
  const f = riskFigures(reports, policy);
  return [
    `policy: emergency at p >= ${policy.emergencyThreshold}, too low costs ${policy.underRatingCost}x: emergencies caught ${f.caught}/${f.emergencies}, rated too low ${f.low} (${pct(f.low, f.n)}), wrongly emergency ${f.wrongEm} (${pct(f.wrongEm, f.n)})`,
    ...confusionReport("risk", TRIAGE_RISKS, risk),
    ...(QUICK ? [] : confusionReport("category", TRIAGE_CATEGORIES, cat)),
  ];
}

/**
 * The routing band: below `unsure` a message is answered as a question, at or above `concern` a
 * report is offered, in between the chat asks. `unsure` is the highest value that answers at most
 * 0.5% of the concerns as questions; `concern` the lowest (not below `unsure`) that offers a report
 * to at most 1% of the questions.
 */
function chooseRouteThresholds(routed: readonly Scored[]): Pick<ModelPolicy, "concernThreshold" | "unsureThreshold"> {
  const p = (s: Scored) => s.route[0]!;
  const concerns = routed.filter((s) => routeOf(s.ex.row) === "concern").map(p).sort((a, b) => a - b);
  const questions = routed.filter((s) => routeOf(s.ex.row) === "question").map(p).sort((a, b) => b - a);
  const unsure = Math.max(0.05, Math.min(0.5, concerns[Math.floor(concerns.length * 0.005)] ?? 0.3));
  const concern = Math.max(unsure, Math.min(0.9, (questions[Math.floor(questions.length * 0.01)] ?? 0.5) + 1e-6));
  return { unsureThreshold: Math.round(unsure * 1000) / 1000, concernThreshold: Math.round(concern * 1000) / 1000 };
}

/**
 * A kept floor must also earn its place out of fold, beside the model: on the reports it raises that
 * neither the model (at the chosen policy) nor the stated-intent floor already made an emergency, it
 * is dropped when it wrongly raises 5 or more and catches fewer than one emergency per three it
 * wrongly raises. The alwaysFlags are never candidates.
 */
function pruneOutOfFold(reports: readonly Scored[], flags: readonly string[], policy: Pick<ModelPolicy, "emergencyThreshold" | "underRatingCost">): { kept: string[]; lines: string[] } {
  const kept: string[] = [];
  const lines: string[] = [];
  const modelAlone = (s: Scored) => s.ex.statedIntent || riskFromProbabilities(policy, Object.fromEntries(TRIAGE_RISKS.map((r, i) => [r, s.risk[i]!]))) === "emergency";
  for (const flag of flags) {
    const beyond = reports.filter((s) => raisesFlag(s.ex.rules, flag) && !modelAlone(s));
    const caught = beyond.filter((s) => s.ex.row.risk === "emergency").length;
    const wrong = beyond.length - caught;
    const drop = wrong >= 5 && caught * 3 < wrong;
    if (!drop) kept.push(flag);
    lines.push(`  out of fold, safety flag ${flag}: caught ${caught} beyond the model, wrongly raised ${wrong}${drop ? " (dropped)" : ""}`);
  }
  return { kept, lines };
}

function corpusDigest(rows: readonly CorpusRow[]): string {
  return crypto.createHash("sha256").update(rows.map((r) => `${r.id}\t${r.text}\t${r.risk}\t${r.category}\t${r.route}`).join("\n")).digest("hex");
}

/**
 * Shipped floors retired on purpose (flag -> why). Empty: every floor of the shipped model stays,
 * since no measurement on writers the model never read has shown one does harm.
 */
const RETIRED_FLOORS: Readonly<Record<string, string>> = {};

/** The policy of the model now shipped (read before it is overwritten), or null for a first build. */
function shippedPolicy(): Partial<ModelPolicy> | null {
  if (!fs.existsSync(MODEL_PATH)) return null;
  return (JSON.parse(fs.readFileSync(MODEL_PATH, "utf8")) as { policy?: Partial<ModelPolicy> }).policy ?? null;
}

function main(): void {
  const shipped = shippedPolicy();
  const shippedFlags = shipped?.safetyFlags ?? [];
  // Rows whose two labellers disagreed (and were not adjudicated) teach nothing sure.
  const files = [...readCorpus("train"), ...readCorpus("route")];
  const rows = files.filter((r) => r.label !== "disagreed" && r.label !== "disputed");
  const started = Date.now();
  const examples = augment(featurise(rows));
  process.stderr.write(`${rows.length} messages featurised in ${Date.now() - started} ms; cross-validating by writer\n`);
  const safety = chooseSafetyFlags(examples, safetyRules());
  const withShipped = keepShippedFloors(safety.kept, shippedFlags, RETIRED_FLOORS);
  SAFETY_FLAGS = withShipped.kept;
  for (const line of [...safety.lines, ...withShipped.lines]) process.stderr.write(`${line}\n`);
  const scored = crossValidate(examples);
  const reports = scored.filter((s) => s.ex.row.risk);
  const cap = emergencyThresholdCap(shipped);
  const first = choosePolicy(reports, cap);
  const pruned = pruneOutOfFold(reports, SAFETY_FLAGS, first);
  for (const line of pruned.lines) process.stderr.write(`${line}\n`);
  const prunedWithShipped = keepShippedFloors(pruned.kept, shippedFlags, RETIRED_FLOORS);
  for (const line of prunedWithShipped.lines) process.stderr.write(`${line}\n`);
  SAFETY_FLAGS = prunedWithShipped.kept;
  const chosen = choosePolicy(reports, cap);
  const lines = summary(reports, chosen);
  const routed = scored.filter((s) => routeOf(s.ex.row));
  lines.push(...confusionReport("route", ROUTES, routed.map((s) => ({ gold: routeOf(s.ex.row)!, got: ROUTES[s.route.indexOf(Math.max(...s.route))]! }))));
  console.log(`Leave-one-writer-out cross-validation on ${reports.length} reports and ${routed.length} routed messages:`);
  for (const l of lines) console.log(l);
  if (process.argv.includes("--check")) return;
  const policy: ModelPolicy = { ...chosen, ...keepShippedBand(chooseRouteThresholds(routed), shipped), safetyFlags: SAFETY_FLAGS };
  lines.push(`routing: a concern below p=${policy.unsureThreshold} is answered as a question, from there to ${policy.concernThreshold} the chat asks which one, above it a report is offered`);
  const model = assemble(
    { risk: trainHead(examples, riskOf, TRIAGE_RISKS), category: trainHead(examples, categoryOf, TRIAGE_CATEGORIES), route: trainHead(examples, routeOf, ROUTES) },
    policy,
    {
      corpus: corpusDigest(files),
      trainedOn: [...new Set(rows.map((r) => r.writer))].map((writer) => ({ writer, messages: rows.filter((r) => r.writer === writer).length })),
      crossValidation: lines.slice(0, 1),
    },
  );
  fs.writeFileSync(MODEL_PATH, `${JSON.stringify(encodeModel(model))}\n`);
  console.log(`wrote ${MODEL_PATH} (${model.buckets.length} features, ${(fs.statSync(MODEL_PATH).size / 1e6).toFixed(1)} MB)`);
}

main();
