/**
 * Classes of the g30 fresh set (odd half) that failed, each with new questions of the same class: a place named with what it is
 * today ("Huế, now a centrally-run city", "Kon Tum (nay thuộc Quảng Ngãi)") is not a question about today's body, so the plan's own
 * body answers; a staffing quota ("định mức biên chế", "staffing norm") no plan sets; a contact detail (an email address, a website,
 * a fax number) no plan gives.
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("q31");

// "At city level (Hue, now a centrally-run city), who organises ... under the 2016 plan?": the "now" describes the city, it does
// not ask who holds the task today; the plan gives the task to the District People's Committees, and that is the first lead.
describe("a place named with what it is now does not ask for today's body", () => {
  judged([
    { q: "In Hue (now a centrally-run city), who assesses and recognises child-friendly communes under plan 26?", type: "lead", expect: ["huyen", "district"], doc: ["26/KH-UBND"] },
    { q: "Ở Huế (nay là thành phố trực thuộc trung ương), theo kế hoạch 26 ai tổ chức đánh giá, công nhận xã phù hợp với trẻ em?", type: "lead", expect: ["huyen"], doc: ["26/KH-UBND"] },
    { q: "o hue, nay la thanh pho truc thuoc trung uong, theo ke hoach 2016 ai to chuc danh gia cong nhan xa phuong phu hop voi tre em", type: "lead", expect: ["huyen"], doc: ["26/KH-UBND"] },
    { q: "For Thua Thien Hue, now Hue City, which body recognises wards and communes as child-friendly under the 2016 plan?", type: "lead", expect: ["huyen", "district"], doc: ["26/KH-UBND"] },
    { q: "Under Gia Lai's plan 2509 (Gia Lai is now merged with Binh Dinh), which department leads the plan?", type: "lead", expect: ["Lao dong", "Labour"], doc: ["2509/KH-UBND"] },
  ]);
});

// "Kế hoạch nào quy định định mức biên chế nhân viên công tác xã hội trong trường học?": no plan sets a staffing quota or headcount;
// a passage that shares "nhân viên công tác xã hội" is not an answer.
describe("a staffing quota no plan sets", () => {
  judged([
    { q: "Kế hoạch 2509 của Gia Lai quy định biên chế bao nhiêu nhân viên công tác xã hội cho mỗi xã?", type: "none", doc: [] },
    { q: "ke hoach nao quy dinh dinh muc bien che can bo bao ve tre em o cap xa", type: "none", doc: [] },
    { q: "Which plan sets the staffing quota for social workers in schools?", type: "none", doc: [] },
    { q: "What is the staffing norm for child-protection officers in Tay Ninh's plan?", type: "none", doc: [] },
    { q: "Định mức biên chế cán bộ làm công tác trẻ em ở Huế theo kế hoạch 26 là bao nhiêu?", type: "none", doc: [] },
  ]);
  // Kept: staffing itself ("bố trí cán bộ") is a task the plans give, and is answered.
  judged([
    { q: "Under Dak Lak's decision 2041, which department guides localities on staffing commune child-protection officers?", type: "lead", expect: ["Noi vu", "Home Affairs"], doc: ["2041/QD-UBND"] },
  ]);
});

// "dia chi email nhan bao cao cua so LDTBXH gia lai la gi": the plans say where reports go (a body), never an email address,
// website or fax number; the answer says so rather than quoting the reporting line as if it held one.
describe("a contact detail no plan gives", () => {
  judged([
    { q: "Địa chỉ email của Sở Lao động - Thương binh và Xã hội Tây Ninh để gửi báo cáo là gì?", type: "none", doc: [] },
    { q: "gui bao cao ke hoach 26 qua email nao", type: "none", doc: [] },
    { q: "What email address should Dak Lak departments send their reports to?", type: "none", doc: [] },
    { q: "so fax cua so lao dong gia lai nhan bao cao la so may", type: "none", doc: [] },
    { q: "What is the website where Gia Lai's plan 2509 reports are submitted?", type: "none", doc: [] },
    { q: "Thư điện tử nhận báo cáo của Sở Y tế Huế là gì?", type: "none", doc: [] },
  ]);
});
