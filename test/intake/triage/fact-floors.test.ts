/**
 * Emergencies the triage contract defines by facts (DESIGN.md "Triage contract"): sexual abuse
 * where the person still has access to the child tonight (shares the home, keeps coming), and an
 * injury that needs care left without it. The model reads these facts only as features and put
 * several such reports at "high"; the floors hold whatever it says, and only raise. A suspicion,
 * a matter that is over, someone else's home and a minor bruise do not raise. The sentences were
 * written for this test and are in no corpus file (checked below).
 */
import { describe, expect, it } from "vitest";
import { inSomeCorpus, modelThatSays } from "./model-fixtures.ts";
import { extractReportFacts } from "../../../src/intake/triage/report-facts.ts";
import { triageReport } from "../../../src/intake/triage/triage-model.ts";

const ACCESS = [
  "Con bé 13 tuổi bị ông dượng giở trò đồi bại nhiều lần, mẹ nó biết mà ông ta vẫn sống chung nhà",
  "my 12 yo niece was raped by her uncle last month and he still lives with them",
  "con be 12t bi anh ho hiep dam tu nam ngoai, anh ta van o chung nha voi be",
  "Bé gái lớp 4 kể bị bác trai sờ vào vùng kín, bác ấy ở cùng nhà với bé",
];
const NO_ACCESS = [
  // Suspected: high, not an emergency (a suspicion is reported, never discounted, and never a floor of its own).
  "Tôi nghi cháu bị anh rể sàm sỡ nhưng chưa thấy tận mắt, anh ấy ở chung nhà",
  // The child shares a home with someone else.
  "Bé ngủ chung với bà nội, hôm trước bị thằng hàng xóm sờ soạng ở ngoài vườn",
  // Said not to share it any more.
  "Ông chú họ sờ soạng con bé hồi Tết, giờ ông ấy không ở chung nhà nữa",
];
const UNTREATED = [
  "Thằng nhỏ 9 tuổi bị cha đánh rách đầu từ tối qua, nhà không đưa đi viện",
  "the boy next door has a broken arm from his father's beating and they have not taken him to a doctor",
  "con bé bị chủ quán đánh gãy tay, chủ không cho đi khám, bắt làm tiếp",
];
const CARED_FOR_OR_MINOR = [
  "con bé bị mẹ đánh bầm tay, không cần đi viện",
  "Thằng bé bị bố đánh chảy máu mũi, hàng xóm đã đưa đi trạm y tế băng bó",
];

describe("emergencies defined by facts", () => {
  it("are tested on sentences that are in no corpus file", () => {
    expect(inSomeCorpus([...ACCESS, ...NO_ACCESS, ...UNTREATED, ...CARED_FOR_OR_MINOR])).toEqual([]);
  });

  it.each(ACCESS)("sexual abuse with the person still sharing the home or coming back is an emergency, whatever the model says: %s", (text) => {
    expect(extractReportFacts(text).harmerAccess).toBe(true);
    const r = triageReport(text, {}, modelThatSays("high"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("sexual_abuser_has_access");
    expect(r.reasons.join(" ")).toMatch(/vẫn ở cùng hoặc vẫn tiếp cận/);
  });

  it.each(NO_ACCESS)("a suspicion, someone else's home or a home no longer shared is not raised: %s", (text) => {
    const r = triageReport(text, {}, modelThatSays("high"));
    expect(r.redFlags).not.toContain("sexual_abuser_has_access");
    expect(r.risk).toBe("high");
  });

  it.each(UNTREATED)("an injury that needs care left without it is an emergency: %s", (text) => {
    expect(extractReportFacts(text).untreated).toBe(true);
    const r = triageReport(text, {}, modelThatSays("high"));
    expect(r.risk).toBe("emergency");
    expect(r.redFlags).toContain("injury_without_care");
  });

  it.each(CARED_FOR_OR_MINOR)("a minor bruise, or an injury that was cared for, is not raised: %s", (text) => {
    expect(triageReport(text, {}, modelThatSays("high")).redFlags).not.toContain("injury_without_care");
  });

  it("the floors only raise: an emergency stays one and a low report with no such fact stays low", () => {
    expect(triageReport("Hỏi chút: số 111 có gọi miễn phí không?").risk).toBe("low");
  });
});

describe("the red flags officers read", () => {
  it("a matter told as over and safe shows no 'in progress' flag", () => {
    const r = triageReport("Hồi tháng 3 cháu tôi 11 tuổi bị một gã lạ mặt dụ lên xe máy, may mà người dân chặn lại, công an đã xử lý xong, giờ cháu ổn rồi");
    expect(r.risk).not.toBe("emergency");
    expect(r.redFlags).not.toContain("abduction_in_progress");
  });

  it("an emergency keeps the flags it stands on", () => {
    const r = triageReport("Có người đang lôi con bé 6 tuổi lên ô tô ở cổng trường, nó la hét, tôi đang đứng đây");
    expect(r.risk).toBe("emergency");
    expect(r.redFlags.length).toBeGreaterThan(0);
  });
});
