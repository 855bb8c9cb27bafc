/**
 * T12 (issue 12): what DESIGN's triage contract calls low (a past matter dealt with and safe now, a worry where the writer says
 * no one harms the child, a worry about the child's own habits) is low, not medium, with or without diacritics and in English.
 * Near misses are not lowered: a harm still going on after it was dealt with, the person who harms still living with the child,
 * a child's own "em ổn" beside a harm told, a suspicion of sexual abuse, and any emergency. Only medium is lowered, to low.
 * The model is replaced by one that says one risk to everything, so each test shows what the reading alone does; the last block
 * uses the shipped model. The sentences were written for this test and are in no corpus file (checked below).
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { lowConcernGround } from "../../../src/intake/triage/low-concern.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

/** [what the report states, the report]: low by DESIGN. */
const LOW: Array<[string, string]> = [
  ["a neighbour's slap last year, the commune stepped in, the boy with his grandmother now", "Năm ngoái cháu trai 9 tuổi nhà bên bị ông hàng xóm tát, xã đã vào cuộc xử lý, giờ cháu về ở với bà nội, mọi chuyện ổn rồi."],
  ["pushed by a classmate in March, the school handled it, no diacritics", "hoi thang 3 con be lop 5 bi ban cung lop xo nga, nha truong da xu ly roi, gio hai dua choi lai binh thuong"],
  ["mocked in a group chat last spring, the school dealt with it, English", "Last spring my daughter's classmates mocked her in a group chat; the school dealt with it and she is happy now."],
  ["the police handled it, the boy lives with his grandma now, English", "Two years ago my nephew was hit by his father. The police already handled it and the boy lives with his grandma now, I just wanted to let you know."],
  ["a teacher's punishment last month, handled, the child glad at school", "Hồi tháng trước cháu bị thầy phạt đứng ngoài nắng, nhà trường đã xử lý rồi, giờ cháu đi học vui vẻ."],
  ["a phone habit, no one harms him", "Tôi lo con trai 12 tuổi nghiện điện thoại, tối nào cũng ôm máy tới khuya, không ai làm gì cháu cả."],
  ["eyes on the phone all day, no one harms him, no diacritics", "con trai toi 11 tuoi suot ngay dan mat vao dien thoai, toi lo lam, khong ai hai gi chau, chi la toi khong biet lam sao"],
  ["too much YouTube, nobody did anything to her, no diacritics", "minh lo be nha minh 8 tuoi xem youtube nhieu qua, chua ai lam gi be ca, chi hoi nen lam sao"],
  ["a quiet girl, the writer asked, no one harms her", "Con bé 10 tuổi nhà bên dạo này hay ngồi thẫn thờ trước cổng, tôi hỏi thì nó nói không ai làm gì nó cả, tôi chỉ muốn hỏi có nên báo không."],
  ["a neighbour's threat last year, dealt with, the family moved, English", "Last year a neighbour shouted at my son and threatened to hit him; it was dealt with by the ward and the family moved away."],
];

/** [what the report states, the report]: near misses that must keep their risk. */
const KEPT: Array<[string, string]> = [
  ["handled last year, still beaten now", "Năm ngoái cháu bị bố đánh, xã đã xử lý, nhưng giờ vẫn bị đánh hoài."],
  ["same, no diacritics", "nam ngoai be bi bo danh, xa da xu ly roi ma gio van bi danh"],
  ["handled, still happening every week, English", "He was beaten by his uncle last year and the police handled it, but it is still happening every week."],
  ["handled, the uncle still shares the home", "Chuyện chú nó tát cháu đã được xã xử lý, nhưng chú vẫn ở chung nhà với cháu."],
  ["dealt with, the teacher who slapped her still teaches her, English", "The school dealt with it but the teacher who slapped her still teaches her class every day."],
  ["a child's own 'em ổn' beside nightly insults and threats", "em ổn mà, chỉ là tối nào bố cũng chửi em là đồ vô dụng và dọa đuổi em ra khỏi nhà"],
  ["a child's 'ổn rồi' beside daily beatings", "bố đánh em hằng ngày, giờ em ổn rồi, ai cũng bảo em chịu khó"],
  ["'em on' beside a father who hits, no diacritics", "em on ma, bo danh em hoai thoi, quen roi"],
  ["a suspicion of sexual abuse with 'probably fine'", "Tôi lo là con bé 6 tuổi bị ông hàng xóm sờ mó, không ai thấy gì cả, chắc là ổn thôi."],
  ["a suspicion, nobody saw anything, English", "I worry my niece's tutor touches her when they are alone, nobody saw anything though, probably fine."],
];

/** [what the report states, the report]: a harm the model names, beside a denial of another harm or "still goes to school". */
const OTHER_HARM_NAMED: Array<[string, string, string]> = [
  ["made to sort bottles every afternoon, 'still at school', no one hits him", "labour_exploitation", "Ông chủ vựa ve chai bắt thằng bé 11 tuổi phân loại chai lọ từ chiều tới tối, nó vẫn đi học buổi sáng, chưa thấy ai đánh nó."],
  ["left to cook alone each night, 'cheerful', no diacritics", "neglect_abandonment", "be gai 7 tuoi nha ben toi nao cung tu nau mi an mot minh den khuya, con be van vui ve, khong ai danh no"],
];

