/**
 * A second reader's regressions of the q10 change (partners, appendix rows, unstated quantities), each with the reader's
 * question and wordings of my own:
 * 1. "lao động", "hoạt động", "cộng đồng" are no appendix "dòng": a body's work asked without naming the appendix is read
 *    from the plans, not only from the 2130 appendix.
 * 2. How often a body reports ("sau bao lâu một lần", "định kỳ") is stated where the plan writes "định kỳ 6 tháng, một năm".
 * 3. Partners are only the bodies written after "phối hợp (với)" / "cùng" / "hợp tác": never the authors of a decision, the body
 *    reported to, a body directed or funded; the press asked where the plan names none is said so.
 * 4. Where the body leads ("Chủ trì, phối hợp với ..."), the answer says it leads.
 */
import { describe, expect, it } from "vitest";
import type { Answer } from "../../src/qa/answer-types.ts";
import { classSuite, quotesVerbatim } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("m23");
const docs = (a: Answer) => new Set(a.citations.map((c) => c.document));
const names = (a: Answer) => a.agencies.map((x) => x.name).join(" | ");

describe("1. a body's work asked without naming the appendix", () => {
  it.each([
    ["Sở Lao động Đắk Lắk chủ trì những việc nào?", "2041/QĐ-UBND"],
    ["So Lao dong Dak Lak chu tri nhung viec nao?", "2041/QĐ-UBND"],
    ["Sở Tư pháp Đắk Lắk chủ trì những hoạt động nào?", "2041/QĐ-UBND"],
    ["Sở Y tế Đắk Lắk phối hợp những hoạt động nào?", "2041/QĐ-UBND"],
    ["Sở Lao động Đắk Lắk phối hợp những việc gì trong công tác dựa vào cộng đồng?", "2041/QĐ-UBND"],
  ])("%s is read from the plan, not the appendix alone", (q, doc) => {
    const a = shipped.qa.answer(q);
    expect([...docs(a)], a.answer).toContain(doc);
  });

  it("keeps Gia Lai when the home-affairs department's activities are asked of no province", () => {
    const a = shipped.qa.answer("Sở Nội vụ chủ trì những hoạt động nào?");
    expect(a.answer).toMatch(/Gia Lai|2509/u);
  });

  // Near misses: the appendix named, by name or by its rows, still answers with its rows.
  judged([
    { q: "Phụ lục QĐ 2130 có dòng nào giao Sở Tư pháp chủ trì?", type: "fact", expect_all: ["Số 51"], doc: ["2130/QĐ-UBND"] },
    { q: "Theo phụ lục 2130, Sở Lao động chủ trì những khuyến nghị nào?", type: "fact", expect_all: ["Số 12"], doc: ["2130/QĐ-UBND"] },
  ]);
});

describe("2. how often a body reports", () => {
  it.each([
    "Theo QĐ 2041, Sở Lao động phải báo cáo sau bao lâu một lần?",
    "Theo QD 2041, So Lao dong bao cao bao lau mot lan?",
    "Theo kế hoạch Huế, UBND huyện phải báo cáo kết quả trong bao lâu?",
    "Đắk Lắk QĐ 2041: UBND các huyện phải báo cáo sau bao lâu?",
  ])("%s is answered with the plan's reporting period, not 'not stated'", (q) => {
    const a = shipped.qa.answer(q);
    expect(a.found, a.answer).toBe(true);
    expect(a.answer).not.toMatch(/không nêu thời hạn/u);
    expect(a.answer).toMatch(/định kỳ|Định kỳ|hằng năm|hàng năm/u);
  });

  // Near misses: a span after an event the plan does not give is still not stated.
  judged([
    { q: "Theo KH 2041 Đắk Lắk, UBND xã phải báo cáo trong vòng bao nhiêu giờ sau khi nhận tin báo trẻ bị xâm hại?", type: "none" },
    { q: "Gia Lai: cơ quan hỗ trợ trẻ trong bao lâu sau khi phát hiện trẻ bị xâm hại?", type: "none" },
  ]);
});

