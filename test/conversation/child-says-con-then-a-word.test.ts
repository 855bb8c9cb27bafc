/**
 * Walk 31: a child who calls themself "con" ("ba con hễ say là lấy dây nịt đánh con, hôm qua đánh sưng cả chân ... con sợ tối nay
 * ba về lại đánh nữa") was read as a grown-up (adult advice, age never asked): "đánh con hôm qua" was taken for "đánh con ho..."
 * (a third person's "con họ") because the words that make "con" someone else's were matched as the start of the next word
 * ("hôm", "bằng", "bầm" began like "họ", "ba"). Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { isChildWriter } from "../../src/intake/report-flow/story-reading.ts";

const CHILD: string[] = [
  "ba con đánh con bằng roi mây, con đau lắm cô ơi",
  "mẹ kế nhốt con hoài trong nhà kho, con đói lắm",
  "ông nội chửi con ngu rồi đánh con hôm kia, con buồn lắm",
  "dượng quất con bầm hết lưng, con sợ về nhà lắm",
];
const GROWN_UP: string[] = [
  "chồng tôi đánh con hôm qua, tôi sợ lắm",
  "ông hàng xóm đánh con bé nhà bên bằng roi, con bé sợ lắm",
];

describe("walk 31: a child's 'con' before a word that begins like another's", () => {
  for (const t of CHILD) it(`a child writes: ${t}`, () => expect(isChildWriter(t)).toBe(true));
  for (const t of GROWN_UP) it(`a grown-up writes: ${t}`, () => expect(isChildWriter(t)).toBe(false));
});
