/**
 * Walk 53 (issue 13), task C40: advice that fits who writes and what they did. A parent or another grown-up is not told to "tell an
 * adult you trust"; a grown-up told of a child beaten again and again by someone who lives with them hears what to do if it happens
 * again tonight; a reporter who already called 113 is not told to call as if they had not; a short English first line is answered in
 * English. Through the real conversation core, triage and reporter flow with an in-memory case intake. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { all, firstTurns, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c40");
const CHILD_ADVICE = /adult you trust|người lớn (?:bạn|em) tin|If you are a child|Nếu bạn là trẻ em/iu;
const VIETNAMESE_LETTERS = /[ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ]/iu;

describe("(1) a parent or another grown-up gets advice for a grown-up, a child the child's", () => {
  it.each([
    ["Con gái tôi 12 tuổi, có một người lạ trên Facebook cứ nhắn đòi cháu gửi ảnh không mặc đồ, cháu chưa gửi gì. Nhà ở phường Vỹ Dạ, Huế."],
    ["con gai toi 13 tuoi, co thang tren zalo doi con be gui anh nong, be chua gui tam nao. nha o Pleiku"],
    ["Con gái tui mới 12 tuổi, có thằng cha trên mạng cứ đòi nó gửi hình ở truồng, nó chưa gửi. Tui ở Tây Ninh."],
    ["My son is 12. Someone he chats with on a game keeps asking him for photos without his shirt. He has not sent any. We live in Hue."],
  ])("pictures asked of a child, told by a grown-up: «%s»", async (story) => {
    const seen = await firstTurns(h, story, 1);
    expect(seen).not.toMatch(CHILD_ADVICE);
    expect(seen).toMatch(/111/);
    expect(seen).toMatch(/ảnh|pictures|photos/iu);
  });

  it("an aunt telling of pictures asked of her niece is not told to tell an adult she trusts", async () => {
    expect(await firstTurns(h, "I'm her aunt. My niece is 14 and a guy online wants nude pictures from her, she hasn't sent anything yet. She lives in Pleiku.", 1)).not.toMatch(CHILD_ADVICE);
  });

  it.each([
    ["Con gái em mới 6 tuổi bị thằng hàng xóm dụ vào nhà sờ soạng chiều nay, em là mẹ bé, nhà ở Buôn Ma Thuột."],
    ["Tôi là bố cháu. Con trai tôi 8 tuổi vừa bị ông hàng xóm sàm sỡ lúc chiều, nhà ở xã Ea Kar, Đắk Lắk."],
    ["toi la me be, con toi 7 tuoi bi ong hang xom so soang chieu nay, nha o phuong Tan Lap Dak Lak"],
  ])("the danger banner to a parent has no line for a child: «%s»", async (story) => {
    const seen = await firstTurns(h, story, 1);
    expect(seen).not.toMatch(CHILD_ADVICE);
    expect(seen).toMatch(/113/);
  });

  it.each([
    ["minh 13 tuoi, co ong tren mang doi minh gui anh khong mac do, minh chua gui. minh o Hue"],
    ["Em 12 tuổi, có người trên mạng đòi em gửi ảnh khỏa thân, em chưa gửi. Em ở Huế."],
    ["im 13 and a guy online keeps asking me for nudes, i havent sent any. i live in hue"],
  ])("a child asked for pictures still hears to tell an adult they trust: «%s»", async (story) => {
    const seen = await firstTurns(h, story, 1);
    expect(seen).toMatch(/adult you trust|người lớn em tin/iu);
  });
});

/** What to do if it happens again tonight: call 113 when it is heard, do not face the person alone. */
const AGAIN_TONIGHT = /(?:lặp lại|happens again)[^]*113[^]*(?:đối đầu|confront)/iu;

describe("(2) the one who harms lives with the child and it keeps happening: what to do tonight, once, early", () => {
  it.each([
    ["Tôi ở sát vách nhà này, xã Hòa Thắng, Đắk Lắk. Thằng bé 9 tuổi nhà đó bị ông bố dượng lấy dây nịt quất gần như đêm nào cũng nghe, sáng nay tay nó tím bầm."],
    ["toi o sat vach, xa Hoa Thang, Dak Lak. thang be 9 tuoi nha do bi ong bo duong lay day nit quat gan nhu dem nao cung nghe, sang nay tay no tim bam"],
    ["Tui là trưởng ấp ở xã Long Hòa, Tây Ninh. Nhà ông B. có đứa con gái 11 tuổi, ổng nhậu xỉn về là đánh nó, tuần nào cũng vài lần. Ổng vẫn ở chung với hai mẹ con."],
    ["Con tôi 8 tuổi bị bố dượng đánh suốt, tối nào say về cũng đánh. Tôi là mẹ cháu, nhà ở phường Pleiku, Gia Lai."],
    ["The boy next door is 8 and his stepdad beats him with a belt almost every night, I hear him crying through the wall. We are in Buon Ma Thuot."],
    ["My granddaughter is 7. Her mum's boyfriend lives with them and slaps her most evenings when he drinks. They live in Hue."],
  ])("«%s»: the advice before the second question, and said once", async (story) => {
    const seen = await firstTurns(h, story, 3, "unknown");
    expect(seen).toMatch(AGAIN_TONIGHT);
    expect(seen.match(/lặp lại|happens again/giu)?.length).toBe(1);
    expect(seen).not.toMatch(CHILD_ADVICE);
  });

  it.each([
    ["Hai năm trước cháu tôi 10 tuổi hay bị bố dượng đánh, giờ ông ta đã đi tù, cháu ở với bà ngoại. Nhà ở Huế."],
    ["Chau gai toi 9 tuoi truoc day hay bi bo danh, nhung bo chau da bo di tu nam ngoai, gio chau song voi me. Nha o Pleiku."],
    ["Her stepfather used to hit my niece, 9, every week, but he moved out last spring and she is fine now. They live in Hue."],
  ])("a harm told as past and over gets no advice for tonight: «%s»", async (story) => {
    const seen = await firstTurns(h, story, 3, "no");
    expect(seen).not.toMatch(/lặp lại|happens again|Về tối nay|About tonight|tối nay|tonight/iu);
  });

  it.each([
    ["Tôi là bác của bé, bé 8 tuổi ở xã Hòa Phú, Đắk Lắk. Mẹ kế ngày nào cũng mắng bé là đồ vô dụng, hay bắt bé nhịn ăn sáng."],
    ["The girl next door, 10, lives with her stepmother, who calls her stupid every day. We live in Hue."],
  ])("scolding at home, no beating: no call to 113 for tonight: «%s»", async (story) => {
    const seen = await firstTurns(h, story, 3, "no");
    expect(seen).not.toMatch(/lặp lại|happens again/iu);
  });

  it("a child beaten at home every night gets the child's words, not the grown-up's", async () => {
    const seen = await firstTurns(h, "em 11 tuổi, bố dượng em tối nào say về cũng đánh em, em ở Huế", 3, "no");
    expect(seen).not.toMatch(/lặp lại: khi nghe|happens again tonight: when you hear/iu);
  });
});

