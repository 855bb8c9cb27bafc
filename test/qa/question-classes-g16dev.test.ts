/**
 * The g16 odd half's failures, each taken as a class of question, with questions of our own of that class (other plans,
 * other bodies, other words, with and without diacritics, in English), written before the fix and failing then, judged as
 * score_qa.mjs judges, every quote verbatim. Controls of the same shape that answered before are kept beside them: marked
 * "Control", and these that turned out to pass before the fix too: the Department of Justice in English (1), the mental health
 * programme's years (2), "Does Gia Lai still report ...? By what date ...?" (5), the Huế statement then question (6), and "Which
 * plans implement Decision 2361/QĐ-TTg?" (7). Every other case failed before the change of its class.
 */
import { describe, expect, it } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("g16dev");

// 1. answerPlansNaming (src/qa/plan-routines.ts): "X xuất hiện / có mặt trong những kế hoạch nào, mỗi nơi giao gì?", "in which
// plans does X appear, and what does each ask of it?": every plan naming the body, each with the body's own duty item.
describe("which plans name a body, and what each of them gives it", () => {
  judged([
    { q: "Sở Kế hoạch và Đầu tư xuất hiện trong những kế hoạch nào, mỗi nơi giao sở này làm gì?", type: "fact",
      expect_re: ["(?=[\\s\\S]*oda)(?=[\\s\\S]*gia lai)(?=[\\s\\S]*hue)"], doc: ["2041/QĐ-UBND", "2509/KH-UBND", "26/KH-UBND"] },
    { q: "so tai chinh xuat hien trong nhung ke hoach nao, moi ke hoach giao so nay viec gi", type: "fact",
      expect_re: ["(?=[\\s\\S]*du toan)(?=[\\s\\S]*dak lak)(?=[\\s\\S]*gia lai)(?=[\\s\\S]*hue)"], doc: ["2041/QĐ-UBND", "2509/KH-UBND", "26/KH-UBND"] },
    { q: "In which plans does the Department of Justice appear, and what does each plan ask of it?", type: "fact",
      expect_re: ["(?=[\\s\\S]*tro giup phap ly)(?=[\\s\\S]*ho tich)(?=[\\s\\S]*gia lai)"], doc: ["2041/QĐ-UBND", "2509/KH-UBND", "26/KH-UBND"] },
    { q: "Công an tỉnh có mặt trong những kế hoạch nào, mỗi kế hoạch giao việc gì?", type: "fact",
      expect_re: ["(?=[\\s\\S]*dak lak)(?=[\\s\\S]*gia lai)(?=[\\s\\S]*hue)(?=[\\s\\S]*xam hai)"], doc: ["2041/QĐ-UBND", "2509/KH-UBND", "26/KH-UBND"] },
    // Control: asked which plans mention the body, as before.
    { q: "Kế hoạch nào có nhắc tới Ban Dân tộc?", type: "fact", expect_re: ["gia lai"], doc: ["2509/KH-UBND"] },
  ]);
});

// 2. answerNamedPeriod (src/qa/named-period.ts): the period of a programme, scheme or strategy the plan names ("Đề án 938 ...
// giai đoạn 2017-2027"), not the plan's own period.
describe("the period of a programme or scheme a plan names", () => {
  judged([
    { q: "Hội LHPN Gia Lai lồng ghép nhiệm vụ với Đề án 938 — đề án này giai đoạn nào?", type: "fact", expect_re: ["2017 ?[-–] ?2027"], doc: ["2509/KH-UBND"] },
    { q: "Đề án 938 mà kế hoạch Gia Lai nhắc tới có thời gian thực hiện ra sao?", type: "fact", expect_re: ["2017 ?[-–] ?2027"], doc: ["2509/KH-UBND"] },
    { q: "chuong trinh phong ngua giam thieu tre em lao dong trai quy dinh ma ke hoach gia lai neu la giai doan nao", type: "fact", expect_re: ["2021 ?[-–] ?2025"], doc: ["2509/KH-UBND"] },
    { q: "Which years does the children's mental health and orphan care programme in Gia Lai's plan cover?", type: "fact", expect_re: ["2023 ?[-–] ?2030"], doc: ["2509/KH-UBND"] },
    { q: "Chương trình thúc đẩy quyền tham gia của trẻ em mà kế hoạch Huế thực hiện là giai đoạn nào?", type: "fact", expect_re: ["2016 ?[-–] ?2020"], doc: ["26/KH-UBND"] },
    // Control: the plan's own period, asked of the plan.
    { q: "Kế hoạch 2130 thực hiện trong giai đoạn nào?", type: "fact", expect_re: ["2014 ?[-–] ?2020"], doc: ["2130/QĐ-UBND"] },
  ]);
});

