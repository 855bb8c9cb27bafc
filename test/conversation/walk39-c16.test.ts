/**
 * Walk 39 (helper C16): what fresh reporters met in the web chat. Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, all, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import { extractReportFacts } from "../../src/intake/triage/report-facts.ts";

const h = realCoreHarness("c16w");

/** Tells the story, answers the danger question with `danger`, skips or stays anonymous everywhere else, and submits. */
async function reported(story: string, danger: Say = { choice: "no" }) {
  const r = h.reporter();
  let replies = await r.send(story);
  const seen = [all(replies)];
  if (hasChoice(replies.at(-1), "menu:report")) {
    replies = await r.send({ choice: "menu:report" });
    seen.push(all(replies));
  }
  for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
    const q = lastLine(replies.at(-1));
    const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(ASKS_DANGER.test(q) || /đang gặp nguy hiểm/.test(q) ? danger : pick ? { choice: pick } : "bỏ qua");
    seen.push(all(replies));
  }
  const summary = all(replies);
  await r.send({ choice: "submit" });
  const c = h.stored(r.chatId);
  expect(c).toBeDefined();
  return { first: seen[0]!, seen: seen.join("\n"), summary, draft: c!.draft, triage: triageDraft(c!.draft) };
}

describe("1. a harm told as a habit is not happening now", () => {
  const HABITS = [
    "e 13t, tụi lớp 9 đg đánh e hoài ở cổng trường, e sợ lắm. e ở p Cái Răng, Cần Thơ",
    "Con bé 10 tuổi nhà tôi ở xã Phong Điền, Cần Thơ đang bị cô giáo chủ nhiệm đánh thường xuyên vào tay.",
    "I'm 12 and my stepdad is hitting me all the time, I live in Ninh Kieu ward, Can Tho",
    "My nephew, 9, is being slapped by his father every day in Cai Rang ward, Can Tho",
  ];
  it.each(HABITS)("not now in the facts: «%s»", (t) => {
    expect(extractReportFacts(t).when).not.toBe("now");
    expect(extractReportFacts(t).withHarmerNow).toBe(false);
  });
  it.each(HABITS)("«no danger now» keeps it out of emergency, not with the person: «%s»", async (t) => {
    const w = await reported(t);
    expect(w.draft.when).not.toBe("now");
    expect(w.draft.withPersonNow).not.toBe("yes");
    expect(w.triage.risk).not.toBe("emergency");
    expect(w.triage.redFlags).not.toContain("violence_in_progress");
  });
  it.each([
    "Bố đang đánh em, cứu em với, em 12 tuổi",
    "my dad is hitting my little sister right now, she is 6, he always does this when drunk",
  ])("a beating now is still now: «%s»", (t) => {
    expect(extractReportFacts(t).when).toBe("now");
  });
});

describe("1. a small child shut in or out told as last night and as a habit, with «no danger now», is high, not an emergency", () => {
  const TOLD_AS_PAST = [
    "Bé trai 5 tuổi nhà bên ở xã Cẩm Xuyên, Hà Tĩnh, hễ làm vỡ bát là bị bố dượng nhốt ngoài chuồng gà. Đêm qua nó bị nhốt ngoài đó cả đêm.",
    "Con bé 5 tuổi hàng xóm ở phường Sông Trí, Hà Tĩnh cứ khóc nhè là bị mẹ đuổi ra ngoài, tối hôm qua bị đuổi ra lúc nửa đêm, đứng ngoài sân cả đêm.",
    "Thằng bé 6 tuổi nhà bên ở xã Kỳ Anh, Hà Tĩnh bị bố dượng mắng suốt, hay bắt nhịn đói, lỡ làm vỡ chén là bị nhốt ngoài nhà kho. Đêm qua nó bị nhốt ngoài đó cả đêm.",
  ];
  it.each(TOLD_AS_PAST)("«%s»", async (t) => {
    const w = await reported(t);
    expect(w.triage.risk).toBe("high");
  });
  it.each(TOLD_AS_PAST)("«yes, danger now» keeps it an emergency: «%s»", async (t) => {
    const w = await reported(t, { choice: "yes" });
    expect(w.triage.risk).toBe("emergency");
  });
});

