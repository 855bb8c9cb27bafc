/**
 * Walk 37's findings on who harms and who writes, each in sentences written for these tests (not the walk's own).
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("r37");
/** The "I understood" line of the summary; a test that never reached the summary fails here, not passes on "". */
function understood(summary: string): string {
  const line = summary.split("\n").find((l) => /^(Mình hiểu|Cô chú hiểu|I understood|We understood)/.test(l));
  expect(line, "the summary was reached").toBeDefined();
  return line!;
}
const DANGER = /in danger right now|nguy hiểm ngay lúc này/;

/** Reaches the summary, then types words that name no field, so the field buttons are offered. */
async function toFieldButtons(story: string) {
  const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
  await s.send({ choice: "edit" });
  const replies = await s.send(story.startsWith("Tôi") || /[ăâđêôơư]/iu.test(story) ? "chỗ này chưa ổn" : "this part is off");
  expect(hasChoice(replies.at(-1), "fix:harmer")).toBe(true);
  return s;
}

/** Walk 37 (r08, x3): the harmer typed after [Who harms] changed the child's sex to boy, and the harmer stayed as before. */
describe("a harmer typed after the 'who harms' button changes who harms and nothing else", () => {
  it("an unknown older man, in English: the girl stays a girl and the writer stays who they were", async () => {
    const s = await toFieldButtons("My neighbour's girl, she is 8, gets hit with a belt by her father most nights. We live in Hoi An, Da Nang. I am her neighbour.");
    const before = understood(s.seen.filter((r) => hasChoice(r, "submit")).at(-1)?.text ?? "");
    expect(before).toMatch(/a girl/);
    await s.send({ choice: "fix:harmer" });
    const replies = await s.send("an older man, I have no idea who he is");
    const text = all(replies);
    expect(text).not.toMatch(/sex|boy/);
    const line = understood(replies.at(-1)?.text ?? "");
    expect(line).toMatch(/a girl/);
    expect(line).not.toMatch(/causing harm: father/);
    expect(line).toMatch(/reporter: neighbour/);
    await s.send({ choice: "submit" });
    const d = h.stored(s.chatId)!.draft;
    expect(d.childSex).toBe("female");
    expect(d.harmer).not.toBe("father");
    expect(d.harmer).not.toBeNull();
  });

  it("a relative typed in Vietnamese: the harmer is that relative, the writer stays a neighbour", async () => {
    const s = await toFieldButtons("Tôi là hàng xóm. Bé gái 9 tuổi nhà kế bên bị bố đánh bầm lưng tối qua, ở phường Hải Châu, Đà Nẵng.");
    await s.send({ choice: "fix:harmer" });
    const replies = await s.send("cậu ruột của bé");
    const line = understood(replies.at(-1)?.text ?? "");
    expect(line).toMatch(/bé gái 9 tuổi/);
    expect(line).toMatch(/người gây hại: người thân/);
    expect(line).toMatch(/người báo tin: hàng xóm/);
  });
});

/** Walk 37 (x3, x4): "not the father, it is ..." left the father as harmer, or changed who writes instead. */
describe("'not the father, it is ...' at the summary's edit changes who harms, and who writes stays", () => {
  it.each([
    ["My neighbour's son, 10, is slapped by his father almost every day. We live in Hoi An, Da Nang. I live next door.", "no, not his father, it is an older man I do not know", /causing harm: (?!father)/, /reporter: neighbour/],
    ["Bé trai 8 tuổi nhà bên bị bố tát sưng mặt hôm qua, ở phường Hải Châu, Đà Nẵng. Tôi là hàng xóm.", "không phải bố, là chú ruột của cháu", /người gây hại: người thân/, /người báo tin: hàng xóm/],
  ])("«%s» then «%s»", async (story, fix, harmer, writer) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    await s.send({ choice: "edit" });
    const replies = await s.send(fix);
    const text = all(replies);
    expect(text).not.toMatch(/already says so|đã ghi như vậy/);
    const line = understood(replies.at(-1)?.text ?? "");
    expect(line).toMatch(harmer);
    expect(line).toMatch(writer);
  });
});

/** Walk 37 (r17, r15, r01): who harms read from words that say nothing of harm. */
describe("a person is who harms only when the words tell of their harm", () => {
  it("the danger answer saying whom the child is at home with names no harmer", async () => {
    const s = await h.toSummary("Con gái tôi 15 tuổi, tuần này tôi thấy cháu cào rách tay bằng dao rọc giấy. Nhà ở phường Buôn Ma Thuột, Đắk Lắk.", [[DANGER, "Không, cháu đang ở nhà với bà ngoại"]]);
    expect(understood(s.summary)).not.toMatch(/người gây hại: ông bà|bà ngoại/);
  });

  it("'ba' counting school sessions is no father", async () => {
    const s = await h.toSummary("Tôi ở cạnh nhà. Thằng bé 9 tuổi bên đó hay bị bỏ đói, tuần này nghỉ học ba buổi liền. Xã Ea Kar, Đắk Lắk.", [[DANGER, { choice: "no" }]]);
    expect(understood(s.summary)).not.toMatch(/người gây hại: bố/);
  });

  it("the house next door the sounds come from is no neighbour who harms", async () => {
    const s = await h.toSummary("Nhà bên cạnh đêm nào cũng nghe tiếng thằng bé la hét với tiếng đánh.", [[DANGER, { choice: "unknown" }], [/ở đâu/, "phường Tân Lập, Đắk Lắk"], [/bao nhiêu tuổi/, "chừng 7 tuổi"]]);
    expect(understood(s.summary)).not.toMatch(/người gây hại: hàng xóm/);
  });
});

