/**
 * "When" is when the harm happened, not when the reporter learned of it: "hôm nay con bé mới dám kể là tuần trước bị đánh" is last
 * week, "sáng nay cô giáo phát hiện ... bố đánh tối qua" is last night, "told me today that ... since last month" is since last month.
 * Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("when-harm");
const draftOf = (chatId: string) => [...h.intake.drafts.values()].find((d) => d.chatId === chatId);

describe("the time of the harm, not of the telling", () => {
  it.each([
    ["Hôm nay con bé 9 tuổi nhà bên mới dám kể là tuần trước bị ông chú đánh bằng gậy", /tuần trước/],
    ["Sáng nay cô giáo thấy bé 7 tuổi bị bầm lưng, bé nói bố đánh tối qua", /tối qua/],
    ["hom nay chau 10 tuoi moi ke la tu thang truoc bi duong so mo", /thang truoc|tháng trước/],
    ["My neighbour's son, 11, only told me this morning that his uncle beat him last weekend", /last weekend/],
  ])("%s", async (story, expected) => {
    const r = await h.toSummary(story);
    const when = draftOf(r.chatId)?.when ?? "";
    expect(when).not.toBe("today");
    expect(when).toMatch(expected);
  });
});

describe("a step-parent's 'kế' is no telling", () => {
  it.each([
    ["Thằng bé nhà bên 9 tuổi ở phường Pleiku, Gia Lai tối qua bị mẹ kế đánh bằng roi mây", /tối qua/],
    ["con bé 10 tuổi ở xã Ea Kao, Đắk Lắk hay bị cha kế chửi rồi đánh bằng dây điện", /hay|repeated|nhiều lần|thường xuyên/],
  ])("%s", async (story, expected) => {
    const r = await h.toSummary(story);
    const d = draftOf(r.chatId);
    expect(d?.when ?? "", JSON.stringify(d)).toMatch(expected);
  });
});
