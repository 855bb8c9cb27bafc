/**
 * Walk 35's conversation defects, each in sentences written for these tests (not the walk's own).
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("r35");
const ASKS_RELATION = /là ai đối với trẻ|Who are you to the child/;
const ASKS_DANGER = /nguy hiểm ngay lúc này|in danger right now/;
const ASKS_PLACE = /xảy ra ở đâu|Where did this happen/;
const ASKS_AGE = /bao nhiêu tuổi|How old/;
const understood = (summary: string) => summary.split("\n").find((l) => /^(Mình hiểu|Cô chú hiểu|I understood|We understood)/.test(l)) ?? "";

/** Walk 35 (r02): a boy who goes home this afternoon to the uncle who abuses him got no word about tonight. */
describe("a child who goes home today to the one who harms gets advice for tonight before the summary", () => {
  const NOT_ALONE = /(không|đừng)[^.\n]*(để|cho)[^.\n]*(về|ở)[^.\n]*một mình|(not|never|don't|do not)[^.\n]*(alone)/i;
  it.each([
    "Tôi là cô chủ nhiệm ở xã Phú Mỹ, Tây Ninh. Bé gái lớp 6 của tôi, 11 tuổi, kể bị dượng (ở chung nhà) sờ soạng chỗ kín mấy tháng nay, lần cuối tối thứ Hai. Giờ bé đang ngồi với tôi ở trường, chiều nay tan học bé về nhà. Số tôi 0909123456.",
    "Cháu trai 12 tuổi của bạn tôi bị ông chú ở cùng nhà sờ vùng kín nhiều lần, gần đây nhất là hôm chủ nhật. Giờ cháu đang ở nhà tôi chơi, tối nay cháu phải về nhà ngủ. Nhà ở phường Vĩnh Ninh, Huế.",
  ])("«%s»", async (story) => {
    const r = h.reporter();
    const seen: string[] = [];
    let replies = await r.send(story);
    seen.push(all(replies));
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      const pick = ASKS_DANGER.test(q) ? "Không, bé đang ở đây với tôi" : replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id));
      replies = await r.send(typeof pick === "string" ? pick : pick ? { choice: pick.id } : "bỏ qua");
      seen.push(all(replies));
    }
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    const before = seen.slice(0, -1).join("\n") + "\n" + all(replies.slice(0, -1));
    expect(before).toMatch(/(tối nay|đêm nay|hôm nay)/);
    expect(before).toMatch(NOT_ALONE);
    expect(before).toMatch(/113/);
    expect(before).toMatch(/111/);
  });
});

/** Review of walk 35's fix: going home is only a danger when the one who harms is at home; a classmate or a teacher is not. */
describe("a child going home after school is not told the one who harms is at home when the harm is at school or online", () => {
  it.each([
    "Con trai tôi 10 tuổi học lớp 4 ở xã Ea Kao, Đắk Lắk, bị mấy bạn cùng lớp chặn đường đòi tiền và xô ngã hôm thứ Ba. Giờ cháu đang ở trường, chiều nay tan học cháu về nhà với tôi.",
    "My daughter is 13 and a man she met on a game keeps asking her for photos. She is at school now and comes home this afternoon. We live in Pleiku, Gia Lai.",
  ])("«%s»", async (story) => {
    const r = h.reporter();
    const seen: string[] = [];
    let replies = await r.send(story);
    seen.push(all(replies));
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      const pick = ASKS_DANGER.test(q) ? (/[a-z] the /.test(story) ? "No, she is at school" : "Không, cháu đang ở trường") : replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id));
      replies = await r.send(typeof pick === "string" ? pick : pick ? { choice: pick.id } : "bỏ qua");
      seen.push(all(replies));
    }
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    const before = seen.join("\n");
    expect(before).not.toMatch(/nơi có người gây hại|where the person who harms them is/);
  });
});

