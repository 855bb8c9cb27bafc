/**
 * M25: what a second reading of F10 found in the fact and triage reading.
 * 2. "bể đầu" written with its marks is a broken head whoever it is said of ("cô giáo đánh em bể đầu"); written without marks after a
 *    blow ("ba danh em be dau") too. "con bé đâu rồi", "ko danh be dau" stay no injury.
 * 3. A child writing that the neighbours' boy touches them is the child, not a neighbour.
 * Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

const BROKEN_HEAD = [
  "cô giáo đánh em bể đầu",
  "ba đánh em bể đầu",
  "anh hai đánh em bể đầu",
  "cháu bể đầu rồi, ông dượng lấy chai đập",
  "em bể đầu rồi, ba em lấy ghế phang",
  "ba danh em be dau",
  "ong duong dap con be dau chay mau",
  "Thằng bé bị chú ném đá bể đầu hôm qua",
];
const NOT_BROKEN = [
  "con bé đâu rồi, tôi tìm mãi không thấy",
  "ko danh be dau, chi chui thoi",
  "bé đâu có sao, chỉ sợ thôi",
  "Ông ấy không đánh con bé đâu, chỉ la mắng",
];

describe("2. 'bể đầu' with its marks is always a broken head", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...BROKEN_HEAD, ...NOT_BROKEN])).toEqual([]);
  });
  it.each(BROKEN_HEAD)("«%s»: injury", (story) => {
    expect(triageReport(story).redFlags).toContain("injury");
    expect(triageReport(story).risk).not.toBe("low");
  });
  it("«cô giáo đánh em bể đầu»: stays an emergency", () => {
    expect(triageReport("cô giáo đánh em bể đầu").risk).toBe("emergency");
  });
  it.each(NOT_BROKEN)("near miss «%s»: no injury", (story) => {
    expect(triageReport(story).redFlags).not.toContain("injury");
  });
});

const CHILD_AND_NEIGHBOUR_BOY = [
  "Thằng con trai hàng xóm cứ sờ vào người em, em sợ lắm, không dám nói với mẹ",
  "thang con trai hang xom hay keo quan em, em so lam",
  "Con trai hàng xóm hay tát vào mặt mình, mình không dám kể",
  "thằng con hàng xóm cứ ôm với hôn em, em ghét lắm",
  "Con trai hàng xóm cứ nhắn tin đòi em gửi ảnh, mình sợ lắm",
];

describe("3. a child writing about the neighbours' boy is the child", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(CHILD_AND_NEIGHBOUR_BOY)).toEqual([]);
  });
  it.each(CHILD_AND_NEIGHBOUR_BOY)("«%s»: not a neighbour writing", (story) => {
    expect(extractReportFacts(story).reporter).not.toBe("neighbour");
  });
  it.each([
    "Cháu gái hàng xóm 15 tuổi bị người lạ hứa đưa đi làm ở xa, tôi lo lắm",
    "thang be hang xom 9 tuoi bi ba no danh suot",
  ])("near miss «%s»: a neighbour writing", (story) => {
    expect(extractReportFacts(story).reporter).toBe("neighbour");
  });
});
