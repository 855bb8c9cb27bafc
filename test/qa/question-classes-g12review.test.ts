/**
 * Regressions a reviewer found in the g12 changes (old build right, new wrong), each with questions of our own of the same
 * kind, written before the fix, judged as score_qa.mjs judges, every quote verbatim. Plus checks the judge cannot make (which
 * plans answer, how an absent topic is written).
 */
import { describe, expect, it } from "vitest";
import { foldKey } from "../../src/core/vietnamese-text.ts";
import { classSuite } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("g12review");

// 1. answerAskedCount (src/qa/question-answerer.ts): the clause holding the number must hold the question's own words.
describe("counting: the passage whose clause matches the question's verb and topic, not the first number before the noun", () => {
  judged([
    { q: "Đắk Lắk duy trì hoạt động bao nhiêu văn phòng tư vấn cấp huyện?", type: "fact", expect_re: ["03 van phong", "krong pac"], doc: ["2041/QĐ-UBND"] },
    { q: "o dak lak may huyen van duy tri hoat dong van phong tu van", type: "fact", expect_re: ["03 van phong", "krong pac"], doc: ["2041/QĐ-UBND"] },
    { q: "Đắk Lắk thành lập mới bao nhiêu văn phòng tư vấn trẻ em?", type: "fact", expect_re: ["02 van phong tu van tre em tai krong ana"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// 2. WORDS_NOT_PLACES and lowerPlaces (src/qa/written-short-forms.ts).
describe("'dl', 'tn' opening a question: data and youth, never a province over one named in full", () => {
  judged([
    { q: "dl tre em gia lai do so nao cap nhat chuan hoa", type: "lead", expect: ["Lao dong", "huyen"], doc: ["2509/KH-UBND"] },
    { q: "dl: o gia lai ai lam sach du lieu tre em tren phan mem", type: "lead", expect: ["Lao dong", "huyen"], doc: ["2509/KH-UBND"] },
    { q: "tn tinh doan gia lai duoc de nghi lam gi cho tre em", type: "fact", expect_re: ["tinh doan"], doc: ["2509/KH-UBND"] },
  ]);
  it("reads 'dl' as dữ liệu and 'tn' as thanh niên, and keeps 'dl:' alone as Đắk Lắk", () => {
    const placeOf = (q: string) => [...new Set(shipped.qa.answer(q).citations.map((c) => c.document))];
    expect(placeOf("dl tre em o gia lai ai chiu trach nhiem cap nhat")).toEqual(["2509/KH-UBND"]);
    expect(placeOf("tn tham gia bao ve tre em the nao o gia lai").every((d) => d === "2509/KH-UBND")).toBe(true);
    expect(placeOf("dl: ai chu tri chuong trinh tu phap cho nctn").every((d) => /2041|2130/.test(d))).toBe(true);
  });
});

// 3. asksActorsBasis (src/qa/question-parser.ts): "on what basis", "which law ... under" of a body's action are its duty.
describe("English 'on what basis', 'which law' about a body's action: its duty passage, not the plan's legal basis", () => {
  judged([
    { q: "On what basis does Gia Lai's Department of Finance advise on funding the plan each year?", type: "fact", expect_re: ["du toan", "can doi ngan sach"], doc: ["2509/KH-UBND"] },
    { q: "Which law does Thua Thien Hue's finance department supervise spending under?", type: "fact", expect_re: ["luat ngan sach"], doc: ["26/KH-UBND"] },
    { q: "On what basis do Dak Lak communes build their plans for children in special circumstances?", type: "fact", expect_re: ["tinh hinh thuc te"], doc: ["2041/QĐ-UBND"] },
    // The plan itself: still its legal basis.
    { q: "On what legal grounds was Gia Lai's plan issued?", type: "fact", expect_re: ["28-ct/tw"], doc: ["2509/KH-UBND"] },
  ]);
});

// 4. askedApart (src/qa/absent-topics.ts): a licensing part beside an answerable part.
describe("a question with an answerable part and a licensing part: the part answered, licensing said to be absent", () => {
  judged([
    { q: "O Gia Lai ai ra soat, quan ly cac co so cham soc nuoi duong tre em; co phai xin giay phep khong?", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "Who reviews child care facilities in Gia Lai, and do they need a licence?", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    // Licensing alone is still refused.
    { q: "so nao cap phep cho co so cham soc tre em o gia lai", type: "none", doc: [] },
  ]);
  it("names the absent topic in proper Vietnamese when typed without marks", () => {
    const a = shipped.qa.answer("gia lai: co so nuoi duong tre em ai quan ly, co can giay phep khong");
    expect(a.answer).toContain("“giấy phép”");
    expect(a.found).toBe(true);
  });
});

// 5. longestRun (src/qa/question-answerer.ts): a run of words several plans' titles share names none of them.
describe("common title phrases ('công tác bảo vệ, chăm sóc và giáo dục trẻ em') do not choose a plan", () => {
  it("answers from every plan that speaks of it when no province or plan is named", () => {
    for (const q of ["Sở Giáo dục và Đào tạo làm gì trong công tác bảo vệ, chăm sóc và giáo dục trẻ em?",
      "cong an tinh co nhiem vu gi trong cong tac cham soc, giao duc va bao ve tre em"]) {
      const docs = new Set(shipped.qa.answer(q).citations.map((c) => c.document));
      expect(docs.size, q).toBeGreaterThan(1);
    }
  });
  judged([
    // A distinguishing run still chooses its plan.
    { q: "Kế hoạch thực hiện Khuyến nghị của Ủy ban về Quyền trẻ em của Liên hợp quốc giao Sở Tư pháp làm gì?", type: "fact", expect_re: ["2130"], doc: ["2130/QĐ-UBND"] },
  ]);
});

// 6. restatesTitle (src/qa/question-answerer.ts) and articleAsked (src/qa/intent-handlers.ts).
describe("who leads a programme named by its title: the plan's own lead, not the decision's articles", () => {
  judged([
    { q: "ai chu tri trien khai chuong trinh bao ve tre em tinh dak lak giai doan 2016-2020", type: "lead", expect: ["Lao dong"], doc: ["2041/QĐ-UBND"] },
    { q: "Cơ quan nào chủ trì Chương trình bảo vệ trẻ em Đắk Lắk 2016-2020?", type: "lead", expect: ["Lao dong"], doc: ["2041/QĐ-UBND"] },
    // The article answers what it says.
    { q: "Đắk Lắk: ai tham mưu bố trí kinh phí thực hiện Chương trình bảo vệ trẻ em giai đoạn 2016-2020?", type: "lead", expect: ["Tai chinh"], doc: ["2041/QĐ-UBND"] },
  ]);
  it("does not cite Điều 2 for the lead of the programme", () => {
    const a = shipped.qa.answer("Ai là cơ quan chủ trì thực hiện Chương trình bảo vệ trẻ em tỉnh Đắk Lắk?");
    expect(a.citations.some((c) => c.section === "Điều 2")).toBe(false);
    expect(foldKey(a.agencies.find((x) => x.role === "lead" || x.role === "responsible")?.name ?? "")).toContain("lao dong");
  });
});
