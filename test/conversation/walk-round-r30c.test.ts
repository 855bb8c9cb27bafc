import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("r30c");

/** Walk 30 (1): a free-text correction naming another harmer is applied, never confirmed unchanged. */
describe("a correction naming a different harmer", () => {
  it("«Không phải bà ngoại, người đánh là dượng Tư» replaces the harmer", async () => {
    const s = await h.toSummary("Bé trai 7 tuổi nhà kế bên bị bà ngoại đánh bằng cây nhiều lần, tay chân bầm. Nhà ở xã Ea Kar, Đắk Lắk", [[/nguy hiểm/, { choice: "no" }]]);
    const rs = await s.send("Không phải bà ngoại, người đánh là dượng Tư (chồng sau của mẹ bé)");
    expect(all(rs)).not.toMatch(/đã ghi đúng/);
    expect(all(rs)).toMatch(/dượng/);
  });
  it("«Không phải ông ngoại, người làm chuyện đó là cậu Tâm» at the summary changes who harms", async () => {
    const s = await h.toSummary("Tôi là mẹ, con gái tôi 6 tuổi kể bị ông ngoại sờ vùng kín khi về quê chơi. Giờ bé ở với tôi, không gặp người đó nữa. Nhà ở phường Hải Châu, Đà Nẵng", [[/nguy hiểm/, { choice: "no" }]]);
    const rs = await s.send("Không phải ông ngoại, người làm chuyện đó là cậu Tâm (em trai tôi)");
    expect(all(rs)).not.toMatch(/đã ghi đúng/);
    expect(all(rs)).toMatch(/cậu/);
  });
});

