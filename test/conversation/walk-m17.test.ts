/**
 * M17: the regressions a second reader found in C36's change. A wish-to-die phrase inside an idiom, an abuser's threat or a child's
 * words quoted by an adult is not the writer's own; a child in danger keeps the 113 line; a little one ill with the writer fine keeps
 * 115. Through the real web chat HTTP API and the real conversation core. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import type { Reply } from "../../src/conversation/conversation-types.ts";
import { all, ASKS_DANGER, hasChoice, lastLine, type Say } from "./real-core-harness.ts";
import { webChatWalk, type WalkReporter } from "./web-chat-walk-harness.ts";

const walk = webChatWalk("m17");
const { reporter, draftOf, storedOf, toSummary } = walk;

/** The script for the writer's own wish to die: "put knives, pills ... away". */
const OWN_SCRIPT = /để (?:xa )?dao, thuốc hay những thứ|knives, pills or anything that could hurt you/;
const REPORT_OR_URGENT = /113|báo tin|report/i;

describe("(1) a wish-to-die phrase that is not the writer's own wish", () => {
  it.each([
    ["Hàng xóm nhà tôi, ông chồng say xỉn gào vào mặt đứa con trai: mày muốn chết hả, rồi lấy cán chổi quật thằng bé liên tục."],
    ["Hôm nay lạnh muốn chết, đi ngang qua ngõ tôi thấy một thằng bé bị bà nội lấy dép đánh vào đầu ngay trước cổng. Tôi muốn báo tin."],
    ["The man upstairs shouted at his daughter 'do you want to die?' and then hit her with a shoe until her lip bled. I heard and saw it."],
    ["Tôi chán sống chung với dì ghẻ lắm rồi, không muốn sống chung với dì nữa, dì hay lấy roi quất em mỗi khi em làm vỡ chén"],
  ])("«%s»: not the self-harm script; the urgent line or the report offer", async (story) => {
    const first = await reporter().send(story);
    const text = all(first);
    expect(text).not.toMatch(OWN_SCRIPT);
    expect(text).toMatch(REPORT_OR_URGENT);
  });

  it.each([
    ["Đứa cháu trai 15 tuổi của tôi gọi điện lúc 1 giờ sáng nói: cháu chỉ muốn biến mất thôi. Tôi lo cho nó quá."],
    ["Con bé hàng xóm 12 tuổi nhắn tin cho tôi lúc khuya: con chỉ muốn biến mất thôi. Tôi rất lo cho con bé"],
    ["My 13 year old nephew texted me last night: I just want to disappear. I am scared for him"],
  ])("«%s»: an adult quoting a child's words gets the advice for the child's safety", async (story) => {
    const first = await reporter().send(story);
    const text = all(first);
    expect(text).not.toMatch(OWN_SCRIPT);
    expect(text).toMatch(/Đừng để trẻ ở một mình|Do not leave the child alone/);
  });

  it.each([
    ["Em chán lắm rồi, nhiều lúc em chỉ muốn biến mất cho xong."],
    ["I am 15. My dad shouts at me every night and slapped me yesterday. I am so tired, sometimes I just want to disappear."],
  ])("the writer's own wish is still theirs: «%s»", async (story) => {
    const first = await reporter().send(story);
    expect(first[0]!.text).toMatch(OWN_SCRIPT);
  });
});

describe("(2) a child in danger from someone keeps the 113 line first", () => {
  it.each([
    ["Ba em xỉn rồi cầm dao rượt em, ổng la mày muốn chết không, em đang núp trong phòng vệ sinh"],
    ["Chú em uống rượu về ném đồ đạc lung tung, em sợ muốn chết, em với em trai đang núp dưới gầm giường"],
    ["Tuần trước em bị mẹ kế đánh bằng cây thước, đau muốn chết, tới giờ tay vẫn còn bầm. Em 11 tuổi"],
  ])("«%s»", async (story) => {
    const first = await reporter().send(story);
    expect(all(first)).not.toMatch(OWN_SCRIPT);
    expect(first[0]!.text).toMatch(/113/);
  });
});

