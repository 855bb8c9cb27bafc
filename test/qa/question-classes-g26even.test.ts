/**
 * Capabilities missing on the g26 even half (sealed while the odd half was worked, then opened for this), each with new questions
 * written for the class before its fix, judged as qa-judge judges, every quote verbatim. The line before each class says how many
 * passed before.
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("g26even");

// g26-114's class. The number to call asked without a hotline word ("which number to report ...", "báo số nào", "liên hệ số mấy"): the
// hotline the plan writes, quoted; a plan that writes none says so (not stated), with the national hotline as a service line.
describe("the number to report a child's harm, asked without a hotline word: the plan's hotline, quoted, or not stated", () => {
  judged([
    { q: "tay ninh: what number do people use to report a child being abused?", type: "fact", expect_re: ["\\b111\\b"], doc: ["1979/KH-UBND"] },
    { q: "Theo kế hoạch 1979 Tây Ninh, muốn tố giác hành vi xâm hại trẻ em thì liên hệ số nào?", type: "fact", expect_re: ["\\b111\\b"], doc: ["1979/KH-UBND"] },
    { q: "ke hoach tay ninh: bao tin tre bi bao luc thi so may?", type: "fact", expect_re: ["\\b111\\b"], doc: ["1979/KH-UBND"] },
    { q: "Under Tay Ninh's plan, which number do you contact about violence against a child?", type: "fact", expect_re: ["\\b111\\b"], doc: ["1979/KH-UBND"] },
    { q: "Tây Ninh: trẻ bị bạo lực thì báo số nào?", type: "fact", expect_re: ["\\b111\\b"], doc: ["1979/KH-UBND"] },
    { q: "gia lai plan: which number to report a child being hurt?", type: "none" },
    { q: "Kế hoạch 26 của Huế ghi số nào để phản ánh trẻ em bị xâm hại?", type: "none" },
  ]);
});

// g26-106's class. Trafficking asked in English ("child trafficking", "trafficking of children") or as Vietnamese says it besides the plans'
// word ("buôn bán trẻ em", "buôn người"): the plans write "mua bán trẻ em"; the body the plan gives it, quoted.
describe("trafficking in any wording: the plans' 'mua bán trẻ em' and the body they give it", () => {
  judged([
    { q: "Who is responsible for preventing child trafficking in Gia Lai?", type: "fact", expect_re: ["cong an|police"], doc: ["2509/KH-UBND"] },
    { q: "Which agency works against the trafficking of children in Gia Lai?", type: "fact", expect_re: ["cong an|police"], doc: ["2509/KH-UBND"] },
    { q: "gia lai: who deals with trafficking in children?", type: "fact", expect_re: ["cong an|police"], doc: ["2509/KH-UBND"] },
    { q: "Ở Gia Lai cơ quan nào chống buôn bán trẻ em?", type: "fact", expect_re: ["cong an"], doc: ["2509/KH-UBND"] },
    { q: "phong chong buon ban tre em o gia lai do ai chu tri", type: "fact", expect_re: ["cong an"], doc: ["2509/KH-UBND"] },
    { q: "Kế hoạch 2509 giao ai ngăn chặn nạn buôn người đối với trẻ em?", type: "fact", expect_re: ["cong an"], doc: ["2509/KH-UBND"] },
  ]);
});
