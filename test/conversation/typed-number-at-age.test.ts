/**
 * At "how old is the child?", a number typed ("2", "14") is the age, not the second or the fourteenth button; a band tapped is
 * stored and said back as the band, never as one age. Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness, untilSummary } from "./real-core-harness.ts";

const h = realCoreHarness("typed-age");
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);
const AGE_Q = /bao nhiêu tuổi|How old/;

async function atAge(story: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 6 && !AGE_Q.test(replies.at(-1)?.text ?? ""); i++) {
    const ids = replies.at(-1)?.choices?.map((c) => c.id) ?? [];
    replies = await r.send(ids.includes("menu:report") ? { choice: "menu:report" } : ids.includes("no") ? { choice: "no" } : ids.includes("skip") ? { choice: "skip" } : "bỏ qua");
  }
  expect(replies.at(-1)?.text ?? "").toMatch(AGE_Q);
  return r;
}

describe("a number typed at the age question", () => {
  it.each([
    ["Có bé gái bị đánh ở xã Ia Dêr, Gia Lai", "2", "under_6"],
    ["co be trai bi bo dai o xa Chu Se, Gia Lai", "4", "under_6"],
  ])("%s / %s", async (story, typed, band) => {
    const r = await atAge(story);
    await r.send(typed);
    const d = draftOf(r.chatId);
    expect(d?.childAgeBand).toBe(band);
    expect(d?.childAgeText).toMatch(new RegExp(`^${typed}\\b`));
  });
});

describe("a band tapped", () => {
  it("is said back as the band, not as one age", async () => {
    const r = await atAge("Có bé gái bị đánh ở xã Ia Dêr, Gia Lai");
    const summary = (await untilSummary(r, await r.send({ choice: "6_11" }))).map((x) => x.text).join("\n");
    expect(draftOf(r.chatId)?.childAgeBand).toBe("6_11");
    expect(summary).toMatch(/6\s*[-–]\s*11/);
  });
});
