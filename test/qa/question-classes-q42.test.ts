/**
 * Q42, five classes of officials' questions, each written from the plans before the code changed:
 * 1. A group of local bodies the plan names in its own words ("Ủy ban nhân dân các huyện, thị xã, thành phố", "UBND các huyện,
 *    thị xã và thành phố Huế") is shown with those words beside the registry's name ("Ủy ban nhân dân cấp huyện"), which stays
 *    first: an official checking the answer against the plan finds the plan's words. Provincial departments keep their name alone.
 * 2. Something no plan states (a fine's amount, a salary, an allowance) is "not in the plans" (found:false), with at most the
 *    closest passage as context; a plan that does speak of handling violations ("xử lý vi phạm hành chính") is still answered from.
 * 3. A clause cut from one body's item whose subject is another body ("...; Đài Phát thanh – Truyền hình tỉnh đẩy mạnh ...")
 *    belongs to that body, not to the item's.
 * 4. Gia Lai 2509: protecting children online is the information department's line (mạng xã hội, không gian mạng), not the
 *    districts'.
 * 5. A question about how the 111 line works for the caller (its language, cost, hours) is answered with what the line is; no
 *    plan says, and no plan line is quoted as if it did.
 */
import { describe, expect, it } from "vitest";
import { askedValue } from "../../src/qa/answer-check.ts";
import { foldOnce } from "../../src/qa/answer-composer.ts";
import { classSuite, firstLead } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("q42");

describe("1. a group of local bodies shown in the plan's own words", () => {
  judged([
    { q: "Theo KH 2509 Gia Lai, ai phải bố trí quỹ đất xây dựng điểm vui chơi cho trẻ em?", type: "lead", expect: ["Ủy ban nhân dân các huyện, thị xã, thành phố"], doc: ["2509/KH-UBND"] },
    { q: "gia lai: don vi nao ban hanh ke hoach trien khai phu hop dieu kien thuc te dia phuong?", type: "lead", expect: ["Ủy ban nhân dân các huyện, thị xã, thành phố"], doc: ["2509/KH-UBND"] },
    { q: "In Gia Lai, who must allocate land for children's play areas?", type: "lead", expect: ["các huyện, thị xã, thành phố"], doc: ["2509/KH-UBND"] },
    { q: "QĐ 2041 Đắk Lắk: ai tổ chức triển khai chương trình tại địa phương theo hướng dẫn của Sở Lao động?", type: "lead", expect: ["Ủy ban nhân dân các huyện"], doc: ["2041/QĐ-UBND"] },
    { q: "Hue 2016: which body must draw up its own 2016 child protection plan for its locality?", type: "lead", expect: ["UBND các huyện, thị xã và thành phố Huế"], doc: ["26/KH-UBND"] },
    { q: "KH 26 Huế: đơn vị nào tổ chức đánh giá, công nhận xã, phường phù hợp với trẻ em?", type: "lead", expect: ["UBND các huyện"], doc: ["26/KH-UBND"] },
  ]);

  it("keeps the registry's name first and says the plan's words in the answer's text", () => {
    const a = shipped.qa.answer("Theo KH 2509 Gia Lai, ai phải bố trí quỹ đất xây dựng điểm vui chơi cho trẻ em?");
    expect(firstLead(a)).toMatch(/^Ủy ban nhân dân cấp huyện \(Ủy ban nhân dân các huyện, thị xã, thành phố\)/);
    expect(a.answer).toContain("Ủy ban nhân dân các huyện, thị xã, thành phố");
    const en = shipped.qa.answer("In Gia Lai, who must allocate land for children's play areas?");
    expect(en.answer).toContain("District People's Committees");
  });

  it("leaves a provincial department's name alone", () => {
    const a = shipped.qa.answer("Theo KH 2509 Gia Lai, sở nào tham mưu bố trí kinh phí thực hiện kế hoạch?");
    expect(firstLead(a)).toBe("Sở Tài chính");
    const b = shipped.qa.answer("Ở Gia Lai, cơ quan nào chủ trì công tác bảo vệ trẻ em?");
    expect(firstLead(b)).toBe("Sở Lao động - Thương binh và Xã hội");
  });
});

