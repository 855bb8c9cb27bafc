/**
 * Words the triage read as the child's danger that say something else (DESIGN "Triage contract": red flags come from facts
 * the text states, negated or not, and whose):
 * - a parent's illness ("mẹ thằng bé 7 tuổi bị bệnh", "bo con be bi benh lao") is no ill child;
 * - malnutrition recorded by a clinic ("suy dinh dưỡng") is neglect to assess, not a child being starved;
 * - "không phát hiện dấu hiệu bạo lực / xâm hại" (an official found no sign) denies the harm;
 * - a child living with a grandparent no one says harms her is not "with the person who harms now" (and a clinic's record of
 *   malnutrition with no violence found is no emergency).
 * Controls: a child ill, starved, beaten, and living with the one who beats her still read so. Sentences written for this
 * test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const PARENT_ILL = [
  "mẹ con bé 6 tuổi bị bệnh nặng nằm một chỗ, con bé tự lo cơm nước, nhiều hôm nhà không còn gì ăn",
  "bo thang nho 9 tuoi bi benh lao, nam vien ca thang, thang nho o voi chu",
  "ba con bé 8 tuổi đang bệnh nặng, má nó bỏ đi, con bé phải nghỉ học trông ba",
  "Her mother is seriously ill and in bed most days, so the 6-year-old makes her own meals and often goes hungry",
];
const CHILD_ILL = [
  "con bé 6 tuổi bị bệnh sốt cao hai ngày nay, mẹ nó đi vắng, không ai đưa đi khám",
  "thang nho 9 tuoi bi benh, ho sot suot, bo me nhau say khong ai lo",
];
const MALNOURISHED = [
  "Trạm y tế báo bé gái 2 tuổi suy dinh dưỡng thấp còi, bố mẹ đi làm xa, bé được ông bà nội nuôi, chưa đi tiêm chủng đủ",
  "be trai 3 tuoi suy dinh duong do II, me di lam o thanh pho, be o voi ba ngoai gia, chua tai kham",
  "A 2-year-old on the health station's list is malnourished and has missed two check-ups; her grandparents look after her while the parents work away",
];
const STARVED = [
  "Thằng bé 5 tuổi bị mẹ kế bỏ đói ba ngày nay, gầy trơ xương",
  "con be 4 tuoi bi nhot trong nha, khong cho an tu hom qua",
];
const NO_SIGN_FOUND = [
  "Bé gái 5 tuổi được cô giáo đưa đi khám vì hay khóc, bác sĩ không phát hiện dấu hiệu bạo lực hay xâm hại",
  "Đoàn kiểm tra đến nhà, trẻ 4 tuổi ở với bà, không phát hiện dấu hiệu bị đánh",
  "Phiếu khám ghi: bé trai 2 tuổi suy dinh dưỡng thể nhẹ cân, bố mẹ làm xa, bé sống cùng bà nội, chưa phát hiện dấu hiệu bạo lực",
];

// Hunger told beside a sign not found: the hunger still needs an assessment (DESIGN: neglect without acute danger is medium).
const HUNGRY_NO_SIGN = [
  "Tổ dân phố báo: nhà chị H nuôi hai con nhỏ một mình, các cháu hay thiếu ăn, bỏ học, không thấy dấu hiệu bị đánh đập",
  "hai dua nho nha ben thuong xuyen thieu an, me di lam ca ngay, khong co dau hieu bao luc",
];

describe("words of someone else's illness, of a clinic's record, of a sign not found", () => {
  it("are tested on sentences in no corpus file", () => {
    expect(inSomeCorpus([...PARENT_ILL, ...CHILD_ILL, ...MALNOURISHED, ...STARVED, ...NO_SIGN_FOUND, ...HUNGRY_NO_SIGN])).toEqual([]);
  });
  it.each(PARENT_ILL)("a parent's illness is no ill child: %s", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("child_ill");
    expect(t.risk).not.toBe("emergency");
  });
  it.each(CHILD_ILL)("the child's own illness still is: %s", (text) => {
    expect(triageReport(text).redFlags).toContain("child_ill");
  });
  // The misreading is the flag; the risk the model gives the rest is its own judgement (not asserted here).
  it.each(MALNOURISHED)("malnutrition recorded with a grandparent's care is no starving and no harmer now: %s", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("starvation");
    expect(t.redFlags).not.toContain("with_abuser_now");
    expect(t.category).toBe("neglect_abandonment");
  });
  it.each(STARVED)("a child starved still is: %s", (text) => {
    expect(triageReport(text).redFlags).toContain("starvation");
  });
  it.each(HUNGRY_NO_SIGN)("hunger with no sign of violence is neglect at medium: %s", (text) => {
    const t = triageReport(text);
    expect(t.risk).toBe("medium");
    expect(t.category).toBe("neglect_abandonment");
  });
  it.each(NO_SIGN_FOUND)("a sign not found is no harm told: %s", (text) => {
    const t = triageReport(text);
    expect(t.risk).not.toBe("emergency");
    expect(t.redFlags).not.toContain("sexual_abuse_suspected");
    expect(t.redFlags).not.toContain("violence_severe");
  });
});
