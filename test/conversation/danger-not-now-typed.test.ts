/**
 * Typed answers to "Có trẻ em nào đang gặp nguy hiểm ngay lúc này không?" that say not now, in teencode ("bh thì chưa") or in
 * English inside a Vietnamese report ("right now he's with me"), are a no: the step moves on, with no emergency banner (walk 30:
 * "bh thi chua, chu mk chua di lam ve" was asked again; an English "right now she's at school with me, but ..." raised the
 * banner). Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("not-now-typed");
const STORY = "Tôi là hàng xóm, thằng Tín 10 tuổi nhà bên hay bị ông bố dượng đánh bằng dép, hôm kia mặt nó còn sưng, nhà ở xã Cư M'gar, Đắk Lắk";

async function atDanger() {
  const r = h.reporter();
  let replies = await r.send(STORY);
  for (let i = 0; i < 3 && !/nguy hiểm ngay/.test(all(replies)); i++) replies = await r.send({ choice: "menu:report" });
  expect(all(replies)).toMatch(/nguy hiểm ngay/);
  return r;
}

describe("typed answers that say not now", () => {
  it.each([
    "bh thì chưa, ổng đi nhậu chưa về",
    "bjo thi ko sao, no dang o nha ba noi",
    "right now he's with me at my house, but he goes back there tonight",
    "at the moment the boy is at school",
  ])("%s moves on without the emergency banner", async (answer) => {
    const r = await atDanger();
    const next = all(await r.send(answer));
    expect(next).not.toMatch(/nguy hiểm ngay lúc này/);
    expect(next).not.toMatch(/GỌI NGAY/);
  });

  it("a typed yes still raises the banner", async () => {
    const r = await atDanger();
    expect(all(await r.send("có, ổng đang đánh nó ngoài sân kìa"))).toMatch(/113/);
  });
});
