/**
 * Walk 54 (20 hand walks in the web chat): a child's first message that tells the whole story is the story (safety advice first,
 * nothing of it dropped, nothing it told asked again); "what do I do now" after a child was taken gets advice for a child taken;
 * typed corrections of how many children and of who harms are applied; a commune named in English word order is read; and what
 * the chat says of how fast officers hear agrees with whether an alert channel is configured.
 */
import { describe, expect, it } from "vitest";
import { all, ASKS_DANGER, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c41walk54");

/** Sends the story, takes the offer if one is made, answers "no" / anonymous / skip until the summary; every question asked kept. */
async function toSummary(story: string, answers: Array<[RegExp, string | { choice: string }]> = []) {
  const r = h.reporter();
  let replies = await r.send(story);
  const first = all(replies);
  const questions: string[] = [];
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    const last = replies.at(-1);
    if (hasChoice(last, "menu:report")) { replies = await r.send({ choice: "menu:report" }); continue; }
    const q = lastLine(last);
    questions.push(q);
    const hit = answers.find(([re]) => re.test(q));
    const pick = ASKS_DANGER.test(q) ? "no" : last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(hit ? hit[1] : pick ? { choice: pick } : "bỏ qua");
  }
  return { ...r, first, questions, replies, summary: replies.at(-1)?.text ?? "" };
}

describe("a child's first message that tells the harm is the story", () => {
  it.each([
    ["im 14 and a girl. my stepbrother touches my private parts at night when our parents work late, we live in Hue. he will be alone with me again on friday", /stepbrother touches my private parts/],
    ["i am 13, a boy. my coach touches me in my private area after practice in Da Nang and says it is our secret. practice is again tomorrow", /coach touches me in my private area/],
    ["em 14 tuổi, con gái. anh họ em hay sờ vùng kín của em mỗi lần sang nhà em ở Huế chơi, anh ấy bắt em giữ bí mật. chủ nhật này anh ấy lại sang", /sờ vùng kín/],
    ["em 13 tuoi, con trai. chu em hay so vao cho kin cua em moi lan o lai nha em o Hue, chu dan em phai giu bi mat. thu bay nay chu lai den", /so vao cho kin/],
  ])("'%s': safety advice first, no secrecy notice in its place, never asked what happened, the message kept whole", async (story, kept) => {
    const got = await toSummary(story);
    expect(got.first).toMatch(/not your fault|không có lỗi|khong co loi/i);
    expect(got.first).not.toMatch(/kept secret\.|được giữ bí mật/);
    expect(got.questions.join("\n")).not.toMatch(/What happened|Chuyện gì đã xảy ra|kể .*chuyện gì/i);
    expect(got.questions.join("\n")).not.toMatch(/how old|bao nhiêu tuổi/i);
    expect(h.draftOf(got.chatId)?.narrative ?? "").toMatch(kept);
  });

  it("a child who asks who will know, in the same first message, has the story kept and the question answered", async () => {
    const got = await toSummary("im 15, a girl. my mom's boyfriend touches me when she is at work, we live in Can Tho. will my mom find out if i tell you?");
    expect(got.first).toMatch(/secret|confidential|not tell/i);
    expect(got.questions.join("\n")).not.toMatch(/What happened/i);
    expect(h.draftOf(got.chatId)?.narrative ?? "").toMatch(/boyfriend touches me/);
  });
});

