import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("r29b");
const count = (rs: { text: string }[], re: RegExp) => rs.filter((r) => re.test(r.text)).length;

/** Walk 29 (1, 2): the 113/115/111 advice is given once, in words that fit who writes. */
describe("safety advice once, fitting the writer", () => {
  it("a child telling of a friend abused at night is not told to hide, and 113 comes in one reply", async () => {
    const rs = await h.reporter().send("mình 11 tuổi học lớp 6 ở Đà Nẵng. bạn cùng lớp mình là con gái, bạn ấy kể ông dượng ở chung nhà hay vào giường sờ người bạn ấy lúc đêm, bạn ấy sợ lắm. mình phải làm gì ạ");
    expect(all(rs)).not.toMatch(/đang trốn|bị thương thì gọi 115/);
    expect(all(rs)).toMatch(/người lớn em tin/);
    expect(count(rs, /113/)).toBe(1);
  });

  it("a child hiding from a stepfather gets the hiding advice once, not in three replies", async () => {
    const r = h.reporter();
    const rs = await r.send("t 12t, con trai. dượng t hay đánh t, tối qua dượng say cầm dây điện quất t, giờ t đang trốn trong nhà tắm. t ở Buôn Ma Thuột. t phải làm sao");
    expect(all(rs)).toMatch(/đang trốn/);
    expect(count(rs, /113/)).toBe(1);
    expect(count(rs, /đang trốn/)).toBe(1);
    const later = [...(await r.send({ choice: "anonymous" }))];
    expect(all(later)).not.toMatch(/Gọi 111 bất cứ lúc nào/);
  });

  it("a mother telling of her son's posted wish to die gets advice for the parent, not for someone suicidal", async () => {
    const rs = await h.reporter().send("Chào, tôi là mẹ của 1 bé trai 15t ở phường Hải Châu, Đà Nẵng. Đêm qua con nhắn cho bạn là \"I want to end it all, sorry mom\", sáng nay tôi thấy tay con có vết cắt. Giờ con khóa trái cửa phòng");
    const said = all(rs);
    expect(said).not.toMatch(/Nếu bạn đang nghĩ tới việc làm đau mình/);
    expect(said).not.toMatch(/Đừng tự đối đầu với người gây hại/);
    expect(said).toMatch(/Đừng để trẻ ở một mình/);
    expect(said).toMatch(/115/);
  });
});

/** Issue 13: an English question about the hotlines during a Vietnamese report does not switch the chat to English. */
describe("the report keeps the reporter's language", () => {
  it("«can someone at 115 talk in English?» is answered and the next question is still in Vietnamese", async () => {
    const r = h.reporter();
    await r.send("Bé trai nhà đối diện chừng 6 tuổi bị mẹ kế đánh bằng thước mấy tuần nay, chân bé có vết lằn. Nhà ở xã Ea Kar, Đắk Lắk");
    await r.send({ choice: "no" });
    const rs = await r.send("does the 115 operator speak English? my husband is foreign");
    expect(all(rs)).not.toMatch(/Language set|English from now/i);
    expect(rs.at(-1)?.text ?? "").toMatch(/liên lạc|Ẩn danh|khi nào|xã/);
  });
});

/** Issue 14: a correction of the place alone never sets off the emergency call. */
describe("a place correction at the summary adds no alarm", () => {
  it("«nhầm, ở xã Ea Knốp» changes the commune and says no 'GỌI NGAY'", async () => {
    const s = await h.toSummary("Bé gái 9 tuổi nhà bên bị bố ruột đánh bằng roi nhiều lần, lưng bầm tím. Nhà ở xã Ea Kar, Đắk Lắk", [[/nguy hiểm/, { choice: "no" }]]);
    const rs = await s.send("nhầm, ở xã Ea Knốp");
    expect(all(rs)).toMatch(/Ea Knốp/);
    expect(all(rs)).not.toMatch(/GỌI NGAY|Nếu bạn là trẻ em/);
  });
});

