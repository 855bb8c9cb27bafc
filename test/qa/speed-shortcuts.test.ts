/**
 * The shortcuts that keep answering fast (a pattern not run when the text cannot hold what it looks for, a result kept per
 * plan text or per body) change no answer: folding gives what its definition gives, chat short forms are still written out,
 * the numbers a quote cites are found as before, and a question gets the same answer first or after others about its body.
 */
import { describe, expect, it } from "vitest";
import { canonicalVietnamese, foldVietnamese } from "../../src/core/vietnamese-text.ts";
import { askedDocumentKinds, numbersIn } from "../../src/qa/document-numbers.ts";
import { createShortFormWriter } from "../../src/qa/written-short-forms.ts";
import { contentTerms } from "../../src/qa/question-parser.ts";
import { createQuestionAnswerer } from "../../src/qa/question-answerer.ts";
import { loadShippedPlans } from "../../src/kb/knowledge-base.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";

// The folds as the module documents them, written the slow way.
const foldByDefinition = (t: string): string => t.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/[đĐ]/g, "d").toLowerCase()
  .replace(/[\u2010-\u2015\u2212]/g, "-").replace(/\s+/g, " ").trim();
const canonicalByDefinition = (t: string): string => t.normalize("NFC").toLowerCase()
  .replace(/òa/g, "oà").replace(/óa/g, "oá").replace(/ỏa/g, "oả").replace(/õa/g, "oã").replace(/ọa/g, "oạ")
  .replace(/òe/g, "oè").replace(/óe/g, "oé").replace(/ỏe/g, "oẻ").replace(/õe/g, "oẽ").replace(/ọe/g, "oẹ")
  .replace(/ùy/g, "uỳ").replace(/úy/g, "uý").replace(/ủy/g, "uỷ").replace(/ũy/g, "uỹ").replace(/ụy/g, "uỵ")
  .replace(/[\u2010-\u2015\u2212]/g, "-").replace(/[\u2018\u2019\u201a\u201b]/g, "'").replace(/[\u201c\u201d\u201e\u201f]/g, '"')
  .replace(/\s+/g, " ").trim();

const TEXTS = [
  "", " ", "so lao dong", "  Sở Lao động –  TBXH\t", "Ủy ban nhân dân tỉnh Thừa Thiên Huế\n\nKế hoạch 26/KH-UBND ", "UBND\u00a0tỉnh",
  "“Kế hoạch” — số 26 ‘KH’ ‚x‛ „y‟", "Hòa  Bình, thủy  lợi", "already folded words", "A\tB\r\nC", "đường dây nóng 111 − miễn phí",
  "tab\tonly", "x\u2028y", "NGUYỄN   VĂN A ", "Đắk Lắk -- Gia Lai",
];

describe("text folding shortcuts", () => {
  it("fold every text as the definition does, spaces and marks included", () => {
    for (const t of TEXTS) expect(foldVietnamese(t), JSON.stringify(t)).toBe(foldByDefinition(t));
  });

  it("write every text in the canonical form the definition gives", () => {
    for (const t of TEXTS) expect(canonicalVietnamese(t), JSON.stringify(t)).toBe(canonicalByDefinition(t));
  });
});

describe("names typed plain", () => {
  it("find the same bodies as the names written with their marks", () => {
    const registry = loadRegistry();
    const ids = (t: string) => registry.findAgencies(t).map((h) => h.agency.id);
    const pairs: Array<[string, string]> = [
      ["so lao dong - thuong binh va xa hoi gia lai", "Sở Lao động - Thương binh và Xã hội Gia Lai"],
      ["so gd&dt va cong an tinh", "Sở GD&ĐT và Công an tỉnh"],
      ["ubnd cac huyen, hoi lien hiep phu nu", "UBND các huyện, Hội Liên hiệp Phụ nữ"],
    ];
    for (const [plain, marked] of pairs) {
      expect(ids(plain).length, plain).toBeGreaterThan(0);
      expect(ids(plain), plain).toEqual(ids(marked));
    }
  });
});

describe("numbers a quote cites", () => {
  const quote = "Căn cứ Quyết định số 2130/QĐ-UBND và Đề án số 938; thực hiện Chỉ thị số 28-CT/TW.";
  it("are found for every kind, kind by kind, and for the kinds asked only", () => {
    const all = numbersIn(quote, []).map((x) => `${x.kind.folded}:${x.number}`);
    expect(all).toEqual(["de an:938", "quyet dinh:2130/QĐ-UBND", "chi thi:28-CT/TW"]);
    expect(numbersIn(quote, ["chi thi", "de an"]).map((x) => x.number)).toEqual(["938", "28-CT/TW"]);
    expect(numbersIn(quote, ["cong van"])).toEqual([]);
    // A caller may keep what it is given: asking again gives a list of its own.
    const first = numbersIn(quote, []);
    first.length = 0;
    expect(numbersIn(quote, [])).toHaveLength(3);
  });
});

