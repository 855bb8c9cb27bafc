/**
 * Issue 12, T5: five kinds of report the triage rated wrong, each read as a class (with and without marks, English, northern and
 * southern speech) and kept by a floor that only raises. Near misses beside each must not move. Sentences written for this test,
 * in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const RANK = ["low", "medium", "high", "emergency"];
const atLeast = (risk: string, floor: string) => RANK.indexOf(risk) >= RANK.indexOf(floor);

describe("violence told as going on right now is an emergency", () => {
  const ongoing = [
    "nhà bên đánh con từ nãy tới giờ chưa thôi, thằng bé khóc dữ lắm",
    "nha ben danh con tu nay toi gio chua thoi",
    "ông hàng xóm vẫn còn đang đánh đứa cháu ngoài sân",
    "bố nó đánh nó nãy giờ không ngừng, tôi nghe rõ tiếng roi",
    "ổng đánh thằng nhỏ quá trời từ hồi chiều tới giờ hổng chịu ngưng",
    "my neighbour is still hitting him as I type",
    "the man upstairs has been beating his daughter for the last twenty minutes and hasn't stopped",
    "dì ghẻ đang đánh con bé, tiếng la hét vang cả xóm",
  ];
  for (const text of ongoing) {
    it(`an emergency: ${text}`, () => {
      expect(triageReport(text).risk).toBe("emergency");
    });
  }

  const notNow = [
    "Hôm qua bố nó đánh nó một trận, giờ không còn nguy hiểm gì nữa, cháu đang ở nhà bà ngoại.",
    "hom qua bo no danh no, gio khong sao roi",
    "Ông ấy hay đánh vợ con mỗi khi say, tôi muốn hỏi nên báo ai.",
    "Last week her father hit her with a belt; she is staying with her aunt now and is safe.",
    "Nếu bố cháu lại đánh cháu thì cháu nên gọi số nào ạ?",
    "Chú ấy đã thôi đánh con từ khi đi cai rượu, giờ gia đình ổn rồi.",
    "I think he is still hitting her sometimes when he drinks, can I report it?",
    "tôi có đang bạo hành con không khi tôi hay quát nó",
  ];
  for (const text of notNow) {
    it(`not an emergency: ${text}`, () => {
      expect(triageReport(text).risk).not.toBe("emergency");
    });
  }
});

describe("a child sold or being sold is trafficking", () => {
  const sold = [
    "họ bán con tôi rồi, tôi không biết giờ nó ở đâu",
    "ho ban con toi roi",
    "con gái tôi 15 tuổi bị bán sang Trung Quốc làm vợ",
    "they sold my daughter to a man across the border",
    "thằng chồng cũ bán đứa con trai cho một người lạ lấy tiền",
    "my little brother was sold to a fishing boat crew",
  ];
  for (const text of sold) {
    it(`trafficking, high or more: ${text}`, () => {
      const t = triageReport(text);
      expect(t.category).toBe("trafficking_abduction");
      expect(atLeast(t.risk, "high")).toBe(true);
    });
  }

  it("an emergency when the child is in their hands now", () => {
    const t = triageReport("con bé bị bán sang bên kia biên giới, giờ vẫn đang bị bọn nó giữ, nó vừa gọi về khóc");
    expect(t.risk).toBe("emergency");
    expect(t.category).toBe("trafficking_abduction");
  });

  const notSold = [
    "Con tôi bán vé số ngoài chợ mỗi tối, tôi lo cho cháu.",
    "nhà tôi bán con heo để đóng học phí cho cháu",
    "mẹ nó bán con cá ngoài chợ, còn nó ở nhà một mình",
    "ông bà bán chậu hoa kiếm tiền nuôi cháu",
    "My son sold his bike to buy a phone and I am upset about it.",
  ];
  for (const text of notSold) {
    it(`not read as a child sold: ${text}`, () => {
      expect(triageReport(text).category).not.toBe("trafficking_abduction");
    });
  }
});

it("a sale long past, the child brought back and well, stays low", () => {
  expect(triageReport("em họ tôi bị bán sang Trung Quốc năm 2017, hai năm sau được đưa về, giờ đã lấy chồng và ổn rồi").risk).toBe("low");
});

describe("a child who swallowed poison and has symptoms now is an emergency", () => {
  const poisoned = [
    "con tôi uống thuốc trừ sâu, giờ đang nôn liên tục",
    "con bé uống thuốc sâu vì bố mẹ bắt nghỉ học, giờ lả đi rồi",
    "con be uong thuoc sau vi bo me bat nghi hoc, gio la di roi",
    "thằng nhỏ nuốt cả vỉ thuốc ngủ của mẹ, đang lơ mơ",
    "my 14 year old swallowed a handful of pills after we argued and she is throwing up now",
    "tối qua con bé uống thuốc diệt chuột, sáng nay đang co giật",
  ];
  for (const text of poisoned) {
    it(`an emergency: ${text}`, () => {
      expect(triageReport(text).risk).toBe("emergency");
    });
  }
  it("self-harm when the child did it, whatever reason is told", () => {
    expect(triageReport("con bé uống thuốc sâu vì bố mẹ bắt nghỉ học, giờ lả đi rồi").category).toBe("self_harm");
  });

  const notNow = [
    "Năm ngoái cháu từng uống thuốc ngủ, đã được điều trị, giờ cháu ổn và đi học bình thường.",
    "hôm kia em uống nhiều thuốc cảm vì buồn, em bị nôn cả đêm, em không muốn chết đâu",
    "con uống thuốc trừ sâu hôm qua, giờ là ngày thứ hai nằm viện, cháu đã tỉnh và ăn được",
    "Tuần trước bé uống nhầm thuốc của bà, đi khám rồi, bác sĩ bảo không sao.",
  ];
  for (const text of notNow) {
    it(`not an emergency: ${text}`, () => {
      expect(triageReport(text).risk).not.toBe("emergency");
    });
  }
});

it("a usual dose given by a parent, then vomiting, is no self-harm", () => {
  expect(triageReport("bé sốt cao, tôi cho uống 2 viên hạ sốt, giờ bé đang nôn").category).not.toBe("self_harm");
});

describe("a child who left and cannot be reached keeps the missing-child reading", () => {
  const gone = [
    "con tôi bỏ đi từ chiều, gọi không được",
    "con toi bo di tu chieu, goi khong duoc",
    "thằng út bỏ nhà đi từ trưa, gọi hoài hổng ai bắt máy",
    "my 13 year old son ran away after dinner and we can't reach him",
    "con bé 14 tuổi giận bố mẹ bỏ đi từ tối qua, điện thoại tắt máy",
  ];
  for (const text of gone) {
    it(`missing child: ${text}`, () => {
      const t = triageReport(text);
      expect(t.redFlags).toContain("child_missing");
      expect(t.category).toBe("trafficking_abduction");
      expect(atLeast(t.risk, "high")).toBe(true);
    });
  }

  const adults = [
    "chồng tôi bỏ đi từ chiều, gọi không được, tôi ở nhà với hai đứa nhỏ",
    "mẹ nó bỏ đi từ chiều, gọi không được, bé đang ở với tôi",
    "Vợ tôi bỏ đi mang theo con, gọi không được",
  ];
  for (const text of adults) {
    it(`an adult out of reach is no missing child: ${text}`, () => {
      expect(triageReport(text).redFlags).not.toContain("child_missing");
    });
  }
});

describe("a child's farewell said in passing with despair states an intent to die", () => {
  const farewells = [
    "bye mn, xin lỗi vì tất cả",
    "bye mn xin loi vi tat ca",
    "tb mn nha, mệt rồi",
    "tb mn nha, met roi",
    "bye guys, sorry for everything",
    "tạm biệt cả nhà, con mệt lắm rồi",
  ];
  for (const text of farewells) {
    it(`a stated intent to die: ${text}`, () => {
      const t = triageReport(text);
      expect(t.risk).toBe("emergency");
      expect(t.redFlags).toContain("stated_intent_to_die");
    });
  }

  const notFarewells = [
    "mẹ nó nói tạm biệt rồi đi làm, để nó ở nhà",
    "bye mn nha, mai gặp lại ở lớp",
    "tb mn, tối nay mình đi ăn sinh nhật",
    "bye guys, see you tomorrow at practice",
    "cô giáo chào tạm biệt mọi người rồi về, hôm nay cô mệt rồi",
  ];
  for (const text of notFarewells) {
    it(`no stated intent to die: ${text}`, () => {
      expect(triageReport(text).redFlags).not.toContain("stated_intent_to_die");
    });
  }
});
