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