/** Walk 30 (2): contact answers keep only the contact. */
describe("contact answers with other things said beside", () => {
  const toContact = async () => {
    const r = h.reporter();
    await r.send("Bé gái 8 tuổi nhà đối diện bị bố dượng đánh mấy tuần nay, lưng có vết roi. Nhà ở xã Ea Kar, Đắk Lắk");
    await r.send({ choice: "no" });
    return r;
  };
  it("«028 3 912 4567, có, bé đang bị đánh dữ lắm»: the contact is the number only", async () => {
    const r = await toContact();
    const said = all(await r.send("028 3 912 4567, có, bé đang bị đánh dữ lắm"));
    expect(said).toMatch(/liên lạc: 028 3 912 4567[ ;.(]/);
    expect(said).not.toMatch(/liên lạc: [^\n]*dữ lắm/);
  });
  it("an international number «+33 6 12 34 56 78» is taken as the contact", async () => {
    const r = await toContact();
    const said = all(await r.send("+33 6 12 34 56 78"));
    expect(said).toMatch(/liên lạc: \+33 6 12 34 56 78/);
  });
});

/** Walk 30 (8): "not now" at the danger question is a no, whatever later time it also tells. */
describe("not now is a no", () => {
  it("«giờ thì chưa, ổng đi ra đồng rồi, mà chiều nay ổng về lại ở chung với bé» is stored as no", async () => {
    const s = await h.toSummary("Bé trai 9 tuổi nhà kế bên bị ông bố đánh bằng gậy nhiều lần, hôm qua tôi thấy tay bé sưng. Nhà ở xã Ea Kar, Đắk Lắk", [[/nguy hiểm/, "giờ thì chưa, ổng đi ra đồng rồi, mà chiều nay ổng về lại ở chung với bé"]]);
    expect(s.summary).toMatch(/nguy hiểm ngay lúc này: không/);
  });
});

/** Walk 30 (3): a writer who says their own age is 18 or more is answered as a grown-up from then on. */
describe("an adult's own age ends child mode", () => {
  it("«t 22t rồi, đâu phải con nít» makes the next replies a grown-up's", async () => {
    const r = h.reporter();
    await r.send("e gái họ của t 13t ở Pleiku, bố nó hay đánh nó, hôm qua nó nhắn cho t là ko muốn sống nữa, t gọi ko nghe máy");
    const rs = await r.send("t 22t rồi nha, đâu phải con nít");
    expect(all(rs)).not.toMatch(/Em không có lỗi|Cô chú .* em\b/);
  });
  it("«minh 26t roi nha, ko phai con nit» at the place question is not stored as the commune", async () => {
    const r = h.reporter();
    await r.send("e trai ho cua minh 11t o Gia Lai, bi ba duong danh hoai, hom qua no nhan tin noi muon chet, minh goi no khong bat may");
    await r.send("minh 26t roi nha, ko phai con nit dau");
    const { untilSummary } = await import("./real-core-harness.ts");
    const rs = await untilSummary(r, []);
    expect(all(rs)).not.toMatch(/ở minh 26t/);
  });
});

/** Walk 30 (2): a child with no phone who asks to be reached here. */
describe("no phone, reached in this chat", () => {
  it("«e ko có đt đâu, cô chú nhắn lại qua đây đc ko» is answered and stored as chat-only, not as a number", async () => {
    const s = await h.toSummary("em 12 tuổi, mẹ kế hay nhốt em ngoài sân cả đêm không cho ăn, tối qua em phải ngủ ngoài hiên. nhà em ở xã Ea Kar, Đắk Lắk", [[/nguy hiểm/, { choice: "no" }], [/liên lạc/, "e ko có đt đâu, cô chú nhắn lại qua đây đc ko"]]);
    const said = all(s.seen);
    expect(said).toMatch(/Không có điện thoại cũng không sao/);
    expect(s.summary).not.toMatch(/liên lạc: e ko có đt/);
    expect(s.summary).toMatch(/liên lạc qua cuộc trò chuyện này/);
  });
});

/** Walk 30 (6): side questions about evidence and about reporting again are answered. */
describe("side questions answered", () => {
  it("«I have a voice recording of him. Where should I send the recording?» gets the keep-it answer", async () => {
    const r = h.reporter();
    await r.send("My neighbour's daughter, 13, told me her uncle touches her at night. It happens at their house in Hai Chau, Da Nang.");
    const rs = await r.send("I have a voice recording of him threatening her. Where should I send the recording?");
    expect(all(rs)).toMatch(/do not send it here/i);
    expect(all(rs)).not.toMatch(/cannot answer/i);
  });
  it("«chuyện cũ vậy thì có cần báo lại không» is answered", async () => {
    const r = h.reporter();
    await r.send("Hồi năm 2022 đứa em họ tôi 10 tuổi bị ông hàng xóm đánh, giờ ông ấy chuyển đi rồi, em tôi ở Nha Trang, Khánh Hòa");
    const rs = await r.send("tôi chỉ muốn hỏi chuyện cũ vậy thì có cần báo lại không");
    expect(all(rs)).toMatch(/báo ở đây là đúng/);
  });
});

/** Walk 30 (3): a child who told of a beating is not given the advice for a wish to die after sending. */
describe("advice after sending fits what the child told", () => {
  it("a beating with 'bố chưa về' gets no pills-and-knives advice", async () => {
    const s = await h.toSummary("t 11 tuổi, tối qua bố t say về lấy cây đánh t, chân t sưng đi không nổi. bây giờ bố t chưa về, t ở phường Tân Lập, Buôn Ma Thuột, Đắk Lắk", [[/nguy hiểm/, { choice: "no" }]]);
    const rs = await s.send({ choice: "submit" });
    expect(all(rs)).not.toMatch(/thuốc, dao|pills and knives/);
  });
});

/** Walk 30 (5): the sex the kin words say. */
describe("sex from kin words", () => {
  it("«thằng cháu» is a boy in the summary", async () => {
    const s = await h.toSummary("Bà tôi nuôi thằng cháu 7 tuổi, mẹ nó bỏ đi, bà hay bỏ đói nó và nhốt ngoài sân. Nhà ở xã Ea Kar, Đắk Lắk", [[/nguy hiểm/, { choice: "no" }]]);
    expect(s.summary).toMatch(/bé trai/);
    expect(s.summary).not.toMatch(/bé gái/);
  });
  // "thằng em 5 tuổi" is the girl's little brother, not the writer saying "em 5 tuổi" of themself.
  it("«con Lan 11 tuổi với thằng em 5 tuổi» is a girl and a boy", async () => {
    const s = await h.toSummary("Nhà bên có con Lan 11 tuổi với thằng em 5 tuổi, bố dượng tụi nó đánh cả hai bằng roi. Nhà ở xã Ea Kar, Đắk Lắk", [[/nguy hiểm/, { choice: "no" }]]);
    expect(s.summary).toMatch(/bé trai 5/);
  });
});
