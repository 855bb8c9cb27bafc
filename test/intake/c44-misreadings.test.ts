/**
 * Issue 13 (fixer C44): facts the reporter conversation misread, tested on the reading itself (rules only, no trained model, so
 * what is asserted is what the rules and facts state). Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { extractReportFacts } from "../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../src/intake/triage/triage-model.ts";

const rules = (text: string) => triageReport(text, {}, null);
const RANK = { low: 0, medium: 1, high: 2, emergency: 3 } as const;

describe("a relation word before «của <person>» names that person's relative, not the person", () => {
  it.each([
    "Mẹ của đứa bạn cùng lớp với cháu tôi hay véo tai cháu ở cổng trường.",
    "Me cua thang ban cung lop voi chau toi hay veo tai chau o cong truong.",
    "Ông nội của con bạn cùng lớp bé Na cứ tát bé mỗi lần gặp.",
  ])("«%s»: not the classmate", (text) => {
    const f = extractReportFacts(text);
    expect(f.harmer).not.toBe("peer");
    expect(f.harmer).not.toBeNull();
  });
  it.each([
    "Đứa bạn cùng lớp hay véo tai cháu tôi ở cổng trường.",
    "Thang ban cung lop hay veo tai chau toi o cong truong.",
  ])("«%s»: the classmate still harms", (text) => {
    expect(extractReportFacts(text).harmer).toBe("peer");
  });
});

describe("«không phải X, nhưng Y thì có» tells that Y did it", () => {
  it.each([
    "Tôi là bảo mẫu, tôi không phải người tát cháu bé, nhưng bà chủ nhà thì có.",
    "Toi la bao mau, toi khong phai nguoi tat chau be, nhung ba chu nha thi co.",
    "Tôi không phải người đánh thằng bé mà là chú nó.",
    "I am not the one who beats him, but his uncle does.",
  ])("«%s»: violence is read", (text) => {
    const r = rules(text);
    expect(r.category).toBe("physical_violence");
    expect(r.reasons.join(" ")).not.toMatch(/phủ định|negated/);
  });
  it.each([
    "Tôi là bảo mẫu, tôi không phải người tát cháu bé, nhưng tôi có thấy vết đỏ trên má.",
    "Không phải ai đánh cháu đâu, cháu bị ngã xe.",
    "I am not the one who beats him, but I heard about it.",
  ])("«%s»: no one is said to hit", (text) => {
    expect(rules(text).reasons.join(" ")).not.toMatch(/"(?:tát|tat|beats him)": (?:bạo lực thể chất|physical violence)/);
  });
});

describe("a small child alone for days is danger now", () => {
  it.each([
    "Thằng bé 4 tuổi bị khóa trong phòng một mình từ hôm kia tới giờ.",
    "Thang be 4 tuoi bi khoa trong phong mot minh tu hom kia toi gio.",
    "Bé gái 2 tuổi bị để ở nhà một mình từ bữa kia, không ai cho ăn.",
    "The 4 year old has been locked in the flat alone since the day before yesterday.",
  ])("«%s»: emergency", (text) => {
    expect(rules(text).risk).toBe("emergency");
  });
  it("a 4-year-old alone for an hour this morning is not an emergency", () => {
    expect(rules("Sáng nay bé 4 tuổi ở nhà một mình chừng mười phút lúc mẹ ra chợ.").risk).not.toBe("emergency");
  });
});

describe("a child to be sent out to work again tonight", () => {
  it.each([
    "Thằng bé 14 tuổi bị chú bắt đi bán bánh mì ngoài chợ đêm. Tối nay chắc nó lại phải đi bán.",
    "Thang be 14 tuoi bi chu bat di ban banh mi ngoai cho dem. Toi nay chac no lai phai di ban.",
  ])("«%s»: at least high, with tonight in the reasons", (text) => {
    const r = rules(text);
    expect(RANK[r.risk]).toBeGreaterThanOrEqual(RANK.high);
    expect(r.reasons.join(" ")).toMatch(/tối nay|tonight/i);
  });
  it("work told as done with no tonight stays below high for a 14-year-old", () => {
    expect(rules("Năm ngoái thằng bé 14 tuổi có phụ bán bánh mì cho chú vài tuần hè.").reasons.join(" ")).not.toMatch(/tối nay/);
  });
});

describe("injuries typed without diacritics", () => {
  it.each([
    "thang be bi bo no nem cuc gach trung dau, chay mau nhieu",
    "con be bi me ke danh bi u dau",
    "bo no dap chau toi dau dau ca dem",
    "be bi chu danh gay tay phai bo bot",
    "tay chan con be bam tim vi bi danh",
  ])("«%s»: an injury or a weapon is read", (text) => {
    const r = rules(text);
    expect(r.redFlags.some((f) => /injury|weapon|life_at_risk/.test(f))).toBe(true);
  });
  it.each([
    "chau be dau roi, thang cha no lay gach nem",
    "con trai toi bi thang cha no choi gach vo nguoi",
  ])("«%s»: a brick thrown at the child is a weapon", (text) => {
    expect(rules(text).redFlags).toContain("weapon");
  });
  it.each([
    "be hay bi dau dau khi hoc bai nhieu",
    "bo no lay gach xay tuong rao",
  ])("«%s»: no injury, no weapon", (text) => {
    expect(rules(text).redFlags.filter((f) => /injury|weapon/.test(f))).toEqual([]);
  });
});

describe("the spouse of a writer who is no parent of the child is no parent", () => {
  it.each([
    "Tôi là bảo mẫu của bé, tôi không phải người tát bé, nhưng chồng tôi thì có.",
    "Toi la co giao cua be, toi khong phai nguoi tat be, nhung chong toi thi co.",
  ])("«%s»: not the father", (text) => {
    const f = extractReportFacts(text);
    expect(f.harmer).not.toBe("father");
    expect(f.harmerQuote ?? "").toMatch(/chồng|chong/);
  });
  it("a mother's «chồng tôi» is still the father", () => {
    expect(extractReportFacts("Tôi là mẹ bé, chồng tôi hay tát bé mỗi khi say.").harmer).toBe("father");
  });
});

describe("a parent typed without tones after «bị» is who harms", () => {
  it.each([
    ["thay chau bi me danh hoai", "mother"],
    ["con be bi bo chui suot ngay", "father"],
  ])("«%s»: %s", (text, who) => {
    expect(extractReportFacts(text).harmer).toBe(who);
  });
  it("«bi bo doi» is no parent («bỏ đói», starved)", () => {
    expect(extractReportFacts("chau be bi bo doi may ngay").harmer).not.toBe("father");
  });
});
