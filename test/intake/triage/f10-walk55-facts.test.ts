/**
 * F10: facts walk 55 misread from the story, read by the fact extractor (the conversation side is in
 * test/conversation/f10-walk55-asked-again.test.ts).
 * 1. "Cháu gái hàng xóm 15 tuổi ...", "con bé nhà bên", "thằng nhỏ xóm tui", "the kid next door": the child is the neighbours'; the
 *    writer is a neighbour. "cháu gái tôi" (the writer's own niece) stays a relative.
 * 2. "Chú nó không đánh con bé đâu": "bé đâu" is no "bể đầu" (a broken head); no injury flag. A head told broken still is.
 * 3. "mấy hôm nay cháu sợ không dám đi, tối qua cháu kể ...": the latest time told is the one kept.
 * Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

const NEIGHBOURS_CHILD = [
  "Cháu gái hàng xóm mới 15 tuổi, có người lạ hứa đưa sang Trung Quốc làm việc lương cao, tháng sau đi",
  "chau gai hang xom 14 tuoi bi mot ong la mat du di lam o quan karaoke",
  "Thằng cháu trai hàng xóm 10 tuổi bị mẹ kế đánh bằng roi mây",
  "Con bé nhà bên mới 8 tuổi bị bố đánh suốt, tối nào cũng nghe khóc",
  "thằng nhỏ xóm tui 9 tuổi bị ba nó đánh bầm tím",
  "The kid next door, 7, gets beaten by his dad almost every night",
];
const OWN_NIECE = [
  "Cháu gái tôi 15 tuổi bị người lạ dụ sang Trung Quốc làm việc",
  "thang chau toi 10 tuoi bi me ke danh bang roi may",
];

describe("1. the neighbours' child: the writer is a neighbour", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...NEIGHBOURS_CHILD, ...OWN_NIECE])).toEqual([]);
  });
  it.each(NEIGHBOURS_CHILD)("«%s»: reporter neighbour", (story) => {
    expect(extractReportFacts(story).reporter).toBe("neighbour");
  });
  it.each(OWN_NIECE)("«%s»: the writer's own niece or nephew stays family", (story) => {
    expect(extractReportFacts(story).reporter).toBe("relative");
  });
  it("near miss: a child writing that the neighbours' boy hits them is the child", () => {
    expect(extractReportFacts("Thằng con hàng xóm hay đánh em, em 10 tuổi, em sợ lắm").reporter).toBe("child_self");
  });
});

const NOT_HURT = [
  "Chú nó không đánh con bé đâu, nhưng ngày nào cũng chửi bới, đuổi ra khỏi nhà. Bé 10 tuổi",
  "Chu no khong danh con be dau, nhung ngay nao cung chui boi, duoi ra khoi nha. Be 10 tuoi",
  "Bố nó chưa đánh thằng bé bao giờ, chỉ mắng thôi. Bé 9 tuổi, tôi lo cho bé lắm",
  "Her uncle didn't hit her, but he yells at her every day and throws her out of the house. She is 10",
  "Dì nó không có đánh con bé đâu, chỉ bắt nhịn đói. Con bé 7 tuổi",
];
const HURT = [
  "Ông ấy không đánh thì chửi, tay con bé bầm tím hết. Bé 9 tuổi",
  "Thằng bé 12 tuổi bị bố say rượu đánh bể đầu phải khâu",
  "thang be 12 tuoi bi bo say ruou danh be dau phai khau",
];

describe("2. a harm said not done raises no injury flag", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...NOT_HURT, ...HURT])).toEqual([]);
  });
  it.each(NOT_HURT)("«%s»: no injury", (story) => {
    expect(triageReport(story).redFlags).not.toContain("injury");
  });
  it.each(HURT)("«%s»: the injury is still read", (story) => {
    expect(triageReport(story).redFlags).toContain("injury");
  });
});

describe("3. the latest time told is kept", () => {
  it.each([
    ["Con trai tôi 7 tuổi, mấy hôm nay cháu sợ không dám đi học thêm, tối qua cháu kể thầy sờ vào chỗ kín", /tối qua/],
    ["con trai toi 7 tuoi, may hom nay chau so khong dam di hoc them, toi qua chau ke thay so vao cho kin", /toi qua/],
    ["Mấy bữa nay con bé ít nói hẳn, hôm qua nó mới kể dượng sờ soạng nó. Bé 11 tuổi", /hôm qua/],
    ["My son, 7, has been scared to go to his tutor for a few days; last night he told me the tutor touched him", /last night/],
  ])("«%s»: when is the latest", (story, quote) => {
    const f = extractReportFacts(story);
    expect(f.when).toBe("recent");
    expect(f.whenQuote ?? "").toMatch(quote);
  });
  it("near miss: only 'mấy hôm nay' told keeps it", () => {
    expect(extractReportFacts("Mấy hôm nay thằng bé 7 tuổi bị bố đánh, tôi nghe tiếng khóc").whenQuote ?? "").toMatch(/mấy hôm nay/);
  });
});
