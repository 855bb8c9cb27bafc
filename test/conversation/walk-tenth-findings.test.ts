/**
 * Findings of the tenth round (5 December) and of the ninth round's list of what was left: what the
 * summary says back must be what the reporter said ("tối qua" was shown as "mấy ngày gần đây").
 */
import { describe, expect, it } from "vitest";
import { sideTopics } from "../../src/intake/report-flow/side-questions.ts";
import { realCoreHarness } from "./real-core-harness.ts";

const { toSummary } = realCoreHarness("w10");

describe("the time a reporter gave is said back in their words", () => {
  it.each([
    ["Tôi là hàng xóm. Con bé nhà bên 9 tuổi bị mẹ kế đánh bằng roi chiều qua, ở xã Cư Ê Wi, Đắk Lắk.", /lần gần nhất: chiều qua/],
    ["Cháu trai tôi 7 tuổi bị chú ruột tát rách môi hôm thứ bảy, nhà ở phường Thủy Xuân, Huế.", /lần gần nhất: hôm thứ bảy/],
    ["My neighbour's boy, 10, was beaten with a belt by his father last night, in Pleiku, Gia Lai.", /last time: last night/],
  ])("%s", async (story, shown) => {
    const { summary } = await toSummary(story, [[/nguy hiểm ngay|danger right now/i, "không"]]);
    expect(summary).toMatch(shown);
    expect(summary).not.toMatch(/mấy ngày gần đây|in the last few days/i);
  });
});

const { reporter, stored } = realCoreHarness("w10b");

/** The story, the report taken, danger "không", anonymous: the summary. */
async function atSummary(story: string) {
  const r = reporter();
  const first = await r.send(story);
  if (first.at(-1)?.choices?.some((c) => c.id === "menu:report")) await r.send({ choice: "menu:report" });
  let replies = await r.send("không");
  for (let i = 0; i < 6 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
    const skip = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown|no)$/.test(c.id));
    replies = await r.send(skip ? { choice: skip.id } : "bỏ qua");
  }
  return { r, summary: replies.at(-1)?.text ?? "" };
}

describe("a correction that names only the person", () => {
  const STORY = "Tôi là hàng xóm. Con bé nhà bên 9 tuổi bị chú nó đánh bằng roi chiều qua, ở xã Cư Ê Wi, Đắk Lắk.";
  it.each([
    ["sai, là bố nó", /người gây hại: bố/],
    ["nhầm rồi, bố dượng nó", /người gây hại: bố dượng/],
    ["không đúng, là ông hàng xóm", /người gây hại: hàng xóm|người gây hại: ông hàng xóm|người gây hại: [^;]*hàng xóm/],
  ])("'%s' changes who harms, and nothing else", async (typed, harmer) => {
    const { r, summary } = await atSummary(STORY);
    expect(summary).toMatch(/người gây hại: người thân/);
    const after = (await r.send(typed)).map((x) => x.text).join("\n");
    expect(after).toMatch(/Đã sửa/);
    expect(after).toMatch(harmer);
    expect(after).toMatch(/bé gái 9 tuổi ở xã Cư Ê Wi, Đắk Lắk/);
    expect(after).toMatch(/người báo tin: hàng xóm/);
  });

  it("an English 'no, it was her stepdad' at the summary changes who harms", async () => {
    const { r } = await atSummary("My neighbour's girl, 8, was slapped by her uncle yesterday in Pleiku, Gia Lai.");
    const after = (await r.send("no, it was her stepdad")).map((x) => x.text).join("\n");
    expect(after).toMatch(/the person causing harm: step/i);
  });
});

describe("a correction of what happened, not of a fact in the summary", () => {
  it("a child who says the self-harm was a scratch, not a cut, is told it was written down, not that the summary already says so", async () => {
    const { r } = await atSummary("Em 14 tuổi, tuần trước em rạch tay, giờ em thấy trống rỗng lắm, em ở Pleiku Gia Lai");
    const typed = "sai rồi, em không rạch tay, em chỉ cào tay thôi";
    const after = (await r.send(typed)).map((x) => x.text).join("\n");
    expect(after).not.toMatch(/đã ghi đúng như vậy rồi/);
    expect(after).toMatch(/ghi lại lời em/);
    const sent = await r.send({ choice: "submit" });
    expect(sent.map((x) => x.text).join("\n")).toMatch(/TE-|Mã/);
    expect(stored(r.chatId)?.draft.extraNotes).toContain(typed);
  });
});

