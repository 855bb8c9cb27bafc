/**
 * The g15 odd half's failures and the older sets' open classes, each taken as a class of wording or reasoning, with questions
 * of our own of that class (other plans, other bodies, other words), written before the fix and failing then, judged as
 * score_qa.mjs judges, every quote verbatim. Controls of the same shape that answered before are kept beside them.
 */
import { describe, expect, it } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("g15dev");

// 1. uniqueAgencies / withWrittenName (src/qa/answer-composer.ts): a body listed in an answer carries the plan's own words for it
// when they say more than the registry's name ("Báo tỉnh (Báo Đắk Lắk)", "Tỉnh Đoàn (Tỉnh đoàn Thanh niên)"); a body the
// question names keeps the name it was asked by.
describe("bodies listed across items are shown in the plan's own words as well as the registry's name", () => {
  judged([
    { q: "Ở Đắk Lắk, báo nào và đài nào được giao tăng tin bài về trẻ em?", type: "all_agencies", expect: ["Phat thanh", "Bao Dak Lak"], doc: ["2041/QĐ-UBND"] },
    { q: "dak lak nhung co quan bao chi nao phai tang thoi luong tin bai ve tre em", type: "all_agencies", expect: ["Phat thanh", "Bao Dak Lak"], doc: ["2041/QĐ-UBND"] },
    { q: "Which media outlets in Dak Lak must increase airtime and news about child protection?", type: "all_agencies", expect: ["Phat thanh", "Bao Dak Lak"], doc: ["2041/QĐ-UBND"] },
    { q: "Những tổ chức nào phối hợp với Sở Tư pháp trong chương trình trợ giúp pháp lý cho người chưa thành niên ở Đắk Lắk?", type: "all_agencies", expect: ["Doan thanh nien", "Phu nu"], doc: ["2041/QĐ-UBND"] },
  ]);
  it("keeps the registry's name for a body the question names, and adds no title or plain words", () => {
    const a = shipped.qa.answer("Tỉnh Đoàn Đắk Lắk có nhiệm vụ gì theo 2041/QĐ-UBND?");
    expect(a.agencies.map((x) => x.name)).toContain("Tỉnh Đoàn");
    const b = shipped.qa.answer("If we run into difficulties carrying out plan 26, where do we raise them?");
    expect(b.agencies[0]?.name).toBe("Ủy ban nhân dân tỉnh");
  });
});

// 2. LIST_AGENCIES_RE (src/qa/question-parser.ts) and answerCount (src/qa/intent-handlers.ts): "giao việc cụ thể cho những sở nào"
// asks the plan's list of bodies, whatever words sit between "giao" and "cho", and not the part headed "nhiệm vụ cụ thể".
describe("all the bodies a plan gives tasks to, asked with other words between 'giao' and 'cho', or 'sở' alone", () => {
  judged([
    { q: "Kế hoạch 1979 Tây Ninh giao việc cụ thể cho những sở nào?", type: "all_agencies", expect: ["Lao dong", "Giao duc"], doc: ["1979/KH-UBND"] },
    { q: "Kế hoạch 26 của Huế phân công nhiệm vụ cụ thể cho các sở nào?", type: "all_agencies", expect: ["Lao dong", "Tai chinh", "Tu phap"], doc: ["26/KH-UBND"] },
    { q: "kh 2509 gia lai giao trach nhiem cho nhung so ban nganh nao", type: "all_agencies", expect: ["Y te", "Noi vu", "Cong an"], doc: ["2509/KH-UBND"] },
    { q: "ke hoach 2041 dak lak giao nhiem vu cu the cho cac so nao", type: "all_agencies", expect: ["Tu phap", "Ngoai vu"], doc: ["2041/QĐ-UBND"] },
    // Control: asked with "cơ quan", as before.
    { q: "ke hoach 1979 tay ninh giao viec cho nhung co quan nao", type: "all_agencies", expect: ["Lao dong", "Giao duc"], doc: ["1979/KH-UBND"] },
  ]);
});

// 3. askedValue / countsWhatIsAsked (src/qa/answer-check.ts) and the glossary: "officers" are cán bộ (not văn phòng), "village"
// is thôn; a passage whose figure counts whom the question names ("184 cán bộ phụ trách trẻ em cấp xã") answers in English too.
describe("a figure inside a programme asked in English: the passage that counts whom the question names", () => {
  judged([
    { q: "How many commune-level child officers does Dak Lak's plan support training for?", type: "fact", expect_all: ["184"], doc: ["2041/QĐ-UBND"] },
    { q: "Under plan 2041, how many commune child protection officers were localities to be helped to train?", type: "fact", expect_all: ["184"], doc: ["2041/QĐ-UBND"] },
    // Controls: a noun the glossary already read; asked in Vietnamese, as before; a province whose plan gives no such figure.
    { q: "How many village collaborators will Dak Lak train?", type: "fact", expect_re: ["2[.,]?479"], doc: ["2041/QĐ-UBND"] },
    { q: "dak lak tap huan cho bao nhieu cong tac vien thon buon", type: "fact", expect_re: ["2[.,]?479"], doc: ["2041/QĐ-UBND"] },
    { q: "How many commune officials in Gia Lai will be trained on child protection?", type: "none", doc: [] },
  ]);
});

// 4. LEGAL_BASIS_STRONG_RE (src/qa/question-parser.ts): "is ... implementing", "is ... carrying out", "what directive lies behind"
// ask the plan's basis; "Politburo" and "directive" are words of the glossary, so such a question is read as English.
describe("the directive or decision a plan ultimately carries out, asked in English", () => {
  judged([
    { q: "What Politburo directive lies behind Gia Lai's plan 2509?", type: "fact", expect_re: ["28-ct/tw"], doc: ["2509/KH-UBND"] },
    { q: "Which Politburo directive is the Gia Lai plan carrying out?", type: "fact", expect_re: ["28-ct/tw"], doc: ["2509/KH-UBND"] },
    // Controls: a decision asked so answered before; in Vietnamese, as before.
    { q: "Which Prime Minister's decision is Dak Lak's 2130 plan implementing?", type: "fact", expect_re: ["535/qd-ttg"], doc: ["2130/QĐ-UBND"] },
    { q: "ke hoach 2509 gia lai thuc hien chi thi nao cua bo chinh tri", type: "fact", expect_re: ["28-ct/tw"], doc: ["2509/KH-UBND"] },
  ]);
  it("answers an English question in English", () => {
    expect(shipped.qa.answer("Which Politburo directive is Gia Lai's plan 2509/KH-UBND ultimately implementing?").language).toBe("en");
  });
});
