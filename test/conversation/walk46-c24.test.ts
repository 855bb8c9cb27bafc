/**
 * Walk 46 (c24): the reporter conversation. Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("w46");

describe("1. 'Bỏ qua' at the story question moves on to the summary and a code", () => {
  it.each([
    ["mình muốn báo tin", { choice: "skip" }],
    ["có việc cần báo", "bỏ qua"],
    ["I want to report something", { choice: "skip" }],
  ] as const)("%s, then %j", async (first, skip) => {
    const r = h.reporter();
    let replies = await r.send(first);
    const asked: string[] = [];
    for (let i = 0; i < 14 && !hasChoice(replies.at(-1), "submit"); i++) {
      const last = replies.at(-1);
      const q = lastLine(last);
      asked.push(q);
      if (/Chuyện gì|What happened|kể thêm|tell a little more/i.test(q)) { replies = await r.send(skip); continue; }
      const pick = last?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    expect(hasChoice(replies.at(-1), "submit"), asked.join("\n")).toBe(true);
    expect(asked.filter((q) => /Chuyện gì|What happened/.test(q)).length).toBeLessThanOrEqual(1);
    expect(replies.at(-1)?.text).toMatch(/Chưa rõ: .*chuyện gì đã xảy ra|Not known yet: .*what happened/);
    const sent = await r.send({ choice: "submit" });
    expect(all(sent)).toMatch(/Mã báo tin của bạn|Your report code/);
    const c = h.stored(r.chatId)!;
    expect(c).toBeDefined();
  });
});

const ALARM = /A child is in danger: CALL 113|Trẻ đang gặp nguy hiểm: GỌI NGAY/;
const ASKS_DANGER = /nguy hiểm ngay lúc này không|in danger right now\?/;

describe("2. a harm told as done tonight is not a danger now; the danger line can be corrected", () => {
  it.each([
    "I'm travelling through Hue. Every night around 10pm a boy of about 8 sells roses outside the bars on the riverside. An older man takes the money from him and shouted at him tonight.",
    "Visiting Sapa with my family. Every evening a little girl, perhaps 7, sells bracelets near the square until late; a man collects her money and slapped her hand tonight.",
    "Tôi là khách du lịch ở Phú Quốc, đêm nào cũng thấy bé gái chừng 8 tuổi bán kẹo cao su ở chợ đêm, tối nay có người đàn ông lấy hết tiền của bé rồi quát bé.",
  ])("%s", async (story) => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "unknown" }]]);
    expect(all(r.first)).not.toMatch(ALARM);
    expect(r.questions.some((q) => ASKS_DANGER.test(q))).toBe(true);
    expect(r.summary).not.toMatch(/in danger right now: yes|nguy hiểm ngay lúc này: có/);
    expect(r.summary).not.toMatch(/about to happen|sắp xảy ra/);
    await r.send({ choice: "submit" });
    expect(["medium", "high"]).toContain(h.stored(r.chatId)?.risk);
  });

  // A danger the system read from the story (a harm tonight), not said by the reporter.
  const inferred = [
    ["Ở phường Vỹ Dạ, Huế, tối nay ông dượng say rượu lại về nhà, bé Na 8 tuổi sợ lắm, lần trước ông ta đánh bé gãy tay.", "không chắc bé có đang nguy hiểm ngay không", "không rõ"],
    ["In Thanh Khe ward, Da Nang, the stepfather of a 9 year old boy is drunk tonight and beat him with a stick, his arm is bleeding.", "he is not in danger right now", "no"],
  ] as const;
  it.each(inferred)("typed at the summary: %s / %s", async (story, typed, now) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    expect(replies.at(-1)?.text).toMatch(/in danger right now: yes|nguy hiểm ngay lúc này: có/);
    replies = await r.send({ choice: "edit" });
    replies = await r.send(typed);
    const summary = replies.at(-1)?.text ?? "";
    expect(summary).toMatch(now === "no" ? /in danger right now: no/ : /nguy hiểm ngay lúc này: không rõ/);
    expect(h.draftOf(r.chatId)?.dangerNow).toBe(now === "no" ? "no" : "unknown");
  });

  it("the danger line is one of the choices to correct, and 'not sure' sets it", async () => {
    const r = h.reporter();
    let replies = await r.send(inferred[0][0]);
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    replies = await r.send("có chỗ chưa đúng");
    const fix = replies.at(-1)?.choices?.find((c) => c.id === "fix:danger");
    expect(fix?.label).toMatch(/nguy hiểm/i);
    replies = await r.send({ choice: "fix:danger" });
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toEqual(expect.arrayContaining(["yes", "no", "unknown"]));
    replies = await r.send({ choice: "unknown" });
    expect(replies.at(-1)?.text).toMatch(/nguy hiểm ngay lúc này: không rõ/);
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
  });

  it("the reporter's own yes is not lowered by a later 'not sure'", async () => {
    const r = await h.toSummary("Bé Tí 6 tuổi ở xã Hòa Vang, Đà Nẵng bị mẹ kế đánh đòn hôm qua, tôi là hàng xóm.", [[ASKS_DANGER, { choice: "yes" }]]);
    expect(r.summary).toMatch(/nguy hiểm ngay lúc này: có/);
    await r.send({ choice: "edit" });
    const replies = await r.send("không chắc là đang nguy hiểm ngay");
    expect(replies.at(-1)?.text).toMatch(/nguy hiểm ngay lúc này: có/);
    expect(h.draftOf(r.chatId)?.dangerNow).toBe("yes");
  });

  it.each([
    ["Bé Tí 6 tuổi ở xã Hòa Vang, Đà Nẵng bị mẹ kế đánh đòn hôm qua, tôi là hàng xóm.", "giờ bé không còn nguy hiểm nữa, đang ở nhà tôi", /nguy hiểm ngay lúc này: không/],
    ["My neighbour's son, 7, in Son Tra, Da Nang, was beaten by his father last night. I am the neighbour.", "he is not in danger anymore, he is at my place", /in danger right now: no/],
  ])("the reporter's own yes, then a plain 'the child is safe now', is corrected: %s", async (story, fix, after) => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "yes" }]]);
    await r.send({ choice: "edit" });
    const replies = await r.send(fix);
    expect(replies.at(-1)?.text).toMatch(after);
    expect(h.draftOf(r.chatId)?.dangerNow).toBe("no");
    expect(h.draftOf(r.chatId)?.extraNotes.join("\n")).toContain(fix);
  });
});

describe("3. two children: each child's age and sex; the harmer home tonight is no time of the harm", () => {
  const stories = [
    ["Tôi là cô ruột của hai đứa nhỏ ở xã Triệu Phong, tỉnh Quảng Trị. Con Lan 8 tuổi dạo ni hay sợ ông chú, không cho ai ôm, đồ lót có vết máu. Tôi nghi ông chú làm bậy, ổng ở chung nhà với tụi nhỏ.",
      "chỉ con Lan 8 tuổi là con gái, thằng em nó 4 tuổi", /bé gái 8 tuổi, bé trai 4 tuổi/],
    ["Em là hàng xóm của hai chị em nhà bên ở phường Thủy Xuân, Huế. Bé Hoa 10 tuổi mấy tuần nay cứ thấy ông dượng là run, tắm xong không dám mặc đồ trước mặt ổng. Em nghi ổng sàm sỡ bé, ổng sống chung nhà với hai đứa.",
      "con Hoa 10 tuổi là gái, còn thằng em trai của nó 6 tuổi", /bé gái 10 tuổi, bé trai 6 tuổi/],
  ] as const;
  it.each(stories)("%s", async (story, fix, each) => {
    const r = await h.toSummary(story, [[ASKS_DANGER, "không biết nữa, tối ni ổng vẫn ngủ ở nhà đó"]]);
    const seen = all(r.seen);
    expect(seen).not.toMatch(/sắp về nhà/);
    expect(seen).toMatch(/ở cùng nhà với người gây hại/);
    expect(r.summary).not.toMatch(/sắp xảy ra/);
    expect(r.summary).not.toMatch(/2 (?:trẻ|bé gái|bé trai) \d+ tuổi/);
    await r.send({ choice: "edit" });
    const after = (await r.send(fix)).at(-1)?.text ?? "";
    expect(after).toMatch(each);
    expect(after).not.toMatch(/2 bé gái|2 bé trai/);
  });
});

describe("4. additions after the code", () => {
  const story = "Tôi là hàng xóm. Ở tổ 3 phường Hòa Khánh Bắc, Đà Nẵng có bé gái 4 tuổi bị bố mẹ nhốt một mình trong phòng trọ từ sáng, bé đang khóc gọi mẹ, bố mẹ đi làm từ 6 giờ sáng nay.";
  async function submitted(danger: "yes" | "no" = "yes", first = story) {
    const r = h.reporter();
    let replies = await r.send(first);
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      replies = await r.send(ASKS_DANGER.test(q) ? { choice: danger } : /liên lạc/.test(q) ? "0935 111 444" : { choice: replies.at(-1)?.choices?.find((c) => /^(yes|anonymous|skip|unknown)$/.test(c.id))?.id ?? "skip" });
    }
    await r.send({ choice: "submit" });
    return r;
  }
  it.each([
    "Thêm: nhà ở số 8 hẻm 20 đường Âu Cơ, cổng sắt màu đỏ. Bố cháu tên Hùng, số ông ấy 0912 111 222.",
    "Bổ sung: phòng trọ số 5 dãy trọ cô Ba, kiệt 7 Nguyễn Lương Bằng, cửa gỗ nâu.",
  ])("an addition is attached to the case ('Đã thêm vào báo tin'): %s", async (extra) => {
    const r = await submitted();
    const replies = await r.send(extra);
    expect(all(replies)).toMatch(/Đã thêm vào báo tin/);
  });

  // A second reading found that hiding the safety line when the classifier alone reads danger (no red flag) also hid it for real
  // danger added after the code; an address may bring the safety line again, a new danger must.
  it.each([
    "ổng về rồi, đang đập cửa phòng con bé",
    "he's back now and he is kicking the door of her room",
  ])("a new danger added after the code still gets the 113 safety line: %s", async (extra) => {
    const r = await submitted("no", "Bé Mai 10 tuổi ở phường Hòa Khánh Bắc, Đà Nẵng bị bố dượng đánh tuần trước, tôi là hàng xóm.");
    const replies = await r.send(extra);
    expect(all(replies)).toMatch(/Đã thêm vào báo tin|added to report/i);
    expect(all(replies)).toMatch(/113/);
  });
});

describe("7. an English duration up to now is the time", () => {
  it.each([
    "My daughter is 12 and lives with me in Hai Chau ward, Da Nang. For three weeks a man on TikTok has been sending her messages and gifts, asking her to keep it secret. I am her mother.",
    "I'm the father of a 13 year old boy in Ninh Kieu ward, Can Tho. Over the past two months a stranger on Facebook has been asking him to meet up and to delete their chats.",
  ])("%s", async (story) => {
    const r = await h.toSummary(story, [[/in danger right now/, { choice: "no" }]]);
    expect(r.questions.filter((q) => /When did this happen/.test(q))).toEqual([]);
    expect(r.summary).toMatch(/(?:three weeks|two months)/);
  });
});

describe("8. 'ở Nha Trang, Khánh Hòa' keeps the place's whole name", () => {
  it.each([
    ["tớ 13 tuổi, bố mẹ hay cãi nhau nên tớ hay khóc một mình, tớ ở Nha Trang, Khánh Hòa", /Nha Trang/],
    ["bé trai 7 tuổi hàng xóm tôi bị bố đánh bầm lưng hôm qua, nhà ở Cam Ranh, Khánh Hòa", /Cam Ranh/],
  ])("%s", async (story, place) => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [/Ngay lúc này em/, { choice: "no" }]]);
    expect(r.summary).toMatch(place);
    expect(r.summary).not.toMatch(/ở Trang|ở Ranh/);
  });
});

describe("9. two side questions in one message: both answered", () => {
  it.each([
    "Tôi có cần để lại tên không? Gửi xong thì ai sẽ xử lý vụ này?",
    "Có bắt buộc khai tên thật không? Báo rồi ai xử lý?",
  ])("%s", async (side) => {
    const r = h.reporter();
    let replies = await r.send("Tôi là bảo vệ trường tiểu học ở phường Hải Châu, Đà Nẵng. Có bé trai 8 tuổi tuần nào cũng đến trường với vết roi trên chân, bé kể bố say rượu đánh.");
    for (let i = 0; i < 8 && !/liên lạc với bạn qua đâu/.test(lastLine(replies.at(-1))); i++) {
      replies = await r.send(ASKS_DANGER.test(lastLine(replies.at(-1))) ? { choice: "no" } : { choice: replies.at(-1)?.choices?.find((c) => /^(skip|unknown)$/.test(c.id))?.id ?? "skip" });
    }
    expect(lastLine(replies.at(-1))).toMatch(/liên lạc với bạn qua đâu/);
    const answered = all(await r.send(side));
    expect(answered).toMatch(/ẩn danh|bí mật/);
    expect(answered).toMatch(/mã báo tin|chuyển tới/);
  });
});
