/**
 * M13, second reading of T5's floors (RD9): tiredness is no despair, a farewell with a next plan or said by someone else is no
 * farewell of life, a farewell after "mà/bỏ/vô/mờ" is the child's own, and the four told-now floors do not raise on a blow
 * between peers or to an unborn child, a thing sold to a child, a relative's poisoning, or an adult's or a past leaving.
 * Sentences written for this test (those quoted in the brief, and new wordings of each class), in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const notEmergency = (title: string, texts: readonly string[]) =>
  describe(title, () => {
    for (const text of texts) it(`not an emergency: ${text}`, () => expect(triageReport(text).risk).not.toBe("emergency"));
  });
const noFlag = (title: string, flag: string, texts: readonly string[]) =>
  describe(title, () => {
    for (const text of texts) it(`no ${flag}: ${text}`, () => expect(triageReport(text).redFlags).not.toContain(flag));
  });

notEmergency("being tired, then saying bye with a plan or a reason to go, is no farewell of life", [
  "mệt rồi, bye mn, mai thi tiếp",
  "học cả ngày mệt rồi, tb mn đi ngủ đây",
  "tb mn, t out nhóm đây, mệt rồi mấy bà cãi nhau hoài",
  "tb tất cả, mình mệt rồi, nghỉ làm admin group nhé",
  "bye y'all, I'm so tired of everything at school, see you Monday",
  "bye guys, gotta go to practice, so tired of everything today lol",
  "chắc em đi thôi, mệt rồi, mai gặp lại nha",
  "mai t đi luôn Đà Lạt với nhà, mệt rồi",
  "Con trai tôi bị cô giáo la, về nhà bảo mệt rồi, tb mn rồi đi ngủ.",
  "tb mn, mệt rồi",
  // own wordings
  "chạy deadline mệt lắm rồi, bai cả nhà, t off đây",
  "bai moi nguoi, met roi, di ngu day",
  "bye everyone, tired of everything this week, see ya tomorrow",
]);

it("sorry for everything with a farewell still states an intent to die", () => {
  for (const text of ["bye mn, xin lỗi vì tất cả", "tb cả nhà, xin lỗi mọi người vì mọi chuyện"]) {
    const t = triageReport(text);
    expect(t.risk).toBe("emergency");
    expect(t.redFlags).toContain("stated_intent_to_die");
  }
});

notEmergency("someone else's tired goodbye is not the child's intent", [
  "mẹ mệt rồi, bye mọi người nhé, mẹ đi ngủ",
  "anh Đăng bảo tb mn, mệt rồi",
  "Đăng mệt rồi, bye mn",
  "bố bảo mệt lắm rồi, tạm biệt cả nhà rồi lên phòng",
]);

describe("a farewell after words that fold like a parent's is the child's own", () => {
  for (const text of [
    "thôi mà tb mn. ko ai cần t nữa",
    "t bỏ cuộc tb mn. ko ai cần t nữa",
    "t vô dụng quá tb mn. ko ai cần t nữa",
    "mọi thứ mờ dần tb mn. ai cũng ghét t",
    "chả còn gì nữa tb mn. ko ai cần t nữa",
    "bỏ hết rồi, bye mọi người. không ai thương t",
  ]) {
    it(`an emergency: ${text}`, () => {
      const t = triageReport(text);
      expect(t.risk).toBe("emergency");
      expect(t.redFlags).toContain("stated_intent_to_die");
    });
  }
  it("a parent's own farewell, written with marks, is still not the child's", () => {
    expect(triageReport("mẹ nó nói tạm biệt mọi người rồi đi, ai cũng ghét nó").redFlags).not.toContain("stated_intent_to_die");
  });
});

noFlag("a blow needs a person hitting a child now", "violence_ongoing_now", [
  "Nhà bên cạnh đánh con không ngừng mấy năm nay, giờ thì đỡ rồi.",
  "They were hitting him still, as I remember it, back in 2010.",
  "He is still beating himself up about the exam result.",
  "Hai anh em đấm nhau chơi không ngừng, cười rất vui.",
  "Thai nhi đạp không ngừng từ nãy tới giờ.",
  "Bé đang đạp chăn không ngừng khi ngủ",
  "Con mèo đang cắn, đạp tay bé không ngừng",
  "Anh ấy đang đánh thuế vào hàng nhập khẩu.",
  "Em bé trong bụng đạp không ngừng, mẹ thấy vui lắm",
  "She's still beating herself up over the breakup.",
]);

it("a blow told as going on now stays an emergency", () => {
  for (const text of ["nhà bên đang đánh con bé không ngừng", "he is still hitting my son right now"]) {
    expect(triageReport(text).risk).toBe("emergency");
  }
});

noFlag("selling something to a child is no child sold", "child_sold", [
  "Bán con tôi cái xe đạp cũ mà nó hỏng ngay hôm sau.",
  "Bán con tôi chiếc điện thoại cũ đi anh.",
  "Ông ấy bán con gái tôi chiếc xe cũ đã hỏng.",
  "Cô bán hàng bán con tôi gói kẹo hết hạn",
  "He sold my daughter's bike without asking.",
  "He sold my son drugs at the park.",
  "Bố nó bán con chó của bé",
  "Bị bán sang Trung Quốc từ năm 16 tuổi, giờ tôi 40 tuổi và đã thoát",
  "Người ta bán cháu tôi mấy cuốn truyện bạo lực",
  "She sold my nephew a fake phone online.",
]);

noFlag("a relative's poisoning or a habit of vomiting is not the child's poisoning now", "poisoned_with_symptoms_now", [
  "Ông nội uống thuốc sâu tự tử năm ngoái, con tôi giờ vẫn hay nôn khi nhớ lại.",
  "Bố nó uống thuốc ngủ quá liều, giờ đang nằm viện lơ mơ, con tôi rất sợ",
  "Con chó nhà tôi ăn phải thuốc chuột, giờ đang co giật",
]);

describe("a leaving long past, by an adult child, or by an adult is not raised by the floor for a child gone now", () => {
  for (const text of [
  "Năm ngoái con tôi bỏ nhà đi 2 ngày, tắt máy, sau đó về. Giờ tôi muốn hỏi cách nói chuyện với con.",
  "Con gái tôi 19 tuổi bỏ nhà đi theo bạn trai, tắt máy, tôi rất buồn",
  "Bạn trai con tôi bỏ đi, gọi không được, con bé khóc suốt",
  "Con trai tôi 22 tuổi bỏ đi làm xa, gọi không bắt máy",
  ]) {
    it(`no floor for a child gone: ${text}`, () => {
      expect(triageReport(text).reasonsEn.join(" ")).not.toContain("the child left and cannot be reached now");
    });
  }
  it("a child who left today and is out of reach keeps the floor", () => {
    expect(triageReport("con tôi 13 tuổi bỏ nhà đi từ trưa, gọi không được").reasonsEn.join(" ")).toContain("the child left and cannot be reached now");
  });
});

it("a child made to swallow poison, with symptoms now, stays an emergency", () => {
  for (const text of ["bố nó ép con bé uống thuốc sâu, giờ đang co giật", "thằng bé uống thuốc diệt chuột, giờ lơ mơ"]) {
    expect(triageReport(text).risk).toBe("emergency");
  }
});

it("a child sold stays a child sold, in both tongues", () => {
  for (const text of ["họ bán con gái tôi sang bên kia biên giới", "he sold my son to a gang last night"]) {
    expect(triageReport(text).redFlags).toContain("child_sold");
  }
});
