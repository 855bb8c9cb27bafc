/**
 * Mender M29 on the second reading (RD33) of fixer C44: everyday words read as weapons, injuries, an ongoing situation, a denial
 * undone or a parent, and the cases that must still be read. The reader's examples, then sentences written for these tests.
 * Rules only (no trained model): what is asserted is what the rules and facts state.
 */
import { describe, expect, it } from "vitest";
import { extractReportFacts } from "../../src/intake/triage/report-facts.ts";
import { situationToldAsEnded } from "../../src/intake/triage/ended-situation.ts";
import { triageRules } from "../../src/intake/triage/triage-rules.ts";
import { triageReport } from "../../src/intake/triage/triage-model.ts";

const rules = (text: string) => triageReport(text, {}, null);
const injuryOrWeapon = (text: string) => rules(text).redFlags.filter((f) => /injury|weapon/.test(f));

describe("1. bricks: only a brick thrown at, or hitting, a person is a weapon", () => {
  it.each([
    "Con tôi 7 tuổi thích chơi trò xếp gạch với các bạn.",
    "chau 6 tuoi choi xep gach ca ngay",
    "Sàn nhà bằng phẳng lát gạch men nên bé 2 tuổi tập đi dễ.",
    "Bé 12 tuổi phụ bố quăng gạch cho vui vào cuối tuần.",
    "Nhà tôi lát gạch nem, bé 3 tuổi hay ngồi chơi dưới sàn.",
    "My 10 year old son carries brick at the kiln after school.",
    "Thằng bé 10 tuổi phụ chú ném gạch lên giàn giáo mỗi chiều.",
    "be 9 tuoi thich choi lego xep gach xay nha",
    "The 9 year old built a little wall with toy bricks at school.",
  ])("«%s»: no weapon", (text) => {
    expect(rules(text).redFlags).not.toContain("weapon");
    expect(rules(text).redFlags).not.toContain("weapon_now");
  });
  it.each([
    "Bố dượng lấy gạch ném con bé 8 tuổi ngay trước cổng.",
    "ong ta choi cuc gach trung dau thang be 10 tuoi",
    "Her stepfather threw a brick at the 9 year old.",
    "thang cha no lay gach phang vao lung chau",
    "Bé 7 tuổi bị bố dượng ném gạch.",
    "chau be dau roi, thang cha no lay gach nem",
    "con trai toi bi thang cha no choi gach vo nguoi",
  ])("«%s»: a weapon", (text) => {
    expect(rules(text).redFlags).toContain("weapon");
  });
});

describe("2. a headache is an injury only after a blow", () => {
  it.each([
    "Bé 9 tuổi chơi điện thoại nhiều nên đau đầu.",
    "Bé 6 tuổi đánh vần cả tối nên đau đầu.",
    "chau 5 tuoi khoc hoai, u dau roi",
    "con bé 8 tuổi xem ti vi nhiều quá nên hay đau đầu",
    "thang be 10 tuoi danh dan ca buoi roi dau dau",
  ])("«%s»: no injury", (text) => {
    expect(injuryOrWeapon(text)).toEqual([]);
  });
  it("spelling words all evening is no emergency", () => {
    expect(rules("Bé 6 tuổi đánh vần cả tối nên đau đầu.").risk).not.toBe("emergency");
  });
  it.each([
    "Thằng bé 9 tuổi bị bố đánh đau đầu suốt mấy hôm.",
    "be bi chu tat dau dau",
    "me ke dap con be dau dau",
    "bo no dap chau toi dau dau ca dem",
  ])("«%s»: an injury", (text) => {
    expect(rules(text).redFlags).toContain("injury");
  });
});

describe("3. a time going on to now counts only of the shut-in or alone child, not of the care that followed", () => {
  it("a child with the grandmother since, shut in before, is not read as shut in for days", () => {
    const flags = rules("Từ hôm trước tới giờ bé 3 tuổi ở với bà nội, trước đó bé hay bị nhốt một mình").redFlags;
    expect(flags).not.toContain("young_child_locked_in_alone");
    expect(flags).not.toContain("young_child_alone_long");
  });
  it("a small child shut in alone since the day before yesterday still is", () => {
    expect(rules("Từ hôm kia, thằng bé 4 tuổi bị khóa trong phòng một mình.").redFlags).toContain("young_child_locked_in_alone");
  });
  it("«for days» of the writer's wondering is no long time alone", () => {
    const text = "For days I have wondered whether to write: last Sunday the 3 year old was left alone for 15 minutes";
    expect(rules(text).redFlags).not.toContain("young_child_alone_long");
  });
  it("a small child left alone for days is still an emergency", () => {
    expect(rules("The 3 year old has been left alone in the flat for days.").risk).toBe("emergency");
  });
  const ended = (text: string) => situationToldAsEnded(text, triageRules(text).redFlags);
  it.each([
    "Đêm hôm kia thằng bé 5 tuổi nhà bên bị bố đuổi ra đường lúc nửa đêm, hàng xóm cho bé ngủ nhờ, tới giờ bé vẫn ở nhà bà ngoại.",
    "Tối hôm kia con bé 4 tuổi bị mẹ kế đuổi ra khỏi nhà lúc nửa đêm, cô hàng xóm cho bé vào nhà, đến nay bé vẫn ở với cô ấy.",
  ])("«%s»: told as over", (text) => {
    expect(ended(text)).toBe(true);
  });
  it.each([
    "Con bé 4 tuổi bị nhốt trong nhà kho một mình từ bữa qua tới giờ.",
    "Thang be 4 tuoi bi khoa trong phong mot minh tu hom kia toi gio.",
    "Từ hôm kia, thằng bé 4 tuổi bị khóa trong phòng một mình.",
  ])("«%s»: still going on", (text) => {
    expect(ended(text)).toBe(false);
  });
});

