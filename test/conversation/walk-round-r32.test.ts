/**
 * Walk 32 (issue 13): what a reporter types at a question with buttons is an answer only when it is one; a story told at "do
 * you want to report?" is the yes; the alarm is not raised on a place answer after "no danger". Sentences written for this
 * test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("walk32");
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);
const DANGER_Q = /nguy hiểm ngay lúc này không|in danger right now\?/;
const OFFER = /muốn (?:báo tin|kể)|want to (?:report|tell)/;

const TEACHER = "Học trò tôi là một bé trai 8 tuổi, cả tháng nay đến lớp bụng đói, người ốm nhom, áo quần hôi";
const TEACHER_EN = "There is a boy of 8 in my class who turns up hungry every morning, thin, and his clothes smell";

describe("a description typed at 'is a child in danger right now?'", () => {
  it.each([
    [TEACHER, "Ba má bé đi làm ăn xa ở Bình Dương gần hai năm, bé ở với ông nội già, ông bị liệt nằm một chỗ. Nhà ở xã Chư Sê, Gia Lai"],
    [TEACHER, "ba ma be di lam an xa o Binh Duong gan hai nam, be o voi ong noi gia, ong bi liet nam mot cho. Nha o xa Chu Se, Gia Lai"],
    [TEACHER, "Cha mẹ cháu bỏ đi làm xa từ năm ngoái, cháu sống với bà ngoại yếu lắm, bà bị bệnh nằm một chỗ. Nhà ở xã Ia Hrú, Gia Lai"],
    [TEACHER_EN, "His parents went south for work two years ago; he stays with his old grandfather, who is paralysed and cannot leave his bed."],
  ])("is kept in the story and the question asked again, never taken as a yes: «%s» / «%s»", async (story, typed) => {
    const r = h.reporter();
    const first = await r.send(story);
    if (!DANGER_Q.test(lastLine(first.at(-1)))) await r.send({ choice: "menu:report" });
    const replies = await r.send(typed);
    const d = draftOf(r.chatId)!;
    expect(d.dangerNow).toBeNull();
    expect(replies.some((x) => x.urgent)).toBe(false);
    expect(lastLine(replies.at(-1))).toMatch(DANGER_Q);
    expect(`${d.narrative ?? ""}\n${d.extraNotes.join("\n")}`).toContain(typed.slice(0, 40));
  });

  it.each([
    ["không nguy hiểm lúc này", "no"],
    // RD37: "chưa" (not yet) alone at the danger question is not sure, never a no.
    ["chưa", "unknown"],
    ["khong nguy hiem luc nay dau", "no"],
    ["no, he's at school now", "no"],
    ["có", "yes"],
    ["yes", "yes"],
    ["có, ông ấy đang say và đánh bé ngoài sân", "yes"],
  ])("a typed answer «%s» is the %s it means", async (typed, meant) => {
    const r = h.reporter();
    const first = await r.send(/^[a-z ,']+$/.test(typed) && /\b(?:no|yes|he)\b/.test(typed) ? TEACHER_EN : TEACHER);
    if (!DANGER_Q.test(lastLine(first.at(-1)))) await r.send({ choice: "menu:report" });
    const replies = await r.send(typed);
    expect(draftOf(r.chatId)!.dangerNow).toBe(meant);
    if (meant === "yes") expect(replies.some((x) => x.urgent)).toBe(true);
    else expect(lastLine(replies.at(-1))).not.toMatch(DANGER_Q);
  });
});

describe("after 'no danger now', a place answer", () => {
  it("does not bring the red call-113 block", async () => {
    const r = h.reporter();
    await r.send("Tôi là mẹ bé. Ba nó ly thân với tôi, mỗi lần con trai 9 tuổi qua nhà ba chơi về là có vết roi trên bắp chân, lần này nó nói ba quất vì làm đổ cơm. Đã mấy lần rồi.");
    const no = await r.send("không, bây giờ con đang ở cạnh tôi");
    expect(draftOf(r.chatId)!.dangerNow).toBe("no");
    expect(no.some((x) => x.urgent)).toBe(false);
    const place = await r.send("Tôi ở phường An Cựu, còn nhà ba nó ở phường Thủy Xuân, TP Huế");
    expect(place.some((x) => x.urgent)).toBe(false);
    expect(all(place)).not.toMatch(/GỌI NGAY 113/);
  });
});

describe("the story told at 'do you want to report?'", () => {
  it("a teen's story about a friend, sent instead of a tap, starts the report", async () => {
    const r = h.reporter();
    const offer = await r.send("cho em hỏi, bạn cùng lớp em 13t quen 1 anh trên facebook lớn hơn nhiều tuổi, hay cho tiền nó");
    expect(lastLine(offer.at(-1))).toMatch(OFFER);
    const replies = await r.send("ko phải em, là bạn em. mấy hôm nay ảnh cứ đòi nó chụp hình lúc tắm gửi qua, còn hẹn thứ bảy ra bến xe đón đi chơi. nó chưa gửi mà em lo quá. tụi em ở Long Hồ, Vĩnh Long");
    expect(lastLine(replies.at(-1))).not.toMatch(OFFER);
    expect(draftOf(r.chatId)).toBeDefined();
  });

  it("an English reporter's next part of the story starts the report", async () => {
    const r = h.reporter();
    const offer = await r.send(TEACHER_EN);
    if (!OFFER.test(lastLine(offer.at(-1)))) return;
    const replies = await r.send("His parents moved to the city for work last year, he lives with his grandad who is sick and stays in bed all day");
    expect(lastLine(replies.at(-1))).not.toMatch(OFFER);
    expect(draftOf(r.chatId)?.narrative ?? "").toContain("grandad");
  });
});

describe("every child and every age the story gives is kept", () => {
  it.each([
    ["hai be 7 voi 5 tuoi o nha ben canh bi ba me bo lai cho ong noi say xin suot, o xa Ia Pa, Gia Lai", ["7", "5"]],
    ["Hai đứa nhỏ nhà bên 6 tuổi và 4 tuổi bị bỏ đói, ba mẹ đi làm xa cả tháng nay, ở xã Ia Pa, Gia Lai", ["6", "4"]],
    ["nhà bên có hai đứa nhỏ, đứa lớn 6 tuổi con gái, đứa nhỏ 4 tuổi con trai, ba mẹ đi làm xa để hai đứa ở nhà một mình mấy ngày nay, xã Ia Pa, Gia Lai", ["6", "4"]],
    ["Two boys on my street, 12 and 14, are made to work at a brick kiln all day instead of going to school, in Ia Pa commune, Gia Lai", ["12", "14"]],
  ])("«%s»: the summary names each age", async (story, ages) => {
    const r = await h.toSummary(story);
    const d = draftOf(r.chatId)!;
    for (const a of ages) expect(d.childAgeText ?? "").toContain(a);
    expect(d.children ?? 0).toBeGreaterThanOrEqual(2);
    for (const a of ages) expect(r.summary).toMatch(new RegExp(`\\b${a}\\b`));
  });

  it("a child of 9 home alone with a little sister of 2 keeps both children, and is told to take her to a trusted adult now", async () => {
    const r = h.reporter();
    const first = await r.send("cô ơi con 9 tuổi, bố con đi làm từ hôm kia không về, con ở nhà trông em gái con 2 tuổi, nhà hết đồ ăn em con cứ khóc");
    const afterTap = first.some((x) => x.choices?.some((c) => c.id === "menu:report")) ? await r.send({ choice: "menu:report" }) : [];
    const advice = all([...first, ...afterTap]) + "\n" + all(await r.send({ choice: "yes" }));
    const d = draftOf(r.chatId)!;
    expect(d.children ?? 0).toBeGreaterThanOrEqual(2);
    expect(d.childAgeText ?? "").toMatch(/\b9\b/);
    expect(d.childAgeText ?? "").toMatch(/\b2\b/);
    expect(advice).toMatch(/hàng xóm|người lớn em tin/);
    expect(advice).toMatch(/dắt|đưa|bế/);
    expect(advice).not.toMatch(/đang trốn|tắt chuông/);
  });
});

describe("a child blackmailed with pictures gets the advice on it, in a child's words", () => {
  const SEXTORTION_VI = [/đừng (?:trả|chuyển) tiền/i, /đừng gửi thêm/i, /chụp màn hình/i, /chặn/i, /người lớn em tin/i, /111/];
  const SEXTORTION_EN = [/do not pay/i, /do not send (?:more|anything)/i, /screenshots?/i, /block/i, /adult you trust/i, /111/];
  it.each([
    [["cứu em với ad ơi", "em 14 tuổi, có đứa trên zalo giữ ảnh nhạy cảm của em, nó bảo tối nay em không chuyển 3 triệu là nó gửi cho cả trường xem"], SEXTORTION_VI],
    [["ad oi giup e", "e 13t, thg kia tren fb co hinh nhay cam cua e, no doi neu mai e ko chuyen 1 trieu thi no dang len nhom lop"], SEXTORTION_VI],
    [["pls help me", "im 14, a guy on insta has my private pics and says if i dont send him money by tonight he will post them for my whole school"], SEXTORTION_EN],
  ])("%j", async (messages, advice) => {
    const r = h.reporter();
    let said = "";
    for (const m of messages) said += all(await r.send(m)) + "\n";
    for (const re of advice) expect(said).toMatch(re);
  });
});

describe("a child's worry that someone at home finds out", () => {
  const CHILD = "em 12 tuổi, tuần nào bố em cũng đánh em bằng roi mây, hôm qua đánh bầm hết lưng, nhà em ở phường Pleiku, Gia Lai";
  const CHILD_EN = "im 12, my dad hits me with a belt every week, yesterday my back was all bruised. we live in Pleiku, Gia Lai";
  const CONTACT_Q = /liên lạc với em|contact you/;
  const SECRET = /giữ bí mật|kept secret/;
  async function atContact(story: string) {
    const r = h.reporter();
    const first = await r.send(story);
    if (first.some((x) => x.choices?.some((c) => c.id === "menu:report"))) await r.send({ choice: "menu:report" });
    const q = await r.send({ choice: "no" });
    expect(lastLine(q.at(-1))).toMatch(CONTACT_Q);
    return r;
  }
  it.each([[CHILD, "em sợ mẹ em biết"], [CHILD, "e so ba me e biet la e ke"], [CHILD_EN, "im scared my mum will find out"]])("«%s» / «%s» is answered and the question asked again", async (story, worry) => {
    const r = await atContact(story);
    const replies = await r.send(worry);
    expect(all(replies)).toMatch(SECRET);
    expect(lastLine(replies.at(-1))).toMatch(CONTACT_Q);
    expect(draftOf(r.chatId)!.anonymous).toBeNull();
  });

  it("'thôi em ẩn danh, em sợ mẹ em biết' is anonymous, and the worry answered", async () => {
    const r = await atContact(CHILD);
    const replies = await r.send("thôi em ẩn danh, em sợ mẹ em biết");
    expect(draftOf(r.chatId)!.anonymous).toBe(true);
    expect(all(replies)).toMatch(SECRET);
  });
});
