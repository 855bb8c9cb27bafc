/**
 * m27: a child who says mid-report that the person who harms is coming in now gets the lock-the-door lines; a child who tells of
 * something they do themself ("giờ em đang mở cửa sổ cho mát"), or of a mother or grandmother letting them in or looking for them,
 * does not, and the danger now is not set to yes by those words. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { all, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("m27arriving");
const HIDING = "em 10 tuổi, bố em say rượu cầm gậy đòi đánh em, em đang trốn trong nhà tắm. nhà em ở phường Dĩ An, TP HCM";
const HIDING_PLAIN = "chau 12 tuoi, chu chau say ruou cam dao doa chem chau, chau dang nup trong phong. nha chau o phuong Di An, TP HCM";

async function saidNow(story: string, now: string) {
  const r = h.reporter();
  await r.send(story);
  const reply = await r.send(now);
  return { reply: all(reply), last: lastLine(reply.at(-1)), draft: h.draftOf(r.chatId) };
}

describe("the writer's own doing, or a mother letting them in, is no one arriving", () => {
  it.each([
    [HIDING, "giờ em đang mở cửa sổ cho mát"],
    [HIDING, "mẹ đang mở cửa cho em vào nhà rồi"],
    [HIDING, "mẹ em đang đi tìm em"],
    [HIDING_PLAIN, "ba noi dang di tim chau"],
    [HIDING_PLAIN, "chau dang mo cua phong de tho"],
  ])("«%s» then «%s»: no lock-the-door lines", async (story, now) => {
    const w = await saidNow(story, now);
    expect(w.reply).not.toMatch(/chặn cửa|block the door/i);
  });
});

describe("the harmer coming in now still gets the lines", () => {
  it.each([
    [HIDING, "ổng vô phòng rồi, em sợ"],
    [HIDING_PLAIN, "no vo phong roi, chau so lam"],
    [HIDING, "bố em đang đập cửa nhà tắm"],
  ])("«%s» then «%s»: 113 and lock the door", async (story, now) => {
    const w = await saidNow(story, now);
    expect(w.reply).toMatch(/113/);
    expect(w.reply).toMatch(/khóa|chặn cửa/i);
  });
});
