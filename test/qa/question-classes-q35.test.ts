/**
 * Classes of the g33 fresh set (odd half) that failed, each with new questions of the same class, written before the code changed:
 * (1) the plan as the subject that gives its own implementation to a body ("KH X giao cơ quan nào chủ trì tổ chức triển khai?");
 * (2) a false premise that a plan gives a body the whole plan ("Vì sao KH X lại giao Sở Y chủ trì toàn bộ kế hoạch?", "Sao ... lại
 * ...?"), corrected with the plan's body and the sections it does give the body claimed; (3) who does a task that ends in a report
 * to an office holder, where the plan's body works with another ("X chủ trì phối hợp với Y ... báo cáo với Chủ tịch"), asked also
 * as "Ai là người ...", "who is responsible ..." (a body asked, not the holder's name); (4) "which of the provincial plans ...":
 * the plans that fit, one named by a number it writes or by its signing year; (5) a Vietnamese question naming its topic in English
 * ("Dak Lak child database programme: ... phối hợp?").
 * Before the change: 7 of these 28 passed (the answered forms kept as controls); after: 28.
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { classSuite } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("q35");
const LABOUR = ["Lao dong", "Thuong binh"];

// 1. The plan is the subject and "giao" the verb; what is given is carrying out the plan itself (its implementation section's first
// item), not an item that shares "triển khai" (the district committees' "Ban hành Kế hoạch triển khai ...").
describe("the plan gives its own implementation to a body", () => {
  judged([
    { q: "KH 1979 của Tây Ninh giao đơn vị nào chủ trì tổ chức thực hiện?", type: "lead", expect: LABOUR, doc: ["1979/KH-UBND"] },
    { q: "ke hoach 26 hue giao so nao chu tri trien khai", type: "lead", expect: LABOUR, doc: ["26/KH-UBND"] },
    { q: "Which department does Dak Lak's decision 2041 put in charge of carrying it out?", type: "lead", expect: LABOUR, doc: ["2041/QĐ-UBND"] },
    { q: "Plan 2509 of Gia Lai assigns which agency to lead its implementation?", type: "lead", expect: LABOUR, doc: ["2509/KH-UBND"] },
    { q: "kh 2509 gia lai giao co quan nao chu tri to chuc trien khai thuc hien", type: "lead", expect: LABOUR, doc: ["2509/KH-UBND"] },
  ]);
});

// 2. "Vì sao ... lại giao X chủ trì toàn bộ / cả kế hoạch?", "Sao ... lại ...": the premise is corrected with the body the plan puts in
// charge of the whole plan, not with an item that shares a word.
describe("a false premise that a plan gives a body the whole plan", () => {
  judged([
    { q: "Vì sao KH 26 của Huế lại giao Sở Giáo dục và Đào tạo chủ trì toàn bộ kế hoạch?", type: "lead", expect: LABOUR, doc: ["26/KH-UBND"] },
    { q: "tai sao ke hoach 1979 tay ninh lai giao cong an tinh chu tri ca ke hoach", type: "lead", expect: LABOUR, doc: ["1979/KH-UBND"] },
    { q: "Why does Gia Lai's plan 2509 give the Department of Justice the lead for the whole plan?", type: "lead", expect: LABOUR, doc: ["2509/KH-UBND"] },
    { q: "Sao QĐ 2041 Đắk Lắk lại giao Sở Tư pháp chủ trì cả kế hoạch?", type: "lead", expect: LABOUR, doc: ["2041/QĐ-UBND"] },
  ]);
  it("says the premise is wrong and names the plan's body", () => {
    const a = shipped.qa.answer("Vì sao KH 26 của Huế lại giao Sở Giáo dục và Đào tạo chủ trì toàn bộ kế hoạch?");
    expect(norm(a.answer)).toMatch(/^khong dung nhu cau hoi neu/);
    expect(norm(a.answer.split("\n")[0])).toContain("so lao dong - thuong binh va xa hoi");
  });
  it("says which part the plan does give the body claimed", () => {
    const a = shipped.qa.answer("Why does Gia Lai's plan 2509 give the Department of Justice the lead for the whole plan?");
    expect(a.answer.split("\n")[1]).toBe("What the plan gives Sở Tư pháp (Department of Justice (DOJ)) itself: section IV.6.");
  });
});

// 3. "Ai đôn đốc ... và báo cáo Chủ tịch UBND tỉnh?": the plan's line is "X chủ trì phối hợp với Y đôn đốc ... báo cáo với Chủ tịch":
// both bodies do what is asked (X leading, Y with it); the Chairman is whom the report goes to.
describe("who does a task reported to an office holder: the body and the one it works with", () => {
  judged([
    { q: "Ai kiểm tra và báo cáo Chủ tịch UBND tỉnh Thừa Thiên Huế về việc thực hiện kế hoạch 26?", type: "all_agencies", expect: [LABOUR, ["Van phong"]], doc: ["26/KH-UBND"] },
    { q: "hue: co quan nao tiep nhan va bao cao chu tich ubnd tinh ve tinh hinh thuc hien ke hoach 2016", type: "all_agencies", expect: [LABOUR, ["Van phong"]], doc: ["26/KH-UBND"] },
    { q: "In Hue, who checks progress and reports to the Chairman of the provincial People's Committee on the 2016 plan?", type: "all_agencies", expect: [LABOUR, ["Van phong"]], doc: ["26/KH-UBND"] },
    { q: "Ai là cơ quan đôn đốc thực hiện kế hoạch 26 rồi báo cáo Chủ tịch UBND tỉnh?", type: "lead", expect: LABOUR, doc: ["26/KH-UBND"] },
    // "Ai là người ...", "who is responsible ...": a body doing the task is asked, not the name of the Chairman.
    { q: "Ai là người đôn đốc và báo cáo Chủ tịch UBND tỉnh Huế về kế hoạch 2016?", type: "all_agencies", expect: [LABOUR, ["Van phong"]], doc: ["26/KH-UBND"] },
    { q: "Who is responsible for checking the 2016 Hue plan and reporting to the Chairman of the provincial People's Committee?", type: "all_agencies", expect: [LABOUR, ["Van phong"]], doc: ["26/KH-UBND"] },
    // Control: the holder's name asked is not in the plans.
    { q: "Who is the Chairman of Hue's provincial People's Committee?", type: "none", doc: [] },
  ]);
  it("says in the answer that the lead works with the Office", () => {
    const a = shipped.qa.answer("Ai kiểm tra và báo cáo Chủ tịch UBND tỉnh Thừa Thiên Huế về việc thực hiện kế hoạch 26?");
    expect(norm(a.answer.split("\n")[0])).toMatch(/so lao dong - thuong binh va xa hoi.*van phong/);
  });
});

// 4. "Which of the provincial plans ...", "which of the child protection plans ...": every plan is asked which fits; the plans that
// write the number (111), or were signed in the year, answer, each named; "report ... to 111" is no periodic report of the plan.
describe("which of the plans, asked with a word before 'plans'", () => {
  judged([
    { q: "Which of the provincial plans asks people to report violence against children through the 111 line?", type: "fact", expect_all: ["111"], expect_re: ["tay ninh|1979"], doc: ["1979/KH-UBND"] },
    { q: "Which of the child protection plans asks families and schools to report abuse through 111?", type: "fact", expect_all: ["111"], expect_re: ["tay ninh|1979"], doc: ["1979/KH-UBND"] },
    { q: "trong cac ke hoach cua cac tinh, ke hoach nao huong dan bao tin xam hai tre em qua tong dai 111", type: "fact", expect_all: ["111"], expect_re: ["tay ninh|1979"], doc: ["1979/KH-UBND"] },
    { q: "Which of the provincial plans was signed in 2016?", type: "fact", expect_re: ["26/kh-ubnd"], doc: ["26/KH-UBND"] },
  ]);
  it("names only the plans signed in the year asked", () => {
    const a = shipped.qa.answer("Which of the provincial plans was signed in 2016?");
    expect(new Set(a.citations.map((c) => c.document))).toEqual(new Set(["2041/QĐ-UBND", "26/KH-UBND"]));
  });
});

// 5. A Vietnamese question whose topic is written in English: the English words are read as the plans' Vietnamese.
describe("a Vietnamese question naming its topic in English", () => {
  judged([
    { q: "dak lak child database programme thi co quan nao phoi hop", type: "all_agencies", expect: [["Thong tin"], ["Y te"], ["thong ke"]], doc: ["2041/QĐ-UBND"] },
    { q: "Dak Lak justice programme for minors: sở nào chủ trì?", type: "lead", expect: ["Tu phap"], doc: ["2041/QĐ-UBND"] },
    { q: "Chương trình communication and social mobilisation của Đắk Lắk do những cơ quan nào phối hợp?", type: "all_agencies", expect: [["Giao duc"], ["Thong tin"], ["Van hoa"]], doc: ["2041/QĐ-UBND"] },
    { q: "Huế birth registration: ai chủ trì theo kế hoạch 26?", type: "lead", expect: ["Tu phap"], doc: ["26/KH-UBND"] },
  ]);
});