describe("4. «mà là» undoes a denial only when it names who did it", () => {
  it.each([
    "Không phải chồng tôi đánh con 5 tuổi, mà là con bị ngã xe đạp.",
    "Khong phai bo danh be 4 tuoi ma la be bi nga cau thang",
    "Không phải ai đánh bé 6 tuổi đâu, mà là bé tự té ở sân trường.",
  ])("«%s»: no parent is read as hitting", (text) => {
    const r = rules(text);
    expect(r.redFlags).not.toContain("caregiver_violence");
    expect(r.redFlags).not.toContain("caregiver_is_abuser");
  });
  it.each([
    "Tôi không phải người đánh cháu 7 tuổi, mà là người đã đưa cháu đi viện.",
    "Tôi không phải người tát bé 5 tuổi, mà là bé tự vấp ngã.",
  ])("«%s»: the blow stays denied", (text) => {
    expect(rules(text).reasons.join(" ")).toMatch(/phủ định|negat/);
  });
  it.each([
    "Tôi không phải người tát bé 5 tuổi, mà là dượng của bé.",
    "Không phải tôi đánh bé 6 tuổi mà là ông ngoại nó.",
  ])("«%s»: violence is read", (text) => {
    const r = rules(text);
    expect(r.category).toBe("physical_violence");
    expect(r.reasons.join(" ")).not.toMatch(/phủ định/);
  });
});

describe("5. a writer's job does not make her husband a stranger to her own child", () => {
  it.each([
    "Tôi làm giáo viên, chồng tôi hay đánh con gái 6 tuổi của chúng tôi.",
    "Tôi là mẹ bé, tôi làm giúp việc nhà, chồng tôi đánh bé.",
    "Tôi là giáo viên tiểu học, chồng tôi hay tát con trai 7 tuổi của tôi.",
  ])("«%s»: the father", (text) => {
    expect(extractReportFacts(text).harmer).toBe("father");
  });
  it("a teacher's husband who hits her pupil is still no father", () => {
    expect(extractReportFacts("Tôi là giáo viên của bé, tôi không phải người đánh bé, nhưng chồng tôi thì có.").harmer).not.toBe("father");
  });
});

describe("6. a bump on the forehead", () => {
  it.each([
    "be 6 tuoi bi u tran",
    "Bé 6 tuổi bị bố đập u trán.",
    "thang be 9 tuoi bi dap u tran",
    "Con bé bị mẹ kế đánh u đầu.",
  ])("«%s»: an injury", (text) => {
    expect(rules(text).redFlags).toContain("injury");
  });
});

describe("7. «bi bo duoi» typed without tones: a cow chasing, or a father driving out", () => {
  it.each([
    "chau be bi bo duoi chay ngoai dong",
    "thang be bi bo duoi chay quanh ruong",
  ])("«%s»: no father", (text) => {
    expect(extractReportFacts(text).harmer).not.toBe("father");
  });
  it("«be bi bo duoi ra duong» is the father", () => {
    expect(extractReportFacts("be bi bo duoi ra duong luc nua dem").harmer).toBe("father");
  });
});

describe("8. a question whether the child works tonight is no work told for tonight", () => {
  it.each([
    "Tối nay bé 12 tuổi có phải đi bán nữa không?",
    "Mai thằng bé 13 tuổi có phải theo chú đi phụ hồ không ạ?",
    "Toi nay be 12 tuoi co phai di ban nua khong",
  ])("«%s»: no labour_again_soon", (text) => {
    expect(rules(text).redFlags).not.toContain("labour_again_soon");
  });
  it("work told for tonight still is", () => {
    expect(rules("Tối nay con bé 11 tuổi lại bị dì bắt đi bán vé số ngoài chợ.").redFlags).toContain("labour_again_soon");
  });
});
