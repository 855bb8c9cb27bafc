/**
 * Second reading of C40 (issue 13, task M20): "cả" and a work shift "ca" are not the police; a call meant, asked about or made to the
 * neighbours is not a call made; a child who called keeps the hiding advice; picture advice for a parent only to a known grown-up; a
 * sister or a friend of unknown age keeps the line for a child; a police visit of yesterday does not cancel "call now"; a call to 115 is
 * thanked as an ambulance call; a parent who hits their own child is not told not to confront the one who harms; a father working far
 * away is not at home tonight. Through the real conversation core with an in-memory case intake. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { all, firstTurns, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("m20");
const CALL_NOW = /GỌI NGAY 113|CALL 113 \(police\)[^.]*NOW|gọi ngay 113|call 113 now/u;
const THANKED = /Bạn đã gọi|Em đã gọi|Công an đã tới|You already called|The police have come/u;
const HIDING = /đang trốn|are hiding/u;

describe("(1, 2, 6) words that are not a call made keep the call to make", () => {
  it.each([
    ["Thằng bé 4 tuổi nhà đối diện bị nhốt ở nhà một mình cả ngày rồi, giờ đang gào khóc, ở phường Tân Lập, Đắk Lắk."],
    ["thang be 4 tuoi nha doi dien bi nhot o nha mot minh ca ngay roi, dang gao khoc, o phuong Tan Lap Dak Lak"],
    ["Bé gái 3 tuổi nhà kế bên khóc cả buổi tối rồi, mẹ bé đi làm ca đêm rồi, bố say rượu đang đánh bé, ở xã Ea Kar."],
    ["Mấy thằng đòi nợ xông cả vào nhà rồi, đang đánh thằng bé 10 tuổi nhà bên, ở Pleiku."],
    ["Tôi tính gọi 113 rồi mà sợ bị liên lụy. Bé trai nhà bên đang bị bố cầm gậy đánh, ở phường Tân Lập, Đắk Lắk."],
    ["toi muon goi 113 roi nhung so bi tra thu, be gai nha ben dang bi bo danh o Pleiku"],
    ["Tôi nên gọi 113 trước rồi mới báo ở đây hay sao? Con bé nhà bên đang bị bố đánh dữ lắm, ở Huế."],
    ["Tôi la cả xóm rồi mà không ai ra. Thằng bé nhà bên đang bị bố dượng đánh, ở xã Hòa Thắng, Đắk Lắk."],
    ["Tôi gọi hàng xóm rồi mà không ai dám ra. Thằng bé nhà bên đang bị bố dượng đánh, ở xã Hòa Thắng, Đắk Lắk."],
    ["I was going to call the police already but I'm scared. The man next door is beating his little boy right now. We live in Hue."],
    ["Should I call 113 first and then report here? My neighbour is beating his daughter right now, she is 6. We live in Pleiku."],
    ["Hôm qua công an đã đến nhà rồi nhưng tối nay ông ta lại đánh thằng bé 8 tuổi, đang đánh, ở phường Tân Lập, Đắk Lắk."],
    ["The police came to the house last week but tonight he is beating his 7 year old daughter again, right now. We are in Hue."],
    // A call that did not get through, and police who came and went (third reading): the call to make stays.
    ["Tôi gọi 113 hai lần rồi mà máy bận, ông hàng xóm đang đánh con trai 7 tuổi, ở phường Tự An, Đắk Lắk."],
    ["toi goi 113 roi ma khong ai bat may, be gai 5 tuoi nha ben dang bi bo duong danh, o Pleiku"],
    ["I called 113 twice but nobody answered. The man next door is kicking his 6 year old son right now, in Hue."],
    ["Công an tới rồi lại đi luôn, giờ ông ta đang đánh tiếp đứa con gái 9 tuổi, ở phường Tân Lập, Đắk Lắk."],
    ["The police came but they left, and now he is hitting the 8 year old boy again. We live in Pleiku."],
  ])("«%s»", async (story) => {
    const text = all(await h.reporter().send(story));
    expect(text).toMatch(CALL_NOW);
    expect(text).not.toMatch(THANKED);
  });

  it("a child hiding 'cả tối' keeps the hiding advice", async () => {
    const text = all(await h.reporter().send("em 10 tuổi, em trốn trong nhà tắm cả tối rồi, bố em say đang đập phá ngoài kia, em sợ lắm"));
    expect(text).toMatch(HIDING);
    expect(text).not.toMatch(THANKED);
  });
});

describe("(3, 7) a call really made", () => {
  it.each([
    ["Thấy nguy quá nên tôi gọi 113 rồi. Thằng bé 7 tuổi nhà bên đang bị bố đánh bằng gậy, ở phường Tân Lập, Đắk Lắk."],
    ["thay nguy qua nen minh goi 113 roi, be gai nha ben dang bi bo danh o Pleiku"],
  ])("'nên' meaning 'so' before a call made keeps the thanks: «%s»", async (story) => {
    expect(all(await h.reporter().send(story))).toMatch(/Bạn đã gọi 113/u);
  });

  it.each([
    ["em 11 tuoi, em goi 113 roi ma chua ai toi, bo em dang dap cua phong em"],
    ["Em 12 tuổi, em gọi 113 rồi mà chưa thấy ai đến, dượng em đang phá cửa phòng em."],
    ["im 12, i already called the police but nobody came yet, my stepdad is banging on my door"],
  ])("a child who called keeps the hiding advice: «%s»", async (story) => {
    const text = all(await h.reporter().send(story));
    expect(text).toMatch(/Em đã gọi|You already called/u);
    expect(text).toMatch(HIDING);
  });

  it.each([
    ["Tôi đã gọi 115 rồi. Thằng bé 7 tuổi nhà bên bị bố đánh chảy máu đầu, đang nằm bất động, ở phường Tân Lập, Đắk Lắk.", /115/u],
    ["toi da goi 115 roi, be gai nha ben bi bo danh chay mau dau, o Pleiku", /115/u],
    ["I already called an ambulance, my neighbour's boy is bleeding after his father beat him, right now. We live in Hue.", /You already called an ambulance/u],
    ["We have called an ambulance. The girl next door, 6, was thrown down the stairs by her father and is not moving. We are in Pleiku.", /You already called an ambulance/u],
  ])("a call to 115 is thanked as an ambulance call, and 113 still told: «%s»", async (story, named) => {
    const text = all(await h.reporter().send(story));
    expect(text).not.toMatch(/Bạn đã gọi 113|You already called the police/u);
    expect(text).toMatch(/113/u);
    if (/115/.test(story)) expect(text).toMatch(/Bạn đã gọi 115/u);
    else expect(text).toMatch(named);
  });
});

describe("(4) picture advice for a parent only to a known grown-up", () => {
  it.each([
    ["someone online keeps asking me for nudes, i havent sent anything"],
    ["có người trên mạng cứ đòi mình gửi ảnh khỏa thân, mình chưa gửi gì"],
    ["co nguoi tren mang cu doi minh gui anh nong, minh chua gui gi"],
  ])("a writer of unknown age is not told to stay close to the child: «%s»", async (story) => {
    const seen = await firstTurns(h, story, 1);
    expect(seen).not.toMatch(/tell the child not to|Stay close to the child|nói với trẻ cũng đừng gửi|ở cạnh trẻ/u);
    expect(seen).toMatch(/111/);
  });
});

describe("(5) a sister or friend of unknown age keeps the line for a child", () => {
  it.each([
    ["Em là chị gái của bé Mai, bé Mai 5 tuổi bị ông hàng xóm sờ soạng hồi trưa, nhà ở Huế."],
    ["em la chi gai cua be Mai, be Mai 5 tuoi bi ong hang xom so soang hoi trua, nha o Hue"],
    ["I'm her big brother, my little sister is 5 and the neighbour touched her private parts this afternoon. We live in Hue."],
  ])("«%s»", async (story) => {
    const seen = await firstTurns(h, story, 1, "no");
    expect(seen).not.toMatch(/Đừng tự đối đầu với người gây hại; nếu được|Do not confront the person yourself; if you can/u);
    expect(seen).toMatch(/Nếu bạn là trẻ em|If you are a child|người lớn (?:bạn|em) tin|adult you trust/u);
  });
});

describe("(8) a parent who hits their own child", () => {
  it.each([
    ["Tôi hay đánh con gái tôi 7 tuổi mỗi khi nóng giận, tôi muốn được giúp để bỏ tật này. Nhà ở Huế."],
    ["I keep hitting my 6 year old son when I lose my temper and I want help to stop. We live in Pleiku."],
    ["Tôi hay đánh con gái tôi 7 tuổi nhiều lần khi tức giận, tôi cần được giúp để thôi. Nhà ở Huế."],
    ["toi hay danh con trai toi 9 tuoi nhieu lan khi nong, toi muon duoc giup de dung lai. nha o Pleiku"],
  ])("is not told not to confront the one who harms: «%s»", async (story) => {
    const seen = await firstTurns(h, story, 3, "no");
    expect(seen).not.toMatch(/đối đầu với người|confront the person|confront that person/u);
  });
});

describe("(9) a father working far away is not home tonight", () => {
  it.each([
    ["Tôi là bà ngoại. Cháu tôi 8 tuổi hay bị bố đánh, tuần nào cũng vài lần, nhưng bố nó đi làm ăn xa ở Bình Dương từ tháng trước rồi. Nhà ở Huế."],
    ["My grandson, 8, was beaten by his father every week, but his father has been working away in Saigon since last month. They live in Hue."],
  ])("«%s»", async (story) => {
    const seen = await firstTurns(h, story, 3, "no");
    expect(seen).not.toMatch(/lặp lại: khi nghe|happens again tonight/u);
  });
});
