/**
 * A place the child was taken to (a trafficking or lure story: "đưa ra Hà Nội", "dụ xuống TP HCM", "taken to Hanoi") is no province of
 * the child: the commune where the child lives names the province, and with no home named the place is asked. Sentences written for
 * this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("taken-to");
// The place the child was taken to may be offered to confirm ("trẻ hiện đang ở đó phải không?"), never taken without a yes.
const WHERE = /xảy ra ở đâu|ở tỉnh, thành phố nào|Where did this happen|Which province|trẻ hiện đang ở đó phải không|is the child there now/;

describe("the commune where the child lives wins over where the child was taken", () => {
  it.each([
    "Con bé 15 tuổi nhà ở xã Kông Chro bị một bà dẫn mối đưa xuống TP HCM làm giúp việc, cả tháng nay không gọi về",
    "thang be 13 tuoi o xa Phu Thien bi nguoi ta dua ra Ha Noi ban ve so",
    "A 14-year-old boy from Kong Chro commune was taken to Hanoi by a man to sell lottery tickets",
  ])("%s", async (story) => {
    const r = await h.toSummary(story);
    expect(r.summary).toMatch(/Gia Lai/);
    expect(r.summary).not.toMatch(/(?:Hà Nội|Ha Noi|Hanoi|Hồ Chí Minh)[;.]/);
  });
});

describe("only the place the child was taken to", () => {
  it("is not stored as where the child lives; the place is asked", async () => {
    const r = await h.toSummary("Bé gái 15 tuổi bị một người quen dụ vào TP HCM làm quán karaoke, gia đình không liên lạc được");
    expect(r.questions.some((q) => WHERE.test(q))).toBe(true);
    expect(r.summary).not.toMatch(/ở Thành phố Hồ Chí Minh/);
  });
});
