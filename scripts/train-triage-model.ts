/**
 * Trains the emergency second opinion (src/intake/triage/emergency-model.ts) on the labelled
 * reports kept in test/fixtures, measures it by 5-fold cross-validation together with the
 * rules, picks the threshold, and writes content/triage/emergency-model.json.
 *
 *   npm run triage:train            # train, print the cross-validation numbers, write the model
 *   npm run triage:train -- --check # only print the numbers
 *
 * Deterministic: the same files give the same weights, byte for byte.
 */
import fs from "node:fs";
import path from "node:path";
import {
  CATEGORY_MODEL_FILE, MODEL_FILE, categoryProbabilities, emergencyProbability, reportFeatures, type CategoryModel, type EmergencyModel,
} from "../src/intake/triage/emergency-model.ts";
import { TRIAGE_CATEGORIES } from "../src/intake/triage/triage-types.ts";
import { triageRules } from "../src/intake/triage/triage-rules.ts";

const FILES = [
  "test/fixtures/triage-wider.jsonl", "test/fixtures/triage-holdout-a.jsonl", "test/fixtures/triage-holdout-b.jsonl",
  // Messages that are not reports: everyday chatter and officials' questions about the plans (their "q").
  "test/fixtures/triage-everyday.jsonl", "test/fixtures/qa-wider.jsonl",
];
/** The most non-emergencies (of those the rules leave below emergency) the model may raise, in cross-validation. */
const MAX_RAISED_SHARE = 0.04;
const FOLDS = 5;

interface Example {
  text: string; emergency: boolean; features: string[]; rulesEmergency: boolean; report: boolean;
  category: string; rulesCategory: string; rulesAtLeastMedium: boolean;
}

function load(): { examples: Example[]; counts: Array<{ file: string; reports: number }> } {
  const examples: Example[] = [];
  const counts = FILES.map((file) => {
    const lines = fs.readFileSync(path.resolve(file), "utf8").split("\n").filter((l) => l.trim());
    for (const line of lines) {
      const row = JSON.parse(line) as { text?: string; q?: string; risk?: string; category?: string };
      const text = row.text ?? row.q ?? "";
      const risk = row.risk ?? "low";
      const rules = triageRules(text);
      examples.push({
        text, emergency: risk === "emergency", features: reportFeatures(text), rulesEmergency: rules.risk === "emergency", report: row.risk !== undefined && !file.includes("everyday"),
        category: row.category ?? "other", rulesCategory: rules.category, rulesAtLeastMedium: rules.risk !== "low",
      });
    }
    return { file, reports: lines.length };
  });
  return { examples, counts };
}

/** Full-batch gradient descent on the L2-regularised log loss; binary features. */
function train(examples: readonly Example[], epochs = 300, rate = 0.5, l2 = 0.002): Pick<EmergencyModel, "bias" | "weights"> {
  const weights = new Map<string, number>();
  let bias = 0;
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Map<string, number>();
    let gradBias = 0;
    for (const ex of examples) {
      let z = bias;
      for (const f of ex.features) z += weights.get(f) ?? 0;
      const p = 1 / (1 + Math.exp(-z));
      const error = p - (ex.emergency ? 1 : 0);
      gradBias += error;
      for (const f of ex.features) grad.set(f, (grad.get(f) ?? 0) + error);
    }
    bias -= (rate * gradBias) / examples.length;
    for (const [f, g] of grad) {
      const w = weights.get(f) ?? 0;
      weights.set(f, w - rate * (g / examples.length + l2 * w) * 10);
    }
  }
  return { bias, weights: Object.fromEntries([...weights].filter(([, w]) => Math.abs(w) >= 0.005).map(([f, w]) => [f, Math.round(w * 10_000) / 10_000]).sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1))) };
}

interface Scored { ex: Example; p: number }

function crossValidate(examples: readonly Example[]): Scored[] {
  const scored: Scored[] = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = train(examples.filter((_, i) => i % FOLDS !== fold));
    examples.forEach((ex, i) => {
      if (i % FOLDS === fold) scored.push({ ex, p: emergencyProbability(model, ex.features) });
    });
  }
  return scored;
}

/**
 * The lowest threshold at which the model raises at most MAX_RAISED_SHARE of the real reports
 * that are not emergencies and that the rules leave below emergency (chatter is easy to leave
 * alone, so it would make the share look better than it is), and no chatter at all.
 */
function chooseThreshold(scored: readonly Scored[]): { threshold: number; recall: number; raised: number } {
  const candidates = scored.filter((s) => s.ex.report && !s.ex.rulesEmergency && !s.ex.emergency);
  const chatter = scored.filter((s) => !s.ex.report);
  const emergencies = scored.filter((s) => s.ex.emergency);
  for (let t = 0.3; t <= 0.99; t += 0.01) {
    const raised = candidates.filter((s) => s.p >= t).length;
    if (raised <= MAX_RAISED_SHARE * candidates.length && !chatter.some((s) => s.p >= t)) {
      const caught = emergencies.filter((s) => s.ex.rulesEmergency || s.p >= t).length;
      return { threshold: Math.round(t * 100) / 100, recall: caught / emergencies.length, raised };
    }
  }
  return { threshold: 0.99, recall: emergencies.filter((s) => s.ex.rulesEmergency).length / emergencies.length, raised: 0 };
}

const CLASSES: readonly string[] = TRIAGE_CATEGORIES;