describe("2. fines, salaries and allowances: not in the plans", () => {
  judged([
    { q: "Cán bộ xã giấu vụ trẻ bị xâm hại thì bị phạt bao nhiêu tiền?", type: "none" },
    { q: "Theo các kế hoạch, hiệu trưởng để xảy ra bạo lực học đường bị phạt bao nhiêu?", type: "none" },
    { q: "muc luong cua cong tac vien bao ve tre em o xa la bao nhieu", type: "none" },
    { q: "Phụ cấp hằng tháng cho cộng tác viên trẻ em ở thôn, làng theo kế hoạch Gia Lai là bao nhiêu?", type: "none" },
    { q: "How much is the fine for a school that hides a case of child abuse under the Dak Lak plan?", type: "none" },
    { q: "What salary do child protection collaborators in Tay Ninh receive?", type: "none" },
    { q: "nguoi dan khong trinh bao tre bi bao hanh thi bi phat bao nhieu tien", type: "none" },
    { q: "What allowance does a commune child protection worker get each month in Hue?", type: "none" },
    // A plan that speaks of handling violations is still answered from.
    { q: "Kế hoạch Gia Lai giao ai xử lý vi phạm hành chính đối với trẻ em vi phạm pháp luật?", type: "lead", expect: ["Công an tỉnh"], doc: ["2509/KH-UBND"] },
    { q: "Who deals with administrative violations by children in Gia Lai?", type: "lead", expect: ["Công an tỉnh"], doc: ["2509/KH-UBND"] },
    { q: "QĐ 2041 nói gì về xử lý các hành vi vi phạm quyền trẻ em?", type: "fact", expect_all: ["vi phạm quyền trẻ em"], doc: ["2041/QĐ-UBND"] },
  ]);

  it("shows at most the closest passage, said to be context only", () => {
    const a = shipped.qa.answer("Cán bộ xã giấu vụ trẻ bị xâm hại thì bị phạt bao nhiêu tiền?");
    expect(a.found).toBe(false);
    expect(a.citations.length).toBeLessThanOrEqual(1);
    expect(a.answer).not.toMatch(/nguồn kinh phí|Kinh phí thực hiện/);
  });
});

describe("3. a clause whose subject is another body belongs to that body", () => {
  const RADIO_CLAUSE = "Đài Phát thanh – Truyền hình tỉnh đẩy mạnh các hoạt động truyền thông về bảo vệ trẻ em";

  it.each([
    "Đắk Lắk QĐ 2041: Sở Lao động - Thương binh và Xã hội có nhiệm vụ gì?",
    "dak lak 2041 so lao dong thuong binh xa hoi phai lam nhung gi",
    "Under Dak Lak decision 2041, what are the duties of the Department of Labour, Invalids and Social Affairs? List them all",
    "QĐ 2041: liệt kê tất cả nhiệm vụ của Sở LĐTBXH",
  ])("%s: the radio station's clause is not the labour department's", (q) => {
    const a = shipped.qa.answer(q);
    expect(a.found).toBe(true);
    const labourLines = a.answer.split("\n").filter((l) => /Sở Lao động - Thương binh và Xã hội[^“]*(chịu trách nhiệm|is responsible)/.test(l));
    expect(labourLines.length).toBeGreaterThan(0);
    for (const l of labourLines) expect(l).not.toContain(RADIO_CLAUSE);
  });

  judged([
    { q: "Theo QĐ 2041 Đắk Lắk, ai đẩy mạnh các hoạt động truyền thông về bảo vệ trẻ em?", type: "lead", expect: ["Đài Phát thanh"], doc: ["2041/QĐ-UBND"] },
    { q: "Dak Lak 2041: which body steps up communication activities on child protection?", type: "lead", expect: ["Đài Phát thanh"], doc: ["2041/QĐ-UBND"] },
  ]);

  it("the part giving out the work lists the radio station where its own item stands", () => {
    const a = shipped.qa.answer("Theo QĐ 2041 Đắk Lắk, Bộ Chỉ huy Quân sự tỉnh có nhiệm vụ gì?");
    const list = a.answer.split("\n").find((l) => l.includes("giao việc cho:")) ?? "";
    expect(list).toContain("Đài Phát thanh");
    expect(list.indexOf("Sở Ngoại vụ")).toBeLessThan(list.indexOf("Đài Phát thanh"));
  });

  it("the radio station's duties under 2041 include its own item", () => {
    const a = shipped.qa.answer("Đài Phát thanh - Truyền hình tỉnh Đắk Lắk có nhiệm vụ gì theo QĐ 2041?");
    expect(a.answer).toContain("Tăng thời lượng phát sóng");
    expect(firstLead(a)).toMatch(/^Đài Phát thanh/);
  });
});

