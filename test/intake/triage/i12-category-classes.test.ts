/**
 * Issue 12, T6: category confusions of the trained model that the rules' readings settle (content/triage/category-classes.json).
 * Shouting and threats with the blows denied are emotional abuse; a person met online who has taken the child, keeps the child or
 * is set to pick the child up is an abduction; a wish to die spoken of only to ask or joke is self-harm. Near misses keep their
 * category. Only the category moves. Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const CASES: Array<[string, string]> = [
  ["Tối nào ông bố nhà bên cũng say xỉn rồi quát tháo thằng con 10 tuổi, chửi nó là đồ ăn hại, bảo cút đi, nhưng chưa thấy đánh nó bao giờ.", "emotional_abuse"],
  ["toi nghe bo no quat thao chui boi con be suot, khong thay danh dap gi", "emotional_abuse"],
  ["Her dad screams at her every night and threatens to throw her out, he has never hit her though.", "emotional_abuse"],
  ["Con gái tôi 14 tuổi quen một người trên mạng, hôm qua nó trốn nhà đi theo người đó, giờ đang ở nhà anh ta ở Bắc Ninh.", "trafficking_abduction"],
  ["My 15-year-old son met a man on Discord and left home yesterday with him; he says he is staying at his flat.", "trafficking_abduction"],
  ["thằng đó quen con bé qua game, hẹn chiều nay đón nó ở cổng trường", "trafficking_abduction"],
  ["Cô giáo ơi, bạn em nói muốn chết nhưng xong lại cười bảo đùa thôi, em có nên báo không ạ?", "self_harm"],
];
const NEAR_MISSES: Array<[string, string]> = [
  ["Một người trên mạng giữ ảnh nhạy cảm của con tôi và đòi tiền.", "online_abuse"],
  ["Bố cháu đánh cháu bầm tím rồi còn quát tháo chửi bới cả đêm.", "physical_violence"],
];

describe("the rules' readings settle the model's category confusions", () => {
  it("the sentences are in no corpus", () => expect(inSomeCorpus([...CASES, ...NEAR_MISSES].map(([t]) => t))).toEqual([]));
  for (const [text, category] of [...CASES, ...NEAR_MISSES]) {
    it(`${category}: ${text}`, () => expect(triageReport(text).category).toBe(category));
  }
});