/** Walk 29 (3): a message that answers and asks: the question is answered and the answer taken (the step is not asked again). */
describe("an answer with a side question", () => {
  it("«tuần nào cũng vậy ... mà báo thì có ai biết tên tôi không?» at 'when' is taken and answered", async () => {
    const r = h.reporter();
    await r.send("Thằng bé hàng xóm chừng 9 tuổi bị chủ tiệm sửa xe bắt làm từ sáng tới tối, không cho đi học, ở phường Tân Lập, Đắk Lắk");
    const asked = await r.send({ choice: "no" });
    expect(asked.at(-1)?.text).toMatch(/khi nào/);
    const rs = await r.send("tuần nào cũng vậy, chiều qua tôi còn thấy nó bê lốp xe. mà báo thì có ai biết tên tôi không?");
    expect(all(rs)).toMatch(/bí mật/);
    expect(rs.at(-1)?.text).not.toMatch(/khi nào/);
  });

  it("«để ẩn danh nha. mà ba mẹ em có bị mời lên không» at the contact question makes it anonymous and answers", async () => {
    const r = h.reporter();
    let rs = await r.send("em 13 tuổi, ba em hay say rồi đánh em, hôm qua đánh em bầm tay, em ở phường Tân Lập, Đắk Lắk");
    if (rs.at(-1)?.choices?.some((c) => c.id === "menu:report")) rs = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 5 && !/liên lạc/.test(rs.at(-1)?.text ?? ""); i++) {
      const skip = rs.at(-1)?.choices?.find((c) => /^(no|skip|unknown)$/.test(c.id));
      rs = await r.send(skip ? { choice: skip.id } : "bỏ qua");
    }
    expect(rs.at(-1)?.text).toMatch(/liên lạc/);
    rs = await r.send("để ẩn danh nha. mà ba mẹ em có bị mời lên không");
    expect(rs.at(-1)?.text).not.toMatch(/liên lạc với em qua/);
    expect(rs.length).toBeGreaterThan(1);
  });
});

/** Walk 29 (7): a question asked inside the story is answered at once. */
describe("a question inside the story", () => {
  it("«chuyện như thế có nên báo lên đây không?» after a past, resolved story is answered", async () => {
    const rs = await h.reporter().send("Hồi đầu năm con trai tôi học lớp 5 bị mấy bạn trong lớp xô đẩy, lấy đồ, sau đó cô chủ nhiệm đã xử lý và giờ cháu vui vẻ rồi. Chuyện như thế thì có nên báo lên đây không?");
    expect(all(rs)).toMatch(/Có, báo ở đây là đúng/);
  });

  it("«Will the mum be told the school reported it?» is answered", async () => {
    const rs = await h.reporter().send("I am a school counsellor in Hai Chau, Da Nang. One of our Year 3 pupils, a boy of 8, says his mum calls him worthless and shuts him out on the balcony at night. Will the mum be told the school reported it?");
    expect(all(rs)).toMatch(/confidential/);
  });
});

/** Walk 29 (6): a call already made and a wish to stay unnamed are no contact; a skipped contact is not "anonymous". */
describe("what is said with the contact", () => {
  it("«0913 222 444 - chú Ba. tôi đã gọi 113 rồi, đừng nói nhà đó biết là tôi báo» keeps the number only, acknowledged", async () => {
    const s = await h.toSummary("Bé trai 5 tuổi nhà đối diện bị bố dượng đánh bằng thắt lưng nhiều lần, lưng bé bầm, ở xã Ea Kar, Đắk Lắk", [
      [/nguy hiểm/, { choice: "no" }], [/liên lạc/, "0913 222 444 - chú Ba. tôi đã gọi 113 rồi, đừng nói nhà đó biết là tôi báo"],
    ]);
    expect(s.summary).toMatch(/đã gọi rồi là đúng/);
    await s.send({ choice: "submit" });
    const d = h.stored(s.chatId)!.draft;
    expect(d.contact).toMatch(/0913 222 444/);
    expect(d.contact).not.toMatch(/113|báo/);
    expect(d.extraNotes.join(" ")).toMatch(/gọi 113 rồi/);
  });

  it("a skipped contact question is stored as not given, not as anonymous", async () => {
    const s = await h.toSummary("Bé gái 11 tuổi nhà bên bị mẹ kế chửi mắng, bắt nhịn ăn mấy ngày nay, ở xã Ea Kar, Đắk Lắk", [[/nguy hiểm/, { choice: "no" }], [/liên lạc/, { choice: "skip" }]]);
    expect(s.summary).not.toMatch(/ẩn danh/);
    await s.send({ choice: "submit" });
    expect(h.stored(s.chatId)!.draft.anonymous).not.toBe(true);
  });
});

