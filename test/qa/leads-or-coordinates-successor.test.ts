/**
 * "Does X lead any programme, or only coordinate?" asked of a body that took over another's child duties in 2025: the plan's text
 * gives it no lead (said first, as yes or no), and the programmes the old body led are said to be its leads today, as other
 * successor answers say. Before (RD7): "Sở Y tế ... chủ trì chương trình nào hay chỉ phối hợp theo QĐ 2041?" said only "Không".
 */
import { describe, expect, it } from "vitest";
import { norm } from "./qa-judge.ts";
import { shippedAnswerer } from "./shipped-answerer.ts";

const { qa } = shippedAnswerer();
const lines = (q: string) => qa.answer(q).answer.split("\n").map(norm);

describe("a successor asked whether it leads a programme or only coordinates", () => {
  it.each([
    "Sở Y tế Đắk Lắk chủ trì chương trình nào hay chỉ phối hợp theo QĐ 2041?",
    "so y te dak lak co chu tri chuong trinh nao khong hay chi phoi hop (qd 2041)",
    "Sở Y tế chủ trì bao nhiêu chương trình của QĐ 2041, hay chỉ phối hợp?",
  ])("%s: no first, then today's leads taken from the labour department", (q) => {
    const ls = lines(q);
    expect(ls[0]).toMatch(/^khong\. /);
    expect(ls[0]).toMatch(/so y te khong chu tri chuong trinh nao/);
    const today = ls.find((l) => /ke thua nhiem vu ve tre em cua so lao dong/.test(l));
    expect(today).toMatch(/chuong trinh 1, 2, 3, 5\.$/);
  });

  it("in English: no first, then the programmes it holds today", () => {
    const ls = lines("Does the Department of Health of Dak Lak lead any programme of decision 2041, or only coordinate?");
    expect(ls[0]).toMatch(/^no\. /);
    expect(ls.find((l) => /has held the child-protection duties of so lao dong/.test(l))).toMatch(/programmes 1, 2, 3, 5\.$/);
  });

  it("a body that took nothing over gets no such line (the police)", () => {
    const ls = lines("Công an tỉnh Đắk Lắk có chủ trì chương trình nào không, hay chỉ phối hợp thôi?");
    expect(ls[0]).toMatch(/^khong\. /);
    expect(ls.some((l) => /ke thua nhiem vu ve tre em/.test(l))).toBe(false);
  });

  it("the labour department itself still says yes first", () => {
    const ls = lines("Sở LĐTBXH Đắk Lắk chủ trì chương trình nào hay chỉ phối hợp theo QĐ 2041?");
    expect(ls[0]).toMatch(/^co\. /);
    // The count of its programmes follows the yes.
    expect(ls[1]).toMatch(/chu tri 4 chuong trinh: chuong trinh 1, 2, 3 va 5/);
  });
});
