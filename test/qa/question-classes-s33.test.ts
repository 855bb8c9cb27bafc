/**
 * Stop 33: failures of g18's odd half (/work/scratch/g18.jsonl, scored with /work/scratch/qscore.mts --only odd) and a
 * walker's, each taken as a class of question, with questions of our own of that class (other plans, other words, with and
 * without diacritics, in English), written before the fix and failing then, judged as score_qa.mjs judges, every quote verbatim.
 * Controls of the same shape that answered before are marked "Control".
 * Classes: (1) which document of a named kind or issuer (a notice, the Government Office's, the Prime Minister's conclusions) a
 * plan implements, when the plan names it in its purpose rather than its opening "Thực hiện ..." line (g18-039); (2) a quantity
 * of a thing no plan names (beds, shelters, places): "the plans do not say", not a passage sharing another word (g18-071);
 * (3) a premise on the reporting frequency and deadline, in English or Vietnamese, with dates written out ("15 June",
 * "31 tháng 3"): what the plan says (yearly, its date), and that the premise is not it (g18-085); (4) "which establishments"
 * (facilities, premises) a body must deal with, asked in English: the body's duty naming establishments first (walker).
 */
import { describe, expect, it } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged, shipped } = classSuite("s33");

// 1. documentsOfKindAsked (src/qa/intent-handlers.ts) and DOCUMENT_OF_KIND_RE (src/qa/question-parser.ts): which document (of a
// kind, or of an issuer) a plan implements; one its purpose names ("triển khai ... kết luận của Thủ tướng Chính phủ tại Thông báo
// số 324/TB-VPCP") answers, not only its opening "Thực hiện Quyết định ..." line; one it only names elsewhere is said as such.
// Of the five plans only Tây Ninh's names in its purpose a document its opening line does not, so the failing questions are of it;
// the others' are controls, and two ask of a kind a plan names only in a duty or a target (Đắk Lắk's resolution, Huế's plan 105).
describe("which document of a named kind or issuer a plan implements", () => {
  judged([
    { q: "Tay Ninh plan 1979 implements the Prime Minister's conclusions set out in which notice?", type: "fact", expect_re: ["^.{0,80}324/tb-vpcp"], doc: ["1979/KH-UBND"] },
    { q: "Kế hoạch 1979 của Tây Ninh thực hiện văn bản nào của Văn phòng Chính phủ?", type: "fact", expect_re: ["^.{0,80}324/tb-vpcp"], doc: ["1979/KH-UBND"] },
    { q: "Which notice from the Government Office does Tay Ninh's plan 1979 implement?", type: "fact", expect_re: ["^.{0,80}324/tb-vpcp"], doc: ["1979/KH-UBND"] },
    { q: "ke hoach 1979 thuc hien ket luan cua thu tuong chinh phu tai van ban nao", type: "fact", expect_re: ["^.{0,80}324/tb-vpcp"], doc: ["1979/KH-UBND"] },
    { q: "Which People's Council resolution does Dak Lak's plan 2041 implement?", type: "fact", expect_re: ["^(?=.*does not say it implements)(?=.*105/2013/nq-hdnd)"], doc: ["2041/QĐ-UBND"] },
    { q: "Kế hoạch 26 Huế đặt chỉ tiêu xã phù hợp với trẻ em theo kế hoạch nào của UBND tỉnh?", type: "fact", expect_re: ["105/kh-ubnd"], doc: ["26/KH-UBND"] },
    // Controls (answered before): the kind asked is the one the plan's opening line names, or a question the passages answered.
    { q: "Kế hoạch 1979 Tây Ninh triển khai kết luận của Thủ tướng tại thông báo nào?", type: "fact", expect_re: ["324/tb-vpcp"], doc: ["1979/KH-UBND"] },
    { q: "ke hoach 1979 tay ninh thuc hien thong bao nao cua van phong chinh phu", type: "fact", expect_re: ["324/tb-vpcp"], doc: ["1979/KH-UBND"] },
    { q: "Which Government Office notice is Tay Ninh's 2019 plan meant to carry out?", type: "fact", expect_re: ["324/tb-vpcp"], doc: ["1979/KH-UBND"] },
    { q: "Which ministry decision does Tay Ninh's 2019 plan implement?", type: "fact", expect_re: ["1506/qd-ldtbxh"], doc: ["1979/KH-UBND"] },
    { q: "Quyết định 2130 triển khai quyết định nào của Thủ tướng Chính phủ?", type: "fact", expect_re: ["535/qd-ttg"], doc: ["2130/QĐ-UBND"] },
    { q: "Which Politburo directive does Gia Lai's plan 2509 carry out?", type: "fact", expect_re: ["28-ct/tw"], doc: ["2509/KH-UBND"] },
    { q: "QĐ 2041 Đắk Lắk chuẩn hóa cán bộ trẻ em cấp xã theo thông tư nào?", type: "fact", expect_re: ["07/2013/tt-bldtbxh"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// 2. askedValue (src/qa/answer-check.ts): a quantity of a thing no plan names (beds, places, shelters, a shelter's capacity) is
// answered only by a passage giving that figure; none does, so "the plans do not say", the nearest passage as context only.
describe("a quantity of something the plans do not name", () => {
  judged([
    { q: "Theo các kế hoạch, nhà tạm lánh cho trẻ bị xâm hại có bao nhiêu giường?", type: "none" },
    { q: "nha tam lanh khan cap cho tre bi bao luc co bao nhieu giuong", type: "none" },
    { q: "How many places does Hue's emergency shelter for children hold?", type: "none" },
    { q: "What is the capacity of the child shelters under the plans?", type: "none" },
    { q: "How many beds are set aside for abused children in Dak Lak?", type: "none" },
    // Control (answered before: no passage shared enough of its words).
    { q: "Gia Lai có bao nhiêu nhà tạm lánh cho trẻ em bị bạo lực?", type: "none" },
  ]);
});

// 3. answerReportDate, answerReportFrequency (src/qa/question-answerer.ts): a premise on how often and by when reports are due,
// its dates written out ("30 March", "31 tháng 3") or not, its frequency (quarterly, monthly, six-monthly) checked against the
// plan's reporting line: "Not quarterly: the plan says ...", the plan's dates, quoted.
const NOT_EN = "\\bnot\\b";
describe("a premise with a wrong reporting frequency or deadline", () => {
  judged([
    { q: "Our team believes Hue's plan 26 wants a quarterly report by 30 March. Correct?", type: "fact",
      expect_re: [`^(?=.*25/5)(?=.*20/11)(?=.*${NOT_EN})`], doc: ["26/KH-UBND"] },
    { q: "Gia Lai plan 2509 requires reports every quarter, due 31 March, right?", type: "fact",
      expect_re: [`^(?=.*15/12)(?=.*(yearly|annual|hang nam))(?=.*${NOT_EN})`], doc: ["2509/KH-UBND"] },
    { q: "ke hoach 2509 gia lai bao cao hang quy truoc ngay 31 thang 3 dung khong", type: "fact",
      expect_re: ["^(?=.*15/12)(?=.*hang nam)(?=.*khong phai)"], doc: ["2509/KH-UBND"] },
    { q: "Kế hoạch 26 Huế yêu cầu báo cáo hằng tháng, đúng không?", type: "fact",
      expect_re: ["^(?=.*khong phai hang thang)(?=.*25/5)(?=.*20/11)"], doc: ["26/KH-UBND"] },
    { q: "I was told Dak Lak's decision 2041 has the districts report every month. Is that so?", type: "fact",
      expect_re: [`^(?=.*${NOT_EN} monthly)(?=.*6 thang)`], doc: ["2041/QĐ-UBND"] },
    // Controls (answered before): a premise the plan bears out is not contradicted; a Vietnamese date in d/m form.
    { q: "Gia Lai's plan 2509 asks for a yearly report before 15 December, doesn't it?", type: "fact",
      expect_re: ["^(?!.*\\bnot\\b)(?=.*15/12)"], doc: ["2509/KH-UBND"] },
    { q: "Kế hoạch 2509 yêu cầu báo cáo trước ngày 15/6 phải không?", type: "fact", expect_re: ["^(?=.*khong phai 15/6)(?=.*15/12)"], doc: ["2509/KH-UBND"] },
  ]);
});

// 4. The glossary (establishments, premises, deal with), ESTABLISHMENTS_ASKED_RE and checkPremise (src/qa/intent-handlers.ts):
// "which establishments must X deal with?" is answered by X's own item naming establishments, in the language asked; another
// body's item sharing only the verb ("xử lý nghiêm các vụ việc") is not "the plan does not give this to X".
describe("which establishments a body deals with", () => {
  judged([
    { q: "Which establishments must Dak Lak's DIC deal with?", type: "fact", expect_re: ["^[^“]*“[^”]*internet"], doc: ["2041/QĐ-UBND"] },
    { q: "Which establishments must the Department of Labour in Gia Lai deal with?", type: "fact", expect_re: ["^[^“]*“[^”]*co so cham soc nuoi duong"], doc: ["2509/KH-UBND"] },
    { q: "Sở LĐTBXH Gia Lai phải xử lý những cơ sở nào?", type: "fact", expect_re: ["^[^“]*“[^”]*co so cham soc nuoi duong"], doc: ["2509/KH-UBND"] },
    { q: "so ldtbxh gia lai xu ly nhung co so nao", type: "fact", expect_re: ["^[^“]*“[^”]*co so cham soc nuoi duong"], doc: ["2509/KH-UBND"] },
    // Controls (answered before).
    { q: "Which premises does the Department of Information and Communications of Dak Lak have to inspect?", type: "fact",
      expect_re: ["^[^“]*“[^”]*internet"], doc: ["2041/QĐ-UBND"] },
    { q: "What establishments must Dak Lak's Department of Justice supervise under decision 2130?", type: "fact",
      expect_re: ["^[^“]*“[^”]*nuoi con nuoi"], doc: ["2130/QĐ-UBND"] },
    { q: "Which facilities does Gia Lai's DOLISA have to review?", type: "fact", expect_re: ["^[^“]*“[^”]*co so cham soc nuoi duong"], doc: ["2509/KH-UBND"] },
  ]);
});

// The answer to an English question is in English: its own lines, not only its quotes.
describe("an English question about establishments is answered in English", () => {
  it.each(["Which establishments must Dak Lak's DIC deal with?", "Which establishments must the Department of Labour in Gia Lai deal with?"])("%s", (q) => {
    const a = shipped.qa.answer(q);
    expect(a.language).toBe("en");
    expect(a.answer).toMatch(/^Under /);
  });
});

// The province given on its own after "Which province do you mean?", with the question it answers: English, the duty naming establishments.
describe("the province given after the answerer asked which one", () => {
  it.each(["Dak Lak", "Đắk Lắk"])("%s", (reply) => {
    const a = shipped.qa.answer(reply, { previous: "Which establishments must the DIC deal with?" });
    expect(a.language).toBe("en");
    expect(a.answer).toMatch(/^Under 2041\/QĐ-UBND[^“]*“[^”]*internet/u);
  });
});
