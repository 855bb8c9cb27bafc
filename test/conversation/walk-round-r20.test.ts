/**
 * Round-20 walk findings (32 fresh reporters through the web chat, 4 December), replayed through the real
 * conversation core with sentences of our own of the same kinds: a question typed at a step that the bot
 * met with "noted" only (whether a number must be given, whether anyone comes to an anonymous report, a
 * child who cannot call because the person would hear), a child who says who they are in a sentence of its
 * own before naming who hurts them, an uncle typed without tones ("chu em") who beats the mother and the
 * child, and a reporter who chose to ask about the plans and then says, after a
 * thank-you or a "no", that they want to report after all (the story told first must be the report's).
 */
import { describe, expect, it } from "vitest";
import { extractReportFacts } from "../../src/intake/triage/report-facts.ts";
import { sideTopics } from "../../src/intake/report-flow/side-questions.ts";
import { all, lastLine, realCoreHarness, untilSummary } from "./real-core-harness.ts";

const { reporter, stored } = realCoreHarness("r20");

/** Tells the story, accepts the report when offered, and answers the danger question with no: stops at the next question. */
async function atContact(story: string) {
  const w = reporter();
  let replies = await w.send(story);
  for (let i = 0; i < 6 && !/liên lạc|contact|số điện thoại|phone number/i.test(lastLine(replies.at(-1))); i++) {
    const last = replies.at(-1);
    if (last?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
    else if (last?.choices?.some((c) => c.id === "no")) replies = await w.send({ choice: "no" });
    else replies = await w.send(last?.choices?.some((c) => c.id === "skip") ? { choice: "skip" } : "bỏ qua");
  }
  return { w, replies };
}

describe("a question typed at a step is answered, never met with 'noted' alone", () => {
  it("must I give my number, he reads my phone (English adult at the contact question)", async () => {
    const { w, replies } = await atContact("My neighbour's son, 9, in Pleiku, Gia Lai, is beaten by his stepfather most nights, I hear it through the wall.");
    expect(lastLine(replies.at(-1))).toMatch(/contact|phone/i);
    const answer = await w.send("must I leave you my phone number? my husband looks through my phone");
    expect(all(answer)).toMatch(/anonymous/i);
    expect(all(answer)).not.toMatch(/^Thank you, I wrote that down/);
    expect(lastLine(answer.at(-1))).toMatch(/contact|phone/i);
  });

  it.each([
    "do I need to give a phone number? I don't want him reading my texts",
    "if I pick anonymous will someone still come to help me tonight?",
  ])("a child in English at the contact question: «%s»", async (asked) => {
    const w = reporter();
    const first = await w.send("im 13, a girl. my stepdad comes in my room at night and touches me. mom works nights, she is at work tonight. we live in Pleiku");
    expect(lastLine(first.at(-1))).toMatch(/contact|phone/i);
    const answer = await w.send(asked);
    expect(all(answer)).not.toMatch(/^Thank you, I wrote that down/);
    expect(all(answer)).toMatch(/name|anonymous|code|read|help/i);
    expect(lastLine(answer.at(-1))).toMatch(/contact|phone/i);
  });

  it("will anyone still come if I stay anonymous (Vietnamese)", async () => {
    const { w } = await atContact("Tôi ở xã Ea Tu, Đắk Lắk. Thằng bé 6 tuổi nhà đối diện bị bố nó đánh bằng roi mấy hôm nay, chân tím hết.");
    const answer = await w.send("nếu tôi không để lại số thì có cán bộ nào tới giúp thằng bé không?");
    expect(all(answer)).toMatch(/mã báo tin|xem ngay|ẩn danh/);
    expect(all(answer)).not.toMatch(/^Cảm ơn, (?:tôi|mình) đã ghi thêm/);
  });

  it("a child hiding who cannot call because the person would hear is told to keep writing here, and 113", async () => {
    const w = reporter();
    await w.send("bo e dang dap do trong nha, e chay vo phong khoa cua r. e 11t");
    const answer = await w.send("e ko dam goi dien, bo e nghe thay. e nhan o day thoi dc ko");
    expect(all(answer)).toMatch(/nhắn/);
    expect(all(answer)).toMatch(/113/);
  });
});

describe("a child who says who they are before naming who hurts them", () => {
  it.each([
    ["I'm a girl. My uncle hits me every day.", "relative"],
    ["i am a student. my stepdad touches me at night", "stepfather"],
    ["hi im 13 and i'm a boy. my older cousin beats me when mum is out", "relative"],
  ])("«%s»", (text, harmer) => {
    expect(extractReportFacts(text).harmer).toBe(harmer);
  });

  it.each([
    "chu em dang danh me em, chu cam cay gay quat ca em nua. em dang nup trong phong",
    "chú nó say xỉn về đánh mẹ nó, đánh luôn thằng bé",
  ])("the uncle who beats the mother and the child is who harms, not the mother: «%s»", (text) => {
    expect(extractReportFacts(text).harmer).toBe("relative");
  });

  it.each([
    "toi nay bo me di an cuoi het, t se uong het hop thuoc ngu cua me cho xong chuyen",
    "mai ba má đi làm sớm, em tính uống hết mấy vỉ thuốc của bà rồi ngủ luôn",
  ])("a child planning to swallow pills while the parents are out harms themself, not the parents: «%s»", (text) => {
    expect(extractReportFacts(text).harmer).toBe("self");
  });

  it("the writer introducing themself is still no harmer ('I'm a teacher. A boy in my class...')", () => {
    expect(extractReportFacts("I'm a teacher at a school in Hue. A boy in my class comes with bruises.").harmer).not.toBe("teacher");
  });
});

describe("a reporter who chose to ask, then says they will report after all", () => {
  const STORY = "Chào anh chị. Cháu ngoại tôi 8 tuổi ở phường Thống Nhất, Gia Lai, hồi tháng trước bị ông chủ quán gần nhà giữ lại trong quán, sờ mó. Giờ cháu không chịu đi ngang đó nữa. Tôi muốn hỏi chuyện này thì báo cho ai?";
  it.each([
    "Cảm ơn. Vậy tôi cũng muốn báo chuyện của cháu cho cán bộ luôn.",
    "không, tôi muốn báo tin chứ không hỏi nữa",
  ])("«%s» starts the report with the story told first", async (said) => {
    const w = reporter();
    await w.send(STORY);
    // The story starts the report; "chỉ hỏi" at its first question leaves it for the questions (the story kept in the chat).
    await w.send("tôi chỉ muốn hỏi thôi");
    await w.send("Ở Gia Lai cơ quan nào lo việc phòng chống xâm hại trẻ em?");
    const replies = await w.send(said);
    expect(all(replies)).toMatch(/báo tin/i);
    expect(all(replies)).not.toMatch(/không trả lời câu hỏi này/);
    const summary = await untilSummary(w, replies);
    expect(all(summary)).toContain("ông chủ quán");
    await w.send({ choice: "submit" });
    expect(stored(w.chatId)?.draft.narrative ?? "").toContain("ông chủ quán");
  });
});

describe("the second reading of round 20's changes", () => {
  it.each([
    "tôi không dám gọi 113, sợ ổng biết là tôi báo",
    "con bé bị tịch thu điện thoại, không được gọi cho ai",
    "Tôi có nên gọi cho mẹ bé biết không?",
  ])("«%s» is no child who cannot call", (text) => {
    expect(sideTopics(text)).not.toContain("cantCall");
  });

  it("finishing a fever medicine is no self-harm: the parents who leave the sick child alone are who harms", () => {
    expect(extractReportFacts("Bé 4 tuổi nhà bên sốt cao 3 ngày, uống hết thuốc hạ sốt rồi mà không đỡ, bố mẹ bé đi làm bỏ bé ở nhà một mình không đưa đi viện").harmer).toBe("parents");
  });

  it.each(["Cảm ơn, tôi phải báo cáo lại với lãnh đạo.", "Tôi là cán bộ xã. Tôi cần báo cáo số liệu trẻ em cho huyện."])("an official's 'báo cáo' is no report of a child: «%s»", async (said) => {
    const replies = await reporter().send(said);
    expect(all(replies)).not.toMatch(/nguy hiểm ngay lúc này không/);
  });
});

describe("round 21 findings", () => {
  it.each(["Cán bộ có báo cho chồng tôi biết là tôi đi báo không?", "will you tell my husband that I reported this?"])("whether the writer's husband is told is answered as the family: «%s»", (text) => {
    expect(sideTopics(text)).toContain("parents");
  });

  it("'should I go to the police station to report?' with a deadline tonight is answered 'yes, 113', not 'this report is enough'", async () => {
    const w = reporter();
    await w.send("Cháu trai tôi 13 tuổi ở phường Thắng Lợi, Kon Tum bị một đứa quen qua Zalo dọa đăng clip nhạy cảm nếu trước 10 giờ tối nay không nộp 3 triệu.");
    const replies = await w.send("Tôi có nên lên công an phường trình báo luôn không hay chờ bên mình?");
    expect(all(replies)).toMatch(/Có: trẻ đang gặp nguy hiểm thì gọi ngay 113/);
    expect(all(replies)).not.toMatch(/^Báo tin ở đây là đủ/m);
  });

  // Not yet: a farewell posted last night ("mai tao không còn ở đây nữa") with the child unreachable is rated high, not an
  // emergency, so "should I go to the police?" still gets "this report is enough" there.
  it.fails("'should I go to the police?' about a story the triage reads as an emergency is answered 'yes, 113', not 'this report is enough'", async () => {
    const w = reporter();
    const first = await w.send("Tôi là cô chủ nhiệm lớp 9 ở xã Phú Vang, Huế. Tối qua một em nữ lớp tôi 14 tuổi đăng lên Facebook 'mai tao không còn ở đây nữa' kèm ảnh cổ tay có vết cắt. Sáng nay em không đi học, gọi không nghe máy.");
    let last = first;
    if (first.some((r) => r.choices?.some((c) => c.id === "menu:report"))) last = await w.send({ choice: "menu:report" });
    if (/nguy hiểm ngay lúc này/.test(lastLine(last.at(-1)))) await w.send({ choice: "unknown" });
    const replies = await w.send("tôi có nên đi báo công an luôn không, hay nhà trường tới nhà em ấy trước?");
    expect(all(replies)).toMatch(/113/);
    expect(all(replies)).not.toMatch(/^Báo tin ở đây là đủ/m);
  });
});

describe("round 22 findings", () => {
  it("a parent named in the answer to the contact question is not who harms ('đừng gọi lúc mẹ em ở nhà')", async () => {
    const w = reporter();
    let replies = await w.send("e 15t, may tuan nay e rach tay hoai, toi nay e tinh uong het vi thuoc ngu cho xong. o Pleiku, Gia Lai");
    for (let i = 0; i < 6 && !/liên lạc|số điện thoại/.test(lastLine(replies.at(-1))); i++) {
      const last = replies.at(-1);
      const pick = last?.choices?.find((c) => /^(menu:report|no|unknown|skip)$/.test(c.id));
      replies = await w.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    const summary = await untilSummary(w, await w.send("0905 222 111 nhưng đừng gọi lúc mẹ em ở nhà"));
    expect(all(summary)).not.toMatch(/người làm hại em: mẹ|người gây hại: mẹ/);
  });

  it.each([
    "người gây hại: không có",
    "Không phải, chị gái tôi là mẹ của cháu, chị ấy không làm gì hại cháu. Tôi không biết ai gây hại, chỉ lo thôi.",
    "không có ai gây hại cả, tôi chỉ lo thôi",
    "người gây hại: chưa rõ",
  ])("a correction that says nobody harms, or nobody known, clears who harms: «%s»", async (fix) => {
    const w = reporter();
    let replies = await w.send("Chị gái tôi có con gái 9 tuổi ở xã Hòa Thuận, Đắk Lắk. Dạo này cháu hay sợ sệt, ít nói, hay khóc khi nghe tiếng xe máy. Tôi không thấy vết thương gì, chỉ lo thôi.");
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
    await untilSummary(w, replies);
    await w.send({ choice: "edit" });
    const after = await w.send(fix);
    expect(all(after)).not.toMatch(/người gây hại: anh chị em/);
  });
});

describe("a child who asks whether the police will arrest them", () => {
  it("is told they are not at fault, not 'yes, call 113'", async () => {
    const w = reporter();
    await w.send("em 14 tuổi. em rạch tay mấy tháng nay rồi, tối nay em sẽ uống hết vỉ thuốc của ba cho xong. chẳng ai thương em");
    const replies = await w.send("em không muốn nói em ở đâu. có phải gọi công an bắt em không?");
    expect(all(replies)).not.toMatch(/Có, gọi ngay 113/);
    expect(all(replies)).toMatch(/không có lỗi/);
  });
});

describe("a grown-up's correction at the summary that speaks of children as 'em'", () => {
  it("keeps the grown-up's voice", async () => {
    const w = reporter();
    let replies = await w.send("Tôi là cán bộ văn hóa xã Ia Hrung, Gia Lai. Có một người lạ tới thôn 4 rủ ba em trai 15 tuổi bỏ học đi làm ở Bình Dương, hứa lương cao, tuần sau đi.");
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
    await untilSummary(w, replies);
    await w.send({ choice: "edit" });
    const after = await w.send("có một em mới 14 tuổi, hai em kia 15 tuổi");
    expect(all(after)).not.toMatch(/cô chú|Gửi cho cô chú/);
    expect(all(after)).toMatch(/cán bộ/);
  });
});

describe("a child's question about being found out, at the offer", () => {
  it("is answered, and the offer stays (never sent to the plans)", async () => {
    const w = reporter();
    const first = await w.send("hồi năm lớp 3 em bị ông bán tạp hóa đầu ngõ sờ mó, giờ ông ấy dọn đi rồi, em 12 tuổi. em muốn hỏi em kể thì có sao không");
    expect(first.some((r) => r.choices?.some((c) => c.id === "menu:report"))).toBe(true);
    const replies = await w.send("em hỏi trước đã, em kể thì ông ấy có biết là em kể không?");
    expect(all(replies)).not.toMatch(/kế hoạch trong kho|Kho kiến thức/);
    expect(all(replies)).toMatch(/bí mật|không nói|không kể/);
  });
});

describe("a refusal to say where, at the place question", () => {
  it.each(["em không muốn nói em ở đâu", "ko can biet t o dau dau", "I'd rather not say where I live"])("is a skip, not asked again: «%s»", async (said) => {
    const w = reporter();
    let replies = await w.send("em 15 tuổi, dạo này em hay rạch tay, em thấy mệt mỏi lắm, không ai hiểu em");
    for (let i = 0; i < 6 && !/tỉnh|province|where/i.test(lastLine(replies.at(-1))); i++) {
      const last = replies.at(-1);
      const pick = last?.choices?.find((c) => /^(menu:report|no|unknown)$/.test(c.id));
      replies = await w.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(lastLine(replies.at(-1))).toMatch(/tỉnh|province|where/i);
    const next = await w.send(said);
    expect(lastLine(next.at(-1))).not.toMatch(/tỉnh, thành phố nào|which province|where/i);
  });
});

describe("a time named by a grade", () => {
  it("'học sinh nam lớp 7' (a boy in grade 7) is no time 'năm lớp'", () => {
    expect(extractReportFacts("Tôi là giáo viên THCS. Tôi nghi một em học sinh nam lớp 7 của tôi bị cha dượng xâm hại.").when).toBeNull();
  });

  it("'Năm lớp 4 em bị ...' is past, and the summary shows 'hồi lớp 4' with its number", async () => {
    expect(extractReportFacts("Năm lớp 4 em bị chú hàng xóm sờ mó, giờ em 13 tuổi rồi").when).toBe("past");
    const w = reporter();
    let replies = await w.send("hồi lớp 3 em bị ông hàng xóm dọa đánh hoài, giờ ổng dọn đi rồi, em 12 tuổi, em ở phường Thống Nhất, Gia Lai");
    if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
    const summary = await untilSummary(w, replies);
    expect(all(summary)).toMatch(/hồi lớp 3/);
  });
});