describe("4. Gia Lai: children online are the information department's", () => {
  const INFO = ["Thông tin và Truyền thông"];
  judged([
    { q: "Ở Gia Lai cơ quan nào chủ trì bảo vệ trẻ em trên môi trường mạng?", type: "lead", expect: INFO, doc: ["2509/KH-UBND"] },
    { q: "gia lai ai lo bao ve tre em tren khong gian mang", type: "lead", expect: INFO, doc: ["2509/KH-UBND"] },
    { q: "Which agency protects children online in Gia Lai?", type: "lead", expect: INFO, doc: ["2509/KH-UBND"] },
    { q: "Gia Lai: sở nào theo dõi thông tin trên mạng xã hội liên quan đến trẻ em?", type: "lead", expect: INFO, doc: ["2509/KH-UBND"] },
    { q: "Who deals with harmful content about children on social media in Gia Lai?", type: "lead", expect: INFO, doc: ["2509/KH-UBND"] },
    { q: "KH 2509: cơ quan nào bảo vệ trẻ em trên internet?", type: "lead", expect: INFO, doc: ["2509/KH-UBND"] },
  ]);

  // The labour department, which the plan directs, and the Youth Union, which it only requests, are given the same words on
  // communication about children's rights: the directed body answers first.
  judged([
    { q: "Gia Lai: cơ quan nào triển khai các hoạt động truyền thông về quyền trẻ em?", type: "lead", expect: ["Lao động"], doc: ["2509/KH-UBND"] },
    { q: "Who runs communication activities on children's rights in Gia Lai?", type: "lead", expect: ["Lao động"], doc: ["2509/KH-UBND"] },
    { q: "gia lai don vi nao trien khai truyen thong giao duc van dong xa hoi ve quyen tre em", type: "lead", expect: ["Lao động"], doc: ["2509/KH-UBND"] },
  ]);

  it("a requested body is still answered when it is what is asked", () => {
    const a = shipped.qa.answer("Gia Lai: tổ chức nào được đề nghị triển khai các hoạt động truyền thông về quyền trẻ em?");
    expect(firstLead(a)).toMatch(/Tỉnh Đoàn/);
  });
});

describe("5. how the 111 line works for the caller: what the line is, no plan quoted", () => {
  judged([
    { q: "Can I report to 111 in English? I am a foreigner living in Gia Lai.", type: "none" },
    { q: "Does the 111 hotline have English-speaking staff?", type: "none" },
    { q: "Tổng đài 111 có tiếp nhận cuộc gọi bằng tiếng Anh không?", type: "none" },
    { q: "toi la nguoi nuoc ngoai, goi 111 noi tieng anh duoc khong", type: "none" },
    { q: "Gọi tổng đài 111 có mất phí không?", type: "none" },
    { q: "Is the 111 line open at night?", type: "none" },
    { q: "Tổng đài 111 có giữ bí mật tên người báo không?", type: "none" },
    { q: "Is my call to the 111 hotline kept confidential?", type: "none" },
  ]);

  it.each([
    "Can I report to 111 in English? I am a foreigner living in Gia Lai.",
    "Tổng đài 111 có tiếp nhận cuộc gọi bằng tiếng Anh không?",
    "Is the 111 line open at night?",
  ])("%s: says what 111 is and that the plans do not say the rest", (q) => {
    const a = shipped.qa.answer(q);
    expect(a.citations).toEqual([]);
    expect(a.answer).toMatch(/111/);
    expect(a.answer).toMatch(/do not say|không nêu|không nói/);
  });

  it("a hotline asked for by what it offers is still the plan's number (Tây Ninh writes 111)", () => {
    const a = shipped.qa.answer("Is there a hotline open 24/7 to report abuse in Tay Ninh?");
    expect(a.citations[0]?.document).toBe("1979/KH-UBND");
  });

  it("still answers which number a plan gives to report to", () => {
    const a = shipped.qa.answer("Theo KH 1979 Tây Ninh, người dân báo tin xâm hại trẻ em qua tổng đài nào?");
    expect(a.found).toBe(true);
    expect(a.citations[0]?.document).toBe("1979/KH-UBND");
  });
});

