import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("r29");
const noDanger: [RegExp, { choice: string }] = [/nguy hiểm|in danger/, { choice: "no" }];

/** Issue 13: a child writing about a FRIEND got a grown-up's words; the child writer is answered as a child, the case is about the friend. */
describe("a child writing about a friend is answered as a child", () => {
  it.each([
    "bạn cùng bàn của em bị bố bạn ấy đánh, sáng nay bạn ấy lên lớp tay bị bầm tím hết",
    "bạn thân mình bị mẹ kế nhốt trong nhà không cho đi học, cô giáo hỏi mà bạn không dám nói",
    "My friend from class gets hit by her dad, today at school she had a bruise on her arm",
    "bạn thân mình bị mẹ kế bạn ấy nhốt ngoài sân cả đêm",
    "my best friend gets beaten by her stepdad, she showed me the marks",
  ])("«%s» gets the child's words", async (story) => {
    const said = all(await h.reporter().send(story));
    expect(said).toMatch(/111/);
    expect(said).toMatch(/người lớn em tin|adult you trust/);
    expect(said).not.toMatch(/Có vẻ bạn đang kể|It sounds like you are describing/);
  });

  it("the report's child is the friend, not the writer", async () => {
    const s = await h.toSummary("bạn cùng bàn của em bị bố bạn ấy đánh, sáng nay bạn ấy lên lớp tay bị bầm tím hết, ở xã Ea Kar, Đắk Lắk", [noDanger]);
    const c = s.summary;
    expect(c).toMatch(/người báo tin: bạn của trẻ/);
    expect(c).not.toMatch(/Mình hiểu: em[ ,]/);
  });

  it("a friend written short ('bn t') is the child harmed, not the writer", async () => {
    const s = await h.toSummary("bn t bị mẹ kế nó đánh, sáng nay lên lớp mắt bầm, ở xã Ea Kar, Đắk Lắk", [noDanger]);
    expect(s.summary).toMatch(/người báo tin: bạn của trẻ/);
    expect(s.summary).not.toMatch(/người làm hại em/);
  });

  it.each(["bạn tôi bị chồng đánh, giờ con bé nhà nó 5 tuổi cũng sợ lắm", "my friend's daughter is hit by her dad every night"])("a grown-up's friend «%s» stays a grown-up's report", async (story) => {
    const said = all(await h.reporter().send(story));
    expect(said).not.toMatch(/Em không có lỗi|người lớn em tin/);
  });

  it("a grown-up's 'bạn em' about the friend's child stays a grown-up's report", async () => {
    const said = all(await h.reporter().send("con trai của bạn em học lớp 3, bị bố nó đánh suốt, cô giáo cũng biết"));
    expect(said).not.toMatch(/Em không có lỗi/);
  });
});

/** Issue 13: a child writing as "con" without an age ("con bị mẹ đánh, con sợ lắm") was not taken for a child. */
describe("a child writing as 'con' with no age is a child writer", () => {
  it.each([
    "con bị dượng đánh bằng dây nịt, con đau lắm, con không dám về nhà",
    "mẹ kế hay nhốt con trong kho, con đói lắm cô chú ơi",
  ])("«%s» gets the child's words", async (story) => {
    const r = h.reporter();
    const said = all(await r.send(story));
    expect(said).toMatch(/em/i);
    expect(said).toMatch(/111 miễn phí|Em không có lỗi|người lớn em tin/);
    expect(said).not.toMatch(/Cảm ơn bạn|Bạn muốn báo tin|Có vẻ bạn/);
  });

  it.each([
    "con tôi bị dượng nó đánh bằng dây nịt, tôi sợ lắm",
    "con gái tôi bị mẹ kế nhốt trong kho, con bé đói lắm",
    "con của tôi bị bố nó đánh, con khóc suốt",
  ])("a parent's «%s» stays a grown-up's report", async (story) => {
    const said = all(await h.reporter().send(story));
    expect(said).not.toMatch(/Em không có lỗi|người lớn em tin/);
  });
});

