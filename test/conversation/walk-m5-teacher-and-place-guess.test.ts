/**
 * M5 (second reader's R4, R5, R5b), through the chat engine: a child who names their own teacher as the one who hurts them is not
 * recorded as a teacher writing; at "is the child there now?" a "no" typed with the right place keeps that place; a place only the
 * parents went to is not offered as the child's. The reader's sentences as regressions, beside sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("m5w");
const ASKS_TIE = /Bạn là ai đối với trẻ|bạn là ai đối với trẻ|Who are you to the child/;
const GUESS = /trẻ hiện đang ở đó phải không|is the child there now/;
const OPEN_WHERE = /^Việc này xảy ra ở đâu|^Where did this happen/;

describe("a child whose teacher hurts them is not taken for a teacher writing", () => {
  it.each([
    "Em 12 tuổi, hôm qua bị sờ vào người, người đó là thầy dạy em đấy. Em sợ lắm.",
    "em 11 tuoi, thay day em day hay goi em o lai sau gio roi so vao nguoi em, em so lam",
    "Em học lớp 6, cô chủ nhiệm em đấy hay đánh em bằng thước, em không dám đi học.",
    "Mình 12 tuổi, thầy dạy thêm của mình đấy, tối qua thầy bắt mình ở lại rồi ôm hôn mình, mình không dám kể với ai.",
  ])("«%s»", async (story) => {
    const w = await h.toSummary(story);
    const d = h.draftOf(w.chatId)!;
    expect(d.reporterRelation).not.toBe("teacher");
    expect(w.summary).not.toMatch(/Người báo: giáo viên|reporter: teacher/i);
    // Either the child is read as writing of themself, or they are asked who they are.
    expect(d.reporterRelation === "self" || w.questions.some((q) => ASKS_TIE.test(q))).toBe(true);
  });
});

/** Walks a story to the place offered to confirm ("no" to danger, anonymous, the rest skipped); the reporter and that question. */
async function toGuess(story: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 10 && !GUESS.test(replies.at(-1)?.text ?? ""); i++) {
    const last = replies.at(-1);
    if (last?.choices?.some((c) => c.id === "submit")) break;
    const pick = /nguy hiểm ngay lúc này|in danger right now/.test(last?.text ?? "") ? "no" : last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id ?? "skip";
    replies = await r.send({ choice: pick });
  }
  return { r, asked: replies.at(-1)! };
}

describe("a 'no' typed with the place where the child is keeps that place", () => {
  const vi = "Bé gái 15 tuổi bị một người quen dụ vào TP HCM làm quán karaoke, gia đình không liên lạc được.";
  const en = "A 15-year-old girl was lured to Hanoi by a man she met online and her family cannot reach her.";
  it.each([
    [vi, "không, Gia Lai", "gia-lai"],
    [vi, "không ạ, Huế", "thua-thien-hue"],
    [vi, "ko, ở Pleiku", "gia-lai"],
    [vi, "không phải, Cần Thơ", "can-tho"],
    [vi, "ko, bé ở Đắk Lắk", "dak-lak"],
    [en, "no, Hue", "thua-thien-hue"],
    [en, "nope, in Da Nang", "da-nang"],
  ] as const)("%s → «%s»", async (story, answer, id) => {
    const { r, asked } = await toGuess(story);
    expect(asked.text).toMatch(GUESS);
    const after = await r.send(answer);
    expect(h.draftOf(r.chatId)!.provinceId).toBe(id);
    // The place as told, without the "no" before it.
    expect(h.draftOf(r.chatId)!.locationText ?? "").not.toMatch(/^(?:không|ko|no|nope)\b/i);
    expect(after.at(-1)?.text ?? "").not.toMatch(OPEN_WHERE);
    expect(after.at(-1)?.text ?? "").not.toMatch(GUESS);
  });

  it("a bare 'không' still asks where, open", async () => {
    const { r } = await toGuess(vi);
    const after = await r.send("không");
    expect(after.at(-1)?.text ?? "").toMatch(/tỉnh\/thành phố|tỉnh, thành phố/);
    expect(h.draftOf(r.chatId)!.provinceId).toBeNull();
  });
});

describe("where the parents went for work is not offered as where the child is", () => {
  it.each([
    "Bố mẹ con bé 8 tuổi đi làm ăn ra Hà Nội, con bé ở với ông bà, bị ông đánh bầm tím hằng ngày.",
    "Her parents went to Hanoi for work, the 9-year-old stays with her uncle who beats her with a belt every night.",
    "Ba má thằng nhỏ 6 tuổi vô Sài Gòn làm thuê hết rồi, nó ở với bà nội, bà nội bỏ đói nó mấy bữa nay.",
  ])("«%s»", async (story) => {
    const w = await h.toSummary(story);
    expect(w.questions.filter((q) => GUESS.test(q))).toEqual([]);
    expect(h.draftOf(w.chatId)!.provinceId).toBeNull();
  });
});