// Second reading (RD17) of q42, mended in m19.
describe("6. a question naming 111 that asks who does something is answered from the plans", () => {
  const SERVICE_LINE = /Tổng đài 111 là Tổng đài|111 is Vietnam's national child-protection hotline/;

  it.each([
    "Ở Tây Ninh, cơ quan nào hướng dẫn học sinh báo tin qua tổng đài 111 miễn phí?",
    "Who teaches pupils to report abuse through the free 111 hotline in Tay Ninh?",
    "tay ninh don vi nao huong dan hoc sinh goi tong dai 111 mien phi",
  ])("%s: the Tây Ninh plan is quoted", (q) => {
    const a = shipped.qa.answer(q);
    expect(a.answer).not.toMatch(SERVICE_LINE);
    expect(a.found).toBe(true);
    expect(a.citations.map((c) => c.document)).toContain("1979/KH-UBND");
  });

  it.each([
    "Can pupils in Tay Ninh call 111 anonymously and who teaches them to?",
    "Who must keep the child protection hotline open in Dak Lak?",
    "Ai chịu trách nhiệm giữ bí mật thông tin trẻ em bị xâm hại ở Gia Lai khi báo qua đường dây nóng?",
    "Gia Lai có 111 xã, trẻ em dưới 6 tuổi có được khám miễn phí?",
    "Who must translate materials about the 111 hotline into ethnic languages?",
    "Đắk Lắk có 111 cộng tác viên nói tiếng dân tộc phải không?",
  ])("%s: not told how the 111 line serves a caller", (q) => {
    expect(shipped.qa.answer(q).answer).not.toMatch(SERVICE_LINE);
  });

  // Still how the line serves the caller: "111" beside "gọi", "call", "report to", and a "who" that asks who answers the line.
  judged([
    { q: "goi 111 co mat tien khong", type: "none" },
    { q: "Is calling 111 free?", type: "none" },
    { q: "Can I report to 111 anonymously?", type: "none" },
    { q: "Who answers the 111 hotline at night?", type: "none" },
    { q: "Báo qua đường dây nóng 111 có phải nói tên thật không, có giữ bí mật không?", type: "none" },
  ]);
  it.each(["goi 111 co mat tien khong", "Can I report to 111 anonymously?", "Who answers the 111 hotline at night?"])("%s: says what 111 is", (q) => {
    expect(shipped.qa.answer(q).answer).toMatch(SERVICE_LINE);
  });
});

