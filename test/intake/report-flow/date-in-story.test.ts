/**
 * Walk 40 (w11): a story that names the day by its date ("Ngày 02/12/2026", "hôm 2/12", "on 2/12") was asked when it happened again.
 * The date as written is the time of the harm; a date of birth is not.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "../../conversation/real-core-harness.ts";

const { walk, draftOf } = realCoreHarness("date40");
const ASKS_WHEN = /xảy ra khi nào|When did it happen/;

describe("a date in the story is when it happened", () => {
  it.each([
    ["Tôi là cán bộ xã. Ngày 01/12/2026, bé trai 12 tuổi ở xã Tân Phú, tỉnh Đồng Nai bị bố đánh chảy máu đầu.", "01/12/2026"],
    ["Tôi là hàng xóm. Hôm 3/12 tôi thấy bé gái 6 tuổi nhà bên bị mẹ kế đánh, ở xã Tân Phú, tỉnh Đồng Nai.", "3/12"],
    ["toi la hang xom, ngay 30/11 be gai 7 tuoi nha ben bi cha danh bam mat, o xa Tan Phu, Dong Nai", "30/11"],
    ["Tôi thấy một bé trai chừng 9 tuổi đi bán kẹo lúc 10 giờ đêm ở bến xe xã Tân Phú, Đồng Nai, người đàn ông đi cùng đánh vào đầu bé.", "10 giờ đêm"],
    ["I saw a girl of about 8 selling flowers at 11 pm outside a bar in Tan Phu commune, Dong Nai; the man with her slapped her.", "11 pm"],
    ["I'm a teacher. On 2/12 a 10-year-old boy in my class came with burns on his arm; his stepmother did it. Tan Phu commune, Dong Nai.", "2/12"],
  ])("'%s' is not asked when", async (story, date) => {
    const r = await walk(story);
    expect(r.seen.join("\n")).not.toMatch(ASKS_WHEN);
    expect(draftOf(r.chatId)?.when ?? "").toContain(date);
  });

  it("a date of birth is no time of the harm", async () => {
    const r = await walk("Tôi là hàng xóm. Bé gái sinh ngày 05/06/2018 nhà bên bị mẹ kế đánh, ở xã Tân Phú, tỉnh Đồng Nai.");
    expect(draftOf(r.chatId)?.when ?? "").not.toContain("05/06");
  });
});