/** Walk 37 (r03, x2): a grandparent's own son, the child's father, was read as a second child and the grandchild's age dropped. */
describe("a grandparent's son is the child's father, not a child", () => {
  it.each([
    ["Bà ngoại đây. Cháu gái tôi 13 tuổi mà thằng con trai tôi (bố nó) nhận tiền để gả nó cho một ông 40 tuổi, tháng sau cưới. Nhà ở xã Cư Mgar, Đắk Lắk.", /bé gái 13 tuổi/],
    ["Ông nội đây. Con trai tôi say rượu là đánh cháu nội tôi, cháu 6 tuổi, tuần trước bị rách đầu. Nhà ở xã Ea Kar, Đắk Lắk.", /6 tuổi/],
  ])("«%s»", async (story, child) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    const line = understood(s.summary);
    expect(line).toMatch(child);
    expect(line).not.toMatch(/2 trẻ|bé trai/);
    expect(line).toMatch(/người gây hại: bố/);
  });
});

/** Walk 37 (r05, r14, r08): who writes misread. */
describe("who writes is read from what they say of themself", () => {
  it("a mother writing of her own son is family, not an official", async () => {
    const s = await h.toSummary("Con trai tôi 11 tuổi học lớp 5 ở phường Tân Lập, Đắk Lắk. Mấy đứa lớp trên lập nhóm Messenger đăng ảnh chế của con, nhắn tin bảo con đi chết đi. Đã ba tuần nay, con sợ không dám đi học.", [[DANGER, { choice: "no" }]]);
    expect(understood(s.summary)).toMatch(/người báo tin: gia đình/);
  });

  it("a teacher who says which class they teach is a teacher", async () => {
    const s = await h.toSummary("Tôi dạy lớp 3 ở xã Ea Kar, Đắk Lắk. Một em nam 8 tuổi dạo này hay có vết bầm ở tay, hỏi thì em nói bị dượng đánh.", [[DANGER, { choice: "no" }]]);
    expect(understood(s.summary)).toMatch(/người báo tin: thầy cô/);
  });

  it("an English teacher who only sees a child in the street is not the child's teacher", async () => {
    const s = await h.toSummary("Hello, I am an English teacher living in Hue. Every evening a boy, about 8, sells tissues alone near the market until late, and a woman collects his money.", [[DANGER, { choice: "no" }]]);
    await s.send({ choice: "submit" });
    const stored = h.stored(s.chatId);
    expect(stored, "the report was stored").toBeDefined();
    expect(stored!.draft.reporterRelation).not.toBe("teacher");
  });
});

/** Walk 37 (r17): the echo said an internal word ("mẹ → self"), and the summary then showed "người khác". */
describe("what a correction says it changed is what the summary shows", () => {
  it("nobody harms, the child did it: said back in words, never an internal id", async () => {
    const s = await h.toSummary("Con gái tôi 14 tuổi bị mẹ kế chửi mắng suốt, tuần này cháu tự cắt tay. Nhà ở phường Tân Lập, Đắk Lắk.", [[DANGER, { choice: "no" }]]);
    expect(understood(s.summary)).toMatch(/người gây hại: mẹ kế/);
    await s.send({ choice: "edit" });
    const replies = await s.send("không có ai gây hại cả, cháu tự cắt tay");
    const text = all(replies);
    expect(text).not.toMatch(/→ self|người gây hại: người khác/);
    expect(understood(replies.at(-1)?.text ?? "")).not.toMatch(/mẹ kế/);
  });
});

describe("'not sure' after the 'who harms' button", () => {
  it("clears who harms and says so, never that the summary already said it", async () => {
    const s = await toFieldButtons("Tôi là hàng xóm. Bé gái 9 tuổi nhà kế bên bị bố đánh bầm lưng tối qua, ở phường Hải Châu, Đà Nẵng.");
    await s.send({ choice: "fix:harmer" });
    const replies = await s.send("không rõ");
    expect(all(replies)).not.toMatch(/đã ghi đúng như bạn nói/);
    expect(all(replies)).toMatch(/người gây hại bố → không rõ/);
    expect(understood(replies.at(-1)?.text ?? "")).not.toMatch(/người gây hại/);
  });
});
