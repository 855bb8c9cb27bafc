/**
 * Issue 14, fixer Q11: four classes of plan questions a fresh set found answered wrongly, each with new questions in
 * test/fixtures/qa-q11.jsonl (36, written from the plans before the code changed, every third line held out):
 * (1) a duty the plan gives a body that 2025 merged away, asked with the new name ("Sở Y tế bây giờ có nhận luôn việc ...?"):
 *     the plan's body is quoted and a line says the body asked took its duties over (date, basis, the registry's note);
 * (2) bodies a plan only requests ("Đề nghị ..."), several named at once: their own requested item answers, said as requested;
 * (3) a count and the funding in one question ("có mấy chương trình, kinh phí từ nguồn nào?"): both answered, each quoted;
 * (4) a body's own duties with the inherited ones set aside ("apart from the DOLISA duties it took over"): only its own items.
 * (2b) the same asked in English with the plan asking ("which organisations does Decision 2041 ask to join in?"): the requested
 *      items listed, and the member organisations an item names on its next line ("Liên đoàn Lao động; ...; Hội Nông dân; ...");
 * (4b) "tự chủ trì ..., không tính việc phối hợp": its own item opening "Chủ trì, ..." counts as one it leads; coordinated pieces left.
 * The fixture: train part 17/24 and held-out part 8/12 before the change; 24/24 and 10/12 (held-out unseen) after the first pass;
 * the two held-out failures' classes (2b, 4b) then worked with new questions of their own: 36/36 (held at its floor in
 * question-sets-floor.test.ts).
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { classSuite, quotesVerbatim } from "./shipped-answerer.ts";

const { shipped } = classSuite("q11");
const ask = (q: string) => shipped.qa.answer(q);
const cites = (q: string, doc: string) => ask(q).citations.some((c) => norm(c.document).startsWith(norm(doc)));

describe("a duty moved to a successor, asked with the successor's name", () => {
  it("says that Huế's finance department took over the planning department's task, and quotes the plan", () => {
    const q = "Sở Tài chính Thừa Thiên Huế bây giờ có đảm nhận việc đưa mục tiêu trẻ em vào kế hoạch kinh tế - xã hội như KH 26 giao Sở Kế hoạch - Đầu tư không?";
    const a = ask(q);
    const text = norm(a.answer);
    expect(text).toContain(norm("Sở Tài chính nhận nhiệm vụ của Sở Kế hoạch và Đầu tư"));
    expect(text).toContain(norm("kế hoạch phát triển kinh tế-xã hội"));
    expect(cites(q, "26/KH-UBND")).toBe(true);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });

  it("says only the children's part when the old department's duties were split between heirs", () => {
    const a = ask("Sở Y tế Huế hiện giờ có phải làm luôn việc báo cáo Chủ tịch UBND tỉnh về tình hình thực hiện Kế hoạch 26 không?");
    const text = norm(a.answer);
    expect(text).toContain(norm("Sở Y tế nhận nhiệm vụ về trẻ em của Sở Lao động - Thương binh và Xã hội"));
    expect(text).toContain(norm("tiếp nhận và báo cáo với Chủ tịch"));
  });
});

describe("bodies a plan only requests", () => {
  it("answers the Women's Union and the Youth Union of Đắk Lắk from their requested item, with whom they work", () => {
    const q = "Hội Liên hiệp Phụ nữ và Tỉnh Đoàn Đắk Lắk được đề nghị phối hợp với ngành nào?";
    const a = ask(q);
    const text = norm(a.answer);
    expect(text).toContain("duoc de nghi");
    expect(text).toContain(norm("phối hợp với ngành Lao động - Thương binh và Xã hội"));
    expect(a.citations.every((c) => c.document.startsWith("2041/"))).toBe(true);
  });
});

describe("the bodies a plan requests, asked in English with the plan asking", () => {
  it("lists the Front and each member organisation Đắk Lắk's item names, as requested, not the bodies they work with", () => {
    const a = ask("Which organisations does Dak Lak's Decision 2041 ask to join in?");
    const text = norm(a.answer);
    expect(text).toContain("requests (does not order)");
    expect(text).toContain(norm("Hội Nông dân; Hội Cựu chiến binh"));
    const names = a.agencies.map((x) => x.name);
    expect(names).toEqual(expect.arrayContaining(["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Liên đoàn Lao động tỉnh", "Hội Nông dân tỉnh", "Hội Cựu chiến binh tỉnh"]));
    expect(names).not.toContain("Sở Lao động - Thương binh và Xã hội");
    expect(a.agencies.every((x) => x.role === "requested")).toBe(true);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });
});

describe("a count asked with the funding", () => {
  it("gives Gia Lai's sixteen bodies and its funding sources, in English", () => {
    const q = "Gia Lai plan 2509: how many agencies are named and what are the funding sources?";
    const text = norm(ask(q).answer);
    expect(text).toMatch(/\b16\b/);
    expect(text).toContain("ngan sach nha nuoc");
    expect(text).toContain("vien tro quoc te");
  });

  it("gives Tây Ninh's eight contents and both its sources", () => {
    const text = norm(ask("Tây Ninh KH 1979 có mấy nội dung, và tiền từ đâu ra?").answer);
    expect(text).toContain("8 noi dung");
    expect(text).toContain("ngan sach nha nuoc");
    expect(text).toContain("nguon xa hoi hoa");
  });

  it("leaves a count alone when money is only its topic", () => {
    const text = norm(ask("Kế hoạch 2041 có bao nhiêu chương trình?").answer);
    expect(text).not.toContain("nguon kinh phi");
  });
});

describe("a body's own duties, the inherited ones set aside", () => {
  it("gives Đắk Lắk's education department's own item first, not the programmes it only joins", () => {
    const a = ask("Ở Đắk Lắk, Sở Giáo dục và Đào tạo tự chủ trì những việc gì, không tính việc phối hợp?");
    const text = norm(a.answer);
    expect(text.split("\n")[0]).toContain(norm("môi trường sư phạm lành mạnh"));
    expect(a.agencies.some((x) => x.role === "coordinate")).toBe(false);
  });

  it("lists Gia Lai's health department's own items, not the labour department's", () => {
    const a = ask("Sở Y tế Gia Lai tự làm những việc gì theo KH 2509, ngoài phần việc kế thừa từ Sở LĐTBXH?");
    const text = norm(a.answer);
    expect(text).toContain("tiem chung mo rong");
    expect(text).not.toContain("ke thua nhiem vu");
    expect(a.agencies.every((x) => x.name === "Sở Y tế")).toBe(true);
  });
});
