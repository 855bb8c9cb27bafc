/**
 * Findings of the sixth round (4 December): what a reporter types at the summary that is neither
 * a send nor a correction ("bỏ qua", "không có gì thêm đâu", "that's all") adds nothing to the
 * report and gets the way to send; the report still sends after it.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, realCoreHarness, untilSummary, type Say } from "./real-core-harness.ts";

const { reporter, stored, toSummary } = realCoreHarness("w6");
/** The walk of these tests: toSummary, with the reporter also under `r`. */
const walk = async (story: string, answers: Array<[RegExp, Say]>) => {
  const w = await toSummary(story, answers);
  return { ...w, r: w };
};

const STORY = "Thằng bé nhà bên bị bố nó đánh suốt, nó 8 tuổi, ở xã Cư Kuin, Đắk Lắk. Tối qua tôi nghe nó khóc thét.";

describe("nothing typed at the summary", () => {
  it.each(["bỏ qua", "không có gì thêm đâu", "dạ thế thôi ạ", "that's all"])("'%s' adds no note and the report still sends", async (typed) => {
    const r = reporter();
    await r.send(STORY);
    const summary = await untilSummary(r, await r.send({ choice: "menu:report" }));
    expect(hasChoice(summary.at(-1), "submit")).toBe(true);
    const again = await r.send(typed);
    expect(all(again)).toMatch(/Gửi|Send/);
    expect(hasChoice(again.at(-1), "submit")).toBe(true);
    expect(all(again)).not.toMatch(/Ghi chú thêm|chưa đọc ra/);
    const sent = await r.send({ choice: "submit" });
    expect(all(sent)).toMatch(/Mã báo tin|report code/i);
    expect(stored(r.chatId)?.draft.extraNotes ?? []).not.toContain(typed);
  });
});

describe("answers in the reporter's own words", () => {
  const STORY2 = "Con bé nhà bên 9 tuổi bị mẹ kế đánh bằng roi mây, tuần này tôi thấy 2 lần, ở xã Ea Kao, Đắk Lắk.";

  it("a no to the danger question said in a sentence, in Southern speech without diacritics, is a no, with no danger banner", async () => {
    const { seen, summary } = await walk(STORY2, [[/nguy hiểm ngay/i, "hong co nguy hiem gi dau, con nho dang o nha ba noi no"]]);
    expect(summary).toMatch(/nguy hiểm ngay lúc này: không/);
    expect(summary).toMatch(/ba noi/);
    expect(seen.filter((x) => /⚠️/.test(x.text))).toHaveLength(0);
  });

  it.each(["dc", "Tôi đồng ý.", "ok luôn", "sure, that's fine"])("'%s' at the consent question is a yes", async (yes) => {
    const { summary } = await walk(STORY2, [[/nguy hiểm ngay/i, "không"], [/liên lạc với bạn qua/i, "0987 654 321"], [/đồng ý/i, yes]]);
    expect(summary).toMatch(/đồng ý được liên lạc|agreed to be contacted/);
  });

  it.each(["chắc là không", "probably not"])("'%s' at the danger question is a no, not a side question", async (no) => {
    const { summary } = await walk(STORY2, [[/nguy hiểm ngay/i, no]]);
    expect(summary).toMatch(/nguy hiểm ngay lúc này: không/);
  });

  it("'em ko co dt' at the contact question is anonymous", async () => {
    const { summary } = await walk(STORY2, [[/nguy hiểm ngay/i, "không"], [/liên lạc với bạn qua/i, "em ko co dt"]]);
    expect(summary).toMatch(/ẩn danh/);
  });

  it("consent given in the story is not asked again", async () => {
    const { r, summary } = await walk("Tôi là hàng xóm, thằng bé 7 tuổi nhà bên bị bố say rượu đánh chảy máu đầu tối qua, ở phường Tân Hòa, Đắk Lắk. SĐT tôi 0912 222 333, tôi đồng ý để cán bộ gọi lại.", [[/nguy hiểm ngay/i, "không"]]);
    expect(summary).toMatch(/đồng ý được liên lạc/);
    expect(r.seen.map((x) => x.text).join("\n")).not.toMatch(/Bạn có đồng ý để cán bộ/);
  });
});

