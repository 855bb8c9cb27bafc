/**
 * Which passage answers a fact question: the one holding what is asked (a number, a place, a
 * date, a share), a passage per part of a two-part question, the body under a heading, the rest
 * of a list, the plan whose period the question names; and no answer when no passage holds the
 * measure asked. Every quote stays verbatim.
 */
import { describe, expect, it } from "vitest";
import { foldVietnamese } from "../../src/core/vietnamese-text.ts";
import { quotesVerbatim, shippedAnswerer } from "./shipped-answerer.ts";

const { qa, plans } = shippedAnswerer();
const norm = (s: string) => foldVietnamese(s).toLowerCase().replace(/\s+/g, " ");
const ask = (q: string) => {
  const a = qa.answer(q);
  expect(quotesVerbatim(plans, a)).toBe(true);
  return { ...a, text: norm(a.answer), docs: a.citations.map((c) => c.document) };
};

describe("a fact question is answered by the passage holding what it asks", () => {
  it("a number of people: the sentence that states the number, not the target sharing more words", () => {
    const a = ask("Đắk Lắk tập huấn cho bao nhiêu cán bộ phụ trách trẻ em cấp xã?");
    expect(a.found).toBe(true);
    expect(a.text).toContain("184 can bo");
  });

  it("a place: the sentence naming where, after “tại”", () => {
    const a = ask("Văn phòng tư vấn trẻ em cấp huyện mới của Đắk Lắk được mở ở đâu?");
    expect(a.text).toMatch(/krong ana/);
    expect(a.text).toMatch(/cu kuin/);
  });

  it("a date: the sentence giving the date of the decision the plan implements", () => {
    const a = ask("Quyết định 1506/QĐ-LĐTBXH mà Tây Ninh thực hiện được ban hành ngày nào?");
    expect(a.text).toContain("31/10/2018");
    expect(a.docs).toContain("1979/KH-UBND");
  });

  it("a share: the target line with the percentage, for each province compared", () => {
    const a = ask("So sánh chỉ tiêu xã, phường, thị trấn phù hợp với trẻ em giữa Đắk Lắk và Thừa Thiên Huế");
    expect(a.text).toMatch(/80%/);
    expect(a.text).toMatch(/95%/);
  });

  it("a measure no plan states (hours) is not answered with a loosely related sentence", () => {
    const a = ask("Theo kế hoạch, sau bao nhiêu giờ phải can thiệp khẩn cấp khi trẻ em bị xâm hại?");
    expect(a.found).toBe(false);
  });
});

describe("questions in several parts, headings and lists", () => {
  it("two targets asked together: a passage for each", () => {
    const a = ask("What are Hue's 2016 targets for health insurance cards for under-6s and for full vaccination of under-1s?");
    expect(a.text).toMatch(/100%/);
    expect(a.text).toMatch(/95%/);
  });

  it("a heading alone is not the answer: the line under it is", () => {
    const a = ask("Mục tiêu tổng quát của kế hoạch 26 Thừa Thiên Huế là gì?");
    expect(a.text).toContain("quyen co ban");
  });

  it("a list split by semicolons is given whole", () => {
    const a = ask("Gia Lai yêu cầu đẩy mạnh những chương trình, chiến lược quốc gia nào về trẻ em?");
    for (const w of ["dinh duong", "tai nan", "tu vong", "lao dong", "tam than"]) expect(a.text).toContain(w);
  });

  it("which programme a thing belongs to: the programme's title", () => {
    const a = ask("Hội thi tuyên truyền viên giỏi cấp xã nằm trong chương trình nào của Đắk Lắk?");
    expect(a.text).toContain("nang cao nang luc");
  });
});

describe("which plan and who", () => {
  it("a period named picks that plan of the province", () => {
    const a = ask("Dak Lak's 2016-2020 target for timely intervention for children at risk?");
    expect(a.docs).toContain("2041/QĐ-UBND");
    expect(a.docs).not.toContain("2130/QĐ-UBND");
    expect(a.text).toMatch(/80%/);
  });

  it("who must execute the decision: the article naming the office holders, whole", () => {
    const a = ask("Ai chịu trách nhiệm thi hành Quyết định 2041?");
    expect(a.text).toContain("chanh van phong");
    expect(a.text).toMatch(/chu tich ubnd/);
  });

  it("the provincial council named through its resolution's number", () => {
    const a = ask("Kế hoạch 2041 nhắc đến HĐND tỉnh ở đâu?");
    expect(a.text).toContain("105/2013/nq-hdnd");
  });

  it("a body the plans report through, after “thông qua”", () => {
    const a = qa.answer("Under plan 2130, reports to the provincial People's Committee go through which department?");
    expect(a.agencies.find((x) => x.role === "lead" || x.role === "responsible")?.name).toBe("Sở Lao động - Thương binh và Xã hội");
  });
});
