/**
 * T9: a child with a fresh injury that needs care (burns, a wound, bleeding), done by a grown-up at home, who goes back to that
 * person today or tonight, is an emergency (DESIGN, Triage contract: violence just done with an injury that needs care; danger by
 * tonight). A burn or a wound told as untreated ("chưa được xử lý", "chưa sơ cứu") is an injury without care. Near misses (an old
 * mark, the child kept away from that person, a bruise only, a question of procedure) must not rise to it. Sentences written
 * for this test.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

describe("a fresh injury that needs care, and the child goes back to the one who did it today, is an emergency", () => {
  const sentBack = [
    "One of my pupils, 9, has new burn marks on her hand this morning; she says her stepfather pressed a lighter on it last night. She goes home with him after school at 4.",
    "My nephew, 10, has a fresh burn on his neck from a hot iron this morning; his stepmother did it. He goes back to her after football tonight.",
    "the girl next door (6) has a bleeding cut on her lip today, her father hit her with his ring on, and she goes home with him at 6",
    "a boy i tutor (11) came today with a fresh cut on his head, his dad hit him with a bottle yesterday evening. he is going home to his dad tonight",
    "Sáng nay bé lớp 2 của tôi có vết bỏng mới trên cánh tay, bé kể mẹ kế dí bàn là vào tối qua. Chiều nay bé lại về nhà với mẹ kế.",
    "sang nay be lop 2 cua toi co vet bong moi tren canh tay, be ke me ke di ban la vao toi qua. chieu nay be lai ve nha voi me ke",
    "con bé hàng xóm 8 tuổi bị bố dượng đánh rách đầu chảy máu hồi tối, sáng nay vẫn chưa ai đưa đi khâu, tối nay nó lại ở nhà với ổng",
  ];
  for (const text of sentBack) {
    it(`an emergency: ${text}`, () => {
      expect(triageReport(text).risk).toBe("emergency");
    });
  }

  const untreated = [
    "Trạm y tế tiếp nhận bé gái 3 tuổi bị bỏng nước sôi ở chân, vết bỏng chưa được xử lý, người nhà đòi đưa bé về ngay.",
    "Phòng khám nhận bé trai 4 tuổi bỏng nước sôi ở bụng, dì ghẻ nói bé tự làm đổ nhưng bé nói bị dội, vết bỏng chưa được xử lý, gia đình muốn đưa về luôn.",
    "A 3-year-old came in with a scald on her chest; her father says she pulled the kettle, she says daddy poured it. The burn has not been dressed and the family want to leave now.",
    "be trai 5 tuoi bi bong dau o tay, vet bong chua duoc so cuu gi, ba noi de vay",
  ];
  for (const text of untreated) {
    it(`an injury without care, an emergency: ${text}`, () => {
      expect(triageReport(text).risk).toBe("emergency");
    });
  }

  const notSentBack = [
    // An old mark, the child kept away from the one who did it.
    "Last month her uncle burned her arm with a cigarette; the scar has healed and she now lives with her aunt, he cannot come near her.",
    "tháng trước bé bị bố dượng dí thuốc lá vào tay, giờ vết đã lành, bé về ở với bà ngoại rồi, không gặp ông ấy nữa",
    // A bruise only, living with the one who hits: high, not an emergency by this reading.
    "Cháu có vài vết bầm ở đùi, cháu nói bố hay đánh bằng roi, cháu vẫn sống với bố.",
    // A question of procedure.
    "nếu học sinh có vết bỏng do người nhà gây ra mà chiều nay về nhà thì giáo viên nên báo ai ạ?",
  ];
  for (const text of notSentBack) {
    it(`not this emergency: ${text}`, () => {
      const t = triageReport(text);
      expect(t.redFlags).not.toContain("injured_and_back_with_harmer");
      expect(t.risk).not.toBe("emergency");
    });
  }
});
