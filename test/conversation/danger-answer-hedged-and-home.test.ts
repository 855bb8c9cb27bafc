/**
 * Typed answers to "Có trẻ em nào đang gặp nguy hiểm ngay lúc này không?" (round C1c, item 1): a hedged English no is a no; safe
 * now but going back to the one who harms today or tonight is not a no (the safety advice is given); the one who harms in the same
 * house now is a yes; "không biết" is not known, and a frightened reporter gets a line of reassurance before the next question.
 * Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("danger-hedged");
const STORY_VI = "Tôi là cô giáo, bé Na 8 tuổi lớp tôi kể ông dượng hay sờ soạng vùng kín của bé, ông ta sống chung nhà, ở xã Cư M'gar, Đắk Lắk";
const STORY_EN = "I'm her teacher. Mai, 9, told me her stepfather touches her private parts at night. They live in Cu M'gar commune, Dak Lak";
const DANGER_Q = /nguy hiểm ngay lúc này|in danger right now/;
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);

async function atDanger(story: string) {
  const r = h.reporter();
  let replies = await r.send(story);
  for (let i = 0; i < 3 && !DANGER_Q.test(all(replies)); i++) replies = await r.send({ choice: "menu:report" });
  expect(all(replies)).toMatch(DANGER_Q);
  return r;
}

describe("a hedged English no is a no", () => {
  it.each([
    "No immediate danger I'd say, her dad only gets home at six",
    "not in any immediate danger as far as I know, she's at her aunt's this week",
    "I don't think so, he is away on a work trip till Friday",
  ])("%s", async (answer) => {
    const r = await atDanger(STORY_EN);
    const next = all(await r.send(answer));
    expect(next).not.toMatch(/113/);
    expect(next).not.toMatch(DANGER_Q);
    expect(draftOf(r.chatId)!.dangerNow).toBe("no");
  });
});

describe("safe now but back with the one who harms today is not a no", () => {
  it.each([
    "Hiện giờ bé đang ở lớp với tôi, nhưng tối nay bé lại phải về nhà ngủ chung nhà với ông dượng",
    "gio be dang o truong, chieu nay ve nha la lai o voi ong ta",
    "She's with me at school right now but she has to go home to him this evening",
  ])("%s", async (answer) => {
    const r = await atDanger(/[a-z]{3} [a-z]{3}/.test(answer) && !/[à-ỹ]/.test(answer) && /she|her/i.test(answer) ? STORY_EN : STORY_VI);
    const next = all(await r.send(answer));
    expect(draftOf(r.chatId)!.dangerNow).not.toBe("no");
    expect(next).toMatch(/113|111/);
    expect(next).not.toMatch(/bấm một nút|tap a button/);
  });
});

describe("the one who harms in the same house now is a yes", () => {
  it.each([
    "ông ta đang nằm xem ti vi ở phòng khách, con bé ở trên gác với tôi",
    "ong ay dang ngu o phong ben canh, be dang o trong buong voi toi",
    "he's asleep in the living room, she's in her bedroom with me",
  ])("%s", async (answer) => {
    const r = await atDanger(/\b(he|she)\b/.test(answer) ? STORY_EN : STORY_VI);
    const next = await r.send(answer);
    expect(draftOf(r.chatId)!.dangerNow).toBe("yes");
    expect(all(next)).toMatch(/113/);
    expect(all(next)).not.toMatch(/bấm một nút|tap a button/);
  });
});

describe("a frightened 'I don't know' is not known, with a word of reassurance", () => {
  it.each([
    ["Tôi cũng không biết nữa, tôi lo quá", STORY_VI],
    ["khong biet nua, toi so qua", STORY_VI],
    ["I really don't know, I'm so scared", STORY_EN],
  ])("%s", async (answer, story) => {
    const r = await atDanger(story);
    const next = all(await r.send(answer));
    expect(draftOf(r.chatId)!.dangerNow).toBe("unknown");
    expect(next).not.toMatch(DANGER_Q);
    expect(next).toMatch(/bình tĩnh|Bạn đã làm đúng|không sao đâu|You did the right thing|take a breath|not alone|không một mình/i);
  });
});
