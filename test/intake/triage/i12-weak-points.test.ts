/**
 * Issue 12, T6: four kinds of report the triage rated wrong. (1) A child sold or taken away, whose family cannot reach the child
 * now or does not know where the child is, is at least high and trafficking (the DESIGN's emergency is a transfer happening today,
 * tonight or tomorrow; a sale told as last month, out of reach since, is recent serious harm: high; three held-out writers of four
 * labelled such reports high). (2) Drugs sold or given to a child are at
 * least medium; a child made to carry or sell drugs is labour exploitation, high. (3) A small child who swallowed a button
 * battery, bleach or a quantity of medicine is a child ill without care until a doctor says otherwise: an emergency, unless the
 * report tells the child already seen in hospital and well. (4) An ordinary goodbye (a mother saying goodbye before work) is no
 * farewell of despair and must not make a report an emergency; a child's farewell of despair still is one. Sentences written for
 * this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const RANK = ["low", "medium", "high", "emergency"];
const atLeast = (risk: string, floor: string) => RANK.indexOf(risk) >= RANK.indexOf(floor);

const SOLD_OUT_OF_REACH = [
  "Tháng trước con gái tôi bị người ta bán sang bên kia biên giới, giờ cả nhà không liên lạc được với cháu, không biết cháu ở đâu.",
  "thang truoc chau gai 15 tuoi bi ban di, gio gia dinh khong lien lac duoc, khong biet o dau",
  "My 14-year-old niece was taken by a broker last month and now nobody in the family can reach her; we do not know where she is.",
  "em gái em bị người ta dắt đi từ tháng trước, giờ mẹ em gọi mãi không được, không ai biết em ấy ở đâu",
  "Đứa cháu họ 16 tuổi bị một bà môi giới dẫn đi làm ở Trung Quốc hồi đầu tháng, từ đó mất liên lạc luôn.",
  "they sold my little brother to a man from the city three weeks ago and his phone has been off ever since, we have no idea where he is",
  "con bé bị lừa bán qua biên giới từ tuần trước, gia đình không biết giờ nó ở đâu",
];
const SOLD_NOT_NOW = [
  "Năm ngoái cháu bị bán sang Trung Quốc, đã được giải cứu và đưa về nhà, giờ cháu đi học lại bình thường.",
  "My cousin was trafficked two years ago; she escaped, came home and is living with us now.",
  "Nếu có người rủ con đi làm xa rồi mất liên lạc thì gia đình nên báo ở đâu?",
];

describe("a child sold or taken, and out of reach now, is at least high, trafficking", () => {
  it("the sentences are in no corpus", () => expect(inSomeCorpus([...SOLD_OUT_OF_REACH, ...SOLD_NOT_NOW])).toEqual([]));
  for (const text of SOLD_OUT_OF_REACH) {
    it(`at least high, trafficking: ${text}`, () => {
      const t = triageReport(text);
      expect(atLeast(t.risk, "high")).toBe(true);
      expect(t.category).toBe("trafficking_abduction");
    });
  }
  for (const text of SOLD_NOT_NOW) {
    it(`not an emergency: ${text}`, () => expect(triageReport(text).risk).not.toBe("emergency"));
  }
});

const DRUGS_SOLD_TO_CHILD = [
  "Họ bán cho con tôi ma túy",
  "Có người bán ma túy cho thằng con 15 tuổi nhà tôi ở cổng trường.",
  "co nguoi ban ma tuy cho con toi o quan net",
  "Someone is selling drugs to my 13-year-old son near his school.",
  "Mấy thanh niên đầu ngõ cho con bé nhà tôi hút cỏ, nó mới 14 tuổi.",
  "bọn nó bán thuốc lắc cho học sinh lớp 9 trường em",
];
const MADE_TO_CARRY_DRUGS = [
  "Bọn nó bắt con tôi đi giao ma túy cho chúng nó, không làm thì bị đánh.",
  "thằng em 15 tuổi bị một nhóm người lớn sai đi chuyển hàng trắng, nó sợ không dám bỏ",
  "A gang makes my 14-year-old son carry drugs across town for them every week.",
];

describe("drugs sold to a child are at least medium; a child made to carry drugs is labour exploitation", () => {
  it("the sentences are in no corpus", () => expect(inSomeCorpus([...DRUGS_SOLD_TO_CHILD, ...MADE_TO_CARRY_DRUGS])).toEqual([]));
  for (const text of DRUGS_SOLD_TO_CHILD) {
    it(`at least medium, other: ${text}`, () => {
      const t = triageReport(text);
      expect(atLeast(t.risk, "medium")).toBe(true);
      expect(t.category).toBe("other");
    });
  }
  for (const text of MADE_TO_CARRY_DRUGS) {
    it(`at least high, labour exploitation: ${text}`, () => {
      const t = triageReport(text);
      expect(atLeast(t.risk, "high")).toBe(true);
      expect(t.category).toBe("labour_exploitation");
    });
  }
});

const SWALLOWED_NOW = [
  "Con tôi 2 tuổi vừa nuốt viên pin cúc áo của cái điều khiển.",
  "con toi 3 tuoi vua nuot pin cuc",
  "My toddler just swallowed a button battery from the remote.",
  "Bé nhà tôi 2 tuổi uống nhầm nước tẩy javen.",
  "Thằng bé 3 tuổi nhà em uống cả vỉ thuốc hạ sốt của bà.",
  "Con tôi 4 tuổi nuốt đồng xu, bị hóc.",
  "my 18-month-old drank some bleach from under the sink",
  "cháu 20 tháng tuổi lấy được lọ thuốc huyết áp của ông, nuốt mấy viên rồi",
  "Our 3 year old got into grandma's pills and ate a handful.",
  "be 2 tuoi nuot vien pin dong ho",
];
const SWALLOWED_CARED = [
  "Hôm qua con tôi 2 tuổi nuốt viên pin, đã đưa đi viện gắp ra, giờ cháu khỏe rồi.",
  "Last week my son (3) swallowed a coin; the hospital x-rayed him, it passed and the doctor said he is fine.",
  "Làm sao để phòng trẻ nhỏ nuốt pin cúc áo ạ?",
];

describe("a small child who swallowed a battery, bleach or medicine is an emergency until a doctor says otherwise", () => {
  it("the sentences are in no corpus", () => expect(inSomeCorpus([...SWALLOWED_NOW, ...SWALLOWED_CARED])).toEqual([]));
  for (const text of SWALLOWED_NOW) {
    it(`emergency, not self-harm: ${text}`, () => {
      const t = triageReport(text);
      expect(t.risk).toBe("emergency");
      expect(t.category).not.toBe("self_harm");
    });
  }
  for (const text of SWALLOWED_CARED) {
    it(`not an emergency: ${text}`, () => expect(triageReport(text).risk).not.toBe("emergency"));
  }
});

const ORDINARY_GOODBYES = [
  "mẹ nó nói tạm biệt rồi đi làm",
  "me no noi tam biet roi di lam",
  "Mẹ cháu chào tạm biệt cháu ở cổng trường rồi đi làm.",
  "bố nó nói tạm biệt rồi đi công tác",
  "con bé chào tạm biệt bà rồi đi học",
];
const DESPAIR_FAREWELLS = [
  "tb mn, e k chịu nổi nữa",
  "con bé nhắn tạm biệt mãi mãi, nói không ai cần nó nữa",
  "em gái em nói lời tạm biệt cuối cùng với mọi người rồi bảo em không muốn sống nữa",
  "my son said goodbye forever to everyone and says he wants to die",
];

describe("an ordinary goodbye is no farewell of despair", () => {
  it("the sentences are in no corpus", () => expect(inSomeCorpus([...ORDINARY_GOODBYES, ...DESPAIR_FAREWELLS])).toEqual([]));
  for (const text of ORDINARY_GOODBYES) {
    it(`not an emergency: ${text}`, () => expect(triageReport(text).risk).not.toBe("emergency"));
  }
  for (const text of DESPAIR_FAREWELLS) {
    it(`still an emergency of self-harm: ${text}`, () => {
      const t = triageReport(text);
      expect(t.risk).toBe("emergency");
      expect(t.category).toBe("self_harm");
    });
  }
});
