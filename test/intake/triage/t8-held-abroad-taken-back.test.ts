/**
 * Emergencies the triage contract names that the rules read and the model outweighed (DESIGN "Triage contract": danger
 * now, tonight or by tomorrow; abduction or transfer happening; an injury that needs care):
 * - a child held now by traffickers (abroad, at a "company") who is beaten there, held for money, or threatened with being
 *   sold on: the transfer is happening, the danger is tonight;
 * - a small child badly injured (surgery, fractures), abuse suspected, and the people suspected there now demanding to take
 *   the child home: tonight the child is with them.
 * Past, rescued, hypothetical and negated tellings do not raise. Sentences written for this test, in no corpus file.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const HELD_NOW = [
  "Con gái tôi 16 tuổi bị dụ sang Lào làm quán karaoke, giờ họ nhốt nó trong phòng, nó nhắn là bị chủ đánh bầm người",
  "thang em toi 15t bi lua qua Myanmar, bi giu o khu cong ty, tuan nay bi danh dien, xin cuu no",
  "my cousin is 17, lured to a scam compound in Cambodia, they keep her locked up and beat her when she misses targets",
  "cháu tôi 14 tuổi bị đưa qua biên giới, bọn chúng giữ không cho về, dọa nếu nhà không gửi tiền sẽ bán nó sang chỗ khác",
  "chau gai toi 16 tuoi quen ban tren mang roi sang Campuchia, gio bi nhot, ho doi 50 trieu chuoc moi tha",
];
const HELD_NOT_NOW = [
  // Rescued, over.
  "Năm ngoái cháu tôi 15 tuổi bị lừa sang Campuchia, bị giữ và bị đánh, đã được giải cứu về nhà, giờ cần hỗ trợ tâm lý",
  // A question of what to do if.
  "Nếu con bị lừa sang Lào và bị giữ lại, bị đánh thì gia đình nên gọi số nào?",
  // Read on the internet, no child of the writer's.
  "tôi đọc trên mạng thấy nhiều em bị lừa qua Campuchia bị giữ và bị đánh, bên mình có tuyên truyền không",
];
const TAKEN_BACK = [
  "Khoa cấp cứu báo: bé trai 3 tuổi gãy xương đùi và bầm khắp lưng, nghi bị đánh; cha dượng đưa vào, nói bé tự té. Bé phải mổ. Ông ta đang đòi xin xuất viện đưa bé về",
  "be gai 2 tuoi vao vien vi chan thuong so nao, bac si nghi bi bao hanh, bo me be dang doi mang be ve nha ngay",
  "A 4-year-old was brought in with a fractured skull and burns, the doctors suspect abuse; the mother's partner who brought her is insisting on taking her home tonight",
  "the clinic says a 3 year old boy came in with several fractures, abuse suspected, needs an operation; his father and stepmother are demanding to take him home",
  "Bệnh viện huyện báo bé gái 4 tuổi đa chấn thương cần phẫu thuật, bác sĩ nghi bị ngược đãi, bố và mẹ kế đang đòi đưa bé về ngay trong đêm",
];
const NOT_TAKEN_BACK = [
  // The parents take the child home after a fall that no one suspects; no harm by anyone.
  "Bé 4 tuổi ngã cầu thang gãy tay, đã bó bột, bố mẹ xin đưa bé về nhà chăm",
  // Over: the child went home weeks ago and is well, the case is closed.
  "Tháng trước bé 3 tuổi bị bố dượng đánh gãy tay, đã phẫu thuật, công an đã xử lý, giờ bé ổn và ở với bà",
];

describe("held by traffickers now, with violence, a ransom or a threat to sell on", () => {
  it("is tested on sentences in no corpus file", () => {
    expect(inSomeCorpus([...HELD_NOW, ...HELD_NOT_NOW, ...TAKEN_BACK, ...NOT_TAKEN_BACK])).toEqual([]);
  });
  it.each(HELD_NOW)("is an emergency: %s", (text) => {
    const t = triageReport(text);
    expect(t.risk).toBe("emergency");
    expect(t.category).toBe("trafficking_abduction");
  });
  it.each(HELD_NOT_NOW)("is no emergency when over, asked as a what-if or read about: %s", (text) => {
    expect(triageReport(text).risk).not.toBe("emergency");
  });
});

describe("a badly injured small child the suspected abusers want to take home now", () => {
  it.each(TAKEN_BACK)("is an emergency: %s", (text) => {
    expect(triageReport(text).risk).toBe("emergency");
  });
  it.each(NOT_TAKEN_BACK)("is no emergency without a harm suspected, or when over: %s", (text) => {
    expect(triageReport(text).risk).not.toBe("emergency");
  });
});
