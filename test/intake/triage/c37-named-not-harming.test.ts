/**
 * C37: people and words a story names that are not the one who harms (sentences written for this test, in no corpus file).
 * - An animal of the neighbours ("chó nhà hàng xóm cắn") bites; the neighbours are not said to harm.
 * - "má bé đỏ ửng", "má cháu sưng": the child's cheek, not the child's mother.
 * - Bullying denied ("không ai bắt nạt nó", "không bị bắt nạt gì") names no other children.
 * - "bán sang Trung Quốc làm vợ", "bắt về làm vợ": a wife is what the child is made, not a partner who harms.
 * - "being beaten next door", "in the flat next door": where the child is, not a neighbour said to harm.
 * - The husband of the child's tutor, the wife of the boss: not the tutor, and the boss's household.
 * - "ông chú đầu hẻm", "chú bộ đội cạnh nhà": a man called uncle who lives nearby is a neighbour, not the child's kin.
 * - "có mấy đứa nhỏ ... bị", "rủ mấy đứa nhỏ": the little ones are the children harmed, not other children who harm.
 * - "Cô giáo nghi cháu bị bạo hành", "mẹ phát hiện bé bị sờ soạng": who suspects or finds a harm done to the child did not do it.
 * - "ông hàng xóm sờ soạng con bé": "con bé" is the girl told of, not the neighbour's own child ("đánh con" is; a household's "con nhỏ" is theirs).
 * - "talking to my mum", "nói chuyện với mẹ", "gọi điện cho mẹ", "gọi mẹ": the one the child talks to or calls.
 * And the ones who do harm in such stories are still read.
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";

const NOT_A_PERSON: Array<[string, string]> = [
  ["Bé nhà tôi 5 tuổi bị chó nhà hàng xóm cắn chảy máu chân, hỏi có hỗ trợ gì không.", "neighbour"],
  ["con toi 6 tuoi bi con cho nha hang xom can vao tay", "neighbour"],
  ["Sáng nay đón cháu ở lớp, thấy má cháu đỏ ửng, cháu không chịu nói gì.", "mother"],
  ["Gặp bé ở cầu thang thấy má bé sưng một bên, chắc bé học lớp 1.", "mother"],
  ["Con tôi 13 tuổi, không ai bắt nạt nó cả, chỉ là nó nghiện điện thoại.", "peer"],
  ["Cháu không bị bắt nạt gì đâu, chỉ là cháu lười đi học, tôi cần tư vấn.", "peer"],
  ["Cháu gái 16 tuổi ở bản tôi đã bị bán sang Trung Quốc làm vợ hơn một năm.", "partner"],
  ["I can hear a little girl being beaten next door almost every evening.", "neighbour"],
  ["There is a boy of about 4 crying in the flat next door for hours.", "neighbour"],
  ["Cô chủ nhiệm nghi cháu bị bạo hành vì thấy nhiều vết bầm trên lưng, nhưng cháu không chịu nói.", "teacher"],
  ["Mẹ bé phát hiện bé bị sờ soạng khi đi học thêm về, bé 6 tuổi.", "mother"],
  ["The nurse at school noticed my son was beaten, he has marks on his back.", "other"],
  ["Ngoài bến xe có mấy đứa nhỏ tầm 8 tuổi bị một ông dắt đi xin tiền, xin không đủ là bị đánh.", "peer"],
];

const WHO_HARMS: Array<[string, string]> = [
  ["Con gái tôi 9 tuổi bị chồng của cô giáo dạy thêm sờ soạng ở nhà cô.", "other"],
  ["I'm 15 and I work in a sewing shop; the boss's wife slaps me when I am slow.", "employer"],
  ["Ông chú đầu hẻm hay gọi thằng bé 8 tuổi vào nhà rồi sờ mó nó.", "neighbour"],
  ["Chú bộ đội xuất ngũ ở cạnh nhà tôi hay rủ mấy đứa nhỏ qua rồi cho uống rượu.", "neighbour"],
  // Still read as before.
  ["Ông hàng xóm thả chó ra cắn con tôi 7 tuổi, còn chửi nó.", "neighbour"],
  ["Bé 6 tuổi bị mẹ tát sưng má, tôi thấy má bé đỏ ửng.", "mother"],
  ["Con tôi bị mấy đứa cùng lớp bắt nạt suốt, hôm nay nó không dám đi học.", "peer"],
  ["Thằng bé nhà tôi 7 tuổi bị mấy đứa nhỏ trong xóm ném đá chảy máu đầu.", "peer"],
  ["The man next door hits his daughter with a belt, she is about 8.", "father"],
  ["The family next door beats their boy with a belt, he is maybe 6.", "neighbour"],
  ["Chú ruột của bé hay sờ mó bé khi không có ai ở nhà, bé mới 6 tuổi.", "relative"],
  ["Cô giáo dạy thêm hay đánh con tôi bằng thước.", "teacher"],
  ["Mẹ thấy con bé bị bố dượng đánh bầm tím nhưng không dám nói.", "stepfather"],
  ["My dad says if I keep talking to my mum he will break my arms, last night he threw my phone at me.", "father"],
  ["Bố cấm em nói chuyện với mẹ, hôm qua bố đánh em vì em lén gọi điện cho mẹ.", "father"],
  ["Con bé gọi mẹ mà mẹ không về, ông dượng say rượu đang đánh nó.", "stepfather"],
  ["She went to live with her dad who beats her with a belt.", "father"],
  ["Tuần rồi ông hàng xóm sờ soạng con bé khi nó sang xem ti vi.", "neighbour"],
  ["Ông hàng xóm say rượu đánh con, thằng bé 6 tuổi khóc cả đêm.", "father"],
  ["Nhà bên cạnh hay đuổi con nhỏ 8 tuổi ra đường đứng tới nửa đêm.", "parents"],
];

describe("people named who are not the one who harms", () => {
  it("the sentences are in no corpus file", () => {
    expect(inSomeCorpus([...NOT_A_PERSON, ...WHO_HARMS].map(([t]) => t))).toEqual([]);
  });

  it.each(NOT_A_PERSON)("%s: no %s is read as the one who harms", (text, not) => {
    expect(extractReportFacts(text).harmer).not.toBe(not);
  });

  it.each(WHO_HARMS)("the one who harms is read: %s -> %s", (text, harmer) => {
    expect(extractReportFacts(text).harmer).toBe(harmer);
  });
});
