import { describe, expect, it } from "vitest";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

describe("facts a report states", () => {
  it("reads a whole story: the child, who harms, who writes, when, where", () => {
    const f = extractReportFacts("Tôi là giáo viên chủ nhiệm: một học sinh nữ 11 tuổi ở xã Ia Grai kể bị chú ruột sờ soạng nhiều lần, lần gần nhất là tuần trước.");
    expect(f).toMatchObject({ sex: "female", harmer: "relative", reporter: "teacher", commune: "xã Ia Grai" });
    expect(f.age).toMatchObject({ min: 11, max: 11 });
    expect(f.times).toEqual(expect.arrayContaining(["recent", "repeated"]));
  });

  it("tells a stepfather from a father and keeps the relation nearest the harm", () => {
    expect(extractReportFacts("Con bé bị bố dượng đánh").harmer).toBe("stepfather");
    expect(extractReportFacts("Mẹ cháu kể cháu bị ông hàng xóm sờ người").harmer).toBe("neighbour");
    expect(extractReportFacts("my stepdad hits me when mom is at work").harmer).toBe("stepfather");
  });

  it("does not read 'bỏ' (leave) as 'bố' (father) in text without diacritics", () => {
    expect(extractReportFacts("thang be bi bo mac o nha mot minh").harmer).toBeNull();
  });

  it("knows a child writing about themself", () => {
    expect(extractReportFacts("em sợ lắm, bố em say rượu về là đánh em").reporter).toBe("child_self");
    expect(extractReportFacts("Con tôi bị bạn cùng lớp đánh").reporter).toBe("parent");
  });

  it("reads now, tonight and the past apart", () => {
    expect(extractReportFacts("ông ta đang đánh con bé ngoài sân").when).toBe("now");
    expect(extractReportFacts("tối nay nó lại phải ở nhà với ông ta").when).toBe("tonight");
    expect(extractReportFacts("năm ngoái cháu bị đánh, giờ ổn rồi")).toMatchObject({ when: "past", resolved: true });
  });

  it("reads suspicion, injuries, a child alone, several children and a phone number", () => {
    expect(extractReportFacts("tôi nghi thằng bé bị đánh").suspected).toBe(true);
    expect(extractReportFacts("bé bị đánh chảy máu đầu").injury).toBe("needs_care");
    expect(extractReportFacts("bé nằm bất động sau khi bị đánh").injury).toBe("severe");
    expect(extractReportFacts("hai bé ở nhà một mình").alone).toBe(true);
    expect(extractReportFacts("hai bé ở nhà một mình").children).toBe(2);
    expect(extractReportFacts("gọi lại cho tôi số 0912 345 678 nhé").phone).toBe("0912 345 678");
  });
});
