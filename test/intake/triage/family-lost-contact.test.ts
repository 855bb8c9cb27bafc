/**
 * "gia đình mất liên lạc": a family that has lost contact with a child is a missing child. The farewell reading
 * ("em sẽ biến mất", "định biến mất", a child's wish to disappear, not a child gone) must not swallow "gia đình"
 * ("gia dinh" folded reads like "định") or "tỉnh" ("tinh" folded reads like "tính") before the words of a child missing.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const flags = (text: string) => triageReport(text).redFlags;

describe("a family that lost contact with a child", () => {
  it.each([
    "Con gái tôi 14 tuổi đi theo một người quen lên thành phố làm phục vụ quán từ tuần trước, gia đình mất liên lạc từ hôm thứ bảy.",
    "Thằng bé 15 tuổi ra Hà Nội bán hàng theo lời rủ của người lạ, đến nay gia đình không liên lạc được nữa.",
    "chau gai 13 tuoi di lam thue o tinh khac tu thang truoc, gia dinh mat lien lac may hom nay roi",
  ])("%s → child missing", (text) => {
    expect(flags(text)).toContain("child_missing");
  });

  it.each([
    "Em trai tôi 15 tuổi nhắn là em sẽ biến mất, em mệt lắm rồi.",
    "Bé 13 tuổi viết trên mạng là bé định biến mất khỏi cuộc đời này.",
    "con be 14t tinh bien mat cho ca nha nhe no",
  ])("a farewell, not a child gone: %s → no child missing", (text) => {
    expect(flags(text)).not.toContain("child_missing");
  });
});
