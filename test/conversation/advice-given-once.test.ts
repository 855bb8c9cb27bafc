/**
 * The conversation keeps which safety advice it gave: the same advice is not given again (a second "what should I do?", a worry
 * said twice, danger told again), while danger told again still gets 113/115 at once, in one line in the writer's words (walk 30:
 * later advice came back cut into pieces, "Nếu bạn là trẻ em: ..." again after each danger). Sentences written for this test,
 * in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("advice-once");
const count = (text: string, re: RegExp) => (text.match(new RegExp(re.source, "g")) ?? []).length;

describe("advice given once", () => {
  it("«tôi phải làm gì đây», then «giờ tôi nên làm sao hả»: the advice on what to do is given once, then said to stand", async () => {
    const r = h.reporter();
    await r.send("Thằng bé 7 tuổi nhà bên bị ông bố đánh hoài, tay có vết bầm. Nhà ở xã Krông Búk, Đắk Lắk");
    await r.send({ choice: "no" });
    const first = all(await r.send("tôi phải làm gì đây"));
    const second = all(await r.send("giờ tôi nên làm sao hả"));
    expect(count(`${first}\n${second}`, /Đừng tự đối đầu/)).toBe(1);
    expect(second).toMatch(/Lời khuyên mình gửi ở trên vẫn như vậy/);
  });

  it("a worry said twice is answered once", async () => {
    const r = h.reporter();
    await r.send("Cháu tôi 10 tuổi bị dượng đánh mấy tuần nay, nhà ở xã Krông Búk, Đắk Lắk");
    await r.send({ choice: "no" });
    const first = all(await r.send("tôi sợ ổng trả thù lắm"));
    const second = all(await r.send("thật sự tôi vẫn sợ bị trả thù"));
    expect(count(`${first}\n${second}`, /Lo lắng là điều dễ hiểu/)).toBe(1);
  });

  it("danger told again after the code: 113 at once, the rest of the advice not again", async () => {
    const s = await h.toSummary("Bé gái 9 tuổi nhà đối diện bị bố dượng đánh nhiều lần, hôm qua bầm tím. Nhà ở xã Krông Búk, Đắk Lắk", [[/nguy hiểm/, { choice: "no" }]]);
    await s.send({ choice: "submit" });
    const first = await s.send("giờ ổng đang đánh con bé ngoài sân, nó la dữ lắm");
    const again = await s.send("ổng vẫn còn đang đánh nó");
    expect(first.find((x) => x.urgent)?.text).toMatch(/113[\s\S]*111/);
    const urgent = again.find((x) => x.urgent)?.text ?? "";
    expect(urgent).toMatch(/113/);
    expect(urgent).not.toMatch(/Nếu bạn là trẻ em|tổng đài bảo vệ trẻ em/);
  });

  it("a child telling of danger twice gets 113 again in a child's words, not the grown-up's line", async () => {
    const r = h.reporter();
    await r.send("em 11 tuổi, dượng em hay đánh em, em sợ lắm. nhà em ở xã Krông Búk, Đắk Lắk");
    await r.send({ choice: "menu:report" });
    await r.send({ choice: "no" });
    const first = await r.send("giờ dượng đang đánh em");
    const again = await r.send("dượng lại đang đánh em nữa");
    expect(first.find((x) => x.urgent)?.text).toMatch(/113/);
    const urgent = again.find((x) => x.urgent)?.text ?? "";
    expect(urgent).toMatch(/Em gọi ngay 113/);
    expect(urgent).not.toMatch(/Nếu chưa gọi|Nếu ra được an toàn/);
  });
});