describe("saying again that one wants to report, in the middle of the questions", () => {
  it("'em muốn báo' at the danger question is not kept as a note and the question is asked again", async () => {
    const r = reporter();
    await r.send("Em 12 tuổi, bố em say rượu hay đánh em bằng thắt lưng, em ở xã Ia Grai, Gia Lai");
    const again = await r.send("em muốn báo");
    expect(again.at(-1)?.choices?.map((c) => c.id)).toEqual(expect.arrayContaining(["yes", "no"]));
    expect(again.map((x) => x.text).join("\n")).not.toMatch(/đã ghi lại/);
    let replies = await r.send("không");
    for (let i = 0; i < 6 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const skip = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown|no)$/.test(c.id));
      replies = await r.send(skip ? { choice: skip.id } : "bỏ qua");
    }
    expect(replies.at(-1)?.text ?? "").not.toMatch(/Ghi chú thêm: em muốn báo/);
  });
});

describe("self-harm advice that fits who is at risk", () => {
  const first = async (story: string) => (await reporter().send(story)).map((x) => x.text).join("\n");

  it.each([
    "em 13 tuổi. em mệt lắm rồi, bố mẹ suốt ngày chửi em ngu, ở lớp cũng không ai chơi với em. tối nay em muốn chết cho xong, em để dành được mấy vỉ thuốc của bà rồi",
    "mình 15 tuổi. không ai hiểu mình cả. đêm nay mình sẽ uống hết chỗ thuốc ngủ của mẹ",
  ])("a child who plans to die gets the self-harm advice first (pills away, someone who listens), not 'call the police': %s", async (story) => {
    const said = await first(story);
    expect(said).toMatch(/để dao, thuốc|thuốc .*ra xa/);
    expect(said.indexOf("113 (công an)") === -1 || said.indexOf("113 (công an)") > said.indexOf("thuốc")).toBe(true);
  });

  it.each([
    "em 16t, bạn cùng lớp em tên Vy vừa đăng story lúc 9h tối nay ghi là 'tạm biệt mọi người, mai sẽ không còn mình nữa' rồi tắt máy, em nhắn không trả lời. bạn ấy học lớp 10 ở Huế. em lo quá",
    "e 14t, thằng bạn thân e nhắn là nó muốn tự tử, nó nói tối nay nó nhảy cầu, e phải lm sao",
  ])("a child telling of a friend who may take their life is told to get an adult to the friend: %s", async (story) => {
    const said = await first(story);
    expect(said).toMatch(/người lớn .*(đến với bạn ấy|bạn ấy)|bố mẹ bạn ấy/);
    expect(said).not.toMatch(/Em bị thương thì gọi 115/);
  });

  it("a parent telling of their own child's wish to die is told not to leave the child alone", async () => {
    const said = await first("Con gái tôi 14 tuổi tối qua nhắn cho bạn là muốn chết, sáng nay cháu không chịu ra khỏi phòng. Tôi ở Pleiku, Gia Lai.");
    expect(said).toMatch(/đừng để (trẻ|cháu|con) (ở )?một mình/i);
    expect(said).not.toMatch(/báo ngay cho bố mẹ/);
  });
});

