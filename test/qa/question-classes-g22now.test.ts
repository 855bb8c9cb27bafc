/**
 * "Who does it now?": a question asking which body holds a plan's task today (hiện nay, bây giờ, nay là, giờ thuộc, now, today,
 * the body dissolved) gets today's body first in `agencies`, and the answer says so first ("Nay là Sở Y tế (nhận nhiệm vụ của
 * Sở Lao động - Thương binh và Xã hội từ 1/3/2025, ...)"), the plan's own body and quote kept after it as the predecessor.
 * A question that does not ask about now keeps the plan's body first.
 */
import { describe, expect, it } from "vitest";
import { classSuite, firstLead } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("g22now");

const TODAY = ["Sở Y tế", "Department of Health"];
const PLAN_BODY = ["Lao động - Thương binh", "Labour, Invalids"];

describe("today's body asked: the successor is the first lead, the plan cited", () => {
  judged([
    { q: "Tây Ninh KH 1979: việc tổ chức Diễn đàn trẻ em các cấp bây giờ thuộc sở nào?", type: "lead", expect: TODAY, doc: ["1979/KH-UBND"] },
    { q: "gia lai kh 2509: bao cao ket qua hang nam gui qua so nao, hien nay la so nao?", type: "lead", expect: TODAY, doc: ["2509/KH-UBND"] },
    { q: "Under Dak Lak's plan 2041, which department leads the communication and social mobilisation on child protection today?", type: "lead", expect: TODAY, doc: ["2041/QĐ-UBND"] },
    { q: "Huế KH 26: sở chủ trì đôn đốc, kiểm tra việc thực hiện kế hoạch bây giờ là sở nào?", type: "lead", expect: TODAY, doc: ["26/KH-UBND"] },
    { q: "Hue plan 26 gave DOLISA the job of checking and reporting on the plan to the chairman. Who does that job now?", type: "lead", expect: TODAY, doc: ["26/KH-UBND"] },
    { q: "qd 2130 dak lak: bao cao hang nam qua so ldtbxh, gio gui qua dau?", type: "lead", expect: TODAY, doc: ["2130/QĐ-UBND"] },
    { q: "Sở LĐTBXH Gia Lai không còn nữa, vậy ai nhận báo cáo hằng năm của kế hoạch 2509?", type: "lead", expect: TODAY, doc: ["2509/KH-UBND"] },
    { q: "Hiện nay ở Tây Ninh, cơ quan nào làm việc theo dõi, đôn đốc triển khai kế hoạch 1979 mà trước đây Sở LĐTBXH làm?", type: "lead", expect: TODAY, doc: ["1979/KH-UBND"] },
  ]);
});

describe("not asked about now: the plan's own body stays the first lead", () => {
  judged([
    { q: "Theo kế hoạch 26 của Huế, sở nào chủ trì phối hợp với Văn phòng UBND tỉnh đôn đốc, kiểm tra việc thực hiện?", type: "lead", expect: PLAN_BODY, doc: ["26/KH-UBND"] },
    { q: "gia lai ke hoach 2509: cac so nganh gui bao cao hang nam qua co quan nao?", type: "lead", expect: PLAN_BODY, doc: ["2509/KH-UBND"] },
    { q: "In Dak Lak's plan 2041, which department leads the communication and social mobilisation on child protection?", type: "lead", expect: PLAN_BODY, doc: ["2041/QĐ-UBND"] },
  ]);
});

describe("the answer says today's body first and keeps the plan's body as its predecessor", () => {
  it.each([
    ["Tây Ninh KH 1979: việc tổ chức Diễn đàn trẻ em các cấp bây giờ thuộc sở nào?", /^(Nay là Sở Y tế \(nhận nhiệm vụ|Nhiệm vụ về trẻ em kế hoạch giao cho Sở Lao động - Thương binh và Xã hội nay do Sở Y tế đảm nhận)/u, /1\/3\/2025, Nghị định 45\/2025/u],
    ["qd 2130 dak lak: bao cao hang nam qua so ldtbxh, gio gui qua dau?", /^(Nay là Sở Y tế \(nhận nhiệm vụ|Nhiệm vụ về trẻ em kế hoạch giao cho Sở Lao động - Thương binh và Xã hội nay do Sở Y tế đảm nhận)/u, /1\/3\/2025, Nghị định 45\/2025/u],
    ["Hue plan 26 gave DOLISA the job of checking and reporting on the plan to the chairman. Who does that job now?", /^(Today it is the Department of Health( \(DOH\))? \(Sở Y tế\)|The child-protection duties the plan gave Sở Lao động - Thương binh và Xã hội .* are now held by Sở Y tế)/u, /2025-03-01/u],
  ])("%s", (q, opening, since) => {
    const a = shipped.qa.answer(q);
    // Today's body is the answer's first sentence, with the date and the decree it took the duties over by.
    expect(a.answer.split("\n")[0]).toMatch(opening);
    expect(a.answer).toMatch(since);
    // The plan's body follows today's, and the plan's quote naming it is still cited.
    const names = a.agencies.map((x) => x.name);
    expect(names.findIndex((n) => n.includes("Lao động"))).toBeGreaterThan(names.findIndex((n) => n === "Sở Y tế"));
    expect(a.citations.some((c) => /Lao động\s*-\s*Thương binh/u.test(c.quote))).toBe(true);
  });

  it("a plain 'which department leads' keeps the plan's words first", () => {
    const a = shipped.qa.answer("Theo kế hoạch 26 của Huế, sở nào chủ trì phối hợp với Văn phòng UBND tỉnh đôn đốc, kiểm tra việc thực hiện?");
    expect(a.answer).not.toMatch(/^Nay là/u);
    expect(firstLead(a)).toMatch(/Lao động/u);
  });
});
