/**
 * Stop 32b: failures of g17's even half (/work/scratch/g17/qa-g17-even.jsonl, listed in /work/scratch/qa-fails-s32b.txt), each
 * taken as a class of question, with questions of our own of that class (other plans, other bodies, other words, with and
 * without diacritics, in English), written before the fix and failing then, judged as score_qa.mjs judges, every quote verbatim.
 * Controls of the same shape that answered before are marked "Control".
 * Classes: (1) which plans a named province has in the knowledge base (g17-020); (2) a claim that a body leads the whole plan's
 * implementation, where an item of another body (the district People's Committee's) shares the word "triển khai" (g17-086);
 * (3) the body a task is brought to ("để trình HĐND", "báo cáo UBND tỉnh") is part of the task, not the body asked of, also with
 * today's successor named as context (g17-054); (4) "những cơ sở nào" (which establishments) of a named body is a question of its
 * duties, not "sở nào" (which department) (g17-112); (5) "is it X's job?" where the words match an objective that names no body
 * ("95% trẻ em sinh ra được làm giấy khai sinh đúng hạn") and a body's item does the same thing in other words ("vận động người dân
 * đăng ký khai sinh cho trẻ em đúng hạn"): that body is named first (g17-026). Only Huế's plan has an objective so matched, so the
 * class's questions are about it; the English ones were answered before (the glossary's "birth registration"); (6) which
 * programmes a body (or today's successor of it) leads, said by the plan's numbers ("Chương trình 1, 2, 3 và 5") (g17-068; only
 * Đắk Lắk's 2041 numbers its programmes); (7) a list asked whose answer is one sentence listing its items with ";": quoted to the end
 * of the sentence, not its first clause (g17-036; Gia Lai's 2509 is the plan with such a list; the English ones, and those read as
 * a count, were answered before).
 */
import { describe } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { judged } = classSuite("s32b");

// 1. answerProvincePlans (src/qa/plan-routines.ts): "Đắk Lắk có những kế hoạch nào (trong hệ thống)?": the province's plans, each
// with its number, title, signer and date, not a passage that shares a word of the question ("hệ thống").
describe("which plans a named province has", () => {
  judged([
    { q: "Gia Lai có những kế hoạch bảo vệ trẻ em nào trong hệ thống?", type: "fact", expect_re: ["^(?=.*2509)(?=.*28/10/2024)"], doc: ["2509/KH-UBND"] },
    { q: "trong he thong co nhung ke hoach nao cua dak lak", type: "fact", expect_re: ["^(?=.*2041)(?=.*2130)"], doc: ["2041/QĐ-UBND", "2130/QĐ-UBND"] },
    { q: "Which child protection plans does the knowledge base hold for Dak Lak?", type: "fact", expect_re: ["^(?=.*2041)(?=.*2130)"], doc: ["2041/QĐ-UBND", "2130/QĐ-UBND"] },
    { q: "Thừa Thiên Huế có những văn bản nào về bảo vệ trẻ em trong kho?", type: "fact", expect_re: ["^(?=.*26/kh)(?=.*26/2/2016)"], doc: ["26/KH-UBND"] },
    { q: "What plans does Tay Ninh have in the system?", type: "fact", expect_re: ["^(?=.*1979)(?=.*11/9/2019)"], doc: ["1979/KH-UBND"] },
  ]);
});

// 2. answerLeadClaim (src/qa/question-answerer.ts): "Hội LHPN chủ trì triển khai kế hoạch 2509 phải không?": the plan as a whole is
// asked of; the first lead of its implementation section answers, not the district committees' item "Tiếp tục triển khai ...".
describe("a claim that a body leads the whole plan", () => {
  judged([
    { q: "Hội LHPN tỉnh Gia Lai chủ trì triển khai kế hoạch 2509 phải không?", type: "lead",
      expect: ["Lao dong", "Thuong binh"], doc: ["2509/KH-UBND"] },
    { q: "hoi lhpn dak lak chu tri trien khai qd 2041 dung khong", type: "lead", expect: ["Lao dong", "Thuong binh"], doc: ["2041/QĐ-UBND"] },
    { q: "The Department of Education is in charge of implementing Dak Lak plan 2041, right?", type: "lead",
      expect: ["Lao dong", "Thuong binh"], doc: ["2041/QĐ-UBND"] },
    // Controls (answered before): the plan's lead asked outright, and claims where no other item shares the words.
    { q: "so tu phap tay ninh chu tri trien khai ke hoach 1979 dung khong", type: "lead", expect: ["Lao dong", "Thuong binh"], doc: ["1979/KH-UBND"] },
    { q: "Is it true that the Provincial Police lead the implementation of Tay Ninh's plan 1979?", type: "lead",
      expect: ["Lao dong", "Thuong binh"], doc: ["1979/KH-UBND"] },
    { q: "Who leads the implementation of Gia Lai's plan 2509?", type: "lead", expect: ["Lao dong", "Thuong binh"], doc: ["2509/KH-UBND"] },
  ]);
});

