import { describe, expect, it } from "vitest";
import { cleanText, parseCommand, resolveChoice } from "../../src/conversation/message-text.ts";

describe("message text", () => {
  it("cuts long text on a code point boundary and keeps the whole text apart", () => {
    const text = "😀".repeat(5000);
    const clean = cleanText(text, 4000)!;
    expect(Array.from(clean.processing)).toHaveLength(4000);
    expect(clean.processing.endsWith("😀")).toBe(true);
    expect(clean.full).toBe(text);
    expect(clean.truncated).toBe(true);
    expect(clean.hasWords).toBe(false);
  });

  it("removes control characters and bidi overrides, and gives null when nothing is left", () => {
    expect(cleanText("\u0000\u0007 ")).toBeNull();
    expect(cleanText("\u202eabc\u202c")?.processing).toBe("abc");
  });

  it("reads commands with a bot name and arguments", () => {
    expect(parseCommand("/status@BaoVeTreEmBot  ab12cd ")).toEqual({ name: "status", arg: "ab12cd" });
    expect(parseCommand("status")).toBeNull();
  });

  it("a bare number or a typed label selects from the last choices", () => {
    const offered = [{ id: "a", label: "Có" }, { id: "b", label: "Không rõ" }];
    expect(resolveChoice(undefined, " 2 ", offered)).toBe("b");
    expect(resolveChoice(undefined, "khong ro", offered)).toBe("b");
    expect(resolveChoice(undefined, "7", offered)).toBeNull();
    expect(resolveChoice("x", "2", offered)).toBe("x");
  });
});
