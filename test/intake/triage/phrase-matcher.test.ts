import { describe, expect, it } from "vitest";
import { compilePhraseIndex, findPhrases, LexiconPatternError } from "../../../src/intake/triage/phrase-matcher.ts";
import { splitReport } from "../../../src/intake/triage/report-text.ts";
import type { LexiconRule } from "../../../src/intake/triage/triage-lexicon.ts";

const rule = (patterns: string[], extra: Partial<LexiconRule> = {}): LexiconRule => ({ code: "t", vi: "t", en: "t", patterns, ...extra });
const find = (text: string, r: LexiconRule) => findPhrases(splitReport(text), compilePhraseIndex([r]));

describe("phrase matcher", () => {
  it("matches folded words, gaps, alternatives and prefixes", () => {
    expect(find("Bị ÉP lên xe", rule(["ep * len xe|oto"]))).toHaveLength(1);
    expect(find("ép con bé lên oto", rule(["ep * len xe|oto"]))).toHaveLength(1);
    expect(find("he was molested", rule(["molest~"]))).toHaveLength(1);
  });

  it("does not let a gap cross a comma", () => {
    expect(find("ép cháu, lên xe", rule(["ep * len xe"]))).toHaveLength(0);
  });

  it("quotes the words as written", () => {
    expect(find("Bé bị ĐÁNH ĐẬP", rule(["danh dap"]))[0]?.quote).toBe("ĐÁNH ĐẬP");
  });

  it("marks negated and hypothetical matches", () => {
    expect(find("bé không hề bị đánh", rule(["danh"]))[0]?.negated).toBe(true);
    expect(find("nó đánh bé", rule(["danh"]))[0]?.negated).toBe(false);
    expect(find("nếu bị đánh thì sao", rule(["danh"]))[0]?.hypothetical).toBe(true);
  });

  it("skips a match next to an excluded word", () => {
    expect(find("đánh giá", rule(["danh"], { exceptNext: ["gia"] }))).toHaveLength(0);
    expect(find("ẩn danh", rule(["danh"], { exceptPrev: ["an"] }))).toHaveLength(0);
  });

  it("refuses a pattern that starts with a gap", () => {
    expect(() => compilePhraseIndex([rule(["* danh"])])).toThrow(LexiconPatternError);
  });
});