describe("who is writing: a child, or a grown-up", () => {
  const all = (rs: Array<{ text: string }>) => rs.map((x) => x.text).join("\n");

  it.each([
    "cháu 10 tuổi ở xã Ea Kar Đắk Lắk. dượng cháu hay đánh mẹ với cháu, hôm qua dượng lấy roi quất vào chân cháu chảy máu. bố ruột cháu ở Sài Gòn",
    "con 12 tuổi, mẹ kế con bắt con nhịn đói mấy hôm nay, con sợ lắm, con ở Pleiku",
  ])("a child calling themself 'cháu'/'con' with their age gets a child's first reply: %s", async (story) => {
    const said = all(await reporter().send(story));
    expect(said).toMatch(/Em không có lỗi|em tin/);
    expect(said).not.toMatch(/Có vẻ bạn đang kể/);
  });

  it.each([
    "Cháu ngoại tôi 9 tuổi, con gái, ở với bố dượng ở xã Phú Vang, Huế. Ông ấy nhậu về là đánh cháu.",
    "con tôi 12 tuổi bị bạn cùng lớp đánh, con kể con sợ đi học",
  ])("a grown-up's 'cháu'/'con' is the child told of, not the writer: %s", async (story) => {
    const said = all(await reporter().send(story));
    expect(said).not.toMatch(/Em không có lỗi/);
  });

  it("a grown-up who says 'mình sợ' is not taken for a child", async () => {
    const said = all(await reporter().send("Mình không chắc lắm nên hơi ngại báo. Mình ở xã Hòa Thành, Tây Ninh. Con bé nhà bà con xa của mình 10 tuổi, mẹ nó đi làm tối nên hay gửi con cho ông hàng xóm hơn 60 tuổi trông. Dạo này con bé sợ ông đó ra mặt. Mình sợ nói ra sai thì mang tội."));
    expect(said).not.toMatch(/Em không có lỗi|Cảm ơn em/);
  });

  it("a writer taken for a child who says they are a grown-up is spoken to as one from then on, and is not the child of the report", async () => {
    const r = reporter();
    await r.send("ad ơi, thằng em họ e 13 tuổi, mấy hôm nay nó cứ đăng story kiểu chán sống lắm rồi, tối qua nó nhắn e bảo muốn chết cho xong. nhà nó ở xã Ea H'leo, Đắk Lắk");
    const after = all(await r.send("e là chị họ nó, e 19 tuổi rồi, không phải em đâu"));
    expect(after).not.toMatch(/Em không có lỗi/);
    let replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 8 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const skip = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown|no)$/.test(c.id));
      replies = await r.send(skip ? { choice: skip.id } : "bỏ qua");
    }
    const summary = replies.at(-1)?.text ?? "";
    expect(summary).not.toMatch(/^(?:Mình hiểu|Cô chú hiểu): em 13|người làm hại em/m);
    expect(summary).toMatch(/13 tuổi/);
  });
});

describe("corrections in the reporter's own words (tenth round)", () => {
  const after = async (story: string, typed: string) => {
    const { r, summary } = await atSummary(story);
    const replies = await r.send(typed);
    return { before: summary, text: replies.map((x) => x.text).join("\n"), replies };
  };
  const GIA_LAI = "Em muốn báo chuyện con bé Mai nhà đối diện, ở tổ 5 phường Diên Hồng, Gia Lai. Con bé 7 tuổi học lớp 2, ở nhà với bố nó. Bố nó hay chửi bới, bắt nó quỳ ngoài sân, hôm qua em thấy nó bị tát sưng một bên má.";

  it.each([
    "à sai, là bố dượng nó chứ không phải bố đẻ đâu, mẹ nó đi bước nữa",
    "sai, là bố dượng nó chứ không phải bố đẻ",
    "người đánh là bố dượng, không phải bố ruột",
  ])("'%s' makes the stepfather the one who harms, with no danger banner", async (typed) => {
    const { text, replies } = await after(GIA_LAI, typed);
    expect(text).toMatch(/người gây hại: bố dượng/);
    expect(replies.some((x) => x.urgent)).toBe(false);
    expect(text).toMatch(/bé gái 7 tuổi/);
  });

  it("'hổng phải người yêu, là cha ghẻ nó, chồng sau của con gái tui đó' (Southern) makes the stepfather the one who harms", async () => {
    const { text } = await after("Tui là bà ngoại con nhỏ Thảo, tui ở xã Trường Hòa, Tây Ninh. Con nhỏ mới 12 tuổi mà người yêu của mẹ nó bắt nhỏ nghỉ học đi lột hạt điều thuê từ sáng tới tối, hổng làm đủ thì chửi rồi bớt cơm.", "hổng phải người yêu, là cha ghẻ nó, chồng sau của con gái tui đó");
    expect(text).toMatch(/người gây hại: bố dượng/);
  });

  it("a correction of who harms and of who writes, in one message, changes both", async () => {
    const { text } = await after("Con bé nhà bà con xa của tôi 10 tuổi ở xã Hòa Thành, Tây Ninh, mẹ nó hay gửi nó cho ông hàng xóm trông, dạo này con bé sợ ông đó ra mặt, có lần tôi thấy ông ấy bế nó vào buồng đóng cửa lại.", "Sai rồi, không phải mẹ nó làm hại, người mình nghi là ông hàng xóm hơn 60 tuổi.");
    expect(text).toMatch(/người gây hại: [^;]*hàng xóm/);
    expect(text).not.toMatch(/người gây hại: mẹ/);
  });

  it("'tôi không phải cán bộ, tôi chỉ là người bán quán gần nhà nó thôi' changes who writes", async () => {
    const { text } = await after("Tôi là cán bộ thôn ở xã Ia Grai, Gia Lai. Thằng bé Tèo 11 tuổi bị ông nội nhốt vào chuồng bò và quất bằng dây điện, hôm thứ ba tay nó còn sưng.", "tôi không phải cán bộ, tôi chỉ là người bán quán gần nhà nó thôi");
    expect(text).not.toMatch(/người báo tin: cán bộ/);
  });

  it("an English age correction that also names the commune keeps both", async () => {
    const { text } = await after("My niece is 6 and lives with her stepfather in Dak Lak. Last night she whispered that he touches her at night.", "sorry, she is 9 not 6. I think the commune is Ea Phe but I'm not sure");
    expect(text).toMatch(/9/);
    expect(text).toMatch(/Ea Phe/);
  });
});