// 3. recipientNotAsked and heldByPredecessor (src/qa/question-answerer.ts): "... để trình HĐND cho ai?": the body the task is
// brought to is not the one asked of; with today's successor named as context ("Sở Y tế hiện nay quản lý trẻ em, vậy ..."), the
// item the predecessor holds answers, not another body's item that only names the predecessor.
describe("the body a task is brought to, and a successor named as context", () => {
  judged([
    { q: "KH 26 giao việc xây dựng đề án trình Hội đồng nhân dân tỉnh cho ai?", type: "lead", expect: ["Lao dong", "Thuong binh"], doc: ["26/KH-UBND"] },
    { q: "Sở Y tế Huế hiện nay lo trẻ em, vậy KH 26 giao việc xây dựng đề án trình HĐND tỉnh cho ai?", type: "lead",
      expect: ["Lao dong", "Thuong binh"], doc: ["26/KH-UBND"] },
    { q: "so y te hue nay quan ly tre em, kh 26 giao viec xay dung de an trinh hdnd cho ai", type: "lead", expect: ["Lao dong", "Thuong binh"], doc: ["26/KH-UBND"] },
    { q: "Hue's Department of Health now handles children, so under plan 26 which body was to draft the scheme submitted to the provincial People's Council?",
      type: "lead", expect: ["Lao dong", "Thuong binh"], doc: ["26/KH-UBND"] },
    // Controls (answered before): the same with another plan, and without the successor named.
    { q: "Sở Y tế Gia Lai nay lo trẻ em, vậy KH 2509 giao việc tổng hợp kết quả thực hiện kế hoạch để báo cáo UBND tỉnh cho ai?", type: "lead",
      expect: ["Lao dong", "Thuong binh"], doc: ["2509/KH-UBND"] },
    { q: "Under plan 26, which body was to draft the scheme to be submitted to the provincial People's Council?", type: "lead",
      expect: ["Lao dong", "Thuong binh"], doc: ["26/KH-UBND"] },
    // Control (answered before): the task without the body it is brought to.
    { q: "ke hoach 26 hue: giao ai xay dung de an de trinh hdnd tinh?", type: "lead", expect: ["Lao dong", "Thuong binh"], doc: ["26/KH-UBND"] },
  ]);
});

// 4. WHO_RE (src/qa/question-parser.ts): "Sở TT&TT phải xử lý những cơ sở nào?": establishments of the body's duty, not "sở nào".
describe("which establishments a body's duty names", () => {
  judged([
    { q: "Sở TT&TT Đắk Lắk xử lý các cơ sở nào theo QĐ 2041?", type: "fact", expect_re: ["internet"], doc: ["2041/QĐ-UBND"] },
    { q: "so tu phap dak lak giam sat nhung co so nao theo qd 2130", type: "fact", expect_re: ["nuoi con nuoi"], doc: ["2130/QĐ-UBND"] },
    { q: "Đắk Lắk: Sở Thông tin và Truyền thông kiểm tra những cơ sở nào?", type: "fact", expect_re: ["internet"], doc: ["2041/QĐ-UBND"] },
    // Controls (answered before: the passage ranked first was the body's own, whichever way the question was read).
    { q: "So LDTBXH Gia Lai ra soat nhung co so nao theo KH 2509?", type: "fact", expect_re: ["co so cham soc nuoi duong"], doc: ["2509/KH-UBND"] },
    { q: "Sở GD&ĐT Tây Ninh chỉ đạo những cơ sở nào?", type: "fact", expect_re: ["co so giao duc"], doc: ["1979/KH-UBND"] },
  ]);
});

