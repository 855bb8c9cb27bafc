/**
 * Free text typed at a question that shows buttons is matched to a choice, in Vietnamese with or without diacritics, in chat
 * spellings ("khum", "hk", "đc r", "uk") and in English; a side question or a remark ("cái này bắt buộc à", "mình không hiểu câu
 * hỏi", "?") is answered and the same question asked again, never stored as the answer (walk 30: such replies were refused with
 * "Tôi chưa chắc đó là câu trả lời", or taken as the time or as who writes). Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";

const h = realCoreHarness("typed-choice");
const REFUSED = /(?:Tôi|Mình) chưa chắc đó là câu trả lời|I am not sure that answers|(?:Tôi|Mình) chưa đọc ra được|(?:Tôi|Mình) chưa thấy số điện thoại/;
/** Full story but for the age; no time; no reporter; each test removes what it needs asked. */
const NO_AGE = "Con bé nhà đối diện bị ông bố đánh bằng dây nịt nhiều lần, hôm qua còn bầm tay. Tôi là hàng xóm. Nhà ở xã Krông Búk, Đắk Lắk";
const NO_TIME = "Thằng bé 8 tuổi nhà kế bên bị mẹ kế đánh. Tôi là hàng xóm. Nhà ở phường Tân Lợi, Đắk Lắk";
const NO_WRITER = "Bé gái 10 tuổi bị bố dượng đánh nhiều lần, hôm kia còn sưng mặt. Nhà ở xã Krông Búk, Đắk Lắk";
const FULL = "Bé trai 9 tuổi nhà bên bị ông bố đánh nhiều lần, hôm qua bầm lưng. Tôi là hàng xóm. Nhà ở xã Krông Búk, Đắk Lắk";

/** A reporter at the question whose last line matches `question`. */
async function atQuestion(story: string, question: RegExp, before: Say[] = []) {
  const r = h.reporter();
  let replies = await r.send(story);
  for (const say of before) replies = await r.send(say);
  for (let i = 0; i < 6 && !question.test(lastLine(replies.at(-1))); i++) {
    const c = replies.at(-1)?.choices?.map((x) => x.id) ?? [];
    replies = await r.send(c.includes("menu:report") ? { choice: "menu:report" } : c.includes("no") ? { choice: "no" } : c.includes("skip") ? { choice: "skip" } : "bỏ qua");
  }
  expect(lastLine(replies.at(-1))).toMatch(question);
  return r;
}
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);

describe("chat spellings at the buttons' questions are choices", () => {
  it.each(["khum", "hk ạ", "nah"])("«%s» at 'in danger right now?' is a no", async (said) => {
    const r = await atQuestion(FULL, /nguy hiểm ngay lúc này/);
    const next = all(await r.send(said));
    expect(next).not.toMatch(REFUSED);
    expect(draftOf(r.chatId)?.dangerNow).toBe("no");
  });

  it.each(["k rõ nữa", "chịu", "khum bik"])("«%s» at 'how old?' is 'not known' and the flow goes on", async (said) => {
    const r = await atQuestion(NO_AGE, /bao nhiêu tuổi/);
    const next = all(await r.send(said));
    expect(next).not.toMatch(REFUSED);
    expect(lastLine((await r.send("bỏ qua")).at(-1))).not.toMatch(/bao nhiêu tuổi/);
    expect(draftOf(r.chatId)?.childAgeBand).toBe("unknown");
  });

  it.each(["k nhớ", "ai biết đâu", "hk"])("«%s» at 'when?' is skipped, never kept as the time", async (said) => {
    const r = await atQuestion(NO_TIME, /khi nào/);
    const next = all(await r.send(said));
    expect(next).not.toMatch(REFUSED);
    expect(lastLine((await r.send("bỏ qua")).at(-1))).not.toMatch(/khi nào/);
    expect(draftOf(r.chatId)?.when).toBeNull();
  });

  it("«ko» at 'who are you to the child?' is skipped, not stored as who writes", async () => {
    const r = await atQuestion(NO_WRITER, /Bạn là ai/);
    expect(all(await r.send("ko"))).not.toMatch(REFUSED);
    expect(draftOf(r.chatId)?.reporterRelation).toBeNull();
  });

  it.each(["no thanks", "khong muon dau"])("«%s» at the contact question is anonymous", async (said) => {
    const r = await atQuestion(FULL, /liên lạc với bạn/, [{ choice: "no" }]);
    const next = all(await r.send(said));
    expect(next).toMatch(/ẩn danh\./);
    expect(next).not.toMatch(REFUSED);
  });

  it.each([["uk", true], ["khum", false]] as const)("a child's «%s» at 'may we call you back?' is the answer", async (said, agrees) => {
    const r = await atQuestion("em 12 tuổi, mẹ kế hay đánh em bằng roi, hôm qua em bị sưng chân. nhà em ở xã Krông Búk, Đắk Lắk", /gọi lại/, [{ choice: "menu:report" }, { choice: "no" }, "0912 345 678"]);
    expect(all(await r.send(said))).not.toMatch(/chọn một nút/);
    expect(draftOf(r.chatId)?.consentToContact).toBe(agrees);
  });

  it.each(["đc r", "chuẩn rồi", "uk"])("«%s» at the summary sends the report", async (said) => {
    const r = await atQuestion(FULL, /Gửi cho cán bộ/, [{ choice: "no" }, { choice: "anonymous" }]);
    expect(all(await r.send(said))).toMatch(/Mã báo tin của bạn/);
  });

  it("«ko sửa gì» at the summary is understood: nothing to change, press Gửi", async () => {
    const r = await atQuestion(FULL, /Gửi cho cán bộ/, [{ choice: "no" }, { choice: "anonymous" }]);
    const said = all(await r.send("ko sửa gì"));
    expect(said).toMatch(/Không có gì cần sửa thì bấm "Gửi"/);
    expect(said).not.toMatch(REFUSED);
  });
});

describe("a remark at the buttons' questions is answered and the question asked again", () => {
  it("«cái này bắt buộc à» at 'when?' says it can be skipped, and is not the time", async () => {
    const r = await atQuestion(NO_TIME, /khi nào/);
    const said = await r.send("cái này bắt buộc à");
    expect(all(said)).toMatch(/bỏ qua/);
    expect(lastLine(said.at(-1))).toMatch(/khi nào/);
    expect(draftOf(r.chatId)?.when).toBeNull();
  });

  it.each(["mình không hiểu câu hỏi", "?", "what do you mean"])("«%s» at 'who are you?' asks it again, and is not who writes", async (said) => {
    const r = await atQuestion(NO_WRITER, /Bạn là ai/);
    const replies = await r.send(said);
    expect(all(replies)).not.toMatch(REFUSED);
    expect(lastLine(replies.at(-1))).toMatch(/Bạn là ai/);
    expect(draftOf(r.chatId)?.reporterRelation).toBeNull();
  });

  it("«k bt» at a child's offer to report says what telling does, and the offer stays", async () => {
    const r = h.reporter();
    const offer = await r.send("con 11 tuổi, bố con say rượu là đánh con, con sợ lắm. nhà con ở xã Krông Búk, Đắk Lắk");
    expect(offer.at(-1)?.choices?.map((c) => c.id)).toContain("menu:report");
    const replies = await r.send("k bt");
    expect(all(replies)).toMatch(/không cần nói tên/);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toContain("menu:report");
  });
});
