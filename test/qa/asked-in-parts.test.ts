/**
 * Questions asked from a body's side or in two parts: bodies written as initials ("BDT"), members of
 * the Front named under its heading, the programmes a body coordinates, "who signed" as a yes/no
 * question, and two questions in one sentence. Sentences written for these tests.
 */
import { describe, expect, it } from "vitest";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { createAgencyInitialsWriter } from "../../src/qa/agency-initials.ts";
import { pointedBack, secondQuestion } from "../../src/qa/two-part-questions.ts";
import { firstLead, quotesVerbatim, shippedAnswerer } from "./shipped-answerer.ts";

const { qa, plans } = shippedAnswerer();
const fold = (s: string) => s.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase();

describe("bodies written as initials", () => {
  const write = createAgencyInitialsWriter(loadRegistry().agencies);
  it("writes out the initials of one body's whole name", () => {
    expect(write("HLHPN tỉnh làm gì?")).toBe("Hội Liên hiệp Phụ nữ tỉnh làm gì?");
    expect(write("BDT Gia Lai")).toBe("Ban Dân tộc Gia Lai");
  });
  it("leaves unknown capitals, shared initials and document numbers alone", () => {
    expect(write("SNV tỉnh")).toBe("SNV tỉnh");
    expect(write("XYZW và 123/BDT-KH")).toBe("XYZW và 123/BDT-KH");
  });
  it("answers a question naming the body by its initials", () => {
    const a = qa.answer("BDT Gia Lai phải làm gì?");
    expect(a.agencies[0]?.name).toBe("Ban Dân tộc tỉnh");
    expect(quotesVerbatim(plans, a)).toBe(true);
  });
});

describe("a member of the Front", () => {
  it("quotes the heading that requests the Front and its member organisations", () => {
    const a = qa.answer("Hội Cựu chiến binh Đắk Lắk làm gì trong kế hoạch 2041?");
    expect(fold(a.answer)).toContain("mat tran to quoc");
    expect(quotesVerbatim(plans, a)).toBe(true);
  });
});

describe("the programmes a body sits in", () => {
  it("names each programme a department coordinates, with its lead", () => {
    const a = qa.answer("Sở Y tế Đắk Lắk là đơn vị phối hợp trong chương trình nào của kế hoạch 2041?");
    expect(fold(a.answer)).toContain("tu phap cho nguoi chua thanh nien");
    expect(a.agencies.some((x) => x.name === "Sở Tư pháp" && x.role === "lead")).toBe(true);
    expect(quotesVerbatim(plans, a)).toBe(true);
  });
  it("lists every body of a numbered programme when one of them is named", () => {
    const a = qa.answer("Cho tôi danh sách các cơ quan phối hợp với Sở Lao động - Thương binh và Xã hội trong Chương trình 5 của Đắk Lắk");
    expect(a.agencies.map((x) => x.name)).toEqual(expect.arrayContaining(["Sở Thông tin và Truyền thông", "Sở Y tế", "Cục Thống kê tỉnh"]));
    expect(firstLead(a)).toBe("Sở Lao động - Thương binh và Xã hội");
  });
});

describe("one body's part in each plan", () => {
  it("says per plan whether the body leads or is given a duty of its own", () => {
    const a = qa.answer("Which plans make the Department of Health lead and which only have it coordinate?");
    expect(a.citations.length).toBeGreaterThanOrEqual(3);
    expect(a.answer).toContain("Gia Lai");
    expect(a.answer).toContain("not named as lead");
    expect(quotesVerbatim(plans, a)).toBe(true);
  });
});

describe("who signed, asked as yes or no", () => {
  it("gives the signer rather than the recipients", () => {
    const a = qa.answer("quyet dinh 2041 dak lak co phai chu tich tinh ky khong");
    expect(a.intent).toBe("plan_details");
    expect(a.answer).toContain("H’ Yim Kđoh");
  });
});

describe("two questions in one", () => {
  it("splits only where a second question starts", () => {
    expect(secondQuestion("Huế muốn bao nhiêu phần trăm trẻ đi học, và sở nào lo việc này?")).toEqual({ first: "Huế muốn bao nhiêu phần trăm trẻ đi học", second: "sở nào lo việc này?" });
    expect(secondQuestion("Kế hoạch nào giao Sở Kế hoạch và Đầu tư chủ trì?")).toBeNull();
    expect(secondQuestion("Sở Lao động - Thương binh và Xã hội làm gì?")).toBeNull();
  });
  it("drops a sentence about the asker from the first part", () => {
    expect(secondQuestion("Tôi là cán bộ xã. Kế hoạch 2509 báo cáo khi nào và gửi cho ai?")?.first).toBe("Kế hoạch 2509 báo cáo khi nào");
  });
  it("reads 'việc đó' as the first part's words", () => {
    expect(pointedBack("sở nào chỉ đạo việc đó?", "tỷ lệ trẻ được khai sinh là bao nhiêu")).toBe("sở nào chỉ đạo tỷ lệ trẻ được khai sinh ?");
  });
  it("answers both parts, each from the plan", () => {
    const a = qa.answer("Kế hoạch 26 của Huế muốn bao nhiêu phần trăm trẻ được làm giấy khai sinh đúng hạn, và sở nào vận động người dân đăng ký khai sinh?");
    expect(a.answer).toContain("95%");
    expect(a.agencies.some((x) => x.name === "Sở Tư pháp")).toBe(true);
    expect(quotesVerbatim(plans, a)).toBe(true);
  });
});
