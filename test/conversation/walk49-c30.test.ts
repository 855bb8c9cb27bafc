/**
 * Walk 49 (helper C30): times of harm and of telling, side questions answered, safety advice that fits the situation, no line
 * said twice. Sentences written for these tests, in no corpus or eval file (the walk's own sentences are its measurement set).
 */
import { describe, expect, it } from "vitest";
import { all, ASKS_DANGER, hasChoice, lastLine, realCoreHarness, untilSummary } from "./real-core-harness.ts";
import { renderSummary } from "../../src/intake/report-flow/report-summary.ts";

const h = realCoreHarness("c30");
const ASKS_CONTACT = /liên lạc với (?:bạn|em) qua|How can officers contact you|Which phone number/;
const HIDING = /đang trốn|tắt chuông|khóa cửa|hiding|silence your phone|lock the door/iu;
const count = (text: string, re: RegExp) => (text.match(new RegExp(re.source, `${re.flags.replace("g", "")}g`)) ?? []).length;

describe("B. the time of the harm, not the day it was told", () => {
  it.each([
    ["my nephew told me on Sunday that his stepdad beats him with a stick when he gets drunk. he is 8 and lives with him", /last time: on sunday/iu],
    ["Hôm thứ bảy cháu gái tôi 9 tuổi kể với tôi là ông dượng hay sờ vào vùng kín của nó khi mẹ nó đi chợ. Nhà ở xã Ea Kar, Đắk Lắk.", /lần gần nhất: (?:hôm )?thứ bảy/iu],
  ])("«%s» keeps no day of telling as the last time", async (story, wrong) => {
    const r = await h.toSummary(story);
    expect(r.summary).toMatch(/REPORT SUMMARY|TÓM TẮT/);
    expect(r.summary).not.toMatch(wrong);
  });

  it("'off school for three weeks; this morning I found him carrying bricks' is this morning, not 'three weeks'", async () => {
    const story = "Tôi là cô chủ nhiệm. Em Tú 12 tuổi nghỉ học 3 tuần nay, sáng nay tôi đến nhà thì thấy em đang phải khuân gạch cho một lò gạch gần nhà, vai bị trầy. Nhà ở xã Phù Cát, Gia Lai.";
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }]]);
    expect(r.summary).not.toMatch(/lần gần nhất: 3 tuần nay/u);
    expect(r.summary).toMatch(/lần gần nhất: (?:sáng nay|hôm nay)/u);
  });
});

describe("B. 'I am fine' about the writer is not 'no child in danger' when a little one is ill", () => {
  const story = "con 9 tuoi, ba me con di lam xa chua ve, con o nha voi em gai 2 tuoi, em khoc hoai, nguoi em nong ran";
  it.each([
    "con k sao, em con sot cao lam",
    "con on a, nhung em be dang sot rat cao",
  ])("«%s» at the danger question", async (typed) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 3 && !/nguy hiểm/u.test(lastLine(replies.at(-1))); i++) replies = await r.send({ choice: "menu:report" });
    replies = await r.send(typed);
    replies = await untilSummary(r, replies);
    const summary = replies.at(-1)?.text ?? "";
    expect(summary).not.toMatch(/nguy hiểm ngay lúc này: không/u);
  });
});

