/**
 * Issue 13's known leftovers of the reporter conversation (brief C15), each in sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, realCoreHarness } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";

const h = realCoreHarness("c15");
const DANGER = /in danger right now|nguy hiểm ngay lúc này/;

/** The "I understood" line of the summary; the test fails when no summary was reached. */
function understoodLine(summary: string): string {
  const line = summary.split("\n").find((l) => /^(Mình hiểu|Cô chú hiểu|I understood|We understood)/.test(l));
  expect(line, "the summary was reached").toBeDefined();
  return line!;
}

describe("a child with the person who abuses them sexually, now or tonight, is an emergency even after the reporter's no", () => {
  it.each([
    "Cháu gái tôi 11 tuổi kể là ông dượng hay vào phòng sờ vào vùng kín cháu. Tối nay chị tôi đi làm ca đêm, chỉ còn cháu với ông ấy. Nhà ở phường Tân Lập, Đắk Lắk.",
    "Con bé 9 tuổi nhà đối diện bị cha dượng sàm sỡ nhiều lần, tôi thấy tận mắt. Giờ con bé ở nhà với cha dượng. Phường Tân An, Đắk Lắk.",
    "Bé trai lớp 4 ở xóm tôi bị ông chú họ sờ mó chỗ kín mấy lần rồi. Bây giờ nó đang ở nhà một mình với ổng. Xã Ea Kar, Đắk Lắk.",
    "My student, 12, told me her stepdad touches her private parts at night. Her mom works night shifts and tonight she is alone with him. We are in Pleiku, Gia Lai.",
    "The girl next door is 10 and her uncle keeps groping her, she told my daughter. She is home with him now. Hai Chau, Da Nang.",
  ])("«%s» with no to danger now", async (story) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    understoodLine(s.summary);
    await s.send({ choice: "submit" });
    const c = h.stored(s.chatId);
    expect(c).toBeDefined();
    expect(triageDraft(c!.draft).risk).toBe("emergency");
  });

  it.each([
    "Con bé 8 tuổi nhà bên bị dượng sờ ngực nhiều lần. Giờ bé ở với bà ngoại rồi, dượng đi làm xa. Phường Tân Lập, Đắk Lắk.",
    "A 10 year old girl on my street was groped by her uncle last month. She is home with her grandmother now and he moved away. Hai Chau, Da Nang.",
  ])("«%s»: with someone else now is not with the person", async (story) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    understoodLine(s.summary);
    await s.send({ choice: "submit" });
    const c = h.stored(s.chatId);
    expect(c!.draft.withPersonNow).not.toBe("yes");
  });
});

describe("the danger answer that puts the child with that person now keeps the emergency", () => {
  it.each([
    ["Con bé 12 tuổi nhà kế bên kể với con tôi là dượng nó hay sờ soạng nó. Phường Tân Lập, Đắk Lắk.", "Không, giờ con bé ở nhà với dượng nó"],
    ["The 11 year old girl across the road told my wife her stepfather touches her under her clothes. Tan Lap ward, Dak Lak.", "no, but right now she's home with her stepfather"],
  ])("«%s» / «%s»", async (story, answer) => {
    const s = await h.toSummary(story, [[DANGER, answer]]);
    understoodLine(s.summary);
    await s.send({ choice: "submit" });
    expect(triageDraft(h.stored(s.chatId)!.draft).risk).toBe("emergency");
  });
});

