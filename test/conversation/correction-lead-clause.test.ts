/**
 * A correction at the summary that opens with a lead said as its own clause ("À tôi nhầm, ...", "sorry, wrong, ...") and then
 * corrects two facts, clause by clause: both facts are applied and both said back (walk 30: the age was changed, the commune
 * kept as it was, while the reply said "Đã sửa theo lời bạn"). Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("lead-clause");
const STORY = "Cháu gái tôi 4 tuổi ở xã Thanh Thủy, Phú Thọ, dượng nó đi làm khóa trái cửa để cháu ở nhà một mình cả ngày, hôm nay cũng thế";

describe("a correction with a lead of its own and two facts", () => {
  it.each([
    ["À tôi nhầm, bé 5 tuổi rồi chứ không phải 4, với lại nhà chị tôi ở xã Hạ Hòa chứ không phải xã Thanh Thủy", /5 tuổi/, /Hạ Hòa/],
    ["ấy chết nhầm, cháu 6 tuổi chứ không phải 4, còn nhà ở xã Lâm Thao chứ không phải Thanh Thủy", /6 tuổi/, /Lâm Thao/],
  ])("%s", async (fix, age, place) => {
    const s = await h.toSummary(STORY, [[/nguy hiểm/, { choice: "no" }]]);
    const reply = all(await s.send(fix));
    const said = reply.split("\n")[0]!;
    expect(said).toMatch(age);
    expect(said).toMatch(place);
    expect(reply).toMatch(new RegExp(`bé gái ${age.source}[^;]* ở xã ${place.source}`));
  });

  it("a lead with one fact still corrects that fact alone", async () => {
    const s = await h.toSummary(STORY, [[/nguy hiểm/, { choice: "no" }]]);
    const reply = all(await s.send("À tôi nhầm, bé 5 tuổi rồi"));
    expect(reply).toMatch(/bé gái 5 tuổi ở xã Thanh Thủy/);
  });
});
