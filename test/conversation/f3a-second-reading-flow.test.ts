/**
 * F3a: the second reader's findings in the reporter flow (a 'no' to danger now). The reviewer's sentences first, then new
 * wordings of each class written for these tests (in no corpus, fixture or eval file).
 */
import { describe, expect, it } from "vitest";
import { ASKS_DANGER, all, hasChoice, lastLine, realCoreHarness, type Say } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";

const h = realCoreHarness("f3a");

/** Tells the story, answers the danger question with `danger`, skips or stays anonymous everywhere else, and submits. */
async function reported(story: string, danger: Say = { choice: "no" }) {
  const r = h.reporter();
  let replies = await r.send(story);
  if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
  for (let i = 0; i < 10 && !hasChoice(replies.at(-1), "submit"); i++) {
    const q = lastLine(replies.at(-1));
    const pick = replies.at(-1)?.choices?.find((c) => /^(anonymous|skip|unknown)$/.test(c.id))?.id;
    replies = await r.send(ASKS_DANGER.test(q) || /đang gặp nguy hiểm/.test(q) ? danger : pick ? { choice: pick } : "bỏ qua");
  }
  const summary = all(replies);
  await r.send({ choice: "submit" });
  const c = h.stored(r.chatId);
  expect(c).toBeDefined();
  return { summary, draft: c!.draft, triage: triageDraft(c!.draft) };
}

describe("1. a beating going on without stop stays an emergency after a 'no'", () => {
  it.each([
    "Bố dượng đang đánh bé gái 6 tuổi nhà bên liên tục, bé khóc thét, tôi nghe rõ. Nhà ở phường Ninh Kiều, Cần Thơ.",
    "Ông chú say rượu đang đánh thằng bé 7 tuổi liên tục ngoài sân, nó la khóc inh ỏi. Nhà ở xã Phong Điền, Cần Thơ.",
    "The man next door in Cai Rang ward, Can Tho is beating his 6-year-old son over and over, I can hear the screams.",
  ])("«%s»", async (t) => {
    const w = await reported(t);
    expect(w.triage.redFlags).toContain("violence_in_progress");
    expect(w.triage.risk).toBe("emergency");
  });
});

describe("2. a small child still shut in or out now stays an emergency after a 'no'", () => {
  it.each([
    "Bé gái 4 tuổi nhà kế bên ở xã Cẩm Xuyên, Hà Tĩnh, tối qua bị mẹ kế nhốt ngoài chuồng heo cả đêm, giờ con bé vẫn còn bị nhốt ngoài đó.",
    "Thằng bé 3 tuổi nhà đối diện ở phường Bến Thủy, Nghệ An bị bố nhốt trong nhà kho từ chiều qua, bây giờ cháu vẫn còn bị nhốt trong đó.",
    "be trai 5 tuoi o xa Nghi Loc, Nghe An bi di ghe nhot ngoai chuong ga tu toi qua, gio van con bi nhot ngoai do",
  ])("«%s»", async (t) => {
    const w = await reported(t);
    expect(w.triage.risk).toBe("emergency");
  });
});

describe("5. a child no longer with the one who harmed, or with other carers now, is not 'with the person now'", () => {
  it.each([
    "Năm ngoái bé gái 9 tuổi nhà bên ở xã Cẩm Xuyên, Hà Tĩnh bị dượng sờ soạng vùng kín. Giờ bé không còn ở nhà với dượng nữa, mẹ bé đã đưa bé về ngoại.",
    "Tháng trước cháu trai 10 tuổi ở phường Bến Thủy, Nghệ An bị bố đánh gãy tay. Giờ cháu không còn ở với bố nữa, đã về ở với cô ruột.",
    "thang truoc be gai 8 tuoi o xa Nghi Loc, Nghe An bi cha duong sam so. gio be khong con o nha voi cha duong nua, da ve nha ong ba noi",
  ])("«%s»", async (t) => {
    const w = await reported(t);
    expect(w.draft.withPersonNow).not.toBe("yes");
    expect(w.triage.redFlags).not.toContain("with_abuser_now");
  });
  it.each([
    "My niece is 8 and lives in Cai Rang ward, Can Tho. Her stepdad touched her private parts last month and he was arrested. My parents took her in, she is home with them now.",
    "My nephew, 7, lives in Ninh Kieu ward, Can Tho. His father burned his arm with a cigarette in October and is in prison now. Our aunt and uncle look after him, he is home with them now.",
  ])("«%s»", async (t) => {
    const w = await reported(t);
    expect(w.draft.withPersonNow).not.toBe("yes");
    expect(w.triage.risk).not.toBe("emergency");
  });
});
