import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

/** The report as typed on a phone without a Vietnamese keyboard: no tone marks, "đ" as "d". */
function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

const fixture = fs
  .readFileSync(new URL("../../fixtures/triage-wider.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { id: string; text: string; risk: string });

describe("reports typed without diacritics", () => {
  // The model reads the words as written too ("đấm" and "đám" differ only there), so the two
  // spellings may differ at the margin; an emergency must survive the loss of diacritics.
  const pairs = fixture.map(({ id, text }) => ({ id, a: triageReport(text), b: triageReport(stripDiacritics(text)) }));

  it("keeps the emergencies emergencies when the diacritics are left out (at most 2% lost)", () => {
    // The emergencies it catches with diacritics (a report it over-rates with them may be rated right without).
    const gold = new Map(fixture.map((f) => [f.id, f.risk]));
    const emergencies = pairs.filter((p) => p.a.risk === "emergency" && gold.get(p.id) === "emergency");
    const lost = emergencies.filter((p) => p.b.risk !== "emergency").map((p) => p.id);
    expect(lost.length / emergencies.length, lost.join(", ")).toBeLessThanOrEqual(0.02);
  });

  it("gives the same risk and category for at least 90% of the wider set", () => {
    const same = pairs.filter((p) => p.a.risk === p.b.risk && p.a.category === p.b.category).length;
    expect(same / pairs.length).toBeGreaterThanOrEqual(0.9);
  });

  it("triage the same in upper case", () => {
    const text = "Bố dượng đang đánh bé bằng gậy";
    expect(triageReport(text.toUpperCase()).risk).toBe(triageReport(text).risk);
  });
});
