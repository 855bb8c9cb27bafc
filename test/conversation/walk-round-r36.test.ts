/**
 * Walk 36's conversation defects, each in sentences written for these tests (not the walk's own).
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("r36");
const ASKS_COMMUNE = /xã, phường hay thôn|commune, ward or village/;
const understood = (summary: string) => summary.split("\n").find((l) => /^(Mình hiểu|I understood)/.test(l)) ?? "";

/** Walk 36 (r07b, r07c): an English side question at the commune step was answered, then stored as the commune ("in Wait, Huế"). */
describe("a side question at any step, in either language, is answered and the question asked again, never stored as the answer", () => {
  const EN = "I volunteer at a library in Da Nang. A girl of 10 who comes every day says her father shuts her in a room without food when he is angry.";
  const VI = "Tôi bán hàng ở chợ gần nhà ở Đà Nẵng. Có bé trai 10 tuổi ngày nào cũng tới xin ăn, nói bố nhốt bé trong phòng không cho ăn mỗi khi bố giận.";
  it.each([
    [EN, "Hold on, could the father learn that it was me who told you? I see him every week.", "Hold on"],
    [EN, "Sorry, one more thing: does it cost money to ring 111?", "Sorry"],
    [EN, "Actually, is my name going to be passed to the police?", "Actually"],
    [VI, "Khoan đã, bố nó có biết là tôi báo không? Tôi gặp ổng hằng ngày.", "Khoan"],
  ])("«%s» then «%s»", async (story, side, word) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 6 && !ASKS_COMMUNE.test(lastLine(replies.at(-1))); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|skip|unknown|anonymous)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(lastLine(replies.at(-1))).toMatch(ASKS_COMMUNE);
    replies = await r.send(side);
    // answered, and the commune is asked again
    expect(all(replies)).toMatch(/confidential|free|bí mật|miễn phí|anonymous|ẩn danh/i);
    expect(lastLine(replies.at(-1))).toMatch(ASKS_COMMUNE);
    for (let i = 0; i < 6 && !hasChoice(replies.at(-1), "submit"); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|skip|unknown|anonymous)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    const summary = replies.at(-1)?.text ?? "";
    expect(understood(summary)).not.toContain(word);
    expect(h.stored(r.chatId)?.draft.commune ?? null).toBeNull();
  });
});

/** The same at every question the flow asks: the side question is answered and the very same question comes back. */
describe("a side question with an opening word is answered at every step and the step asked again", () => {
  it.each([
    ["My neighbour's son, maybe 8, gets beaten by his stepfather, I hear him crying.", "Sorry, quick question: is it free to ring 111?"],
    ["Thằng bé hàng xóm chừng 8 tuổi bị bố dượng đánh, tôi nghe nó khóc.", "Xin lỗi, cho hỏi: gọi 111 có mất tiền không?"],
  ])("«%s»", async (story, side) => {
    const r = h.reporter();
    let replies = await r.send(story);
    const steps: string[] = [];
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      steps.push(q);
      const again = await r.send(side);
      expect(all(again)).toMatch(/111/);
      expect(lastLine(again.at(-1))).toBe(q);
      const pick = again.at(-1)?.choices?.find((c) => /^(no|skip|unknown|anonymous)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(steps.length).toBeGreaterThan(2);
    const summary = understood(replies.at(-1)?.text ?? "");
    expect(summary).not.toMatch(/Sorry|Xin lỗi|quick/);
  });
});
