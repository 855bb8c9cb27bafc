/**
 * Words written with their accents that fold like words of violence: "bảo lúc đó" (said that at the time)
 * folds like "bạo lực" (violence), and "đám" (a feast, a crowd) like "đâm"/"đấm" (stab, punch): both were read
 * as physical violence (held-out writers T-X, read half, 5 December). Sentences written for this test, in no
 * corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const NOT_VIOLENCE = [
  { text: "Con trai tôi 15 tuổi hôm kia uống rượu say ở đám cưới, nó bảo lúc đó bạn bè ép uống.", words: ["bảo lúc", "đám cưới"] },
  { text: "Thằng nhỏ 12 tuổi xóm tui đám giỗ nào cũng được người lớn cho uống bia với người ta.", words: ["đám giỗ"] },
];
const VIOLENCE = [
  "Thằng bé 11 tuổi bị bố đâm vào tay bằng kéo tối qua.",
  "Cô giáo nói đó là bạo lực, bé 8 tuổi bị cha dượng đấm vào bụng.",
];

describe("accented words that only fold like violence", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...NOT_VIOLENCE.map((c) => c.text), ...VIOLENCE])).toEqual([]);
  });

  it.each(NOT_VIOLENCE)("no reason reads violence in them: $text", ({ text, words }) => {
    const r = triageReport(text);
    const violence = r.reasonsEn.filter((x) => x.includes("physical violence"));
    for (const w of words) expect(violence.join(" ")).not.toContain(w);
  });

  it.each(VIOLENCE)("a stab, a punch, the word violence are still read: %s", (text) => {
    const r = triageReport(text);
    expect(r.reasonsEn.some((x) => x.includes("physical violence"))).toBe(true);
  });
});