/** Softmax regression, full-batch gradient descent, L2; sparse weights per class. */
function trainCategories(examples: readonly Example[], epochs = 200, rate = 5, l2 = 0.0002): Pick<CategoryModel, "bias" | "weights"> {
  const k = CLASSES.length;
  const weights = new Map<string, Float64Array>();
  const bias = new Float64Array(k);
  const row = (f: string) => weights.get(f) ?? (weights.set(f, new Float64Array(k)), weights.get(f)!);
  for (let epoch = 0; epoch < epochs; epoch++) {
    const grad = new Map<string, Float64Array>();
    const gradBias = new Float64Array(k);
    for (const ex of examples) {
      const scores = Array.from(bias);
      for (const f of ex.features) { const w = weights.get(f); if (w) for (let c = 0; c < k; c++) scores[c]! += w[c]!; }
      const top = Math.max(...scores);
      const exps = scores.map((z) => Math.exp(z - top));
      const total = exps.reduce((a, b) => a + b, 0);
      const target = CLASSES.indexOf(ex.category);
      for (let c = 0; c < k; c++) {
        const error = exps[c]! / total - (c === target ? 1 : 0);
        gradBias[c]! += error;
        for (const f of ex.features) { const g = grad.get(f) ?? (grad.set(f, new Float64Array(k)), grad.get(f)!); g[c]! += error; }
      }
    }
    for (let c = 0; c < k; c++) bias[c]! -= (rate * gradBias[c]!) / examples.length;
    for (const [f, g] of grad) { const w = row(f); for (let c = 0; c < k; c++) w[c]! -= rate * (g[c]! / examples.length + l2 * w[c]!); }
  }
  const sparse = CLASSES.map((_, c) => Object.fromEntries([...weights].filter(([, w]) => Math.abs(w[c]!) >= 0.03).map(([f, w]) => [f, Math.round(w[c]! * 10_000) / 10_000]).sort((x, y) => (String(x[0]) < String(y[0]) ? -1 : 1))));
  return { bias: Array.from(bias, (b) => Math.round(b * 10_000) / 10_000), weights: sparse };
}

/** Reports the rules rate medium or higher but cannot name the harm of: where the category model is used. */
const usesCategoryModel = (ex: Example) => ex.report && ex.rulesAtLeastMedium && ex.rulesCategory === "other";

function crossValidateCategories(examples: readonly Example[]): { threshold: number; accuracy: number; rulesAlone: number } {
  const scored: Array<{ ex: Example; best: string; p: number }> = [];
  for (let fold = 0; fold < FOLDS; fold++) {
    const model = trainCategories(examples.filter((_, i) => i % FOLDS !== fold));
    examples.forEach((ex, i) => {
      if (i % FOLDS !== fold || !usesCategoryModel(ex)) return;
      const probs = categoryProbabilities(model, ex.features);
      const p = Math.max(...probs);
      scored.push({ ex, best: CLASSES[probs.indexOf(p)]!, p });
    });
  }
  const correctAt = (t: number) => scored.filter((s) => (s.p >= t ? s.best : "other") === s.ex.category).length;
  let best = { threshold: 0.99, correct: correctAt(0.99) };
  for (let t = 0.2; t < 0.99; t += 0.01) if (correctAt(t) > best.correct) best = { threshold: Math.round(t * 100) / 100, correct: correctAt(t) };
  const n = Math.max(1, scored.length);
  return { threshold: best.threshold, accuracy: best.correct / n, rulesAlone: scored.filter((s) => s.ex.category === "other").length / n };
}

function main(): void {
  const { examples, counts } = load();
  const scored = crossValidate(examples);
  const rulesOnly = scored.filter((s) => s.ex.emergency && s.ex.rulesEmergency).length / scored.filter((s) => s.ex.emergency).length;
  const chosen = chooseThreshold(scored);
  console.log(`reports ${examples.length}; ${FOLDS}-fold cross-validation: rules alone catch ${(rulesOnly * 100).toFixed(1)}% of emergencies;`);
  const modelOnly = scored.filter((s) => s.ex.emergency && s.p >= chosen.threshold).length / scored.filter((s) => s.ex.emergency).length;
  console.log(`rules + model at threshold ${chosen.threshold}: ${(chosen.recall * 100).toFixed(1)}%, raising ${chosen.raised} non-emergencies the rules left lower`);
  console.log(`the model alone (it never saw the held-out fold): ${(modelOnly * 100).toFixed(1)}% of emergencies`);
  const categories = crossValidateCategories(examples);
  console.log(`category where the rules said "other" (medium or higher): ${(categories.rulesAlone * 100).toFixed(1)}% right as "other", ${(categories.accuracy * 100).toFixed(1)}% with the model at threshold ${categories.threshold}`);
  if (process.argv.includes("--check")) return;
  const categoryModel: CategoryModel = {
    version: 1, threshold: categories.threshold, classes: [...CLASSES], ...trainCategories(examples),
    crossValidation: { accuracyWhereRulesSaidOther: Math.round(categories.accuracy * 1000) / 1000, rulesAloneThere: Math.round(categories.rulesAlone * 1000) / 1000, folds: FOLDS },
  };
  fs.writeFileSync(CATEGORY_MODEL_FILE, `${JSON.stringify(categoryModel)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), CATEGORY_MODEL_FILE)}`);
  const model: EmergencyModel = {
    version: 1, threshold: chosen.threshold, ...train(examples), trainedOn: counts,
    crossValidation: { emergencyRecall: Math.round(chosen.recall * 1000) / 1000, raisedNonEmergencies: chosen.raised, folds: FOLDS },
  };
  fs.mkdirSync(path.dirname(MODEL_FILE), { recursive: true });
  fs.writeFileSync(MODEL_FILE, `${JSON.stringify(model, null, 1)}\n`);
  console.log(`wrote ${path.relative(process.cwd(), MODEL_FILE)} (${Object.keys(model.weights).length} weights)`);
}

main();
