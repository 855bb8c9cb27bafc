/** RD2 mends (m2) through the real conversation core: plan questions about reporting duties, worried questions, children counted, alarms after the code. Own sentences. */
import { describe, expect, it } from "vitest";
import { all, ASKS_DANGER, lastLine, realCoreHarness, sideQuestionAt } from "./real-core-harness.ts";

const h = realCoreHarness("mend-m2");

describe("a question of how an office or a teacher must report is a plan question, not the start of a report", () => {
  it.each([
    "UBND xã báo cáo ở đâu?",
    "Giáo viên báo cáo thế nào khi phát hiện học sinh bị bạo lực?",
    "Xã phải báo cáo lên huyện như thế nào?",
    "Nhà trường báo cáo kết quả cho sở như thế nào",
    "Trạm y tế phải báo lên đâu khi phát hiện trẻ bị xâm hại?",
  ])("%s", async (q) => {
    const r = h.reporter();
    const replies = await r.send(q);
    expect(all(replies)).not.toMatch(/bạn báo tin ngay tại đây/);
    expect(h.kbAsked.at(-1)).toBe(q);
  });
  it.each([
    "cho em hỏi báo tin ở đây được không",
    "muốn tố giác thì làm sao ạ",
    "tôi báo ở đây được không",
  ])("a person asking to report here still starts one: %s", async (q) => {
    const r = h.reporter();
    expect(all(await r.send(q))).toMatch(/bạn báo tin ngay tại đây/);
  });
});

describe("a worried question without '?' at a step is answered, and the step asked again", () => {
  const story = "Tôi là hàng xóm, bé Vy 9 tuổi ở phường Hải Châu, Đà Nẵng bị mẹ kế đánh bằng roi hôm qua.";
  it.each(["em nói ra thì không sao chứ ạ", "báo công an thì tôi không sao chứ", "tôi kể hết thì có bị liên lụy gì không ạ"])("%s", async (side) => {
    const { answered } = await sideQuestionAt(h, story, ASKS_DANGER, side);
    expect(answered).not.toMatch(/chưa chắc đó là câu trả lời/);
  });
});

describe("children counted at the summary", () => {
  const story = "Tôi là hàng xóm, bé Tú 8 tuổi ở phường Hải Châu, Đà Nẵng bị bố đánh bầm lưng hôm qua.";
  it.each([
    ["bé đang ở với bà, em nó cũng bị đánh", 1],
    ["cả ba đứa cũng bị", 3],
    ["thêm 2 đứa nữa cũng bị", 3],
  ] as const)("%s", async (said, n) => {
    const w = await h.walk(story);
    expect(w.atSummary).toBe(true);
    await w.send(said);
    expect(h.draftOf(w.chatId)!.children ?? 1).toBe(n);
  });
});

describe("after the code: a child home or a past beating told brings no 113 alarm; danger now does", () => {
  const story = "Tôi là cô giáo, bé Mai 7 tuổi ở xã Phú Hòa, Gia Lai bị bố đánh hôm qua.";
  it.each([
    ["nó về nhà rồi, đang ăn cơm với bà", false],
    ["bé vừa đi đám cưới về", false],
    ["bé vừa kể bố đánh nó tuần trước", false],
    ["ông ta đang đạp cửa", true],
    ["bố nó quay lại rồi, đang đánh", true],
  ] as const)("%s", async (extra, alarm) => {
    const w = await h.walk(story);
    expect(all(await w.send({ choice: "submit" }))).toMatch(/Mã báo tin/);
    const replies = all(await w.send(extra));
    if (alarm) expect(replies).toMatch(/GỌI NGAY 113|gọi 113/);
    else expect(replies).not.toMatch(/GỌI NGAY 113|gọi 113 ngay/);
  });
});

describe("at 'who are you?', the harmer named or a witness's words are not the writer's relation", () => {
  const story = "Ở phường Hòa Minh, Đà Nẵng có bé trai chừng 8 tuổi bị đánh bằng dây điện hôm kia, khóc suốt đêm.";
  const ASKS_WHO = /Bạn là ai đối với trẻ|Who are you to the child/;
  it.each([
    ["người đánh nó là ông hàng xóm ngay vách bên", "neighbour"],
    ["thủ phạm là chú ruột của bé", "family"],
    ["chính tôi thấy nó bị đánh", "self"],
    ["chính tôi nghe thằng bé bị đánh", "self"],
  ] as const)("%s", async (typed, not) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 8 && !ASKS_WHO.test(lastLine(replies.at(-1))); i++) {
      const q = lastLine(replies.at(-1));
      const pick = ASKS_DANGER.test(q) ? "no" : replies.at(-1)?.choices?.find((c) => /^(skip|unknown|menu:report)$/.test(c.id))?.id;
      replies = await r.send({ choice: pick ?? "skip" });
    }
    expect(lastLine(replies.at(-1))).toMatch(ASKS_WHO);
    replies = await r.send(typed);
    expect(all(replies)).not.toMatch(/Em đã làm đúng/);
    const d = h.draftOf(r.chatId)!;
    expect(d.reporterRelation).not.toBe(not);
    expect(JSON.stringify(d)).toContain(typed);
  });
  it.each([
    ["nhà tôi ngay vách bên", "neighbour"],
    ["chính mình là người bị đánh đó", "self"],
  ] as const)("guard: %s is still %s", async (typed, relation) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 8 && !ASKS_WHO.test(lastLine(replies.at(-1))); i++) {
      const q = lastLine(replies.at(-1));
      const pick = ASKS_DANGER.test(q) ? "no" : replies.at(-1)?.choices?.find((c) => /^(skip|unknown|menu:report)$/.test(c.id))?.id;
      replies = await r.send({ choice: pick ?? "skip" });
    }
    await r.send(typed);
    expect(h.draftOf(r.chatId)!.reporterRelation).toBe(relation);
  });
});
