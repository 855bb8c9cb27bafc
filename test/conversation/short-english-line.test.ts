/**
 * A short first line typed in English ("help", "my dad hits me", "someone hurt my sister") is answered in English, through the real web
 * chat and conversation core; a short Vietnamese line typed without marks ("cuu voi", "em bi danh") or a bare "ok", "2" stays Vietnamese.
 * Sentences written for these tests (walk 52: short English lines answered in Vietnamese).
 */
import { describe, expect, it } from "vitest";
import { detectMessageLanguage, shortLineIsEnglish } from "../../src/conversation/language-detector.ts";
import { all } from "./real-core-harness.ts";
import { webChatWalk } from "./web-chat-walk-harness.ts";

const { reporter } = webChatWalk("short-en");
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

describe("a short English line is answered in English", () => {
  it.each([["help"], ["help me"], ["pls help"], ["my dad hits me"], ["someone hurt my sister"], ["i need help"], ["i just wanna disappear tbh"]])("«%s»", async (text) => {
    const first = await reporter().send(text);
    expect(all(first)).not.toMatch(VIETNAMESE_LETTERS);
  });
});

describe("a short Vietnamese line stays Vietnamese", () => {
  it.each([["cuu voi"], ["em bi danh"], ["bo em danh em"], ["cứu"], ["me no danh no"]])("«%s»", async (text) => {
    const first = await reporter().send(text);
    expect(all(first)).toMatch(VIETNAMESE_LETTERS);
  });
  // RD18: Vietnamese typed without marks that spells English ("cần", "đây", "thế", "thêm", "Sơn"); a name or a Vietnamese word beside "help".
  it.each([["can giup"], ["can gap"], ["help e"], ["mn help"], ["Son"], ["day a"], ["Son day"], ["Hoa help"], ["ad help"], ["huhu help"], ["the"], ["them"], ["can giup do"], ["Lan day"]])("«%s» stays Vietnamese", (text) => {
    expect(shortLineIsEnglish(text)).toBe(false);
    expect(detectMessageLanguage(text, () => "vi")).toBe("vi");
  });
  it.each([["help"], ["help me"], ["pls help"], ["need help"], ["i die"], ["can you help me"], ["the man hits me"], ["my son is hurt"]])("«%s» is still English", (text) => {
    expect(detectMessageLanguage(text, () => "vi")).toBe("en");
  });
  it.each([["ok"], ["2"], ["me no"], ["hi"]])("«%s» alone says no language: not English", (text) => {
    expect(detectMessageLanguage(text, () => "vi")).toBe("vi");
  });
});
