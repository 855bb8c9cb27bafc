/**
 * Facts and red flags the walk of 34 found wrong: a brother or sister said not to be harmed made a victim, their age taken
 * for the harmed child's and their "không bị đánh" read against the harm told of the other child; the parent a child told
 * named as the one who harmed; the day the child told someone stored as the day of the harm; "nghe tiếng" (heard a voice)
 * with no time of now read as violence happening now; a shopkeeper the child buys from read as the child's employer; the
 * same facts given different flags (a Southern "quánh" beating with bruises, a father called "ba hắn" in Huế).
 * Sentences written for this test, in no corpus file; each class has one where the old reading must still hold.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const facts = (t: string) => extractReportFacts(t);
const NEGATED = "đi sau lời phủ định";

describe("a brother or sister said not to be harmed is no victim", () => {
  const unharmed = [
    ["Thằng Hùng 10 tuổi bị dượng nó đánh bầm tím hai tay hôm kia. Em gái nó 4 tuổi thì không bị đánh.", 10],
    ["Bé Mai 9 tuổi ở với cậu ruột, cậu tát bé chảy máu mũi tối thứ ba. Còn anh trai bé 13 tuổi thì không bị gì.", 9],
    ["Cháu Lộc 7 tuổi bị mẹ kế lấy roi quất tím đùi sáng qua, em út nó 3 tuổi không bị sao.", 7],
  ] as const;
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(unharmed.map(([t]) => t))).toEqual([]);
  });
  it.each(unharmed)("«%s»: one child, aged %i", (text, age) => {
    const f = facts(text);
    expect(f.children).toBe(1);
    expect(f.age?.min).toBe(age);
    expect(triageReport(text).childAge?.min).toBe(age);
  });
  it.each(unharmed)("«%s»: the harm told stays, and is not said to be negated", (text) => {
    const t = triageReport(text);
    expect(t.category).toBe("physical_violence");
    expect(t.reasons.some((r) => /bạo lực (?:thể chất|nghiêm trọng)/u.test(r) && !r.includes(NEGATED))).toBe(true);
    expect(t.reasons.join("\n")).not.toContain(NEGATED);
    expect(t.redFlags).not.toContain("child_under_6");
  });
  it("a brother named in the story and said in a later note not to be harmed is not counted either", () => {
    const text = "Bé Khôi 11 tuổi ở với dì ruột cùng em trai 5 tuổi, tối thứ năm dì lấy thước đánh Khôi sưng tay.\nem trai 5 tuổi thì không bị đánh, chỉ Khôi thôi";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(facts(text).children).toBe(1);
    expect(facts(text).age?.min).toBe(11);
    expect(triageReport(text).redFlags).not.toContain("child_under_6");
  });
  it("brothers and sisters harmed together are both counted, the youngest age kept", () => {
    const text = "Bé Na 8 tuổi với em trai 4 tuổi đều bị bố đánh bằng dây điện tối qua.";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(facts(text).children).toBe(2);
    expect(triageReport(text).childAge?.min).toBe(4);
  });
  it("a harm denied of the only child named is still negated", () => {
    const text = "Thằng bé 9 tuổi nhà bên không bị đánh, chỉ là hay bị mẹ nó bắt ở nhà trông em.";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).reasons.join("\n")).toContain(NEGATED);
  });
});

describe("the grown-up a child told is not the one who harmed", () => {
  const told = [
    "My neighbour's boy, 10, told his mother on Sunday that the football coach groped him in the showers after practice.",
    "Cháu Vy 12 tuổi kể với mẹ là thầy dạy đàn hay sờ đùi, sờ ngực cháu trong giờ học riêng.",
    "Con bé 11 tuổi mới nói với bố là anh huấn luyện viên bơi sờ vùng kín nó ở hồ bơi.",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(told)).toEqual([]);
  });
  it.each(told)("«%s»: no parent or carer named as the abuser", (text) => {
    const t = triageReport(text);
    expect(t.category).toBe("sexual_abuse");
    expect(t.redFlags).not.toContain("caregiver_is_abuser");
    expect(t.redFlags).not.toContain("caregiver_sexual_abuse");
    expect(t.reasons.join("\n")).not.toMatch(/cha mẹ hoặc người chăm sóc|Trẻ sống cùng người xâm hại/u);
  });
  it("a stepfather told of as the one who touches is still the carer who abuses", () => {
    const text = "Con bé 9 tuổi kể với cô giáo là bố dượng đêm nào cũng sờ vùng kín nó.";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).redFlags).toContain("caregiver_sexual_abuse");
  });
});

describe("the day a child told someone is not the day of the harm", () => {
  const cases = [
    ["Bé 8 tuổi sáng nay mới kể với cô giáo là chú hàng xóm sờ vùng kín bé, lần cuối là thứ năm tuần trước.", "sáng nay"],
    ["My daughter told me this morning that her uncle hit her with a belt at his house last weekend.", "this morning"],
    ["Our niece, 13, told her dad yesterday that a man at the gym touched her breasts last Saturday.", "yesterday"],
  ] as const;
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(cases.map(([t]) => t))).toEqual([]);
  });
  it.each(cases)("«%s»: the time of harm is not «%s»", (text, telling) => {
    const f = facts(text);
    expect(f.whenQuote).not.toBeNull();
    expect(f.whenQuote!.toLowerCase()).not.toBe(telling);
    expect(f.when).not.toBe("today");
  });
  it("a child who tells today that she wants to die: that day is the danger's, not only a day of telling", () => {
    const text = "Con bé 14 tuổi nhà bên sáng nay nó nói với tôi là không muốn sống nữa, tuần trước nó đã cắt tay.";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(facts(text).when).toBe("today");
  });
  it("a harm told as done today is still today", () => {
    const text = "Sáng nay bố nó đánh thằng bé 6 tuổi chảy máu đầu.";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(facts(text).whenQuote).toBe("sáng nay");
  });
});

describe("hearing a voice is not violence happening now", () => {
  const heard = [
    "Tôi đi chợ ngang nhà đó hay nghe trong nhà đánh con nít khóc hoài. Nghe tiếng thì còn nhỏ lắm, chắc 4 tuổi.",
    "Nhà cuối hẻm có đứa nhỏ bị đánh, nghe tiếng thì là con gái, chừng 8 tuổi.",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(heard)).toEqual([]);
  });
  it.each(heard)("«%s» tells of no violence in progress", (text) => {
    expect(triageReport(text).redFlags).not.toContain("violence_in_progress");
  });
  it("a beating heard right now is still in progress", () => {
    const text = "Tôi đang nghe tiếng ông ta đánh thằng bé bên kia vách, nó la thất thanh.";
    expect(inSomeCorpus([text])).toEqual([]);
    const t = triageReport(text);
    expect(t.redFlags).toContain("violence_in_progress");
    expect(t.risk).toBe("emergency");
  });
});

describe("a shopkeeper the child buys from is not the child's employer", () => {
  const shops = [
    "Ông chủ quán nước đầu ngõ hay kéo con bé 12 tuổi vào trong sờ soạng mỗi lần bé ra mua kem.",
    "Bà chủ tiệm tạp hóa gần nhà hay véo tai, chửi thằng bé 8 tuổi mỗi khi nó qua mua nước mắm.",
  ];
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus(shops)).toEqual([]);
  });
  it.each(shops)("«%s»", (text) => {
    const f = facts(text);
    expect(f.harmer).not.toBeNull();
    expect(f.harmer).not.toBe("employer");
  });
  it("a child working in the shop has its owner as employer", () => {
    const text = "Con bé 15 tuổi làm phục vụ cho quán, ông chủ quán hay sờ mó nó.";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(facts(text).harmer).toBe("employer");
  });
});

describe("the same facts give the same flags", () => {
  it("a Southern 'quánh' with bruises is violence with an injury", () => {
    const text = "Thằng Tí 9 tuổi bị bà nội quánh bầm mình mẩy tối qua, nó trốn qua nhà tui ngủ.";
    expect(inSomeCorpus([text])).toEqual([]);
    const t = triageReport(text);
    expect(t.reasons.some((r) => r.startsWith("\"quánh") && r.includes("bạo lực thể chất"))).toBe(true);
    expect(t.redFlags).toContain("injury");
  });
  it("'quanh' (around) typed as a word of its own is no beating", () => {
    const text = "Con bé 10 tuổi chạy quanh xóm chơi tới tối mới về.";
    expect(triageReport(text).reasons.join("\n")).not.toContain("bạo lực thể chất");
  });
  it("a cigarette pressed on a child's arm is an injury too", () => {
    const text = "Bé gái 7 tuổi bị bồ của mẹ dí tàn thuốc vào cánh tay hôm thứ bảy.";
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).redFlags).toContain("injury");
  });
  it.each([
    "Thằng cu nhà bên chừng 11 tuổi, ba hắn đi nhậu về là đánh hắn, đêm qua cũng rứa.",
    "Con nhỏ 8 tuổi, mạ hắn nhốt hắn ngoài hiên cả đêm vì làm đổ nồi cơm.",
  ])("a parent called with 'hắn' in Huế is the carer who harms: «%s»", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).redFlags).toContain("caregiver_is_abuser");
  });
});

describe("a place named with a number word is no count of children", () => {
  it.each([
    "My friend's son is 9 and his stepdad hits him with a belt. They live in Hai Chau ward, Da Nang.",
    "Con bé 7 tuổi nhà ở phường Hai Châu bị bố dượng đánh bầm lưng.",
  ])("«%s» tells of one child", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    expect(facts(text).children).toBe(1);
  });
  it("two children counted in words are still two", () => {
    expect(facts("Hai cháu 5 tuổi và 7 tuổi bị bỏ ở nhà một mình cả tuần.").children).toBe(2);
  });
});

describe("a meeting ahead 'again' is no harm repeated", () => {
  it.each([
    "A 12-year-old girl told us the tennis coach touched her breasts at practice last Friday; she has a lesson with him again on Thursday.",
    "The boy, 10, says his tutor slapped him on Monday and he will be alone with the tutor again tomorrow.",
  ])("«%s» is not flagged as repeated", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).redFlags).not.toContain("repeated");
  });
  it.each([
    "Her stepfather hit her again last night, the third time this month.",
    "His uncle slapped him again on Monday in front of the whole family.",
  ])("a harm done again is still repeated: «%s»", (text) => {
    expect(inSomeCorpus([text])).toEqual([]);
    expect(triageReport(text).redFlags).toContain("repeated");
  });
});