/** [what the report states, the report]: hunger over and cared for, or denied: the hunger floor does not raise a low. */
const HUNGER_NOT_NOW: Array<[string, string]> = [
  ["hungry last month, the ward came, the boy with his grandparents now", "Tháng trước thằng bé 6 tuổi bên nhà trọ bị mẹ kế bỏ đói, phường đã xuống làm việc, giờ đưa về cho ông bà ngoại nuôi, nó ăn uống đầy đủ rồi."],
  ["no one beats or starves them, a question about a life-skills class", "Khu tôi trẻ con chơi ngoài sân cả ngày, không ai đánh đập hay bỏ đói tụi nó, tôi chỉ muốn hỏi về lớp kỹ năng sống."],
];
/** [what the report states, the report]: hunger still told now. */
const HUNGER_NOW: Array<[string, string]> = [
  ["the ward came, still starved", "Tháng trước phường đã xuống làm việc nhưng thằng bé 6 tuổi vẫn bị mẹ kế bỏ đói."],
  ["no one beats him, but he is often starved", "Không ai đánh thằng bé 7 tuổi nhà bên, nhưng nó hay bị bỏ đói cả ngày."],
];

/** A step-parent's slap the rules rate high (a caregiver who harms): M30 lowers no rules' high, even when dealt with. */
const RULES_HIGH = "Năm ngoái cháu trai 9 tuổi nhà bên bị bố dượng tát, xã đã vào cuộc xử lý, giờ cháu về ở với bà nội, mọi chuyện ổn rồi.";

/** [what the report states, the report]: emergencies, whatever else they say. */
const EMERGENCIES: Array<[string, string]> = [
  ["handled last year, a knife tonight", "Năm ngoái đã xử lý rồi nhưng tối nay ông ấy lại cầm dao đòi giết thằng bé."],
  ["nobody hurts him, but he says he will kill himself tonight, English", "Nobody is hurting him but he says he will kill himself tonight, he is 14."],
  ["no one harms her, but she is locked in alone now, no diacritics", "khong ai danh be ca nhung be 3 tuoi dang bi khoa trong nha mot minh tu sang, goi khong ai nghe"],
];

describe("the sentences are new", () => {
  it("none is in a corpus file", () => {
    expect(inSomeCorpus([...LOW, ...KEPT, ...EMERGENCIES, ...HUNGER_NOT_NOW, ...HUNGER_NOW].map(([, s]) => s).concat(OTHER_HARM_NAMED.map(([, , s]) => s)))).toEqual([]);
  });
});

describe("a low matter the model rates medium is low", () => {
  const medium = modelThatSays("medium");
  it.each(LOW)("%s", (_, text) => {
    const t = triageReport(text, {}, medium);
    expect(t.risk).toBe("low");
    expect(t.reasonsEn.join(" ")).toMatch(/→ low/);
  });
});

describe("only medium is lowered, and by one step", () => {
  it.each(LOW)("a high is not made low: %s", (_, text) => {
    expect(triageReport(text, {}, modelThatSays("high")).risk).not.toBe("low");
  });
});

describe("a report the rules rate high is not lowered from the model's medium", () => {
  it("a step-parent's slap, dealt with", () => {
    expect(triageReport(RULES_HIGH, {}, modelThatSays("medium")).risk).not.toBe("low");
    expect(lowConcernGround(RULES_HIGH, triageRules(RULES_HIGH), extractReportFacts(RULES_HIGH))).toBeNull();
  });
});

describe("near misses keep at least medium", () => {
  const medium = modelThatSays("medium");
  it.each(KEPT)("%s", (_, text) => {
    expect(triageReport(text, {}, medium).risk).not.toBe("low");
    expect(lowConcernGround(text, triageRules(text), extractReportFacts(text))).toBeNull();
  });
});

describe("a denial of one harm does not lower another harm the model names", () => {
  it.each(OTHER_HARM_NAMED)("%s", (_, category, text) => {
    expect(triageReport(text, {}, modelThatSays("medium", category)).risk).not.toBe("low");
  });
});

describe("dealt with, but the harm goes on or the person who harms is still near: not low with the shipped model", () => {
  it.each(KEPT.slice(0, 5))("%s", (_, text) => {
    const t = triageReport(text);
    expect(t.risk).not.toBe("low");
  });
});

describe("the hunger floor reads hunger over or denied", () => {
  const low = modelThatSays("low");
  it.each(HUNGER_NOT_NOW)("not raised: %s", (_, text) => {
    expect(triageReport(text, {}, low).risk).toBe("low");
  });
  it.each(HUNGER_NOW)("raised: %s", (_, text) => {
    expect(triageReport(text, {}, low).risk).not.toBe("low");
  });
});

describe("an emergency is never lowered", () => {
  it.each(EMERGENCIES)("%s", (_, text) => {
    expect(triageReport(text, {}, modelThatSays("emergency")).risk).toBe("emergency");
    expect(triageReport(text, {}, modelThatSays("medium")).risk).not.toBe("low");
    expect(lowConcernGround(text, triageRules(text), extractReportFacts(text))).toBeNull();
    expect(triageReport(text).risk).toBe("emergency");
  });
});

describe("with the shipped model", () => {
  it.each(LOW)("low: %s", (_, text) => {
    expect(triageReport(text).risk).toBe("low");
  });
});
