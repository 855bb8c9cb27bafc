/**
 * Walk 36's conversation defects, each in sentences written for these tests (not the walk's own).
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import { triageReport } from "../../src/intake/triage/triage-model.ts";

const h = realCoreHarness("r36");
const ASKS_COMMUNE = /xã, phường hay thôn|xã hay phường nào|commune, ward or village|commune or ward is/;
const understood = (summary: string) => summary.split("\n").find((l) => /^(Mình hiểu|Cô chú hiểu|I understood|We understood)/.test(l)) ?? "";

/** Walk 36 (r07b, r07c): an English side question at the commune step was answered, then stored as the commune ("in Wait, Huế"). */
describe("a side question at any step, in either language, is answered and the question asked again, never stored as the answer", () => {
  const EN = "I volunteer at a library in Da Nang. A girl of 10 who comes every day says her father shuts her in a room without food when he is angry.";
  const VI = "Tôi bán hàng ở chợ gần nhà ở Đà Nẵng. Có bé trai 10 tuổi ngày nào cũng tới xin ăn, nói bố nhốt bé trong phòng không cho ăn mỗi khi bố giận.";
  it.each([
    [EN, "Hold on, could the father learn that it was me who told you? I see him every week.", "Hold on"],
    [EN, "Sorry, one more thing: does it cost money to ring 111?", "Sorry"],
    [EN, "Actually, is my name going to be passed to the police?", "Actually"],
    [VI, "Khoan đã, bố nó có biết là tôi báo không? Tôi gặp ổng hằng ngày.", "Khoan"],
  ])("«%s» then «%s»", async (story, side, word) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 6 && !ASKS_COMMUNE.test(lastLine(replies.at(-1))); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|skip|unknown|anonymous)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(lastLine(replies.at(-1))).toMatch(ASKS_COMMUNE);
    replies = await r.send(side);
    // answered, and the commune is asked again
    expect(all(replies)).toMatch(/confidential|free|bí mật|miễn phí|anonymous|ẩn danh/i);
    expect(lastLine(replies.at(-1))).toMatch(ASKS_COMMUNE);
    for (let i = 0; i < 6 && !hasChoice(replies.at(-1), "submit"); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|skip|unknown|anonymous)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    const summary = replies.at(-1)?.text ?? "";
    expect(understood(summary)).not.toContain(word);
    expect(h.stored(r.chatId)?.draft.commune ?? null).toBeNull();
  });
});