describe("B. a child asked for pictures gets the advice that fits, and no injury-photo line", () => {
  it.each([
    ["vi", "e 12t, co 1 ng la tren tiktok noi neu e gui hinh ko mac do thi se nap the game cho e, e chua gui, e phai lam sao"],
    ["vi", "Em 13 tuổi. Một anh trên Facebook bảo em chụp ảnh không mặc áo gửi cho anh ấy thì sẽ tặng em điện thoại. Em chưa gửi."],
    ["en", "im 12, a guy in roblox says he'll give me robux if i send him pics with no shirt on. i didnt send anything yet"],
  ])("%s: «%s»", async (lang, story) => {
    const r = h.reporter();
    let replies = await r.send(story);
    let seen = all(replies);
    if (hasChoice(replies.at(-1), "menu:report")) {
      replies = await r.send({ choice: "menu:report" });
      seen += `\n${all(replies)}`;
    }
    expect(seen).not.toMatch(/vết thương|injur|wound/iu);
    if (lang === "vi") {
      expect(seen).toMatch(/đừng gửi|không gửi/iu);
      expect(seen).toMatch(/chặn/iu);
      expect(seen).toMatch(/đừng xóa|giữ (?:lại )?tin nhắn|chụp màn hình/iu);
      expect(seen).toMatch(/người lớn em tin/iu);
    } else {
      expect(seen).toMatch(/do not send|don't send/iu);
      expect(seen).toMatch(/block/iu);
      expect(seen).toMatch(/do not delete|keep the messages|screenshot/iu);
      expect(seen).toMatch(/adult you trust/iu);
    }
  });

  it("choosing 'yes, I want to tell' does not show the same advice again", async () => {
    const r = h.reporter();
    const first = all(await r.send("e 12t, co 1 ng la tren tiktok noi neu e gui hinh ko mac do thi se nap the game cho e, e chua gui, e phai lam sao"));
    const next = all(await r.send({ choice: "menu:report" }));
    const lines = first.split(/\n+/u).map((l) => l.trim()).filter((l) => l.length > 40);
    for (const line of lines) expect(next).not.toContain(line);
  });
});

describe("D. side questions are answered, then the flow goes on", () => {
  it("a child asking 'what should I do' about a feverish baby at the danger question gets an answer", async () => {
    const r = h.reporter();
    let replies = await r.send("con 10 tuoi, me con di lam dem, con o nha voi em be 1 tuoi, em be khoc hoai nguoi nong ran");
    replies = await r.send("con k sao, em be sot cao lam, con phai lam sao");
    const text = all(replies);
    expect(text).toMatch(/115/u);
    expect(text).toMatch(/người lớn|hàng xóm/u);
  });

  it.each([
    "em k co dt, dung so cua ba em dc k a? 0912 888 777",
    "Em không có điện thoại riêng, dùng số của chị em được không ạ? 0905 111 333",
  ])("a child asking whether another person's number may be used is answered: «%s»", async (typed) => {
    const r = h.reporter();
    let replies = await r.send("e 13t, me ke e danh e bang roi may hom nay, lung e con lan do. e o xa Cu Kuin, Dak Lak");
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 6 && !ASKS_CONTACT.test(lastLine(replies.at(-1))); i++) {
      replies = await r.send(ASKS_DANGER.test(lastLine(replies.at(-1))) || /Ngay lúc này em/u.test(lastLine(replies.at(-1))) ? { choice: "no" } : { choice: "skip" });
    }
    expect(lastLine(replies.at(-1))).toMatch(ASKS_CONTACT);
    replies = await r.send(typed);
    const text = all(replies);
    expect(text).toMatch(/được/u);
    expect(text).toMatch(/an toàn/u);
    expect(text).toMatch(/gọi (?:vào|tới|đến) số/u);
  });

  it("'may the child get counselling?' told with a past matter is answered before the first question", async () => {
    const r = h.reporter();
    const story = "Hai năm trước con trai tôi (nay 11 tuổi) bị một người hàng xóm xâm hại, người đó đã bị tòa xử, bé giờ ở với tôi ở phường Tân Lợi, Đắk Lắk. Tôi muốn hỏi bé có được tư vấn tâm lý miễn phí ở đâu không.";
    let replies = await r.send(story);
    let seen = all(replies);
    if (hasChoice(replies.at(-1), "menu:report")) {
      replies = await r.send({ choice: "menu:report" });
      seen += `\n${all(replies)}`;
    }
    expect(seen).toMatch(/tâm lý/u);
    expect(seen).toMatch(/111/u);
  });

  it("'where can the child get counselling?' after the code is answered, not only added to the report", async () => {
    const r = await h.toSummary("Năm ngoái cháu nội tôi 8 tuổi bị ông bác họ sàm sỡ, gia đình đã báo công an và ông ta bị xử rồi, cháu giờ ổn, ở xã Ea Tu, Đắk Lắk.", [[ASKS_DANGER, { choice: "no" }]]);
    await r.send({ choice: "submit" });
    const text = all(await r.send("vậy cháu có được hỗ trợ tâm lý không, ở đâu?"));
    expect(text).toMatch(/tâm lý/u);
    expect(text).toMatch(/111/u);
  });
});

