/**
 * Walk 34's conversation defects, each in sentences written for these tests (not the walk's own).
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness, untilSummary } from "./real-core-harness.ts";

const h = realCoreHarness("r34");
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);
const ASKS_RELATION = /là ai đối với trẻ|Who are you to the child/;
const ASKS_CONTACT = /liên lạc với (bạn|em) qua|How can officers contact you/;
const ASKS_DANGER = /nguy hiểm ngay lúc này|in danger right now/;
const understood = (summary: string) => summary.split("\n").find((l) => /^(Mình hiểu|Cô chú hiểu|I understood|We understood)/.test(l)) ?? "";

/** Walk 34 (r15): "I want to report about the neighbour's boy", typed at the menu, vanished, and the bot then asked who the reporter is. */
describe("a report's opening words typed at the menu are kept", () => {
  it.each([
    ["mình muốn báo tin con bé nhà bên cạnh", "con bé 9 tuổi bị mẹ kế đánh bằng roi mây, lần gần nhất tối hôm kia, nhà nó ở xã Ea Kar, Đắk Lắk", "female", /con bé nhà bên cạnh/],
    ["tôi cần báo chuyện thằng nhỏ hàng xóm", "nó tầm 10 tuổi, ông chú ruột say là đập nó, tuần rồi bị rách trán, nhà ở phường Pleiku, Gia Lai", "male", /thằng nhỏ hàng xóm/],
  ])("«%s»", async (opening, story, sex, kept) => {
    const r = h.reporter();
    await r.send("chào bạn");
    await r.send(opening);
    const questions: string[] = [];
    let replies = await r.send(story);
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      questions.push(q);
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(questions.filter((q) => ASKS_RELATION.test(q))).toHaveLength(0);
    const d = draftOf(r.chatId);
    expect(d?.reporterRelation).toBe("neighbour");
    expect(d?.childSex).toBe(sex);
    expect([d?.narrative ?? "", ...(d?.extraNotes ?? [])].join("\n")).toMatch(kept);
  });
});

