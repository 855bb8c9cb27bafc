/**
 * M9: regressions of the c30 merge found by the second reader (RD5), and sentences of our own in the same classes, through the chat
 * engine. 113 is never dropped when a person harms or neglects a child; illness words only about a child; a time seen or heard is the
 * time of harm; photo questions answered; demand advice only when pictures are asked of the child; "đừng để số của mẹ" is a no.
 */
import { describe, expect, it } from "vitest";
import { all, ASKS_DANGER, hasChoice, lastLine, realCoreHarness, untilSummary, type Say } from "./real-core-harness.ts";

const h = realCoreHarness("m9");
const SICK_TEXT = /ốm, sốt cao mà không có người lớn chăm|ill or has a high fever and no adult/u;
const ASKS_CONTACT = /liên lạc với (?:bạn|em) qua|How can officers contact you|Which phone number/;
const ASKS_WHEN = /xảy ra khi nào|When did this happen/u;

/** Sends each message in turn; everything the chat said. */
async function talk(msgs: Say[]): Promise<{ seen: string; last: string; r: ReturnType<typeof h.reporter> }> {
  const r = h.reporter();
  let seen = "";
  let replies = [] as Awaited<ReturnType<typeof r.send>>;
  for (const m of msgs) {
    replies = await r.send(m);
    seen += `\n${all(replies)}`;
  }
  return { seen, last: lastLine(replies.at(-1)), r };
}

describe("1. a worry word, 'sick of' or the writer's own fever is no sick child: 113 stays", () => {
  it.each([
    ["Tôi sốt ruột quá, bé 4 tuổi nhà bên bị bố mẹ bỏ ở nhà một mình từ sáng tới giờ, khóc mãi không ai dỗ. Phường Phú Hội, Huế"],
    ["toi sot ruot qua, be 4 tuoi nha ben bi bo o nha mot minh tu sang toi gio, khoc mai. phuong Phu Hoi, Hue"],
    ["I'm sick of my neighbour leaving her 3 year old home alone every night while she goes out drinking, the kid screams for hours. Ward 5, Vung Tau"],
    ["Tôi sốt ruột lắm, thằng bé 3 tuổi nhà đối diện bị mẹ nó khóa cửa để ở nhà một mình từ tối qua, khóc khản cả giọng. Xã Tân Phú, Đồng Nai"],
    ["sot ruot qua ban oi, con be 2 tuoi nha sau bi bo mot minh ca ngay, bo me no di nhau. xa Hoa An, Phu Yen"],
    ["I'm so sick and tired of the toddler upstairs being left alone all night while his mum goes clubbing, he cries for hours. Ward 7, Da Nang"],
    ["Tôi đang bị sốt nằm nhà mà vẫn nghe bé 3 tuổi nhà bên bị bố mẹ bỏ một mình cả ngày, khóc suốt không ai dỗ. Phường An Cựu, Huế"],
    ["I'm ill in bed myself but I can hear the 2 year old next door left alone all day again, screaming, her parents are out drinking. Ward 3, Hue"],
  ])("«%s» then yes: 113, no sick-child text", async (story) => {
    const { seen } = await talk([story, { choice: "yes" }]);
    expect(seen).toMatch(/113/u);
    expect(seen).not.toMatch(SICK_TEXT);
  });
});

describe("2. a sick child whom a person harms keeps 113, with 115", () => {
  it.each([
    "Con bé nhà bên 5 tuổi bị mẹ nó nhốt ngoài sân cả đêm mưa, giờ sốt cao co giật, mẹ nó không cho đưa đi viện. Ở xã Hòa Bình, Bạc Liêu",
    "Thằng bé 6 tuổi nhà bên bị bố đánh rồi nhốt trong kho từ hôm qua, giờ nó sốt li bì, bố nó không cho ai vào. Xã An Phú, An Giang",
    "My neighbour's 4 year old was locked outside all night in the rain by her mum, now she has a high fever and the mum refuses to take her to a doctor. Ward 2, Hue",
  ])("«%s»", async (story) => {
    const { seen } = await talk([story, { choice: "yes" }]);
    expect(seen).toMatch(/113/u);
    expect(seen).toMatch(/115/u);
  });
});

describe("2b. a child alone with a feverish little brother after a parent's violence: 113 and 115", () => {
  it.each([
    "Em 13 tuổi, bố em say rượu về đập phá rồi bỏ đi, em trai em 2 tuổi đang sốt cao, em phải làm gì",
    "im 12, my dad got drunk and hit us then left, my little brother is 2 and has a high fever, what do i do",
  ])("«%s»", async (story) => {
    const { seen } = await talk([story]);
    expect(seen).toMatch(/113/u);
    expect(seen).toMatch(/115/u);
  });
});

