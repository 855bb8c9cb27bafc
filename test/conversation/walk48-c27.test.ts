/**
 * Walk 48 (helper C27): what a fresh hand walk found in the reporter conversation. Sentences written for these tests, in no
 * corpus or eval file (the walk's own sentences are its measurement set).
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness, sideQuestionAt, untilSummary } from "./real-core-harness.ts";
import { analyseMessage } from "../../src/intake/triage/triage-model.ts";

const h = realCoreHarness("c27");
const ASKS_CONTACT = /liên lạc với bạn qua đâu|How can officers contact you/;
const ASKS_DANGER = /nguy hiểm ngay lúc này không/;

describe("1. contact and consent: 'đừng gọi cho <another person>' is a caution; consent can be corrected", () => {
  const story = "Tôi là mẹ của bé Vy 7 tuổi ở phường Pleiku, Gia Lai. Hôm qua bé về từ nhà bố nó (chồng cũ tôi) thì mặt bầm tím, bé kể bị bố tát.";
  it.each([
    "0912 345 678, nhưng đừng gọi cho bố nó nhé",
    "số tôi 0912 345 678. Đừng gọi cho nhà chồng cũ của tôi",
    "0912345678, làm ơn đừng gọi cho bà nội bé",
  ])("%s is the reporter's contact, with consent, and the caution kept", async (typed) => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, typed]]);
    expect(r.questions.join("\n")).not.toMatch(/dặn đừng gọi/);
    const d = h.draftOf(r.chatId)!;
    expect(d.consentToContact).toBe(true);
    expect(d.contact).toMatch(/0912\s?345\s?678/);
    expect(r.summary).toMatch(/đồng ý được liên lạc/);
    expect(r.summary).toMatch(/đừng gọi cho (bố nó|nhà chồng cũ|bà nội)/);
  });

  it("at the messages question, 'calling me is fine, only not her father' is a yes", async () => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, "0912 345 678, đừng gọi nhé"], [/dặn đừng gọi/, "không sao, gọi cho tôi cũng được, chỉ đừng gọi cho bố nó"]]);
    expect(h.draftOf(r.chatId)?.consentToContact).toBe(true);
    expect(r.summary).toMatch(/đồng ý được liên lạc/);
  });

  it.each([
    ["cán bộ cứ gọi điện cho tôi", true],
    ["tôi đồng ý để cán bộ gọi lại cho tôi", true],
    ["thôi, tôi không muốn cán bộ liên lạc", false],
  ] as const)("typed at the summary: %s", async (typed, consent) => {
    const first = consent ? "0912 345 678 nhưng đừng liên lạc với tôi" : "0912 345 678";
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, first], [/đồng ý|dặn/, { choice: consent ? "no" : "yes" }]]);
    expect(h.draftOf(r.chatId)?.consentToContact).toBe(!consent);
    await r.send({ choice: "edit" });
    const replies = await r.send(typed);
    expect(all(replies)).not.toMatch(/chưa đọc ra được/);
    expect(h.draftOf(r.chatId)?.consentToContact).toBe(consent);
    expect(replies.at(-1)?.text).toMatch(consent ? /đồng ý được liên lạc/ : /không muốn được liên lạc/);
  });

  it("the 'which field' menu has contact; picking it and typing a number sets the contact and the consent", async () => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, { choice: "anonymous" }]]);
    await r.send({ choice: "edit" });
    let replies = await r.send("có chỗ chưa đúng");
    const fix = replies.at(-1)?.choices?.find((c) => c.id === "fix:contact");
    expect(fix?.label).toMatch(/liên lạc/i);
    replies = await r.send({ choice: "fix:contact" });
    expect(lastLine(replies.at(-1))).toMatch(/số điện thoại|liên lạc/);
    replies = await r.send("0987 111 222");
    const d = h.draftOf(r.chatId)!;
    expect(d.anonymous).toBe(false);
    expect(d.contact).toMatch(/0987 111 222/);
    expect(d.consentToContact).toBe(true);
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
  });
});

describe("2. children: a parent of the child is no child; a count is no age", () => {
  const story = "Bà nhờ thằng cháu gõ giùm. Bà ở xã Vũ Thư, Thái Bình cũ. Con gái bà lấy chồng đã lâu, thằng rể say xỉn suốt. Cháu ngoại bà là thằng Tèo, 8 tuổi, mỗi lần về đây người đầy vết roi, nó kể bố đánh. Con gái bà cũng bị đánh mà không dám bỏ.";
  it("the grandmother's grown daughter (the child's mother) is not a second child", async () => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, { choice: "anonymous" }]]);
    expect(r.summary).not.toMatch(/2 trẻ/);
    expect(h.draftOf(r.chatId)?.children ?? 1).toBe(1);
    expect(r.summary).toMatch(/bé trai 8 tuổi/);
    expect(r.summary).toMatch(/người gây hại: bố;/);
  });

  const two = "Nhà bên cạnh tôi ở phường Hòa Khánh, Đà Nẵng có hai đứa nhỏ, thằng Bo 7 tuổi với bé gái 5 tuổi, tối qua ba tụi nó say rượu đánh tụi nó. Tôi là hàng xóm.";
  it.each([
    ["không phải 2 đứa, chỉ có thằng Bo 7 tuổi thôi", /7 tuổi/],
    ["chỉ 1 cháu thôi, bé trai 7 tuổi", /7 tuổi/],
  ])("corrected to one child: %s", async (typed, age) => {
    const r = await h.toSummary(two, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, { choice: "anonymous" }]]);
    expect(r.summary).toMatch(/2 trẻ/);
    await r.send({ choice: "edit" });
    const replies = await r.send(typed);
    const text = (replies.at(-1)?.text ?? "").split("\n").find((l) => /Mình hiểu/.test(l)) ?? "";
    expect(text).not.toMatch(/2 trẻ|1 tuổi/);
    expect(text).toMatch(age);
    const d = h.draftOf(r.chatId)!;
    expect(d.children ?? 1).toBe(1);
    expect(d.childAgeBand).toBe("6_11");
  });

  it("'chỉ 1 đứa' is a count, never an age of 1 (no infant)", async () => {
    const r = await h.toSummary("Ở xã Cam Lâm, Khánh Hòa có đứa nhỏ bị cha dượng đánh bầm mình hôm qua, tôi là hàng xóm.", [[ASKS_DANGER, { choice: "no" }], [/bao nhiêu tuổi/, "chừng 10 tuổi"], [ASKS_CONTACT, { choice: "anonymous" }]]);
    await r.send({ choice: "edit" });
    const replies = await r.send("chỉ 1 đứa thôi");
    expect(replies.at(-1)?.text ?? "").not.toMatch(/\b1 tuổi|dưới 6/);
    expect(h.draftOf(r.chatId)?.childAgeBand).not.toBe("under_6");
  });
});

describe("3. when: 'nay lại đánh' is today; a harm told as done tonight is no future", () => {
  it("'tháng trước ... nay lại đánh' is today, not last month", async () => {
    const r = await h.toSummary("Tôi là dì của bé Su 9 tuổi ở phường Vinh Phú, Nghệ An. Hồi tháng trước dượng nó đánh bé bầm mắt, nay lại đánh bé nữa.", [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, { choice: "anonymous" }]]);
    expect(r.summary).toMatch(/(gần nhất|thời điểm): [^;]*nay/);
    expect(r.summary).not.toMatch(/gần nhất: (hồi )?tháng trước/);
  });

  it.each([
    "em 12 tuổi, tối nay mẹ kế lấy roi mây đánh em, chân em chảy máu. em ở phường Bến Thủy, Nghệ An",
    "em 12 tuổi. tối nay mẹ kế say lại lấy roi quất em, chân em rướm máu đau lắm. em ở xã Nghi Lộc, Nghệ An",
    "em 10 tuổi. tối nay bố em uống rượu say lại cầm thắt lưng quất em, đùi em chảy máu đau lắm. mẹ em đi làm ăn xa. em ở xã Gio Linh tỉnh Quảng Trị",
  ])("a child: a beating tonight with its wound happened tonight, not 'about to happen': %s", async (story) => {
    const r = h.reporter();
    let replies = await r.send(story);
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    replies = await untilSummary(r, replies);
    const summary = replies.at(-1)?.text ?? "";
    expect(summary).not.toMatch(/sắp xảy ra/);
    expect(summary).toMatch(/tối nay/);
  });

  it("a correction with two times: 'lần gần nhất là X' wins", async () => {
    const r = await h.toSummary("Tôi là cậu của bé Tin 10 tuổi ở xã Hương Trà, Huế. Bố bé đánh bé gãy tay hồi tháng trước.", [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, { choice: "anonymous" }]]);
    await r.send({ choice: "edit" });
    const replies = await r.send("tháng trước là lần gãy tay, còn lần gần nhất là chiều qua bố bé lại đánh");
    expect(replies.at(-1)?.text).toMatch(/gần nhất: chiều qua/);
  });
});

describe("4. who harms", () => {
  it("'ko phai nguoi la, la bo me no' is both parents, spelled", async () => {
    const r = await h.toSummary("toi la co giao cua be Nhung 14 tuoi o xa Bac Ha, Lao Cai. be nghi hoc vi bi ep lay mot nguoi o ban ben thang sau", [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, { choice: "anonymous" }]]);
    await r.send({ choice: "edit" });
    const replies = await r.send("ko phai nguoi la, la bo me no ep");
    const d = h.draftOf(r.chatId)!;
    expect(d.harmer).toBe("parents");
    expect(replies.at(-1)?.text).not.toMatch(/bố me\b/);
  });

  it.each([
    "Tôi chạy grab ở phường Hải An, Hải Phòng, đêm nào cũng thấy mấy đứa nhỏ chừng 11 tuổi rửa chén ở quán nhậu tới khuya. Nghe nói tụi nó ở quê bị đưa lên làm.",
    "Mấy tuần nay tôi thấy 3 đứa con trai tầm 13 tuổi khuân vác ở chợ đầu mối phường Hải An, Hải Phòng tới nửa đêm. Hình như bọn nó bị người ta dẫn từ tỉnh khác về.",
  ])("'tụi nó' told as the ones things are done to is no harmer: %s", async (story) => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, { choice: "anonymous" }]]);
    expect(r.summary).not.toMatch(/người gây hại: bạn bè/);
  });

  it.each([
    "toi la co giao chu nhiem, em Lan 14 tuoi, gia dinh bat em nghi hoc de cuoi mot nguoi xa ben vao thang sau. o xa Bac Ha, Lao Cai",
    "Tôi là hàng xóm, con bé nhà bên mới 15 tuổi, nhà nó bắt nó bỏ học để cưới một người hơn nó 10 tuổi, ở xã Mường Khương, Lào Cai.",
  ])("who makes the child marry harms her, not 'một người': %s", async (story) => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, { choice: "anonymous" }]]);
    expect(r.summary).not.toMatch(/người lạ/);
    expect(h.draftOf(r.chatId)?.harmer).toBe("parents");
  });

  it("'tụi nó' (the children themselves) is no harmer 'bạn bè'", async () => {
    const r = await h.toSummary("Tôi bán nước ở chợ xã Diễn Châu, Nghệ An. Tuần nào cũng thấy mấy đứa con gái chừng 11-12 tuổi bưng bê cho quán nhậu tới nửa đêm, nghe nói tụi nó ở quê lên bị chủ quán giữ giấy tờ.", [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, { choice: "anonymous" }]]);
    expect(r.summary).not.toMatch(/người gây hại: bạn bè/);
  });

  it.each([
    "nha ben canh co be trai chung 4 tuoi, bo me di lam ca ngay khoa cua nhot be trong nha mot minh, be khoc suot. toi la hang xom o xa Vinh Cuu, Dong Nai",
    "nha ben co be trai chung 4 tuoi, bo me di lam tu sang som toi khuya, khoa cua de be o nha mot minh ca ngay, be khoc suot. toi la hang xom o xa Vinh Cuu, Dong Nai",
  ])("parents who lock a child in alone all day are the harmer: %s", async (story) => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, { choice: "anonymous" }]]);
    expect(h.draftOf(r.chatId)?.harmer).toBe("parents");
    expect(r.summary).toMatch(/người gây hại: (bố mẹ|cha mẹ)/);
  });
});

describe("5. the place is stored clean", () => {
  it("a commune answer typed without tones is spelled as the place list knows it", async () => {
    const r = await h.toSummary("toi la hang xom, be gai 6 tuoi bi me ke danh bam lung hom qua, nha o Ha Noi", [[ASKS_DANGER, { choice: "no" }], [/xã, phường|commune/, "xa soc son"], [ASKS_CONTACT, { choice: "anonymous" }]]);
    expect(h.draftOf(r.chatId)?.commune).toBe("xã Sóc Sơn");
  });

  it.each([
    ["Tôi là hàng xóm, thằng bé 8 tuổi ở phường Bến Thành TP Hồ Chí Minh bị bố dượng đánh bầm lưng hôm qua.", "phường Bến Thành"],
    ["Tôi là cô giáo, bé Ni 7 tuổi nhà ở xã Hòa Vang thành phố Đà Nẵng, hôm qua bé đến lớp mặt sưng, bé nói bị mẹ kế tát.", "xã Hòa Vang"],
  ])("the commune does not swallow the start of the province's name: %s", async (story, commune) => {
    const r = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, { choice: "anonymous" }]]);
    expect(h.draftOf(r.chatId)?.commune).toBe(commune);
  });

  it("a correction ending in 'chứ' stores the place without it", async () => {
    const r = await h.toSummary("Tôi là cô giáo ở phường Ba Đình, Hà Nội. Bé Cốm 5 tuổi lớp tôi sáng nay có vết bỏng ở tay, bé nói bố làm.", [[ASKS_DANGER, { choice: "no" }], [ASKS_CONTACT, { choice: "anonymous" }]]);
    await r.send({ choice: "edit" });
    await r.send("nhà bé ở xã Đông Anh, Hà Nội chứ, Ba Đình là chỗ trường");
    const d = h.draftOf(r.chatId)!;
    expect(d.commune).toBe("xã Đông Anh");
    expect(`${d.commune} ${d.locationText}`).not.toMatch(/chứ/);
  });

  it("a place answer that opens with 'thì tôi nói rồi' is stored without it", async () => {
    const r = await h.toSummary("Chào cô chú, tôi già rồi, con bé cháu ngoại tôi 8 tuổi bị thằng bố nó đánh suốt, tháng này hai lần.", [[ASKS_DANGER, { choice: "no" }], [/ở đâu/, "thì tôi nói rồi, Nam Định cũ, giờ là Ninh Bình"], [ASKS_CONTACT, { choice: "anonymous" }]]);
    const d = h.draftOf(r.chatId)!;
    expect(`${d.locationText ?? ""} ${d.commune ?? ""}`).not.toMatch(/nói rồi|^thì/);
    expect(d.provinceName ?? "").toMatch(/Ninh Bình/);
  });
});

describe("6. labour flags need the child to be the one working", () => {
  it.each([
    "Tôi là ông ngoại của bé Khoa 8 tuổi ở xã Quỳnh Phụ, Thái Bình. Bố cháu làm công trình xây dựng, dạo này ít việc nên suốt ngày rượu chè, tuần trước say đánh cháu bằng dây điện.",
    "Ông ở xã Tiền Hải, Thái Bình cũ. Thằng rể ông làm phụ hồ, mấy tháng nay công trình ít nên đâm ra nhậu nhẹt, về nhà đánh thằng Bi 7 tuổi bằng thắt lưng.",
    "Bà ở xã Đông Hưng, Thái Bình cũ. Cháu ngoại bà là thằng Su 9 tuổi. Con rể bà làm thợ xây, sau này công trình ít nên nó rượu chè, say về đánh thằng Su bằng dây điện.",
  ])("a grown-up's building work said in passing is no child labour: %s", async (story) => {
    // The triage the conversation reads the story with (the case's flags come from it).
    expect(analyseMessage(story).triage.redFlags).not.toEqual(expect.arrayContaining(["hazardous_work"]));
    expect(analyseMessage(story).triage.redFlags).not.toEqual(expect.arrayContaining(["illegal_child_labour"]));
    expect(analyseMessage(story).triage.category).not.toBe("labour_exploitation");
  });
});

describe("7. which agency is responsible, asked in the middle, is answered", () => {
  const hp = realCoreHarness("c27p", { plans: true });
  it("«ở tỉnh X thì cơ quan nào chịu trách nhiệm vụ này?» at the contact question", async () => {
    const { answered } = await sideQuestionAt(hp, "Tôi bán tạp hóa ở xã Kiến Thụy, Hải Phòng. Cả tháng nay tối nào cũng thấy mấy đứa nhỏ chừng 12 tuổi phải khuân hàng ở bãi xe tới khuya, có đứa bị trầy tay.", ASKS_CONTACT, "mà ở Hải Phòng thì cơ quan nào chịu trách nhiệm giải quyết vụ này vậy?");
    expect(answered).not.toMatch(/chưa trả lời được ở đây/);
    expect(answered).toMatch(/Hải Phòng/);
    expect(answered).toMatch(/UBND xã\/phường|Sở|Công an|công an/);
  });

  it.each(["vụ này thì cơ quan nào xử lý vậy?", "Who is responsible for handling a case like this here?"])("with no plan answer, where the report goes is said: %s", async (side) => {
    const { answered, stored } = await sideQuestionAt(h, "Ở phường Hải An, Hải Phòng có thằng bé chừng 9 tuổi bị ông bố đánh bằng gậy hôm qua, tôi là hàng xóm.", ASKS_CONTACT, side);
    expect(answered).not.toMatch(/chưa trả lời được ở đây/);
    expect(answered).toMatch(/UBND xã\/phường|commune or ward/);
    expect(stored).toBeDefined();
  });
});

/** A child's first message, then [Báo tin] when asked whether to report, then every question skipped to the summary. */
async function childToSummary(r: ReturnType<typeof h.reporter>, story: string) {
  let replies = await r.send(story);
  if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
  return untilSummary(r, replies);
}

