/**
 * Triage against the labelled reports kept from earlier sessions. Since the triage became a model
 * trained on content/triage/corpus, these sets are NOT in its training data: they measure how it
 * generalises to other writers. They were labelled under the earlier contract (before "living
 * with a caregiver who hits is high, not emergency", and before suspicions, humiliation and
 * grooming were set apart), so part of the disagreement is the labels', not the model's; the
 * thresholds below are the measured figures less a small margin, to catch regressions.
 * - triage-wider.jsonl: written by the team alongside the old rules.
 * - triage-holdout-a.jsonl, -b.jsonl: written by helpers who never saw the rules (2026-11-23).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

interface GoldReport { id: string; text: string; risk: string; category: string }

const read = (file: string): GoldReport[] =>
  fs
    .readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldReport);

const SETS = [
  { file: "triage-wider.jsonl", emergencies: 0.85, risk: 0.6, category: 0.8, overEscalated: 0.15 },
  { file: "triage-holdout-a.jsonl", emergencies: 0.95, risk: 0.75, category: 0.75, overEscalated: 0.08 },
  { file: "triage-holdout-b.jsonl", emergencies: 0.9, risk: 0.75, category: 0.75, overEscalated: 0.1 },
];

describe.each(SETS)("triage on $file", ({ file, emergencies, risk, category, overEscalated }) => {
  const gold = read(file);
  const results = gold.map((g) => ({ gold: g, got: triageReport(g.text) }));

  it("holds at least 80 reports across every category and risk", () => {
    expect(gold.length).toBeGreaterThanOrEqual(80);
    expect(new Set(gold.map((g) => g.category)).size).toBe(11);
    expect(new Set(gold.map((g) => g.risk)).size).toBe(4);
  });

  it(`catches at least ${emergencies * 100}% of the emergencies`, () => {
    const gold = results.filter((r) => r.gold.risk === "emergency");
    const missed = gold.filter((r) => r.got.risk !== "emergency").map((r) => r.gold.id);
    expect(missed.length / gold.length, missed.join(", ")).toBeLessThanOrEqual(1 - emergencies);
  });

  it(`agrees on risk for at least ${risk * 100}% of reports`, () => {
    const agree = results.filter((r) => r.got.risk === r.gold.risk).length;
    expect(agree / gold.length).toBeGreaterThanOrEqual(risk);
  });

  it(`agrees on category for at least ${category * 100}% of reports`, () => {
    const agree = results.filter((r) => r.got.category === r.gold.category).length;
    expect(agree / gold.length).toBeGreaterThanOrEqual(category);
  });

  it(`raises at most ${overEscalated * 100}% of the non-emergencies to emergency`, () => {
    const others = results.filter((r) => r.gold.risk !== "emergency");
    const over = others.filter((r) => r.got.risk === "emergency").map((r) => r.gold.id);
    expect(over.length / others.length, over.join(", ")).toBeLessThanOrEqual(overEscalated);
  });
});
