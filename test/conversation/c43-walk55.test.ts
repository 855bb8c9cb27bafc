/**
 * Walk 55 (20 hand walks in the web chat): a "no" to the danger question said with "chưa có chi nguy hiểm" or "not in danger right
 * now" is a no, never "GỌI NGAY 113"; a story that corrects itself ("À nhầm, ...", "I mean ...") is read with the corrected value;
 * corrections at the summary reach the stored triage; several children keep each their age; a correction that names who writes and
 * who harms sets both; a child who says mid-report that the danger is here now gets the safety lines again. Sentences written for
 * these tests.
 */
import { describe, expect, it } from "vitest";
import { all, ASKS_DANGER, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";

const h = realCoreHarness("c43walk55");

/** Sends the story, answers the danger question with `danger` when asked, skips or stays anonymous for the rest; every reply kept. */
async function walkTo(story: string, danger: Say = { choice: "no" }) {
  const r = h.reporter();
  let replies = await r.send(story);
  const turns = [all(replies)];
  let dangerReply = "";
  for (let i = 0; i < 12 && !hasChoice(replies.at(-1), "submit"); i++) {
    const last = replies.at(-1);
    if (hasChoice(last, "menu:report")) { replies = await r.send({ choice: "menu:report" }); turns.push(all(replies)); continue; }
    const q = lastLine(last);
    const pick = last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(ASKS_DANGER.test(q) ? danger : pick ? { choice: pick } : "bỏ qua");
    if (ASKS_DANGER.test(q) && !dangerReply) dangerReply = all(replies);
    turns.push(all(replies));
  }
  return { ...r, turns, dangerReply, summary: replies.at(-1)?.text ?? "", draft: () => h.draftOf(r.chatId) };
}

const SELLING = "Con bé nhà bên 13 tuổi bị mẹ kế bắt đi bán kẹo ngoài bến xe tới nửa đêm, ở phường Vỹ Dạ, Huế.";
const SELLING_PLAIN = "Con be nha ben 13 tuoi bi me ke bat di ban keo ngoai ben xe toi nua dem, o phuong Vy Da, Hue.";
const SELLING_EN = "The 13 year old girl next door is made by her stepmother to sell sweets at the bus station until midnight, in Vy Da ward, Hue.";

describe("a no to the danger question said beside tonight's plans is a no, never 'call 113 now'", () => {
  it.each([
    [SELLING, "tối nay chắc nó lại đi bán nữa, nhưng chưa có chi nguy hiểm ngay"],
    [SELLING, "chưa có gì nguy hiểm đâu, tối nay chắc nó lại phải đi bán"],
    [SELLING_PLAIN, "toi nay chac no lai di ban nua, nhung chua co chi nguy hiem ngay"],
    [SELLING, "hiện không nguy hiểm ngay, mà tối nay nó lại đi bán"],
    [SELLING_EN, "She is not in danger right now, but she will be sent out selling again tonight"],
  ])("«%s» / «%s»", async (story, answer) => {
    const w = await walkTo(story, answer);
    expect(w.dangerReply).not.toMatch(/GỌI NGAY 113|CALL 113/);
    expect(w.draft()?.dangerNow).not.toBe("yes");
    expect(w.summary).not.toMatch(/nguy hiểm ngay lúc này: có|in danger right now: yes/);
  });

  it.each([
    [SELLING, "tối nay nó lại đi bán"],
    [SELLING_PLAIN, "toi nay no lai di ban"],
  ])("«%s» / «%s» alone is no 'no'", async (story, answer) => {
    const w = await walkTo(story, answer);
    expect(w.draft()?.dangerNow).not.toBe("no");
  });

  it("a danger told now at the same question is still a yes", async () => {
    const w = await walkTo(SELLING, "có, bà ta đang cầm roi đánh nó ngoài bến xe");
    expect(w.draft()?.dangerNow).toBe("yes");
    expect(w.dangerReply).toMatch(/113/);
  });
});