describe("the danger question answered in a sentence (tenth round)", () => {
  const atDanger = async (story: string) => {
    const r = reporter();
    const first = await r.send(story);
    if (first.at(-1)?.choices?.some((c) => c.id === "menu:report")) await r.send({ choice: "menu:report" });
    return r;
  };
  const STORY = "Cháu ngoại tôi 9 tuổi, con gái, ở với bố dượng ở thôn Phú Lộc, xã Phú Vang, Huế. Bố dượng nhậu về là đánh cháu, tối hôm kia đánh bằng cán chổi, cháu bị sưng mắt, bầm tay.";

  it.each([
    "giờ thì nó ở trường, tối ông ấy mới về",
    "thì tôi nói rồi, bây giờ chưa sao, tối nay ông ấy về mới lo",
    "Giờ cháu đang ở với tôi, tôi không cho cháu sang bên đó nữa. Nhưng ông ấy ở sát vách.",
    "Not that I know of right now. She's at home with her mum.",
    "lúc này thì chắc chưa, con bé đang đi học",
  ])("'%s' answers the question (not now), is kept, and the flow goes on", async (answer) => {
    const r = await atDanger(STORY);
    const replies = await r.send(answer);
    const text = replies.map((x) => x.text).join("\n");
    expect(replies.at(-1)?.text ?? "").not.toMatch(/nguy hiểm ngay lúc này không|in danger right now\?/);
    expect(text).not.toMatch(/chưa chắc đó là câu trả lời/);
    expect(replies.some((x) => x.urgent)).toBe(false);
  });

  it("a child who says the one who hits is at home asleep and she fears he will hit again is answered as in danger, once", async () => {
    const r = await atDanger("e 11t o gia lai, bo e hay danh e bang day lung, hom qua danh e chay mau");
    await r.send({ choice: "menu:report" });
    const replies = await r.send("bo e dang ngu r, e so bo day lai danh tiep");
    expect(replies.at(-1)?.text ?? "").not.toMatch(/đang gặp nguy hiểm không/);
  });
});

describe("the consent question answered in a sentence (tenth round)", () => {
  const toConsent = async () => {
    const r = reporter();
    await r.send("em 13 tuổi. bố mẹ suốt ngày chửi em ngu, đánh em bầm tay. em ở Buôn Hồ Đắk Lắk");
    await r.send({ choice: "menu:report" });
    await r.send("không");
    const q = await r.send("0356 112 233");
    expect(q.at(-1)?.text ?? "").toMatch(/đồng ý/);
    return r;
  };
  it.each(["em nói rồi mà, được", "dạ, được ạ", "thì đồng ý chứ sao"])("'%s' is a yes", async (answer) => {
    const r = await toConsent();
    const replies = await r.send(answer);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toContain("submit");
    expect(replies.at(-1)?.text ?? "").toMatch(/đồng ý được liên lạc/);
  });
  it.each(["nhắn tin thì được ạ, gọi thì em sợ bố mẹ nghe", "chỉ nhắn tin thôi, đừng gọi"])("'%s' is a yes to messages, and the words are kept for officers", async (answer) => {
    const r = await toConsent();
    const replies = await r.send(answer);
    const summary = replies.at(-1)?.text ?? "";
    expect(replies.at(-1)?.choices?.map((c) => c.id)).toContain("submit");
    expect(summary).toMatch(/đồng ý được liên lạc/);
    expect(summary).toContain(answer);
  });
});

