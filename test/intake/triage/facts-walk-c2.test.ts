/**
 * Facts and red flags testers found misread walking the web chat (5 December, helper C2). DESIGN: red flags and reasons come from
 * facts the text states (who, when, now or past, negated or not), never from a word alone. Each class with sentences written for
 * this test, in no corpus file:
 * - filming ("quay clip") is not a group beating without the beating; using mum's phone ("dùng máy mẹ") is not hazardous work;
 * - a child screaming every night, with the reporter saying there is no danger now, is not violence going on now;
 * - "now" said of where people are (the harmer at work, the child at school) is no harm now;
 * - "it wasn't X, it was Y", "not X but Y": X is not who harms;
 * - an age denied ("không phải 4 tuổi") or taken back ("5 tuổi, à nhầm, 12 tuổi") is not the child's age.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const flags = (t: string) => triageReport(t).redFlags;

describe("a single word is not a red flag without the facts", () => {
  const filming = [
    "Con bé lớp bên bị mấy đứa bạn quay clip lúc bị chửi rồi đăng lên nhóm lớp.",
    "Em muốn nhắn ẩn danh ạ, bạn em bị thầy sờ vào ngực, thầy còn quay clip.",
  ];
  const machine = ["Cháu 10 tuổi hay dùng máy mẹ để chơi game, có người lạ nhắn tin xin ảnh cháu."];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...filming, ...machine])).toEqual([]);
  });
  it.each(filming)("«%s» tells no group beating", (text) => {
    expect(flags(text)).not.toContain("group_assault");
  });
  it("a group that beats a child and films it is still a group beating", () => {
    expect(flags("Thằng bé lớp 6 bị mấy đứa lớp trên xúm vào đánh rồi quay clip tung lên mạng.")).toContain("group_assault");
  });
  it.each(machine)("«%s»: using mum's phone is no hazardous work", (text) => {
    expect(flags(text)).not.toContain("hazardous_work");
    expect(triageReport(text).category).not.toBe("labour_exploitation");
  });
  it("a machine a child is made to work still is", () => {
    expect(flags("Chủ xưởng bắt thằng bé 13 tuổi dùng máy cắt sắt suốt ngày, không có đồ bảo hộ.")).toContain("hazardous_work");
  });
});

describe("recurring is not in progress; where people are now is not harm now", () => {
  const notNow = [
    "Tối nào con bé cũng khóc thét, mẹ kế đánh nó. Giờ thì chưa có gì nguy hiểm ngay đâu.",
    "Đêm nào thằng bé cũng khóc thét vì bị ông bố say rượu chửi mắng. Hiện giờ không có nguy hiểm gì, tôi chỉ muốn hỏi nên làm gì.",
  ];
  const apart = [
    "Thằng bé bị cha dượng đánh nhiều lần. Hiện giờ ông ta đi làm rồi, còn cháu đang đi học.",
    "Bé bị bố đánh tím lưng hôm qua. Bây giờ bố nó đang đi làm, còn bé thì đang ở trường.",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...notNow, ...apart])).toEqual([]);
  });
  it.each(notNow)("«%s» is no violence going on now", (text) => {
    expect(flags(text)).not.toContain("violence_in_progress");
    expect(triageReport(text).risk).not.toBe("emergency");
  });
  it.each(apart)("«%s» is not harm now", (text) => {
    expect(flags(text)).not.toContain("violence_in_progress");
    expect(extractReportFacts(text).when).not.toBe("now");
    expect(extractReportFacts(text).withHarmerNow).toBe(false);
  });
  // The second still comes out an emergency from the shipped model alone (41%, no rule's flag): a model may raise; not retrained here.
  it("the rules and facts leave the first at high", () => {
    expect(triageReport(apart[0]!).risk).toBe("high");
  });
  it("a child asleep out in the cold now is now", () => {
    expect(extractReportFacts("Có một bé gái chừng 7 tuổi đang ngủ ngoài hiên chợ, trời rét, không thấy người lớn nào.").when).toBe("now");
  });
  it("harm told now is still now, and coming home from work is not away", () => {
    expect(flags("Bây giờ ông ấy đang đánh thằng bé, tôi nghe tiếng khóc.")).toContain("violence_in_progress");
    expect(extractReportFacts("Bây giờ ông ấy đang đánh thằng bé, tôi nghe tiếng khóc.").when).toBe("now");
    expect(extractReportFacts("Hiện giờ bố nó đi làm về, đang đánh nó.").when).toBe("now");
  });
});

describe("the one said not to harm, in English too, is not who harms", () => {
  const cases: Array<[string, string]> = [
    ["It wasn't his stepdad who beat him, it was his grandfather. He has bruises on his arms.", "grandparent"],
    ["It was not the neighbour that hurt her, it was her uncle.", "relative"],
    ["The boy was slapped not by his teacher but by his aunt.", "relative"],
    ["Không phải ông hàng xóm đánh nó, mà là cậu ruột nó.", "relative"],
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(cases.map(([t]) => t))).toEqual([]);
  });
  it.each(cases)("«%s» → %s", (text, harmer) => {
    expect(extractReportFacts(text).harmer).toBe(harmer);
  });
  it("the one who did it, named first, stays", () => {
    expect(extractReportFacts("Her father beat her last night, not the neighbour.").harmer).toBe("father");
  });
});

describe("an age denied or taken back is not the child's age", () => {
  const cases: Array<[string, number]> = [
    ["Không phải 4 tuổi đâu, bé 10 tuổi rồi, bị bố đánh.", 10],
    ["Bé 5 tuổi, à nhầm, bé 12 tuổi, bị mẹ kế bỏ đói.", 12],
    ["Cháu 11 tuổi chứ không phải 3 tuổi, bị cậu đánh.", 11],
    ["khong phai 6 tuoi, chau 13 tuoi roi, bi bo danh", 13],
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(cases.map(([t]) => t))).toEqual([]);
  });
  it.each(cases)("«%s» → %i", (text, age) => {
    expect(extractReportFacts(text).age?.min).toBe(age);
    expect(triageReport(text).redFlags).not.toContain("child_under_6");
  });
  it("two children, each with an age, keep the youngest", () => {
    expect(extractReportFacts("Hai bé, một bé 3 tuổi và một bé 7 tuổi, bị bỏ đói.").age?.min).toBe(3);
  });
});
