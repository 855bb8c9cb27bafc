/**
 * Walk 40: corrections at the summary. "X, không phải Y" / "X chứ không phải Y" / "X, not Y" that restates what the summary holds
 * is told so ("Tóm tắt đã ghi đúng"), never "could not read"; a correction not understood changes no stored field; a new latest
 * time keeps how often the harm happens.
 */
import { describe, expect, it } from "vitest";
import { all, realCoreHarness } from "../../conversation/real-core-harness.ts";

const { walk, draftOf } = realCoreHarness("walk40fix");

const BOY_11 = "Tôi là hàng xóm. Thằng bé nhà đối diện 11 tuổi bị mẹ kế đánh bằng roi tối hôm qua, ở xã Tân Phú, tỉnh Đồng Nai.";
const GIRL_9_EN = "I'm a tutor. A 9-year-old girl I teach was slapped and kicked by her uncle yesterday, in Hoa Binh ward, Hoa Binh province.";

describe("a correction that restates the summary", () => {
  it.each([
    [BOY_11, "Sửa: thằng bé 11 tuổi, không phải 13. Những cái khác đúng rồi."],
    [BOY_11, "sua lai: be 11 tuoi chu khong phai 12"],
    [BOY_11, "Sửa lại: xã Tân Phú chứ không phải Tân Phước, tỉnh Đồng Nai."],
    [GIRL_9_EN, "Correction: she is 9, not 30. 30 is the uncle's age."],
  ])("'%s' + '%s' is said to be already right, and nothing stored changes", async (story, fix) => {
    const r = await walk(story);
    expect(r.atSummary).toBe(true);
    const before = draftOf(r.chatId)!;
    const replies = all(await r.send(fix));
    expect(replies).toMatch(/Tóm tắt đã ghi đúng|already says so/);
    expect(replies).not.toMatch(/chưa đọc ra|could not read/);
    const after = draftOf(r.chatId)!;
    for (const k of ["childAgeText", "locationText", "commune", "provinceName", "harmer", "when"] as const) expect(after[k]).toEqual(before[k]);
  });
});

describe("a new latest time for a harm that repeats", () => {
  it.each([
    ["Tôi là cô giáo. Bé gái 8 tuổi lớp tôi hay bị bố đánh, lần gần nhất tối qua, ở xã Đông Hưng, tỉnh Hưng Yên.", "Sửa: lần gần nhất là hôm thứ bảy", /thường xuyên/],
    ["toi la hang xom, be trai 7 tuoi nha ben thuong xuyen bi cha danh, lan gan nhat toi qua, o xa Tan Phu, Dong Nai", "sua lai: lan gan nhat la hom chu nhat", /thường xuyên/],
    ["I'm a neighbour. The boy next door, 10, is often beaten by his father, last time last night, in Tan Phu commune, Dong Nai.", "Correction: the last time was on Sunday", /often/],
  ])("'%s' + '%s' keeps how often, and the change is said cleanly", async (story, fix, often) => {
    const r = await walk(story);
    expect(r.atSummary).toBe(true);
    expect(r.summary).toMatch(often);
    const replies = all(await r.send(fix));
    const summary = replies.split("\n").find((l) => /Mình hiểu|Cô chú hiểu|I understood|We understood/.test(l)) ?? "";
    expect(summary).toMatch(often);
    expect(summary).toMatch(/thứ bảy|chủ nhật|chu nhat|sunday/i);
    const ack = replies.split("\n")[0]!;
    expect(ack).not.toMatch(/(lần gần nhất|last time) (thường xuyên|often);/);
    expect(ack).toMatch(/thứ bảy|chủ nhật|chu nhat|sunday/i);
  });
});