describe("3. partners are the bodies the plan writes after 'phối hợp'", () => {
  it.each([
    ["Sở Lao động Huế làm việc với báo, đài nào để tuyên truyền?", /Thủ tướng|Ủy ban nhân dân tỉnh/u],
    ["Huế: Sở Lao động phối hợp với những tờ báo nào để tuyên truyền về trẻ em?", /Thủ tướng|Ủy ban nhân dân tỉnh/u],
    ["Sở Lao động Tây Ninh phối hợp với ai để báo cáo kết quả thực hiện?", /Ủy ban nhân dân tỉnh|Bộ Lao động/u],
    ["Đắk Lắk: Sở Lao động phối hợp với ai để báo cáo kết quả thực hiện kế hoạch?", /Ủy ban nhân dân tỉnh|Bộ Lao động/u],
    ["Sở Giáo dục Huế phối hợp với cơ quan nào để tuyên truyền về quyền trẻ em?", /Phòng Giáo dục/u],
    ["Sở Tài chính Đắk Lắk phối hợp với ai để thanh tra, kiểm tra kinh phí?", /Lao động/u],
  ])("%s names no body the clause only cites, reports to, directs or funds", (q, wrong) => {
    const a = shipped.qa.answer(q);
    expect(a.agencies.filter((x) => x.role === "coordinate").map((x) => x.name).join(" | ")).not.toMatch(wrong);
    expect(a.answer).not.toMatch(new RegExp(`phối hợp với: [^.]*(${wrong.source})`, "u"));
  });

  it("says the Huế plan names no newspaper or station for the labour department, quoting it", () => {
    const a = shipped.qa.answer("Sở Lao động Huế làm việc với báo, đài nào để tuyên truyền?");
    expect(a.answer).toMatch(/không nêu tên/u);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });

  it("gives the women's union's partners as written after 'phối hợp', not the bodies holding the clause with it", () => {
    const a = shipped.qa.answer("Đắk Lắk: Hội LHPN phối hợp với ngành nào trong công tác tuyên truyền?");
    expect(names(a)).toMatch(/Lao động - Thương binh/u);
    expect(names(a)).not.toMatch(/Hội Nông dân|Hội Cựu chiến binh|Mặt trận/u);
  });

  // Near misses: partners written after "phối hợp với" are still given.
  judged([
    { q: "Theo QĐ 2041, chương trình truyền thông, giáo dục, vận động xã hội thì Sở Lao động phối hợp với những sở nào?", type: "all_agencies", expect: [["Giáo dục"], ["Thông tin"], ["Văn hóa", "Văn hoá"]], doc: ["2041/QĐ-UBND"] },
    { q: "Sở LĐTBXH Đắk Lắk làm việc với báo, đài nào để tuyên truyền bảo vệ trẻ em?", type: "all_agencies", expect: [["Báo Đắk Lắk"], ["Phát thanh"]], doc: ["2041/QĐ-UBND"] },
    // An appendix row gives its partners in a column of their own, with no "phối hợp" written.
    { q: "Đắk Lắk: Sở Tư pháp phối hợp với những cơ quan nào về công tác nuôi con nuôi?", type: "all_agencies", expect: [["Lao động"]], doc: ["2130/QĐ-UBND"] },
    // A partner named after "phối hợp với" in the body's own clause, where it leads.
    { q: "Huế: Sở Lao động phối hợp với cơ quan nào để đôn đốc, kiểm tra việc thực hiện kế hoạch?", type: "all_agencies", expect: [["Văn phòng Ủy ban"]], doc: ["26/KH-UBND"] },
  ]);
});

describe("4. a body that leads is said to lead", () => {
  it.each([
    "Sở Thông tin và Truyền thông Đắk Lắk phối hợp với cơ quan nào để hướng dẫn cơ quan truyền thông?",
    "Theo QĐ 2041, Sở TT&TT phối hợp với những cơ quan nào để hướng dẫn các cơ quan truyền thông đưa tin về trẻ em?",
  ])("%s says chủ trì", (q) => {
    const a = shipped.qa.answer(q);
    expect(a.answer).toMatch(/chủ trì, phối hợp với/u);
  });
});
