/**
 * Walk 31: a person who sexually abuses a child and is told to be still in the home ("giờ anh ta vẫn ở nhà", "hắn vẫn còn ở
 * nhà", "he is still at home") has access tonight: an emergency (DESIGN, triage contract: sexual abuse where the person has
 * access to the child tonight). The walker's mother reported her husband's abuse of her daughter "giờ anh ta vẫn ở nhà", and the
 * case was stored high while its reasons said "→ khẩn cấp". Said of the child ("bé vẫn ở nhà với tôi"), said not to ("không còn
 * ở nhà"), or of someone who does not live there, it is no access. Sentences written for this test, in no corpus.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const STILL_HOME: string[] = [
  "Con bé nhà em 10 tuổi kể là dượng nó sờ vào chỗ kín nó mấy lần rồi, em chưa làm gì được, ổng vẫn ở nhà",
  "Bố dượng hiếp dâm cháu gái tôi 13 tuổi, chị tôi biết mà không dám báo, hắn vẫn còn ở nhà",
  "My sister's husband raped her daughter (11) last week. He is still at home with them.",
  "cha ruột xâm hại tình dục bé 9 tuổi, mẹ bé không dám nói gì, hiện ông ta vẫn ở trong nhà",
  "chong toi xam hai con rieng cua toi, be 12 tuoi, toi moi biet hom qua, anh ta van o nha",
];
const NO_ACCESS: string[] = [
  "Ông hàng xóm sờ soạng bé 9 tuổi nhà tôi hôm trước, giờ bé vẫn ở nhà với tôi, không cho sang bên đó nữa",
  "my daughter (12) was groped by a man on the bus yesterday; she is still at home, scared to go out",
  "Chồng cũ của tôi từng xâm hại con bé 8 tuổi, giờ anh ta đã chuyển đi, không còn ở nhà nữa",
];

describe("walk 31: the sexual abuser still at home", () => {
  it("none is in a corpus", () => expect(inSomeCorpus([...STILL_HOME, ...NO_ACCESS])).toEqual([]));
  for (const t of STILL_HOME) {
    it(`is an emergency: ${t}`, () => {
      const r = triageReport(t);
      expect(r.category).toBe("sexual_abuse");
      expect(r.risk).toBe("emergency");
    });
  }
  for (const t of NO_ACCESS) {
    it(`is no access tonight: ${t}`, () => {
      const r = triageReport(t);
      expect(r.redFlags).not.toContain("sexual_abuser_has_access");
    });
  }
  it("a reason that says emergency is never shown on a case rated lower", () => {
    for (const t of [...STILL_HOME, ...NO_ACCESS]) {
      const r = triageReport(t);
      if (r.risk !== "emergency") expect(r.reasons.filter((x) => /→ khẩn cấp/.test(x) && !/Mô hình/.test(x))).toEqual([]);
    }
  });
});
