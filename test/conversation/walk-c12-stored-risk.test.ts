/**
 * Walk 36 leftovers (issue 13): the risk stored with a case follows the triage contract (DESIGN.md), from what was said, not from
 * a word alone: a corrected place, a light object, a scratch, a visit planned for the weekend. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, all, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";

const h = realCoreHarness("c12r");

/** Tells the story, answers the danger question with `danger`, stays anonymous, sends `atSummary` there if given, and submits. */
async function reported(story: string, danger: Say = { choice: "no" }, atSummary: string | null = null) {
  const r = h.reporter();
  let replies = await r.send(story);
  const seen = [all(replies)];
  for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
    const q = lastLine(replies.at(-1));
    const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(ASKS_DANGER.test(q) ? danger : pick ? { choice: pick } : "bỏ qua");
    seen.push(all(replies));
  }
  if (atSummary) seen.push(all(await r.send(atSummary)));
  await r.send({ choice: "submit" });
  const c = h.stored(r.chatId);
  expect(c).toBeDefined();
  return { seen: seen.join("\n"), draft: c!.draft, triage: triageDraft(c!.draft) };
}

describe("a place corrected at the summary adds no danger nobody told", () => {
  it.each([
    ["Thằng bé 10 tuổi nhà đối diện ở xã Ia Grai, Gia Lai bị bố dượng đánh ở nhà tối qua, bầm lưng. Tôi là hàng xóm.", "không phải ở nhà, ở nhà bà nội"],
    ["Bé gái 8 tuổi ở phường Pleiku, Gia Lai hôm kia bị bố đẻ tát sưng mặt ở nhà. Tôi là cô giáo.", "sửa lại: không phải ở nhà mà ở nhà bà nội bé"],
  ])("«%s» / «%s»", async (story, fix) => {
    const w = await reported(story, { choice: "no" }, fix);
    expect(w.triage.redFlags).not.toContain("child_alone");
    expect(w.triage.redFlags).not.toContain("violence_in_progress");
    expect(w.triage.risk).not.toBe("emergency");
  });
});

describe("an object is severe violence by what it is, not by the word 'with'", () => {
  it.each([
    "Bé trai 9 tuổi ở xã Ia Grai, Gia Lai hôm qua bị bố dượng đánh bằng thước kẻ vào tay. Tôi là cô giáo.",
    "Con bé lớp 3 nhà bên ở phường Pleiku, Gia Lai bị mẹ kế đánh bằng tay vào mông hôm kia. Tôi là hàng xóm.",
  ])("a ruler or a hand: «%s»", async (story) => {
    const w = await reported(story);
    expect(w.triage.redFlags).not.toContain("violence_severe");
    expect(w.triage.category).toBe("physical_violence");
  });

  it("an electric cord is still severe", async () => {
    const w = await reported("Bé trai 9 tuổi ở xã Ia Grai, Gia Lai hôm qua bị bố dượng đánh bằng dây điện. Tôi là cô giáo.");
    expect(w.triage.redFlags).toContain("violence_severe");
  });
});

describe("a scratch is an injury", () => {
  it.each([
    "Bé gái 7 tuổi ở xã Ea Kao, Đắk Lắk bị mẹ kế cào trầy xước cánh tay hôm qua. Tôi là hàng xóm.",
    "Thằng bé 11 tuổi ở phường Pleiku, Gia Lai bị ông chú xô ngã xước da đầu gối tối qua. Tôi là cô giáo của nó.",
  ])("«%s»", async (story) => {
    const w = await reported(story);
    expect(w.triage.redFlags).toContain("injury");
  });
});

describe("a visit planned for the weekend, told at the danger question, is no danger now", () => {
  it.each([
    ["cuối tuần này ổng sẽ tới đón nó", /cuối tuần này/],
    ["He said he'll come and take her this weekend", /this weekend/i],
  ])("«%s»", async (answer, day) => {
    const en = /[a-z]+ [a-z]+ [a-z]+/.test(answer) && !/[ờổế]/.test(answer);
    const story = en
      ? "The girl next door, 9, lives with her mum in Pleiku, Gia Lai. Her father beat her black and blue many times before the divorce. I'm the neighbour."
      : "Con bé 9 tuổi nhà bên ở phường Pleiku, Gia Lai, hồi trước bị bố nó đánh bầm tím hoài, giờ bố mẹ ly hôn, nó ở với mẹ. Tôi là hàng xóm.";
    const w = await reported(story, answer);
    expect(w.draft.dangerNow).not.toBe("yes");
    expect(w.triage.redFlags).not.toContain("story_danger_now");
    expect(w.triage.risk).not.toBe("emergency");
    // The day is kept for officers, and the advice before that day is given.
    expect([w.draft.when, ...w.draft.extraNotes].join(" ")).toMatch(day);
    expect(w.seen).toMatch(/113/);
  });
});