describe("E. safety advice that fits the situation", () => {
  it.each([
    ["vi", "con 9 tuoi, ba me di vang het, em trai con 2 tuoi sot cao run nguoi, con goi ba me khong duoc"],
    ["en", "im 11, my mom works nights and my baby sister is 1, she is burning hot and wont stop crying and i cant reach mom"],
  ])("%s: a child alone with a sick little one is told 115 and an adult nearby first, not to hide", async (lang, story) => {
    const r = h.reporter();
    const first = all(await r.send(story));
    expect(first).not.toMatch(HIDING);
    expect(first).toMatch(/115/u);
    expect(first).toMatch(lang === "vi" ? /hàng xóm|người lớn/u : /neighbour|adult/u);
    const at115 = first.indexOf("115");
    const at113 = first.indexOf("113");
    expect(at113 === -1 || at115 < at113).toBe(true);
  });

  it("a grown-up telling of a sick small child who answers 'yes' is not told 'do not confront the person'", async () => {
    const r = h.reporter();
    let replies = await r.send("Bé trai 2 tuổi nhà đối diện sốt cao mấy hôm nay, mẹ bé đi làm xa, chỉ có ông ngoại say xỉn suốt ngày ở nhà, không ai cho bé đi khám. Tôi ở xã Ia Pa, Gia Lai.");
    let seen = all(replies);
    for (let i = 0; i < 3 && !ASKS_DANGER.test(lastLine(replies.at(-1))); i++) {
      replies = await r.send(hasChoice(replies.at(-1), "menu:report") ? { choice: "menu:report" } : { choice: "skip" });
      seen += `\n${all(replies)}`;
    }
    replies = await r.send("có, bé sốt cao lắm, người mềm nhũn");
    seen += `\n${all(replies)}`;
    expect(seen).not.toMatch(/đối đầu/u);
    expect(seen).toMatch(/115/u);
  });

  it.each([
    "Con gái tôi 13 tuổi vừa bị một người đàn ông lạ dụ lên ô tô chở đi từ cổng trường lúc 11 giờ trưa nay ở xã Ea H'leo, Đắk Lắk, giờ gọi không được.",
    "My daughter is 12. A man we do not know drove off with her in a van from the market this afternoon and her phone is off.",
    "Em gái tôi 15 tuổi sáng nay bị một bà lạ dẫn lên xe khách đi Lạng Sơn, bảo sang Trung Quốc làm việc lương cao, giờ gọi không được. Nhà ở xã Ea Drăng, Đắk Lắk.",
  ])("an abduction today gets the definite call, not 'if a child is in danger': «%s»", async (story) => {
    const r = h.reporter();
    const first = all(await r.send(story));
    expect(first).not.toMatch(/Nếu trẻ đang gặp nguy hiểm: GỌI|If a child is in danger: CALL/u);
    expect(first).toMatch(/113/u);
  });
});

