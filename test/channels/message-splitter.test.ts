import { describe, expect, it } from "vitest";
import { splitMessage } from "../../src/channels/message-splitter.ts";

const noSpace = (s: string): string => s.replace(/\s+/g, "");

function hasBrokenSurrogate(part: string): boolean {
  const first = part.charCodeAt(0);
  const last = part.charCodeAt(part.length - 1);
  return (first >= 0xdc00 && first <= 0xdfff) || (last >= 0xd800 && last <= 0xdbff);
}

describe("splitMessage", () => {
  it("sends short text unchanged and nothing for empty or blank text", () => {
    expect(splitMessage("Xin chào 👋", 2000)).toEqual(["Xin chào 👋"]);
    expect(splitMessage("", 2000)).toEqual([]);
    expect(splitMessage(" \n\t ", 2000)).toEqual([]);
  });

  it("cuts between paragraphs before lines, sentences or words", () => {
    const p1 = "Ủy ban nhân dân tỉnh chỉ đạo. ".repeat(20).trim();
    const p2 = "Sở Y tế chủ trì, phối hợp.\nCông an tỉnh hỗ trợ. ".repeat(10).trim();
    const parts = splitMessage(`${p1}\n\n${p2}`, p1.length + 50);
    expect(parts[0]).toBe(p1);
    expect(noSpace(parts.join(""))).toBe(noSpace(p1 + p2));
  });

  it("cuts at a line break when no paragraph break is near the limit", () => {
    const lines = Array.from({ length: 30 }, (_, i) => `${i + 1}. Cơ quan số ${i + 1} chịu trách nhiệm`);
    const parts = splitMessage(lines.join("\n"), 200);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(200);
      expect(lines).toContain(part.split("\n").at(-1));
    }
  });

  it("cuts after a sentence when a paragraph is one long line", () => {
    const sentence = "Trẻ em có quyền được bảo vệ khỏi mọi hình thức bạo lực. ";
    const parts = splitMessage(sentence.repeat(60), 500);
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(500);
      expect(part.endsWith(".")).toBe(true);
    }
  });

  it("cuts between words, never inside a Vietnamese word, when there is no punctuation", () => {
    const words = "bảo vệ trẻ em khỏi xâm hại tình dục và bạo lực gia đình ".repeat(200);
    const parts = splitMessage(words, 97);
    const vocabulary = new Set(words.trim().split(" "));
    for (const part of parts) {
      expect(part.length).toBeLessThanOrEqual(97);
      for (const w of part.split(" ")) expect(vocabulary.has(w)).toBe(true);
    }
  });

  it("never splits an emoji, a surrogate pair or a decomposed diacritic in unbroken text", () => {
    const emoji = "👨‍👩‍👧‍👦🇻🇳😀".repeat(300);
    const nfd = "Nghị định".normalize("NFD").replace(/\s/g, "").repeat(400);
    for (const text of [emoji, nfd]) {
      for (const limit of [2000, 97, 13]) {
        const parts = splitMessage(text, limit);
        expect(parts.join("")).toBe(text);
        for (const part of parts) {
          expect(part.length).toBeLessThanOrEqual(limit);
          expect(hasBrokenSurrogate(part)).toBe(false);
          expect(/^\p{M}/u.test(part)).toBe(false);
        }
      }
    }
  });

  it("splits a 100 KB reply into parts within Zalo's and Telegram's limits, losing no text", () => {
    const chunk = "Điều 5. Trách nhiệm của Sở Lao động – Thương binh và Xã hội: hướng dẫn, kiểm tra 🧒.\n";
    const text = chunk.repeat(Math.ceil(100_000 / chunk.length)).slice(0, 100_000);
    for (const limit of [2000, 4096]) {
      const started = performance.now();
      const parts = splitMessage(text, limit);
      expect(performance.now() - started).toBeLessThan(1000);
      expect(parts.length).toBeGreaterThanOrEqual(Math.ceil(text.length / limit));
      expect(Math.max(...parts.map((p) => p.length))).toBeLessThanOrEqual(limit);
      expect(noSpace(parts.join(""))).toBe(noSpace(text));
    }
  });

  it("splits a 100 KB run without any boundary into exact hard cuts", () => {
    const text = "x".repeat(100_000);
    const parts = splitMessage(text, 2000);
    expect(parts).toHaveLength(50);
    expect(parts.join("")).toBe(text);
  });

  it("rejects a limit too small to hold a surrogate pair", () => {
    expect(() => splitMessage("abc", 1)).toThrow(RangeError);
  });
});
