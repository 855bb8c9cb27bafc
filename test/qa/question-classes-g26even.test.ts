/**
 * Capabilities missing on the g26 even half (sealed while the odd half was worked, then opened for this), each with new questions
 * written for the class before its fix, judged as qa-judge judges, every quote verbatim. The line before each class says how many
 * passed before.
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("g26even");

// Before: 0/6 (the Huế one passed). g26-114's class. The number to call asked without a hotline word ("which number to report ...", "báo số nào", "liên hệ số mấy"): the
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

// Before: 0/5 (the last passed). g26-106's class. Trafficking asked in English ("child trafficking", "trafficking of children") or as Vietnamese says it besides the plans'
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

// Before: 0/8 (the two kept passed). g26-018's class. A body's work asked with "đảm nhận", "đảm nhiệm", "đảm trách" ("phải đảm nhận những việc gì"): its duties, as "làm gì"
// asks them (today's body with the ones it inherited); the verb is no topic (it found "đảm bảo" in another body's line).
describe("a body's work asked with 'đảm nhận / đảm nhiệm / đảm trách': its duties, not another body's line", () => {
  judged([
    { q: "so y te dak lak hien nay dam nhan nhung viec gi theo qd 2041", type: "fact", expect_re: ["lao dong"], doc: ["2041/QĐ-UBND"] },
    { q: "Sở Y tế Đắk Lắk đảm nhận những việc gì theo QĐ 2041?", type: "fact", expect_re: ["kham benh, chua benh"], doc: ["2041/QĐ-UBND"] },
    { q: "Tỉnh đoàn Đắk Lắk đảm nhận việc gì theo kế hoạch 2041?", type: "fact", expect_re: ["phoi hop voi nganh lao dong"], doc: ["2041/QĐ-UBND"] },
    { q: "Sở Tài chính Đắk Lắk đảm nhận những việc gì theo QĐ 2041?", type: "fact", expect_re: ["ngan sach"], doc: ["2041/QĐ-UBND"] },
    { q: "so y te gia lai dam nhan nhung viec gi theo kh 2509", type: "fact", expect_re: ["tiem chung"], doc: ["2509/KH-UBND"] },
    { q: "Công an tỉnh Đắk Lắk đảm nhận những việc gì theo Quyết định 2041?", type: "fact", expect_re: ["phong ngua"], doc: ["2041/QĐ-UBND"] },
    { q: "hoi nong dan dak lak dam trach nhung viec gi theo qd 2041", type: "fact", expect_re: ["phoi hop voi nganh lao dong"], doc: ["2041/QĐ-UBND"] },
    // Answered before, kept.
    { q: "Công an tỉnh Gia Lai đảm trách việc gì theo KH 2509?", type: "fact", expect_re: ["mua ban tre em"], doc: ["2509/KH-UBND"] },
    { q: "Sở Tư pháp Huế đảm nhận những nhiệm vụ gì theo kế hoạch 26?", type: "fact", expect_re: ["khai sinh"], doc: ["26/KH-UBND"] },
  ]);
});

// Before: 0/5 (the two kept passed). g26-080's class. A provincial department asked how it does a task the plan gives the districts in their own area and a provincial
// department for the province ("bố trí kinh phí thực hiện Kế hoạch"): not its task, and the provincial body the plan names, quoted,
// rather than the districts' line.
describe("a department asked of a task the plan gives a provincial body and the districts: the provincial body, quoted", () => {
  judged([
    { q: "so ke hoach dau tu gia lai bo tri kinh phi cho ke hoach 2509 ra sao", type: "fact", expect_re: ["(?=.*khong giao)(?=.*so tai chinh can cu kha nang can doi ngan sach)"], doc: ["2509/KH-UBND"] },
    { q: "Sở Kế hoạch và Đầu tư Gia Lai bố trí kinh phí cho Kế hoạch 2509 như thế nào?", type: "fact", expect_re: ["so tai chinh can cu kha nang can doi ngan sach"], doc: ["2509/KH-UBND"] },
    { q: "How does Gia Lai's Department of Planning and Investment allocate funds for plan 2509?", type: "fact", expect_re: ["(?=.*does not give this)(?=.*so tai chinh can cu)"], doc: ["2509/KH-UBND"] },
    { q: "Sở Giáo dục Gia Lai bố trí kinh phí cho kế hoạch 2509 thế nào?", type: "fact", expect_re: ["so tai chinh can cu kha nang can doi ngan sach"], doc: ["2509/KH-UBND"] },
    { q: "Sở Y tế Gia Lai lo bố trí kinh phí thực hiện Kế hoạch 2509 phải không?", type: "fact", expect_re: ["so tai chinh can cu kha nang can doi ngan sach"], doc: ["2509/KH-UBND"] },
    // Answered before, kept: the body asked without one named, and a plan where the provincial body ranks first anyway.
    { q: "Ai bố trí kinh phí thực hiện Kế hoạch 2509?", type: "fact", expect_re: ["tai chinh"], doc: ["2509/KH-UBND"] },
    { q: "Sở KH&ĐT Đắk Lắk bố trí kinh phí thực hiện QĐ 2041 ra sao?", type: "fact", expect_re: ["so tai chinh can cu kha nang ngan sach"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// Before: 0/6 (the two kept passed). g26-034's class. Whether a later plan has replaced a held one ("đã có kế hoạch mới thay thế ... chưa", "has ... been replaced",
// "a newer plan"): the plans cannot say what was issued after them, so not stated (no plan line, no inherited duties as if they answered).
describe("a later plan replacing a held one: not stated", () => {
  judged([
    { q: "Đắk Lắk đã có kế hoạch mới thay thế Quyết định 2041 chưa?", type: "none" },
    { q: "Has Gia Lai issued a plan to replace plan 2509 yet?", type: "none" },
    { q: "Is there a newer Hue plan replacing plan 26?", type: "none" },
    { q: "so y te tay ninh da ban hanh ke hoach moi thay ke hoach 1979 chua", type: "none" },
    { q: "Sở Y tế Gia Lai đã ban hành kế hoạch thay thế Kế hoạch 2509 chưa?", type: "none" },
    { q: "Quyết định 2130 của Đắk Lắk đã bị thay thế chưa?", type: "none" },
    // Answered before, kept: the same in English, and care "thay thế" (alternative care) in a plan's row is a task, not a replacing plan.
    { q: "Has Dak Lak's decision 2130 been superseded?", type: "none" },
    { q: "Theo QĐ 2130, ai nghiên cứu chính sách chăm sóc thay thế dựa vào cộng đồng?", type: "fact", expect_re: ["cac so, nganh lien quan"], doc: ["2130/QĐ-UBND"] },
  ]);
});

// Before: 0/5 (the two kept passed). g26-116's class. "sk" for "sức khỏe" typed in chat, and a task the plan gives two bodies in their own items, each holding it as fully
// (Gia Lai's schools "chăm sóc sức khỏe tâm thần cho học sinh", its Department of Health "dịch vụ y tế chăm sóc sức khỏe tâm thần cho trẻ
// em"): both named, each quoted, not the shorter line alone. A province whose plan does not write it: not stated.
describe("a task two bodies' items hold equally, asked 'who': both, quoted; 'sk' read as 'sức khỏe'", () => {
  judged([
    { q: "suc khoe tam than cho tre o gia lai do ai phu trach", type: "fact", expect_re: ["(?=.*so y te)(?=.*so giao duc)"], doc: ["2509/KH-UBND"] },
    { q: "Ai lo chăm sóc sức khỏe tâm thần cho trẻ em ở Gia Lai?", type: "fact", expect_re: ["(?=.*so y te)(?=.*so giao duc)"], doc: ["2509/KH-UBND"] },
    { q: "sk tâm thần của trẻ ở Gia Lai, sở nào lo?", type: "fact", expect_re: ["(?=.*so y te)(?=.*so giao duc)"], doc: ["2509/KH-UBND"] },
    { q: "kh 2509: cham soc sk tam than cho tre, co quan nao phu trach", type: "fact", expect_re: ["(?=.*so y te)(?=.*so giao duc)"], doc: ["2509/KH-UBND"] },
    { q: "Sức khỏe tâm thần của trẻ em Gia Lai do ai chịu trách nhiệm?", type: "fact", expect_re: ["(?=.*so y te)(?=.*so giao duc)"], doc: ["2509/KH-UBND"] },
    // Answered before, kept: English, and a province whose plan does not write it.
    { q: "Who takes care of children's mental health in Gia Lai?", type: "fact", expect_re: ["y te|health"], doc: ["2509/KH-UBND"] },
    { q: "Ở Huế ai lo sức khỏe tâm thần trẻ em?", type: "none" },
  ]);
});

// Before: 0/5. g26-008's class. A body's duties compared across plans ("so sánh nhiệm vụ của Sở Y tế ...", "compare what ... must do in ... and in
// ..."): in each plan its own items first, quoted; the plans' names, "so sánh" and the words of the body it took over from are no task
// (they ranked Sở LĐTBXH's items, inherited, above Sở Y tế's own in Gia Lai).
describe("a body's duties compared across plans: its own items in each plan, quoted", () => {
  judged([
    { q: "So sánh nhiệm vụ của Sở Y tế trong kế hoạch 2041 của Đắk Lắk và kế hoạch 2509 của Gia Lai", type: "fact", expect_re: ["(?=.*kham benh, chua benh)(?=.*tiem chung)"], doc: ["2041/QĐ-UBND", "2509/KH-UBND"] },
    { q: "Compare the duties of Sở Y tế in Đắk Lắk's 2016-2020 plan and in Gia Lai's 2024 plan.", type: "fact", expect_re: ["(?=.*kham benh, chua benh)(?=.*tiem chung)"], doc: ["2041/QĐ-UBND", "2509/KH-UBND"] },
    { q: "so sanh nhiem vu so y te gia lai va so y te tay ninh", type: "fact", expect_re: ["(?=.*tiem chung)(?=.*khong neu ten so y te)"], doc: ["2509/KH-UBND", "1979/KH-UBND"] },
    { q: "How do the Department of Health's tasks differ between Gia Lai's plan 2509 and Tay Ninh's plan 1979?", type: "fact", expect_re: ["(?=.*tiem chung)(?=.*does not name)"], doc: ["2509/KH-UBND", "1979/KH-UBND"] },
    { q: "Nhiệm vụ của Sở Y tế ở Gia Lai và ở Huế khác nhau thế nào?", type: "fact", expect_re: ["tiem chung"], doc: ["2509/KH-UBND", "26/KH-UBND"] },
  ]);
});
