/**
 * Capabilities missing on a fresh set (g25, odd half), each with new questions written for the class before its fix, judged as
 * qa-judge judges, every quote verbatim. The line before each class says how many passed before the change.
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("g25dev");

// Before: 1/4 (the Tây Ninh one, whose plan never names Sở Y tế). g25-021's class. "Sở Y tế ... thay cho Sở LĐTBXH cũ", "in place of the former labour department": today's body asked for what it
// took over; the duties the plan gave the old department, said as inherited, not the words "thay", "cũ" read as a topic.
describe("today's body asked what it does in place of the old department: the old department's duties, said as inherited", () => {
  judged([
    { q: "So Y te Gia Lai lam gi theo KH 2509 thay cho So LDTBXH truoc day?", type: "fact", expect_all: ["ke thua", "Lao động - Thương binh"], doc: ["2509/KH-UBND"] },
    { q: "Sở Y tế Huế thay Sở Lao động - Thương binh và Xã hội cũ phải làm những việc gì theo Kế hoạch 26?", type: "fact", expect_all: ["ke thua", "Lao động - Thương binh"], doc: ["26/KH-UBND"] },
    { q: "What does Dak Lak's Department of Health have to do under decision 2041 in place of the former labour department?", type: "fact", expect_all: ["inherit", "Lao động - Thương binh"], doc: ["2041/QĐ-UBND"] },
    // Answered before, kept: a plan that never names today's body.
    { q: "sở y tế tây ninh làm gì thay cho sở lao động thương binh xã hội cũ theo kế hoạch 1979?", type: "fact", expect_all: ["ke thua", "Lao động - Thương binh"], doc: ["1979/KH-UBND"] },
  ]);
});

// Before: 0/3. g25-023's class. A district office the plan names, asked what it is given and who does it now that districts are gone: what the
// plan says of it, quoted, and the district level's end (1 July 2025, Resolution 203/2025/QH15) with who holds such work today.
describe("a district office asked who does its work now the district level is gone: the quote and the successor line", () => {
  judged([
    { q: "Phòng Giáo dục và Đào tạo cấp huyện được Kế hoạch 26 của Huế nhắc làm gì, nay không còn cấp huyện thì ai đảm nhận?", type: "fact", expect_re: ["0?1/0?7/2025"], doc: ["26/KH-UBND"] },
    { q: "phong ldtbxh huyen trong ke hoach 26 hue lam gi, bay gio bo cap huyen roi thi ai lam?", type: "fact", expect_re: ["0?1/0?7/2025"], doc: ["26/KH-UBND"] },
    { q: "What does Hue's plan 26 ask of the district labour office, and who does that now that districts are gone?", type: "fact", expect_re: ["2025-07-01", "1 july 2025"], doc: ["26/KH-UBND"] },
  ]);
});

// Before: 1/4 (the kept one). g25-029's class. "Did Sở Nội vụ inherit Sở LĐTBXH's duties?": no; the children's duties went to Sở Y tế, said with the old
// department's duties quoted and cited, never "Sở Nội vụ inherited the child-protection duties".
describe("a later successor asked whether it inherited the old department's child duties: no, Sở Y tế did, quoted", () => {
  judged([
    { q: "Sở Nội vụ Gia Lai có kế thừa nhiệm vụ bảo vệ trẻ em của Sở LĐTBXH trong KH 2509 không?", type: "fact", expect_re: ["khong phai so noi vu"], doc: ["2509/KH-UBND"] },
    { q: "so noi vu hue co tiep nhan viec tre em cua so lao dong thuong binh xa hoi theo ke hoach 26 khong?", type: "fact", expect_re: ["khong phai so noi vu"], doc: ["26/KH-UBND"] },
    { q: "Did Tay Ninh's Department of Home Affairs take over DOLISA's child protection duties under plan 1979?", type: "fact", expect_re: ["not to so noi vu"], doc: ["1979/KH-UBND"] },
    // Answered before, kept: what the plan gives the later successor, asked without asking whether it inherited: nothing.
    { q: "Sở Nội vụ Tây Ninh (nay nhận mảng lao động từ Sở LĐTBXH) được Kế hoạch 1979 giao những nhiệm vụ gì?", type: "none" },
  ]);
});

// Before: 0/3. g25-065's class. A body and a task asked of a plan that does not name the body, while another held plan gives it that task:
// not in this plan, and where it is, quoted and cited.
describe("a body's task asked of the wrong province's plan: not there, and the plan that gives it, quoted", () => {
  judged([
    { q: "Sở Ngoại vụ Tây Ninh được giao vận động nguồn hỗ trợ NGO trong KH 1979 ra sao?", type: "fact", expect_re: ["khong (giao|de cap|neu|co)"], expect_all: ["2041"], doc: ["2041/QĐ-UBND"] },
    { q: "so ngoai vu hue van dong nguon ho tro ngo theo ke hoach 26 the nao?", type: "fact", expect_re: ["khong (giao|de cap|neu|co)"], expect_all: ["2041"], doc: ["2041/QĐ-UBND"] },
    { q: "How is Gia Lai's Department of Foreign Affairs asked to mobilise NGO support in plan 2509?", type: "fact", expect_re: ["not|no duty"], expect_all: ["2041"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// Before: 2/4 (the last two). g25-071's class. "Why is X leading ...?", "spearheading", "heading": a claim of who leads, checked against the body the plan names.
describe("a claim of who leads written with 'leading', 'heading' or 'spearheading': the body the plan names, quoted", () => {
  judged([
    { q: "Why is the Youth Union leading the fight against child trafficking in Gia Lai's 2024 plan?", type: "fact", expect_re: ["cong an", "police"], doc: ["2509/KH-UBND"] },
    { q: "Why is Gia Lai's Department of Education leading the fight against child trafficking under plan 2509?", type: "fact", expect_re: ["cong an", "police"], doc: ["2509/KH-UBND"] },
    // Answered before, kept: other words for the lead.
    { q: "Why is the women's union spearheading the prevention of child trafficking under plan 2509?", type: "fact", expect_re: ["cong an", "police"], doc: ["2509/KH-UBND"] },
    { q: "Why is Hue's Department of Justice heading the child nutrition targets in plan 26?", type: "fact", expect_re: ["so y te", "health"], doc: ["26/KH-UBND"] },
  ]);
});

// Before: 1/4 (the kept one). g25-095's class. A reporting cycle the plan does not set (a six-month, quarterly or monthly report): not stated, even though the
// plan has a yearly deadline; a cycle the plan does set is answered.
describe("a report deadline asked for a cycle the plan does not set: not stated", () => {
  judged([
    { q: "Hạn nộp báo cáo quý theo Quyết định 2130 là khi nào?", type: "none" },
    { q: "bao cao 6 thang theo kh 2509 gia lai phai nop truoc ngay nao?", type: "none" },
    { q: "What is the deadline for the six-monthly report under Gia Lai's plan 2509?", type: "none" },
    // Answered before, kept: the cycle the plan sets.
    { q: "Hạn báo cáo 6 tháng theo Kế hoạch 26 của Huế là ngày nào?", type: "fact", expect_re: ["25/5"], doc: ["26/KH-UBND"] },
  ]);
});

// Before: 2/5 (the two Vietnamese ones, kept). g25-101's class. A fine's amount asked: "xử lý nghiêm" (deal with strictly) is no penalty amount; the plans do not say.
describe("the amount of a fine asked of a plan that sets none: not stated", () => {
  judged([
    { q: "How much is the fine for covering up child abuse under Gia Lai's plan 2509?", type: "none" },
    { q: "How much would a school be fined for hiding a beating of a pupil under Dak Lak's decision 2041?", type: "none" },
    { q: "Under Hue's plan 26, how big is the fine for not reporting child abuse?", type: "none" },
    // Answered before, kept.
    { q: "Theo KH 1979 Tây Ninh, không báo tin trẻ bị xâm hại thì bị phạt bao nhiêu tiền?", type: "none" },
    { q: "muc phat doi voi co so che giau vu bao luc tre em theo quyet dinh 2041 la bao nhieu?", type: "none" },
  ]);
});