/** Walk 35 (r13, x2, x3): a correction that carries the age and the place kept only one of them. */
describe("every fact in a correction is applied and said back", () => {
  const story = "Thằng cháu 13 tuổi nhà tôi bị bà mẹ kế bắt nhịn ăn, đêm nào cũng bắt ngủ ngoài hiên cả tháng nay";
  it.each([
    ["à nhầm, cháu 3 tuổi. Xã Trường Đông, thị xã Hòa Thành, Tây Ninh", "3"],
    ["nhầm rồi, cháu 5 tuổi chứ không phải 13. Phường Long Hoa, Tây Ninh", "5"],
    ["à không, cháu 3 tuổi thôi. Phường Long Hoa, thị xã Hòa Thành, Tây Ninh", "3"],
  ])("«%s»", async (fix, age) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 5 && !ASKS_PLACE.test(lastLine(replies.at(-1))); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(lastLine(replies.at(-1))).toMatch(ASKS_PLACE);
    const after = await r.send(fix);
    const ack = all(after).split("\n").find((l) => /^Đã sửa/.test(l)) ?? "";
    expect(ack).toMatch(new RegExp(`${age} tuổi`));
    expect(ack).toMatch(/Tây Ninh/);
    // The place is not asked again.
    expect(lastLine(after.at(-1))).not.toMatch(ASKS_PLACE);
    const questions: string[] = [];
    let last = after;
    for (let i = 0; i < 10 && !hasChoice(last.at(-1), "submit"); i++) {
      questions.push(lastLine(last.at(-1)));
      const pick = last.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      last = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(questions.filter((q) => ASKS_PLACE.test(q) || ASKS_AGE.test(q))).toHaveLength(0);
    const line = understood(last.at(-1)?.text ?? "");
    expect(line).toMatch(new RegExp(`(?<!\\d)${age} tuổi`));
    expect(line).toMatch(/Tây Ninh/);
  });
});

