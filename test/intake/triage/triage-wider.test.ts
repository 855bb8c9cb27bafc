/**
 * Triage against labelled reports we keep in the repository. Both sets have been tuned
 * against, so they guard against regressions; they do not measure how well the rules
 * generalise (that is measured on sets kept out of the repository; see the closing notes).
 * - triage-wider.jsonl: written by the team alongside the rules.
 * - triage-holdout-a.jsonl: written by someone who never saw the rules (2026-11-23), first
 *   scored before any rule was changed for it (emergencies 23/64), then used for tuning.
 * - triage-holdout-b.jsonl: written the same way by someone else; scored before tuning
 *   (17/60 at the start, 31/60 after tuning on set A), then used for tuning.
 * All three also train the emergency second opinion (scripts/train-triage-model.ts).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-rules.ts";

interface GoldReport { id: string; text: string; risk: string; category: string }

const read = (file: string): GoldReport[] =>
  fs
    .readFileSync(new URL(`../../fixtures/${file}`, import.meta.url), "utf8")
    .split("\n")
    .filter((line) => line.trim())
    .map((line) => JSON.parse(line) as GoldReport);

const SETS = [
  { file: "triage-wider.jsonl", risk: 0.9, category: 0.9, overEscalated: 9 },
  { file: "triage-holdout-a.jsonl", risk: 0.7, category: 0.75, overEscalated: 3 },
  { file: "triage-holdout-b.jsonl", risk: 0.65, category: 0.65, overEscalated: 6 },
];

describe.each(SETS)("triage on $file", ({ file, risk, category, overEscalated }) => {
  const gold = read(file);
  const results = gold.map((g) => ({ gold: g, got: triageReport(g.text) }));

  it("holds at least 80 reports across every category and risk", () => {
    expect(gold.length).toBeGreaterThanOrEqual(80);
    expect(new Set(gold.map((g) => g.category)).size).toBe(11);
    expect(new Set(gold.map((g) => g.risk)).size).toBe(4);
  });

  it("catches every emergency", () => {
    const missed = results.filter((r) => r.gold.risk === "emergency" && r.got.risk !== "emergency").map((r) => r.gold.id);
    expect(missed).toEqual([]);
  });

  it(`agrees on risk for at least ${risk * 100}% of reports`, () => {
    const agree = results.filter((r) => r.got.risk === r.gold.risk).length;
    expect(agree / gold.length).toBeGreaterThanOrEqual(risk);
  });

  it(`agrees on category for at least ${category * 100}% of reports`, () => {
    const agree = results.filter((r) => r.got.category === r.gold.category).length;
    expect(agree / gold.length).toBeGreaterThanOrEqual(category);
  });

  it(`raises at most ${overEscalated} non-emergencies to emergency`, () => {
    const over = results.filter((r) => r.gold.risk !== "emergency" && r.got.risk === "emergency").map((r) => r.gold.id);
    expect(over.length, over.join(", ")).toBeLessThanOrEqual(overEscalated);
  });
});