/** Walk 34 (r18): "may I take the little one to the commune clinic now?", asked mid-report, got two lines of generic advice. */
describe("a question about getting the child to care is answered: yes, now", () => {
  const neglect = "Tôi là y tá thôn ở xã Ia Pa, Gia Lai. Bé gái 3 tuổi nhà bên bị mẹ bỏ ở nhà với bà cố mù lòa cả tháng nay, bé ho với sốt mấy hôm rồi không ai cho uống thuốc.";
  it.each([
    ["0912000111, giờ tôi bế con bé lên trạm y tế luôn được không?", /0912000111/],
    ["tôi có nên chở bé đi bệnh viện huyện ngay không?", null],
    ["bé sốt cao quá, tôi đưa bé đi khám luôn được chứ?", null],
  ])("«%s»", async (asked, contact) => {
    const r = h.reporter();
    let replies = await r.send(neglect);
    for (let i = 0; i < 6 && !ASKS_CONTACT.test(lastLine(replies.at(-1))); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(yes|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(lastLine(replies.at(-1))).toMatch(ASKS_CONTACT);
    const answer = await r.send(asked);
    const text = all(answer);
    // Yes, take the child to care now; 115 for an ambulance; 111 for advice.
    expect(text).toMatch(/Có[,.:] [^.]*đưa/);
    expect(text).toMatch(/trạm y tế|bệnh viện/);
    expect(text).toMatch(/115/);
    expect(text).toMatch(/111/);
    expect(text).not.toMatch(/Đừng tự đối đầu/);
    // The report goes on: the contact (if given) is taken, else the contact question comes again.
    if (contact) expect(all(await untilSummary(r, answer))).toMatch(new RegExp(`liên lạc: ${contact.source}`));
    else expect(hasChoice(answer.at(-1), "anonymous") || hasChoice(answer.at(-1), "submit")).toBe(true);
  });

  it("in English too", async () => {
    const r = h.reporter();
    let replies = await r.send("I'm a neighbour in Pleiku, Gia Lai. A 5-year-old boy next door has been left alone for days, his parents went to work in Saigon. He has a high fever and nobody looks after him.");
    for (let i = 0; i < 6 && !ASKS_CONTACT.test(lastLine(replies.at(-1))); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(yes|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "skip");
    }
    const text = all(await r.send("Can I take him to the clinic myself right now?"));
    expect(text).toMatch(/Yes, /);
    expect(text).toMatch(/115/);
    expect(text).toMatch(/clinic|hospital/);
  });
});

/** Walk 34 (r05): a child who wrote she is afraid of tonight, when the man comes home, got only the next question. */
describe("fear of tonight gets what to do tonight before the next question", () => {
  const TONIGHT_ADVICE = /(tối nay|đêm nay|tonight)[^\n]*(người thân|hàng xóm|người lớn|relative|neighbour|adult)|(người thân|hàng xóm|người lớn|relative|neighbour|adult)[^\n]*(tối nay|đêm nay|tonight)/i;
  it.each([
    ["em 13 tuổi, mẹ kế hay lấy roi quất em, hôm qua quất em rướm máu chân, em ở xã Ea Kar, Đắk Lắk", "giờ thì không sao, bả đi chợ rồi. mà tối nay bả về là em bị nữa, em sợ lắm"],
    ["e 12t, ba e say xỉn là đá e, tuần rồi e bị bầm đùi, nhà e ở phường Pleiku gia lai", "bây giờ ổng đi làm, tối nay ổng về e sợ ổng đánh nữa"],
  ])("a child: «%s»", async (story, answer) => {
    const r = h.reporter();
    let replies = await r.send(story);
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 5 && !ASKS_DANGER.test(lastLine(replies.at(-1))) && !/Ngay lúc này em/.test(lastLine(replies.at(-1))); i++) replies = await r.send("bỏ qua");
    const after = await r.send(answer);
    const text = all(after);
    expect(text).toMatch(TONIGHT_ADVICE);
    expect(text).toMatch(/113/);
    expect(text).toMatch(/111/);
    // The advice comes before the question, and the report goes on.
    expect(after.length).toBeGreaterThanOrEqual(2);
    expect(after.at(-1)?.choices?.length ?? 0).toBeGreaterThan(0);
  });

  it("a grown-up telling the harmer comes home drunk tonight", async () => {
    const s = h.reporter();
    await s.send("Tôi là hàng xóm, bé trai 7 tuổi nhà kế bên ở xã Ea Kar, Đắk Lắk, tuần nào cũng bị ông bố dượng đánh, hôm kia bầm cả lưng.");
    const text = all(await s.send("lúc này thì chưa sao, nhưng đêm nay thằng bố dượng đi nhậu về thế nào cũng đánh nó"));
    expect(text).toMatch(TONIGHT_ADVICE);
    expect(text).toMatch(/113/);
  });
});

/** Walk 34 (r17): "the harmer is not friends, it is the trafficking ring" was answered "Changed: sex boy" and the harmer stayed. */
describe("a harmer correction changes the harmer, and the reply names every change", () => {
  const held = "Cháu nội tôi 16 tuổi, tháng trước theo mấy đứa quen trên mạng qua Myanmar làm việc nhẹ lương cao. Hôm kia nó gọi về nói tụi nó nhốt, bắt làm suốt đêm, ai trốn là bị đánh. Nhà ở phường Tân Ninh, Tây Ninh.";
  it.each([
    ["người hại cháu không phải bạn bè, mà là đường dây buôn người bên đó. cháu tôi là con gái", /giới tính|bé gái|con gái/],
    ["không phải bạn bè, là bọn lừa đảo buôn người", null],
  ])("«%s»", async (fix, alsoSex) => {
    const s = await h.toSummary(held, [[ASKS_DANGER, { choice: "yes" }]]);
    const before = understood(s.summary);
    const reply = all(await s.send({ choice: "edit" }).then(() => s.send(fix)));
    const after = understood(reply.split("\n").slice(reply.split("\n").findIndex((l) => /TÓM TẮT/.test(l))).join("\n"));
    // Not friends any more, and the reply says the harmer changed.
    expect(after).not.toMatch(/người gây hại: bạn bè/);
    expect(after).toMatch(/người gây hại: /);
    const ack = reply.split("\n").find((l) => /^Đã sửa/.test(l)) ?? "";
    expect(ack).toMatch(/người gây hại/);
    if (alsoSex) { expect(ack).toMatch(alsoSex); expect(after).toMatch(/bé gái/); }
    expect(before).not.toEqual(after);
  });

  it("a correction that changed nothing is never reported as a change", async () => {
    const s = await h.toSummary(held, [[ASKS_DANGER, { choice: "yes" }]]);
    await s.send({ choice: "edit" });
    const reply = all(await s.send("không phải bạn bè đâu"));
    expect(reply).not.toMatch(/Đã sửa theo lời bạn: (?!.*người gây hại)/);
  });
});

/** Walk 34 (r04, r11, r12): words beside the number at the contact question were stored as the contact. */
describe("at the contact question the number is the contact, the story stays story", () => {
  const story = "Tôi là dì ruột, bé trai 5 tuổi ở xã Phú Vang, Huế, tuần trước bị người tình của mẹ nó quất roi mây rách lưng, giờ bé ở nhà tôi.";
  it.each([
    ["số tôi 0913222444, mà ông ngoại nó nói mai sẽ dắt thằng bé về lại bên đó", "0913222444", /dắt thằng bé về lại/],
    ["0976333555 (thằng đó còn nhắn dọa sẽ tới bắt thằng bé đi)", "0976333555", /nhắn dọa/],
    ["số của ông 0913666222, thằng đó nhắn sẽ tới đem thằng bé đi", "0913666222", /đem thằng bé đi/],
  ])("«%s»", async (typed, number, rest) => {
    const s = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, typed]]);
    const line = understood(s.summary);
    expect(line).toMatch(new RegExp(`liên lạc: ${number}(?: \\(đồng ý|;|\\.|$)`));
    expect(line).not.toMatch(rest);
    // What it told is part of the story officers read (and the triage weighs), not only a note.
    const sent = await s.send({ choice: "submit" });
    const stored = h.stored(s.chatId);
    expect(stored?.draft.narrative ?? "").toMatch(rest);
    expect(all(sent)).toMatch(/Mã báo tin/);
  });

  it.each([
    ["vậy thì số tôi 0905444666 nhé", "0905444666"],
    ["0932777888 làm ơn nhanh lên giùm", "0932777888"],
    ["0941555777 nhanh giùm với", "0941555777"],
    ["số của bác 0905333777 nha", "0905333777"],
    ["số ông 0916444888.", "0916444888"],
  ])("«%s» keeps only the number", async (typed, number) => {
    const s = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, typed]]);
    expect(understood(s.summary)).toMatch(new RegExp(`liên lạc: ${number} \\(đồng ý`));
  });

  it("a name and a time to call stay with the number", async () => {
    const s = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, "0905111222, tên Hằng, gọi sau 5h chiều"]]);
    expect(understood(s.summary)).toMatch(/liên lạc: 0905111222[^;]*Hằng[^;]*5h/);
  });
});