describe("the bot's own form of address is not a person in the story", () => {
  it("'cô chú gọi cũng được, 0356 112 233' gives a number and names no one who harms", async () => {
    const r = reporter();
    const first = await r.send("em 13 tuổi. em mệt lắm rồi, ở lớp cũng không ai chơi với em. tối nay em muốn chết cho xong, em để dành được mấy vỉ thuốc rồi. em ở Buôn Hồ Đắk Lắk");
    if (first.at(-1)?.choices?.some((c) => c.id === "menu:report")) await r.send({ choice: "menu:report" });
    const replies = await r.send("cô chú gọi cũng được, 0356 112 233");
    let last = replies;
    for (let i = 0; i < 5 && !last.at(-1)?.choices?.some((c) => c.id === "submit"); i++) last = await r.send(last.at(-1)?.choices?.some((c) => c.id === "yes") ? { choice: "yes" } : "bỏ qua");
    expect(last.at(-1)?.text ?? "").not.toMatch(/«chú»/);
    expect(last.at(-1)?.text ?? "").toMatch(/0356 112 233/);
  });
});

describe("side questions of the tenth round", () => {
  it.each([
    // Whether the family is told ("parents", since the twelfth round) answers privacy too; who may come to the home ("visit") answers the police question.
    ["chú có nói với bố em không?", /^(privacy|parents)$/],
    ["chú có kể cho bố với dượng cháu biết không?", /^(privacy|parents)$/],
    ["nếu cháu cho số thì chú có gọi cho dượng cháu không?", /^(privacy|parents)$/],
    ["will you tell my mom i reported this?", /^(privacy|parents)$/],
    ["Nếu tôi để số thì công an có tới nhà tôi hỏi không? Tôi sợ liên lụy.", /^(police|visit)$/],
    ["Vậy tôi nên báo lên phòng giáo dục hay ai?", /^police$/],
    ["should I also tell the school or the police?", /^police$/],
  ])("'%s' is answered as %s", (q, topic) => {
    expect(sideTopics(q).some((t) => topic.test(t))).toBe(true);
  });

  it("a child who asks whether her father will be told is answered that the people who harm are not told who reported, and the question is asked again", async () => {
    const r = reporter();
    await r.send("cháu 10 tuổi ở xã Ea Kar Đắk Lắk. dượng cháu hay đánh mẹ với cháu, hôm qua dượng lấy roi quất vào chân cháu chảy máu");
    await r.send({ choice: "menu:report" });
    const replies = await r.send("chú có nói với bố em không?");
    const text = replies.map((x) => x.text).join("\n");
    expect(text).toMatch(/không (nói|kể|cho).*(biết|bố|dượng|người)/);
    expect(text).not.toMatch(/đã ghi thêm/);
    expect(replies.at(-1)?.choices?.length ?? 0).toBeGreaterThan(0);
  });

  it("a story that only tells of a photo taken of the child gets no advice about photos", async () => {
    const r = reporter();
    const replies = await r.send("Chào anh chị, con trai tôi 11 tuổi học lớp 5 ở phường Thuận Hóa, Huế. Mấy tuần nay con bị 3 bạn cùng lớp chặn đường đòi tiền, xô ngã, hôm thứ sáu còn bị chụp ảnh đăng lên nhóm Zalo lớp chế giễu. Vậy tôi nên báo lên phòng giáo dục hay ai?");
    const text = replies.map((x) => x.text).join("\n");
    expect(text).not.toMatch(/Không cần gửi ảnh/);
  });
});

