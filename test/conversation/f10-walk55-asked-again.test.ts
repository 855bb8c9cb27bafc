/**
 * F10: facts walk 55 told in the story and then asked again, or misread, through the real conversation core.
 * 1. A place said as a market and a city ("chợ Đông Ba, Huế"), a school in a city ("Trường em ở Long Xuyên, An Giang"), an old
 *    numbered ward ("Ward 7, Ho Chi Minh City", "phường 7, quận 3"): the province is never asked again; a city that is a ward today
 *    fills the commune; a numbered ward keeps its old district when one is said.
 * 2. "Cháu gái hàng xóm ..." (the neighbours' girl): the writer is a neighbour; "Bạn là ai đối với trẻ?" is not asked.
 * 3. "khong, chuyen toi qua" at the danger question: a no, and the time kept; "when" is not asked again.
 * 5. "bà cũng không biết nữa con, ...", "tui hổng rõ", "ai mà biết", "not sure tbh" at the danger question: not known.
 * 6. A danger the story told, never said by the reporter, is shown as read from the story; "xã Tân Phú đó là bên Bình Phước cũ"
 *    keeps the commune's name, the remark kept aside.
 * Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness, lastLine, hasChoice } from "./real-core-harness.ts";

const h = realCoreHarness("f10-walk55");
const PROVINCE_Q = /tỉnh\/thành phố|tỉnh, thành phố|province or city/;
const COMMUNE_Q = /xã, phường|xã\/phường|Which commune/;
const RELATION_Q = /Bạn là ai đối với trẻ|How are you related/;
const WHEN_Q = /xảy ra khi nào|When did this happen|When did it last/;

describe("1. a place said as a market, a school or a numbered ward", () => {
  it.each([
    ["Tôi là hàng xóm, con bé nhà đối diện mới 4 tuổi mà bị bố bắt đi bán vé số đến khuya ở chợ Đông Ba, Huế. À nhầm, con bé 14 tuổi.", /Huế/],
    ["Tôi là hàng xóm, con bé 12 tuổi bị bố bắt đi bán vé số tới khuya ở chợ Đông Ba, Huế", /Huế/],
    ["toi la hang xom, con be 12 tuoi bi bo bat di ban ve so toi khuya o cho Dong Ba, Hue", /Huế/],
    ["I'm a neighbour: a girl of 12 is made by her father to sell lottery tickets until midnight at Dong Ba market, Hue", /Huế/],
    ["Em lớp 8, 14 tuổi, tụi bạn ngày nào cũng chửi em, hôm qua tụi nó xô em té. Trường em ở Long Xuyên, An Giang.", /An Giang/],
  ])("«%s»: the province is not asked", async (story, province) => {
    const r = await h.toSummary(story);
    expect(r.questions.join("\n")).not.toMatch(PROVINCE_Q);
    expect(h.draftOf(r.chatId)!.provinceName ?? "").toMatch(province);
  });

  it.each([
    ["Em lớp 8, 14 tuổi, tụi bạn ngày nào cũng chửi em, hôm qua tụi nó xô em té. Trường em ở Long Xuyên, An Giang.", /Long Xuyên/],
    ["em 14 tuoi, tui ban trong lop ngay nao cung chui em, hom qua xo em te. truong em o Long Xuyen, An Giang", /Long Xuy/],
    ["Tôi là hàng xóm, thằng bé 9 tuổi bị bố đánh suốt, nhà nó ở Long Xuyên, An Giang", /Long Xuyên/],
    ["There's a baby crying non-stop in the flat next door for 3 hours, the door is locked and the parents left with suitcases. Building in Ward 7, Ho Chi Minh City.", /^Ward 7$/],
    ["A baby next door has cried for hours, the door is locked, the parents are gone. Ward 7, District 3, Ho Chi Minh City", /^Ward 7, District 3$/],
    ["Nhà bên có em bé chừng 1 tuổi khóc suốt 3 tiếng, cửa khóa, bố mẹ đi từ sáng. Ở phường 7, quận 3, TP HCM.", /^phường 7, quận 3$/],
  ])("«%s»: the commune is not asked and is kept", async (story, commune) => {
    const r = await h.toSummary(story);
    expect(r.questions.join("\n")).not.toMatch(COMMUNE_Q);
    expect(r.questions.join("\n")).not.toMatch(PROVINCE_Q);
    expect(h.draftOf(r.chatId)!.commune ?? "").toMatch(commune);
  });

  it("near miss: a market named with no city or ward still asks the commune, and the province is kept", async () => {
    const r = await h.toSummary("Tôi là hàng xóm, con bé 12 tuổi bị bố bắt đi bán vé số tới khuya ở chợ Đông Ba, Huế");
    expect(r.questions.join("\n")).toMatch(COMMUNE_Q);
    expect(h.draftOf(r.chatId)!.commune).toBeNull();
  });

  it("an old numbered ward answered with its old district keeps both", async () => {
    const r = await h.toSummary("A baby of about 1 has been crying for hours in the flat next door, the door is locked, the parents left this morning. Ho Chi Minh City", [[COMMUNE_Q, "Ward 7, District 3 (old name), Nguyen Dinh Chieu street"]]);
    expect(h.draftOf(r.chatId)!.commune).toBe("Ward 7, District 3");
  });

  it("near miss: a place taken back in the same breath is still dropped", async () => {
    const r = await h.toSummary("Thằng bé 9 tuổi bị bố đánh suốt, nhà ở Huế à nhầm, ở Đà Nẵng");
    expect(h.draftOf(r.chatId)!.provinceName).toBe("Đà Nẵng");
  });
});

describe("2. the neighbours' child: the writer is a neighbour", () => {
  it.each([
    "Chau gai hang xom 15 tuoi o xa Muong Khuong Lao Cai, co nguoi la hua dua sang Trung Quoc lam viec luong cao, thang sau di, bo me no dong y roi.",
    "Cháu gái hàng xóm 15 tuổi ở xã Mường Khương, Lào Cai, có người lạ hứa đưa sang Trung Quốc làm việc, tháng sau đi",
    "Con bé nhà bên 8 tuổi bị bố đánh suốt, ở phường Thủy Xuân, Huế",
    "thằng nhỏ xóm tui 9 tuổi bị ba nó đánh bầm tím, ở xã Phong Điền, Cần Thơ",
    "The kid next door, 7, gets beaten by his dad almost every night. Thanh Khe ward, Da Nang",
  ])("«%s»: who the writer is is not asked", async (story) => {
    const r = await h.toSummary(story);
    expect(r.questions.join("\n")).not.toMatch(RELATION_Q);
    expect(h.draftOf(r.chatId)!.reporterRelation).toBe("neighbour");
  });

  it("near miss: a thin story with no tie told still asks who the writer is", async () => {
    const r = await h.toSummary("co dua nho 10 tuoi bi bo danh o xa Dien Chau, Nghe An");
    expect(r.questions.join("\n")).toMatch(RELATION_Q);
  });
});

describe("3. a time said with the answer to the danger question is kept", () => {
  it.each([
    ["khong, chuyen toi qua", /toi qua/],
    ["không, chuyện tối qua rồi", /tối qua/],
    ["không có, việc xảy ra hôm qua", /hôm qua/],
    ["no, it happened last night", /last night/],
  ])("«%s»: a no, the time kept, when not asked", async (answer, when) => {
    const r = await h.toSummary("co dua nho 10 tuoi bi bo danh bam lung o xa Dien Chau, Nghe An", [[/nguy hiểm ngay|in danger right now/, answer]]);
    const d = h.draftOf(r.chatId)!;
    expect(d.dangerNow).toBe("no");
    expect(d.when ?? "").toMatch(when);
    expect(r.questions.join("\n")).not.toMatch(WHEN_Q);
    expect(d.extraNotes.join(" / ")).toContain(answer);
  });

  it("near miss: a bare no keeps no note and still asks when", async () => {
    const r = await h.toSummary("co dua nho 10 tuoi bi bo danh bam lung o xa Dien Chau, Nghe An", [[/nguy hiểm ngay/, "khong"]]);
    expect(h.draftOf(r.chatId)!.dangerNow).toBe("no");
    expect(r.questions.join("\n")).toMatch(WHEN_Q);
  });

  it("the latest time the story tells is the one kept", async () => {
    const r = await h.toSummary("Tôi là mẹ cháu, nhà ở phường Cầu Giấy, Hà Nội. Con trai tôi 7 tuổi học thêm ở nhà thầy, mấy hôm nay cháu sợ không dám đi, tối qua cháu kể thầy bắt cởi quần rồi sờ vào chỗ kín.");
    expect(h.draftOf(r.chatId)!.when ?? "").toMatch(/tối qua/);
  });
});

describe("5. not knowing, in everyday words, at the danger question", () => {
  it.each([
    "bà cũng không biết nữa con, bà ở bên xóm khác, mai bà qua coi",
    "tui hổng rõ",
    "ai mà biết",
    "ai ma biet",
    "not sure tbh",
    "ông cũng chẳng rõ nữa cháu ạ",
  ])("«%s»: not known", async (answer) => {
    const r = h.reporter();
    await r.send("Hai đứa nhỏ 5 và 3 tuổi ở xã Quảng Phú, Quảng Trị, bố mẹ đi làm xa, ông chú say xỉn hay chửi, đứa nhỏ đang sốt");
    const replies = await r.send(answer);
    expect(replies.map((x) => x.text).join("\n")).not.toMatch(/chưa chắc đó là câu trả lời|not sure that is an answer/i);
    expect(h.draftOf(r.chatId)!.dangerNow).toBe("unknown");
  });

  it("near miss: 'không' alone is a no", async () => {
    const r = h.reporter();
    await r.send("Hai đứa nhỏ 5 và 3 tuổi ở xã Quảng Phú, Quảng Trị, bố mẹ đi làm xa, ông chú say xỉn hay chửi");
    await r.send("không");
    expect(h.draftOf(r.chatId)!.dangerNow).toBe("no");
  });
});

describe("6. what the summary says it was told", () => {
  it("a danger read from the story is said to be from the story, not as the reporter's yes", async () => {
    const r = await h.toSummary("Dưới xóm tui có mấy đứa nhỏ chừng 13, 14 tuổi bị chủ quán karaoke giữ lại làm phục vụ tới 2-3 giờ sáng, nghỉ học luôn, không cho về nhà. Ở phường Rạch Giá, Kiên Giang.");
    expect(r.summary).not.toMatch(/nguy hiểm ngay lúc này: có;/);
    expect(r.summary).toMatch(/nguy hiểm ngay lúc này: có \(theo lời kể\)/);
  });

  it("near miss: a yes the reporter pressed is said as a plain yes", async () => {
    const r = await h.toSummary("Thằng bé 9 tuổi nhà bên bị bố đánh suốt, ở phường Thủy Xuân, Huế", [[/nguy hiểm ngay/, { choice: "yes" }]]);
    expect(r.summary).toMatch(/nguy hiểm ngay lúc này: có;/);
  });

  it("«xã Tân Phú đó là bên Bình Phước cũ» keeps the commune's name; the remark is kept aside", async () => {
    const r = h.reporter();
    let replies = await r.send("Tôi là bác ruột của cháu. Cháu trai 8 tuổi ở với bố ở xã Tân Phú, Đồng Nai, bị bố bỏ đói, nhốt ngoài sân cả đêm mấy lần rồi.");
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(lastLine(replies.at(-1))).toBeTruthy();
    await r.send({ choice: "edit" });
    await r.send("à không, xã Tân Phú đó là bên Bình Phước cũ, không phải Tân Phú của Đồng Nai cũ");
    const d = h.draftOf(r.chatId)!;
    expect(d.commune).toMatch(/^xã Tân Phú$/);
    expect(d.extraNotes.join(" / ")).toMatch(/Bình Phước cũ/);
  });

  it.each([
    ["xã Tân Phú đó là bên Bình Phước cũ", "xã Tân Phú"],
    ["xã Tân Phú là bên Bình Phước cũ đó", "xã Tân Phú"],
    ["phường An Lạc thuộc bên Bình Tân cũ", "phường An Lạc"],
    ["xã Tân Phú", "xã Tân Phú"],
    ["thôn 3, xã Tân Phú", "thôn 3, xã Tân Phú"],
  ])("answered «%s» at the commune question: the commune is «%s»", async (answer, commune) => {
    const r = await h.toSummary("Tôi là bác ruột của cháu. Cháu trai 8 tuổi ở với bố ở Đồng Nai, bị bố bỏ đói, nhốt ngoài sân cả đêm mấy lần rồi.", [[COMMUNE_Q, answer]]);
    const d = h.draftOf(r.chatId)!;
    expect([d.hamlet, d.commune].filter(Boolean).join(", ")).toBe(commune);
  });
});