describe("answers on the shipped plans", () => {
  const registry = loadRegistry();
  const { plans } = loadShippedPlans(registry);
  const answerer = () => createQuestionAnswerer({ plans, registry, today: "2026-11-23" });

  it("read chat short forms as the words they stand for", () => {
    const qa = answerer();
    const pairs: Array<[string, string]> = [
      ["nop bc 6 th o Gia Lai truoc ngay nao?", "nop bao cao 6 thang o Gia Lai truoc ngay nao?"],
      ["kh bv tre em cua Tay Ninh giao ai lam dau moi?", "kế hoạch bảo vệ tre em cua Tay Ninh giao ai lam dau moi?"],
      ["Ai xây dựng csdl về bảo vệ, cs te ở Gia Lai?", "Ai xây dựng cơ sở dữ liệu về bảo vệ, chăm sóc trẻ em ở Gia Lai?"],
    ];
    for (const [short, full] of pairs) expect(JSON.stringify(qa.answer(short).answer), short).toBe(JSON.stringify(qa.answer(full).answer));
  });

  it("give a body's mentions the same first and after other questions about it", () => {
    const questions = [
      "Kế hoạch của Gia Lai nhắc đến Báo Gia Lai ở đâu?",
      "Sở Thông tin và Truyền thông Đắk Lắk có nhiệm vụ gì?",
      "Đài Phát thanh - Truyền hình tỉnh Gia Lai được giao những gì?",
      "Which plans mention the provincial Women's Union in Tay Ninh?",
    ];
    const fresh = questions.map((q) => JSON.stringify(answerer().answer(q)));
    const one = answerer();
    const afterOthers = [...questions].reverse().map((q) => JSON.stringify(one.answer(q))).reverse();
    expect(afterOthers).toEqual(fresh);
    expect(fresh.some((a) => JSON.parse(a).found)).toBe(true);
  });
});

describe("work skipped when a question cannot need it (issue 14)", () => {
  const registry = loadRegistry();
  const { plans } = loadShippedPlans(registry);
  const answerer = () => createQuestionAnswerer({ plans, registry, today: "2026-11-23" });

  it("still corrects a wrong hotline number and still names the plan's own", () => {
    // A number the plan does not give is corrected with the one it gives; asked plainly, the number is given.
    const wrong = answerer().answer("Tay Ninh's plan 1979 tells people to report abuse to hotline 18001567, right?");
    expect(wrong.found).toBe(true);
    expect(wrong.answer).toContain("111");
    expect(wrong.answer).toContain("18001567");
    const plain = answerer().answer("Kế hoạch 1979 của Tây Ninh ghi tổng đài số mấy để báo tin trẻ em bị xâm hại?");
    expect(plain.answer).toContain("111");
  });

  it("answer a time-limit question the same whether or not another time-limit question came just before", () => {
    // The check of "is a span of time asked" keeps the last question's result: a different question must not reuse it.
    const questions = [
      "Tin báo qua tổng đài 111 ở Tây Ninh phải xử lý trong vòng mấy giờ?",
      "Sở Y tế Đắk Lắk có nhiệm vụ gì?",
      "How many days does Gia Lai give districts to send their yearly report?",
      "Gia Lai: các sở báo cáo kết quả bao lâu một lần?",
    ];
    const fresh = questions.map((q) => JSON.stringify(answerer().answer(q)));
    const one = answerer();
    const inTurn = questions.map((q) => JSON.stringify(one.answer(q)));
    const twice = questions.flatMap((q) => [one.answer(q), one.answer(q)]).map((a) => JSON.stringify(a));
    expect(inTurn).toEqual(fresh);
    expect(twice).toEqual(fresh.flatMap((a) => [a, a]));
    // The plan gives no time limit for handling a report: said so, whichever question came before; a duty question never says it.
    const limitSaid = /không nêu thời hạn/;
    for (const order of [[0, 1], [1, 0]]) {
      const qa = answerer();
      const [a, b] = order.map((i) => qa.answer(questions[i]!));
      const [limit, duty] = order[0] === 0 ? [a!, b!] : [b!, a!];
      expect(limit.answer).toMatch(limitSaid);
      expect(duty.answer).not.toMatch(limitSaid);
    }
  });

  it("read a plan named by its subject or by the decision issuing it as that plan, not as the topic", () => {
    const qa = answerer();
    // Named by the decision that issues it: the body's duties in that plan (Đắk Lắk's), cited from it.
    const issued = qa.answer("Theo kế hoạch ban hành kèm theo Quyết định 2041, Sở Y tế làm gì?");
    expect(issued.found).toBe(true);
    expect(issued.citations.length).toBeGreaterThan(0);
    expect(issued.citations.every((c) => c.document === "2041/QĐ-UBND")).toBe(true);
    // No plan word and no number: the same duty question without the naming still finds the body's duties somewhere.
    const unnamed = qa.answer("Sở Y tế Đắk Lắk làm gì cho trẻ em?");
    expect(unnamed.found).toBe(true);
  });
});

