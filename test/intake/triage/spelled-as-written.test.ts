/**
 * A word written with its own diacritics is that word (walk 32): "cắt sâu hơn mọi lần" (deeper than every time) is no "hôn môi"
 * (a kiss on the lips); typed without marks ("hon moi") it may be either, and a kiss still reads as one. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("a word spelt with its own marks is read as that word", () => {
  it.each([
    "tối qua em rạch tay sâu hơn mọi lần, em mệt lắm",
    "bé nhà tôi dạo này cao hơn mọi đứa trong lớp nhưng hay bị bạn bắt nạt, đánh bầm tay",
    "em buồn hơn mọi ngày, em lấy dao lam cứa tay",
    "thằng bé gầy hơn mọi khi, bố nó đánh nó suốt",
    "Bà ấy ốm hơn trước, nằm một chỗ, cháu phải tự nấu ăn",
  ])("«%s» raises no sexual contact", (text) => {
    expect(triageReport(text).redFlags).not.toContain("sexual_contact");
    expect(triageReport(text).reasons.join(" ")).not.toMatch(/tình dục/);
  });

  it.each([
    "ông hàng xóm kéo bé vào nhà rồi hôn môi bé",
    "ong hang xom keo be vao nha roi hon moi be",
    "chú ấy hay ôm hôn con bé lúc không có ai",
    "thầy giáo cưỡng hôn em trong phòng",
  ])("«%s» still raises sexual contact", (text) => {
    expect(triageReport(text).redFlags).toContain("sexual_contact");
  });

  it("'hôn mê' (unconscious) is still read as a life at risk, 'hơn mê' is not a word it knows", () => {
    expect(triageReport("bé bị bố đánh giờ đang hôn mê trong nhà").redFlags).toContain("life_at_risk");
  });
});
