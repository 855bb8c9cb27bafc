import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";
import { matchRelation, relationSaid } from "../../src/intake/report-flow/answer-matching.ts";

const h = realCoreHarness("r33");
const ASKS_RELATION = /là ai đối với trẻ|Who are you to the child/;

/** Walk 33: an owner ("chủ", folded like "chú", uncle) or a trader typed at "who are you to the child?" was stored as family. */
describe("a reporter who says a trade, not a tie, is not family", () => {
  it.each([
    "dạ tôi là chủ quán cơm đầu hẻm, thằng bé hay ăn chịu ở quán",
    "mình là chủ phòng trọ bé đang ở với mẹ",
    "toi la chu tiem sua xe gan truong cua be",
    "tôi bán rau ngoài chợ, ngày nào cũng thấy nó",
    "I run the bakery next to their house",
    "I'm a volunteer at the library she goes to",
  ])("«%s» is someone else", async (answer) => {
    const s = await h.toSummary("Có một bé trai tầm 8 tuổi ở phường Tân Ninh, Tây Ninh, tối nào cũng bị bố đánh, sáng nay tay bé bầm tím.", [[/nguy hiểm|in danger/, { choice: "no" }], [ASKS_RELATION, answer]]);
    expect(s.questions.filter((q) => ASKS_RELATION.test(q))).toHaveLength(1);
    expect(s.summary).not.toMatch(/người báo tin: gia đình|reporter: family/i);
    expect(s.summary).toMatch(/người báo tin: |reporter: |told by: /i);
  });

  it.each([
    ["tôi là chú ruột của bé", "family"],
    ["tui la chu cua no", "family"],
    ["em là chủ nhiệm lớp bé", "teacher"],
    ["tôi là chủ tiệm tạp hóa đầu ngõ", "other"],
    ["I own the shop across the street", "other"],
    ["bác bán nước ở cổng chợ", "other"],
  ] as const)("«%s» reads as %s", (text, relation) => {
    expect(relationSaid(text) ?? matchRelation(text)).toBe(relation);
  });
});

/** Walk 33: the reporter's own trade or tie told in the story was asked again ("Bạn là ai đối với trẻ?"). */
describe("who the reporter is, told in the story, is not asked again", () => {
  it.each([
    ["Tôi mở quán nước trước cổng chợ Pleiku, Gia Lai. Có một bé gái khoảng 10 tuổi tối nào cũng đi xin tiền tới khuya, một người đàn ông đứng xa canh và lấy hết tiền.", /người báo tin: (?!gia đình)/],
    ["Tôi cho thuê nhà trọ ở phường Tân Ninh, Tây Ninh. Một người khách nam chừng 45 tuổi ở phòng bên hay dẫn một bé gái 12 tuổi vào phòng đóng cửa, bé ra thì khóc.", /người báo tin: (?!gia đình)/],
    ["Bà có ba đứa cháu nội, đứa lớn 7 tuổi, hai đứa nhỏ 4 tuổi, bố mẹ tụi nó đi làm xa bỏ ở nhà với bà, bà yếu rồi không lo nổi, ở xã Ea Kar, Đắk Lắk.", /người báo tin: gia đình/],
  ])("«%s»", async (story, relation) => {
    const s = await h.toSummary(story, [[/nguy hiểm/, { choice: "no" }]]);
    expect(s.questions.filter((q) => ASKS_RELATION.test(q))).toHaveLength(0);
    expect(s.summary).toMatch(relation);
  });

  it("an English volunteer's story fills who tells", async () => {
    const s = await h.toSummary("I help out as a volunteer at a youth club in Pleiku, Gia Lai. A 13-year-old girl there says her stepfather hits her with a belt, she had bruises on her arms yesterday.", [[/in danger/, { choice: "no" }]]);
    expect(s.questions.filter((q) => ASKS_RELATION.test(q))).toHaveLength(0);
    expect(s.summary).not.toMatch(/family/i);
  });
});

const ASKS_CONTACT = /liên lạc với (bạn|em) qua|How can officers contact you/;

/** Walk 33: a child's typed wish not to be called, at the contact question, got the same question again. */
describe("a child who asks not to be called is anonymous, answered once", () => {
  it.each([
    "thôi đừng gọi cho em, bố em mà biết thì em bị đánh nữa",
    "dung goi e nha, ba e nghe la e toi",
    "please don't call, my mum checks my phone",
  ])("«%s»", async (wish) => {
    const s = await h.toSummary("em 12 tuổi, bố em say rượu hay đánh em, tối qua đánh em bầm lưng, em sợ lắm", [[/nguy hiểm/, { choice: "no" }], [ASKS_CONTACT, wish]]);
    expect(s.questions.filter((q) => ASKS_CONTACT.test(q))).toHaveLength(1);
    expect(s.summary).toMatch(/ẩn danh|anonymous/i);
  });
});