// 5. topicElsewhere and answerDuties (src/qa/intent-handlers.ts): a claim whose words are an objective's: the body whose item
// does it is named first, quoted, before what the plan gives the body asked about.
describe("is it X's job? of an objective another body's item carries out", () => {
  judged([
    { q: "so giao duc hue lo lam giay khai sinh cho tre dung han phai khong", type: "lead", expect: ["Tu phap"], doc: ["26/KH-UBND"] },
    { q: "Huế: Công an tỉnh lo làm giấy khai sinh đúng hạn cho trẻ, đúng không?", type: "lead", expect: ["Tu phap"], doc: ["26/KH-UBND"] },
    { q: "Sở Văn hóa, Thể thao và Du lịch Huế lo làm giấy khai sinh đúng hạn cho trẻ em có phải không?", type: "lead", expect: ["Tu phap"], doc: ["26/KH-UBND"] },
    // Controls (answered before).
    { q: "In Hue the police handle making birth certificates on time for children, correct?", type: "lead", expect: ["Tu phap"], doc: ["26/KH-UBND"] },
    { q: "Gia Lai: Sở Tư pháp lo tiêm chủng mở rộng cho trẻ em phải không?", type: "lead", expect: ["Y te"], doc: ["2509/KH-UBND"] },
  ]);
});

// 6. programmesNumbered (src/qa/question-answerer.ts): "chủ trì những chương trình nào?": how many, and which by number, first.
describe("which programmes a body leads, by the plan's numbers", () => {
  judged([
    { q: "so ldtbxh dak lak chu tri nhung chuong trinh nao trong qd 2041", type: "fact", expect_re: ["chuong trinh 1, 2, 3 va 5"], doc: ["2041/QĐ-UBND"] },
    { q: "Sở Y tế Đắk Lắk nay kế thừa Sở LĐTBXH, theo Quyết định 2041 phải chủ trì những chương trình nào?", type: "fact",
      expect_re: ["^(?=.*chuong trinh 1, 2, 3 va 5)(?=.*nay so y te ke thua)"], doc: ["2041/QĐ-UBND"] },
    { q: "Dak Lak's Department of Health took over DOLISA's child work; which programmes must it lead under plan 2041?", type: "fact",
      expect_re: ["programmes 1, 2, 3 and 5"], doc: ["2041/QĐ-UBND"] },
    // Control (answered before): a body that leads one programme.
    { q: "Which programmes does Dak Lak's Department of Justice lead under plan 2041?", type: "lead", expect: ["Tu phap"], doc: ["2041/QĐ-UBND"] },
  ]);
});

// 7. listWhole (src/qa/question-answerer.ts): "kể giúp các chương trình ...": the sentence listing them, quoted whole.
const ALL_SIX = "^(?=.*hanh dong quoc gia)(?=.*dinh duong)(?=.*tai nan)(?=.*tu vong)(?=.*lao dong)(?=.*tam than)";
describe("a list asked, answered by one sentence of clauses", () => {
  judged([
    { q: "Kể giúp các chương trình, chiến lược quốc gia KH 2509 Gia Lai yêu cầu đẩy mạnh thực hiện", type: "fact", expect_re: [ALL_SIX], doc: ["2509/KH-UBND"] },
    { q: "ke giup minh cac chuong trinh, chien luoc quoc gia kh 2509 yeu cau day manh thuc hien", type: "fact", expect_re: [ALL_SIX], doc: ["2509/KH-UBND"] },
    { q: "Anh chị kể giúp các chương trình quốc gia mà KH 2509 Gia Lai yêu cầu tập trung đẩy mạnh?", type: "fact", expect_re: [ALL_SIX], doc: ["2509/KH-UBND"] },
    // Controls (answered before: read as a list of the section's items).
    { q: "Please list the national programmes and strategies that Gia Lai's plan 2509 asks to step up.", type: "fact", expect_re: [ALL_SIX], doc: ["2509/KH-UBND"] },
    { q: "Theo KH 2509, những chiến lược, chương trình quốc gia nào cần tập trung đẩy mạnh thực hiện?", type: "fact", expect_re: [ALL_SIX], doc: ["2509/KH-UBND"] },
  ]);
});
