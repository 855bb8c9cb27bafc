/**
 * Leftovers of the reporter conversation (issue 13) that testers found walking fresh reporters, each told in sentences written
 * for these tests.
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, all, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c9s");
const { draftOf, walk } = h;

/** Finding 5: a side question the bot answered, and a correction it applied, were kept as case notes officers read as facts of the child. */
describe("a side question is answered and not kept as case information; a correction changes the field, not the notes", () => {
  const story = "Con bé nhà đối diện 9 tuổi ở xã Ea Kao, Đắk Lắk, tối qua bị bà mẹ kế lấy cán chổi quất rướm máu chân. Tôi là hàng xóm.";
  const ASKS_CONTACT = /liên lạc với bạn qua đâu|How can officers contact you/;
  const ASKS_AGE = /bao nhiêu tuổi|How old/;

  it.each([
    ["danger", "cho hỏi thông tin tôi báo có được giữ kín không vậy?", story],
    ["contact", "nhà nó có biết ai là người báo không?", story],
    // "giữ bí mật" is also a grooming word: the question is still no fact of the child.
    ["age", "Thông tin tôi gửi ở đây có được giữ bí mật không?", "Thằng bé nhà bên bị ông bố dượng đánh hoài, tôi là hàng xóm, nhà nó ở xã Ea Kao, Đắk Lắk"],
    // The one who harms named in the question ("ông dượng nó có biết ...") tells nothing new of the child either (walk 36 replay).
    ["contact", "mà ông dượng nó có biết tôi là người báo không?", "Thằng bé nhà bên bị ông dượng nó quất roi mây hôm kia, tôi là hàng xóm, nhà nó ở xã Ea Kao, Đắk Lắk"],
    ["when", "vậy ông dượng nó có hay biết tui báo không?", "Tui là bà nội. Cháu tui 7 tuổi ở với mẹ nó và ông dượng ở phường Thuận Hóa, Huế, tui thấy lưng nó lằn roi. Tui phải làm sao?"],
  ])("a question at the %s question", async (at, question, told) => {
    const r = h.reporter();
    let replies = await r.send(told);
    const seen: string[] = [all(replies)];
    let asked = false;
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      if (!asked && (at === "danger" ? ASKS_DANGER : at === "age" ? ASKS_AGE : at === "when" ? /xảy ra khi nào|When did/ : ASKS_CONTACT).test(q)) {
        asked = true;
        replies = await r.send(question);
        seen.push(all(replies));
        // Answered, and the same question asked again.
        expect(all(replies)).toMatch(/bí mật|giữ kín|không (được )?cho .*biết/);
        expect(lastLine(replies.at(-1))).toBe(q);
        continue;
      }
      const pick = ASKS_DANGER.test(q) ? { choice: "no" } : replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? ("choice" in pick ? pick : { choice: pick.id }) : "bỏ qua");
      seen.push(all(replies));
    }
    expect(asked).toBe(true);
    const summary = replies.at(-1)?.text ?? "";
    expect(summary).not.toContain(question);
    await r.send({ choice: "submit" });
    const c = h.stored(r.chatId);
    expect(c).toBeDefined();
    expect(c!.draft.extraNotes.join(" / ")).not.toContain(question);
  });

  it("a question that also tells a new harm is kept for officers", async () => {
    const r = h.reporter();
    let replies = await r.send("Thằng bé nhà bên bị ông dượng nó quất roi mây hôm kia, tôi là hàng xóm, nhà nó ở xã Ea Kao, Đắk Lắk");
    const told = "tối qua ổng lại đánh nó chảy máu đầu, mà ổng có biết tôi báo không?";
    let sent = false;
    for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      if (!sent && /liên lạc với bạn qua đâu/.test(q)) {
        sent = true;
        replies = await r.send(told);
        continue;
      }
      const pick = ASKS_DANGER.test(q) ? { choice: "no" } : replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? ("choice" in pick ? pick : { choice: pick.id }) : "bỏ qua");
    }
    expect(sent).toBe(true);
    await r.send({ choice: "submit" });
    expect(h.stored(r.chatId)!.draft.extraNotes.join(" / ")).toContain("chảy máu đầu");
  });

  it("a correction typed at the summary changes the fields and is not a note", async () => {
    const w = await walk(story);
    await w.send({ choice: "edit" });
    const after = await w.send("11 tuổi, xã Krông Pắc");
    expect(all(after)).toMatch(/11 tuổi/);
    const d = draftOf(w.chatId)!;
    expect(d.childAgeText).toBe("11");
    expect(d.commune).toMatch(/Krông Pắc/);
    expect(d.extraNotes.join(" / ")).not.toMatch(/Krông Pắc|11 tuổi/);
    expect(d.locationText ?? "").not.toMatch(/tuổi/);
    expect(after.at(-1)?.text ?? "").not.toMatch(/Ghi chú thêm/);
  });

  it("a correction typed mid-flow changes the field and is not a note", async () => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 5 && !ASKS_CONTACT.test(lastLine(replies.at(-1))); i++) {
      replies = await r.send(ASKS_DANGER.test(lastLine(replies.at(-1))) ? { choice: "no" } : "bỏ qua");
    }
    expect(lastLine(replies.at(-1))).toMatch(ASKS_CONTACT);
    replies = await r.send("à nhầm, con bé 11 tuổi chứ không phải 9");
    expect(all(replies)).toMatch(/11 tuổi/);
    const d = draftOf(r.chatId)!;
    expect(d.childAgeText).toBe("11");
    expect(d.extraNotes.join(" / ")).not.toMatch(/11 tuổi/);
  });
});