/** Walk 34 (r10): "có đứa nhỏ bị đánh" was offered plans-or-report; a passer-by's answer at "who are you?" was refused. */
describe("a few words about a child being hurt start the report", () => {
  it.each([
    "có thằng bé bị đánh",
    "xóm tôi có đứa con nít bị hành hạ",
    "a kid is being beaten next door",
  ])("«%s»", async (thin) => {
    const r = h.reporter();
    const replies = await r.send(thin);
    expect(replies.some((x) => hasChoice(x, "menu:ask"))).toBe(false);
    // The report is open: danger asked, or (told) its numbers given at once.
    expect(all(replies).match(ASKS_DANGER) !== null || replies.some((x) => x.urgent)).toBe(true);
  });
});

describe("a passer-by is someone else, not asked again", () => {
  it.each([
    "người qua đường thôi, tôi chỉ đi ngang",
    "tui là người đi ngang qua thôi",
    "just a passer-by, I was walking past",
  ])("«%s»", async (answer) => {
    const s = await h.toSummary("Tôi nghe nhà số 12 đường Lê Lợi, phường Pleiku, Gia Lai có bé gái khoảng 8 tuổi bị người lớn quát mắng rồi đánh, bé khóc thét.", [[ASKS_DANGER, { choice: "unknown" }], [ASKS_RELATION, answer]]);
    expect(s.questions.filter((q) => ASKS_RELATION.test(q)).length).toBeLessThanOrEqual(1);
    expect(understood(s.summary)).toMatch(/người báo tin: người (khác|đi đường)(;|$)|reporter: (someone else|a passer-by)(;|$)/);
  });
});