describe("(3) a reporter who already called 113 is thanked for it, not told to call as if not", () => {
  it.each([
    ["Tôi đã gọi 113 rồi. Bé gái 6 tuổi nhà bên đang bị bố đánh, khóc thét, ở phường Tân Lập, Đắk Lắk.", /Bạn đã gọi 113/u],
    ["toi goi 113 roi, thang be nha ben dang bi bo danh chay mau, o phuong Tan Lap Dak Lak", /Bạn đã gọi 113/u],
    ["Công an đã đến rồi. Thằng bé 9 tuổi nhà bên vừa bị bố nó đánh chảy máu đầu, ở xã Ea Kar, Đắk Lắk.", /Bạn đã báo công an|công an đã tới|Bạn đã gọi/iu],
    ["Tui gọi công an rồi mà. Con nhỏ nhà kế bên đang bị ông già nó rượt đánh, ở xã Long Hòa, Tây Ninh.", /Bạn đã (?:gọi|báo)/u],
    ["I already called the police. The man next door is beating his 6 year old son right now, I can hear him screaming. We are in Pleiku.", /already called|You called/iu],
  ])("«%s»", async (story, thanked) => {
    const first = await h.reporter().send(story);
    const text = all(first);
    expect(first.some((r) => r.urgent)).toBe(true);
    expect(text).toMatch(thanked);
    expect(text).not.toMatch(/GỌI NGAY 113|CALL 113 \(police\) NOW|CALL 113 \(police\) or 115 \(ambulance\) NOW/u);
    expect(text).toMatch(/111/);
  });

  it("a reporter who called 111 is told of 113 too", async () => {
    const text = all(await h.reporter().send("Tôi đã gọi 111 rồi. Bé trai nhà bên đang bị bố cầm dao dọa giết, ở phường Tân Lập, Đắk Lắk."));
    expect(text).toMatch(/Bạn đã gọi 111/u);
    expect(text).toMatch(/113/);
  });

  it.each([
    ["Tôi chưa gọi 113. Bé gái nhà bên đang bị bố đánh, la hét dữ lắm, ở phường Tân Lập, Đắk Lắk."],
    ["Bé trai nhà bên đang bị ông bố say rượu cầm dao rượt, tôi không dám gọi công an. Ở xã Ea Kar, Đắk Lắk."],
    ["toi chua goi 113 duoc, so qua roi, be gai nha ben dang bi bo danh o phuong Tan Lap Dak Lak"],
    ["I haven't called the police yet. My neighbour is beating his little girl right now. We are in Hue."],
  ])("not called: the call stays as it is: «%s»", async (story) => {
    const text = all(await h.reporter().send(story));
    expect(text).toMatch(/GỌI NGAY 113|CALL 113 \(police\)[^.]*NOW/u);
    expect(text).not.toMatch(/Bạn đã gọi|You called|already called/iu);
  });
});

describe("(4) a short English first line is answered in English; Vietnamese without marks stays Vietnamese", () => {
  it.each([["thank you"], ["thanks"], ["hi there"], ["hello, I need help"], ["ok thanks"], ["Hello"], ["thank you so much"]])("«%s»", async (text) => {
    expect(all(await h.reporter().send(text))).not.toMatch(VIETNAMESE_LETTERS);
  });
  it.each([["cam on"], ["chao ban"], ["toi can giup"], ["cam on ban nhieu"], ["xin chao"], ["ok cam on"]])("«%s»", async (text) => {
    expect(all(await h.reporter().send(text))).toMatch(VIETNAMESE_LETTERS);
  });
  it("an English reporter's 'thank you' later in the report keeps English", async () => {
    const r = h.reporter();
    await r.send("My neighbour's daughter, 7, is left alone at home every evening and she told me her uncle touches her. We live in Hue.");
    const next = all(await r.send("thank you"));
    expect(next).not.toMatch(VIETNAMESE_LETTERS);
  });
});
