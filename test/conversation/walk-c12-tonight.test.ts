/**
 * Walk 36 leftover (issue 13): a child who lives with the person who harms them is at home with that person tonight, even when the
 * reporter says no child is in danger right now: what to do for tonight (a safe place, a trusted adult, 113 if it starts, 111) comes
 * once, before the next question. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c12t");
const TONIGHT = /tối nay|tonight/i;

async function afterDanger(story: string, answer: { choice: string }) {
  const r = h.reporter();
  let replies = await r.send(story);
  // A story the chat offers to report (rather than starting the report) is reported.
  if (hasChoice(replies.at(-1), "menu:report")) replies = await r.send({ choice: "menu:report" });
  const first = all(replies);
  const second = all(await r.send(answer));
  return { first, second };
}

describe("a child who lives with the one who harms gets advice for tonight after 'not in danger right now'", () => {
  it.each([
    ["Bé gái 8 tuổi ở xã Ia Grai, Gia Lai sống với bố dượng, ổng đánh nó hoài, tay bầm tím. Tôi là cô giáo của bé.", { choice: "no" }],
    ["Thằng bé 10 tuổi nhà bên ở phường Pleiku, Gia Lai ở chung nhà với ông chú, ổng hay quất nó bằng roi. Tôi là hàng xóm.", { choice: "unknown" }],
    ["The boy next door, 9, in Pleiku, Gia Lai, lives with his stepfather, who beats him with a belt most weeks. I'm a neighbour.", { choice: "no" }],
  ])("«%s»", async (story, answer) => {
    const w = await afterDanger(story, answer);
    const advice = w.second.split("\n").filter((l) => TONIGHT.test(l) && /113/.test(l) && /111/.test(l));
    expect(advice).toHaveLength(1);
    expect(w.second).toMatch(/người lớn tin cậy|trusted adult/);
  });

  it("a child who lives apart from the one who harms gets no advice for tonight", async () => {
    const w = await afterDanger("Bé gái 9 tuổi ở phường Pleiku, Gia Lai hồi trước bị bố đánh, giờ bố mẹ ly hôn, bé ở với mẹ, bố ở Sài Gòn. Tôi là cô giáo.", { choice: "no" });
    expect(w.second).not.toMatch(TONIGHT);
  });
});
