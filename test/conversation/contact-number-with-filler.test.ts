/**
 * A phone number typed at "how can officers reach you?" with the words around it ("sđt của tôi là 0912 345 678 nha", "my number is
 * 0905 111 222, thanks") is stored and shown as the number; words that say more (a name, when to call) stay with it (walk C1b D5).
 * Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("contact-filler");
const FULL = "Bé trai 9 tuổi nhà bên bị ông bố đánh nhiều lần, hôm qua bầm lưng. Tôi là hàng xóm. Nhà ở xã Krông Búk, Đắk Lắk";
const CONTACT = /liên lạc với bạn|reach you/;
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);

async function atContact() {
  const r = h.reporter();
  let replies = await r.send(FULL);
  for (let i = 0; i < 5 && !CONTACT.test(lastLine(replies.at(-1))); i++) {
    const c = replies.at(-1)?.choices?.map((x) => x.id) ?? [];
    replies = await r.send(c.includes("menu:report") ? { choice: "menu:report" } : c.includes("no") ? { choice: "no" } : "bỏ qua");
  }
  expect(lastLine(replies.at(-1))).toMatch(CONTACT);
  return r;
}

describe("a number typed with filler words is the number", () => {
  it.each([
    ["sđt của tôi là 0912 345 678 nha", "0912 345 678"],
    ["so dien thoai cua em la 0987654321 nhe", "0987654321"],
    ["đây là số mình 0388 123 456 ạ", "0388 123 456"],
    ["my number is 0905 111 222, thanks", "0905 111 222"],
  ])("«%s» is stored as %s", async (said, number) => {
    const r = await atContact();
    const next = all(await r.send(said));
    expect(draftOf(r.chatId)?.contact).toBe(number);
    if (/TÓM TẮT|SUMMARY/.test(next)) expect(next).toMatch(new RegExp(`(?:liên lạc|contact): ${number}[ ;.(]`));
  });

  it("a name said with the number stays with it", async () => {
    const r = await atContact();
    await r.send("0987 222 333 - cô Lan");
    expect(draftOf(r.chatId)?.contact).toMatch(/0987 222 333.*Lan/);
  });
});
