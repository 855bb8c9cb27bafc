/** Shared by the floor tests: a model that always says one risk, and the sentences of every corpus file (to show a test sentence is in none). */
import fs from "node:fs";
import { foldKey } from "../../../src/core/vietnamese-text.ts";
import { shippedModel, type LinearModel } from "../../../src/intake/triage/linear-model.ts";
import type { TriageRisk } from "../../../src/intake/triage/triage-types.ts";

/** The shipped model with a risk head that says `risk` to everything (its other heads unchanged) and no safety flags of its own. */
export function modelThatSays(risk: TriageRisk, category?: string): LinearModel {
  const model = shippedModel()!;
  const head = model.heads.risk!;
  const cat = model.heads.category!;
  return {
    ...model,
    heads: {
      ...model.heads,
      risk: { classes: head.classes, bias: head.classes.map((c) => (c === risk ? 50 : 0)), weights: new Float32Array(head.weights.length) },
      ...(category ? { category: { classes: cat.classes, bias: cat.classes.map((c) => (c === category ? 50 : 0)), weights: new Float32Array(cat.weights.length) } } : {}),
    },
    policy: { ...model.policy, safetyFlags: [] },
  };
}

/** The sentences given that are in some corpus file (folded): a floor test must use none. */
export function inSomeCorpus(sentences: readonly string[]): string[] {
  const dir = new URL("../../../content/triage/corpus/", import.meta.url);
  const corpus = fs.readdirSync(dir).flatMap((sub) => {
    const d = new URL(`${sub}/`, dir);
    return fs.statSync(d).isDirectory() ? fs.readdirSync(d).filter((f) => f.endsWith(".jsonl")).map((f) => foldKey(fs.readFileSync(new URL(f, d), "utf8"))) : [];
  }).join("\n");
  return sentences.filter((s) => corpus.includes(foldKey(s)));
}
