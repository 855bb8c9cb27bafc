/**
 * Issue 14, three defects of fresh questions, each class asked here in new words (Vietnamese with and without marks, English):
 * (1) "plan X gives body Y no task": the answer cites plan X itself, the part that says who does what ("Tổ chức thực hiện"),
 *     quoted as written, and names the bodies that part lists, so the reader can check the claim;
 * (2) an agency's own phone line, hotline, address or website asked: the plans give none (found false), never a duty of the
 *     agency quoted as if it were the answer; the number a plan writes for reporting a child (111) is still answered;
 * (3) a contact person with an email or phone asked: the plans name no contact person (found false), not the reporting body as
 *     the answer.
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { classSuite, quotesVerbatim } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("q40");
const ask = (q: string) => shipped.qa.answer(q);

describe("a plan that gives the body asked no task is cited, at the part that says who does what", () => {
  it.each([
    ["Kế hoạch 1979 của Tây Ninh giao cho Công an tỉnh những việc gì?", "1979/KH-UBND", "IV"],
    ["ke hoach 1979 tay ninh, cong an tinh duoc phan cong lam gi", "1979/KH-UBND", "IV"],
    ["What is the provincial police told to do in Tay Ninh's plan 1979?", "1979/KH-UBND", "IV"],
    ["Tỉnh Đoàn Tây Ninh có nhiệm vụ gì theo KH 1979?", "1979/KH-UBND", "IV"],
    ["Ban Dân tộc tỉnh được giao gì trong Quyết định 2041?", "2041/QĐ-UBND", "VI"],
    ["What job does decision 2041 of Dak Lak give the Ethnic Minorities Committee?", "2041/QĐ-UBND", "VI"],
    ["hoi nong dan hue lam gi theo ke hoach 26", "26/KH-UBND", "V"],
  ])("%s", (q, doc, section) => {
    const a = ask(q);
    expect(a.found, a.answer).toBe(false);
    const cited = a.citations.find((c) => c.document === doc);
    expect(cited, a.answer).toBeDefined();
    expect(cited!.section).toBe(section);
    expect(norm(cited!.quote)).toMatch(/to chuc thuc hien/);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
    // The answer says which part it read and the bodies that part does name.
    expect(norm(a.answer), a.answer).toMatch(new RegExp(`(muc|section) ${section.toLowerCase()}\\b`));
  });

  it("names the bodies the part lists, and says the stored text is cut after them", () => {
    const vi = norm(ask("Theo KH 1979 Tây Ninh thì Hội Liên hiệp Phụ nữ tỉnh phải làm gì?").answer);
    expect(vi).toMatch(/so lao dong - thuong binh va xa hoi/);
    expect(vi).toMatch(/so giao duc va dao tao/);
    expect(vi).toMatch(/bi cat/);
    const en = norm(ask("Under Tay Ninh's plan 1979, what must the Women's Union do?").answer);
    expect(en).toMatch(/so giao duc va dao tao/);
    expect(en).toMatch(/cut/);
  });

  it("never says the plan gives the body a task", () => {
    const a = ask("Cong an tinh Tay Ninh phai lam gi theo ke hoach 1979?");
    expect(a.agencies).toEqual([]);
    expect(norm(a.answer)).toMatch(/khong giao nhiem vu cho cong an tinh/);
  });
});

describe("an agency's own phone line, address or website: the plans give none", () => {
  judged([
    { q: "Đường dây nóng của Sở Lao động - Thương binh và Xã hội Gia Lai là số nào?", type: "none" },
    { q: "so dien thoai duong day nong cua so y te thua thien hue la bao nhieu", type: "none" },
    { q: "What is the hotline number of the Department of Labour in Dak Lak?", type: "none" },
    { q: "Cho xin số hotline của Sở Giáo dục và Đào tạo Tây Ninh", type: "none" },
    { q: "What is the postal address of Gia Lai's Department of Health?", type: "none" },
    { q: "trang web cua so tu phap dak lak la gi", type: "none" },
  ]);

  it("quotes no duty of the agency as if it held the number", () => {
    const a = ask("Sở LĐTBXH Gia Lai có số điện thoại đường dây nóng là gì?");
    expect(a.found).toBe(false);
    expect(a.agencies).toEqual([]);
    expect(norm(a.answer)).toMatch(/khong ghi so dien thoai/);
  });

  // Kept: the line a plan writes for reporting a child is still answered, quoted.
  judged([
    { q: "Tây Ninh: muốn báo tin trẻ bị xâm hại thì gọi đường dây nóng số mấy?", type: "fact", expect_re: ["\\b111\\b"], doc: ["1979/KH-UBND"] },
    { q: "Which hotline does Tay Ninh's 2019 plan point people to?", type: "fact", expect_re: ["\\b111\\b"], doc: ["1979/KH-UBND"] },
  ]);
});

describe("a contact person with an email or phone asked: the plans name none", () => {
  judged([
    { q: "Ai là người liên hệ của Kế hoạch 2509 Gia Lai, email là gì?", type: "none" },
    { q: "nguoi lien he cua quyet dinh 2041 la ai va so dien thoai bao nhieu", type: "none" },
    { q: "Who is the point of contact for Hue's plan 26, and what is their phone number?", type: "none" },
    { q: "Give me the name and email of the contact person for decision 2130.", type: "none" },
    { q: "Who is the contact person at Tay Ninh's labour department for plan 1979?", type: "none" },
  ]);

  it("says the plans name no contact person, and gives no body as the answer", () => {
    const a = ask("Who should I contact about plan 2130, and what is their email address?");
    expect(a.found).toBe(false);
    expect(a.agencies).toEqual([]);
    expect(norm(a.answer)).toMatch(/no contact person/);
    const vi = ask("Cán bộ đầu mối liên hệ của kế hoạch 2130 tên gì, email gì?");
    expect(vi.found).toBe(false);
    expect(norm(vi.answer)).toMatch(/khong neu nguoi lien he/);
  });

  it("is not read into a question of which body to turn to, or where to report a child", () => {
    for (const q of ["Ở Gia Lai, thấy trẻ bị xâm hại thì liên hệ với ai?", "Which agency is the point to contact about child protection in Hue?", "Cơ quan nào là đầu mối liên hệ về trẻ em ở Tây Ninh?"]) {
      expect(norm(ask(q).answer), q).not.toMatch(/khong neu nguoi lien he|no contact person/);
    }
  });

  // Kept: "để mình liên hệ" asks which body leads, and the plan names it.
  judged([
    { q: "Chương trình hỗ trợ tư pháp cho người chưa thành niên ở Đắk Lắk do sở nào chủ trì để mình liên hệ?", type: "lead", expect: ["Tu phap"], doc: ["2041/QD-UBND"] },
  ]);
});