describe("a question's content words", () => {
  it("lose a name only where the question writes it whole, longest name first, and the question's own wording", () => {
    expect(contentTerms("ai chu tri phong chong duoi nuoc o gia lai", ["gia lai"], "vi")).toEqual(["phong", "chong", "duoi", "nuoc"]);
    // The words of "gia lai" in another order are no mention of the province: they stay.
    expect(contentTerms("lai gia chu tri phong chong duoi nuoc", ["gia lai"], "vi")).toEqual(["lai", "gia", "phong", "chong", "duoi", "nuoc"]);
    // The body named with its province goes whole, before the province alone could split it.
    expect(contentTerms("so y te gia lai phoi hop voi ai", ["so y te gia lai", "gia lai"], "vi")).toEqual([]);
    // A shorter phrase taken out later does not bring the words of a longer one together for it.
    expect(contentTerms("x gia x lai", ["gia lai", "x"], "vi")).toEqual(["gia", "x", "lai"]);
  });
});

describe("the passages naming a body, kept per body and per index", () => {
  const registry = loadRegistry();
  const { plans } = loadShippedPlans(registry);

  it("are those of the answerer asked, when another answerer over the plans in another order was asked first", () => {
    // The same plans in another order give every passage another number: what one index learnt must not answer for the other.
    const question = "Tỉnh ủy Gia Lai ban hành kế hoạch nào mà Kế hoạch 2509 thực hiện?";
    for (const order of [[...plans].reverse(), plans, [...plans].reverse()]) {
      const qa = createQuestionAnswerer({ plans: order, registry, today: "2026-11-23" });
      const a = qa.answer(question);
      expect(a.found).toBe(true);
      expect(a.citations.length).toBeGreaterThan(0);
      for (const c of a.citations) expect(foldVietnamese(c.quote), c.quote).toContain("tinh uy");
      // Asked again, the passages are read from what was kept: the same answer.
      expect(qa.answer(question)).toEqual(a);
    }
  });
});

describe("wordings looked for only in texts that can hold them (issue 14, fifth pass)", () => {
  const registry = loadRegistry();
  const { plans } = loadShippedPlans(registry);

  it("find which document's number is asked, typed in capitals or with its marks decomposed", () => {
    const kinds = (q: string) => askedDocumentKinds(q, foldVietnamese(q));
    expect(kinds("QĐ 2130 ban hành theo tờ trình số mấy?")).toEqual(["to trinh"]);
    expect(kinds("QĐ 2130 BAN HÀNH THEO TỜ TRÌNH SỐ MẤY?")).toEqual(["to trinh"]);
    expect(kinds("QĐ 2130 ban hành theo tờ trình số mấy?".normalize("NFD"))).toEqual(["to trinh"]);
    expect(kinds("Sở Y tế Gia Lai có nhiệm vụ gì?")).toBeNull();
  });

  it("write out central question words in capitals too, and leave words that only hold their letters", () => {
    const write = createShortFormWriter(registry.provinces);
    expect(write("SỞ MÔ LO VIỆC NÀY?")).toBe("SỞ nào LO VIỆC NÀY?");
    expect(write("Sở mô lo việc ni rứa?")).toBe("Sở nào lo việc này vậy?");
    expect(write("Kế hoạch NI giao thanh niên chính làm chi")).toBe("Kế hoạch này giao thanh niên chính làm gì");
    expect(write("Thanh niên tham gia chi tiêu chính")).toBe("Thanh niên tham gia chi tiêu chính");
  });

  it("read a long message from its asking words on, however they are typed", () => {
    const qa = createQuestionAnswerer({ plans, registry, today: "2026-11-23" });
    const intro = "Chào anh chị, em là cán bộ mới về nhận việc ở Gia Lai, đang soạn báo cáo cho phòng nên";
    const asked = JSON.stringify(qa.answer("Sở Tư pháp có nhiệm vụ gì về nuôi con nuôi (Gia Lai)?"));
    for (const words of ["muốn hỏi:", "MUỐN HỎI:", "muon hoi:", "cho em hỏi:", "xin hỏi,"]) {
      expect(JSON.stringify(qa.answer(`${intro} ${words} Sở Tư pháp có nhiệm vụ gì về nuôi con nuôi?`)), words).toBe(asked);
    }
  });
});

describe("the document numbers a plan's lines write, read once per plan", () => {
  const registry = loadRegistry();
  const { plans } = loadShippedPlans(registry);

  it("answer which document of a kind a plan carries out from that plan's own lines, whichever plan was asked about first", () => {
    const notice = "Kế hoạch 1979 thực hiện thông báo nào của Văn phòng Chính phủ?";
    const resolution = "QĐ 2041 thực hiện nghị quyết nào của HĐND?";
    const fresh = (q: string) => createQuestionAnswerer({ plans, registry, today: "2026-11-23" }).answer(q);
    expect(fresh(notice).answer).toContain("324/TB-VPCP");
    expect(fresh(resolution).answer).toContain("105/2013/NQ-HĐND");
    for (const order of [[notice, resolution], [resolution, notice]]) {
      const qa = createQuestionAnswerer({ plans, registry, today: "2026-11-23" });
      for (const q of order) expect(qa.answer(q), q).toEqual(fresh(q));
    }
  });
});
