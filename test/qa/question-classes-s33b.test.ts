/**
 * Stop 33, second half: failures of g18's even half (/work/scratch/g18.jsonl, scored with /work/scratch/qscore.mts --only even),
 * each taken as a class of question, with questions of our own of that class (other plans, other words, with and without
 * diacritics, in English), written before the fix and failing then, judged as score_qa.mjs judges, every quote verbatim.
 * Controls of the same shape that answered before are marked "Control".
 * Classes: (1) "is it X that does Y?" asked in everyday English of a task the plan gives another body: the body the plan gives it
 * to (g18-034); (2) who leads a row of 2130's appendix, asked in English in other words than the row's, or with the plan named by
 * what it carries out ("the plan on the UN Committee's recommendations"): the row's lead (g18-044, g18-118); (3) a premise that a
 * plan's text names its province: 2130 names none, the province is inferred from its signer (g18-054); (4) who now carries what
 * a plan gave a body dissolved or merged in 2025, asked of programmes by number or in everyday words: the successor (g18-064);
 * (5) a limit on children's time or use (gaming, screens, social networks) no plan sets: "the plans do not say", not a passage
 * sharing "thời gian" (g18-110).
 */
import { describe, expect, it } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged, shipped } = classSuite("s33b");

// 1. "Is it X that does Y?" in English, the task in words of everyday English ("compile", "dossiers", "look into adding budget"),
// or with the task's words also in the first clause of the item ("khen thưởng ... cá nhân điển hình; Sở LĐTBXH làm đầu mối tổng hợp
// hồ sơ ..."): the body the plan gives the task to leads the answer, which opens with "No" (checkPremise, clauseSubject).
describe("is it body X that does a task another body holds", () => {
  judged([
    { q: "Under Gia Lai's plan 2509, is it the Home Affairs department that compiles the dossiers for awards?", type: "lead",
      expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "Is it the provincial police that look into adding budget for children's action programmes under decision 2130?", type: "lead",
      expect: ["Tai chinh"], doc: ["2130/QĐ-UBND"] },
    { q: "Có phải Sở Nội vụ Gia Lai tổng hợp hồ sơ khen thưởng cá nhân điển hình theo KH 2509 không?", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    // Controls (answered before).
    { q: "Is it Gia Lai's Department of Education that pulls together the commendation files under plan 2509?", type: "lead",
      expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "Under decision 2130, is it the Department of Justice that gives input on the Law on Associations?", type: "lead",
      expect: ["Noi vu"], doc: ["2130/QĐ-UBND"] },
    { q: "Is it the Department of Education that compiles the files for commending exemplary people under Gia Lai's plan 2509?", type: "lead",
      expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "co phai so giao duc gia lai tong hop ho so trinh khen thuong theo ke hoach 2509 khong", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "Có phải Công an tỉnh nghiên cứu bổ sung ngân sách cho các chương trình hành động về trẻ em theo QĐ 2130 không?", type: "lead",
      expect: ["Tai chinh"], doc: ["2130/QĐ-UBND"] },
  ]);
  it.each([
    ["Under Gia Lai's plan 2509, is it the Home Affairs department that compiles the dossiers for awards?", /^No\. The plan does not give this to Sở Nội vụ/u],
    ["Có phải Sở Nội vụ Gia Lai tổng hợp hồ sơ khen thưởng cá nhân điển hình theo KH 2509 không?", /^Không\. Kế hoạch không giao việc này cho Sở Nội vụ/u],
  ])("%s opens with no", (q, first) => {
    expect(shipped.qa.answer(q).answer).toMatch(first);
  });
});

// 2. A row of 2130's appendix asked in English in other words ("look into topping up the budget", "input on"), or with the plan
// named by what it carries out ("the plan on the UN Committee's recommendations", "kế hoạch thực hiện khuyến nghị của Ủy ban Liên
// hợp quốc"): those words name the plan (namedBySubject), not the task; the row's own lead answers.
describe("who leads an appendix row, asked in other words or with the plan named by its subject", () => {
  judged([
    { q: "Under decision 2130, which department must look into topping up the budget for children's action programmes?", type: "lead",
      expect: ["Tai chinh"], doc: ["2130/QĐ-UBND"] },
    { q: "In the plan on the UN Committee's recommendations (decision 2130), which department looks into additional budget for action programmes for children?", type: "lead",
      expect: ["Tai chinh"], doc: ["2130/QĐ-UBND"] },
    { q: "Decision 2130, the plan carrying out the UN Committee's recommendations: which department leads input on a Law on Associations?", type: "lead",
      expect: ["Noi vu"], doc: ["2130/QĐ-UBND"] },
    { q: "Who leads input on the law on associations in Dak Lak's 2014-2020 plan on the UN recommendations?", type: "lead",
      expect: ["Noi vu"], doc: ["2130/QĐ-UBND"] },
    { q: "ke hoach thuc hien khuyen nghi cua uy ban lien hop quoc ve quyen tre em, ai chu tri gop y luat ve hoi", type: "lead",
      expect: ["Noi vu"], doc: ["2130/QĐ-UBND"] },
    // Controls (answered before).
    { q: "Which body has to study adding state budget for plans and projects for children under decision 2130?", type: "lead",
      expect: ["Tai chinh"], doc: ["2130/QĐ-UBND"] },
    { q: "In Dak Lak's plan on the UN Committee's recommendations, who leads the comments on the Law on Associations?", type: "lead",
      expect: ["Noi vu"], doc: ["2130/QĐ-UBND"] },
    { q: "Under the plan implementing the UN Committee on the Rights of the Child's recommendations, who leads supervising adoption facilities?", type: "lead",
      expect: ["Tu phap"], doc: ["2130/QĐ-UBND"] },
    { q: "For decision 2130, the 2014-2020 plan on the UN Committee's recommendations, who leads the feedback on the Law on Associations?", type: "lead",
      expect: ["Noi vu"], doc: ["2130/QĐ-UBND"] },
    { q: "In the 2014-2020 plan on the UN Committee's recommendations (decision 2130), who leads building the scheme to carry out Decision 605 on trafficking?", type: "lead",
      expect: ["Cong an"], doc: ["2130/QĐ-UBND"] },
    { q: "Trong kế hoạch triển khai Khuyến nghị của Ủy ban về Quyền trẻ em của Liên hợp quốc, sở nào chủ trì nghiên cứu bổ sung ngân sách cho trẻ em?", type: "lead",
      expect: ["Tai chinh"], doc: ["2130/QĐ-UBND"] },
    { q: "Theo QĐ 2130, sở nào nghiên cứu bổ sung ngân sách cho các chương trình hành động liên quan đến trẻ em?", type: "lead",
      expect: ["Tai chinh"], doc: ["2130/QĐ-UBND"] },
    { q: "Under decision 2130, who leads the input on the Law on Associations?", type: "lead", expect: ["Noi vu"], doc: ["2130/QĐ-UBND"] },
  ]);
});

// 3. A premise that a plan's text names its province: 2130 never names it (the province is inferred from its signer, Mai Hoan Niê
// Kdăm, a Vice Chair of Đắk Lắk's People's Committee), and the answer says so; a plan that does name it, with the province named.
const NOT_NAMED = "khong (neu|ghi|noi|de cap|nhac)|not (explicitly )?(stated|named|mentioned|given)|does ?n[o']t (explicitly )?(name|state|say|mention)|never (named|names|stated|states|mentions)";
describe("a premise that a plan names its province", () => {
  judged([
    { q: "Decision 2130's text says it is Dak Lak's plan, right?", type: "fact", expect_re: [`^(?=.*(${NOT_NAMED}))(?=.*mai hoan)`], doc: ["2130/QĐ-UBND"] },
    { q: "Quyết định 2130 ghi rõ là kế hoạch của tỉnh Đắk Lắk, đúng không?", type: "fact", expect_re: [`^(?=.*(${NOT_NAMED}))(?=.*mai hoan)`], doc: ["2130/QĐ-UBND"] },
    { q: "qd 2130 la cua dak lak vi van ban co ghi ten tinh phai khong", type: "fact", expect_re: [`^(?=.*(${NOT_NAMED}))(?=.*mai hoan)`], doc: ["2130/QĐ-UBND"] },
    { q: "The 2014-2020 plan under decision 2130 belongs to Gia Lai, as its text states, correct?", type: "fact",
      expect_re: [`^(?=.*(${NOT_NAMED}))(?=.*mai hoan)(?=.*dak lak)`], doc: ["2130/QĐ-UBND"] },
    { q: "Plan 1979 is Gia Lai's, since the text says so, correct?", type: "fact", expect_re: ["^(?=.*\\bnot?\\b)(?=.*tay ninh)"], doc: ["1979/KH-UBND"] },
    // Control (answered before): which province, asked plainly.
    { q: "Quyết định 2130 là của tỉnh nào?", type: "fact", expect_re: ["dak lak"], doc: ["2130/QĐ-UBND"] },
  ]);
});

// 4. What a plan gave a body dissolved or merged in 2025 (DOLISA, the DIC), asked of programmes by number or of a task, in everyday
// words ("giờ bên nào gánh", "who carries it now"): today's body, from the 2025 table, with what the plan gave the old one.
describe("who now carries what a plan gave a body dissolved in 2025", () => {
  judged([
    { q: "Sở LĐTBXH giải thể rồi thì các chương trình 1, 3 của QĐ 2041 giao Sở LĐTBXH chủ trì giờ bên nào lo?", type: "fact",
      expect_re: ["^.{0,200}so y te"], doc: ["2041/QĐ-UBND"] },
    { q: "so ldtbxh giai the roi, viec tong hop ho so khen thuong trong ke hoach 2509 gia lai gio ben nao lam", type: "fact",
      expect_re: ["^.{0,200}so y te"], doc: ["2509/KH-UBND"] },
    { q: "Sở Thông tin và Truyền thông Gia Lai không còn nữa, phần việc kế hoạch 2509 giao cho sở này giờ bên nào gánh?", type: "fact",
      expect_re: ["^.{0,200}so khoa hoc va cong nghe"], doc: ["2509/KH-UBND"] },
    // Controls (answered before).
    { q: "Now that DOLISA is gone, which department carries programmes 2 and 5 that Dak Lak's decision 2041 gave it to lead?", type: "fact",
      expect_re: ["^.{0,200}department of health"], doc: ["2041/QĐ-UBND"] },
    { q: "Việc kế hoạch 2509 giao Sở LĐTBXH nay do sở nào đảm nhận?", type: "fact", expect_re: ["^.{0,200}so y te"], doc: ["2509/KH-UBND"] },
  ]);
});

// 5. A limit on children's time or use no plan sets (gaming time, screen time, social networks): the plans do not say; a plan's
// period ("Thời gian thực hiện") or a passage naming social networks is no answer.
describe("a limit on children's time or use that no plan sets", () => {
  judged([
    { q: "Kế hoạch nào giới hạn thời gian trẻ em dùng mạng xã hội mỗi ngày?", type: "none" },
    { q: "Do any plans set a daily screen time limit for children?", type: "none" },
    { q: "co quy dinh nao han che so gio tre em choi game moi ngay khong", type: "none" },
    { q: "Which plan limits how long children may play video games?", type: "none" },
    // Controls (answered before): a cap with its figure asked; a plan's period asked.
    { q: "Tỉnh Gia Lai có quy định trẻ em chỉ được lên mạng tối đa 2 giờ một ngày không?", type: "none" },
    { q: "Kế hoạch 2041 thực hiện trong thời gian nào?", type: "fact", expect_re: ["2016"], doc: ["2041/QĐ-UBND"] },
    // A deadline or a plan's own period asked with "time limit", "giới hạn thời gian": still answered (controls for the limit read).
    { q: "What is the time limit for the yearly report under Hue's plan 26?", type: "fact", expect_re: ["20/11"], doc: ["26/KH-UBND"] },
    { q: "Kế hoạch 2041 có giới hạn thời gian thực hiện không?", type: "fact", expect_re: ["2016"], doc: ["2041/QĐ-UBND"] },
  ]);
});
