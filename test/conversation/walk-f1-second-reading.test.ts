/**
 * A second reading of walk 37's changes (issue 13): what those changes dropped, each in sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { all, hasChoice, realCoreHarness } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";

const h = realCoreHarness("f1");
const DANGER = /in danger right now|nguy hiểm ngay lúc này/;
const ALARM = /113/;

/** The "I understood" line of the summary; the test fails when no summary was reached. */
function understoodLine(summary: string): string {
  const line = summary.split("\n").find((l) => /^(Mình hiểu|Cô chú hiểu|I understood|We understood)/.test(l));
  expect(line, "the summary was reached").toBeDefined();
  return line!;
}

/** Reaches the summary with "no" to danger, opens the field buttons, presses [who harms]. */
async function atHarmerButton(story: string, nudge: string) {
  const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
  await s.send({ choice: "edit" });
  const replies = await s.send(nudge);
  expect(hasChoice(replies.at(-1), "fix:harmer")).toBe(true);
  await s.send({ choice: "fix:harmer" });
  return s;
}

describe("a person typed after [who harms] that also tells a danger tonight or now is read whole, never lowering the risk", () => {
  it.each([
    ["Hàng xóm viết đây: con bé 10 tuổi nhà sát vách hay bị ba nó tát, mới tuần trước sưng má. Phường Thanh Khê, Đà Nẵng.", "chỗ này chưa ổn", "ông chú của bé, đêm nay ông ấy lại sang ngủ chung với bé"],
    ["I live next door. A 9 year old girl there was slapped hard by her father two days ago. We are in Hai Chau, Da Nang.", "this part is off", "her uncle, he is with her right now and has a knife"],
  ])("«%s» then «%s»", async (story, nudge, person) => {
    const s = await atHarmerButton(story, nudge);
    const replies = await s.send(person);
    expect(all(replies)).toMatch(ALARM);
    expect(all(replies).match(/113/g)?.length).toBe(1);
    understoodLine(replies.at(-1)?.text ?? "");
    await s.send({ choice: "submit" });
    const c = h.stored(s.chatId);
    expect(c).toBeDefined();
    expect(c!.draft.harmer).not.toBe("father");
    expect(triageDraft(c!.draft).risk).toBe("emergency");
  });
});

describe("a person named in the danger answer with a harm the triage knows is who harms", () => {
  it.each([
    ["Con bé 10 tuổi nhà bên dạo này sợ sệt, hay trốn ra ngoài ngõ ngồi. Tôi ở sát vách, phường Thanh Khê, Đà Nẵng.", "Không, bây giờ bé ở nhà với dượng, mà dượng hay bóp ngực bé", /người gây hại: (?:bố )?dượng/],
    ["A 9 year old girl next door looks scared and hides in the lane a lot. I live beside her, in Hai Chau, Da Nang.", "No, she is home with her stepfather now, he gropes her", /causing harm: stepfather/],
  ])("«%s» / «%s»", async (story, answer, harmer) => {
    const s = await h.toSummary(story, [[DANGER, answer]]);
    expect(understoodLine(s.summary)).toMatch(harmer);
  });

  it("the summary of a child at home tonight with that person carries what to do tonight", async () => {
    const s = await h.toSummary("Con bé 10 tuổi nhà bên dạo này sợ sệt, hay trốn ra ngoài ngõ ngồi. Tôi ở sát vách, phường Thanh Khê, Đà Nẵng.", [[DANGER, "Không, bây giờ bé ở nhà với dượng, mà dượng hay bóp ngực bé"]]);
    expect(s.seen.map((r) => r.text).join("\n")).toMatch(/tối nay/);
  });
});

describe("a grandparent writes as one only when they say so, and their son or daughter is read by which side they are", () => {
  it("a maternal grandmother's son is the child's uncle, in her own words", async () => {
    const s = await h.toSummary("Tôi là bà ngoại của bé. Thằng con trai tôi cứ xỉn là đập cháu ngoại tôi, cháu mới 7 tuổi. Nhà ở xã Ea Kar, Đắk Lắk.", [[DANGER, { choice: "no" }]]);
    const line = understoodLine(s.summary);
    expect(line).not.toMatch(/người gây hại: bố/);
    expect(line).toMatch(/con trai tôi/);
    expect(line).not.toMatch(/«[^»]*cháu»/);
  });

  it("a paternal grandfather's son is the child's father", async () => {
    const s = await h.toSummary("Tôi là ông nội. Con trai tôi cứ xỉn là đập cháu nội tôi, cháu mới 7 tuổi. Nhà ở xã Ea Kar, Đắk Lắk.", [[DANGER, { choice: "no" }]]);
    expect(understoodLine(s.summary)).toMatch(/người gây hại: bố/);
  });

  it("a mother who names the child's grandmother is no grandparent writing: her son is the child", async () => {
    const s = await h.toSummary("Bà nội của cháu hay lấy roi quất con trai tôi, cháu mới 6 tuổi. Nhà ở phường Tân Lập, Đắk Lắk.", [[DANGER, { choice: "no" }]]);
    const line = understoodLine(s.summary);
    expect(line).toMatch(/bé trai 6 tuổi/);
    expect(line).toMatch(/người gây hại: (?:ông bà|bà nội)/);
  });
});
