import { describe, expect, it } from "vitest";
import { triageRules as triageReport } from "../../../src/intake/triage/triage-rules.ts";
import { riskRank, type TriageCategory } from "../../../src/intake/triage/triage-types.ts";

describe("triageReport: emergencies", () => {
  const emergencies: Array<[string, string]> = [
    ["violence in progress", "Ông ta đang đánh con bé ngoài ngõ, tôi nghe tiếng bé khóc thét"],
    ["child unconscious", "Thằng bé bị đánh xong nằm bất động dưới đất"],
    ["intent to self-harm", "Em chán sống lắm rồi, mai em sẽ nhảy cầu"],
    ["abduction under way", "Hai người lạ vừa kéo bé gái lên ô tô rồi phóng đi"],
    ["child alone and ill", "Bé 4 tuổi sốt cao mà ở nhà một mình, bố mẹ đi vắng"],
    ["child with the abuser tonight", "Chú dượng hay sờ soạng bé, tối nay mẹ bé đi vắng, bé ở nhà với chú ta"],
    ["sexual abuse by a parent at home", "Bố đẻ của bé thường xuyên giở trò đồi bại với bé"],
    ["a baby left behind", "Có người để lại trẻ sơ sinh ở bãi rác đầu làng"],
    ["a child missing since this morning", "Con tôi 6 tuổi mất tích từ sáng nay"],
    ["English, violence right now", "A man is hitting a small boy in the park right now"],
  ];
  for (const [what, text] of emergencies) {
    it(`marks an emergency when ${what}`, () => {
      expect(triageReport(text).risk).toBe("emergency");
    });
  }

  it("names the red flag an officer filters on", () => {
    expect(triageReport("Bố đang đánh em bằng gậy").redFlags).toContain("violence_in_progress");
    expect(triageReport("em muốn tự tử").redFlags).toContain("self_harm_intent");
    expect(triageReport("Bé bị bắt cóc ở cổng chợ").redFlags).toContain("abduction_in_progress");
    expect(triageReport("Bố đánh bé 4 tuổi bầm tím").redFlags).toEqual(expect.arrayContaining(["caregiver_is_abuser", "child_under_6"]));
  });
});

describe("triageReport: categories", () => {
  const examples: Array<[TriageCategory, string]> = [
    ["sexual_abuse", "Thầy dạy đàn sờ soạng học trò nữ 11 tuổi trong giờ học riêng"],
    ["physical_violence", "Mẹ kế dùng roi đánh thằng bé đến bầm tím lưng"],
    ["emotional_abuse", "Bố mẹ cháu suốt ngày chửi mắng, xúc phạm cháu là đồ vô dụng"],
    ["neglect_abandonment", "Hai đứa nhỏ bị bỏ đói, không ai chăm sóc từ khi mẹ đi"],
    ["labour_exploitation", "Chủ lò gạch thuê trẻ 12 tuổi bốc vác cả ngày"],
    ["trafficking_abduction", "Có đường dây lừa bán các em gái sang Trung Quốc"],
    ["child_marriage", "Gia đình ép con gái 14 tuổi lấy chồng"],
    ["online_abuse", "Người lạ trên Facebook đòi con tôi gửi ảnh khỏa thân"],
    ["bullying", "Con tôi bị bạn cùng lớp bắt nạt, trấn tiền"],
    ["self_harm", "Con tôi hay tự rạch tay khi buồn"],
    ["other", "Cho tôi hỏi chế độ trợ cấp cho trẻ mồ côi"],
  ];
  for (const [category, text] of examples) {
    it(`recognises ${category}`, () => {
      expect(triageReport(text).category).toBe(category);
    });
  }

  it("treats violence between classmates as bullying, violence by a parent as physical violence", () => {
    expect(triageReport("Con tôi bị bạn cùng lớp đánh chảy máu mũi").category).toBe("bullying");
    expect(triageReport("Con tôi bị bố dượng đánh chảy máu mũi").category).toBe("physical_violence");
  });
});

describe("triageReport: risk levels", () => {
  it("raises risk for very young children", () => {
    const older = triageReport("Bé 10 tuổi bị cô trông trẻ tát");
    const younger = triageReport("Bé 3 tuổi bị cô trông trẻ tát");
    expect(riskRank(younger.risk)).toBeGreaterThan(riskRank(older.risk));
    expect(younger.redFlags).toContain("child_under_6");
  });

  it("rates repeated violence by a parent at least high", () => {
    expect(riskRank(triageReport("Bố nó thường xuyên đánh nó").risk)).toBeGreaterThanOrEqual(riskRank("high"));
  });

  it("keeps insults and threats at medium", () => {
    expect(triageReport("Mẹ hay mắng chửi con bé, dọa không cho ăn cơm").risk).toBe("medium");
  });
});

