/**
 * Capabilities missing on a fresh set (g20, odd half), each with new questions written for the class before its fix,
 * judged as qa-judge judges, every quote verbatim. The line before each class says how many passed before the change.
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("g20dev");

// Before: 3/7 (4 failed). A count of the bodies the "Tổ chức thực hiện" part assigns work to, asked "including the requested
// item" ("tính cả / kể cả mục đề nghị Mặt trận", "counting the ... item that is only requested"), counted only the requested
// bodies (1 of 15): the words "đề nghị" and "only" now read as requested-only unless the question counts them in as well
// ("phân công" is a verb of assigning, like "giao"): requestedToo in src/qa/intent-handlers.ts.
describe("a count of the bodies a plan's implementation part names, the requested ones counted in when the question says so", () => {
  judged([
    { q: "Kế hoạch 2509 Gia Lai, mục Tổ chức thực hiện phân công nhiệm vụ cho tổng cộng bao nhiêu cơ quan, đơn vị, kể cả các tổ chức được đề nghị?", type: "fact", expect_re: ["\\b16\\b"], doc: ["2509/KH-UBND"] },
    { q: "kh 2509 gia lai phan cong nhiem vu cho bao nhieu co quan don vi, tinh ca cac muc de nghi hoi phu nu va tinh doan?", type: "fact", expect_re: ["\\b16\\b"], doc: ["2509/KH-UBND"] },
    { q: "How many agencies and bodies does the implementation section of Dak Lak's decision 2041 assign tasks to, counting the Fatherland Front item that is only requested?", type: "fact", expect_re: ["\\b15\\b"], doc: ["2041/QĐ-UBND"] },
    { q: "quyet dinh 2041 phan cong nhiem vu cho bao nhieu co quan, ke ca muc de nghi mat tran to quoc?", type: "fact", expect_re: ["\\b15\\b"], doc: ["2041/QĐ-UBND"] },
    { q: "QĐ 2041 Đắk Lắk: phần tổ chức thực hiện phân công cho mấy cơ quan, đơn vị, bao gồm cả Mặt trận Tổ quốc?", type: "fact", expect_re: ["\\b15\\b"], doc: ["2041/QĐ-UBND"] },
    { q: "QĐ 2130: phần tổ chức thực hiện giao việc cho bao nhiêu mục, kể cả mục đề nghị Mặt trận Tổ quốc?", type: "fact", expect_re: ["\\b4\\b"], doc: ["2130/QĐ-UBND"] },
    // Requested only, as before: the three "Đề nghị" items of Gia Lai's list.
    { q: "Kế hoạch 2509 Gia Lai chỉ đề nghị (không giao) bao nhiêu tổ chức?", type: "fact", expect_re: ["\\b3\\b"], doc: ["2509/KH-UBND"] },
  ]);
});

// Before: 3/9 (6 failed). Money asked for one body ("Sở Y tế được phân bổ bao nhiêu kinh phí", "how much funding does ... give the
// Department of Health") in plans that state no amount for any body (2041 gives a total, with "(Có phụ lục chi tiết kèm theo)" not in
// the text; the others name sources only) was answered with that body's duties, or another body's, as if found: the plan states no
// amount for it, found=false, with what it does state quoted: answerAmountForBody in src/qa/intent-handlers.ts.
describe("how much money a plan gives one body, when it states no amount for any body: not stated", () => {
  judged([
    { q: "Kế hoạch 2041 cấp cho Công an tỉnh Đắk Lắk bao nhiêu tiền?", type: "none" },
    { q: "ke hoach 2509 gia lai phan bo cho so giao duc bao nhieu kinh phi?", type: "none" },
    { q: "How much funding does Hue's plan 26 give the Department of Health?", type: "none" },
    { q: "Theo kế hoạch 26 Huế, Sở Tư pháp được cấp bao nhiêu ngân sách năm 2016?", type: "none" },
    { q: "QĐ 2130 bố trí cho Sở Lao động - Thương binh và Xã hội bao nhiêu kinh phí?", type: "none" },
    { q: "Kế hoạch 1979 Tây Ninh dành bao nhiêu tiền cho Sở Giáo dục và Đào tạo?", type: "none" },
    // What the plans do state is still answered: the total, the province's share, the body that arranges the money.
    { q: "Tổng kinh phí của chương trình 2041 Đắk Lắk là bao nhiêu?", type: "fact", expect_re: ["6[.,]970"], doc: ["2041/QĐ-UBND"] },
    { q: "Kế hoạch 2041: ngân sách tỉnh bố trí bao nhiêu?", type: "fact", expect_re: ["5[.,]970"], doc: ["2041/QĐ-UBND"] },
    { q: "Sở nào bố trí kinh phí trong kế hoạch 2509?", type: "lead", expect: ["Tai chinh"], doc: ["2509/KH-UBND"] },
  ]);
});

// A reader who takes "no amount stated for this body" to mean no figure may be shown as its amount: the overall amounts of 2041 are
// in the citations, not in the answer's text (before this, the text quoted "6,970 tỷ đồng" beside "không nêu số kinh phí ... cho Sở Y tế").
describe("the answer that a body's money is not stated shows no figure in its text", () => {
  judged([
    { q: "QĐ 2041 Đắk Lắk phân bổ cho Sở Lao động - Thương binh và Xã hội bao nhiêu tỷ đồng?", type: "no_number" },
    { q: "quyet dinh 2041 dak lak cap cho so giao duc va dao tao bao nhieu tien?", type: "no_number" },
    { q: "How much money does Dak Lak's decision 2041 give the provincial police?", type: "no_number" },
  ]);
});

// Before: 6/8 (2 failed, both English; g20-049 too). Which body a plan ordered to do a task, and which body does it today: the
// Vietnamese questions found the task's item and its successor line; English ones lost the task to other items, as the glossary had
// no plan words for "information", "watch"/"track", "publicity", and "monitor" only as "giám sát" (the plan's "theo dõi"):
// ENGLISH_TO_VIETNAMESE in src/qa/english-glossary.ts; "task(ed) with" is the giving of work ("giao"), not the plan's "nhiệm vụ":
// translateTerms in src/qa/question-parser.ts.
const TTTT_NOW = "^(?=[\\s\\S]*(?:thong tin va truyen thong|information and communication))(?=[\\s\\S]*(?:khoa hoc va cong nghe|science and technology|van hoa|culture))";
describe("which body a plan ordered to do a task, and which body holds that job today", () => {
  judged([
    { q: "Under Hue's plan 26, which department was told to direct the press to step up publicity on children's rights, and which department does that now?", type: "fact", expect_re: [TTTT_NOW], doc: ["26/KH-UBND"] },
    { q: "Kế hoạch 2509 Gia Lai giao sở nào thường xuyên theo dõi thông tin trên mạng xã hội liên quan đến trẻ em, và hiện nay việc đó do sở nào đảm nhận?", type: "fact", expect_re: [TTTT_NOW], doc: ["2509/KH-UBND"] },
    { q: "qd 2041 dak lak giao so nao van dong nguon ho tro ODA cho cac du an bao ve tre em, gio viec do thuoc so nao?", type: "fact", expect_re: ["^(?=[\\s\\S]*ke hoach va dau tu)(?=[\\s\\S]*so tai chinh)"], doc: ["2041/QĐ-UBND"] },
    { q: "Which department did Dak Lak's decision 2041 order to mobilise ODA support for child protection projects, and which department has that job today?", type: "fact", expect_re: ["^(?=[\\s\\S]*ke hoach va dau tu)(?=[\\s\\S]*so tai chinh)"], doc: ["2041/QĐ-UBND"] },
    { q: "Kế hoạch 2509: Ban Dân tộc được giao tuyên truyền giảm tảo hôn vùng đồng bào dân tộc thiểu số; ngày nay cơ quan nào làm việc đó?", type: "fact", expect_re: ["^(?=[\\s\\S]*ban dan toc)(?=[\\s\\S]*dan toc va ton giao)"], doc: ["2509/KH-UBND"] },
    { q: "ke hoach 26 hue giao so nao chi dao bao chi tuyen truyen ve quyen tre em, hien nay so nao lam viec nay?", type: "fact", expect_re: [TTTT_NOW], doc: ["26/KH-UBND"] },
    { q: "Which department did Gia Lai's plan 2509 task with watching online content harmful to children, and who does it now?", type: "fact", expect_re: [TTTT_NOW], doc: ["2509/KH-UBND"] },
    { q: "In Gia Lai's plan 2509, which department must keep track of information on social media about children, and which one does that work today?", type: "fact", expect_re: [TTTT_NOW], doc: ["2509/KH-UBND"] },
  ]);
});
