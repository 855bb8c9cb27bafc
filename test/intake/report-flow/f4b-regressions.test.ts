/**
 * F4b: regressions the second reader reproduced in the reporter conversation. The «no police» wish fired on a harmer's threat, on
 * requests for the police and on «no police came»; a stranger's or a child's «không để lại số / không dám khai tên» was read as the
 * writer refusing contact; «không, tối nay ổng không về» and an untoned «toi» (= I) made the danger answer «không rõ».
 */
import { describe, expect, it } from "vitest";
import { sideTopics } from "../../../src/intake/report-flow/side-questions.ts";
import { ASKS_DANGER, hasChoice, lastLine, realCoreHarness, type Say } from "../../conversation/real-core-harness.ts";

const h = realCoreHarness("f4b");
const CONTACT_Q = /liên lạc với (?:bạn|em) qua|How can officers contact you|Which phone number can we contact you/;

async function walked(story: string, answers: Array<[RegExp, Say]> = []) {
  const r = h.reporter();
  let replies = await r.send(story);
  if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
  const questions: string[] = [];
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    const q = lastLine(replies.at(-1));
    questions.push(q);
    const hit = answers.find(([re]) => re.test(q));
    const ids = replies.at(-1)?.choices?.map((c) => c.id) ?? [];
    const pick = ["skip", "unknown"].find((id) => ids.includes(id));
    replies = await r.send(hit ? hit[1] : ASKS_DANGER.test(q) ? { choice: "no" } : pick ? { choice: pick } : "bỏ qua");
  }
  await r.send({ choice: "submit" });
  return { questions, stored: h.stored(r.chatId) };
}

describe("3. the «no police» wish is the writer's own, never a threat quoted, a request for police, or police that did not come", () => {
  it.each([
    "Ông ta dọa cháu: đừng báo công an, không thì tao giết cả nhà mày.",
    "Thằng đó nói với con bé: đừng gọi công an nha, gọi là biết tay.",
    "He told her: don't call the cops or your mum gets hurt.",
    "Her mum said no police, but I think the girl needs help now.",
    "there is no police station near us, who will come?",
    "Ở đây không có công an gần, ai sẽ tới giúp?",
  ])("no wish in «%s»", (t) => {
    expect(sideTopics(t)).not.toContain("noPolice");
  });
  it.each([
    "Mẹ bé không muốn công an vào, nhưng tôi nghĩ phải báo công an ngay, bạn gọi công an giúp tôi được không?",
    "sao bên bạn không gọi công an giúp tôi?",
    "sao mấy bạn không báo công an giùm tôi vậy",
  ])("a request for police, answered as that: «%s»", (t) => {
    const topics = sideTopics(t);
    expect(topics).not.toContain("noPolice");
    expect(topics).toContain("callForMe");
  });
  it.each([
    "I called 113 an hour ago but no police came, what should I do?",
    "We rang the police twice and no cops showed up, what now?",
  ])("police that did not come: «%s»", (t) => {
    const topics = sideTopics(t);
    expect(topics).not.toContain("noPolice");
    expect(topics).toContain("noResponse");
  });
  it.each([
    "tôi không muốn công an vào",
    "Xin đừng báo công an, tôi chỉ muốn có ai đó nói chuyện với mẹ cháu.",
    "Please no police, I'd rather someone just had a chat with his family",
    "mình không muốn cho công an biết, chỉ cần ai đó tới khuyên",
  ])("still the writer's wish: «%s»", (t) => {
    expect(sideTopics(t)).toContain("noPolice");
  });
});

describe("4. contact is refused only by the writer, not by a stranger or the child", () => {
  it.each([
    "Có một người đàn ông lạ gọi điện cho con gái tôi 12 tuổi ở phường Hải Châu, Đà Nẵng, nói những lời bậy bạ, không để lại số. Tôi là mẹ bé.",
    "Bé trai 9 tuổi nhà bên ở phường Hải Châu, Đà Nẵng bị một người lớn sờ vào vùng kín, cháu sợ không dám khai tên người đó. Tôi là hàng xóm.",
    "Thằng bé 10 tuổi ở phường Hải Châu, Đà Nẵng bị một kẻ nhắn tin đòi ảnh khỏa thân, hắn dùng nick ảo không để lại tên tuổi gì. Tôi là cô giáo của bé.",
  ])("contact is asked: «%s»", async (story) => {
    const w = await walked(story);
    expect(w.questions.filter((q) => CONTACT_Q.test(q)).length).toBeGreaterThan(0);
    expect(w.stored?.draft.anonymous).not.toBe(true);
  });
});

describe("5. the danger answer: a no that says he is not coming tonight, or an untoned «toi» that means I, stays no", () => {
  const STEPDAD = "Thằng bé 8 tuổi nhà bên ở xã Hòa Vang, Đà Nẵng bị bố dượng đánh bằng roi gần như ngày nào cũng thế, hôm qua lưng còn lằn đỏ. Tôi là hàng xóm.";
  it.each([
    "không, tối nay ổng không về đâu, đi công tác rồi",
    "khong, toi vua ve toi nha be, be dang ngu voi ba noi",
    "không, đêm nay hắn không về nhà, đi tỉnh rồi",
    "ko, toi vua dua be ve nha ngoai, be ngu voi ngoai roi",
  ])("«%s» is no", async (answer) => {
    const w = await walked(STEPDAD, [[ASKS_DANGER, answer]]);
    expect(w.stored?.draft.dangerNow).toBe("no");
  });
  it.each(["giờ thì chắc không, tối ổng về", "gio thi chua, toi nay ong ay ve"])("«%s» is still unknown", async (answer) => {
    const w = await walked(STEPDAD, [[ASKS_DANGER, answer]]);
    expect(w.stored?.draft.dangerNow).toBe("unknown");
  });
});
