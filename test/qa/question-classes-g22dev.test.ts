/**
 * Capabilities missing on a fresh set (g22, odd half), each with new questions written for the class before its fix,
 * judged as qa-judge judges, every quote verbatim. The line before each class says how many passed before the change.
 */
import { describe, expect, it } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("g22dev");

// Before: 6/9 (3 failed). "Hạn báo cáo (kết quả thực hiện kế hoạch) ... là lúc nào / khác nhau thế nào?" named the deadline without
// "ngày nào", so Huế's dated line ("báo cáo định kỳ 06 tháng (trước ngày 25/5), 01 năm (trước ngày 20/11)"), which lacks "kết quả",
// was not found: a deadline asked by its name now reads the plan's dated lines (DEADLINE_ASKED_RE, answerReportDate).
describe("a reporting deadline asked as 'hạn báo cáo' / 'deadline', of one plan or compared across two", () => {
  judged([
    { q: "Thừa Thiên Huế: hạn báo cáo kết quả thực hiện kế hoạch là lúc nào?", type: "fact", expect_re: ["20/11"], doc: ["26/KH-UBND"] },
    { q: "Hạn báo cáo kết quả thực hiện của Gia Lai với Huế có gì khác?", type: "fact", expect_re: ["^(?=[\\s\\S]*15/12)(?=[\\s\\S]*20/11)"], doc: ["2509/KH-UBND", "26/KH-UBND"] },
    { q: "Đắk Lắk và Huế: thời hạn báo cáo kết quả thực hiện kế hoạch khác nhau ra sao?", type: "fact", expect_re: ["^(?=[\\s\\S]*dak lak)(?=[\\s\\S]*20/11)"], doc: ["26/KH-UBND"] },
    // Answered before, kept: the deadline asked in other words.
    { q: "Huế 2016: hạn nộp báo cáo 6 tháng và báo cáo năm của kế hoạch 26 là khi nào?", type: "fact", expect_re: ["^(?=[\\s\\S]*25/5)(?=[\\s\\S]*20/11)"], doc: ["26/KH-UBND"] },
    { q: "Thời hạn gửi báo cáo kết quả thực hiện Kế hoạch 26/KH-UBND của Thừa Thiên Huế?", type: "fact", expect_re: ["20/11"], doc: ["26/KH-UBND"] },
    { q: "What is the reporting deadline in Hue's 2016 child protection plan?", type: "fact", expect_re: ["20/11"], doc: ["26/KH-UBND"] },
    { q: "So sánh hạn báo cáo hằng năm trong kế hoạch 2509 của Gia Lai và kế hoạch 26 của Huế", type: "fact", expect_re: ["^(?=[\\s\\S]*15/12)(?=[\\s\\S]*20/11)"], doc: ["2509/KH-UBND", "26/KH-UBND"] },
    { q: "Compare the report deadlines of Gia Lai and Thua Thien Hue", type: "fact", expect_re: ["^(?=[\\s\\S]*15/12)(?=[\\s\\S]*20/11)"], doc: ["2509/KH-UBND", "26/KH-UBND"] },
    // Answered before, kept: the date asked with "ngày nào".
    { q: "Kế hoạch 2509 Gia Lai yêu cầu gửi báo cáo năm trước ngày nào?", type: "fact", expect_re: ["15/12"], doc: ["2509/KH-UBND"] },
  ]);
});

