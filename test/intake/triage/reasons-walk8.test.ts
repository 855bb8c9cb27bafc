/**
 * The reasons officers read come from what the text says of the child, not from a word alone
 * (DESIGN: red flags and reasons come from facts, never from a word alone). Found by the eighth
 * walk: an adult's drinking read as the child made to drink, an aunt's factory job read as child
 * labour, "giờ em đang ở trường" read as harm happening now. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const reasons = (text: string) => triageReport(text).reasons.join(" ");

describe("reasons from what is said of the child", () => {
  const ADULT_DRINKS = ["Ông dượng nó tối nào cũng uống rượu rồi chửi con bé 9 tuổi", "bo no lai uong ruou say roi dap do dac, thang be 10t so lam"];
  const ADULT_JOB = ["Tôi là dì của bé, tôi làm công nhân ở Bắc Ninh, bé 8 tuổi ở quê bị bố đánh"];
  const WHERE_NOW = ["Con bé 11 tuổi kể bị chú sờ soạng tuần trước, giờ bé đang ở trường"];

  it("are tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus([...ADULT_DRINKS, ...ADULT_JOB, ...WHERE_NOW])).toEqual([]);
  });

  it.each(ADULT_DRINKS)("an adult who drinks is not the child made to drink: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("substance_exposure");
    expect(reasons(text)).not.toMatch(/cho dùng thuốc lá, rượu/);
  });

  it("a child made to drink still is", () => {
    expect(triageReport("Chủ quán bắt thằng bé 13 tuổi uống rượu với khách mỗi tối").redFlags.some((f) => /substance|violence_severe/.test(f))).toBe(true);
  });

  it.each(ADULT_JOB)("an adult's factory job is not child labour: %s", (text) => {
    expect(reasons(text)).not.toMatch(/"làm công"/);
  });

  it.each(WHERE_NOW)("where the child is now is not harm happening now: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("violence_in_progress");
    expect(reasons(text)).not.toMatch(/đang diễn ra ngay lúc này/);
  });
});
