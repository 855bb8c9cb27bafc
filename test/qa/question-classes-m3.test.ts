/**
 * Two regressions of the q36 merge found by a second reader (RD2 items 5 and 6), each with new questions of the same class,
 * written before the code changed, and guards for what q36 fixed:
 * (5) a year stated after "đến", "tới", "giai đoạn", "thực hiện", "until", "by" is the period the plan runs, not the year it was
 *     signed: "Kế hoạch 2509 ban hành để thực hiện đến năm 2030 đúng không?" is answered about the plan's period, never "không phải
 *     năm 2030"; a signing year stated before the period is still checked.
 * (6) a body's duty asked with "điện thoại" or "hồ sơ" in it ("Sở Thông tin và Truyền thông ... phải làm gì với dịch vụ điện
 *     thoại", "Sở Nội vụ cần chuẩn bị hồ sơ gì để trình khen thưởng") is answered with the plan's duty, quoted; only a body's
 *     number asked, or the papers a person submits, are "not in the plans".
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { classSuite } from "./shipped-answerer.ts";

const { shipped, judged } = classSuite("m3");

// 5. The years a plan runs, stated after the signing word, are its period.
describe("a period stated after the signing word is answered as the plan's period", () => {
  it("a plan that writes no end year says so, and never corrects the period as a signing year", () => {
    for (const q of [
      "Kế hoạch 2509 ban hành để thực hiện đến năm 2030 đúng không?",
      "KH 2509 Gia Lai được ký ban hành nhằm thực hiện tới năm 2030 phải không",
      "Was Gia Lai's plan 2509 issued to be carried out by 2030?",
    ]) {
      const a = shipped.qa.answer(q);
      const text = norm(a.answer);
      expect(text, a.answer).not.toMatch(/(khong phai nam|not in) 2030/);
      expect(text, a.answer).toMatch(/khong ghi nam ket thuc|writes no end year/);
      expect(a.citations.some((c) => c.document === "2509/KH-UBND"), a.answer).toBe(true);
    }
  });
  it("a plan with an end year is checked against it", () => {
    const vi = shipped.qa.answer("Quyết định 2130 ban hành để thực hiện đến năm 2020 đúng không?");
    expect(norm(vi.answer), vi.answer).toMatch(/^dung\b.*2014-2020/);
    const en = shipped.qa.answer("Was plan 2130 issued to run until 2020?");
    expect(norm(en.answer), en.answer).toMatch(/^yes\b.*2014-2020/);
    const span = shipped.qa.answer("QĐ 2041 Đắk Lắk ký ban hành cho giai đoạn 2016-2020 phải không?");
    expect(norm(span.answer), span.answer).toMatch(/^dung\b.*2016-2020/);
    expect(norm(span.answer), span.answer).not.toMatch(/khong phai nam 2016/);
  });
  it("a signing year stated before the period is still checked (q36)", () => {
    const vi = shipped.qa.answer("Kế hoạch 1979 Tây Ninh ban hành năm 2017 để thực hiện đến năm 2025 đúng không?");
    expect(norm(vi.answer), vi.answer).toMatch(/^khong\b.*11\/0?9\/2019.*khong phai nam 2017/);
    const en = shipped.qa.answer("Was plan 2509 signed in 2023 to run until 2030?");
    expect(norm(en.answer), en.answer).toMatch(/^no\b.*28\/10\/2024.*not in 2023/);
  });
});

// 6. A body's duty asked with "điện thoại" or "hồ sơ" in it: the plan's duty, quoted.
describe("a body's duty asked with 'điện thoại' or 'hồ sơ' in it", () => {
  judged([
    { q: "Sở Thông tin và Truyền thông Gia Lai phải làm gì với dịch vụ điện thoại, internet để bảo vệ trẻ?", type: "fact", expect_re: ["iv\\.5"], expect_all: ["Thong tin va Truyen thong"], doc: ["2509/KH-UBND"] },
    { q: "Sở Nội vụ cần chuẩn bị hồ sơ gì để trình khen thưởng theo kế hoạch 2509?", type: "fact", expect_re: ["iv\\.7"], expect_all: ["khen thuong"], doc: ["2509/KH-UBND"] },
    { q: "What must Gia Lai's Department of Information and Communications do about phone and internet services to protect children?", type: "fact", expect_re: ["iv\\.5"], doc: ["2509/KH-UBND"] },
    { q: "What papers does Gia Lai's Department of Home Affairs prepare for commendations under plan 2509?", type: "fact", expect_re: ["iv\\.7"], doc: ["2509/KH-UBND"] },
    { q: "Sở Nội vụ Gia Lai phải lập những hồ sơ gì để đề xuất khen thưởng các tập thể làm tốt công tác trẻ em?", type: "fact", expect_re: ["iv\\.7"], doc: ["2509/KH-UBND"] },
  ]);
  it("a duty about phone lines is not refused as a phone number asked", () => {
    const a = shipped.qa.answer("sở tt&tt gia lai có nhiệm vụ gì đối với mạng điện thoại và internet để bảo vệ trẻ em");
    expect(norm(a.answer), a.answer).not.toMatch(/khong ghi so dien thoai/);
    expect(a.found, a.answer).toBe(true);
  });
  // "Reporting" read as the conversation router reads it ("tố cáo" is reporting; "bạo hành" is violence, not "báo").
  it("a number to report on is the reporting line; a unit's number beside 'bạo hành' is a body's number", () => {
    const report = shipped.qa.answer("Số điện thoại của Sở Lao động Gia Lai để tố cáo việc trẻ bị ngược đãi là số nào?");
    expect(norm(report.answer), report.answer).toMatch(/khong ghi so tong dai hay so dien thoai de bao tin/);
    expect(report.answer).toMatch(/111/);
    const unit = shipped.qa.answer("Số điện thoại của phòng phòng chống bạo hành trẻ em thuộc Sở Lao động Gia Lai là gì?");
    expect(norm(unit.answer), unit.answer).toMatch(/khong ghi so dien thoai cua co quan/);
  });
  // Guards (q36): a body's number asked, and the papers a person submits, are still "not in the plans".
  judged([
    { q: "Cho tôi số điện thoại của Sở Thông tin và Truyền thông Gia Lai", type: "none" },
    { q: "sđt sở tư pháp huế là gì", type: "none" },
    { q: "What is the phone number of Gia Lai's Department of Home Affairs?", type: "none" },
    { q: "Muốn nhận con nuôi ở Huế thì tôi phải nộp những giấy tờ gì cho Sở Tư pháp?", type: "none" },
    { q: "Gia đình muốn đăng ký khai sinh cho bé ở Tây Ninh cần chuẩn bị hồ sơ gì nộp cho UBND xã?", type: "none" },
    { q: "What documents must I submit to Dak Lak's Department of Justice to adopt a child?", type: "none" },
  ]);
});