// Before: 2/3 (1 failed). "Free medical care" was read word by word as health, care and "miễn phí" (no plan writes it), and Huế's
// "chính sách khám, chữa bệnh cho trẻ em dưới 6 tuổi" was lost: English phrases read whole (ENGLISH_PHRASES, translateTerms).
describe("medical care for children under six, asked in English, is the plans' policy of examination and treatment (khám, chữa bệnh)", () => {
  judged([
    { q: "Which provinces' plans give the Department of Health the job of free medical care for children under six?", type: "fact", expect_re: ["^(?=[\\s\\S]*(dak lak))(?=[\\s\\S]*gia lai)(?=[\\s\\S]*hue)"], doc: ["26/KH-UBND"] },
    { q: "In Hue's 2016 plan, who directs the policy of medical care for children under 6?", type: "lead", expect: ["y te"], doc: ["26/KH-UBND"] },
    { q: "Dak Lak plan 2041: which department carries out free medical treatment for children under 6?", type: "lead", expect: ["y te"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// Before: 0/3. Asked with "kể cả / bao gồm cả / including" what it took over, today's body got only the predecessor's items (they
// ranked higher with "hiện nay"): its own items now come first, then those taken over (ASKS_BOTH_RE in answerDuties).
describe("today's body asked what it does, including the duties it took over: its own duties and the inherited ones both", () => {
  judged([
    { q: "Sở Y tế Huế bây giờ phải làm những gì theo KH 26, bao gồm cả những việc nhận lại từ Sở LĐTBXH?", type: "fact", expect_re: ["^(?=[\\s\\S]*dinh duong)(?=[\\s\\S]*lao dong)"], doc: ["26/KH-UBND"] },
    { q: "Gia Lai's Department of Health today: what does plan 2509 ask of it, including the child duties it took over from DOLISA?", type: "fact", expect_re: ["^(?=[\\s\\S]*(tiem chung|dinh duong))(?=[\\s\\S]*lao dong)"], doc: ["2509/KH-UBND"] },
    { q: "Sở Y tế Đắk Lắk hiện nay có nhiệm vụ gì trong QĐ 2041, kể cả phần của Sở Lao động - Thương binh và Xã hội cũ?", type: "fact", expect_re: ["^(?=[\\s\\S]*kham benh)(?=[\\s\\S]*lao dong)"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// Before: 2/4 (2 failed: no word that the text is cut).
// The Tây Ninh plan is stored cut ("[...]" after its second body). A body it names only inside another body's item, asked its duties:
// the plan's words are the answer (found, as every body a plan names is: duty-questions-property.test.ts), with a note that its own
// part, if any, is in what was cut.
describe("a body the cut Tây Ninh plan names only inside another body's item, asked its duties: what the text says, and that it is cut", () => {
  judged([
    { q: "Theo KH 1979, UBND các huyện, thành phố ở Tây Ninh được giao những nhiệm vụ gì?", type: "fact", expect_re: ["^(?=[\\s\\S]*phoi hop)(?=[\\s\\S]*bi cat)"], doc: ["1979/KH-UBND"] },
    { q: "What tasks does Tay Ninh's plan 1979 give the district People's Committees?", type: "fact", expect_re: ["^(?=[\\s\\S]*coordinat)(?=[\\s\\S]*\\bcut\\b)"], doc: ["1979/KH-UBND"] },
    // Answered before, kept: whom they work with, which the text does say, with no note.
    { q: "Theo KH 1979 Tây Ninh, UBND các huyện phối hợp với sở nào để tham mưu đề án vận động nguồn lực cho trẻ em vùng đồng bào dân tộc?", type: "fact", expect_re: ["^(?![\\s\\S]*bi cat)[\\s\\S]*lao dong"], doc: ["1979/KH-UBND"] },
  ]);
  it("quotes where the district committees are named", () => {
    const a = shipped.qa.answer("Theo KH 1979, UBND các huyện, thành phố ở Tây Ninh được giao những nhiệm vụ gì?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("Ủy ban nhân dân các huyện, thành phố tham mưu");
  });
});

// Before: 2/4 (2 failed). "Vì sao Công an tỉnh chủ trì ... qua tổng đài 111?" was answered with the hotline's number; a claim about a
// body with the number the plan writes now asks about the body (answerHotline), and the plan gives Công an tỉnh nothing (text cut).
describe("a premise that a body the plan never names handles the hotline it writes: the body is asked, not the number", () => {
  judged([
    { q: "Kế hoạch 1979 Tây Ninh giao Công an tỉnh trực tổng đài 111 phải không?", type: "none" },
    { q: "Why does Tay Ninh's plan 1979 make the provincial police run the 111 hotline?", type: "none" },
    // Answered before, kept: the number asked, and a wrong number corrected.
    { q: "Kế hoạch 1979 Tây Ninh nhắc tổng đài điện thoại số mấy?", type: "fact", expect_re: ["111"], doc: ["1979/KH-UBND"] },
    { q: "KH 1979 Tây Ninh: tố giác xâm hại trẻ em qua tổng đài 113 à?", type: "fact", expect_re: ["111"], doc: ["1979/KH-UBND"] },
  ]);
  // Before: failed. Not found, it said only "the plans do not answer this"; now the body's absence from the (cut) plan is said.
  it("says the plan gives that body nothing, and that its text is cut", () => {
    const a = shipped.qa.answer("Tại sao kế hoạch 1979 của Tây Ninh lại để Công an tỉnh chủ trì nhận tin báo xâm hại qua tổng đài 111?");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/không giao nhiệm vụ cho Công an tỉnh \(văn bản lưu trong kho bị cắt/);
  });
});

// Before: 0/2. The third item of a list was cut to its opening ("xây dựng, hướng dẫn, …" without "bệnh viện"): a body's list of
// three items or fewer is now shown whole (WHOLE_LIST_MAX in answerDuties).
describe("a body with three duty items or fewer: every item shown whole", () => {
  judged([
    { q: "What are all the duties of Gia Lai's Department of Health under 2509?", type: "fact", expect_re: ["^(?=[\\s\\S]*tiem chung)(?=[\\s\\S]*benh vien)"], doc: ["2509/KH-UBND"] },
    { q: "Sở Văn hóa, Thể thao và Du lịch Gia Lai được giao những gì trong kế hoạch 2509?", type: "fact", expect_re: ["^(?=[\\s\\S]*thiet che van hoa)(?=[\\s\\S]*thuc hien quyen tre em)"], doc: ["2509/KH-UBND"] },
  ]);
});

// Before: 0/3. "Báo cáo qua cơ quan nào, nay là cơ quan nào?" ended with "Sở LĐTBXH → Sở Y tế, Sở Nội vụ", two bodies: today's holder of
// the children's work now opens the answer (todaysHolderLine in receiverIn); "reports went through X" is read as the route asked.
describe("the body reports go through, asked as it is today: today's holder said first", () => {
  judged([
    { q: "Kế hoạch 1979 Tây Ninh: kết quả thực hiện báo cáo qua cơ quan nào, cơ quan ấy nay là gì?", type: "fact", expect_re: ["^.{0,240}so y te"], doc: ["1979/KH-UBND"] },
    { q: "Gia Lai plan 2509: yearly reports went through DOLISA. Where do they go now?", type: "fact", expect_re: ["^.{0,240}(so y te|department of health)"], doc: ["2509/KH-UBND"] },
    { q: "Theo KH 26 Huế, báo cáo kết quả gửi qua sở nào, giờ là sở nào?", type: "fact", expect_re: ["^.{0,240}so y te"], doc: ["26/KH-UBND"] },
  ]);
});

// Before: 0/3. Asked in English with the plan named ("plan 2509", "Hue's plan"), today's body got its predecessor's items first: "plan"
// reads as "kế hoạch", which the predecessor's items write and its own do not. In a duty question it names which plan, not a task
// (ENGLISH_PLAN_NAMED_RE in answerDuties).
describe("a body's duties asked in English with the plan named: the body's own items, not its predecessor's", () => {
  judged([
    { q: "What does plan 2509 ask of Gia Lai's Department of Health?", type: "lead", expect: ["y te"], doc: ["2509/KH-UBND"] },
    { q: "What does Hue's plan 26 want from the Department of Health?", type: "lead", expect: ["y te"], doc: ["26/KH-UBND"] },
    { q: "Under Gia Lai's plan, what is the Department of Health responsible for?", type: "fact", expect_re: ["^.{0,300}(tiem chung|dinh duong)"], doc: ["2509/KH-UBND"] },
  ]);
});
