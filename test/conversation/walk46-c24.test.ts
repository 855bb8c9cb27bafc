/**
 * Walk 46 (c24): the reporter conversation. Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("w46");

describe("1. 'Bỏ qua' at the story question moves on to the summary and a code", () => {
  it.each([
    ["mình muốn báo tin", { choice: "skip" }],
    ["có việc cần báo", "bỏ qua"],
    ["I want to report something", { choice: "skip" }],
  ] as const)("%s, then %j", async (first, skip) => {
    const r = h.reporter();
    let replies = await r.send(first);
    const asked: string[] = [];
    for (let i = 0; i < 14 && !hasChoice(replies.at(-1), "submit"); i++) {
      const last = replies.at(-1);
      const q = lastLine(last);
      asked.push(q);
      if (/Chuyện gì|What happened|kể thêm|tell a little more/i.test(q)) { replies = await r.send(skip); continue; }
      const pick = last?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    expect(hasChoice(replies.at(-1), "submit"), asked.join("\n")).toBe(true);
    expect(asked.filter((q) => /Chuyện gì|What happened/.test(q)).length).toBeLessThanOrEqual(1);
    expect(replies.at(-1)?.text).toMatch(/Chưa rõ: .*chuyện gì đã xảy ra|Not known yet: .*what happened/);
    const sent = await r.send({ choice: "submit" });
    expect(all(sent)).toMatch(/Mã báo tin của bạn|Your report code/);
    const c = h.stored(r.chatId)!;
    expect(c).toBeDefined();
  });
});
