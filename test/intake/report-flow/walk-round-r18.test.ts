/**
 * What the round-18 walkers (fresh reporters through the web chat, 4 December) found the story
 * reading missed, tried on sentences of our own of the same kinds (not the testers'): the husband
 * of the children's mother who beats "his wife and the kids" is their father, a son's arranged wife
 * is no harmer, a village head or a health worker who says so is who writes, a wedding planned for
 * next month is a time the story told (not asked again), and a commune written with its level
 * short or without tones keeps its level word in Vietnamese.
 */
import { describe, expect, it } from "vitest";
import type { ReportDraft } from "../../../src/intake/case-intake-port.ts";
import { createReportFlow } from "../../../src/intake/report-flow/report-flow.ts";
import { readStory } from "../../../src/intake/report-flow/story-reading.ts";
import type { ReportFlowDeps } from "../../../src/intake/report-flow/report-flow-types.ts";
import { findChildProvince } from "../../../src/kb/registry/child-province.ts";
import { loadRegistry } from "../../../src/kb/registry/registry.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

const registry = loadRegistry();
const deps: ReportFlowDeps = { triage: (t) => triageReport(t), findProvince: (t) => findChildProvince(registry, t) };
const now = new Date("2026-12-04T03:00:00Z");
const empty = (language: "vi" | "en"): ReportDraft => createReportFlow(deps).start({ draftId: "d", channel: "web", chatId: "c", userId: "u", language, seedText: null, now }).state.draft;
const read = (text: string, language: "vi" | "en" = "vi") => readStory(empty(language), text, deps, "fill").draft;

describe("the husband who beats his wife and the children is their father", () => {
  it.each([
    "Nhà đối diện tôi ở xã Ea Kao, Đắk Lắk, anh chồng đi nhậu về là đánh vợ với hai đứa con, bé gái 7 tuổi bị bầm mặt.",
    "ông chồng nhà bên cứ say là đập vợ con, con bé 6 tuổi khóc suốt",
    "thang chong nha kia toi nao cung danh vo va 3 dua con, dua lon 10 tuoi",
  ])("«%s»", (story) => {
    expect(read(story).harmer).toBe("father");
  });

  it("a girl's own husband in a child marriage stays her partner", () => {
    expect(read("Bé 15 tuổi bị ép lấy chồng năm ngoái, giờ chồng nó đánh nó suốt.").harmer).toBe("partner");
  });

  it("a wife arranged for a son is no harmer: the family is", () => {
    const d = read("gia dinh ho tinh cuoi vo cho thang con trai 15 tuoi sau tet, o Gia Lai");
    expect(d.harmer).not.toBe("partner");
  });
});

describe("who writes, in their own title", () => {
  it.each([
    ["Tôi là trưởng làng Plei Ốp, phường Pleiku, Gia Lai. Bé trai 6 tuổi trong làng bị bố đánh hôm qua.", "other"],
    ["tui là trưởng xóm, thằng nhỏ 10 tuổi nhà ông Tư bị đánh hoài", "other"],
    ["Tôi là già làng ở xã Ia Hrung. Một bé gái 13 tuổi bị gia đình ép cưới.", "other"],
  ])("«%s» writes as an official", (story, relation) => {
    const d = read(story);
    expect(d.reporterRelation).toBe(relation);
    expect(d.reporterRelationText ?? "").not.toBe("");
  });

  it("a health worker is said as a health worker", () => {
    const d = read("Tôi là y sĩ ở trạm y tế xã Ia Grai, Gia Lai. Bé gái 3 tuổi nhà bên bị bỏ đói nhiều ngày.");
    expect(d.reporterRelationText ?? "").toMatch(/y tế/);
  });
});

describe("a planned time is a time the story told", () => {
  it.each([
    ["Nhà bên định gả con gái 14 tuổi cho một người ở xã khác vào tháng sau, xã Ia Hrung, Gia Lai.", /tháng sau/],
    ["Họ tính tổ chức đám cưới cho cháu 15 tuổi vào ngày 12 tháng tới ở Tây Ninh.", /12 tháng tới/],
    ["gia dinh do tinh cuoi vo cho thang con 16 tuoi sau tet, o Tay Ninh", /sau tet/i],
  ])("«%s»", (story, when) => {
    expect(read(story).when ?? "").toMatch(when);
  });

  it("in English", () => {
    expect(read("Her parents plan to marry her off next month; she is 14 and lives in Gia Lai.", "en").when ?? "").toMatch(/next month/);
  });

  it("a harm already done keeps its own time", () => {
    expect(read("Bé 9 tuổi bị bố đánh hôm qua, tháng sau bố lại đi làm xa.").when).toBe("hôm qua");
  });
});

