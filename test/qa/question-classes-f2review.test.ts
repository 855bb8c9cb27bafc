/**
 * What a second reader found in the plan-question changes of 6 December (issue 14), each class with new questions written
 * before its fix, judged as qa-judge judges, every quote verbatim. The line before each class says how many passed before.
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("f2review");

// "Tôi thấy Ban X ...", "toi thay so X ...": "thấy" (I see, I think) is not "thay" (in place of), and "trước đây" alone is
// not either; the claim is checked against the body the plan names.
describe("'thấy' and 'trước đây' in a claim are not 'in place of': the claim is checked against the plan", () => {
  judged([
    { q: "Mình thấy Ban Dân tộc tỉnh Tây Ninh được KH 1979 giao hướng dẫn các trường học bảo vệ trẻ em, có đúng vậy không?", type: "fact", expect_re: ["giao duc va dao tao"], doc: ["1979/KH-UBND"] },
    { q: "toi thay ban dan toc tay ninh chiu trach nhiem huong dan truong hoc bao ve tre em trong ke hoach 1979 dung khong", type: "fact", expect_re: ["giao duc va dao tao"], doc: ["1979/KH-UBND"] },
    { q: "Trước đây Ban Dân tộc Tây Ninh có nhiệm vụ hướng dẫn nhà trường bảo vệ trẻ em theo Kế hoạch 1979, phải không?", type: "fact", expect_re: ["giao duc va dao tao"], doc: ["1979/KH-UBND"] },
  ]);
});
