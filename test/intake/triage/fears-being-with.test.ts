/**
 * A child who is afraid of, or refuses, being alone with someone ("cháu sợ ở nhà một mình với ông ấy", "she won't stay home alone with
 * him") tells of a fear, a sign, not that the child is with that person now. The second reading of this session's merges found three
 * suspicion stories raised to emergency with "the child is with the person who may be abusing them now" from such words (a phrase
 * "ở nhà một mình với" was added to where a child is). Being with the person now, or tonight, still counts.
 */
import { describe, expect, it } from "vitest";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const FEARS = [
  "Bé gái 10 tuổi nhà bên dạo này cứ sợ ở nhà một mình với ông chú, hễ chú sang là bé chạy đi. Tôi nghi có chuyện gì đó.",
  "thang be 8 tuoi gan day khong dam o nha mot minh voi bo duong, hay dai dam, toi thay la lam",
  "Con gái chị họ tôi 12 tuổi mấy tuần nay nhất định không chịu ở nhà một mình với dượng, hỏi thì khóc.",
  "dạo này cháu ngại ở với ông nội lắm, cứ ông gọi là cháu run, tôi không biết có chuyện gì không",
];
const WITH_NOW = [
  "Giờ bé 9 tuổi đang ở nhà một mình với dượng, mẹ bé đi làm ca đêm, tôi nghi ông ta sờ soạng bé.",
  "toi nay be o nha mot minh voi ong chu do, ong ta tung so mo be, toi lo qua",
  "Right now she is home alone with her stepdad, who I think touches her at night.",
];

const FEARS_EN = "My neighbour's girl, 9, has lately been terrified to stay home alone with her stepdad and wets the bed again.";

describe("afraid of being alone with someone is no 'with the person now'", () => {
  it("the English fear reads no child with the person who harms now", () => {
    expect(extractReportFacts(FEARS_EN).withHarmerNow).toBe(false);
  });
  it("the English fear is no emergency (the session's first build read it as alone with the abuser now)", () => {
    expect(triageReport(FEARS_EN).risk).not.toBe("emergency");
  });
  it.each(FEARS)("«%s» reads no child with the person who harms now, and is no emergency", (t) => {
    expect(extractReportFacts(t).withHarmerNow).toBe(false);
    const r = triageReport(t);
    expect(r.redFlags).not.toContain("sexual_abuser_with_child_now");
    expect(r.risk).not.toBe("emergency");
  });
  it.each(WITH_NOW)("«%s» is still the child with the person who harms now, an emergency", (t) => {
    const r = triageReport(t);
    expect(r.risk).toBe("emergency");
  });
});
