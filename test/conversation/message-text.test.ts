import { describe, expect, it } from "vitest";
import { choiceAsSent, cleanText, parseCommand, resolveChoice } from "../../src/conversation/message-text.ts";

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

describe("a choice typed in words", () => {
  const offer = [{ id: "yes", label: "Có, báo tin" }, { id: "no", label: "Không, tôi muốn hỏi" }, { id: "call", label: "Gọi 111" }];
  it("yes and no in everyday forms pick the choice that starts with them", () => {
    for (const t of ["có", "dạ có", "Có ạ", "vâng", "ok", "yes", "Yeah"]) expect(resolveChoice(undefined, t, offer)).toBe("yes");
    for (const t of ["không", "ko", "Không ạ", "no"]) expect(resolveChoice(undefined, t, offer)).toBe("no");
  });
  it("a short message saying a choice's words picks it; a question that names it does not", () => {
    expect(resolveChoice(undefined, "tôi muốn báo tin", offer)).toBe("yes");
    expect(resolveChoice(undefined, "gọi 111 đi", offer)).toBe("call");
    expect(resolveChoice(undefined, "báo tin có cần để tên thật không", offer)).toBeNull();
    expect(resolveChoice(undefined, "có ai biết em báo không", offer)).toBeNull();
    expect(resolveChoice(undefined, "có", [{ id: "a", label: "Báo tin" }, { id: "b", label: "Hỏi" }])).toBeNull();
  });
});

describe("a choice that is no button's id (walk 50)", () => {
  const offered = [{ id: "yes", label: "Có" }, { id: "no", label: "Không" }, { id: "unknown", label: "Không rõ" }];
  const base = { channel: "web" as const, chatId: "c", userId: "c", messageId: "m", attachments: [], receivedAt: new Date(), kind: "choice" as const, text: null };

  it("a pending button's label sent as the choice picks that button", () => {
    expect(choiceAsSent({ ...base, choice: "Không rõ" }, offered)).toMatchObject({ kind: "choice", choice: "unknown" });
    expect(choiceAsSent({ ...base, choice: "không" }, offered)).toMatchObject({ kind: "choice", choice: "no" });
  });

  it("words that are no button become the text typed, never dropped", () => {
    const read = choiceAsSent({ ...base, choice: "bé ở với bà rồi" }, offered);
    expect(read).toMatchObject({ kind: "text", text: "bé ở với bà rồi" });
    expect(read.choice).toBeUndefined();
  });

  it("a channel's own words for the button (Telegram's label) are what is read", () => {
    expect(choiceAsSent({ ...base, channel: "telegram", choice: "stale-data-42", text: "Gửi" }, offered)).toMatchObject({ kind: "text", text: "Gửi" });
  });

  it("a pending id, or the id of a button shown earlier, stays a choice", () => {
    expect(choiceAsSent({ ...base, choice: "no" }, offered)).toMatchObject({ kind: "choice", choice: "no" });
    expect(choiceAsSent({ ...base, choice: "menu:report" }, offered)).toMatchObject({ kind: "choice", choice: "menu:report" });
    expect(choiceAsSent({ ...base, choice: "submit" }, offered)).toMatchObject({ kind: "choice", choice: "submit" });
  });
});
