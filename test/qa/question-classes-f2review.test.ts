/**
 * What a second reader found in the plan-question changes of 6 December (issue 14), each class with new questions written
 * before its fix, judged as qa-judge judges, every quote verbatim. The line before each class says how many passed before.
 */
import { describe, expect, it } from "vitest";
import { askedValue } from "../../src/qa/answer-check.ts";
import { foldOnce } from "../../src/qa/answer-composer.ts";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("f2review");

// "Tôi thấy Ban X ...", "toi thay so X ...": "thấy" (I see, I think) is not "thay" (in place of), and "trước đây" alone is
// not either; the claim is checked against the body the plan names.
describe("'thấy' and 'trước đây' in a claim are not 'in place of': the claim is checked against the plan", () => {
  judged([
    { q: "Mình thấy Ban Dân tộc tỉnh Tây Ninh được KH 1979 giao hướng dẫn các trường học bảo vệ trẻ em, có đúng vậy không?", type: "fact", expect_re: ["giao duc va dao tao"], doc: ["1979/KH-UBND"] },
    { q: "toi thay ban dan toc tay ninh chiu trach nhiem huong dan truong hoc bao ve tre em trong ke hoach 1979 dung khong", type: "fact", expect_re: ["giao duc va dao tao"], doc: ["1979/KH-UBND"] },
    { q: "Trước đây Ban Dân tộc Tây Ninh có nhiệm vụ hướng dẫn nhà trường bảo vệ trẻ em theo Kế hoạch 1979, phải không?", type: "fact", expect_re: ["giao duc va dao tao"], doc: ["1979/KH-UBND"] },
  ]);
});

// A body's task asked of a plan that does not give it, found in another held plan: first that the plan asked does not give it,
// then "Kế hoạch của tỉnh khác: ..." with the province, and the period when that plan's time is over.
describe("a task found only in another province's plan: the asked plan does not give it, then the other province's plan, named as such", () => {
  judged([
    { q: "so ngoai vu gia lai keu goi tai tro ngo cho cac du an tre em trong ke hoach 2509 ra sao", type: "fact", expect_re: ["^2509/kh-ubnd khong giao .*ke hoach cua tinh khac: quyet dinh 2041/qd-ubnd \\(dak lak; [^)]*20\\d\\d.20\\d\\d.*het"], doc: ["2041/QĐ-UBND"] },
    { q: "Theo KH 1979, Sở Ngoại vụ Tây Ninh kêu gọi tài trợ NGO cho dự án bảo vệ trẻ em thế nào?", type: "fact", expect_re: ["^1979/kh-ubnd khong giao .*ke hoach cua tinh khac: quyet dinh 2041/qd-ubnd \\(dak lak; [^)]*20\\d\\d.20\\d\\d.*het"], doc: ["2041/QĐ-UBND"] },
    { q: "How is Hue's Department of Foreign Affairs told to rally NGO support for child protection projects in plan 26?", type: "fact", expect_re: ["^26/kh-ubnd assigns no duty .*another province's plan: 2041/qd-ubnd \\(dak lak; [^)]*20\\d\\d.20\\d\\d.*ended"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// A claim that today's body leads a task the plan gave the body it took over from: true by inheritance, so the answer is the old
// department's duty said as inherited, never "the plan does not give this to Sở Y tế".
describe("a claim that a successor leads its predecessor's task: checked against the predecessor's duties, said as inherited", () => {
  judged([
    { q: "Why is Tay Ninh's Department of Health in charge of preventing accidents and injuries among children under plan 1979?", type: "fact", expect_re: ["inherit"], expect_all: ["Lao động - Thương binh"], doc: ["1979/KH-UBND"] },
    { q: "Vì sao Sở Y tế Tây Ninh chủ trì phòng chống tai nạn thương tích trẻ em theo Kế hoạch 1979?", type: "fact", expect_re: ["ke thua"], expect_all: ["Lao động - Thương binh"], doc: ["1979/KH-UBND"] },
    { q: "tai sao so y te tay ninh lai dung dau viec phong chong tai nan thuong tich cho tre em trong kh 1979", type: "fact", expect_re: ["ke thua"], expect_all: ["Lao động - Thương binh"], doc: ["1979/KH-UBND"] },
  ]);
});

// A plan that sets its report cycle as "theo quý", "định kỳ quý", "hàng quý" or "theo tháng" holds the cycle asked; the shipped
// plans write only "định kỳ 6 tháng", so these are small plan sentences of our own.
describe("a report cycle the plan writes 'theo quý', 'định kỳ quý', 'hàng quý' or 'theo tháng' is the cycle asked", () => {
  const cycleHeldBy = (question: string, planSentence: string): boolean | null => {
    const asked = askedValue(foldOnce(question));
    return asked ? asked.kind === "cycle" && asked.re.test(foldOnce(planSentence)) : null;
  };
  it.each([
    ["Hạn nộp báo cáo quý của các sở là ngày nào?", "Các sở báo cáo kết quả thực hiện theo quý, gửi về Sở Y tế trước ngày 20 của tháng cuối quý."],
    ["Báo cáo hàng quý phải gửi trước ngày nào?", "Định kỳ quý, Ủy ban nhân dân cấp xã báo cáo tình hình trẻ em bị xâm hại."],
    ["When is the quarterly report due?", "Các đơn vị báo cáo hàng quý về Sở Lao động - Thương binh và Xã hội."],
    ["Hạn báo cáo theo quý là khi nào?", "Định kỳ hằng quý, các đơn vị gửi báo cáo về Sở Y tế."],
    ["Báo cáo hằng tháng nộp trước ngày nào?", "Các xã báo cáo theo tháng về Ủy ban nhân dân tỉnh trước ngày 25."],
    ["What is the deadline for the monthly report?", "Định kỳ tháng, Công an tỉnh báo cáo số vụ xâm hại trẻ em."],
  ])("%s — held by: %s", (question, planSentence) => {
    expect(cycleHeldBy(question, planSentence)).toBe(true);
  });
  it("'theo quy định' and 'theo thang điểm' are no report cycle", () => {
    expect(cycleHeldBy("Hạn nộp báo cáo quý là ngày nào?", "Các sở báo cáo theo quy định gửi về Sở Y tế.")).toBe(false);
    expect(cycleHeldBy("Báo cáo hằng tháng nộp trước ngày nào?", "Các xã đánh giá theo thang điểm và báo cáo về tỉnh.")).toBe(false);
  });
});