describe("2. a relative or friend telling of someone else's farewell or self-harm", () => {
  const OTHERS = [
    "Em trai tôi 14 tuổi, tối qua nhắn vào nhóm gia đình là mai em sẽ biến mất mãi mãi, tay có mấy vết rạch mới. Nhà ở phường Cái Răng, Cần Thơ. Tôi là chị gái.",
    "Tôi là anh họ của bé. Đêm qua con bé 13 tuổi viết lên facebook là em muốn biến mất vĩnh viễn, em mệt lắm rồi. Nhà bé ở xã Phong Điền, Cần Thơ.",
    "My little brother is 13. Last night he posted that tomorrow he will disappear forever, and he has fresh cuts on his arm. I'm his older sister, we live in Cai Rang ward, Can Tho.",
  ];
  it.each(OTHERS)("the first reply speaks of the child, not to the writer as the one at risk: «%s»", async (t) => {
    const r = h.reporter();
    const first = all(await r.send(t));
    expect(first).not.toMatch(/Nếu bạn đang nghĩ tới việc làm đau mình|If you are thinking of hurting yourself/);
    expect(first).toMatch(/trẻ|em ấy|bạn ấy|cháu|the child|\bhim\b|\bher\b|\bthem\b/i);
  });
  it.each(OTHERS)("a farewell is no missing child, and last night is not today: «%s»", async (t) => {
    const w = await reported(t);
    expect(w.triage.redFlags).not.toContain("child_missing");
    expect(w.triage.redFlags).not.toContain("missing_recent");
    expect(w.draft.when).not.toBe("today");
    expect(w.triage.risk).toBe("emergency");
  });
  it.each([
    "Con bé 12 tuổi nhà bên đi học từ sáng rồi biến mất, tới giờ chưa về, ở xã Phong Điền, Cần Thơ",
    "My 10-year-old son disappeared from the market this afternoon and we can't find him, Cai Rang ward, Can Tho",
  ])("a child who really went missing still is: «%s»", async (t) => {
    const w = await reported(t, { choice: "yes" });
    expect(w.triage.redFlags.some((f) => /missing/.test(f))).toBe(true);
  });
});

describe("3. being with the person now is read from what the reporter said, and never set when not said", () => {
  it.each([
    "Con bé 7 tuổi nhà đối diện ở phường Pleiku, Gia Lai hôm kia bị mẹ kế đánh bằng móc áo, bầm hết tay. Giờ con bé vẫn ở nhà với mẹ kế.",
    "Bé trai 10 tuổi ở xã Ia Grai, Gia Lai bị chú ruột đánh tối qua, chảy máu mũi. Nó vẫn ở chung nhà với ông chú đó.",
    "My niece is 8, her stepfather slapped her hard yesterday in Pleiku ward, Gia Lai. She's at home with him now.",
  ])("with the person: «%s»", async (t) => {
    const w = await reported(t);
    expect(w.draft.withPersonNow).toBe("yes");
  });
  it.each([
    ["Thằng cháu 9 tuổi ở xã Ia Grai, Gia Lai bị bố nó đánh tối qua, lưng bầm tím. Tôi là bà ngoại.", "Không, giờ nó đang ở nhà tôi"],
    ["My grandson is 10, his father beat him with a belt last night, Pleiku ward, Gia Lai. I'm his grandmother.", "No, he is staying with me now"],
    ["Tui là bà ngoại, thằng cu 8 tuổi ở xã Phú Vang, Huế bị ba hắn đánh hôm kia, mông bầm hết.", "Không, hắn đang ở nhà tui"],
  ])("away from the person, said in the danger answer: «%s» / «%s»", async (t, answer) => {
    const w = await reported(t, answer);
    expect(w.draft.withPersonNow).toBe("no");
  });
  it("with someone else now is not with the person: «She is home with her aunt now»", async () => {
    const w = await reported("My niece is 9, her stepfather hit her with a belt last week in Pleiku ward, Gia Lai. She is home with her aunt now.");
    expect(w.draft.withPersonNow).not.toBe("yes");
  });
  it.each([
    "Bé gái 11 tuổi ở phường Pleiku, Gia Lai bị cô giáo đánh vào tay hôm qua. Tôi là mẹ bé.",
    "A boy of 12 in Pleiku ward, Gia Lai was slapped by his coach last week. I'm his mother.",
  ])("not said: not set: «%s»", async (t) => {
    const w = await reported(t);
    expect(w.draft.withPersonNow).toBeNull();
  });
});

