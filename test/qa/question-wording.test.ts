/**
 * Everyday wordings of questions the plans answer: English sentences around Vietnamese names,
 * how often reports are due, where to raise problems, requested (đề nghị) bodies, the appendix
 * rows one body leads, a choice between two bodies, today's holder after a merger, which
 * provinces' plans the knowledge base holds and which plans name a body. Sentences written for
 * this test; every quote must be the plan's own text.
 */
import { describe, expect, it } from "vitest";
import { foldKey } from "../../src/core/vietnamese-text.ts";
import { detectLanguage } from "../../src/qa/question-parser.ts";
import { asksRequestedBodies, englishNameRuns, offersChoice } from "../../src/qa/question-wording.ts";
import { firstLead, quotesVerbatim, shippedAnswerer } from "./shipped-answerer.ts";

const { qa, plans } = shippedAnswerer();
const ask = (q: string) => {
  const a = qa.answer(q);
  expect(quotesVerbatim(plans, a)).toBe(true);
  return { ...a, text: foldKey(a.answer) };
};
const docs = (a: { citations: Array<{ document: string }> }) => [...new Set(a.citations.map((c) => c.document))];

describe("question wording: parsing", () => {
  it("reads an English sentence that quotes Vietnamese names as English", () => {
    expect(detectLanguage("In Thừa Thiên Huế's plan for 2016, which department carries out the goals on child nutrition?")).toBe("en");
    expect(detectLanguage("Which body does Đắk Lắk's plan 2041 put in charge of the Sở Tư pháp programme?")).toBe("en");
    expect(detectLanguage("If we run into difficulties carrying out the plan, who do we contact?")).toBe("en");
    expect(detectLanguage("Who leads Chương trình 1 in Đắk Lắk?")).toBe("en");
    expect(detectLanguage("Chương trình 1 của Đắk Lắk do ai chủ trì?")).toBe("vi");
    expect(detectLanguage("Sở Y tế Gia Lai có nhiệm vụ gì trong kế hoạch 2509?")).toBe("vi");
    expect(detectLanguage("Ở Đắk Lắk, Sở Tư pháp chủ trì chương trình nào?")).toBe("vi");
  });

  it("knows a question about requested bodies and a choice between two bodies", () => {
    expect(asksRequestedBodies("nhung to chuc nao chi duoc de nghi chu khong duoc giao")).toBe(true);
    expect(asksRequestedBodies("which organisations are only requested not assigned")).toBe(true);
    expect(asksRequestedBodies("so y te duoc de nghi lam gi")).toBe(false);
    expect(offersChoice("so nv hay so y te chu tri", "so nv", ["so y te"])).toBe(true);
    expect(offersChoice("so nv chu tri, so y te phoi hop", "so nv", ["so y te"])).toBe(false);
    expect(offersChoice("so kh va so y te phoi hop viec gi", "so kh", ["so y te"])).toBe(false);
  });

  it("takes the English name of a body as its name, not as topic words", () => {
    expect(englishNameRuns("which plan gives the statistics office a role", ["Provincial Statistics Office"])).toEqual(["statistics office"]);
    expect(englishNameRuns("what about health insurance", ["Department of Health (DOH)"])).toEqual([]);
  });
});

describe("question wording: answers", () => {
  it("answers an English lead question whose province is written with diacritics", () => {
    const a = ask("In Thừa Thiên Huế's plan for 2016, which department carries out the goals on child nutrition and health care?");
    expect(a.language).toBe("en");
    expect(firstLead(a)).toBe("Sở Y tế");
    expect(docs(a)).toEqual(["26/KH-UBND"]);
  });

  it("compares how often two plans require reports, with their intervals and due dates", () => {
    const a = ask("Compare how often Gia Lai's plan 2509 and Huế's plan 26 ask for progress reports.");
    expect(a.found).toBe(true);
    expect(a.text).toContain("15/12");
    expect(a.text).toMatch(/06 thang/);
    expect(docs(a).sort()).toEqual(["2509/KH-UBND", "26/KH-UBND"]);
  });

  it("names today's holder when the question says the province merged", () => {
    const a = ask("Tây Ninh đã sáp nhập, giờ cơ quan nào làm phần việc của Sở LĐTBXH trong kế hoạch 1979?");
    expect(a.found).toBe(true);
    expect(a.text).toMatch(/nay do so y te dam nhan/);
    expect(docs(a)).toEqual(["1979/KH-UBND"]);
  });

  it("lists the bodies a plan only requests, in English", () => {
    const a = ask("In plan 2509, which bodies are only requested rather than assigned?");
    const names = a.agencies.map((x) => foldKey(x.name)).join(" | ");
    for (const n of ["phu nu", "doan", "mat tran"]) expect(names).toContain(n);
    expect(a.agencies.every((x) => x.role === "requested")).toBe(true);
  });

  it("lists every appendix row a body leads, merged lead cells included", () => {
    const a = ask("Công an tỉnh chủ trì những khuyến nghị nào trong phụ lục Quyết định 2130? Liệt kê giúp.");
    expect(a.text).toMatch(/so 71/);
    expect(a.text).toMatch(/so 78/);
    expect(firstLead(a)).toBe("Công an tỉnh");
    const b = ask("List all the appendix recommendations of decision 2130 led by the labour department.");
    for (const n of ["12", "32", "48", "55"]) expect(b.answer).toContain(`no. ${n}`);
  });

  it("says where to raise problems met while carrying out a plan", () => {
    const a = ask("If we run into difficulties carrying out plan 26, where do we raise them?");
    expect(firstLead(a)).toBe("Ủy ban nhân dân tỉnh");
    expect(docs(a)).toEqual(["26/KH-UBND"]);
    const b = ask("thuc hien ke hoach 2041 gap kho khan thi phan anh ve dau");
    expect(b.text).toContain("lao dong");
    expect(docs(b)).toEqual(["2041/QĐ-UBND"]);
  });

  it("answers which of two offered bodies, rather than asking back about a short form", () => {
    const a = ask("Theo kế hoạch 2509, việc tham mưu kiện toàn tổ chức bộ máy quản lý nhà nước về trẻ em do Sở NV hay Sở Y tế làm?");
    expect(a.clarify).toBeUndefined();
    expect(firstLead(a)).toBe("Sở Nội vụ");
  });

  it("says a merged province has no plan of its own and which plans the knowledge base holds", () => {
    const a = ask("Long An nay thuộc Tây Ninh: kho có kế hoạch của Long An hay chỉ có của Tây Ninh?");
    expect(a.found).toBe(true);
    expect(a.text).toContain("long an");
    expect(docs(a)).toEqual(["1979/KH-UBND"]);
  });

  it("spells out a short form the plan writes, and guesses none it does not write", () => {
    const a = ask("BVCSGD trong kế hoạch 26 nghĩa là gì, viết tắt của cụm từ nào?");
    expect(a.text).toMatch(/bvcsgd la viet tat cua bao ve cham soc va giao duc/);
    expect(docs(a)).toEqual(["26/KH-UBND"]);
    expect(ask("What does TTHT stand for in plan 2509?").found).toBe(false);
  });

  it("lists the plans that name a body", () => {
    const a = ask("Which plans mention the Provincial Police?");
    expect(docs(a).sort()).toEqual(["2041/QĐ-UBND", "2130/QĐ-UBND", "2509/KH-UBND", "26/KH-UBND"]);
  });
});
