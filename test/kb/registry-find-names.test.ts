/**
 * `findNames` reads a text's words once for both lookups: it must give exactly what `findProvinces` and `findAgencies`
 * give separately, for texts with overlapping place names, an agency spanning "tỉnh" and its province, a guarded city,
 * districts beside their province and no name at all. And `PhraseTrie.longestAt` is the longest match starting there.
 */
import { describe, expect, it } from "vitest";
import { loadRegistry } from "../../src/kb/registry/registry.ts";
import { PhraseTrie, tokenize } from "../../src/kb/registry/phrase-matcher.ts";

const TEXTS = [
  "Cho tôi hỏi Công an tỉnh Quảng Trị có nhiệm vụ gì với trẻ bị bỏ rơi?",
  "nha chau o phuong Ha Dong, Ha Noi, bo chau lam o Binh Duong",
  "Sở Lao động - Thương binh và Xã hội tỉnh Kon Tum phối hợp với Báo Kon Tum thế nào",
  "em đang ở Vinh, Nghệ An, còn anh Vinh thì ở Huế",
  "Hội Liên hiệp Phụ nữ, Tỉnh Đoàn và Đài Phát thanh - Truyền hình tỉnh Lâm Đồng",
  "xã Ia Grai, Gia Lai có trường nào dạy bơi cho trẻ không",
  "Chủ tịch UBND huyện có phải báo cáo mỗi quý không?",
  "What does the Department of Justice of Ca Mau do for children in Kien Giang?",
  "không nhắc tới nơi nào cả",
  "",
];

describe("registry findNames", () => {
  const registry = loadRegistry();
  for (const text of TEXTS) {
    it(`gives what the two lookups give: ${JSON.stringify(text.slice(0, 40))}`, () => {
      const both = registry.findNames!(text);
      expect(both.provinces).toEqual(registry.findProvinces(text));
      expect(both.agencies).toEqual(registry.findAgencies(text));
    });
  }

  it("still reads an agency with its province as one mention, and the province as the place", () => {
    const { agencies, provinces } = registry.findNames!("Công an tỉnh Quảng Trị phối hợp ra sao?");
    expect(agencies.map((a) => a.matched)).toEqual(["Công an tỉnh Quảng Trị"]);
    expect(provinces.map((p) => p.matched)).toEqual(["Quảng Trị"]);
  });
});

describe("PhraseTrie.longestAt", () => {
  const trie = new PhraseTrie<string>();
  for (const name of ["ha", "ha noi", "ha noi moi", "noi"]) trie.add(name.split(" "), name);
  const words = tokenize("hà nội mới hà nội").map((t) => t.folded);

  it("is the last word of the longest phrase starting at the word", () => {
    expect(trie.longestAt(words, 0)).toBe(2);
    expect(trie.longestAt(words, 3)).toBe(4);
    expect(trie.longestAt(words, 1)).toBe(1);
    expect(trie.longestAt(words, 2)).toBe(-1);
  });

  it("stops before the limit", () => {
    expect(trie.longestAt(words, 0, 2)).toBe(1);
    expect(trie.longestAt(words, 0, 1)).toBe(0);
    expect(trie.longestAt(words, 0, 0)).toBe(-1);
  });

  it("agrees with matchAll's longest match at that start", () => {
    for (let from = 0; from < words.length; from++) {
      const starting = trie.matchAll(words.slice(from)).filter((m) => m.first === 0);
      expect(trie.longestAt(words, from)).toBe(starting.length ? from + Math.max(...starting.map((m) => m.last)) : -1);
    }
  });
});
