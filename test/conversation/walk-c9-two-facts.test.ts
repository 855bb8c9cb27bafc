/**
 * Finding 6 (issue 13 leftovers): a message that changes two facts was split into both only when a correction word was in it;
 * "11 tuổi, Krông Pắc" changed one field. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c9t");
const ASKS_DANGER = /nguy hiểm ngay lúc này|in danger right now/;
const ASKS_CONTACT = /liên lạc với bạn qua đâu|How can officers contact you/;
const draftOf = (chatId: string) => [...h.intake.drafts.values()].filter((d) => d.chatId === chatId).at(-1);
const story = "Thằng bé 9 tuổi nhà kế bên ở xã Krông Búk, Đắk Lắk, hôm qua bị ông bố say rượu đánh sưng mặt. Tôi là hàng xóm.";

async function atContact() {
  const r = h.reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 5 && !ASKS_CONTACT.test(lastLine(replies.at(-1))); i++) {
    replies = await r.send(ASKS_DANGER.test(lastLine(replies.at(-1))) ? { choice: "no" } : "bỏ qua");
  }
  expect(lastLine(replies.at(-1))).toMatch(ASKS_CONTACT);
  return r;
}

async function atSummary() {
  const r = await atContact();
  let replies = await r.send({ choice: "anonymous" });
  for (let i = 0; i < 5 && !hasChoice(replies.at(-1), "submit"); i++) replies = await r.send("bỏ qua");
  expect(hasChoice(replies.at(-1), "submit")).toBe(true);
  return r;
}

describe("two facts changed in one message are both applied, with or without a correction word", () => {
  it.each([
    "không phải 9 tuổi mà 11, và ở Krông Pắc chứ không phải Krông Búk",
    "à nhầm, bé 11 tuổi, ở xã Krông Pắc",
  ])("mid-flow: «%s»", async (fix) => {
    const r = await atContact();
    const after = await r.send(fix);
    const d = draftOf(r.chatId)!;
    expect(d.childAgeText).toBe("11");
    expect(d.commune ?? "").toMatch(/Krông Pắc/);
    expect(d.provinceId).toBe("dak-lak");
    // Both are said back.
    const ack = all(after);
    expect(ack).toMatch(/11 tuổi/);
    expect(ack).toMatch(/Krông Pắc/);
  });

  it.each([
    "11 tuổi, Krông Pắc",
    "bé 11 tuổi, ở xã Krông Pắc",
    "không phải 9 tuổi mà 11, và ở Krông Pắc chứ không phải Krông Búk",
  ])("at the summary: «%s»", async (fix) => {
    const r = await atSummary();
    await r.send({ choice: "edit" });
    const after = await r.send(fix);
    const d = draftOf(r.chatId)!;
    expect(d.childAgeText).toBe("11");
    expect(d.commune ?? "").toMatch(/Krông Pắc/);
    expect(after.at(-1)?.text ?? "").toMatch(/11 tuổi[^\n]*Krông Pắc|Krông Pắc[^\n]*11 tuổi/);
  });
});

describe("a name beside the age is no place", () => {
  it("«11 tuổi, Tuấn» at the summary changes the age, not the commune", async () => {
    const r = await atSummary();
    await r.send({ choice: "edit" });
    await r.send("11 tuổi, Tuấn");
    const d = draftOf(r.chatId)!;
    expect(d.childAgeText).toBe("11");
    expect(d.commune ?? "").toMatch(/Krông Búk/);
  });
});
