/**
 * M24 (second reading of T9): "goes home to", "goes back to", "về nhà với", "tan học về với" say the child is with the one who
 * harms only when that person follows (the harmer's own kin word, or a pronoun for them: him, her alone, ổng, hắn, ông ta). Going back
 * to school, to a grandmother's, to an empty house or home with a friend is not being with the one who harms: the conversation must
 * not store "with the person now: yes" and a report must not become an emergency from it. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { withPersonNowOf } from "../../../src/intake/report-flow/story-reading.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("an answer that says where the child goes is 'with the person now' only when that person is named", () => {
  const notWith: Array<[string, { harmer: string; harmerText: string }]> = [
    ["No, she goes back to her grandma's tonight.", { harmer: "father", harmerText: "dad" }],
    ["He goes back to class on Monday.", { harmer: "father", harmerText: "bố" }],
    ["She goes home to an empty house.", { harmer: "stepfather", harmerText: "stepdad" }],
    ["Em về nhà với bạn.", { harmer: "father", harmerText: "bố" }],
    ["She goes back to school tomorrow.", { harmer: "stepfather", harmerText: "dượng" }],
    ["Chiều nay bé về nhà với bà ngoại.", { harmer: "father", harmerText: "bố" }],
    // Wordings of our own.
    ["He is going home to his aunt's place after practice.", { harmer: "stepfather", harmerText: "stepdad" }],
    ["Tan học bé về với cô giáo chủ nhiệm.", { harmer: "stepfather", harmerText: "dượng" }],
    ["She has to go back to work with her mum on Saturday.", { harmer: "father", harmerText: "dad" }],
  ];
  for (const [text, known] of notWith) {
    it(`not 'yes': ${text}`, () => {
      expect(withPersonNowOf(text, known)).not.toBe("yes");
    });
  }

  const isWith: Array<[string, { harmer: string; harmerText: string }]> = [
    ["She goes home to him after school.", { harmer: "stepfather", harmerText: "stepdad" }],
    ["He goes home to his dad tonight.", { harmer: "father", harmerText: "dad" }],
    ["Chiều nay bé lại về nhà với bố.", { harmer: "father", harmerText: "bố" }],
    ["chieu nay be phai ve nha voi me ke", { harmer: "stepmother", harmerText: "mẹ kế" }],
    ["Tối nay nó lại về nhà với ổng.", { harmer: "stepfather", harmerText: "dượng" }],
    ["He goes back to her after football.", { harmer: "stepmother", harmerText: "stepmum" }],
  ];
  for (const [text, known] of isWith) {
    it(`'yes': ${text}`, () => {
      expect(withPersonNowOf(text, known)).toBe("yes");
    });
  }
});

describe("a report whose child goes back to school or to someone else is not with the one who harms", () => {
  it("touched by her stepfather, back to school next week: no 'with the abuser now', not an emergency from it", () => {
    const text = "Her stepfather touched her. She has to go back to school next week.";
    expect(extractReportFacts(text).withHarmerNow).toBe(false);
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("sexual_abuser_with_child_now");
    expect(t.risk).not.toBe("emergency");
  });
  it("a black eye from dad, back to grandma's after school: with_harmer_now is not read", () => {
    const text = "His dad gave him a black eye this morning. He goes back to Grandma's after school.";
    expect(extractReportFacts(text).withHarmerNow).toBe(false);
    expect(triageReport(text).risk).not.toBe("emergency");
  });
  for (const text of [
    "My uncle touched my daughter last month. She goes back to school on Monday.",
    "Dượng sờ soạng bé hôm qua. Tan học bé về với bà nội.",
    "Her mum hit her today. She goes home to an empty flat after school.",
  ]) {
    it(`no with-the-harmer read: ${text}`, () => {
      expect(extractReportFacts(text).withHarmerNow).toBe(false);
    });
  }
  for (const text of [
    "Today her stepdad burned her arm with a lighter. She goes home to him after school.",
    "Hôm nay bé bị mẹ kế dí bàn là vào tay. Chiều nay bé lại về nhà với mẹ kế.",
  ]) {
    it(`still with the harmer: ${text}`, () => {
      expect(extractReportFacts(text).withHarmerNow).toBe(true);
    });
  }
});
