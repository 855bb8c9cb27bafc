/**
 * A premise stated before the question ("Vì Sở Tư pháp chủ trì chương trình 4 ..., Công an tỉnh làm gì?") that the plan bears out
 * is not "corrected": the answer does not claim the task belongs to another body. Before (RD7): these got a note that the task was
 * Sở Tài chính's (Điều 2, the plan's funding line) or Sở Tư pháp's (IV.6), because the clause's plan number, province and
 * "chương trình" were read as its task. A premise the plan contradicts is still corrected, quoting the plan's line.
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { shippedAnswerer } from "./shipped-answerer.ts";

const { qa } = shippedAnswerer();
const ask = (q: string) => qa.answer(q);
/** The note saying the task is not the named body's. */
const CORRECTED_RE = /viec nay khong phai cua|this is not .{1,160}'s task/;
const corrected = (q: string) => CORRECTED_RE.test(norm(ask(q).answer));

describe("a premise that is right is left alone", () => {
  it.each([
    ["the justice department leading programme 4 (Vietnamese)", "Vì Sở Tư pháp chủ trì chương trình 4 của QĐ 2041 Đắk Lắk, Công an tỉnh làm gì?"],
    ["the justice department leading programme 4 (English)", "Since the Department of Justice leads programme 4 of Dak Lak decision 2041, what must the provincial police do?"],
    ["the justice department leading programme 4 (no diacritics)", "vi so tu phap chu tri chuong trinh 4 qd 2041 dak lak thi cong an phoi hop the nao"],
    ["the justice department, programme 4 written as 'chương trình số 4'", "Bởi vì Sở Tư pháp Đắk Lắk chủ trì chương trình số 4 theo quyết định 2041, các sở khác phối hợp ra sao?"],
    ["the labour department leading programme 1", "Vì Sở LĐTBXH chủ trì chương trình 1 QĐ 2041, ai phối hợp?"],
    ["the labour department leading programme 3, asked in English", "As DOLISA runs programme 3 of Dak Lak's decision 2041, which bodies help it?"],
    ["the labour department leading programme 5", "Since DOLISA leads programme 5 of Dak Lak's decision 2041, who supports it?"],
    ["the labour department implementing the whole decision", "QĐ 2041 do Sở LĐTBXH chủ trì thực hiện, vậy Sở Tài chính làm gì?"],
    ["the labour department implementing Gia Lai's whole plan", "Do Sở LĐTBXH Gia Lai chủ trì thực hiện kế hoạch 2509, vậy các sở khác làm gì?"],
    ["the district committees managing child work locally", "Vì UBND cấp huyện quản lý công tác trẻ em tại địa phương theo QĐ 2041, họ phải làm gì?"],
    ["the health department leading programme 1, which it took over from the labour department in 2025", "Vì Sở Y tế chủ trì chương trình 1 QĐ 2041, ai phối hợp?"],
    ["the finance department funding the decision, its own item", "Vì Sở Tài chính lo kinh phí thực hiện QĐ 2041, Sở KH&ĐT làm gì?"],
    ["the finance department funding the collaborators, which its own line names", "Vì Sở Tài chính lo kinh phí hỗ trợ đội ngũ cộng tác viên theo KH 26 Huế, sở cần phối hợp với ai?"],
  ])("%s", (_label, q) => {
    expect(corrected(q)).toBe(false);
  });

  it("still answers what is asked after the premise (the programme's bodies)", () => {
    const text = norm(ask("Vì Sở Tư pháp chủ trì chương trình 4 của QĐ 2041 Đắk Lắk, Công an tỉnh làm gì?").answer);
    expect(text).toMatch(/so tu phap chu tri/);
    expect(text).not.toMatch(/so tai chinh chiu trach nhiem/);
  });
});

describe("a premise that is wrong is still corrected", () => {
  it("a coordinator said to lead programme 4: Sở Tư pháp leads it", () => {
    const lines = ask("Vì Công an tỉnh chủ trì chương trình hoàn thiện hệ thống tư pháp cho người chưa thành niên QĐ 2041, Sở Tư pháp làm gì?").answer.split("\n");
    expect(norm(lines[0])).toMatch(/khong phai cua cong an tinh: so tu phap chu tri/);
  });

  it("a body said to lead a programme by number that another body leads: that programme's lead is named", () => {
    const lines = ask("Vì Sở Giáo dục chủ trì chương trình 4 của QĐ 2041 Đắk Lắk, những cơ quan nào phối hợp?").answer.split("\n");
    expect(norm(lines[0])).toMatch(/khong phai cua so giao duc va dao tao: so tu phap chu tri/);
  });

  it("the police said to lead programme 1 (English): the labour department leads it", () => {
    const lines = ask("Since the police lead programme 1 of Dak Lak decision 2041, which bodies coordinate?").answer.split("\n");
    expect(norm(lines[0])).toMatch(/this is not cong an tinh .{0,40}'s task: so lao dong - thuong binh va xa hoi .{0,80}leads it/);
  });

  it("the health department said to handle birth registration in Huế: Sở Tư pháp", () => {
    const lines = ask("Huế 2016: vì Sở Y tế lo việc đăng ký khai sinh, tỷ lệ trẻ được làm giấy khai sinh đúng hạn là bao nhiêu?").answer.split("\n");
    expect(norm(lines[0])).toMatch(/khong phai cua so y te: so tu phap/);
  });

  it("the health department (successor of the labour department, which only joins) said to raise NGO funds: Sở Ngoại vụ", () => {
    const lines = ask("dak lak: do so y te lo van dong nguon NGO cho bao ve tre em, vay so phoi hop voi ai?").answer.split("\n");
    expect(norm(lines[0])).toMatch(/khong phai cua so y te: so ngoai vu chu tri/);
  });

  it("the police said to be in charge of child nutrition (English): the health department", () => {
    const lines = ask("Hue 2016: since the police are in charge of child nutrition, what share of under-5s may still be underweight?").answer.split("\n");
    expect(norm(lines[0])).toMatch(/this is not cong an tinh .{0,40}'s task: so y te/);
  });
});