describe("a house the writer hears from is not who harms; a neighbour who harms is", () => {
  it.each([
    ["From next door I heard the boy screaming again last night, he is about 7. Tan Lap ward, Dak Lak.", /a boy, 7/],
    ["I heard from next door the little girl sobbing for an hour after a loud crash, she's maybe 5. Hai Chau, Da Nang.", /a girl, 5/],
    ["Tối qua tôi nghe từ nhà bên cạnh tiếng thằng bé 6 tuổi gào khóc, xin đừng đánh nữa. Phường Tân Lập, Đắk Lắk.", /bé trai 6 tuổi/],
  ])("«%s»", async (story, child) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    const line = understoodLine(s.summary);
    expect(line).not.toMatch(/causing harm: neighbour|người gây hại: hàng xóm/);
    expect(line).toMatch(child);
    expect(s.questions.join("\n")).not.toMatch(/how old|bao nhiêu tuổi/);
  });

  it.each([
    ["There is a boy of 7 on our lane; the neighbour beats him with a broom whenever he plays in the yard. Tan Lap ward, Dak Lak.", /causing harm: neighbour/],
    ["The man next door slaps his little daughter, she is 5, I see it from my window. Hai Chau, Da Nang.", /causing harm: neighbour/],
    ["Ông hàng xóm hay lấy chổi đánh cháu ngoại tôi mỗi khi cháu sang sân chơi, cháu mới 7 tuổi. Phường Tân Lập, Đắk Lắk.", /người gây hại: (?:ông )?hàng xóm/],
  ])("«%s»", async (story, harmer) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    expect(understoodLine(s.summary)).toMatch(harmer);
  });
});

describe("the child's age set off after where the child lives is read, and a story that says who writes starts the report", () => {
  it.each([
    ["The boy next door, 9, is left alone for days and begs us for food. Tan Lap ward, Dak Lak. I'm a neighbour.", /a boy, 9/],
    ["The girl across the road, 6, has bruises on her face again and her mum screams at her. Hai Chau, Da Nang. I am a neighbour.", /a girl, 6/],
  ])("«%s»", async (story, child) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    expect(hasChoice(s.first.at(-1), "menu:report")).toBe(false);
    expect(all(s.first)).not.toMatch(/Do you want to report/);
    const line = understoodLine(s.summary);
    expect(line).toMatch(child);
    expect(line).toMatch(/reporter: neighbour/);
    expect(line).not.toMatch(/causing harm: neighbour/);
    expect(s.questions.join("\n")).not.toMatch(/how old|Who are you to the child/);
  });
});

describe("a full story that asks for help is a report without an extra offer", () => {
  it.each([
    "Con bé nhà cuối hẻm mới 8 tuổi mà ngày nào cũng bị mẹ kế đánh, tay nó bầm hết. Phường Tân Lập, Đắk Lắk. Mong các anh chị giúp cháu.",
    "Thằng nhỏ 5 tuổi nhà trọ kế bên bị ông nội nó trói ngoài sân cả buổi chiều. Xã Ea Kar, Đắk Lắk. Cứu nó với ạ.",
    "My neighbour's son, 11, gets hit with a stick by his dad almost every night. Hai Chau, Da Nang. Please help him.",
    "A 6 year old girl in my building is left locked in her room all day by her aunt. Pleiku, Gia Lai. Can someone help her?",
    "Con trai tôi bị cô giáo chủ nhiệm véo tai đến đỏ cả lên.",
    "Con tôi bị cô giáo đánh vào tay sưng đỏ.",
    "Con tôi bị cô giáo đánh vào lưng.",
    "Cháu tôi bị bác bảo vệ trường tát vào mặt hôm nay.",
    "My daughter was pinched by her tutor until her arm went red.",
    "The boy downstairs gets smacked on the hands by his grandma with a ruler.",
  ])("«%s»", async (story) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    expect(hasChoice(s.first.at(-1), "menu:report")).toBe(false);
    expect(all(s.first)).not.toMatch(/Bạn (?:có )?muốn báo tin|Do you want to report/);
    understoodLine(s.summary);
  });
});

