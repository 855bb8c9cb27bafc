/**
 * Issue 12, C21: floors that fired on situations the reporter negates, tells as dealt with, or says a child is cared for now,
 * and a suspicion of sexual abuse rated below high. Each class keeps a case that must stay an emergency.
 * Sentences written for this test (other people, wordings, with and without diacritics, English), in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const risk = (text: string) => triageReport(text).risk;

describe("a. 'it is not that I want to die' said with a short negator (M1: the denial no longer lowers)", () => {
  // C21 read these as no stated intent; M1 removed that reading ("chẳng phải em muốn chết sao, em chịu hết nổi rồi" was lowered
  // too). Over-escalating a denied wish is the safe error.
  const DENIED = [
    "k phai e muon chet dau chi, e cao tay cho bot buon thoi, e lop 8",
    "I'm 14 and I scratch my arm with a blade sometimes. It's not that I want to die, it just calms me down.",
  ];
  for (const text of DENIED) it(`is an emergency again: ${text.slice(0, 50)}`, () => expect(risk(text)).toBe("emergency"));
  const STILL = [
    "e 13t, e muốn chết",
    "t k muốn sống nữa, mệt lắm rồi",
    "ko muon song nua, ai cung ghet em",
    "k phải đùa đâu, tao muốn chết thật rồi",
    "Không phải em, mà là bạn em nhắn nó muốn chết, nó 12 tuổi",
    "I'm 15. It's not a joke, I want to die tonight.",
  ];
  for (const text of STILL) it(`stays an emergency: ${text}`, () => expect(risk(text)).toBe("emergency"));
});

describe("b. neglect told as past and dealt with, the child in care now", () => {
  // M1: "care now" of the child was removed (it also cancelled "alone" for care said of others); these are emergencies again.
  const RESOLVED = [
    "Tháng trước tôi có gọi báo bé nhà bên bị để một mình ở nhà, nay bố mẹ bé đã cho bé đi nhà trẻ cả ngày rồi, tôi thấy yên tâm rồi.",
    "hom truoc em bao co be bi bo o nha mot minh, gio me be gui be vao nha tre ca ngay roi, em thay on roi a",
  ];
  for (const text of RESOLVED) it(`is an emergency again (safe error): ${text.slice(0, 50)}`, () => expect(risk(text)).toBe("emergency"));
  const STILL = [
    "Bé 2 tuổi nhà bên bị để một mình ở nhà cả ngày hôm nay, giờ vẫn chưa ai về",
    "con be 3 tuoi o nha mot minh tu sang toi gio, me no di dau khong biet",
  ];
  for (const text of STILL) it(`stays an emergency: ${text}`, () => expect(risk(text)).toBe("emergency"));
});

describe("c. children found alone for days, now in someone's care", () => {
  const CARED = [
    "Công an xã phát hiện hai bé 4 và 6 tuổi ở một mình trong chòi giữa rẫy đã 4 ngày, bố mẹ đi làm ăn xa chưa về. Hiện hai cháu đang được cán bộ xã chăm sóc.",
    "hai chau 4 va 6 tuoi o mot minh trong choi ngoai ray 3 ngay, bo me di lam xa chua ve, hien hai chau dang duoc ba con hang xom cham soc",
    "Neighbours found a 4-year-old alone in the flat for two days. She is now being looked after by her grandmother.",
  ];
  for (const text of CARED) {
    it(`is high, neglect: ${text.slice(0, 50)}`, () => {
      const t = triageReport(text);
      expect(t.risk).toBe("high");
      expect(t.category).toBe("neglect_abandonment");
    });
  }
  it("shows officers no missing child when the parents are away at hired work (children alone for days stays flagged, M1)", () => {
    const t = triageReport("Bộ đội biên phòng phát hiện ba cháu 3, 5 và 8 tuổi ở một mình trong lán nương đã 6 ngày, bố mẹ đi làm thuê bên Lào chưa về. Hiện các cháu đang được trạm y tế xã chăm sóc.");
    expect(t.risk).toBe("high");
    expect(t.redFlags).not.toContain("child_missing");
    expect(t.redFlags).toContain("young_child_alone_long");
  });
  it("still flags children alone for days when nobody has come", () => {
    const t = triageReport("Bộ đội biên phòng phát hiện ba cháu 3, 5 và 8 tuổi ở một mình trong lán nương đã 6 ngày, bố mẹ đi làm thuê bên Lào chưa về, giờ các cháu vẫn ở đó một mình.");
    expect(t.redFlags).toContain("young_child_alone_long");
  });
  // Still alone now, or the care said of a grown-up: the child alone stays an emergency.
  const STILL = [
    "Bé 3 tuổi ở nhà một mình từ sáng tới giờ, mẹ đi đâu không biết, giờ vẫn chưa ai trông",
    "be 2 tuoi o nha mot minh tu hom qua, chua ai cham soc, me no dang o voi ban trai o thanh pho",
    "My neighbour's 3-year-old has been alone in the flat since yesterday, nobody is looking after her and her mum is not answering.",
    "Bé 3 tuổi ở nhà một mình từ hôm qua, mẹ nó đang được bác sĩ chăm sóc trong viện",
  ];
  for (const text of STILL) it(`stays an emergency: ${text.slice(0, 50)}`, () => expect(risk(text)).toBe("emergency"));
});

describe("d. a teacher's suspicion of sexual abuse from signs is high", () => {
  const SUSPECTED = [
    "Tôi dạy lớp 3. Dạo này bé K. hay vẽ hình người lớn có nội dung tình dục và cứ run lên mỗi khi chú bảo vệ lại gần. Tôi chưa có bằng chứng nhưng rất lo.",
    "co giao chu nhiem lop 5 day: em M. gan day ve nhung hinh co noi dung tinh duc, so set khi thay day the duc lai gan, chua co bang chung gi nhung toi rat lo",
    "I teach year 2. A girl in my class has started drawing sexual pictures and flinches when a male coach comes near. No proof, but I'm very worried.",
  ];
  for (const text of SUSPECTED) {
    it(`is high, sexual abuse: ${text.slice(0, 50)}`, () => {
      const t = triageReport(text);
      expect(t.risk).toBe("high");
      expect(t.category).toBe("sexual_abuse");
    });
  }
  it("stays an emergency when the child says it happens and is with him tonight", () => {
    expect(risk("Bé lớp 2 kể với tôi chú bảo vệ sờ vùng kín bé, tối nay bé vẫn ở nhà một mình với chú ấy")).toBe("emergency");
  });
});

describe("e. 'đầm' (a lagoon) written with diacritics is no 'đấm' (a punch)", () => {
  it("children diving for snails in the lagoon are child labour, not violence", () => {
    const t = triageReport("Mấy đứa nhỏ 9, 10 tuổi ở xóm chài phải mò hến thuê ngoài đầm tới khuya, nghỉ học cả rồi.");
    expect(t.category).toBe("labour_exploitation");
    expect(t.reasonsEn.join(" ")).not.toMatch(/physical violence/);
  });
  it("a punch written with diacritics is still violence", () => {
    const t = triageReport("Bố dượng đấm tới tấp vào mặt thằng bé 10 tuổi tối qua, mặt sưng vù.");
    expect(t.category).toBe("physical_violence");
  });
  it("a punch typed without diacritics is still violence", () => {
    const t = triageReport("bo duong dam toi tap vao mat thang be 10 tuoi toi qua, mat sung vu");
    expect(t.category).toBe("physical_violence");
  });
  it("a beating going on now stays an emergency", () => {
    expect(risk("ba dượng đang đấm em con 8 tuổi, cứu với")).toBe("emergency");
  });
});

describe("f. 'no one is hurting him' beside a worry is no self-harm", () => {
  const WORRIES = [
    "Có thằng bé 14 tuổi ở xóm tối nào cũng ra bờ đê hút vape với mấy anh lớn. No one is hurting him nhưng tôi thấy lo.",
    "My neighbour's son is 15 and drinks beer with older boys on the roof most evenings. No one is hurting him but I'm worried.",
    "Thằng bé 15 tuổi tối nào cũng đi uống bia với mấy anh lớn, không ai làm gì cháu nhưng tôi lo.",
  ];
  for (const text of WORRIES) {
    it(`is not high self-harm: ${text.slice(0, 50)}`, () => {
      const t = triageReport(text);
      expect(t.category).not.toBe("self_harm");
      expect(["low", "medium"]).toContain(t.risk);
    });
  }
  it("a child hurting himself stays self-harm", () => {
    expect(triageReport("My son is 15 and he is hurting himself, I found cuts on his arms").category).toBe("self_harm");
  });
});
