/**
 * Leftovers of the reporter conversation (issue 13) that testers found walking fresh reporters, each told in sentences written
 * for these tests.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c9");
const { draftOf, walk } = h;

/** Finding 1: a harm planned for a named day (a father coming to take the child and keep her) got no safety advice at all. */
describe("a harm planned for a coming day gets safety advice before that day, once", () => {
  it.each([
    ["My neighbour's daughter is 8 and lives in Pleiku, Gia Lai. Her dad, who used to beat her mum, texted that he'll pick her up Saturday and not bring her back. I'm the neighbour.", /saturday/i],
    ["Con bé Lan 12 tuổi ở xã Cư M'gar, Đắk Lắk. Ông hàng xóm hẹn thứ bảy này chở bé đi chơi, bé kể ổng hay sờ mó bé. Tôi là cô giáo của bé.", /thứ bảy này/],
    ["Ông chú của bé Hoa 10 tuổi ở phường Tân Lập, Đắk Lắk đã nói thứ bảy này sẽ đưa bé lên rẫy ở với ổng một mình, hồi trước ổng từng sờ mó bé. Tôi là cô giáo.", /thứ bảy này/],
  ])("«%s»", async (story, day) => {
    const w = await walk(story);
    expect(w.atSummary).toBe(true);
    const before = w.seen.slice(0, -1).join("\n") + "\n" + w.seen.at(-1)!.split("TÓM TẮT").at(0)!.split("REPORT SUMMARY").at(0);
    // The advice names the day, says whom to call, and what to do before then.
    const advice = before.split("\n").filter((l) => day.test(l) && /113/.test(l) && /111/.test(l));
    expect(advice).toHaveLength(1);
  });
});

/** Finding 3: the day planned, told beside an earlier harm ("hồi trước ổng từng ..."), was not stored; the earlier time was. */
describe("a planned day told beside an earlier harm is stored as the time", () => {
  it.each([
    ["Ông chú của bé Hoa 10 tuổi ở phường Tân Lập, Đắk Lắk đã nói thứ bảy này sẽ đưa bé lên rẫy ở với ổng một mình, hồi trước ổng từng sờ mó bé. Tôi là cô giáo.", /thứ bảy này/],
    ["My neighbour's daughter is 8 and lives in Pleiku, Gia Lai. Her dad, who used to beat her mum, texted that he'll pick her up Saturday and not bring her back. I'm the neighbour.", /saturday/i],
  ])("«%s»", async (story, day) => {
    const w = await walk(story);
    expect(draftOf(w.chatId)?.when ?? "").toMatch(day);
    expect(w.summary).toMatch(day);
  });
});

/** Finding 4: a province merged in 2025 was stored under the new province without a word, and what the reporter said was lost. */
describe("a province merged or renamed in 2025 is said in one line, and what the reporter said is kept", () => {
  it.each([
    ["Thằng bé 10 tuổi nhà bên ở xã Tuy An, Phú Yên, hôm qua bị ông bố say rượu dùng dây nịt quất bầm hết lưng. Tôi là hàng xóm.", /Phú Yên nay thuộc tỉnh Đắk Lắk/, "dak-lak", /Phú Yên/],
    ["Con bé lớp 5 ở phường Quy Nhơn, tỉnh Bình Định, tuần trước bị mẹ kế nhốt ngoài trời cả đêm. Tôi là cô giáo của bé.", /Bình Định nay thuộc tỉnh Gia Lai/, "gia-lai", /Bình Định/],
    ["A boy of 11 in Tan An, Long An province was burned with a cigarette by his stepfather last week. I am his teacher.", /Long An is now part of Tay Ninh province/, "tay-ninh", /Long An/],
    ["Bé gái 7 tuổi ở phường Vĩnh Ninh, Thừa Thiên Huế, tuần rồi bị bà nội bỏ đói nhiều ngày. Tôi là hàng xóm.", /Thừa Thiên Huế nay là thành phố Huế/, "thua-thien-hue", /Thừa Thiên Huế/],
  ])("«%s»", async (story, line, id, said) => {
    const w = await walk(story);
    expect(w.atSummary).toBe(true);
    // One short line, in the summary, once.
    expect(w.summary.split("\n").filter((l) => line.test(l))).toHaveLength(1);
    const d = draftOf(w.chatId);
    expect(d?.provinceId).toBe(id);
    expect(d?.locationText ?? "").toMatch(said);
  });

  it("a province named by today's name gets no such line", async () => {
    const w = await walk("Thằng bé 10 tuổi nhà bên ở xã Ea Kao, Đắk Lắk, hôm qua bị ông bố say rượu quất bầm hết lưng. Tôi là hàng xóm.");
    expect(w.summary).not.toMatch(/nay thuộc|nay là|is now part of/);
  });
});