describe("3. 'I am fine' with a fever denied, gone or the writer's own is not a sick little one", () => {
  it("a child reporting her father: 'em chi hoi sot nhe thoi' is the writer's own, not danger", async () => {
    const { seen } = await talk(["Em 12 tuổi, bố em hay đánh em, tuần trước đánh bằng thắt lưng. Em ở phường Hưng Phú, Cần Thơ", { choice: "menu:report" }, "em k sao, em chi hoi sot nhe thoi, bo em di lam roi"]);
    expect(seen).not.toMatch(/tắt chuông/u);
    expect(seen).not.toMatch(SICK_TEXT);
  });
  it.each([
    ["Bé trai 4 tuổi ở nhà bên bố mẹ đi làm suốt, để nó ở nhà một mình, xã Phú Lộc, Huế", "toi on, be khong con sot nua, chi la o nha mot minh thoi"],
    ["I want to report that the 4 year old next door is left alone at home all day by her parents, Ward 3, Hue", "i'm fine, the baby isn't sick, she is just alone"],
    ["Bé gái 3 tuổi nhà bên bố mẹ đi làm cả ngày, để bé ở nhà một mình, phường Vĩnh Hải, Khánh Hòa", "tôi ổn, bé hết sốt rồi, chỉ là ở nhà một mình thôi"],
    ["Bé gái 3 tuổi nhà bên bố mẹ đi làm cả ngày, để bé ở nhà một mình, phường Vĩnh Hải, Khánh Hòa", "toi k sao, be khong bi sot, chi o nha mot minh"],
    ["The 5 year old next door is left home alone every day by his parents, Ward 6, Da Lat", "i'm ok, the little one doesn't have a fever any more"],
  ])("«%s» / «%s»: no sick-child text", async (story, typed) => {
    const { seen } = await talk([story, typed]);
    expect(seen).not.toMatch(SICK_TEXT);
  });
});

describe("4. a time of harm seen or heard is kept", () => {
  it.each([
    ["Sáng nay tôi sang nhà thì thấy thằng bé 7 tuổi bị trói ở gốc cây sau nhà, người đầy vết roi. Bố nó làm. Xã Tân Phú, Đồng Nai", /lần gần nhất: sáng nay/u],
    ["toi qua toi nghe tieng con be nha ben khoc thet, sang ra thay mat no sung, chac bo no danh. be 8 tuoi o phuong Tan Dinh TPHCM", /lần gần nhất: (?:tối|toi) qua/u],
    ["I saw her this morning at the school gate, her arm was bruised and she said her dad did it. She is 9, Ward 2, Hue", /last time: this morning/iu],
    ["Chiều qua tôi thấy mẹ kế nó tát con bé 9 tuổi ngoài ngõ rồi lôi vào nhà đánh tiếp. Phường Hải Châu, Đà Nẵng", /lần gần nhất: chiều qua/u],
    ["Tối qua tôi nghe tiếng bố nó quất roi và con bé 6 tuổi khóc thét cả tiếng đồng hồ. Xã Hòa An, Phú Yên", /lần gần nhất: tối qua/u],
    ["Last night I heard the man next door beating his 5 year old son, the boy was screaming. Ward 4, Vinh", /last time: last night/iu],
  ])("«%s»", async (story, time) => {
    const r = h.reporter();
    let replies = await r.send(story);
    let seen = all(replies);
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
      else replies = await r.send(ASKS_DANGER.test(q) ? { choice: "no" } : pick ? { choice: pick.id } : "bỏ qua");
      seen += `\n${all(replies)}`;
    }
    expect(seen).not.toMatch(ASKS_WHEN);
    expect(replies.at(-1)?.text ?? "").toMatch(time);
  });
});

