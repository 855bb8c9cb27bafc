/**
 * A side question inside an answer ("không, mà Phú Quốc giờ thuộc tỉnh nào vậy?", "no. which province is Phu Quoc in now?") is
 * answered (the province a place belongs to today is known) and the answer it opens with is taken: the step is not asked again.
 * Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("answer-province-q");
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);
const DANGER_Q = /nguy hiểm ngay lúc này|in danger right now/;

describe("an answer with a question about which province a place is in", () => {
  it.each([
    ["Thằng bé 8 tuổi ở Phú Quốc bị bố dượng đánh nhiều lần, tuần trước bị gãy tay", "không, mà Phú Quốc giờ thuộc tỉnh nào vậy?", /An Giang/],
    ["thang be 8 tuoi o Phu Quoc bi bo duong danh hoai, tuan truoc gay tay", "ko, ma Phu Quoc gio thuoc tinh nao vay?", /An Giang/],
    ["A boy, 8, in Phu Quoc is beaten by his stepfather, last week his arm was broken", "no. which province is Phu Quoc in now?", /An Giang/],
  ])("%s / %s", async (story, answer, province) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 3 && !DANGER_Q.test(replies.at(-1)?.text ?? ""); i++) replies = await r.send({ choice: "menu:report" });
    const next = await r.send(answer);
    expect(all(next)).toMatch(province);
    expect(next.at(-1)?.text ?? "").not.toMatch(DANGER_Q);
    expect(draftOf(r.chatId)?.dangerNow).toBe("no");
  });
});