describe("a commune's level word is kept in Vietnamese", () => {
  it("'xa Ea Kao' written without tones is 'xã Ea Kao'", () => {
    expect(read("be trai 8 tuoi o thon 3 xa Ea Kao, Dak Lak bi bo danh").commune).toBe("xã Ea Kao");
  });
  it("'phuong Tan Lap' is 'phường Tan Lap'", () => {
    expect(read("chau 9 tuoi o phuong Tan Lap, Dak Lak bi me ke danh").commune).toBe("phường Tan Lap");
  });
  it("'p Tân Lập' written short with a space is the ward", () => {
    expect(read("e 15t, nữ, ở p Tân Lập, BMT, Đắk Lắk. bố em đánh em").commune).toBe("phường Tân Lập");
  });
});

describe("the parents who are told, or do not know, are not who harms", () => {
  it.each([
    "em bị đánh ở trường suốt, em không dám nói vs bố mẹ",
    "I'm 11 and I get hit at school a lot. Will my parents be told?",
    "con bé 12 tuổi bị người lạ nhắn tin dụ đi chơi, bố mẹ nó chưa biết gì",
  ])("«%s»", (story) => {
    expect(read(story, /^[\x00-\x7f]*$/.test(story) ? "en" : "vi").harmer).not.toBe("parents");
  });

  it("parents who know and still beat the child harm", () => {
    expect(read("bố mẹ nó biết mà vẫn đánh nó suốt, thằng bé 9 tuổi").harmer).toBe("parents");
  });

  it("a person on fb is someone online", () => {
    expect(read("e 15t bị 1 thằng trên fb dọa tung ảnh nếu ko gửi thêm, e ko dám nói vs bố mẹ").harmer).toBe("online_contact");
  });
});

describe("the child's province, not where a parent went to work", () => {
  it("«má nó lên Bình Dương làm công ty, gửi nó cho ông bà bên ..., Tây Ninh»", () => {
    const d = read("Con nhỏ cháu tui 7 tuổi, má nó lên Bình Dương làm công ty, gửi nó cho ông bà nội ở Gò Dầu, Tây Ninh mà ổng bả hay đánh nó.");
    expect(d.provinceName).toBe("Tây Ninh");
  });
});

describe("an English child who gives a name first", () => {
  it("«Hi, I'm Lan, a girl, 12 years old ...» reads as the child writing", () => {
    const d = read("Hi, I'm Lan, a girl, 12 years old, in grade 7 in Pleiku. My stepmother hits me with a stick when my dad is away.", "en");
    expect(d.reporterRelation).toBe("self");
  });
});

describe("a month's number is no count of children", () => {
  it.each(["từ tháng 9 cháu đã chuyển trường, giờ cháu ổn", "từ tháng 10 bé gái đó bị bỏ đói"])("«%s»", (story) => {
    expect(read(story).children ?? 1).toBe(1);
  });
  it("'2 bé' is still two", () => {
    expect(read("nhà bên có 2 bé bị bố đánh hoài").children).toBe(2);
  });
});

describe("'vừa nói' is no time", () => {
  it("«vừa nói đó, 13 với 11»", () => {
    expect(read("vừa nói đó, 13 với 11").when).toBeNull();
  });
  it("'vừa bị đánh' is today", () => {
    expect(read("thằng bé 8 tuổi vừa bị bố đánh xong").when).toBe("today");
  });
});

describe("no mark seen on the body is no child missing; a child nowhere to be found still is", () => {
  it("«trên người cũng không thấy dấu vết gì»: no missing flag", () => {
    const t = triageReport("Tôi là giáo viên ở Gia Lai. Một em nữ lớp 3 mấy tuần nay ít nói, hay ngồi một mình giờ ra chơi. Tôi hỏi thì em không kể, trên người cũng không thấy dấu vết gì.");
    expect(t.redFlags).not.toContain("child_missing");
    expect(["low", "medium"]).toContain(t.risk);
  });
  it.each([
    "Thằng bé 7 tuổi đi chăn bò từ trưa, cả xóm tìm tới giờ không thấy dấu vết gì.",
    "Con tôi 14 tuổi bỏ nhà đi hai hôm nay, tìm khắp nơi không thấy dấu vết.",
  ])("«%s» is a child missing", (story) => {
    expect(triageReport(story).redFlags).toContain("child_missing");
  });
  it("a small child eating or crying alone at home for days is still a child alone", () => {
    expect(triageReport("Bé 3 tuổi khóc một mình trong nhà, bố mẹ đi rẫy từ hôm qua chưa về.").redFlags).toContain("child_alone");
  });
});

