/**
 * Walk 30 (fix C2, 7): "bây giờ" typed short ("bh", "bjo", "bi h", "bay h") is read as "bây giờ" wherever triage folds a text for
 * a reading of now: the rules' tokens, the fact extractor's words, the model's checks of "giờ cháu ổn", and teenNowKey for the
 * conversation's own readings (sentences written for this test, in no corpus). "Bảy h" (seven o'clock, as written) and
 * "bay h sang" (7 a.m.) are not.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { splitReport, teenNowKey } from "../../../src/intake/triage/report-text.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

const TEEN_FORMS = ["bh", "bjo", "bi h", "bay h"];
const STORIES: Array<(now: string) => string> = [
  (now) => `ngay ${now} con bé 5 tuổi vẫn bị nhốt trong nhà kho`,
  (now) => `e 13t, hôm qua ba e đánh e, ${now} ba e đang ở nhà với e`,
  (now) => `hôm qua dượng đánh nó chảy máu đầu, ${now} thì nó ở với tôi rồi, nó 9 tuổi`,
  (now) => `${now} thi chua sao, toi nay ong ay ve moi lo, con be 7 tuoi`,
];

/** What a reading of now gives: the facts' times and the rules' flags and risk. */
function reading(text: string) {
  const f = extractReportFacts(text);
  const r = triageRules(text);
  return { when: f.when, times: f.times, withHarmerNow: f.withHarmerNow, risk: r.risk, flags: [...r.redFlags].sort() };
}

describe("fix C2-7: sentences are our own", () => {
  it("none is in a corpus", () => expect(inSomeCorpus(STORIES.flatMap((s) => TEEN_FORMS.map(s)))).toEqual([]));
});

describe("'bây giờ' typed short reads as 'bây giờ'", () => {
  for (const story of STORIES)
    for (const form of TEEN_FORMS)
      it(story(form), () => expect(reading(story(form))).toEqual(reading(story("bây giờ"))));

  it("the folding key the conversation's readings of now can share", () => {
    expect(teenNowKey("bh thi chua")).toBe("bay gio thi chua");
    expect(teenNowKey("bjo no o truong")).toBe("bay gio no o truong");
    expect(teenNowKey("bi h ong ay di lam roi")).toBe("bay gio ong ay di lam roi");
    expect(teenNowKey("bay h thi ko sao")).toBe("bay gio thi ko sao");
  });

  it("seven o'clock is no 'bây giờ'", () => {
    expect(teenNowKey("tu bay h sang")).toBe("tu bay h sang");
    expect(splitReport("bé đi học từ bảy h sáng")[0]!.tokens.join(" ")).toBe("be di hoc tu bay h sang");
    expect(splitReport("bảy h tối bố mới về")[0]!.tokens.join(" ")).toBe("bay h toi bo moi ve");
  });
});
