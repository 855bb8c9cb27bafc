/**
 * The "the plan names this group but does not list who is in it" reply (group-members.ts) is for a body of agencies or
 * people only: Ban chỉ đạo, Ban điều hành, Ban bảo vệ trẻ em, nhóm/tổ công tác, hội đồng. "Bản kế hoạch" (a document), a
 * "nhóm trẻ em" (a group of children) and a question about a body's content or duties ("gồm những nội dung/nhiệm vụ/hoạt
 * động gì") never get it; a body whose members a plan writes of without naming them ("5 người là thành viên trong
 * Ban bảo vệ trẻ em") is answered with that line quoted, not the bare "not listed".
 */
import { beforeAll, describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { quotesVerbatim, shippedAnswerer, type ShippedAnswerer } from "./shipped-answerer.ts";

let shipped: ShippedAnswerer;
beforeAll(() => {
  shipped = shippedAnswerer();
});

/** The reply that a plan names the group without its members. */
const NOT_LISTED = /co neu “.*” \(muc .*\) nhung khong ghi (ban|nhom|to|hoi dong) gom nhung co quan, thanh vien nao/;

describe("a body of agencies a plan names without its members", () => {
  it.each([
    "Ban điều hành công tác trẻ em cấp tỉnh của Tây Ninh có những thành viên nào?",
    "ban dieu hanh cong tac tre em cap tinh o tay ninh gom nhung so nganh nao",
    "Thành phần của Ban điều hành công tác trẻ em cấp tỉnh tỉnh Tây Ninh gồm những cơ quan nào?",
    "Ở Đắk Lắk, Ban điều hành điểm tư vấn cộng đồng gồm những ai?",
  ])("is said not to be listed, with the plan's line: %s", (q) => {
    const a = shipped.qa.answer(q);
    expect(norm(a.answer)).toMatch(NOT_LISTED);
    expect(a.citations.length).toBeGreaterThan(0);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });
});

describe("a question that is not about who sits on a body", () => {
  it.each([
    "Bản kế hoạch này gồm những nội dung gì?",
    "ban ke hoach nay gom nhung noi dung gi",
    "Bản hướng dẫn của tỉnh Tây Ninh gồm những mục nào?",
    "Nhóm trẻ em có hoàn cảnh đặc biệt gồm những nhóm nào?",
    "nhom tre em co hoan canh dac biet gom nhung nhom nao",
    "Theo Đắk Lắk, nhóm trẻ em dễ bị tổn thương gồm những đối tượng nào?",
    "Ban điều hành công tác trẻ em cấp tỉnh Tây Ninh gồm những nhiệm vụ gì?",
    "Ban điều hành công tác trẻ em cấp tỉnh Tây Ninh bao gồm những hoạt động gì?",
    "Ban điều hành công tác trẻ em cấp tỉnh của Tây Ninh gồm những nội dung nào?",
  ])("is never told the plan does not list the group's members: %s", (q) => {
    const a = shipped.qa.answer(q);
    expect(norm(a.answer)).not.toMatch(NOT_LISTED);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });
});

describe("a body whose members a plan writes of without naming them", () => {
  it.each([
    "Ban Bảo vệ trẻ em cấp xã gồm những thành viên nào?",
    "Ở Đắk Lắk, Ban bảo vệ trẻ em có bao nhiêu người là thành viên?",
  ])("is answered with the plan's line that counts them, names not claimed: %s", (q) => {
    const a = shipped.qa.answer(q);
    expect(norm(a.answer)).not.toMatch(NOT_LISTED);
    expect(norm(a.answer)).toMatch(/khong ghi ten cac thanh vien cua “ban bao ve tre em”; ke hoach chi ghi ve thanh vien cua ban/);
    expect(a.found).toBe(false);
    expect(a.citations.some((c) => c.quote.includes("5 người là thành viên trong Ban bảo vệ trẻ em"))).toBe(true);
    expect(quotesVerbatim(shipped.plans, a)).toBe(true);
  });
});
