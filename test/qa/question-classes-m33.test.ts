/**
 * Mender M33, after the second reader's findings on Q11 (scratch rd35): each finding's example and new sentences of our own.
 * (1) a successor line only for the old body's own work (lead/responsible), not for a body it merely coordinates with;
 * (2) a count asked with a bare "ask ... to <do>" counts every assigned body; only "ask to take part / join in" is the request;
 * (3) "which agencies does the plan ask to help build ..." asks who does that work, not the requested bodies;
 * (4) "ngoài việc tiếp nhận trẻ em ..." sets no inherited duty aside: "tiếp nhận" of children or files is the body's own work;
 * (5) "tiến hành", "ưu tiên" are no money: a count stays alone; "tiền" written, or "tien ... tu dau" without diacritics, asks it;
 * (6) a funding answer quotes only lines that name money, not the plan's period;
 * (7) a body split between heirs other than the labour department is not said to hand over "child-protection duties".
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { classSuite, quotesVerbatim } from "./shipped-answerer.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { withNamedSuccessorSaid } from "../../src/qa/todays-body.ts";
import type { Answer } from "../../src/qa/answer-types.ts";
import type { ParsedQuestion } from "../../src/qa/question-parser.ts";

const { shipped } = classSuite("m33");
const ask = (q: string) => shipped.qa.answer(q);

describe("the successor line only for work the old body was given", () => {
  it("does not say Huế's health department took over the planning department's task of putting children into the socio-economic plan", () => {
    const a = ask("Does Hue's Department of Health now have to put child-protection targets into the province's socio-economic plan?");
    const text = norm(a.answer);
    expect(text).not.toContain("took over");
    expect(text).toContain(norm("vào kế hoạch phát triển kinh tế-xã hội của tỉnh"));
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });

  it("says it neither when asked whether Health has taken over the children's goals in the development plan", () => {
    const text = norm(ask("Has the Department of Health in Huế taken over the job of putting children's goals into the socio-economic development plan?").answer);
    expect(text).not.toContain(norm("is now the Department of Health"));
  });

  it("still says Huế's finance department took over the planning department's own task", () => {
    const text = norm(ask("Sở Tài chính Huế nay có phải đưa các mục tiêu về trẻ em vào kế hoạch phát triển kinh tế - xã hội của tỉnh không?").answer);
    expect(text).toContain(norm("Sở Kế hoạch và Đầu tư (nay Sở Tài chính kế thừa)"));
  });
});

describe("a count with the plan asking bodies to do something", () => {
  it("counts Gia Lai's sixteen bodies asked to send a yearly report", () => {
    const text = norm(ask("How many agencies does Gia Lai's plan 2509 ask to send a yearly report?").answer);
    expect(text).toMatch(/\b16\b/);
    expect(text).not.toContain("requests (does not order)");
  });

  it("counts them too when asked how many bodies the plan asks to carry out its tasks", () => {
    const text = norm(ask("How many bodies does Gia Lai's plan 2509 ask to carry out its tasks?").answer);
    expect(text).toMatch(/\b16\b/);
  });

  it("still counts the three requested bodies when asked how many the plan asks to take part", () => {
    const a = ask("How many organisations does Gia Lai's plan 2509 ask to take part?");
    expect(norm(a.answer)).toContain("requests (does not order) 3");
    expect(a.agencies.every((x) => x.role === "requested")).toBe(true);
  });
});

describe("asking which bodies the plan asks to do a piece of work", () => {
  it("answers who builds Gia Lai's children's data, not the requested bodies", () => {
    const a = ask("Which agencies does Gia Lai's plan 2509 ask to help build the children's database?");
    expect(norm(a.answer)).not.toContain("requests (does not order)");
    expect(norm(a.answer)).toContain(norm("cập nhật, chuẩn hóa, làm sạch dữ liệu trẻ em"));
  });

  it("does not list the requested bodies for help to children with disabilities", () => {
    const a = ask("Which organisations does Gia Lai's plan 2509 ask to help children with disabilities?");
    expect(norm(a.answer)).not.toContain("requests (does not order)");
  });

  it("does not list them either for a contribution to the child data system", () => {
    const a = ask("Which bodies does Gia Lai's plan 2509 ask to contribute to the child data system?");
    expect(norm(a.answer)).not.toContain("requests (does not order)");
  });

  it("still lists the requested mass organisations when asked which the plan asks to take part", () => {
    const a = ask("Which mass organisations does Gia Lai's plan 2509 ask to take part?");
    expect(norm(a.answer)).toContain("requests (does not order)");
  });
});

describe("receiving children or files is the body's own work, not an inherited duty set aside", () => {
  it("gives Gia Lai's health department its own items and those it took over, asked 'bây giờ'", () => {
    const a = ask("Bây giờ Sở Y tế Gia Lai phải làm gì, ngoài việc tiếp nhận trẻ em bị xâm hại vào bệnh viện?");
    const text = norm(a.answer);
    expect(text).toContain(norm("mục IV.3, Sở Y tế chịu trách nhiệm"));
    expect(text).toContain(norm("Sở Y tế kế thừa nhiệm vụ về trẻ em của Sở Lao động - Thương binh và Xã hội"));
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });

  it("keeps the inherited duties when the files it receives are set aside", () => {
    const text = norm(ask("Ngoài việc tiếp nhận hồ sơ trẻ em, Sở Y tế Gia Lai hiện nay còn phải làm những gì?").answer);
    expect(text).toContain(norm("kế thừa nhiệm vụ về trẻ em"));
  });

  it("still sets the duties received from the labour department aside", () => {
    const a = ask("Sở Y tế Gia Lai tự làm gì theo KH 2509, ngoài việc tiếp nhận nhiệm vụ từ Sở LĐTBXH?");
    expect(norm(a.answer)).not.toContain("ke thua nhiem vu");
    expect(a.agencies.every((x) => x.name === "Sở Y tế")).toBe(true);
  });
});

describe("money asked beside a count, read from the words written", () => {
  it("adds no budget when each programme's place is asked ('tiến hành ở đâu')", () => {
    const text = norm(ask("Kế hoạch 2041 có mấy chương trình và mỗi chương trình tiến hành ở đâu?").answer);
    expect(text).toContain("5 chuong trinh");
    expect(text).not.toContain("6,970");
  });

  it("adds none when the priority programme is asked ('ưu tiên')", () => {
    const text = norm(ask("Kế hoạch 2041 có bao nhiêu chương trình, chương trình nào được ưu tiên?").answer);
    expect(text).not.toContain("6,970");
  });

  it("adds the total when 'tiền' is written", () => {
    const text = norm(ask("Kế hoạch 2041 có mấy chương trình, tổng số tiền là bao nhiêu?").answer);
    expect(text).toContain("5 chuong trinh");
    expect(text).toContain("6,970");
  });

  it("adds the sources when asked without diacritics 'tien lay tu dau'", () => {
    const text = norm(ask("Ke hoach 2041 co may chuong trinh, tien lay tu dau?").answer);
    expect(text).toContain(norm("Kinh phí thực hiện chương trình được huy động từ các nguồn"));
  });
});

describe("funding sources quote only lines naming money", () => {
  it("does not give Đắk Lắk 2130's period as a funding source", () => {
    const a = ask("Kế hoạch 2130 có bao nhiêu nhiệm vụ, kinh phí từ những nguồn nào?");
    const text = norm(a.answer);
    expect(text).toContain("4 nhiem vu");
    expect(text).toContain(norm("các nguồn tài trợ, viện trợ"));
    expect(text).not.toContain(norm("triển khai thực hiện trong giai đoạn 2014 - 2020"));
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });

  it("nor when the money is asked as 'tiền lấy từ đâu'", () => {
    const text = norm(ask("Quyết định 2130 có mấy nhiệm vụ và tiền lấy từ đâu?").answer);
    expect(text).toContain(norm("viện trợ"));
    expect(text).not.toContain(norm("giai đoạn 2014 - 2020"));
  });

  it("keeps both of Tây Ninh's numbered sources", () => {
    const text = norm(ask("Tây Ninh KH 1979 có bao nhiêu nội dung, kinh phí lấy từ nguồn nào?").answer);
    expect(text).toContain("ngan sach nha nuoc");
    expect(text).toContain("nguon xa hoi hoa");
  });
});

describe("a body split between heirs other than the labour department", () => {
  const answered = (language: "vi" | "en"): Answer => {
    const registry = loadRegistry();
    const plan = shipped.plans.find((p) => p.documentNumber.startsWith("2041/"))!;
    const item = plan.assignments.find((x) => x.agencyId === "so-tttt" && (x.role === "lead" || x.role === "responsible"))!;
    return withNamedSuccessorSaid(
    { agencies: [registry.agency("so-khcn")!], language } as unknown as ParsedQuestion,
    { found: true, answer: `“${item.quote}”`, agencies: [], citations: [{ document: plan.documentNumber, province: "Đắk Lắk", section: item.sectionPath, quote: item.quote }], intent: "target", language, notes: [] } as unknown as Answer,
    shipped.plans, registry as never);
  };

  it("says the science department took over part of the information department's duties, as its note says", () => {
    const text = norm(answered("vi").answer.split("\n")[0]!);
    expect(text).toContain(norm("Sở Khoa học và Công nghệ nhận một phần nhiệm vụ của Sở Thông tin và Truyền thông"));
    expect(text).toContain(norm("báo chí, xuất bản chuyển về Sở Văn hóa"));
    expect(text).not.toContain(norm("trẻ em"));
  });

  it("in English too, without 'child-protection duties'", () => {
    const text = norm(answered("en").answer.split("\n")[0]!);
    expect(text).toContain("took over part of the duties");
    expect(text).not.toContain("child-protection");
  });

  it("still says the children's part of the labour department's duties", () => {
    const text = norm(ask("Sở Y tế Huế hiện giờ có phải làm luôn việc báo cáo Chủ tịch UBND tỉnh về tình hình thực hiện Kế hoạch 26 không?").answer);
    expect(text).toContain(norm("Sở Y tế nhận nhiệm vụ về trẻ em của Sở Lao động - Thương binh và Xã hội"));
  });
});