describe("5. a question about sending injury photos is answered", () => {
  it.each([
    [["Thằng bé 8 tuổi nhà bên bị bố say rượu đánh hôm qua, ở phường An Hòa, Cần Thơ", "nếu tôi gửi ảnh vết bầm của nó thì có giúp gì không?"], /Không cần gửi ảnh/u],
    [["my nephew is 8, his dad beat him yesterday with a belt, Ward 1 Da Nang", "if i send photos of his bruises does it help?"], /do not need to send photos/iu],
    [["Bé 6 tuổi nhà bên bị mẹ kế đánh bầm tím lưng ở xã Tân Phú, Đồng Nai. Công an xã bảo tôi chụp ảnh vết thương gửi cho họ, tôi có nên chụp ảnh không?"], /Không cần gửi ảnh|Đừng tự chụp vết thương/u],
    [["Bé gái 7 tuổi nhà bên bị bố đánh tím mặt hôm qua, xã Ea Kar, Đắk Lắk", "tôi chụp ảnh vết thương của bé gửi kèm có được không?"], /Không cần gửi ảnh|Đừng tự chụp vết thương/u],
    [["My niece is 6, her stepdad hit her yesterday, Ward 2, Da Nang", "if i take pictures of the marks on her back and send them, will that help?"], /do not need to send photos|Do not photograph injuries/iu],
  ])("%j", async (msgs, answer) => {
    const { seen } = await talk(msgs);
    expect(seen).toMatch(answer);
    expect(seen).not.toMatch(/chưa trả lời được|can't answer that/iu);
  });
});

describe("6. a trusted adult asking for screenshots is no demand", () => {
  it.each([
    "Em 13 tuổi, có người lạ trên Facebook nhắn tin nói bậy và gửi ảnh bậy cho em. Cô giáo bảo em chụp ảnh màn hình tin nhắn gửi cho cô để cô báo công an.",
    "Em 12 tuổi, có người lạ trên Zalo gửi video bậy cho em. Mẹ em bảo em chụp màn hình tin nhắn gửi cho mẹ.",
    "im 14, a stranger on tiktok keeps sending me gross pictures. my teacher asked me to take screenshots and send them to her",
  ])("«%s»", async (story) => {
    const { seen } = await talk([story]);
    expect(seen).not.toMatch(/đừng trả tiền|do not pay|don't pay/iu);
    expect(seen).toMatch(/người lớn em tin|adult you trust/iu);
  });
  it("the child opening keeps 'go to an adult you trust or a crowded place'", async () => {
    const { seen } = await talk(["Em 13 tuổi, có người lạ trên Facebook nhắn tin nói bậy và gửi ảnh bậy cho em. Cô giáo bảo em chụp ảnh màn hình tin nhắn gửi cho cô để cô báo công an."]);
    expect(seen).toMatch(/nơi đông người/u);
  });
});

describe("7. 'do not use mum's number' is a request, not a question whether it may be used", () => {
  it.each([
    "đừng để số của mẹ em được không, mẹ biết là em bị đánh nữa. số của cô chủ nhiệm em là 0912 345 678",
    "dung de so cua me em nha dc k, me biet em bi danh nua. so co chu nhiem em 0912 345 678",
    "đừng lấy số của mẹ em được không ạ, số bà ngoại em là 0987 111 222",
  ])("«%s»", async (typed) => {
    const r = h.reporter();
    let replies = await r.send("Em 12 tuổi, mẹ em hay đánh em bằng móc áo, hôm qua vừa đánh, em ở phường Hưng Phú, Cần Thơ");
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 6 && !ASKS_CONTACT.test(lastLine(replies.at(-1))); i++) {
      replies = await r.send(ASKS_DANGER.test(lastLine(replies.at(-1))) || /Ngay lúc này em/u.test(lastLine(replies.at(-1))) ? { choice: "no" } : { choice: "skip" });
    }
    expect(lastLine(replies.at(-1))).toMatch(ASKS_CONTACT);
    const text = all(await r.send(typed));
    expect(text).not.toMatch(/Được em nhé/u);
    expect(text).toMatch(/không (?:dùng|gọi)/u);
  });
});

describe("8. side answers only for questions asked; a typed time is stored as the time", () => {
  it.each([
    "Em 14 tuổi, bố dượng đánh em hoài, tuần trước em đi khám bác sĩ tâm lý ở trường rồi mà vẫn bị đánh, em ở xã Yên Lạc, Phú Thọ. em phải làm sao?",
    "e 13t, me ke danh e suot, co giao tu van tam ly o truong biet roi ma van vay, e phai lam sao",
  ])("counselling told in the story is not answered first: «%s»", async (story) => {
    const { seen } = await talk([story]);
    expect(seen.trim()).not.toMatch(/^Có em nhé/u);
  });
  it.each([
    ["con bé nói hôm chủ nhật bị đánh bằng dây điện, ông ta còn dọa giết nếu nó nói với ai", /lần gần nhất: hôm chủ nhật(?:;|\n|$)/u],
    ["nó kể tối thứ sáu bị ông ta đánh bằng thắt lưng", /lần gần nhất: tối thứ sáu(?:;|\n|$)/u],
  ])("at 'when?': «%s»", async (typed, time) => {
    const r = h.reporter();
    let replies = await r.send("Bé gái 10 tuổi nhà bên bị bố dượng đánh, xã Long Hải, Bà Rịa Vũng Tàu");
    for (let i = 0; i < 4 && !ASKS_WHEN.test(lastLine(replies.at(-1))); i++) replies = await r.send(ASKS_DANGER.test(lastLine(replies.at(-1))) ? { choice: "no" } : { choice: "skip" });
    expect(lastLine(replies.at(-1))).toMatch(ASKS_WHEN);
    replies = await untilSummary(r, await r.send(typed));
    expect(replies.at(-1)?.text ?? "").toMatch(time);
  });
});
