/**
 * Round-23 walk findings (fresh reporters through the web chat, 5 December), replayed through the real
 * conversation core with sentences of our own of the same kinds.
 */
import { describe, expect, it } from "vitest";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import { all, realCoreHarness } from "./real-core-harness.ts";

const { reporter, stored } = realCoreHarness("r23");

describe("a child who greets before telling is greeted as a child", () => {
  it.each(["em chào cô chú ạ", "con chao chu a", "Dạ cháu chào các cô chú", "e chào thầy cô"])("«%s»", async (hello) => {
    const w = reporter();
    const replies = await w.send(hello);
    expect(all(replies)).toMatch(/\bem\b/);
    expect(all(replies)).toMatch(/111/);
    expect(all(replies)).not.toMatch(/Bạn muốn làm gì/);
    // The buttons stay: the child may still choose.
    expect(replies.at(-1)?.choices?.some((c) => c.id === "menu:report")).toBe(true);
  });

  it.each(["xin chào", "chào bạn", "em chào anh chị", "tôi chào các anh chị"])("a grown-up's hello «%s» gets the usual welcome", async (hello) => {
    const w = reporter();
    expect(all(await w.send(hello))).toMatch(/Bạn muốn làm gì/);
  });
});

describe("a child telling about their brother or sister is asked about that child, not about themself", () => {
  it.each([
    ["vi", "em 12 tuổi, em trai em 6 tuổi tối nào cũng bị bố đánh bằng thắt lưng. nhà em ở Pleiku", /em trai em/, /anh chị em/],
    ["vi", "e 13t. bo e say ruou la danh em gai e, no moi 7 tuoi, lung bam het. nha e o Buon Ma Thuot", /em gái em/, /anh chị em/],
    ["en", "im 12. my little brother is 6 and our dad hits him with a belt almost every night. we live in Pleiku", /your brother/, /brother or sister/],
    ["en", "I am 14 and my mom's boyfriend touches my little sister (she is 8) when mom is at work. We live in Hue.", /your sister/, /brother or sister/],
  ])("%s: «%s»", async (_lang, story, who, relation) => {
    const w = reporter();
    const first = await w.send(story);
    // Safety advice for the child writer in the first reply.
    expect(all(first)).toMatch(/111/);
    expect(all(first)).toMatch(/not your fault|không có lỗi|adult you trust|người lớn em tin/i);
    let replies = first.at(-1)?.choices?.some((c) => c.id === "menu:report") ? await w.send({ choice: "menu:report" }) : first;
    // The danger question asks about the brother or sister.
    expect(all(replies)).toMatch(who);
    replies = await w.send({ choice: "no" });
    for (let i = 0; i < 6 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const last = replies.at(-1);
      replies = await w.send(last?.choices?.some((c) => c.id === "anonymous") ? { choice: "anonymous" } : last?.choices?.some((c) => c.id === "skip") ? { choice: "skip" } : "bỏ qua");
    }
    const summary = all(replies);
    // The summary says who tells (a brother or sister of the child), not that the writer is the child harmed.
    expect(summary).toMatch(relation);
    expect(summary).not.toMatch(/người làm hại em|who hurts you/);
    const done = await w.send({ choice: "submit" });
    // A child is never asked for pictures.
    expect(all(done)).not.toMatch(/ảnh|photo|picture/i);
    const c = stored(w.chatId);
    expect(c?.draft.reporterRelation).toBe("family");
  });

  it.each([
    "bố đánh em với em trai em suốt, em 13 tuổi, em sợ về nhà lắm",
    "im 11, my dad hits me and my little sister when he drinks",
  ])("a child harmed together with a sibling is the child harmed: «%s»", async (story) => {
    const w = reporter();
    const first = await w.send(story);
    const replies = first.at(-1)?.choices?.some((c) => c.id === "menu:report") ? await w.send({ choice: "menu:report" }) : first;
    expect(all(replies)).not.toMatch(/em trai em có|your sister in danger|your brother in danger|bạn ấy|your friend/);
  });
});

/** Tells the story and accepts the report when offered: stops at the first question. */
async function atFirstQuestion(story: string) {
  const w = reporter();
  let replies = await w.send(story);
  if (replies.at(-1)?.choices?.some((c) => c.id === "menu:report")) replies = await w.send({ choice: "menu:report" });
  return { w, replies };
}

describe("a reporter who wants to stop can stop in words, at any question", () => {
  it.each([
    "thôi em không muốn kể nữa đâu",
    "dừng lại",
    "hủy",
    "em bảo thôi mà, em không muốn báo nữa",
    "xóa đi được không",
    "I want to stop",
    "i dont want to tell anymore",
    "thoi khong bao nua",
  ])("«%s»", async (stop) => {
    const { w } = await atFirstQuestion("em 12 tuổi, anh họ em 19 tuổi hay bắt em cởi đồ khi không có ai ở nhà");
    const replies = await w.send(stop);
    expect(all(replies)).toMatch(/dừng|stopped/i);
    expect(all(replies)).toMatch(/111/);
    // The next message is no answer to a report question.
    const after = await w.send("cảm ơn");
    expect(all(after)).not.toMatch(/bao nhiêu tuổi|How old|ở tỉnh|liên lạc/);
  });

  it("'không muốn kể cho bố mẹ' (not wanting the parents told) is no stop", async () => {
    const { w } = await atFirstQuestion("em 12 tuổi, anh họ em 19 tuổi hay bắt em cởi đồ khi không có ai ở nhà");
    const replies = await w.send("em không muốn kể cho bố mẹ biết");
    expect(all(replies)).not.toMatch(/Đã dừng/);
  });
});

