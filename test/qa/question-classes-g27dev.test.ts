/**
 * Capabilities missing on a fresh set (g27, odd half), each with new questions written for the class before its fix, judged as
 * qa-judge judges, every quote verbatim. The line before each class says how many passed before.
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("g27dev");

// Before: 2/4 (the Tây Ninh and Đắk Lắk ones passed). g27-047's class, first half. A province typed with two letters swapped ("Gia Lia", "Tay Nihn", "Thua Thien Heu"), however short
// the word: still that province, so only its plan answers (no other province's plan, no question back asking which province).
const only = (province: string) => [`^(?!.*(${["dak lak", "gia lai", "tay ninh", "hue"].filter((p) => p !== province).join("|")})).*${province}`];
describe("a province written with two letters swapped is still that province", () => {
  judged([
    { q: "Ai ký kế hoạch bảo vệ trẻ em của Gia Lia?", type: "fact", expect_re: only("gia lai"), doc: ["2509/KH-UBND"] },
    { q: "Thua Thien Heu: by what date is the six-month report due?", type: "fact", expect_re: only("hue"), expect_all: ["25/5"], doc: ["26/KH-UBND"] },
    { q: "tay nihn: so nao theo doi, don doc trien khai ke hoach?", type: "fact", expect_re: only("tay ninh"), doc: ["1979/KH-UBND"] },
    { q: "Who signed the child protection plan of Dak Lka?", type: "fact", expect_re: ["dak lak"], expect_all: ["2041"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// Before: 1/5 (the header one passed). g27-047's class, second half. A question holding no word of child protection and naming no province it can read, in the plans'
// own words ("hướng dẫn nguyên tắc trong quá trình tố tụng"): on topic, answered from the plan that writes them, not turned away.
// Words of the document's form ("Cộng hòa xã hội chủ nghĩa Việt Nam") are no topic.
describe("a question in a plan's own words, with no child-protection word, is answered from that plan", () => {
  judged([
    { q: "ai huong dan nguyen tac trong qua trinh to tung?", type: "lead", expect: ["cong an"], doc: ["2509/KH-UBND"] },
    { q: "Gia Lia: sở nào hướng dẫn nguyên tắc trong quá trình tố tụng?", type: "lead", expect: ["cong an"], doc: ["2509/KH-UBND"] },
    { q: "Which department must see that the Law on Civil Status is carried out well (chỉ đạo thực hiện tốt Luật Hộ tịch)?", type: "lead", expect: ["tu phap"], doc: ["26/KH-UBND"] },
    { q: "So nao chi dao thuc hien tot Luat Ho tich?", type: "lead", expect: ["tu phap"], doc: ["26/KH-UBND"] },
    { q: "Thủ đô của nước Cộng hòa xã hội chủ nghĩa Việt Nam là gì?", type: "none" },
  ]);
});

// Before: 4/6. g27-105's class. Two provinces' targets set side by side with "so với", "chênh nhau/chênh lệch", "cao hơn hay thấp hơn", "stack up
// against", "the gap between": a comparison, so each province's own target for the thing asked is quoted, both figures shown; a
// target written "xã/phường/thị trấn" is found by "xã phường".
describe("two provinces' targets compared in words other than 'so sánh': both figures, each plan cited", () => {
  judged([
    { q: "Tỷ lệ xã phường đạt chuẩn phù hợp với trẻ em: Huế năm 2016 chênh lệch bao nhiêu so với Đắk Lắk năm 2020?", type: "fact", expect_all: ["80%", "95%"], doc: ["2041/QĐ-UBND", "26/KH-UBND"] },
    { q: "ty le xa phuong phu hop voi tre em cua dak lak so voi hue chenh nhau bao nhieu", type: "fact", expect_all: ["80%", "95%"], doc: ["2041/QĐ-UBND", "26/KH-UBND"] },
    { q: "Chỉ tiêu trẻ em có hoàn cảnh đặc biệt được chăm sóc phục hồi, hòa nhập: Huế cao hơn hay thấp hơn Đắk Lắk?", type: "fact", expect_all: ["85%", "91%"], doc: ["2041/QĐ-UBND", "26/KH-UBND"] },
    { q: "How does Hue's 2016 target for child-friendly communes stack up against Dak Lak's target for 2020?", type: "fact", expect_all: ["80%", "95%"], doc: ["2041/QĐ-UBND", "26/KH-UBND"] },
    { q: "What is the gap between Dak Lak and Hue in the share of children in special circumstances to be helped to recover and reintegrate?", type: "fact", expect_all: ["85%", "91%"], doc: ["2041/QĐ-UBND", "26/KH-UBND"] },
    // A part naming one province only ("tiêm chủng của Huế") asks nothing of the other: the other is asked the shared part (passed before).
    { q: "Chỉ tiêu tiêm chủng của Huế và chỉ tiêu trẻ em có hoàn cảnh đặc biệt được chăm sóc phục hồi của Huế, Đắk Lắk khác nhau ra sao?", type: "fact", expect_all: ["85%", "91%", "95%"], doc: ["2041/QĐ-UBND", "26/KH-UBND"] },
  ]);
});

// Before: 3/6. g27-101's class. A body the plan never names, asked of a part of the plan by the words that name the part ("phụ lục", "khuyến nghị",
// "appendix", "recommendations"): those words are not what the body does, so the plan's headings are not quoted as its duty; the plan
// gives it nothing (not found), and does not cite the plan.
describe("a body the plan never names, asked of the plan's appendix or recommendations: not found, the plan not cited", () => {
  judged([
    { q: "Trong phụ lục của Quyết định 2130, Hội Nông dân tỉnh chủ trì những khuyến nghị nào?", type: "not_cited", doc: ["2130/QĐ-UBND"] },
    { q: "phu luc qd 2130: hoi lien hiep phu nu tinh chu tri khuyen nghi so may?", type: "not_cited", doc: ["2130/QĐ-UBND"] },
    { q: "In the appendix to decision 2130, which recommendations does the Youth Union lead?", type: "not_cited", doc: ["2130/QĐ-UBND"] },
    { q: "Which of the UN recommendations in the annex of Decision 2130 is the provincial Veterans' Association in charge of?", type: "not_cited", doc: ["2130/QĐ-UBND"] },
    { q: "Theo phụ lục QĐ 2130, Sở Văn hóa, Thể thao và Du lịch phối hợp thực hiện khuyến nghị nào?", type: "not_cited", doc: ["2130/QĐ-UBND"] },
    // Answered before, kept: a body the appendix does name is answered from its rows.
    { q: "Theo phụ lục Quyết định 2130, Sở Tư pháp chủ trì khuyến nghị nào?", type: "fact", expect_all: ["51"], doc: ["2130/QĐ-UBND"] },
  ]);
});

// g27-039's class (its gold, "cite nothing", is not followed: the successor's inherited duties are the plans' answer, as f-035, f-036 and
// d2-097 expect). A body a cut plan never names, answered with the duties it took over: the answer says the stored text is cut, so the
// plan's own items for the body, if it had any, are not held (not "the plan does not name it" as if the whole plan were read).
describe("a body a cut plan never names, answered by its predecessor's duties: the answer says the text is cut", () => {
  judged([
    { q: "Theo Kế hoạch 1979, Sở Y tế Tây Ninh được giao những việc gì?", type: "fact", expect_re: ["bi cat"], doc: ["1979/KH-UBND"] },
    { q: "ke hoach 1979 tay ninh: so y te lam gi?", type: "fact", expect_re: ["bi cat"], doc: ["1979/KH-UBND"] },
    { q: "What does Tay Ninh's plan 1979 ask of the Department of Health?", type: "fact", expect_re: ["\\bcut\\b"], doc: ["1979/KH-UBND"] },
    // A plan held whole says plainly that it does not name the body (passed before).
    { q: "Theo Quyết định 2130, Sở Khoa học và Công nghệ làm gì?", type: "fact", expect_re: ["^(?!.*bi cat).*ke hoach khong neu ten so khoa hoc"], doc: ["2130/QĐ-UBND"] },
  ]);
});
