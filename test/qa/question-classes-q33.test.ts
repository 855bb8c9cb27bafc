/**
 * Classes of the g32 fresh set (odd half) that failed, each with new questions of the same class: several mass organisations
 * listed in one question; which plan cites a legal document written short ("ND 56"); the notice in which the conclusions a plan
 * carries out were published; a duty on children's data by a level of committee; a false premise in English about social media;
 * a local committee told to make its own plan; a body the plan names only inside another's item is not "not named".
 */
import { describe, expect, it } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("q33");

// "HND, HCCB, LĐLĐ ...": three or more bodies listed in one question are each answered, not only the first; "the X, the Y and the Z"
// joins them as "X, Y và Z" does.
describe("several mass organisations listed (short forms or English names)", () => {
  judged([
    { q: "HLHPN, Tinh doan va UBMTTQ tinh GL duoc de nghi lam gi theo KH 2509?", type: "all_agencies", expect: [["Phu nu"], ["Tinh Doan"], ["Mat tran"]], doc: ["2509/KH-UBND"] },
    { q: "LĐLĐ, Tỉnh đoàn, Hội LHPN ở Đắk Lắk được đề nghị phối hợp việc gì theo QĐ 2041?", type: "all_agencies", expect: [["Lien doan Lao dong"], ["Tinh Doan"], ["Phu nu"]], doc: ["2041/QD-UBND"] },
    { q: "What are the Farmers' Union, the Veterans' Association and the Labour Federation asked to do in Dak Lak's 2016-2020 programme?", type: "all_agencies", expect: [["Nong dan"], ["Cuu chien binh"], ["Lien doan Lao dong"]], doc: ["2041/QD-UBND"] },
    { q: "What do the Women's Union, the Youth Union and the Fatherland Front have to do under Gia Lai's plan 2509?", type: "all_agencies", expect: [["Phu nu"], ["Tinh Doan"], ["Mat tran"]], doc: ["2509/KH-UBND"] },
  ]);
});

// "ND 56", "QD 1506", "chỉ thị 28": a document's kind written short (or in full) before its bare number names the document the plans
// write in full ("56/2017/NĐ-CP", "28-CT/TW"); "kh tinh nao" is "kế hoạch tỉnh nào", not Khánh Hòa.
describe("which plan cites a legal document written short or by its bare number", () => {
  judged([
    { q: "nghi dinh 56 dc nhac trong kh tinh nao", type: "fact", expect_re: ["tay ninh"], doc: ["1979/KH-UBND"] },
    { q: "QD 1506 duoc nhac trong KH tinh nao", type: "fact", expect_re: ["tay ninh"], doc: ["1979/KH-UBND"] },
    { q: "chi thi 28 co trong ke hoach tinh nao", type: "fact", expect_re: ["gia lai"], doc: ["2509/KH-UBND"] },
    { q: "NĐ 56 có trong kế hoạch của tỉnh nào?", type: "fact", expect_re: ["tay ninh"], doc: ["1979/KH-UBND"] },
    { q: "Which plan refers to Directive 28?", type: "fact", expect_re: ["gia lai"], doc: ["2509/KH-UBND"] },
  ]);
});

// 1979 carries out "kết luận của Thủ tướng Chính phủ tại Thông báo số 324/TB-VPCP": asked where the conclusions were published,
// the notice answers.
describe("the document in which the conclusions a plan carries out were published", () => {
  judged([
    { q: "ket luan cua thu tuong ma KH Tay Ninh thuc hien duoc neu o van ban nao", type: "fact", expect_re: ["324"], doc: ["1979/KH-UBND"] },
    { q: "Kết luận của Thủ tướng mà kế hoạch 1979 triển khai được công bố tại văn bản nào?", type: "fact", expect_re: ["324"], doc: ["1979/KH-UBND"] },
    { q: "Tây Ninh's plan follows up the PM's conclusions from a national online conference: where were those conclusions issued?", type: "fact", expect_re: ["324"], doc: ["1979/KH-UBND"] },
  ]);
});

// "cập nhật, chuẩn hóa, làm sạch dữ liệu trẻ em trên phần mềm" is the district committees' (2509 IV.16); "district committees" in
// English is that body.
describe("a duty on children's data or software asked of a level of committee", () => {
  judged([
    { q: "ubnd huyen o gia lai lam gi voi du lieu tre em tren phan mem", type: "lead", expect: ["huyen"], doc: ["2509/KH-UBND"] },
    { q: "What must Gia Lai's district committees do with children's data in the software?", type: "lead", expect: ["huyen", "District"], doc: ["2509/KH-UBND"] },
    { q: "UBND cấp huyện ở Đắk Lắk phải làm gì với cơ sở dữ liệu trẻ em?", type: "lead", expect: ["huyen"], doc: ["2041/QD-UBND"] },
  ]);
});