/** Walk 35 (r09): "where was I?" after a pause got "I cannot answer that here" and was stored as a note. */
describe("asking where the report had got to gets a recap and the pending question", () => {
  it.each(["mình kể tới đâu rồi nhỉ?", "tôi đang nói đến chỗ nào rồi?", "where was I?"])("«%s»", async (asked) => {
    const r = h.reporter();
    let replies = await r.send("Con bé hàng xóm 10 tuổi bị bà dì ghẻ chửi mắng suốt, tuần trước còn bị đuổi ra đường giữa đêm. Nhà ở xã Cẩm Xuyên, Hà Tĩnh.");
    if (ASKS_DANGER.test(lastLine(replies.at(-1)))) replies = await r.send({ choice: "no" });
    expect(hasChoice(replies.at(-1), "submit")).toBe(false);
    const pending = lastLine(replies.at(-1));
    const answer = await r.send(asked);
    const text = all(answer);
    expect(text).not.toMatch(/chưa trả lời được|cannot answer/);
    // What was told so far, then the same question again.
    expect(text).toMatch(/10 tuổi|10-year-old|10 years/);
    expect(text).toMatch(/Hà Tĩnh/);
    expect(lastLine(answer.at(-1))).toBe(pending);
    let last = answer;
    for (let i = 0; i < 10 && !hasChoice(last.at(-1), "submit"); i++) {
      const pick = last.at(-1)?.choices?.find((c) => /^(neighbour|no|anonymous|skip|unknown)$/.test(c.id));
      last = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(last.at(-1)?.text ?? "").not.toContain(asked);
  });
});

/** Walk 35 (r17, r13): the reporter's relation asked again after it was told in the story. */
describe("a relation told in the story is not asked again", () => {
  it.each([
    ["Tôi là đoàn viên thanh niên xã. Hai bé gái 15 và 16 tuổi ở thôn tôi bị một người lạ dụ sang Trung Quốc làm việc, tuần sau đi. Xã Quang Kim, Lào Cai.", /người báo tin: (cán bộ|người khác|tình nguyện)/],
    ["Đứa cháu 9 tuổi nhà tôi bị ông dượng nhốt trong chuồng heo, không cho ăn mấy bữa nay. Ở xã Châu Thành, Tây Ninh.", /người báo tin: gia đình/],
    ["Thằng cháu 8 tuổi nhà tôi bị ông bố dượng quất bằng dây điện, hôm qua còn rướm máu. Ở phường Pleiku, Gia Lai.", /người báo tin: gia đình/],
  ])("«%s»", async (story, relation) => {
    const s = await h.toSummary(story, [[ASKS_DANGER, { choice: "no" }]]);
    expect(s.questions.filter((q) => ASKS_RELATION.test(q))).toHaveLength(0);
    expect(understood(s.summary)).toMatch(relation);
  });
});

/** Walk 35 (r12): "can you call the police for me?" got no clear answer. */
describe("asked to call the police, the chat says plainly it cannot, and gives 113", () => {
  it.each(["bạn gọi công an giúp tôi được không?", "bạn báo công an hộ tôi với", "can you call the police for me?"])("«%s»", async (asked) => {
    const r = h.reporter();
    await r.send("Con trai tôi 12 tuổi bị mấy bạn cùng lớp đánh bầm lưng hôm qua, ở phường Phú Bài, Huế.");
    const text = all(await r.send(asked));
    expect(text).toMatch(/không (tự )?gọi (được )?(cho )?công an|không thể gọi|cannot call|can't call/i);
    expect(text).toMatch(/113/);
    expect(text).toMatch(/cán bộ|officers/);
  });
});

/** Walk 35 (r05): the child's first reply said the same safety words twice. */
describe("a child's first reply says the safety words once", () => {
  it("", async () => {
    const r = h.reporter();
    const replies = await r.send("e 14t, mẹ kế e tối nào cx chửi r đánh e, lưng e bầm hết r. tối nay bả về e sợ lắm");
    const bubbles = replies.map((x) => x.text);
    const joined = bubbles.join("\n");
    // Each of the safety words once across the bubbles.
    expect(joined.match(/không có lỗi/g) ?? []).toHaveLength(1);
    expect(joined.match(/Nếu em thấy không an toàn/g)?.length ?? 0).toBeLessThanOrEqual(1);
    // Still told it is not her fault, and 111 and 113.
    expect(bubbles.join("\n")).toMatch(/không có lỗi/);
    expect(bubbles.join("\n")).toMatch(/111/);
    expect(bubbles.join("\n")).toMatch(/113/);
  });
});

/** Walk 35 (r15): a child telling of a friend who was raped was asked, after sending, for pictures. */
describe("a child telling about a friend is never asked for pictures", () => {
  it.each([
    ["bạn em bị ông chú họ hiếp", "đêm nay nó vẫn ngủ ở nhà đó, ông chú ở cùng"],
    ["bạn em bị ông dượng sờ chỗ kín", "nó 12 tuổi, nhà ở phường Pleiku gia lai"],
  ])("«%s»", async (first, more) => {
    const r = h.reporter();
    await r.send("cho mình hỏi chút");
    let replies = await r.send(first);
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    replies = await r.send(more);
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    const sent = all(await r.send({ choice: "submit" }));
    expect(sent).toMatch(/Mã/);
    expect(sent).not.toMatch(/có ảnh|gửi ảnh|have photos|send (the )?photos/i);
  });
});

/** Walk 35 (r15): a fact typed at the contact question got "tap a button", though the contact is typed. */
describe("a fact told at the contact question is not answered with 'tap a button'", () => {
  it("", async () => {
    const r = h.reporter();
    let replies = await r.send("Tôi là hàng xóm. Thằng bé nhà bên bị bố nó đánh bằng gậy hôm qua, bầm hết lưng. Nhà ở phường Pleiku, Gia Lai.");
    for (let i = 0; i < 6 && !/liên lạc với bạn qua/.test(lastLine(replies.at(-1))); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|skip|unknown)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(lastLine(replies.at(-1))).toMatch(/liên lạc với bạn qua/);
    const text = all(await r.send("thằng bé 9 tuổi, con trai thứ hai nhà đó"));
    expect(text).not.toMatch(/bấm một nút|tap a button/);
  });
});

/** Walk 35 (r01): a correction of who writes and of the time said back only the time. */
describe("a correction of the reporter's relation is said back with the other changes", () => {
  it("teacher → neighbour, and this morning → last night", async () => {
    const s = await h.toSummary("Tôi là thầy dạy võ cũ của một thằng bé 9 tuổi, tối qua nghe nó bị bố dượng quất dây nịt, sáng nay thấy lưng nó lằn tím. Nhà ở phường Pleiku, Gia Lai.", [[ASKS_DANGER, { choice: "no" }]]);
    await s.send({ choice: "edit" });
    const reply = all(await s.send("tôi là hàng xóm của nó chứ không phải thầy. nó bị đánh tối qua, không phải sáng nay"));
    const ack = reply.split("\n").find((l) => /^Đã sửa/.test(l)) ?? "";
    expect(ack).toMatch(/người báo tin[^;]*hàng xóm/);
    expect(understood(reply.split("\n").slice(1).join("\n"))).toMatch(/người báo tin: hàng xóm/);
  });
});

/** Walk 35 (r16): a stranger met on Facebook was shown to the reporter, and to officers, as an online acquaintance. */
describe("someone the child met online is not called an acquaintance in the summary", () => {
  it.each([
    "Con gái tôi 12 tuổi bị một người lạ trên Zalo nhắn tin đòi gửi ảnh không mặc áo, nói nếu không gửi thì sẽ nói với cô giáo. Nhà ở xã Ia Grai, Gia Lai.",
    "Cháu gái tôi 14 tuổi bị một người lạ trên Facebook làm quen rồi đòi gửi ảnh nhạy cảm, cháu chưa gửi. Nhà ở xã Ea Tu, Đắk Lắk. Tôi là dì của cháu.",
  ])("«%s»", async (story) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown|no)$/.test(c.id));
      replies = await r.send(pick ? { choice: pick.id } : "bỏ qua");
    }
    expect(hasChoice(replies.at(-1), "submit")).toBe(true);
    const summary = understood(replies.at(-1)?.text ?? "");
    expect(summary).toMatch(/người gây hại|harm/i);
    expect(summary).not.toMatch(/người quen/);
  });
});
