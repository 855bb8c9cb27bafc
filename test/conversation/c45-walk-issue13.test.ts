/**
 * C45, a hand walk of the web chat (issue 13): a suspicion of a lasting harm ("is being abused") is no danger now and the danger
 * question is asked; a reporter who then says "not now, I don't know if he is in danger" is stored as not sure, never as an
 * emergency read from their own words; "không biết có nguy hiểm ngay không" typed at the danger question is "not sure". Sentences
 * written for these tests.
 */
import { describe, expect, it } from "vitest";
import { all, ASKS_DANGER, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";

const h = realCoreHarness("c45walk");

/** Sends the story, answers the danger question with `danger` when asked, skips the rest, submits; every reply kept. */
async function walk(story: string, danger: Say = { choice: "no" }, extra: Array<[RegExp, Say]> = []) {
  const r = h.reporter();
  let replies = await r.send(story);
  const seen = [all(replies)];
  let askedDanger = false;
  for (let i = 0; i < 14 && !hasChoice(replies.at(-1), "submit"); i++) {
    const last = replies.at(-1);
    if (hasChoice(last, "menu:report")) { replies = await r.send({ choice: "menu:report" }); seen.push(all(replies)); continue; }
    const q = lastLine(last);
    const hit = extra.find(([re]) => re.test(q));
    if (ASKS_DANGER.test(q)) askedDanger = true;
    const pick = last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(hit ? hit[1] : ASKS_DANGER.test(q) ? danger : pick ? { choice: pick } : "bỏ qua");
    seen.push(all(replies));
  }
  const summary = replies.at(-1)?.text ?? "";
  await r.send({ choice: "submit" });
  const draft = h.draftOf(r.chatId)!;
  const alert = h.intake.alerts.find((a) => a.draftId === draft.draftId);
  const earlier = alert ? { ...alert.triage, risk: "emergency" as const } : undefined;
  return { ...r, seen: seen.join("\n"), askedDanger, summary, draft, triage: triageDraft(draft, earlier) };
}

const DANGER_FLAGS = ["reporter_says_danger_now", "reporter_danger_now", "story_danger_now", "violence_in_progress"];

describe("a suspicion of a lasting harm is asked about, not read as danger now", () => {
  it.each([
    ["I suspect the girl who lives under my flat is being abused by her grandfather", "No, nothing is going on at the moment, I can't say whether she is in danger"],
    ["Maybe the boy at the end of our lane is being hurt by his mum's boyfriend", "not happening now I think, but I really don't know if he is in danger"],
    ["Tôi nghi thằng bé ở dãy trọ sau nhà đang bị dượng nó bạo hành", "Hiện không thấy chuyện gì xảy ra, tôi không rõ nó có đang nguy hiểm không"],
    ["toi nghi con be o tang tren dang bi ong noi xam hai", "khong biet co nguy hiem ngay khong"],
  ])("«%s» / «%s»: asked, not sure, no emergency flags", async (story, answer) => {
    const w = await walk(story, answer);
    expect(w.seen).not.toMatch(/A child is in danger: CALL 113|Trẻ đang gặp nguy hiểm: GỌI NGAY 113/);
    expect(w.askedDanger).toBe(true);
    expect(w.draft.dangerNow).toBe("unknown");
    expect(w.summary).not.toMatch(/in danger right now: yes|nguy hiểm ngay lúc này: có/);
    const understood = w.summary.split("\n").find((l) => /hiểu:|understood:/.test(l)) ?? "";
    expect(understood).not.toMatch(/happening now|đang xảy ra/);
    for (const f of DANGER_FLAGS) expect(w.triage.redFlags).not.toContain(f);
  });

  it.each([
    ["The boy next to us is being beaten by his father right now, I can hear him crying out", /CALL 113/],
    ["Bố thằng bé bên cạnh đang đánh nó ngoài sân, nó kêu cứu", /GỌI NGAY 113/],
  ])("near miss «%s»: a blow happening now is still an emergency", async (story, urgent) => {
    const w = await walk(story);
    expect(w.seen).toMatch(urgent);
  });
});

describe("a reporter's doubt typed at the danger question is 'not sure'", () => {
  const STORY = "Con bé nhà bên 10 tuổi hay bị mẹ kế đánh bầm lưng, ở phường Thuận Hóa, Huế";
  it.each([
    "không biết có nguy hiểm ngay không",
    "khong biet co nguy hiem ngay khong nua",
    "tôi cũng không rõ bé có đang gặp nguy hiểm không",
    "I don't know whether she is in danger right now",
  ])("«%s»: not sure", async (answer) => {
    const w = await walk(STORY, answer);
    expect(w.draft.dangerNow).toBe("unknown");
    expect(w.summary).toMatch(/không rõ|not sure/i);
  });

  it.each([
    ["không, hiện giờ không nguy hiểm", "no"],
    ["có, mẹ kế đang cầm roi đánh nó", "yes"],
  ])("near miss «%s»: %s", async (answer, want) => {
    const w = await walk(STORY, answer);
    expect(w.draft.dangerNow).toBe(want);
  });
});

describe("a danger read from the story that the reporter then doubts reaches the stored case", () => {
  // Stories whose danger now the chat reads from the words (a blow just given, the person still there), never asking.
  const JUST_NOW = "my uncle just slapped my little cousin really hard and he is still in the house with her, she is 8, we live in Phu Xuan ward, Hue";
  const JUST_NOW_VI = "chú tôi vừa tát con bé em họ tôi rất mạnh, giờ ông ấy vẫn ở trong nhà, bé 8 tuổi, nhà ở phường Phú Xuân, Huế";
  /** The story, then `doubt` typed at the first question asked after it; walked to the summary and submitted. */
  async function doubted(story: string, doubt: string) {
    const r = h.reporter();
    const first = all(await r.send(story));
    const reply = all(await r.send(doubt));
    let replies = await r.send({ choice: "skip" });
    for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
      const last = replies.at(-1);
      const pick = last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
      replies = await r.send(ASKS_DANGER.test(lastLine(last)) ? { choice: "unknown" } : pick ? { choice: pick } : "bỏ qua");
    }
    await r.send({ choice: "submit" });
    const draft = h.draftOf(r.chatId)!;
    const alert = h.intake.alerts.find((a) => a.draftId === draft.draftId);
    const earlier = alert ? { ...alert.triage, risk: "emergency" as const } : undefined;
    return { first, reply, draft, triage: triageDraft(draft, earlier) };
  }

  it.each([
    [JUST_NOW, "sorry, it is not going on now, I honestly don't know if she is in danger"],
    [JUST_NOW_VI, "xin lỗi, hiện không có chuyện gì, tôi không biết bé có đang nguy hiểm không"],
  ])("«%s» then «%s»: not sure, no danger-now flag read from the story", async (story, doubt) => {
    const w = await doubted(story, doubt);
    expect(w.draft.dangerNow).toBe("unknown");
    expect(w.triage.redFlags).not.toContain("story_danger_now");
    expect(w.reply).toMatch(/not sure|không rõ/);
  });

  it("near miss: a doubt about something else leaves the danger read", async () => {
    const w = await doubted(JUST_NOW, "I don't know the name of the street");
    expect(w.draft.dangerNow).toBe("yes");
  });
});

describe("a free short answer at the danger question is read, never met with 'press a button'", () => {
  const SELLING = "Tôi bán cá ở chợ An Cựu, có ba đứa nhỏ tầm 10 tuổi ngày nào cũng bị một ông bắt đi đánh giày tới nửa đêm";
  it.each([
    [SELLING, "chưa đứa nào bị gì cả", "no"],
    [SELLING, "vẫn còn", "yes"],
    // RD37: a hedged yes at the danger question is a yes, "not yet" alone is not sure (never a no).
    [SELLING, "hinh nhu co", "yes"],
    ["Three kids about 10 shine shoes for a man at the An Cuu market until midnight every day", "not yet", "unknown"],
  ])("«%s» / «%s»: %s", async (story, answer, want) => {
    const w = await walk(story, answer);
    expect(w.seen).not.toMatch(/bấm một nút|chọn một nút|press a button|choose a button/i);
    expect(w.draft.dangerNow).toBe(want);
  });
});
