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
import { extractReportFacts } from "../../src/intake/triage/report-facts.ts";

const h = realCoreHarness("with-someone-else");
const DANGER = /in danger right now|nguy hiểm ngay lúc này/;
const WITH_HARMER_REASON = /ở cùng người gây hại|with the person who harms|with the abuser/;

/** Stories of a child hurt before and now with someone who does not harm: a grandparent, an aunt, a teacher, a shelter. */
const WITH_SOMEONE_ELSE = [
  "Hôm qua dượng đánh con bé 9 tuổi bầm lưng. Giờ cháu ở với cô ruột bên xã khác rồi.",
  "be gai 11 tuoi bi ba duong danh bam tay, gio be dang o voi co giao chu nhiem",
  "thang be 10 tuoi bi bo danh sung mat tuan truoc, bay gio no song voi ong ba noi o que",
  "Her stepdad beat her on Sunday and left bruises; now she is living with her grandma in town.",
  "The boy, 9, was beaten by his father last week. He is staying with his aunt now, far from the father.",
  "Con bé 12 tuổi bị cha đánh gãy tay, giờ đang ở nhà tạm lánh của xã.",
];

/** The opposite: hurt by the stepfather, and now home alone with him. */
const WITH_THE_HARMER = [
  "Bố dượng đánh con bé 10 tuổi bầm tím hôm qua, giờ mẹ đi làm, bé đang ở nhà một mình với ông ta.",
  "ba duong danh be 9 tuoi bam het lung hom qua, gio me di vang, be o nha mot minh voi ong ta",
  "Her stepfather beat the 8-year-old girl yesterday. Her mum is at work, and right now she is home alone with him.",
];

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

  // The older triage rule ("ở với" + any relative, untoned "ba" read as the father) now asks the fact module who the child is with.
  it("triage of the untoned story gives no 'with the person who harms now' reason", () => {
    const story = STORIES[1]!;
    const t = triageReport(story);
    expect(t.reasons.join(" ")).not.toMatch(/ở cùng người gây hại|with the person who harms/);
  });

  it.each(WITH_SOMEONE_ELSE)("triage of «%s» gives no 'with the person who harms now' reason", (story) => {
    const t = triageReport(story);
    expect(t.reasons.join(" ")).not.toMatch(WITH_HARMER_REASON);
    expect(t.redFlags).not.toContain("with_abuser_now");
  });

  it.each(WITH_THE_HARMER.slice(0, 2))("triage of «%s» still weighs being with the person who harms now", (story) => {
    expect(triageReport(story).reasons.join(" ")).toMatch(WITH_HARMER_REASON);
  });

  it.each(WITH_THE_HARMER)("«%s» is still the child with the person who harms now", async (story) => {
    expect(extractReportFacts(story).withHarmerNow).toBe(true);
    const s = await h.toSummary(story);
    expect(h.draftOf(s.chatId)!.withPersonNow).toBe("yes");
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
