/**
 * Classes of the g31 fresh set (odd half) that failed, each with new questions of the same class: a province's initials written
 * right after an agency's name ("Sở LĐ-TB&XH GL"); a programme of the Đắk Lắk plan by its number ("CT4", "ct 3", "programme 4");
 * levels joined by slashes ("UBND h/tx/tp", "x/p/tt") and "KP" (kinh phí); a recommendation of the 2130 appendix with two rows,
 * the row picked by the activity asked; a budget line picked by its source (the provincial budget, international organisations);
 * a district office the plan reaches only through the body that directs it ("Chỉ đạo Phòng ...").
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("q32");

// "Sở LĐ-TB&XH ĐL làm gì ...": the written-out name ends in "Xã hội", which is not the head of another agency's short form,
// so the initials after it are the province.
describe("a province's initials right after an agency's name", () => {
  judged([
    { q: "Sở LĐ-TB&XH GL được giao những nhiệm vụ gì?", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "So LD-TB&XH GL lam gi de phong chong xam hai tre em?", type: "lead", expect: ["Lao dong"], doc: ["2509/KH-UBND"] },
    { q: "Sở LĐ-TB&XH TTH chủ trì những việc gì năm 2016?", type: "lead", expect: ["Lao dong"], doc: ["26/KH-UBND"] },
    { q: "Sở Lao động - Thương binh và Xã hội TN được giao gì để tập huấn giảng viên nòng cốt?", type: "lead", expect: ["Lao dong"], doc: ["1979/KH-UBND"] },
    { q: "Sở LĐ-TB&XH ĐL chủ trì những chương trình nào?", type: "lead", expect: ["Lao dong"], doc: ["2041/QD-UBND"] },
  ]);
});

// "CT5" of the Đắk Lắk plan is its fifth programme ("5. Chương trình duy trì và phát triển cơ sở dữ liệu ...").
describe("a programme of the Đắk Lắk plan by its number", () => {
  judged([
    { q: "CT4 trong QĐ 2041 do sở nào chủ trì?", type: "lead", expect: ["Tu phap"], doc: ["2041/QD-UBND"] },
    { q: "ct 4 (tu phap cho nguoi chua thanh nien) o dak lak ai chu tri", type: "lead", expect: ["Tu phap"], doc: ["2041/QD-UBND"] },
    { q: "Sở Tư pháp ĐL làm gì trong CT4?", type: "lead", expect: ["Tu phap"], doc: ["2041/QD-UBND"] },
    { q: "Which departments work with the lead on programme 5 of Dak Lak's 2016-2020 plan?", type: "all_agencies", expect: [["Thong tin", "Information"], ["Y te", "Health"]], doc: ["2041/QD-UBND"] },
  ]);
});

// "UBND h/tx/tp" is "UBND các huyện, thị xã, thành phố" (the district level), "x/p/tt" the commune level; "KP" is kinh phí.
describe("levels joined by slashes", () => {
  judged([
    { q: "UBND các h/tx/tp ở Gia Lai có phải bố trí KP thực hiện KH 2509 không?", type: "lead", expect: ["huyen"], doc: ["2509/KH-UBND"] },
    { q: "ubnd h/tx/tp o dak lak phai lam gi theo qd 2041", type: "lead", expect: ["huyen"], doc: ["2041/QD-UBND"] },
    { q: "UBND huyện/tx/tp Huế phải báo cáo định kỳ mấy tháng một lần theo KH 26?", type: "fact", expect_re: ["6 thang"], doc: ["26/KH-UBND"] },
    { q: "Theo KH 2509, UBND h/tx/tp phải cập nhật, làm sạch dữ liệu trẻ em trên phần mềm nào?", type: "fact", expect_re: ["phan mem quan ly thong tin tre em"], doc: ["2509/KH-UBND"] },
  ]);
});

// Recommendation 12 has two rows in the 2130 appendix (coordination and human resources, led by LĐTBXH; the budget, led by
// Finance): the row is picked by the activity asked, and a premise naming the other row's lead is corrected.
describe("an appendix recommendation with two rows, picked by the activity asked", () => {
  judged([
    { q: "Theo QĐ 2130, ai chủ trì hoạt động bổ sung ngân sách cho các kế hoạch về trẻ em thuộc khuyến nghị 12?", type: "lead", expect: ["Tai chinh"], doc: ["2130/QD-UBND"] },
    { q: "khuyen nghi so 12 phan bo sung ngan sach do so nao chu tri trong qd 2130", type: "lead", expect: ["Tai chinh"], doc: ["2130/QD-UBND"] },
    { q: "Sở LĐTBXH chủ trì việc bổ sung ngân sách của khuyến nghị 12 trong quyết định 2130 phải không?", type: "lead", expect: ["Tai chinh"], doc: ["2130/QD-UBND"] },
    { q: "Which department leads the budget activity of recommendation 12 in decision 2130?", type: "lead", expect: ["Tai chinh", "Finance"], doc: ["2130/QD-UBND"] },
    { q: "In decision 2130, is the Finance department the lead for recommendation 12's work on coordination mechanisms and human resources?", type: "lead", expect: ["Lao dong", "Labour"], doc: ["2130/QD-UBND"] },
  ]);
});

// 2041 splits the programme's money by source: the provincial budget 5,970 tỷ (1,194 tỷ a year); international organisations,
// NGOs and the community 01 tỷ (200 triệu a year). The line asked is the one of the source asked.
describe("a budget line by its source", () => {
  judged([
    { q: "Ngân sách tỉnh Đắk Lắk dự kiến chi bao nhiêu cho Chương trình bảo vệ trẻ em 2016-2020?", type: "fact", expect_re: ["5,970 ty"], doc: ["2041/QD-UBND"] },
    { q: "binh quan moi nam ngan sach tinh dak lak bo tri bao nhieu cho chuong trinh bvte", type: "fact", expect_re: ["1,194 ty"], doc: ["2041/QD-UBND"] },
    { q: "What share of the 2016-2020 programme money was Dak Lak's provincial budget to provide?", type: "fact", expect_re: ["5,970"], doc: ["2041/QD-UBND"] },
    { q: "QĐ 2041 dự kiến vận động từ tổ chức phi chính phủ và cộng đồng bao nhiêu tiền mỗi năm?", type: "fact", expect_re: ["200 trieu"], doc: ["2041/QD-UBND"] },
    { q: "How much money did Dak Lak's 2016-2020 plan expect from international organisations each year?", type: "fact", expect_re: ["200 trieu", "200 million"], doc: ["2041/QD-UBND"] },
    { q: "How much was the 2041 plan to mobilise from NGOs and the community over the five years?", type: "fact", expect_re: ["0?1 ty", "1 billion"], doc: ["2041/QD-UBND"] },
    { q: "Đắk Lắk vận động từ các tổ chức quốc tế được bao nhiêu cho chương trình bảo vệ trẻ em?", type: "fact", expect_re: ["0?1 ty", "200 trieu"], doc: ["2041/QD-UBND"] },
    { q: "How much did Tay Ninh's plan 1979 expect to raise from NGOs?", type: "no_number", doc: [] },
  ]);
});

// "c) Chỉ đạo Phòng Lao động - Thương binh và Xã hội phối hợp ... xây dựng và triển khai Kế hoạch" in the district committees' item
// of plan 26: the office's work is given through the body that directs it, which holds the duty; not "the plan gives it nothing".
describe("a district office the plan reaches through the body that directs it", () => {
  judged([
    { q: "Phòng GD&ĐT các huyện ở Huế làm gì theo KH 26?", type: "lead", expect: ["Giao duc"], doc: ["26/KH-UBND"] },
    { q: "phong giao duc va dao tao cap huyen o thua thien hue co nhiem vu gi nam 2016", type: "lead", expect: ["Giao duc"], doc: ["26/KH-UBND"] },
    { q: "What is the district labour office in Thua Thien Hue asked to do under plan 26?", type: "lead", expect: ["huyen", "District", "Phong Lao dong"], doc: ["26/KH-UBND"] },
    { q: "Phòng LĐ-TB&XH cấp huyện ở Thừa Thiên Huế có phải xây dựng kế hoạch về trẻ em không?", type: "lead", expect: ["huyen", "Phong Lao dong"], doc: ["26/KH-UBND"] },
  ]);
});