describe("triageReport: negation and hypotheticals", () => {
  it("does not count violence that the report denies", () => {
    const result = triageReport("Bé không bị đánh, chỉ hay khóc đêm");
    expect(result.category).toBe("other");
    expect(result.risk).toBe("low");
    expect(result.reasons.join(" ")).toContain("phủ định");
  });

  it("still counts the harm that is not denied", () => {
    expect(triageReport("Bé không bị đánh nhưng bị bỏ đói nhiều ngày").category).toBe("neglect_abandonment");
  });

  it("reads 'không muốn sống' as intent to die, not as a negation", () => {
    expect(triageReport("em không muốn sống nữa").risk).toBe("emergency");
  });

  it("treats a general question about abuse as a non-report", () => {
    const result = triageReport("Nếu phát hiện trẻ bị bạo hành thì phải báo cho ai?");
    expect([result.risk, result.category]).toEqual(["low", "other"]);
  });

  it("does not treat a child's own question about their father's beatings as general", () => {
    expect(triageReport("bố em đánh em suốt, em phải làm sao?").risk).not.toBe("low");
  });

  it("lowers a threatened future beating below an actual one", () => {
    const threat = triageReport("Nếu điểm kém thì bố sẽ đánh bằng roi");
    const actual = triageReport("Bố đánh bằng roi");
    expect(riskRank(threat.risk)).toBeLessThan(riskRank(actual.risk));
  });
});

describe("triageReport: teen-speak and English", () => {
  it("expands chat abbreviations", () => {
    expect(triageReport("e ko mun song nua, bj e chi mun chit").risk).toBe("emergency");
    expect(triageReport("e bi ban trong lop tran tien hk dc di hoc").category).toBe("bullying");
  });

  it("triages English reports", () => {
    const result = triageReport("My stepfather touches me at night and tells me not to tell anyone");
    expect(result.category).toBe("sexual_abuse");
    expect(riskRank(result.risk)).toBeGreaterThanOrEqual(riskRank("high"));
  });
});

describe("triageReport: non-reports and odd input", () => {
  for (const text of ["", "   ", "Xin chào", "hello", "Cảm ơn nhé", "???", "ko"]) {
    it(`gives low / other for ${JSON.stringify(text)}`, () => {
      const result = triageReport(text);
      expect([result.risk, result.category]).toEqual(["low", "other"]);
    });
  }

  it("does not mistake 'ẩn danh' or 'đánh giá' for a beating", () => {
    expect(triageReport("Tôi muốn báo ẩn danh, cô giáo đánh giá con tôi học kém").category).not.toBe("physical_violence");
  });
});

describe("triageReport: reasons", () => {
  it("quotes the words that triggered each rule, in Vietnamese and English", () => {
    const result = triageReport("Bé 5 tuổi bị bố dượng đánh đập bằng gậy");
    expect(result.reasons.some((r) => r.includes("đánh đập"))).toBe(true);
    expect(result.reasonsEn.length).toBe(result.reasons.length);
    expect(result.reasonsEn.some((r) => r.includes("severe violence"))).toBe(true);
  });

  it("reports the child's age it read", () => {
    expect(triageReport("Con tôi học lớp 7 bị bắt nạt").childAge).toMatchObject({ min: 12, max: 13 });
  });

  it("makes the case an emergency when the reporter says a child is in danger now, whatever the words", () => {
    const result = triageReport("có chuyện ở nhà bên", { dangerNow: true });
    expect(result.risk).toBe("emergency");
    expect(result.redFlags).toContain("reporter_says_danger_now");
  });

  it("uses an age given apart from the narrative", () => {
    expect(triageReport("Bé bị bỏ đói", { childAge: 2 }).redFlags).toContain("child_under_6");
  });
});

describe("triageReport: determinism", () => {
  it("gives the same answer every time", () => {
    const text = "Bố dượng đang đánh bé 5 tuổi, bé chảy máu";
    expect(triageReport(text)).toEqual(triageReport(text));
  });
});