describe("a reporter who changes their mind about being contacted", () => {
  const STORY3 = "Cháu gái tôi 13 tuổi bị anh rể sàm sỡ nhiều lần, ở phường Thành Nhất, Đắk Lắk.";
  it("a number typed for contact is the consent (not asked again); 'thôi, cho tôi ẩn danh, đừng lưu số tôi' at the summary drops it", async () => {
    const { r, summary, seen } = await walk(STORY3, [[/nguy hiểm ngay/i, "không"], [/liên lạc với bạn qua/i, "0977 111 222"]]);
    expect(all(seen)).not.toMatch(/có đồng ý để cán bộ/i);
    expect(summary).toMatch(/0977/);
    const after = all(await r.send("thôi, cho tôi ẩn danh, đừng lưu số tôi nhé"));
    expect(after).toMatch(/ẩn danh/);
    expect(after).not.toMatch(/0977/);
  });

  // Walk 25 found the question after it harmful: a child who wrote "nhắn tin thôi" and then answered "Không" to "gọi lại?" was stored
  // as not wanting contact. Messages, not calls, is a yes to messages: not asked again, the limit shown with the number.
  it("a number given with 'đừng gọi, chỉ nhắn tin' is a yes to messages, not asked again", async () => {
    const { seen, summary } = await walk(STORY3, [[/nguy hiểm ngay/i, "không"], [/liên lạc với bạn qua/i, "0977 111 222, đừng gọi, chỉ nhắn tin thôi"]]);
    expect(all(seen)).not.toMatch(/có đồng ý để cán bộ/i);
    expect(summary).toMatch(/chỉ nhắn tin/);
    expect(summary).toMatch(/đồng ý được liên lạc/);
  });

  it("'xóa số điện thoại của tôi' typed after Sửa at the summary drops it", async () => {
    const { r, summary } = await walk(STORY3, [[/nguy hiểm ngay/i, "không"], [/liên lạc với bạn qua/i, "0977 111 222"], [/đồng ý/i, "có"]]);
    expect(summary).toMatch(/0977/);
    await r.send({ choice: "edit" });
    const after = all(await r.send("xóa số điện thoại của tôi, tôi muốn ẩn danh"));
    expect(after).toMatch(/ẩn danh/);
    expect(after).not.toMatch(/0977/);
    await r.send({ choice: "submit" });
    const c = stored(r.chatId)!;
    expect(c.draft.anonymous).toBe(true);
    expect(c.draft.contact).toBeNull();
  });
});

describe("side questions while answering", () => {
  it("a child's fear at the contact question is answered and kept, never taken as the contact answer", async () => {
    const r = reporter();
    await r.send("em 12t, chú ruột e hay vào buồng e lúc ngủ rồi sờ soạng e, e sợ lắm. tối nay bố mẹ e đi đám cưới, chỉ còn e vs chú");
    let replies = await r.send("e ở Huế, phường Thuận Hòa");
    expect(all(replies)).toMatch(/liên lạc/);
    replies = await r.send("nếu e báo thì chú có biết ko ạ? e sợ chú đánh");
    expect(all(replies)).toMatch(/bí mật|giữ kín/);
    expect(all(replies)).toMatch(/liên lạc/);
    const summary = all(await untilSummary(r, replies));
    expect(summary).toMatch(/e sợ chú đánh/);
  });

  it("'should I pay him?' from a child threatened with images gets the advice for it, and the place typed with it is taken", async () => {
    const r = reporter();
    await r.send("i'm 14 and a guy from a game chat has videos of me, he says he'll send them to my class tomorrow unless i pay him");
    const replies = await r.send("Hue. should i pay him??");
    expect(all(replies)).toMatch(/Do not pay/);
    expect(all(replies)).not.toMatch(/Which province/);
    const summary = all(await untilSummary(r, replies));
    expect(summary).toMatch(/should i pay him/);
  });

  it("'what should I do?' about a friend who may take her life gets advice for that, not about a person who harms", async () => {
    const r = reporter();
    await r.send("nhỏ bạn cùng lớp em vừa đăng story là tối nay sẽ uống hết vỉ thuốc ngủ, em nhắn mà nó ko trả lời");
    const replies = all(await r.send("em phải làm gì bây giờ?"));
    expect(replies).toMatch(/một người lớn|115/);
    expect(replies).not.toMatch(/người gây hại/);
  });
});