describe("(2b) a child in danger now who also says the wish is theirs", () => {
  it("the 113 line first, the caring line after it", async () => {
    const first = await reporter().send("Dượng em đang cầm gậy đập cửa phòng đòi đánh em, em đang khóa cửa trốn trong phòng, em mệt quá rồi, em không muốn sống nữa");
    expect(first[0]!.text).toMatch(/113/);
    expect(first[0]!.text).not.toMatch(OWN_SCRIPT);
    expect(first.slice(1).some((x) => OWN_SCRIPT.test(x.text))).toBe(true);
  });
});

describe("(3) the writer is fine, the little one is ill: 115 and danger yes, once", () => {
  it("after a start that tells nothing", async () => {
    const r: WalkReporter = reporter();
    let replies = await r.send("Cháu muốn báo chuyện em bé ở nhà cháu");
    for (let i = 0; i < 4 && !ASKS_DANGER.test(lastLine(replies.at(-1))) && !/Ngay lúc này em/.test(lastLine(replies.at(-1))); i++) {
      replies = await r.send(hasChoice(replies.at(-1), "menu:report") ? { choice: "menu:report" } : "bỏ qua");
    }
    const told = "cháu không sao ạ, em bé 10 tháng sốt nóng ran mà ba mẹ đi làm chưa về";
    const next = await r.send(told);
    expect(all(next)).toMatch(/GỌI NGAY 115/);
    expect(draftOf(r.sessionId)!.dangerNow).toBe("yes");
    const summary = all(await toSummary(r, next));
    expect(summary.split("sốt nóng ran").length - 1).toBe(1);
    void storedOf;
  });
});

/** Tells the story and walks to the summary (danger: `danger`, anonymous, skip); every reply and every question asked. */
async function walkThrough(r: WalkReporter, story: string, danger: Say, answers: ReadonlyArray<[RegExp, Say]> = []) {
  const replies: Reply[] = [];
  const asked: string[] = [];
  let last = await r.send(story);
  replies.push(...last);
  for (let i = 0; i < 12 && !hasChoice(last.at(-1), "submit"); i++) {
    const q = lastLine(last.at(-1));
    asked.push(q);
    const hit = answers.find(([re]) => re.test(q));
    const pick = last.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    last = await r.send(hasChoice(last.at(-1), "menu:report") ? { choice: "menu:report" } : hit ? hit[1] : ASKS_DANGER.test(q) || /Ngay lúc này em/.test(q) ? danger : pick ? { choice: pick } : "bỏ qua");
    replies.push(...last);
  }
  return { replies, asked };
}

const TONIGHT_ADVICE = /Nếu tối nay trẻ phải ở cùng người gây hại|Về tối nay|Em sợ tối nay|If the child has to be with the person who harms them tonight|About tonight/;
const BACK_TODAY = /kể cả khi (?:trẻ )?phải về|even about going home today|even if .* today/i;

describe("(4) tonight's advice only when the one who harms can be with the child tonight", () => {
  it("a teacher who hurt the child at school, told tonight: no advice for tonight", async () => {
    const { replies } = await walkThrough(reporter(), "Tối nay con gái tôi đi học về mới kể là bị thầy dạy toán véo tai đến rướm máu trước cả lớp. Ở phường Tân Lợi, Đắk Lắk.", { choice: "unknown" });
    expect(all(replies)).not.toMatch(TONIGHT_ADVICE);
  });
});

describe("(5) the calm for a not known and the commune asked once", () => {
  it("harm every night at home: what to do even going home today is said", async () => {
    const { replies } = await walkThrough(reporter(), "Em 13 tuổi, đêm nào cũng bị ba dượng say xỉn lôi dậy đánh ở nhà, em sợ lắm. Em ở phường Tân Lợi, Đắk Lắk.", "em không biết nữa");
    expect(all(replies)).toMatch(new RegExp(`${BACK_TODAY.source}|${TONIGHT_ADVICE.source}`, "i"));
  });

  it("a child asked the commune with the province, who gives only the province, is not asked the commune again", async () => {
    const { asked } = await walkThrough(reporter(), "Em 12 tuổi, mẹ kế hay lấy roi quất vào lưng em mỗi khi em làm sai việc nhà.", { choice: "no" }, [[/tỉnh, thành phố nào/, "Gia Lai"]]);
    const at = asked.findIndex((q) => /tỉnh, thành phố nào/.test(q));
    expect(at).toBeGreaterThanOrEqual(0);
    expect(asked[at]).toMatch(/xã|phường/i);
    expect(asked.slice(at + 1).some((q) => /xã|phường/i.test(q))).toBe(false);
  });
});
