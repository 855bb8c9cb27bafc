/**
 * Walk 31: a reporter of an emergency who says the call was made but nobody has come yet ("gọi 113 rồi mà chưa thấy ai tới") had
 * only "Bạn đã gọi rồi là đúng": nothing on what to do while waiting. Now: call 113 again with the exact address, 115 for a hurt
 * child, and stay safe; a call made with help on its way is acknowledged as before. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("called-nobody");
const STORY = "Cứu với, ông hàng xóm đang cầm gậy đánh thằng bé 9 tuổi ngoài sân, nó chảy máu đầu, ở thôn 3 xã Ia Dêr, Gia Lai";
const DANGER_Q = /nguy hiểm ngay lúc này|in danger right now/;

async function atDanger(story: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 3 && !DANGER_Q.test(all(replies)); i++) replies = await r.send({ choice: "menu:report" });
  return { r, replies };
}

describe("called, and nobody has come yet", () => {
  it.each([
    "có, tôi gọi 113 rồi mà chưa thấy ai tới",
    "co, goi cong an roi ma 15 phut chua thay ai den",
    "yes, I called the police already but nobody has come yet",
  ])("%s", async (answer) => {
    const { r } = await atDanger(STORY);
    const next = all(await r.send(answer));
    expect(next).toMatch(/gọi lại 113|call 113 again/);
    expect(next).toMatch(/115/);
  });
  it("a call with help on its way is acknowledged, with no call again", async () => {
    const { r } = await atDanger(STORY);
    const next = all(await r.send("có, tôi gọi 113 rồi, công an đang tới"));
    expect(next).toMatch(/gọi rồi là đúng/);
    expect(next).not.toMatch(/gọi lại 113/);
  });
});