describe("a child's question about what happens to them after telling is answered, never read as danger or as facts", () => {
  it.each([
    ["mình có bị bắt đi không? mình không muốn xa mẹ", /không ai đưa em đi|không phải rời|xa mẹ|ở với mẹ|an toàn/i],
    ["tui hoi la bao xong tui co bi bat di khoi nha ko?", /không ai đưa em đi|rời nhà|an toàn/i],
    ["will they take me away from my mom?", /no one takes you away|not taken away|stay|safe/i],
    ["tui co bi danh ko neu bao", /bí mật|an toàn|không biết em/i],
    ["chu co biet ko? e ko muon chu biet", /bí mật|không nói|không biết/i],
  ])("«%s»", async (asked, answer) => {
    const english = /^[\x00-\x7f]*$/.test(asked) && /\b(will|they|me)\b/.test(asked);
    const { w, replies } = await atFirstQuestion(english ? "im 13. my uncle lives with us and comes into my room at night and touches me. im scared to tell anyone" : "e 13t. chu e o chung nha, toi nao cung vao phong e so mo e, e so lam ko dam noi vs ai");
    const question = replies.at(-1)?.text ?? "";
    const got = await w.send(asked);
    expect(all(got)).toMatch(answer);
    expect(got.some((r) => r.urgent)).toBe(false);
    // The question asked before is asked again.
    expect(got.at(-1)?.text).toContain(question.split("\n").at(-1) ?? "");
  });

  it("the question is kept for officers but read as no fact of the case (no abduction flag from 'có bị bắt đi không')", async () => {
    const { w } = await atFirstQuestion("tui 13 tuoi, phai lam o xuong may cua co tui tu 6h sang toi 10h dem, ko dc di hoc nua, lam sai la bi danh. tui o Gia Lai");
    await w.send("tui hoi la bao xong tui co bi bat di khoi nha ko?");
    let replies = await w.send({ choice: "no" });
    for (let i = 0; i < 6 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
      const last = replies.at(-1);
      replies = await w.send(last?.choices?.some((c) => c.id === "anonymous") ? { choice: "anonymous" } : last?.choices?.some((c) => c.id === "skip") ? { choice: "skip" } : "bỏ qua");
    }
    await w.send({ choice: "submit" });
    const c = stored(w.chatId);
    expect(c?.draft.extraNotes.join(" ")).toMatch(/bat di khoi nha/);
    // The case as stored is triaged by the case builder from this draft.
    const triage = triageDraft(c!.draft);
    expect(triage.redFlags).not.toContain("abduction_in_progress");
    expect(triage.category).toBe("labour_exploitation");
  });
});

describe("a correction at the summary, in everyday speech, changes the summary (never 'already so' while it still says otherwise)", () => {
  const GRANDPA = "Tui là ông ngoại. Thằng Bin cháu tui 10 tuổi, ba hắn say rượu là đánh hắn, tuần trước lấy roi quất bầm cả lưng. Hắn ở với ba mẹ hắn ở xã Nghi Lộc, Nghệ An.";
  const TEACHER = "Em là cô giáo dạy lớp 6. Có một em nam 11 tuổi trong lớp bị mấy bạn lớp trên chặn đường đánh, lấy tiền, em ấy sợ không dám đi học. Trường ở xã An Phú, Đắk Lắk.";
  const SELF_HARM = "mình 15 tuổi, tối nay mình định uống hết thuốc ngủ của mẹ, mình mệt lắm rồi. mình ở Huế";

  it.each([
    [GRANDPA, "à mà không phải ba ruột mô, là ba dượng hắn", /người gây hại: bố dượng/],
    [GRANDPA, "ờ mà không phải bố đẻ đâu nha, là bố dượng", /người gây hại: bố dượng/],
    [TEACHER, "tuổi vẫn sai, sửa tuổi là 12", /12 tuổi/],
    [TEACHER, "sửa tuổi thành 12", /12 tuổi/],
    [TEACHER, "đổi xã thành An Phước", /An Phước/],
  ])("%#: «%s»", async (story, fix, now) => {
    const summary = await toSummary(story);
    const after = await summary.w.send(fix);
    const text = all(after);
    expect(text).toMatch(now);
    expect(text).not.toMatch(/đã ghi đúng như bạn nói|chưa đọc ra được/);
  });

  it.each(["ko phai me", "mẹ mình ko có làm hại mình", "mẹ không làm gì mình cả"])("a child who says the person named did nothing clears who harms: «%s»", async (fix) => {
    const summary = await toSummary(SELF_HARM);
    expect(all(summary.replies)).toMatch(/mẹ/);
    const after = await summary.w.send(fix);
    expect(all(after)).not.toMatch(/người làm hại em: mẹ|người gây hại: mẹ/);
  });
});

/** Tells the story, accepts the report, says no to danger, skips the rest: stops at the summary. */
async function toSummary(story: string) {
  const w = reporter();
  let replies = await w.send(story);
  for (let i = 0; i < 10 && !replies.at(-1)?.choices?.some((c) => c.id === "submit"); i++) {
    const ch = replies.at(-1)?.choices ?? [];
    replies = await w.send(ch.some((c) => c.id === "menu:report") ? { choice: "menu:report" } : ch.some((c) => c.id === "no") ? { choice: "no" } : ch.some((c) => c.id === "anonymous") ? { choice: "anonymous" } : ch.some((c) => c.id === "skip") ? { choice: "skip" } : "bỏ qua");
  }
  return { w, replies };
}
