/**
 * A story that says both how often the harm happens and when it last happened shows both at the summary ("thường xuyên; gần
 * nhất: tối qua"); walk 30: "bố hay đánh nó, lần gần nhất tối qua" was shown as "nhiều lần, vẫn tiếp diễn", the latest time lost.
 * Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("often-latest");
const NO_DANGER: Array<[RegExp, { choice: string }]> = [[/nguy hiểm|danger/i, { choice: "no" }]];

describe("how often and the latest time, both kept", () => {
  it.each([
    ["Con bé 9 tuổi nhà kế bên bị ông bố đánh hoài, lần mới nhất là chiều hôm qua. Nhà ở phường Tân Lập, Đắk Lắk", /thường xuyên; gần nhất: (?:chiều )?hôm qua/],
    ["thang be 6 tuoi nha doi dien bi me ke danh suot, gan nhat sang nay. nha o xa Ea Kar, Dak Lak", /thường xuyên; gần nhất: sang nay/],
    ["Cháu gái tôi 12 tuổi bị dượng chửi mắng thường xuyên, hôm thứ bảy còn tát cháu. Nhà ở xã Ea Kar, Đắk Lắk", /thường xuyên; gần nhất: hôm thứ bảy/],
    ["My neighbour's daughter is 10 and her mother beats her often; the last time was last night. They live in Hai Chau ward, Da Nang", /often; last time: last night/],
  ])("%s", async (story, shown) => {
    const s = await h.toSummary(story, NO_DANGER);
    expect(s.summary).toMatch(shown);
  });

  it("a story of one time only is still said as that time", async () => {
    const s = await h.toSummary("Bé trai 7 tuổi nhà bên bị mẹ kế đánh tối qua. Nhà ở xã Ea Kar, Đắk Lắk", NO_DANGER);
    expect(s.summary).toMatch(/lần gần nhất: tối qua/);
    expect(s.summary).not.toMatch(/thường xuyên/);
  });
});