describe("a story that says it is a report starts the report (tenth round)", () => {
  it.each([
    "Dạ em chào anh chị ạ. Em là giáo viên chủ nhiệm lớp 3B ở xã Phú Hòa, Gia Lai ạ. Lớp em có bé gái 9 tuổi nhiều hôm không được ăn sáng, bé ở với bà nội hay ốm. Em lo cho bé quá nên muốn báo để các cơ quan hỗ trợ ạ.",
    "Tôi bán tạp hóa ở xã Ia Grai, Gia Lai. Thằng bé Tèo 11 tuổi người lúc nào cũng đầy vết lằn roi, nó kể ông nội nó nhốt nó vào chuồng bò cả đêm. Tôi muốn báo cho chính quyền.",
    "chao ad, minh o xa Krong Nang, Dak Lak. co con be hang xom 14 tuoi, bo me no ep no nghi hoc de ga cho 1 thang 25 tuoi. minh muon bao de co quan ngan lai",
  ])("%s", async (story) => {
    const replies = await reporter().send(story);
    expect(replies.at(-1)?.choices?.map((c) => c.id)).not.toContain("menu:report");
    expect(replies.map((x) => x.text).join("\n")).toMatch(/nguy hiểm ngay lúc này|Bạn là ai|liên lạc|tỉnh|xã/);
  });

  it("'... Ừ thì báo' after the story takes the report", async () => {
    const r = reporter();
    await r.send("Con bé nhà bà con xa của tôi 10 tuổi ở xã Hòa Thành, Tây Ninh, dạo này con bé sợ ông hàng xóm ra mặt, có lần tôi thấy ông ấy bế nó vào buồng đóng cửa lại.");
    const replies = await r.send("Tôi không chắc lắm. Ừ thì báo");
    expect(replies.at(-1)?.choices?.map((c) => c.id)).not.toContain("menu:report");
  });
});

describe("at the summary, 'thôi khỏi' is a hesitation asked back, not a correction", () => {
  it.each(["thôi khỏi", "thôi khỏi gửi", "never mind"])("'%s'", async (typed) => {
    const { r } = await atSummary("Tôi là hàng xóm. Con bé nhà bên 9 tuổi bị chú nó đánh bằng roi chiều qua, ở xã Cư Ê Wi, Đắk Lắk.");
    const text = (await r.send(typed)).map((x) => x.text).join("\n");
    expect(text).not.toMatch(/chưa đọc ra được thông tin cần sửa/);
    expect(text).toMatch(/bí mật|Gửi|Hủy|cancel/i);
  });
});

describe("after the code", () => {
  it("a report of sexual images tells the reporter not to send the child's images", async () => {
    const { r } = await atSummary("Tôi không muốn nêu tên. Ở xã Ea Súp, Đắk Lắk có cô bé 15 tuổi bị một thằng ngoài 20 tuổi dụ gửi ảnh khỏa thân, giờ nó dọa tung ảnh lên mạng.");
    const sent = (await r.send({ choice: "submit" })).map((x) => x.text).join("\n");
    expect(sent).toMatch(/Đừng gửi ảnh|không gửi ảnh/);
  });

  it("a child who plans to die is not told a deadline of hours, and is told to stay with an adult and put the pills away", async () => {
    const r = reporter();
    await r.send("em 13 tuổi. tối nay em muốn chết cho xong, em để dành được mấy vỉ thuốc của bà rồi. em ở Buôn Hồ Đắk Lắk");
    let replies = await r.send({ choice: "anonymous" });
    for (let i = 0; i < 6 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) replies = await r.send("bỏ qua");
    const sent = (await r.send({ choice: "submit" })).map((x) => x.text).join("\n");
    expect(sent).not.toMatch(/phải có trước|12 giờ/);
    expect(sent).toMatch(/người lớn em tin/);
    expect(sent).toMatch(/thuốc/);
  });
});

describe("short messages that tell no harm raise no alarm (tenth round)", () => {
  it.each(["nhà e ở xã Ea H'leo, Đắk Lắk", "tôi ở trọ sát vách nhà nó", "Chị là cô chủ nhiệm của bé mà"])("'%s' as a first message gets no danger banner", async (text) => {
    const replies = await reporter().send(text);
    expect(replies.some((x) => /GỌI NGAY 113/.test(x.text))).toBe(false);
  });

  it.each(["bố em đang đánh em chảy máu", "cứu em với", "bo e dang dap e"])("a short message that tells harm now still gets it: '%s'", async (text) => {
    const replies = await reporter().send(text);
    expect(replies.some((x) => /113/.test(x.text))).toBe(true);
  });

  it("a phone number with 111 in it is not a question about the hotline", () => {
    expect(sideTopics("0905 111 222, mà anh chị chưa trả lời tôi nên báo phòng giáo dục hay ai?")).not.toContain("hotline");
    expect(sideTopics("gọi 111 có mất tiền không?")).toContain("hotline");
  });

  it("'ad ơi cho e hỏi' is invited to ask, not told the plans hold no answer", async () => {
    const text = (await reporter().send("ad ơi cho e hỏi")).map((x) => x.text).join("\n");
    expect(text).not.toMatch(/không trả lời câu hỏi này/);
  });
});