describe("a report that says it is one", () => {
  it.each(["Tôi xin trình báo: ", "tôi muốn báo lại chuyện này: ", "I want to report something: "])("'%s...' starts the report without asking whether to", async (lead) => {
    const r = reporter();
    const replies = await r.send(`${lead}thằng bé 8 tuổi nhà bên bị bố đánh bầm tím chân tay hôm qua, ở xã Ea Tu, Đắk Lắk`);
    expect(hasChoice(replies.at(-1), "menu:report")).toBe(false);
    expect(all(replies)).toMatch(/nguy hiểm ngay|danger right now/i);
  });
});

describe("a city named instead of the province", () => {
  it.each([
    ["Thằng bé 8 tuổi nhà bên bị bố đánh bầm lưng hôm qua, ở phường Tân An, Buôn Ma Thuột", /Đắk Lắk/],
    ["A boy about 9 at the market in Hoi An is beaten by his uncle every evening, I saw bruises today", /Đà Nẵng/],
  ])("the province is read from the city: %s", async (story, province) => {
    const { r, summary } = await walk(story, [[/nguy hiểm ngay|danger right now/i, "không"]]);
    expect(summary).toMatch(province);
    expect(r.seen.map((x) => x.text).join("\n")).not.toMatch(/thuộc tỉnh, thành phố nào|Which province/);
  });
});

describe("seventh walk", () => {
  it("a story told, then 'I want to ask', then 'I want to report it after all' keeps the story", async () => {
    const r = reporter();
    await r.send("Hồi tháng trước con bé cháu tôi lớp 5 bị thầy dạy thêm sờ soạng, giờ đã nghỉ học thêm rồi. Chuyện như vậy thì báo ở đâu?");
    await r.send({ choice: "menu:ask" });
    const replies = await r.send("Thôi vậy tôi muốn báo chuyện đó cho cán bộ biết");
    const summary = all(await untilSummary(r, replies));
    expect(summary).toMatch(/thầy dạy thêm sờ soạng/);
  });

  it("'thôi em không báo nữa' at the summary is asked back with what stays secret, and 'vẫn báo đi, gửi giúp em' sends", async () => {
    const r = reporter();
    await r.send("em gái em 15 tuổi bị một người quen trên mạng rủ sang Campuchia làm việc lương cao, sáng mai đi, nhà em ở xã Cư Suê, Đắk Lắk");
    const summary = await untilSummary(r, await r.send({ choice: "menu:report" }));
    expect(hasChoice(summary.at(-1), "submit")).toBe(true);
    const back = await r.send("thôi em không báo nữa, sợ nhà em biết");
    expect(all(back)).toMatch(/không được biết ai đã báo|Không ai được biết/);
    expect(hasChoice(back.at(-1), "submit") && hasChoice(back.at(-1), "cancel")).toBe(true);
    const sent = await r.send("à thôi em nghĩ lại rồi, vẫn báo đi, gửi giúp em");
    expect(all(sent)).toMatch(/Mã báo tin|Mã của em/);
  });

  it.each(["ko bt", "ko bt nua"])("'%s' at the commune question moves on", async (typed) => {
    const r = reporter();
    let replies = await r.send("Thằng bé 10 tuổi nhà bên bị bố đánh bầm tím hôm qua, ở Đắk Lắk");
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    for (let i = 0; i < 6 && !/xã|phường/i.test(replies.at(-1)?.text ?? ""); i++) {
      const skip = replies.at(-1)?.choices?.find((c) => /^(no|unknown|anonymous|skip)$/.test(c.id));
      replies = await r.send(skip ? { choice: skip.id } : "bỏ qua");
    }
    expect(replies.at(-1)?.text ?? "").toMatch(/xã|phường/i);
    const next = await r.send(typed);
    expect(next.at(-1)?.text ?? "").not.toMatch(/xã|phường/i);
  });

  it("an adult writing of 'con bé nhà chị tôi 12 tuổi' is not written to as a child", async () => {
    const r = reporter();
    const replies = all(await r.send("con bé nhà chị tôi 12 tuổi, mẹ nó hay chửi nó là đồ vô tích sự và bắt nhịn cơm"));
    expect(replies).not.toMatch(/Em không có lỗi|em có đang/);
  });
});
