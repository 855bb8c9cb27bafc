/**
 * Classes of the g29 fresh set (odd half) that failed, each with new questions of the same class in other wordings, other plans,
 * without diacritics and in English: who leads a plan named by what it is about (one province or two); which provinces' plans the
 * knowledge base holds; every body a numbered part or article of a plan names; the years of one programme out of a plan's list when
 * a sentence before sets the scene; the numbers of the programmes one body leads; a claim that today's body leads a plan.
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { classSuite } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("q30");

const LDTBXH = ["So Lao dong", "Lao dong - Thuong binh"];

// "Sở nào chủ trì kế hoạch bảo vệ trẻ em của Gia Lai?": the plan named by its subject is still the plan itself; its lead is the body
// the implementation part puts first, not a duty line that shares "bảo vệ trẻ em".
describe("who leads a plan named by what it is about, in one province or two", () => {
  judged([
    { q: "Sở nào chủ trì kế hoạch bảo vệ trẻ em của tỉnh Gia Lai?", type: "lead", expect: LDTBXH, doc: ["2509/KH-UBND"] },
    { q: "co quan nao chu tri ke hoach bao ve tre em cua hue", type: "lead", expect: LDTBXH, doc: ["26/KH-UBND"] },
    { q: "Which department leads Tay Ninh's child protection plan?", type: "lead", expect: LDTBXH, doc: ["1979/KH-UBND"] },
    { q: "don vi nao chu tri ke hoach bao ve tre em o ca hue lan gia lai", type: "lead", expect: LDTBXH, doc: ["26/KH-UBND", "2509/KH-UBND"] },
    { q: "Ở cả Tây Ninh và Huế, sở nào chủ trì kế hoạch bảo vệ trẻ em?", type: "lead", expect: LDTBXH, doc: ["1979/KH-UBND", "26/KH-UBND"] },
  ]);
  it("two provinces asked together: each province's plan answers, both cited", () => {
    const a = shipped.qa.answer("so nao chu tri ke hoach bao ve tre em o ca hue lan gia lai");
    const docs = a.citations.map((c) => c.document);
    expect(docs, a.answer).toContain("26/KH-UBND");
    expect(docs, a.answer).toContain("2509/KH-UBND");
  });
});

// The knowledge base itself is asked about: every province with its plans, counted, not a line of one plan.
describe("which provinces' plans the knowledge base holds", () => {
  const all = ["dak lak", "tay ninh", "gia lai", "hue"];
  judged([
    { q: "Kho dữ liệu đang có kế hoạch của những tỉnh nào?", type: "fact", expect_all: all, doc: ["2509/KH-UBND"] },
    { q: "he thong luu ke hoach bao ve tre em cua may tinh?", type: "fact", expect_all: all, doc: ["1979/KH-UBND"] },
    { q: "Which provinces are covered by the plans you hold?", type: "fact", expect_all: all, doc: ["26/KH-UBND"] },
    { q: "How many plans does the system have, and for which provinces?", type: "fact", expect_all: all, doc: ["2041/QD-UBND"] },
  ]);
  it("says how many provinces and how many plans", () => {
    const a = shipped.qa.answer("Which provinces are covered by the plans you hold?");
    expect(norm(a.answer)).toMatch(/5 child-protection plans of 4 provinces/);
  });
  // Kept: a topic asked of "which province" is still that topic, not the list of plans.
  it("'tỉnh nào có kế hoạch phòng chống đuối nước' still asks the topic", () => {
    const a = shipped.qa.answer("Tỉnh nào có kế hoạch phòng chống đuối nước cho trẻ em?");
    expect(norm(a.answer)).not.toMatch(/kho kien thuc co 5 ke hoach/);
  });
});

// "Mục V ... những sở nào", "Điều 3 ... những sở nào": every body that part names, from that part, each line quoted.
describe("every body a numbered part or article of a plan names", () => {
  judged([
    { q: "Điều 3 của Quyết định 2041 nêu tên những sở nào phải thi hành?", type: "all_agencies", expect: ["Lao dong", "Tai chinh", "Ke hoach"], doc: ["2041/QD-UBND"] },
    { q: "Which departments does Article 2 of Decision 2130 name?", type: "all_agencies", expect: ["Lao dong", "Ngoai vu"], doc: ["2130/QD-UBND"] },
    { q: "muc IV ke hoach 1979 tay ninh giao viec cho nhung co quan nao, ke het giup minh", type: "all_agencies", expect: ["Lao dong", "Giao duc"], doc: ["1979/KH-UBND"] },
    { q: "Phần IV của kế hoạch 2509 giao nhiệm vụ cho những sở nào? liệt kê hết nhé", type: "all_agencies", expect: ["Lao dong", "Giao duc", "Y te", "Tu phap", "Noi vu"], doc: ["2509/KH-UBND"] },
    { q: "Kế hoạch 26 giao việc cho những sở nào, kể hết ra giùm", type: "all_agencies", expect: ["Lao dong", "Tai chinh", "Tu phap", "Y te", "Cong an"], doc: ["26/KH-UBND"] },
  ]);
  it("a numbered item of a part gives that item's body only", () => {
    const a = shipped.qa.answer("Mục IV.2 kế hoạch 1979 giao cho những cơ quan nào?");
    expect(a.agencies.map((x) => x.name)).toEqual(["Sở Giáo dục và Đào tạo"]);
  });
});

// A scene-setting sentence ("the plan lists national programmes") then the programme asked: the asking sentence names which one.
describe("the years of one programme of a plan's list, asked after a sentence setting the scene", () => {
  judged([
    { q: "Kế hoạch Gia Lai có liệt kê các chương trình quốc gia cần đẩy mạnh. Chương trình phòng chống tai nạn thương tích trẻ em thuộc giai đoạn nào?", type: "fact", expect_re: ["2021 ?- ?2030"], doc: ["2509/KH-UBND"] },
    { q: "Ke hoach Gia Lai neu nhieu chuong trinh quoc gia. Chuong trinh giam thieu tre em lao dong trai quy dinh giai doan nao?", type: "fact", expect_re: ["2021 ?- ?2025"], doc: ["2509/KH-UBND"] },
    { q: "Gia Lai's plan names several national programmes to speed up. Which years does the programme on child labour cover?", type: "fact", expect_re: ["2021 ?- ?2025"], doc: ["2509/KH-UBND"] },
    // Kept: the asking sentence points back to the programme the first names.
    { q: "Gia Lai's plan mentions a programme on mental health care for children and orphans. Which years does that programme cover?", type: "fact", expect_re: ["2023 ?- ?2030"], doc: ["2509/KH-UBND"] },
  ]);
});

// "chủ trì những chương trình số mấy": the numbers of the programmes the body leads, as the plan numbers them.
describe("the numbers of the programmes one body leads", () => {
  judged([
    { q: "Theo quyết định 2041, so LDTBXH chu tri chuong trinh so may?", type: "fact", expect_re: ["1, 2, 3 va 5"], doc: ["2041/QD-UBND"] },
    { q: "In Decision 2041, which programme numbers does DOLISA lead?", type: "fact", expect_re: ["1, 2, 3 and 5"], doc: ["2041/QD-UBND"] },
    { q: "Sở Lao động chủ trì những CT số nào trong kế hoạch Đắk Lắk 2016-2020?", type: "fact", expect_re: ["1, 2, 3 va 5"], doc: ["2041/QD-UBND"] },
  ]);
});

// "Sở Y tế có phải là cơ quan chủ trì Kế hoạch X không?": the plan's own lead as written first, and that today's body took its work.
describe("a claim that a body leads a whole plan", () => {
  judged([
    { q: "so y te co phai co quan chu tri ke hoach 26 cua hue khong", type: "lead", expect: LDTBXH, doc: ["26/KH-UBND"] },
    { q: "Is the Department of Health the lead agency of Gia Lai's plan 2509?", type: "lead", expect: LDTBXH, doc: ["2509/KH-UBND"] },
    { q: "Có phải Sở Tư pháp là đơn vị chủ trì kế hoạch 2509 không?", type: "lead", expect: LDTBXH, doc: ["2509/KH-UBND"] },
    { q: "Was the Justice Department the lead agency for Hue's plan 26?", type: "lead", expect: LDTBXH, doc: ["26/KH-UBND"] },
  ]);
  it("today's body asked: the answer says it inherited the plan's lead", () => {
    const a = shipped.qa.answer("Sở Y tế Gia Lai có phải là cơ quan chủ trì kế hoạch 2509 không?");
    expect(norm(a.answer)).toMatch(/so y te ke thua nhiem vu cua so lao dong/);
  });
});
