import { describe, expect, it } from "vitest";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { findChildProvince } from "../../src/kb/registry/child-province.ts";

const registry = loadRegistry();
const where = (text: string) => findChildProvince(registry, text)?.id ?? null;

describe("Pleiku in its spellings names Gia Lai", () => {
  it.each([
    "con bé nhà hàng xóm ở Plei Ku bị đánh",
    "the boy stays in Pleiku city with his uncle",
    "chau be o thanh pho Pleiku",
    "em ấy học ở Pleiku",
  ])("%s", (text) => expect(where(text)).toBe("gia-lai"));
});

describe("an English '<name> ward, <city>' is a ward's name, like 'phường <name>'", () => {
  it.each([
    ["My nephew lives in Vinh Hoa ward, Nha Trang", "khanh-hoa"],
    ["she is in Vinh Phuoc ward, Nha Trang city", "khanh-hoa"],
    ["the kids live in Vinh Truong commune, Nha Trang", "khanh-hoa"],
  ])("%s", (text, id) => expect(where(text)).toBe(id));
  it("a province named before 'province' still counts", () => expect(where("we live in Nghe An province")).toBe("nghe-an"));
});