describe("a side question neither the flow nor the plans answer is said so honestly, never stored, and the step asked again", () => {
  it.each([
    ["Thằng bé 9 tuổi nhà bên bị bố nó quất roi mây hôm qua, lằn đỏ cả chân. Phường Tân Lập, Đắk Lắk.", "Bên bạn có văn phòng ở Pleiku không?"],
    ["Thằng bé 9 tuổi nhà bên bị bố nó quất roi mây hôm qua, lằn đỏ cả chân. Phường Tân Lập, Đắk Lắk.", "Ứng dụng này là của nhà nước hay tư nhân làm vậy?"],
    ["Thằng bé 9 tuổi nhà bên bị bố nó quất roi mây hôm qua, lằn đỏ cả chân. Phường Tân Lập, Đắk Lắk.", "Mấy giờ thì văn phòng các bạn mở cửa?"],
    ["A 9 year old boy next door was whipped with a cane by his father yesterday, red welts on his legs. Tan Lap ward, Dak Lak.", "Are you a real person or a robot?"],
    ["A 9 year old boy next door was whipped with a cane by his father yesterday, red welts on his legs. Tan Lap ward, Dak Lak.", "Do you have an office in Hue I could visit?"],
  ])("«%s» then «%s»", async (story, asked) => {
    const r = h.reporter();
    const first = await r.send(story);
    const pending = first.at(-1)?.text ?? "";
    const replies = await r.send(asked);
    expect(all(replies)).toMatch(/chưa trả lời được|can't answer|cannot answer/);
    expect(all(replies)).not.toMatch(/đã ghi (?:nó|thêm) vào báo tin|kept it in the report|added it to the report/);
    // The step is asked again.
    expect(replies.at(-1)?.text).toBe(pending);
    const d = h.draftOf(r.chatId)!;
    expect(d.extraNotes).not.toContain(asked);
    expect(d.narrative ?? "").not.toContain(asked);
    expect(d.provinceId).toBe("dak-lak");
    expect(d.commune ?? "").not.toMatch(/Pleiku|Hue/);
  });
});

describe("a correction at the summary that mixes two facts applies both and says what changed", () => {
  const VI = "Tôi ở cạnh nhà. Con bé 7 tuổi bên đó bị mẹ kế lấy dép đánh vào mặt tuần trước, sưng cả má. Phường Tân An, Đắk Lắk.";
  const EN = "I live next door. A 7 year old girl there was hit in the face with a sandal by her stepmother last week, her cheek swelled up. Tan An ward, Dak Lak.";
  it.each([
    [VI, "thằng bé là con trai, mà 9 tuổi chứ không phải 7", /bé trai 9 tuổi/, /tuổi .*7.*9|giới tính/],
    [VI, "bé 5 tuổi thôi, với lại người đánh là bà nội chứ không phải mẹ kế", /bé gái 5 tuổi.*người gây hại: (?:ông bà|bà nội)/, /5 tuổi/],
    [EN, "He's a boy, not a girl, and he's 9", /a boy, 9/, /9 years old/],
    [EN, "she's only 5, and it was her grandmother not her stepmother", /a girl, 5.*causing harm: (?:grandparent|grandmother)/, /5 years old/],
  ])("«%s» / «%s»", async (story, fix, after, said) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    understoodLine(s.summary);
    const replies = await s.send(fix);
    const text = replies.at(-1)?.text ?? "";
    expect(text).toMatch(/Đã sửa|Changed as you said/);
    expect(text).toMatch(said);
    expect(understoodLine(text)).toMatch(after);
  });

  it.each([
    [VI, "không phải hàng xóm, cô là dì ruột của bé", /người báo tin: (?:gia đình|dì)/],
    [VI, "nhầm rồi, tôi không phải hàng xóm mà là thầy chủ nhiệm của bé", /người báo tin: thầy cô giáo/],
    [EN, "I'm not her neighbour, I'm her aunt", /reporter: (?:family|her aunt)/],
    [EN, "Sorry, I'm not a neighbour, I'm her class teacher", /reporter: teacher/],
  ])("«%s» / «%s»: who writes changes, who harms does not", async (story, fix, after) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    const harmer = /(?:người gây hại|causing harm): [^;]+/.exec(understoodLine(s.summary))?.[0];
    const replies = await s.send(fix);
    const text = replies.at(-1)?.text ?? "";
    expect(text).toMatch(/Đã sửa|Changed as you said/);
    const line = understoodLine(text);
    expect(line).toMatch(after);
    expect(line).toContain(harmer);
    await s.send({ choice: "submit" });
    expect(h.stored(s.chatId)!.draft.reporterRelation).not.toBe("neighbour");
  });
});

