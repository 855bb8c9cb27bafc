/**
 * Red flags the twelfth walk found raised by a word alone (DESIGN: "never from a word alone"): the
 * father's own drinking read as a child given alcohol, "làm đau mình" (hurting herself) typed
 * without diacritics read as "làm dâu" (a marriage), a drunk father banging on his own door read
 * as a stranger breaking in, "chuồng bò rồi" as "bỏ rồi" (abandoned), "bả đi chợ chưa về" (the
 * grandmother has not come back) as a missing child; and "bé sốt" (the child has a fever) not
 * read as an ill child. Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

const cases: Array<[string, string, boolean]> = [
  ["ba con uống rượu xong hay đánh con bằng cây chổi, con 11 tuổi", "substance_exposure", false],
  ["thằng bé 10 tuổi bị ông chú bắt uống rượu đến say", "substance_exposure", true],
  ["his uncle gave the 12 year old alcohol at the party", "substance_exposure", true],
  ["ban e 16t dang story tam biet, no tu lam dau minh nhieu lan roi", "child_marriage", false],
  ["nha do ep con be 14 tuoi lam dau nha ong truong thon", "child_marriage", true],
  ["bố nó say rượu về đập cửa chửi bới, thằng bé 9 tuổi trốn dưới gầm giường", "intruder", false],
  ["có người lạ đập cửa đòi vào nhà lúc bé 8 tuổi ở nhà một mình", "intruder", true],
  ["thằng nhỏ 8 tuổi ngủ ngoài chuồng bò rồi, ba nó đuổi ra", "abandonment", false],
  ["mẹ nó bỏ con ở cổng chùa rồi đi biệt, bé mới 2 tháng", "abandonment", true],
  ["bé 3 tuổi ở nhà một mình, bả đi chợ chưa về, bé sốt", "child_missing", false],
  ["con bé 9 tuổi đi học từ sáng đến giờ chưa về, gọi không ai bắt máy", "child_missing", true],
  ["bé 3 tuổi ở nhà một mình, bả đi chợ chưa về, bé sốt", "child_alone_ill", true],
];

describe("flags need the facts, not the word", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(cases.map((c) => c[0]))).toEqual([]);
  });
  it.each(cases)("%s: %s is %s", (text, flag, raised) => {
    expect(triageReport(text).redFlags.includes(flag)).toBe(raised);
  });
  it("a 3-year-old alone with a fever is an emergency", () => {
    expect(triageReport("bé 3 tuổi ở nhà một mình, bả đi chợ chưa về, bé sốt").risk).toBe("emergency");
  });
});

describe("a relation word inside another word is not who harms", () => {
  it("'bầm ở má' is the cheek: the mother's boyfriend harms", () => {
    expect(extractReportFacts("Con bé 4 tuổi ở nhóm trẻ bị bầm ở má, bạn trai của mẹ nó hay đánh nó").harmer).not.toBe("mother");
  });
  it("'xe ba gác' is a cart, not the father", () => {
    expect(extractReportFacts("ông chạy xe ba gác ở chợ hay dụ con bé 9 tuổi vào xe sờ soạng").harmer).not.toBe("father");
  });
  it("'má nó đánh nó', 'ba nó đánh nó' still name the parent", () => {
    expect(extractReportFacts("má nó đánh nó bằng roi, con bé 7 tuổi").harmer).toBe("mother");
    expect(extractReportFacts("ba nó đánh nó bầm tay, thằng bé 8 tuổi").harmer).toBe("father");
  });
});

describe("'chưa thấy ai đánh' is not a beating; 'tới khuya' alone is not child labour", () => {
  const text = "Nhà đối diện tôi ở phường Tây Lộc, Huế có bé trai khoảng 8 tuổi, dạo này hay ngồi một mình ngoài cổng tới khuya, tôi chưa thấy ai đánh bé cả";
  it("the sentence is in no corpus file", () => {
    expect(inSomeCorpus([text])).toEqual([]);
  });
  it("no beating, no labour, not an emergency", () => {
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("illegal_child_labour");
    expect(t.redFlags).not.toContain("driven_out_at_night");
    expect(t.risk).not.toBe("emergency");
  });
  it("'bán vé số tới khuya' is still child labour", () => {
    expect(triageReport("thằng bé 10 tuổi phải bán vé số tới khuya mỗi ngày").redFlags).toContain("illegal_child_labour");
  });
});