describe("H. no line said twice", () => {
  it("a child who self-harms reads 'it is not your fault' once in the first replies", async () => {
    const r = h.reporter();
    const first = all(await r.send("im 14 and i burned my wrist with a lighter again yesterday. i dont want to die i just feel numb. im in hue"));
    expect(count(first, /not your fault/iu)).toBeLessThanOrEqual(1);
  });

  it.each([
    ["e 13t, me ke e danh e bang roi may hom nay, lung e con lan do. e o xa Cu Kuin, Dak Lak", "anonymous"],
    ["e 13t, me ke e danh e bang roi may hom nay, lung e con lan do. e o xa Cu Kuin, Dak Lak", "0912 444 555"],
  ])("a child's closing message names 111 once (%#)", async (story, contact) => {
    const r = h.reporter();
    let replies = await r.send(story);
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 8 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      replies = await r.send(ASKS_CONTACT.test(q) ? (contact === "anonymous" ? { choice: "anonymous" } : contact)
        : ASKS_DANGER.test(q) || /Ngay lúc này em/u.test(q) ? { choice: "no" } : hasChoice(replies.at(-1), "yes") ? { choice: "yes" } : { choice: "skip" });
    }
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    const closing = all(await r.send({ choice: "submit" }));
    expect(closing).toMatch(/111/u);
    expect(count(closing, /111/u)).toBe(1);
  });

  it.each([
    "0987 654 321, tôi là ông Tư",
    "Bà Hoa, 0905 222 444",
  ])("the contact answer «%s» is not copied into the notes", async (typed) => {
    const r = await h.toSummary("Thằng chồng con gái tôi đang say rượu đập phá, cầm gậy đòi đánh thằng cu 6 tuổi, thằng bé chạy sang nhà tôi trốn. Tôi ở thôn 5 xã Cuôr Đăng, Đắk Lắk.", [[ASKS_CONTACT, typed], [ASKS_DANGER, { choice: "yes" }]]);
    expect(r.summary).toMatch(/TÓM TẮT/u);
    const notes = r.summary.split("\n").find((l) => /^Ghi chú thêm/u.test(l)) ?? "";
    expect(notes).not.toMatch(/\d{3}\s?\d{3}\s?\d{3}/u);
  });

  it("a child giving a parent's number is not shown the officers' 'not the reporter's number' wording", async () => {
    const r = h.reporter();
    let replies = await r.send("con 10 tuoi, me con di lam ca dem, con o nha voi em be 1 tuoi, em be khoc hoai nguoi nong ran");
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      replies = await r.send(ASKS_CONTACT.test(q) ? "so cua ba con 0912 777 888" : /nguy hiểm/u.test(q) ? { choice: "no" } : hasChoice(replies.at(-1), "yes") ? { choice: "yes" } : hasChoice(replies.at(-1), "menu:report") ? { choice: "menu:report" } : { choice: "skip" });
    }
    const summary = replies.at(-1)?.text ?? "";
    expect(summary).toMatch(/TÓM TẮT/u);
    expect(summary).not.toMatch(/không gọi như số người báo|chỉ ghi lại/u);
  });

  it.each([
    ["I want to report something about a kid in my family.", /I kept your story/u],
    ["Tôi muốn báo tin về một đứa trẻ trong họ hàng nhà tôi.", /đã ghi lại câu chuyện/u],
  ])("a thin «%s» is not thanked for a story not yet told", async (thin, kept) => {
    const r = h.reporter();
    let replies = await r.send(thin);
    let seen = all(replies);
    if (hasChoice(replies.at(-1), "menu:report")) {
      replies = await r.send({ choice: "menu:report" });
      seen += `\n${all(replies)}`;
    }
    expect(seen).not.toMatch(kept);
  });
});

