/**
 * Finding 3 (issue 13 leftovers): a child who moved, with the old home's province named too, kept the old province.
 * Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c9m");
const draftOf = (chatId: string) => [...h.intake.drafts.values()].filter((d) => d.chatId === chatId).at(-1);

describe("the child lives where they moved to, not in the old home's province", () => {
  it.each([
    ["Con bé 10 tuổi, nhà cũ ở Bình Phước, tháng trước dọn lên Pleiku ở với mẹ và dượng, dượng hay đánh nó. Tôi là dì nó.", "gia-lai"],
    ["Thằng bé 8 tuổi trước sống ở Quảng Ngãi, giờ chuyển vào Buôn Ma Thuột ở với ba, ba nó đánh nó bầm mình hôm qua.", "dak-lak"],
    ["Bé gái 11 tuổi, quê Thanh Hóa, mới chuyển ra Hà Nội ở với bác ruột, bị bác bắt làm việc nhà cả ngày, không cho đi học.", "ha-noi"],
    ["My niece is 9, she used to live in Hue but moved to Da Nang with her dad last month, he beats her. I'm her aunt.", "da-nang"],
  ])("«%s»", async (story, id) => {
    const s = await h.toSummary(story, [[/nguy hiểm|danger/, { choice: "no" }]]);
    expect(draftOf(s.chatId)?.provinceId).toBe(id);
  });

  it("parents who moved away for work leave the child's province as told", async () => {
    const s = await h.toSummary("Hai đứa nhỏ 7 và 9 tuổi ở xã Ea Kao, Đắk Lắk, ba mẹ tụi nó chuyển vào Bình Dương làm công nhân, bỏ tụi nó ở nhà với ông nội hay say xỉn đánh tụi nó.", [[/nguy hiểm|danger/, { choice: "no" }]]);
    expect(draftOf(s.chatId)?.provinceId).toBe("dak-lak");
  });
});