/** The same at every question the flow asks: the side question is answered and the very same question comes back. */
describe("a side question with an opening word is answered at every step and the step asked again", () => {
  it.each([
    ["My neighbour's son, maybe 8, gets beaten by his stepfather, I hear him crying.", "Sorry, quick question: is it free to ring 111?"],
    ["Thằng bé hàng xóm chừng 8 tuổi bị bố dượng đánh, tôi nghe nó khóc.", "Xin lỗi, cho hỏi: gọi 111 có mất tiền không?"],
  ])("«%s»", async (story, side) => {
    const r = h.reporter();
    let replies = await r.send(story);
    const steps: string[] = [];
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      steps.push(q);
      const again = await r.send(side);
      expect(all(again)).toMatch(/111/);
      expect(lastLine(again.at(-1))).toBe(q);
      const pick = again.at(-1)?.choices?.find((c) => /^(no|skip|unknown|anonymous)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(steps.length).toBeGreaterThan(2);
    const summary = understood(replies.at(-1)?.text ?? "");
    expect(summary).not.toMatch(/Sorry|Xin lỗi|quick/);
  });
});

/** Walk 36 (r07): a child locked in for the day with no violence told got the flag "caregiver_violence", and an emergency case though the reporter said "No". */
describe("a locking with no violence, and a reporter who says no danger now, is no emergency and no 'violence' flag", () => {
  it.each([
    "I coach football at a club in Da Nang. One of the boys, 10, told me this week that his mother locks him in their flat alone for the whole day while she is at work, and often he gets nothing to eat before night.",
    "Cô giáo chủ nhiệm đây. Học trò tôi 9 tuổi kể hôm nay là mẹ khóa cửa nhốt em trong phòng trọ cả ngày để đi làm, nhiều hôm tới tối em mới được ăn. Nhà ở phường Hải Châu, Đà Nẵng.",
  ])("«%s»", async (story) => {
    const s = await h.toSummary(story, [[/in danger right now|nguy hiểm ngay lúc này/, { choice: "no" }]]);
    const sent = await s.send({ choice: "submit" });
    expect(all(sent)).not.toMatch(/alerted at once|báo ngay lập tức|KHẨN CẤP/);
    const c = h.stored(s.chatId);
    expect(c).toBeDefined();
    // officers were not alerted to an emergency draft, and the case's own triage is no emergency and names no violence
    expect(h.intake.alerts.some((a) => a.draftId === c!.draft.draftId)).toBe(false);
    const triage = triageDraft(c!.draft);
    expect(triage.risk).not.toBe("emergency");
    expect(triage.redFlags).not.toContain("caregiver_violence");
    expect(["high", "medium"]).toContain(triage.risk);
  });
});

/** Walk 36 (r04): welts from a cane seen on a child's body ("lằn roi") gave a high case with no red flag at all. */
describe("welts from a cane are an injury officers see as a red flag", () => {
  it("«lưng cháu lằn roi đỏ»", () => {
    const r = triageReport("Bà nội đây, cháu tôi 7 tuổi ở với bố và mẹ kế, tuần nào đón cháu cũng thấy lưng cháu lằn roi đỏ, hỏi thì cháu im.");
    expect(r.redFlags.length).toBeGreaterThan(0);
    expect(r.redFlags).toContain("injury");
  });
});

/** Walk 36 (r17, r11, r12): the province of the reporter's shelter stored for a child held elsewhere; a volunteer made an official; a man of the
 * neighbourhood made a stranger and the niece's aunt a neighbour; a landlord made the child's employer. */
describe("the facts stored are the ones the story tells", () => {
  it("a child held in another province than the reporter's workplace is placed where the child is; a volunteer is no official", async () => {
    const s = await h.toSummary("Chào ad, mình là tình nguyện viên ở một mái ấm tại Huế. Có em gái 15 tuổi nhắn cho mình là bị người quen đưa vào làm ở quán nhậu ở Đà Nẵng, chủ quán giữ căn cước không cho em về.", [[/nguy hiểm ngay lúc này/, { choice: "unknown" }]]);
    const line = understood(s.summary);
    expect(line).toMatch(/Đà Nẵng/);
    expect(line).not.toMatch(/ở Huế/);
    expect(line).not.toMatch(/cán bộ/);
    await s.send({ choice: "submit" });
    const c = h.stored(s.chatId)!;
    expect(c.draft.provinceName).toBe("Đà Nẵng");
    expect(c.draft.reporterRelation).not.toBe("official");
  });
  it("a man of the neighbourhood is a neighbour, and the writer's niece makes the writer family", async () => {
    const s = await h.toSummary("Cháu gái em 10 tuổi bị một ông trong xóm gọi vào nhà sờ mó hồi tháng trước, giờ cháu ổn rồi. Nhà ở phường Vỹ Dạ, Huế.");
    const line = understood(s.summary);
    expect(line).toMatch(/người gây hại: hàng xóm/);
    expect(line).not.toMatch(/người lạ/);
    expect(line).toMatch(/người báo tin: gia đình/);
  });
  it("a landlord is not the child's employer", async () => {
    const s = await h.toSummary("Tôi thuê phòng trọ ở phường Trảng Bàng, Tây Ninh. Bé gái 9 tuổi phòng bên hay bị ông chủ trọ gọi sang phòng ổng lúc mẹ bé đi làm, bé về thì khóc.");
    const line = understood(s.summary);
    expect(line).not.toMatch(/chủ nơi làm việc/);
    expect(line).toMatch(/chủ trọ/);
  });
});

/** Walk 36 (r13, r18, r06, r11): questions asked again for what the story said: "when" after "every night", the commune after a town
 * name ("Gò Dầu", "Buôn Ma Thuột"), the danger after "the child is fine now". */
describe("what the story told is not asked again", () => {
  const ASKS_WHEN = /xảy ra khi nào|When did this happen/;
  const ASKS_DANGER = /nguy hiểm ngay lúc này|in danger right now/;
  it("«hằng đêm» answers when", async () => {
    const s = await h.toSummary("Có một tài khoản lạ nhắn tin cho con gái tôi 12 tuổi hằng đêm, khen xinh rồi hỏi chuyện riêng tư. Giờ nó còn đòi con bé gửi hình. Nhà tôi ở phường Tân Lập, Đắk Lắk.");
    expect(s.questions.join("\n")).not.toMatch(ASKS_WHEN);
  });
  it.each([
    ["Ở Gò Dầu, Tây Ninh có thằng nhỏ 7 tuổi bị ba nó đánh bầm lưng hoài, hôm qua tôi thấy.", /Gò Dầu/],
    ["Mình ở Buôn Ma Thuột, bé gái nhà bên 8 tuổi hay bị mẹ kế nhốt ngoài sân, tối qua mình thấy.", /Buôn Ma Thuột/],
  ])("a town said in the story is kept and the commune not asked: «%s»", async (story, place) => {
    const s = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }]]);
    expect(s.questions.join("\n")).not.toMatch(ASKS_COMMUNE);
    expect(understood(s.summary)).toMatch(place);
    await s.send({ choice: "submit" });
    const c = h.stored(s.chatId)!;
    expect(`${c.draft.commune ?? ""} ${c.draft.locationText ?? ""}`).toMatch(place);
  });
  it("«giờ cháu ổn» answers the danger question", async () => {
    const s = await h.toSummary("Năm ngoái cháu trai tôi 11 tuổi bị ông chú họ đánh, xã đã xử lý rồi, giờ cháu ổn, đi học bình thường. Tôi chỉ muốn báo lại. Nhà ở phường Vỹ Dạ, Huế.");
    expect(s.questions.join("\n")).not.toMatch(ASKS_DANGER);
    expect(understood(s.summary)).not.toMatch(/thường xuyên/);
  });
});

