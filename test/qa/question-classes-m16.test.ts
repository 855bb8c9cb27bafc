/**
 * A second reading of Q40 (contact questions), each class in new words:
 * (1) "người đầu mối" asks the body the plan makes the focal point ("làm đầu mối"): answered from the plans, quoted;
 * (2) whom to contact, with a phone, about a child being harmed: answered from the plans (the hotline 111 they write), not "none";
 * (3) a task asked with a contact person in a second sentence: the task answered, and the plans said to name no contact person;
 * (4) "point of contact" / "focal point" asked of a plan, no email or phone: the body, as before;
 * (5) a hotline's services or a body's place in a plan's list: not a phone number or an address asked.
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { classSuite, quotesVerbatim } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("m16");
const ask = (q: string) => shipped.qa.answer(q);
const NONE_PERSON = /khong neu nguoi lien he|no contact person/;

describe("'người đầu mối' asks the body the plan makes the focal point", () => {
  it.each([
    "Theo kế hoạch 2509 Gia Lai, ai là người đầu mối tổng hợp hồ sơ khen thưởng?",
    "nguoi dau moi tong hop ho so khen thuong trong ke hoach 2509 la ai",
    "KH 2509 thì người đầu mối tổng hợp hồ sơ trình khen thưởng là ai vậy?",
  ])("%s", (q) => {
    const a = ask(q);
    expect(a.found, a.answer).toBe(true);
    expect(norm(a.answer)).not.toMatch(NONE_PERSON);
    expect(a.citations.some((c) => c.document === "2509/KH-UBND" && c.quote.includes("làm đầu mối tổng hợp hồ sơ trình khen thưởng")), a.answer).toBe(true);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });

  it.each(["Người đầu mối triển khai kế hoạch 2509 của Gia Lai là ai?", "nguoi dau moi trien khai ke hoach 2509 gia lai la ai"])("%s", (q) => {
    const a = ask(q);
    expect(a.found, a.answer).toBe(true);
    expect(norm(a.answer)).not.toMatch(NONE_PERSON);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });
});

describe("whom to contact about a child being harmed, with a phone: answered from the plans", () => {
  it.each([
    "Ở Tây Ninh, nếu thấy một em nhỏ bị đánh đập thì liên hệ với ai, gọi số điện thoại nào?",
    "Thấy trẻ em bị bạo hành thì liên hệ với ai, số điện thoại là gì?",
    "My neighbour's kid is being beaten, who should I contact and what is the phone number?",
  ])("%s", (q) => {
    const a = ask(q);
    expect(norm(a.answer), a.answer).not.toMatch(NONE_PERSON);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });

  judged([
    { q: "Tây Ninh: nếu trẻ bị xâm hại thì phải liên hệ với ai, số điện thoại nào?", type: "fact", expect_re: ["\\b111\\b"], doc: ["1979/KH-UBND"] },
  ]);
});

describe("a task and a contact person asked together: the task answered, the contact person said to be absent", () => {
  it.each([
    ["Kế hoạch 2509 giao Sở Y tế những việc gì? Cho mình xin người liên hệ với email luôn.", "Sở Y tế"],
    ["In plan 2509, what must the Department of Health do? And who is the contact person there?", "Sở Y tế"],
  ])("%s", (q, body) => {
    const a = ask(q);
    expect(a.found, a.answer).toBe(true);
    expect(a.agencies.some((x) => x.name === body), a.answer).toBe(true);
    expect(a.citations.some((c) => c.document === "2509/KH-UBND"), a.answer).toBe(true);
    expect(norm(a.answer)).toMatch(NONE_PERSON);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });
});

describe("'point of contact' or 'focal point' asked of a plan, no email or phone: the body", () => {
  it.each([
    "What body serves as the point of contact for Gia Lai's plan 2509?",
    "Who is the focal point for carrying out plan 2509?",
    "Which agencies are the points of contact for children's issues in Gia Lai?",
  ])("%s", (q) => {
    const a = ask(q);
    expect(a.found, a.answer).toBe(true);
    expect(norm(a.answer)).not.toMatch(NONE_PERSON);
    expect(a.agencies.length, a.answer).toBeGreaterThan(0);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });
});

describe("a hotline's services or a body's place in a plan: not a number or an address asked", () => {
  it.each([
    ["What kind of support does the hotline of the Department of Labour offer in Dak Lak?", /no phone number/],
    ["Where is the Department of Health located in the task list of plan 2509?", /no address/],
  ])("%s", (q, none) => {
    const a = ask(q);
    expect(norm(a.answer), a.answer).not.toMatch(none);
  });
});

describe("the part of a plan that gives out the work: bodies only requested are said to be requested", () => {
  it.each([
    ["Theo kế hoạch 2509 thì Hội Cựu chiến binh tỉnh Gia Lai phải làm những gì?", /giao viec cho: ([^;.]*)/, /de nghi: ([^.]*)/],
    ["Under Gia Lai's plan 2509, what must the provincial Veterans' Association do?", /gives work to: ([^;.]*)/, /requests?: ([^.]*)/],
  ])("%s", (q, givenRe, requestedRe) => {
    const a = ask(q);
    const text = norm(a.answer);
    const given = givenRe.exec(text)?.[1] ?? "";
    const requested = requestedRe.exec(text)?.[1] ?? "";
    expect(given, a.answer).toMatch(/so y te/);
    // "Đề nghị Ủy ban MTTQ Việt Nam tỉnh, Tỉnh Đoàn ...": asked, not given work.
    expect(given, a.answer).not.toMatch(/mat tran to quoc|tinh doan/);
    expect(requested, a.answer).toMatch(/mat tran to quoc/);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });
});
