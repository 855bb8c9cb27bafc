/**
 * Regressions the second reader found in the g27 work, each with the reader's question and new ones of the same class:
 * a question in everyday administrative words the plans also write is still off topic; a person's name typed close to a
 * province is not that province when a title (chị, anh, ông, ...) stands before it; "chênh lệch" about one plan is no comparison.
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { classSuite } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("f4c");

// Four words in a row as a plan writes them ("phát triển kinh tế xã hội", "nâng cao chất lượng") are no topic by themselves:
// the question is turned away as off topic, not answered with a line of a plan.
describe("everyday administrative words the plans also write do not make a question about the plans", () => {
  it.each([
    "Tình hình phát triển kinh tế xã hội của tỉnh năm nay thế nào?",
    "Làm sao để nâng cao chất lượng cuộc sống của người cao tuổi?",
    "Làm thế nào để tăng cường công tác quản lý nhà nước về đất đai?",
    "Xã mình muốn đẩy mạnh phát triển kinh tế nông nghiệp thì bắt đầu từ đâu?",
  ])("%s", (q) => {
    const a = shipped.qa.answer(q);
    expect(a.intent, a.answer).toBe("off_topic");
    expect(a.citations).toHaveLength(0);
  });
  // Kept: the plans' own work in their own words is still answered (g27's class).
  judged([
    { q: "ai huong dan nguyen tac trong qua trinh to tung?", type: "lead", expect: ["cong an"], doc: ["2509/KH-UBND"] },
    { q: "So nao chi dao thuc hien tot Luat Ho tich?", type: "lead", expect: ["tu phap"], doc: ["26/KH-UBND"] },
  ]);
});

// "Chị Thanh Hảo" is a woman's name, not Thanh Hóa with two letters swapped: no "there is no plan of Thanh Hóa".
describe("a name after a person's title is not a province typed with two letters swapped", () => {
  it.each([
    ["Chị Thanh Hảo phụ trách việc gì?", "thanh hoa"],
    ["Anh Gia Lia bên phòng giáo dục phụ trách mảng nào?", "gia lai"],
    ["Cô Thanh Hảo ở trường tiểu học có được tập huấn về bảo vệ trẻ em không?", "thanh hoa"],
  ])("%s", (q, province) => {
    const a = shipped.qa.answer(q);
    expect(norm(a.answer), a.answer).not.toContain(province);
  });
  // Kept: the province typed so, after a cue or standing alone, is still that province.
  judged([
    { q: "Ai ký kế hoạch bảo vệ trẻ em của Gia Lia?", type: "fact", expect_re: ["gia lai"], doc: ["2509/KH-UBND"] },
    { q: "Gia Lia: sở nào hướng dẫn nguyên tắc trong quá trình tố tụng?", type: "lead", expect: ["cong an"], doc: ["2509/KH-UBND"] },
  ]);
});

// "giảm chênh lệch giữa các vùng" in one province's plan asks that plan, not a comparison of provinces.
describe("'chênh lệch' without two places or plans set against each other is no comparison", () => {
  it.each([
    "Kế hoạch của Gia Lai có giải pháp giảm chênh lệch giữa các vùng không?",
    "Kế hoạch Tây Ninh nói gì về chênh lệch giàu nghèo giữa thành thị và nông thôn?",
    "Đắk Lắk có biện pháp thu hẹp chênh lệch trong tiếp cận giáo dục của trẻ em không?",
  ])("%s", (q) => {
    const a = shipped.qa.answer(q);
    expect(a.intent, a.answer).not.toBe("compare");
  });
  // Kept: two provinces' figures set against each other with "chênh lệch" are compared.
  judged([
    { q: "Tỷ lệ xã phường đạt chuẩn phù hợp với trẻ em: Huế năm 2016 chênh lệch bao nhiêu so với Đắk Lắk năm 2020?", type: "fact", expect_all: ["80%", "95%"], doc: ["2041/QĐ-UBND", "26/KH-UBND"] },
    { q: "Chỉ tiêu trẻ em có hoàn cảnh đặc biệt được chăm sóc phục hồi, hòa nhập chênh lệch giữa Huế và Đắk Lắk là bao nhiêu?", type: "fact", expect_all: ["85%", "91%"], doc: ["2041/QĐ-UBND", "26/KH-UBND"] },
  ]);
});
