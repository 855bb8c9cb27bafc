/**
 * Capabilities missing on a fresh set (g23: odd half, then the even half below), each with new questions written for the class before its fix,
 * judged as qa-judge judges, every quote verbatim. The line before each class says how many passed before the change.
 */
import { describe, expect, it } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("g23dev");

const LABOUR = ["Sở Lao động - Thương binh và Xã hội", "So Lao dong", "LĐTBXH", "Labour, Invalids and Social Affairs", "DOLISA"];
const LABOUR_OR_TODAY = [...LABOUR, "Sở Y tế", "So Y te", "Department of Health"];

// Before: 0/3. "Provincial budget" was read word by word ("tỉnh", "kinh phí"), so the line of another source that happens to say
// "bình quân mỗi năm" came first; the plans' own budget heads ("Ngân sách tỉnh", "ngân sách nhà nước") and "per year" /
// "each year" / "annual average" are now read whole (ENGLISH_PHRASES).
describe("a budget head asked in English: the provincial budget's amount, in total or per year", () => {
  judged([
    { q: "Dak Lak decision 2041: what is the yearly average coming out of the provincial budget?", type: "fact", expect_re: ["1[,.]194"], doc: ["2041/QĐ-UBND"] },
    { q: "Per year, what does Dak Lak's provincial budget contribute on average under decision 2041?", type: "fact", expect_re: ["1[,.]194"], doc: ["2041/QĐ-UBND"] },
    { q: "What is the annual average of provincial budget money in the Dak Lak 2016-2020 child protection programme?", type: "fact", expect_re: ["1[,.]194"], doc: ["2041/QĐ-UBND"] },
    // Answered before, kept: the provincial budget asked otherwise, and the other source's yearly amount asked by its own name.
    { q: "Does Dak Lak's 2041 plan say how much the provincial budget gives each year?", type: "fact", expect_re: ["1[,.]194"], doc: ["2041/QĐ-UBND"] },
    { q: "How much does Dak Lak's provincial budget put into the 2016-2020 programme in total?", type: "fact", expect_re: ["5[,.]970"], doc: ["2041/QĐ-UBND"] },
    { q: "In Dak Lak's 2041 plan, how much per year is expected from international organisations and NGOs?", type: "fact", expect_re: ["200 trieu"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// Before: 0/3. "DOLISA no longer exists. Who ...?": with the full stop folded away, "exists who" read as "those who" (a relative
// clause), so the question lost its who and was answered as a reporting question with no body; a verb ending a statement is no
// longer taken for a plural noun before "who" (RELATIVE_WHO_RE).
describe("a statement that the old department is gone, then an English who-question: the body the plan names, with today's", () => {
  judged([
    { q: "I know DOLISA no longer exists. Who does Hue's plan 26 make report to the provincial chairman on implementation?", type: "lead", expect: LABOUR_OR_TODAY, doc: ["26/KH-UBND"] },
    { q: "The old Department of Labour no longer operates. Who in Dak Lak's decision 2041 summarises the programme and reports its results?", type: "lead", expect: LABOUR_OR_TODAY, doc: ["2041/QĐ-UBND"] },
    { q: "DOLISA has gone, it no longer exists. Who does plan 2509 of Gia Lai make sum up the results and report to the ministry?", type: "lead", expect: LABOUR_OR_TODAY, doc: ["2509/KH-UBND"] },
    // Answered before, kept: the statement with another verb, and a real relative clause ("schools who ...") that is not the question's who.
    { q: "The labour department no longer exists. Who does Gia Lai's plan 2509 charge with guiding, checking and supervising the plan's implementation?", type: "lead", expect: LABOUR_OR_TODAY, doc: ["2509/KH-UBND"] },
    { q: "Under plan 2509 of Gia Lai, which department guides the schools who must protect pupils?", type: "lead", expect: ["Giáo dục", "Giao duc", "Education"], doc: ["2509/KH-UBND"] },
  ]);
});

// Before: 0/5, and the test after the list failed. "Sở nào chủ trì tổ chức triển khai kế hoạch ...?" asks who carries out the plan
// itself; the passage sharing most words ("tổ chức triển khai thực hiện các văn bản" in Đắk Lắk's justice programme, "tổ chức thực
// hiện các mục tiêu ... về giáo dục" in Huế's education item) answered instead: a question naming no task but the plan
// (namesPlanItself) is answered with the body the plan puts first in charge of its implementation (answerPlanLead), per province.
describe("who carries out the plan itself (chủ trì triển khai / tổ chức thực hiện kế hoạch), of one province or several", () => {
  judged([
    { q: "Sở nào chủ trì tổ chức thực hiện Kế hoạch 26/KH-UBND?", type: "lead", expect: LABOUR, doc: ["26/KH-UBND"] },
    { q: "Which department leads carrying out Dak Lak's 2041 child protection plan?", type: "lead", expect: LABOUR, doc: ["2041/QĐ-UBND"] },
    { q: "Ai là đầu mối triển khai kế hoạch 1979 của Tây Ninh?", type: "lead", expect: LABOUR, doc: ["1979/KH-UBND"] },
    { q: "Ở Gia Lai và Tây Ninh, sở nào chủ trì tổ chức thực hiện kế hoạch của tỉnh?", type: "lead", expect: LABOUR, doc: ["2509/KH-UBND", "1979/KH-UBND"] },
    { q: "Huế và Đắk Lắk: cơ quan nào chủ trì triển khai kế hoạch?", type: "lead", expect: LABOUR, doc: ["26/KH-UBND", "2041/QĐ-UBND"] },
    // Answered before, kept: a task of the plan named with "triển khai" is that task's lead, not the plan's; the plan asked in other words.
    { q: "Ở cả Huế lẫn Đắk Lắk, cơ quan nào chủ trì triển khai kế hoạch bảo vệ trẻ em?", type: "lead", expect: LABOUR, doc: ["26/KH-UBND", "2041/QĐ-UBND"] },
    { q: "Theo kế hoạch 26 Huế, ai chủ trì triển khai thực hiện Luật Hộ tịch để bảo đảm quyền khai sinh của trẻ em?", type: "lead", expect: ["Tư pháp", "Tu phap"], doc: ["26/KH-UBND"] },
    { q: "Kế hoạch bảo vệ trẻ em của Huế do sở nào chủ trì triển khai?", type: "lead", expect: LABOUR, doc: ["26/KH-UBND"] },
  ]);
  it("answers each province asked with its own plan's body for the plan", () => {
    const a = shipped.qa.answer("Ở Thừa Thiên Huế và Đắk Lắk thì sở nào chủ trì tổ chức triển khai kế hoạch của tỉnh?");
    const lines = a.answer.split("\n");
    expect(lines.find((l) => l.startsWith("Theo Kế hoạch 26/KH-UBND"))).toContain("Sở Lao động - Thương binh và Xã hội chịu trách nhiệm");
    expect(lines.find((l) => l.startsWith("Theo Quyết định 2041/QĐ-UBND"))).toContain("Sở Lao động - Thương binh và Xã hội chịu trách nhiệm");
    expect(a.answer).not.toContain("Sở Tư pháp chủ trì");
  });
});

// Before: 0/3. "The Chief of the provincial People's Committee Office" was read as the Committee itself (its English name), so
// the answer gave what the plan says of the Committee; English office titles are now written as the plans write them before the
// question is read (ENGLISH_OFFICE_TITLES), and the holder is answered as a Vietnamese question about "Chánh Văn phòng" is.
describe("an office holder named by an English title: what the decision says of that office", () => {
  judged([
    { q: "What does decision 2130 ask of the Chief of Office of the PPC?", type: "fact", expect_re: ["thi hanh"], doc: ["2130/QĐ-UBND"] },
    { q: "In Dak Lak's decision 2041, what is the Chief of the Provincial People's Committee Office told to do?", type: "fact", expect_re: ["thi hanh"], doc: ["2041/QĐ-UBND"] },
    { q: "What does Hue's plan 26 say about the Chairman of the provincial People's Committee?", type: "fact", expect_re: ["bao cao voi chu tich"], doc: ["26/KH-UBND"] },
  ]);
  it("names the office, not the committee, in the English answer", () => {
    const a = shipped.qa.answer("What is required of the Chief of the provincial People's Committee Office by decision 2130?");
    expect(a.answer).toContain("Chief of the Office of the Provincial People's Committee");
  });
});

// Before: 0/3 (the Vietnamese ones said the plans do not answer; the English one listed passages of every plan). Which plan does
// not name its province is known to the knowledge base (province as written, or inferred and how): answered from it
// (unnamed-province.ts), with the inference and its ground.
describe("which of the plans does not name its province", () => {
  judged([
    { q: "Kế hoạch nào trong kho không nêu tên tỉnh?", type: "fact", expect_re: ["2130"], doc: ["2130/QĐ-UBND"] },
    { q: "Which of the documents you hold never names the province it was issued in?", type: "fact", expect_re: ["2130"], doc: ["2130/QĐ-UBND"] },
    { q: "van ban nao khong ghi ro tinh ban hanh vay?", type: "fact", expect_re: ["2130"], doc: ["2130/QĐ-UBND"] },
    // Answered before, kept: the province of one plan asked by its number.
    { q: "Quyết định 2130 là của tỉnh nào?", type: "fact", expect_re: ["dak lak"], doc: ["2130/QĐ-UBND"] },
  ]);
  it("says the province is inferred, and does not list the plans that do name theirs", () => {
    const a = shipped.qa.answer("Kế hoạch nào trong kho không nêu tên tỉnh?");
    expect(a.answer).toContain("suy luận");
    expect(a.citations.every((c) => c.document === "2130/QĐ-UBND")).toBe(true);
  });
});

// ---- g23, even half ----

// Before: 1/4 (g23-014's class). "Which of the five plans ...", "of all 5 plans, which one ...": the plans asked over, with a count or "these" before the noun.
describe("which of the N plans: a question over every plan, with a number or 'these' before 'plans'", () => {
  judged([
    { q: "Which of the 5 plans lasts a single year?", type: "fact", expect_re: ["26/kh"], doc: ["26/KH-UBND"] },
    { q: "Of all five plans, which one is for just one year?", type: "fact", expect_re: ["26/kh"], doc: ["26/KH-UBND"] },
    { q: "Which of these plans runs for one year only?", type: "fact", expect_re: ["26/kh"], doc: ["26/KH-UBND"] },
    // Answered before, kept.
    { q: "Which plan runs for one year only?", type: "fact", expect_re: ["26/kh"], doc: ["26/KH-UBND"] },
  ]);
});

// Before: 3/7 (g23-036's class; the 2361 question, the quoted-issuer test and the kept signer question passed). Who issued a document a plan cites by number ("Kế hoạch số 273-KH/TU ... của Tỉnh ủy"): the issuer the plan writes after it.
describe("who issued a document the plan cites: the body the plan writes after its number", () => {
  judged([
    { q: "Quyết định 1506/QĐ-LĐTBXH mà kế hoạch 1979 thực hiện do cơ quan nào ban hành?", type: "fact", expect_re: ["bo lao dong"], doc: ["1979/KH-UBND"] },
    { q: "Chỉ thị 28-CT/TW được nhắc trong kế hoạch Gia Lai là của cơ quan nào?", type: "fact", expect_re: ["bo chinh tri"], doc: ["2509/KH-UBND"] },
    { q: "Who issued Decision 535/QĐ-TTg, which the Dak Lak 2014 plan carries out?", type: "fact", expect_re: ["thu tuong"], doc: ["2130/QĐ-UBND"] },
    { q: "qd 2361/qd-ttg ma kh 26 hue thuc hien do ai ban hanh?", type: "fact", expect_re: ["thu tuong"], doc: ["26/KH-UBND"] },
    { q: "Chỉ thị 28-CT/TW mà kế hoạch Gia Lai thực hiện là của cơ quan nào, về cái gì?", type: "fact", expect_all: ["bo chinh tri", "cong tac tre em"], doc: ["2509/KH-UBND"] },
    // Kept: who signed the plan itself, asked beside the number of what it implements, is the plan's signer.
    { q: "The 2014 plan that implements 535/QĐ-TTg: who signed it, and in which province?", type: "fact", expect_re: ["mai hoan"], doc: ["2130/QĐ-UBND"] },
  ]);
  it("quotes the words of the plan that name the issuer", () => {
    const a = shipped.qa.answer("Kế hoạch số 273-KH/TU do cơ quan nào ban hành?");
    expect(a.found).toBe(true);
    expect(a.answer).toMatch(/Tỉnh ủy/);
    expect(a.citations[0]?.quote).toMatch(/273-KH\/TU.*của Tỉnh ủy/);
  });
});

// Before: 1/3 (g23-074's class; the Đắk Lắk one opened with the "thi hành Quyết định" line). "What exactly must X do?": an adverb between "what" and the verb still asks the body's duties (a topic word like "targets"
// elsewhere in the question does not make it a question about targets).
describe("what exactly must a body do: its duties, with the body the plan names when another now holds them", () => {
  judged([
    { q: "Under Gia Lai's plan the Department of Finance folds child targets into the province's socio-economic plan. What exactly does Finance have to do there?", type: "fact", expect_re: ["ke hoach va dau tu", "planning and investment"], doc: ["2509/KH-UBND"] },
    { q: "Hue's 2016 plan lists goals for schools. What specifically must the Department of Education and Training do?", type: "lead", expect: ["Giáo dục", "Giao duc", "Education"], doc: ["26/KH-UBND"] },
  ]);
  it("opens with the body's own duty, not the budget line a money word points to", () => {
    const a = shipped.qa.answer("Dak Lak's decision 2041 writes budget figures in billions. What exactly must the Department of Finance do?");
    expect(a.answer.split("\n")[0]).not.toMatch(/thi hành Quyết định/);
    expect(a.intent).toBe("duties");
  });
});

// Before: 2/4 (g23-054's class; the two questions were answered found, as if a mention were a duty). A body the plan names only among its recipients (Nơi nhận), asked what duty it is given: the plan gives it none.
describe("a body named only among the recipients, asked for its duty: not found, with the recipients' line", () => {
  judged([
    { q: "Kế hoạch 2509 giao cho Thường trực Hội đồng nhân dân tỉnh Gia Lai nhiệm vụ gì?", type: "none", doc: ["2509/KH-UBND"] },
    { q: "What task does Gia Lai's plan 2509 give the Standing Committee of the provincial People's Council?", type: "none", doc: ["2509/KH-UBND"] },
  ]);
  it("says the plan gives it no duty and shows where it is named", () => {
    const a = shipped.qa.answer("Kế hoạch 2509 giao cho Thường trực Hội đồng nhân dân tỉnh Gia Lai nhiệm vụ gì?");
    expect(a.answer).toMatch(/không giao nhiệm vụ/);
    expect(a.answer).toMatch(/Nơi nhận/);
  });
  it("still answers whether the body is on the recipients' list", () => {
    expect(shipped.qa.answer("Thường trực Tỉnh ủy có trong kế hoạch 2509 không?").found).toBe(true);
  });
});

// Before: 0/4 (g23-120's class: answered with Sở LĐTBXH's first item). An agency asked by its item number where the source elides that item (Huế's plan lacks items 10 and 11): not stated.
describe("an item number the source leaves out: not stated, with the gap said, nothing filled in", () => {
  judged([
    { q: "Trong phần tổ chức thực hiện của kế hoạch 26 Huế, cơ quan số 11 là cơ quan nào?", type: "none", doc: ["26/KH-UBND"] },
    { q: "What does agency no. 10 have to do under Hue's plan 26/KH-UBND?", type: "none", doc: ["26/KH-UBND"] },
    { q: "kh 26 hue muc 11 trong phan to chuc thuc hien giao cho don vi nao?", type: "none", doc: ["26/KH-UBND"] },
  ]);
  it("says the source elides the item", () => {
    const a = shipped.qa.answer("Trong phần tổ chức thực hiện của kế hoạch 26 Huế, cơ quan số 11 là cơ quan nào?");
    expect(a.answer).toMatch(/lược/);
  });
});

// Before: 0/2 (g22-043's opening). Who reports to an office holder: the body that acts opens the answer, the office holder is who the report goes to.
describe("who reports to the Chairman: the acting body opens the answer, not the office holder", () => {
  it("opens with the department, not 'what the plan says of the Chairman'", () => {
    const a = shipped.qa.answer("Theo kế hoạch 26 Huế, ai báo cáo Chủ tịch UBND tỉnh về tình hình thực hiện kế hoạch?");
    const first = a.answer.split("\n")[0]!;
    expect(first).not.toMatch(/người đứng đầu, không phải/);
    expect(first).toMatch(/Sở Lao động/);
  });
  it("in English too", () => {
    const a = shipped.qa.answer("Under Hue's plan 26, who reports to the Chairman of the provincial People's Committee on implementation?");
    expect(a.answer.split("\n")[0]!).toMatch(/Labour|Lao động/);
  });
});

// Before: 1/3. The same question of an item that is there: the body its heading names (was another body's item: Huế's no. 9 was answered
// with Sở Y tế).
describe("an agency asked by its item number, where the item is there: the body the heading names", () => {
  judged([
    { q: "Trong kế hoạch 26 Huế, cơ quan số 9 là cơ quan nào?", type: "lead", expect: ["Thông tin và Truyền thông", "Thong tin va Truyen thong"], doc: ["26/KH-UBND"] },
    { q: "Which agency is number 12 in the implementation part of Hue's 2016 plan?", type: "lead", expect: ["huyện", "huyen", "District"], doc: ["26/KH-UBND"] },
    { q: "Kế hoạch 2509 Gia Lai: đơn vị thứ 10 trong phần tổ chức thực hiện là ai?", type: "lead", expect: ["Công an tỉnh", "Cong an tinh"], doc: ["2509/KH-UBND"] },
  ]);
});
