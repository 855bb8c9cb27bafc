import { describe, expect, it } from "vitest";
import { detectIntent, detectLanguage, findRecommendationNumber, contentTerms } from "../../src/qa/question-parser.ts";
import { editDistance, createTypoCorrector } from "../../src/qa/fuzzy-lookup.ts";
import { foldKey } from "../../src/core/vietnamese-text.ts";

describe("question understanding", () => {
  it("tells English from Vietnamese typed without diacritics", () => {
    expect(detectLanguage("Who is responsible for child-related crime prevention in Gia Lai?")).toBe("en");
    expect(detectLanguage("dak lak cong an tinh co nhiem vu gi trong bao ve tre em")).toBe("vi");
    expect(detectLanguage("Ai phụ trách bảo vệ trẻ em ở tỉnh Cà Mau?")).toBe("vi");
  });

  it("recognises the kinds of question officials ask", () => {
    const intent = (q: string, agency = false) => detectIntent(foldKey(q), agency, findRecommendationNumber(foldKey(q)));
    expect(intent("Khuyến nghị số 78 do cơ quan nào chủ trì?")).toBe("recommendation");
    expect(intent("recommendation 12: who leads?")).toBe("recommendation");
    expect(intent("So sánh thời hạn báo cáo của Đắk Lắk và Gia Lai")).toBe("compare");
    expect(intent("Ai ký kế hoạch 26/KH-UBND?")).toBe("plan_details");
    expect(intent("Kế hoạch của Gia Lai thực hiện văn bản nào?")).toBe("legal_basis");
    expect(intent("Sở Tư pháp có nhiệm vụ gì?", true)).toBe("duties");
    expect(intent("Cơ quan nào tham mưu bố trí kinh phí?")).toBe("lead");
    expect(intent("Kinh phí vận động quốc tế là bao nhiêu?")).toBe("budget");
    expect(intent("Báo cáo năm gửi trước ngày nào?")).toBe("reporting");
    expect(intent("Mục tiêu tỷ lệ suy dinh dưỡng năm 2016?")).toBe("target");
    expect(intent("Văn phòng tư vấn ở những huyện nào?")).toBe("fact");
  });

  it("keeps only the words a question is about", () => {
    const terms = contentTerms(foldKey("Ở Đắk Lắk, cơ quan nào chủ trì chương trình nâng cao năng lực?"), ["dak lak"], "vi");
    expect(terms).toEqual(["chuong", "trinh", "nang", "cao", "nang", "luc"]);
    expect(contentTerms("who leads child crime prevention", [], "en")).toEqual(expect.arrayContaining(["toi", "pham", "phong", "ngua"]));
  });

  it("reads a content word one letter off as the word the plans use", () => {
    expect(editDistance("phong", "phogn", 2)).toBe(2);
    expect(editDistance("huyen", "huyn")).toBe(1);
    const correct = createTypoCorrector(new Set(["huyen", "chuong", "trinh"]));
    expect(correct(["huyn", "chuogn", "xyz"])).toEqual(["huyen", "chuogn", "xyz"]);
  });
});
