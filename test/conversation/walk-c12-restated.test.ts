/**
 * Walk 36 leftover (issue 13): a correction that only says again what the report already holds ("đúng rồi, bé 9 tuổi") is told the
 * fact is kept, and the report goes on; it is never met with "Tôi chưa đọc ra ..." nor with "Đã sửa", and changes nothing.
 * Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, all, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c12s");
const STORY = "Bé gái 9 tuổi ở xã Ia Grai, Gia Lai bị bố dượng đánh bầm lưng tối qua. Tôi là cô giáo của bé.";
const KEPT = /giữ nguyên|kept as it is/i;
const FIELDS = ["childAgeText", "childAgeBand", "childSex", "harmer", "when", "commune", "provinceId", "reporterRelation"] as const;

async function toSummary() {
  const r = h.reporter();
  let replies = await r.send(STORY);
  for (let i = 0; i < 8 && !hasChoice(replies.at(-1), "submit"); i++) {
    const q = lastLine(replies.at(-1));
    replies = await r.send(ASKS_DANGER.test(q) ? { choice: "no" } : { choice: replies.at(-1)?.choices?.find((c) => /^(anonymous|skip)$/.test(c.id))?.id ?? "skip" });
  }
  expect(hasChoice(replies.at(-1), "submit")).toBe(true);
  return r;
}

describe("a fact said again at the summary is kept, and the summary shown again", () => {
  it.each(["đúng rồi, bé 9 tuổi", "đúng rồi, là bố dượng", "đúng rồi, tối qua", "phải rồi, ở xã Ia Grai", "đúng, bé gái 9 tuổi"])("«%s»", async (said) => {
    const r = await toSummary();
    const before = h.draftOf(r.chatId)!;
    const replies = await r.send(said);
    const text = all(replies);
    expect(text).toMatch(KEPT);
    expect(text).not.toMatch(/chưa đọc ra|Đã sửa/);
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    const after = h.draftOf(r.chatId)!;
    for (const k of FIELDS) expect(after[k]).toEqual(before[k]);
    expect(after.extraNotes).not.toContain(said);
  });
});

describe("a fact said again while another question is asked is kept, and that question asked again", () => {
  it.each(["đúng rồi, bé 9 tuổi", "đúng rồi, bố dượng đó"])("«%s»", async (said) => {
    const r = h.reporter();
    let replies = await r.send(STORY);
    replies = await r.send({ choice: "no" });
    const q = lastLine(replies.at(-1));
    replies = await r.send(said);
    expect(all(replies)).toMatch(KEPT);
    expect(lastLine(replies.at(-1))).toBe(q);
    expect(h.draftOf(r.chatId)!.extraNotes).not.toContain(said);
  });
});