/** Walk 29 (11, B r06): a harm told as done tonight is today's, not "about to happen"; the danger is asked, not assumed. */
describe("a harm already done tonight", () => {
  it.each([
    ["This evening I saw the man who runs the noodle stall kick a girl of about 9 who washes dishes there, in Da Lat, Lam Dong.", /last time: today|when: today/, /about to happen/],
    ["Tối nay thằng bé 8 tuổi nhà bên bị bố nó đánh rồi, tôi nghe nó khóc, ở xã Ea Kar, Đắk Lắk", /lần gần nhất: hôm nay|thời điểm: hôm nay/, /sắp xảy ra/],
  ])("«%s»", async (story, said, notSaid) => {
    const s = await h.toSummary(story, [[/nguy hiểm|in danger/, { choice: "no" }]]);
    expect(s.summary).toMatch(said);
    expect(s.summary).not.toMatch(notSaid);
  });
});

/** Walk 29 (8): a grown-up telling of a child's sextortion gets "don't pay, keep the messages" as a child does. */
describe("sextortion told by a grown-up", () => {
  it.each([
    "I coach the swimming team in Hai Chau, Da Nang. A 15-year-old boy on the team told me someone on Telegram has his nude video and is demanding 2 million dong by Sunday or he will post it to his school group.",
    "Tôi là dì của cháu Lan 14 tuổi ở Ninh Kiều, Cần Thơ. Có thằng trên mạng giữ ảnh nhạy cảm của cháu, đòi 3 triệu trước tối mai, không thì đăng lên nhóm lớp.",
  ])("«%s» gets the advice about the demand", async (story) => {
    const said = all(await h.reporter().send(story));
    expect(said).toMatch(/Do not pay|Đừng trả tiền/);
  });
});

/** Walk 29 (2, A r07): the yes to "in danger now?" after the numbers were given does not repeat the whole block. */
it("a yes to the danger question after the numbers were given gets one short line, not the block again", async () => {
  const r = h.reporter();
  const first = await r.send("Tôi ở thôn 2, xã Ea Kar, Đắk Lắk. Nhà đối diện có bé trai chừng 2 tuổi bị khóa trong nhà một mình từ trưa, mẹ bé đi chợ huyện chưa về, bé khóc mãi");
  expect(all(first)).toMatch(/GỌI NGAY 113/);
  const rs = await r.send("có, bé bị khóa một mình mà trời nóng lắm");
  expect(all(rs)).not.toMatch(/GỌI NGAY/);
  expect(all(rs)).toMatch(/gọi 113 ngay/);
});

/** Walk 29 (12): a mother who says "chồng tui ... hai đứa nhỏ" or "con trai tôi" is family; her relation is not asked. */
it.each([
  "Ông chồng tui nhậu về la hét, lấy roi quất hai đứa nhỏ, đứa lớn 8 tuổi bị lằn đỏ cả lưng, nhà ở phường Tân Lập, Đắk Lắk",
  "Con trai của tôi 11 tuổi bị mấy anh lớp trên chặn đường đòi tiền, đánh bầm mặt, ở xã Ea Kar, Đắk Lắk",
])("the writer's own child «%s»: family, and 'who are you' is not asked", async (story) => {
  const s = await h.toSummary(story, [[/nguy hiểm/, { choice: "no" }]]);
  expect(s.questions.join(" ")).not.toMatch(/Bạn là ai đối với trẻ/);
  expect(s.summary).toMatch(/người báo tin: gia đình/);
});
