import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("r28");

/** Walk 28: a child calling herself "cháu" whose story said "tối nào" ("every evening") was read as a grown-up's "cháu tôi". */
describe("a child writing as 'cháu' with 'tối' (evening) in the story is the child", () => {
  it.each([
    "Cháu chào chú ạ. Cháu 12 tuổi, ở xã Ea Kar, Đắk Lắk. Chú ruột cháu tối nào say cũng đánh cháu, hôm qua cháu bị chảy máu tay.",
    "Cháu 13 tuổi ạ. Mẹ kế cháu tối qua nhốt cháu ngoài sân, cháu đói lắm, cháu đang ở nhà bạn.",
  ])("«%s» gets the child's first reply", async (story) => {
    const said = all(await h.reporter().send(story));
    expect(said).toMatch(/Em không có lỗi/);
    expect(said).toMatch(/111 miễn phí/);
    expect(said).not.toMatch(/Cảm ơn bạn/);
  });

  it("a grandparent's 'cháu tôi tối nào cũng ...' stays a grown-up's report", async () => {
    const said = all(await h.reporter().send("Cháu tôi 9 tuổi, tối nào cũng bị bố nó đánh, tôi là bà ngoại, ở xã Ea Kar, Đắk Lắk."));
    expect(said).not.toMatch(/Em không có lỗi/);
  });
});