describe("triageReport: everyday sentences that share words with abuse", () => {
  const ordinary = [
    "em sợ người lạ lắm",
    "tôi đánh răng cho bé mỗi tối",
    "con tôi đang học lớp 5",
    "từ từ rồi kể cho cô nghe",
    "bạn em sang chơi nhà tôi",
    "bé đi đón mẹ ở chùa",
    "Nhà tôi có nuôi con bò, bé hay ra chăn bò cùng ông",
    "Hôm qua bé bị ngã xe đạp, trầy chân một chút",
  ];
  for (const text of ordinary) {
    it(`keeps "${text}" low`, () => {
      expect(triageReport(text).risk).toBe("low");
    });
  }

  it("prefers a stated age over the age a school stage implies", () => {
    expect(triageReport("Bé nhà tôi 3 tuổi hay khóc khi đi nhà trẻ").childAge).toMatchObject({ min: 3, max: 3 });
  });
});

describe("triageReport: danger within hours without the obvious words", () => {
  const risk = (text: string) => triageReport(text).risk;

  it("reads a goodbye, a child on a rooftop or pills hoarded for tonight as an emergency", () => {
    expect(risk("Con bé vừa viết thư từ biệt để trên bàn rồi đi ra ngoài, gọi không bắt máy")).toBe("emergency");
    expect(risk("e chán lắm r, e đang đứng trên sân thượng chung cư")).toBe("emergency");
    expect(risk("nó gom hết thuốc huyết áp của ba để trong phòng, nói tối nay ngủ một giấc cho xong")).toBe("emergency");
  });

  it("reads bleeding that does not stop, a child who stopped crying, and a child swept away as a life at risk", () => {
    expect(risk("e cắt tay sâu quá máu chảy ko cầm đc")).toBe("emergency");
    expect(risk("thằng bé 4 tuổi bị bỏ ở phòng trọ 3 hôm rồi, hôm nay không nghe tiếng nữa")).toBe("emergency");
    expect(risk("một đứa bị nước lũ cuốn ra giữa dòng rồi")).toBe("emergency");
  });

  it("reads a child led into a motel just now, a forced wedding tomorrow morning and a child on a bus to the border as emergencies", () => {
    expect(risk("Tôi thấy một ông già dắt bé gái khoảng 7 tuổi vào nhà nghỉ, vừa mới đây thôi")).toBe("emergency");
    expect(risk("e 16t, ba e nhận tiền sính lễ rồi, sáng mai nhà trai xuống rước dâu, e hổng muốn lấy chồng")).toBe("emergency");
    expect(risk("Em gái em 15t quen 1 anh trên fb hứa xin việc lương cao bên TQ, giờ nó đang trên xe ra Lạng Sơn")).toBe("emergency");
  });

  it("reads a 13-year-old driven out at 11 p.m. and alone at a bus stop as an emergency", () => {
    expect(risk("mẹ đuổi em ra khỏi nhà lúc 11h đêm, em 13t đang ngồi ở trạm xe buýt 1 mình")).toBe("emergency");
  });
});

describe("triageReport: the past, rumours and topics", () => {
  it("lowers a question about abuse that is over and dealt with, keeping its kind", () => {
    const r = triageReport("Năm ngoái cháu tôi bị bố đẻ đánh gãy tay, vụ việc đã được công an xử lý. Tôi muốn hỏi thủ tục xin trợ cấp?");
    expect([r.risk, r.category]).toEqual(["low", "physical_violence"]);
  });

  it("keeps the emergency when a past harm comes back now", () => {
    expect(triageReport("Năm ngoái con tôi từng tự tử, giờ nó lại nói muốn chết, tôi phải làm sao?").risk).toBe("emergency");
  });

  it("files a question about preventing suicide, bullying or child marriage under its topic, at low risk", () => {
    expect(triageReport("Trường tôi muốn tổ chức buổi nói chuyện phòng chống tự tử cho học sinh, có tổ chức nào hỗ trợ không?")).toMatchObject({ risk: "low", category: "self_harm" });
    expect(triageReport("Hội phụ nữ xã muốn làm truyền thông chống tảo hôn, xin hỏi có tài liệu mẫu nào không?")).toMatchObject({ risk: "low", category: "child_marriage" });
  });

  it("does not read 'đăng ảnh' (posting) or 'đáng ngờ' (suspicious) as 'đang' (happening now)", () => {
    expect(triageReport("thằng ny cũ của e đăng ảnh nóng e lên group trường rồi, e mới 15").risk).toBe("high");
    expect(triageReport("Chú tôi định đưa con gái 17 tuổi đi du học qua một công ty, tôi thấy đáng ngờ").risk).not.toBe("emergency");
  });

  it("reads the Southern 'hổng' as 'không'", () => {
    expect(triageReport("ba má hổng cho nó đi học, bắt đi bán vé số").reasons.join(" ")).toContain("nghỉ học");
  });
});
