/**
 * Places testers found misread (5 December, helper C2): the city of Vinh (Nghệ An) not found; "phường Hà Đông Hà Nội" read as
 * Quảng Trị because "Đông Hà" straddles two names. Overlapping names are read as the best-supported whole; "Vinh" is read only as
 * spelled (not "Vĩnh") and after a word of place. Sentences written for this test.
 */
import { describe, expect, it } from "vitest";
import { findChildProvince } from "../../src/kb/registry/child-province.ts";
import { loadRegistry } from "../../src/kb/registry/registry.ts";

const registry = loadRegistry();
const province = (text: string) => findChildProvince(registry, text)?.name ?? null;

describe("overlapping names: the best-supported reading wins", () => {
  it.each([
    ["Bé nhà hàng xóm ở phường Hà Đông Hà Nội bị mẹ kế đánh.", "Hà Nội"],
    ["be o phuong ha dong ha noi bi danh", "Hà Nội"],
    ["Bé ở phường Hà Đông, Hà Nội bị đánh.", "Hà Nội"],
    ["Bé ở Đông Hà, Quảng Trị.", "Quảng Trị"],
    ["Bé ở thành phố Đông Hà, bị bỏ đói.", "Quảng Trị"],
  ])("%s → %s", (text, name) => {
    expect(province(text)).toBe(name);
  });
});

describe("Vinh, the city of Nghệ An", () => {
  it.each([
    ["Nhà tôi ở Vinh, có bé 8 tuổi bị bố đánh.", "Nghệ An"],
    ["Tôi sống ở thành phố Vinh, có đứa bé bị bỏ đói.", "Nghệ An"],
    ["nha toi o vinh, be bi danh", "Nghệ An"],
    ["toi o vinh long, be 8 tuoi", "Vĩnh Long"],
    ["nha o vinh phuc, be bi danh", "Phú Thọ"],
    ["Bé ở Trà Vinh bị đánh.", "Vĩnh Long"],
  ])("%s → %s", (text, name) => {
    expect(province(text)).toBe(name);
  });
  it.each([
    "Nhà ở xã Vĩnh Hòa, bé bị đánh.",
    "Tôi ở Vĩnh, bé bị đánh.",
    "anh Vinh hàng xóm hay đánh con nhỏ.",
  ])("%s names no Nghệ An", (text) => {
    expect(province(text)).not.toBe("Nghệ An");
  });
});