describe("a reporter's own correction in the middle of the story is read: the later words win", () => {
  it.each([
    ["Tôi ở sát vách. Con bé 6 tuổi ở phường Tân Lập hay bị ba nó nhốt ngoài hiên cả đêm, ơ nhầm, không phải Tân Lập mà là phường Tân An, Đắk Lắk.", /phường Tân An/, /Tân Lập/],
    ["Thằng bé 10 tuổi ở xã Ea Kar bị chú ruột đánh gãy tay tuần trước, xin lỗi, không phải Ea Kar mà là xã Krông Búk nha, Đắk Lắk. Tôi là cô giáo của nó.", /Krông Búk/, /Ea Kar/],
    ["I teach a 10 year old girl who lives in Tan Lap ward, sorry, not Tan Lap, it's Tan An ward, Dak Lak. Her mother burns her arms with cigarettes.", /Tan An/, /Tan Lap/],
    ["My nephew is 8, his stepdad beat him with a belt yesterday. They live in Ea Kar commune - oops, not Ea Kar, it's Krong Buk commune, Dak Lak.", /Kr[oô]ng B[uú]k/, /Ea Kar/],
  ])("«%s»", async (story, place, not) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    const line = understoodLine(s.summary);
    expect(line).toMatch(place);
    expect(line).not.toMatch(not);
    await s.send({ choice: "submit" });
    const c = h.stored(s.chatId)!;
    expect(c.draft.commune ?? "").toMatch(place);
    // What the reporter typed is kept whole for officers.
    expect(c.draft.narrative ?? "").toMatch(not);
  });

  it("a correction of the age in the middle of the story reads the later age", async () => {
    const s = await h.toSummary("Bé gái nhà bên 8 tuổi, à nhầm, không phải 8 mà là 11 tuổi, bị mẹ ruột bỏ đói mấy ngày nay. Phường Tân An, Đắk Lắk.", [[DANGER, { choice: "no" }]]);
    expect(understoodLine(s.summary)).toMatch(/bé gái 11 tuổi/);
  });
});

describe("a place typed short or without tones is spelled as the registry knows it, only when one known place fits", () => {
  it.each([
    ["Tôi bán tạp hóa gần nhà nó. Thằng bé 8 tuổi ở BMT ngày nào cũng bị ba nó đánh bằng dây điện.", /Buôn Ma Thuột/],
    ["toi la co giao. be gai 10 tuoi o xa Krong Buk, Dak Lak bi di ghe nhot trong kho may ngay nay.", /xã Krông Búk/],
    ["I run the shop on her street. A 6 year old girl in BMT is locked out of the house every night by her father.", /Buon Ma Thuot/],
  ])("«%s»", async (story, place) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    expect(understoodLine(s.summary)).toMatch(place);
    await s.send({ choice: "submit" });
    expect(h.stored(s.chatId)!.draft.commune ?? "").toMatch(place);
  });

  it("an English report keeps a name typed without tones as typed (its lines carry no Vietnamese letters but the province)", async () => {
    const s = await h.toSummary("I run the shop on her street. A 6 year old girl in Buon Ma Thuot is locked out of the house every night by her father.", [[DANGER, { choice: "no" }]]);
    expect(understoodLine(s.summary)).toMatch(/Buon Ma Thuot/);
  });

  it("a name the registry does not know is kept as the reporter typed it", async () => {
    const s = await h.toSummary("toi la hang xom. be trai 9 tuoi o xa Hoa Thang, Dak Lak bi bo danh bam tim hom qua.", [[DANGER, { choice: "no" }]]);
    expect(understoodLine(s.summary)).toMatch(/xa Hoa Thang|xã Hoa Thang/);
  });

  it("a commune typed without tones at the commune question is spelled as known", async () => {
    const s = await h.toSummary("Tôi là hàng xóm. Bé trai 9 tuổi ở Đắk Lắk bị bố đánh bầm tím hôm qua.", [[DANGER, { choice: "no" }], [/xã|phường|commune|ward/, "huyen krong buk"]]);
    expect(understoodLine(s.summary)).toMatch(/Krông Búk/);
  });
});

describe("only a thin or ambiguous message is offered the report", () => {
  it.each(["The kid upstairs seems sad a lot lately."])("«%s»", async (said) => {
    const r = h.reporter();
    const replies = await r.send(said);
    expect(hasChoice(replies.at(-1), "menu:report")).toBe(true);
  });
});
