/**
 * Questions asking for a value the plans do not hold (a count, a percentage, a penalty) are answered
 * "not found", never with a loosely related passage; premises the plans contradict are never confirmed.
 * Each expectation was checked against the plan text (/work/shared/plans).
 */
import { beforeAll, describe, expect, it } from "vitest";
import type { Answer } from "../../src/qa/answer-types.ts";
import { quotesVerbatim, shippedAnswerer, type ShippedAnswerer } from "./shipped-answerer.ts";

let s: ShippedAnswerer;
beforeAll(() => { s = shippedAnswerer(); });
const ask = (q: string): Answer => s.qa.answer(q);
const fold = (t: string) => t.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/gi, "d").toLowerCase();

describe("values the plans do not hold: not found", () => {
  it.each([
    "How many calls did the 111 hotline receive from Tay Ninh in 2019 according to plan 1979?",
    "Theo kế hoạch 2041, hiện Đắk Lắk có bao nhiêu trẻ em có hoàn cảnh đặc biệt?",
    "so tre em co hoan canh dac biet o dak lak hien nay la bao nhieu em",
    "What penalties does Hue's plan 26 set for communes that miss the child-friendly commune target?",
    "ke hoach 2509 gia lai dat chi tieu giam tao hon xuong bao nhieu phan tram",
    "Gia Lai's target for reducing child marriage, in percent?",
    "Tây Ninh có bao nhiêu trẻ em bị xâm hại năm 2019 theo kế hoạch 1979?",
    "How many children were abused in Gia Lai in 2024 according to plan 2509?",
    "Kế hoạch 26 của Huế xử phạt thế nào với xã không đạt chuẩn phù hợp với trẻ em?",
    "What sanctions does Gia Lai's plan 2509 set for departments that report late?",
    "Kế hoạch 2509 đặt mục tiêu giảm tỷ lệ trẻ em suy dinh dưỡng xuống bao nhiêu phần trăm?",
    "Kế hoạch 1979 của Tây Ninh đặt chỉ tiêu bao nhiêu phần trăm trẻ em được học kỹ năng?",
    "How many calls did the 111 hotline receive in Hue in 2016?",
  ])("%s", (q) => {
    const a = ask(q);
    expect(a.found).toBe(false);
    expect(quotesVerbatim(s.plans, a)).toBe(true);
  });
});

describe("values the plans hold: still answered", () => {
  it.each([
    ["Kế hoạch 2041 hỗ trợ tập huấn cho bao nhiêu cán bộ phụ trách trẻ em cấp xã?", "184"],
    ["Đắk Lắk tập huấn cho bao nhiêu cộng tác viên thôn, buôn, tổ dân phố?", "2.479"],
    ["Huế 2016 đặt chỉ tiêu bao nhiêu phần trăm trẻ em dưới 1 tuổi tiêm chủng đầy đủ?", "95%"],
    ["dak lak cap nhat thong tin tre em len phan mem o bao nhieu huyen", "15"],
    ["Kế hoạch 2509 giao việc cho bao nhiêu cơ quan?", "16"],
    ["Tây Ninh xử lý thế nào người có hành vi bạo lực, xâm hại trẻ em theo kế hoạch 1979?", "xử lý nghiêm"],
    ["Kế hoạch 26 đặt chỉ tiêu bao nhiêu phần trăm xã lập Quỹ bảo trợ trẻ em?", "20%"],
    ["How many commune-level child protection officials does Dak Lak train?", "184"],
    ["How many people are members of the core trainer group in Dak Lak?", "05 nguời"],
    ["Đắk Lắk duy trì bao nhiêu văn phòng tư vấn cấp huyện?", "03 văn phòng"],
  ])("%s", (q, fact) => {
    const a = ask(q);
    expect(a.found).toBe(true);
    expect(a.answer).toContain(fact);
    expect(quotesVerbatim(s.plans, a)).toBe(true);
  });
});

describe("premises: the plan's own value, quoted; never a contradicted premise confirmed", () => {
  it.each([
    ["Ở Đắk Lắk, kế hoạch hỗ trợ tập huấn cho 2.479 cán bộ phụ trách trẻ em cấp xã phải không?", ["Không", "184"]],
    ["KH 26 của Huế ban hành để thực hiện Quyết định 1235/QĐ-TTg đúng không?", ["2361", "quyền tham gia"]],
    ["Tay Ninh's plan 1979 implements Politburo Directive 28-CT/TW, right?", ["1506"]],
    ["Kế hoạch 2041 của Đắk Lắk thực hiện Quyết định 1506/QĐ-LĐTBXH đúng không?", ["Không", "2361"]],
    ["Kế hoạch 2509 thực hiện Chỉ thị 28-CT/TW phải không?", ["Đúng", "273-KH/TU"]],
    ["có phải huế đặt mục tiêu 100% trẻ khuyết tật được học hòa nhập trong năm 2016 không?", ["Không phải 100%", "75%"]],
    ["Kế hoạch 2041 có tổng kinh phí 10 tỷ đồng phải không?", ["Không phải 10 tỷ", "6,970 tỷ"]],
    ["Huế đặt chỉ tiêu 95% trẻ em dưới 1 tuổi tiêm chủng đầy đủ phải không?", ["Đúng", "95%"]],
    ["Is it true that Hue's plan 26 aims for 50% of communes to set up a child protection fund?", ["No", "20%"]],
    ["Đắk Lắk maintains 3 counselling offices at Krông Ana, Cư Kuin and Lắk, right?", ["Not as the question says", "Krông Pắc", "Ea Hleo"]],
    ["Đắk Lắk duy trì 03 văn phòng tư vấn cấp huyện ở Krông Ana, Cư Kuin và Lắk phải không?", ["Không đúng", "Krông Pắc", "Ea Hleo"]],
    ["Đắk Lắk duy trì 03 văn phòng tư vấn cấp huyện ở Krông Pắc, Lắk và Ea Hleo phải không?", ["Đúng", "03 văn phòng"]],
    ["Hội Nông dân tỉnh Gia Lai được đề nghị lồng ghép Đề án 938, đúng không?", ["Không", "Hội Liên hiệp Phụ nữ tỉnh"]],
  ])("%s", (q, facts) => {
    const a = ask(q);
    expect(a.found).toBe(true);
    for (const f of facts) expect(fold(a.answer)).toContain(fold(f));
    expect(quotesVerbatim(s.plans, a)).toBe(true);
  });
});

describe("premises the plan contradicts are not confirmed", () => {
  it.each([
    "Đắk Lắk duy trì 03 văn phòng tư vấn cấp huyện ở Krông Ana, Cư Kuin và Lắk phải không?",
    "Ở Đắk Lắk, kế hoạch hỗ trợ tập huấn cho 2.479 cán bộ phụ trách trẻ em cấp xã phải không?",
    "Tay Ninh's plan 1979 implements Politburo Directive 28-CT/TW, right?",
  ])("%s", (q) => {
    expect(ask(q).answer).not.toMatch(/^(Đúng|Yes)\b/);
  });
});
