/**
 * C42, defect 5: who harms, as the summary says it and the case stores it. A classmate's father or mother ("bố của bạn cùng lớp con tôi",
 * "the father of a classmate", "a classmate's dad") is another person, neither the child's parent nor the classmate; someone who leads the
 * search or runs for help ("anh Tư dẫn mọi người đi tìm bé", "my cousin led the search") is no one who harms. The child's own father, or
 * a father named beside a classmate who only saw, is still read as before.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c42harmer");

/** The summary's "who harms" part, in either language. */
function harmerLine(summary: string): string {
  return /(?:người gây hại|the person causing harm|the person hurting you): ([^;]*)/.exec(summary)?.[1] ?? "";
}

describe("a classmate's parent is another person, not the child's parent nor the classmate", () => {
  it.each([
    ["Con gái tôi 9 tuổi bị đánh ở trường, người đánh là bố của bạn cùng lớp con tôi, ở phường Vĩnh Ninh, Huế."],
    ["Con gai toi 9 tuoi bi danh o truong, nguoi danh la bo cua ban cung lop con toi, o phuong Vinh Ninh, Hue."],
    ["Con trai tôi 10 tuổi bị bố của một bạn cùng lớp tát vào mặt hôm qua ở cổng trường, phường Vĩnh Ninh, Huế."],
    ["Con tôi 8 tuổi bị mẹ của bạn cùng lớp chửi và tát ở cổng trường hôm qua, phường Vĩnh Ninh, Huế."],
    ["My 9-year-old son was slapped yesterday by the father of a classmate at the school gate, Vinh Ninh ward, Hue."],
    ["My 9-year-old son was slapped yesterday by a classmate's dad at the school gate, Vinh Ninh ward, Hue."],
  ])("'%s'", async (story) => {
    const got = await h.toSummary(story);
    const stored = h.draftOf(got.chatId);
    expect(["father", "mother", "parents", "peer"]).not.toContain(stored?.harmer);
    // Said as another person, or quoted as written ("father of a classmate"), never as the bare "father" or "classmates".
    expect(harmerLine(got.summary)).not.toMatch(/^(?:bố|mẹ|bạn bè|father|mother|classmates?|peers?)\s*(?:\(|«|$)/);
    expect(harmerLine(got.summary)).not.toBe("");
  });
});

describe("someone who searches or gets help is no one who harms", () => {
  it.each([
    ["be trai 8 tuoi mat tich tu chieu, anh Tu dan moi nguoi di tim be, tim thay be bi troi o bai mia, xa Tan Loc, Ca Mau"],
    ["Bé trai 7 tuổi bị lạc ngoài đồng, chú Ba hàng xóm dẫn người đi tìm, thấy bé bị chó cắn rách chân, xã Tân Lộc, Cà Mau."],
    ["The 8-year-old boy next door went missing, my cousin led the search and found him tied up in the sugarcane field, Tan Loc commune, Ca Mau."],
    ["Bé gái 6 tuổi bị đánh chảy máu đầu, anh trai bé chạy đi gọi người giúp, ở xã Tân Lộc, Cà Mau."],
  ])("'%s'", async (story) => {
    const got = await h.toSummary(story);
    const stored = h.draftOf(got.chatId);
    expect(["neighbour", "relative", "sibling", "other"]).not.toContain(stored?.harmer);
  });
});

describe("near misses: the child's own parent, and a harm after the search, stay read", () => {
  it.each([
    ["Con gái tôi 9 tuổi bị bố nó đánh bầm tay, bạn cùng lớp của bé thấy vết bầm và kể cho cô giáo, ở phường Vĩnh Ninh, Huế.", "father"],
    ["My 9-year-old daughter's father slapped her yesterday and her classmates saw it, Vinh Ninh ward, Hue.", "father"],
    ["Thằng bé nhà bên bỏ nhà đi, bố nó đi tìm thấy nó rồi đánh nó bằng gậy, ở xã Tân Lộc, Cà Mau.", "father"],
    ["Hai đứa nhỏ nhà bên 3 tuổi và 5 tuổi bị bỏ đói mấy ngày, người bỏ mặc tụi nhỏ là mẹ của tụi nó, ở xã Tân Lộc, Cà Mau.", "mother"],
  ])("'%s': %s", async (story, harmer) => {
    const got = await h.toSummary(story);
    expect(h.draftOf(got.chatId)?.harmer).toBe(harmer);
  });
});
