/**
 * M1 (second reader on C21): two C21 readings lowered real emergencies and are removed.
 * - "care now" said of ANOTHER person (the father with his lover, the mother in hospital, an older sibling sent to grandma,
 *   the child handed to a stranger) cancelled "child alone" and lowered the report.
 * - a denied wish to die ("chẳng phải em muốn chết sao", "not that she wants to die, but ...") took away the stated intent.
 * Each sentence must keep at least the risk and every red flag it had before C21. Over-escalating "k phải e muốn chết đâu"
 * or a child already in care is the safe error an officer can lower by hand.
 */
import { describe, expect, it } from "vitest";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const RANK = { low: 0, medium: 1, high: 2, emergency: 3 } as const;
type Risk = keyof typeof RANK;

/** The second reader's probe sentences that C21 lowered, with the risk and flags they had before it. */
const READER: readonly (readonly [string, Risk, readonly string[]])[] = [
  ["Bé 3 tuổi ở nhà một mình từ sáng tới giờ. Bố nó đang ở với bồ bên huyện khác.", "emergency", ["child_under_6", "child_alone", "young_child_alone_long", "left_alone_often", "young_child_alone"]],
  ["Be 3 tuoi o nha mot minh tu sang toi gio. Bo no dang o voi bo ben huyen khac.", "emergency", ["child_under_6", "child_alone", "young_child_alone_long", "left_alone_often", "young_child_alone"]],
  // "khóc suốt" (cries all the time) is no harm that repeats: `repeated`, and `left_alone_often` built on it, are no longer read
  // from it (issue 12, fixer T11); the emergency and the child alone stay.
  ["Con bé 2 tuổi ở một mình trong phòng trọ, khóc suốt. Mẹ bé đang được chăm sóc trong bệnh viện.", "emergency", ["child_under_6", "child_alone", "young_child_alone"]],
  ["Thằng bé 5 tuổi ở nhà một mình cả đêm, mẹ nó đã được đưa vào bệnh viện vì say rượu.", "high", ["child_under_6", "child_alone", "young_child_alone_long", "left_alone_often", "young_child_alone"]],
  ["The 4-year-old has been alone in the flat since Friday. They are now staying with their friends in Da Nang, the parents.", "high", ["child_under_6", "child_alone", "young_child_alone"]],
  ["The kids are alone at home with no food. He is now staying with his girlfriend.", "high", ["child_alone", "starvation"]],
  ["Con bé 3 tuổi bị nhốt trong nhà một mình. Bố mẹ nó đang được công an giữ.", "emergency", ["child_under_6", "confinement", "child_alone", "young_child_alone", "confinement_now"]],
  ["Bé 2 tuổi ở nhà một mình. Mẹ nó đã gửi con lớn cho bà ngoại rồi.", "emergency", ["child_under_6", "child_alone", "infant_at_risk", "young_child_alone"]],
  ["Bé 5 tuổi ở một mình, mẹ bé đã gửi bé cho người lạ rồi đi mất.", "high", ["child_under_6", "child_alone", "young_child_alone"]],
  ["Đứa bé 3 tuổi ở nhà một mình từ hôm qua. Giờ nó đang ở với ông hàng xóm say rượu hay sàm sỡ trẻ con.", "emergency", ["child_under_6", "child_alone", "young_child_alone_long", "left_alone_often", "young_child_alone"]],
  ["Bé 3 tuổi ở nhà một mình, nó đang được nuôi bằng mì gói hàng xóm cho.", "high", ["child_under_6", "child_alone", "young_child_alone"]],
  ["Bé 2 tuổi ở nhà một mình cả ngày nay, khóc rất to. Em đang ở với mẹ em bên kia đường nên nghe thấy.", "emergency", ["child_under_6", "child_alone", "infant_at_risk", "young_child_alone_long", "left_alone_often", "young_child_alone"]],
  ["Be 2 tuoi o nha mot minh ca ngay nay, khoc rat to. Em dang o voi me em ben kia duong nen nghe thay.", "emergency", ["child_under_6", "child_alone", "infant_at_risk", "young_child_alone_long", "left_alone_often", "young_child_alone"]],
  ["Đứa bé 3 tuổi ở một mình ngoài ruộng. Mẹ nó đã gửi thằng anh cho hàng xóm rồi đi nhậu.", "high", ["child_under_6", "child_alone", "young_child_alone"]],
  ["Two toddlers are home alone since this morning. She has been taken in by her new boyfriend's family in another town.", "emergency", ["child_alone"]],
  ["Chẳng phải em muốn chết sao, em chịu hết nổi rồi.", "emergency", ["self_harm_intent", "stated_intent_to_die"]],
  ["Không phải em muốn chết đâu, em chỉ buồn thôi.", "emergency", ["self_harm_intent", "stated_intent_to_die"]],
  ["k phai e muon chet dau, e chi met thoi", "emergency", ["self_harm_intent", "stated_intent_to_die"]],
  ["Đâu phải nó muốn chết, nó bị bố ép uống thuốc.", "emergency", ["self_harm_intent", "violence_severe", "caregiver_is_abuser", "caregiver_violence", "stated_intent_to_die"]],
  ["It's not that I want to die, I just want the pain to stop. I have the pills ready tonight.", "emergency", ["self_harm_intent", "stated_intent_to_die"]],
  ["Not that she wants to die, but she has cut herself again and says tonight is the last night.", "emergency", ["self_harm_intent", "self_harm"]],
  ["He says it's not like he wants to die, he just wants to disappear forever. He is on the roof now.", "emergency", ["self_harm_intent", "stated_intent_to_die"]],
  ["Cháu bảo không phải cháu muốn chết, cháu chỉ muốn ngủ mãi không dậy.", "emergency", ["self_harm_intent", "stated_intent_to_die"]],
  ["Không phải là em muốn chết, em muốn giải thoát, em đã mua thuốc ngủ.", "emergency", ["self_harm_intent", "stated_intent_to_die"]],
  ["Em đau phải em muốn chết quá.", "emergency", ["self_harm_intent", "stated_intent_to_die"]],
];