/** Issue 13: two children of different sex were shown as one; a sibling's age took the harmed child's place. */
describe("children of each sex, and a sibling aside", () => {
  it("a boy and a girl with their ages are both shown", async () => {
    const s = await h.toSummary("Nhà kế bên có một cậu bé 4 tuổi và một bé gái 7 tuổi bị mẹ kế bỏ đói mấy ngày nay, ở xã Ea Kar, Đắk Lắk", [noDanger]);
    expect(s.summary).toMatch(/bé trai 4 tuổi/);
    expect(s.summary).toMatch(/bé gái 7 tuổi/);
    await s.send({ choice: "submit" });
    const c = h.stored(s.chatId)!.draft;
    expect(c.children).toBe(2);
    expect(c.childSex).not.toBe("female");
    expect(c.childSex).not.toBe("male");
  });

  it("in English too", async () => {
    const s = await h.toSummary("The family next door has a 6-year-old girl and a 3-year-old boy, both are beaten by their father. Ea Kar commune, Dak Lak.", [noDanger]);
    expect(s.summary).toMatch(/girl.{0,12}6|6.{0,12}girl/);
    expect(s.summary).toMatch(/boy.{0,12}3|3.{0,12}boy/);
  });

  it("a brother or sister named with an age but not harmed does not take the child's age", async () => {
    const s = await h.toSummary("Cháu trai tôi 11 tuổi bị bố dượng đánh gãy tay, em gái nó 2 tuổi thì ở với bà, ở xã Ea Kar, Đắk Lắk", [noDanger]);
    expect(s.summary).toMatch(/bé trai 11 tuổi/);
    expect(s.summary).not.toMatch(/2 bé|2-11|2 và 11/);
  });

  it("a sibling harmed too is counted", async () => {
    const s = await h.toSummary("Con bé nhà bên 10 tuổi bị bố nó đánh, em nó 5 tuổi cũng bị đánh, ở xã Ea Kar, Đắk Lắk", [noDanger]);
    expect(s.summary).toMatch(/2 /);
  });
});

/** Issue 13: at the contact question, "chỉ nhắn tin thôi, số ..." was kept as the contact whole. */
describe("a contact said with how to reach", () => {
  it.each([
    ["nhắn tin thôi nha, đừng gọi, số mình 0935 111 222", "0935 111 222", /nhắn tin/],
    ["text me only please, my number is 0903 456 789", "0903 456 789", /text only|nhắn tin/i],
  ])("«%s»", async (answer, number, pref) => {
    const s = await h.toSummary("Bé gái 8 tuổi nhà bên bị bố dượng đánh hôm qua, ở xã Ea Kar, Đắk Lắk. Tôi là hàng xóm.", [noDanger, [/liên lạc|reach you|contact/i, answer]]);
    await s.send({ choice: "submit" });
    const d = h.stored(s.chatId)!.draft;
    expect(d.contact).toMatch(new RegExp(`^${number.replace(/ /g, " ?")}`));
    expect(d.contact).toMatch(pref);
    expect(d.contact!.length).toBeLessThan(answer.length);
  });
});

/** Issue 13: several facts corrected in one message at the summary: all applied, and each change said back. */
describe("a correction of several facts in one message", () => {
  it("age and commune are both corrected and said back", async () => {
    const s = await h.toSummary("Bé trai nhà bên 6 tuổi bị bố đánh bầm tím lưng tối qua, ở xã Ea Kar, Đắk Lắk.", [noDanger]);
    const said = all(await s.send("không phải 6 tuổi mà là 8 tuổi, còn xã là Krông Búk chứ không phải Ea Kar"));
    expect(said).toMatch(/bé trai 8 tuổi ở xã Krông Búk, Đắk Lắk/);
    expect(said).toMatch(/Đã sửa[^\n]*8 tuổi/);
    expect(said).toMatch(/Đã sửa[^\n]*Krông Búk/);
  });
});

/** Issue 13: correcting the commune moved the province; a hamlet before the commune dropped the commune. */
describe("a commune corrected, a hamlet before the commune", () => {
  it.each(["không phải xã Ea Kar mà là xã Phú Lộc", "xã đúng là Phú Lộc"])("«%s» keeps the province (Phú Lộc is also an old district of Huế)", async (fix) => {
    const s = await h.toSummary("Bé trai 9 tuổi bị bố dượng đánh tối qua ở xã Ea Kar, Đắk Lắk", [noDanger]);
    const said = all(await s.send(fix));
    expect(said).toMatch(/bé trai 9 tuổi ở xã Phú Lộc, Đắk Lắk/);
  });

  it("a province named with the commune still moves it", async () => {
    const s = await h.toSummary("Bé trai 9 tuổi bị bố dượng đánh tối qua ở xã Ea Kar, Đắk Lắk", [noDanger]);
    const said = all(await s.send("nhầm, là xã Phú Lộc, thành phố Huế"));
    expect(said).toMatch(/Phú Lộc, Huế/);
  });

  it("a hamlet said before the commune keeps the commune", async () => {
    const s = await h.toSummary("Bé gái 7 tuổi bị bố dượng đánh hôm qua, ở Đắk Lắk", [noDanger, [/xã|phường|commune/, "buôn 2, xã Ea Tu"]]);
    expect(s.summary).toMatch(/xã Ea Tu/);
  });
});

/** Issue 13: "does 113 speak English?" is answered honestly, then the question asked again. */
describe("a question about English on the phone lines", () => {
  it.each(["is there English at 111?", "113 có người nói tiếng Anh không ạ", "can the 113 operator talk in english"])("«%s»", async (q) => {
    const r = h.reporter();
    await r.send("Bé gái 7 tuổi bị bố đánh, ở xã Ea Kar, Đắk Lắk");
    await r.send({ choice: "no" });
    const said = all(await r.send(q));
    expect(said).toMatch(/tiếng Việt|Vietnamese/);
  });
});
