/**
 * C42, defect 2: the one who took a child came back without the child, said in Vietnamese ("hắn về rồi mà không thấy con bé đâu",
 * "ông ta quay lại một mình", "nó về nhà rồi nhưng không dẫn bé theo"): the child is still taken, so "what do I do now?" gets the advice
 * for a child taken (113 now, do not wait), as the English "he came back alone" does, whether it is said in the story or with the
 * question. The child brought back ("hắn đưa con bé về rồi", "con bé tự về một mình") is not taken any more.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c42back");

const TAKEN_VI = "Hôm qua chồng cũ của tôi giằng con gái tôi 5 tuổi lên xe máy chạy mất ở cổng trường mầm non xã Yên Thành, Nghệ An.";
const TAKEN_VI_PLAIN = "Hom qua chong cu cua toi giang con gai toi 5 tuoi len xe may chay mat o cong truong mam non xa Yen Thanh, Nghe An.";
const TAKEN_EN = "Yesterday my ex-husband grabbed our 5-year-old daughter at her kindergarten gate in Yen Thanh, Nghe An and drove off with her.";

const TAKEN_ADVICE = /Đừng chờ: gọi ngay 113|Do not wait: call 113/;

/** Sends the story, answers up to the contact question (danger "no", the rest skipped), then sends `side`; what answered it. */
async function askAfter(story: string, side: string): Promise<string> {
  const r = h.reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 6 && !/liên lạc|contact/i.test((replies.at(-1)?.text ?? "").split("\n").at(-1) ?? ""); i++) {
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) { replies = await r.send({ choice: "menu:report" }); continue; }
    const q = (replies.at(-1)?.text ?? "").split("\n").filter((l) => l.trim()).at(-1) ?? "";
    const pick = /nguy hiểm ngay lúc này|in danger right now/.test(q) ? "no" : replies.at(-1)?.choices?.find((c) => /^(skip|unknown|anonymous)$/.test(c.id))?.id;
    replies = await r.send(pick ? { choice: pick } : "bỏ qua");
  }
  return all(await r.send(side));
}

describe("the taker back without the child, told in the story: the child is still taken", () => {
  it.each([
    [`${TAKEN_VI} Sáng nay hắn về rồi mà không thấy con bé đâu.`, "giờ tôi phải làm gì?"],
    [`${TAKEN_VI} Tối qua ông ta quay lại một mình.`, "tôi phải làm sao bây giờ?"],
    [`${TAKEN_VI_PLAIN} Sang nay no ve nha roi nhung khong dan be theo.`, "gio toi phai lam gi?"],
    [`${TAKEN_VI_PLAIN} Han ve roi ma khong thay con be dau.`, "gio toi nen lam sao?"],
    [`${TAKEN_EN} He came back alone this morning.`, "what should I do now?"],
  ])("'%s' then '%s'", async (story, side) => {
    expect(await askAfter(story, side)).toMatch(TAKEN_ADVICE);
  });
});

describe("the taker back without the child, told with the question", () => {
  it.each([
    [TAKEN_VI, "hắn về rồi mà không thấy con bé đâu, giờ tôi phải làm gì?"],
    [TAKEN_VI, "ông ta quay lại một mình. tôi phải làm sao?"],
    [TAKEN_VI_PLAIN, "no ve nha roi nhung khong dan be theo, gio toi phai lam gi"],
  ])("'%s' then '%s'", async (story, side) => {
    expect(await askAfter(story, side)).toMatch(TAKEN_ADVICE);
  });
});

describe("near misses: the child back is not taken any more", () => {
  it.each([
    [TAKEN_VI, "hắn đưa con bé về rồi, giờ tôi phải làm gì?"],
    [TAKEN_VI_PLAIN, "han dua con be ve roi, gio toi phai lam gi?"],
    [`${TAKEN_VI} Sáng nay con bé tự về một mình rồi, người bầm tím.`, "giờ tôi nên làm gì?"],
    [`${TAKEN_EN} He brought her back this morning.`, "what should I do now?"],
  ])("'%s' then '%s': no taken-child advice", async (story, side) => {
    expect(await askAfter(story, side)).not.toMatch(TAKEN_ADVICE);
  });
});
