/**
 * A concern told as a story in the first message starts the report at once: the first reply says that the story is
 * kept and nothing is sent before the reporter chooses "Gửi", and asks the first missing fact, instead of asking
 * "do you want to report it?" first (in round 20, 11 of 13 adults who had told everything paid one message for that
 * question). A child gets the safety advice first, as before. Whoever only wanted to ask can say so at the first
 * question and is taken to the questions, their story kept for later. A matter told as past and resolved, with a
 * question, is still offered, not started.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, lastLine, realCoreHarness, untilSummary } from "./real-core-harness.ts";

const { reporter, stored } = realCoreHarness("ssr");

describe("a story told in the first message", () => {
  it("starts the report: no offer to accept, the first missing fact is asked, and the code comes in four messages", async () => {
    const w = reporter();
    const first = await w.send("Tôi là hàng xóm ở phường Thắng Lợi, Pleiku, Gia Lai. Bé trai 7 tuổi nhà bên bị bố dượng đánh bằng roi mây tối qua, sáng nay thấy chân bé bầm tím.");
    expect(first.some((r) => hasChoice(r, "menu:report"))).toBe(false);
    expect(all(first)).toMatch(/báo tin/);
    expect(all(first)).toMatch(/Gửi/);
    expect(lastLine(first.at(-1))).toMatch(/nguy hiểm ngay lúc này/);
    let replies = await w.send({ choice: "no" });
    let sent = 1;
    for (let i = 0; i < 6 && !/Mã báo tin/.test(all(replies)); i++) {
      const last = replies.at(-1);
      const pick = last?.choices?.find((c) => /^(submit|anonymous|no|skip)$/.test(c.id));
      replies = await w.send(pick ? { choice: pick.id } : "bỏ qua");
      sent++;
    }
    expect(all(replies)).toMatch(/Mã báo tin/);
    expect(sent).toBeLessThanOrEqual(4);
    expect(stored(w.chatId)?.draft.narrative).toContain("bố dượng");
  });

  it("a story that ends with a question says it was kept (not 'tell it in your own words')", async () => {
    const w = reporter();
    const first = await w.send("Có ông lạ hỏi xin đứa chắt mới 5 tháng của bà hàng xóm ở Hương Thủy, nói đem vô Sài Gòn nuôi, đưa 40 triệu. Nhà đó chưa chịu. Vậy có phải buôn trẻ con không?");
    expect(all(first)).toMatch(/báo tin/);
    expect(all(first)).not.toMatch(/kể bằng lời của mình/);
  });

  it("in English, the same", async () => {
    const w = reporter();
    const first = await w.send("I teach at a primary school in Hue. A girl of 9 in my class told me her uncle touched her private parts last weekend; she lives with him.");
    expect(first.some((r) => hasChoice(r, "menu:report"))).toBe(false);
    expect(all(first)).toMatch(/report/i);
    expect(lastLine(first.at(-1))).toMatch(/\?/);
  });

  it("a child gets the safety advice first and decides whether to tell (the report is not started for them)", async () => {
    const w = reporter();
    const first = await w.send("em 12 tuổi, mẹ kế hay đánh em bằng móc áo, hôm qua đánh chảy máu tay. em ở xã Hòa Khánh, Đắk Lắk");
    expect(all(first)).toMatch(/111/);
    expect(all(first)).toMatch(/người lớn em tin/);
    expect(first.some((r) => hasChoice(r, "menu:report"))).toBe(true);
  });

  it("'để mai tôi báo' at the first question: the report waits, nothing sent, and goes on when they write again", async () => {
    const w = reporter();
    await w.send("Thằng bé nhà bên 8 tuổi ở phường Hội Phú, Pleiku bị bố nó đánh bằng gậy hoài, tối qua khóc tới khuya.");
    const waits = await w.send("ừ, thôi để mai tôi báo được không?");
    expect(all(waits)).toMatch(/chưa có gì được gửi/);
    expect(all(waits)).not.toMatch(/nguy hiểm ngay lúc này không\?/);
    const back = await w.send("ok giờ tôi báo tiếp");
    expect(lastLine(back.at(-1))).toMatch(/nguy hiểm ngay lúc này/);
  });

  it("a stale 'yes, report it' tapped after the start keeps the story and asks the same question", async () => {
    const w = reporter();
    await w.send("Cô giáo đây. Học sinh nữ lớp 4, 10 tuổi, ở xã Ea Na, Đắk Lắk, bị bố say rượu tát nhiều lần, hôm nay mặt còn sưng.");
    const again = await w.send({ choice: "menu:report" });
    expect(lastLine(again.at(-1))).toMatch(/nguy hiểm ngay lúc này/);
    const summary = await untilSummary(w, await w.send({ choice: "no" }));
    expect(all(summary)).toContain("tát");
  });
});

describe("whoever only wanted to ask", () => {
  it.each(["không, tôi chỉ muốn hỏi thôi", "tôi không muốn báo tin, chỉ hỏi cách xử lý", "I just want to ask, not report"])("«%s» at the first question: no report goes on, the questions are open, the story kept", async (said) => {
    const w = reporter();
    await w.send("Nhà đối diện có thằng bé 8 tuổi ở phường Phú Hội, Huế, tuần nào cũng bị mẹ nó quất roi, khóc to lắm.");
    const replies = await w.send(said);
    expect(all(replies)).not.toMatch(/nguy hiểm ngay lúc này|in danger right now/);
    expect(all(replies)).toMatch(/câu hỏi|hỏi|ask/i);
    const later = await w.send("Vậy tôi muốn báo chuyện đó cho cán bộ");
    expect(all(later)).toMatch(/báo tin/);
  });
});

describe("a past matter told as resolved, with a question", () => {
  it("is still offered, not started", async () => {
    const w = reporter();
    const first = await w.send("Năm ngoái con tôi 9 tuổi bị bạn cùng lớp ở xã Phú Lộc, Huế bắt nạt, nhà trường đã xử lý xong, giờ cháu ổn rồi. Nếu sau này lặp lại thì tôi nên báo cho ai?");
    expect(first.some((r) => hasChoice(r, "menu:report"))).toBe(true);
  });
});

describe("the second reading of the story that starts the report", () => {
  const S = "Cháu hàng xóm nhà tôi 10 tuổi ở xã Ea Tiêu, Đắk Lắk hay bị bố dượng đánh, người có vết bầm.";

  it.each(["tôi không muốn báo tin, giờ bố dượng nó đang cầm dao dọa giết con bé", "I don't want to report, but he is beating her right now"])("a no to reporting that tells of danger now gets 113 first, and the report goes on: «%s»", async (said) => {
    const w = reporter();
    await w.send(S);
    const replies = await w.send(said);
    expect(all(replies)).toMatch(/113/);
    expect(all(replies)).not.toMatch(/không báo tin, không gửi gì|no report, nothing is sent/);
  });

  it.each(["ok", "dạ", "vâng", "dạ vâng ạ", "ok cảm ơn"])("«%s» right after the first reply is no 'yes, in danger now': the question is asked again", async (said) => {
    const w = reporter();
    await w.send(S);
    const replies = await w.send(said);
    expect(all(replies)).not.toMatch(/GỌI NGAY 113|gọi ngay 113/i);
    expect(lastLine(replies.at(-1))).toMatch(/nguy hiểm ngay lúc này/);
  });

  it("«có» right after the first reply is the answer it reads as: yes, danger now", async () => {
    const w = reporter();
    await w.send(S);
    expect(all(await w.send("có"))).toMatch(/113/);
  });

  it.each(["tôi hỏi thôi mà", "không cần báo đâu, tôi hỏi thôi", "khoan, đừng gửi gì cả", "tôi chỉ muốn xin tư vấn"])("«%s» at the first question leaves the report", async (said) => {
    const w = reporter();
    await w.send(S);
    const replies = await w.send(said);
    expect(all(replies)).not.toMatch(/nguy hiểm ngay lúc này không/);
  });

  it.each([
    "con bạn thân của con bị ba nó đánh gãy tay, con thương nó lắm",
    "bạn em lớp 7 bị mấy anh lớp 9 đánh hội đồng quay clip đăng lên mạng",
    "mẹ hay đánh em gái tui, tui ko biết làm sao",
  ])("a child telling of a friend or a sibling decides whether to report: «%s»", async (story) => {
    const first = await reporter().send(story);
    expect(first.some((r) => hasChoice(r, "menu:report"))).toBe(true);
  });

  it.each([
    "My 15 year old daughter has been cutting her arms and says nobody would miss her",
    "Dạo này con tôi 13 tuổi hay đi chơi khuya với nhóm bạn lớn tuổi hơn, tôi lo nó bị dụ dỗ.",
  ])("self-harm, and a worry with no harm told, are offered, not started: «%s»", async (story) => {
    const first = await reporter().send(story);
    expect(first.some((r) => hasChoice(r, "menu:report"))).toBe(true);
  });
});