/** Walk 36 (r12b, r11b): a correction of who harms changed the quoted words but not the label, or was not understood. */
describe("a correction of who harms changes what the summary says of them", () => {
  it.each([
    ["Con bé 10 tuổi ở dãy trọ tôi đang thuê bị một ông lạ mặt sờ soạng hôm qua. Phòng trọ ở phường Trảng Bàng, Tây Ninh.", "không phải người lạ đâu, ông ta là chủ dãy trọ", /người gây hại: (?:người khác \(«)?[^;]*chủ dãy trọ/],
    ["Cháu gái tôi 11 tuổi bị một người lạ rủ vào nhà sờ mó tuần trước. Nhà ở phường Vỹ Dạ, Huế.", "người đó là người trong xóm chứ không phải người lạ", /người gây hại: hàng xóm/],
  ])("«%s» then «%s»", async (story, fix, want) => {
    const s = await h.toSummary(story, [[/nguy hiểm ngay lúc này/, { choice: "no" }]]);
    const after = await s.send(fix);
    const summary = after.at(-1)?.text ?? "";
    expect(all(after)).toMatch(/Đã sửa/);
    expect(understood(summary)).toMatch(want);
    expect(understood(summary)).not.toMatch(/người lạ|chủ nơi làm việc/);
  });
});

/** Walk 36 (r13): "Đừng trả tiền và đừng gửi thêm ảnh" to a reporter whose child had sent nothing and been asked no money. */
describe("advice on a demand for pictures says what the story supports", () => {
  it.each([
    ["Con gái tôi 13 tuổi quen một người trên Facebook, tuần này hắn cứ đòi con bé gửi hình mặc đồ lót. Con bé chưa gửi gì. Nhà ở phường Pleiku, Gia Lai.", /thêm ảnh|trả tiền/],
    ["Thằng cháu tôi 11 tuổi bị một tài khoản lạ trên Zalo đòi gửi clip lúc tắm, cháu chưa gửi cái gì. Nhà ở phường Hải Châu, Đà Nẵng.", /thêm ảnh|trả tiền/],
  ])("«%s»", async (story, premise) => {
    const s = await h.toSummary(story, [[/nguy hiểm ngay lúc này|in danger right now/, { choice: "no" }]]);
    const told = all(s.seen);
    expect(told).toMatch(/ảnh hay video|pictures or videos/);
    expect(told).not.toMatch(premise);
  });
  it("control: pictures sent and money asked still get 'do not pay, do not send more'", async () => {
    const s = await h.toSummary("Em gái tôi 14 tuổi đã lỡ gửi ảnh nhạy cảm cho một người quen qua mạng, giờ nó đòi 5 triệu không thì tung ảnh lên. Nhà ở phường Pleiku, Gia Lai.", [[/nguy hiểm ngay lúc này/, { choice: "no" }]]);
    expect(all(s.seen)).toMatch(/Đừng trả tiền/);
  });
});

/** Walk 36 (r05): a child with a medium case (acknowledged within a day) was told "Cô chú được báo ngay". */
describe("a child is told what happens as it is: alerted at once only for an emergency", () => {
  it("medium case: the message was received, not 'được báo ngay'", async () => {
    const s = await h.toSummary("e 12t, o phuong Hai Chau Da Nang. me e hay mang e la do an hai, noi e lam gi cung hu, e buon lam", [[/nguy hiểm/, { choice: "no" }]]);
    const sent = await s.send({ choice: "submit" });
    const text = all(sent);
    expect(text).toMatch(/Mã báo tin|TE-|[A-Z0-9]{6}/);
    expect(text).not.toMatch(/được báo ngay/);
    expect(text).toMatch(/đã nhận được tin của em/);
  });
});
