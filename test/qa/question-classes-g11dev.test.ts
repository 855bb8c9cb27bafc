/**
 * Capabilities missing on a fresh set (g11), each with new questions written for the capability before its fix (other plans,
 * other rows, other wordings, with and without diacritics, English), judged as score_qa.mjs judges, every quote verbatim.
 * The line before each class says how many of its questions passed before the change: 16 of the first 43 (27 failed).
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("g11dev");

// Before: 0/8 passed. A period named with the plan ("the 2014-2020 plan", "kế hoạch giai đoạn 2014-2020") was read as "which
// activities run 2014-2020", and that list (first row Sở LĐTBXH) answered whatever was asked; with no province or number the
// plan was not chosen by its period, its naming words ("UN recommendations plan") ranked passages, and "from 2014 to 2016" was
// no period. answerAppendixPeriod in src/qa/reference-handlers.ts answers only a question asking which rows (ASKS_ROWS_RE);
// PLAN_PERIOD_RE in src/qa/question-parser.ts; namedByPeriod, withoutPlanName in src/qa/question-answerer.ts; a word repeated
// once its neighbours are gone ("hội hội") is one word (contentTerms).
describe("a plan named by its title and period (not its number): the task asked about, not the list of rows of that period", () => {
  judged([
    { q: "In the 2014-2020 plan on the UN Committee on the Rights of the Child's recommendations, who leads monitoring of adoption facilities?", type: "lead", expect: ["tu phap"], doc: ["2130/QĐ-UBND"] },
    { q: "Trong kế hoạch giai đoạn 2014-2020 thực hiện khuyến nghị của Liên hợp quốc, ai chủ trì giám sát các cơ sở nuôi con nuôi?", type: "lead", expect: ["tu phap"], doc: ["2130/QĐ-UBND"] },
    { q: "ke hoach trien khai khuyen nghi lhq giai doan 2014-2020, so nao chu tri nang cao nhan thuc ve suc khoe sinh san cho nguoi chua thanh nien", type: "lead", expect: ["y te"], doc: ["2130/QĐ-UBND"] },
    { q: "Under the 2014-2020 UN recommendations plan, which department leads the work on the Law on Associations and children's associations?", type: "lead", expect: ["noi vu"], doc: ["2130/QĐ-UBND"] },
    { q: "Under the 2014-2020 plan on the UN child-rights recommendations, who leads recommendation 71 on Decision 605?", type: "lead", expect: ["cong an"], doc: ["2130/QĐ-UBND"] },
    { q: "Trong kế hoạch 2014-2020 của Đắk Lắk về khuyến nghị LHQ, khuyến nghị số 59 do sở nào chủ trì?", type: "lead", expect: ["y te"], doc: ["2130/QĐ-UBND"] },
    { q: "Under the 2014-2020 plan for the UN recommendations, which department leads recommendation 22 on a human rights education scheme?", type: "lead", expect: ["giao duc"], doc: ["2130/QĐ-UBND"] },
    // A question that does ask which rows run in a period is still answered with them.
    { q: "Which appendix activities of plan 2130 run only from 2014 to 2016?", type: "fact", expect_all: ["co che phoi hop"], doc: ["2130/QĐ-UBND"] },
  ]);
});

// Before: 0/6 passed. An appendix row's own period (its last column) was never checked against the period a question states
// for it: rowPeriodPremise in src/qa/answer-check.ts (the row chosen by its number and topic, as answerRecommendation does).
describe("a yes/no question stating an appendix row's period: yes or no with the row's own period, quoted", () => {
  judged([
    { q: "Khuyến nghị số 51 về giám sát cơ sở nuôi con nuôi trong phụ lục QĐ 2130 chỉ thực hiện 2014-2016 phải không?", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["2014-2020"], doc: ["2130/QĐ-UBND"] },
    { q: "Recommendation 59 on reproductive health services for minors runs only 2014-2016, right?", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["2014-2020"], doc: ["2130/QĐ-UBND"] },
    { q: "kn 12 ve bo sung ngan sach cho cac ke hoach ve tre em chi lam trong 2014-2016 dung ko", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["2014-2020"], doc: ["2130/QĐ-UBND"] },
    { q: "Is the recommendation 12 activity on the coordination mechanism and human resources scheduled for 2016-2020?", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["2014-2016"], doc: ["2130/QĐ-UBND"] },
    { q: "Theo phụ lục kế hoạch 2130, khuyến nghị 22 về giáo dục nhân quyền thực hiện giai đoạn 2016-2020 đúng không?", type: "fact", expect_re: ["^(khong|no)"], expect_all: ["2014-2020"], doc: ["2130/QĐ-UBND"] },
    { q: "Recommendation 12 on the coordination mechanism for children's issues runs 2014-2016, right?", type: "fact", expect_re: ["^(dung|yes)"], expect_all: ["2014-2016"], doc: ["2130/QĐ-UBND"] },
  ]);
});

// Before: 3/7 passed. The plan named by its title and period ("the 2014-2020 plan for the UN recommendations") got the list of
// the period's rows (as above); "which Politburo directive" (the issuer between "which" and "directive") was no legal-basis
// question (legal_basis rule in src/qa/question-parser.ts).
describe("which higher decision a plan named by its title, period or number implements, the issuer named: the plan's own basis", () => {
  judged([
    { q: "Kế hoạch thực hiện khuyến nghị LHQ giai đoạn 2014-2020 triển khai quyết định nào của Thủ tướng?", type: "fact", expect_all: ["535/QĐ-TTg"], doc: ["2130/QĐ-UBND"] },
    { q: "the 2014-2020 plan for the UN child rights committee's recommendations rests on which decision of the Prime Minister?", type: "fact", expect_all: ["535"], doc: ["2130/QĐ-UBND"] },
    { q: "ke hoach giai doan 2014-2020 ve khuyen nghi cua uy ban quyen tre em lhq can cu quyet dinh nao cua thu tuong", type: "fact", expect_all: ["535"], doc: ["2130/QĐ-UBND"] },
    { q: "Which Prime Minister's decision does Dak Lak's 2016-2020 child protection programme plan implement?", type: "fact", expect_all: ["2361/QĐ-TTg"], doc: ["2041/QĐ-UBND"] },
    { q: "Kế hoạch 2130 triển khai quyết định gì của Thủ tướng Chính phủ?", type: "fact", expect_all: ["535/QĐ-TTg"], doc: ["2130/QĐ-UBND"] },
    { q: "Which ministry decision does Tay Ninh's plan 1979 implement?", type: "fact", expect_all: ["1506/QĐ-LĐTBXH"], doc: ["1979/KH-UBND"] },
    { q: "Which Politburo directive does Gia Lai's plan 2509 carry out?", type: "fact", expect_all: ["28-CT/TW"], doc: ["2509/KH-UBND"] },
  ]);
});

// Before: 4/8 passed. Chat shorthand for the question's own words ("cq nào" cơ quan nào, "dv nào" đơn vị nào, "j" gì, "z"/"v"
// vậy, "bn" bao nhiêu) was read as content words, and a money word then made "which body" a budget question: CHAT_WORDS in
// src/qa/question-parser.ts.
describe("chat shorthand for question words in unaccented typing (cq nao, dv nao, j, z, v, bn): read as the words they stand for", () => {
  judged([
    { q: "gia lai cq nao tham muu bo tri kinh phi thuc hien ke hoach z", type: "lead", expect: ["tai chinh"], doc: ["2509/KH-UBND"] },
    { q: "dak lak cq nao bo tri kinh phi trong du toan hang nam cho so ldtbxh z", type: "lead", expect: ["tai chinh"], doc: ["2041/QĐ-UBND"] },
    { q: "dak lak cq nao dua chi tieu bao ve tre em vao danh gia ket qua thuc hien ke hoach phat trien kinh te xa hoi z", type: "lead", expect: ["ke hoach"], doc: ["2041/QĐ-UBND"] },
    { q: "gia lai dv nao phai bo tri kinh phi, nguon luc thuc hien ke hoach tai dia phuong v", type: "lead", expect: ["huyen"], doc: ["2509/KH-UBND"] },
    { q: "kh 2509 gia lai so tu phap phai lam j", type: "fact", expect_all: ["tro giup phap ly"], doc: ["2509/KH-UBND"] },
    { q: "hue 2016 dv nao chu tri thuc hien muc tieu ve dinh duong cho tre em v", type: "lead", expect: ["y te"], doc: ["26/KH-UBND"] },
    { q: "dak lak 2041 ngan sach tinh binh quan moi nam bn ty", type: "fact", expect_all: ["1,194"], doc: ["2041/QĐ-UBND"] },
    { q: "tay ninh cq nao chi dao cac truong hoc thuc hien dong bo bien phap bao ve tre em trong nha truong v", type: "lead", expect: ["giao duc"], doc: ["1979/KH-UBND"] },
  ]);
});

// Before: 7/8 passed (a short question whose "tasked" outweighed its topic failed). "is tasked with" was read as the words
// "nhiệm vụ" (which every duty holds), "violence-free" as "free" (miễn phí) and "healthy" was no word of the glossary; the
// candidate bodies offered are only choices. contentTerms and withoutFree in src/qa/question-parser.ts; healthy in the glossary.
describe("English duty phrasing (is tasked with) and adjectives of a task (healthy, X-free), candidate departments offered: the body the plan gives it to", () => {
  judged([
    { q: "Gia Lai: which department (DOET, DOH or DOLISA) must build a healthy, friendly, violence-free education environment?", type: "lead", expect: ["giao duc"], doc: ["2509/KH-UBND"] },
    { q: "In Hue's 2016 plan, which department - DOJ, DOH or DOET - directs registering children's births on time?", type: "lead", expect: ["tu phap"], doc: ["26/KH-UBND"] },
    { q: "Dak Lak plan 2041: is the DOET or the police in charge of a violence-free teaching environment?", type: "lead", expect: ["giao duc"], doc: ["2041/QĐ-UBND"] },
    { q: "Which Dak Lak department must keep unhealthy cultural products away from children, the DCST or the DOET?", type: "lead", expect: ["van hoa"], doc: ["2041/QĐ-UBND"] },
    { q: "Dak Lak: who is tasked with a healthy teaching environment?", type: "lead", expect: ["giao duc"], doc: ["2041/QĐ-UBND"] },
    { q: "Gia Lai: which department is charged with a drug-free, violence-free school environment?", type: "lead", expect: ["giao duc"], doc: ["2509/KH-UBND"] },
    { q: "Dak Lak 2041: which department (DOH, DOET or DOLISA) is tasked with preventing drowning among pupils?", type: "lead", expect: ["giao duc"], doc: ["2041/QĐ-UBND"] },
    { q: "Under Gia Lai's plan, who must make sure children reach a healthy cultural environment in cultural and sports activities?", type: "lead", expect: ["van hoa"], doc: ["2509/KH-UBND"] },
  ]);
});

// Before: 2/6 passed. A topic no plan mentions (school buses, traffic, food safety, video games) was answered with a passage
// sharing the question's other words (school, kindergarten, safety): a topic word (TOPIC_WORDS in src/qa/english-glossary.ts,
// typed or translated) that no plan uses makes the answer "not in the plans", the closest passage shown only as context
// (src/qa/absent-topics.ts). The last question, written with the change, keeps a named body's duties answered.
describe("a topic none of the plans covers, asked with words they do use: not found", () => {
  judged([
    { q: "Which department handles school bus safety for pupils in Gia Lai?", type: "none", doc: [] },
    { q: "Cơ quan nào chịu trách nhiệm về an toàn giao thông cho học sinh theo kế hoạch của Huế?", type: "none", doc: [] },
    { q: "so nao lo an toan xe dua don tre mam non o tay ninh", type: "none", doc: [] },
    { q: "Which body checks food safety in school kitchens under Gia Lai's plan 2509?", type: "none", doc: [] },
    { q: "Who regulates children's video games in Dak Lak's 2016-2020 plan?", type: "none", doc: [] },
    { q: "Theo kế hoạch 2041, sở nào bảo đảm an toàn thực phẩm trong bếp ăn bán trú?", type: "none", doc: [] },
    { q: "Trẻ em bị tai nạn giao thông thì Sở Y tế Đắk Lắk phải làm gì?", type: "fact", expect_all: ["tai nạn thương tích"], doc: ["2041/QĐ-UBND"] },
  ]);
});
