import { describe, expect, it } from "vitest";
import { detectMessageLanguage } from "../../src/conversation/language-detector.ts";

const fallback = () => "vi" as const;

describe("the language of a message", () => {
  it.each([
    ["I am 12 and my older brother hits me every day. I live in Hue.", "en"],
    ["My niece in Đắk Lắk is beaten by her father", "en"],
    ["toi muon bao tin, thang be nha hang xom hay bi me no danh", "vi"],
    ["Bé Lan bị đánh", "vi"],
    ["em 13t, bo e hay danh e", "vi"],
  ])("%s is %s (a story told in English counts its pronouns; a capitalised place name does not make it Vietnamese)", (text, lang) => {
    expect(detectMessageLanguage(text, fallback)).toBe(lang);
  });
});
