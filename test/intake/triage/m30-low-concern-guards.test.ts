/**
 * M30 (mends RD34 on T12): a past harm is lowered to low only when an outside body (commune, ward, police, school) dealt with it
 * or the child was removed from the person who harmed; never when the rules rate it high, when a parent, step-parent or the
 * writer's partner harmed and nobody was removed, when a family only "made up" or "handled it" itself, on an apology alone, on
 * "fine now" alone, or when another child is still with the same person. A "hunger denied" phrase no longer switches off the
 * hunger floor for real hunger. Sentences of the reader and new ones written for this test.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { lowConcernGround } from "../../../src/intake/triage/low-concern.ts";
import { triageRules } from "../../../src/intake/triage/triage-rules.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

/** Not low with a medium model, and no ground to lower. */
const NOT_LOWERED: string[] = [
  // reader's examples
  "Hôm chủ nhật anh rể quát mắng và tát thằng bé 8 tuổi, hai bên đã hòa giải rồi.",
  "Tối thứ sáu chồng tôi say rượu tát con gái 10 tuổi, sáng ra hai vợ chồng đã hòa giải rồi.",
  "toi thu 6 chong toi say ruou tat con gai 10 tuoi, hai vo chong da hoa giai roi",
  "Hôm thứ bảy chồng tôi quát và tát thằng bé 9 tuổi vì điểm kém, gia đình đã xử lý rồi.",
  "hom thu bay chong toi quat va tat thang be 9 tuoi vi diem kem, gia dinh da xu ly roi",
  "Last Saturday my boyfriend slapped my 8-year-old for talking back. It was handled, he apologised.",
  "On Sunday my husband grabbed our 7-year-old by the arm and shook him hard. He apologized to him.",
  "Tháng trước cô giáo tát con bé 7 tuổi, nhà trường đã xử lý rồi, nhưng em trai nó học lớp cô ấy.",
  "hom thu 7 me danh em bang roi may cai, gio em on roi a",
  "My 5-year-old got a black eye when his dad threw a shoe at him last week. He is fine now.",
  "Last year my nephew was beaten by his father with a belt, then the family moved away.",
  "Năm ngoái bố dượng đánh thằng bé đã bị bắt, giờ mẹ nó có bạn trai mới, gã này hay quát tháo và tát nó.",
  "Năm ngoái bố đánh con bé gãy tay, công an đã xử lý, giờ con bé ở với bà ngoại. Thằng em 5 tuổi vẫn ở nhà với bố.",
  // new sentences
  "Tuần trước mẹ kế véo tai thằng bé 6 tuổi đến bầm, cả nhà đã ngồi nói chuyện giải quyết xong rồi.",
  "Two weeks ago my partner pushed my 9-year-old daughter into the wall. We sorted it out between us and she is okay now.",
  "Hồi tháng 5 thầy thể dục đánh thằng bé 10 tuổi, phường đã xuống làm việc, nhưng đứa em nó vẫn học thầy đó.",
  "Last month the coach hit my son, the school dealt with it, but his younger brother is still on that coach's team.",
];

/** Still lowered: an outside body dealt with it, or the child was removed. */
const STILL_LOW: string[] = [
  "Hồi tháng 2 bạn cùng bàn đẩy con bé 8 tuổi ngã trầy gối, cô chủ nhiệm và nhà trường đã xử lý xong, giờ hai đứa chơi với nhau bình thường.",
  "Three years ago a neighbour kicked my son's bike and yelled at him; the police dealt with it and the neighbour moved out of our street.",
];

/** Real hunger beside a denial of another harm or of others' noticing: the hunger floor still raises a low. */
const HUNGER: string[] = [
  "Không ai đánh nó nhưng bỏ đói nó suốt.",
  "khong ai danh be nhung bo doi be hoai",
  "Chẳng ai biết nó bị bỏ đói, con bé 4 tuổi gầy lắm.",
  "Nobody notices he's starving, the boy is 5.",
  "Chẳng ai mắng thằng bé 6 tuổi mà cứ bỏ đói nó cả ngày.",
  "No one hits the little girl next door but she is starving most days, she is 3.",
];

describe("the sentences are new", () => {
  it("none is in a corpus file", () => {
    expect(inSomeCorpus([...NOT_LOWERED, ...STILL_LOW, ...HUNGER])).toEqual([]);
  });
});

describe("a harm the family only settled itself, by a parent or partner, or with a sibling still near, is not lowered", () => {
  const medium = modelThatSays("medium");
  it.each(NOT_LOWERED)("%s", (text) => {
    expect(lowConcernGround(text, triageRules(text), extractReportFacts(text))).not.toBe("over");
    expect(triageReport(text, {}, medium).risk).not.toBe("low");
  });
  it.each(NOT_LOWERED.slice(0, 8))("the shipped model: %s", (text) => {
    expect(triageReport(text).risk).not.toBe("low");
  });
});

describe("dealt with by an outside body, the child safe: still low", () => {
  it.each(STILL_LOW)("%s", (text) => {
    expect(triageReport(text, {}, modelThatSays("medium")).risk).toBe("low");
  });
});

describe("real hunger is not read as denied", () => {
  it.each(HUNGER)("%s", (text) => {
    expect(triageReport(text, {}, modelThatSays("low")).risk).not.toBe("low");
  });
  it("a denial of beating or starving still reads as denied", () => {
    expect(triageReport("Tụi nhỏ xóm tôi không ai bỏ đói cả, tôi chỉ hỏi giờ mở cửa nhà văn hóa.", {}, modelThatSays("low")).risk).toBe("low");
  });
});

describe("dealt with, but the teacher who hit still teaches the class of a sibling: not low", () => {
  it.each([
    "Năm ngoái thầy chủ nhiệm tát thằng bé, nhà trường đã xử lý, nhưng thầy vẫn chủ nhiệm lớp em nó.",
    "Hồi học kỳ trước cô dạy toán nhéo tai con bé 8 tuổi, phòng giáo dục đã xử lý, nhưng cô vẫn dạy lớp của em nó.",
    "nam ngoai co giao danh be, truong da xu ly roi nhung co van day lop em gai be",
  ])("%s", (text) => {
    expect(triageReport(text, {}, modelThatSays("low")).risk).not.toBe("low");
  });
});