// 2509 IV.5 gives "theo dõi thông tin trên mạng xã hội" to Sở Thông tin và Truyền thông: "social media", "social networks" are
// "mạng xã hội", not social affairs; a premise naming another body is answered with the one the plan names.
describe("a false premise in English about watching social media", () => {
  judged([
    { q: "Gia Lai's plan has the police watch social networks for harmful information on children, right?", type: "lead", expect: ["Thong tin"], doc: ["2509/KH-UBND"] },
    { q: "In plan 2509, is the Department of Education the one that keeps track of social media posts harmful to children?", type: "lead", expect: ["Thong tin"], doc: ["2509/KH-UBND"] },
    { q: "Under Gia Lai's plan, which department monitors social media for harmful content about children?", type: "lead", expect: ["Thong tin"], doc: ["2509/KH-UBND"] },
  ]);
});

// "tự xây dựng kế hoạch ... cho địa phương mình", "kế hoạch riêng": the plan a local committee makes for its own place
// (26 V.12.a, 2509 IV.16, 2041 VI.14).
describe("a local committee told to make its own plan", () => {
  judged([
    { q: "o hue ai tu xay dung ke hoach bao ve tre em 2016 cho dia phuong minh", type: "lead", expect: ["huyen"], doc: ["26/KH-UBND"] },
    { q: "Theo KH 2509 Gia Lai, ai phải ban hành kế hoạch riêng của địa phương mình?", type: "lead", expect: ["huyen"], doc: ["2509/KH-UBND"] },
    { q: "Đắk Lắk: ai phải tự xây dựng kế hoạch bảo vệ trẻ em giai đoạn 2016-2020 của địa phương?", type: "lead", expect: ["huyen"], doc: ["2041/QD-UBND"] },
    { q: "In Thua Thien Hue, who has to draw up its own 2016 child protection plan for its locality?", type: "lead", expect: ["huyen", "District"], doc: ["26/KH-UBND"] },
  ]);
});

// 2041 VI.14 and 26 V.12.b name the commune committees inside the district committees' item ("chỉ đạo Ủy ban nhân dân các xã,
// phường, thị trấn ..."): the answer does not open with "the plan does not name" them; a plan that never names them still says so.
describe("a body named only inside another's item", () => {
  it.each([
    "Ủy ban nhân dân các xã ở Đắk Lắk được giao gì theo Quyết định 2041?",
    "ubnd xa phuong thi tran o hue lam gi theo ke hoach 26",
  ])("%s", (q) => {
    const a = shipped.qa.answer(q);
    expect(a.answer).not.toMatch(/không nêu tên Ủy ban nhân dân cấp xã/u);
    expect(a.answer).toMatch(/có nhắc Ủy ban nhân dân cấp xã/u);
  });
  it("Gia Lai's 2509, which never names the commune committees, says so", () => {
    expect(shipped.qa.answer("UBND cấp xã ở Gia Lai phải làm gì theo KH 2509?").answer).toMatch(/không nêu tên Ủy ban nhân dân cấp xã/u);
  });
});

// A premise putting the task on another body, asked as fact, is said to be wrong in so many words before the body the plan names.
describe("a false premise said to be wrong", () => {
  it.each([
    ["The Gia Lai plan has the Department of Justice follow social networks for harmful information about children: how must it go about it?", /^That is not what the plan says\. The plan does not give this to Sở Tư pháp/u, "Sở Thông tin và Truyền thông"],
    ["Sở Tư pháp Gia Lai theo dõi thông tin trên mạng xã hội về trẻ em như thế nào?", /^Không đúng như câu hỏi nêu\. Kế hoạch không giao việc này cho Sở Tư pháp/u, "Sở Thông tin và Truyền thông"],
    ["Vì sao Công an tỉnh Tây Ninh chủ trì chương trình truyền thông về bảo vệ trẻ em?", /^Không đúng như câu hỏi nêu\. Kế hoạch không giao việc này cho Công an tỉnh/u, "Sở Lao động - Thương binh và Xã hội"],
  ])("%s", (q, opening, named) => {
    const a = shipped.qa.answer(q);
    expect(a.answer).toMatch(opening);
    expect(a.agencies.find((x) => x.role === "lead" || x.role === "responsible")?.name).toBe(named);
  });
});
