/**
 * Facts a second reading of walk 37's changes found dropped: the father said "ba" at a clause's start; a neighbour who harms
 * named as "nhà bên cạnh". Sentences written for this test; each class keeps one where the other reading must still hold.
 */
import { describe, expect, it } from "vitest";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("'ba' starting a clause is the father; 'ba' counting after a verb is three", () => {
  it.each([
    ["Ba bận đi nhậu suốt, về tới nhà là quánh con nhỏ.", "father"],
    ["Ba buổi chiều nào cũng xỉn rồi đập thằng nhỏ.", "father"],
    ["Mẹ đi làm ăn xa, ba bận bịu nên hay chửi mắng con bé.", "father"],
  ])("«%s»", (text, harmer) => {
    expect(extractReportFacts(text).harmer).toBe(harmer);
  });

  it("a count of sessions after a verb names no father", () => {
    expect(extractReportFacts("Con bé hàng xóm bị bỏ đói, tuần này vắng học ba buổi liền.").harmer).not.toBe("father");
  });
});

describe("a house next door is who harms unless the writer hears or sees from it", () => {
  it("the house that sees the child and calls her in is the neighbour who harms", () => {
    expect(extractReportFacts("Nhà bên cạnh hễ thấy con bé đi ngang là kêu vào sờ mó.").harmer).toBe("neighbour");
  });

  it("the house heard of as beating its child names who harms (the child's parents there)", () => {
    expect(extractReportFacts("Nhà bên cạnh nghe đâu hay đánh con nhỏ bằng roi mây.").harmer).not.toBeNull();
  });

  it.each([
    "Nhà bên cạnh tôi nghe tiếng thằng nhỏ bị đánh khóc thét mỗi tối.",
  ])("«%s» names no neighbour who harms", (text) => {
    expect(extractReportFacts(text).harmer).not.toBe("neighbour");
  });
});

describe("an intent to die the writer found written or hidden is an intent, whatever the child did not say", () => {
  it.each([
    "Con bé giấu, không hề kể là muốn chết, tôi đọc được trong quyển nhật ký của nó.",
    "He never told anyone that he wants to die, I found it written in his notebook.",
  ])("«%s» is an emergency", (text) => {
    const r = triageReport(text);
    expect(r.redFlags).toContain("self_harm_intent");
    expect(r.risk).toBe("emergency");
  });

  it("a child who did not say it, with nothing found, is no stated intent", () => {
    expect(triageReport("Con trai tôi tự cào tay, cháu không nói là muốn chết.").redFlags).not.toContain("self_harm_intent");
  });
});