describe("5. misreadings: several children, the wedding's date, answers not copied into the notes", () => {
  it.each([
    "Có ông lạ mặt hay cho kẹo mấy đứa bé 7-8 tuổi trong xóm rồi rủ vào nhà, ở xã Ia Grai, Gia Lai. Tôi là hàng xóm.",
    "Một người đàn ông hay nhắn tin dụ vài bé gái 12-13 tuổi trong thôn đi chơi xa, xã Ia Grai, Gia Lai.",
    "A man keeps offering sweets to several girls aged 9-10 on our street in Pleiku ward, Gia Lai. I'm a neighbour.",
  ])("several children are not two: «%s»", async (t) => {
    const w = await reported(t);
    expect(w.draft.children).not.toBe(2);
    expect(w.summary).not.toMatch(/\b2 (bé|trẻ|đứa|girls|children|kids)/);
  });
  it("two children said as two are still two", async () => {
    const w = await reported("Hai bé gái 9 và 11 tuổi nhà bên ở xã Ia Grai, Gia Lai bị bố dượng đánh hôm qua. Tôi là hàng xóm.");
    expect(w.draft.children).toBe(2);
  });
  it.each([
    ["Con bé 14 tuổi nhà bên ở xã Ia Grai, Gia Lai nghỉ học mấy hôm nay vì bố mẹ bắt nó lấy chồng vào cuối tháng này. Tôi là hàng xóm.", /cuối tháng/],
    ["My pupil is 13 and has missed school all week; her parents are marrying her off at the end of this month. We are in Pleiku ward, Gia Lai.", /month/],
  ])("a wedding set for weeks ahead is the time kept: «%s»", async (t, when) => {
    const w = await reported(t);
    expect(w.draft.when ?? "").toMatch(when);
  });
  it.each([
    ["con gái tôi bị mấy bạn trong lớp trêu chọc", "thứ sáu tuần trước, từ đầu năm học"],
    ["My son is being picked on at school.", "last Monday"],
  ])("an answer to the time question is not copied into the notes: «%s» / «%s»", async (story, answer) => {
    const r = h.reporter();
    let replies = await r.send(story);
    for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      if (/xảy ra khi nào|When did this happen|Lần gần nhất là khi nào/i.test(q)) { replies = await r.send(answer); continue; }
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    await r.send({ choice: "submit" });
    const d = h.stored(r.chatId)!.draft;
    expect(d.when).toBeTruthy();
    expect(d.extraNotes).not.toContain(answer);
  });
});

describe("6. a question whether to report a past matter is answered before the report is offered", () => {
  it.each([
    "Tôi là bà nội. Hồi hè năm ngoái thằng cháu 9 tuổi bị ông chú đánh, giờ cháu sống với tôi ở xã Hoằng Hóa, Thanh Hóa, ổn rồi. Chuyện cũ như vậy có nên báo không?",
    "Mấy năm trước con bé hàng xóm bị bố dượng đánh, giờ nó đã chuyển đi nơi khác. Tôi có cần báo lại chuyện đã qua không?",
    "Two years ago my nephew was beaten by his stepfather; he lives with us now and is safe. Should I still report something that happened that long ago?",
  ])("«%s»", async (t) => {
    const r = h.reporter();
    const replies = await r.send(t);
    const text = all(replies);
    expect(text).toMatch(/chuyện đã qua|in the past/);
    expect(text).toMatch(/cán bộ|officers/);
    expect(hasChoice(replies.at(-1), "menu:report") || /nguy hiểm ngay lúc này|in danger right now/.test(lastLine(replies.at(-1)))).toBe(true);
  });
});

describe("7. a thin story that names no harm and no one who harms is asked what happened before the summary", () => {
  it.each([
    "A pupil in my class might be having trouble at home, I am not sure.",
    "I think a kid in our building might be in trouble at home, not sure what.",
    "Tôi là cô giáo, có một em học sinh lớp tôi dạo này hình như gặp chuyện gì đó ở nhà.",
    "Một học sinh của tôi có lẽ đang gặp rắc rối ở nhà, tôi lo cho em ấy lắm.",
  ])("«%s»", async (t) => {
    const r = h.reporter();
    let replies = await r.send(t);
    if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
    const asked: string[] = [];
    for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
      const q = lastLine(replies.at(-1));
      asked.push(q);
      if (/kể thêm|Chuyện gì (?:đã )?xảy ra|tell a little more|What happened/i.test(q)) break;
      const pick = replies.at(-1)?.choices?.find((c) => /^(no|anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(pick ? { choice: pick } : "bỏ qua");
    }
    expect(asked.some((q) => /kể thêm|Chuyện gì (?:đã )?xảy ra|tell a little more|What happened/i.test(q))).toBe(true);
  });
});

describe("8. a child who chose to ask keeps the child's voice", () => {
  it.each([
    ["e 13t, mấy anh lớp trên hay chặn e ngoài cổng đòi tiền rồi đánh e, e ở Cần Thơ", "k"],
    ["em 11 tuổi, mẹ kế hay bắt em nhịn ăn, em ở Hà Tĩnh", "ko biết nữa"],
    ["I'm 12 and my uncle keeps hitting me when my mum is out, I live in Can Tho", "no"],
  ])("«%s» then «%s»", async (story, typed) => {
    const r = h.reporter();
    const first = await r.send(story);
    expect(hasChoice(first.at(-1), "menu:ask")).toBe(true);
    await r.send({ choice: "menu:ask" });
    const text = all(await r.send(typed));
    expect(text).not.toMatch(/Xin chào! Đây là trợ lý|Bạn muốn làm gì|What would you like to do|Bạn có muốn báo tin/);
    if (!/[a-z]{3} I'm/.test(story) && !story.startsWith("I'm")) expect(text).toMatch(/\bem\b/i);
  });
});
