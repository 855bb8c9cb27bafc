/**
 * Mender M29 on the second reading (RD33) of fixer C44, through the web chat: a "no" to the danger question still answers a
 * situation told as over, when what goes on to now is the care that followed ("tới giờ bé vẫn ở nhà bà ngoại"), or the writer's own
 * wondering ("for days I have wondered"); a child still shut in since the day before yesterday stays an emergency.
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";

const h = realCoreHarness("m29walk");

/** Tells the story, answers "no" to danger now and skips the rest, submits; the stored triage. */
async function stored(story: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 14 && !hasChoice(replies.at(-1), "submit"); i++) {
    const last = replies.at(-1);
    if (hasChoice(last, "menu:report")) { replies = await r.send({ choice: "menu:report" }); continue; }
    const q = lastLine(last);
    const pick = last?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    const say: Say = ASKS_DANGER.test(q) ? { choice: "no" } : pick ? { choice: pick } : "bỏ qua";
    replies = await r.send(say);
  }
  await r.send({ choice: "submit" });
  const draft = h.draftOf(r.chatId)!;
  const alert = h.intake.alerts.find((a) => a.draftId === draft.draftId);
  const earlier = alert ? { ...alert.triage, risk: "emergency" as const, redFlags: [...alert.triage.redFlags, "reporter_danger_now"] } : undefined;
  return { draft, triage: triageDraft(draft, earlier) };
}

describe("what goes on to now is the care after the night, not the night", () => {
  it.each([
    "Đêm hôm kia thằng bé 5 tuổi nhà bên bị bố đuổi ra đường lúc nửa đêm, hàng xóm cho bé ngủ nhờ, tới giờ bé vẫn ở nhà bà ngoại. Ở phường Hải Châu, Đà Nẵng.",
    "Tối hôm kia con bé 4 tuổi bị mẹ kế đuổi ra khỏi nhà lúc nửa đêm, cô hàng xóm cho bé vào nhà, đến nay bé vẫn ở với cô ấy. Phường Hải Châu, Đà Nẵng.",
  ])("«%s»: high after «no»", async (story) => {
    const w = await stored(story);
    expect(w.draft.dangerNow).toBe("no");
    expect(w.triage.risk).toBe("high");
  });
});

describe("a small child shut in alone since the day before yesterday stays an emergency after «no»", () => {
  it.each([
    "Con bé 4 tuổi nhà bên bị nhốt trong nhà kho một mình từ bữa qua tới giờ, ở phường Hải Châu, Đà Nẵng.",
  ])("«%s»", async (story) => {
    const w = await stored(story);
    expect(w.draft.dangerNow).toBe("no");
    expect(w.triage.risk).toBe("emergency");
  });
});