// 3. periodNotHeld (src/qa/named-period.ts): a province's plan for years none of its plans covers, and the plans do not write,
// is not answered from the plan of other years; the periods held are said.
describe("a plan for years no plan of that province covers is not answered from another period's plan", () => {
  judged([
    { q: "Đắk Lắk giai đoạn 2021-2025 có chương trình bảo vệ trẻ em không, ai chủ trì?", type: "none" },
    { q: "Kế hoạch bảo vệ trẻ em Thừa Thiên Huế giai đoạn 2021-2025 giao ai chủ trì?", type: "none" },
    { q: "Who leads child protection in Dak Lak's plan for 2026-2030?", type: "none" },
    { q: "ke hoach cua gia lai giai doan 2016-2020 giao ai chu tri truyen thong", type: "none" },
    // Controls: the years of a plan held, and a period the plan itself writes.
    { q: "Đắk Lắk giai đoạn 2016-2020 ai chủ trì chương trình bảo vệ trẻ em?", type: "lead", expect: ["Thuong binh"], doc: ["2041/QĐ-UBND"] },
    { q: "Gia Lai đẩy mạnh Chương trình hành động quốc gia vì trẻ em giai đoạn 2021-2030 như thế nào?", type: "fact", expect_re: ["2021 ?- ?2030"], doc: ["2509/KH-UBND"] },
  ]);
  it("says which periods the province's plans cover", () => {
    const a = shipped.qa.answer("Đắk Lắk giai đoạn 2021-2025 có chương trình bảo vệ trẻ em không, ai chủ trì?");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/2016.2020/);
  });
});

// 4. answerReportReceiver (src/qa/question-answerer.ts): "through the same department in both", "có cùng qua một sở không":
// each plan's receiver, and whether it is the same body; "the right place to send the report": the body that receives them.
describe("the body reports go through, in each of several plans, or where to send a report", () => {
  judged([
    { q: "Do both Dak Lak documents (2041 and 2130) route the periodic reports to the provincial People's Committee through the same department?",
      type: "lead", expect: ["Thuong binh"], doc: ["2041/QĐ-UBND", "2130/QĐ-UBND"] },
    { q: "Hai quyết định 2041 và 2130 của Đắk Lắk có cùng cho báo cáo gửi UBND tỉnh qua một sở không?", type: "lead", expect: ["Thuong binh"], doc: ["2041/QĐ-UBND", "2130/QĐ-UBND"] },
    { q: "Is the labour department still the right place to send Huế's six-month report?", type: "lead", expect: ["Thuong binh", "Y te"], doc: ["26/KH-UBND"] },
    { q: "Should Gia Lai's annual report still be sent to the labour department?", type: "lead", expect: ["Thuong binh", "Y te"], doc: ["2509/KH-UBND"] },
  ]);
});

// 5. secondQuestion (src/qa/two-part-questions.ts): two questions each with its mark, the first a yes/no question ("Is ...?",
// "... không?"): each answered.
describe("a yes/no question and a second question, each with its own mark", () => {
  judged([
    { q: "Is the labour department still the right place to send Huế's six-month report? What does the 2016 plan say about who compiles the reports and the deadline?",
      type: "fact", expect_re: ["25/5"], doc: ["26/KH-UBND"] },
    { q: "Kế hoạch 26 có còn hiệu lực không? Hạn gửi báo cáo năm là ngày nào?", type: "fact", expect_re: ["20/11"], doc: ["26/KH-UBND"] },
    { q: "Does Gia Lai still report to the labour department? By what date is the yearly report due?", type: "fact", expect_re: ["15/12"], doc: ["2509/KH-UBND"] },
  ]);
});

// 6. answer (src/qa/question-answerer.ts): a statement of context ("Sở Y tế ... giờ quản lý nhà nước về trẻ em."), then a question
// complete in itself: the question answered when the whole is not.
describe("a statement of context, then a question complete in itself", () => {
  judged([
    { q: "Sở Y tế Đắk Lắk giờ quản lý nhà nước về trẻ em. Trong QĐ 2130, báo cáo hằng năm của các sở gửi UBND tỉnh qua sở nào?", type: "lead",
      expect: ["Thuong binh", "Y te"], doc: ["2130/QĐ-UBND"] },
    { q: "So Y te Hue gio quan ly nha nuoc ve tre em. Trong ke hoach 26, bao cao 6 thang cua cac so gui truoc ngay nao?", type: "fact", expect_re: ["25/5"], doc: ["26/KH-UBND"] },
    // Control: a statement of context then a question, answered before.
    { q: "Sở Y tế Gia Lai giờ lo công tác trẻ em. Theo kế hoạch 2509, báo cáo năm gửi qua sở nào?", type: "lead", expect: ["Thuong binh"], doc: ["2509/KH-UBND"] },
  ]);
});

// 7. answerWhichPlans (src/qa/question-answerer.ts): "kh nào triển khai QĐ 2361", "which plans implement Decision 2361": every plan
// citing the decision, each with the line that cites it, though the plans were first narrowed to those citing it.
describe("which plans carry out a decision the question names", () => {
  judged([
    { q: "kh nao trien khai QD 2361/QD-TTg ve chuong trinh bao ve tre em 2016-2020?", type: "fact",
      expect_re: ["(?=[\\s\\S]*(?:dak lak|2041))(?=[\\s\\S]*(?:hue|26/kh))"], doc: ["2041/QĐ-UBND", "26/KH-UBND"] },
    { q: "Kế hoạch nào thực hiện Quyết định 2361/QĐ-TTg?", type: "fact", expect_re: ["(?=[\\s\\S]*dak lak)(?=[\\s\\S]*hue)"], doc: ["2041/QĐ-UBND", "26/KH-UBND"] },
    { q: "Which plans implement Decision 2361/QĐ-TTg?", type: "fact", expect_re: ["(?=[\\s\\S]*dak lak)(?=[\\s\\S]*hue)"], doc: ["2041/QĐ-UBND", "26/KH-UBND"] },
  ]);
});
