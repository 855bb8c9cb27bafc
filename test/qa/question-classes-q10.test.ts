/**
 * Q10, three classes of officials' questions that fresh questions still missed, each written from the plans before the code changed
 * (test/fixtures/qa-q10-*.jsonl, scored as score_qa.mjs scores them, every quote verbatim):
 * 1. "X phối hợp với những cơ quan nào / với ai / who does X work with on Y": the bodies the plan names with X for that work, quoted,
 *    where X leads and where it works with another's task; a list the plan writes across two clauses ("phối hợp với các cơ quan
 *    truyền thông như Báo Đắk Lắk; Đài Phát thanh – Truyền hình tỉnh đẩy mạnh ...") is read whole. Before 13/16, after 16/16.
 * 2. "Phụ lục QĐ 2130 có dòng nào giao X chủ trì không, nội dung là gì?": the appendix rows X holds, by number and quoted; none
 *    is said as none (not found), never the plan's general line on "các sở, ngành liên quan". Before 11/15, after 15/15.
 * 3. A quantity the plan does not state (hours, days, "bao lâu sau khi", a number of trainers) is "not stated" (found:false), even
 *    where the answer counted a body's tasks; a quantity it does state is quoted. Before 13/16, after 16/16.
 */
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { judge, readGold } from "./qa-judge.ts";
import { classSuite, firstLead, quotesVerbatim, repoRoot } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("q10");
const fixture = (name: string) => readGold(resolve(repoRoot, "test/fixtures", name)).map(({ id: _id, ...g }) => g);

describe("1. the bodies a body works with on a given work", () => {
  judged(fixture("qa-q10-partners.jsonl"));

  it("reads the media list the plan writes across two clauses, with the labour department's part first", () => {
    const a = shipped.qa.answer("Sở LĐTBXH Đắk Lắk phối hợp với những cơ quan truyền thông nào để đẩy mạnh truyền thông về bảo vệ trẻ em?");
    expect(firstLead(a)).toBe("Sở Lao động - Thương binh và Xã hội");
    expect(a.answer).toContain("“phối hợp với các cơ quan truyền thông như Báo Đắk Lắk; Đài Phát thanh – Truyền hình tỉnh đẩy mạnh");
    expect(a.answer).toContain("Báo tỉnh (Báo Đắk Lắk)");
  });

  it("names who leads where the body only works with another's task", () => {
    const a = shipped.qa.answer("Theo KH 2509 Gia Lai, Sở Nội vụ phối hợp với sở nào để tham mưu kiện toàn bộ máy quản lý nhà nước về trẻ em?");
    expect(a.agencies.map((x) => x.name)).toContain("Sở Lao động - Thương binh và Xã hội");
  });

  // Wordings tried after the mend: the press and broadcasters asked by kind, the work put in other words.
  judged([
    { q: "Sở LĐTBXH Đắk Lắk làm việc với báo, đài nào để tuyên truyền bảo vệ trẻ em?", type: "all_agencies", expect: [["Báo Đắk Lắk"], ["Phát thanh"]], doc: ["2041/QĐ-UBND"] },
    { q: "Which newspapers and radio does Dak Lak's labour department work with on child protection?", type: "all_agencies", expect: [["Báo Đắk Lắk"], ["Phát thanh"]], doc: ["2041/QĐ-UBND"] },
    { q: "Đắk Lắk: Sở Nội vụ phối hợp với những cơ quan nào trong chương trình phát triển hệ thống cung cấp dịch vụ bảo vệ trẻ em?", type: "all_agencies", expect: [["Lao động"], ["Công an"], ["Tư pháp"]], doc: ["2041/QĐ-UBND"] },
  ]);

  // Near misses: who does the work (not whom a body works with), and a body's duties, are answered as before.
  judged([
    { q: "Theo QĐ 2041 Đắk Lắk, ai đẩy mạnh các hoạt động truyền thông về bảo vệ trẻ em?", type: "lead", expect: ["Đài Phát thanh"], doc: ["2041/QĐ-UBND"] },
    { q: "Đắk Lắk: Sở Tư pháp chủ trì chương trình nào?", type: "fact", expect_all: ["tư pháp cho người chưa thành niên"], doc: ["2041/QĐ-UBND"] },
  ]);
});

