/**
 * Issue 14: "who leads child protection in <province>?" was answered with a body that shares a word ("Công an tỉnh" for its
 * "biện pháp bảo vệ trẻ em trong quá trình tố tụng", Sở Thông tin và Truyền thông for "công tác trẻ em"). When the topic asked is the
 * plan's whole subject (child protection, "công tác bảo vệ, chăm sóc trẻ em"), the body the plan makes lead of carrying out the whole
 * plan answers, quoted, as "KH X giao cơ quan nào chủ trì tổ chức triển khai?" is answered (question-classes-q35). A narrower topic
 * (online, communication, drowning) keeps the body of its own line.
 */
import { describe, expect, it } from "vitest";
import { classSuite } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("q41");
const LABOUR = ["Lao dong", "Thuong binh"];

describe("the plan's whole subject asked: the body leading the whole plan", () => {
  judged([
    { q: "Ở Gia Lai, đơn vị nào chủ trì công tác bảo vệ trẻ em?", type: "lead", expect: LABOUR, doc: ["2509/KH-UBND"] },
    { q: "gia lai thi so nao chu tri viec bao ve tre em", type: "lead", expect: LABOUR, doc: ["2509/KH-UBND"] },
    { q: "Which department is in charge of child protection in Gia Lai?", type: "lead", expect: LABOUR, doc: ["2509/KH-UBND"] },
    { q: "who is in charge of child protection in Hue?", type: "lead", expect: LABOUR, doc: ["26/KH-UBND"] },
    // "Phụ trách" and "responsible for" ask who leads as "chủ trì" does.
    { q: "Ở Gia Lai ai phụ trách công tác bảo vệ trẻ em?", type: "lead", expect: LABOUR, doc: ["2509/KH-UBND"] },
    { q: "Which agency is responsible for child protection in Tay Ninh?", type: "lead", expect: LABOUR, doc: ["1979/KH-UBND"] },
    { q: "Tại Thừa Thiên Huế, cơ quan nào chủ trì công tác bảo vệ, chăm sóc trẻ em?", type: "lead", expect: LABOUR, doc: ["26/KH-UBND"] },
    { q: "co quan nao chu tri cong tac bao ve tre em o tay ninh", type: "lead", expect: LABOUR, doc: ["1979/KH-UBND"] },
    { q: "Who leads child protection work in Tay Ninh?", type: "lead", expect: LABOUR, doc: ["1979/KH-UBND"] },
    { q: "Ở Đắk Lắk sở nào chủ trì công tác bảo vệ trẻ em?", type: "lead", expect: LABOUR, doc: ["2041/QĐ-UBND"] },
    { q: "which agency leads child protection in dak lak", type: "lead", expect: LABOUR, doc: ["2041/QĐ-UBND"] },
  ]);

  // The answer is the line the plan gives its lead for carrying out the whole plan: the same as asking the plan who it puts in charge of itself.
  it.each([
    ["Ở Gia Lai, đơn vị nào chủ trì công tác bảo vệ trẻ em?", "KH 2509 Gia Lai giao cơ quan nào chủ trì tổ chức triển khai thực hiện?"],
    ["Which agency leads child protection work in Gia Lai?", "KH 2509 Gia Lai giao cơ quan nào chủ trì tổ chức triển khai thực hiện?"],
    ["who is in charge of child protection in Hue?", "ke hoach 26 hue giao so nao chu tri trien khai"],
    ["co quan nao chu tri cong tac bao ve tre em o tay ninh", "KH 1979 của Tây Ninh giao đơn vị nào chủ trì tổ chức thực hiện?"],
    ["Ở Đắk Lắk sở nào chủ trì công tác bảo vệ trẻ em?", "QĐ 2041 Đắk Lắk giao cơ quan nào chủ trì tổ chức triển khai?"],
    ["Dak Lak: who leads the work of protecting and caring for children under plan 2130?", "QĐ 2130 giao cơ quan nào chủ trì tổ chức triển khai?"],
  ])("%s quotes the plan's own lead line", (q, planLead) => {
    const a = shipped.qa.answer(q);
    const b = shipped.qa.answer(planLead);
    expect(b.citations[0]).toBeDefined();
    expect(a.citations[0]?.document).toBe(b.citations[0]!.document);
    expect(a.citations[0]?.section).toBe(b.citations[0]!.section);
    expect(a.citations[0]?.quote).toContain(b.citations[0]!.quote);
  });

  it("asks which province when none is named, as before", () => {
    const a = shipped.qa.answer("Cơ quan nào chủ trì công tác bảo vệ trẻ em?");
    expect(a.answer.split("\n")[0]).toMatch(/tỉnh nào|Which province/);
  });
});

// A narrower topic than the plan's subject keeps the body of its own line.
describe("a narrower topic keeps its own lead", () => {
  it.each([
    // Online is the plan's "không gian mạng", the information department's line (question-classes-q42), not the districts' "môi trường sống".
    ["Ở Gia Lai cơ quan nào chủ trì bảo vệ trẻ em trên môi trường mạng?", /Thông tin và Truyền thông/],
    ["Gia Lai: ai chủ trì truyền thông về bảo vệ trẻ em?", /Ủy ban nhân dân cấp huyện/],
    ["Ở Tây Ninh sở nào chủ trì bảo vệ trẻ em trong trường học?", /Giáo dục/],
    // Huế's plan writes no drowning line: still not answered from the plan's lead.
    ["Hue: who leads drowning prevention for children?", null],
  ])("%s", (q, lead) => {
    const a = shipped.qa.answer(q);
    const first = a.agencies.find((x) => x.role === "lead" || x.role === "responsible")?.name ?? "";
    if (lead) expect(first).toMatch(lead);
    else expect(a.found).toBe(false);
    expect(first).not.toMatch(/Lao động/);
  });
});