describe("8. texts", () => {
  it("a paragraph is shown once in one turn", async () => {
    const r = h.reporter();
    await r.send("cho hỏi chút, ở xóm tôi có chuyện này không biết sao");
    const replies = await r.send("không rõ có nên báo không nữa. con bé nhà đầu ngõ mấy đêm nay bị bỏ đói, khóc tới khuya");
    const paras = all(replies).split(/\n+/).map((p) => p.trim()).filter((p) => p.length > 40);
    expect(paras.length).toBe(new Set(paras).size);
  });

  it("a teacher is not told 'Nếu bạn là trẻ em'", async () => {
    const r = h.reporter();
    const replies = await r.send("Tôi là cô giáo mầm non ở phường Cầu Giấy, Hà Nội. Bé Tôm 4 tuổi lớp tôi sáng nay có vết bỏng trên tay, bé nói mẹ dí thuốc lá, bé đang nguy hiểm.");
    expect(all(replies)).not.toMatch(/Nếu bạn là trẻ em/);
  });

  it("the closing does not say both 'send photos now' and 'do not send photos'", async () => {
    const r = h.reporter();
    const replies = await r.send("Tôi là hàng xóm. Bé gái 9 tuổi nhà bên ở phường Tân Phong, Lai Châu hôm qua kể với tôi là bị ông chú sờ soạng chỗ kín.");
    await untilSummary(r, replies);
    const closing = all(await r.send({ choice: "submit" }));
    expect(closing).toMatch(/Mã báo tin/);
    expect(/gửi ngay/.test(closing) && /Đừng gửi ảnh/.test(closing)).toBe(false);
  });

  it("an anonymous child without contact is not promised help soon; told to call 111", async () => {
    const r = h.reporter();
    await childToSummary(r, "em 13 tuổi, hôm qua bố em đánh em bầm tay, em ở xã Đại Lộc, Quảng Nam");
    const closing = all(await r.send({ choice: "submit" }));
    expect(closing).toMatch(/Mã/);
    expect(closing).not.toMatch(/tìm cách giúp em sớm/);
    expect(closing).toMatch(/111/);
  });

  it("a child who says her mother does not believe her is told she is believed", async () => {
    const r = h.reporter();
    const replies = await r.send("em 12 tuổi, chú em hay sờ người em, em kể mà mẹ không tin em");
    expect(all(replies)).toMatch(/tin em/);
    expect(all(replies)).toMatch(/[Cc]ô chú tin em/);
  });

  it("the child's summary speaks as 'cô chú', not 'Mình hiểu'", async () => {
    const r = h.reporter();
    const replies = await childToSummary(r, "em 11 tuổi, hôm qua bố em say rồi đánh em bằng dây lưng, em ở xã Cam Lộ, Quảng Trị");
    const summary = replies.at(-1)?.text ?? "";
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    expect(summary).not.toMatch(/Mình hiểu/);
    expect(summary).toMatch(/Cô chú hiểu/);
  });
});
