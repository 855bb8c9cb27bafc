/**
 * A second opinion on "is a child in danger now?" that generalises past the lexicon's exact
 * phrases: a logistic regression over the report's folded words and word pairs, trained
 * offline on labelled reports (`npm run triage:train`, weights in content/triage/). It is
 * deterministic, needs no network and takes microseconds. It can only raise a report to
 * emergency, never lower anything, and only above a threshold chosen so that it rarely
 * raises a report that is not an emergency (the numbers are in the model file).
 */
import fs from "node:fs";
import { fileURLToPath } from "node:url";
import { splitReport } from "./report-text.ts";

export interface EmergencyModel {
  version: number;
  /** Probability at or above which a report is raised to emergency. */
  threshold: number;
  bias: number;
  weights: Record<string, number>;
  /** How it was trained and measured, for the reasons officers read and for review. */
  trainedOn: Array<{ file: string; reports: number }>;
  crossValidation: { emergencyRecall: number; raisedNonEmergencies: number; folds: number };
}

export const MODEL_FILE = fileURLToPath(new URL("../../../content/triage/emergency-model.json", import.meta.url));

/** The features of a report: each folded word and each pair of neighbouring words in a clause, once. */
export function reportFeatures(text: string): string[] {
  const features = new Set<string>();
  for (const clause of splitReport(text.slice(0, 4000))) {
    clause.tokens.forEach((token, i) => {
      features.add(`w:${token}`);
      const next = clause.tokens[i + 1];
      if (next !== undefined) features.add(`p:${token}_${next}`);
    });
  }
  return [...features];
}

/** The model's probability that a report describes a child in danger now. */
export function emergencyProbability(model: Pick<EmergencyModel, "bias" | "weights">, features: readonly string[]): number {
  let z = model.bias;
  for (const f of features) z += model.weights[f] ?? 0;
  return 1 / (1 + Math.exp(-z));
}

let loaded: EmergencyModel | null | undefined;

/** The shipped model, read once; null when the file is missing (the rules then stand alone). */
export function shippedEmergencyModel(): EmergencyModel | null {
  if (loaded === undefined) loaded = fs.existsSync(MODEL_FILE) ? (JSON.parse(fs.readFileSync(MODEL_FILE, "utf8")) as EmergencyModel) : null;
  return loaded;
}

/**
 * The kind of harm when the rules could not tell ("other"): a softmax regression over the
 * same features, trained with the emergency model. Used only for reports the rules rate
 * medium or higher, and only when its best guess is at least as likely as `threshold`.
 */
export interface CategoryModel {
  version: number;
  threshold: number;
  classes: string[];
  bias: number[];
  /** Per class, the features that move it (sparse). */
  weights: Array<Record<string, number>>;
  crossValidation: { accuracyWhereRulesSaidOther: number; rulesAloneThere: number; folds: number };
}

export const CATEGORY_MODEL_FILE = fileURLToPath(new URL("../../../content/triage/category-model.json", import.meta.url));

/** Each class's probability for a report's features. */
export function categoryProbabilities(model: Pick<CategoryModel, "bias" | "weights">, features: readonly string[]): number[] {
  const scores = model.bias.map((b, k) => features.reduce((z, f) => z + (model.weights[k]?.[f] ?? 0), b));
  const top = Math.max(...scores);
  const exps = scores.map((z) => Math.exp(z - top));
  const total = exps.reduce((a, b) => a + b, 0);
  return exps.map((e) => e / total);
}

let loadedCategories: CategoryModel | null | undefined;

/** The shipped category model, read once; null when the file is missing. */
export function shippedCategoryModel(): CategoryModel | null {
  if (loadedCategories === undefined) loadedCategories = fs.existsSync(CATEGORY_MODEL_FILE) ? (JSON.parse(fs.readFileSync(CATEGORY_MODEL_FILE, "utf8")) as CategoryModel) : null;
  return loadedCategories;
}
