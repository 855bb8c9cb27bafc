/**
 * Classes of the g35 fresh set's odd half (60 questions written from the plans alone, 53/60 before any change), each with new
 * questions of the same class in test/fixtures/qa-q39.jsonl, written from the plans before the code changed (7/21 then):
 * (1) every body a plan gives work to, asked with who asks ("liệt kê giúp tôi đầy đủ"), "phân công những cơ quan nào thực hiện",
 *     or in English with two nouns ("which departments and bodies does ... give work to?");
 * (2) two targets side by side and which is higher: the share written nearest the question's words, and a line that says which;
 * (3) a successor asked for duties: a later successor (Sở Nội vụ, which took labour) answered with its own duties and what it took
 *     over said; a long duty item cut for a list still shows its short later sentences; "lo việc ... thay Sở LĐTBXH" asks in place;
 * (4) short forms: "ĐTN" (Đoàn Thanh niên, the plans' Tỉnh Đoàn); "does X lead any programme or only coordinate?" answered yes or
 *     no, with the programmes it leads and those it only coordinates (each with its lead), and X's own duty item;
 * (5) a premise stated before the question ("since the Department of Health handles birth certificates, ..."): the plan's body for
 *     that task said first, quoted, then the question answered.
 * No gold of the 60 changed. The fixture: 7/21 before the change, 19/21 after (the floor); g35-odd 60/60.
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { classSuite } from "./shipped-answerer.ts";

const { shipped } = classSuite("q39");
// The fixture qa-q39.jsonl is held at its floor with the other sets in question-sets-floor.test.ts.

const ask = (q: string) => shipped.qa.answer(q);
const firstAbout = (q: string) => ask(q).agencies.find((x) => x.role === "lead" || x.role === "responsible")?.name;

describe("a body asked whether it leads any programme or only coordinates", () => {
  it("says no for the police of Đắk Lắk, with the programmes it joins and who leads each", () => {
    const a = ask("Công an tỉnh Đắk Lắk có chủ trì chương trình nào không, hay chỉ phối hợp thôi?");
    const text = norm(a.answer);
    expect(text.startsWith("khong")).toBe(true);
    expect(text).toMatch(/chuong trinh 3 \(so lao dong/);
    expect(text).toMatch(/chuong trinh 4 \(so tu phap chu tri\)/);
    expect(norm(firstAbout("Công an tỉnh Đắk Lắk có chủ trì chương trình nào không, hay chỉ phối hợp thôi?"))).toMatch(/cong an/);
  });

  it("says yes for the justice department, which leads programme 4", () => {
    const a = ask("Does Dak Lak's Department of Justice lead any programme of decision 2041, or only coordinate?");
    expect(norm(a.answer).startsWith("yes")).toBe(true);
    expect(a.agencies[0]).toMatchObject({ name: "Sở Tư pháp", role: "lead" });
  });

  it("never says the labour department leads a programme another body leads", () => {
    const a = ask("So GD-DT dak lak chu tri chuong trinh nao hay chi phoi hop?");
    expect(norm(a.answer)).not.toMatch(/lao dong - thuong binh va xa hoi chu tri \d chuong trinh: chuong trinh [\d, ]*4/);
  });
});

describe("the short form ĐTN", () => {
  it("is the provincial Youth Union (Tỉnh Đoàn)", () => {
    expect(firstAbout("ĐTN Gia Lai được đề nghị làm những gì trong KH 2509?")).toBe("Tỉnh Đoàn");
  });
});

describe("a premise stated before the question", () => {
  it("is corrected with the body the plan names, quoted, before the number asked", () => {
    const a = ask("Huế 2016: vì Sở Y tế lo việc đăng ký khai sinh, tỷ lệ trẻ được làm giấy khai sinh đúng hạn là bao nhiêu?");
    const lines = a.answer.split("\n");
    expect(norm(lines[0])).toMatch(/khong phai cua so y te: so tu phap/);
    expect(norm(a.answer)).toMatch(/95%/);
    expect(a.citations[0]).toMatchObject({ document: "26/KH-UBND", section: "V.4" });
  });

  it("is left alone when the body named took the work over from the plan's body", () => {
    const a = ask("dak lak: vi so tai chinh lo van dong nguon ODA cho tre em, vay so phoi hop voi ai?");
    expect(norm(a.answer)).not.toMatch(/khong phai cua so tai chinh/);
  });
});

describe("two targets and which is higher", () => {
  it("takes, of a line with two shares, the one about what is asked, and says which province's is higher", () => {
    const a = ask("Tỷ lệ xã, phường đạt tiêu chuẩn phù hợp với trẻ em: Đắk Lắk đặt bao nhiêu, Huế đặt bao nhiêu, tỉnh nào cao hơn?");
    expect(norm(a.answer.split("\n")[0])).toMatch(/thua thien hue \(95%\) cao hon dak lak \(80%\)/);
  });
});

describe("a later successor asked for its duties", () => {
  it("gets its own items, with where the old department's child duties went said after", () => {
    const a = ask("Sở Nội vụ Đắk Lắk, nơi tiếp nhận một phần Sở LĐTBXH, được QĐ 2041 giao nhiệm vụ gì?");
    const text = norm(a.answer);
    expect(text).toMatch(/bo tri can bo phu trach/);
    expect(text).toMatch(/so y te/);
    expect(firstAbout("Sở Nội vụ Đắk Lắk, nơi tiếp nhận một phần Sở LĐTBXH, được QĐ 2041 giao nhiệm vụ gì?")).toBe("Sở Nội vụ");
  });
});

describe("every body of a plan", () => {
  it("is listed when the English question names two kinds of body", () => {
    const a = ask("Which agencies and organisations does Hue's plan 26 assign tasks to?");
    const names = a.agencies.map((x) => norm(x.name));
    for (const n of ["tu phap", "cong an", "giao duc", "tai chinh"]) expect(names.some((x) => x.includes(n))).toBe(true);
  });
});