describe("7. 'phát' (hand out, broadcast) is no 'phạt' (fine)", () => {
  it("material handed out in Gia Lai is answered from the plan", () => {
    const a = shipped.qa.answer("Tài liệu tuyên truyền về bảo vệ trẻ em ở Gia Lai được phát thế nào?");
    expect(a.found).toBe(true);
    expect(a.citations.map((c) => c.document)).toContain("2509/KH-UBND");
  });

  it.each([
    "Đài tỉnh phát bao nhiêu chương trình về trẻ em?",
    "Bản tin được phát mấy lần một tuần?",
    "Loa phát thanh xã phát bao nhiêu bản tin mỗi tháng?",
    "Sách giáo khoa được phát thế nào?",
    "Dịch bệnh phát ra sao ở Gia Lai?",
    "dai tinh phat bao nhieu chuong trinh ve tre em",
    "tai lieu tuyen truyen duoc phat the nao",
    "loa xa phat may lan moi tuan",
    "dich benh phat ra sao",
  ])("%s: no fine asked", (q) => {
    expect(askedValue(foldOnce(q), q)?.kind).not.toBe("penalty");
  });

  it.each([
    "Vi phạm quyền trẻ em ở Đắk Lắk bị phạt thế nào?",
    "Quán net cho trẻ em chơi quá giờ thì phạt bao nhiêu?",
    "quan net cho tre em choi qua gio thi phat bao nhieu",
    "truong hoc vi pham se bi phat the nao",
    "muc phat khi ban thuoc la cho tre em",
  ])("%s: a fine asked", (q) => {
    expect(askedValue(foldOnce(q), q)?.kind).toBe("penalty");
  });
});

describe("8. 'thương lượng' (negotiate) and 'lượng' are no 'lương' (pay)", () => {
  it("parties negotiating over a case in Gia Lai are answered from the plan", () => {
    const a = shipped.qa.answer("Cac ben thuong luong the nao khi xu ly vu viec tre em bi xam hai o Gia Lai?");
    expect(a.answer).not.toMatch(/tiền lương/);
    expect(a.found).toBe(true);
  });

  it.each([
    "Các bên thương lượng thế nào khi xử lý vụ việc trẻ em bị xâm hại ở Gia Lai?",
    "Tăng lượng bản tin thế nào ở Đắk Lắk?",
    "Lượng của các buổi truyền thông ở Huế là bao nhiêu?",
    "du lieu luong the nao",
    "tru luong cua tinh the nao",
  ])("%s: no pay asked", (q) => {
    expect(shipped.qa.answer(q).answer).not.toMatch(/tiền lương|salary/);
  });

  it("a 'luong' typed without marks in a marked question is still read as pay", () => {
    expect(shipped.qa.answer("Cộng tác viên ở xã Tây Ninh được trả luong the nao?").answer).toMatch(/tiền lương/);
  });

  judged([
    { q: "Lương của cộng tác viên bảo vệ trẻ em ở xã là bao nhiêu?", type: "none" },
    { q: "luong cua cong tac vien tre em o thon bao nhieu", type: "none" },
  ]);
  it.each(["Lương của cộng tác viên bảo vệ trẻ em ở xã là bao nhiêu?", "luong cua cong tac vien tre em o thon bao nhieu"])("%s: pay is not in the plans", (q) => {
    expect(shipped.qa.answer(q).answer).toMatch(/tiền lương|lương/);
  });
});

describe("9. a piece of a body's own item given to another body stays in its duties, as coordinating", () => {
  const RADIO_PIECE = "Đài Phát thanh – Truyền hình tỉnh đẩy mạnh các hoạt động truyền thông";
  it.each([
    "Sở Lao động - Thương binh và Xã hội Đắk Lắk phải làm gì về truyền thông bảo vệ trẻ em theo QĐ 2041?",
    "What must the Dak Lak labour department do about communication on child protection under decision 2041?",
  ])("%s: the radio piece is shown, coordinated, with the radio station leading it", (q) => {
    const a = shipped.qa.answer(q);
    const line = a.answer.split("\n").find((l) => l.includes(RADIO_PIECE)) ?? "";
    expect(line).toMatch(/Sở Lao động - Thương binh và Xã hội[^“]*(phối hợp|coordinates)/);
    expect(line).toMatch(/\((Đài Phát thanh[^“)]* chủ trì|led by Đài Phát thanh[^“)]*)\)/);
  });

  it("a duty question on another subject does not bring the radio piece up", () => {
    const a = shipped.qa.answer("Sở Lao động - Thương binh và Xã hội Đắk Lắk phải làm gì về tập huấn cộng tác viên theo QĐ 2041?");
    expect(a.answer.split("\n").slice(0, 2).join("\n")).not.toContain(RADIO_PIECE);
  });
});