describe("'what do I do now' after a child was taken: advice for a child taken", () => {
  it.each([
    ["Bố đẻ của bé cùng hai người lạ vừa giằng con gái tôi 5 tuổi lên xe máy chạy mất lúc 4 giờ chiều nay trước cổng nhà ở xã Yên Thành, Nghệ An.", "0912 334 455. Giờ tôi phải làm sao?"],
    ["Bo de cua be cung hai nguoi la vua giang con gai toi 5 tuoi len xe may chay mat luc 4 gio chieu nay truoc cong nha o xa Yen Thanh, Nghe An.", "0912334455. gio toi phai lam gi nua?"],
    ["My ex-husband and two of his brothers grabbed our 3-year-old son outside his kindergarten in Vinh, Nghe An an hour ago and drove off with him.", "0912 334 455. What should I do now?"],
  ])("'%s' then '%s': 113 now, do not wait; no job-lure advice", async (story, side) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 6 && !/liên lạc|contact/i.test(lastLine(replies.at(-1))); i++) {
      const q = lastLine(replies.at(-1));
      const pick = ASKS_DANGER.test(q) ? "yes" : replies.at(-1)?.choices?.find((c) => /^(skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    const answer = all(await r.send(side));
    expect(answer).not.toMatch(/lương cao|high pay|hộ chiếu|passport/);
    expect(answer).toMatch(/113/);
    expect(answer).toMatch(/đừng chờ|không chờ|do not wait|don't wait/i);
  });
});

describe("typed corrections at the summary are applied", () => {
  it.each([
    ["My son is 8 and in grade 3 in Pleiku, Gia Lai. For two weeks some bigger boys have been kicking him at recess and taking his snacks. Today he came home with a torn shirt and a bruise.", "No, it is only one child, my son. The bigger boys are the ones doing it."],
    ["My daughter, 12, gets pushed around every day by some older girls on the school bus in Hue. Yesterday they tore her bag and cut her hair.", "just one child, my daughter"],
    ["Con trai tôi 8 tuổi học lớp 3 ở Pleiku, Gia Lai. Hai tuần nay mấy thằng lớp lớn đá nó giờ ra chơi và lấy đồ ăn của nó. Hôm nay nó về bị rách áo, bầm tay.", "không, chỉ có một đứa thôi, là con trai tôi"],
    ["Con trai toi 8 tuoi hoc lop 3 o Pleiku, Gia Lai. Hai tuan nay may thang lop lon hay danh no gio ra choi va lay do an cua no. Hom nay no ve bi rach ao, bam tay.", "khong, chi co 1 dua thoi, la con trai toi"],
  ])("'%s' corrected with '%s': the summary no longer speaks of several children", async (story, fix) => {
    const got = await toSummary(story);
    const after = all(await got.send(fix));
    const line = after.split("\n").find((l) => /understood|hiểu:/.test(l)) ?? "";
    expect(line).not.toMatch(/several|mấy bé|nhiều trẻ/);
    expect(line).toMatch(/a boy|a girl|bé trai|bé gái/);
    expect(after).not.toMatch(/could not read|chưa đọc ra/);
  });

  it.each([
    ["Hai tuần nay mấy đứa trẻ ở xóm bị ông hàng xóm gọi vào nhà cho xem phim người lớn, ở xã Tân Lộc, Cà Mau.", "Số trẻ", "1"],
    ["For a month several kids on our street have been shouted at and hit with a belt by the man at number 12, Tan Loc commune, Ca Mau.", "Number of children", "1"],
  ])("'%s': the edit offers how many children, and one is taken", async (story, label, count) => {
    const got = await toSummary(story);
    expect(got.summary).toMatch(/several|mấy/);
    const edit = await got.send({ choice: "edit" });
    const button = edit.at(-1)?.choices?.find((c) => c.label === label);
    expect(button).toBeDefined();
    await got.send({ choice: button!.id });
    const after = all(await got.send(count));
    const line = after.split("\n").find((l) => /understood|hiểu:/.test(l)) ?? "";
    expect(line).not.toMatch(/several|mấy/);
  });

  it.each([
    ["Thằng bé nhà bên chắc 6 tuổi bị bỏ đói, bố mẹ nó đi làm xa từ tuần trước, để nó ở với bà nội già yếu nằm liệt giường. Xã Tân Lộc, Cà Mau. Tôi là hàng xóm", "không phải bà nội đâu, bà thương nó lắm. là bố mẹ nó bỏ nó đi", /ông bà|bà nội/, /bố mẹ|ba mẹ/],
  ])("'%s' corrected with '%s': who harms is the parents", async (story, fix, wrong, right) => {
    const got = await toSummary(story);
    const after = all(await got.send(fix));
    const line = after.split("\n").find((l) => /Mình hiểu|hiểu:/.test(l)) ?? "";
    expect(line).toMatch(right);
    expect(line).not.toMatch(new RegExp(`người gây hại: ${wrong.source}`));
  });
});

describe("a correction of who harms whose right one opens the next sentence", () => {
  it.each([
    [["co thang nho bi bo doi", { choice: "unknown" }, "ba me no bo di lam an xa tu tuan truoc, de no o voi ba noi om yeu, ba noi nam liet mot cho. toi o ke ben", "xa Tan Loc, Ca Mau", "thang nho, chac 6 tuoi", { choice: "anonymous" }], "ko phai ba noi, ba noi cung thuong no. la ba me no bo no di"],
    [["có thằng nhỏ bị bỏ đói", { choice: "unknown" }, "ba mẹ nó bỏ đi làm ăn xa từ tuần trước, để nó ở với bà nội ốm yếu, bà nội nằm liệt một chỗ. tôi ở kế bên", "xã Tân Lộc, Cà Mau", "thằng nhỏ, chắc 6 tuổi", { choice: "anonymous" }], "không phải bà nội, bà nội cũng thương nó. là ba mẹ nó bỏ nó đi"],
  ] as Array<[Array<string | { choice: string }>, string]>)("told in pieces, then '%s': who harms becomes the parents", async (pieces, fix) => {
    const r = h.reporter();
    let replies = await r.send(pieces[0]!);
    for (const p of pieces.slice(1)) replies = await r.send(p);
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    const after = all(await r.send(fix));
    const line = after.split("\n").find((l) => /hiểu:/.test(l)) ?? "";
    expect(line).toMatch(/người gây hại: (?:bố mẹ|ba mẹ|cha mẹ)/);
  });
});

describe("a commune named in English word order", () => {
  it.each([
    ["I am a nurse at the health station of Ea Wer commune, Dak Lak. A 7-year-old boy came in today with burns on his hands; he says his stepmother held them over the stove yesterday.", /Ea Wer/],
    ["I teach at a primary school in Krong Na commune, Dak Lak. A 9-year-old girl in my class said her uncle beat her with a stick last night. She has welts on her legs.", /Krong Na/],
    ["I run the kindergarten in Buon Don commune, Dak Lak. A 5-year-old girl told us her mother's boyfriend burned her arm with a cigarette on Sunday.", /Buon Don/i],
  ])("'%s': the commune is taken and not asked", async (story, commune) => {
    const got = await toSummary(story);
    expect(got.questions.join("\n")).not.toMatch(/Which commune/);
    expect(h.draftOf(got.chatId)?.commune ?? "").toMatch(commune);
    expect(h.draftOf(got.chatId)?.hamlet ?? null).toBeNull();
  });

  it.each([
    ["the commune is Ea Wer", /^Ea Wer commune$/i],
    ["Ea Wer is the commune, Dak Lak", /^Ea Wer commune$/i],
    ["Buon Don commune", /^Buon Don commune$/i],
    ["xã là Ea Wer", /^xã Ea Wer$/i],
  ])("at the commune question, '%s' stores the commune's name only", async (answer, commune) => {
    const got = await toSummary("A 7-year-old boy in Dak Lak came to school with burns on his hands; he says his stepmother held them over the stove yesterday.", [[/commune|xã|phường/i, answer], [/Who are you/i, { choice: "teacher" }]]);
    expect(h.draftOf(got.chatId)?.commune ?? "").toMatch(commune);
  });
});

describe("how fast officers hear agrees with the alert channel", () => {
  const quiet = realCoreHarness("c41quiet", { officerAlerts: false });
  it.each([
    ["Báo xong thì bao lâu mới có người tới ạ?", /ngay lập tức|cán bộ được báo ngay/],
    ["How long until someone comes?", /officers are alerted at once|alerts officers at once|officers are alerted immediately/],
  ])("no alert channel: '%s' never promises officers are alerted at once", async (side, promise) => {
    const r = quiet.reporter();
    const story = side.startsWith("How")
      ? "My neighbour's girl, 8, is locked in the shed every night by her father in Tan Phu ward, Dong Nai. Last night I heard her crying for hours."
      : "Bé gái 8 tuổi nhà bên bị bố nhốt trong kho mỗi tối ở phường Tân Phú, Đồng Nai. Tối qua tôi nghe bé khóc mấy tiếng liền.";
    await r.send(story);
    const answer = all(await r.send(side));
    expect(answer).not.toMatch(promise);
  });
});
