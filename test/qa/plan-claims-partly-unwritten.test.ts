/**
 * A yes-or-no about a body's duty that also names a group or a second harm the plan never writes. The plan's "names no body
 * for it" answer (549b6d4, 029cdab) is right when the unwritten harm is all that is asked; a question whose main task the plan
 * does give the body gets that duty, quoted, and is told which of its words the plan does not mention. Found by a second
 * reader: 2509's Department of Health, nutrition and vaccination for orphans and children with disabilities, was answered
 * "the plan does not give this to Sở Y tế" (ec109b2 quoted section IV.3).
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { classSuite, quotesVerbatim } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("plan-claims");

const DENIED = /khong giao viec nay cho|does not give this to|names no body for it|khong neu co quan nao/;

/** The body's duty quoted from `doc`, holding `task` (folded), never denied, and the unwritten word said: `unwritten` (folded). */
const givenWithPart = (q: string, doc: string, task: RegExp, unwritten: string): void => {
  it(q, () => {
    const a = shipped.qa.answer(q);
    const text = norm(a.answer);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
    expect(text, a.answer).not.toMatch(DENIED);
    expect(a.found, a.answer).toBe(true);
    expect(a.citations.some((c) => c.document === doc && task.test(norm(c.quote))), a.answer).toBe(true);
    expect(text, a.answer).toMatch(new RegExp(`(khong nhac den|does not mention) “${unwritten}”`));
  });
};

// Before: 0/11 (the reviewer's two and nine new wordings; every one answered "the plan does not give this to Sở Y tế").
describe("a duty the plan gives the body is not denied because the question adds what the plan does not write", () => {
  // The reviewer's two (/work/scratch/review/plan-claims.test.ts).
  givenWithPart("Theo KH 2509, Sở Y tế Gia Lai có chủ trì chăm sóc sức khỏe, dinh dưỡng cho trẻ em mồ côi và trẻ em khuyết tật không?",
    "2509/KH-UBND", /dinh duong/, "khuyet tat");
  givenWithPart("Does plan 2509 make the Gia Lai Department of Health responsible for vaccinating orphans and children with disabilities?",
    "2509/KH-UBND", /tiem chung/, "khuyet tat");
  // New wordings: a group the plan never names beside a task it gives the body.
  givenWithPart("Kế hoạch 2509 có giao Sở Y tế Gia Lai chủ trì tiêm chủng mở rộng cho trẻ khuyết tật không?", "2509/KH-UBND", /tiem chung/, "khuyet tat");
  givenWithPart("so y te gia lai co phu trach dinh duong cho tre mo coi va tre khuyet tat theo kh 2509 khong", "2509/KH-UBND", /dinh duong/, "khuyet tat");
  givenWithPart("Theo KH 2509, Sở Y tế Gia Lai có phụ trách chăm sóc sức khỏe cho trẻ em khuyết tật không?", "2509/KH-UBND", /suc khoe/, "khuyet tat");
  givenWithPart("Is Gia Lai's health department in charge of nutrition for disabled children under plan 2509?", "2509/KH-UBND", /dinh duong/, "khuyet tat");
  givenWithPart("Theo QĐ 2041, Sở Y tế Đắk Lắk có phụ trách khám bệnh cho trẻ mồ côi không?", "2041/QĐ-UBND", /kham benh/, "mo coi");
  // A group the body's own line names ("trẻ khuyết tật") beside one the plan never writes.
  givenWithPart("QĐ 2041 có giao Sở Y tế Đắk Lắk lo cho trẻ khuyết tật và trẻ mồ côi không?", "2041/QĐ-UBND", /khuyet tat/, "mo coi");
  // A second harm the plan never writes beside one it gives the body (Huế's stored text is cut: it says so).
  givenWithPart("Sở Y tế Huế có chủ trì dinh dưỡng và phòng chống đuối nước cho trẻ theo KH 26 không?", "26/KH-UBND", /dinh duong/, "duoi nuoc");
  givenWithPart("Does Hue's plan 26 make the health department responsible for nutrition and for preventing drowning?", "26/KH-UBND", /dinh duong/, "duoi nuoc");
  // Vaccination in other English forms ("immunising", "vaccine") is the plans' "tiêm chủng".
  givenWithPart("Does plan 2509 make Gia Lai's health department responsible for immunising orphans and children with disabilities?", "2509/KH-UBND", /tiem chung/, "khuyet tat");
});

// Before: 4/5 (kept). The g26 class: a harm the plan never writes is all that is asked of the body, with or without a group beside
// it (one the plan writes, one it does not): the plan names no body for it; no line sharing a group or "phòng, chống" answers.
// The untoned "tao hon" asked of "Sở Giáo dục và Đào tạo" failed before: the body's name took "tao" from the harm, and the
// question was answered with Sở Y tế's line on children with disabilities. A harm is now found in the question as typed too.
describe("a harm the plan never writes, asked of a body with a group beside it: still not written", () => {
  judged([
    { q: "Sở Y tế Gia Lai có chủ trì phòng chống đuối nước cho trẻ mồ côi theo KH 2509 không?", type: "none" },
    { q: "Công an tỉnh Gia Lai có phụ trách phòng ngừa đuối nước cho trẻ em dân tộc thiểu số theo KH 2509 không?", type: "none" },
    { q: "Does plan 2509 put Gia Lai's culture department in charge of preventing drowning among orphans?", type: "none" },
    { q: "so giao duc hue co chu tri chong tao hon cho tre khuyet tat theo kh 26 khong", type: "none" },
  ]);
  it("says which word the plan does not write", () => {
    const a = shipped.qa.answer("Sở Y tế Gia Lai có chủ trì phòng chống đuối nước cho trẻ mồ côi theo KH 2509 không?");
    expect(norm(a.answer)).toMatch(/khong nhac den “duoi nuoc”/);
  });
});
