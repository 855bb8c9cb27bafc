import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-rules.ts";

/** The report as typed on a phone without a Vietnamese keyboard: no tone marks, "đ" as "d". */
function stripDiacritics(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

const fixture = fs
  .readFileSync(new URL("../../fixtures/triage-wider.jsonl", import.meta.url), "utf8")
  .split("\n")
  .filter((line) => line.trim())
  .map((line) => JSON.parse(line) as { id: string; text: string });

describe("reports typed without diacritics", () => {
  it("triage the same as with diacritics across the whole wider set", () => {
    const differences = fixture
      .map(({ id, text }) => {
        const a = triageReport(text);
        const b = triageReport(stripDiacritics(text));
        const same = a.risk === b.risk && a.category === b.category && a.redFlags.join() === b.redFlags.join();
        return same ? null : `${id}: ${a.risk}/${a.category} vs ${b.risk}/${b.category}`;
      })
      .filter((d) => d !== null);
    expect(differences).toEqual([]);
  });

  it("triage the same in upper case", () => {
    const text = "Bố dượng đang đánh bé bằng gậy";
    expect(triageReport(text.toUpperCase()).risk).toBe(triageReport(text).risk);
  });
});