describe("after the code, more about the same child (tenth round)", () => {
  it("a teacher's 'mẹ em tên Y Nhung, đang làm công ty ở Bình Dương' is more about the same child, not another child", async () => {
    const { r } = await atSummary("Tôi là cô giáo chủ nhiệm lớp 3 ở trường tiểu học xã Ea Tiêu, Đắk Lắk. Em H'Linh 8 tuổi mấy hôm nay đi học người có mùi, đói lả, kể là mẹ đi làm xa, ở nhà với ông ngoại hay say rượu, tối ngủ một mình.");
    await r.send({ choice: "submit" });
    const text = (await r.send("mẹ em tên Y Nhung, đang làm công ty ở Bình Dương, số của mẹ em thì em không có")).map((x) => x.text).join("\n");
    expect(text).not.toMatch(/trẻ khác/);
    expect(text).toMatch(/Đã thêm/);
  });
});

describe("what a reporter says with a refusal to give a number is kept", () => {
  it("'mình không muốn để số, sợ bố mẹ biết' makes the report anonymous and keeps the words", async () => {
    const r = reporter();
    await r.send("mình 14 tuổi, tuần trước mình lấy dao lam rạch tay mấy đường, giờ vẫn còn vết. mình không muốn chết đâu, chỉ là thấy trống rỗng lắm. mình ở Huế");
    await r.send("không");
    // Nobody can call back and only the province is known: the commune is asked once (walk 52), skipped here.
    expect((await r.send("mình không muốn để số, sợ bố mẹ biết")).at(-1)?.text).toMatch(/xã\/phường/);
    const summary = (await r.send({ choice: "skip" })).at(-1)?.text ?? "";
    expect(summary).toMatch(/ẩn danh/);
    expect(summary).toMatch(/sợ bố mẹ biết/);
  });
});

describe("a correction about the children does not change who writes", () => {
  it("'Không phải 2 bé gái, thằng anh 9 tuổi là con trai, con em 4 tuổi mới là gái' keeps the village head as the reporter", async () => {
    const { r, summary } = await atSummary("Tôi là trưởng thôn Plei Ring, xã Ia Hrung, Gia Lai. Nhà anh Hiếu có hai đứa con, thằng anh 9 tuổi và con bé em 4 tuổi. Bố mẹ chúng nó bỏ đi đâu không về, hai anh em ở nhà một mình đã 5 ngày nay.");
    const before = /người báo tin: [^;]+/.exec(summary)?.[0];
    expect(before).toBeDefined();
    const text = (await r.send("Không phải 2 bé gái, thằng anh 9 tuổi là con trai, con em 4 tuổi mới là gái")).map((x) => x.text).join("\n");
    const understood = /^(?:Mình hiểu|Cô chú hiểu): .*$/m.exec(text)?.[0] ?? "";
    expect(understood).toContain(before!);
    expect(understood).not.toMatch(/2 bé gái/);
  });
});

describe("a thin story is asked who and what happened (tenth round)", () => {
  it("'nhà kia hay đánh con lắm' is asked who harms and how, once, and the answer fills who harms", async () => {
    const r = reporter();
    await r.send("nhà kia hay đánh con lắm");
    await r.send({ choice: "menu:report" });
    const q = await r.send("không");
    expect(q.at(-1)?.text ?? "").toMatch(/ai .*(đánh|làm hại)|chuyện .*thế nào/i);
    let replies = await r.send("ông bố say rượu về là lấy gậy đánh thằng bé, tối qua còn đánh chảy máu đầu");
    for (let i = 0; i < 9 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      expect(replies.at(-1)?.text ?? "").not.toMatch(/ai .*(đánh|làm hại)|chuyện .*thế nào/i);
      const skip = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown|no)$/.test(c.id));
      replies = await r.send(skip ? { choice: skip.id } : "bỏ qua");
    }
    expect(replies.at(-1)?.text ?? "").toMatch(/người gây hại: bố/);
  });

  it("a full story is not asked what happened", async () => {
    const { toSummary: walk } = realCoreHarness("w10thin");
    const { questions } = await walk("Tôi là hàng xóm. Con bé nhà bên 9 tuổi bị chú nó đánh bằng roi chiều qua, ở xã Cư Ê Wi, Đắk Lắk.", [[/nguy hiểm ngay/i, "không"]]);
    expect(questions.join("\n")).not.toMatch(/ai .*(đánh|làm hại)|chuyện .*thế nào/i);
  });
});