describe("the second reader's sentences keep their risk and flags from before C21", () => {
  for (const [text, risk, flags] of READER) {
    it(`${risk}: ${text.slice(0, 60)}`, () => {
      const t = triageReport(text);
      expect(RANK[t.risk]).toBeGreaterThanOrEqual(RANK[risk]);
      for (const f of flags) expect(t.redFlags).toContain(f);
    });
  }
});

/** Written for this test: care or a denial that does not take the child out of danger. Each must stay an emergency. */
const OWN: readonly (readonly [string, string])[] = [
  ["Thằng bé 2 tuổi bị khóa trong nhà một mình từ trưa, bà nội nó đang được hàng xóm chăm sóc vì bị ngã.", "child_alone"],
  ["be 1 tuoi nam mot minh trong phong tro tu sang, chi no da duoc dua ve que o voi ong ba", "child_alone"],
  ["The twins, 2, have been alone in the house since last night; their dad is now staying with his brother.", "child_alone"],
  ["A 3-year-old has been left alone in the flat since noon. Her mother is now being cared for in hospital.", "child_alone"],
  ["Bé 20 tháng ở nhà một mình từ sáng, mẹ nó đang ở với người yêu mới ở Sài Gòn.", "child_alone"],
  ["ko phai toi muon chet, toi chi muon bien mat khoi the gioi nay toi nay", "stated_intent_to_die"],
  ["I'm 15. It's not like I want to die, I just don't want to wake up tomorrow.", "stated_intent_to_die"],
  ["Đâu phải em muốn chết, em chỉ muốn ngủ một giấc thật dài không bao giờ tỉnh lại.", "stated_intent_to_die"],
  ["Không phải cháu muốn chết, nhưng cháu không chịu nổi nữa rồi, cháu đang đứng trên cầu.", "stated_intent_to_die"],
  ["Con 14 tuổi, không phải con muốn chết đâu nhưng con không muốn sống nữa.", "stated_intent_to_die"],
];

describe("care of someone else, or a denied wish to die, leaves the emergency", () => {
  for (const [text, flag] of OWN) {
    it(`stays an emergency with ${flag}: ${text.slice(0, 60)}`, () => {
      const t = triageReport(text);
      expect(t.risk).toBe("emergency");
      expect(t.redFlags).toContain(flag);
    });
  }
});