describe("more of the same findings, in other words", () => {
  it("'hôm qua bé kể với tôi' is the day of telling, not the last time of the harm", async () => {
    const r = await h.toSummary("Hôm qua bé Na 7 tuổi nhà bên kể với tôi là bố dượng hay lấy roi quất vào chân bé. Nhà ở phường Buôn Ma Thuột, Đắk Lắk.", [[ASKS_DANGER, { choice: "no" }]]);
    expect(r.summary).toMatch(/TÓM TẮT/u);
    expect(r.summary).not.toMatch(/lần gần nhất: hôm qua/u);
  });

  it("a sick little one's danger said again gets the doctor line, not 'call 113 now'", async () => {
    const r = h.reporter();
    let replies = await r.send("Thằng bé 3 tuổi nhà bên sốt cao co giật từ sáng, bố mẹ nó đi rẫy chưa về, chỉ có bà cụ mù ở nhà, không ai đưa đi khám. Tôi ở xã Ea Súp, Đắk Lắk.");
    for (let i = 0; i < 3 && !ASKS_DANGER.test(lastLine(replies.at(-1))); i++) replies = await r.send(hasChoice(replies.at(-1), "menu:report") ? { choice: "menu:report" } : { choice: "skip" });
    replies = await r.send({ choice: "yes" });
    const text = all(replies);
    expect(text).not.toMatch(/gọi 113 ngay|đối đầu/u);
    expect(text).toMatch(/115/u);
  });

  it("a grown-up asking whether her husband's number may be used is answered", async () => {
    const s = h.reporter();
    let replies = await s.send("Con bé hàng xóm 6 tuổi ngày nào cũng bị mẹ kế đánh, tối qua tôi nghe nó khóc thét. Nhà ở phường Tuy Hòa, Đắk Lắk.");
    for (let i = 0; i < 8 && !ASKS_CONTACT.test(lastLine(replies.at(-1))); i++) {
      const q = lastLine(replies.at(-1));
      replies = await s.send(hasChoice(replies.at(-1), "menu:report") ? { choice: "menu:report" } : ASKS_DANGER.test(q) ? { choice: "no" } : { choice: "skip" });
    }
    replies = await s.send("Tôi không có điện thoại, dùng số của chồng tôi được không? 0914 222 888");
    const text = all(replies);
    expect(text).toMatch(/Được/u);
    expect(text).toMatch(/an toàn/u);
  });

  it("after the code, 'can she see a counsellor?' in English is answered", async () => {
    const r = await h.toSummary("Last year my daughter, now 10, was groped by a tutor. He was convicted and she is safe now. We live in Hue.", [[/in danger right now/u, { choice: "no" }]]);
    await r.send({ choice: "submit" });
    const text = all(await r.send("can she get counselling somewhere?"));
    expect(text).toMatch(/111/u);
    expect(text).toMatch(/counsell/iu);
  });

  it("a child asked for pictures, who chooses to tell, is not told 'it is not your fault' twice in a row", async () => {
    const r = h.reporter();
    const first = all(await r.send("e 12t, co 1 ng la tren tiktok noi neu e gui hinh ko mac do thi se nap the game cho e, e chua gui, e phai lam sao"));
    const next = all(await r.send({ choice: "menu:report" }));
    expect(count(`${first}\n${next}`, /không có lỗi/u)).toBeLessThanOrEqual(1);
  });
});

describe("H. a child is not shown the officers' wording about someone else's number", () => {
  it("the child's summary says a number that is not theirs simply, or not at all when it is the contact", async () => {
    const r = await h.toSummary("e 13t, me ke e danh e bang roi may hom nay, lung e con lan do. e o xa Cu Kuin, Dak Lak");
    const d = h.draftOf(r.chatId)!;
    const apart = renderSummary({ ...d, otherPhone: "0912 345 678" }, null, true);
    expect(apart).not.toMatch(/người báo/u);
    expect(apart).toMatch(/0912 345 678 không phải số của em/u);
    const same = renderSummary({ ...d, anonymous: false, contact: "0912 345 678", otherPhone: "0912 345 678" }, null, true);
    expect(same).not.toMatch(/không phải số/u);
    expect(renderSummary({ ...d, otherPhone: "0912 345 678" }, null, false)).toMatch(/không phải số của người báo/u);
  });
});

describe("B. a day of telling typed at 'when?' is kept, not asked again", () => {
  it.each([
    "he told me on Monday, it has been going on for a while",
    "bé kể với tôi hôm thứ hai, chuyện này lâu rồi",
  ])("«%s»", async (typed) => {
    const story = typed.startsWith("he") ? "I want to report something about my nephew, he is 6 and his uncle touches him, they live together in Pleiku, Gia Lai." : "Tôi muốn báo tin: cháu trai tôi 6 tuổi bị ông chú ở cùng nhà sờ mó vùng kín, nhà ở phường Pleiku, Gia Lai.";
    const r = await h.toSummary(story, [[/When did this happen|Lần gần nhất|khi nào/u, typed], [ASKS_DANGER, { choice: "no" }]]);
    expect(r.summary).toMatch(/REPORT SUMMARY|TÓM TẮT/u);
    expect(r.questions.filter((q) => /When did this happen|Lần gần nhất|khi nào/u.test(q)).length).toBeLessThanOrEqual(1);
  });
});
