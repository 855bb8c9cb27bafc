/**
 * Capabilities missing on a fresh set (g10), each with new questions written for the capability before its fix (other plans,
 * other bodies, other wordings, with and without diacritics, English), judged as score_qa.mjs judges, every quote verbatim.
 * The line before each class says how many of its questions passed before the change.
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("g10dev");

// Each must open with "Không"/"No" (expect_re). Before: 6/10 passed the judge on the fact alone, but only the 6,970 one said no; the period questions and "1800 1567" passed because some passage or
// note happened to hold the string. Periods were never checked, an issuer after "của"/"of" blocked the basis check, "phải ko" was no premise, a figure
// found in a lower passage was confirmed, English units ("billion") matched nothing, long hotline numbers were not read: periodPremise,
// issuerOf, EXACT_SHARE, digitsOff, ENGLISH_UNITS in src/qa/answer-check.ts; PREMISE_RE in src/qa/question-parser.ts; answerHotline.
describe("a yes/no question whose premise states a wrong period, figure, issuer or hotline: no, with what the plan writes, quoted", () => {
  judged([
    { q: "Quyết định 2130 áp dụng cho giai đoạn 2016-2020 đúng không?", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["2014-2020"], doc: ["2130/QĐ-UBND"] },
    { q: "ke hoach 2041 dak lak chi la ke hoach cho nam 2016 phai khong", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["2016-2020"], doc: ["2041/QĐ-UBND"] },
    { q: "Is Hue's plan 26 a plan for the whole 2016-2020 period?", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["năm 2016"], doc: ["26/KH-UBND"] },
    { q: "Ngân sách tỉnh cho kế hoạch 2041 trong 5 năm là 6,970 tỷ đồng đúng không?", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["5,970"], doc: ["2041/QĐ-UBND"] },
    { q: "Under plan 2041, the province's budget averages 1,394 billion dong a year, right?", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["1,194"], doc: ["2041/QĐ-UBND"] },
    { q: "qd 2130 trien khai quyet dinh 535 cua bo lao dong phai khong", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["Thủ tướng"], doc: ["2130/QĐ-UBND"] },
    { q: "Does Hue's plan 26 implement Decision 1235 of the Ministry of Health?", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["Thủ tướng"], doc: ["26/KH-UBND"] },
    { q: "Kế hoạch 2041 Đắk Lắk thực hiện Quyết định 2361 của Bộ Lao động - Thương binh và Xã hội đúng không?", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["Thủ tướng"], doc: ["2041/QĐ-UBND"] },
    { q: "Kế hoạch 1979 Tây Ninh hướng dẫn gọi đường dây nóng 18001234 để báo tin trẻ bị xâm hại phải không?", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["111"], doc: ["1979/KH-UBND"] },
    { q: "tay ninh 1979 bao tin bao luc tre em qua tong dai 1800 1567 dung khong", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["111"], doc: ["1979/KH-UBND"] },
  ]);
});

// Before: 4/6 passed (only a heading quoted whole was a part; "những chương trình nào" of a part headed "Các nội dung chủ yếu",
// "what are the solutions" in English found nothing: partOfKind, ITEMS_ASKED_RE in src/qa/intent-handlers.ts).
describe("the plan's own list of programmes, tasks, solutions or contents (gồm những chương trình nào, main tasks): every heading under it", () => {
  judged([
    { q: "Kế hoạch 2509 Gia Lai có những nhiệm vụ và giải pháp trọng tâm nào?", type: "fact", expect_all: ["nâng cao nhận thức", "rà soát, hoàn thiện chính sách", "hiệu lực quản lý nhà nước"], doc: ["2509/KH-UBND"] },
    { q: "ke hoach 26 hue co nhung nhiem vu cu the nao", type: "fact", expect_all: ["kiện toàn tổ chức", "mô hình bảo vệ trẻ em"], doc: ["26/KH-UBND"] },
    { q: "What are the solutions in Dak Lak's plan 2041? List them.", type: "fact", expect_all: ["huy động và sử dụng nguồn lực", "thanh tra, kiểm tra"], doc: ["2041/QĐ-UBND"] },
    { q: "Kế hoạch 1979 Tây Ninh gồm những nội dung nào?", type: "fact", expect_all: ["giáo dục đạo đức", "xã hội hóa"], doc: ["1979/KH-UBND"] },
    { q: "kh 26 hue co nhung giai phap thuc hien nao", type: "fact", expect_all: ["truyền thông, vận động xã hội", "Quỹ bảo trợ trẻ"], doc: ["26/KH-UBND"] },
    { q: "Which programmes does Dak Lak's plan 2041 consist of?", type: "fact", expect_all: ["nâng cao năng lực", "tư pháp", "cơ sở dữ liệu"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// Before: 5/7 of the first seven passed (an English abbreviation was read only in an English question: byEnglish in
// src/qa/agency-initials.ts); the last two were written with the glossary change ("to fund" as a verb: ENGLISH_VERBS).
describe("English abbreviations of departments (DOHA, DOF, DPI, DOET, DOH, DOJ, DCST, DIC, DOLISA) in any register", () => {
  judged([
    { q: "Under Dak Lak's plan 2041, what does the DOHA have to do?", type: "all_agencies", expect: ["noi vu"], doc: ["2041/QĐ-UBND"] },
    { q: "In Gia Lai's plan 2509, what is the DPI responsible for?", type: "all_agencies", expect: ["ke hoach"], doc: ["2509/KH-UBND"] },
    { q: "What does the DCST do under Hue's plan 26?", type: "all_agencies", expect: ["van hoa"], doc: ["26/KH-UBND"] },
    { q: "Theo KH 2509 Gia Lai, DIC có nhiệm vụ gì?", type: "all_agencies", expect: ["thong tin"], doc: ["2509/KH-UBND"] },
    { q: "kh 26 hue: DOJ lam gi", type: "all_agencies", expect: ["tu phap"], doc: ["26/KH-UBND"] },
    { q: "In Tay Ninh's plan 1979, what must the DOET do?", type: "all_agencies", expect: ["giao duc"], doc: ["1979/KH-UBND"] },
    { q: "Gia Lai 2509: the DOH works with which department on child nutrition?", type: "all_agencies", expect: ["y te"], doc: ["2509/KH-UBND"] },
    { q: "Under Dak Lak's plan 2041, which department (DOF?) has to fund DOLISA's work from the yearly budget estimate?", type: "lead", expect: ["tai chinh"], doc: ["2041/QĐ-UBND"] },
    { q: "Theo QĐ 2041, DOHA phối hợp với DOLISA làm gì?", type: "all_agencies", expect: ["noi vu"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// Before: 2/5 passed ("which provincial departments", "what ... departments are assigned" and the appendix's lead column asked in
// either order were not read as the list: LIST_AGENCIES_RE, APPENDIX_LEADS_RE in src/qa/question-parser.ts).
describe("which departments a plan gives tasks to, asked in English, and the appendix's lead column listed whole", () => {
  judged([
    { q: "Which departments does Gia Lai's plan 2509 give tasks to?", type: "all_agencies", expect: ["lao dong", "giao duc", "y te", "van hoa", "thong tin", "tu phap", "noi vu", "tai chinh", "ke hoach"], doc: ["2509/KH-UBND"] },
    { q: "List the departments Tay Ninh's plan 1979 assigns duties to.", type: "all_agencies", expect: ["lao dong", "giao duc"], doc: ["1979/KH-UBND"] },
    { q: "What provincial departments are assigned tasks in Dak Lak's plan 2041?", type: "all_agencies", expect: ["lao dong", "tu phap", "giao duc", "y te", "noi vu", "tai chinh"], doc: ["2041/QĐ-UBND"] },
    { q: "Which bodies are listed as lead agencies in the appendix of Decision 2130?", type: "all_agencies", expect: ["lao dong", "giao duc", "y te", "tu phap", "noi vu", "cong an", "tai chinh"], doc: ["2130/QĐ-UBND"] },
    { q: "phu luc qd 2130 cot co quan chu tri gom nhung co quan nao", type: "all_agencies", expect: ["lao dong", "giao duc", "y te", "tu phap", "noi vu", "cong an", "tai chinh"], doc: ["2130/QĐ-UBND"] },
  ]);
});

// Before: 4/5 passed ("which higher-level document does each of ... implement" and "thực hiện văn bản cấp trên nào" were not
// read as the legal basis: legal_basis rule in src/qa/question-parser.ts).
describe("what higher document each of two plans implements: each plan's own basis", () => {
  judged([
    { q: "Kế hoạch 2041 Đắk Lắk và kế hoạch 26 Huế mỗi kế hoạch thực hiện văn bản nào của cấp trên?", type: "fact", expect_all: ["2361", "1235"], doc: ["2041/QĐ-UBND", "26/KH-UBND"] },
    { q: "Which higher-level document does each of Decision 2130 and Gia Lai's plan 2509 implement?", type: "fact", expect_all: ["535", "273-KH/TU"], doc: ["2130/QĐ-UBND", "2509/KH-UBND"] },
    { q: "kh 1979 tay ninh va qd 2130 moi van ban trien khai van ban nao cua cap tren", type: "fact", expect_all: ["1506", "535"], doc: ["1979/KH-UBND", "2130/QĐ-UBND"] },
    { q: "Kế hoạch của Huế năm 2016 và của Gia Lai năm 2024 lần lượt thực hiện văn bản nào?", type: "fact", expect_all: ["1235", "273-KH/TU"], doc: ["26/KH-UBND", "2509/KH-UBND"] },
    { q: "What does each of Hue's and Tay Ninh's plans implement?", type: "fact", expect_all: ["1235", "1506"], doc: ["26/KH-UBND", "1979/KH-UBND"] },
  ]);
});

// Written after the first part of the fix ("which local body" read as who: WHO_RE), then 3/5 passed; "cấp nào" and a local body
// ranked below the top five were still missed (ASKED_KIND local kind, ranked over 12 passages: src/qa/intent-handlers.ts).
describe("which local body or authority (not a department) does a task, however the question qualifies it: the body the plan gives it to", () => {
  judged([
    { q: "Under Gia Lai's plan 2509, which local body has to allocate funds and resources for the plan's tasks in its locality?", type: "lead", expect: ["huyen"], doc: ["2509/KH-UBND"] },
    { q: "In Hue's plan 26, which local authority must direct the communes to support the child-protection collaborators?", type: "lead", expect: ["huyen"], doc: ["26/KH-UBND"] },
    { q: "Theo kế hoạch 2509 Gia Lai, cấp nào phải bố trí kinh phí, nguồn lực thực hiện kế hoạch tại địa phương?", type: "lead", expect: ["huyen"], doc: ["2509/KH-UBND"] },
    { q: "ke hoach 26 hue, don vi nao o dia phuong phai xay dung ke hoach bao ve tre em nam 2016 phu hop thuc tien", type: "lead", expect: ["huyen"], doc: ["26/KH-UBND"] },
    { q: "Under plan 2041, which provincial body advises on allocating funds in the yearly budget estimate for DOLISA?", type: "lead", expect: ["tai chinh"], doc: ["2041/QĐ-UBND"] },
  ]);
});