/** Walk 33: a child's place typed as "province, district" ("dak lak a, krong pac") lost the second part. */
describe("a child's place typed as province then district keeps both", () => {
  it.each([
    ["gia lai a, chu se", /Chư Sê|chu se/i],
    ["đắk lắk ạ, krông búk", /Krông Búk/i],
  ])("«%s»", async (place, expected) => {
    const s = await h.toSummary("em 12 tuổi, bố em say rượu hay đánh em, tối qua đánh em bầm lưng, em sợ lắm", [[/nguy hiểm/, { choice: "no" }], [/tỉnh, thành phố nào/, place]]);
    const line = s.summary.split("\n").find((l) => /^(?:Mình hiểu|Cô chú hiểu)/.test(l)) ?? "";
    expect(line).toMatch(expected);
  });
});

/** Walk 33: a number followed by more of the story, at the contact question, became the whole contact. */
describe("a number, then more story, at the contact question", () => {
  it.each([
    ["0912345678. Thằng bé còn bị bỏ đói cả ngày, tối nay chắc lại bị đánh", "0912345678", /bỏ đói/],
    ["0356 789 123, con bé kể thêm là ông ấy còn khóa cửa nhốt nó trong nhà kho", "0356 789 123", /nhà kho/],
  ])("«%s» keeps the number as the contact", async (typed, number, rest) => {
    const s = await h.toSummary("Tôi là hàng xóm, bé trai 9 tuổi nhà bên ở xã Ea Kar, Đắk Lắk tuần này bị bố dượng đánh bằng gậy.", [[/nguy hiểm/, { choice: "no" }], [ASKS_CONTACT, typed]]);
    const line = s.summary.split("\n").find((l) => /^(?:Mình hiểu|Cô chú hiểu)/.test(l)) ?? "";
    expect(line).toMatch(new RegExp(`liên lạc: ${number}(?: \\(|;|\\.|$)`));
    expect(line).not.toMatch(rest);
    expect(s.summary).toMatch(rest);
  });
});

/** Walk 33: an English correction of the time after [Edit] ("it happened last month, not today") was not understood. */
describe("an English correction of when, after Edit", () => {
  it.each([
    ["It was last week, not today. She only told me this morning.", /last time: last week/],
    ["The last time was last month, not today", /last time: last month/],
    ["The hitting happened last week, not today. She only told me about it today.", /last time: last week/],
    ["Chuyện xảy ra tháng trước chứ không phải hôm nay. Bé mới kể với tôi hôm nay thôi.", /last time: tháng trước|lần gần nhất: tháng trước/],
  ])("«%s»", async (fix, expected) => {
    const s = await h.toSummary("I coach a football team in Pleiku, Gia Lai. Today a 10-year-old girl on the team told me her stepfather hit her with a belt.", [[/in danger/, { choice: "no" }]]);
    await s.send({ choice: "edit" });
    const next = all(await s.send(fix));
    expect(next).not.toMatch(/could not read which detail/);
    expect(next).toMatch(expected);
  });
});

/** Walk 33: a question at the end of the first message ("do I need to report this again here?") was not answered. */
describe("a side question inside the first message is answered", () => {
  it.each([
    ["Tôi là giáo viên ở xã Ea Kar, Đắk Lắk. Hồi tháng 3 một học trò lớp 4 của tôi bị mẹ kế đánh, xã đã can thiệp, giờ cháu ở với ông bà ngoại ổn rồi. Tôi có nên báo lại lên đây nữa không?", /báo ở đây là đúng/],
    ["I'm a nurse in Pleiku, Gia Lai. Last year a 9-year-old girl was burned by her stepmother, the case was handled and she lives with her aunt now. Do I need to report this here as well?", /reporting here is right/],
  ])("«%s»", async (story, answer) => {
    const said = all(await h.reporter().send(story));
    expect(said).toMatch(answer);
  });
});

/** Walk 33: a commune told in the story without its level word ("o ea kar dak lak") was asked again. */
describe("a commune named before the province in the story is not asked again", () => {
  it.each([
    "nhỏ bạn em 13t, nhà nó ở krong buk dak lak, bố dượng nó hay đánh nó, tối qua đánh chảy máu đầu",
    "ban e 14t o chu se gia lai, me ke no bo doi no may ngay nay roi",
  ])("«%s»", async (story) => {
    const s = await h.toSummary(story, [[/nguy hiểm/, { choice: "no" }]]);
    expect(s.questions.filter((q) => /xã, phường nào|Xã hay phường nào/.test(q))).toHaveLength(0);
  });
});
