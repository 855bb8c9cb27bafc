/**
 * Classes of the g33 fresh set (even half, opened after its sealed measurement) that failed, each with new questions of the same
 * class, written before the code changed: (1) a wrong number to report to, stated without a hotline word ("báo tin ... qua số 113
 * đúng không?"), corrected with the number the plan writes, quoted; (2) a wrong signing year or date of a plan ("KH 2509 ban hành năm
 * 2019 đúng không?"), corrected with the date the plan writes, quoted; (3) which of all the provinces' plans gives a total budget
 * figure, asked "trong các kế hoạch ... của các tỉnh"; (4) the papers a person needs for a procedure (adoption, a registration): no
 * plan lists them, so "not in the plans"; (5) the phone number of a body or unit: no plan gives one (the national line is not a
 * body's number), so "not in the plans". (6) Today's Sở Y tế asked of the cut Tây Ninh plan stays answered with the duties it
 * inherited, with the cut said (issue 14, class 2): controls, as g33-036's gold is corrected.
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { classSuite } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("q36");

// 1. A number claimed for reporting ("qua số 113", "gọi 112", "by calling 113") with no "tổng đài"/"hotline" word: the plan's own number.
describe("a wrong number to report to, stated without a hotline word", () => {
  judged([
    { q: "Kế hoạch 1979 của Tây Ninh bảo người dân báo tin trẻ bị bạo lực qua số 115 phải không?", type: "fact", expect_all: ["111"], doc: ["1979/KH-UBND"] },
    { q: "tay ninh: to giac xam hai tre em thi goi 112 dung ko", type: "fact", expect_all: ["111"], doc: ["1979/KH-UBND"] },
    { q: "Does Tay Ninh's plan 1979 tell people to report child abuse by calling 113?", type: "fact", expect_all: ["111"], doc: ["1979/KH-UBND"] },
  ]);
  it("says the stated number is not the plan's", () => {
    const a = shipped.qa.answer("KH Tây Ninh yêu cầu phản ánh trẻ em bị xâm hại qua số 113, đúng không?");
    expect(a.found).toBe(true);
    expect(norm(a.answer)).toMatch(/^khong\b.*111.*khong phai 113/);
  });
  it("a plan that writes no number says so, and does not confirm the one stated", () => {
    const a = shipped.qa.answer("Kế hoạch 2509 Gia Lai yêu cầu báo tin trẻ bị xâm hại qua số 113 đúng không?");
    expect(norm(a.answer)).toMatch(/khong ghi so tong dai/);
    expect(norm(a.answer)).not.toMatch(/^dung\b/);
  });
});

// 2. A signing year or date stated for a plan: the plan's date, quoted from the line that writes it.
describe("a wrong signing year or date of a plan", () => {
  judged([
    { q: "Quyết định 2041 của Đắk Lắk ký năm 2015 đúng không?", type: "fact", expect_re: ["17/0?8/2016|17 thang 0?8 nam 2016"], doc: ["2041/QĐ-UBND"] },
    { q: "kh 26 hue ban hanh ngay 26/2/2015 phai ko", type: "fact", expect_re: ["26/0?2/2016|26 thang 0?2 nam 2016"], doc: ["26/KH-UBND"] },
    { q: "Was Tay Ninh's plan 1979 signed in 2018?", type: "fact", expect_re: ["11/0?9/2019|11 thang 0?9 nam 2019"], doc: ["1979/KH-UBND"] },
    { q: "QĐ 2130 ban hành năm 2014 phải không?", type: "fact", expect_re: ["17/0?9/2014"], doc: ["2130/QĐ-UBND"] },
  ]);
  it("says no to a wrong year and yes to the right one", () => {
    const no = shipped.qa.answer("Kế hoạch 1979 Tây Ninh ban hành năm 2017 phải không?");
    expect(norm(no.answer)).toMatch(/^khong\b.*11\/0?9\/2019.*khong phai nam 2017/);
    const yes = shipped.qa.answer("Gia Lai issued plan 2509 in 2024, right?");
    expect(norm(yes.answer)).toMatch(/^yes\b.*2024/);
  });
  // Written after the change (g29-093 of an earlier set, asked with a second question, had moved): the date claim opens the answer
  // and the rest is answered too.
  it("a date claim asked with a second question opens the answer, and the rest is answered", () => {
    const a = shipped.qa.answer("Kế hoạch 1979 Tây Ninh ký năm 2018 đúng không, ai ký?");
    expect(norm(a.answer)).toMatch(/^khong\b.*11\/9\/2019.*khong phai nam 2018/);
    expect(norm(a.answer)).toMatch(/nguyen thanh ngoc/);
  });
});

// 3. Which of all the provinces' plans writes a total budget figure, asked over "các tỉnh" / "all provinces": Đắk Lắk's 2041, with its
// amount, said first as the one plan that does; the others are said to state no amount (never "the plans of all four say").
describe("the one plan that gives a total budget figure, asked of every province", () => {
  judged([
    { q: "Xem kế hoạch của tất cả các tỉnh: kế hoạch nào ghi con số cụ thể về tổng kinh phí, bao nhiêu tiền?", type: "fact", expect_all: ["dak lak"], expect_re: ["6,970 ty"], doc: ["2041/QĐ-UBND"] },
    { q: "Trong các kế hoạch của các tỉnh, kế hoạch nào có con số kinh phí cụ thể?", type: "fact", expect_all: ["dak lak"], expect_re: ["6,970 ty"], doc: ["2041/QĐ-UBND"] },
    { q: "trong cac ke hoach cua cac tinh, ke hoach nao co ghi so tien tong kinh phi cu the", type: "fact", expect_all: ["dak lak"], expect_re: ["6,970 ty"], doc: ["2041/QĐ-UBND"] },
    { q: "Across all the provinces' plans, which plan has a specific total budget amount, and how much?", type: "fact", expect_all: ["dak lak"], expect_re: ["6,970 ty"], doc: ["2041/QĐ-UBND"] },
  ]);
  it("names the plan with an amount first, and the others as stating none", () => {
    for (const q of ["In all provinces' plans, which one states a concrete figure for total funding?", "Xem kế hoạch của tất cả các tỉnh: kế hoạch nào ghi con số cụ thể về tổng kinh phí, bao nhiêu tiền?"]) {
      const a = shipped.qa.answer(q);
      const first = norm(a.answer.split("\n")[0]);
      expect(first, a.answer).toMatch(/^(chi|only) 2041\/qd-ubnd \(dak lak\) (ghi|states)/);
      expect(first, a.answer).toMatch(/(khong neu so tien|states? no amount)/);
    }
  });
});

// 4. The papers or steps of a procedure a person goes through: the plans give bodies their duties, never a procedure's documents.
describe("the documents a procedure needs: not in the plans", () => {
  judged([
    { q: "Hồ sơ nhận con nuôi ở Đắk Lắk cần những giấy tờ gì?", type: "none" },
    { q: "thu tuc xin nhan con nuoi o gia lai can chuan bi giay to gi", type: "none" },
    { q: "Which papers must parents submit to register a child's adoption in Hue?", type: "none" },
  ]);
  it("says the plans do not list them", () => {
    const a = shipped.qa.answer("Người nước ngoài muốn nhận con nuôi ở Tây Ninh thì cần nộp hồ sơ gì?");
    expect(a.found).toBe(false);
    expect(norm(a.answer)).toMatch(/khong neu (ho so|giay to|thu tuc)/);
  });
});

// 5. A body's or unit's phone number: no plan gives one; the national line to report a child is still given.
describe("a body's phone number: not in the plans", () => {
  judged([
    { q: "Số điện thoại của Sở Y tế Gia Lai là bao nhiêu?", type: "none" },
    { q: "sdt phong bao ve tre em cua so y te tay ninh sau sap nhap la so may", type: "none" },
    { q: "What is the telephone number of Dak Lak's Department of Justice?", type: "none" },
  ]);
  it("says no plan gives it and still gives 111", () => {
    const a = shipped.qa.answer("Cho mình xin số điện thoại Sở Lao động Thương binh Xã hội Huế");
    expect(a.found).toBe(false);
    expect(norm(a.answer)).toMatch(/khong ghi so dien thoai/);
    expect(a.answer).toMatch(/111/);
  });
  it("the number to report a child to is still answered from the plan", () => {
    const a = shipped.qa.answer("Theo kế hoạch Tây Ninh, báo tin trẻ bị xâm hại gọi số nào?");
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/111/);
  });
});

// 6. Controls (issue 14, class 2): today's Sở Y tế of the cut Tây Ninh plan gets its predecessor's duties, with the cut said.
describe("today's Sở Y tế asked of the cut Tây Ninh plan", () => {
  judged([
    { q: "sở y tế tây ninh có việc gì trong kế hoạch 1979", type: "fact", expect_all: ["Lao dong"], expect_re: ["bi cat"], doc: ["1979/KH-UBND"] },
    { q: "tay ninh so y te phai lam nhung gi theo ke hoach bao ve tre em", type: "fact", expect_all: ["Lao dong"], expect_re: ["bi cat"], doc: ["1979/KH-UBND"] },
    { q: "What does Tay Ninh's Department of Health do under plan 1979?", type: "fact", expect_all: ["Lao dong"], doc: ["1979/KH-UBND"] },
  ]);
});