describe("a parent away at the time is not who harms", () => {
  it.each([
    ["ba duong e hay vô phòng e lúc mẹ đi lm ca đêm, ổg sờ ng e", "stepfather"],
    ["lúc má đi chợ thì ông ngoại hay đánh thằng bé 6 tuổi", "grandparent"],
    ["mẹ đi làm suốt, ở nhà bố hay đánh em", "father"],
  ])("«%s»", (story, harmer) => {
    expect(read(story).harmer).toBe(harmer);
  });
  it("a parent who comes home from work and beats the child harms", () => {
    expect(read("mẹ đi làm về là đánh em, em 10 tuổi").harmer).toBe("mother");
  });
});

describe("the writer's sister beside the children is the grown-up, not the children's sex", () => {
  it("«Em gái tôi đi làm từ sáng, khóa 2 đứa nhỏ ...»: sex not known", () => {
    expect(read("Em gái tôi đi làm từ sáng, khóa 2 đứa nhỏ 3 tuổi và 1 tuổi trong phòng trọ ở phường Tân An, Đắk Lắk").childSex).toBeNull();
  });
  it("«chị gái tôi bỏ đi, để lại thằng bé 5 tuổi»: a boy", () => {
    expect(read("chị gái tôi bỏ đi, để lại thằng bé 5 tuổi").childSex).toBe("male");
  });
  it("«em gái tôi 5 tuổi bị bố đánh»: the sister is the child", () => {
    expect(read("em gái tôi 5 tuổi bị bố đánh").childSex).toBe("female");
  });
});

describe("who someone claims to be is not who harms", () => {
  it("«quen một người trên Zalo tự xưng là học sinh lớp 9, ...»", () => {
    expect(read("Cháu tôi 13 tuổi quen một người trên Zalo tự xưng là học sinh lớp 9, đã gửi cho hắn ảnh nhạy cảm, giờ hắn dọa tung lên mạng.").harmer).toBe("online_contact");
  });
  it("a classmate who beats the child is still a peer", () => {
    expect(read("thằng bạn cùng lớp hay đánh thằng bé 11 tuổi ở trường").harmer).toBe("peer");
  });
});

describe("second reading of the round-18 changes: what must not change", () => {
  it.each([
    ["Thằng nhỏ 10 tuổi sợ bố nó biết chuyện sẽ đánh chết nó.", "father"],
    ["Tội thằng bé 9 tuổi vì ba má nó không biết dạy con nên đánh nó bằng roi mây.", "parents"],
    ["Con bé 8 tuổi nhà bên mà bố mẹ nó không biết thương, suốt ngày đánh chửi nó.", "parents"],
    ["Chồng tôi đánh vợ và con riêng của tôi, cháu 9 tuổi.", "stepfather"],
    ["Bé 16 tuổi đã bị ép lấy chồng, chồng nó đánh vợ con thường xuyên, con nó mới 1 tuổi.", "partner"],
  ])("«%s» keeps who harms", (story, harmer) => {
    expect(read(story, /^[\x00-\x7f]*$/.test(story) ? "en" : "vi").harmer).toBe(harmer);
  });

  it("«I'm scared my dad will find out, he hits me with a belt»: the fact module keeps the father", () => {
    expect(extractReportFacts("I'm scared my dad will find out, he hits me with a belt. I'm 12.").harmer).toBe("father");
  });

  it.each([
    "Tôi là cô giáo ở Pleiku. Em Nam 9 tuổi lớp tôi bị bố đánh, người đầy vết bầm. Ngày 20 tháng sau trường họp phụ huynh.",
    "Cháu 10 tuổi ở Tây Ninh bị bố dượng đánh bầm tím. Sau tết tôi định đón cháu về ở với tôi.",
  ])("«%s»: a date that is not the harm's is no time", (story) => {
    expect(read(story).when).toBeNull();
  });

  it("'sau Tết' written with tones is said with tones", () => {
    expect(read("Gia đình định cưới chồng cho bé 15 tuổi sau Tết, ở Gia Lai.").when).toBe("sau tết");
  });
});

describe("walk 19: a mother's husband, in English, is the stepfather", () => {
  it("«My mom's husband comes into my room at night»", () => {
    expect(read("I'm 14 and I live in Buon Ma Thuot. My mom's husband comes into my room at night and touches me.", "en").harmer).toBe("stepfather");
  });
});

describe("walk 19: the reporter asking whether their report is kept secret is no child told to keep a secret", () => {
  it.each(["Có giữ bí mật cho tui không?", "co giu bi mat khong a, em so me biet"])("«%s»", (asked) => {
    expect(triageReport(`Cháu tôi 8 tuổi ở Huế hay bị ông hàng xóm gọi vào nhà cho kẹo. ${asked}`).redFlags).not.toContain("secrecy");
  });
  it("a child told to keep a secret still is", () => {
    expect(triageReport("Con bé 9 tuổi kể ông hàng xóm sờ soạng nó rồi dặn phải giữ bí mật.").redFlags).toContain("secrecy");
  });
});
