/**
 * Capabilities missing on a fresh set (g12, second half), each with new questions written for the capability before its fix
 * (other plans, other wordings, with and without diacritics, English), judged as score_qa.mjs judges, every quote verbatim.
 * The line before each class says how many of its questions passed before the change: 25 of 66 (41 failed); two more written after the first fix (class 4) failed too.
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("g12dev2");

// Before: 8/10 passed. "...; Sở LĐTBXH làm đầu mối tổng hợp hồ sơ trình khen thưởng" in Sở Nội vụ's item, and "(thông qua Sở LĐTBXH)"
// in the reporting section, answered the section's body: clauseSubject and viaAgency in src/qa/intent-handlers.ts.
describe("an agency named as the one that does something inside another agency's section: that agency answers", () => {
  judged([
    { q: "Ở Gia Lai, cơ quan nào làm đầu mối tổng hợp hồ sơ trình khen thưởng trong công tác trẻ em?", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "gia lai ai dau moi tong hop ho so trinh khen thuong ve cham soc giao duc bao ve tre em", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "Who is the focal point for compiling commendation dossiers under Gia Lai's plan 2509?", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "Kế hoạch 2509: hồ sơ trình khen thưởng các tổ chức, cá nhân điển hình do sở nào tổng hợp?", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "theo kh 2509 so nao lam dau moi tong hop ho so khen thuong", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "Which agency compiles the dossiers submitted for commendation in Gia Lai's child plan?", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "Ở Đắk Lắk, khó khăn vướng mắc khi thực hiện chương trình bảo vệ trẻ em phản ánh về UBND tỉnh thông qua sở nào?", type: "lead", expect: ["Lao dong"], doc: ["2041/QĐ-UBND"] },
    { q: "Gia Lai: báo cáo kết quả thực hiện hằng năm gửi về UBND tỉnh thông qua cơ quan nào?", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "Sở Nội vụ Gia Lai phối hợp với sở nào tham mưu kiện toàn tổ chức bộ máy quản lý nhà nước về trẻ em?", type: "all_agencies", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    // Never a guess: a plan that says nothing of commendation dossiers is still not an answer.
    { q: "Ở Tây Ninh, cơ quan nào làm đầu mối tổng hợp hồ sơ trình khen thưởng?", type: "none", doc: [] },
  ]);
});

// Before: 3/10 passed. "Điều 2. Sở Tài chính ... tham mưu ... bố trí kinh phí" gave no assignment (addArticleSubjects in
// src/kb/ingest/assignment-parser.ts); "căn cứ khả năng ngân sách" was read as a legal-basis question (question-parser.ts); the
// "có hiệu lực" line was not quoted (answerPlanDetails); an article the decision does not have was answered from the plan.
describe("the decision's own articles (Điều 1, 2, 3) before the attached plan: read and cited", () => {
  judged([
    { q: "Ở Đắk Lắk, cơ quan nào tham mưu UBND tỉnh bố trí kinh phí thực hiện Chương trình bảo vệ trẻ em?", type: "lead", expect: ["Tai chinh"], doc: ["2041/QĐ-UBND"] },
    { q: "dak lak so nao tham muu bo tri kinh phi cho chuong trinh bvte 2016-2020", type: "lead", expect: ["Tai chinh"], doc: ["2041/QĐ-UBND"] },
    { q: "Which department advises the Dak Lak People's Committee on allocating funds for the child protection programme?", type: "lead", expect: ["Tai chinh"], doc: ["2041/QĐ-UBND"] },
    { q: "Quyết định 2041 giao ai căn cứ khả năng ngân sách của tỉnh tham mưu bố trí kinh phí?", type: "lead", expect: ["Tai chinh"], doc: ["2041/QĐ-UBND"] },
    { q: "Theo Điều 2 Quyết định 2041, sở nào tham mưu bố trí kinh phí?", type: "lead", expect: ["Tai chinh"], doc: ["2041/QĐ-UBND"] },
    { q: "Ai chịu trách nhiệm thi hành Quyết định 2041?", type: "all_agencies", expect: ["Van phong", "Lao dong", "Tai chinh", "Ke hoach va Dau tu"], doc: ["2041/QĐ-UBND"] },
    { q: "Who is responsible for executing Decision 2130/QD-UBND?", type: "all_agencies", expect: ["Lao dong", "Ngoai vu"], doc: ["2130/QĐ-UBND"] },
    { q: "Quyết định 2130 có hiệu lực từ khi nào?", type: "fact", expect_all: ["ky ban hanh"], doc: ["2130/QĐ-UBND"] },
    { q: "Gia Lai: sở nào căn cứ khả năng cân đối ngân sách tham mưu bố trí kinh phí thực hiện kế hoạch?", type: "lead", expect: ["Tai chinh"], doc: ["2509/KH-UBND"] },
    // Never a guess: an article the decision does not have.
    { q: "Điều 5 của Quyết định 2041 quy định gì?", type: "none", doc: [] },
  ]);
});

// Before: 4/10 passed. "bc", "kq", "6 th", "TT Hue"/"tth", and a province's initials opening the question ("gl bc ...") were not
// read: CHAT_SHORT_FORMS and lowerPlaces in src/qa/written-short-forms.ts.
describe("chat short forms of reports, deadlines and provinces (bc, TTH, TT Hue, nop truoc ngay may)", () => {
  judged([
    { q: "TTH bc 6 thang gui truoc ngay nao", type: "fact", expect_re: ["25/5"], doc: ["26/KH-UBND"] },
    { q: "tt hue bc nam nop truoc ngay may", type: "fact", expect_re: ["20/11"], doc: ["26/KH-UBND"] },
    { q: "o TTH bc dinh ky 06 thang han chot ngay bao nhieu", type: "fact", expect_re: ["25/5"], doc: ["26/KH-UBND"] },
    { q: "TT-Huế: bc 1 năm gửi trước ngày mấy?", type: "fact", expect_re: ["20/11"], doc: ["26/KH-UBND"] },
    { q: "Thua Thien Hue semi-annual report due date?", type: "fact", expect_re: ["25/5"], doc: ["26/KH-UBND"] },
    { q: "gl bc hang nam nop truoc ngay may", type: "fact", expect_re: ["15/12"], doc: ["2509/KH-UBND"] },
    { q: "tth: bc 6 th nop truoc ngay may vay", type: "fact", expect_re: ["25/5"], doc: ["26/KH-UBND"] },
    { q: "Huế bc định kỳ 6 tháng nộp trước ngày mấy", type: "fact", expect_re: ["25/5"], doc: ["26/KH-UBND"] },
    { q: "gia lai bc kq thuc hien kh gui ve dau", type: "fact", expect_re: ["lao dong"], doc: ["2509/KH-UBND"] },
    // Never a guess: a province whose plan gives no date.
    { q: "dl bc 6 thang nop truoc ngay may", type: "none", doc: [] },
  ]);
});

// Before: 6/9 passed (the two written after the first fix failed too). "legal grounds ... issued" went to plan details, "which national decision ... carry out" to an appendix row,
// "what laws" listed no law: LEGAL_BASIS_STRONG_RE (question-parser.ts), LEGAL_WORDS and the laws line (answerLegalBasis).
describe("English questions about a plan's legal basis: answered from its 'Căn cứ' lines", () => {
  judged([
    { q: "Plan 2041/QD-UBND implements which Prime Minister's decision?", type: "fact", expect_all: ["2361"], doc: ["2041/QĐ-UBND"] },
    { q: "What is the legal basis of Gia Lai's plan 2509?", type: "fact", expect_re: ["1183|273-kh/tu"], doc: ["2509/KH-UBND"] },
    { q: "What Prime Minister's decision is decision 2130 based on?", type: "fact", expect_all: ["535"], doc: ["2130/QĐ-UBND"] },
    { q: "On what legal grounds was Dak Lak's child protection programme plan for 2016-2020 issued?", type: "fact", expect_all: ["2361"], doc: ["2041/QĐ-UBND"] },
    { q: "Which national decision does Decision 2130 carry out?", type: "fact", expect_all: ["535"], doc: ["2130/QĐ-UBND"] },
    { q: "Which Prime Minister's decision is Gia Lai's plan 2509 based on?", type: "fact", expect_all: ["1183"], doc: ["2509/KH-UBND"] },
    { q: "what laws is the dak lak decision 2041 based on", type: "fact", expect_all: ["luat"], doc: ["2041/QĐ-UBND"] },
    { q: "Legal basis of plan 2130?", type: "fact", expect_all: ["535"], doc: ["2130/QĐ-UBND"] },
    { q: "Which decision does Tay Ninh's plan 1979 implement?", type: "fact", expect_all: ["1506"], doc: ["1979/KH-UBND"] },
    // Written after the first fix: a plan naming the Prime Minister elsewhere (the 2130 appendix) took "Prime Minister" as the body asked about.
    { q: "Decision 2130/QD-UBND carries out which Prime Minister's decision?", type: "fact", expect_all: ["535"], doc: ["2130/QĐ-UBND"] },
    { q: "Decision 2041 implements which national programme decision?", type: "fact", expect_all: ["2361"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// Before: 3/10 passed (the 3 answerable ones). "cấp phép", "giấy phép" (and licence, permit in English) are topic words no plan
// uses: TOPIC_WORDS in src/qa/english-glossary.ts.
describe("licensing, permits and inspections of private facilities: refused unless a passage speaks of them", () => {
  judged([
    { q: "Theo các kế hoạch, cơ quan nào cấp giấy phép thành lập cơ sở trợ giúp trẻ em tư nhân?", type: "none", doc: [] },
    { q: "ai cap phep cho trung tam bao tro tre em ngoai cong lap", type: "none", doc: [] },
    { q: "Who issues licences to private kindergartens under these plans?", type: "none", doc: [] },
    { q: "Sở nào cấp phép hoạt động cho nhóm trẻ gia đình ở Đắk Lắk?", type: "none", doc: [] },
    { q: "Thủ tục xin giấy phép mở cơ sở chăm sóc trẻ em tư thục ở Gia Lai?", type: "none", doc: [] },
    { q: "Who grants permits to private child care centres in Gia Lai?", type: "none", doc: [] },
    { q: "co quan nao thu hoi giay phep co so giu tre tu nhan vi pham", type: "none", doc: [] },
    // Answerable near these words: inspections and checks the plans do assign.
    { q: "Ở Gia Lai, sở nào tăng cường thanh tra, kiểm tra để bảo vệ trẻ em trong các hoạt động văn hóa, thể thao, du lịch?", type: "lead", expect: ["Van hoa"], doc: ["2509/KH-UBND"] },
    { q: "Đắk Lắk: sở nào kiểm tra tổ chức hoạt động trợ giúp pháp lý cho trẻ em?", type: "lead", expect: ["Tu phap"], doc: ["2041/QĐ-UBND"] },
    { q: "Which department oversees adoption (nuoi con nuoi) in Dak Lak's plan?", type: "lead", expect: ["Tu phap"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// Before: 0/8 passed. A wrong number with a province gave the real plan's header whatever was asked: the task is now answered from
// the real plan only when it covers the topic (topicOnlyElsewhere), else refused (answerReferences in question-answerer.ts); a
// document number not held no longer shields an absent topic (withAbsentTopic).
describe("a plan number not in the library with a topic its province's plan does not cover: refused", () => {
  judged([
    { q: "Kế hoạch số 45/KH-UBND năm 2019 của Tây Ninh về phòng chống đuối nước trẻ em giao ai chủ trì?", type: "none", doc: [] },
    { q: "KH 777/KH-UBND cua Dak Lak ve cap phep co so tro giup tre em do ai chu tri", type: "none", doc: [] },
    { q: "Who leads plan 123/KH-UBND of Thua Thien Hue on school bus safety?", type: "none", doc: [] },
    { q: "Kế hoạch 61/KH-UBND năm 2022 của Gia Lai về cấp phép nhóm trẻ tư thục giao sở nào?", type: "none", doc: [] },
    { q: "Quyết định 1500/QĐ-UBND của Đắk Lắk về xe đưa đón học sinh giao ai chủ trì?", type: "none", doc: [] },
    // The real plan covers the topic: its number is corrected and it answers.
    { q: "Kế hoạch số 2500/KH-UBND của Gia Lai về tiêm chủng mở rộng giao sở nào chủ trì?", type: "lead", expect: ["Y te"], doc: ["2509/KH-UBND"] },
    { q: "Kế hoạch 30/KH-UBND của Thừa Thiên Huế năm 2016: báo cáo 6 tháng trước ngày nào?", type: "fact", expect_re: ["25/5"], doc: ["26/KH-UBND"] },
    { q: "Quyết định 2040/QĐ-UBND của Đắk Lắk: sở nào chủ trì hoàn thiện hệ thống tư pháp cho người chưa thành niên?", type: "lead", expect: ["Tu phap"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// Before: 1/9 passed. The requested body came back only as "requested" and requested bodies were not preferred when the question
// asks who is requested: requestedAsResponsible (answer-composer.ts), ofRequestedBody (intent-handlers.ts).
describe("'ai được đề nghị ...': a body the province can only request is the one responsible for the task", () => {
  judged([
    { q: "Ở Gia Lai, ai được đề nghị phát động phong trào toàn dân chăm sóc, giáo dục và bảo vệ trẻ em?", type: "lead", expect: ["Mat tran"], doc: ["2509/KH-UBND"] },
    { q: "Gia Lai đề nghị tổ chức nào tổ chức các hoạt động phát huy quyền tham gia và sáng kiến của trẻ em trong trường học?", type: "lead", expect: ["Doan"], doc: ["2509/KH-UBND"] },
    { q: "Who is requested to supervise the implementation of plan 2130?", type: "lead", expect: ["Mat tran"], doc: ["2130/QĐ-UBND"] },
    { q: "Đắk Lắk đề nghị ai giám sát việc chấp hành pháp luật về trẻ em?", type: "lead", expect: ["Mat tran"], doc: ["2041/QĐ-UBND"] },
    { q: "ai duoc de nghi van dong ung ho quy bao tro tre em o dak lak", type: "lead", expect: ["Mat tran"], doc: ["2041/QĐ-UBND"] },
    { q: "gia lai: hoi phu nu duoc de nghi lam gi ve tre em", type: "fact", expect_all: ["tuyen truyen"], doc: ["2509/KH-UBND"] },
    { q: "Which organisation is asked to take part in and monitor the 2014-2020 UN recommendations plan?", type: "lead", expect: ["Mat tran"], doc: ["2130/QĐ-UBND"] },
    { q: "Ai được đề nghị tăng cường tuyên truyền, vận động về thực hiện quyền trẻ em ở Gia Lai?", type: "lead", expect: ["Phu nu"], doc: ["2509/KH-UBND"] },
    { q: "Đề nghị ai nhận đỡ đầu, chăm sóc trẻ em có hoàn cảnh đặc biệt ở Đắk Lắk?", type: "lead", expect: ["Mat tran"], doc: ["2041/QĐ-UBND"] },
  ]);
});