describe("2. the appendix rows given to a body", () => {
  judged(fixture("qa-q10-appendix.jsonl"));

  // Wordings tried after the mend: no role asked gives the rows it leads and those it works on; a body the appendix never names.
  judged([
    { q: "Phụ lục QĐ 2130 giao Sở Y tế những việc gì?", type: "fact", expect_all: ["sức khỏe sinh sản", "Số 55"], doc: ["2130/QĐ-UBND"] },
    { q: "Phụ lục 2130 có giao gì cho Sở Văn hóa, Thể thao và Du lịch không?", type: "none" },
  ]);

  it("gives the finance department's row as its lead, not a denial", () => {
    for (const q of ["Phụ lục kèm QĐ 2130 có hoạt động nào giao Sở Tài chính chủ trì không? Nếu có thì là việc gì?",
      "Phụ lục QĐ 2130 có dòng nào giao Sở Tài chính chủ trì không, nội dung là gì?"]) {
      const a = shipped.qa.answer(q);
      expect(firstLead(a), q).toBe("Sở Tài chính");
      expect(a.answer, q).toContain("Số 12");
      expect(a.answer, q).not.toMatch(/Không đúng|không giao/u);
    }
  });

  it("says a body the appendix names only as coordinating leads no row, with the row it coordinates quoted", () => {
    const a = shipped.qa.answer("Phụ lục 2130 có dòng nào giao Ban Dân tộc chủ trì không?");
    expect(a.found).toBe(false);
    expect(a.answer).toContain("không có dòng nào giao Ban Dân tộc");
    expect(a.answer).toContain("dân tộc ít người");
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });
});

describe("3. a quantity the plan does not state", () => {
  judged(fixture("qa-q10-unstated.jsonl"));

  it("says so even where the answer would have counted a body's tasks", () => {
    const a = shipped.qa.answer("Theo KH 2041 Đắk Lắk, UBND xã phải can thiệp trong vòng bao nhiêu giờ khi nhận tin báo trẻ bị xâm hại?");
    expect(a.found).toBe(false);
    expect(a.answer).toMatch(/Kế hoạch không nêu thời hạn/u);
  });

  // Wordings tried after the mend: a span after a call to the line, hours asked in English.
  judged([
    { q: "Kế hoạch Tây Ninh yêu cầu phản hồi tin báo qua 111 sau bao lâu?", type: "none" },
    { q: "How many hours does Gia Lai's plan give the police to respond to a report of child abuse?", type: "none" },
    { q: "Theo KH 2509, Sở Y tế phải hỗ trợ trẻ bị xâm hại trong vòng mấy ngày?", type: "none" },
  ]);

  it("still gives the hotline's number when the number is asked", () => {
    const a = shipped.qa.answer("Tây Ninh báo tin trẻ bị xâm hại qua tổng đài số mấy?");
    expect(a.found).toBe(true);
    expect(a.answer).toContain("111");
  });

  // Near misses: a count of tasks is still an answer to "how many tasks", a stated date still answers, the plan's period is no span.
  judged([
    { q: "Theo KH 26 Huế, báo cáo 6 tháng phải gửi trước ngày nào?", type: "fact", expect_all: ["25/5"], doc: ["26/KH-UBND"] },
    { q: "QĐ 2041 giao Sở Lao động - Thương binh và Xã hội bao nhiêu nhiệm vụ?", type: "fact", expect_re: ["\\d"], doc: ["2041/QĐ-UBND"] },
  ]);

  it("keeps the plan's period when asked how long the plan runs", () => {
    const a = shipped.qa.answer("Kế hoạch 2041 Đắk Lắk thực hiện trong bao lâu?");
    const [ok] = judge({ id: "q10", q: "", type: "fact", expect_all: ["2016"], doc: ["2041/QĐ-UBND"] }, a);
    expect(ok, a.answer).toBe(true);
  });
});
