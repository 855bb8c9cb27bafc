/**
 * Finding 2 (issue 13 leftovers): a first message that itself says danger now must get the emergency advice as the urgent reply
 * (the web chat's red banner) in the first reply. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { realCoreHarness } from "./real-core-harness.ts";

const h = realCoreHarness("c9d");

describe("danger now told in the first message gets the emergency banner in the first reply", () => {
  it.each([
    "nó đang đánh con bé ngoài sân",
    "ông hàng xóm đang đánh thằng bé nhà ổng dã man lắm, cứu với",
    "bo no dang danh no ngoai san, con be khoc thet",
    "he is hitting her right now",
    "my neighbour is beating his little boy in the yard right now",
    "Con bé 8 tuổi nhà kế bên tôi ở xã Ea Kao, Đắk Lắk, ông bố dượng đang cầm dao dọa giết nó",
  ])("«%s»", async (first) => {
    const r = h.reporter();
    const replies = await r.send(first);
    const urgent = replies.filter((x) => x.urgent);
    expect(urgent).toHaveLength(1);
    expect(urgent[0]!.text).toMatch(/113/);
    expect(replies.indexOf(urgent[0]!)).toBe(0);
  });
});

describe("danger now told as the first words of the story after a greeting or after choosing to report gets the banner at once", () => {
  it.each([
    [["chào bạn"], "nó đang đánh con bé ngoài sân, con bé mới 7 tuổi"],
    [[{ choice: "menu:report" }], "nó đang đánh con bé ngoài sân, con bé mới 7 tuổi"],
    [["hello"], "he is hitting her right now, she is 7"],
    [["/start"], "nó đang đánh con bé ngoài sân"],
    [["/start"], "he is hitting her right now"],
    [[{ choice: "menu:report" }], "he is hitting her right now, she is 7"],
  ] as const)("%j then «%s»", async (before, story) => {
    const r = h.reporter();
    for (const b of before) await r.send(b);
    const replies = await r.send(story);
    const urgent = replies.filter((x) => x.urgent);
    expect(urgent.length).toBeGreaterThanOrEqual(1);
    expect(urgent[0]!.text).toMatch(/113/);
    expect(replies.indexOf(urgent[0]!)).toBe(0);
  });
});
