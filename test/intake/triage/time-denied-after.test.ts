/**
 * "Ngay lúc này thì không nguy hiểm" (right now there is no danger) was read as violence happening
 * now, because the denial comes after the time words; and "khóa cửa không cho nó vào nhà" (locked
 * out of the house) as the child locked in. Found by a tester on 4 December (the case was stored
 * as an emergency). Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";
import { collectFacts } from "../../../src/intake/triage/triage-facts.ts";

const DENIED = [
  "Ngay lúc này thì không nguy hiểm, nhưng bố dượng hay chửi em gái tôi 12 tuổi",
  "ngay luc nay thi khong sao, nhung bo no hay danh no",
  "right now she is fine but her father beats her every weekend",
  "bây giờ thì cũng chưa, mẹ kế hay bỏ đói thằng bé 8 tuổi",
];
const NOW = [
  "ngay lúc này bố nó đang đánh nó ngoài sân",
  "right now her stepfather is beating her, I can hear her",
];

describe("a time said and then denied is not now", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...DENIED, ...NOW, "Có hôm bố dượng khóa cửa không cho con bé 13 tuổi vào nhà"])).toEqual([]);
  });
  it.each(DENIED)("no 'happening now' in %s", (s) => {
    const r = triageRules(s);
    expect(r.redFlags).not.toContain("violence_in_progress");
  });
  it.each(NOW)("still now in %s", (s) => {
    expect(triageRules(s).redFlags).toContain("violence_in_progress");
  });
  it("locked out of the house is not locked in", () => {
    expect(triageRules("Có hôm bố dượng khóa cửa không cho con bé 13 tuổi vào nhà").redFlags).not.toContain("confinement");
    expect(triageRules("mẹ kế khóa cửa không cho bé 6 tuổi ra ngoài cả ngày").redFlags).toContain("confinement");
  });
});

describe("'không thì' after a time is 'otherwise', not a denial", () => {
  it.each([
    "thằng đó đòi con bé 14 tuổi gửi 3 triệu trước 10 giờ tối nay không thì đăng ảnh lên nhóm lớp",
    "he told my 13 year old sister to send more photos tonight or else he posts them",
  ])("%s", (s) => {
    expect(inSomeCorpus([s])).toEqual([]);
    // The deadline tonight is still read ("soon": today, tonight or tomorrow morning).
    expect(collectFacts(s).codes.has("soon")).toBe(true);
  });
});
