import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-rules.ts";

interface GoldReport { id: string; text: string; risk: string; category: string }

const gold = fs
  .readFileSync(new URL("../../fixtures/triage-wider.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as GoldReport);

const results = gold.map((g) => ({ gold: g, got: triageReport(g.text) }));

describe("triage on the wider set of reports (test/fixtures/triage-wider.jsonl)", () => {
  it("holds at least 80 reports across every category and risk", () => {
    expect(gold.length).toBeGreaterThanOrEqual(80);
    expect(new Set(gold.map((g) => g.category)).size).toBe(11);
    expect(new Set(gold.map((g) => g.risk)).size).toBe(4);
  });

  it("catches every emergency", () => {
    const missed = results.filter((r) => r.gold.risk === "emergency" && r.got.risk !== "emergency").map((r) => r.gold.id);
    expect(missed).toEqual([]);
  });

  it("agrees on risk for at least 90% of reports", () => {
    const agree = results.filter((r) => r.got.risk === r.gold.risk).length;
    expect(agree / gold.length).toBeGreaterThanOrEqual(0.9);
  });

  it("agrees on category for at least 90% of reports", () => {
    const agree = results.filter((r) => r.got.category === r.gold.category).length;
    expect(agree / gold.length).toBeGreaterThanOrEqual(0.9);
  });
});
