/**
 * A child's wedding set for tomorrow, said the way people say it: a bare "mai" before the wedding's own words ("mai làm
 * lễ", "mai đám cưới", "mai ăn hỏi", "mai đón dâu") is tomorrow, as "ngày mai" is: a forced marriage happening by
 * tomorrow is an emergency (DESIGN, triage contract). A wedding talked of for later, or "mai mốt" (some day), is not.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("a child's wedding tomorrow, said with a bare 'mai'", () => {
  it.each([
    "Con bé hàng xóm mới 14 tuổi bị bố ép gả cho người ta, mai làm lễ, nó khóc suốt.",
    "chi oi, em 15 tuoi, bo me bat em lay chong, mai lam le roi, em khong muon",
    "Nhà bên gả đứa con gái 13 tuổi cho người ta, mai đám cưới, con bé bị giữ trong nhà không cho đi học.",
    "Cháu gái tôi 14 tuổi, mai ăn hỏi với một người đàn ông 30 tuổi, cháu không chịu mà bố mẹ ép.",
    "đứa em họ 15t của e bị ép cưới, mai đón dâu r, e phải làm sao",
  ])("«%s» is an emergency with the marriage imminent", (text) => {
    const r = triageReport(text);
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("marriage_imminent");
  });

  it.each([
    "Con bé 16 tuổi nhà bên, bố mẹ nó tính sang năm làm lễ cưới cho nó với con trai nhà kia.",
    "mai mốt lớn lên con bé lấy ai thì lấy, giờ nó mới 12 tuổi, tôi chỉ hỏi cho biết.",
    "Mai làm lễ cúng giỗ ông nội, cháu 10 tuổi phải nghỉ học một hôm, vậy có sao không?",
  ])("«%s» is no imminent child marriage", (text) => {
    expect(triageReport(text).redFlags).not.toContain("marriage_imminent");
  });
});
