/**
 * A child held for money is an abduction happening now; a demand for money to keep images private
 * is sextortion, not trafficking (a reviewer found "đòi 5 triệu" read as a ransom, and the fix
 * first lost the ransom).
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("money demanded for a child", () => {
  it.each([
    "Có người giữ con tôi 14 tuổi, gọi về đòi 100 triệu mới cho về",
    "Bọn nó bắt thằng bé đi rồi, đòi 50 triệu thì thả",
  ])("a child held until money is paid is an emergency abduction: %s", (text) => {
    const t = triageReport(text);
    expect(t.risk).toBe("emergency");
    expect(t.category).toBe("trafficking_abduction");
    expect(t.redFlags).toContain("abduction_in_progress");
  });

  it.each([
    "Con trai tôi 14 tuổi bị một tài khoản lạ dụ gửi ảnh nóng, giờ nó đòi 5 triệu trước 8 giờ tối mai không thì tung lên nhóm lớp",
    "nó đòi 5 triệu thì mới trả ảnh lại cho con bé",
  ])("money demanded for images is not read as trafficking: %s", (text) => {
    const t = triageReport(text);
    expect(t.redFlags).not.toContain("trafficking");
    expect(t.redFlags).not.toContain("abduction_in_progress");
  });
});

describe("a child held for a ransom is an emergency whatever the model says", () => {
  it.each([
    "they have my little brother and are asking for a ransom",
    "Two men grabbed my niece outside school and now want a ransom, please help",
    "có nhóm người giữ thằng cháu tôi ở nhà nghỉ, gọi về đòi tiền chuộc",
    "con tôi bị nhốt bên kia biên giới, tụi nó đòi 80 triệu chuộc mới thả",
  ])("%s", (text) => {
    const t = triageReport(text);
    expect(t.risk).toBe("emergency");
    expect(t.category).toBe("trafficking_abduction");
  });

  it.each([
    "hồi năm 2022 cháu tôi bị bắt cóc đòi tiền chuộc, đã được giải cứu, giờ cháu ổn, tôi muốn hỏi hỗ trợ tâm lý",
    "nếu con bị bắt giữ đòi tiền chuộc thì nên gọi 113 hay 111 trước?",
    "my son was kidnapped for ransom two years ago and was rescued; where can he get counselling?",
  ])("not when it is over or asked as a what-if: %s", (text) => {
    expect(triageReport(text).redFlags).not.toContain("held_for_ransom");
  });
});
