/**
 * "giờ bé ở với ngoại rồi" (the child is with her grandmother now) after a past beating by the stepfather is the child
 * away from the person who harms, not with them: walk 40 (w12) stored such a story as an emergency, its reasons saying
 * "Trẻ đang hoặc sắp ở cùng người gây hại ("giờ bé ở với")", though the mother answered "no" to danger now. Being with
 * the person who harms is read from who the child is with, not from the words "giờ ... ở với" alone.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";
import { triageDraft } from "../../src/intake/cases/case-builder.ts";
import { triageReport } from "../../src/intake/triage/triage-model.ts";

const h = realCoreHarness("with-someone-else");
const DANGER = /in danger right now|nguy hiểm ngay lúc này/;

const STORIES = [
  "Tuần trước bố dượng đánh thằng bé 7 tuổi rạn xương tay, đã bó bột rồi. Giờ cháu ở với bà nội, ông ta bị công an gọi lên làm việc. Xã Ea Kar, Đắk Lắk.",
  "thang be 8 tuoi bi cha ghe danh bam tim hom chu nhat, gio be o voi ba ngoai roi, ong kia dang bi xu ly. Phuong Tan Lap, Dak Lak",
  "Last week her stepfather broke her arm. She is staying with her aunt now and the police took him in. Pleiku, Gia Lai.",
];

describe("a child who is now with someone else is not with the person who harms", () => {
  it.each([STORIES[0]!, STORIES[2]!])("triage of «%s» gives no 'with the person who harms now' reason", (story) => {
    const t = triageReport(story);
    expect(t.reasons.join(" ")).not.toMatch(/ở cùng người gây hại|with the person who harms/);
  });

  // Known leftover: an older rule ("ở với" + any relative, untoned "ba" read as the father) still weighs this, though
  // it does not keep it (the reason says "không giữ").
  it.fails("triage of the untoned story gives no 'with the person who harms now' reason", () => {
    const story = STORIES[1]!;
    const t = triageReport(story);
    expect(t.reasons.join(" ")).not.toMatch(/ở cùng người gây hại|with the person who harms/);
  });

  it.each(STORIES)("«%s» with no to danger now is stored high, not emergency", async (story) => {
    const s = await h.toSummary(story, [[DANGER, { choice: "no" }]]);
    await s.send({ choice: "submit" });
    const c = h.stored(s.chatId);
    expect(c).toBeDefined();
    expect(c!.draft.withPersonNow).not.toBe("yes");
    expect(triageDraft(c!.draft).risk).not.toBe("emergency");
  });
});
