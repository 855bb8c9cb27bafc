/**
 * A child unconscious, or that cannot be woken, now needs care now: DESIGN's triage contract makes an injury that
 * needs care (and a child ill or injured without care) an emergency, and no model may outweigh it. A retrain read
 * "bị đánh ngất ..., h chưa tỉnh" (held-out writer E) as high. Not read when denied, asked as a hypothetical, told
 * as an earlier episode, said to have woken, or when "tỉnh" is about drink or sleep. The sentences were written for
 * this test and are in no corpus file (checked below).
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const UNCONSCIOUS = [
  "thằng em tui bị mấy đứa xóm trên đập vô đầu, nằm đó nãy giờ chưa tỉnh",
  "con bé hàng xóm bị mẹ kế xô ngã đập đầu vào bậc thềm, giờ vẫn bất tỉnh",
  "be 3 tuoi nha ben sot tu sang, gio goi mai khong day",
  "ban t bi danh hoi dong sau truong, h van chua tinh lai",
  "Cháu 6 tuổi bị điện giật ở xưởng, nằm bất động, chủ xưởng không cho gọi xe",
  "my little brother was hit by our uncle and he's not waking up",
  "the kid next door fell off the roof, he's unconscious and nobody is home",
  // A cause only suspected does not make the child less unconscious.
  "nghi là bị bạn đánh, giờ bé nằm trong lớp gọi không tỉnh",
];
const NOT_UNCONSCIOUS = [
  "nếu bé bị bất tỉnh thì mình phải sơ cứu thế nào ạ?",
  "có lần con bị ngã bất tỉnh ở trường, giờ con khỏe rồi",
  "bé bị đánh ngất lúc trưa, giờ đã tỉnh lại, đang ở với bà",
  "bố nó nhậu từ tối qua giờ chưa tỉnh rượu, bé 8 tuổi đi học một mình",
  "con bé không bất tỉnh, chỉ bị trầy đầu gối thôi",
  "ba me toi ly hon, me toi cam toi gap ba, toi buon lam",
  "she was knocked out cold last year in a fight at school, she is fine now",
];

describe("a child unconscious now", () => {
  it("the sentences are in no corpus", () => {
    expect(inSomeCorpus([...UNCONSCIOUS, ...NOT_UNCONSCIOUS])).toEqual([]);
  });

  it.each(UNCONSCIOUS)("is an emergency whatever the model says: %s", (text) => {
    expect(extractReportFacts(text).unconsciousNow).toBe(true);
    const r = triageReport(text, {}, modelThatSays("medium"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("child_unconscious_now");
  });

  it.each(NOT_UNCONSCIOUS)("denied, a hypothetical, past, woken, or about drink is not: %s", (text) => {
    expect(extractReportFacts(text).unconsciousNow).toBe(false);
    expect(triageReport(text, {}, modelThatSays("medium")).redFlags).not.toContain("child_unconscious_now");
  });
});

/**
 * A rape of a child told (the rule's "rape" flag) is sexual abuse when the model names labour, neglect or emotional abuse with no
 * fact of their own: a retrain read "was raped by a cousin ... two months ago" as labour exploitation. Own sentences.
 */
const RAPE_TOLD = [
  "Con gái chị tôi 13 tuổi bị anh rể hiếp hồi đầu năm, cả nhà bắt im lặng, giờ anh ta vẫn đi làm xa",
  "My sister's girl, 11, was raped by an older boy from the village last spring and nobody reported it",
];

describe("a rape told under another category", () => {
  it("the sentences are in no corpus", () => {
    expect(inSomeCorpus(RAPE_TOLD)).toEqual([]);
  });
  it.each(["labour_exploitation", "neglect_abandonment", "emotional_abuse"])("is sexual abuse when the model says %s", (category) => {
    for (const text of RAPE_TOLD) {
      const r = triageReport(text, {}, modelThatSays("high", category));
      expect(r.redFlags).toContain("rape");
      expect(r.category).toBe("sexual_abuse");
    }
  });
});
