/**
 * Capabilities missing on a fresh set (g19, odd half), each with new questions written for the class before its fix,
 * judged as qa-judge judges, every quote verbatim. The line before each class says how many passed before the change.
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("g19dev");

// Before: 0/5 on the dialect words (4/4 with the same questions in standard words). Central Vietnamese question words
// ("sở mô" = "sở nào", "rứa" = "vậy", "kế hoạch ni" = "kế hoạch này", "răng" = "sao") were read as content words:
// REGIONAL_QUESTION_WORDS in src/qa/written-short-forms.ts.
describe("a question in Central Vietnamese question words reads as the same question in standard words", () => {
  judged([
    { q: "Ở Huế, sở mô chủ trì kế hoạch 26 rứa?", type: "lead", expect: ["Lao dong", "LDTBXH"], doc: ["26/KH-UBND"] },
    { q: "KH 2509 Gia Lai giao sở mô bố trí kinh phí rứa?", type: "lead", expect: ["Tai chinh", "Finance"], doc: ["2509/KH-UBND"] },
    { q: "Đắk Lắk 2041: chương trình cơ sở dữ liệu trẻ em do sở mô chủ trì rứa?", type: "lead", expect: ["Lao dong", "LDTBXH"], doc: ["2041/QĐ-UBND"] },
    { q: "Tây Ninh kế hoạch ni, cơ quan mô lo giáo dục kỹ năng sống cho học sinh rứa?", type: "lead", expect: ["Giao duc", "GDDT"], doc: ["1979/KH-UBND"] },
    { q: "Kế hoạch Gia Lai ni, sở mô bố trí kinh phí hàng năm?", type: "lead", expect: ["Tai chinh", "Finance"], doc: ["2509/KH-UBND"] },
  ]);
});

// Before: 0/4. The submission a decision was issued on ("Xét đề nghị của Giám đốc Sở ... tại Tờ trình số ..., ngày ...") is a line of
// its preamble, read by no handler: answerSubmission in src/qa/reference-handlers.ts, the line found once per plan.
describe("the submission (tờ trình) and proposer a decision was issued on: its preamble line, quoted", () => {
  judged([
    { q: "Quyết định 2130 được ban hành trên cơ sở tờ trình nào?", type: "fact", expect_re: ["\\b114\\b"], doc: ["2130/QĐ-UBND"] },
    { q: "On whose proposal, and under which submission number, was Dak Lak's decision 2130 issued?", type: "fact", expect_re: ["\\b114\\b"], doc: ["2130/QĐ-UBND"] },
    { q: "qđ 2130 do giám đốc sở nào đề nghị ban hành, tờ trình đề ngày mấy?", type: "fact", expect_re: ["0?9 thang 0?9"], doc: ["2130/QĐ-UBND"] },
    { q: "quyet dinh 2130 dak lak: so to trinh cua so lao dong la bao nhieu", type: "fact", expect_re: ["\\b114\\b"], doc: ["2130/QĐ-UBND"] },
  ]);
});

// Before: 2/4. A programme named by its title in near words ("chương trình tuyên truyền" for the plan's "Chương trình truyền thông,
// giáo dục, vận động xã hội") lost to a sentence that shares the question's own words; the programme whose title holds
// the words asked, and no other as well, answers with its "Cơ quan thực hiện": programmeNamedByTitle in src/qa/question-answerer.ts.
describe("a programme named by (near) words of its title: its own lead", () => {
  judged([
    { q: "KH 2041 Đắk Lắk: chương trình tuyên truyền, giáo dục do sở nào chủ trì?", type: "lead", expect: ["Lao dong", "LDTBXH"], doc: ["2041/QĐ-UBND"] },
    { q: "Dak Lak 2016-2020: who leads the programme on social mobilisation and communication (chuong trinh tuyen truyen van dong xa hoi)?", type: "lead", expect: ["Lao dong", "LDTBXH", "Labour"], doc: ["2041/QĐ-UBND"] },
    { q: "Đắk Lắk 2041, chương trình hoàn thiện tư pháp cho người chưa thành niên do ai chủ trì?", type: "lead", expect: ["Tu phap", "Justice", "Cong an", "Police"], doc: ["2041/QĐ-UBND"] },
    { q: "Trong kế hoạch 2041, chương trình nâng cao năng lực cán bộ, cộng tác viên do cơ quan nào chủ trì?", type: "lead", expect: ["Lao dong", "LDTBXH"], doc: ["2041/QĐ-UBND"] },
    { q: "Ở Đắk Lắk giai đoạn 2016-2020, ai chủ trì chương trình tuyên truyền vận động xã hội?", type: "lead", expect: ["Lao dong", "LDTBXH"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// Before: 0/3. A question naming an office holder ("báo cáo Chủ tịch UBND tỉnh") that asks who leads and who works with them got only
// the lead of the sentence; the bodies it names after "phối hợp với" are the partners: actingAgency in src/qa/reference-handlers.ts.
describe("who leads and who coordinates a duty that reports to an office holder: both, from the one sentence", () => {
  judged([
    { q: "Kế hoạch 26 của Huế: sở nào chủ trì, đơn vị nào phối hợp kiểm tra rồi báo cáo Chủ tịch UBND tỉnh kết quả thực hiện?", type: "all_agencies", expect: [["Lao dong", "LDTBXH"], ["Van phong"]], doc: ["26/KH-UBND"] },
    { q: "Hue plan 26: which department leads, and with which office, in checking progress and reporting it to the provincial People's Committee Chairman?", type: "all_agencies", expect: [["Lao dong", "LDTBXH", "Labour"], ["Van phong", "Office of the"]], doc: ["26/KH-UBND"] },
    { q: "kh 26 hue: ai chu tri, ai phoi hop de doc thuc hien roi bao cao chu tich ubnd tinh?", type: "all_agencies", expect: [["Lao dong", "LDTBXH"], ["Van phong"]], doc: ["26/KH-UBND"] },
  ]);
});