/** Walk 34 (r06, r17): a question asked for what the story had told. */
describe("what the story told is not asked again", () => {
  it.each([
    ["My friend's son is 9. He told his dad yesterday that a man at the swimming pool touched him in the shower last month. His family is in Hai Chau, Da Nang.", /Hai Chau/],
  ])("English place before the province: «%s»", async (story, place) => {
    const s = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }]]);
    expect(s.questions.filter((q) => /commune, ward or village|xã, phường/.test(q))).toHaveLength(0);
    expect(understood(s.summary)).toMatch(place);
  });

  it.each([
    "Em trai tôi 16 tuổi bị dụ sang Campuchia làm việc, giờ bị giữ trong một khu nhà có bảo vệ, bọn nó đòi 80 triệu mới thả. Nhà ở xã Châu Thành, Tây Ninh.",
    "Con gái tôi 15 tuổi bị người quen lừa bán qua Trung Quốc, nó lén gọi về nói đang bị nhốt, không cho ra ngoài. Nhà tôi ở xã Mường Lát, Thanh Hóa.",
  ])("a child held now is in danger now: «%s»", async (story) => {
    const r = h.reporter();
    let opened = await r.send(story);
    if (hasChoice(opened.at(-1), "menu:report")) opened = await r.send({ choice: "menu:report" });
    // 113/115/111 at once, before any question.
    expect(opened.some((x) => x.urgent)).toBe(true);
    const s = await h.toSummary(story);
    expect(s.questions.filter((q) => ASKS_DANGER.test(q))).toHaveLength(0);
    expect(understood(s.summary)).toMatch(/nguy hiểm ngay lúc này: có/);
  });
});

/** Walk 34 (r16): a question sent with the number was answered and also added to the story officers read. */
describe("a side question beside the number is answered, not stored as story", () => {
  it.each([
    ["0912888777. Tôi có nên tự dẫn cháu lên công an phường trình báo luôn không hay đợi các anh chị?", /công an phường/],
    ["0934222666, mà bao lâu thì sẽ có người xuống nhà xem vậy?", /bao lâu/],
  ])("«%s»", async (typed, question) => {
    const s = await h.toSummary("Cháu trai tôi 12 tuổi ở phường Hà Đông, Hà Nội bị một đứa quen qua game dọa tung ảnh nhạy cảm nếu không gửi thêm, hôm qua nó còn nhắn đòi tiền.", [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, typed]]);
    expect(understood(s.summary)).toMatch(/liên lạc: 09\d{8} \(đồng ý/);
    await s.send({ choice: "submit" });
    expect(h.stored(s.chatId)?.draft.narrative ?? "").not.toMatch(question);
  });
});

/** Walk 34 (r10): a reporter who said in the story that they were passing by was asked who they are. */
describe("a passer-by told in the story is not asked who they are", () => {
  it.each([
    "Chiều qua tôi đi ngang qua một căn nhà ở xã Ia Hrung, Gia Lai, nghe tiếng một đứa nhỏ chừng 6 tuổi bị người lớn đánh, khóc thét.",
    "Tối qua tui chạy xe ngang qua xóm trọ ở phường Tân An, Đắk Lắk thì thấy một người đàn ông đánh một bé trai chừng 8 tuổi ngoài sân.",
  ])("«%s»", async (story) => {
    const s = await h.toSummary(story, [[ASKS_DANGER, { choice: "unknown" }]]);
    expect(s.questions.filter((q) => ASKS_RELATION.test(q))).toHaveLength(0);
    expect(understood(s.summary)).toMatch(/người báo tin: người đi đường|reporter: a passer-by/);
  });
});

describe("the message beside the number is one note, not two", () => {
  it("«số bà ...» with more of the story is kept once, whole", async () => {
    const s = await h.toSummary("Tôi là bà nội, cháu gái 7 tuổi ở xã Ea Kar, Đắk Lắk, hôm kia bị mẹ kế lấy cán chổi đánh bầm tay, giờ cháu ở với bà.", [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, "số bà 0977555111. mà mẹ kế nó cứ đòi dắt cháu về lại nhà"]]);
    await s.send({ choice: "submit" });
    expect(h.stored(s.chatId)?.draft.extraNotes ?? []).not.toContain("số bà 0977555111");
  });
});

/** Walk 34 (r06): "only one girl, not two" changed the count, but the reply named only the other change. */
describe("a correction of how many children is said back", () => {
  it("«chỉ có một bé thôi»", async () => {
    const s = await h.toSummary("Hai bé gái nhà bên, 9 và 7 tuổi, ở phường Tân Lợi, Đắk Lắk, tối qua bị bố dượng đánh bằng dây điện.", [[ASKS_DANGER, { choice: "no" }]]);
    expect(understood(s.summary)).toMatch(/2 bé gái/);
    await s.send({ choice: "edit" });
    const reply = all(await s.send("chỉ có một bé thôi, bé 9 tuổi, không phải hai bé. lần gần nhất là tuần trước"));
    const ack = reply.split("\n").find((l) => /^Đã sửa/.test(l)) ?? "";
    expect(ack).toMatch(/lần gần nhất/);
    expect(ack).toMatch(/2 bé gái[^;]*→ bé gái 9 tuổi|số trẻ 2 → 1/);
  });
});
