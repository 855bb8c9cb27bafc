/**
 * Walk 41 (helper C19a): words the fact module and the rules misread. Sentences written for these tests, in no corpus or eval file.
 */
import { describe, expect, it } from "vitest";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { analyseMessage, unnamedCategory } from "../../../src/intake/triage/triage-model.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";

describe("1. untoned 'chua' before a verb of harm or scolding is no 'chưa' (not yet): the harm and the injury stand", () => {
  it.each([
    "ba no chua dam no hoai, sang nay con dap no chay mau mui",
    "chu no chua mang chua danh thang be suot, hom kia con tat no chay mau mieng",
    "me ke chua danh con be moi ngay, tuan truoc dap no bam tim ca lung",
  ])("the injury is read: «%s»", (t) => {
    expect(extractReportFacts(t).injury).not.toBeNull();
    const r = triageRules(t);
    expect(r.redFlags).toContain("injury");
    expect(r.reasons.join(" ")).not.toMatch(/phủ định/);
  });
  it.each([
    "me no chua dam no suot ngay, hom qua con tat no chay mau mom",
    "bo duong chua danh no bua nao ma khong co vet bam",
  ])("a parent's beating is the carer's violence: «%s»", (t) => {
    expect(triageRules(t).redFlags).toContain("caregiver_violence");
  });
  it.each([
    "mẹ nó chưa đánh nó bao giờ, bé không bị chảy máu",
    "bé không bị chảy máu, chỉ bị mắng",
    "bo no chua he danh no",
  ])("a real denial still denies: «%s»", (t) => {
    expect(triageRules(t).redFlags).not.toContain("injury");
  });
  it.each([
    "ba nó tát nó chảy máu mũi",
    "hom qua ba tat no chay mau mom",
    "bo dap no chay mau dau",
  ])("untoned 'nó' (him, her) before an injury is no English 'no': «%s»", (t) => {
    expect(extractReportFacts(t).injury).not.toBeNull();
  });
  it("an untoned story read with a line the bot wrote with diacritics keeps its 'no' as 'nó'", () => {
    const t = "nha ben co be trai 8 tuoi, hom qua bo duong quat no chay mau chan\nthường xuyên; gần nhất: hom qua";
    expect(triageRules(t).redFlags).toContain("injury");
  });
  it("English 'no' still denies in an English line", () => {
    expect(triageRules("Bé bị bố đánh hôm qua.\nNo bleeding that I could see").redFlags).not.toContain("injury");
  });
});

describe("2. a word folded alike is no sexual touching without its marks or its context", () => {
  it.each([
    "thôi, tui không để số mô, tui sợ họ biết",
    "thoi tui khong de so mo dau",
    "cho tui xin so mo de goi lai",
    "Số mô gọi được cho cán bộ rứa?",
  ])("no sexual contact: «%s»", (t) => {
    expect(triageRules(t).redFlags).not.toContain("sexual_contact");
  });
  it.each([
    "ông hàng xóm hay sờ mó con bé",
    "ong hang xom hay so mo con be",
    "con be bi ong ta so mo nhieu lan",
    "hắn sờ mó vùng kín của bé",
    "no so mo nguc con be",
  ])("sexual contact is read: «%s»", (t) => {
    expect(triageRules(t).redFlags).toContain("sexual_contact");
  });
});

describe("3. 'mấy lần rồi' (several times) is no welt; a maternal uncle is read as one", () => {
  it.each([
    "ong nhau ve la danh, tuan ni may lan roi",
    "no bi danh nhieu lan roi ma khong ai biet",
    "chuyen nay xay ra vai lan roi",
    "Tuần này mấy lần rồi",
  ])("no injury: «%s»", (t) => {
    expect(triageRules(t).redFlags).not.toContain("injury");
    expect(extractReportFacts(t).injury).toBeNull();
  });
  it.each([
    "lung con be co nhieu lan roi do",
    "chân nó đầy lằn roi",
    "tren lung no co vet lan roi",
  ])("a welt is still one: «%s»", (t) => {
    expect(triageRules(t).redFlags).toContain("injury");
  });
  it.each([
    "người gây hại là ong cau cua con nho, em trai me hen",
    "người đánh là cậu của bé, em trai của mẹ bé",
    "nguoi danh la ong cau cua hen",
    "the one who hits her is her uncle, her mother's younger brother",
  ])("a relative, not a sibling: «%s»", (t) => {
    expect(extractReportFacts(t).harmer).toBe("relative");
  });
  it("a child's own brother is still a sibling", () => {
    expect(extractReportFacts("em trai của bé hay đánh bé").harmer).toBe("sibling");
  });
});

describe("4. who feeds the children is no harmer; who writes about 'my nephew' is family", () => {
  it.each([
    "Bố mẹ đi làm xa ba tuần nay, để hai đứa nhỏ ở nhà một mình, hàng xóm thỉnh thoảng cho ăn.",
    "bo me di lam o Binh Duong may tuan, 2 dua nho o nha tu lo, hang xom cho an giup",
    "The parents went to work in the city two weeks ago and left both kids alone; a neighbour brings them food sometimes.",
  ])("the neighbour is not the harmer: «%s»", (t) => {
    expect(extractReportFacts(t).harmer).not.toBe("neighbour");
  });
  it.each([
    "Năm ngoái thằng cháu tui 9 tuổi bị một người hàng xóm đánh. Công an xã giải quyết xong rồi.",
    "thang chau tui bi thang hang xom danh hoi thang truoc, cong an phuong da xu ly",
    "Con cháu tui 8 tuổi bị đánh, UBND xã đã giải quyết rồi.",
  ])("the writer is family, not an official: «%s»", (t) => {
    expect(extractReportFacts(t).reporter).toBe("relative");
  });
  it("an official who says so is still one", () => {
    expect(extractReportFacts("Tôi là cán bộ công an xã, trên địa bàn có một bé 7 tuổi bị bố đánh.").reporter).toBe("official");
  });
});

describe("6. a vague story: no category from a low guess (the stored case's reading)", () => {
  const stored = (t: string) => {
    const read = analyseMessage(t);
    return unnamedCategory(t, read.triage, read.facts, read.features);
  };
  it.each([
    "con nho nha ben toi nao cung khoc",
    "đứa nhỏ nhà bên đêm nào cũng khóc",
    "bac hoi chut, con be nha ben ni toi nao cung khoc. khong biet nua, chac 6 tuoi",
  ])("«%s» is 'other': no word names a harm", (t) => {
    expect(stored(t).category).toBe("other");
  });
  it("an English one is no sexual abuse", () => {
    expect(stored("the little girl next door cries every night").category).not.toBe("sexual_abuse");
  });
  it.each([
    ["con be nha ben toi nao cung khoc vi bi ba duong danh", "physical_violence"],
    ["ông hàng xóm hay sờ mó con bé, đêm nào bé cũng khóc", "sexual_abuse"],
  ])("a harm named keeps its category: «%s»", (t, category) => {
    expect(stored(t).category).toBe(category);
  });
  it("the risk is not lowered by it", () => {
    const t = "bac hoi chut, con be nha ben ni toi nao cung khoc. khong biet nua, chac 6 tuoi";
    expect(stored(t).risk).not.toBe("low");
  });
});
