/**
 * Round-26 walk findings (fresh reporters through the web chat on the build after round 25's fixes, 5 December), replayed through the
 * real conversation core with sentences of our own of the same kinds.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const { reporter, toSummary } = realCoreHarness("r26");
const allText = (rs: Array<{ text: string }>) => rs.map((r) => r.text).join("\n");
const understood = (summary: string) => summary.split("\n").find((l) => /^(Mình hiểu|Cô chú hiểu|I understood|We understood)/.test(l)) ?? "";

describe("corrections at the summary", () => {
  it("'tôi không phải người nhà bé' says who the writer is not: no relative becomes who harms", async () => {
    const w = await toSummary("Tôi là cô dạy đàn. Bé An 13 tuổi ở phường Phú Hội, Huế tối qua nhắn cho tôi là muốn chết, tay có vết cắt mới.");
    await w.send({ choice: "edit" });
    const after = allText(await w.send("tôi không phải người nhà bé An, tôi chỉ là cô dạy đàn"));
    expect(understood(after)).not.toMatch(/người gây hại: người thân/);
  });

  it("'người gây hại chưa chắc là mẹ, nghi là dượng' names the one suspected", async () => {
    const w = await toSummary("Bé trai 4 tuổi được mẹ bế tới trạm y tế xã Ea Tul, Đắk Lắk, lưng có nhiều vết bầm tím cũ mới. Mẹ bé bảo bé té.");
    // Bruises told with the mother's "bé té": an unlikely explanation of an injury keeps her the one suspected (M15 reverts walk 50).
    expect(understood(w.summary)).toMatch(/người gây hại: mẹ/);
    await w.send({ choice: "edit" });
    const after = allText(await w.send("Người gây hại chưa chắc là mẹ, nghi là bố dượng của bé"));
    expect(understood(after)).toMatch(/người gây hại: bố dượng/);
  });

  it("an older sister's own age, said in a correction, is not the child's", async () => {
    const w = await toSummary("ông dượng hay vào buồng em trai em lúc nửa đêm, nó mới 8 tuổi, mẹ em đi làm xa. nhà em ở xã Tân Biên, Tây Ninh");
    await w.send({ choice: "edit" });
    const after = allText(await w.send("người bị là em trai em 8 tuổi, không phải em. em là chị nó, 16 tuổi"));
    expect(understood(after)).not.toMatch(/16 tuổi/);
    expect(understood(after)).toMatch(/8 tuổi/);
  });
});

describe("danger told while answering", () => {
  it("heavy bleeding told at a later question gets 115 and what to do until it comes", async () => {
    const w = reporter();
    await w.send("thằng bé nhà kế bên 10 tuổi vừa bị cha nó chém vô vai, tui chạy qua rồi");
    await w.send({ choice: "unknown" });
    const replies = allText(await w.send("tui băng tạm rồi mà máu chảy không cầm được"));
    expect(replies).toMatch(/115/);
    expect(replies).toMatch(/ép chặt|vải sạch/);
  });

  it("'how long until someone comes?' while a child is in danger now: nobody comes from the chat, call 113", async () => {
    const w = reporter();
    await w.send("ông chú say rượu đang cầm rựa đuổi thằng cháu 11 tuổi ngoài sân kìa");
    const replies = allText(await w.send("bao lâu thì có người tới vậy?"));
    expect(replies).toMatch(/113/);
    expect(replies).toMatch(/không ai|nobody/);
  });

  it("a story that says the danger is now gets the call without an 'if'", async () => {
    const w = reporter();
    const first = allText(await w.send("ông hàng xóm đang cầm gậy đánh thằng con 7 tuổi ngoài ngõ, nó khóc thét"));
    expect(first).toMatch(/GỌI NGAY 113/);
    expect(first).not.toMatch(/^Nếu trẻ đang gặp nguy hiểm/m);
  });
});

describe("a hiding child after the code", () => {
  it("'e phải làm j' is answered with how to stay safe hidden, not only 'added'", async () => {
    const w = reporter();
    await w.send("cuu e voi, ba e xin ruou cam dao doa chem ca nha, e dang tron trong tu quan ao");
    await w.send("xa cu mgar dak lak");
    await w.send({ choice: "anonymous" });
    await w.send({ choice: "submit" });
    const after = allText(await w.send("ba đag kêu tên e, e phải làm j"));
    expect(after).toMatch(/ở yên|tắt chuông/);
  });
});
